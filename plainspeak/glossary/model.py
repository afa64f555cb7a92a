"""Typed glossary entries: format v1, as documented in ``docs/glossary-format.md``.

Every field a panel can write is here, with where it was written (file and line), so
that any later complaint about an entry can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT_VERSION = 1
SEVERITIES = ("suggestion", "warning", "error")
STATUSES = ("proposed", "agreed")


@dataclass(frozen=True)
class Source:
    title: str
    organisation: str = ""
    year: str = ""
    url: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"title": self.title, "organisation": self.organisation, "year": self.year, "url": self.url}


@dataclass
class Entry:
    """One word or phrase a glossary flags, with what to say instead and why."""

    id: str
    term: str
    category: str
    variants: list[str] = field(default_factory=list)
    severity: str = "warning"
    alternatives: list[str] = field(default_factory=list)
    why: str = ""
    sources: list[Source] = field(default_factory=list)
    flag_examples: list[str] = field(default_factory=list)
    pass_examples: list[str] = field(default_factory=list)
    #: Phrases in which a match is fine ("work placement").
    unless: list[str] = field(default_factory=list)
    #: Words one of which must be nearby for a match to count ("contact" + "family").
    near: list[str] = field(default_factory=list)
    #: How many words either side ``near`` looks; 0 means the whole sentence.
    window: int = 0
    legal_term: bool = False
    autofix: str | None = None
    #: "fixed" stops plainspeak also matching a two-word term in reverse order.
    word_order: str = "any"
    case_sensitive: bool = False
    status: str = "agreed"
    proposed_by: str = ""
    agreed_by: str = ""
    reviewed: str = ""
    notes: str = ""
    disabled: bool = False
    #: Where the entry was written.
    file: str = ""
    line: int = 0
    glossary: str = ""

    @property
    def terms(self) -> list[str]:
        return [self.term, *self.variants]


@dataclass
class Acronym:
    """An abbreviation and what it stands for."""

    acronym: str
    expansions: list[str]
    id: str = ""
    category: str = "acronym"
    note: str = ""
    sources: list[Source] = field(default_factory=list)
    #: Well known enough to need no explanation (GP, NHS, UK).
    well_known: bool = False
    status: str = "agreed"
    file: str = ""
    line: int = 0


@dataclass
class Glossary:
    name: str
    path: str
    title: str = ""
    description: str = ""
    category: str = ""
    entries: list[Entry] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
