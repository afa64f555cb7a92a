"""Words people read that are not body text: HTML titles and alt text, PDF numbered headings."""

from __future__ import annotations

from pathlib import Path

from plainspeak.api import check_file
from plainspeak.readers import read_bytes

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Support for service users &amp; carers</title>
<script>var title = "hard to reach";</script></head>
<body><h1>Our support</h1>
<p>We call people every week.</p>
<img src="team.png" alt="Staff visiting hard to reach families">
<img src="logo.png" alt="">
<svg><title>placement icon</title></svg>
</body></html>
"""


def test_html_title_and_alt_text_are_checked_where_they_are(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = check_file(path)
    found = {(f.id, f.location) for f in result.findings if f.check == "term"}
    assert ("service-user", "page title") in found
    assert ("hard-to-reach", "image description (alt text)") in found
    assert not any(f.id == "placement" for f in result.findings)  # an SVG's title is not the page's
    source = PAGE
    for f in result.findings:
        if f.check == "term":
            assert source[f.offset:f.end_offset] == f.text  # points at the words in the file
    doc = read_bytes(PAGE.encode(), "page.html")
    assert doc.text.startswith("Support for service users & carers\n\nOur support")
    assert "var title" not in doc.text


def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in lines:
        if line:
            c.drawString(72, y, line)
        y -= 16 if line else 24
    c.showPage()
    c.save()
    return path


def test_pdf_numbered_headings_stay_headings_and_numbered_lists_stay_lists(tmp_path: Path) -> None:
    lines = [
        "1. Purpose",
        "This policy explains how the council supports people who have nowhere to live and what",
        "they can expect from us when they ask for help with housing in the city this year.",
        "2. Who can apply",
        "Anyone who lives in the city can apply for support from the housing team at any time,",
        "including people who are staying with friends or family for a short while at present.",
        "2.1 How to apply",
        "You can apply in three ways, whichever suits you best, and we will help with the forms:",
        "1. Call the housing team",
        "2. Visit the office",
        "3. Write to us",
    ]
    doc = read_bytes(_pdf(tmp_path / "policy.pdf", lines).read_bytes(), "policy.pdf")
    headings = [(doc.text[b.start:b.end], b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [("1. Purpose", 1), ("2. Who can apply", 1), ("2.1 How to apply", 2)]
    items = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "list_item"]
    assert items == ["Call the housing team", "Visit the office", "Write to us"]
    paragraphs = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("This policy explains") and len(paragraphs) == 3
