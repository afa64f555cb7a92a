"""Word (.docx): the text a reader of the final document sees, in reading order.

The body XML is walked directly (python-docx's ``paragraphs`` skips tables and content
controls): paragraphs and tables as they appear, tables inside tables, then headers and
footers (each part once, however many sections share it), then footnotes and endnotes.
Tracked insertions are read and tracked deletions are not, because the writer is asking
about the text as it will be once changes are accepted. Comments are never checked.

Each block keeps a ``DocxRef``: the paragraph element and which characters of the
source each run holds, so ``plainspeak.report.docx_comments`` can anchor a comment on
exactly the flagged words.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from plainspeak.document import Document
from plainspeak.errors import InputError
from plainspeak.readers.extract import SourceText, open_zip, parse_xml, read_member, table_location

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "{" + W + "}"
_HINT = "open it in Word and use Save As, Word Document (.docx)"
_WHAT = "Word"

# Elements whose text is never seen as prose in the final document.
_SKIP = frozenset(_W + n for n in (
    "del", "moveFrom", "instrText", "delText", "delInstrText", "pPr", "rPr", "sdtPr", "drawing", "pict",
    "object", "footnoteReference", "endnoteReference", "commentReference", "fldData", "sectPr",
)) | {"{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
      "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath",
      "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMathPara"}
_CHAR = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-", _W + "softHyphen": ""}
_HEADING_RE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NOTE_SKIP = frozenset({"separator", "continuationSeparator", "continuationNotice"})


@dataclass
class RunPiece:
    """Characters ``start``..``end`` of the source come from ``child`` (a w:t) of ``run``."""

    run: Any
    child: Any
    start: int
    end: int


@dataclass
class DocxRef:
    paragraph: Any
    pieces: list[RunPiece] = field(default_factory=list)
    #: Only paragraphs of the main document part can carry Word comments.
    in_body: bool = True


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    numbered: bool


class _Reader:
    def __init__(self, path: str, styles: dict[str, _Style]) -> None:
        self.out = SourceText(path, "docx")
        self.styles = styles
        self.tables = 0
        self.text_boxes = 0

    # -- paragraphs ----------------------------------------------------------------------
    def paragraph(self, p: Any, kind: str | None, location: str | None, in_body: bool) -> None:
        pieces = list(_text_pieces(p))
        if not any(text.strip() for text, _, _ in pieces):
            return
        level = 0
        if kind is None:
            kind, level = self._kind(p)
        ref = DocxRef(p, in_body=in_body)
        self.out.start_block(kind, location=location, ref=ref, level=level)
        for text, run, child in pieces:
            start = self.out.add(text)
            if child is not None and run is not None:
                ref.pieces.append(RunPiece(run, child, start, start + len(text)))
        self.out.end_block()

    def _kind(self, p: Any) -> tuple[str, int]:
        ppr = p.find(_W + "pPr")
        style_id = None
        numbered = False
        outline = None
        if ppr is not None:
            ps = ppr.find(_W + "pStyle")
            style_id = ps.get(_W + "val") if ps is not None else None
            num = ppr.find(_W + "numPr")
            if num is not None:
                num_id = num.find(_W + "numId")
                numbered = num_id is None or num_id.get(_W + "val") != "0"
            ol = ppr.find(_W + "outlineLvl")
            if ol is not None and (ol.get(_W + "val") or "").isdigit():
                outline = int(ol.get(_W + "val") or "9")
        heading, list_style = self._style_traits(style_id)
        if outline is not None and outline < 9:
            heading = outline + 1
        if heading:
            return "heading", heading
        if numbered or list_style:
            ilvl = ppr.find(f"{_W}numPr/{_W}ilvl") if ppr is not None else None
            depth = ilvl.get(_W + "val") if ilvl is not None else "0"
            return "list_item", (int(depth) + 1 if depth and depth.isdigit() else 1)
        return "paragraph", 0

    def _style_traits(self, style_id: str | None) -> tuple[int, bool]:
        """Heading level and list-ness of a style, following what it is based on."""
        heading, listed = 0, False
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            m = _HEADING_RE.match(style.name)
            if not heading:
                if m:
                    heading = int(m.group(1))
                elif style.name.lower() in ("title", "subtitle"):
                    heading = 1
                elif style.outline is not None and style.outline < 9:
                    heading = style.outline + 1
            listed = listed or style.numbered or "list" in style.name.lower()
            style_id = style.based_on
        return heading, listed

    # -- containers ----------------------------------------------------------------------
    def container(self, element: Any, kind: str | None, location: str | None, in_body: bool,
                  table_path: list[tuple[int, int, int]] | None = None) -> None:
        for child in _content(element):
            if child.tag == _W + "p":
                here = location
                if table_path:
                    here = table_location(table_path)
                self.paragraph(child, "table_cell" if table_path else kind, here, in_body)
                for box in _text_boxes(child):
                    # Read after the paragraph it is anchored in, as a reader meets it.
                    # Word comments are not placed inside text boxes (in_body=False).
                    self.text_boxes += 1
                    self.container(box, None, f"text box {self.text_boxes}", False)
            elif child.tag == _W + "tbl":
                self.table(child, kind, location, in_body, table_path or [])

    def table(self, tbl: Any, kind: str | None, location: str | None, in_body: bool,
              outer: list[tuple[int, int, int]]) -> None:
        if outer:
            number = 1 + sum(1 for _ in tbl.itersiblings(_W + "tbl", preceding=True))
        else:
            self.tables += 1
            number = self.tables
        row_no = 0
        for tr in _content(tbl, _W + "tr"):
            row_no += 1
            column = 1
            for tc in _content(tr, _W + "tc"):
                span = tc.find(f"{_W}tcPr/{_W}gridSpan")
                width = int(span.get(_W + "val")) if span is not None and (span.get(_W + "val") or "").isdigit() else 1
                path = [*outer, (number, row_no, column)]
                if kind in ("header", "footer", "footnote"):
                    # A table in a header or note is still found by the part it is in.
                    self.container(tc, kind, location, in_body)
                else:
                    self.container(tc, None, None, in_body, path)
                column += max(width, 1)


def _content(element: Any, want: str | None = None) -> Iterator[Any]:
    """Children that hold content, looking through content controls and custom XML."""
    stack = [iter(element)]
    while stack:
        try:
            child = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == _W + "sdt":
            body = child.find(_W + "sdtContent")
            if body is not None:
                stack.append(iter(body))
        elif tag in (_W + "customXml", _W + "ins", _W + "moveTo"):
            stack.append(iter(child))
        elif (tag in (_W + "p", _W + "tbl")) if want is None else tag == want:
            yield child


def _text_boxes(p: Any) -> Iterator[Any]:
    """The text boxes (``w:txbxContent``) anchored in a paragraph, each once.

    Word writes a text box twice: as a drawing (``mc:Choice``) and again as VML for old
    versions of Word (``mc:Fallback``); the fallback copy is skipped. Boxes inside a box
    are read with the box that holds them.
    """
    for box in p.iter(_W + "txbxContent"):
        parent = box.getparent()
        while parent is not None and parent is not p:
            if parent.tag in (_MC_FALLBACK, _W + "txbxContent"):
                break
            parent = parent.getparent()
        else:
            yield box


def _text_pieces(p: Any) -> Iterator[tuple[str, Any, Any]]:
    """(text, run, w:t element) in reading order; run/element None for tabs and breaks."""
    stack = [iter(p)]
    while stack:
        try:
            el = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _W + "t":
            if el.text:
                yield el.text, el.getparent(), el
        elif tag in _CHAR:
            if _CHAR[tag]:
                yield _CHAR[tag], None, None
        elif tag == _W + "p":
            continue  # a paragraph inside a text box: not part of this one's words
        elif tag == _W + "r" and _hidden(el):
            continue
        else:
            stack.append(iter(el))


def _hidden(run: Any) -> bool:
    """Hidden text (Format, Font, Hidden) is not printed or shown: not the reader's words."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(_W + "val") not in ("0", "false", "off")


