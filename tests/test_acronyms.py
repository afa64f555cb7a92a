"""The acronym check: measured on a labelled set, and seen through the real command line."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import run_json

from plainspeak.api import check_text
from plainspeak.config import Config

DATA = Path(__file__).resolve().parent / "data"
GLOSSARY = DATA / "acronyms_glossary.yaml"


def _config(**acronyms: Any) -> Config:
    config = Config(glossaries=[str(GLOSSARY)], disable=["term", "readability", "grammar"])
    for key, value in acronyms.items():
        setattr(config.acronyms, key, value)
    return config


def _found(text: str, config: Config | None = None) -> list[tuple[str, str]]:
    findings = check_text(text, config=config or _config())
    return [(f.code, f.text) for f in findings if f.check == "acronym"]


def _cases() -> list[dict[str, Any]]:
    data = yaml.safe_load((DATA / "acronyms_labelled.yaml").read_text(encoding="utf-8"))
    return list(data["cases"])


def test_labelled_precision_and_recall() -> None:
    cases = _cases()
    assert len(cases) >= 60
    tp = fp = fn = 0
    misses: list[str] = []
    for case in cases:
        expected = Counter((code, abbr) for code, abbr in case["expected"])
        found = Counter(_found(case["text"]))
        hit = expected & found
        tp += sum(hit.values())
        extra = found - expected
        missing = expected - found
        fp += sum(extra.values())
        fn += sum(missing.values())
        if extra or missing:
            misses.append(f"  {case['text'][:70]!r}: extra {sorted(extra)} missing {sorted(missing)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"\nacronyms: {len(cases)} cases, {tp} right, {fp} wrong, {fn} missed: "
          f"precision {precision:.3f}, recall {recall:.3f}")
    print("\n".join(misses))
    assert precision >= 0.95, "\n".join(misses)
    assert recall >= 0.95, "\n".join(misses)


def test_messages_suggest_the_glossary_expansion_or_say_there_is_none() -> None:
    findings = [f for f in check_text("Your EHCP and the QRS team. The EHCP is new.", config=_config())
                if f.check == "acronym"]
    by_text = {f.text: f for f in findings}
    ehcp, qrs = by_text["EHCP"], by_text["QRS"]
    assert ehcp.severity == "warning" and ehcp.code == "PS201"
    assert "\u201ceducation, health and care plan (EHCP)\u201d" in ehcp.message
    assert ehcp.suggestions == ["education, health and care plan (EHCP)"]
    # used once: the words alone, so the next run does not say "leave out EHCP"
    once = next(f for f in check_text("Your EHCP is ready.", config=_config()) if f.check == "acronym")
    assert once.suggestions == ["education, health and care plan"] and "used only once" in once.message
    assert "no glossary" in qrs.message and qrs.suggestions == []
    assert any("gov.uk" in s["url"] for s in qrs.sources)


def test_unexplained_acronym_reported_once_at_first_use() -> None:
    text = "The LADO called. Later the LADO wrote.\n\nThe LADO's letter came.\n"
    assert _found(text) == [("PS201", "LADO")]
    finding = next(f for f in check_text(text, config=_config()) if f.check == "acronym")
    assert (finding.line, finding.column) == (1, 5)


def test_used_before_explained_names_the_line() -> None:
    text = "Ask the LADO.\n\nMore text here.\n\nThe local authority designated officer (LADO) will help.\n"
    findings = [f for f in check_text(text, config=_config()) if f.check == "acronym"]
    assert [(f.code, f.line) for f in findings] == [("PS202", 1)]
    assert "line 5" in findings[0].message


def test_config_allow_and_replace_defaults() -> None:
    text = "The CQC and the NHS inspect care."
    assert _found(text) == [("PS201", "CQC")]
    assert _found(text, _config(allow=["CQC"])) == []
    assert _found(text, _config(allow=["CQC"], replace_defaults=True)) == [("PS201", "NHS")]


def test_glossary_well_known_entries_are_honoured() -> None:
    assert _found("Go to A&E now.") == []
    assert _found("Go to A&E now.", _config(replace_defaults=True)) == [("PS201", "A&E")]


def test_large_document_is_checked_quickly() -> None:
    """Not a timing assertion: a sanity bound far above the real cost, so it cannot flake."""
    from plainspeak.analyse import analyse
    from plainspeak.api import context_for
    from plainspeak.checks import acronyms
    from plainspeak.readers import read_bytes

    para = ("The local authority designated officer (LADO) works with the MASH and CAMHS. "
            "Your EHCP, s.17 support and FOI-2023-114 are covered in Part II. You MUST NOT share it. ")
    text = "\n\n".join([para * 4] * 260)
    document = read_bytes(text.encode(), "big.md", "markdown")
    ctx = context_for(_config())
    analysed = analyse(document)
    assert len(text.split()) > 25_000
    started = time.perf_counter()
    findings = acronyms.run(analysed, ctx)
    elapsed = time.perf_counter() - started
    assert {f.code for f in findings} >= {"PS201", "PS203"}
    assert elapsed < 10, elapsed


# -- through the real command line -------------------------------------------------------

def _setup(tmp_path: Path) -> None:
    (tmp_path / "acr.yaml").write_text(GLOSSARY.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".plainspeak.yaml").write_text(
        "glossaries: [builtin, acr.yaml]\ndisable: [term, readability]\n", encoding="utf-8")


def _acronym_findings(data: dict[str, Any]) -> dict[str, list[tuple[str, str, int]]]:
    out: dict[str, list[tuple[str, str, int]]] = {}
    for file in data["files"]:
        out[Path(file["path"]).name] = [(f["code"], f["text"], f["line"]) for f in file["findings"]
                                        if f["check"] == "acronym"]
    return out


def test_cli_glossary_table_explains_acronyms(tmp_path: Path, write: Any) -> None:
    _setup(tmp_path)
    write("policy.md", (
        "# Support for your child\n\n"
        "## Abbreviations\n\n"
        "| Abbreviation | What it means |\n|---|---|\n"
        "| EHCP | Education, health and care plan |\n"
        "| QRT | Quick response team |\n\n"
        "## Your plan\n\n"
        "Your EHCP lists the help you get. We review your EHCP every year.\n\n"
        "The QRT visits once. The ZZT visits twice.\n"
    ))
    code, data = run_json("policy.md", cwd=tmp_path)
    found = _acronym_findings(data)["policy.md"]
    assert found == [("PS204", "QRT", 14), ("PS201", "ZZT", 14)]
    assert code == 1


def test_cli_each_file_in_a_folder_is_judged_on_its_own(tmp_path: Path, write: Any) -> None:
    _setup(tmp_path)
    write("docs/a.md", "An education, health and care plan (EHCP) helps. Your EHCP is yours.\n")
    write("docs/b.md", "Your EHCP is reviewed every year.\n\nMore about your EHCP.\n")
    write("docs/c.md", "You MUST NOT share your NHS number. See Part II and s.17.\n")
    _code, data = run_json("docs", cwd=tmp_path)
    found = _acronym_findings(data)
    assert found == {"a.md": [], "b.md": [("PS201", "EHCP", 1)], "c.md": []}
    b = next(f for f in data["files"] if f["path"].endswith("b.md"))
    finding = next(f for f in b["findings"] if f["check"] == "acronym")
    assert finding["severity"] == "warning" and finding["suggestions"] == ["education, health and care plan (EHCP)"]
    assert finding["column"] == 6 and finding["end_column"] == 10


def test_cli_disable_acronym_check_and_inline_suppression(tmp_path: Path, write: Any) -> None:
    _setup(tmp_path)
    write("p.md", "<!-- plainspeak-disable-next-line PS201 -->\nThe QRT helps.\n\nThe ZZT helps.\n")
    _code, data = run_json("p.md", cwd=tmp_path)
    assert _acronym_findings(data)["p.md"] == [("PS201", "ZZT", 4)]
    (tmp_path / ".plainspeak.yaml").write_text(
        "glossaries: [builtin, acr.yaml]\ndisable: [term, readability]\nacronyms:\n  enabled: false\n",
        encoding="utf-8")
    _code, data = run_json("p.md", cwd=tmp_path)
    assert _acronym_findings(data)["p.md"] == []


@pytest.mark.parametrize("text", ["Part II and Part IV.", "Call 999 or 111.", "J.R.R. Tolkien wrote it."])
def test_not_acronyms(text: str) -> None:
    assert _found(text) == []


def test_repeated_explanations_give_one_finding_and_different_ones_are_named() -> None:
    again = "The local authority designated officer (LADO) helps.\n\n" * 4 + "Ask the LADO.\n"
    findings = [f for f in check_text(again, config=_config()) if f.code == "PS203"]
    assert len(findings) == 1 and findings[0].line == 3
    assert "first on line 1; 4 times in all" in findings[0].message
    two = ("Personal independence payment (PIP) helps. PIP is paid monthly.\n\n"
           "A personal improvement plan (PIP) is different.\n")
    (finding,) = [f for f in check_text(two, config=_config()) if f.code == "PS203"]
    assert finding.line == 3 and finding.severity == "suggestion"
    assert "\u201cpersonal improvement plan\u201d but on line 1 as \u201cPersonal independence payment\u201d" \
        in finding.message


def test_cli_word_glossary_table(tmp_path: Path, write: Any) -> None:
    docx = pytest.importorskip("docx")
    _setup(tmp_path)
    document = docx.Document()
    document.add_heading("Abbreviations", 1)
    table = document.add_table(rows=3, cols=2)
    rows = [("Short form", "Meaning"), ("EHCP", "Education, health and care plan"), ("QRT", "Quick response team")]
    for r, (abbr, expansion) in enumerate(rows):
        table.cell(r, 0).text = abbr
        table.cell(r, 1).text = expansion
    document.add_paragraph("Your EHCP lists the help. We review your EHCP yearly. The QRT visits. The ZZT helps.")
    document.save(str(tmp_path / "letter.docx"))
    _code, data = run_json("letter.docx", cwd=tmp_path)
    found = [(code, text) for code, text, _line in _acronym_findings(data)["letter.docx"]]
    assert found == [("PS204", "QRT"), ("PS201", "ZZT")]


def test_a_title_and_the_first_paragraph_may_both_spell_an_acronym_out() -> None:
    """GOV.UK spells an acronym out in a page's title and again in its first paragraph: one
    explanation for the reader of the text. "The SCCIF means that: ..." says what the
    framework does, not what the letters stand for."""
    page = ("# Social care common inspection framework (SCCIF)\n\n"
            "The social care common inspection framework (SCCIF) applies to inspections.\n\n"
            "The SCCIF means that:\n\n- we apply the same judgement structure\n")
    assert [f.code for f in check_text(page) if f.check == "acronym"] == []
    twice = ("# Care Quality Commission (CQC)\n\nThe Care Quality Commission (CQC) checks services. "
             "The Care Quality Commission (CQC) also rates them. CQC visits.\n")
    found = [f for f in check_text(twice) if f.code == "PS203"]
    assert len(found) == 1 and "first on line 3" in found[0].message
