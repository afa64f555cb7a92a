"""One self-contained HTML page for policy writers who rarely open a terminal.

The page shows each document's own text with every finding highlighted where it is, and
the advice (why, what to say instead, who says so) right beside it. It must open from an
email attachment or a shared drive with no network: so CSS and JavaScript are inline,
nothing is fetched, and the JavaScript only adds conveniences (next/previous, filters)
on top of a page that works fully without it.

Everything that comes from a document, a glossary or a file name is escaped, and a
Content-Security-Policy allows only this module's own script and style: a document that
contains ``<script>`` shows it as words and can never run it.
"""

from __future__ import annotations

import base64
import bisect
import functools
import gzip
import hashlib
import html
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from plainspeak import __version__
from plainspeak.api import FileResult
from plainspeak.document import Block, Document
from plainspeak.findings import SEVERITIES, Finding, severity_rank
from plainspeak.report import ReportOptions, group_key, summarise

_CHECK_LABELS = {
    "term": "Words and phrases",
    "acronym": "Acronyms",
    "readability": "Readability",
    "grammar": "Grammar",
}

#: The readability measures a writer can act on, in the order shown, with plain labels.
#: Anything else the readability check reports goes under "All measures".
_MEASURE_LABELS = {
    "words": "Words",
    "sentences": "Sentences",
    "paragraphs": "Paragraphs",
    "average_sentence_length": "Average words per sentence",
    "average_sentence_words": "Average words per sentence",
    "long_sentences": "Long sentences",
    "very_long_sentences": "Very long sentences",
    "passive_sentences": "Sentences in the passive voice",
    "reading_time_minutes": "Minutes to read",
}
_MEASURES_SHOWN_ELSEWHERE = {"reading_age", "target_reading_age", "line"}




