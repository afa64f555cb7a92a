"""Typed glossary entries: format v2 (v1 files load as v2 without the new fields),
as documented in ``docs/glossary-format.md``.

Every field a panel can write is here, with where it was written (file and line), so
that any later complaint about an entry can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

FORMAT_VERSION = 2
#: Versions this plainspeak reads. A v1 entry is a v2 entry without the v2 fields.
SUPPORTED_VERSIONS = (1, 2)
SEVERITIES = ("suggestion", "warning", "error")
STATUSES = ("proposed", "agreed")
#: Parts of speech an entry can be limited to (``pos:``).
PARTS_OF_SPEECH = ("noun", "verb", "adjective", "adverb")
#: Forms of an alternative a glossary can spell out (``forms:``) where the inflection
#: library gets them wrong ("family time" has no plural).
FORM_NAMES = ("singular", "plural", "possessive", "plural_possessive", "third_person",
              "past", "past_participle", "ing")


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
    #: Drop-in words: each can replace the words found (fitted to their form).
    alternatives: list[str] = field(default_factory=list)
    #: What to do when no drop-in fits ("say what the change is"): shown as advice, never
    #: quoted as words to use, never put in by ``fix``.
    advice: list[str] = field(default_factory=list)
    #: Explicit forms of an alternative: {alternative: {form name: text}} (see FORM_NAMES).
    forms: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Only match this part of speech (one of PARTS_OF_SPEECH), or "" for any.
    pos: str = ""
    why: str = ""
    sources: list[Source] = field(default_factory=list)
    flag_examples: list[str] = field(default_factory=list)
    pass_examples: list[str] = field(default_factory=list)
    #: Phrases in which a match is fine ("work placement").
    unless: list[str] = field(default_factory=list)
    #: Words one of which must be nearby for a match to count ("contact" + "family").
    near: list[str] = field(default_factory=list)
    #: Words any of which nearby rules a match out ("placement" near "school", "EHCP").
    not_near: list[str] = field(default_factory=list)
    #: How many words either side ``near`` looks; 0 means the whole sentence.
    window: int = 0
    #: Where ``near`` and ``not_near`` look when ``window`` is 0: "sentence" (the default),
    #: "paragraph" (the block), "section" (under the same heading) or "document" ("eligible for
    #: assistance" on a housing page).
    scope: str = "sentence"
    #: Document topics that rule a match out ("placement" on a SEND page: ["education"]);
    #: see ``plainspeak/data/topics.txt``.
    not_topic: list[str] = field(default_factory=list)
    #: Document topics in which the entry's sense needs no ``near`` word: a "unit" on a
    #: children's home's page is the children's home (["care"]).
    topic: list[str] = field(default_factory=list)
    legal_term: bool = False
    #: For legal terms: the Act or regulation and section ("Children Act 1989, s34").
    law: str = ""
    #: For legal terms: a plain explanation a writer can paste after the first use.
    explain: str = ""
    autofix: str | None = None
    #: "any" also matches a two-word term in reverse order ("homeless intentionally"); the
    #: default from glossary format version 2 on is "fixed" (version 1 files: "any").
    word_order: str = "fixed"
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
        """The term and its variants, each placeholder written out as every word it stands for
        (format 2: "epileptic {person}" finds "epileptic motorists" and "epileptic pupil";
        "suffer {condition}" finds "suffer aphasia")."""
        if not any("{" in v for v in self.variants):
            return [self.term, *self.variants]
        return [self.term, *(form for v in self.variants for form in expand_placeholders(v))]

    @property
    def written_terms(self) -> frozenset[str]:
        """The term and the variants as the glossary writes them, placeholders not written out:
        where another entry's placeholder finds the same words ("suffer {condition}" and
        "suffer dementia"), the entry that names the words itself is the one reported."""
        return frozenset(t.lower() for t in (self.term, *self.variants) if "{" not in t)


#: In a variant, stands for any word for a person (``people_nouns`` in data/advice.yaml).
PERSON = "{person}"
#: In a variant, stands for any name of a health condition or disability (``condition_nouns``).
CONDITION = "{condition}"
#: Each placeholder a variant may hold, the word list it stands for, and how a glossary page shows it.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    PERSON: ("people_nouns", "(any word for a person)"),
    CONDITION: ("condition_nouns", "(any health condition)"),
}


def shown_variant(variant: str) -> str:
    """A variant as writers read it on a glossary page: "diabetic (any word for a person)"."""
    for placeholder, (_words, shown) in PLACEHOLDERS.items():
        variant = variant.replace(placeholder, shown)
    return variant


def expand_placeholders(variant: str) -> list[str]:
    """A variant with a placeholder as one variant per word it stands for; others as they are."""
    for placeholder, (list_name, _shown) in PLACEHOLDERS.items():
        if placeholder in variant:
            return [variant.replace(placeholder, word) for word in _placeholder_words(list_name)]
    return [variant]


@lru_cache(maxsize=4)
def _placeholder_words(list_name: str) -> tuple[str, ...]:
    from plainspeak.advice.lexicon import word_list

    return tuple(sorted(word_list(list_name)))


@dataclass
class Meaning:
    """One thing an acronym can stand for ("CIC": child in care, or community interest company)."""

    #: The words, and any other ways of writing the same meaning ("children in care").
    expansions: list[str]
    id: str = ""
    category: str = "acronym"
    note: str = ""
    sources: list[Source] = field(default_factory=list)
    status: str = "agreed"
    line: int = 0

    @property
    def expansion(self) -> str:
        return self.expansions[0] if self.expansions else ""


@dataclass
class Acronym:
    """An abbreviation and what it stands for.

    A glossary that lists the same letters more than once gives them several meanings:
    the loader groups them into one ``Acronym`` whose ``meanings`` has one item each;
    ``expansions`` holds every expansion of every meaning, first meaning first.
    """

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
    #: Each distinct meaning; empty only for acronyms built by hand in code.
    meanings: list[Meaning] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        """The letters stand for more than one thing: the writer must say which."""
        return len(self.meanings) > 1

    def all_meanings(self) -> list[Meaning]:
        """``meanings``, or one meaning made from the acronym itself when none were given."""
        if self.meanings:
            return self.meanings
        return [Meaning(list(self.expansions), self.id, self.category, self.note, list(self.sources),
                        self.status, self.line)]


@dataclass
class Glossary:
    name: str
    path: str
    title: str = ""
    description: str = ""
    category: str = ""
    entries: list[Entry] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    #: Names and titles (organisations, services, Acts, job titles) in which no term is reported.
    names: list[str] = field(default_factory=list)
    #: The format version the file says it is written in.
    version: int = FORMAT_VERSION
    meta: dict[str, Any] = field(default_factory=dict)
