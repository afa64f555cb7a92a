"""HTML: the words a visitor reads, each mapped to its exact place in the HTML source.

The standard library's ``html.parser`` reports where every piece of text and every
entity starts, so with entity conversion left to this reader ("&amp;" becomes "&" mapped
onto the "&") a finding points at the characters in the file. Scripts, styles, code,
templates, the document head and elements marked ``hidden`` are never prose. The
parser keeps no recursion and this
reader keeps its own stack, so a page nested ten thousand levels deep is read like any
other. ``<!-- plainspeak-disable... -->`` comments work as in Markdown.

The page's ``<title>`` (what a browser tab, a search result and a screen reader say
first) and each image's ``alt`` text (what a screen reader reads instead of the image)
are words people read too, so each is checked as a block of its own, located as "page
title" or "image description (alt text)".
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser

from plainspeak.document import Document, DocumentBuilder
from plainspeak.readers.base import decode_text
from plainspeak.readers.extract import assign_locations, table_location
from plainspeak.suppress import SuppressionTracker

_SKIP = frozenset({"head", "title", "script", "style", "code", "pre", "template", "noscript", "svg", "math", "kbd",
                   "samp", "textarea", "select", "object", "iframe", "var"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
_BLOCK = frozenset({"p", "div", "blockquote", "li", "dt", "dd", "td", "th", "tr", "table", "thead", "tbody",
                    "tfoot", "caption", "figcaption", "figure", "section", "article", "header", "footer", "nav",
                    "aside", "main", "ul", "ol", "dl", "form", "fieldset", "legend", "address", "hr", "body",
                    "html", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "option", "label"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LIST = frozenset({"li", "dt", "dd"})
_CELL = frozenset({"td", "th"})
_CAPTION = frozenset({"caption", "figcaption", "legend", "summary"})
# Opening one of these closes an open one of the same family (HTML's optional end tags).
_IMPLIED = {"p": ("p",), "li": ("li",), "dt": ("dt", "dd"), "dd": ("dt", "dd"), "td": ("td", "th"),
            "th": ("td", "th"), "tr": ("tr", "td", "th"), "option": ("option",)}
_FENCE = {"li": ("ul", "ol"), "dt": ("dl",), "dd": ("dl",), "td": ("tr", "table"), "th": ("tr", "table"),
          "tr": ("table",), "p": (), "option": ("select",)}
_URL_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")


class _Reader(HTMLParser):
    def __init__(self, source: str, path: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.b = DocumentBuilder(path, source, "html")
        self.tracker = SuppressionTracker()
        self.line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()
        self.headings: list[int] = []
        self.in_block = False
        # Tables: [number, row, next column, inner tables so far] for each open table.
        self.tables: list[list[int]] = []
        self.table_count = 0
        self.cells: list[tuple[int, int, int]] = []
        #: Stack depths of open elements marked ``hidden``: nothing inside them is shown.
        self.hidden: list[int] = []
        #: How many open elements never hold prose (script, code...).
        self.skip = 0
        #: Inside the page's <title> (not an SVG's): read although the head is not.
        self.in_title = False
        #: Where the words of each open <a> start in the text (None: an anchor with no href).
        self.link_starts: list[int | None] = []

    def pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # -- tags ------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _IMPLIED:
            self._close_implied(tag)
        if tag in _BLOCK:
            self._break()
        elif tag == "br":
            self.b.add_space()
        if tag == "img":
            self._alt_text(attrs)
        if tag in _VOID:
            return
        if tag == "title" and not self.open["svg"] and not self.hidden:
            self._break()
            self.in_title = True
        if any(k == "hidden" or (k == "aria-hidden" and v == "true") for k, v in attrs):
            self.hidden.append(len(self.stack))
        self.stack.append(tag)
        self.open[tag] += 1
        if tag == "a":
            self.link_starts.append(self.b.position() if any(k == "href" for k, _v in attrs) else None)
        if tag in _SKIP:
            self.skip += 1
        if tag in _HEADINGS:
            self.headings.append(_HEADINGS[tag])
        elif tag == "table":
            if self.tables:
                self.tables[-1][3] += 1
                number = self.tables[-1][3]
            else:
                self.table_count += 1
                number = self.table_count
            self.tables.append([number, 0, 1, 0])
        elif tag == "tr" and self.tables:
            self.tables[-1][1] += 1
            self.tables[-1][2] = 1
        elif tag in _CELL and self.tables:
            t = self.tables[-1]
            span = next((v for k, v in attrs if k == "colspan"), None)
            width = int(span) if span and span.strip().isdigit() else 1
            self.cells.append((t[0], max(t[1], 1), t[2]))
            t[2] += max(1, min(width, 1000))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._break()
        if not self.open[tag]:
            return
        while self.stack:
            top = self.stack.pop()
            self._popped(top)
            if top == tag:
                break

    def _close_implied(self, tag: str) -> None:
        family = _IMPLIED[tag]
        if not any(self.open[t] for t in family):
            return
        fence = _FENCE[tag]
        for i in range(len(self.stack) - 1, -1, -1):
            name = self.stack[i]
            if name in fence:
                return
            if name in family:
                while len(self.stack) > i:
                    self._popped(self.stack.pop())
                return

    def _popped(self, tag: str) -> None:
        if tag == "a" and self.link_starts:
            start = self.link_starts.pop()
            if start is not None:
                self.b.add_link(start)
        self.open[tag] -= 1
        if tag == "title" and self.in_title:
            self._break()
            self.in_title = False
        if tag in _SKIP:
            self.skip -= 1
        if self.hidden and self.hidden[-1] >= len(self.stack):
            self.hidden.pop()
        if tag in _HEADINGS and self.headings:
            self.headings.pop()
        elif tag == "table" and self.tables:
            self.tables.pop()
        elif tag in _CELL and self.cells:
            self.cells.pop()

    def _break(self) -> None:
        if self.in_block:
            self.b.end_block()
            self.in_block = False

    def _alt_text(self, attrs: list[tuple[str, str | None]]) -> None:
        """An image's ``alt`` text as a block of its own, mapped onto the attribute's value."""
        alt = next((v for k, v in attrs if k == "alt"), None)
        if not alt or not alt.strip() or self.skip or self.hidden:
            return
        raw = self.get_starttag_text() or ""
        m = re.search(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", raw, re.IGNORECASE)
        self._break()
        self.b.start_block("caption", location="image description (alt text)")
        if m:
            group = next(g for g in (1, 2, 3) if m.group(g) is not None)
            start = self.pos() + m.start(group)
            if m.group(group) == alt:
                self.b.add(alt, start)
            else:  # entities in the value: every character maps to the value's start
                self.b.add_mapped(alt, [start] * len(alt))
        else:
            self.b.add_mapped(alt, [self.pos()] * len(alt))
        self.b.end_block()

    def _start(self) -> None:
        open_ = self.open
        location = None
        if self.in_title:
            self.b.start_block("caption", location="page title")
            self.in_block = True
            return
        if self.headings:
            kind, level = "heading", self.headings[-1]
        elif self.cells and (open_["td"] or open_["th"]):
            kind, level = "table_cell", 0
            location = table_location(self.cells)
        elif any(open_[t] for t in _LIST):
            kind, level = "list_item", open_["ul"] + open_["ol"] + open_["dl"]
        elif open_["blockquote"]:
            kind, level = "quote", 0
        elif any(open_[t] for t in _CAPTION):
            kind, level = "caption", 0
        else:
            kind, level = "paragraph", 0
        self.b.start_block(kind, location=location, level=level)
        self.in_block = True

    # -- text ------------------------------------------------------------------------------
    def _skipping(self) -> bool:
        if self.in_title:
            return False
        return bool(self.skip or self.hidden)

    def handle_data(self, data: str) -> None:
        if self._skipping() or (not self.in_block and not data.strip()):
            return
        if not self.in_block:
            self._start()
        start = self.pos()
        last = 0
        for m in _URL_RE.finditer(data):
            self.b.add(data[last:m.start()], start + last)
            self.b.add_space()
            last = m.end()
        self.b.add(data[last:], start + last)

    def _ref(self, raw: str) -> None:
        if self._skipping():
            return
        text = html.unescape(raw)
        if not text.strip() and not self.in_block:
            return
        if not self.in_block:
            self._start()
        self.b.add_mapped(text, [self.pos()] * len(text))

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        if "plainspeak-" in data:
            first = self.getpos()[0]
            self.tracker.comment(f"<!--{data}-->", first, first + data.count("\n"))


def _without_unclosed_comments(text: str) -> str:
    """The text up to a pile of unclosed ``<!--`` (a browser shows nothing after one).

    Python's HTML parser looks for the end of each unclosed comment again from every
    one of them: 100,000 "<!--" took minutes. A few are left for the parser (a stray
    "<!--" in real pages is handled as before); a pile of them is cut at the first.
    """
    last_close = text.rfind("-->")
    cut = text.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if cut >= 0 and text.count("<!--", cut) > 50:
        return text[:cut]
    return text


def read(data: bytes, path: str) -> Document:
    return read_string(decode_text(data, path), path)


def read_string(text: str, path: str) -> Document:
    reader = _Reader(text, path)
    reader.feed(_without_unclosed_comments(text))
    reader.close()
    reader.b.suppressions = reader.tracker.finish()
    doc = reader.b.build()
    assign_locations(doc)
    return doc
