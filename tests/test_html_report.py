"""The HTML report, opened in a real headless Chromium as a policy writer would open it.

The report is built by the real command line from real files (plus one hand-placed pair of
overlapping findings on a real Document, since no built-in check overlaps yet). The browser
is Debian's chromium: CI installs it; without it the browser tests are skipped, saying why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_cli

from plainspeak.api import FileResult, check_document
from plainspeak.config import Config
from plainspeak.findings import make_finding
from plainspeak.readers import read_bytes
from plainspeak.report import ReportOptions, render

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

POLICY = """\
# Housing support

## Eligibility

Service users who are hard to reach will be offered a placement.
The Council will review each placement every year.

- Looked after children will be asked what matters to them.
- Contact with birth family will be considered.
"""

# A document and a file name that try to inject markup: both must show as text.
EVIL_NAME = "notes <b onmouseover=alert(7)>.txt"
EVIL = """\
Draft minutes <script>alert(1)</script> from the panel.

The service users said the letter was hard to follow & confusing <img src=x onerror=alert(2)>.
"""

HOSTILE_GLOSSARY = """\
version: 1
title: Hostile test glossary
category: test-category
entries:
  - id: frobnication
    term: frobnication
    severity: suggestion
    alternatives:
      - "<script>alert(3)</script> plain words"
    why: >-
      Nobody knows what <em>frobnication</em> means <img src=x onerror=alert(4)>.
    sources:
      - title: "Evil <script>alert(5)</script> source"
        organisation: Test
        year: "2026"
        url: "javascript:alert(6)"
      - title: Insecure source
        organisation: Test
        year: "2026"
        url: "http://example.org/plain"
      - title: Good source
        organisation: Test
        year: "2026"
        url: "https://example.org/plain?a=1&b=2"
    examples:
      flag:
        - The frobnication starts in June.
      pass:
        - The meeting starts in June.
"""


def _doc_order(f: dict[str, Any]) -> tuple[int, int]:
    return f["offset"], -f["end_offset"]


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The report the CLI writes for a policy, a hostile file and a missing file."""
    d = tmp_path_factory.mktemp("html")
    (d / "policy.md").write_text(POLICY + "The frobnication is due.\n", encoding="utf-8")
    (d / EVIL_NAME).write_text(EVIL, encoding="utf-8")
    (d / "hostile.yaml").write_text(HOSTILE_GLOSSARY, encoding="utf-8")
    (d / ".plainspeak.yaml").write_text("glossaries:\n  - builtin\n  - hostile.yaml\n", encoding="utf-8")
    out = d / "report.html"
    proc = run_cli("check", "--format", "html", "-o", str(out), "policy.md", EVIL_NAME, "missing.md", cwd=d)
    assert proc.returncode == 2, proc.stderr  # the missing file is an input error...
    assert out.exists(), proc.stderr  # ...but the report is still written
    json_proc = run_cli("check", "--format", "json", "policy.md", EVIL_NAME, cwd=d)
    data = json.loads(json_proc.stdout)
    return {"path": out, "html": out.read_text(encoding="utf-8"), "json": data}


