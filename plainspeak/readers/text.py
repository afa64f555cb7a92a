"""Plain text: paragraphs are separated by blank lines; list lines are their own blocks."""

from __future__ import annotations

import re

from plainspeak.document import Document, DocumentBuilder
from plainspeak.readers.base import decode_text
from plainspeak.suppress import SuppressionTracker

_LIST_RE = re.compile(r"^\s*(?:[-*\u2022\u2013+]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")


def read(data: bytes, path: str) -> Document:
    return read_string(decode_text(data, path), path)


def read_string(text: str, path: str, format: str = "text") -> Document:
    builder = DocumentBuilder(path, text, format)
    tracker = SuppressionTracker()
    in_block = False
    offset = 0
    for line_no, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        start = offset
        offset += len(line)
        if not body.strip():
            builder.end_block()
            in_block = False
            continue
        if "plainspeak-" in body and tracker.comment(body, line_no, line_no):
            builder.end_block()
            in_block = False
            continue
        marker = _LIST_RE.match(body)
        if marker:
            builder.start_block("list_item")
            builder.add(body[marker.end():], start + marker.end())
            in_block = True
            continue
        if not in_block:
            builder.start_block("paragraph")
            in_block = True
        else:
            builder.add_space()
        builder.add(body, start)
    builder.suppressions = tracker.finish()
    return builder.build()
