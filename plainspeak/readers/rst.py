"""reStructuredText, read without docutils: prose only, every character mapped to its source.

docutils would be a heavy dependency and gives no character positions, so this reader
works line by line as the rst rules do: underlined (and overlined) titles are headings;
bullet and enumerated lists, block quotes, footnotes, line blocks and simple and grid
tables are prose; literal blocks (after ``::``), doctest blocks, code and other
non-prose directives, targets and substitution definitions are skipped. Admonitions
(``.. note::``) are prose. Comments can hold ``plainspeak-disable`` directives.
Inline literals, roles such as ``:code:``, link targets and bare URLs never reach the
checks; emphasis markers and link syntax are dropped without breaking a phrase.
"""

from __future__ import annotations

import re

from plainspeak.document import Document, DocumentBuilder
from plainspeak.readers.base import decode_text
from plainspeak.readers.extract import assign_locations, table_location
from plainspeak.suppress import SuppressionTracker

_ADORN_CHARS = "=-`:'\"~^_*+#<>."
_ADORN_RE = re.compile(r"^([=\-`:'\"~^_*+#<>.])\1{2,}\s*$")
_BULLET_RE = re.compile(r"^(\s*)(?:[-*+\u2022\u2023\u2043]|(?:\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]"
                        r"|\((?:\d+|#|[a-zA-Z]|[ivxlcdm]+)\))\s+")
_EXPLICIT_RE = re.compile(r"^(\s*)\.\.(?:\s|$)")
_DIRECTIVE_RE = re.compile(r"^\.\.\s+([\w:.+-]+)::(?:\s|$)")
_FOOTNOTE_RE = re.compile(r"^\.\.\s+\[(?:#?[\w-]*|\*)\]\s+")
_FIELD_RE = re.compile(r"^:(?![\w-]+:`)[^:\s][^:]*:(?:\s+|$)")
_SIMPLE_TABLE_RE = re.compile(r"^=+(?:\s+=+)+\s*$")
_GRID_RE = re.compile(r"^\+[-=+]+\+\s*$")
_OPTION_RE = re.compile(r"^\s+:[\w-]+:")
_PROSE_DIRECTIVES = frozenset({"note", "warning", "tip", "important", "caution", "attention", "danger", "error",
                               "hint", "admonition", "seealso", "topic", "sidebar", "epigraph", "highlights",
                               "pull-quote", "compound", "container", "rubric", "versionadded", "versionchanged",
                               "deprecated"})
_CODE_ROLES = frozenset({"code", "math", "literal", "file", "samp", "kbd", "command", "program", "envvar",
                         "option", "regexp", "makevar", "mailheader", "mimetype", "py:func", "func", "class",
                         "meth", "mod", "attr", "obj", "data", "exc", "const", "doc", "download", "eq"})
# One inline construct per alternative, tried left to right.
_INLINE_RE = re.compile(
    r"(?P<literal>``.+?``)"
    r"|(?P<role>:(?P<rname>[\w:.+-]+):`(?P<rbody>[^`]+)`)"
    r"|(?P<ref>`(?P<refbody>[^`]+)`(?:__?|:[\w:.+-]+:)?)"
    r"|(?P<subst>\|[^|\s][^|]*\|_{0,2})"
    r"|(?P<fnref>\[(?:#?[\w-]*|\*)\]_)"
    r"|(?P<url>(?:https?://|ftp://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]|<[^<>\s]+@[^<>\s]+>)"
    r"|(?P<strong>\*\*)|(?P<em>\*)"
    r"|(?P<named>(?<=\w)__?(?=[\s.,;:!?)]|$))"
    r"|(?P<escape>\\.)"
)
_TARGET_RE = re.compile(r"\s*<[^<>]+>$")


