"""Find passive verbs ("was reviewed by the panel") so a writer can say who does what.

Passive sentences hide the person responsible, which matters in letters and policies:
"your claim was refused" leaves a reader not knowing whom to challenge. This module
only finds them; ``plainspeak.checks.readability`` turns them into findings (PS304).

Two ways to find them:

* With a trained spaCy pipeline configured (``nlp.model``), its dependency parse
  already marks passive auxiliaries (``auxpass``) and agents (``agent``): we use those.
* Otherwise (the default, blank English, no model to download) a rule over the tokens:
  a form of "be" or "get", up to three adverbs, then a past participle. Word lists live
  in ``plainspeak/data/passive.yaml``. Participles mostly used as adjectives after
  "be" ("worried about", "committed to", "entitled to") count only when "by" follows.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, Any

from plainspeak.nlp import lemma_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from plainspeak.analyse import Analysed

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_MAX_ADVERBS = 3
_MAX_AGENT_WORDS = 9
_MAX_AGENT_GAP = 3


@dataclass(frozen=True)
class Passive:
    """A passive verb as token indices: ``token_start`` is the first auxiliary."""

    token_start: int
    token_end: int
    participle: int
    #: Token indices of the agent after "by" ("the panel"), when there is one.
    agent: tuple[int, int] | None = None


@dataclass(frozen=True)
class _Words:
    be: frozenset[str]
    get: frozenset[str]
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    adjectival: frozenset[str]
    irregular: frozenset[str]
    not_participles: frozenset[str]
    not_after_get: frozenset[str]
    past_tense: dict[str, str]
    agent_stops: frozenset[str]


def _parse_yaml(raw: bytes) -> Any:
    import yaml

    return yaml.safe_load(raw.decode("utf-8"))


@lru_cache(maxsize=1)
def words() -> _Words:
    """The word lists of ``data/passive.yaml``, parsed once and kept as JSON (``plainspeak.fastload``)."""
    from plainspeak.fastload import cached_data

    data = cached_data("passive.yaml", _parse_yaml)

    def group(name: str) -> frozenset[str]:
        return frozenset(str(w).lower().translate(_APOSTROPHES) for w in data[name])

    return _Words(
        be=group("be"),
        get=group("get"),
        auxiliaries=group("auxiliaries"),
        adverbs=group("adverbs"),
        adjectival=group("adjectival"),
        irregular=group("irregular_participles"),
        not_participles=group("not_participles"),
        not_after_get=group("not_after_get"),
        past_tense={str(k): str(v) for k, v in data["past_tense"].items()},
        agent_stops=group("agent_stops"),
    )


def is_participle(word: str) -> bool:
    """A past participle: irregular ("given") or a known verb's "-ed" form ("reviewed")."""
    w = words()
    if word in w.irregular:
        return True
    if len(word) < 4 or not word.endswith("ed") or word in w.not_participles:
        return False
    found = lemma_table().get(word)
    return found is not None and found != word


def _is_adverb(word: str, w: _Words) -> bool:
    return word in w.adverbs or (len(word) > 4 and word.endswith("ly"))


def span_text(analysed: Analysed, start: int, end: int) -> str:
    """The document text from token ``start`` to the end of token ``end - 1`` (spaCy's ``Span.text``)."""
    idx = analysed.token_idx
    return analysed.text[idx[start]:idx[end - 1] + len(analysed.token_text[end - 1])]


def find_passives(analysed: Analysed) -> list[Passive]:
    if analysed.parsed and analysed.doc is not None:
        return _from_parse(analysed.doc)
    return _from_rules(analysed)


def token_texts(analysed: Analysed, lower: bool = False) -> list[str]:
    """Every token's text, read from offsets: iterating a spaCy ``Doc`` builds an object per
    token, several times slower on a long document."""
    if not lower:
        return analysed.token_text
    forms = {t: t.lower().replace("\u2019", "'").replace("\u2018", "'") for t in set(analysed.token_text)}
    return list(map(forms.__getitem__, analysed.token_text))


def _from_parse(doc: Doc) -> list[Passive]:
    """Passives marked by a trained parser: ``auxpass`` children of a participle."""
    found: list[Passive] = []
    for tok in doc:
        auxes = [c.i for c in tok.children if c.dep_ == "auxpass"]
        if not auxes:
            continue
        start = min([c.i for c in tok.children if c.dep_ == "aux" and c.i < tok.i] + auxes)
        agent = None
        for child in tok.children:
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    sub = list(objects[0].subtree)
                    agent = (sub[0].i, sub[-1].i + 1)
        found.append(Passive(start, tok.i + 1, tok.i, agent))
    return found


