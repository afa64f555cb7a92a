"""``plainspeak serve``, used as writers and panels use it: the real server, a real browser.

The server is started by the real command (``python -m plainspeak serve --port 0``) on a
free loopback port, and driven with Playwright in Debian's headless Chromium (skipped,
saying why, when /usr/bin/chromium is missing). Each page is checked with axe-core
(vendored in tests/data, MPL-2.0 licence beside it) for accessibility problems.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
AXE = ROOT / "tests" / "data" / "axe.min.js"

PANEL = """\
# Our panel's words. Agreed at the March meeting; ask Priya before changing them.
version: 1
title: Riverside panel
category: riverside
entries:
  # Kept first: the word people asked about most.
  - id: riverside-no-show
    term: no-show
    alternatives:
      - missed appointment
    why: People told us 'no-show' blames them for what is often a late letter or a bus that never came.
    sources:
      - title: Riverside panel minutes
        url: https://example.org/riverside/minutes
    examples:
      flag:
        - She was a no-show again.
      pass:
        - She missed her appointment.

  - id: riverside-revolving-door
    term: revolving door
    alternatives:
      - people who come back to us often
    why: Nobody wants to be called a door.   # the panel's own words
    sources:
      - title: Riverside panel minutes
        url: https://example.org/riverside/minutes
    examples:
      flag:
        - She is a revolving door.
      pass:
        - He comes back to us often.
"""

DRAFT = """\
# Housing support

Service users who are hard to reach will be offered a placement. She was a no-show again.

