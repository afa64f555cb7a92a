"""plainspeak fix: the agreed wording goes in, and nothing else in the file changes."""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from pathlib import Path

import docx
from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainspeak.checks.terms import keep_case
from plainspeak.config import Config
from plainspeak.fix import plan_file, write_atomically

ALT = "before"  # first alternative of the prior-to entry (autofix: safe)


def test_diff_shows_changes_and_writes_nothing(tmp_path: Path) -> None:
    doc = tmp_path / "policy.md"
    original = b"# Policy\n\nPrior to the move, we offered placements.\n"
    doc.write_bytes(original)
    proc = run_cli("fix", "--diff", "policy.md", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines()[:2] == ["--- a/policy.md", "+++ b/policy.md"]
    assert "-Prior to the move, we offered placements." in proc.stdout
    assert "+Before the move, we offered placements." in proc.stdout
    assert "placements" in proc.stdout.splitlines()[-1]  # only autofix: safe entries change
    assert doc.read_bytes() == original


def test_fix_keeps_case_line_endings_mode_and_other_text(tmp_path: Path) -> None:
    doc = tmp_path / "notes.txt"
    doc.write_bytes(b"PRIOR TO the start.\r\nWe ask every time prior to it,\r\nand Prior-to too.\r\nEnd")
    doc.chmod(0o640)
    proc = run_cli("fix", "notes.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    # a hyphenated compound ("Prior-to") is left for a person
    assert doc.read_bytes() == b"BEFORE the start.\r\nWe ask every time before it,\r\nand Prior-to too.\r\nEnd"
    assert stat.S_IMODE(doc.stat().st_mode) == 0o640
    assert "Fixed 2 terms" in proc.stdout
    assert not [p for p in tmp_path.iterdir() if p.name != "notes.txt" and not p.name.startswith(".plainspeak")]
    again = run_cli("fix", "notes.txt", cwd=tmp_path)
    assert again.returncode == 0 and "Nothing to fix" in again.stdout
    assert "hyphenated" in again.stderr
    diff = run_cli("fix", "--diff", "notes.txt", cwd=tmp_path)
    assert diff.returncode == 0 and diff.stdout == ""


def test_encodings_and_byte_order_marks_are_kept(tmp_path: Path) -> None:
    text = "Caf\u00e9 open prior to noon \u2013 daily.\r\n"
    fixed = f"Caf\u00e9 open {ALT} noon \u2013 daily.\r\n"
    cases = {
        "utf8.md": (b"", "utf-8"),
        "bom.md": (codecs.BOM_UTF8, "utf-8"),
        "utf16le.txt": (codecs.BOM_UTF16_LE, "utf-16-le"),
        "utf16be.txt": (codecs.BOM_UTF16_BE, "utf-16-be"),
        "windows.txt": (b"", "cp1252"),
    }
    for name, (bom, enc) in cases.items():
        (tmp_path / name).write_bytes(bom + text.encode(enc))
    proc = run_cli("fix", ".", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for name, (bom, enc) in cases.items():
        assert (tmp_path / name).read_bytes() == bom + fixed.encode(enc), name


def test_symlink_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text("Prior to that, they said so.\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert run_cli("fix", "link.md", cwd=tmp_path).returncode == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "Before that, they said so.\n"


def test_markup_inside_and_suppressed_findings_are_left_alone(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    source = ("**Prior** to that.\n\n<!-- plainspeak-disable-next-line prior-to -->\n"
              "Prior to this.\n\n`prior to` in code.\n")
    doc.write_text(source, encoding="utf-8")
    proc = run_cli("fix", "a.md", cwd=tmp_path)
    assert proc.returncode == 0
    assert doc.read_text(encoding="utf-8") == source
    assert "formatting inside" in proc.stderr


def test_word_and_pdf_files_are_refused_with_a_pointer(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Service users were consulted.")
    d.save(str(tmp_path / "policy.docx"))
    before = (tmp_path / "policy.docx").read_bytes()
    proc = run_cli("fix", "policy.docx", cwd=tmp_path)
    assert proc.returncode == 2
    assert "cannot change Word" in proc.stderr and "--annotate" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (tmp_path / "policy.docx").read_bytes() == before
    # in a folder they are skipped with a note, and the text files are still fixed
    (tmp_path / "a.md").write_text("Prior to today.\n", encoding="utf-8")
    proc = run_cli("fix", ".", cwd=tmp_path)
    assert proc.returncode == 0 and "--annotate" in proc.stderr
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "Before today.\n"


def test_unwritable_characters_refuse_the_file(tmp_path: Path) -> None:
    doc = tmp_path / "odd.txt"
    doc.write_bytes(b"Prior to \x81 here.\n")  # 0x81 is not a Windows-1252 character
    proc = run_cli("fix", "odd.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "save it as UTF-8" in proc.stderr
    assert doc.read_bytes() == b"Prior to \x81 here.\n"


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    proc = run_cli("fix", "nope.md", cwd=tmp_path)
    assert proc.returncode == 2 and "no such file" in proc.stderr


PIECES = st.sampled_from([
    "prior to", "Prior to", "PRIOR TO", "prior-to", "prior\nto", "**prior** to", "service users",
    "placements", "we", "the", "people", "\u00e9t\u00e9", "\u2019s", " ", "  ", "\t", ".", ",", "\n",
    "\r\n", "\n\n", "# ", "- ", "*", "_", "`", "[", "](x)", "<!-- c -->", "\u00a0", "\u201c", "\U0001f600",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, max_size=30), suffix=st.sampled_from([".md", ".txt"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_property_nothing_changes_outside_replaced_spans(pieces: list[str], suffix: str, encoding: str) -> None:
    text = "".join(pieces)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(text.encode(encoding))
        plan = plan_file(path, Config())
        if plan.new_text is None:
            assert not plan.changes
            return
        assert plan.text == text
        rebuilt = []
        pos = 0
        for c in plan.changes:
            assert c.offset >= pos
            assert text[c.offset:c.end_offset] == c.old
            assert c.new == keep_case(c.old, ALT)
            rebuilt.append(text[pos:c.offset])
            rebuilt.append(c.new)
            pos = c.end_offset
        rebuilt.append(text[pos:])
        assert plan.new_text == "".join(rebuilt)
        write_atomically(path, plan.new_bytes())
        assert path.read_bytes() == plan.new_text.encode(encoding)
        assert sorted(os.listdir(tmp)) == [path.name]
