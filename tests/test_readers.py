"""Readers for Word, OpenDocument, PDF, HTML and reStructuredText, on real files made here.

Each format is checked for what a writer would notice: the right words are found, the
words that are not prose (code, deleted text, page furniture) are not, every finding's
``text`` is exactly the source at its offsets, and ``location`` says where to look.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli, run_json
from docx import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st

from plainspeak import check_text
from plainspeak.api import FileResult, check_file
from plainspeak.errors import InputError
from plainspeak.findings import Finding
from plainspeak.readers import read_path
from plainspeak.readers.html import read_string as read_html
from plainspeak.readers.rst import read_string as read_rst

W_NS = nsdecls("w")


def terms(result: FileResult) -> list[tuple[str, str | None]]:
    assert result.error is None, result.error
    return [(f.text, f.location) for f in result.findings if f.check == "term"]


def assert_exact(result: FileResult) -> None:
    assert result.document is not None
    for f in result.findings:
        assert result.document.source[f.offset:f.end_offset] == f.text


def assert_exact_text(source: str, findings: list[Finding]) -> None:
    for f in findings:
        assert source[f.offset:f.end_offset] == f.text
        line_start = sum(len(x) for x in source.splitlines(keepends=True)[: f.line - 1])
        assert line_start + f.column - 1 == f.offset


# -- Word ------------------------------------------------------------------------------------
def _add_footnotes(doc: WordDocument, paragraph_index: int, text: str) -> None:
    """python-docx cannot write footnotes: add the part and a reference by hand, as Word does."""
    xml = (
        f'<w:footnotes {W_NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        '</w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        '</w:p></w:footnote></w:footnotes>'
    )
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode(), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    p = doc.paragraphs[paragraph_index]._p
    p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                       '<w:footnoteReference w:id="1"/></w:r>'))


def make_policy_docx(path: Path) -> Path:
    doc = WordDocument()
    doc.add_heading("Housing support", 0)
    doc.add_heading("Eligibility", 1)
    p = doc.add_paragraph("We support ")
    p.add_run("service users").bold = True
    p.add_run(" in every ward.")
    doc.add_paragraph("Placements are reviewed each month.", style="List Bullet")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Group"
    table.cell(0, 1).text = "Notes"
    table.cell(1, 0).text = "Young people"
    table.cell(1, 1).text = "Often hard to reach."
    inner = table.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 1).text = "Those intentionally homeless"
    doc.add_heading("Changes", 1)
    tracked = parse_xml(
        f'<w:p {W_NS}><w:r><w:t xml:space="preserve">We visit </w:t></w:r>'
        '<w:del w:id="1" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>service users</w:delText>'
        '</w:r></w:del><w:ins w:id="2" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r>'
        '<w:t xml:space="preserve">people who draw on care and placements</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> weekly.</w:t></w:r></w:p>')
    doc.element.body.insert(len(doc.element.body) - 1, tracked)
    doc.add_paragraph("A footnote follows here.")
    _add_footnotes(doc, len(doc.paragraphs) - 1, "Service users told us this.")
    doc.sections[0].header.paragraphs[0].text = "Council policy: service users"
    doc.sections[0].footer.paragraphs[0].text = "Version 2"
    second = doc.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Council policy: service users"
    doc.add_paragraph("Last words.")
    doc.save(str(path))
    return path


_BOX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box(text: str) -> str:
    return f'<w:txbxContent><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent>'


def test_docx_reads_text_boxes_once(tmp_path: Path) -> None:
    """Call-out boxes are read, once each: Word stores a drawing and a VML copy of each."""
    doc = WordDocument()
    doc.add_paragraph("Our promise to you.")
    modern = parse_xml(
        f'<w:p {_BOX_NS}><w:r><w:t xml:space="preserve">See the box. </w:t></w:r><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
        + _box("Remember: service users come first.") +
        '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape><v:textbox>' + _box("Remember: service users come first.") +
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    old_style = parse_xml(
        f'<w:p {_BOX_NS}><w:r><w:pict><v:shape><v:textbox>' + _box("Hard to reach groups matter.")
        + '</v:textbox></v:shape></w:pict></w:r></w:p>')
    body = doc.element.body
    body.insert(len(body) - 1, modern)
    body.insert(len(body) - 1, old_style)
    doc.add_paragraph("Placements are reviewed.")
    doc.save(str(tmp_path / "boxes.docx"))
    result = check_file(tmp_path / "boxes.docx")
    assert terms(result) == [
        ("service users", "text box 1"),
        ("Hard to reach", "text box 2"),
        ("Placements", "paragraph 3"),
    ]
    assert_exact(result)
    assert result.document is not None
    assert result.document.text.count("Remember") == 1


def test_docx_reads_body_tables_headers_notes_and_tracked_changes(tmp_path: Path) -> None:
    result = check_file(make_policy_docx(tmp_path / "policy.docx"))
    assert terms(result) == [
        ("service users", "paragraph 1, under 'Eligibility'"),
        ("Placements", "paragraph 2, under 'Eligibility'"),
        ("intentionally homeless", "table 1, row 2, column 1, inner table 1, row 1, column 2"),
        ("hard to reach", "table 1, row 2, column 2"),
        ("placements", "paragraph 3, under 'Changes'"),
        ("service users", "header"),
        ("Service users", "footnote 1"),
    ]
    assert_exact(result)


def test_docx_blocks_kinds_and_text(tmp_path: Path) -> None:
    doc = read_path(make_policy_docx(tmp_path / "policy.docx"))
    kinds = [(b.kind, b.level) for b in doc.blocks]
    assert kinds[:4] == [("heading", 1), ("heading", 1), ("paragraph", 0), ("list_item", 1)]
    assert ("header", 0) in kinds and ("footnote", 0) in kinds
    # Deleted text is gone, inserted text is read, the header shared by two sections once.
    assert "We visit people who draw on care and placements weekly." in doc.text
    assert doc.text.count("Council policy") == 1
    assert "Version 2" in doc.text
    # The source is the extracted text, block for block, so line numbers count blocks.
    assert [" ".join(s.split()) for s in doc.source.split("\n\n")] == doc.text.split("\n\n")
    assert doc.blocks[2].location == "paragraph 1, under 'Eligibility'"


def test_docx_json_location_from_the_command_line(tmp_path: Path) -> None:
    make_policy_docx(tmp_path / "policy.docx")
    code, data = run_json(str(tmp_path / "policy.docx"))
    assert code == 1
    findings = data["files"][0]["findings"] if "files" in data else data["results"][0]["findings"]
    assert {"text": "hard to reach", "location": "table 1, row 2, column 2"} in [
        {"text": f["text"], "location": f["location"]} for f in findings]


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_docx_refuses_non_zip_and_zip_bombs(tmp_path: Path) -> None:
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"this is plain text saved with the wrong name")
    with pytest.raises(InputError, match="not a Word file"):
        read_path(bad)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_zip({"word/document.xml": b"\0" * (8 * 1024 * 1024)}))
    with pytest.raises(InputError, match="zip bomb"):
        read_path(bomb)
    wide = tmp_path / "wide.docx"
    wide.write_bytes(_zip({f"word/media/{i}.bin": b"\0" * (1024 * 1024) for i in range(205)}))
    with pytest.raises(InputError, match="too big"):
        read_path(wide)


def test_docx_with_entity_declarations_is_refused_not_expanded(tmp_path: Path) -> None:
    good = make_policy_docx(tmp_path / "policy.docx")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10))
              + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    src = zipfile.ZipFile(good)
    members = {n: (laughs if n == "word/document.xml" else src.read(n)) for n in src.namelist()}
    evil = tmp_path / "evil.docx"
    evil.write_bytes(_zip(members))
    with pytest.raises(InputError, match="entity"):
        read_path(evil)
    proc = run_cli("check", str(evil))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "entity" in proc.stdout + proc.stderr


# -- PDF -------------------------------------------------------------------------------------
PDF_PAGES = [
    ["Housing policy",
     "We offer temporary accommo-",
     "dation to service users who need a home quickly and who have",
     "nowhere else to stay tonight or this week in the borough.",
     "",
     "- Placements are reviewed every month by the team."],
    ["Support for people who are hard to reach is offered every week",
     "by our outreach team, in places people already go, at times",
     "that suit them, with an interpreter when people ask for one."],
    ["Some care is self-",
     "funded and some is paid for by the council after an assessment."],
]


def make_pdf(path: Path, encrypt: str | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for n, lines in enumerate(PDF_PAGES, start=1):
        c.drawString(72, 800, "Council Housing Policy (service users)")
        y = 760
        for line in lines:
            c.drawString(72, y, line)
            y -= 16
        c.drawString(72, 40, f"Page {n} of {len(PDF_PAGES)}")
        c.showPage()
    c.save()
    return path


def test_pdf_pages_running_headers_and_hyphenation(tmp_path: Path) -> None:
    result = check_file(make_pdf(tmp_path / "policy.pdf"))
    assert terms(result) == [("service users", "page 1"), ("Placements", "page 1"), ("hard to reach", "page 2")]
    assert_exact(result)
    doc = result.document
    assert doc is not None
    assert "accommodation" in doc.text and "self-funded" in doc.text
    assert "Council Housing Policy" not in doc.text and "Page 2" not in doc.text
    assert [b.kind for b in doc.blocks if b.location == "page 1"] == ["heading", "paragraph", "list_item"]


def test_pdf_encrypted_and_truncated_are_clear_errors(tmp_path: Path) -> None:
    locked = make_pdf(tmp_path / "locked.pdf", encrypt="secret")
    with pytest.raises(InputError, match="password"):
        read_path(locked)
    whole = make_pdf(tmp_path / "whole.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match="incomplete"):
        read_path(cut)
    proc = run_cli("check", str(cut))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


# -- OpenDocument ----------------------------------------------------------------------------
def make_odt(path: Path) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.style import Header, MasterPage, PageLayout
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, Note, NoteBody, NoteCitation, P, S, Span

    doc = OpenDocumentText()
    layout = PageLayout(name="pl")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header = Header()
    header.addElement(P(text="Council policy on service users"))
    master.addElement(header)
    doc.masterstyles.addElement(master)
    doc.text.addElement(H(outlinelevel=1, text="Eligibility"))
    p = P(text="We support service")
    p.addElement(S(c=2))
    p.addText("users who are ")
    p.addElement(Span(text="hard to reach"))
    p.addText(".")
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="A footnote about placements."))
    note.addElement(body)
    p.addElement(note)
    doc.text.addElement(p)
    items = List()
    item = ListItem()
    item.addElement(P(text="Reviews of placements"))
    items.addElement(item)
    doc.text.addElement(items)
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row in (["Who", "Note"], ["Adults", "Service users here"]):
        tr = TableRow()
        for text in row:
            cell = TableCell()
            cell.addElement(P(text=text))
            tr.addElement(cell)
        table.addElement(tr)
    doc.text.addElement(table)
    doc.save(str(path))
    return path


def test_odt_paragraphs_lists_tables_headers_and_notes(tmp_path: Path) -> None:
    result = check_file(make_odt(tmp_path / "policy.odt"))
    assert terms(result) == [
        ("service  users", "paragraph 1, under 'Eligibility'"),
        ("hard to reach", "paragraph 1, under 'Eligibility'"),
        ("placements", "paragraph 2, under 'Eligibility'"),
        ("Service users", "table 1, row 2, column 2"),
        ("service users", "header"),
        ("placements", "footnote 1"),
    ]
    assert_exact(result)
    assert result.document is not None and "1A footnote" not in result.document.text


def test_odt_reads_text_boxes(tmp_path: Path) -> None:
    from odf.draw import Frame, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Our promise to you."))
    anchor = P(text="See the box. ")
    frame = Frame(width="6cm", height="2cm", anchortype="paragraph")
    box = TextBox()
    box.addElement(P(text="Remember: service users come first."))
    frame.addElement(box)
    anchor.addElement(frame)
    doc.text.addElement(anchor)
    doc.text.addElement(P(text="Placements are reviewed."))
    doc.save(str(tmp_path / "boxes.odt"))
    result = check_file(tmp_path / "boxes.odt")
    assert terms(result) == [("service users", "text box 1"), ("Placements", "paragraph 3")]
    assert_exact(result)


# -- HTML ------------------------------------------------------------------------------------
HTML = """<!doctype html>
<html><head><title>service users</title><style>p { content: "service users" }</style></head>
<body><h1>Our policy</h1>
<p>We help service&nbsp;users &amp; carers.<script>var s = "service users";</script></p>
<p>Some <code>service users</code> code.</p><pre>placements</pre>
<ul><li>placements here<li>hard <b>to</b> reach people</ul>
<!-- plainspeak-disable-next-line -->
<p>service users hidden</p>
<table><tr><th>Who</th><th>Note</th></tr><tr><td>x</td><td colspan="2">service users</td></tr></table>
<template><p>service users</p></template><noscript>service users</noscript>
</body></html>
"""


def test_html_visible_text_only_with_exact_positions() -> None:
    findings = [f for f in check_text(HTML, format="html", path="page.html") if f.check == "term"]
    assert [(f.text, f.location) for f in findings] == [
        ("service users", "page title"),  # the <title> is read (issue 17); the <style> is not
        ("service&nbsp;users", "paragraph 1, under 'Our policy'"),
        ("placements", "paragraph 3, under 'Our policy'"),
        ("hard <b>to</b> reach", "paragraph 4, under 'Our policy'"),
        ("service users", "table 1, row 2, column 2"),
    ]
    lines = HTML.splitlines()
    assert [(f.line, f.column) for f in findings] == [
        (2, lines[1].index("service users") + 1), (4, lines[3].index("service&nbsp;") + 1),
        (6, lines[5].index("placements") + 1),
        (6, lines[5].index("hard <b>") + 1), (9, lines[8].index("service users") + 1)]
    assert_exact_text(HTML, findings)


def test_html_blocks_and_deep_nesting() -> None:
    doc = read_html(HTML, "page.html")
    assert [b.kind for b in doc.blocks][:6] == ["caption", "heading", "paragraph", "paragraph", "list_item",
                                                "list_item"]
    deep = "<div>" * 10_000 + "<p>service users</p>" + "</div>" * 10_000
    assert [f.text for f in check_text(deep, format="html")] == ["service users"]
    unclosed = "<div><span><b>" * 5_000 + "hard to reach"
    assert [f.text for f in check_text(unclosed, format="html")] == ["hard to reach"]


# -- reStructuredText ------------------------------------------------------------------------
RST = """==========
Our policy
==========

