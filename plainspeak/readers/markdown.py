"""Markdown through markdown-it-py: prose only, every character mapped to its source.

markdown-it-py gives block tokens a line range but inline text no columns, so each
inline text piece is found in its block's source lines by searching forward from where
the previous piece ended. Code, inline code, URLs, link targets, front matter and HTML
comments never reach the checks; emphasis and links inside a phrase do not break it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from types import SimpleNamespace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from plainspeak.document import Document, DocumentBuilder
from plainspeak.fastload import PatternCache
from plainspeak.readers.base import decode_text
from plainspeak.suppress import SuppressionTracker

_rx = PatternCache("markdown").compile  # compiled from cached code (plainspeak.fastload)
# The e-mail part starts only where a run of address characters starts (the look-behind):
# without it, a long run of letters with no "@" was scanned again from every position
# (1 MB of letters took over a minute).
_URL_RE = _rx(r"(?:https?://|ftp://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]"
              r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Lines end as markdown-it ends them: "\r\n", a lone "\r" or "\n". Counting only "\n"
# put every finding after a lone "\r" on the wrong characters (and ``fix`` replaced
# line endings with words).
_NEWLINE_RE = _rx("\r\n?|\n")
_COMMENT_RE = _rx(r"<!--(.*?)-->", re.DOTALL)

_md: MarkdownIt | None = None


def _may_hold_address(content: str) -> bool:
    """Every address ``_URL_RE`` finds holds "://", "www." or "@": most text holds none,
    and is not searched (about 6% of reading 100k words, ``bench/reading --ab``)."""
    return "@" in content or "://" in content or "www." in content


def _comments(content: str) -> list[tuple[int, int]]:
    """Where each ``<!-- ... -->`` is, in one pass.

    A regex (``<!--(.*?)-->``) looked for the end again from every unclosed opening, so
    100,000 "<!--" took minutes; once no "-->" follows, no later comment can close.
    """
    out = []
    pos = 0
    while (start := content.find("<!--", pos)) != -1:
        end = content.find("-->", start + 4)
        if end == -1:
            break
        out.append((start, end + 3))
        pos = end + 3
    return out


def _parser() -> MarkdownIt:
    global _md
    if _md is None:
        _md = MarkdownIt("commonmark", {"html": True}).enable("table").use(front_matter_plugin)
        _quiet_debug_calls()
        if (_md.inline.ruler.get_active_rules() == _PLAIN_RULES
                and _md.inline.ruler2.get_active_rules() == _PLAIN_RULES2 and not _md.options.get("linkify")):
            _md.core.ruler.at("inline", _inline_rule)
    return _md


#: The inline rules (and post-processing rules) the shortcut below was checked against:
#: with any other set, every inline token is parsed by markdown-it as usual.
_PLAIN_RULES = ["text", "newline", "escape", "backticks", "emphasis", "link", "image", "autolink",
                "html_inline", "entity"]
_PLAIN_RULES2 = ["balance_pairs", "emphasis", "fragments_join"]
#: Every character at which one of those rules can start ("\n" newline, "\\" escape,
#: "`" code, "*" and "_" emphasis, "[" and "]" links, "!" images, "<" autolinks and
#: HTML, "&" entities; "~" for good measure). Text with none of them is one text token.
_INLINE_SPECIAL_RE = _rx(r"[\n\\`*_\[\]!<&~]")


def _inline_rule(state: Any) -> None:
    """markdown-it's core "inline" rule, with a shortcut for plain text.

    Inline text holding none of the characters any inline rule starts at (about two
    in three paragraphs, cells and headings of real prose) parses to a single text
    token with the whole content: it is made here without running the inline parser
    (its state object, and every rule tried at each "-", ":" or "%").
    Tests compare the tokens with markdown-it's own on generated and real Markdown.
    """
    md, env = state.md, state.env
    special = _INLINE_SPECIAL_RE.search
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            content = token.content
            if content and special(content) is None:
                token.children.append(Token("text", "", 0, content=content))
            else:
                md.inline.parse(content, md, env, token.children)


#: Takes any arguments, does nothing, and runs no Python code ("".format returns "").
_QUIET = SimpleNamespace(debug="".format)


def _quiet_debug_calls() -> None:
    """markdown-it-py's block rules call ``LOGGER.debug(...)`` each time they try a line:
    180,000 calls for 100,000 words, about 6% of reading (``bench/reading``). While nobody
    has asked for markdown-it's debug log, those module loggers are swapped for a no-op;
    the tokens are the same."""
    import logging
    import sys

    if logging.getLogger("markdown_it").isEnabledFor(logging.DEBUG):
        return
    for name, module in list(sys.modules.items()):
        if name.startswith("markdown_it.") and isinstance(getattr(module, "LOGGER", None), logging.Logger):
            module.__dict__["LOGGER"] = _QUIET


def read(data: bytes, path: str) -> Document:
    return read_string(decode_text(data, path), path)


class _Walker:
    def __init__(self, source: str, path: str) -> None:
        self.source = source
        self.builder = DocumentBuilder(path, source, "markdown")
        self.tracker = SuppressionTracker()
        self.line_starts = [0, *(m.end() for m in _NEWLINE_RE.finditer(source)), len(source) + 1]
        self._last: tuple[tuple[int, int], int] | None = None
        # Block nesting, kept across the token lists of successive chunks.
        self._kinds: list[str] = []
        self._maps: list[tuple[int, int]] = []
        self._heading_level = 0
        self._current_map = (0, 0)

    def line_offset(self, line: int) -> int:
        """Source offset of a 0-based line (clamped)."""
        line = max(0, min(line, len(self.line_starts) - 1))
        return min(self.line_starts[line], len(self.source))

    # -- inline ------------------------------------------------------------------------
    def inline(self, token: Token, line_range: tuple[int, int]) -> None:
        b = self.builder
        cursor = self.line_offset(line_range[0])
        if self._last is not None and self._last[0] == line_range:
            cursor = max(cursor, self._last[1])  # the next cell of the same table row
        limit = self.line_offset(line_range[1]) if line_range[1] > line_range[0] else len(self.source)
        autolink = 0
        link_start: int | None = None
        for child in token.children or []:
            ctype = child.type
            if ctype == "text":
                if autolink:
                    cursor = self._skip(child.content, cursor, limit)
                    continue
                cursor = self._text(child.content, cursor, limit)
            elif ctype in ("softbreak", "hardbreak"):
                b.add_space()
            elif ctype == "code_inline":
                b.add_space()
                cursor = self._skip(child.content, cursor, limit)
                b.add_space()
            elif ctype == "link_open":
                if child.markup == "autolink":
                    autolink += 1
                else:
                    link_start = b.position()
            elif ctype == "link_close":
                if child.markup == "autolink":
                    autolink -= 1
                else:
                    if link_start is not None:
                        b.add_link(link_start)
                        link_start = None
                    href = child.attrs.get("href") if hasattr(child, "attrs") else None
                    cursor = self._after_link_target(cursor, limit, href)
            elif ctype == "image":
                b.add_space()
                cursor = self._after_link_target(cursor, limit, None)
            elif ctype == "html_inline":
                content = child.content
                pos = self.source.find(content, cursor, limit)
                if pos >= 0:
                    # The line from the line-start table: counting newlines from the
                    # start of the file for each inline HTML tag was quadratic.
                    line = bisect_right(self.line_starts, pos)
                    self.tracker.comment(content, line, line)
                    cursor = pos + len(content)
                b.add_space()
        self._last = (line_range, cursor)

    def _skip(self, content: str, cursor: int, limit: int) -> int:
        pos = self.source.find(content, cursor, limit)
        return pos + len(content) if pos >= 0 else cursor

    def _after_link_target(self, cursor: int, limit: int, href: Any) -> int:
        # "[text](target)" or "[text][ref]": move past the target so it is never searched.
        src = self.source
        if cursor < limit and src.startswith("](", cursor):
            depth, i = 0, cursor + 2
            while i < limit:
                ch = src[i]
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    if depth == 0:
                        return i + 1
                    depth -= 1
                i += 1
        elif cursor < limit and src.startswith("][", cursor):
            end = src.find("]", cursor + 2, limit)
            if end >= 0:
                return end + 1
        elif cursor < limit and src.startswith("]", cursor):
            return cursor + 1
        return cursor

    def _text(self, content: str, cursor: int, limit: int) -> int:
        """Add prose ``content`` (URLs taken out), mapped onto the source from ``cursor``."""
        pieces: list[tuple[str, bool]] = []
        last = 0
        if _may_hold_address(content):
            for m in _URL_RE.finditer(content):
                pieces.append((content[last:m.start()], True))
                pieces.append((m.group(0), False))
                last = m.end()
        pieces.append((content[last:], True))
        for piece, prose in pieces:
            if not piece:
                continue
            pos = self.source.find(piece, cursor, limit)
            if pos >= 0:
                if prose:
                    self.builder.add(piece, pos)
                else:
                    self.builder.add_space()
                cursor = pos + len(piece)
                continue
            # Escapes and entities ("\*", "&amp;") make the text differ from the source:
            # align character by character, looking a little way ahead for each.
            offsets = []
            for ch in piece:
                found = self.source.find(ch, cursor, min(limit, cursor + 12))
                if found >= 0:
                    offsets.append(found)
                    cursor = found + 1
                else:
                    offsets.append(max(cursor - 1, 0))
            if prose:
                self.builder.add_mapped(piece, offsets)
            else:
                self.builder.add_space()
        return cursor

    # -- blocks ------------------------------------------------------------------------
    def walk(self, tokens: list[Token]) -> Document:
        self.walk_tokens(tokens)
        return self.finish()

    def walk_tokens(self, tokens: list[Token], line_shift: int = 0) -> None:
        """Walk one chunk's tokens; ``line_shift`` is the chunk's first line in the file."""
        b = self.builder
        kinds, maps = self._kinds, self._maps
        for token in tokens:
            t = token.type
            if token.map:
                if line_shift:
                    token.map = [token.map[0] + line_shift, token.map[1] + line_shift]
                self._current_map = (token.map[0], token.map[1])
            if t.endswith("_open") and token.nesting == 1:
                kinds.append(t[: -len("_open")])
                maps.append(tuple(token.map) if token.map else (maps[-1] if maps else (0, 0)))  # type: ignore[arg-type]
                if t == "heading_open":
                    self._heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
                continue
            if t.endswith("_close") and token.nesting == -1:
                if kinds:
                    kinds.pop()
                    maps.pop()
                continue
            if t == "inline":
                kind, level = self._block_kind(kinds, self._heading_level)
                b.start_block(kind, level=level)
                line_range = tuple(token.map) if token.map else (maps[-1] if maps else self._current_map)
                self.inline(token, line_range)  # type: ignore[arg-type]
                b.end_block()
            elif t == "html_block":
                first = token.map[0] + 1 if token.map else 1
                content = token.content
                counted, line = 0, first
                for start, end in _comments(content):
                    line += content.count("\n", counted, start)  # counted on from the last comment
                    end_line = line + content.count("\n", start, end)
                    counted = start
                    self.tracker.comment(content[start:end], line, end_line)
            # fence, code_block, front_matter, hr: not prose

    def finish(self) -> Document:
        b = self.builder
        b.suppressions = self.tracker.finish()
        return b.build()

    @staticmethod
    def _block_kind(kinds: list[str], heading_level: int) -> tuple[str, int]:
        if "heading" in kinds:
            return "heading", heading_level
        if "th" in kinds or "td" in kinds:
            return "table_cell", 0
        if "list_item" in kinds:
            return "list_item", kinds.count("bullet_list") + kinds.count("ordered_list")
        if "blockquote" in kinds:
            return "quote", 0
        return "paragraph", 0


#: Files longer than this (in characters, about 10,000 words) are parsed a chunk at a time.
CHUNK_CHARS = 64_000

_REFERENCE_RE = _rx(r"^ {0,3}\[", re.M)
_HTML_OPEN = (("<script", "</script>"), ("<pre", "</pre>"), ("<style", "</style>"), ("<textarea", "</textarea>"),
              ("<!--", "-->"), ("<?", "?>"), ("<![cdata[", "]]>"), ("<!", ">"))
_HTML_RAW_ENDS = ("</script>", "</pre>", "</style>", "</textarea>")


def chunk_starts(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(character offset, line number) of each place a long text can be cut, ``(0, 0)`` first.

    Markdown parsed in pieces gives the same tokens as parsed whole only where no block
    runs across the cut. A cut is made only before a line that starts a new top-level
    block whatever came before: a letter or ``#`` in the first column after a blank line
    (which ends every paragraph, list, quote, table and indented code), outside fenced
    code and outside the HTML blocks that blank lines do not end (comments, ``<pre>``,
    ``<script>``...), and after any front matter. ``text`` is markdown-it's normalised
    text (``\n`` line ends), so line numbers are its own.
    """
    size = CHUNK_CHARS if size is None else size
    cuts = [(0, 0)]
    if len(text) <= size:
        return cuts
    lines = text.split("\n")
    pos = 0
    first = 0
    if lines and lines[0].rstrip() == "---":  # front matter: never cut inside it
        for i in range(1, len(lines)):
            if lines[i].rstrip() in ("---", "..."):
                first = i + 1
                break
        else:
            return cuts
        pos = sum(len(line) + 1 for line in lines[:first])
    fence = ""
    html_end = ""
    html_until_blank = False
    blank = True
    next_cut = size
    for number in range(first, len(lines)):
        line = lines[number]
        if fence:
            stripped = line.strip()
            if len(line) - len(line.lstrip(" ")) <= 3 and stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
        elif html_end:
            low = line.lower()
            if (any(end in low for end in _HTML_RAW_ENDS) if html_end == "raw" else html_end in low):
                html_end = ""
        else:
            head = line[:1]
            if blank and pos >= next_cut and (head == "#" or head.isalpha()):
                cuts.append((pos, number))
                next_cut = pos + size
            stripped = line.lstrip(" ")
            if len(line) - len(stripped) <= 3:
                if html_until_blank and stripped.startswith(("```", "~~~")):
                    # Inside an HTML block that a blank line ends ("<div>"), or a paragraph
                    # that only looks like one, a fence line may or may not open a fence:
                    # no cut after this point is certain, so the rest is parsed whole.
                    return cuts
                if stripped.startswith(("```", "~~~")):
                    run = len(stripped) - len(stripped.lstrip(stripped[0]))
                    fence = stripped[0] * run
                elif stripped.startswith("<"):
                    low = stripped.lower()
                    for start, end in _HTML_OPEN:
                        if low.startswith(start):
                            rest = low[len(start):]
                            raw = end.startswith("</")
                            if not (any(e in rest for e in _HTML_RAW_ENDS) if raw else end in rest):
                                html_end = "raw" if raw else end
                            break
                    else:
                        html_until_blank = True
        blank = not line.strip(" \t")
        if blank:
            html_until_blank = False
        pos += len(line) + 1
    return cuts