@functools.cache
def _asset(name: str) -> str:
    return resources.files("plainspeak.data").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _csp(css: str, js: str) -> str:
    """Only this page's own style and script may run: defence in depth behind the escaping."""
    return (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@dataclass
class _Placed:
    """A finding with its position in ``Document.text`` and the ids the page uses for it.

    Findings of one glossary entry in one document form a group (``report.group_key``):
    each still has its own highlight, but only the group's first finding (its
    ``leader``) has a note, and every highlight of the group points to that note.
    """

    finding: Finding
    number: int
    key: str
    start: int = -1
    end: int = -1
    block: int = -1
    leader: _Placed | None = None
    members: list[_Placed] = field(default_factory=list)

    @property
    def anchored(self) -> bool:
        return self.block >= 0

    @property
    def head(self) -> _Placed:
        return self.leader or self

    @property
    def mark_id(self) -> str:
        return f"f{self.key}"

    @property
    def note_id(self) -> str:
        return f"n{self.head.key}"

    @property
    def target_id(self) -> str:
        return self.mark_id if self.anchored else self.note_id


@dataclass
class _FilePage:
    index: int
    result: FileResult
    placed: list[_Placed] = field(default_factory=list)


def _text_range(doc: Document, f: Finding) -> tuple[int, int]:
    """Source offsets → text offsets; ``offsets`` never decreases, so bisect finds them."""
    offsets = doc.offsets
    start = bisect.bisect_left(offsets, f.offset)
    end = bisect.bisect_left(offsets, f.end_offset)
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _place(page_index: int, result: FileResult) -> list[_Placed]:
    doc = result.document
    placed: list[_Placed] = []
    for f in result.findings:
        p = _Placed(f, 0, "")
        if doc is not None and doc.blocks and f.end_offset > f.offset:
            start, end = _text_range(doc, f)
            if end > start:
                b = doc.block_index_at(start)
                block = doc.blocks[b]
                if block.start <= start < block.end:
                    p.start, p.end, p.block = start, end, b
        placed.append(p)
    # Document order (unanchored, whole-file notes first), so numbers read top to bottom.
    placed.sort(key=lambda p: (p.anchored, p.start, -p.end, p.finding.sort_key()))
    leaders: dict[tuple[str, str, str, str], _Placed] = {}
    number = 0
    for n, p in enumerate(placed, 1):
        p.key = f"{page_index}-{n}"
        gk = group_key(p.finding)
        lead = leaders.get(gk) if gk is not None else None
        if lead is None:
            number += 1
            p.number = number
            p.members = [p]
            if gk is not None:
                leaders[gk] = p
        else:
            p.leader = lead
            p.number = lead.number
            lead.members.append(p)
    return placed


@dataclass(frozen=True)
class _Piece:
    """The part of a finding inside one block (most findings have exactly one)."""

    placed: _Placed
    start: int
    end: int


def _marked(text: str, base: int, pieces: list[_Piece], opened: set[str],
            inserts: dict[int, str] | None = None) -> str:
    """``text`` (starting at text offset ``base``) with well-nested ``<mark>`` elements.

    Overlapping findings cannot nest as they are, so when one ends inside another that
    opened after it, the inner marks are closed and reopened around the end: each piece
    carries ``data-f`` so a finding's pieces can be found together, and only the first
    piece (``opened`` remembers which findings have one) has the ``id`` that links and
    focus go to. ``inserts`` (text offset → HTML) puts back words the checks skip
    (addresses, code) where they stood.
    """
    if not pieces and not inserts:
        return _e(text)
    events: dict[int, list[_Piece]] = {}
    for piece in pieces:
        events.setdefault(piece.start - base, []).append(piece)
        events.setdefault(piece.end - base, [])
    for at in inserts or ():
        events.setdefault(at - base, [])
    out: list[str] = []
    stack: list[_Piece] = []
    pos = 0

    def open_tag(piece: _Piece) -> str:
        p = piece.placed
        f = p.finding
        attrs = [f'class="ps sev-{_e(f.severity)} chk-{_e(f.check)}"', f'data-f="{p.key}"']
        if p.key not in opened:
            opened.add(p.key)
            why = f" {p.note_id}-why" if p.head.finding.why else ""
            attrs = [f'id="{p.mark_id}"', 'tabindex="0"', f'aria-describedby="{p.note_id}-msg{why}"', *attrs]
        return "<mark " + " ".join(attrs) + ">"

    for cut in sorted(events):
        if cut > pos:
            out.append(_e(text[pos:cut]))
            pos = cut
        # Close everything ending here, reopening what was opened above it.
        ending = sum(1 for piece in stack if piece.end - base == cut)
        keep: list[_Piece] = []
        while ending:
            top = stack.pop()
            out.append("</mark>")
            if top.end - base == cut:
                ending -= 1
            else:
                keep.append(top)
        if inserts and cut + base in inserts:
            out.append(inserts[cut + base])
        for piece in reversed(keep):
            stack.append(piece)
            out.append(open_tag(piece))
        for piece in sorted(events[cut], key=lambda q: -q.end):
            if piece.start - base == cut:
                stack.append(piece)
                out.append(open_tag(piece))
    out.append(_e(text[pos:]))
    out.extend("</mark>" for _ in stack)
    return _mark_last_pieces("".join(out), [q.placed for q in pieces if q.end == q.placed.end])


def _mark_last_pieces(html_text: str, ending: list[_Placed]) -> str:
    """Give the piece where each finding ends the number that matches its note."""
    for p in ending:
        i = html_text.rfind(f'data-f="{p.key}"')
        if i < 0:
            continue
        tag_start = html_text.rfind("<mark ", 0, i)
        tag_end = html_text.find(">", i)
        plain = f'class="ps sev-{_e(p.finding.severity)} chk-{_e(p.finding.check)}"'
        tag = html_text[tag_start:tag_end].replace(plain, plain[:-1] + ' last"', 1) + f' data-n="{p.number}"'
        html_text = html_text[:tag_start] + tag + html_text[tag_end:]
    return html_text


# -- words the checks skip ------------------------------------------------------------------

#: Web and e-mail addresses, as the Markdown reader recognises them.
_ADDRESS_RE = re.compile(r"(?:https?://|ftp://|mailto:|www\.)[^\s<>()\[\]\"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DROP_BLOCKS_RE = re.compile(r"<(script|style|head|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG_RE = re.compile(r"<[^>]*>")
_AUTOLINK_RE = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_ENTITY_TAIL_RE = re.compile(r"^#?[0-9A-Za-z]{1,10};")
_MARKUP_CHARS = str.maketrans({c: " " for c in "*_`#|\\[]{}<>~=^"})


def _skipped_words(gap: str, fmt: str) -> str:
    """The words in a piece of source the checks did not read, or "" when it was only markup.

    Addresses, e-mails and code are not prose, so the checks skip them; the copy of the
    document in the report must still show them, or a sentence reads "email  or see ."
    """
    if fmt == "html":
        gap = _ENTITY_TAIL_RE.sub("", gap)
    else:
        gap = _AUTOLINK_RE.sub(r" \1 ", gap)  # Markdown's <https://...> and <name@example.org>
    gap = _DROP_BLOCKS_RE.sub(" ", gap)
    gap = _TAG_RE.sub(" ", gap)
    if fmt == "html":
        gap = html.unescape(gap)
    addresses = _ADDRESS_RE.findall(gap)
    rest = _ADDRESS_RE.sub(" ", gap).translate(_MARKUP_CHARS)
    if fmt in ("markdown", "rst"):
        # A link's target after its words: "](https://...)" leaves only brackets.
        rest = rest.replace("(", " ").replace(")", " ")
    words = " ".join(rest.split())
    if not any(ch.isalnum() for ch in words):
        words = ""
    return " ".join(x for x in (words, *addresses) if x)


_FENCE_RE = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.M | re.S)
_PRE_RE = re.compile(r"<pre\b[^>]*>(.*?)</pre\s*>", re.S | re.I)


def _skipped_blocks(doc: Document, start: int, end: int) -> str:
    """Code blocks in ``source[start:end]`` (between two blocks of prose), shown as written."""
    gap = doc.source[start:end]
    found: list[str] = []
    if doc.format == "markdown" and ("```" in gap or "~~~" in gap):
        found = [m.group(2) for m in _FENCE_RE.finditer(gap)]
    elif doc.format == "html" and "<pre" in gap.lower():
        found = [html.unescape(_TAG_RE.sub("", m.group(1))) for m in _PRE_RE.finditer(gap)]
    return "".join(f'<div class="block"><pre class="verbatim">{_e(code.rstrip())}</pre></div>'
                   for code in found if code.strip())


def _gap_inserts(doc: Document, start: int, end: int) -> dict[int, str]:
    """Text offset → HTML of the skipped words just before it, for ``text[start:end]``."""
    offsets = doc.offsets
    if end - start < 2 or offsets[end - 1] - offsets[start] == end - 1 - start:
        return {}  # the text is the source, character for character
    inserts: dict[int, str] = {}
    source = doc.source
    prev = offsets[start]
    for i in range(start + 1, end):
        here = offsets[i]
        if here - prev > 1:
            words = _skipped_words(source[prev + 1:here], doc.format)
            if words:
                before = "" if doc.text[i - 1] in " ([/\u201c\"'" else " "
                after = "" if doc.text[i] in " .,;:!?)]\u201d\"'" else " "
                inserts[i] = f'{before}<span class="verbatim">{_e(words)}</span>{after}'

        prev = here
    return inserts


#: In a group's note, links to this many of its places at most.
_MAX_PLACE_LINKS = 30


def _note(p: _Placed, seen: dict[str, _Placed] | None = None) -> str:
    """The note of a finding, or of a group: what, why, what to say instead, who says so.

    ``seen`` (one per document) remembers which reasons have been given: a reason met
    again (every passive verb has the same one) says "see note 4" instead of repeating
    the paragraph and its sources, which keeps a long document's report small.
    """
    f = p.finding
    nid = p.note_id
    parts = [f'<li class="note sev-{_e(f.severity)} chk-{_e(f.check)}" id="{nid}" data-check="{_e(f.check)}" '
             f'data-sev="{_e(f.severity)}">']
    where = f"line {f.line}, column {f.column}"
    if f.location:
        where += f", {f.location}"
    back = f' <a href="#{p.mark_id}">Go to the highlight</a>' if p.anchored else ""
    parts.append(
        f'<p class="meta"><span class="sev sev-word-{_e(f.severity)}">{_e(f.severity)}</span> '
        f"{p.number}. {_e(_CHECK_LABELS.get(f.check, f.check))} · {_e(f.code)} · {_e(where)}{back}</p>"
    )
    parts.append(f'<p id="{nid}-msg"><strong>{_e(f.message)}</strong></p>')
    if len(p.members) > 1:
        links = [f'<a href="#{m.target_id}">line {m.finding.line}</a>' for m in p.members[1:_MAX_PLACE_LINKS + 1]]
        more = len(p.members) - 1 - len(links)
        if more > 0:
            links.append(f"{more} more")
        parts.append(f'<p class="also">Found {len(p.members)} times; also at {", ".join(links)}.</p>')
    reason_key = f"{f.code}\0{f.why}"
    earlier = seen.get(reason_key) if seen is not None and f.why else None
    if earlier is not None:
        parts.append(f'<p id="{nid}-why" class="why-again">Why: as in <a href="#{earlier.note_id}">note '
                     f"{earlier.number}</a>.</p>")
    elif f.why:
        parts.append(f'<p id="{nid}-why"><span class="visually-hidden">Why: </span>{_e(f.why)}</p>')
        if seen is not None:
            seen[reason_key] = p
    if f.suggestions:
        items = "".join(f"<li>{_e(s)}</li>" for s in f.suggestions)
        parts.append(f"<p><strong>Say instead:</strong></p><ul>{items}</ul>")
    if f.advice:
        items = "".join(f"<li>{_e(s)}</li>" for s in f.advice)
        parts.append(f"<p><strong>What to do:</strong></p><ul>{items}</ul>")
    if f.sources and earlier is None:
        parts.append(_sources(f.sources))
    parts.append("</li>")
    return "".join(parts)


def _sources(sources: list[dict[str, Any]]) -> str:
    """Who says so. Only ``https`` addresses become links: anything else is shown as text."""
    items = []
    for s in sources:
        title = str(s.get("title") or s.get("url") or "Source")
        bits = [str(s[k]) for k in ("organisation", "organization", "year") if s.get(k)]
        detail = f" ({_e(', '.join(bits))})" if bits else ""
        url = str(s.get("url") or "")
        if url.lower().startswith("https://"):
            items.append(f'<li><a class="source" href="{_e(url)}" rel="noopener noreferrer">'
                         f"{_e(title)}</a>{detail}</li>")
        elif url:
            items.append(f"<li>{_e(title)}{detail}: <span class=\"url\">{_e(url)}</span></li>")
        else:
            items.append(f"<li>{_e(title)}{detail}</li>")
    n = len(sources)
    return (f'<details class="sources"><summary>Who says so ({_plural(n, "source")})</summary>'
            f'<ul>{"".join(items)}</ul></details>')


def _heading_levels(blocks: list[Block]) -> dict[int, int]:
    """HTML heading level per heading block, never skipping a level below the h3 that introduces the text."""
    levels: dict[int, int] = {}
    stack: list[int] = []
    for i, b in enumerate(blocks):
        if b.kind != "heading":
            continue
        level = b.level or 1
        while stack and stack[-1] >= level:
            stack.pop()
        stack.append(level)
        levels[i] = min(6, 3 + len(stack))
    return levels


_CELL_RE = re.compile(r"table (\d+), row (\d+)")


def _cell_position(doc: Document, b: Block) -> tuple[str, str]:
    """(table, row) of a table cell: from its location when the reader gives one, else
    from its source line (a Markdown table row is one line)."""
    m = _CELL_RE.search(b.location or "")
    if m:
        return m.group(1), m.group(2)
    return "", str(doc.line_col(doc.offsets[b.start])[0])


def _document_html(page: _FilePage, seen: dict[str, _Placed] | None = None) -> str:
    doc = page.result.document
    assert doc is not None
    notes_at: dict[int, list[_Placed]] = {}
    pieces_at: dict[int, list[_Piece]] = {}
    for p in page.placed:
        if not p.anchored:
            continue
        if p.leader is None:
            notes_at.setdefault(p.block, []).append(p)
        # A finding that runs on past its block is highlighted in each block it covers.
        for j in range(p.block, len(doc.blocks)):
            b = doc.blocks[j]
            if b.start >= p.end:
                break
            s, e = max(p.start, b.start), min(p.end, b.end)
            if doc.text[s:e].strip():
                pieces_at.setdefault(j, []).append(_Piece(p, s, e))
    opened: set[str] = set()
    levels = _heading_levels(doc.blocks)
    out: list[str] = []
    in_list = False
    table: list[str] | None = None
    table_notes: list[_Placed] = []
    table_key: tuple[str, str] | None = None

    def close_table() -> None:
        nonlocal table, table_notes, table_key
        if table is not None:
            notes = (f'<ol class="notes">{"".join(_note(p, seen) for p in table_notes)}</ol>' if table_notes else "")
            out.append(f'<div class="block table-block"><table class="doc-table"><tbody>{"".join(table)}'
                       f"</tr></tbody></table>{notes}</div>")
        table, table_notes, table_key = None, [], None

    previous_end = 0
    for i, b in enumerate(doc.blocks):
        code = _skipped_blocks(doc, previous_end, doc.offsets[b.start])
        previous_end = doc.offsets[b.end - 1] + 1
        if code:
            close_table()
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append(code)
        items = notes_at.get(i, [])
        body = _marked(doc.text[b.start : b.end], b.start, pieces_at.get(i, []), opened,
                       _gap_inserts(doc, b.start, b.end))
        if b.kind == "table_cell":
            if in_list:
                out.append("</ul>")
                in_list = False
            tbl, row = _cell_position(doc, b)
            if table is None or (table_key is not None and tbl != table_key[0]):
                close_table()
                table = ["<tr>"]
            elif table_key is not None and row != table_key[1]:
                table.append("</tr><tr>")
            table_key = (tbl, row)
            table.append(f"<td>{body}</td>")
            table_notes.extend(items)
            continue
        close_table()
        notes = f'<ol class="notes">{"".join(_note(p, seen) for p in items)}</ol>' if items else ""
        has = " has-notes" if items else ""
        if b.kind == "list_item":
            if not in_list:
                out.append('<ul class="items">')
                in_list = True
            lvl = max(1, min(4, b.level or 1))
            out.append(f'<li class="lvl-{lvl}"><div class="block{has}"><div>{body}</div>{notes}</div></li>')
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if b.kind == "heading":
            h = levels.get(i, 3)
            element = f"<h{h}>{body}</h{h}>"
        elif b.kind == "quote":
            element = f"<blockquote><p>{body}</p></blockquote>"
        elif b.kind in ("caption", "footnote", "header", "footer", "title", "alt_text"):
            label = b.location or b.kind.replace("_", " ")
            element = f'<p><span class="kind-label">{_e(label)}:</span> {body}</p>'
        else:
            element = f"<p>{body}</p>"
        out.append(f'<div class="block{has}">{element}{notes}</div>')
    close_table()
    if in_list:
        out.append("</ul>")
    out.append(_skipped_blocks(doc, previous_end, len(doc.source)))
    return "".join(out)


def _reading_age(r: dict[str, Any]) -> str:
    age = r.get("reading_age")
    target = r.get("target_reading_age")
    if age is None:
        return ""
    text = _e(_fmt(age))
    if isinstance(age, (int, float)) and isinstance(target, (int, float)):
        if age > target:
            text += (f' <span class="over">above the target of {_e(_fmt(target))} '
                     f"by {_e(_fmt(age - target))} years</span>")
        else:
            text += f' <span class="within">within the target of {_e(_fmt(target))}</span>'
    elif target is not None:
        text += f" (target {_e(_fmt(target))})"
    return f"<dt>Reading age</dt><dd>{text}</dd>"


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.1f}"
    return str(value)


def _measures(r: dict[str, Any] | None) -> str:
    if not r:
        return ""
    rows = [_reading_age(r)]
    for key, label in _MEASURE_LABELS.items():
        value = r.get(key)
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            rows.append(f"<dt>{_e(label)}</dt><dd>{_e(_fmt(value))}</dd>")
    rest = [f"<dt>{_e(k.replace('_', ' ').capitalize())}</dt><dd>{_e(_fmt(v))}</dd>"
            for k, v in r.items()
            if k not in _MEASURE_LABELS and k not in _MEASURES_SHOWN_ELSEWHERE
            and isinstance(v, (int, float, str)) and not isinstance(v, bool)]
    more = (f'<details><summary>All measures</summary><dl>{"".join(rest)}</dl></details>' if rest else "")
    return f'<dl>{"".join(rows)}</dl>{more}'


def _counts(findings: list[Finding]) -> str:
    if not findings:
        return "<p>Nothing to change in this file.</p>"
    sevs = [s for s in SEVERITIES if any(f.severity == s for f in findings)]
    sevs += sorted({f.severity for f in findings} - set(SEVERITIES))
    by = Counter((f.check, f.severity) for f in findings)
    checks = sorted({f.check for f in findings}, key=lambda c: (list(_CHECK_LABELS).index(c)
                                                                 if c in _CHECK_LABELS else 99, c))
    head = "".join(f'<th scope="col">{_e(s.capitalize())}</th>' for s in sevs)
    rows = []
    for c in checks:
        cells = "".join(f'<td class="num">{by[(c, s)]}</td>' for s in sevs)
        total = sum(by[(c, s)] for s in sevs)
        rows.append(f'<tr><th scope="row">{_e(_CHECK_LABELS.get(c, c))}</th>{cells}'
                    f'<td class="num">{total}</td></tr>')
    totals = "".join(f'<td class="num">{sum(by[(c, s)] for c in checks)}</td>' for s in sevs)
    rows.append(f'<tr><th scope="row">All</th>{totals}<td class="num">{len(findings)}</td></tr>')
    categories = Counter(f.category for f in findings if f.category)
    cat = ""
    if categories:
        cat = "<p>By theme: " + ", ".join(
            f"{_e(k)} {v}" for k, v in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))) + "</p>"
    return (f'<table><caption class="visually-hidden">Findings by kind and '
            f'severity</caption><thead><tr><th scope="col">Kind</th>{head}<th scope="col">Total</th></tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table>{cat}')


