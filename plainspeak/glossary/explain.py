"""Look an entry up the way a writer asks: by id, by the words, or by a sentence.

A writer who is told "service users" is flagged wants to know why and what to say
instead without opening YAML. The words they type may be an id, a term or one of its
variants in any form ("Service-Users"), or a phrase that contains the term, so the same
matcher that checks documents is the last resort; "did you mean" covers typing slips.
"""

from __future__ import annotations

import difflib
import textwrap

from plainspeak.glossary.model import Acronym, Entry, Glossary, Source, shown_variant


def find_entries(query: str, entries: list[Entry]) -> list[Entry]:
    """Entries the query names, best kind of match first; empty when none."""
    from plainspeak.glossary.compile import compile_glossary, term_keys
    from plainspeak.glossary.examples import matched_ids

    q = query.strip()
    if not q:
        return []
    exact = [e for e in entries if e.id == q.lower()]
    if exact:
        return exact
    keys = term_keys(q)[0]
    by_term = [e for e in entries if any(term_keys(form)[0] == keys for form in e.terms)]
    if by_term:
        return by_term
    compiled = compile_glossary(entries, [])
    ids = list(dict.fromkeys(matched_ids(q, compiled)))
    return [compiled.by_id[i] for i in ids]


def find_acronyms(query: str, acronyms: list[Acronym]) -> list[Acronym]:
    """Acronyms the query names: the letters as written first, then ignoring case ("Ehcp").

    Writers meet the letters in a document and want to know what they stand for, so the
    letters are looked up before the expansions; an expansion typed in full ("education,
    health and care plan") finds its acronym too.
    """
    q = query.strip()
    if not q:
        return []
    exact = [a for a in acronyms if a.acronym == q]
    if exact:
        return exact
    folded = q.casefold()
    by_letters = [a for a in acronyms if a.acronym.casefold() == folded]
    if by_letters:
        return by_letters
    return [a for a in acronyms if any(e.casefold() == folded for e in a.expansions)]


def did_you_mean(query: str, entries: list[Entry], n: int = 3,
                 acronyms: list[Acronym] | None = None) -> list[str]:
    """Terms of the entries (and letters of the acronyms) closest to the query, each once."""
    names: dict[str, str] = {}
    for entry in entries:
        for name in (entry.id, *entry.terms):
            names.setdefault(name.lower(), entry.term)
    for acr in acronyms or []:
        names.setdefault(acr.acronym.lower(), acr.acronym)
    close = difflib.get_close_matches(query.strip().lower(), sorted(names), n=n * 3, cutoff=0.6)
    terms = list(dict.fromkeys(names[c] for c in close))
    return terms[:n]


def format_acronym(acr: Acronym, width: int = 88) -> str:
    """An acronym as plain text: what the letters stand for, then the note and sources."""
    def wrap(text: str, indent: str = "  ") -> list[str]:
        return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]

    kind = "acronym, well known (needs no explanation)" if acr.well_known else "acronym"
    status = "agreed" if acr.status == "agreed" else "proposed (not yet agreed by the panel)"
    lines = [acr.acronym, f"  {kind} | theme: {acr.category} | status: {status}"]
    if len(acr.expansions) == 1:
        lines.append(f"Stands for: {acr.expansions[0]}")
    else:
        lines.append("Can stand for (say which one you mean):")
        lines += [f"  - {e}" for e in acr.expansions]
    if acr.note:
        lines.append("Note:")
        lines += wrap(acr.note)
    lines += _source_lines(acr.sources)
    if acr.file:
        lines.append(f"Written in {acr.file}:{acr.line}")
    return "\n".join(lines)


def format_entry(entry: Entry, glossaries: list[Glossary] | None = None, width: int = 88) -> str:
    """An entry as plain text for a terminal: what to say instead first, then why."""
    theme = next((g.title for g in glossaries or [] if g.name == entry.glossary and g.title), entry.glossary)

    def wrap(text: str, indent: str = "  ") -> list[str]:
        return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]

    status = "agreed" if entry.status == "agreed" else "proposed (not yet agreed by the panel)"
    lines = [entry.term, f"  id: {entry.id} | theme: {theme} | status: {status} | severity: {entry.severity}"]
    if entry.variants:
        lines += wrap("also: " + ", ".join(shown_variant(v) for v in entry.variants))
    if entry.alternatives:
        lines.append("Say instead:")
        lines += [f"  - {a}" for a in entry.alternatives]
    if entry.legal_term:
        lines.append("Legal term: keep it where the law needs it, and explain it in plain words.")
        if entry.law:
            lines.append(f"Law: {entry.law}")
        if entry.explain:
            lines.append("Explain it like this:")
            lines += wrap(" ".join(entry.explain.split()))
    if entry.advice:
        lines.append("What to do:")
        lines += [f"  - {a}" for a in entry.advice]
    if entry.why:
        lines.append("Why:")
        lines += wrap(entry.why)
    lines += _source_lines(entry.sources)
    who = [f"{label}: {value}" for label, value in (("proposed by", entry.proposed_by),
                                                     ("agreed by", entry.agreed_by),
                                                     ("reviewed", entry.reviewed)) if value]
    if who:
        text = "; ".join(who)
        lines += wrap(text[:1].upper() + text[1:], "")
    if entry.file:
        lines.append(f"Written in {entry.file}:{entry.line}")
    return "\n".join(lines)


def _source_lines(sources: list[Source]) -> list[str]:
    """Who says so, as the terminal shows it for entries and acronyms alike."""
    if not sources:
        return []
    lines = ["Sources:"]
    for s in sources:
        extra = ", ".join(x for x in (s.organisation, s.year) if x)
        lines.append(f"  - {s.title}" + (f" ({extra})" if extra else ""))
        if s.url and s.url != s.title:
            lines.append(f"    {s.url}")
    return lines
