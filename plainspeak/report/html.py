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
import hashlib
import html
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from plainspeak import __version__
from plainspeak.api import FileResult
from plainspeak.document import Block, Document
from plainspeak.findings import SEVERITIES, Finding, severity_rank
from plainspeak.report import ReportOptions, summarise

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
    """A finding with its position in ``Document.text`` and the ids the page uses for it."""

    finding: Finding
    number: int
    key: str
    start: int = -1
    end: int = -1
    block: int = -1

    @property
    def anchored(self) -> bool:
        return self.block >= 0

    @property
    def mark_id(self) -> str:
        return f"f{self.key}"

    @property
    def note_id(self) -> str:
        return f"n{self.key}"

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
    for n, p in enumerate(placed, 1):
        p.number = n
        p.key = f"{page_index}-{n}"
    return placed


@dataclass(frozen=True)
class _Piece:
    """The part of a finding inside one block (most findings have exactly one)."""

    placed: _Placed
    start: int
    end: int


def _marked(text: str, base: int, pieces: list[_Piece], opened: set[str]) -> str:
    """``text`` (starting at text offset ``base``) with well-nested ``<mark>`` elements.

    Overlapping findings cannot nest as they are, so when one ends inside another that
    opened after it, the inner marks are closed and reopened around the end: each piece
    carries ``data-f`` so a finding's pieces can be found together, and only the first
    piece (``opened`` remembers which findings have one) has the ``id`` that links and
    focus go to.
    """
    if not pieces:
        return _e(text)
    events: dict[int, list[_Piece]] = {}
    for piece in pieces:
        events.setdefault(piece.start - base, []).append(piece)
        events.setdefault(piece.end - base, [])
    out: list[str] = []
    stack: list[_Piece] = []
    pos = 0

    def open_tag(piece: _Piece) -> str:
        p = piece.placed
        f = p.finding
        attrs = [f'class="ps sev-{_e(f.severity)} chk-{_e(f.check)}"', f'data-f="{p.key}"',
                 f'data-check="{_e(f.check)}"', f'data-sev="{_e(f.severity)}"']
        if p.key not in opened:
            opened.add(p.key)
            label = f"{f.severity}: {f.message}"
            attrs = [f'id="{p.mark_id}"', 'tabindex="0"',
                     f'aria-describedby="{p.note_id}-msg{f" {p.note_id}-why" if f.why else ""}"',
                     f'data-label="{_e(label)}"', *attrs]
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