#: Above this many characters of document copies in all, each document's copy is kept
#: out of the page as data and built when its section is opened: a browser then opens a
#: report of hundreds of documents at once. Smaller reports show everything in place,
#: and need no JavaScript at all.
INLINE_MAX_CHARS = 1_500_000
INLINE_MAX_FILES = 20


#: A document's list of findings starts open when it is no longer than this.
_LIST_OPEN_MAX = 30


def _findings_list(page: _FilePage) -> str:
    """One line per finding, or per group of one entry's findings, linking to each."""
    rows = []
    for p in page.placed:
        if p.leader is not None:
            continue
        f = p.finding
        times = f" ({len(p.members)} times)" if len(p.members) > 1 else ""
        rows.append(f'<li class="chk-{_e(f.check)} sev-{_e(f.severity)}" data-check="{_e(f.check)}" '
                    f'data-sev="{_e(f.severity)}"><a class="to-finding" href="#{p.target_id}">'
                    f"\u201c{_e(_short(f.text))}\u201d</a> <span>{_e(f.severity)}, line {f.line}{times}</span></li>")
    if not rows:
        return ""
    # A long list is closed at first: the text below, with its highlights, is the main thing.
    state = " open" if len(rows) <= _LIST_OPEN_MAX else ""
    return (f'<details class="finding-list"{state}><summary>List of findings ({len(rows)})</summary>'
            f'<ol>{"".join(rows)}</ol></details>')


