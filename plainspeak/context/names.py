"""Names and titles: spans of a document that name something rather than describe someone.

"Safeguarding Vulnerable Groups Act 2006", "Rethink Mental Illness", "Dual Diagnosis
Practitioner" and "section 20" are names: a writer cannot change them, so a glossary
term inside one is not the writer's choice of words. They are found by rules that
generalise, not by a list of examples:

- **Title Case runs that end in a head word** ("... Act 2000", "... Regulations",
  "... Team", "... Practitioner") or **start with one** ("Convention on the Rights of
  ...", "Royal College of ..."). The head words are data (``data/names.txt``).
- **Listed names** that no rule finds ("Alcoholics Anonymous" is caught by its head word,
  "Rethink Mental Illness" is not): ``data/names.txt`` and every glossary's ``names:``.
- **Citations**: "section 20", "s.17", "regulation 5", "Schedule 2".
- **Entities** (ORG, LAW, WORK_OF_ART, FAC) from a trained spaCy pipeline, when one ran.

Headings and Title Case lines need care: there every word is capitalised, so capitals
are no evidence of a name. "Looked After Children" as a heading is a use of the words.
In such blocks only organisation, job and law heads make a name (not plural heads such
as "Services", nor document titles such as "Strategy"), and fewer connecting words may
stand inside one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plainspeak.analyse import Analysed


@dataclass(frozen=True)
class NameSpan:
    """Tokens ``start`` to ``end`` (exclusive) name something."""

    start: int
    end: int
    #: "law" (Acts, regulations, conventions), "citation" ("section 20"), "organisation"
    #: (organisations, services, teams, programmes), "job title", "document", "listed"
    #: (from the names lists) or "entity" (a trained pipeline's named entity).
    kind: str


@dataclass(frozen=True)
class NameData:
    law_heads: frozenset[str]
    head_first: frozenset[str]
    document_heads: frozenset[str]
    organisation_heads: frozenset[str]
    job_heads: frozenset[str]
    weak_heads: frozenset[str]
    connectors: frozenset[str]
    heading_connectors: frozenset[str]
    not_in_names: frozenset[str]
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def name_data() -> NameData:
    """The built-in head words and names, from ``data/names.txt``."""
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    text = resources.files("plainspeak.data").joinpath("names.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1], [])
            continue
        if current is not None:
            current.append(line)
    f = frozenset
    return NameData(
        law_heads=f(groups["law_heads"]), head_first=f(groups["head_first"]),
        document_heads=f(groups["document_heads"]), organisation_heads=f(groups["organisation_heads"]),
        job_heads=f(groups["job_heads"]), weak_heads=f(groups["weak_heads"]),
        connectors=f(groups["connectors"]), heading_connectors=f(groups["heading_connectors"]),
        not_in_names=f(groups["not_in_names"]), names=tuple(groups["names"]),
    )


# -- words: tokens joined by hyphens and apostrophes ------------------------------------------

_JOINERS = frozenset({"-", "\u2010", "\u2011", "'s", "\u2019s", "'", "\u2019", "s'", "s\u2019"})
_YEAR_RE = re.compile(r"^(1[2-9]|20)\d\d(/\d\d)?$")
_CITATION_WORDS = frozenset({"section", "sections", "s", "ss", "regulation", "regulations", "reg", "schedule",
                             "paragraph", "para", "article", "articles", "part", "chapter", "rule", "clause"})
_CITATION_RE = re.compile(r"^(s|ss|reg|para|art|sch)\.?\d+[A-Za-z]*(\(\d+[a-z]?\))*$", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^\d+[A-Za-z]{0,2}(\(\d+[a-z]?\))*$")
_ENTITY_LABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT"})


@dataclass
class _Word:
    first: int  # token index of its first token
    last: int  # token index of its last token
    text: str


def _words(texts: Sequence[str], idx: Sequence[int], lo: int, hi: int) -> list[_Word]:
    """The block's words: tokens joined where a hyphen or "'s" touches them ("Co-ordinator")."""
    out: list[_Word] = []
    prev_end = -1
    for t in range(lo, hi):
        text = texts[t]
        if text.isspace():
            prev_end = -1
            continue
        touching = idx[t] == prev_end
        prev_end = idx[t] + len(text)
        if out and touching and (text in _JOINERS or out[-1].text[-1:] in "-\u2010\u2011" and
                                 out[-1].text not in _JOINERS):
            w = out[-1]
            w.last = t
            w.text += text
            continue
        out.append(_Word(t, t, text))
    return out


def _capitalised(word: str, not_in_names: frozenset[str]) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word) and word not in not_in_names


