"""OpenDocument text (.odt, LibreOffice and others): read from the package's XML directly.

The parts are read with the same zip and entity guards as Word files and parsed with an
lxml parser that expands no entities and fetches nothing. Paragraphs, headings, lists,
tables (tables inside tables too) and sections are read in order; headers and footers of
the page styles once each; footnotes and endnotes after the body. Deleted text in tracked
changes lives in its own region, which is skipped; comments (annotations), text boxes and
generated indexes are not prose the writer typed there.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plainspeak.document import Document
from plainspeak.errors import InputError
from plainspeak.readers.extract import SourceText, open_zip, parse_xml, read_member, table_location

_NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}
_WHAT = "OpenDocument"
_HINT = "open it in LibreOffice or Word and save it again as .odt"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return "{" + _NS[prefix] + "}" + local


_P, _H, _LIST, _ITEM, _HEADER_ITEM = _q("text:p"), _q("text:h"), _q("text:list"), _q("text:list-item"), _q(
    "text:list-header")
_TABLE, _ROW, _CELL, _COVERED = _q("table:table"), _q("table:table-row"), _q("table:table-cell"), _q(
    "table:covered-table-cell")
_ROW_GROUPS = frozenset(_q(n) for n in ("table:table-header-rows", "table:table-rows", "table:table-row-group"))
_CONTAINERS = frozenset(_q(n) for n in ("text:section", "office:text", "text:index-body"))
_NOTE, _NOTE_BODY = _q("text:note"), _q("text:note-body")
# Inline content that is not part of the paragraph's words.
_SKIP_INLINE = frozenset(_q(n) for n in ("office:annotation", "office:annotation-end", "draw:frame", "draw:a",
                                         "text:note", "text:tracked-changes", "text:bookmark-ref"))
_SKIP_BLOCK = frozenset(_q(n) for n in ("text:tracked-changes", "text:table-of-content", "text:alphabetical-index",
                                        "text:illustration-index", "text:bibliography", "text:user-index",
                                        "text:object-index", "text:table-index", "office:forms",
                                        "text:sequence-decls", "table:table-columns", "table:table-column"))
_SPACE, _TAB, _BREAK = _q("text:s"), _q("text:tab"), _q("text:line-break")
_TEXT_BOX = _q("draw:text-box")
_HEADING_STYLES = ("title", "subtitle")


def _inline(p: Any) -> str:
    """The words of a paragraph, tails and all, without recursion."""
    out = [p.text or ""]
    stack: list[tuple[Iterator[Any], Any]] = [(iter(p), None)]
    while stack:
        it, owner = stack[-1]
        el = next(it, None)
        if el is None:
            stack.pop()
            if owner is not None:
                out.append(owner.tail or "")
            continue
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_INLINE:
            out.append(el.tail or "")
            continue
        if tag == _SPACE:
            count = el.get(_q("text:c"))
            out.append(" " * (int(count) if count and count.isdigit() and int(count) < 1000 else 1))
            out.append(el.tail or "")
        elif tag in (_TAB, _BREAK):
            out.append("\t" if tag == _TAB else "\n")
            out.append(el.tail or "")
        else:
            out.append(el.text or "")
            stack.append((iter(el), el))
    return "".join(out)


def _own(p: Any, tag: str) -> Iterator[Any]:
    """Elements ``tag`` inside paragraph ``p`` but not inside a text box in it: a text
    box's notes and boxes are read with the box."""
    for found in p.iter(tag):
        parent = found.getparent()
        while parent is not None and parent is not p and parent.tag != _TEXT_BOX:
            parent = parent.getparent()
        if parent is p:
            yield found


