"""Acronyms: every abbreviation explained the first time, unless everyone knows it.

A person reading a policy about their own life should never have to guess what "LADO"
or "DoLS" means. GOV.UK and NHS guidance both say: spell it out the first time, with the
short form in brackets, except for a short list that everyone knows. This check finds
the short forms, finds where the document explains them, and says what is missing.

Codes (severity):
  PS201 (warning)    used but never explained; reported once, at the first use.
  PS202 (warning)    used before the place it is explained; the message names that line.
                     (Not for a heading whose own section explains it: "## EHCPs".)
  PS203 (suggestion) explained twice in the same way, or explained two different ways.
  PS204 (suggestion) explained but hardly used: write the words out instead.

What counts as an acronym (each rule is explainable to a writer):
  * a word with two or more capitals: all capitals ("EHCP"), or mixed case with at least
    as many capitals as small letters ("DoLS", "SENCo", "CiC"); a plural or possessive
    ending is not part of it ("EHCPs", "the LADO's");
  * dotted capitals ("U.K.") count as the letters without dots, except initials before a
    name ("J.R.R. Tolkien");
  * a word with digits counts when the digits sit between letters ("S4C"). Capitals
    followed by a number ("SR1", "CH2", "KS2", "MI5") are reference codes, counted only
    when a glossary lists them or the document explains them. Section references
    ("S17", "s.17", "ss17A"), numbers with units ("5KB"), postcodes ("AB12 3CD") and
    hyphenated references with a number part ("FOI-2023-114", "COVID-19") never count;
  * never: single capitals, Roman numerals ("Part II"; with C, D or M only after words
    like "Part" or "Schedule"), units and times ("KB", "MPH", "PM"), words in capitals
    for emphasis ("You MUST NOT") and every capital word of a sentence or heading that is
    mostly in capitals, and anything inside code, URLs or e-mail addresses;
  * an all-capital word that is also an English word ("CARE", "SEND", "WHO") is an
    acronym only when a glossary lists it, the document explains it, or it is a short
    word (3-4 letters) not next to other capital words; after "please", "will", "must"...
    it is the verb ("Please SEND the form").
Acronyms on the well-known list (``data/well_known_acronyms.txt``, from GOV.UK and NHS
guidance), in ``acronyms.allow`` or marked ``well_known: yes`` in a glossary are skipped.

What counts as explaining one, checked against the letters loosely (small words like
"and", "of" may be skipped or give their first letter; a word may give one or two more
letters from inside it; hyphenated parts count as words; an acronym of four or more
letters may miss one letter or one word):
  * "Full Name (ABBR)", "Full Name, known as ABBR";
  * "ABBR (Full Name)";
  * "ABBR stands for / is short for / is an abbreviation for ..." (always), and
    "ABBR means / refers to ..." when the words match or the acronym starts the sentence;
  * a glossary: a table cell holding only the acronym with the expansion in the next
    cell of the row, or lines "ABBR - expansion" / "ABBR: expansion" at the start of a
    paragraph or list item. Under a heading such as "Abbreviations" or "Glossary", or in
    a table with a header such as "Acronym | Meaning", the words need not match letters.

All of this is one regular-expression pass over the text: the expensive matching of
letters to words only runs on the few places that look like explanations.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from plainspeak.analyse import Analysed
from plainspeak.checks import CheckContext
from plainspeak.document import Document
from plainspeak.errors import ConfigError
from plainspeak.fastload import BlockTable, PatternCache
from plainspeak.findings import Finding, make_finding
from plainspeak.glossary.model import Acronym, Entry

# Compiled from cached code (plainspeak.fastload): compiling them took about 15 ms a run.
_rx = PatternCache("acronyms").compile

# -- patterns, compiled once ------------------------------------------------------------

#: A word holding a capital followed later by another capital or a digit. The lookbehind
#: keeps matches to whole words; hyphens, slashes, dots and apostrophes inside a word are
#: kept so "FOI-2023-114", "s.17" and "LADO's" are judged whole.
_CANDIDATE = _rx(
    r"(?<![A-Za-z0-9&_.\-/\u2010\u2011])"
    # Bounded look-ahead: unbounded, a run of apostrophes or "x'x'x'..." was scanned to its
    # end from every position (quadratic: 100 KB took minutes). No acronym's first two
    # capitals are 100 characters apart.
    r"(?=[A-Za-z0-9&])(?=[A-Za-z0-9&.\-/'\u2019]{0,100}?[A-Z][A-Za-z0-9&.\-/'\u2019]{0,100}?[A-Z0-9])"
    r"[A-Za-z0-9&](?:[A-Za-z0-9&]|[.\-/'\u2019\u2010\u2011](?=[A-Za-z0-9&]))*"
)
_DOTTED = _rx(r"(?:[A-Z]\.)+[A-Z]")
_SECTION = _rx(r"(?i)s{1,2}\d+[a-z]{0,2}")
_CODE = _rx(r"[A-Z]{1,4}\d+")
_POSTCODE = _rx(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_ROMAN = _rx(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_SMALL = frozenset("IVXL")
_URLS = _rx(
    r"(?:https?://|ftp://|www\.)[^\s<>()\[\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`[^`\n]*`"
)
_SPLIT = _rx(r"[-/\u2010\u2011]")
_WORDS = _rx(r"[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z][A-Za-z'\u2019]*)*|&")
_PLAIN_WORDS = _rx(r"[A-Za-z&][A-Za-z&'\u2019]*")
_PREV_WORD = _rx(r"([A-Za-z]+)\W*$")
_NAME_AFTER = _rx(r"\.?\s+[A-Z][a-z]")

_QUOTES = "\"'\u201c\u201d\u2018\u2019"
#: What may come before a glossary line's acronym: quotes, bold, bullets.
_LEAD = _QUOTES + " *\u2022\u00b7\u2013\u2014-"
_OPEN_BEFORE = _rx(
    r"\(\s*(?:(?:the|a|an|or|also|known as|called|referred to as|hereafter|hereinafter)\s+)*"
    r"[\"'\u201c\u2018]?$", re.IGNORECASE)
_CLOSE_AFTER = _rx(r"[\"'\u201d\u2019]?\s*(?:for short\s*)?\)")
_KNOWN_AS = _rx(
    r"(?:,\s*|\s)(?:also\s+|usually\s+|often\s+)?(?:known as|called|referred to as)\s+(?:the\s+|an?\s+)?"
    r"[\"'\u201c\u2018]?$", re.IGNORECASE)
_PAREN_AFTER = _rx(r"\s*\(([^()]{3,200})\)")
_VERB_AFTER = _rx(
    r"[\"'\u201d\u2019]?\s*,?\s*(stands for|is short for|is shorthand for|is an abbreviation (?:of|for)|"
    r"is the abbreviation (?:of|for)|is the short form of|means|refers to|is(?=\s+(?:the|an?)\s))\s+([^\n]+)",
    re.IGNORECASE)
_EXPLICIT_VERBS = ("stands", "is short", "is shorthand", "is an abbr", "is the abbr", "is the short")
_SEPARATOR_AFTER = _rx(r"[\"'\u201d\u2019]?\s*(?:[:=\u2013\u2014]|-(?=\s))\s*")
_SENTENCE_END = _rx(r"[.;!?](?:\s|$)")
_SENTENCE_LEAD = _rx(r"^(?:(?:the|an?)\s+)?[\"'\u201c\u2018]?$", re.IGNORECASE)


# -- data, loaded once --------------------------------------------------------------------

@dataclass(frozen=True)
class _Rules:
    units: frozenset[str]
    emphasis: frozenset[str]
    roman_lead: frozenset[str]
    verb_leads: frozenset[str]
    small: frozenset[str]
    glossary_heading: re.Pattern[str]
    glossary_cell: re.Pattern[str]
    well_known: frozenset[str]
    sources: list[dict[str, str]]
    why: dict[str, str]


def _data_text(name: str) -> str:
    from plainspeak.fastload import read_resource

    return read_resource(name).decode("utf-8")


def _parse_rules(raw: bytes) -> Any:
    from plainspeak.yamlio import load_yaml

    name = "acronym_rules.yaml"
    return load_yaml(raw.decode("utf-8"), f"plainspeak/data/{name}", ConfigError)


@lru_cache(maxsize=1)
def rules() -> _Rules:
    from plainspeak.fastload import cached_data

    data = cached_data("acronym_rules.yaml", _parse_rules)  # parsed once, kept as JSON

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    def alternation(key: str) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(data[key], key=lambda w: -len(str(w))))

    well_known = frozenset(
        line.strip().upper() for line in _data_text("well_known_acronyms.txt").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
    return _Rules(
        units=words("units"),
        emphasis=words("emphasis"),
        roman_lead=words("roman_lead_words"),
        verb_leads=words("verb_leads"),
        small=words("small_words"),
        glossary_heading=_rx(rf"\b(?:{alternation('glossary_headings')})\b", re.IGNORECASE),
        glossary_cell=_rx(rf"\s*(?:{alternation('glossary_header_cells')})s?\s*:?\s*", re.IGNORECASE),
        well_known=well_known,
        sources=[{"title": str(s.get("title", "")), "organisation": str(s.get("organisation", "")),
                  "year": str(s.get("year", "")), "url": str(s.get("url", ""))} for s in data["sources"]],
        why={str(k): " ".join(str(v).split()) for k, v in data["why"].items()},
    )


def _in_dictionary(word: str) -> bool:
    """Whether ``word`` (lower case) is an ordinary English word, to tell "You MUST"
    (emphasis) from "the MASH" (acronym): a form or lemma in the lemma table, or a stop word."""
    if len(word) < 3 or not word.isalpha():
        return False
    from plainspeak.nlp import lemma_table

    return word in lemma_table() or word in _lemmas() or word in _stop_words()


def _lemmas() -> BlockTable:
    from plainspeak.nlp import lemma_values

    return lemma_values()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from plainspeak.tokenizer import stop_words

    return stop_words()


# -- occurrences and explanations -----------------------------------------------------------

@dataclass(eq=False)
class _Occ:
    key: str  # upper-case letters: what groups "SENCo" and "SENCO"
    form: str
    start: int
    end: int
    #: End of the whole word part, plural and possessive endings included.
    after: int
    #: "acr" an acronym; "caps" all capitals, maybe an ordinary word in capitals;
    #: "code" capitals and a number, an acronym only when known.
    kind: str
    sentence: int
    block: int
    explains: bool = False


@dataclass
class _Expl:
    occ: _Occ
    #: "inline" (in running text) or "glossary" (a table row or a definition line).
    kind: str
    expansion: str
    #: The words were matched to the letters (so two expansions can be compared).
    matched: bool


@dataclass
class _State:
    analysed: Analysed
    rules: _Rules
    occs: list[_Occ] = field(default_factory=list)
    expls: list[_Expl] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    glossary_blocks: list[bool] = field(default_factory=list)


def _letters(abbr: str) -> str:
    return "".join(c for c in abbr.lower() if c.isalpha())


def _split_words(text: str, small: frozenset[str]) -> list[tuple[str, bool]]:
    """Words as (lower-case text, may be skipped for free)."""
    out: list[tuple[str, bool]] = []
    for raw in _WORDS.findall(text):
        word = raw.lower().replace("\u2019", "'")
        if word.endswith("'s"):
            word = word[:-2]
        word = word.replace("'", "")
        parts = [p for p in word.split("-") if p]
        for k, part in enumerate(parts):
            out.append((part, part in small or k > 0))
    return out


def _match_cost(abbr: str, words: list[tuple[str, bool]]) -> int:
    """Fewest misses when the words spell the letters: 0 is a perfect match.

    The first word must give the first letter. Every word gives its first letter or is
    skipped (free for small words and later parts of a hyphenated word, else a miss); a
    word may give up to two more letters from inside it ("co-ordinator" → "co",
    "healthcare" → "hc"); a letter no word gives is a miss.
    """
    lead = 0
    while lead < len(words) - 1 and words[lead][1] and words[lead][0][:1] != abbr[:1]:
        lead += 1  # "the designated safeguarding lead"
    words = words[lead:]
    n, m = len(words), len(abbr)
    if not n or not m or words[0][0][:1] != abbr[0]:
        return m + n
    if m > 24 or n > 120:
        # No real acronym is this long or spelt by this many words; the search below
        # recurses once per word and letter, and a hostile "acronym" of a thousand
        # capitals exhausted the stack.
        return m + n
    memo: dict[tuple[int, int], int] = {}

    def after_word(i: int, j: int) -> int:
        # words[i] has given abbr[j]; it may give one or two more letters from inside.
        word = words[i][0]
        best = f(i + 1, j + 1)
        pos, k = 1, j + 1
        for _extra in range(2):
            if k >= m:
                break
            found = word.find(abbr[k], pos)
            if found < 0:
                break
            pos, k = found + 1, k + 1
            best = min(best, f(i + 1, k))
        return best

    def f(i: int, j: int) -> int:
        if i == n:
            return m - j
        cached = memo.get((i, j))
        if cached is not None:
            return cached
        word, free = words[i]
        best = (0 if free else 1) + f(i + 1, j)
        if j < m:
            if word[:1] == abbr[j]:
                best = min(best, after_word(i, j))
            best = min(best, 1 + f(i, j + 1))
        memo[(i, j)] = best
        return best

    return after_word(0, 0)


def _budget(abbr: str) -> int:
    return 1 if len(abbr) >= 4 else 0


@lru_cache(maxsize=4096)
def _expansion_before(abbr: str, text: str, small: frozenset[str]) -> str | None:
    """The words at the end of ``text`` that spell ``abbr``: "Full Name" of "Full Name (FN)"."""
    letters = _letters(abbr)
    if not letters:
        return None
    most = 2 * len(letters) + 4
    text = text[-16 * most:]
    spans = [(m.start(), m.group(0)) for m in _WORDS.finditer(text)][-most:]
    best: tuple[int, int] | None = None
    for start in range(len(spans) - 1, -1, -1):
        first = spans[start][1].lower()
        if first[:1] != letters[0]:
            continue
        cost = _match_cost(letters, _split_words(text[spans[start][0]:], small))
        if cost <= _budget(letters) and (best is None or cost < best[0]):
            best = (cost, start)
            if cost == 0:
                break
    if best is None:
        return None
    return text[spans[best[1]][0]:].strip(" ,;:\u2013\u2014-\"'\u201c\u201d")


@lru_cache(maxsize=4096)
def _expansion_after(abbr: str, text: str, small: frozenset[str]) -> str | None:
    """The first words of ``text`` that spell ``abbr``: "Full Name" of "FN - Full Name. More"."""
    letters = _letters(abbr)
    spans = [(m.end(), m.group(0)) for m in _WORDS.finditer(text)][: 2 * len(letters) + 4]
    best: tuple[int, int] | None = None
    for end in range(1, len(spans) + 1):
        cost = _match_cost(letters, _split_words(text[: spans[end - 1][0]], small))
        if cost <= _budget(letters) and (best is None or cost < best[0]):
            best = (cost, end)
    if best is None:
        return None
    return text[: spans[best[1] - 1][0]]


@lru_cache(maxsize=4096)
def _normal(expansion: str, small: frozenset[str]) -> str:
    words = [w.rstrip("s") for w in _PLAIN_WORDS.findall(expansion.lower()) if w not in small]
    return " ".join(words)


# -- the pass -------------------------------------------------------------------------------

def _classify(base: str, text: str, start: int, rules_: _Rules) -> str | None:
    if base.isalpha() and base.isupper():
        return _classify_caps(base, text, start, rules_)
    uppers = sum(1 for c in base if c.isupper())
    lowers = sum(1 for c in base if c.islower())
    if any(c.isdigit() for c in base):
        if base[0].isdigit() or _SECTION.fullmatch(base):
            return None
        if _CODE.fullmatch(base):
            return "code"
        return "acr" if uppers >= 2 and not base[-1].isdigit() else None
    if uppers < 2:
        return None
    if lowers:
        return "acr" if uppers >= lowers else None
    return _classify_caps(base, text, start, rules_)


def _classify_caps(base: str, text: str, start: int, rules_: _Rules) -> str | None:
    if len(base) < 2 or base.lower() in rules_.units:
        return None
    if _ROMAN.fullmatch(base):
        if set(base) <= _ROMAN_SMALL:
            return None
        prev = _PREV_WORD.search(text, max(0, start - 30), start)
        if prev and prev.group(1).lower() in rules_.roman_lead:
            return None
    return "caps"


def _collect(state: _State) -> None:
    analysed, rules_ = state.analysed, state.rules
    document = analysed.document
    text = document.text
    hidden: list[tuple[int, int]] = []
    if "@" in text or "://" in text or "www." in text or "`" in text:
        hidden = [(m.start(), m.end()) for m in _URLS.finditer(text)]
    hidden_starts = [h[0] for h in hidden]
    starts = state.sentence_starts
    block_starts = [b.start for b in document.blocks]
    skip_until = -1
    for m in _CANDIDATE.finditer(text):
        word, s = m.group(0), m.start()
        if s < skip_until:
            continue
        if hidden:
            k = bisect.bisect_right(hidden_starts, s) - 1
            if k >= 0 and hidden[k][1] > s:
                continue
        postcode = _POSTCODE.match(text, s)
        if postcode:
            skip_until = postcode.end()
            continue
        sentence = max(0, bisect.bisect_right(starts, s) - 1)
        block = max(0, bisect.bisect_right(block_starts, s) - 1)
        if "." in word:
            if not _DOTTED.fullmatch(word) or _NAME_AFTER.match(text, m.end()):
                continue  # "s.17", "J.R. Smith": a reference or initials
            base = word.replace(".", "")
            end = m.end() + (1 if text[m.end():m.end() + 1] == "." else 0)
            state.occs.append(_Occ(base.upper(), base, s, end, end, "caps", sentence, block))
            continue
        parts = _SPLIT.split(word)
        if len(parts) > 1 and any(p[:1].isdigit() for p in parts):
            continue  # "FOI-2023-114", "COVID-19", "SC/2023/114": a reference, not a word
        offset = s
        for part in parts:
            part_start = offset
            offset += len(part) + 1
            base = part
            if base[-2:] in ("'s", "\u2019s"):
                base = base[:-2]
            if "'" in base or "\u2019" in base or not base:
                continue
            if len(base) >= 3 and base[-1] == "s" and sum(1 for c in base[:-1] if c.isupper()) >= 2:
                stem = base[:-1]
                if stem.isupper() or _classify(stem, text, part_start, rules_) == "acr":
                    base = stem
            kind = _classify(base, text, part_start, rules_)
            if kind is None:
                continue
            state.occs.append(_Occ(base.upper(), base, part_start, part_start + len(base),
                                   part_start + len(part), kind, sentence, block))


def _glossary_blocks(document: Document, rules_: _Rules) -> list[bool]:
    """For each block: is it part of a list of abbreviations (by heading or table header)?"""
    text = document.text
    out: list[bool] = []
    under_heading = False
    table = False
    cells = 0
    prev_kind = ""
    for block in document.blocks:
        content = text[block.start:block.end]
        if block.kind == "heading":
            under_heading = bool(rules_.glossary_heading.search(content))
        if block.kind == "table_cell":
            if prev_kind != "table_cell":
                table, cells = False, 0
            cells += 1
            if cells <= 4 and rules_.glossary_cell.fullmatch(content):
                table = True
        out.append(under_heading or (block.kind == "table_cell" and table))
        prev_kind = block.kind
    return out


def _same_row(document: Document, a: int, b: int) -> bool:
    first, second = document.blocks[a], document.blocks[b]
    if second.kind != "table_cell":
        return False
    if first.location and second.location and ", column" in first.location:
        return first.location.rsplit(", column", 1)[0] == second.location.rsplit(", column", 1)[0]
    if document.format == "markdown":
        return document.line_col(document.offsets[first.start])[0] == document.line_col(
            document.offsets[second.start])[0]
    return True


def _explanations(state: _State) -> None:
    analysed, rules_ = state.analysed, state.rules
    document = analysed.document
    text = document.text
    small = rules_.small
    blocks = document.blocks
    state.glossary_blocks = _glossary_blocks(document, rules_)
    chain_block, chain_end = -1, -1
    for index, occ in enumerate(state.occs):
        block = blocks[occ.block]
        bs, be = block.start, block.end
        in_glossary = state.glossary_blocks[occ.block]
        expl: _Expl | None = None
        before = text[max(bs, occ.start - 60):occ.start]
        # "Full Name (ABBR)"
        if "(" in before and _OPEN_BEFORE.search(before) and _CLOSE_AFTER.match(text, occ.after):
            paren = text.rfind("(", bs, occ.start)
            found = _expansion_before(occ.form, text[max(bs, paren - 300):paren], small)
            if found:
                expl = _Expl(occ, "inline", found, True)
        # "Full Name, known as ABBR"
        if expl is None and _KNOWN_AS.search(before):
            lead = _KNOWN_AS.search(before)
            assert lead is not None
            cut = occ.start - len(before) + lead.start()
            found = _expansion_before(occ.form, text[max(bs, cut - 300):cut], small)
            if found:
                expl = _Expl(occ, "inline", found, True)
        # "ABBR (Full Name)"
        if expl is None:
            paren_m = _PAREN_AFTER.match(text, occ.after, be)
            if paren_m and _match_cost(_letters(occ.form), _split_words(paren_m.group(1), small)) <= _budget(
                    _letters(occ.form)):
                expl = _Expl(occ, "inline", paren_m.group(1).strip(), True)
        # "ABBR stands for ...", "ABBR means ..."
        if expl is None:
            verb_m = _VERB_AFTER.match(text, occ.after, be)
            if verb_m:
                rest = verb_m.group(2)
                end_m = _SENTENCE_END.search(rest)
                rest = rest[: end_m.start()] if end_m else rest
                matched = _expansion_after(occ.form, rest, small)
                sentence = analysed.sentences[occ.sentence] if analysed.sentences else None
                starts_sentence = sentence is not None and bool(
                    _SENTENCE_LEAD.match(text[sentence.start:occ.start]))
                explicit = verb_m.group(1).lower().startswith(_EXPLICIT_VERBS)
                if verb_m.group(1).lower() == "is":
                    explicit = starts_sentence = False  # "The DSL is a teacher": only if the words match
                if verb_m.group(1).lower() == "means" and rest.lower().startswith(("that", "we ", "you ")):
                    starts_sentence = False  # "The SCCIF means that: ..." says what it does, not what it stands for
                if matched or explicit or starts_sentence:
                    expl = _Expl(occ, "inline", (matched or rest).strip(), bool(matched))
        # Glossary lines: "ABBR - expansion" at the start of a block, one after another.
        if expl is None:
            sep = _SEPARATOR_AFTER.match(text, occ.after, be)
            at_start = not text[bs:occ.start].strip(_LEAD)
            chained = chain_block == occ.block and not text[chain_end:occ.start].strip(" ,.;")
            if sep and (at_start or chained or in_glossary):
                rest_end = be
                for later in state.occs[index + 1:]:
                    if later.block != occ.block:
                        break
                    if _SEPARATOR_AFTER.match(text, later.after, be):
                        rest_end = later.start
                        break
                rest = text[sep.end():rest_end]
                matched = _expansion_after(occ.form, rest, small)
                if matched and (at_start or chained or in_glossary):
                    expl = _Expl(occ, "glossary", matched.strip(), True)
                elif in_glossary and (at_start or chained) and rest.strip():
                    expl = _Expl(occ, "glossary", rest.strip(" ,.;"), False)
                if expl is not None:
                    chain_block, chain_end = occ.block, rest_end
            elif in_glossary and not text[bs:occ.start].strip(_LEAD) and block.kind != "table_cell":
                # "EHCP Education, Health and Care Plan" (a tab became a space)
                matched = _expansion_after(occ.form, text[occ.after:be].lstrip(" \t"), small)
                if matched:
                    expl = _Expl(occ, "glossary", matched.strip(), True)
        # A table row: | ABBR | expansion |
        if (expl is None and block.kind == "table_cell" and occ.block + 1 < len(blocks)
                and not text[bs:occ.start].strip(_QUOTES + " *")
                and not text[occ.after:be].strip(_QUOTES + " *:")
                and _same_row(document, occ.block, occ.block + 1)):
            nxt = blocks[occ.block + 1]
            cell = text[nxt.start:nxt.end].strip()
            matched = _expansion_after(occ.form, cell, small) if cell else None
            if matched:
                expl = _Expl(occ, "glossary", cell, True)
            elif cell and in_glossary:
                expl = _Expl(occ, "glossary", cell, False)
        if expl is not None:
            occ.explains = True
            state.expls.append(expl)


def _shouted(state: _State, sentence_index: int, known: set[str], cache: dict[int, bool]) -> bool:
    """Is a sentence (or heading) mostly in capitals, as in "READ THIS BEFORE YOU SIGN"?"""
    found = cache.get(sentence_index)
    if found is not None:
        return found
    sentences = state.analysed.sentences
    result = False
    if sentences:
        s = sentences[sentence_index]
        words = [w for w in _PLAIN_WORDS.findall(state.analysed.text[s.start:s.end]) if len(w) >= 2]
        caps = [w for w in words if w.isupper()]
        if len(caps) >= 2 and len(caps) >= 0.6 * len(words):
            result = any(_ordinary(w, state.rules) and w.upper() not in known for w in caps)
    cache[sentence_index] = result
    return result


def _ordinary(word: str, rules_: _Rules) -> bool:
    lower = word.lower()
    return lower in rules_.emphasis or (len(lower) >= 3 and _in_dictionary(lower))


def _emphasis(word: str, rules_: _Rules) -> bool:
    """An ordinary word that, in capitals, is surely emphasis and never an acronym."""
    lower = word.lower()
    return lower in rules_.emphasis or (len(lower) >= 3 and lower in _stop_words()) or (
        len(lower) >= 5 and _in_dictionary(lower))


def _allowed(ctx: CheckContext, rules_: _Rules, glossary: _ByKey) -> set[str]:
    config = ctx.config.acronyms
    allowed = {a.strip().upper() for a in config.allow if a.strip()}
    if not config.replace_defaults:
        allowed |= rules_.well_known
        allowed |= glossary.well_known()
    return allowed


class _ByKey(Mapping[str, Acronym]):
    """The glossaries' acronyms by the key an occurrence has (letters without dots, a
    plural's "s" dropped). Only the letters are read up front: an acronym from the compiled
    glossary cache is built when a document has it (a page has a few of hundreds)."""

    def __init__(self, acronyms: Mapping[str, Acronym]) -> None:
        self._acronyms = acronyms
        self._letters: dict[str, str] = {}
        for abbr in acronyms:
            key = abbr.replace(".", "").upper()
            if key.endswith("S") and abbr.endswith("s") and not abbr.isupper():
                key = key[:-1]
            # A later glossary (a panel's own) replaces an earlier one's letters.
            self._letters[key] = abbr

    def __getitem__(self, key: str) -> Acronym:
        return self._acronyms[self._letters[key]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._letters)

    def __len__(self) -> int:
        return len(self._letters)

    def well_known(self) -> set[str]:
        """Keys of acronyms marked ``well_known`` (from the cache's list when it has one)."""
        marked = getattr(self._acronyms, "well_known", None)
        if marked is None:
            return {key for key, a in self.items() if a.well_known}
        return {key for key, abbr in self._letters.items() if abbr in marked}


def _glossary_by_key(ctx: CheckContext) -> _ByKey:
    cached = ctx.extra.get("acronyms_by_key")
    if cached is None:
        cached = ctx.extra["acronyms_by_key"] = _ByKey(ctx.glossary.acronyms)
    return cached  # type: ignore[no-any-return]


def _keep(state: _State, known: set[str]) -> list[_Occ]:
    """Occurrences that are acronyms, once the document's own explanations are known."""
    rules_ = state.rules
    occs = state.occs
    text = state.analysed.text
    cache: dict[int, bool] = {}
    kept: list[_Occ] = []
    for k, occ in enumerate(occs):
        if occ.kind == "code" and occ.key not in known:
            continue
        if occ.kind == "caps" and occ.key in known and _ordinary(occ.form, rules_):
            prev = _PREV_WORD.search(text, max(0, occ.start - 30), occ.start)
            if prev and prev.group(1).lower() in rules_.verb_leads:
                continue  # "Please SEND the form": the verb, in capitals
        if occ.key in known and occ.kind != "caps":
            if not _shouted(state, occ.sentence, known, cache):
                kept.append(occ)
            continue
        if occ.kind == "caps" and occ.key not in known:
            if _emphasis(occ.form, rules_):
                continue
            if _ordinary(occ.form, rules_):
                block = state.analysed.document.blocks[occ.block]
                if not text[block.start:occ.start].strip(_LEAD) and not text[occ.after:block.end].strip(" .:"):
                    continue  # a heading or table cell that is one word in capitals: "NAME"
                prev_next = [occs[k - 1]] if k > 0 else []
                prev_next += [occs[k + 1]] if k + 1 < len(occs) else []
                if any(o.kind == "caps" and _ordinary(o.form, rules_) and not text[
                        min(o.after, occ.after):max(o.start, occ.start)].strip() for o in prev_next):
                    continue  # "TAKE CARE": a run of words in capitals
        if _shouted(state, occ.sentence, known, cache):
            continue
        kept.append(occ)
    return kept


def run(analysed: Analysed, ctx: CheckContext) -> list[Finding]:
    rules_ = rules()
    state = _State(analysed, rules_, sentence_starts=[s.start for s in analysed.sentences])
    _collect(state)
    if not state.occs:
        return []
    _explanations(state)
    glossary = _glossary_by_key(ctx)
    allowed = _allowed(ctx, rules_, glossary)
    known = set(glossary) | {e.occ.key for e in state.expls} | allowed
    by_key: dict[str, list[_Occ]] = {}
    for occ in _keep(state, known):
        if occ.key not in allowed:
            by_key.setdefault(occ.key, []).append(occ)
    expls: dict[str, list[_Expl]] = {}
    for expl in state.expls:
        expls.setdefault(expl.occ.key, []).append(expl)
    findings: list[Finding] = []
    for key, occs in by_key.items():
        findings.extend(_judge(analysed.document, key, occs, expls.get(key, []), glossary.get(key), rules_,
                               lambda text: _flagging_entry(ctx, text)))
    return findings


def _flagging_entry(ctx: CheckContext, text: str) -> Entry | None:
    """The glossary entry that flags ``text`` (an expansion such as "looked after child"), if any."""
    cache: dict[str, Entry | None] = ctx.extra.setdefault("acronym_flagged", {})
    if text not in cache:
        from plainspeak.glossary.examples import matched_ids

        ids = matched_ids(text, ctx.glossary)
        cache[text] = ctx.glossary.by_id.get(ids[0]) if ids else None
    return cache[text]


def _heading_explained(document: Document, use: _Occ, explained_at: _Occ) -> bool:
    """A heading ("## EHCPs") whose section starts by explaining it: the usual layout, and fine."""
    blocks = document.blocks
    if blocks[use.block].kind != "heading":
        return False
    return all(blocks[b].kind != "heading" for b in range(use.block + 1, explained_at.block + 1))


def _line(document: Document, start: int) -> int:
    return document.line_col(document.offsets[start])[0] if start < len(document.offsets) else 0


def _judge(document: Document, key: str, occs: list[_Occ], expls: list[_Expl], entry: Acronym | None,
           rules_: _Rules, flagged: Callable[[str], Entry | None] = lambda _t: None) -> list[Finding]:
    uses = [o for o in occs if not o.explains]
    kept = {id(o) for o in occs}
    expls = [e for e in expls if id(e.occ) in kept]
    first = occs[0]
    form = first.form
    once = len(uses) <= 1
    # Each meaning's first expansion; one the glossary itself flags ("looked after child")
    # is never advised: the writer would be sent straight to another finding.
    meanings = [m.expansion for m in entry.all_meanings() if m.expansion] if entry else []
    labels = {exp: flagged(exp) for exp in meanings}
    good = [exp for exp in meanings if labels[exp] is None]
    # Used once: the words alone. More often: the words with the letters, the first time.
    suggestions = [exp if once else f"{exp} ({form})" for exp in good]
    advice: list[str] = []
    sources = [s.to_dict() for s in entry.sources] if entry else []
    sources += rules_.sources

    def finding(occ: _Occ, code: str, severity: str, message: str, why_extra: str = "",
                says: list[str] | None = None) -> Finding:
        why = rules_.why.get(code, "")
        if entry is not None and entry.note:
            why = f"{why} {entry.note}"
        return make_finding(
            document, occ.start, occ.end, check="acronym", code=code, id=entry.id if entry else None,
            category=entry.category if entry else "acronym", severity=severity, message=message,
            why=why + why_extra, suggestions=suggestions if says is None else says, sources=sources,
            advice=advice,
        )

    label = next((e for e in labels.values() if e is not None), None)
    if label is not None and not good:
        # "LAC": its words are a label the glossary flags; say what the glossary says instead.
        words = next(exp for exp, e in labels.items() if e is not None)
        suggestions = list(label.alternatives[:3])
        advice = list(label.advice)
        instead = (f"say \u201c{suggestions[0]}\u201d" if suggestions else (advice[0] if advice else
                   "say it another way"))
        write = f"its words (\u201c{words}\u201d) are a label people have asked us not to use: {instead}"
    elif entry is not None and len(good) > 1:
        options = " or ".join(f"\u201c{exp}\u201d" for exp in good)
        how = ("write out the one you mean" if once
               else f"write the one you mean, with \u201c{form}\u201d in brackets, the first time")
        write = f"it can mean {options}: {how}"
    elif suggestions:
        write = (f"it is used only once, so write \u201c{suggestions[0]}\u201d instead" if once
                 else f"write \u201c{suggestions[0]}\u201d the first time")
    else:
        write = ("no glossary says what it stands for, so write the words out in full the first time"
                 + ("" if once else f", with \u201c{form}\u201d in brackets after them"))
    out: list[Finding] = []
    if not expls:
        out.append(finding(first, "PS201", "warning", f"\u201c{form}\u201d is not explained: {write}"))
        return out
    explained_at = expls[0].occ
    early = [o for o in uses if o.start < explained_at.start and not _heading_explained(document, o, explained_at)]
    if early:
        line = _line(document, explained_at.start)
        out.append(finding(early[0], "PS202", "warning",
                           f"\u201c{early[0].form}\u201d is used before it is explained on line {line}: "
                           f"move that explanation here, to the first time it is used",
                           says=[f"{expls[0].expansion} ({early[0].form})"] if expls[0].expansion else []))
    small = rules_.small
    firsts: dict[str, _Expl] = {}
    repeats: list[_Expl] = []
    first_norm = _normal(expls[0].expansion, small) if expls[0].matched else ""
    in_body: dict[str, _Expl] = {}
    first_of: dict[str, _Expl] = {}
    for expl in expls:
        heading = document.blocks[document.block_index_at(expl.occ.start)].kind == "heading"
        # A page's title may spell the acronym out and its first paragraph again, as GOV.UK
        # asks: that is one explanation for the reader of the text, not two.
        earlier = firsts.get(expl.kind) if heading else in_body.get(expl.kind)
        norm = _normal(expl.expansion, small) if expl.matched and first_norm else ""
        if expl is not expls[0] and norm and norm != first_norm:
            line = _line(document, expls[0].occ.start)
            out.append(finding(expl.occ, "PS203", "suggestion",
                               f"\u201c{expl.occ.form}\u201d is explained here as \u201c{expl.expansion}\u201d "
                               f"but on line {line} as \u201c{expls[0].expansion}\u201d: use one meaning"))
        elif earlier is not None:
            repeats.append(expl)
            first_of.setdefault(expl.kind, earlier)
        firsts.setdefault(expl.kind, expl)
        if not heading:
            in_body.setdefault(expl.kind, expl)
    if repeats:
        # One finding however many times: a document that explains it in every section
        # needs one fix, not twenty.
        again = repeats[0]
        line = _line(document, first_of[again.kind].occ.start)
        times = "" if len(repeats) == 1 else f"; {len(repeats) + 1} times in all"
        out.append(finding(again.occ, "PS203", "suggestion",
                           f"\u201c{again.occ.form}\u201d is explained again here (first on line {line}{times}): "
                           f"once is enough"))
    inline = [e for e in expls if e.kind == "inline"]
    if inline and not uses:
        expl = inline[0]
        out.append(finding(expl.occ, "PS204", "suggestion",
                           f"\u201c{expl.occ.form}\u201d is explained but never used again: write "
                           f"\u201c{expl.expansion}\u201d and leave out \u201c{expl.occ.form}\u201d",
                           says=[expl.expansion] if expl.expansion else []))
    elif not inline and len(uses) == 1:
        expl = expls[0]
        out.append(finding(uses[0], "PS204", "suggestion",
                           f"\u201c{uses[0].form}\u201d is used only once: write \u201c{expl.expansion}\u201d "
                           f"here instead", says=[expl.expansion] if expl.expansion else []))
    return out


__all__ = ["run", "rules"]
