"""Write entries and acronyms into glossary YAML without disturbing what people wrote by hand.

Panels keep notes in comments and order entries in ways that make sense to them, so a
file is edited in ruamel.yaml's round-trip mode: an entry or acronym that comes back
unchanged from a spreadsheet is not touched at all (not even re-quoted), a changed field
is replaced where it stands, and new ones go at the end of their list. Only the fields a
caller says it knows about are changed, so a spreadsheet without a 'notes' column cannot
wipe out notes. Entries are matched by id; acronyms by their letters, then by id.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plainspeak.glossary.load import load_glossary
from plainspeak.glossary.model import FORMAT_VERSION, Acronym, Entry, Source

#: Where each Entry attribute is written: (key, key inside it or None). The order is the
#: order fields are written in new entries, as in the built-in glossaries.
FIELDS: dict[str, tuple[str, str | None]] = {
    "id": ("id", None),
    "term": ("term", None),
    "variants": ("variants", None),
    "category": ("category", None),
    "severity": ("severity", None),
    "pos": ("pos", None),
    "alternatives": ("alternatives", None),
    "advice": ("advice", None),
    "why": ("why", None),
    "sources": ("sources", None),
    "legal_term": ("legal_term", None),
    "law": ("law", None),
    "explain": ("explain", None),
    "autofix": ("autofix", None),
    "word_order": ("word_order", None),
    "case_sensitive": ("case_sensitive", None),
    "status": ("status", None),
    "proposed_by": ("proposed_by", None),
    "agreed_by": ("agreed_by", None),
    "reviewed": ("reviewed", None),
    "notes": ("notes", None),
    "disabled": ("disabled", None),
    "flag_examples": ("examples", "flag"),
    "pass_examples": ("examples", "pass"),
    "unless": ("context", "unless"),
    "near": ("context", "near"),
    "not_near": ("context", "not_near"),
    "window": ("context", "window"),
    "scope": ("context", "scope"),
    "not_topic": ("context", "not_topic"),
    "topic": ("context", "topic"),
}
KEY_ORDER = list(dict.fromkeys(key for key, _sub in FIELDS.values()))
_DEFAULTS: dict[str, Any] = {
    "severity": "warning", "legal_term": False, "autofix": None, "word_order": "fixed",
    "case_sensitive": False, "status": "agreed", "disabled": False, "window": 0, "scope": "sentence",
}
#: Acronym attributes in the order their keys are written in new acronyms, as in
#: glossaries/acronyms.yaml. 'expansions' is written 'expansion:' when there is one.
ACRONYM_FIELDS = ["acronym", "id", "expansions", "category", "well_known", "note", "sources", "status"]
ACRONYM_KEY_ORDER = ["acronym", "id", "expansion", "expansions", "category", "well_known", "note", "sources",
                     "status"]
#: Text longer than this is written as a folded block, wrapped to fit the page.
_WRAP = 84


@dataclass
class EditSummary:
    added: list[str]
    updated: list[str]
    unchanged: list[str]
    #: Entries in the file that the caller did not mention (left exactly as they were).
    untouched: list[str]


def acronym_default_id(acronym: str) -> str:
    """The id an acronym has when its file gives none (as the loader's ``_acronym`` does)."""
    return acronym.lower()


def roundtrip_yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


def field_value(entry: Entry, attr: str, default_category: str) -> Any:
    """The value to write for an attribute, or None when it is the default (left out)."""
    value = getattr(entry, attr)
    if attr == "category":
        return None if value == default_category else value
    if attr in _DEFAULTS and value == _DEFAULTS[attr]:
        return None
    if attr == "autofix" and value != "safe":
        return None
    if value in ("", [], None, False):
        return None
    return value


def _plain(text: str) -> Any:
    """Quote text that YAML 1.1 readers would take for something else ('on', 'no', '2021')."""
    import yaml
    from ruamel.yaml.scalarstring import SingleQuotedScalarString

    try:
        same = yaml.load(text, Loader=yaml.SafeLoader) == text
    except yaml.YAMLError:
        same = False
    return text if same else SingleQuotedScalarString(text)


def _wrapped(text: str, indent: int) -> Any:
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    if "\n" in text:
        return LiteralScalarString(text)
    width = _WRAP - indent
    if len(text) <= width or text != text.strip() or "  " in text or "\t" in text:
        return _plain(text)
    folded = FoldedScalarString(text)
    folds = []
    line_start = 0
    last_space = -1
    for i, ch in enumerate(text):
        if ch == " ":
            if i - line_start > width and last_space > line_start:
                folds.append(last_space)
                line_start = last_space + 1
            last_space = i
    if len(text) - line_start > width and last_space > line_start:
        folds.append(last_space)
    folded.fold_pos = folds
    return folded


def _node(attr: str, value: Any, indent: int) -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, list):
        seq = CommentedSeq()
        for item in value:
            if isinstance(item, Source):
                src = CommentedMap()
                for key, text in item.to_dict().items():
                    if text:
                        src[key] = _wrapped(text, indent + 4) if key == "title" else _plain(text)
                seq.append(src)
            else:
                seq.append(_plain(item))
        return seq
    if isinstance(value, str):
        return _wrapped(value, indent + 2) if attr in ("why", "notes", "term", "explain") else _plain(value)
    return value


