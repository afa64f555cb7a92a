"""What the readers of packaged formats (Word, OpenDocument, PDF, HTML) share.

Word, OpenDocument and PDF files have no lines a writer could go to, so their
``Document.source`` is the text plainspeak extracted (blocks joined as in ``text``) and
``location`` carries the part a person can find ("paragraph 12, under 'Eligibility'").
The zip and XML guards live here so every zip-based format is refused the same way when
it is a bomb or declares XML entities.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from plainspeak.document import BLOCK_SEPARATOR, Document, DocumentBuilder
from plainspeak.errors import InputError

#: Refuse archives that would unpack to more than this (bytes).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: Refuse members that are more compressed than any real document part.
MAX_RATIO = 200
MAX_MEMBERS = 20_000
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_HEADING_CHARS = 48


class SourceText:
    """Collects extracted blocks into one source string, dropping blocks with no words.

    ``add`` returns where the text went in the source, so a reader can remember which
    Word run holds which characters.
    """

    def __init__(self, path: str, format: str) -> None:
        self.path = path
        self.format = format
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[tuple[str, str | None, Any, int, int, int]] = []
        self._open: tuple[str, str | None, Any, int] | None = None
        self._mark: tuple[int, int] = (0, 0)
        self._start = 0

    def start_block(self, kind: str, location: str | None = None, ref: Any = None, level: int = 0) -> None:
        self.end_block()
        self._mark = (len(self._parts), self._length)
        if self._blocks:
            self._append(BLOCK_SEPARATOR)
        self._start = self._length
        self._open = (kind, location, ref, level)

    def add(self, text: str) -> int:
        if self._open is None:
            self.start_block("paragraph")
        pos = self._length
        self._append(text)
        return pos

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def block_text(self) -> str:
        """Text of the block being built (for headings, which name what follows)."""
        return "".join(self._parts[self._mark[0]:])[self._start - self._mark[1]:]

    def end_block(self) -> None:
        if self._open is None:
            return
        kind, location, ref, level = self._open
        self._open = None
        if not self.block_text().strip():
            del self._parts[self._mark[0]:]
            self._length = self._mark[1]
            return
        self._blocks.append((kind, location, ref, level, self._start, self._length))

    def build(self) -> Document:
        self.end_block()
        source = "".join(self._parts)
        builder = DocumentBuilder(self.path, source, self.format)
        for kind, location, ref, level, start, end in self._blocks:
            builder.start_block(kind, location=location, ref=ref, level=level)
            builder.add(source[start:end], start)
        doc = builder.build()
        assign_locations(doc)
        return doc


def short(text: str) -> str:
    """A heading as a person would quote it: one line, not too long."""
    text = " ".join(text.split())
    if len(text) > _HEADING_CHARS:
        text = text[: _HEADING_CHARS - 1].rstrip() + "…"
    return text.replace("'", "\u2019")


def assign_locations(doc: Document) -> None:
    """Name each block a person can find: headings by their words, the rest by number.

    Blocks a reader already placed (a table cell, a footnote, a page) keep their place;
    the nearest heading above is added to plain paragraphs because "paragraph 31" alone
    means little in a long policy.
    """
    heading: str | None = None
    number = 0
    for block in doc.blocks:
        if block.kind == "heading":
            heading = short(doc.text[block.start:block.end])
            if block.location is None:
                block.location = f"heading '{heading}'"
            continue
        if block.location is not None:
            continue
        number += 1
        block.location = f"paragraph {number}" + (f", under '{heading}'" if heading else "")


def table_location(path: list[tuple[int, int, int]]) -> str:
    """'table 2, row 3, column 1', with the cell of any table it sits inside first."""
    parts = []
    for i, (table, row, column) in enumerate(path):
        label = f"table {table}" if i == 0 else f"inner table {table}"
        parts.append(f"{label}, row {row}, column {column}")
    return ", ".join(parts)


def open_zip(data: bytes, path: str, what: str, hint: str) -> zipfile.ZipFile:
    """Open a document package, refusing anything that is not one or would unpack huge.

    Sizes are checked from the archive directory before anything is unpacked; zipfile
    never returns more than a member's declared size, so a lying directory cannot get
    past the limit either.
    """
    if not data.startswith(b"PK"):
        raise InputError(f"this is not a {what} file (it is not a zip package)", path=path, hint=hint)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise InputError(f"this {what} file is damaged or incomplete", path=path, hint=hint) from None
    if len(members) > MAX_MEMBERS:
        raise InputError(f"this {what} file has too many parts to be a real document", path=path,
                         hint="open it and save a new copy")
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(f"this {what} file unpacks to far more than it holds (a 'zip bomb')", path=path,
                             hint="do not open it; ask the sender for the original document")
    if total > MAX_UNPACKED_BYTES:
        raise InputError(f"this {what} file unpacks to {total // (1024 * 1024)} MB, too big to check", path=path,
                         hint=f"documents up to {MAX_UNPACKED_BYTES // (1024 * 1024)} MB unpacked can be checked; "
                              "remove large images or split it")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, path: str, what: str) -> bytes | None:
    """An XML part of the package, or None if there is none; refused if it declares entities."""
    try:
        data = archive.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(f"this {what} file is damaged (part {name} cannot be unpacked)", path=path,
                         hint="open it and save a new copy") from None
    check_no_doctype(data, path, what)
    return data


def check_no_doctype(data: bytes, path: str, what: str) -> None:
    """Office XML never declares a DOCTYPE; one that does may be built to exhaust memory."""
    if _DOCTYPE.search(data, 0, 4096) or (b"<!" in data and _DOCTYPE.search(data)):
        raise InputError(f"this {what} file contains XML entity declarations, which office programs never write",
                         path=path, hint="do not trust it; ask the sender for a copy saved from Word or LibreOffice")


def xml_parser() -> Any:
    """An lxml parser that never expands entities or fetches anything."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_blank_text=False)


def parse_xml(data: bytes, path: str, what: str) -> Any:
    from lxml import etree

    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"this {what} file is damaged ({exc.msg})", path=path,
                         hint="open it and save a new copy") from None
