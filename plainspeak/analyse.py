"""Analyse a ``Document`` once, with the shared pipeline, for every check to read.

Checks never tokenise text themselves: they all read the same ``Analysed`` object, so
the cost of spaCy is paid once per document however many checks run.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING, Any

from plainspeak.document import Document
from plainspeak.nlp import get_nlp, match_key
from plainspeak.tokenizer import Tokens, get_tokenizer, tokens_from_spacy

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from plainspeak.context import Facts

_SENTENCE_END = frozenset({".", "!", "?", "\u2026", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})
#: Every token that can end a sentence ends with one of these (checked before the full rule).
_END_CHARS = frozenset(".!?\u2026")
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Whole-token abbreviations that may also close a sentence ("... from Acme Ltd. They ...").
_ABBREVIATION_ENDS = frozenset({"etc.", "ltd.", "inc.", "co.", "plc.", "a.m.", "p.m."})


@dataclass
class Sentence:
    """A sentence as a range of text offsets and of token indices."""

    start: int
    end: int
    token_start: int
    token_end: int
    block: int


@dataclass
class Analysed:
    document: Document
    #: The spaCy ``Doc`` when a trained pipeline (``nlp.model``) tagged and parsed the
    #: text; ``None`` by default, when plainspeak's own copy of spaCy's tokenizer ran.
    doc: Doc | None
    #: ``keys[i]`` is the match key of token ``i`` (see ``nlp.match_key``); ``None`` for
    #: tokens that never match: whitespace separators and punctuation.
    keys: list[str | None]
    sentences: list[Sentence]
    #: ``token_block[i]`` is the index of the block token ``i`` lies in.
    token_block: list[int]
    #: Filled by checks that measure the document (readability) for the file summary.
    stats: dict[str, Any] = field(default_factory=dict)
    #: Every token's text, read once from offsets (iterating ``doc`` builds an object per
    #: token, the slowest thing a check can do on a long document).
    token_text: list[str] = field(default_factory=list)
    #: Every token's offset in ``document.text``.
    token_idx: list[int] = field(default_factory=list)
    #: True when a trained pipeline has tagged and parsed ``doc`` (POS and DEP are set).
    parsed: bool = False
    #: Names and titles from the glossaries' ``names:`` lists, for ``facts``.
    extra_names: tuple[str, ...] = ()
    _facts: Facts | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def facts(self) -> Facts:
        """Names, mentions, explanations and parts of speech (``plainspeak.context``)."""
        if self._facts is None:
            from plainspeak.context import Facts

            self._facts = Facts(self, self.extra_names)
        return self._facts


def analyse(document: Document, model: str | None = None, names: Iterable[str] = ()) -> Analysed:
    """Tokens, sentences and (on first use, see ``Analysed.facts``) what the text names,
    quotes, explains and which part of speech each word is. ``names`` are the glossaries'
    own names and titles, added to the built-in ones."""
    doc: Doc | None = None
    if model:
        nlp = get_nlp(model)
        doc = nlp.make_doc(document.text)
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        toks = tokens_from_spacy(doc)
    else:
        toks = get_tokenizer()(document.text)
    keys: list[str | None] = [
        None if space or (punct and text not in HYPHENS and not text.startswith("'")) else match_key(text)
        for text, space, punct in zip(toks.text, toks.space, toks.punct, strict=True)
    ]
    token_block = _token_blocks(toks, document)
    parser_starts: list[bool] | None = None
    parsed = False
    if doc is not None:
        if doc.has_annotation("SENT_START"):
            parser_starts = [bool(t.is_sent_start) for t in doc]
        parsed = doc.has_annotation("DEP")
    sentences = _sentences(toks, token_block, parser_starts)
    return Analysed(document, doc, keys, sentences, token_block, token_text=toks.text, token_idx=toks.idx,
                    parsed=parsed, extra_names=tuple(names))


def _token_blocks(toks: Tokens, document: Document) -> list[int]:
    """The block of each token: the last block starting at or before it (the first block
    for anything before that). Token offsets increase, so each block's tokens are one run,
    found by bisection and written in one go rather than token by token."""
    starts = [b.start for b in document.blocks]
    idx = toks.idx
    out: list[int] = []
    for bi in range(len(starts) - 1):
        end = bisect_left(idx, starts[bi + 1], len(out))
        out.extend(repeat(bi, end - len(out)))
    out.extend(repeat(max(len(starts) - 1, 0), len(idx) - len(out)))
    return out


def _sentences(toks: Tokens, token_block: list[int], parser_starts: list[bool] | None) -> list[Sentence]:
    """Rule-based sentences that never cross a block.

    A sentence ends after ".", "!" or "?" (and any closing quotes or brackets) when the
    next word starts like a sentence. spaCy's tokenizer keeps "e.g.", "Dr." and "s.17"
    as single tokens, so they never end one.
    """
    sentences: list[Sentence] = []
    text, idx, space = toks.text, toks.idx, toks.space
    n = len(text)
    start_tok: int | None = None

    def close(end_tok: int) -> None:
        nonlocal start_tok
        if start_tok is None:
            return
        last = end_tok - 1
        while last >= start_tok and space[last]:
            last -= 1
        if last >= start_tok:
            sentences.append(Sentence(idx[start_tok], idx[last] + len(text[last]), start_tok, last + 1,
                                      token_block[start_tok]))
        start_tok = None

    i = 0
    while i < n:
        if space[i] and "\n" in text[i]:
            close(i)
            i += 1
            continue
        if start_tok is None:
            if space[i]:
                i += 1
                continue
            start_tok = i
        elif token_block[i] != token_block[start_tok] or (parser_starts is not None and parser_starts[i]):
            close(i)
            start_tok = i
        if parser_starts is None and text[i][-1] in _END_CHARS and _ends_sentence(toks, i):
            j = i + 1
            while j < n and text[j] in _CLOSERS and not toks.ws[j - 1]:
                j += 1
            if j + 2 < n and text[j] == "[" and not toks.ws[j - 1] and text[j + 1].isdigit() and text[j + 2] == "]":
                j += 3  # a footnote mark after the stop ("homeless.[3]") ends the sentence with it
            close(j)
            i = j
            continue
        i += 1
    close(n)
    return sentences


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Titles and reference abbreviations from ``data/abbreviations.txt``."""
    from plainspeak.fastload import read_sections

    groups = read_sections("abbreviations.txt", first="title")
    return (frozenset(x.lower() for x in groups["title"]),
            frozenset(x.lower() for x in groups.get("reference", [])))


def _next_word(toks: Tokens, i: int) -> str | None:
    """The next token in the same line, or None at a line or block break."""
    j = i + 1
    n = len(toks.text)
    while j < n and toks.space[j]:
        if "\n" in toks.text[j]:
            return None
        j += 1
    return toks.text[j] if j < n else None


def _ends_sentence(toks: Tokens, i: int) -> bool:
    text = toks.text[i]
    if text == "." and i > 0 and not toks.ws[i - 1]:
        # "para. 4", "approx. £5", "Prof. Lee": a stop the tokenizer split off an abbreviation.
        titles, references = _abbreviations()
        before = toks.text[i - 1].lower()
        if before in titles:
            return False
        if before in references:
            following = _next_word(toks, i)
            return following is None or following[:1].isupper()
    if text == ".":
        # A stop followed by a lower-case word is inside a sentence ("eg. rent", "approx. five").
        following = _next_word(toks, i)
        if following is not None and following[:1].islower():
            return False
    if text in _SENTENCE_END:
        return True
    # "etc.", "Ltd." and "a.m." are one token; they end a sentence only when a capital follows.
    return text.lower() in _ABBREVIATION_ENDS and i + 1 < len(toks.text) and toks.text[i + 1][:1].isupper()