def _styles(root: Any) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    if root is None:
        return styles
    for st in root.iter(_W + "style"):
        sid = st.get(_W + "styleId")
        if not sid:
            continue
        name_el = st.find(_W + "name")
        based = st.find(_W + "basedOn")
        ol = st.find(f"{_W}pPr/{_W}outlineLvl")
        ol_val = ol.get(_W + "val") if ol is not None else None
        styles[sid] = _Style(
            name=(name_el.get(_W + "val") if name_el is not None else sid) or sid,
            based_on=based.get(_W + "val") if based is not None else None,
            outline=int(ol_val) if ol_val and ol_val.isdigit() else None,
            numbered=st.find(f"{_W}pPr/{_W}numPr") is not None,
        )
    return styles


def load(data: bytes, path: str) -> Any:
    """The python-docx document, after the package has been checked to be safe to parse."""
    archive = open_zip(data, path, _WHAT, _HINT)
    names = archive.namelist()
    if "word/document.xml" not in names and not any(n.endswith("document.xml") for n in names):
        raise InputError("this is not a Word document (no document text inside)", path=path, hint=_HINT)
    for name in names:
        if name.endswith((".xml", ".rels")):
            read_member(archive, name, path, _WHAT)
    import docx

    package = _safe_package(archive, path)
    try:
        return docx.Document(io.BytesIO(package))
    except Exception as exc:  # python-docx raises many kinds for packages it cannot read
        if "is not a Word file" in str(exc):  # python-docx's message names an in-memory object, not the file
            raise InputError("this is not a Word document (a macro-enabled .docm or a template renamed .docx?)",
                             path=path, hint=_HINT) from None
        raise InputError(f"this Word file cannot be opened ({exc.__class__.__name__}: {str(exc)[:200]})", path=path,
                         hint=_HINT) from None


