"""Check glossary files the way a compiler checks code: every problem, with where and a fix.

A lived-experience panel edits the glossaries by hand, so a mistake must be found before
it misleads a writer: a field of the wrong type, two entries that flag the same words
(only one of them would ever be shown), an alternative that another entry flags (the
writer would be told off for following our advice), or an example that does not behave.
Problems from loading (``load.py``) and from running the examples (``examples.py``) come
out in the same ``file:line:column: severity: message (fix)`` form.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from plainspeak.errors import GlossaryError
from plainspeak.glossary.load import Problem, load_glossary
from plainspeak.glossary.model import Entry, Glossary
from plainspeak.yamlio import LocatedDict, load_yaml, read_text_file


@dataclass
class LintResult:
    glossaries: list[Glossary] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: Files that could not be read or are not YAML at all (exit code 2).
    unreadable: list[GlossaryError] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity != "error")

    @property
    def entries(self) -> int:
        return sum(len(g.entries) for g in self.glossaries)

    def exit_code(self, strict: bool = False) -> int:
        if self.unreadable:
            return 2
        if self.errors or (strict and self.warnings):
            return 1
        return 0

    def lines(self) -> list[str]:
        """One line per problem, in file order, like a compiler."""
        out = [f"{e}" for e in self.unreadable]
        ordered = sorted(self.problems, key=lambda p: (p.path, p.line, p.column, p.severity != "error"))
        out.extend(str(p) for p in ordered)
        return out

    def summary(self) -> str:
        files = len(self.glossaries) + len(self.unreadable)
        parts = [_count(self.errors, "error"), _count(self.warnings, "warning")]
        if self.unreadable:
            parts.append(_count(len(self.unreadable), "unreadable file"))
        checked = f"{_count(files, 'glossary file')}, {_count(self.entries, 'entry', 'entries')}"
        if not self.problems and not self.unreadable:
            return f"No problems found ({checked})."
        return f"{', '.join(parts)} ({checked})."


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


@dataclass
class _Loaded:
    glossary: Glossary
    #: The raw YAML mapping of each entry by id, to point at the exact line of a field.
    raw: dict[str, LocatedDict]


def lint_paths(paths: list[Path]) -> LintResult:
    """Lint glossary files together (duplicates are looked for across all of them)."""
    result = LintResult()
    loaded: list[_Loaded] = []
    for path in paths:
        try:
            text = read_text_file(path, GlossaryError)
            glossary, problems = load_glossary(path, text)
            data = load_yaml(text, str(path), GlossaryError)
        except GlossaryError as exc:
            exc.path = exc.path or str(path)
            result.unreadable.append(exc)
            continue
        result.glossaries.append(glossary)
        result.problems.extend(problems)
        loaded.append(_Loaded(glossary, _raw_entries(data)))
        result.problems.extend(_non_text_items(str(path), data))
        result.problems.extend(_source_problems(glossary))
    result.problems.extend(_duplicate_ids(loaded))
    result.problems.extend(_duplicate_terms(loaded))
    active = _active_entries(loaded)
    if active:
        result.problems.extend(_behaviour(active, loaded))
    return result


def _source_problems(glossary: Glossary) -> list[Problem]:
    """Warnings about where advice comes from: one source, only non-UK sources, copies."""
    from plainspeak.glossary.sources import source_problems

    return [p for entry in glossary.entries for p in source_problems(entry)]


def _raw_entries(data: object) -> dict[str, LocatedDict]:
    out: dict[str, LocatedDict] = {}
    if isinstance(data, LocatedDict) and isinstance(data.get("entries"), list):
        for raw in data["entries"]:
            if isinstance(raw, LocatedDict) and isinstance(raw.get("id"), str) and raw["id"] not in out:
                out[raw["id"]] = raw
    return out


_LISTS = (("variants",), ("alternatives",), ("advice",), ("examples", "flag"), ("examples", "pass"),
          ("context", "unless"), ("context", "near"), ("context", "not_near"), ("context", "not_topic"),
          ("context", "topic"))


def _non_text_items(path: str, data: object) -> list[Problem]:
    """List items YAML reads as yes/no, numbers or dates ('on', 'no', 2021), which the loader turns into text."""
    problems: list[Problem] = []
    if not isinstance(data, LocatedDict) or not isinstance(data.get("entries"), list):
        return problems
    for raw in data["entries"]:
        if not isinstance(raw, LocatedDict):
            continue
        for keys in _LISTS:
            node: object = raw
            for key in keys:
                node = node.get(key) if isinstance(node, LocatedDict) else None
            if not isinstance(node, list):
                continue
            positions = getattr(node, "item_pos", [])
            for i, item in enumerate(node):
                if isinstance(item, (bool, int, float, _dt.date)) and i < len(positions):
                    kind = "yes/no" if isinstance(item, bool) else "a number or date"
                    problems.append(Problem("error", path, positions[i][0], positions[i][1],
                                            f"item {i + 1} of '{keys[-1]}' is read as {kind}, not as text",
                                            "put the words in quotes, for example:  - \"on\""))
    return problems


def _where(entry: Entry) -> str:
    return f"{entry.file}:{entry.line}"


def _duplicate_ids(loaded: list[_Loaded]) -> list[Problem]:
    problems = []
    seen: dict[str, Entry] = {}
    for item in loaded:
        for entry in item.glossary.entries:
            first = seen.get(entry.id)
            if first is None:
                seen[entry.id] = entry
                continue
            if first.file == entry.file:
                problems.append(Problem("error", entry.file, entry.line, 1,
                                        f"the id '{entry.id}' is already used by the entry at line {first.line}",
                                        "every entry needs its own id: change one of them, or merge the two entries"))
            else:
                problems.append(Problem("warning", entry.file, entry.line, 1,
                                        f"the id '{entry.id}' is also used in {_where(first)}; this entry replaces it",
                                        "if that is not what you want, give this entry a different id"))
            seen[entry.id] = entry
    return problems


def _duplicate_terms(loaded: list[_Loaded]) -> list[Problem]:
    """Two entries flagging the same words: only one of them could ever be shown."""
    from plainspeak.glossary.compile import exact_forms, term_keys

    problems = []
    #: By words (case kind and keys): each form that flags them, with the word forms it insists on.
    owners: dict[tuple[object, ...], list[tuple[Entry, str, tuple[str, ...]]]] = {}
    for item in loaded:
        for entry in item.glossary.entries:
            if entry.disabled:
                continue
            written = entry.written_terms
            for form in entry.terms:
                if form.lower() not in written:
                    # Written out from a placeholder ("suffer {condition}"): an entry that writes
                    # the same words itself is reported instead, by design.
                    continue
                word_keys, texts = term_keys(form)
                if not word_keys:
                    continue
                # A case-sensitive entry refining a general one ("initiate" written exactly so,
                # for a safe fix) is deliberate: only same-kind entries can hide each other.
                keys: tuple[object, ...] = (("exact", tuple(texts)) if entry.case_sensitive else ("any",)) \
                    + tuple(word_keys)
                forms = exact_forms(texts)
                seen = owners.setdefault(keys, [])
                clash = next(((other, other_form) for other, other_form, other_forms in seen
                              if other.id != entry.id and _same_words(entry, forms, other, other_forms)), None)
                seen.append((entry, form, forms))
                if clash is None:
                    continue
                other, other_form = clash
                line, column = _term_pos(item.raw.get(entry.id), form, entry)
                problems.append(Problem(
                    "error", entry.file, line, column,
                    f"entry '{entry.id}' flags '{form}', which entry '{other.id}' ({_where(other)}) "
                    f"already flags as '{other_form}'",
                    "two entries cannot flag the same words: merge them, or remove the words from one of them"))
    return problems


def _same_words(a: Entry, a_forms: tuple[str, ...], b: Entry, b_forms: tuple[str, ...]) -> bool:
    """Whether two forms with the same keys flag the same words. A word ending in -ed or -ing
    matches only as written, and a noun entry never matches the -ed word made from it, so
    "mental handicap" (a noun) and "mentally handicapped" flag different words; "suffer from"
    (any form) and "suffered from" do not."""
    if a_forms == b_forms:
        return True
    if not a_forms:
        return a.pos != "noun"
    if not b_forms:
        return b.pos != "noun"
    return False


def _term_pos(raw: LocatedDict | None, form: str, entry: Entry) -> tuple[int, int]:
    if raw is None:
        return entry.line, 1
    if raw.get("term") == form:
        return raw.pos("term")
    return _item_pos(raw, "variants", form) or raw.pos("term")


def _item_pos(raw: LocatedDict | None, key: str, value: str) -> tuple[int, int] | None:
    if raw is None:
        return None
    items = raw.get(key)
    if isinstance(items, list):
        positions = getattr(items, "item_pos", [])
        for i, item in enumerate(items):
            if isinstance(item, str) and item.strip() == value and i < len(positions):
                return positions[i]
    return None


def _active_entries(loaded: list[_Loaded]) -> list[Entry]:
    """The entries a check would use: later files replace earlier ones by id."""
    by_id: dict[str, Entry] = {}
    for item in loaded:
        for entry in item.glossary.entries:
            by_id.pop(entry.id, None)
            by_id[entry.id] = entry
    return [e for e in by_id.values() if not e.disabled]


def _behaviour(active: list[Entry], loaded: list[_Loaded]) -> list[Problem]:
    """Run the real matcher: over each alternative, and over each example."""
    from plainspeak.glossary.compile import compile_glossary
    from plainspeak.glossary.examples import matched_ids

    raw_by_entry: dict[int, LocatedDict] = {}
    for item in loaded:
        for entry in item.glossary.entries:
            raw = item.raw.get(entry.id)
            if raw is not None and raw.line == entry.line:
                raw_by_entry[id(entry)] = raw
    compiled = compile_glossary(active, [])
    problems: list[Problem] = []
    for entry in active:
        raw = raw_by_entry.get(id(entry))
        for alternative in entry.alternatives:
            for other_id in dict.fromkeys(matched_ids(alternative, compiled)):
                other = compiled.by_id[other_id]
                line, column = _item_pos(raw, "alternatives", alternative) or (entry.line, 1)
                if other_id == entry.id:
                    message = f"entry '{entry.id}' suggests '{alternative}', which it flags itself"
                    hint = "choose a different alternative, or add it to 'context: unless:'"
                else:
                    message = (f"entry '{entry.id}' suggests '{alternative}', but entry '{other_id}' "
                               f"({_where(other)}) flags those words")
                    hint = (f"choose a different alternative, or if the words are fine here add them to "
                            f"'context: unless:' of entry '{other_id}'")
                problems.append(Problem("error", entry.file, line, column, message, hint))
        examples = raw.get("examples") if raw is not None else None
        for kind, texts, should in (("flag", entry.flag_examples, True), ("pass", entry.pass_examples, False)):
            for example in texts:
                flagged = entry.id in matched_ids(example, compiled)
                if flagged == should:
                    continue
                pos = _item_pos(examples, kind, example) if isinstance(examples, LocatedDict) else None
                line, column = pos or (entry.line, 1)
                if should:
                    message = f"entry '{entry.id}': this example should be flagged but is not: {example!r}"
                    hint = "check the term, its variants and its context rules ('near', 'unless')"
                else:
                    message = f"entry '{entry.id}': this example should pass but is flagged: {example!r}"
                    hint = "add the phrase to 'context: unless:' or change the example"
                problems.append(Problem("error", entry.file, line, column, message, hint))
    return problems