def _title_cased(words: list[_Word]) -> bool:
    """Most longer words capitalised in a short line that is not a sentence: a heading
    written as a paragraph, a table header, a Title Case list item."""
    if len(words) > 15 or (words and words[-1].text in (".", "!", "?")):
        return False
    long_words = [w.text for w in words if len(w.text) >= 4 and w.text.replace("-", "").isalpha()]
    if len(long_words) < 2:
        return False
    caps = sum(1 for w in long_words if w[:1].isupper())
    return caps >= 0.75 * len(long_words)


# -- finding names ----------------------------------------------------------------------------


def find_names(analysed: Analysed, extra_names: Iterable[str] = ()) -> list[NameSpan]:
    """Every name and title in the document, as token spans, in document order."""
    data = name_data()
    texts, idx = analysed.token_text, analysed.token_idx
    document = analysed.document
    spans: list[NameSpan] = []
    block_ranges = _block_token_ranges(analysed.token_block, len(document.blocks))
    listed = _listed_trie(tuple(data.names) + tuple(extra_names))
    for b, (lo, hi) in enumerate(block_ranges):
        if lo >= hi:
            continue
        words = _words(texts, idx, lo, hi)
        heading = document.blocks[b].kind == "heading" or _title_cased(words)
        spans.extend(_rule_names(words, data, heading))
        spans.extend(_listed_names(words, listed))
        spans.extend(_citations(words))
    if analysed.doc is not None:
        spans.extend(_entity_names(analysed, data))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def _block_token_ranges(token_block: Sequence[int], nblocks: int) -> list[tuple[int, int]]:
    ranges = [(0, 0)] * nblocks
    n = len(token_block)
    t = 0
    while t < n:
        b = token_block[t]
        s = t
        while t < n and token_block[t] == b:
            t += 1
        if 0 <= b < nblocks:
            ranges[b] = (s, t)
    return ranges


def _rule_names(words: list[_Word], data: NameData, heading: bool) -> list[NameSpan]:
    """Title Case runs with a head word at the end (or a head-first word at the start)."""
    out: list[NameSpan] = []
    connectors = data.heading_connectors if heading else data.connectors
    nin = data.not_in_names
    n = len(words)
    i = 0
    while i < n:
        if not _capitalised(words[i].text, nin):
            i += 1
            continue
        run = _run(words, i, connectors, nin, heading)
        span = _name_in_run(words, run, data, heading)
        if span is not None:
            out.append(span)
        i = run[-1] + 1
    return out


def _run(words: list[_Word], i: int, connectors: frozenset[str], nin: frozenset[str], heading: bool) -> list[int]:
    """Word indices of a Title Case run starting at ``i`` (connectors only between capitals)."""
    run = [i]
    n = len(words)
    j = i + 1
    while j < n:
        text = words[j].text
        if _capitalised(text, nin) or (_YEAR_RE.match(text) and run):
            run.append(j)
            j += 1
            continue
        if text == "(":
            close = _paren_group(words, j, nin)
            if close is not None:
                run.extend(range(j, close + 1))
                j = close + 1
                continue
            break
        if text in connectors or (text == "," and not heading):
            # Connectors stay only when a capital follows them ("Convention on the Rights").
            k = j
            while k < n and (words[k].text in connectors or words[k].text == ","):
                if words[k].text == "and" and k + 1 < n and words[k + 1].text == "the":
                    break  # "Looked After Children and the Leaving Care Team": two things
                k += 1
            if k < n and k > j and _capitalised(words[k].text, nin) and words[k - 1].text != ",":
                run.extend(range(j, k))
                j = k
                continue
            if k < n and k > j and _capitalised(words[k].text, nin) and words[k - 1].text == "," and k - j == 1:
                run.extend(range(j, k))
                j = k
                continue
        break
    return run


def _paren_group(words: list[_Word], j: int, nin: frozenset[str]) -> int | None:
    """Index of the ")" closing a short capitalised group such as "(Leaving Care)" or "(England)"."""
    n = len(words)
    k = j + 1
    caps = 0
    while k < n and k <= j + 8:
        text = words[k].text
        if text == ")":
            return k if caps else None
        if _capitalised(text, nin):
            caps += 1
        elif text not in (",", "and", "of", "the", "for", "No", ".") and not text.isdigit():
            return None
        k += 1
    return None


