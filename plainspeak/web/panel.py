"""A panel's glossary edits from a web form, through the same loader, lint and editor as the CLI.

A form is turned into an ``Entry``, written into the panel's file text by the
comment-preserving editor (``glossary/edit.py``), and the result is checked by
``glossary lint`` together with the glossaries a check uses, examples run and all.
Only problems this edit brings (or that name the entry) are shown, in lint's own words;
any error stops the save. Nothing else in the file changes: other entries keep their
exact text, comments and order.

Two people editing one entry: each form carries a fingerprint of the entry as it was
when the form was opened. If the entry has changed since, the save is refused and the
person's own words stay in the form, so nothing is lost.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from plainspeak.atomic import write_atomically
from plainspeak.errors import GlossaryError
from plainspeak.glossary.load import Problem, load_glossary
from plainspeak.glossary.model import STATUSES, Entry, Glossary, Source

#: Entry attributes the form edits; every other field of an entry is left as it is.
EDITABLE = ["term", "variants", "category", "severity", "alternatives", "advice", "why", "sources", "flag_examples",
            "pass_examples", "status", "proposed_by", "agreed_by", "reviewed", "notes"]
#: Fields shown one item per line.
LIST_FIELDS = {"variants", "alternatives", "advice", "flag_examples", "pass_examples", "sources"}
#: Which form field a lint message is about, by the words it uses (first match wins).
_FIELD_WORDS = [
    ("flag_examples", ("should be flagged", "'flag'", "must be flagged")),
    ("pass_examples", ("should pass", "'pass'", "must pass")),
    ("alternatives", ("alternative", "suggests")),
    ("advice", ("'advice'", "advice")),
    ("why", ("'why'",)),
    ("sources", ("source",)),
    ("reviewed", ("'reviewed'",)),
    ("severity", ("'severity'",)),
    ("status", ("'status'",)),
    ("variants", ("'variants'", "variant")),
    ("id", ("the id", "'id'")),
    ("term", ("'term'", "flags '")),
]
#: A panel file made by the page starts with this comment.
NEW_FILE_COMMENT = ("Our panel's own words: entries proposed and agreed in 'plainspeak serve'.\n"
                    "Check it with: plainspeak glossary lint <this file>")

_lock = threading.Lock()


@dataclass
class FormProblem:
    severity: str
    message: str
    hint: str
    field: str | None = None


@dataclass
class SaveOutcome:
    saved: bool
    entry_id: str = ""
    problems: list[FormProblem] = field(default_factory=list)
    #: Set when someone else changed the entry first.
    conflict: str = ""

    @property
    def errors(self) -> list[FormProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[FormProblem]:
        return [p for p in self.problems if p.severity != "error"]


def entry_fingerprint(entry: Entry | None) -> str:
    """What the entry says (not where it is written): changes when anyone saves a change to it."""
    if entry is None:
        return "new"
    data = dataclasses.asdict(entry)
    for key in ("file", "line", "glossary"):
        data.pop(key, None)
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:20]


def source_line(source: Source) -> str:
    return " | ".join(x for x in (source.title, source.organisation, source.year, source.url) if x)


def parse_source(line: str) -> Source | None:
    """'Title | Organisation | 2021 | https://...': the title first, then any of the others."""
    parts = [p.strip() for p in line.split("|") if p.strip()]
    if not parts:
        return None
    title, organisation, year, url = parts[0], "", "", ""
    for part in parts[1:]:
        if re.match(r"^[a-z][a-z0-9+.-]*://", part, re.I):
            url = part
        elif re.fullmatch(r"\d{4}", part):
            year = part
        else:
            organisation = organisation or part
    if re.match(r"^https?://", title, re.I) and not url:
        url = title
    return Source(title=title, organisation=organisation, year=year, url=url)


def entry_to_form(entry: Entry) -> dict[str, str]:
    values = {"id": entry.id}
    for attr in EDITABLE:
        value = getattr(entry, attr)
        if attr == "sources":
            values[attr] = "\n".join(source_line(s) for s in value)
        elif isinstance(value, list):
            values[attr] = "\n".join(str(v) for v in value)
        else:
            values[attr] = "" if value is None else str(value)
    return values


def empty_form(default_category: str) -> dict[str, str]:
    values = {attr: "" for attr in ["id", *EDITABLE]}
    values.update(category=default_category, severity="warning", status="proposed",
                  reviewed=_dt.date.today().isoformat())
    return values


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def form_to_entry(values: dict[str, str], base: Entry | None, default_category: str) -> Entry:
    """The entry the form describes; fields the form does not show are kept from ``base``."""
    from plainspeak.glossary.edit import slug

    term = values.get("term", "").strip()
    entry_id = values.get("id", "").strip() or slug(term)
    entry = dataclasses.replace(base, id=entry_id) if base is not None else Entry(
        id=entry_id, term=term, category=default_category)
    for attr in EDITABLE:
        raw = values.get(attr, "")
        if attr == "sources":
            entry.sources = [s for s in (parse_source(line) for line in _lines(raw)) if s is not None]
        elif attr in LIST_FIELDS:
            setattr(entry, attr, _lines(raw))
        else:
            setattr(entry, attr, " ".join(raw.split()) if attr != "notes" else raw.strip())
    if not entry.category:
        entry.category = default_category
    return entry


def read_panel(path: Path) -> tuple[str, Glossary]:
    """The panel file's text and entries ('' and an empty glossary before the first save)."""
    if not path.exists():
        return "", Glossary(name=path.stem, path=str(path), category=path.stem)
    text = path.read_bytes().decode("utf-8-sig")
    glossary, _problems = load_glossary(path, text)
    return text, glossary