def _safe_package(archive: Any, path: str) -> bytes:
    import zipfile

    from plainspeak.readers.extract import safe_package

    try:
        return safe_package(archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        raise InputError("this Word file is damaged (a part cannot be unpacked)", path=path, hint=_HINT) from None


def read(data: bytes, path: str) -> Document:
    return read_loaded(load(data, path), path)


def read_loaded(wdoc: Any, path: str) -> Document:
    """Extract from an opened python-docx document (the one Word comments are added to)."""
    part = wdoc.part
    styles_root = None
    try:
        styles_root = wdoc.styles.element
    except (KeyError, ValueError):
        styles_root = None
    reader = _Reader(path, _styles(styles_root))
    body = part.element.body
    reader.container(body, None, None, True)

    # Headers and footers: every part once, in the order sections first use them.
    seen_parts: set[int] = set()
    seen_text: set[str] = set()
    for kind in ("header", "footer"):
        for sect in body.iter(_W + "sectPr"):
            for ref in sect.iterchildren(f"{_W}{kind}Reference"):
                rid = ref.get(f"{{{R}}}id")
                target = part.related_parts.get(rid) if rid else None
                if target is None or id(target) in seen_parts:
                    continue
                seen_parts.add(id(target))
                root = parse_xml(target.blob, path, _WHAT)
                text = "".join(t for t in root.itertext())
                if not text.strip() or text in seen_text:
                    continue
                seen_text.add(text)
                reader.container(root, kind, kind, False)

    for kind, reltype in (("footnote", "/footnotes"), ("endnote", "/endnotes")):
        for rel in part.rels.values():
            if rel.is_external or not rel.reltype.endswith(reltype):
                continue
            root = parse_xml(rel.target_part.blob, path, _WHAT)
            number = 0
            for note in root.iterchildren(f"{_W}{kind}"):
                if note.get(_W + "type") in _NOTE_SKIP:
                    continue
                number += 1
                reader.container(note, "footnote", f"{kind} {number}", False)
    return reader.out.build()
