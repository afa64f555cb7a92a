"""What a document is about: the topic whose words it uses most.

Some glossary words have a harmless sense that belongs to a kind of document rather than to a
sentence: on a SEND local offer page "placement" is a school place even where the sentence
says nothing about schools ("decisions about placements are made by a panel"). A sentence
window cannot see that; the words of the whole document can. The topics and their words are
data (``data/topics.txt``); an entry names the topics that rule it out (``not_topic``).

A topic must have at least ``MIN_WORDS`` words in the document and more than any other topic,
so a care plan that mentions school twice keeps its placements.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import chain, compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plainspeak.analyse import Analysed

#: Fewest topic words for a document to have that topic.
MIN_WORDS = 3

#: For an entry's ``topic``: at least one of the topic's words in every this many tokens (a
#: page of up to about 3,000 words needs only one).
TOPIC_REACH = 4000


@lru_cache(maxsize=1)
def topic_words() -> dict[str, tuple[frozenset[str], tuple[_Phrase, ...]]]:
    """Each topic's one-word keys and its several-word phrases: their keys, and each owner
    before "'s" as written (one "child's home" is not a children's home)."""
    from plainspeak.fastload import read_sections
    from plainspeak.glossary.compile import term_keys

    out = {}
    for topic, lines in read_sections("topics.txt").items():
        if not topic:
            continue
        # tokenised as documents are, so "children's home" is three tokens ("children", "'s",
        # "home"), not two words
        keyed = [term_keys(w) for w in lines]
        single = frozenset(k[0] for k, _t in keyed if len(k) == 1)
        phrases = tuple((tuple(k), tuple((n, t[n].lower()) for n in range(len(k) - 1) if k[n + 1] == "'s"))
                        for k, t in keyed if len(k) > 1)
        out[topic] = (single, phrases)
    return out


#: A topic phrase: its keys, and (position, text) for each word that must stand as written.
_Phrase = tuple[tuple[str, ...], tuple[tuple[int, str], ...]]


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[str, ...]], dict[str, list[tuple[_Phrase, str]]]]:
    """Key -> topics for one-word topic words ("adopter" is a word of care and of family
    time); first key -> (phrase, topic) for phrases."""
    single: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, list[tuple[_Phrase, str]]] = {}
    for topic, (words, topic_phrases) in topic_words().items():
        for w in words:
            single[w] = (*single.get(w, ()), topic)
        for p in topic_phrases:
            phrases.setdefault(p[0][0], []).append((p, topic))
    return single, phrases


def known_topics() -> frozenset[str]:
    return frozenset(topic_words())


def topic_counts(analysed: Analysed) -> Counter[str]:
    """How many of each topic's words the document uses."""
    keys, texts = analysed.keys, analysed.token_text
    single, phrases = _index()
    # Counted without a Python loop over every token (about 25 ms on 100k words): one-word
    # topics by a map over the keys, phrases only where a phrase's first word is. The
    # order of counting does not matter: a tie for first place gives None either way.
    counts: Counter[str] = Counter(chain.from_iterable(filter(None, map(single.get, keys))))  # type: ignore[arg-type]
    for t in compress(range(len(keys)), map(phrases.__contains__, keys)):
        for (phrase, as_written), topic in phrases[keys[t]]:  # type: ignore[index]
            if tuple(keys[t:t + len(phrase)]) == phrase and all(
                    texts[t + n].lower() == word for n, word in as_written):
                counts[topic] += 1
    return counts


def document_topic(counts: Counter[str]) -> str | None:
    """The topic the document's words point to, or None when none stands out."""
    if not counts:
        return None
    ranked = counts.most_common(2)
    best, n = ranked[0]
    if n < MIN_WORDS or (len(ranked) > 1 and ranked[1][1] >= n):
        return None
    return best
