"""Analyse a ``Document`` once, with the shared pipeline, for every check to read.

Checks never tokenise text themselves: they all read the same ``Analysed`` object, so
the cost of spaCy is paid once per document however many checks run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from plainspeak.document import Document
from plainspeak.nlp import get_nlp, match_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SENTENCE_END = frozenset({".", "!", "?", "\u2026", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


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


def _ends_sentence(doc: Doc, i: int) -> bool:
    text = doc[i].text
    if text in _SENTENCE_END:
        return True
    # "etc." is one token; it ends a sentence only when a capital follows.
    return text.lower() == "etc." and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
