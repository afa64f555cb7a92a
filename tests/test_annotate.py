"""Word comments: a reviewed copy with a comment on exactly each flagged phrase.

The copy is reopened with python-docx and its XML read back: the comment's anchored text
must be the phrase, formatting must survive the run splits, and the original must be
untouched.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from conftest import run_cli
from docx import Document as WordDocument
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from plainspeak.api import check_file
from plainspeak.report.docx_comments import annotate


def make_docx(path: Path) -> Path:
    doc = WordDocument()
    doc.add_heading("Eligibility", 1)
    p = doc.add_paragraph()
    p.add_run("Plain start. ")
    p.add_run("We support service users daily.").bold = True
    q = doc.add_paragraph()
    q.add_run("People who are ")
    q.add_run("hard ").italic = True
    q.add_run("to reach get a call.")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "Families found intentionally homeless."
    doc.sections[0].header.paragraphs[0].text = "Policy for service users"
    doc.save(str(path))
    return path


def anchored(doc: WordDocument) -> dict[str, str]:
    """Comment id → the text between its commentRangeStart and commentRangeEnd."""
    open_ids: set[str] = set()
    texts: dict[str, str] = {}
    for el in doc.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ids.add(el.get(qn("w:id")))
            texts.setdefault(el.get(qn("w:id")), "")
        elif el.tag == qn("w:commentRangeEnd"):
            open_ids.discard(el.get(qn("w:id")))
        elif el.tag == qn("w:t"):
            for cid in open_ids:
                texts[cid] += el.text or ""
    return texts


def test_comments_cover_exactly_the_phrases_and_keep_formatting(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "policy.docx")
    before = (hashlib.sha256(src.read_bytes()).hexdigest(), os.stat(src).st_mtime_ns)
    result = check_file(src)
    findings = [f for f in result.findings if f.check == "term"]
    out = tmp_path / "policy.reviewed.docx"
    done = annotate(src, findings, out)

    assert (hashlib.sha256(src.read_bytes()).hexdigest(), os.stat(src).st_mtime_ns) == before
    assert done.comments == 3 and done.skipped == 1
    assert "headers, footers, footnotes or text boxes" in done.notices[0]

    copy = WordDocument(str(out))
    comments = {str(c.comment_id): c for c in copy.comments}
    ranges = anchored(copy)
    assert sorted(ranges.values()) == ["hard to reach", "intentionally homeless", "service users"]
    for cid, text in ranges.items():
        c = comments[cid]
        assert c.author == "plainspeak" and c.initials == "PS"
        assert text.lower() in c.text.lower()
        assert ("Say instead:" in c.text or "What to do:" in c.text) and "Why:" in c.text

    # The bold run was split around the phrase; every piece is still bold, text unchanged.
    para = copy.paragraphs[1]
    assert para.text == "Plain start. We support service users daily."
    bold = [(r.text, r.bold) for r in para.runs if r.text]
    assert bold == [("Plain start. ", None), ("We support ", True), ("service users", True), (" daily.", True)]
    italic = [(r.text, r.italic) for r in copy.paragraphs[2].runs if r.text]
    assert italic == [("People who are ", None), ("hard ", True), ("to reach", None), (" get a call.", None)]
    assert copy.tables[0].cell(0, 1).text == "Families found intentionally homeless."


def test_annotate_from_the_command_line(tmp_path: Path) -> None:
    src = make_docx(tmp_path / "policy.docx")
    proc = run_cli("check", str(src), "--annotate", str(tmp_path / "reviewed.docx"))
    assert proc.returncode == 1, proc.stderr
    assert "wrote" in proc.stderr and "comment" in proc.stderr
    assert len(list(WordDocument(str(tmp_path / "reviewed.docx")).comments)) >= 3

    other = make_docx(tmp_path / "other.docx")
    proc = run_cli("check", str(src), str(other), "--annotate", str(tmp_path / "one.docx"))
    assert proc.returncode == 2 and "give a folder" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("check", str(src), str(other), "--annotate", str(tmp_path / "reviewed") + "/")
    assert proc.returncode == 1, proc.stderr
    assert sorted(p.name for p in (tmp_path / "reviewed").iterdir()) == [
        "other.reviewed.docx", "policy.reviewed.docx"]
    proc = run_cli("check", str(src), "--annotate", str(src))
    assert proc.returncode == 2 and "overwrite" in proc.stderr


_words = st.sampled_from(["We", "support", "service", "users", "who", "are", "hard", "to", "reach", "and",
                          "intentionally", "homeless", "people", "daily."])


@settings(max_examples=40, deadline=None)
@given(st.lists(_words, min_size=3, max_size=25), st.lists(st.integers(1, 40), min_size=1, max_size=12),
       st.randoms(use_true_random=False))
def test_any_run_split_anchors_exactly_and_keeps_the_text(words: list[str], cuts: list[int], rnd: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        text = " ".join(words)
        points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
        doc = WordDocument()
        p = doc.add_paragraph()
        styles = []
        for a, b in zip(points, points[1:], strict=False):
            if a < b:
                run = p.add_run(text[a:b])
                run.bold = rnd.random() < 0.5
                run.italic = rnd.random() < 0.3
                styles.append((text[a:b], bool(run.bold), bool(run.italic)))
        src = Path(tmp) / "p.docx"
        doc.save(str(src))
        findings = [f for f in check_file(src).findings if f.check == "term"]
        out = Path(tmp) / "out.docx"
        assert annotate(src, findings, out).comments == len(findings)
        copy = WordDocument(str(out))
        assert copy.paragraphs[0].text == text
        assert sorted(anchored(copy).values()) == sorted(f.text for f in findings)
        # Each character keeps the formatting it had.
        before = "".join(("B" if b else "-") + ("I" if i else "-") for s, b, i in styles for _ in s)
        after = "".join(("B" if r.bold else "-") + ("I" if r.italic else "-")
                        for r in copy.paragraphs[0].runs for _ in r.text)
        assert after == before


def test_phrases_in_links_fields_and_tracked_insertions_are_anchored(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = WordDocument()
    doc.add_paragraph("Intro.")
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(
        f'<w:p {nsdecls("w", "r")}><w:r><w:t xml:space="preserve">See </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK '
        '"https://example.org/service-users" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>our service users page</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink r:id="rId99"><w:r><w:t>hard to reach</w:t>'
        '</w:r></w:hyperlink><w:ins w:id="5" w:author="A"><w:r><w:t xml:space="preserve"> placements</w:t></w:r>'
        '</w:ins><w:r><w:t>.</w:t></w:r></w:p>'))
    src = tmp_path / "links.docx"
    doc.save(str(src))
    findings = [f for f in check_file(src).findings if f.check == "term"]
    assert [f.text for f in findings] == ["service users", "hard to reach", "placements"]
    out = tmp_path / "links.reviewed.docx"
    assert annotate(src, findings, out).comments == 3
    copy = WordDocument(str(out))
    assert sorted(anchored(copy).values()) == ["hard to reach", "placements", "service users"]
    assert "HYPERLINK" in "".join(copy.element.body.itertext())  # the field code is kept as it was


def test_annotating_a_reviewed_copy_again_replaces_plainspeaks_comments(tmp_path: Path) -> None:
    doc = WordDocument()
    doc.add_paragraph("We support service users daily. Service users can call us.")
    doc.add_paragraph("Some service users were offered a placement.")
    src = tmp_path / "policy.docx"
    doc.save(str(src))
    first = tmp_path / "policy.reviewed.docx"
    proc = run_cli("check", "--no-cache", "--disable", "readability", str(src), "--annotate", str(first))
    assert first.exists(), proc.stderr
    once = WordDocument(str(first))
    n = len(list(once.comments))
    assert n == 4  # three uses of one entry and a placement
    texts = [" ".join(p.text for p in c.paragraphs) for c in once.comments]
    assert sum("Why: Nobody" in t or ("Why:" in t and "see the first comment" not in t) for t in texts) == 2
    assert sum("see the first comment" in t for t in texts) == 2
    # A person adds a comment of their own, then plainspeak is run on the reviewed copy.
    once.add_comment(once.paragraphs[1].runs, text="Check with the panel", author="Sam Reviewer", initials="SR")
    once.save(str(first))
    second = tmp_path / "policy.reviewed2.docx"
    proc = run_cli("check", "--no-cache", "--disable", "readability", str(first), "--annotate", str(second))
    assert "replacing the 4 plainspeak comment(s)" in proc.stderr, proc.stderr
    again = WordDocument(str(second))
    authors = sorted(c.author for c in again.comments)
    assert authors == ["Sam Reviewer"] + ["plainspeak"] * n
    assert set(anchored(again).values()) >= {"service users", "Service users", "placement"}
    # --min-severity applies to the comments too.
    third = tmp_path / "policy.reviewed3.docx"
    run_cli("check", "--no-cache", "--disable", "readability", "--min-severity", "error", str(second),
            "--annotate", str(third))
    assert [c.author for c in WordDocument(str(third)).comments] == ["Sam Reviewer"]