def _from_rules(analysed: Analysed) -> list[Passive]:
    w = words()
    lowered = token_texts(analysed, lower=True)
    found: list[Passive] = []
    # Only a form of "be" or "get" starts a passive: their places, found without a Python
    # loop over every token (most sentences hold one or two).
    starts = w.be | w.get
    hits = list(compress(range(len(lowered)), map(starts.__contains__, lowered)))
    for sentence in analysed.sentences:
        ts, te = sentence.token_start, sentence.token_end
        for i in hits[bisect_left(hits, ts):bisect_left(hits, te)]:
            word = lowered[i]
            is_get = word in w.get
            if word in w.be and i > ts and lowered[i - 1] == "there":
                continue  # "there are limited places": existential, not passive
            j = i + 1
            while j < te and j - i <= _MAX_ADVERBS and _is_adverb(lowered[j], w):
                j += 1
            if j >= te or lowered[j] in w.be or not is_participle(lowered[j]):
                continue
            participle = lowered[j]
            after = j + 1
            while after < te and _is_adverb(lowered[after], w):
                after += 1
            by = after < te and lowered[after] == "by"
            if participle in w.adjectival and not by:
                continue
            if is_get and participle in w.not_after_get:
                continue
            if participle == "used" and (is_get or _used_to_habit(lowered, j, te)):
                continue
            start = i
            k = i - 1
            while k >= ts and (lowered[k] in w.auxiliaries or lowered[k] in w.be or lowered[k] in ("not", "n't")):
                if lowered[k] not in ("not", "n't"):
                    start = k
                k -= 1
            if not by:
                # "is reviewed every year by the board": "by" a few words on, in the same clause.
                k = after
                while k < te and k - after < _MAX_AGENT_GAP and lowered[k][:1].isalnum() and lowered[k] != "by":
                    k += 1
                if k < te and lowered[k] == "by":
                    after, by = k, True
            agent = _agent(lowered, after + 1, te, w, analysed.token_text) if by else None
            found.append(Passive(start, j + 1, j, agent))
    return found


def _used_to_habit(lowered: list[str], j: int, end: int) -> bool:
    """ "is used to working" (a habit), unlike "is used to apply" (a passive)."""
    return j + 2 < end and lowered[j + 1] == "to" and (lowered[j + 2].endswith("ing") or lowered[j + 2] in (
        "it", "this", "that", "the", "a", "an", "them", "being"))


def _agent(lowered: list[str], start: int, end: int, w: _Words, texts: list[str] | None = None
           ) -> tuple[int, int] | None:
    """The words after "by" that name who does it ("the panel", "the Director of Adult Social Services").

    The whole noun phrase or nothing: a name goes on through "and", "of" and "for" between
    capitalised words ("the Children and Social Work Act 2017"); the phrase stops before a
    word that starts something else ("on", "prior", "before", a verb). When it does not
    end where a noun phrase can end, there is no agent: the plain hint ("say who does it")
    is better than a wrong one.
    """
    texts = texts or lowered
    k = start
    while k < end and k - start < _MAX_AGENT_WORDS:
        word = lowered[k]
        if not word[:1].isalnum():
            break
        if k > start and word in w.agent_stops:
            between_names = (word in _NAME_JOINERS and texts[k - 1][:1].isupper()
                             and k + 1 < end and texts[k + 1][:1].isupper())
            if not between_names:
                break
        if k > start and (word.endswith("ing") or is_participle(word)) and not texts[k][:1].isupper():
            break  # "by the team supporting ...": a verb starts a new part of the sentence
        k += 1
    if k == start or lowered[start].endswith("ing") or lowered[start] in _NOT_AGENT_STARTS:
        return None
    if k < end and k - start >= _MAX_AGENT_WORDS and lowered[k][:1].isalnum():
        return None  # still going: not sure where the agent ends
    last = lowered[k - 1]
    if last in w.agent_stops or last in _NAME_JOINERS or last in ("the", "a", "an"):
        return None
    return (start, k)


_NAME_JOINERS = frozenset({"and", "of", "for", "on", "in", "the", "&"})
#: Words after "by" that start something other than who acts ("by just bringing", "by then").
_NOT_AGENT_STARTS = frozenset({"just", "then", "now", "far", "way", "means", "virtue", "default", "law", "hand",
                               "post", "email", "phone", "telephone", "letter", "mistake", "accident", "chance"})


def active_rewrite(analysed: Analysed, passive: Passive) -> str | None:
    """ "the panel reviewed" for "was reviewed by the panel": only in the simple past.

    Other tenses need the verb's present forms or a modal, which a word list cannot get
    right often enough; then the message alone asks the writer to name who acts.
    """
    if passive.agent is None:
        return None
    text = analysed.token_text
    w = words()
    aux = [text[i].lower() for i in range(passive.token_start, passive.participle)]
    if not aux or aux[0] not in ("was", "were", "got"):
        return None
    if any(a in ("not", "n't", "being") for a in aux):
        return None
    participle = text[passive.participle].lower()
    if participle in w.irregular:
        past = w.past_tense.get(participle)
        if past is None:
            return None
    else:
        past = participle
    adverbs = [text[i] for i in range(passive.token_start + 1, passive.participle)]
    a, b = passive.agent
    if a != passive.participle + 2:
        # Words between the verb and "by" ("declared void by the court") would be lost
        # from a two-part rewrite; the message alone asks who acts.
        return None
    agent = span_text(analysed, a, b)
    if agent[:1].isupper() and not agent.split()[0].isupper() and agent.split()[0].lower() in ("the", "a", "an", "our",
                                                                                              "your", "their", "its"):
        agent = agent[:1].lower() + agent[1:]
    return " ".join([agent, *adverbs, past])
