"""The ``Document``: the one shape every reader produces and every check consumes.

A reader turns a file into plain prose (``Document.text``) split into blocks, plus a map
from every character of that prose back to the character it came from in
``Document.source``. Checks only ever see ``text``; reporters only ever see source
positions. Keeping the map here, in one place, is what lets a finding in a Markdown link,
a Word table cell or a PDF page point at exactly the words the writer typed.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Whitespace that must not stop a phrase matching: collapsed to one space in ``text``.
_SPACE_CHARS = frozenset(" \t\n\r\f\v\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\u1680")
# Characters that carry no meaning for a reader of prose: dropped from ``text``.
_INVISIBLE_CHARS = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

#: Gaps that need normalising: two or more whitespace characters, any whitespace other
#: than a plain space (``\s`` is every ``str.isspace`` character), invisible characters.
#: Single spaces between words are copied as they are, in bulk.
_GAP_RE = re.compile("(?:\\s{2,}|[^\\S ]|[" + "".join(sorted(_INVISIBLE_CHARS)) + "])+")

#: Separator written between blocks. Two newlines make a barrier that no sentence or
#: phrase match can cross.
BLOCK_SEPARATOR = "\n\n"

BLOCK_KINDS = frozenset(
    {"paragraph", "heading", "list_item", "table_cell", "quote", "caption", "footnote", "header", "footer"}
)


@dataclass
class Block:
    """A unit of prose that sentences never run across (paragraph, heading, cell...)."""

    kind: str
    start: int
    end: int
    #: Where a person finds this block ("paragraph 12, under 'Eligibility'").
    location: str | None = None
    #: Reader-specific handle (a Word paragraph, say), for writers such as Word comments.
    ref: Any = None
    #: Heading level for headings, nesting depth for list items.
    level: int = 0


@dataclass(frozen=True)
class Suppression:
    """An inline ``plainspeak-disable`` comment, as a range of source lines."""

    first_line: int
    last_line: int
    #: Entry ids, rule codes, categories or checks; empty means everything.
    ids: frozenset[str] = frozenset()


@dataclass
class Document:
    """Prose to check, with a map back to the source it came from."""

    path: str
    text: str
    #: The text positions are reported against: the decoded file for text formats, the
    #: extracted text for Word, PDF and OpenDocument files.
    source: str
    #: ``offsets[i]`` is the index in ``source`` of ``text[i]``.
    offsets: array[int]
    blocks: list[Block]
    format: str = "text"
    suppressions: list[Suppression] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    #: Where the words of links stand in ``text`` ((start, end) pairs): a line that is all
    #: one link names another page ("How to help your foster child with school").
    links: list[tuple[int, int]] = field(default_factory=list)
    _line_starts: list[int] | None = field(default=None, repr=False)

    # -- positions -------------------------------------------------------------------
    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source range covered by ``text[start:end]`` (end exclusive)."""
        if end <= start:
            s = self.offsets[start] if start < len(self.offsets) else len(self.source)
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1

    def line_starts(self) -> list[int]:
        if self._line_starts is None and "\r" in self.source:
            # A lone "\r" ends a line too (old Mac files, and editors show it so); "\r\n" is one ending.
            self._line_starts = [0, *(m.end() for m in re.finditer("\r\n?|\n", self.source))]
        if self._line_starts is None:
            starts = [0]
            find = self.source.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a source offset."""
        starts = self.line_starts()
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def block_index_at(self, text_offset: int) -> int:
        """Index of the block containing a text offset (or the one before a gap)."""
        starts = self.meta.get("_block_starts")
        if starts is None or len(starts) != len(self.blocks):
            starts = [b.start for b in self.blocks]
            self.meta["_block_starts"] = starts
        return max(0, bisect.bisect_right(starts, text_offset) - 1)

    def location_at(self, text_offset: int) -> str | None:
        if not self.blocks:
            return None
        return self.blocks[self.block_index_at(text_offset)].location


class DocumentBuilder:
    """Builds a ``Document`` block by block, normalising whitespace as it goes.

    Readers call ``add`` with runs of source text and the source offset each run starts
    at; anything a reader synthesises (a space between table cells, say) is added with
    ``source_start=None`` and maps to the character before it.
    """

    def __init__(self, path: str, source: str, format: str) -> None:
        self.path = path
        self.source = source
        self.format = format
        self._chars: list[str] = []
        self._offsets = array("q")
        self._blocks: list[Block] = []
        self._open: Block | None = None
        self._pending_space: int | None = None
        self._sep_written = False
        self.suppressions: list[Suppression] = []
        self.meta: dict[str, Any] = {}
        self.links: list[tuple[int, int]] = []

    # -- blocks --------------------------------------------------------------------------
    def start_block(
        self, kind: str, location: str | None = None, ref: Any = None, level: int = 0
    ) -> None:
        if self._open is not None:
            self.end_block()
        self._sep_written = bool(self._chars)
        if self._sep_written:
            last = self._offsets[-1]
            for ch in BLOCK_SEPARATOR:
                self._chars.append(ch)
                self._offsets.append(last)
        self._open = Block(kind, len(self._chars), len(self._chars), location, ref, level)
        self._pending_space = None

    def end_block(self) -> None:
        block = self._open
        if block is None:
            return
        self._open = None
        self._pending_space = None
        block.end = len(self._chars)
        if block.end == block.start:
            # An empty block leaves no trace: remove the separator written for it.
            if self._sep_written:
                del self._chars[-len(BLOCK_SEPARATOR) :]
                del self._offsets[-len(BLOCK_SEPARATOR) :]
            return
        self._blocks.append(block)

    # -- links ---------------------------------------------------------------------------
    def position(self) -> int:
        """Where the next character added will stand in the text."""
        return len(self._chars)

    def add_link(self, start: int) -> None:
        """The words added since ``position()`` returned ``start`` are a link's words."""
        chars = self._chars
        while start < len(chars) and chars[start].isspace():
            start += 1  # the space before the link's first word
        if len(chars) > start:
            self.links.append((start, len(chars)))

    # -- text ----------------------------------------------------------------------------
    def add(self, text: str, source_start: int | None) -> None:
        """Add a run of text; character ``i`` came from ``source[source_start + i]``.

        Runs of words are copied in bulk (this is the hot path of every reader); only
        whitespace and invisible characters are looked at one run at a time.
        """
        if self._open is None:
            self.start_block("paragraph")
        assert self._open is not None
        if source_start is None:
            for ch in text:
                self._add_char(ch, self._last_offset())
            return
        chars = self._chars
        block_start = self._open.start
        pos = 0
        for m in _GAP_RE.finditer(text):
            start, end = m.span()
            if start > pos:
                self._add_word(text, pos, start, source_start)
            for i in range(start, end):
                if text[i] not in _INVISIBLE_CHARS:
                    if len(chars) > block_start and self._pending_space is None:
                        self._pending_space = source_start + i
                    break
            pos = end
        if pos < len(text):
            self._add_word(text, pos, len(text), source_start)

    def _add_word(self, text: str, start: int, end: int, source_start: int) -> None:
        """Copy ``text[start:end]``: words separated by single spaces, kept as they are."""
        assert self._open is not None
        block_start = self._open.start
        if text[start] == " ":
            if len(self._chars) > block_start and self._pending_space is None:
                self._pending_space = source_start + start
            start += 1
        trailing = None
        if end > start and text[end - 1] == " ":
            end -= 1
            trailing = source_start + end
        if end > start:
            if self._pending_space is not None:
                self._chars.append(" ")
                self._offsets.append(self._pending_space)
                self._pending_space = None
            self._chars.extend(text[start:end])
            self._offsets.extend(range(source_start + start, source_start + end))
        if trailing is not None and len(self._chars) > block_start and self._pending_space is None:
            self._pending_space = trailing

    def add_mapped(self, text: str, offsets: Iterable[int]) -> None:
        """Add text whose characters come from arbitrary source offsets."""
        if self._open is None:
            self.start_block("paragraph")
        for ch, src in zip(text, offsets, strict=False):
            self._add_char(ch, src)

    def add_space(self) -> None:
        """A word break that does not come from the source (between inline parts)."""
        if self._open is None or len(self._chars) == self._open.start:
            return
        if self._pending_space is None:
            self._pending_space = self._last_offset()

    def _last_offset(self) -> int:
        return self._offsets[-1] if len(self._offsets) else 0

    def _add_char(self, ch: str, src: int) -> None:
        assert self._open is not None
        if ch in _INVISIBLE_CHARS:
            return
        if ch in _SPACE_CHARS or ch.isspace():
            if len(self._chars) > self._open.start and self._pending_space is None:
                self._pending_space = src
            return
        if self._pending_space is not None:
            self._chars.append(" ")
            self._offsets.append(self._pending_space)
            self._pending_space = None
        self._chars.append(ch)
        self._offsets.append(src)

    def build(self) -> Document:
        self.end_block()
        return Document(
            path=self.path,
            text="".join(self._chars),
            source=self.source,
            offsets=self._offsets,
            blocks=self._blocks,
            format=self.format,
            suppressions=self.suppressions,
            meta=self.meta,
            links=self.links,
        )