def render_document_html(result: FileResult, index: int = 1) -> str:
    """One checked document as an HTML fragment: its measures and counts, a list of its
    findings, and its text with every finding highlighted and a note beside each.

    This is the part of the report a person reads for one document; the web app shows it
    too. ``index`` keeps ids apart when several documents share a page. Everything from
    the document and the glossaries is escaped. The page's CSS and script are
    ``page_assets()``.
    """
    page = _FilePage(index, result, _place(index, result))
    return _file_body(page)


def page_assets() -> tuple[str, str]:
    """The report's CSS and JavaScript (inline them; the page's CSP names their hashes)."""
    return _asset("report.css"), _asset("report.js")


def _file_body(page: _FilePage) -> str:
    r = page.result
    out = []
    if r.error:
        out.append(f'<p class="file-error"><strong>This file could not be checked.</strong> {_e(r.error)}</p>')
        return "".join(out)
    out.append('<div class="summary">')
    out.append(_measures(r.readability))
    out.append(_counts(r.findings))
    for notice in r.notices:
        out.append(f"<p>Note: {_e(notice)}</p>")
    out.append("</div>")
    out.append(_findings_list(page))
    whole = [p for p in page.placed if not p.anchored and p.leader is None]
    seen: dict[str, _Placed] = {}
    if whole:
        heading = "Notes not tied to particular words" if r.document is not None else "Findings"
        out.append(f'<h3>{heading}</h3><ol class="notes">{"".join(_note(p, seen) for p in whole)}</ol>')
    if r.document is not None and r.document.blocks:
        out.append(f'<h3 class="text-title" id="doc-{page.index}">The text, with findings highlighted</h3>')
        out.append(f'<div class="doc" aria-labelledby="doc-{page.index}">{_document_html(page, seen)}</div>')
    return "".join(out)


