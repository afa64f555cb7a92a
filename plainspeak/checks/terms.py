"""Glossary terms: deficit-based, stigmatising and jargon words, with what to say instead.

Codes: PS101 a term a glossary flags; PS102 a legal term to explain in plain words;
PS103 a legal term inside a quotation (of the law, say), reported more softly.
"""

from __future__ import annotations

from functools import lru_cache

from plainspeak.advice import advise, keep_case, lexicon_for, message
from plainspeak.analyse import Analysed
from plainspeak.checks import CheckContext
from plainspeak.findings import Finding, make_finding
from plainspeak.glossary.compile import forms_match
from plainspeak.glossary.model import Entry

_OPEN_QUOTES = "\u201c\u2018\""
_CLOSE_QUOTES = "\u201d\u2019\""


__all__ = ["keep_case", "find_matches", "run"]


def _quoted(text: str, start: int, end: int, block_start: int, block_end: int) -> bool:
    before = text[block_start:start]
    after = text[end:block_end]
    opens = sum(before.count(q) for q in "\u201c\u2018") - sum(before.count(q) for q in "\u201d")
    if opens > 0:
        return True
    return before.count('"') % 2 == 1 and '"' in after


def find_matches(analysed: Analysed, ctx: CheckContext) -> list[tuple[int, int, Entry]]:
    """Token ranges of entry matches after context rules, longest first, no overlaps."""
    glossary = ctx.glossary
    keys = analysed.keys
    texts = analysed.token_text
    terms: list[tuple[int, int, int]] = []
    unless: dict[int, list[tuple[int, int]]] = {}
    for i, j, pattern in glossary.matcher.find(keys):
        if pattern.kind == "unless":
            unless.setdefault(pattern.entry, []).append((i, j))
            continue
        if pattern.texts:
            words = [t for t in texts[i:j] if t not in ("-", "\u2010", "\u2011")]
            if tuple(words) != pattern.texts:
                continue
        elif pattern.forms:
            words = [t for t in texts[i:j] if t not in ("-", "\u2010", "\u2011")]
            if not forms_match(words, pattern.forms):
                continue
        terms.append((i, j, pattern.entry))
    if not terms:
        return []
    sent_of: list[int] | None = None
    kept: list[tuple[int, int, Entry]] = []
    terms.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    taken_until = -1
    for i, j, index in terms:
        if i < taken_until:
            continue
        entry = glossary.entries[index]
        if any(a < j and i < b for a, b in unless.get(index, ())):
            continue
        if entry.near:
            if sent_of is None:
                sent_of = _sentence_index(analysed)
            if not _near(analysed, entry, i, j, sent_of):
                continue
        kept.append((i, j, entry))
        taken_until = j
    return kept


def _sentence_index(analysed: Analysed) -> list[int]:
    out = [-1] * len(analysed.keys)
    for si, s in enumerate(analysed.sentences):
        for t in range(s.token_start, s.token_end):
            out[t] = si
    return out


def _near(analysed: Analysed, entry: Entry, i: int, j: int, sent_of: list[int]) -> bool:
    wanted = _near_keys(tuple(entry.near))
    si = sent_of[i]
    if si >= 0:
        s = analysed.sentences[si]
        lo, hi = s.token_start, s.token_end
    else:
        lo, hi = 0, len(analysed.keys)
    if entry.window:
        lo, hi = max(lo, i - entry.window), min(hi, j + entry.window)
    return any(analysed.keys[t] in wanted for t in range(lo, hi) if not i <= t < j)


@lru_cache(maxsize=1024)
def _near_keys(words: tuple[str, ...]) -> frozenset[str]:
    from plainspeak.nlp import match_key

    return frozenset(match_key(w) for w in words)


def run(analysed: Analysed, ctx: CheckContext) -> list[Finding]:
    idx, texts = analysed.token_idx, analysed.token_text
    document = analysed.document
    findings = []
    sources: dict[str, list[dict[str, str]]] = {}  # one list per entry, shared by its findings
    matches = find_matches(analysed, ctx)
    lexicon = lexicon_for(ctx.glossary) if matches else None
    for i, j, entry in matches:
        start = idx[i]
        end = idx[j - 1] + len(texts[j - 1])
        matched = document.text[start:end]
        advice = advise(document.text, start, end, entry, lexicon)
        if entry.id not in sources:
            sources[entry.id] = [s.to_dict() for s in entry.sources]
        severity, code = entry.severity, "PS101"
        if entry.legal_term:
            code = "PS102"
            block = document.blocks[document.block_index_at(start)]
            if block.kind == "quote" or _quoted(document.text, start, end, block.start, block.end):
                code, severity = "PS103", "suggestion"
        findings.append(make_finding(
            document, start, end, check="term", code=code, id=entry.id, category=entry.category,
            severity=severity, message=message(matched, advice, legal=entry.legal_term), why=entry.why,
            suggestions=advice.texts, sources=sources[entry.id], advice=advice.advice,
        ))
    return findings