def _note(p: _Placed) -> str:
    f = p.finding
    nid = p.note_id
    parts = [f'<li class="note sev-{_e(f.severity)}" id="{nid}" data-check="{_e(f.check)}" '
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
    if f.why:
        parts.append(f'<p id="{nid}-why"><span class="visually-hidden">Why: </span>{_e(f.why)}</p>')
    if f.suggestions:
        items = "".join(f"<li>{_e(s)}</li>" for s in f.suggestions)
        parts.append(f"<p><strong>Say instead:</strong></p><ul>{items}</ul>")
    if f.advice:
        items = "".join(f"<li>{_e(s)}</li>" for s in f.advice)
        parts.append(f"<p><strong>What to do:</strong></p><ul>{items}</ul>")
    if f.sources:
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


def _document_html(page: _FilePage) -> str:
    doc = page.result.document
    assert doc is not None
    notes_at: dict[int, list[_Placed]] = {}
    pieces_at: dict[int, list[_Piece]] = {}
    for p in page.placed:
        if not p.anchored:
            continue
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
    for i, b in enumerate(doc.blocks):
        items = notes_at.get(i, [])
        body = _marked(doc.text[b.start : b.end], b.start, pieces_at.get(i, []), opened)
        notes = f'<ol class="notes">{"".join(_note(p) for p in items)}</ol>' if items else ""
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
        elif b.kind in ("table_cell", "caption", "footnote", "header", "footer"):
            label = b.location or b.kind.replace("_", " ")
            element = f'<p><span class="kind-label">{_e(label)}:</span> {body}</p>'
        else:
            element = f"<p>{body}</p>"
        out.append(f'<div class="block{has}">{element}{notes}</div>')
    if in_list:
        out.append("</ul>")
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


def _file_section(page: _FilePage) -> str:
    r = page.result
    title_id = f"file-{page.index}"
    out = [f'<section class="file" aria-labelledby="{title_id}"><h2 id="{title_id}">{_e(r.path)}</h2>']
    if r.error:
        out.append(f'<p class="file-error"><strong>This file could not be checked.</strong> {_e(r.error)}</p>')
        out.append("</section>")
        return "".join(out)
    out.append('<div class="summary">')
    out.append(_measures(r.readability))
    out.append(_counts(r.findings))
    for notice in r.notices:
        out.append(f"<p>Note: {_e(notice)}</p>")
    out.append("</div>")
    whole = [p for p in page.placed if not p.anchored]
    if whole:
        heading = "Notes not tied to particular words" if r.document is not None else "Findings"
        out.append(f'<h3>{heading}</h3><ol class="notes">{"".join(_note(p) for p in whole)}</ol>')
    if r.document is not None and r.document.blocks:
        out.append(f'<h3 class="text-title" id="doc-{page.index}">The text, with findings highlighted</h3>')
        out.append(f'<div class="doc" aria-labelledby="doc-{page.index}">{_document_html(page)}</div>')
    out.append("</section>")
    return "".join(out)


def _nav(pages: list[_FilePage], results: list[FileResult]) -> str:
    findings = [f for r in results for f in r.findings]
    checks = sorted({f.check for f in findings})
    sevs = sorted({f.severity for f in findings}, key=severity_rank)
    out = ['<nav class="findings" aria-labelledby="nav-title"><h2 id="nav-title">Findings</h2>']
    if findings:
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
            out.append(f'<div data-js-only hidden>{"".join(boxes)}</div>')
    out.append('<p id="ps-status" role="status" aria-live="polite" class="visually-hidden"></p>')
    for page in pages:
        if not page.placed:
            continue
        out.append(f'<h3>{_e(page.result.path)}</h3><ol class="finding-list">')
        for p in page.placed:
            f = p.finding
            out.append(f'<li data-check="{_e(f.check)}" data-sev="{_e(f.severity)}">'
                       f'<a class="to-finding" href="#{p.target_id}">“{_e(_short(f.text))}”</a> '
                       f"<span>{_e(f.severity)}, line {f.line}</span></li>")
        out.append("</ol>")
    if not findings:
        out.append("<p>No findings.</p>")
    out.append("</nav>")
    return "".join(out)


def _short(text: str, limit: int = 60) -> str:
    """A finding's words for the list: whole sentences would make the list unreadable."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _header(results: list[FileResult], options: ReportOptions) -> str:
    s = summarise(results, options.summary_extra)
    if s["findings"]:
        line = (f"{_plural(s['findings'], 'finding')} in {s['files_with_findings']} of "
                f"{_plural(s['files'], 'file')}.")
    else:
        line = f"All clear: nothing to change in {_plural(s['files'], 'file')}."
    extra = ""
    if s["files_with_errors"]:
        extra += f"<p><strong>{_plural(s['files_with_errors'], 'file')} could not be checked</strong> (see below).</p>"
    if s["by_severity"]:
        extra += "<p>By severity: " + ", ".join(
            f"{_e(k)} {v}" for k, v in sorted(s["by_severity"].items(), key=lambda kv: -severity_rank(kv[0]))) + "</p>"
    if "baseline_resolved" in s:
        extra += f"<p>{_e(s['baseline_resolved'])} baseline finding(s) gone.</p>"
    return (f'<header class="page"><h1>Plain language report</h1><p>{_e(line)}</p>{extra}'
            "<p>Each highlight in the text has a note beside it: what was found, why it matters, "
            "and what to say instead.</p></header>")


def render(results: list[FileResult], options: ReportOptions) -> str:
    css, js = _asset("report.css"), _asset("report.js")
    pages = [_FilePage(i, r, _place(i, r)) for i, r in enumerate(results, 1)]
    body = "".join(_file_section(p) for p in pages)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp(css, js))}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<meta name="generator" content="plainspeak {_e(__version__)}">'
        "<title>Plain language report</title>"
        f"<style>{css}</style></head><body>"
        '<a class="skip" href="#main">Skip to the report</a>'
        f"{_header(results, options)}"
        f'<div class="layout">{_nav(pages, results)}'
        f'<main id="main" tabindex="-1">{body}</main></div>'
        f"<footer><p>Made by plainspeak {_e(__version__)}. Opens without a network: "
        "nothing in this page is fetched from anywhere.</p></footer>"
        f"<script>{js}</script></body></html>\n"
    )