# -- without a browser -------------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Checker(HTMLParser):
    """Tag balance, ids, and every attribute a browser could use to fetch something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.ids: list[str] = []
        self.refs: list[str] = []
        self.links: list[tuple[str, list[str]]] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        for name in ("aria-describedby", "aria-labelledby"):
            if a.get(name):
                self.refs.extend((a[name] or "").split())
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name} on <{tag}>")
            if name in ("src", "srcset", "poster", "data", "action", "formaction", "background"):
                self.problems.append(f"<{tag} {name}={value!r}> would load something")
        if tag == "link":
            self.problems.append(f"<link> element: {a}")
        if "href" in a:
            href = a["href"] or ""
            if href.startswith("#"):
                self.refs.append(href[1:])
            else:
                self.links.append((href, list(self.stack) + [f"{tag}.{a.get('class', '')}"]))
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                # Close everything opened after the last <tag>, as a browser would.
                del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag):]
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _check(page: str) -> _Checker:
    c = _Checker()
    c.feed(page)
    c.close()
    return c


def test_report_is_well_formed_and_self_contained(report: dict[str, Any]) -> None:
    page = report["html"]
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    c = _check(page)
    assert c.problems == []
    assert c.stack == [], "unclosed elements"
    assert len(c.ids) == len(set(c.ids)), "duplicate ids"
    missing = sorted(set(c.refs) - set(c.ids))
    assert missing == [], f"links or aria references to ids that do not exist: {missing}"
    assert c.tags.count("script") == 1 and c.tags.count("style") == 1
    for landmark in ("header", "nav", "main"):
        assert landmark in c.tags
    # Only https sources from the glossaries are links, and only inside a sources list.
    assert c.links, "expected source links"
    for href, ancestors in c.links:
        assert href.startswith("https://"), href
        assert ancestors[-1] == "a.source" and "details" in ancestors, (href, ancestors)
    hrefs = {h for h, _ in c.links}
    assert "https://example.org/plain?a=1&b=2" in hrefs
    assert not any("javascript:" in h or h.startswith("http://") for h in hrefs)
    # The insecure and the javascript: address are still shown, as words.
    text = "".join(c.text)
    assert "http://example.org/plain" in text and "javascript:alert(6)" in text


def test_everything_from_documents_and_glossaries_is_escaped(report: dict[str, Any]) -> None:
    page = report["html"]
    c = _check(page)
    text = "".join(c.text)
    for hostile in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",  # the document
                    "<script>alert(3)</script> plain words", "<em>frobnication</em>",  # the glossary
                    "Evil <script>alert(5)</script> source", "notes <b onmouseover=alert(7)>.txt"):  # source, file name
        assert hostile in text, hostile  # shown to the reader as written...
        assert hostile not in page, hostile  # ...and never as markup
    assert c.tags.count("b") == 0 and c.tags.count("em") == 0 and c.tags.count("img") == 0


def test_summary_shows_counts_errors_and_reading_age() -> None:
    doc = read_bytes(b"Service users will be offered a placement.\n", "draft.md")
    result = check_document(doc, Config())
    result.readability = {"reading_age": 15.0, "target_reading_age": 11.0, "words": 7, "sentences": 1,
                          "syllables": 12, "smog": None, "line": "reading age 15 (target 11)"}
    broken = FileResult("broken <i>.docx", error="broken <i>.docx: not a Word file (save it again)")
    no_measures = FileResult("empty.md", document=read_bytes(b"Nothing here.\n", "empty.md"))
    page = render("html", [result, broken, no_measures], ReportOptions())
    text = _norm(" ".join(_check(page).text))
    assert "Reading age 15 above the target of 11 by 4 years" in text
    assert "Words 7" in text and "Sentences 1" in text
    assert "All measures Syllables 12" in text and "Smog" not in text  # the rest, tucked away
    terms = sum(f.check == "term" for f in result.findings)
    assert terms == 2
    assert re.search(rf'Words and phrases</th>(<td class="num">\d+</td>)*<td class="num">{terms}</td></tr>', page)
    assert re.search(rf'All</th>(<td class="num">\d+</td>)*<td class="num">{len(result.findings)}</td></tr>', page)
    assert "This file could not be checked. broken <i>.docx: not a Word file (save it again)" in text
    assert "1 file could not be checked" in text
    assert "Nothing to change in this file." in text
    by = {s: sum(f.severity == s for f in result.findings) for s in ("warning", "suggestion")}
    assert f"{by['warning']} warnings and {by['suggestion']} suggestion in 1 of 3 files." in text
    # The overview: one row per document, the file that failed at the top.
    rows = re.findall(r'<tr(?: class="failed")?><th scope="row"><a class="to-file" href="#file-(\d)"', page)
    assert rows == ["2", "1", "3"]


def _overlapping_result() -> FileResult:
    """A real document and real findings, placed by hand to cross each other and a block edge.

    No built-in check produces such findings yet, but readability and grammar findings
    over whole sentences will overlap term findings.
    """
    doc = read_bytes(b"# Review\n\nEvery looked after children review is late.\n\nThe next one is not.\n",
                     "overlap.md")

    def at(phrase: str, **kw: str) -> Any:
        start = doc.text.index(phrase)
        return make_finding(doc, start, start + len(phrase), check=kw.get("check", "term"), code="PS101",
                            category="test", severity=kw.get("severity", "warning"), message=f"about {phrase}")

    findings = [
        at("looked after children"),
        at("after children review", check="readability", severity="suggestion"),
        at("children", severity="error"),
        at("late.\n\nThe next", check="readability", severity="suggestion"),  # runs into the next block
        make_finding(doc, 3, 3, check="readability", code="PS300", category="test", severity="suggestion",
                     message="about the whole file"),
    ]
    return FileResult("overlap.md", findings=findings, document=doc)


def test_overlapping_findings_nest_without_breaking_markup() -> None:
    page = render("html", [_overlapping_result()], ReportOptions())
    c = _check(page)
    assert c.problems == [] and c.stack == []
    body = page[page.index('<div class="doc"'):]
    pieces: dict[str, list[str]] = {}
    for m in re.finditer(r'<mark [^>]*data-f="([^"]+)"', body):
        pieces.setdefault(m.group(1), []).append(m.group(0))
    assert len(pieces) == 4  # the zero-length finding has a note but nothing to highlight
    # Every finding has exactly one piece with an id (where links and focus go).
    assert all(sum('id="f' in tag for tag in tags) == 1 for tags in pieces.values())


# -- in a real browser -------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium; "
                    ".ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class _Watched:
    """A page with everything the browser asked for, said and popped up recorded."""

    def __init__(self, browser: Any, url: str, javascript: bool = True) -> None:
        self.context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)
        self.page.goto(url)
        self.page.wait_for_load_state("load")

    def active(self) -> dict[str, str]:
        result: dict[str, str] = self.page.evaluate(
            "() => { const a = document.activeElement; return {tag: a.tagName, id: a.id || '', "
            "cls: a.className || '', text: a.textContent || ''}; }")
        return result

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Any, report: dict[str, Any]) -> Iterator[_Watched]:
    w = _Watched(browser, report["path"].as_uri())
    yield w
    w.close()


def test_page_loads_cleanly_offline_and_screenshot(watched: _Watched, report: dict[str, Any]) -> None:
    page = watched.page
    assert page.title() == "Plain language report: 3 documents"
    assert watched.console_errors == []
    assert watched.requests == [report["path"].as_uri()], "the page fetched something besides itself"
    # JavaScript ran (CSP allowed our own script): the buttons are shown.
    assert page.locator("#ps-next").is_visible()
    out = ROOT / "test-output"
    out.mkdir(exist_ok=True)
    shot = out / "html-report.png"
    if shot.exists():
        shot.unlink()
    page.screenshot(path=str(shot), full_page=True)
    assert shot.exists() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


_CONTRAST_JS = """() => {
  function rgb(c) {
    const m = c.match(/[\\d.]+/g).map(Number);
    return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1};
  }
  function lum(c) {
    return [c.r, c.g, c.b]
      .map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  }
  function background(el) {
    for (; el; el = el.parentElement) {
      const b = rgb(getComputedStyle(el).backgroundColor);
      if (b.a > 0) { return b; }
    }
    return {r: 255, g: 255, b: 255, a: 1};
  }
  const bad = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el.getClientRects().length) { continue; }
    if (el.closest('.visually-hidden, script, style')) { continue; }
    const a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) { bad.push(el.tagName + ' ' + ratio.toFixed(2) + ' ' + n.textContent.trim().slice(0, 30)); }
  }
  return bad;
}"""


def test_text_contrast_meets_wcag_aa(watched: _Watched) -> None:
    # Every visible run of text, against the nearest opaque background behind it (4.5:1).
    watched.page.locator("details").evaluate_all("ds => ds.forEach(d => d.open = true)")
    assert watched.page.evaluate(_CONTRAST_JS) == []


def test_highlights_are_where_the_findings_are(watched: _Watched, report: dict[str, Any]) -> None:
    shown: list[list[str]] = watched.page.evaluate(
        """() => Array.from(document.querySelectorAll('section.file')).map(section => {
            const order = [], text = {};
            section.querySelectorAll('.doc mark[data-f]').forEach(m => {
                const k = m.getAttribute('data-f');
                if (!(k in text)) { order.push(k); text[k] = ''; }
                text[k] += m.textContent;
            });
            return order.map(k => text[k]);
        })""")
    files = report["json"]["files"]
    assert len(shown) == 3  # the missing file (no text, at the top), the policy, the hostile file
    assert shown[0] == []
    for marks, data in zip(shown[1:], files, strict=True):
        findings = sorted(data["findings"], key=_doc_order)
        assert findings, data["path"]
        assert [_norm(t) for t in marks] == [_norm(f["text"]) for f in findings]
    # The note beside each highlight is the one its aria-describedby names.
    described = watched.page.evaluate(
        """() => Array.from(document.querySelectorAll('mark[id]')).map(m =>
            m.getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id).textContent)
            .join(' '))""")
    messages = [f["message"] for d in files for f in sorted(d["findings"], key=_doc_order)]
    assert len(described) == len(messages)
    assert all(d.startswith(m) for d, m in zip(described, messages, strict=True))


def test_keyboard_reaches_next_button_and_moves_to_highlights(watched: _Watched) -> None:
    page = watched.page
    seen = []
    for _ in range(10):
        page.keyboard.press("Tab")
        a = watched.active()
        seen.append(a["id"] or a["text"])
        if a["id"] == "ps-next":
            break
    assert watched.active()["id"] == "ps-next", f"Tab order was {seen}"
    page.keyboard.press("Enter")
    first = watched.active()
    assert first["tag"] == "MARK" and first["id"] == "f1-1"
    page.focus("#ps-next")
    page.keyboard.press("Enter")
    assert watched.active()["id"] == "f1-2"
    page.focus("#ps-prev")
    page.keyboard.press("Enter")
    assert watched.active()["id"] == "f1-1"
    # The focused highlight has a visible focus outline.
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    # Tab on from the buttons reaches the findings list; Enter there goes to that highlight.
    page.focus("#ps-next")
    for _ in range(15):
        page.keyboard.press("Tab")
        if "to-finding" in watched.active()["cls"]:
            break
    link = watched.active()
    assert "to-finding" in link["cls"]
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    target = watched.active()
    assert target["tag"] == "MARK" and target["id"] == "f1-2"


def test_filters_hide_a_severity(watched: _Watched) -> None:
    page = watched.page
    marks = page.locator('.doc mark[id].sev-suggestion')
    hidden_marks = page.locator('.doc mark[id].sev-suggestion.is-filtered')
    n = marks.count()
    assert n >= 1 and hidden_marks.count() == 0  # at least the hostile glossary's suggestion
    suggestion_ids = {marks.nth(i).get_attribute("id") for i in range(n)}
    page.locator('input[data-filter="sev"][value="suggestion"]').uncheck()
    assert hidden_marks.count() == n
    assert page.locator('li.note[data-sev="suggestion"]').first.is_hidden()
    assert page.locator('li.note[data-sev="warning"]').first.is_visible()
    assert "Showing" in (page.locator("#ps-status").text_content() or "")
    # Next finding skips what is filtered out.
    ids = []
    for _ in range(page.locator(".doc mark[id]").count()):
        page.focus("#ps-next")
        page.keyboard.press("Enter")
        ids.append(watched.active()["id"])
    assert ids and not suggestion_ids & set(ids)
    page.locator('input[data-filter="sev"][value="suggestion"]').check()
    assert hidden_marks.count() == 0


def test_script_in_a_document_is_shown_not_run(watched: _Watched) -> None:
    page = watched.page
    assert watched.dialogs == []
    assert page.locator("text=<script>alert(1)</script>").first.is_visible()
    assert page.locator("text=notes <b onmouseover=alert(7)>.txt").first.is_visible()
    assert page.evaluate("() => document.scripts.length") == 1
    assert page.evaluate("() => document.querySelectorAll('img, b, em').length") == 0
    # Clicking the javascript: "source" does nothing: it is not a link.
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert watched.dialogs == []


def test_works_without_javascript(browser: Any, report: dict[str, Any]) -> None:
    w = _Watched(browser, report["path"].as_uri(), javascript=False)
    try:
        page = w.page
        assert not page.locator("#ps-next").is_visible()  # JS-only controls stay hidden
        assert page.locator("mark#f1-1").is_visible()
        page.locator("a.to-finding").first.focus()
        page.keyboard.press("Enter")
        assert page.evaluate("() => location.hash") == "#f1-1"
        assert w.active()["id"] == "f1-1"
        assert w.dialogs == [] and w.console_errors == []
    finally:
        w.close()


def test_overlapping_findings_highlight_exactly_their_words(browser: Any, tmp_path: Path) -> None:
    result = _overlapping_result()
    out = tmp_path / "overlap.html"
    out.write_text(render("html", [result], ReportOptions()), encoding="utf-8")
    w = _Watched(browser, out.as_uri())
    try:
        texts: dict[str, str] = w.page.evaluate(
            """() => { const t = {}; document.querySelectorAll('.doc mark[data-f]').forEach(m => {
                const k = m.getAttribute('data-f'); t[k] = (t[k] || '') + m.textContent; }); return t; }""")
        messages: dict[str, str] = w.page.evaluate(
            """() => Object.fromEntries(Array.from(document.querySelectorAll('mark[id]')).map(m =>
                [m.getAttribute('data-f'), document.getElementById(m.getAttribute('aria-describedby')
                .split(' ')[0]).textContent]))""")
        expected = {f"about {f.text}": "".join(f.text.split()) for f in result.findings if f.text}
        assert {messages[k]: "".join(v.split()) for k, v in texts.items()} == expected
        assert "about the whole file" in w.page.locator("section.file").inner_text()
        assert w.console_errors == [] and w.dialogs == []
    finally:
        w.close()
