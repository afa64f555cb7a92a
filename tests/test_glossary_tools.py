"""The tools a lived-experience panel uses to own the glossaries, on real files.

lint must point at the file and line of each mistake and say how to fix it; the
spreadsheet round trip must give back exactly the entries and acronyms it was given and
leave a hand-written YAML file (comments and all) alone where nothing changed; the jargon-buster
page must escape what the glossary says and search without the internet; explain and
'glossary new' must work as a writer or panel member types.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import run_cli

from plainspeak.cli import main
from plainspeak.glossary.catalog import builtin_dir, builtin_names
from plainspeak.glossary.load import load_glossary
from plainspeak.glossary.model import Acronym, Entry

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

GOOD = """\
# Our panel's own words. Keep this comment.
version: 1
title: Test panel
category: test-panel
entries:
  # Agreed at the March meeting.
  - id: frobnicated-person
    term: frobnicated person
    variants:
      - frobnicated people
    alternatives:
      - person who was moved
    why: Nobody is "frobnicated"; say what happened to them.
    sources:
      - title: Panel minutes
        organisation: Test panel
        year: "2024"
        url: https://example.org/minutes
    examples:
      flag:
        - Each frobnicated person gets a letter.
      pass:
        - Each person who was moved gets a letter.
  - id: glorp
    term: glorp
    alternatives:
      - meeting
    why: Nobody outside the office knows what a glorp is.
    sources:
      - title: Panel minutes
        url: https://example.org/minutes
    status: proposed
    proposed_by: Sam
    examples:
      flag:
        - Come to the glorp on Friday.
      pass:
        - Come to the meeting on Friday.
"""

BROKEN = """\
version: 1
title: Broken
category: broken
entries:
  - id: zorbler
    term: zorbler
    alternatives:
      - neighbour
    why: Zorbler is an insult.
    sources:
      - title: Guide
        url: https://example.org/guide
    examples:
      flag:
        - The zorbler called again.
      pass:
        - The neighbour called again.
  - id: zorbler
    term: quuxer
    alternatives: 5
    severty: error
    reviewed: last spring
    why: Quuxer is an insult.
    sources:
      - title: Guide
        url: https://example.org/guide
  - id: blip
    term: blip
    alternatives:
      - quuxer
    why: Blip is jargon.
    sources:
      - title: Guide
        url: https://example.org/guide
    examples:
      flag:
        - It was a blip.
      pass:
        - A blip on the radar.
"""


ACRONYMS = """\
# Our panel's acronyms. Keep this comment.
version: 1
title: Panel acronyms
category: panel-acronyms
acronyms:
  # Agreed at the March meeting.
  - acronym: FRB
    expansion: frobnication review board
    note: "Say 'the review board' after the first time."
    sources:
      - title: Panel minutes
        organisation: Test panel
        year: "2024"
        url: https://example.org/minutes
  - acronym: GLP
    expansions:
      - glorp planning
      - glorp plan
    category: meetings
    status: proposed   # the panel has not agreed this yet
  - acronym: NHS
    expansion: National Health Service
    well_known: yes
"""
ACRONYM_HEADER = ["acronym", "expansions", "note", "well_known", "category", "sources", "status", "glossary"]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing ``needle``."""
    hits = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


def comparable(item: Entry | Acronym) -> dict[str, Any]:
    data = dataclasses.asdict(item)
    for key in ("file", "line", "glossary"):
        data.pop(key, None)
    for meaning in data.get("meanings", []):
        meaning.pop("line", None)
    return data


# -- lint --------------------------------------------------------------------------------