Eligibility
-----------

We support *service* users and `hard to reach <https://example.org/x>`_ people.
A line with ``service users`` in code and :code:`placements` too.

- placements are reviewed
- a longer item that goes on
  about people made intentionally homeless

Example::

    service users in a literal block

.. code-block:: python

   placements = ["service users"]

.. note::

   Service users can ask for help.

.. plainspeak-disable-next-line

service users are not flagged here.

.. [1] A footnote on placements.

=====  =============
Who    Note
=====  =============
Teens  service users
=====  =============
"""


def test_rst_prose_only_with_exact_positions() -> None:
    findings = [f for f in check_text(RST, format="rst", path="policy.rst") if f.check == "term"]
    assert [(f.text, f.line, f.location) for f in findings] == [
        ("service* users", 8, "paragraph 1, under 'Eligibility'"),
        ("hard to reach", 8, "paragraph 1, under 'Eligibility'"),
        ("placements", 11, "paragraph 2, under 'Eligibility'"),
        ("intentionally homeless", 13, "paragraph 3, under 'Eligibility'"),
        ("Service users", 25, "paragraph 5, under 'Eligibility'"),
        ("placements", 31, "footnote 1"),
        ("service users", 36, "table 1, row 2, column 2"),
    ]
    assert_exact_text(RST, findings)


def test_rst_headings_levels_and_literal_marker() -> None:
    doc = read_rst(RST, "policy.rst")
    assert [(b.kind, b.level) for b in doc.blocks[:2]] == [("heading", 1), ("heading", 2)]
    assert "Example:" in doc.text and "Example::" not in doc.text
    assert "literal block" not in doc.text and "code-block" not in doc.text


# -- every finding is exactly its source text, whatever the markup -------------------------
_html_parts = st.sampled_from(["service", "users", "hard", "to", "reach", "placements", " ", "\n", "&amp;",
                               "&nbsp;", "<b>", "</b>", "<p>", "</p>", "<li>", "<td>", "<br>", "<code>x</code>",
                               "<!-- c -->", "<div>", "</div>", "intentionally", "homeless", ".", "&#8217;"])
_rst_parts = st.sampled_from(["service", "users", "hard", "to", "reach", "placements", " ", "\n", "\n\n",
                              "*", "**", "``x``", "`a <http://x.y>`_", "- ", "\\\\*", "intentionally",
                              "homeless", ".", "::", "  ", "ref_", "|s|", "[1]_"])


@settings(max_examples=120, deadline=None)
@given(st.lists(_html_parts, min_size=1, max_size=40))
def test_html_finding_ranges_are_exact(parts: list[str]) -> None:
    source = " ".join(parts)
    assert_exact_text(source, check_text(source, format="html"))


@settings(max_examples=120, deadline=None)
@given(st.lists(_rst_parts, min_size=1, max_size=40))
def test_rst_finding_ranges_are_exact(parts: list[str]) -> None:
    source = " ".join(parts)
    assert_exact_text(source, check_text(source, format="rst"))


def test_docx_hidden_text_is_not_read(tmp_path: Path) -> None:
    doc = WordDocument()
    p = doc.add_paragraph("Shown words. ")
    p.add_run("Hidden service users.").font.hidden = True
    doc.save(str(tmp_path / "hidden.docx"))
    assert read_path(tmp_path / "hidden.docx").text == "Shown words."


def test_html_hidden_elements_are_not_prose_but_the_title_is() -> None:
    page = ('<title>service users</title><div hidden><p>hard <b>to</b> reach</p></div>'
            '<span aria-hidden="true">placements</span><p>Shown: placements.</p>')
    assert read_html(page, "x.html").text == "service users\n\nShown: placements."
