"""Read glossary YAML into entries, forgiving where it can and clear where it cannot.

Panels are not programmers: a single string where a list is expected is accepted (and
``glossary lint`` suggests the list form), and every real problem names the file, the
line and what to do. ``load_glossary`` collects every problem instead of stopping at
the first, so a panel can fix a file in one pass.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path

from plainspeak.errors import GlossaryError
from plainspeak.glossary.model import (
    FORM_NAMES,
    FORMAT_VERSION,
    PARTS_OF_SPEECH,
    PLACEHOLDERS,
    SEVERITIES,
    STATUSES,
    SUPPORTED_VERSIONS,
    Acronym,
    Entry,
    Glossary,
    Meaning,
    Source,
)
from plainspeak.yamlio import LocatedDict, did_you_mean, load_yaml, read_text_file

TOP_KEYS = {
    "version", "glossary", "title", "description", "category", "entries", "acronyms",
    "maintainers", "licence", "license", "names",
}
ENTRY_KEYS = {
    "id", "term", "variants", "category", "severity", "alternatives", "why", "sources",
    "examples", "context", "legal_term", "autofix", "word_order", "case_sensitive", "status",
    "proposed_by", "agreed_by", "reviewed", "notes", "disabled",
    # format v2
    "advice", "forms", "pos", "law", "explain",
}
ACRONYM_KEYS = {"id", "acronym", "expansion", "expansions", "category", "note", "sources",
                "well_known", "status", "examples", "proposed_by", "agreed_by", "reviewed", "notes"}
SOURCE_KEYS = {"title", "organisation", "organization", "year", "url"}
EXAMPLE_KEYS = {"flag", "pass"}
CONTEXT_KEYS = {"unless", "near", "not_near", "window", "scope", "not_topic", "topic"}
SCOPES = ("sentence", "paragraph", "section", "document")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_LIST_HINT = "put each {item} on its own line starting with '- '"
_LIST_ITEM = {"alternatives": "alternative", "variants": "variant", "flag": "example", "pass": "example",
              "unless": "phrase", "near": "word", "expansions": "expansion", "advice": "piece of advice",
              "names": "name", "not_near": "word", "not_topic": "topic", "topic": "topic"}


def _list_hint(key: str) -> str:
    return _LIST_HINT.format(key=key, item=_LIST_ITEM.get(key, "item"))


@dataclass
class Problem:
    """Something wrong (or worth fixing) in a glossary, with where and how to fix it."""

    severity: str  # "error" or "warning"
    path: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def to_error(self) -> GlossaryError:
        return GlossaryError(self.message, path=self.path, line=self.line, column=self.column,
                             hint=self.hint or None)


class _Reader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, where: tuple[int, int], message: str, hint: str = "", severity: str = "error") -> None:
        self.problems.append(Problem(severity, self.path, where[0], where[1], message, hint))

    # -- typed getters ----------------------------------------------------------------
    def text(self, m: LocatedDict, key: str, required: bool = False, default: str = "") -> str:
        if key not in m or m[key] is None:
            if required:
                self.problem((m.line, m.column), f"this entry has no '{key}'", f"add a line '{key}: ...'")
            return default
        value = m[key]
        if isinstance(value, (dict, list)):
            self.problem(m.pos(key), f"'{key}' should be a single piece of text",
                         "write it on the same line after the ':'")
            return default
        if isinstance(value, bool):
            self.problem(m.pos(key), f"'{key}' should be text, not yes/no",
                         f"put it in quotes:  {key}: \"{str(value).lower()}\"")
            return default
        if isinstance(value, (_dt.date, _dt.datetime)):
            return value.isoformat()
        return str(value).strip()

    def text_list(self, m: LocatedDict, key: str) -> list[str]:
        if key not in m or m[key] is None:
            return []
        value = m[key]
        if isinstance(value, str):
            self.problem(m.pos(key), f"'{key}' is a single piece of text", _list_hint(key),
                         severity="warning")
            return [value.strip()] if value.strip() else []
        if not isinstance(value, list):
            self.problem(m.pos(key), f"'{key}' should be a list", _list_hint(key))
            return []
        out = []
        positions = getattr(value, "item_pos", [])
        for i, item in enumerate(value):
            where = positions[i] if i < len(positions) else m.pos(key)
            if isinstance(item, (dict, list)) or item is None:
                self.problem(where, f"item {i + 1} of '{key}' should be plain text",
                             "write the text straight after '- ', in quotes if it contains ':'")
                continue
            out.append(str(item).strip())
        return out

    def boolean(self, m: LocatedDict, key: str, default: bool = False) -> bool:
        if key not in m or m[key] is None:
            return default
        value = m[key]
        if isinstance(value, bool):
            return value
        self.problem(m.pos(key), f"'{key}' should be yes or no", f"write '{key}: yes' or '{key}: no'")
        return default

    def choice(self, m: LocatedDict, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.text(m, key, default=default)
        if value and value not in choices:
            self.problem(m.pos(key), f"'{key}' cannot be '{value}'",
                         "use one of: " + ", ".join(choices) + " (" + did_you_mean(value, choices) + ")")
            return default
        return value or default

    def unknown_keys(self, m: LocatedDict, known: set[str], what: str) -> None:
        for key in m:
            if key not in known:
                self.problem(m.pos(key), f"'{key}' is not a field of {what}", did_you_mean(key, known))

    def sources(self, m: LocatedDict) -> list[Source]:
        raw = m.get("sources")
        if raw is None:
            return []
        if isinstance(raw, dict):
            raw = [raw]
        if not isinstance(raw, list):
            self.problem(m.pos("sources"), "'sources' should be a list of sources",
                         "start each source with '- title: ...' and add organisation, year and url")
            return []
        out = []
        for item in raw:
            if isinstance(item, str):
                out.append(Source(title=item, url=item if item.startswith("http") else ""))
                continue
            if not isinstance(item, LocatedDict):
                self.problem(m.pos("sources"), "each source should have a title and a url",
                             "write '- title: ...' then 'url: ...' on the next line")
                continue
            self.unknown_keys(item, SOURCE_KEYS, "a source")
            out.append(Source(
                title=self.text(item, "title", required=True),
                organisation=self.text(item, "organisation") or self.text(item, "organization"),
                year=self.text(item, "year"),
                url=self.text(item, "url"),
            ))
        return out


def load_glossary(path: Path | str, text: str | None = None) -> tuple[Glossary, list[Problem]]:
    """Read one glossary file. Raises ``GlossaryError`` only if it is not YAML at all."""
    path = Path(path)
    spath = str(path)
    if text is None:
        text = read_text_file(path, GlossaryError)
    data = load_yaml(text, spath, GlossaryError)
    r = _Reader(spath)
    name = path.stem
    glossary = Glossary(name=name, path=spath)
    if data is None:
        empty = Problem("warning", spath, 1, 1, "this glossary is empty", "add 'entries:' with a list of entries")
        return glossary, [empty]
    if not isinstance(data, LocatedDict):
        r.problem((1, 1), "a glossary should start with 'entries:' (and optionally 'title:')",
                  "see docs/glossary-format.md for a complete example")
        return glossary, r.problems
    r.unknown_keys(data, TOP_KEYS, "a glossary file")
    version = data.get("version", 1)
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        r.problem(data.pos("version"), f"glossary format version {version!r} is not supported",
                  "this plainspeak reads versions " + " and ".join(map(str, SUPPORTED_VERSIONS))
                  + f"; write 'version: {FORMAT_VERSION}'")
        version = FORMAT_VERSION
    glossary.version = int(version)
    glossary.names = [n for n in r.text_list(data, "names") if n]
    glossary.name = r.text(data, "glossary", default=name) or name
    glossary.title = r.text(data, "title", default=name.replace("-", " ").capitalize())
    glossary.description = r.text(data, "description")
    glossary.category = r.text(data, "category", default=glossary.name)
    for key in ("maintainers", "licence", "license"):
        if key in data:
            glossary.meta[key] = data[key]

    entries = data.get("entries") or []
    if not isinstance(entries, list):
        r.problem(data.pos("entries"), "'entries' should be a list", "start each entry with '- id: ...'")
        entries = []
    for raw in entries:
        if not isinstance(raw, LocatedDict):
            r.problem((getattr(entries, "line", 1), 1), "each entry should be a set of 'name: value' lines",
                      "start each entry with '- id: ...' and indent its other lines to match")
            continue
        entry = _entry(r, raw, glossary)
        if entry is not None and not _repeated_term(r, raw, entry, glossary):
            glossary.entries.append(entry)

    acronyms = data.get("acronyms") or []
    if not isinstance(acronyms, list):
        r.problem(data.pos("acronyms"), "'acronyms' should be a list", "start each one with '- acronym: ...'")
        acronyms = []
    by_letters: dict[str, Acronym] = {}
    for raw in acronyms:
        if not isinstance(raw, LocatedDict):
            r.problem((getattr(acronyms, "line", 1), 1), "each acronym should be a set of 'name: value' lines",
                      "start each with '- acronym: ...' and add 'expansion: ...' below it")
            continue
        acr = _acronym(r, raw, glossary, taken=by_letters)
        if acr is None:
            continue
        first = by_letters.get(acr.acronym)
        if first is None:
            by_letters[acr.acronym] = acr
            glossary.acronyms.append(acr)
        else:
            # The same letters again: another meaning of the same acronym.
            first.meanings.extend(acr.meanings)
            first.expansions.extend(e for e in acr.expansions if e not in first.expansions)
            first.well_known = first.well_known or acr.well_known
    return glossary, r.problems


def _entry(r: _Reader, m: LocatedDict, glossary: Glossary) -> Entry | None:
    r.unknown_keys(m, ENTRY_KEYS, "an entry")
    entry_id = r.text(m, "id", required=True)
    if entry_id and not ID_RE.match(entry_id):
        r.problem(m.pos("id"), f"the id '{entry_id}' should use only lower-case letters, digits and '-'",
                  "for example: id: " + re.sub(r"[^a-z0-9]+", "-", entry_id.lower()).strip("-"))
    disabled = m.get("disabled") is True
    term = r.text(m, "term", required=not disabled)
    if not entry_id or (not term and not disabled):
        return None
    entry = Entry(
        id=entry_id,
        term=term,
        category=r.text(m, "category", default=glossary.category) or glossary.category,
        variants=r.text_list(m, "variants"),
        severity=r.choice(m, "severity", SEVERITIES, "warning"),
        alternatives=r.text_list(m, "alternatives"),
        advice=r.text_list(m, "advice"),
        pos=r.choice(m, "pos", PARTS_OF_SPEECH, ""),
        law=r.text(m, "law"),
        explain=r.text(m, "explain"),
        why=r.text(m, "why"),
        sources=r.sources(m),
        legal_term=r.boolean(m, "legal_term"),
        autofix=r.choice(m, "autofix", ("safe", "no"), "no") if m.get("autofix") not in (None, False) else "no",
        # Version 1 found every two-word term the other way round too; from version 2 that is
        # asked for: "children eligible for free school meals" are not "eligible children".
        word_order=r.choice(m, "word_order", ("any", "fixed"), "any" if glossary.version < 2 else "fixed"),
        case_sensitive=r.boolean(m, "case_sensitive"),
        status=r.choice(m, "status", STATUSES, "agreed"),
        proposed_by=r.text(m, "proposed_by"),
        agreed_by=r.text(m, "agreed_by"),
        reviewed=r.text(m, "reviewed"),
        notes=r.text(m, "notes"),
        disabled=r.boolean(m, "disabled"),
        file=r.path,
        line=m.line,
        glossary=glossary.name,
    )
    if entry.autofix == "no":
        entry.autofix = None
    _check_placeholders(r, m, entry)
    entry.forms = _forms(r, m, entry)
    if _too_long(r, m, entry):
        return None
    if entry.reviewed and not _is_date(entry.reviewed):
        r.problem(m.pos("reviewed"), f"'reviewed' should be a date, not '{entry.reviewed}'",
                  "write the day it was last reviewed as year-month-day, for example: reviewed: 2025-03-31")
        entry.reviewed = ""
    examples = m.get("examples")
    if isinstance(examples, LocatedDict):
        r.unknown_keys(examples, EXAMPLE_KEYS, "examples")
        entry.flag_examples = r.text_list(examples, "flag")
        entry.pass_examples = r.text_list(examples, "pass")
    elif examples is not None:
        r.problem(m.pos("examples"), "'examples' should have 'flag:' and 'pass:' lists",
                  "write 'examples:' then indented 'flag:' and 'pass:' lists of sentences")
    context = m.get("context")
    if isinstance(context, LocatedDict):
        r.unknown_keys(context, CONTEXT_KEYS, "context")
        entry.unless = r.text_list(context, "unless")
        entry.near = r.text_list(context, "near")
        entry.not_near = r.text_list(context, "not_near")
        window = context.get("window", 0)
        if not isinstance(window, int) or isinstance(window, bool) or window < 0:
            r.problem(context.pos("window"), "'window' should be a whole number of words", "for example: window: 8")
        else:
            entry.window = window
        scope = context.get("scope", "sentence")
        if scope not in SCOPES:
            r.problem(context.pos("scope"), f"'scope' should be one of {', '.join(SCOPES)}, not {scope!r}",
                      "for example: scope: document (the near words may stand anywhere in the document)")
        else:
            entry.scope = scope
        entry.not_topic = r.text_list(context, "not_topic")
        entry.topic = r.text_list(context, "topic")
        for key in ("not_topic", "topic"):
            named: list[str] = getattr(entry, key)
            if not named:
                continue
            from plainspeak.context.topics import known_topics

            topics = known_topics()
            for topic in named:
                if topic not in topics:
                    r.problem(context.pos(key), f"unknown topic {topic!r} in '{key}'",
                              f"use one of: {', '.join(sorted(topics))} (plainspeak/data/topics.txt)")
        if entry.topic and not entry.near:
            r.problem(context.pos("topic"), "'topic' has no effect without 'near'",
                      "'topic' names kinds of document in which the 'near' words are not needed; "
                      "add 'near:' words for other documents, or remove 'topic'")
    elif context is not None:
        r.problem(m.pos("context"), "'context' should have 'unless:' and/or 'near:' lists",
                  "write 'context:' then indented 'unless:' or 'near:' lists")
    if not entry.disabled:
        if glossary.version >= 2:
            if not entry.alternatives and not entry.advice:
                r.problem((m.line, m.column), f"entry '{entry.id}' has no alternatives and no advice",
                          "add 'alternatives:' (words that can replace the term) or 'advice:' "
                          "(what to do instead)")
            if entry.legal_term and not entry.law:
                r.problem(m.pos("legal_term"), f"entry '{entry.id}' is a legal term but has no 'law'",
                          "add 'law:' with the Act or regulation and section, for example: "
                          "law: Children Act 1989, s20", severity="warning")
        elif not entry.alternatives and not entry.advice and not entry.legal_term:
            r.problem((m.line, m.column), f"entry '{entry.id}' has no alternatives",
                      "add 'alternatives:' with at least one thing to say instead")
        if entry.autofix == "safe" and not entry.alternatives:
            r.problem(m.pos("autofix"), "'autofix: safe' needs an alternative to put in", "add 'alternatives:'")
        if not entry.why:
            r.problem((m.line, m.column), f"entry '{entry.id}' has no 'why'",
                      "add 'why:' saying in a sentence or two why the words hurt or confuse", severity="warning")
        if not entry.sources:
            r.problem((m.line, m.column), f"entry '{entry.id}' has no source",
                      "add 'sources:' with the title and url of who says so", severity="warning")
        elif not any(s.url for s in entry.sources):
            r.problem(m.pos("sources"), f"entry '{entry.id}' has no source with a url",
                      "add 'url: https://...' to a source", severity="warning")
        if not entry.flag_examples:
            r.problem((m.line, m.column), f"entry '{entry.id}' has no example that must be flagged",
                      "add 'examples:' with a 'flag:' list", severity="warning")
        if not entry.pass_examples:
            r.problem((m.line, m.column), f"entry '{entry.id}' has no example that must pass",
                      "add 'examples:' with a 'pass:' list", severity="warning")
    return entry


def _repeated_term(r: _Reader, m: LocatedDict, entry: Entry, glossary: Glossary) -> bool:
    """More entries with one term than ``limits.max_same_term`` is an error (the extra ones
    are left out): every entry is a finding at every occurrence, and 10,000 copies of one
    term on a 2,000-word page took gigabytes."""
    from plainspeak import limits

    counts: dict[str, int] = glossary.__dict__.setdefault("_term_counts", {})
    key = " ".join(entry.term.casefold().split())
    counts[key] = counts.get(key, 0) + 1
    most = limits.current.max_same_term
    if counts[key] <= most:
        return False
    if counts[key] == most + 1:
        r.problem(m.pos("term"), f"the term '{entry.term[:60]}' is in more than {most} entries; the rest are left out",
                  "merge the entries for one term into one, with several alternatives")
    return True


def _check_placeholders(r: _Reader, m: LocatedDict, entry: Entry) -> None:
    """``{person}`` and ``{condition}`` are the words in braces a variant may hold, one of them
    once; anything else in braces is a typing slip that would never match, and the term itself
    must be real words."""
    positions = getattr(m.get("variants"), "item_pos", [])
    for k, variant in enumerate(entry.variants):
        rest = variant
        used = 0
        for placeholder in PLACEHOLDERS:
            used += variant.count(placeholder)
            rest = rest.replace(placeholder, "")
        if "{" in rest or "}" in rest or used > 1 or variant.strip() in PLACEHOLDERS:
            where = positions[k] if k < len(positions) else m.pos("variants")
            r.problem(where, f"the variant '{variant}' has words in braces plainspeak does not know",
                      "write {person} or {condition} once, where any word for a person or any health "
                      "condition may stand: - epileptic {person}, - suffer {condition}")
    if "{" in entry.term or "}" in entry.term:
        r.problem(m.pos("term"), f"the term '{entry.term}' has braces",
                  "write the term as plain words; {person} and {condition} may stand only in a variant")


def _too_long(r: _Reader, m: LocatedDict, entry: Entry) -> bool:
    """A term longer than any real one (``limits.max_term_words``) is an error, not a crash.

    Each word is a level of the matching trie; thousands of words would exhaust the
    stack when the compiled glossary is cached.
    """
    from plainspeak import limits

    most = limits.current.max_term_words
    longest = max((len(t.split()) for t in (entry.term, *entry.variants)), default=0)
    if longest <= most:
        return False
    r.problem(m.pos("term"), f"entry '{entry.id}' has a term of {longest} words; a term can have at most {most}",
              "put the words that need changing in the term, and the rest in 'context:' or 'why:'")
    return True


def _forms(r: _Reader, m: LocatedDict, entry: Entry) -> dict[str, dict[str, str]]:
    """``forms:``: for an alternative, its forms where the inflection library is wrong."""
    raw = m.get("forms")
    if raw is None:
        return {}
    hint = ("write 'forms:' then, indented, the alternative followed by ':' and its forms, "
            "for example:  family time: {plural: family time}")
    if not isinstance(raw, LocatedDict):
        r.problem(m.pos("forms"), "'forms' should list alternatives and their forms", hint)
        return {}
    out: dict[str, dict[str, str]] = {}
    for alternative, given in raw.items():
        alt = str(alternative).strip()
        if alt not in entry.alternatives:
            r.problem(raw.pos(alternative), f"'forms' gives forms of '{alt}', which is not one of the alternatives",
                      "write the alternative exactly as it is under 'alternatives:'"
                      + (" (" + did_you_mean(alt, entry.alternatives) + ")" if entry.alternatives else ""))
            continue
        if not isinstance(given, LocatedDict):
            r.problem(raw.pos(alternative), f"the forms of '{alt}' should be 'name: text' pairs", hint)
            continue
        forms: dict[str, str] = {}
        for name in given:
            if name not in FORM_NAMES:
                r.problem(given.pos(name), f"'{name}' is not a form plainspeak knows",
                          "use one of: " + ", ".join(FORM_NAMES) + " (" + did_you_mean(str(name), FORM_NAMES) + ")")
                continue
            text = r.text(given, str(name))
            if text:
                forms[str(name)] = text
        out[alt] = forms
    return out


def _acronym(r: _Reader, m: LocatedDict, glossary: Glossary,
             taken: dict[str, Acronym] | None = None) -> Acronym | None:
    r.unknown_keys(m, ACRONYM_KEYS, "an acronym")
    abbr = r.text(m, "acronym", required=True)
    expansions = r.text_list(m, "expansions") if "expansions" in m else []
    if "expansion" in m:
        expansions = [r.text(m, "expansion"), *expansions]
    expansions = [e for e in expansions if e]
    if not abbr:
        return None
    if not expansions:
        r.problem((m.line, m.column), f"acronym '{abbr}' has no expansion", "add 'expansion: what it stands for'")
    default_id = abbr.lower()
    first = (taken or {}).get(abbr)
    if first is not None:  # a further meaning of the same letters: an id of its own
        default_id = f"{abbr.lower()}-{len(first.meanings) + 1}"
    acronym = Acronym(
        acronym=abbr,
        expansions=expansions,
        id=r.text(m, "id", default=default_id),
        category=r.text(m, "category", default=glossary.category or "acronym"),
        note=r.text(m, "note"),
        sources=r.sources(m),
        well_known=r.boolean(m, "well_known"),
        status=r.choice(m, "status", STATUSES, "agreed"),
        file=r.path,
        line=m.line,
    )
    acronym.meanings = [Meaning(list(expansions), acronym.id, acronym.category, acronym.note,
                                list(acronym.sources), acronym.status, acronym.line)]
    return acronym


def _is_date(text: str) -> bool:
    """A real calendar day written YYYY-MM-DD, the one form every reader and spreadsheet agrees on."""
    if not _DATE_RE.match(text):
        return False
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
