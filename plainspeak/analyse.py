"""Analyse a ``Document`` once, with the shared pipeline, for every check to read.

Checks never tokenise text themselves: they all read the same ``Analysed`` object, so
the cost of spaCy is paid once per document however many checks run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from plainspeak.document import Document
from plainspeak.nlp import get_nlp, match_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SENTENCE_END = frozenset({".", "!", "?", "\u2026", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})
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
    doc: Doc
    #: ``keys[i]`` is the match key of token ``i`` (see ``nlp.match_key``); ``None`` for
    #: tokens that never match: whitespace separators and punctuation.
    keys: list[str | None]
    sentences: list[Sentence]
    #: ``token_block[i]`` is the index of the block token ``i`` lies in.
    token_block: list[int]
    #: Filled by checks that measure the document (readability) for the file summary.
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.document.text


def analyse(document: Document, model: str | None = None) -> Analysed:
    nlp = get_nlp(model)
    doc = nlp.make_doc(document.text)
    token_block = _set_block_boundaries(doc, document)
    if model:
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
    keys: list[str | None] = []
    for tok in doc:
        text = tok.text
        if tok.is_space or (tok.is_punct and text not in HYPHENS and not text.startswith("'")):
            keys.append(None)
        else:
            keys.append(match_key(text))
    sentences = _sentences(doc, document, token_block, use_parser=bool(model) and doc.has_annotation("SENT_START"))
    return Analysed(document, doc, keys, sentences, token_block)


def _set_block_boundaries(doc: Doc, document: Document) -> list[int]:
    token_block: list[int] = []
    blocks = document.blocks
    bi = 0
    for tok in doc:
        while bi + 1 < len(blocks) and tok.idx >= blocks[bi + 1].start:
            bi += 1
        token_block.append(bi)
    return token_block


def _sentences(doc: Doc, document: Document, token_block: list[int], use_parser: bool) -> list[Sentence]:
    """Rule-based sentences that never cross a block.

    A sentence ends after ".", "!" or "?" (and any closing quotes or brackets) when the
    next word starts like a sentence. spaCy's tokenizer keeps "e.g.", "Dr." and "s.17"
    as single tokens, so they never end one.
    """
    sentences: list[Sentence] = []
    n = len(doc)
    start_tok: int | None = None
    parser_starts = [bool(t.is_sent_start) for t in doc] if use_parser else None

    def close(end_tok: int) -> None:
        nonlocal start_tok
        if start_tok is None:
            return
        last = end_tok - 1
        while last >= start_tok and doc[last].is_space:
            last -= 1
        if last >= start_tok:
            s = doc[start_tok].idx
            e = doc[last].idx + len(doc[last].text)
            sentences.append(Sentence(s, e, start_tok, last + 1, token_block[start_tok]))
        start_tok = None

    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            close(i)
            i += 1
            continue
        if start_tok is None:
            if tok.is_space:
                i += 1
                continue
            start_tok = i
        elif token_block[i] != token_block[start_tok]:
            close(i)
            start_tok = i
        elif parser_starts is not None and parser_starts[i]:
            close(i)
            start_tok = i
        if parser_starts is None and _ends_sentence(doc, i):
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            close(j)
            i = j
            continue
        i += 1
    close(n)
    return sentences


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Titles and reference abbreviations from ``data/abbreviations.txt``."""
    groups: dict[str, set[str]] = {"title": set(), "reference": set()}
    current = groups["title"]
    text = resources.files("plainspeak.data").joinpath("abbreviations.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = groups[line.strip("[]")]
            continue
        current.add(line.lower())
    return frozenset(groups["title"]), frozenset(groups["reference"])


def _next_word(doc: Doc, i: int) -> str | None:
    """The next token in the same line, or None at a line or block break."""
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text:
            return None
        j += 1
    return doc[j].text if j < len(doc) else None


def _ends_sentence(doc: Doc, i: int) -> bool:
    text = doc[i].text
    if text == "." and i > 0 and not doc[i - 1].whitespace_:
        # "para. 4", "approx. £5", "Prof. Lee": a stop the tokenizer split off an abbreviation.
        titles, references = _abbreviations()
        before = doc[i - 1].text.lower()
        if before in titles:
            return False
        if before in references:
            following = _next_word(doc, i)
            return following is None or following[:1].isupper()
    if text == ".":
        # A stop followed by a lower-case word is inside a sentence ("eg. rent", "approx. five").
        following = _next_word(doc, i)
        if following is not None and following[:1].islower():
            return False
    if text in _SENTENCE_END:
        return True
    # "etc.", "Ltd." and "a.m." are one token; they end a sentence only when a capital follows.
    return text.lower() in _ABBREVIATION_ENDS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