The LHA will review each placement every year.
"""


class Server:
    def __init__(self, url: str, proc: subprocess.Popen[str], panel: Path) -> None:
        self.url = url.rstrip("/")
        self.proc = proc
        self.panel = panel

    def csrf(self, client: Any) -> str:
        page = client.get(self.url + "/").text
        match = re.search(r'name="csrf-token" content="([^"]+)"', page)
        assert match
        return match.group(1)


def start_server(tmp: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "plainspeak", "serve", "--port", "0", *extra],
                            cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    match = re.search(r"running at (http://\S+)", first)
    if not match:
        proc.kill()
        raise AssertionError(f"plainspeak serve did not start: {first}{proc.stdout.read()}")
    url = match.group(1)
    # The app answers once the glossaries are compiled (uvicorn's startup).
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(url.split("?")[0], timeout=5).status_code in (200, 401):
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    return proc, url


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("serve")
    panel = tmp / "riverside.yaml"
    panel.write_text(PANEL, encoding="utf-8")
    proc, url = start_server(tmp, "--glossary", str(panel))
    try:
        yield Server(url, proc, panel)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium; "
                    ".ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Tab:
    """A browser tab with its errors and dialogs recorded; ``axe()`` runs axe-core on it."""

    def __init__(self, browser: Any, server: Server) -> None:
        # bypass_csp only so that the test can inject axe-core; the app's own CSP is tested separately.
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True,
                                           bypass_csp=True)
        self.page = self.context.new_page()
        self.server = server
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)

    def go(self, path: str) -> Any:
        self.page.goto(self.server.url + path)
        self.page.wait_for_load_state("load")
        return self.page

    def axe(self) -> list[dict[str, Any]]:
        if not self.page.evaluate("() => !!window.axe"):
            self.page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        result: dict[str, Any] = self.page.evaluate("async () => await axe.run(document)")
        return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                 "nodes": [n["html"][:160] for n in v["nodes"][:3]]} for v in result["violations"]]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser: Any, server: Server) -> Iterator[Tab]:
    t = Tab(browser, server)
    yield t
    t.close()


def _wait_checked(page: Any, before: int) -> None:
    page.wait_for_function(f"() => Number(document.body.getAttribute('data-checked') || 0) > {before}",
                           timeout=15000)


# -- writers ------------------------------------------------------------------------------------

def test_paste_a_draft_and_see_findings_update_as_you_type(tab: Tab) -> None:
    page = tab.go("/")
    assert page.title() == "Check a draft – plainspeak"
    page.fill("#draft", DRAFT)
    _wait_checked(page, 0)
    marks = page.locator("#results mark.ps[id]")
    texts = [m.inner_text() for m in marks.all()]
    assert "Service users" in texts and "hard to reach" in texts
    assert "no-show" in texts, "the panel's own glossary is used for checks"
    status = page.locator("#status").inner_text()
    assert re.match(r"\d+ findings shown\.", status)
    # The note beside a highlight says why and what to say instead, and who says so.
    note = page.locator("#results li.note", has_text="Service users").first
    assert "Say instead" in note.inner_text()
    assert note.locator("details.sources").count() == 1
    # Typing more: after a pause the new words are flagged too.
    page.click("#draft")
    page.keyboard.press("End")
    page.keyboard.type(" Each person will be assessed.")
    page.wait_for_function("() => [...document.querySelectorAll('#results mark.ps')]"
                           ".some(m => m.textContent.includes('will be assessed'))", timeout=15000)
    # Removing the words removes their findings.
    page.fill("#draft", "We will talk with you about where you would like to live.")
    page.wait_for_function("() => !document.querySelector('#results mark.ps[id]')", timeout=15000)
    assert tab.errors == [] and tab.dialogs == []
    assert all(r.startswith(tab.server.url) for r in tab.requests), "the page fetched something from elsewhere"


def _marked(page: Any, prefix: str) -> set[str]:
    """The kinds (``chk``) or severities (``sev``) of the highlighted findings, from their classes."""
    js = f"ms => ms.map(m => (m.className.match(/{prefix}-(\\w+)/) || [])[1])"
    return set(page.eval_on_selector_all("#results mark.ps[id]", js))


def test_filters_by_kind_and_minimum_severity(tab: Tab) -> None:
    page = tab.go("/")
    page.fill("#draft", DRAFT)
    _wait_checked(page, 0)
    all_marks = page.locator("#results mark.ps[id]").count()
    checks = _marked(page, "chk")
    assert {"term", "acronym"} <= checks
    n = int(page.get_attribute("body", "data-checked") or 0)
    page.uncheck("input[name=kind][value=term]")
    _wait_checked(page, n)
    checks = _marked(page, "chk")
    assert "term" not in checks and "acronym" in checks
    n = int(page.get_attribute("body", "data-checked") or 0)
    page.check("input[name=kind][value=term]")
    _wait_checked(page, n)
    n = int(page.get_attribute("body", "data-checked") or 0)
    page.select_option("#min-severity", "warning")
    _wait_checked(page, n)
    sevs = _marked(page, "sev")
    assert sevs and "suggestion" not in sevs
    assert page.locator("#results mark.ps[id]").count() < all_marks
    assert "of" in page.locator("#status").inner_text()


def test_document_text_is_shown_never_run(tab: Tab) -> None:
    page = tab.go("/")
    page.fill("#draft", 'Service users <img src=x onerror="alert(1)"> <script>alert(2)</script> hard to reach.\n\n'
                        'If rent < income & income > 0, hard to reach people get "help".')
    _wait_checked(page, 0)
    shown = page.locator("#results .doc").inner_text()
    assert 'If rent < income & income > 0, hard to reach people get "help".' in shown
    assert page.locator("#results img, #results script").count() == 0
    assert tab.dialogs == []


def test_without_javascript_the_check_button_still_works(browser: Any, server: Server) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server.url + "/")
        page.fill("#draft", DRAFT)
        page.click("#check-button")
        page.wait_for_load_state("load")
        assert page.locator("#results mark.ps[id]").count() >= 3
        assert page.locator("#draft").input_value().startswith("# Housing support")
    finally:
        context.close()


def _make_docx(path: Path) -> Path:
    from docx import Document as WordDocument

    doc = WordDocument()
    doc.add_heading("Support policy", level=1)
    doc.add_paragraph("Service users who are hard to reach will be offered a placement.")
    doc.add_paragraph("We will talk with you about what matters to you.")
    doc.save(str(path))
    return path


def test_upload_word_and_download_the_commented_copy_and_reports(tab: Tab, tmp_path: Path) -> None:
    from docx import Document as WordDocument

    src = _make_docx(tmp_path / "support policy.docx")
    page = tab.go("/")
    page.set_input_files("#document", str(src))
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(re.compile(r"/doc/[A-Za-z0-9_-]+$"))
    assert page.locator("h1").inner_text() == "Findings in support policy.docx"
    texts = [m.inner_text() for m in page.locator("#results mark.ps[id]").all()]
    assert "Service users" in texts and "placement" in texts
    with page.expect_download() as info:
        page.click("text=Word copy with a comment on each finding")
    download = info.value
    assert download.suggested_filename == "support-policy.reviewed.docx"
    out = tmp_path / "reviewed.docx"
    download.save_as(str(out))
    comments = list(WordDocument(str(out)).comments)
    assert len(comments) >= 3
    bodies = [c.text for c in comments]
    assert any("Say instead" in b for b in bodies) and all(c.author == "plainspeak" for c in comments)
    with page.expect_download() as info:
        page.click("text=JSON report")
    report = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    found = [f["text"] for f in report["files"][0]["findings"]]
    assert "Service users" in found
    with page.expect_download() as info:
        page.click("text=HTML report")
    assert "Plain language report" in Path(info.value.path()).read_text(encoding="utf-8")
    # Filtering on the document page (a plain GET form).
    page.uncheck("input[name=kind][value=term]")
    page.click("#filter-form button[type=submit]")
    page.wait_for_load_state("load")
    assert page.locator("#results mark.chk-term").count() == 0
    assert tab.errors == []


def test_a_damaged_upload_is_named_clearly(tab: Tab, tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"this is not a Word file")
    page = tab.go("/")
    page.set_input_files("#document", str(bad))
    page.click("#upload-form button[type=submit]")
    page.wait_for_load_state("load")
    alert = page.locator("[role=alert]").inner_text()
    assert "could not be checked" in alert and "Traceback" not in page.content()


# -- panels ---------------------------------------------------------------------------------------

def _lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "plainspeak", "glossary", "lint", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_add_an_entry_with_a_mistake_see_the_friendly_error_fix_it_and_find_it_saved(
        tab: Tab, server: Server) -> None:
    before = server.panel.read_text(encoding="utf-8")
    page = tab.go("/glossary")
    page.click("text=Propose a new entry")
    page.fill("#field-term", "heartsink")
    page.fill("#field-alternatives", "person who comes to us often")
    page.fill("#field-why", "It says the person makes our heart sink: it blames them for needing us.")
    page.fill("#field-sources", "Riverside panel minutes | Riverside | 2025 | https://example.org/riverside/minutes")
    # The mistake: a typing slip in the example, so it would never be flagged.
    page.fill("#field-flag_examples", "She is a heartsinc patient.")
    page.fill("#field-pass_examples", "She comes to see us often.")
    page.fill("#field-proposed_by", "Priya")
    page.click("#save-button")
    page.wait_for_load_state("load")
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert "should be flagged but is not" in summary.inner_text()
    assert page.evaluate("() => document.activeElement.id") == "error-summary"
    field = page.locator("#field-flag_examples")
    assert field.get_attribute("aria-invalid") == "true"
    assert "should be flagged" in page.locator(f"#{field.get_attribute('aria-describedby').split()[0]}").inner_text()
    assert field.input_value() == "She is a heartsinc patient.", "the person's words are kept"
    assert server.panel.read_text(encoding="utf-8") == before, "nothing is saved while there is an error"
    # Fix it and save.
    page.fill("#field-flag_examples", "She is a heartsink patient.")
    page.click("#save-button")
    page.wait_for_url(re.compile(r"/glossary/entry/heartsink\?saved=1"))
    assert "Saved to riverside.yaml" in page.locator("#saved-notice").inner_text()
    after = server.panel.read_text(encoding="utf-8")
    assert after.startswith(before.rstrip("\n")), "the rest of the file, comments and all, is unchanged"
    assert "id: heartsink" in after and "proposed_by: Priya" in after and "status: proposed" in after
    lint = _lint(server.panel)
    assert lint.returncode == 0, lint.stdout
    assert "heartsink" not in lint.stdout, "the new entry is lint-clean: no error and no warning"
    # The new entry is live: in the glossary, in "try a sentence" and in checks.
    page = tab.go("/glossary?sentence=He+is+a+real+heartsink.")
    assert "heartsink" in page.locator("#try-result").inner_text()
    client = httpx.Client()
    csrf = server.csrf(client)
    data = client.post(server.url + "/api/check", json={"text": "He is a real heartsink."},
                       headers={"X-CSRF-Token": csrf}).json()
    assert any(f["id"] == "heartsink" for f in data["findings"])


def test_status_who_and_when_and_a_second_save_of_the_same_entry_is_refused(
        browser: Any, server: Server) -> None:
    first, second = Tab(browser, server), Tab(browser, server)
    try:
        before = server.panel.read_text(encoding="utf-8")
        a = first.go("/glossary/entry/riverside-revolving-door")
        b = second.go("/glossary/entry/riverside-revolving-door")
        a.check("input[name=status][value=agreed]")
        a.fill("#field-agreed_by", "Riverside panel")
        a.fill("#field-reviewed", "2026-03-12")
        a.fill("#field-why", "Nobody wants to be called a door: we are people.")
        a.click("#save-button")
        a.wait_for_url(re.compile(r"saved=1"))
        b.fill("#field-why", "Calling people doors hides who they are.")
        b.click("#save-button")
        b.wait_for_load_state("load")
        summary = b.locator("#error-summary").inner_text()
        assert "someone else changed" in summary
        assert b.locator("#field-why").input_value() == "Calling people doors hides who they are."
        after = server.panel.read_text(encoding="utf-8")
        assert "we are people" in after and "hides who they are" not in after
        # Only the edited entry changed: every other line is as it was, comments included.
        old_lines, new_lines = before.splitlines(), after.splitlines()
        start = old_lines.index("  - id: riverside-revolving-door")
        assert new_lines[:start] == old_lines[:start]
        assert "agreed_by: Riverside panel" in after and "reviewed: '2026-03-12'" in after or \
            "reviewed: 2026-03-12" in after
        assert _lint(server.panel).returncode == 0
    finally:
        first.close()
        second.close()


def test_browse_search_and_export(tab: Tab, server: Server) -> None:
    page = tab.go("/glossary")
    total = page.locator(".entry-wrap").count()
    assert total > 400 and page.locator(".acronym").count() > 100
    page.fill("#q", "service user")
    page.wait_for_function("() => document.querySelectorAll('.entry-wrap:not([hidden])').length < 20")
    visible = page.locator(".entry-wrap:not([hidden]) h3").all_inner_texts()
    assert "service user" in visible
    assert "match" in page.locator("#search-count").inner_text()
    page.fill("#q", "LHA")
    page.wait_for_function("() => document.querySelectorAll('.acronym:not([hidden])').length >= 1")
    with page.expect_download() as info:
        page.click("a[href=\"/glossary/export.csv\"]")
    csv_text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    assert "riverside-no-show" in csv_text and "service-user" not in csv_text
    with page.expect_download() as info:
        page.click("a[href=\"/glossary/export.yaml\"]")
    assert Path(info.value.path()).read_text(encoding="utf-8") == server.panel.read_text(encoding="utf-8")


# -- accessibility ------------------------------------------------------------------------------------

def test_every_page_has_no_axe_violations(tab: Tab, tmp_path: Path) -> None:
    pages: dict[str, list[dict[str, Any]]] = {}
    page = tab.go("/")
    pages["check (empty)"] = tab.axe()
    page.fill("#draft", DRAFT)
    _wait_checked(page, 0)
    pages["check (with findings)"] = tab.axe()
    page.set_input_files("#document", str(_make_docx(tmp_path / "p.docx")))
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(re.compile(r"/doc/"))
    pages["uploaded document"] = tab.axe()
    tab.go("/glossary")
    pages["glossary"] = tab.axe()
    tab.go("/glossary?sentence=Our+service+users+are+hard+to+reach")
    pages["glossary (try a sentence)"] = tab.axe()
    tab.go("/glossary/entry/riverside-no-show")
    pages["change an entry"] = tab.axe()
    page = tab.go("/glossary/new")
    pages["new entry"] = tab.axe()
    page.fill("#field-term", "needy")
    page.click("#save-button")
    page.wait_for_load_state("load")
    pages["new entry (with errors)"] = tab.axe()
    tab.go("/doc/no-such-document")
    pages["not found"] = tab.axe()
    bad = {name: v for name, v in pages.items() if v}
    assert bad == {}, json.dumps(bad, indent=1)


def test_keyboard_reaches_the_draft_the_findings_and_the_filters(tab: Tab) -> None:
    page = tab.go("/")

    def active() -> str:
        return str(page.evaluate("() => document.activeElement.id || document.activeElement.name || "
                                 "document.activeElement.tagName"))

    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to the main content"
    page.keyboard.press("Enter")
    for _ in range(5):
        page.keyboard.press("Tab")
        if active() == "draft":
            break
    assert active() == "draft"
    page.keyboard.type(DRAFT)
    _wait_checked(page, 0)
    seen = []
    for _ in range(40):
        page.keyboard.press("Tab")
        seen.append(active())
    assert "kind" in seen and "min-severity" in seen and "document" in seen
    assert any(s.startswith("f1-") for s in seen), "highlights can be reached with the Tab key"


# -- load -------------------------------------------------------------------------------------------

def test_twenty_writers_checking_at_once(server: Server) -> None:
    """Bounded load on loopback: 20 clients, 3 checks each; every answer complete and correct."""
    page = (ROOT / "examples" / "housing-support-policy.md").read_text(encoding="utf-8")
    client = httpx.Client()
    csrf = server.csrf(client)
    expected = client.post(server.url + "/api/check", json={"text": page}, headers={"X-CSRF-Token": csrf}).json()
    problems: list[str] = []
    times: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(20)

    def writer() -> None:
        with httpx.Client(timeout=60) as c:
            start.wait()
            for _ in range(3):
                t0 = time.perf_counter()
                r = c.post(server.url + "/api/check", json={"text": page}, headers={"X-CSRF-Token": csrf})
                with lock:
                    times.append(time.perf_counter() - t0)
                    if r.status_code != 200:
                        problems.append(f"{r.status_code}: {r.text[:200]}")
                    elif r.json()["total"] != expected["total"]:
                        problems.append(f"{r.json()['total']} findings instead of {expected['total']}")

    threads = [threading.Thread(target=writer) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert problems == []
    assert len(times) == 60
    times.sort()
    print(f"20 clients x 3 checks: p95 {times[56] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