class _Reader:
    def __init__(self, path: str) -> None:
        self.out = SourceText(path, "odt")
        self.tables = 0
        self.text_boxes = 0
        self.notes: list[tuple[str, Any]] = []

    def paragraph(self, el: Any, kind: str, location: str | None, level: int = 0) -> None:
        for note in _own(el, _NOTE):
            body = note.find(_NOTE_BODY)
            if body is not None:
                self.notes.append((note.get(_q("text:note-class")) or "footnote", body))
        text = _inline(el)
        if text.strip():
            self.out.start_block(kind, location=location, level=level)
            self.out.add(text)
            self.out.end_block()
        for box in _own(el, _TEXT_BOX):
            # Read after the paragraph it is anchored in, as a reader meets it.
            self.text_boxes += 1
            self.container(box, None, f"text box {self.text_boxes}")

    def container(self, root: Any, kind: str | None, location: str | None,
                  table_path: list[tuple[int, int, int]] | None = None, depth: int = 0) -> None:
        # Work list instead of recursion: lists and sections may nest deeply.
        work: list[tuple[Iterator[Any], int]] = [(iter(root), depth)]
        while work:
            it, list_depth = work[-1]
            el = next(it, None)
            if el is None:
                work.pop()
                continue
            tag = el.tag
            if not isinstance(tag, str) or tag in _SKIP_BLOCK:
                continue
            here = table_location(table_path) if table_path else location
            if tag == _H:
                lvl = el.get(_q("text:outline-level"))
                self.paragraph(el, "heading" if kind is None else kind, here,
                               int(lvl) if lvl and lvl.isdigit() else 1)
            elif tag == _P:
                if table_path:
                    self.paragraph(el, "table_cell", here)
                elif kind is not None:
                    self.paragraph(el, kind, here)
                elif list_depth:
                    self.paragraph(el, "list_item", here, list_depth)
                elif (el.get(_q("text:style-name")) or "").lower() in _HEADING_STYLES:
                    self.paragraph(el, "heading", here, 1)
                else:
                    self.paragraph(el, "paragraph", here)
            elif tag == _LIST:
                work.append((iter(el), list_depth + 1))
            elif tag in (_ITEM, _HEADER_ITEM) or tag in _CONTAINERS:
                work.append((iter(el), list_depth))
            elif tag == _TABLE:
                self.table(el, kind, location, table_path or [])

    def table(self, tbl: Any, kind: str | None, location: str | None, outer: list[tuple[int, int, int]]) -> None:
        if outer:
            number = 1 + sum(1 for _ in tbl.itersiblings(_TABLE, preceding=True))
        else:
            self.tables += 1
            number = self.tables
        rows: list[Any] = []
        for child in tbl:
            if child.tag == _ROW:
                rows.append(child)
            elif child.tag in _ROW_GROUPS:
                rows.extend(r for r in child.iter(_ROW) if r.getparent() is child)
        for row_no, tr in enumerate(rows, start=1):
            column = 1
            for tc in tr:
                if tc.tag not in (_CELL, _COVERED):
                    continue
                span = tc.get(_q("table:number-columns-spanned")) if tc.tag == _CELL else None
                if tc.tag == _CELL:
                    if kind is not None:
                        self.container(tc, kind, location)
                    else:
                        self.container(tc, None, None, [*outer, (number, row_no, column)])
                column += int(span) if span and span.isdigit() and int(span) < 1000 else 1


def read(data: bytes, path: str) -> Document:
    archive = open_zip(data, path, _WHAT, _HINT)
    content = read_member(archive, "content.xml", path, _WHAT)
    if content is None:
        raise InputError("this is not an OpenDocument text file (no content inside)", path=path, hint=_HINT)
    root = parse_xml(content, path, _WHAT)
    body = root.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise InputError("this OpenDocument file is not a text document (a spreadsheet or slides?)",
                         path=path, hint="plainspeak checks text documents: .odt, .docx, .md, .txt")
    reader = _Reader(path)
    reader.container(body, None, None)

    styles = read_member(archive, "styles.xml", path, _WHAT)
    if styles is not None:
        sroot = parse_xml(styles, path, _WHAT)
        seen: set[str] = set()
        for kind in ("header", "footer"):
            for part in sroot.iter(*(_q(f"style:{kind}{suffix}") for suffix in ("", "-left", "-first"))):
                text = _inline(part)
                if text in seen or not "".join(part.itertext()).strip():
                    continue
                seen.add(text)
                reader.container(part, kind, kind)

    counts = {"footnote": 0, "endnote": 0}
    for note_class, body_el in reader.notes:
        note_class = note_class if note_class in counts else "footnote"
        counts[note_class] += 1
        reader.container(body_el, "footnote", f"{note_class} {counts[note_class]}")
    return reader.out.build()