def _insert(mapping: Any, key: str, value: Any, order: list[str]) -> None:
    """Put a new key after the keys that come before it in ``order``."""
    if key in mapping:
        mapping[key] = value
        return
    rank = order.index(key) if key in order else len(order)
    position = 0
    for i, existing in enumerate(mapping):
        if existing in order and order.index(existing) < rank:
            position = i + 1
    mapping.insert(position, key, value)


def _set_attr(mapping: Any, entry: Entry, attr: str, default_category: str) -> None:
    from ruamel.yaml.comments import CommentedMap

    key, sub = FIELDS[attr]
    value = field_value(entry, attr, default_category)
    if sub is None:
        if value is None:
            mapping.pop(key, None)
        else:
            _insert(mapping, key, _node(attr, value, 4), KEY_ORDER)
        return
    inner = mapping.get(key)
    if value is None:
        if isinstance(inner, dict):
            inner.pop(sub, None)
            if not inner:
                mapping.pop(key)
        return
    if not isinstance(inner, dict):
        inner = CommentedMap()
        _insert(mapping, key, inner, KEY_ORDER)
    subs = [s for a, (k, s) in FIELDS.items() if k == key and s is not None]
    _insert(inner, sub, _node(attr, value, 6), subs)


def acronym_value(acronym: Acronym, attr: str, default_category: str | None) -> Any:
    """The value to write for an acronym attribute, or None when it is the default (left out)."""
    value = getattr(acronym, attr)
    if attr == "id":
        return None if value == acronym_default_id(acronym.acronym) else value
    if attr == "category":
        return None if value == default_category else value
    if attr == "status" and value == "agreed":
        return None
    if value in ("", [], None, False):
        return None
    return value


def _set_acronym_attr(mapping: Any, acronym: Acronym, attr: str, default_category: str | None) -> None:
    value = acronym_value(acronym, attr, default_category)
    if attr != "expansions":
        if value is None:
            mapping.pop(attr, None)
        else:
            node = _wrapped(value, 6) if attr == "note" else _node(attr, value, 4)
            _insert(mapping, attr, node, ACRONYM_KEY_ORDER)
        return
    # One expansion is written 'expansion: ...', several as an 'expansions:' list; either
    # way the new key goes where the old one stood.
    keys = list(mapping)
    old_keys = [k for k in ("expansion", "expansions") if k in mapping]
    position = keys.index(old_keys[0]) if old_keys else None
    for key in old_keys:
        mapping.pop(key)
    if not value:
        return
    key, node = ("expansion", _plain(value[0])) if len(value) == 1 else ("expansions", _node(attr, value, 4))
    if position is None:
        _insert(mapping, key, node, ACRONYM_KEY_ORDER)
    else:
        mapping.insert(position, key, node)


def _line(mapping: Any) -> int:
    """The 1-based line a round-trip mapping starts on (as ``Acronym.line`` counts)."""
    return int(mapping.lc.line) + 1


def acronym_map(acronym: Acronym, default_category: str | None) -> Any:
    from ruamel.yaml.comments import CommentedMap

    mapping = CommentedMap()
    for attr in ACRONYM_FIELDS:
        _set_acronym_attr(mapping, acronym, attr, default_category)
    return mapping


def entry_map(entry: Entry, default_category: str) -> Any:
    from ruamel.yaml.comments import CommentedMap

    mapping = CommentedMap()
    for attr in FIELDS:
        _set_attr(mapping, entry, attr, default_category)
    return mapping


def dump(data: Any) -> str:
    out = io.StringIO()
    roundtrip_yaml().dump(data, out)
    return out.getvalue()


