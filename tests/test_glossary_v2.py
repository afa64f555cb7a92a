"""Glossary format v2: drop-in alternatives and advice, forms, part of speech, law,
names, and acronyms with several meanings. v1 files keep loading as they did."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

from plainspeak.glossary import cache
from plainspeak.glossary.catalog import load_glossaries
from plainspeak.glossary.compile import compile_glossary
from plainspeak.glossary.load import load_glossary

V2 = """\
version: 2
names:
  - Rethink Mental Illness
  - Children and Social Work Act 2017
entries:
  - id: contact-family-time
    term: contact
    pos: noun
    alternatives:
      - family time
    advice:
      - say who the child will see and when
    forms:
      family time: {plural: family time}
    legal_term: yes
    law: Children Act 1989, s34
    explain: >-
      Time a child in care spends with their family, which the council must allow.
    why: Children say it sounds like a procedure.
    sources:
      - title: Language that cares
        url: https://example.org/tact
    examples:
      flag: [We arranged contact with her mum.]
      pass: [Please get in touch.]
  - id: transformation
    term: transformation
    advice:
      - say what the change is
    why: It says nothing about what will change.
    sources:
      - title: Plain English guide
        url: https://example.org/plain
    examples:
      flag: [The transformation starts in May.]
      pass: [The change starts in May.]
acronyms:
  - acronym: CIC
    expansion: child in care
    category: children-social-care
  - acronym: CIC
    expansion: community interest company
    category: business
    note: A kind of social enterprise.
"""


def _write(tmp_path: Path, text: str, name: str = "panel.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_v2_fields_are_loaded_onto_the_model(tmp_path: Path) -> None:
    glossary, problems = load_glossary(_write(tmp_path, V2))
    assert not [p for p in problems if p.severity == "error"], problems
    assert glossary.version == 2
    assert glossary.names == ["Rethink Mental Illness", "Children and Social Work Act 2017"]
    contact, transformation = glossary.entries
    assert contact.pos == "noun"
    assert contact.alternatives == ["family time"]
    assert contact.advice == ["say who the child will see and when"]
    assert contact.forms == {"family time": {"plural": "family time"}}
    assert contact.law == "Children Act 1989, s34"
    assert contact.explain.startswith("Time a child in care")
    assert transformation.alternatives == [] and transformation.advice == ["say what the change is"]


def test_repeated_acronym_letters_are_several_meanings(tmp_path: Path) -> None:
    glossary, problems = load_glossary(_write(tmp_path, V2))
    assert not [p for p in problems if p.severity == "error"], problems
    assert len(glossary.acronyms) == 1
    cic = glossary.acronyms[0]
    assert cic.ambiguous
    assert [m.expansion for m in cic.meanings] == ["child in care", "community interest company"]
    assert [m.category for m in cic.meanings] == ["children-social-care", "business"]
    assert cic.meanings[1].note == "A kind of social enterprise."
    assert cic.meanings[0].id != cic.meanings[1].id
    assert cic.expansions == ["child in care", "community interest company"]


def test_a_v1_file_still_loads_and_keeps_its_rules(tmp_path: Path) -> None:
    v1 = """\
version: 1
entries:
  - id: placement
    term: placement
    alternatives: [home]
    legal_term: yes
    why: A child lives there.
"""
    glossary, problems = load_glossary(_write(tmp_path, v1))
    assert not [p for p in problems if p.severity == "error"], problems
    assert glossary.version == 1
    assert glossary.entries[0].advice == [] and glossary.entries[0].law == ""
    assert not any("law" in p.message for p in problems)  # not asked of v1 files
    single = load_glossary(_write(tmp_path, "acronyms:\n  - acronym: LAC\n    expansion: looked after child\n",
                                  "acr.yaml"))[0]
    assert not single.acronyms[0].ambiguous
    assert single.acronyms[0].meanings[0].expansion == "looked after child"


def test_lint_asks_for_alternatives_or_advice_law_and_known_forms(tmp_path: Path) -> None:
    bad = """\
version: 2
entries:
  - id: nothing-to-say
    term: stakeholder
    why: Vague.
  - id: legal-without-law
    term: intentionally homeless
    legal_term: yes
    advice: [explain what the decision means]
  - id: bad-forms
    term: utilise
    pos: verbish
    alternatives: [use]
    forms:
      use: {plurall: uses}
      employ: {past: employed}