def test_lint_names_file_line_and_fix_for_each_mistake(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    proc = run_cli("glossary", "lint", str(path))
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    lines = out.splitlines()

    def problem(line: int, *words: str) -> str:
        found = [x for x in lines if x.startswith(f"{path}:{line}:") and all(w in x for w in words)]
        assert found, f"no problem at line {line} with {words} in:\n{out}"
        return found[0]

    # Wrong type, with a fix a non-programmer can follow.
    assert "put each alternative on its own line starting with '- '" in problem(
        line_of(BROKEN, "alternatives: 5"), "'alternatives' should be a list")
    # Unknown key, with did-you-mean.
    assert "did you mean 'severity'?" in problem(line_of(BROKEN, "severty"), "'severty' is not a field")
    # Provenance: reviewed must be a date.
    assert "2025-03-31" in problem(line_of(BROKEN, "reviewed:"), "'reviewed' should be a date")
    # Duplicate id, pointing at the second one and naming the first.
    dup = problem(line_of(BROKEN, "- id: zorbler", 2), "the id 'zorbler'")
    assert f"line {line_of(BROKEN, '- id: zorbler')}" in dup
    # An alternative another entry flags.
    flagged = problem(line_of(BROKEN, "- quuxer"), "suggests 'quuxer'", "entry 'zorbler'")
    assert "flags those words" in flagged
    # An example that does not behave.
    assert problem(line_of(BROKEN, "A blip on the radar"), "should pass but is flagged")
    # Missing examples are a warning, not an error.
    assert problem(line_of(BROKEN, "- id: zorbler", 2), "warning", "no example that must be flagged")
    assert "errors" in lines[-1] and "warning" in lines[-1]


def test_lint_builtin_glossaries_is_clean() -> None:
    proc = run_cli("glossary", "lint")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No problems found" in proc.stdout or " 0 errors" in proc.stdout.splitlines()[-1] \
        or proc.stdout.splitlines()[-1].startswith("0 errors")


def test_lint_strict_fails_on_warnings_and_unreadable_files_exit_2(tmp_path: Path) -> None:
    warn = tmp_path / "warn.yaml"
    warn.write_text(GOOD.replace("    why: Nobody outside the office knows what a glorp is.\n", ""),
                    encoding="utf-8")
    assert run_cli("glossary", "lint", str(warn)).returncode == 0
    strict = run_cli("glossary", "lint", "--strict", str(warn))
    assert strict.returncode == 1
    assert f"{warn}:{line_of(GOOD, '- id: glorp')}:" in strict.stdout and "has no 'why'" in strict.stdout

    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - id: x\n    why: Say: this\n", encoding="utf-8")
    proc = run_cli("glossary", "lint", str(bad), str(tmp_path / "missing.yaml"), str(warn))
    assert proc.returncode == 2
    assert f"{bad}:3:" in proc.stdout and "needs quotes" in proc.stdout
    assert "missing.yaml" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


# -- spreadsheet round trip --------------------------------------------------------------

@pytest.mark.parametrize("name", builtin_names())
def test_csv_round_trip_of_builtin_glossary(name: str, tmp_path: Path) -> None:
    original_path = builtin_dir() / f"{name}.yaml"
    original_text = original_path.read_text(encoding="utf-8")
    original, _problems = load_glossary(original_path, original_text)
    sheet = tmp_path / f"{name}.csv"
    proc = run_cli("glossary", "export", name, "-o", str(sheet))
    assert proc.returncode == 0, proc.stderr
    assert "not in the spreadsheet" not in proc.stderr
    data = sheet.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte order mark"
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    rows = list(reader)
    assert len(rows) == len(original.entries) + len(original.acronyms)
    assert sum(bool(r.get("acronym")) for r in rows) == len(original.acronyms)
    if not original.entries:
        # A file of acronyms is a clean sheet of acronyms: no columns for words to flag.
        assert reader.fieldnames == ACRONYM_HEADER
    if not original.acronyms:
        assert "acronym" not in (reader.fieldnames or [])

    # Into a new file: the same entries and acronyms come back.
    fresh = tmp_path / "fresh.yaml"
    proc = run_cli("glossary", "import", str(sheet), "--into", str(fresh))
    assert proc.returncode == 0, proc.stderr
    back, problems = load_glossary(fresh)
    assert not [p for p in problems if p.severity == "error"], problems
    assert [comparable(e) for e in back.entries] == [comparable(e) for e in original.entries]
    assert [comparable(a) for a in back.acronyms] == [comparable(a) for a in original.acronyms]

    # Into a copy of the original: nothing changed, so not a byte changes.
    copy = tmp_path / f"{name}.yaml"
    copy.write_text(original_text, encoding="utf-8")
    proc = run_cli("glossary", "import", str(sheet), "--into", str(copy))
    assert proc.returncode == 0, proc.stderr
    if original.entries:
        assert f"0 added, 0 changed, {len(original.entries)} unchanged" in proc.stderr
    if original.acronyms:
        assert f"acronyms: 0 added, 0 changed, {len(original.acronyms)} unchanged" in proc.stderr
    assert copy.read_text(encoding="utf-8") == original_text


def _export(tmp_path: Path, text: str = GOOD) -> tuple[Path, Path, list[dict[str, str]]]:
    yaml_path = tmp_path / "panel.yaml"
    yaml_path.write_text(text, encoding="utf-8")
    sheet = tmp_path / "panel.csv"
    assert run_cli("glossary", "export", str(yaml_path), "-o", str(sheet)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    return yaml_path, sheet, rows


def _write_rows(sheet: Path, header: list[str], rows: list[dict[str, str]], delimiter: str = ",") -> None:
    with sheet.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, delimiter=delimiter, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def test_export_cells_are_readable(tmp_path: Path) -> None:
    _yaml, _sheet, rows = _export(tmp_path)
    first = rows[0]
    assert first["variants"] == "frobnicated people"
    assert first["sources"] == "Panel minutes; Test panel; 2024; https://example.org/minutes"
    assert first["flag_examples"] == "Each frobnicated person gets a letter."
    assert rows[1]["status"] == "proposed" and rows[1]["proposed_by"] == "Sam"


def test_import_refuses_unknown_column(tmp_path: Path) -> None:
    yaml_path, sheet, rows = _export(tmp_path)
    header = list(rows[0]) + ["severty"]
    for row in rows:
        row["severty"] = "error"
    _write_rows(sheet, header, rows)
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 2
    assert "'severty' is not a column" in proc.stderr and "did you mean 'severity'?" in proc.stderr
    assert "Nothing was imported" in proc.stderr
    assert yaml_path.read_text(encoding="utf-8") == GOOD


def test_import_refuses_broken_rows_naming_row_and_fix(tmp_path: Path) -> None:
    yaml_path, sheet, rows = _export(tmp_path)
    rows[1]["severity"] = "hgih"
    rows[1]["legal_term"] = "maybe"
    rows[0]["sources"] = "Panel minutes; https://example.org"
    rows[0]["reviewed"] = "31/03/2025"
    _write_rows(sheet, list(rows[0]), rows)
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 2
    err = proc.stderr
    # The header is row 1, so the entries are rows 2 and 3, as the spreadsheet shows them.
    assert "row 3: column 'severity': 'severity' cannot be 'hgih'" in err
    assert "use one of: suggestion, warning, error" in err
    assert "row 3: column 'legal_term': 'maybe' should be yes or no" in err
    assert "row 2: column 'sources': source 1" in err and "'title; organisation; year; url'" in err
    assert "row 2: column 'reviewed': 'reviewed' should be a date" in err
    assert yaml_path.read_text(encoding="utf-8") == GOOD


def test_import_into_existing_yaml_keeps_comments_updates_by_id_and_appends(tmp_path: Path) -> None:
    yaml_path, sheet, rows = _export(tmp_path)
    rows[1]["alternatives"] = "meeting | get-together"
    rows[1]["status"] = "agreed"
    rows[1]["agreed_by"] = "Panel, April"
    rows[1]["reviewed"] = "2025-04-01"
    new = {key: "" for key in rows[0]}
    new.update(id="wibbler", term="wibbler", alternatives="neighbour", why="A wibbler is an insult: say neighbour.",
               sources="Guide; ; ; https://example.org/guide", flag_examples="The wibbler came.",
               pass_examples="The neighbour came.", legal_term="no", case_sensitive="no", disabled="no")
    _write_rows(sheet, list(rows[0]), [*rows, new])
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 0, proc.stderr
    assert "1 added, 1 changed, 1 unchanged" in proc.stderr
    text = yaml_path.read_text(encoding="utf-8")
    assert text.startswith("# Our panel's own words. Keep this comment.\n")
    assert "  # Agreed at the March meeting.\n" in text
    # The untouched entry is exactly as it was written.
    first = GOOD[GOOD.index("  - id: frobnicated-person"):GOOD.index("  - id: glorp")]
    assert first in text
    assert text.index("id: frobnicated-person") < text.index("id: glorp") < text.index("id: wibbler")
    glossary, problems = load_glossary(yaml_path, text)
    assert not [p for p in problems if p.severity == "error"]
    by_id = {e.id: e for e in glossary.entries}
    assert by_id["glorp"].alternatives == ["meeting", "get-together"]
    assert (by_id["glorp"].status, by_id["glorp"].agreed_by, by_id["glorp"].reviewed) == \
        ("agreed", "Panel, April", "2025-04-01")
    assert by_id["glorp"].proposed_by == "Sam"
    assert by_id["wibbler"].sources[0].url == "https://example.org/guide"
    assert by_id["wibbler"].category == "test-panel"
    assert run_cli("glossary", "lint", str(yaml_path)).returncode == 0


def test_import_of_partial_sheet_does_not_wipe_missing_columns(tmp_path: Path) -> None:
    yaml_path, sheet, rows = _export(tmp_path)
    slim = [{"id": r["id"], "term": r["term"], "alternatives": r["alternatives"]} for r in rows]
    slim[0]["alternatives"] = "person who was moved | the person's name"
    _write_rows(sheet, ["id", "term", "alternatives"], slim)
    assert run_cli("glossary", "import", str(sheet), "--into", str(yaml_path)).returncode == 0
    glossary, _ = load_glossary(yaml_path)
    first = glossary.entries[0]
    assert first.alternatives == ["person who was moved", "the person's name"]
    assert first.why and first.sources and first.flag_examples


def test_export_of_acronyms_is_a_readable_acronym_sheet(tmp_path: Path) -> None:
    yaml_path = tmp_path / "panel.yaml"
    yaml_path.write_text(ACRONYMS, encoding="utf-8")
    sheet = tmp_path / "panel.csv"
    proc = run_cli("glossary", "export", str(yaml_path), "-o", str(sheet))
    assert proc.returncode == 0, proc.stderr
    assert "Wrote 3 acronyms" in proc.stderr and "not in the spreadsheet" not in proc.stderr
    reader = csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig")))
    assert reader.fieldnames == ACRONYM_HEADER
    frb, glp, nhs = list(reader)
    assert (frb["acronym"], frb["expansions"], frb["category"]) == \
        ("FRB", "frobnication review board", "panel-acronyms")
    assert frb["note"] == "Say 'the review board' after the first time."
    assert frb["sources"] == "Panel minutes; Test panel; 2024; https://example.org/minutes"
    assert (glp["expansions"], glp["status"], glp["well_known"]) == ("glorp planning | glorp plan", "proposed", "no")
    assert nhs["well_known"] == "yes"


def test_import_acronyms_into_existing_yaml_updates_by_letters_keeps_comments_and_appends(tmp_path: Path) -> None:
    yaml_path, sheet, rows = _export(tmp_path, ACRONYMS)
    glp = rows[1]
    glp.update(expansions="glorp planning | glorp plan | planning glorp", status="agreed")
    new = dict.fromkeys(ACRONYM_HEADER, "")
    new.update(acronym="WBL", expansions="wibbler liaison", sources="Guide; ; ; https://example.org/guide")
    # NHS is not in the sheet: it must be left as it is.
    _write_rows(sheet, ACRONYM_HEADER, [rows[0], glp, new])
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 0, proc.stderr
    assert "acronyms: 1 added, 1 changed, 1 unchanged" in proc.stderr
    assert "1 acronym not in the spreadsheet was left as it was" in proc.stderr
    text = yaml_path.read_text(encoding="utf-8")
    assert text.startswith("# Our panel's acronyms. Keep this comment.\n")
    assert "  # Agreed at the March meeting.\n" in text
    # The unchanged acronym and the one not in the sheet are exactly as they were written.
    assert ACRONYMS[ACRONYMS.index("  - acronym: FRB"):ACRONYMS.index("  - acronym: GLP")] in text
    assert ACRONYMS[ACRONYMS.index("  - acronym: NHS"):] in text
    assert "entries" not in text
    assert text.index("acronym: FRB") < text.index("acronym: GLP") < text.index("acronym: NHS") \
        < text.index("acronym: WBL")
    glossary, problems = load_glossary(yaml_path, text)
    assert not [p for p in problems if p.severity == "error"], problems
    by_letters = {a.acronym: a for a in glossary.acronyms}
    assert by_letters["GLP"].expansions == ["glorp planning", "glorp plan", "planning glorp"]
    assert (by_letters["GLP"].status, by_letters["GLP"].category) == ("agreed", "meetings")
    assert by_letters["NHS"].well_known
    assert by_letters["WBL"].expansions == ["wibbler liaison"]
    assert (by_letters["WBL"].category, by_letters["WBL"].id) == ("panel-acronyms", "wbl")
    assert by_letters["WBL"].sources[0].url == "https://example.org/guide"
    assert run_cli("glossary", "lint", str(yaml_path)).returncode == 0


def test_import_refuses_broken_acronym_rows_naming_row_and_fix(tmp_path: Path) -> None:
    yaml_path, sheet, rows = _export(tmp_path, ACRONYMS)
    rows[0]["expansions"] = ""
    rows[1]["well_known"] = "maybe"
    rows[1]["status"] = "agred"
    rows[2]["sources"] = "NHS website; https://www.nhs.uk"
    duplicate = dict(rows[0], expansions="frobnication review bored")
    _write_rows(sheet, ACRONYM_HEADER, [*rows, duplicate])
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 2
    err = proc.stderr
    # The header is row 1, so the acronyms are rows 2, 3 and 4, as the spreadsheet shows them.
    assert f"{sheet}: row 2: acronym 'FRB' has no expansion (fill in the 'expansions' column" in err
    assert "row 3: column 'well_known': 'maybe' should be yes or no" in err
    assert "row 3: column 'status': 'status' cannot be 'agred'" in err and "use one of: proposed, agreed" in err
    assert "row 4: column 'sources': source 1" in err and "'title; organisation; year; url'" in err
    assert "row 5: the acronym 'FRB' is already on row 2 (give each acronym one row" in err
    assert "Nothing was imported: fix the 5 problem(s)" in err
    assert "Traceback" not in err
    assert yaml_path.read_text(encoding="utf-8") == ACRONYMS


def test_acronym_sheet_saved_by_excel_with_semicolons_imports(tmp_path: Path) -> None:
    yaml_path, sheet, rows = _export(tmp_path, ACRONYMS)
    rows[0]["expansions"] = "frobnication review board | the review board"
    # Excel in many European settings saves 'CSV UTF-8' with ';' between cells and a byte order mark.
    _write_rows(sheet, ACRONYM_HEADER, rows, delimiter=";")
    data = sheet.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfacronym;expansions;") and b"\r\n" in data
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 0, proc.stderr
    assert "acronyms: 0 added, 1 changed, 2 unchanged" in proc.stderr
    glossary, _problems = load_glossary(yaml_path)
    frb = glossary.acronyms[0]
    assert frb.expansions == ["frobnication review board", "the review board"]
    assert frb.sources[0].url == "https://example.org/minutes" and frb.note.startswith("Say 'the review board'")
    assert yaml_path.read_text(encoding="utf-8").startswith("# Our panel's acronyms. Keep this comment.\n")


def test_entries_and_acronyms_share_one_sheet(tmp_path: Path) -> None:
    acronyms = ACRONYMS[ACRONYMS.index("acronyms:"):]
    both = GOOD + acronyms.replace("  - acronym: NHS\n", "  - acronym: NHS\n    id: nhs-uk\n")
    yaml_path, sheet, rows = _export(tmp_path, both)
    assert [r["term"] or r["acronym"] for r in rows] == ["frobnicated person", "glorp", "FRB", "GLP", "NHS"]
    assert rows[0]["expansions"] == "" and rows[2]["alternatives"] == "" and rows[2]["legal_term"] == ""
    # An acronym's id is only shown when it is not just its letters in lower case.
    assert (rows[0]["id"], rows[2]["id"], rows[4]["id"]) == ("frobnicated-person", "", "nhs-uk")
    header = list(rows[0])
    # Unchanged, it goes back without a byte changing.
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 0, proc.stderr
    assert "entries: 0 added, 0 changed, 2 unchanged; acronyms: 0 added, 0 changed, 3 unchanged" in proc.stderr
    assert yaml_path.read_text(encoding="utf-8") == both
    # A row cannot be both a word to flag and an acronym.
    broken = [dict(r) for r in rows]
    broken[3]["term"] = "glorp"
    broken[0]["well_known"] = "yes"
    _write_rows(sheet, header, broken)
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 2
    assert "row 5: column 'term': this row is an acronym (its 'acronym' cell is filled)" in proc.stderr
    assert "row 2: column 'well_known': this row is a word to flag" in proc.stderr
    assert yaml_path.read_text(encoding="utf-8") == both
    # New letters with the same id change that acronym where it stands; its id stays.
    rows[4]["acronym"] = "NHSUK"
    rows[2].update(acronym="FRBB", id="frb")
    _write_rows(sheet, header, rows)
    proc = run_cli("glossary", "import", str(sheet), "--into", str(yaml_path))
    assert proc.returncode == 0, proc.stderr
    assert "acronyms: 0 added, 2 changed, 1 unchanged" in proc.stderr
    glossary, _problems = load_glossary(yaml_path)
    assert [(a.acronym, a.id) for a in glossary.acronyms] == [("FRBB", "frb"), ("GLP", "glp"), ("NHSUK", "nhs-uk")]


# -- jargon-buster page ------------------------------------------------------------------

HOSTILE = GOOD.replace("term: glorp", "term: \"glorp <script>alert('x')</script>\"").replace(
    "https://example.org/minutes\n    status", "\"javascript:alert('y')\"\n    status").replace(
    "Nobody outside the office knows what a glorp is.",
    "\"A glorp is <b>not</b> [a link](http://evil.example) & *so on*.\"")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_build_html_escapes_glossary_text_and_has_search(hostile: Path, tmp_path: Path) -> None:
    page = tmp_path / "jargon.html"
    proc = run_cli("glossary", "build", str(hostile), "--format", "html", "-o", str(page))
    assert proc.returncode == 0, proc.stderr
    html = page.read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<b>not</b>" not in html and "&lt;b&gt;not&lt;/b&gt;" in html
    assert "javascript:" not in html
    assert '<label for="q">' in html and '<input id="q"' in html and 'type="search"' in html
    assert "<h1>" in html and '<h2 id="theme-hostile-h">Test panel</h2>' in html
    assert "<link" not in html and " src=" not in html, "the page must not load anything"
    assert html.count("<script>") == 1


def test_build_markdown_escapes_glossary_text(hostile: Path, tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    page = tmp_path / "jargon.md"
    proc = run_cli("glossary", "build", str(hostile), "--format", "markdown", "-o", str(page))
    assert proc.returncode == 0, proc.stderr
    text = page.read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark").render(text)
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert "<b>" not in rendered and 'href="http://evil.example"' not in rendered
    assert "<em>so on</em>" not in rendered and "*so on*" in rendered
    assert "javascript:" not in text
    assert '<a href="https://example.org/minutes">Panel minutes</a>' in rendered
    assert "<h2>Test panel</h2>" in rendered and "<h3>frobnicated person</h3>" in rendered


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def test_html_search_filters_offline_in_a_real_browser(browser: Any, hostile: Path, tmp_path: Path) -> None:
    page_path = tmp_path / "jargon.html"
    assert run_cli("glossary", "build", str(hostile), "-o", str(page_path)).returncode == 0
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_path.as_uri())
    page.get_by_label("Search for a word or phrase").fill("frobnicated")
    assert page.locator(".entry:visible").count() == 1
    assert "1 word found" in page.locator("#count").inner_text()
    page.get_by_label("Search for a word or phrase").fill("")
    assert page.locator(".entry:visible").count() == 2
    assert dialogs == [] and errors == []
    assert all(url.startswith("file://") for url in requests), requests
    context.close()


# -- explain -----------------------------------------------------------------------------

def test_explain_by_id_term_variant_and_sentence(tmp_path: Path) -> None:
    path = tmp_path / "panel.yaml"
    path.write_text(GOOD, encoding="utf-8")
    for query in ("frobnicated-person", "Frobnicated Person", "frobnicated people",
                  "we wrote to every frobnicated person last week"):
        proc = run_cli("explain", "-g", str(path), query, cwd=tmp_path)
        assert proc.returncode == 0, (query, proc.stderr)
        out = proc.stdout
        assert out.startswith("frobnicated person\n"), (query, out)
        assert "Say instead:\n  - person who was moved" in out
        assert "Why:" in out and "Panel minutes (Test panel, 2024)" in out
        assert "https://example.org/minutes" in out and "status: agreed" in out
    proposed = run_cli("explain", "-g", str(path), "glorp", cwd=tmp_path)
    assert "status: proposed" in proposed.stdout and "Proposed by: Sam" in proposed.stdout


def test_explain_unknown_says_did_you_mean_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "panel.yaml"
    path.write_text(GOOD, encoding="utf-8")
    proc = run_cli("explain", "-g", str(path), "frobnicated persn", cwd=tmp_path)
    assert proc.returncode == 2
    assert "did you mean" in proc.stderr and "'frobnicated person'" in proc.stderr
    assert proc.stdout == ""


def test_explain_acronym_says_what_the_letters_stand_for(tmp_path: Path) -> None:
    proc = run_cli("explain", "EHCP", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("EHCP\n")
    assert "Stands for: education, health and care plan" in proc.stdout
    lower = run_cli("explain", "ehcp", cwd=tmp_path)
    assert lower.returncode == 0 and "education, health and care plan" in lower.stdout


def test_explain_ambiguous_acronym_lists_every_meaning(tmp_path: Path) -> None:
    proc = run_cli("explain", "ICO", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "say which one you mean" in proc.stdout
    assert "  - Information Commissioner's Office\n" in proc.stdout
    assert "  - interim care order\n" in proc.stdout


def test_explain_unknown_acronym_suggests_close_letters(tmp_path: Path) -> None:
    proc = run_cli("explain", "EHCPP", cwd=tmp_path)
    assert proc.returncode == 2
    assert "'EHCP'" in proc.stderr


def test_jargon_buster_lists_acronyms_and_their_meanings(tmp_path: Path) -> None:
    page = tmp_path / "jargon.html"
    proc = run_cli("glossary", "build", "-o", str(page), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    html = page.read_text(encoding="utf-8")
    assert '<h2 id="acronyms-h">Acronyms</h2>' in html
    assert '<h3>EHCP</h3>' in html and "<li>education, health and care plan</li>" in html
    assert "<li>Human Rights Act 1998</li>" in html and "Can stand for" in html
    md = tmp_path / "jargon.md"
    assert run_cli("glossary", "build", "-f", "markdown", "-o", str(md), cwd=tmp_path).returncode == 0
    assert "### EHCP" in md.read_text(encoding="utf-8")


# -- glossary new ------------------------------------------------------------------------

def test_glossary_new_appends_a_valid_entry_keeping_comments(tmp_path: Path) -> None:
    path = tmp_path / "panel.yaml"
    path.write_text(GOOD, encoding="utf-8")
    answers = "\n".join([
        "Wibbly Wobbler",
        "person who is unsure",
        "someone still deciding",
        "",
        "Calling someone a wibbly wobbler makes fun of them: say what is happening.",
        "Our panel's language guide",
        "https://example.org/guide",
        "Alex",
    ]) + "\n"
    result = CliRunner().invoke(main, ["glossary", "new", "--file", str(path)], input=answers)
    assert result.exit_code == 0, result.output
    assert "Added 'wibbly-wobbler'" in result.output
    text = path.read_text(encoding="utf-8")
    assert text.startswith(GOOD), "the existing file, comments and all, is kept as it was"
    glossary, problems = load_glossary(path, text)
    assert not [p for p in problems if p.severity == "error"]
    added = glossary.entries[-1]
    assert (added.id, added.term, added.status, added.proposed_by) == \
        ("wibbly-wobbler", "Wibbly Wobbler", "proposed", "Alex")
    assert added.alternatives == ["person who is unsure", "someone still deciding"]
    assert added.sources[0].url == "https://example.org/guide"
    assert added.category == "test-panel"

    again = CliRunner().invoke(main, ["glossary", "new", "--file", str(path)], input="wibbly wobbler\n")
    assert again.exit_code == 2
    assert "already an entry with the id 'wibbly-wobbler'" in again.output
    assert path.read_text(encoding="utf-8") == text


def test_lint_tells_words_that_share_keys_but_not_forms_apart(tmp_path: Path) -> None:
    def entry(id_: str, term: str, pos: str = "") -> str:
        return (f"  - id: {id_}\n    term: {term}\n" + (f"    pos: {pos}\n" if pos else "")
                + "    advice:\n      - say what you mean\n    why: Because.\n"
                + "    sources:\n      - title: A guide\n        organisation: A council\n"
                + "        year: \"2024\"\n        url: https://example.org/guide\n")
    head = "version: 2\ntitle: Test\ncategory: disability\nentries:\n"
    # A noun entry never matches the -ed word: "mental handicap" and "mentally handicapped" differ.
    apart = tmp_path / "apart.yaml"
    apart.write_text(head + entry("handicap", "mental handicap", "noun") + entry("handicapped", "mentally handicapped"),
                     encoding="utf-8")
    out = run_cli("glossary", "lint", str(apart)).stdout
    assert "already flags" not in out, out
    # Any form of "suffer from" also finds "suffered from": the same words twice.
    clash = tmp_path / "clash.yaml"
    clash.write_text(head + entry("suffer", "suffer from") + entry("suffered", "suffered from"), encoding="utf-8")
    out = run_cli("glossary", "lint", str(clash)).stdout
    assert "entry 'suffered' flags 'suffered from', which entry 'suffer'" in out, out