def _field_for(message: str) -> str | None:
    for name, words in _FIELD_WORDS:
        if any(w in message for w in words):
            return name
    return None


def _lint_candidate(path: Path, text: str, others: list[Path]) -> list[Problem]:
    """``glossary lint`` on the candidate text, with the glossaries a check uses beside it."""
    from plainspeak.glossary.lint import lint_paths

    folder = Path(tempfile.mkdtemp(prefix="plainspeak-panel-"))
    try:
        candidate = folder / path.name
        candidate.write_text(text, encoding="utf-8")
        result = lint_paths([*others, candidate])
        problems = [p for p in result.problems if p.path == str(candidate)]
        for error in result.unreadable:
            if error.path == str(candidate):
                problems.append(Problem("error", str(candidate), error.line or 1, error.column or 1,
                                        error.message, error.hint or ""))
        for p in problems:
            p.path = str(path)
            p.message = p.message.replace(str(candidate), path.name)
            p.hint = p.hint.replace(str(candidate), path.name)
        return problems
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _key(p: Problem) -> tuple[str, str, str]:
    return (p.severity, p.message, p.hint)


#: Lint problems of the file as it is, by its text and the other glossaries' stamps: a
#: save compares the candidate with these, and the file rarely changes between saves.
_before: dict[str, set[tuple[str, str, str]]] = {}


def _before_key(path: Path, text: str, others: list[Path]) -> str:
    from plainspeak.glossary.catalog import file_stamp

    return hashlib.sha256(f"{path.name}\0{file_stamp(others)}\0{others}\0{text}".encode()).hexdigest()


def _problems_before(path: Path, text: str, others: list[Path]) -> set[tuple[str, str, str]]:
    if not text.strip():
        return set()
    key = _before_key(path, text, others)
    found = _before.get(key)
    if found is None:
        found = {_key(p) for p in _lint_candidate(path, text, others)}
        _before.clear()
        _before[key] = found
    return found


def save_entry(path: Path, values: dict[str, str], *, original_id: str, fingerprint: str,
               others: list[Path], builtin: dict[str, Entry]) -> SaveOutcome:
    """Check the form's entry and, if lint finds no error, write it into the panel's file.

    ``original_id`` is the entry the form was opened on ('' for a new entry) and
    ``fingerprint`` what it said then; ``others`` are the glossaries checks use besides
    the panel's (lint looks across them); ``builtin`` their entries by id, so changing
    a built-in entry writes the panel's own version of it.
    """
    from plainspeak.glossary.edit import new_glossary_text, upsert_entries

    with _lock:
        text, glossary = read_panel(path)
        panel_by_id = {e.id: e for e in glossary.entries}
        current = panel_by_id.get(original_id) or builtin.get(original_id) if original_id else None
        if original_id and entry_fingerprint(current) != fingerprint:
            who = "deleted" if current is None else "changed"
            return SaveOutcome(False, original_id, conflict=(
                f"Not saved: someone else {who} the entry '{original_id}' after you opened it. "
                "Your changes are still in the form below. Open the entry again in a new tab to see "
                "their version, then make your changes there."))
        default_category = glossary.category or path.stem
        base = current if original_id else None
        entry = form_to_entry(values, base, default_category)
        if entry.id != original_id and (entry.id in panel_by_id or entry.id in builtin):
            where = "your panel's glossary" if entry.id in panel_by_id else "the built-in glossaries"
            return SaveOutcome(False, entry.id, [FormProblem(
                "error", f"there is already an entry with the id '{entry.id}' in {where}",
                "open that entry to change it, or give this one a different id", "id")])
        if not text.strip():
            new_text = new_glossary_text([entry], title="Our panel's glossary", category=default_category,
                                         comment=NEW_FILE_COMMENT)
        else:
            in_panel = original_id in panel_by_id and entry.id == original_id
            attrs = EDITABLE if in_panel else None
            new_text, _summary = upsert_entries(path, text, [entry], attrs)
        before = _problems_before(path, text, others)
        after = _lint_candidate(path, new_text, others)
        mine = f"'{entry.id}'"
        shown = [p for p in after if _key(p) not in before or mine in p.message]
        problems = [FormProblem(p.severity, p.message, p.hint, _field_for(p.message)) for p in shown]
        outcome = SaveOutcome(False, entry.id, problems)
        if outcome.errors:
            return outcome
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, new_text.encode("utf-8"))
        except OSError as exc:
            raise GlossaryError(f"cannot save the glossary: {exc.strerror or exc}", path=str(path),
                                hint="check that the folder exists and that you may write to it") from None
        outcome.saved = True
        _before.clear()
        _before[_before_key(path, new_text, others)] = {_key(p) for p in after}
        return outcome


__all__ = ["EDITABLE", "STATUSES", "SaveOutcome", "entry_fingerprint", "entry_to_form", "form_to_entry",
           "parse_source", "read_panel", "save_entry"]
