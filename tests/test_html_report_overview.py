"""The HTML report at scale: an overview first, documents built when opened, every word kept.

Reports are made by the real command line from real files and opened in Debian's
chromium (skipped, saying why, when it is not installed). How fast a 200-document
report opens is measured by bench/html_report, not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from test_html_report import CHROMIUM, CHROMIUM_ARGS, _check, _norm, _Watched

from plainspeak.api import check_file
from plainspeak.report.html import INLINE_MAX_FILES, render_document_html

COPY = """\
# Contact

For help, email help@council.gov.uk or see <https://example.org/help>. Guidance is at https://gov.uk/guidance.
Run `plainspeak check` to test, or read [the guide](https://example.org/guide).

| Who | What |
|-----|------|
| Service users | Panel |
| Staff | Support |

Service users can call. We write to service users every month.

```
plainspeak check --disable service-user draft.md
```
"""


def test_the_copy_keeps_every_word_and_tables_stay_tables(tmp_path: Path) -> None:
    (tmp_path / "contact.md").write_text(COPY, encoding="utf-8")
    out = tmp_path / "report.html"
    run_cli("check", "--no-cache", "--format", "html", "-o", str(out), "contact.md", cwd=tmp_path)
    page = out.read_text(encoding="utf-8")
    assert "<title>Plain language report: contact.md</title>" in page
    c = _check(page)
    assert c.problems == [] and c.stack == []
    text = _norm("".join(c.text))
    assert "email help@council.gov.uk or see https://example.org/help. Guidance is at https://gov.uk/guidance." in text
    assert "Run plainspeak check to test" in text
    assert "https://example.org/guide" in text
    assert '<pre class="verbatim">plainspeak check --disable service-user draft.md</pre>' in page
    table = re.search(r'<table class="doc-table">(.*?)</table>', page, re.S)
    assert table is not None
    rows = re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S)
    assert [len(re.findall(r"<td>", r)) for r in rows] == [2, 2, 2]
    assert "table cell:" not in text


def test_repeats_of_an_entry_share_one_note(tmp_path: Path) -> None:
    path = tmp_path / "contact.md"
    path.write_text(COPY, encoding="utf-8")
    fragment = render_document_html(check_file(path), index=4)
    marks = re.findall(r'<mark id="(f4-\d+)"[^>]*aria-describedby="([^"]+)"[^>]*chk-term', fragment)
    service = [(m, d) for m, d in marks if d.split()[0] in {d2.split()[0] for _, d2 in marks}]
    described = [d.split()[0] for _, d in service]
    note = max(set(described), key=described.count)
    assert described.count(note) == 3  # three highlights of "service users", one note
    assert fragment.count(f'id="{note}"') == 1
    assert "Found 3 times" in fragment
    assert "Nobody describes themselves" in fragment and fragment.count("Nobody describes themselves") == 1


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def big_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More documents than are shown in place: each is kept as data until opened."""
    d = tmp_path_factory.mktemp("big")
    docs = d / "policies"
    docs.mkdir()
    for i in range(INLINE_MAX_FILES + 5):
        (docs / f"policy-{i:02d}.md").write_text(
            f"# Policy {i}\n\nService users will be offered a placement. We call service users weekly.\n",
            encoding="utf-8")
    (docs / "policy-03.md").unlink()
    (docs / "policy-03.txt").write_text(
        "# Notes\n\nService users said <script>alert(1)</script> and </script><script>alert(2)</script>.\n"
        "<!-- a comment --> <img src=x onerror=alert(3)>\n", encoding="utf-8")
    (docs / "broken.docx").write_bytes(b"not a word file")
    out = d / "report.html"
    run_cli("check", "--no-cache", "--format", "html", "-o", str(out), "policies", cwd=d)
    return out


def test_large_report_opens_with_an_overview_and_builds_documents_on_demand(browser: Any, big_report: Path) -> None:
    page_html = big_report.read_text(encoding="utf-8")
    assert page_html.count('data-encoding="gzip+base64"') == INLINE_MAX_FILES + 6
    assert "<mark" not in page_html  # nothing is built until it is opened (and the data is packed)
    assert f"<title>Plain language report: {INLINE_MAX_FILES + 6} documents in policies</title>" in page_html
    w = _Watched(browser, big_report.as_uri())
    try:
        page = w.page
        assert page.evaluate("() => document.querySelectorAll('mark').length") == 0
        rows = page.locator(".overview-table tbody tr")
        assert rows.count() == INLINE_MAX_FILES + 6
        assert "broken.docx" in rows.first.inner_text() and "Could not be checked" in rows.first.inner_text()
        # Open one document from the overview: its text is built, with its highlights.
        page.locator('.overview-table a.to-file:text("policies/policy-07.md")').click()
        section = page.locator("section.file", has=page.locator('h2:text("policies/policy-07.md")'))
        assert section.locator("details.file-details").evaluate("d => d.open")
        section.locator("mark[id]").first.wait_for()
        built = section.locator("mark[id]").count()
        assert built >= 3  # two uses of one entry, a placement (and a passive verb)
        assert page.evaluate("() => document.querySelectorAll('mark[id]').length") == built
        # Next finding moves through the open document.
        page.click("#ps-next")
        page.wait_for_function("() => document.activeElement.tagName === 'MARK'")
        # A link to a highlight in a document not yet open opens it.
        n = page.evaluate("""() => { const s = [...document.querySelectorAll('section.file')]
            .find(s => s.querySelector('h2').textContent === 'policies/policy-12.md');
            return s.id.split('-')[1]; }""")
        page.evaluate(f"() => {{ const a = document.createElement('a'); a.href = '#f{n}-1'; a.textContent = 'x';"
                      "document.querySelector('main').appendChild(a); a.click(); }")
        page.wait_for_function(f"() => document.activeElement && document.activeElement.id === 'f{n}-1'")
        # The hostile document is shown as words, never run, even from its data block.
        page.locator('.overview-table a.to-file:text("policies/policy-03.txt")').click()
        page.locator("text=<script>alert(1)</script>").first.wait_for()
        assert page.locator("text=<script>alert(1)</script>").first.is_visible()
        assert page.evaluate("() => document.querySelectorAll('img').length") == 0
        assert w.dialogs == [] and w.console_errors == []
        assert w.requests == [big_report.as_uri()]
    finally:
        w.close()