def _counts_by(findings: list[Finding]) -> tuple[Counter[str], Counter[str]]:
    return Counter(f.check for f in findings), Counter(f.severity for f in findings)


def _file_section(page: _FilePage, body: str, lazy: bool, open_: bool) -> str:
    r = page.result
    title_id = f"file-{page.index}-title"
    checks, sevs = _counts_by(r.findings)
    if r.error:
        line = "could not be checked"
    elif r.findings:
        line = ", ".join(_plural(sevs[s], s) for s in sorted(sevs, key=lambda s: -severity_rank(s)))
    else:
        line = "nothing to change"
    attrs = ' open' if open_ else ""
    data = f' data-lazy="{page.index}"' if lazy else ""
    inner = ('<p class="needs-js">This report holds many documents, so each one\'s text is shown when '
             "you open it, which needs JavaScript. Turn JavaScript on, or check this document on its own "
             "for a report that needs none.</p>") if lazy else body
    return (f'<section class="file" id="file-{page.index}" aria-labelledby="{title_id}" '
            f'data-findings="{len(r.findings)}">'
            f'<details class="file-details"{attrs}{data}><summary><h2 id="{title_id}">{_e(r.path)}</h2> '
            f'<span class="file-line">{_e(line)}</span></summary>'
            f'<div class="file-body" id="body-{page.index}">{inner}</div></details></section>')