def new_glossary_text(entries: list[Entry], title: str, category: str, comment: str = "",
                      acronyms: Sequence[Acronym] = ()) -> str:
    """A complete glossary file for entries (and acronyms) that have no file yet."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    data = CommentedMap()
    data["version"] = FORMAT_VERSION
    data["title"] = title
    if category:
        data["category"] = category
    if entries or not acronyms:
        seq = CommentedSeq()
        for entry in entries:
            seq.append(entry_map(entry, category))
        data["entries"] = seq
    if acronyms:
        # Without a 'category:' line the loader's default is the file's name, which is
        # not known here, so every acronym then says its category.
        acronym_seq = CommentedSeq()
        for acronym in acronyms:
            acronym_seq.append(acronym_map(acronym, category or None))
        data["acronyms"] = acronym_seq
    header = "".join(f"# {line}\n" for line in comment.splitlines()) if comment else ""
    return header + dump(data)


def upsert_entries(path: Path, text: str, entries: list[Entry],
                   attrs: Iterable[str] | None = None) -> tuple[str, EditSummary]:
    """``text`` (the file at ``path``) with ``entries`` updated by id or appended.

    Only ``attrs`` (Entry attribute names; default all) of existing entries are changed,
    and only where their value really differs, so unchanged entries keep their exact text.
    """
    new_text, summary, _acronyms = upsert_glossary(path, text, entries, attrs)
    return new_text, summary


def upsert_glossary(path: Path, text: str, entries: list[Entry], attrs: Iterable[str] | None = None,
                    acronyms: Sequence[Acronym] = (), acronym_attrs: Iterable[str] | None = None,
                    ) -> tuple[str, EditSummary, EditSummary]:
    """``text`` with ``entries`` and ``acronyms`` updated where they stand or appended.

    Entries are matched by id. An acronym is matched by its letters, or else by its id,
    each existing acronym at most once. Only ``attrs`` / ``acronym_attrs`` (default all)
    of existing ones are changed, and only where their value really differs. Entries and
    acronyms not given are left exactly as they are. If nothing changes, ``text`` itself
    is returned, so not a byte of the file changes.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml = roundtrip_yaml()
    data = yaml.load(text)
    old_glossary, _problems = load_glossary(path, text)
    default_category = old_glossary.category
    if data is None:
        data = CommentedMap()
        data["version"] = FORMAT_VERSION

    def sequence(key: str) -> Any:
        seq = data.get(key)
        if not isinstance(seq, list):
            seq = CommentedSeq()
            data[key] = seq
        return seq

    # -- entries
    old_by_id = {e.id: e for e in old_glossary.entries}
    existing = data.get("entries")
    maps = {m.get("id"): m for m in existing if isinstance(m, dict)} if isinstance(existing, list) else {}
    wanted = list(attrs) if attrs is not None else list(FIELDS)
    summary = EditSummary([], [], [], [])
    mentioned = set()
    for entry in entries:
        mentioned.add(entry.id)
        mapping = maps.get(entry.id)
        old = old_by_id.get(entry.id)
        if mapping is None or old is None:
            seq = sequence("entries")
            seq.append(entry_map(entry, default_category))
            maps[entry.id] = seq[-1]
            summary.added.append(entry.id)
            continue
        changed = False
        for attr in wanted:
            if attr == "id" or getattr(old, attr) == getattr(entry, attr):
                continue
            _set_attr(mapping, entry, attr, default_category)
            changed = True
        (summary.updated if changed else summary.unchanged).append(entry.id)
    summary.untouched = [e.id for e in old_glossary.entries if e.id not in mentioned]

    # -- acronyms
    acronym_summary = EditSummary([], [], [], [])
    acronym_default = default_category or "acronym"
    existing = data.get("acronyms")
    by_line = {_line(m): m for m in existing if isinstance(m, dict)} if isinstance(existing, list) else {}
    olds = [a for a in old_glossary.acronyms if a.line in by_line]
    matched: dict[int, int] = {}  # index in ``acronyms`` -> index in ``olds``
    for key in ("acronym", "id"):
        for i, acronym in enumerate(acronyms):
            if i in matched:
                continue
            taken = set(matched.values())
            j = next((j for j, old_acronym in enumerate(olds)
                      if j not in taken and getattr(old_acronym, key) == getattr(acronym, key)), None)
            if j is not None:
                matched[i] = j
    wanted = list(acronym_attrs) if acronym_attrs is not None else list(ACRONYM_FIELDS)
    for i, acronym in enumerate(acronyms):
        if i not in matched:
            sequence("acronyms").append(acronym_map(acronym, acronym_default))
            acronym_summary.added.append(acronym.acronym)
            continue
        old_acronym = olds[matched[i]]
        mapping = by_line[old_acronym.line]
        changed = False
        # New letters matched by id: an id left out of the file comes from the letters,
        # so it is written out (or left out) again to stay the same.
        new_letters = "acronym" in wanted and old_acronym.acronym != acronym.acronym
        for attr in wanted:
            if getattr(old_acronym, attr) == getattr(acronym, attr) and not (attr == "id" and new_letters):
                continue
            _set_acronym_attr(mapping, acronym, attr, acronym_default)
            changed = True
        (acronym_summary.updated if changed else acronym_summary.unchanged).append(acronym.acronym)
    kept = set(matched.values())
    acronym_summary.untouched = [a.acronym for j, a in enumerate(olds) if j not in kept]

    if not (summary.added or summary.updated or acronym_summary.added or acronym_summary.updated):
        return text, summary, acronym_summary
    return dump(data), summary, acronym_summary


def slug(term: str) -> str:
    """An id made from a term: 'Service user(s)' → 'service-user-s'."""
    import re

    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")