def _name_in_run(words: list[_Word], run: list[int], data: NameData, heading: bool) -> NameSpan | None:
    texts = [words[k].text for k in run]
    caps = [k for k in range(len(run)) if texts[k][:1].isupper()]
    if len(caps) < 2:
        return None
    # The last head word makes the name, with a year or "(England)" after a law's title.
    for pos in range(len(run) - 1, -1, -1):
        text = texts[pos]
        kind = _head_kind(text, data, heading)
        if kind is None:
            continue
        capitals_before = sum(1 for k in caps if k < pos)
        if capitals_before < 1 or (text in data.weak_heads and capitals_before < 2):
            continue
        end = pos
        while end + 1 < len(run) and (texts[end + 1] in ("(", ")") or _YEAR_RE.match(texts[end + 1]) or
                                      (texts[end + 1][:1].isupper() and _inside_parens(texts, end + 1))):
            end += 1
        return NameSpan(words[run[0]].first, words[run[end]].last + 1, kind)
    # "Convention on the Rights of ...", "Royal College of Psychiatrists", "Office of the ...".
    for pos in range(len(run) - 2):
        if texts[pos] in data.head_first and texts[pos + 1] in ("of", "on", "for", "in", "&"):
            last = len(run) - 1
            return NameSpan(words[run[0]].first, words[run[last]].last + 1,
                            "law" if texts[pos] in data.law_heads else "organisation")
    return None


def _inside_parens(texts: list[str], k: int) -> bool:
    opened = texts[:k].count("(") - texts[:k].count(")")
    return opened > 0


def _head_kind(text: str, data: NameData, heading: bool) -> str | None:
    if text in data.law_heads:
        return "law"
    if text in data.job_heads:
        return "job title"
    if text in data.organisation_heads:
        if heading and text.endswith("s") and text[:-1] in data.organisation_heads:
            return None  # "Looked After Children Services" as a heading describes, not names
        return "organisation"
    if text in data.document_heads and not heading:
        return "document"
    return None


# -- listed names -----------------------------------------------------------------------------

_END = ""


@lru_cache(maxsize=8)
def _listed_trie(names: tuple[str, ...]) -> dict[str, Any]:
    """Names as a trie of lower-case words; each end holds the name's words for a case check."""
    from plainspeak.tokenizer import get_tokenizer

    tok = get_tokenizer()
    root: dict[str, Any] = {}
    for name in names:
        toks = tok(name)
        words = _words(toks.text, toks.idx, 0, len(toks.text))
        if not words:
            continue
        node = root
        for w in words:
            node = node.setdefault(w.text.lower().replace("\u2019", "'"), {})
        node.setdefault(_END, []).append(tuple(w.text for w in words))
    return root


def _listed_names(words: list[_Word], trie: dict[str, Any]) -> list[NameSpan]:
    out: list[NameSpan] = []
    n = len(words)
    for i in range(n):
        node = trie.get(words[i].text.lower().replace("\u2019", "'"))
        if node is None:
            continue
        j = i + 1
        best = None
        while True:
            for form in node.get(_END, ()):
                if _same_capitals(form, words[i:j]):
                    best = j
            if j >= n:
                break
            node = node.get(words[j].text.lower().replace("\u2019", "'"))
            if node is None:
                break
            j += 1
        if best is not None:
            out.append(NameSpan(words[i].first, words[best - 1].last + 1, "listed"))
    return out


def _same_capitals(form: tuple[str, ...], words: list[_Word]) -> bool:
    """Every capitalised word of the listed name is capitalised in the text too."""
    if len(form) == 1 and not words[0].text[:1].isupper():
        return False
    return all(not f[:1].isupper() or w.text[:1].isupper() for f, w in zip(form, words, strict=False))


# -- citations --------------------------------------------------------------------------------


def _citations(words: list[_Word]) -> list[NameSpan]:
    out: list[NameSpan] = []
    n = len(words)
    for i, w in enumerate(words):
        low = w.text.lower().rstrip(".")
        if _CITATION_RE.match(w.text):
            out.append(NameSpan(w.first, w.last + 1, "citation"))
        elif low in _CITATION_WORDS and i + 1 < n and _NUMBER_RE.match(words[i + 1].text):
            out.append(NameSpan(w.first, words[i + 1].last + 1, "citation"))
    return out


# -- a trained pipeline's entities -----------------------------------------------------------


def _entity_names(analysed: Analysed, data: NameData) -> list[NameSpan]:
    """ORG, LAW and similar entities, kept only when written as names (capitalised words)."""
    doc = analysed.doc
    out: list[NameSpan] = []
    if doc is None:
        return out
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS or len(ent) < 2:
            continue
        words = [t.text for t in ent if not t.is_punct and not t.is_space]
        if sum(1 for w in words if w[:1].isupper()) < 2:
            continue
        if not all(w[:1].isupper() or w in data.connectors or w.isdigit() for w in words):
            continue
        out.append(NameSpan(ent.start, ent.end, "entity"))
    return out