def _overview(pages: list[_FilePage]) -> str:
    """One row per document: reading age and counts; files that failed come first."""
    kinds = [c for c in _CHECK_LABELS if any(f.check == c for p in pages for f in p.result.findings)]
    kinds += sorted({f.check for p in pages for f in p.result.findings} - set(kinds))
    head = ('<tr><th scope="col">Document</th><th scope="col">Reading age</th>'
            + "".join(f'<th scope="col">{_e(_CHECK_LABELS.get(k, k))}</th>' for k in kinds)
            + "".join(f'<th scope="col">{_e(s.capitalize())}s</th>' for s in reversed(SEVERITIES)) + "</tr>")
    rows = []
    for page in sorted(pages, key=lambda p: (p.result.error is None, p.index)):
        r = page.result
        link = f'<a class="to-file" href="#file-{page.index}">{_e(r.path)}</a>'
        if r.error:
            rows.append(f'<tr class="failed"><th scope="row">{link}</th><td colspan="{1 + len(kinds) + 3}">'
                        f"<strong>Could not be checked:</strong> {_e(r.error)}</td></tr>")
            continue
        checks, sevs = _counts_by(r.findings)
        age = (r.readability or {}).get("reading_age")
        target = (r.readability or {}).get("target_reading_age")
        age_text = _e(_fmt(age)) if age is not None else "\u2013"
        if isinstance(age, (int, float)) and isinstance(target, (int, float)) and age > target:
            age_text = f'<span class="over">{age_text}</span>'
        cells = "".join(f'<td class="num">{checks[k]}</td>' for k in kinds)
        cells += "".join(f'<td class="num">{sevs[s]}</td>' for s in reversed(SEVERITIES))
        rows.append(f'<tr><th scope="row">{link}</th><td class="num">{age_text}</td>{cells}</tr>')
    return (f'<section class="overview" aria-labelledby="overview-title"><h2 id="overview-title">Documents '
            f'({len(pages)})</h2><div class="table-wrap"><table class="overview-table"><thead>{head}</thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def _toolbar(results: list[FileResult]) -> str:
    findings = [f for r in results for f in r.findings]
    out = ['<nav class="toolbar" aria-label="Findings">']
    if findings:
        checks = sorted({f.check for f in findings})
        sevs = sorted({f.severity for f in findings}, key=severity_rank)
        out.append('<div class="controls" data-js-only hidden>'
                   '<button type="button" id="ps-prev">Previous finding</button>'
                   '<button type="button" id="ps-next">Next finding</button></div>')
        boxes = []
        if len(checks) > 1:
            boxes.append('<fieldset><legend>Show kinds</legend>' + "".join(
                f'<label><input type="checkbox" data-filter="check" value="{_e(c)}" checked> '
                f"{_e(_CHECK_LABELS.get(c, c))}</label>" for c in checks) + "</fieldset>")
        if len(sevs) > 1:
            boxes.append('<fieldset><legend>Show severities</legend>' + "".join(
                f'<label><input type="checkbox" data-filter="sev" value="{_e(s)}" checked> '
                f"{_e(s.capitalize())}</label>" for s in sevs) + "</fieldset>")
        if boxes:
            out.append(f'<div class="filters" data-js-only hidden>{"".join(boxes)}</div>')
    out.append('<p id="ps-status" role="status" aria-live="polite" class="visually-hidden"></p>')
    out.append("</nav>")
    return "".join(out)


def _short(text: str, limit: int = 60) -> str:
    """A finding's words for the list: whole sentences would make the list unreadable."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def what_was_checked(results: list[FileResult]) -> str:
    """For the page title: the document's name, or how many documents and where."""
    if len(results) == 1:
        return results[0].path
    folders = [os.path.dirname(r.path) for r in results]
    try:
        common = os.path.commonpath(folders) if all(folders) else ""
    except ValueError:
        common = ""
    where = f" in {common}" if common and common not in (".", os.sep) else ""
    return f"{len(results)} documents{where}"


def _header(results: list[FileResult], options: ReportOptions) -> str:
    from plainspeak.report.text import severity_counts

    s = summarise(results, options.summary_extra)
    checked = s["files"] - s["files_with_errors"]
    if s["findings"]:
        line = f"{severity_counts(s['by_severity'])} in {s['files_with_findings']} of {_plural(s['files'], 'file')}."
    elif checked:
        line = f"All clear: nothing to change in {_plural(checked, 'file')}."
    else:
        line = "No file could be checked."
    if s.get("error"):
        line = f"{str(s['error'])[:1].upper()}{str(s['error'])[1:]}."
    extra = ""
    if s["files_with_errors"]:
        extra += (f"<p><strong>{_plural(s['files_with_errors'], 'file')} could not be checked</strong> "
                  "(at the top of the list).</p>")
    if options.not_checked:
        items = "".join(f"<li>{_e(path)}: {_e(todo)}</li>" for path, todo in options.not_checked)
        extra += (f"<details><summary>{_plural(len(options.not_checked), 'file')} not checked</summary>"
                  f"<ul>{items}</ul></details>")
    hidden = s.get("hidden_below_min_severity")
    if hidden:
        extra += f"<p>{_e(hidden)} finding(s) below the minimum severity are not shown.</p>"
    if "baseline_resolved" in s:
        extra += f"<p>{_e(s['baseline_resolved'])} baseline finding(s) gone.</p>"
    return (f'<header class="page"><h1>Plain language report</h1><p class="checked">Checked: '
            f"{_e(what_was_checked(results))}</p><p>{_e(line)}</p>{extra}"
            "<p>Open a document to see its text with every finding highlighted and a note beside each: what "
            "was found, why it matters, and what to say instead.</p></header>")


def _data_block(index: int, fragment: str) -> str:
    """A document's fragment as data, never run: gzip in base64, unpacked when opened.

    Compressed, a 200-document report is about a sixth of the size (it has to be
    e-mailed); base64 holds no character that could end the element.
    """
    packed = base64.b64encode(gzip.compress(fragment.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")
    return (f'<script type="application/octet-stream" data-encoding="gzip+base64" id="data-{index}">'
            f"{packed}</script>")


def render(results: list[FileResult], options: ReportOptions) -> str:
    css, js = page_assets()
    pages = [_FilePage(i, r, _place(i, r)) for i, r in enumerate(results, 1)]
    bodies = [_file_body(p) for p in pages]
    lazy = len(pages) > INLINE_MAX_FILES or sum(map(len, bodies)) > INLINE_MAX_CHARS
    # Failed files first, as in the overview; then the order the files were given.
    order = sorted(range(len(pages)), key=lambda i: (pages[i].result.error is None, i))
    sections = "".join(_file_section(pages[i], bodies[i], lazy, open_=not lazy) for i in order)
    if lazy and len(pages) == 1:  # one long document: build it as soon as the page opens
        sections = sections.replace('<details class="file-details" data-lazy=', '<details class="file-details" '
                                    'data-autoopen data-lazy=', 1)
    data = "".join(_data_block(pages[i].index, bodies[i]) for i in order if lazy) if lazy else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp(css, js))}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<meta name="generator" content="plainspeak {_e(__version__)}">'
        f"<title>Plain language report: {_e(what_was_checked(results))}</title>"
        f"<style>{css}</style></head><body>"
        '<a class="skip" href="#main">Skip to the report</a>'
        f"{_header(results, options)}"
        f"{_toolbar(results)}"
        f'<main id="main" tabindex="-1">{_overview(pages)}{sections}</main>'
        f"<footer><p>Made by plainspeak {_e(__version__)}. Opens without a network: "
        "nothing in this page is fetched from anywhere.</p></footer>"
        f"{data}<script>{js}</script></body></html>\n"
    )
