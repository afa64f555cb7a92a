"""What plainspeak knows about a document beyond its words: one place, for every check.

``Analysed.facts`` answers the questions a check would otherwise re-derive:

- **names and titles** (``names.py``): is this span inside the name of an Act, an
  organisation, a service or a job title?
- **mentions** (``mentions.py``): is this term quoted as a word ("words like
  ‘placement’") rather than used?
- **explanations** (``explanations.py``): does the document explain this term here?
- **part of speech** (``pos.py``): is "contact" a noun or a verb here?

Each fact is worked out on first use and kept, so a document with no glossary term in it
pays nothing for them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from plainspeak.context.mentions import Mention, find_mentions
from plainspeak.context.names import NameSpan, find_names_and_headings

if TYPE_CHECKING:
    from collections import Counter

    from plainspeak.analyse import Analysed

__all__ = ["Facts", "Mention", "NameSpan"]


class Facts:
    """Facts about one analysed document, computed on first use."""

    def __init__(self, analysed: Analysed, extra_names: Iterable[str] = ()) -> None:
        self._analysed = analysed
        self._extra_names = tuple(extra_names)
        self._pos: dict[int, str] = {}
        self._blocks: dict[int, tuple[list[NameSpan], bool]] = {}
        self._quotes: dict[int, tuple[list[tuple[int, int]], list[Mention]]] = {}
        self._paraphrases: dict[tuple[str, ...], int | None] = {}

    @cached_property
    def key_set(self) -> frozenset[str]:
        """Every match key in the document: whether a word occurs at all, in one lookup."""
        return frozenset(k for k in self._analysed.keys if k is not None)

    @cached_property
    def _topic_counts(self) -> Counter[str]:
        from plainspeak.context.topics import topic_counts

        return topic_counts(self._analysed)

    @cached_property
    def topic(self) -> str | None:
        """What the document is about ("education", "care" ...), when one topic stands out."""
        from plainspeak.context.topics import document_topic

        return document_topic(self._topic_counts)

    @cached_property
    def topics(self) -> frozenset[str]:
        """Every topic the document uses any word of, whether or not it stands out. An entry's
        ``topic`` asks this, so a topic named there lists only words that kind of document alone
        uses ("children's home"): a page of excerpts says them once, and a council's page on
        its children's homes says "school" more often. In a long document the words must
        come at least once in every ``TOPIC_REACH`` tokens: a staff handbook of a million
        characters that names "adoptive parents" in its leave policy is not a page about
        adoption, and its every "contact" is not a child's family time."""
        from plainspeak.context.topics import TOPIC_REACH

        size = len(self._analysed.keys)
        return frozenset(t for t, n in self._topic_counts.items() if n * TOPIC_REACH >= size)

    @cached_property
    def acronym_definitions(self) -> dict[str, str]:
        """Acronyms the document spells out, {letters: words}: "PWS" is "performance work
        statement" in a procurement guide, whatever a glossary says it stands for."""
        from plainspeak.context.names import acronym_definitions

        return acronym_definitions(self._analysed)

    @cached_property
    def text_set(self) -> frozenset[str]:
        """Every word of the document as written, in lower case."""
        return frozenset(t.lower() for t in self._analysed.token_text if t[:1].isalpha())

    # -- names -------------------------------------------------------------------------
    @cached_property
    def _names_and_headings(self) -> tuple[list[NameSpan], frozenset[int]]:
        return find_names_and_headings(self._analysed, self._extra_names)

    @property
    def names(self) -> list[NameSpan]:
        """Names and titles, as token spans in document order."""
        return self._names_and_headings[0]

    @property
    def heading_blocks(self) -> frozenset[int]:
        """Blocks that are headings or Title Case lines, where capitals are no evidence."""
        return self._names_and_headings[1]

    @cached_property
    def _name_starts(self) -> list[int]:
        return [s.start for s in self.names]

    @cached_property
    def _block_ranges(self) -> list[tuple[int, int]]:
        from plainspeak.context.names import _block_token_ranges

        return _block_token_ranges(self._analysed.token_block, len(self._analysed.document.blocks))

    def _block(self, b: int) -> tuple[list[NameSpan], bool]:
        """Names of block ``b`` and whether it is a heading, worked out when first asked."""
        found = self._blocks.get(b)
        if found is None:
            from plainspeak.context.names import block_names

            lo, hi = self._block_ranges[b] if 0 <= b < len(self._block_ranges) else (0, 0)
            found = self._blocks[b] = block_names(self._analysed, b, lo, hi, self._extra_names) if lo < hi \
                else ([], False)
        return found

    def name_at(self, i: int, j: int) -> NameSpan | None:
        """The name or title that tokens ``i:j`` overlap, if any (the longest).

        With the default pipeline only the blocks that hold a match are looked at (a long
        document's names cost nothing until a term is found near them); a trained pipeline's
        entities need the whole document, as before."""
        best: NameSpan | None = None
        analysed = self._analysed
        if analysed.doc is not None:
            names = self.names
            k = bisect.bisect_left(self._name_starts, j)
            candidates = list(reversed(names[max(0, k - 32):k]))
            heading_blocks = self.heading_blocks
        else:
            blocks = sorted({analysed.token_block[i], analysed.token_block[j - 1]})
            candidates = [s for b in blocks for s in self._block(b)[0]]
            heading_blocks = frozenset(b for b in blocks if self._block(b)[1])
        for span in candidates:
            if span.start < j and i < span.end and (best is None or span.end - span.start > best.end - best.start):
                best = span
        if best is None:
            from plainspeak.context.names import capitalised_word, compound_name, title_case_extension

            best = (title_case_extension(analysed, i, j, heading_blocks)
                    or compound_name(analysed, i, j)
                    or capitalised_word(analysed, i, j, heading_blocks))
        return best

    def capitalised_phrase_name(self, i: int, j: int) -> NameSpan | None:
        """Tokens ``i:j``, several words each with a capital inside a sentence, as a name
        ("a pilot of Discharge to Assess"); only the term's own block is read for whether it
        is a heading, so a long document's other names cost nothing."""
        from plainspeak.context.names import capitalised_word

        analysed = self._analysed
        if analysed.doc is not None:
            heading_blocks = self.heading_blocks
        else:
            b = analysed.token_block[i]
            heading_blocks = frozenset((b,)) if self._block(b)[1] else frozenset()
        return capitalised_word(analysed, i, j, heading_blocks, phrase=True)

    # -- mentions ----------------------------------------------------------------------
    def _block_quotes(self, i: int) -> tuple[list[tuple[int, int]], list[Mention]]:
        """The quotations and mentions of token ``i``'s block, worked out when first asked
        (quotations never cross a block, so a long document pays only for blocks with a match)."""
        b = self._analysed.token_block[i]
        found = self._quotes.get(b)
        if found is None:
            from plainspeak.context.mentions import quotations

            lo, hi = self._block_ranges[b] if 0 <= b < len(self._block_ranges) else (0, 0)
            pairs = quotations(self._analysed, lo, hi) if lo < hi else []
            found = self._quotes[b] = (pairs, find_mentions(self._analysed, pairs, lo, hi) if lo < hi else [])
        return found

    def speech(self, i: int, j: int) -> bool:
        """Whether tokens ``i:j`` stand inside a quotation of someone's speech ("... ," she said)."""
        from plainspeak.context.mentions import reported_speech

        return any(a < i and j <= b and reported_speech(self._analysed, a, b) for a, b in self._block_quotes(i)[0])

    def quoted(self, i: int, j: int) -> bool:
        """Whether tokens ``i:j`` stand inside quotation marks."""
        return any(a < i and j <= b for a, b in self._block_quotes(i)[0])

    def mention_at(self, i: int, j: int) -> Mention | None:
        """The mention (a quoted or so-called word) containing tokens ``i:j``, if any;
        or, without quotes, a cue right before them ("the term service user")."""
        found: Mention | None = None
        for m in self._block_quotes(i)[1]:
            if m.start <= i and j <= m.end and (found is None or m.cue != "quotation"):
                found = m
        if found is None or found.cue == "quotation":
            # Inside someone's quoted words a word can still be named or denied ("not a
            # service user"): the nearer cue says more than the quotation marks do.
            from plainspeak.context.mentions import (
                colon_word_list,
                crossed_item,
                headword_heading,
                listed_after_cue,
                myth_line,
                replacement_line,
                unquoted_cue,
            )

            cue = (unquoted_cue(self._analysed, i, j) or listed_after_cue(self._analysed, i)
                   or self._sentence_about_words(i))
            if cue is None and headword_heading(self._analysed, i, j):
                cue = "a heading that names the word"
            if cue is None and colon_word_list(self._analysed, i):
                cue = "a list of words after a colon"
            if cue is None and replacement_line(self._analysed, i, j):
                cue = "a line that gives the words to use instead"
            if cue is None and myth_line(self._analysed, i):
                cue = "a myth, stated to be answered"
            if cue is None and crossed_item(self._analysed, i):
                cue = "a line crossed out as words not to use"
            if cue is not None:
                found = Mention(i, j, cue)
        return found

    @cached_property
    def _about_words(self) -> dict[int, str]:
        from plainspeak.context.mentions import sentences_about_words

        return sentences_about_words(self._analysed, self._sentence_starts)

    def _sentence_about_words(self, i: int) -> str | None:
        """The cue that makes the sentence of token ``i`` a sentence about words, if any."""
        if not self._about_words:
            return None
        from bisect import bisect_right

        return self._about_words.get(bisect_right(self._sentence_starts, i) - 1)

    # -- explanations ------------------------------------------------------------------
    @cached_property
    def definition_blocks(self) -> frozenset[int]:
        from plainspeak.context.explanations import definition_blocks

        return definition_blocks(self._analysed)

    def explains(self, i: int, j: int) -> bool:
        """Whether the use at tokens ``i:j`` is where the document explains the term."""
        from plainspeak.context.explanations import explains

        return explains(self._analysed, i, j, self.definition_blocks, self._sentence_starts)

    def paraphrase_at(self, forms: list[str]) -> int | None:
        """Where the document first says in other words what a two-word legal term means
        ("a duty to relieve your homelessness" for "relief duty"), as a token index."""
        key = tuple(forms)
        if key not in self._paraphrases:
            from plainspeak.context.explanations import paraphrase_at

            self._paraphrases[key] = paraphrase_at(self._analysed, forms, self._words_after_to, self._sentence_starts)
        return self._paraphrases[key]

    def status_defined_at(self, forms: list[str]) -> int | None:
        """Where the document first explains the status a legal term names ("‘looked after’")
        without the term's word for people, as a token index."""
        key = ("status", *forms)
        if key not in self._paraphrases:
            from plainspeak.context.explanations import status_defined_at

            self._paraphrases[key] = status_defined_at(self._analysed, forms, self._sentence_starts)
        return self._paraphrases[key]

    @cached_property
    def _words_after_to(self) -> dict[str, list[int]]:
        from plainspeak.context.explanations import words_after_to

        return words_after_to(self._analysed)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.token_start for s in self._analysed.sentences]

    # -- part of speech ----------------------------------------------------------------
    def pos(self, i: int) -> str:
        """"noun", "verb", "adjective", "adverb" or "other" for token ``i``."""
        found = self._pos.get(i)
        if found is None:
            from plainspeak.context.pos import part_of_speech

            found = self._pos[i] = part_of_speech(self._analysed, i)
        return found

    def compound_suffix(self, i: int) -> bool:
        """Whether token ``i`` is the second half of a hyphenated word ("highest-priority")."""
        from plainspeak.context.pos import compound_suffix

        return compound_suffix(self._analysed, i)

    def compound_prefix(self, j: int) -> bool:
        """Whether the word ending before token ``j`` is the first part of a hyphenated word."""
        from plainspeak.context.pos import compound_prefix

        return compound_prefix(self._analysed, j)
