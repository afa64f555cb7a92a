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

from plainspeak import limits
from plainspeak.document import BLOCK_SEPARATOR, Document, DocumentBuilder
from plainspeak.errors import InputError
from plainspeak.limits import too_many_chars

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
        self._max_chars = limits.current.max_chars

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
        if self._length > self._max_chars:
            # Counted as the text is extracted, so a small package that unpacks to
            # hundreds of megabytes of text stops here, not after filling memory.
            raise too_many_chars(self.path)

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


_CHUNK = 64 * 1024
_BOMB_HINT = "do not open it; ask the sender for the original document"


class SafeZip(zipfile.ZipFile):
    """A zip whose ``read`` counts the bytes it actually unpacks, not the sizes declared.

    ``ZipFile.read`` inflates a whole member in one call and only then cuts it to the
    declared size, so a member that claims 64 bytes can inflate a gigabyte on every
    read. Here every member is read in small pieces (zlib never makes more than asked
    for), and the bytes produced are counted against two budgets: all parts, and the
    XML parts (whose size decides the memory a parse needs).
    """

    path: str = ""
    what: str = ""
    unpacked: int = 0
    xml_unpacked: int = 0

    def read(self, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
        from plainspeak import limits

        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        memo = self.__dict__.setdefault("_memo", {})
        if info.filename in memo:  # read once for the guards, once more to parse: counted once
            return memo[info.filename]
        is_xml = info.filename.endswith((".xml", ".rels"))
        xml_limit = xml_budget(limits.current.max_chars)
        pieces = []
        with self.open(info, pwd=pwd) as fh:
            while chunk := fh.read(_CHUNK):
                self.unpacked += len(chunk)
                if is_xml:
                    self.xml_unpacked += len(chunk)
                if self.unpacked > MAX_UNPACKED_BYTES:
                    raise InputError(f"this {self.what} file unpacks to more than "
                                     f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB, too big to check", path=self.path,
                                     hint="remove large images or split it")
                if self.xml_unpacked > xml_limit:
                    raise InputError(f"this {self.what} file holds more than {xml_limit // (1024 * 1024)} MB of "
                                     "document text and markup, more than plainspeak checks at once",
                                     path=self.path,
                                     hint="split it into smaller documents, or raise 'limits: max_chars:' in "
                                          ".plainspeak.yaml (or PLAINSPEAK_MAX_CHARS)")
                pieces.append(chunk)
        data = b"".join(pieces)
        memo[info.filename] = data
        return data


def xml_budget(max_chars: int) -> int:
    """Bytes of XML allowed for ``max_chars`` of text: Word markup is rarely more than ten
    times its text, and parsing it costs memory in proportion."""
    return max(max_chars * 10, 8 * 1024 * 1024)


def safe_package(archive: SafeZip) -> bytes:
    """The package rebuilt from what was actually unpacked (members stored, not compressed),
    for libraries (python-docx) that read the zip themselves: they then find honest sizes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
        for info in archive.infolist():
            if info.is_dir():
                continue
            rebuilt.writestr(info.filename, archive.read(info))
    return out.getvalue()


def open_zip(data: bytes, path: str, what: str, hint: str) -> SafeZip:
    """Open a document package, refusing anything that is not one or would unpack huge.

    Sizes are checked from the archive directory before anything is unpacked, and
    again on the bytes each read actually produces (``SafeZip``), so a directory that
    lies about sizes or lists one member many times gains nothing.
    """
    if not data.startswith(b"PK"):
        raise InputError(f"this is not a {what} file (it is not a zip package)", path=path, hint=hint)
    try:
        archive = SafeZip(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise InputError(f"this {what} file is damaged or incomplete", path=path, hint=hint) from None
    archive.path, archive.what = path, what
    if len(members) > MAX_MEMBERS:
        raise InputError(f"this {what} file has too many parts to be a real document", path=path,
                         hint="open it and save a new copy")
    names = {info.filename for info in members}
    if len(names) != len(members):
        raise InputError(f"this {what} file lists the same part more than once, which office programs never do",
                         path=path, hint=_BOMB_HINT)
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
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        raise InputError(f"this {what} file is damaged (part {name} cannot be unpacked)", path=path,
                         hint="open it and save a new copy") from None
    check_no_doctype(data, path, what)
    return data


def check_no_doctype(data: bytes, path: str, what: str) -> None:
    """Office XML never declares a DOCTYPE; one that does may be built to exhaust memory.

    A part saved as UTF-16 or UTF-32 is looked at decoded, so the declaration cannot
    hide behind zero bytes.
    """
    if data[:4] in (b"<\x00\x00\x00", b"\x00\x00\x00<", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") \
            or data[:2] in (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<"):
        for codec in ("utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-16-le", "utf-16-be"):
            try:
                data = data.decode(codec).encode("utf-8")
                break
            except UnicodeDecodeError:
                continue
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
