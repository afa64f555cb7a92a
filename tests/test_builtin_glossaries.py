"""The glossaries we ship are data that writers trust: every entry must load cleanly,
say why, cite who says so, and behave as its own examples promise.

Failures name the glossary file and the entry, so whoever edits the YAML (often a
lived-experience panel, not a programmer) can find the line to fix.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

import pytest

from plainspeak.glossary.catalog import builtin_dir, builtin_names, load_glossaries
from plainspeak.glossary.compile import CompiledGlossary, compile_glossary
from plainspeak.glossary.examples import entry_problems
from plainspeak.glossary.load import Problem, load_glossary
from plainspeak.glossary.model import Glossary

NAMES = builtin_names()

#: Warnings that mean a term entry is incomplete (see load._entry): a writer would be
#: shown a finding with no reason, no source, or no tested behaviour.
INCOMPLETE = ("has no 'why'", "has no source", "no source with a url",
              "has no example that must be flagged", "has no example that must pass")

TOTAL_TERMS_WANTED = 300
JARGON_TERMS_WANTED = 150
ACRONYMS_WANTED = 150


def _path(name: str) -> Path:
    return builtin_dir() / f"{name}.yaml"


@cache
def _load(name: str) -> tuple[Glossary, tuple[Problem, ...]]:
    glossary, problems = load_glossary(_path(name))
    return glossary, tuple(problems)


@lru_cache(maxsize=1)
def _compiled() -> CompiledGlossary:
    loaded = load_glossaries([_path(n) for n in NAMES], strict=False)
    return compile_glossary(loaded.entries, loaded.acronyms)


def _count(name: str, what: str) -> int:
    if name not in NAMES:
        return 0
    glossary, _ = _load(name)
    return len(glossary.entries if what == "entries" else glossary.acronyms)


def test_builtin_glossaries_exist() -> None:
    assert NAMES, f"no glossaries found in {builtin_dir()}"


@pytest.mark.parametrize("name", NAMES)
def test_glossary_loads_without_errors(name: str) -> None:
    _, problems = _load(name)
    errors = [str(p) for p in problems if p.severity == "error"]
    assert not errors, f"{name}.yaml has errors:\n" + "\n".join(errors)


@pytest.mark.parametrize("name", NAMES)
def test_every_term_entry_is_complete(name: str) -> None:
    _, problems = _load(name)
    incomplete = [str(p) for p in problems
                  if p.severity == "warning" and any(text in p.message for text in INCOMPLETE)]
    assert not incomplete, f"{name}.yaml has incomplete entries:\n" + "\n".join(incomplete)


def test_entry_ids_are_unique_across_files() -> None:
    seen: dict[str, list[str]] = {}
    for name in NAMES:
        glossary, _ = _load(name)
        for entry in glossary.entries:
            seen.setdefault(entry.id, []).append(f"{name}.yaml:{entry.line}")
    duplicates = {i: where for i, where in seen.items() if len(where) > 1}
    assert not duplicates, "entry ids used more than once: " + "; ".join(
        f"{i} ({', '.join(w)})" for i, w in sorted(duplicates.items()))


def test_no_term_is_listed_twice() -> None:
    """Two entries for the same words and no context rules to tell them apart: only the
    first could ever be reported, so the other is dead weight that misleads editors."""
    from plainspeak.glossary.compile import exact_forms, term_keys

    owners: dict[tuple[str, ...], set[str]] = {}
    for name in NAMES:
        glossary, _ = _load(name)
        for entry in glossary.entries:
            if entry.disabled or entry.unless or entry.near:
                continue
            for form in entry.terms:
                keys, texts = term_keys(form)
                # "mental handicap" and "mentally handicapped" share keys, but a word ending in
                # -ed matches only as written, so they find different words.
                key = tuple(texts) if entry.case_sensitive else (*keys, *exact_forms(texts))
                owners.setdefault((str(entry.case_sensitive), *key), set()).add(f"{name}.yaml:{entry.id}")
    clashes = {" ".join(k[1:]): sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, "the same words are listed by more than one entry: " + "; ".join(
        f"'{k}' in {', '.join(v)}" for k, v in sorted(clashes.items()))


def test_total_term_entries() -> None:
    counts = Counter({name: _count(name, "entries") for name in NAMES})
    total = sum(counts.values())
    assert total >= TOTAL_TERMS_WANTED, (
        f"built-in glossaries have {total} term entries in all, {TOTAL_TERMS_WANTED} wanted: "
        + ", ".join(f"{n}.yaml={c}" for n, c in sorted(counts.items())))


def test_plain_english_glossary_is_big_enough() -> None:
    count = _count("plain-english", "entries")
    assert count >= JARGON_TERMS_WANTED, (
        f"plain-english.yaml is short: {count} term entries, {JARGON_TERMS_WANTED} wanted")


def test_acronyms_glossary_is_big_enough() -> None:
    count = _count("acronyms", "acronyms")
    assert count >= ACRONYMS_WANTED, (
        f"acronyms.yaml is short: {count} acronyms, {ACRONYMS_WANTED} wanted")


@pytest.mark.parametrize("name", NAMES)
def test_examples_behave_as_promised(name: str) -> None:
    """Each entry's 'flag' sentences are flagged by it and its 'pass' sentences are not,
    with every built-in glossary loaded together, as writers run them."""
    glossary, _ = _load(name)
    compiled = _compiled()
    failures: list[str] = []
    for entry in glossary.entries:
        if entry.disabled:
            continue
        failures.extend(f"{name}.yaml: {p}" for p in entry_problems(entry, compiled))
    assert not failures, f"{len(failures)} example(s) in {name}.yaml misbehave:\n" + "\n".join(failures)