class _Reader:
    def __init__(self, source: str, path: str) -> None:
        self.source = source
        self.b = DocumentBuilder(path, source, "rst")
        self.tracker = SuppressionTracker()
        self.lines = source.splitlines(keepends=True)
        self.starts: list[int] = []
        pos = 0
        for line in self.lines:
            self.starts.append(pos)
            pos += len(line)
        self.bodies = [line.rstrip("\r\n") for line in self.lines]
        self.styles: list[str] = []
        self.tables = 0
        self.footnotes = 0

    # -- helpers ---------------------------------------------------------------------------
    def blank(self, i: int) -> bool:
        return i >= len(self.bodies) or not self.bodies[i].strip()

    @staticmethod
    def indent(text: str) -> int:
        return len(text) - len(text.lstrip(" \t"))

    def block_end(self, i: int, base: int) -> int:
        """First line after the indented block that starts at line ``i`` (beyond ``base``)."""
        j = i + 1
        while j < len(self.bodies):
            if self.blank(j) or self.indent(self.bodies[j]) > base:
                j += 1
                continue
            break
        while j > i + 1 and self.blank(j - 1):
            j -= 1
        return j

    def inline(self, text: str, start: int) -> None:
        """Add one line of prose (``text`` begins at source offset ``start``)."""
        b = self.b
        last = 0
        for m in _INLINE_RE.finditer(text):
            b.add(text[last:m.start()], start + last)
            last = m.end()
            kind = m.lastgroup
            if kind == "role":
                name, body = m.group("rname"), m.group("rbody")
                if name in _CODE_ROLES or name.split(":")[-1] in _CODE_ROLES:
                    b.add_space()
                else:
                    body_start = m.start("rbody")
                    shown = _TARGET_RE.sub("", body)
                    b.add(shown, start + body_start)
            elif kind == "ref":
                body = m.group("refbody")
                shown = _TARGET_RE.sub("", body)
                b.add(shown, start + m.start("refbody"))
            elif kind == "escape":
                b.add(m.group(0)[1:], start + m.start() + 1)
            elif kind in ("strong", "em", "named"):
                continue
            else:
                b.add_space()
        b.add(text[last:], start + last)

    def paragraph_lines(self, first: int, end: int, kind: str, level: int = 0, strip: int | None = None) -> None:
        """A block made of source lines ``first``..``end`` (exclusive), with literal ``::`` handled."""
        self.b.start_block(kind, level=level)
        for i in range(first, end):
            text = self.bodies[i]
            cut = self.indent(text) if strip is None or i > first else strip
            body = text[cut:]
            if i == end - 1 and body.rstrip().endswith("::"):
                stripped = body.rstrip()
                # "Example::" reads "Example:"; "Example ::" and a lone "::" lose the marker.
                alone = stripped[:-2].endswith((" ", "\t")) or stripped == "::"
                body = stripped[:-2].rstrip() if alone else stripped[:-1]
            if i > first:
                self.b.add_space()
            self.inline(body, self.starts[i] + cut)
        self.b.end_block()

    # -- blocks ----------------------------------------------------------------------------
    def walk(self) -> Document:
        n = len(self.bodies)
        i = 0
        literal_after = False
        while i < n:
            if self.blank(i):
                i += 1
                continue
            line = self.bodies[i]
            ind = self.indent(line)
            stripped = line.strip()
            if literal_after:
                literal_after = False
                if ind > self._prev_indent:
                    i = self.block_end(i, self._prev_indent)
                    continue
            if stripped.startswith(">>>"):
                while i < n and not self.blank(i):
                    i += 1
                continue
            if _EXPLICIT_RE.match(line):
                i = self.explicit(i, ind)
                continue
            # Title with overline, title with underline, transition.
            if _ADORN_RE.match(stripped) and not _SIMPLE_TABLE_RE.match(stripped):
                if (i + 2 < n and not self.blank(i + 1) and _ADORN_RE.match(self.bodies[i + 2].strip())
                        and self.bodies[i + 2].strip()[0] == stripped[0]):
                    self.heading(i + 1, "over" + stripped[0])
                    i += 3
                    continue
                i += 1
                continue
            if (ind == 0 and i + 1 < n and _ADORN_RE.match(self.bodies[i + 1])
                    and len(self.bodies[i + 1].rstrip()) >= min(len(line.rstrip()), 4)):
                self.heading(i, self.bodies[i + 1][0])
                i += 2
                continue
            if _GRID_RE.match(stripped):
                i = self.grid_table(i)
                continue
            if _SIMPLE_TABLE_RE.match(stripped):
                i = self.simple_table(i)
                continue
            bullet = _BULLET_RE.match(line)
            if bullet:
                width = bullet.end()
                j = i + 1
                while j < n and not self.blank(j) and self.indent(self.bodies[j]) >= width and not _BULLET_RE.match(
                        self.bodies[j]):
                    j += 1
                self.paragraph_lines(i, j, "list_item", level=1 + ind // 2, strip=width)
                literal_after = self.bodies[j - 1].rstrip().endswith("::")
                self._prev_indent = ind
                i = j
                continue
            # A paragraph: lines until a blank line or a change of indentation.
            j = i + 1
            while (j < n and not self.blank(j) and self.indent(self.bodies[j]) == ind
                   and not (j + 1 < n and _ADORN_RE.match(self.bodies[j + 1]) and ind == 0)):
                j += 1
            field = _FIELD_RE.match(stripped)
            kind = "quote" if ind > 0 else "paragraph"
            if stripped.startswith("| "):
                kind = "paragraph"
                self.paragraph_lines(i, j, kind, strip=ind + 2)
            elif field:
                self.paragraph_lines(i, j, kind, strip=ind + field.end())
            elif stripped != "::":
                self.paragraph_lines(i, j, kind)
            literal_after = self.bodies[j - 1].rstrip().endswith("::")
            self._prev_indent = ind
            i = j
        self.b.suppressions = self.tracker.finish()
        doc = self.b.build()
        assign_locations(doc)
        return doc

    _prev_indent = 0

    def heading(self, i: int, style: str) -> None:
        if style not in self.styles:
            self.styles.append(style)
        text = self.bodies[i]
        cut = self.indent(text)
        self.b.start_block("heading", level=self.styles.index(style) + 1)
        self.inline(text[cut:].rstrip(), self.starts[i] + cut)
        self.b.end_block()

    def explicit(self, i: int, ind: int) -> int:
        line = self.bodies[i]
        body = line[ind:]
        end = self.block_end(i, ind)
        directive = _DIRECTIVE_RE.match(body)
        footnote = _FOOTNOTE_RE.match(body)
        if footnote:
            self.footnotes += 1
            self.b.start_block("footnote", location=f"footnote {self.footnotes}")
            self.inline(body[footnote.end():], self.starts[i] + ind + footnote.end())
            for k in range(i + 1, end):
                if not self.blank(k):
                    self.b.add_space()
                    cut = self.indent(self.bodies[k])
                    self.inline(self.bodies[k][cut:], self.starts[k] + cut)
            self.b.end_block()
            return end
        if directive:
            name = directive.group(1).lower()
            if name in _PROSE_DIRECTIVES:
                # The title (for admonition/topic) and body are prose; options are not.
                args = body[directive.end():]
                if args.strip() and name in ("admonition", "topic", "sidebar", "rubric"):
                    self.b.start_block("heading" if name == "rubric" else "paragraph")
                    self.inline(args, self.starts[i] + ind + directive.end())
                    self.b.end_block()
                k = i + 1
                while k < end and _OPTION_RE.match(self.bodies[k]):
                    k += 1
                return k
            return end
        if body.startswith((".. _", ".. |", ".. __")):
            return end
        # A comment: maybe a suppression. "next line" means the next line with words.
        text = "\n".join(self.bodies[i:end])
        nxt = end
        while nxt < len(self.bodies) and self.blank(nxt):
            nxt += 1
        self.tracker.comment(text, i + 1, nxt if "next-line" in text else end)
        return end

    def grid_table(self, i: int) -> int:
        n = len(self.bodies)
        self.tables += 1
        row_no = 0
        j = i
        while j < n and self.bodies[j].lstrip().startswith(("+", "|")):
            row = self.bodies[j]
            if row.lstrip().startswith("+"):
                row_no += 1
            else:
                for col, m in enumerate(re.finditer(r"\|([^|]*)", row), start=1):
                    cell = m.group(1)
                    if cell.strip() and m.end() < len(row.rstrip()) + 1:
                        lead = self.indent(cell)
                        self.b.start_block("table_cell", location=table_location([(self.tables, row_no, col)]))
                        self.inline(cell.strip(), self.starts[j] + m.start(1) + lead)
                        self.b.end_block()
            j += 1
        return j

    def simple_table(self, i: int) -> int:
        n = len(self.bodies)
        border = self.bodies[i]
        columns = [(m.start(), m.end()) for m in re.finditer(r"=+", border)]
        borders = 1
        self.tables += 1
        row_no = 0
        j = i + 1
        while j < n and borders < 3:
            row = self.bodies[j]
            if _SIMPLE_TABLE_RE.match(row.strip()):
                borders += 1
                j += 1
                if borders == 2 and (j >= n or self.blank(j)):
                    break
                continue
            if self.blank(j) and borders >= 2:
                break
            if not re.match(r"^[\s-]+$", row):
                row_no += 1
                for k, (s, _) in enumerate(columns):
                    e = columns[k + 1][0] if k + 1 < len(columns) else len(row)
                    cell = row[s:e]
                    if cell.strip():
                        lead = self.indent(cell)
                        self.b.start_block("table_cell", location=table_location([(self.tables, row_no, k + 1)]))
                        self.inline(cell.strip(), self.starts[j] + s + lead)
                        self.b.end_block()
            j += 1
        return j


def read(data: bytes, path: str) -> Document:
    return read_string(decode_text(data, path), path)


def read_string(text: str, path: str) -> Document:
    return _Reader(text, path).walk()