"""
    path = _write(tmp_path, bad)
    proc = run_cli("glossary", "lint", str(path))
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "'nothing-to-say' has no alternatives and no advice" in out
    assert "'legal-without-law' is a legal term but has no 'law'" in out
    assert "'pos' cannot be 'verbish'" in out
    assert "'plurall' is not a form plainspeak knows" in out
    assert "'employ', which is not one of the alternatives" in out


def test_unsupported_version_is_a_clear_error(tmp_path: Path) -> None:
    _, problems = load_glossary(_write(tmp_path, "version: 3\nentries: []\n"))
    assert any("version 3 is not supported" in p.message and "version: 2" in p.hint for p in problems)


def test_cache_keeps_v2_fields_meanings_and_names(tmp_path: Path) -> None:
    path = _write(tmp_path, V2)
    loaded = load_glossaries([path], strict=False)
    assert loaded.names == ["Rethink Mental Illness", "Children and Social Work Act 2017"]
    compiled = compile_glossary(loaded.entries, loaded.acronyms, loaded.names)
    cache.store("c" * 64, compiled, tmp_path)
    again = cache.load("c" * 64, tmp_path)
    assert again is not None
    contact = again.by_id["contact-family-time"]
    assert contact.advice == ["say who the child will see and when"]
    assert contact.forms == {"family time": {"plural": "family time"}}
    assert (contact.pos, contact.law) == ("noun", "Children Act 1989, s34")
    assert again.names == loaded.names
    assert [m.expansion for m in again.acronyms["CIC"].meanings] == ["child in care", "community interest company"]


PERSON_ENTRY = """\
version: 2
entries:
  - id: a-diabetic
    term: a diabetic
    pos: noun
    variants:
      - diabetic {person}
    alternatives: [person with diabetes]
    why: It names a person by their condition.
    sources:
      - title: Language guide
        url: https://example.org/words
    examples:
      flag: [Diabetic drivers must tell the DVLA.]
      pass: [Book a diabetic foot check.]
"""


def test_person_in_a_variant_finds_any_word_for_a_person_and_keeps_it_in_the_advice(tmp_path: Path) -> None:
    path = _write(tmp_path, PERSON_ENTRY)
    doc = _write(tmp_path, "Diabetic motorists must tell the DVLA. An epileptic motorist was jailed.\n"
                 "Book a diabetic foot check. Diabetic employees can ask for breaks.\n", "draft.md")
    proc = run_cli("check", "--no-cache", "--glossary", str(path), "--format", "json", str(doc))
    import json

    findings = [f for f in json.loads(proc.stdout)["files"][0]["findings"] if f["check"] == "term"]
    # the built-in "an epileptic" is written the same way
    assert [f["text"] for f in findings] == ["Diabetic motorists", "epileptic motorist", "Diabetic employees"]
    assert "“Motorists with diabetes”" in findings[0]["message"]
    assert "“A motorist with epilepsy”" in findings[1]["message"]
    assert "“Employees with diabetes”" in findings[2]["message"]
    # the glossary page and `explain` show the variant as words, not as "{person}"
    shown = run_cli("explain", "--glossary", str(path), "a-diabetic").stdout
    assert "diabetic (any word for a person)" in shown and "{person}" not in shown


def test_a_misspelt_placeholder_is_an_error_naming_the_variant(tmp_path: Path) -> None:
    path = _write(tmp_path, PERSON_ENTRY.replace("diabetic {person}", "diabetic {persons}"))
    proc = run_cli("glossary", "lint", str(path))
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "the variant 'diabetic {persons}' has words in braces plainspeak does not know" in out
    assert "write {person} or {condition} once" in out


CONDITION_ENTRIES = """\
version: 2
entries:
  - id: suffers-from
    term: suffer from
    variants:
      - suffer {condition}
    alternatives: [has, lives with]
    why: It assumes how the person feels about a condition.
    sources:
      - title: Language guide
        url: https://example.org/words
  - id: dementia-sufferer
    term: dementia sufferer
    variants:
      - suffer dementia
    alternatives: [person living with dementia]
    why: It defines a person by pity.
    sources:
      - title: Language guide
        url: https://example.org/words
"""


def test_condition_in_a_variant_finds_any_condition_keeps_it_in_the_advice_and_yields_to_a_written_entry(
        tmp_path: Path) -> None:
    from plainspeak import check_text
    from plainspeak.config import Config

    path = _write(tmp_path, CONDITION_ENTRIES)
    config = Config(glossaries=[str(path)], disable=["readability", "acronym", "grammar"])
    findings = check_text("A third of stroke survivors will suffer aphasia.\n\nSome people suffer dementia.\n\n"
                          "She suffered a stroke and a fall.\n", format="markdown", config=config)
    # an event ("a stroke") is not a condition; an entry that writes the words itself is reported
    assert [(f.text, f.id) for f in findings] == [("suffer aphasia", "suffers-from"),
                                                  ("suffer dementia", "dementia-sufferer")]
    # the verb's drop-in keeps the condition, instead of losing it
    assert "“have aphasia”" in findings[0].message
    # the two entries are not a clash for lint: the written words win by design
    lint = run_cli("glossary", "lint", str(path))
    assert lint.returncode == 0, lint.stdout + lint.stderr
    shown = run_cli("explain", "--glossary", str(path), "suffers-from").stdout
    assert "suffer (any health condition)" in shown and "{condition}" not in shown