def read_string(text: str, path: str) -> Document:
    """Parse and walk the Markdown; a long file a chunk at a time (see ``chunk_starts``).

    Parsing a 1M-word file whole held about 150 MB of markdown-it tokens at once; chunk
    by chunk, only one chunk's tokens are alive. Link reference definitions apply across
    the whole file, so when a file may have some they are collected first, in order, and
    every chunk is parsed with all of them (markdown-it keeps the first of duplicates).
    """
    md = _parser()
    walker = _Walker(text, path)
    normal = normalize_newlines(text)
    cuts = chunk_starts(normal)
    if len(cuts) == 1:
        walker.walk_tokens(md.parse(text))
        return walker.finish()
    bounds = [*cuts, (len(normal), 0)]
    pieces = [(normal[bounds[i][0]:bounds[i + 1][0]], bounds[i][1]) for i in range(len(cuts))]
    env: dict[str, Any] = {}
    if _REFERENCE_RE.search(normal):
        # Only a chunk holding "]:" can define a reference (a label's "]" is followed
        # at once by ":" on the same line), so only those chunks are read first, in
        # order (the first of duplicate labels wins). When the first chunk is the only
        # one, its definitions are collected as it is parsed, before any other chunk.
        # The block pass over every chunk took a fifth of reading 100k words.
        defining = [piece for piece, _line in pieces if "]:" in piece]
        if defining and not (len(defining) == 1 and defining[0] is pieces[0][0]):
            for piece in defining:
                md.block.parse(piece, md, env, [])
    for piece, line in pieces:
        walker.walk_tokens(md.parse(piece, env), line)
    return walker.finish()


def normalize_newlines(text: str) -> str:
    """The text markdown-it parses: ``\r\n`` and ``\r`` as ``\n``, NUL as U+FFFD."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
