"""Fit an alternative to the words it would replace: number, tense, person, possessive, a/an.

"Care leavers can apply" needs "care experienced young people", not "care experienced
young person"; "She participated" needs "took part". The words found are read with the
words around them (an article before, "has"/"was" before a past form, a noun after an
adjective, "'s" after a noun) and the alternative is changed to the same form with
lemminflect's word forms (see ``lexicon``). When the two cannot be made to agree (a noun
phrase offered for a verb, a phrase with words after its noun before a possessive), the
answer is None: the alternative is then shown as advice, never as a drop-in.

Unsure is None too: a quieter suggestion beats a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plainspeak.advice.lexicon import Lexicon, word_list, words_data

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019]*|[.,!?;:()\[\]]")
#: Characters that make an alternative a description rather than words to put in.
_NOT_DROP_IN = re.compile(r"[()\[\];:,]|\.\.\.")
_VERB_TAGS = ("VB", "VBP", "VBZ", "VBD", "VBN", "VBG")
#: The ``forms:`` name for each tag.
FORM_FOR_TAG = {"NNS": "plural", "NN": "singular", "VBZ": "third_person", "VBD": "past",
                "VBN": "past_participle", "VBG": "ing"}


@dataclass(frozen=True)
class Target:
    """The form of the words found, as the alternative must take it."""

    kind: str  # "noun", "verb", "adj" or "other" (put in as written)
    tag: str = ""  # NN/NNS or a verb tag
    #: "'s" or "'" right after the words found.
    possessive: str = ""
    #: The words found describe the noun after them ("the disabled parent").
    attributive: bool = False
    #: A determiner that starts the words found ("an" of "an epileptic").
    determiner: str = ""
    #: The word before the words found, lower case ("a", "who", "") and the one before it.
    before: tuple[str, ...] = ()
    #: The words after the words found, lower case, nearest first.
    after: tuple[str, ...] = ()
    #: The part of speech of the next word when the sentence was analysed ("noun", "verb"...).
    next_pos: str = ""
    #: The words found are one adverb ("subsequently").
    matched_adverb: bool = False
    #: The first word found can be a noun and nothing before it makes it a verb
    #: ("significant impact on"): a verb-only alternative ("affect") does not fit.
    noun_context: bool = False
    #: The words found name people by a word for people ("challenging children"): a drop-in
    #: must name people too, not the behaviour the label was taken from.
    person: bool = False
    #: A word for a particular kind of people at its head ("families" of "vulnerable families").
    kin: str = ""


#: Words for particular people that a drop-in keeps instead of "people"/"person", as
#: (singular, plural); the generic words a label uses ("users", "clients") are not among them.
_KIN = {w: pair for pair in (("family", "families"), ("child", "children"), ("woman", "women"), ("man", "men"),
                             ("parent", "parents"), ("adult", "adults")) for w in pair}


def _kin_pair(word: str, lex: Lexicon) -> tuple[str, str]:
    """A word for people as (singular, plural): from the list above, or from the lexicon
    ("motorists" → ("motorist", "motorists"))."""
    if word in _KIN:
        return _KIN[word]
    singular = lex.lemma(word, "NOUN") or word
    return singular, lex.inflect(singular, "NOUN", "NNS") or (word if word != singular else singular + "s")


#: Young and older people keep their age in the alternative: "vulnerable young people" →
#: "young people at risk of harm", not "people at risk of harm".
_YOUNG_KIN = frozenset(f"{age} {w}" for age in ("young", "older") for w in ("person", "people"))


def _young_kin(content: list[str], head: int, lex: Lexicon) -> str:
    """"young people" when the words found end in "young people" (or "older person"), and
    "homeless people" when a describing word stands between a describing label and "people"
    ("vulnerable homeless people" → "homeless people at risk of harm": the label is
    "vulnerable", not "homeless"; "socially excluded people" keeps no word, as its label is
    both)."""
    if not head or content[head] not in ("people", "person"):
        return ""
    pair = f"{content[head - 1]} {content[head]}"
    if pair in _YOUNG_KIN:
        return pair
    if (head >= 2 and "ADJ" in lex.upos(content[0]) and "ADV" not in lex.upos(content[0])
            and "ADJ" in lex.upos(content[head - 1]) and content[head - 1] not in ("most", "more", "very", "other")):
        return pair
    return ""


def words_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Up to three words before ``start`` and after ``end`` in the same sentence, nearest first."""
    before_text = text[max(0, start - 80):start]
    after_text = text[end:end + 60]
    before: list[str] = []
    for w in reversed(_WORD_RE.findall(before_text)):
        if not w[0].isalpha():
            break
        before.append(w.lower().replace("\u2019", "'"))
        if len(before) == 3:
            break
    after: list[str] = []
    if after_text[:2] in ("'s", "\u2019s") and not after_text[2:3].isalpha():
        after.append("'s")
    elif after_text[:1] in ("'", "\u2019") and not after_text[1:2].isalpha():
        after.append("'")
    for w in _WORD_RE.findall(after_text):
        if not w[0].isalpha():
            break
        if after and after[0] in ("'s", "'") and len(after) == 1 and w.lower() in ("s",):
            continue
        after.append(w.lower().replace("\u2019", "'"))
        if len(after) == 3:
            break
    return before, after


def _is_verb_context(before: tuple[str, ...]) -> bool:
    if not before:
        return False
    w = before[0]
    return (w in word_list("participle_auxiliaries") or w in word_list("modals")
            or w in word_list("subject_pronouns") or w in ("to", "not", "n't", "also", "then", "often"))


def _verb_tag(word: str, lex: Lexicon, before: tuple[str, ...]) -> str | None:
    tags = lex.tags(word, "VERB")
    if not tags:
        return None
    if "VBD" in tags and "VBN" in tags:
        return "VBN" if any(b in word_list("participle_auxiliaries") for b in before[:2]) else "VBD"
    for tag in ("VBZ", "VBG", "VBD", "VBN"):
        if tag in tags:
            return tag
    return "VB"


def _noun_number(word: str, lex: Lexicon, before: str = "") -> str:
    """NN or NNS. ``before``: the word before the noun phrase, which can show it is one."""
    low = word.lower()
    if low in words_data()["plurals"].values() and low not in words_data()["plurals"]:
        return "NNS"
    tags = lex.tags(low, "NOUN")
    if "NNS" in tags and ("NN" not in tags or low.endswith("s")):
        if "NN" in tags and before in word_list("singular_determiners") and _has_other_plural(low, lex):
            return "NN"  # "the doctor's prognosis", "a process"
        return "NNS"
    return "NN"


def _has_other_plural(word: str, lex: Lexicon) -> bool:
    """Whether the word has a plural spelt otherwise, so it is the singular.

    The lemma lists read "prognosis", "status" and "process" as plural too, and every
    plural ends in -s; but their plurals are "prognoses", "statuses" and "processes"
    ("the doctor's prognosis" is one outlook). "Series", "means" and "news" stay both.
    """
    plural = lex.inflect(lex.lemma(word, "NOUN") or word, "NOUN", "NNS")
    return bool(plural) and plural != word


def _head_index(words: list[str], lex: Lexicon, start: int = 0) -> int:
    """The noun that takes the plural: the last word before what comes after it ("child in care").

    What comes after a noun starts only once a noun has been seen: "looked after child"
    has its noun last.
    """
    starts = word_list("post_modifier_starts")
    last_noun = -1
    for i in range(start, len(words)):
        w = words[i].lower()
        if i > start and last_noun >= 0:
            if w in starts or w in word_list("coordinators"):
                return last_noun
            if w.endswith("ed") and words[i - 1].lower() in word_list("people_nouns"):
                return last_noun  # "person refused asylum"
            if w.endswith("ing") and "VERB" in lex.upos(w) and "NOUN" not in lex.upos(w):
                return last_noun
        if ("NOUN" in lex.upos(w) or w in words_data()["plurals"].values()) and w not in word_list("pronouns"):
            last_noun = i
    return len(words) - 1


def _content_words(words: list[str]) -> list[str]:
    return [w for w in words if w not in ("-", "\u2010", "\u2011") and any(c.isalpha() for c in w)]


def read_target(words: list[str], before: list[str], after: list[str], lex: Lexicon,
                next_capitalised: bool = False) -> Target:
    """What form the words found are in, read from the words and those around them.

    ``next_capitalised``: the word after is capitalised, so capitalised words found
    ("Policy Implementation Guide") describe it, as in a title.
    """
    words = _content_words(words)
    in_title = next_capitalised and all(w[:1].isupper() for w in words)
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 6 and after and after[0].isalpha() \
            and after[0] not in word_list("not_nouns") and after[0] not in word_list("prepositions"):
        in_title = True  # an acronym before a noun ("BME background") describes it
    prev = tuple(before)
    possessive = after[0] if after and after[0] in ("'s", "'") else ""
    nxt = after[1] if possessive and len(after) > 1 else (after[0] if after and not possessive else "")
    if not words:
        return Target("other", before=prev, after=tuple(after))
    low = [w.lower().replace("\u2019", "'") for w in words]
    determiner = ""
    content = low
    if len(low) > 1 and low[0] in word_list("determiners"):
        determiner, content = low[0], low[1:]
    first, last = content[0], content[-1]
    if len(content) == 2 and lex.upos(first) == {"ADV"} and not determiner:
        # after an adverb ("adversely"), an inflected word is read as a verb, as after "will"
        inner = read_target(words[1:], ["will", *before], after, lex, next_capitalised)
        if inner.kind == "verb":
            return inner  # "adversely impacts" → "influences"
    if first in word_list("modals") or first in word_list("participle_auxiliaries") or first == "to" \
            or first in word_list("prepositions") or lex.upos(first) == {"ADV"}:
        adverb = len(content) == 1 and (lex.upos(first) == {"ADV"} or first.endswith("ly"))
        return Target("other", before=prev, after=tuple(after), matched_adverb=adverb)
    attributive = bool(nxt) and nxt.isalpha() and nxt not in word_list("not_nouns") and not nxt.endswith("ly") \
        and nxt not in word_list("prepositions") and not possessive
    first_upos = lex.upos(first)
    last_upos = lex.upos(last)
    verb_context = _is_verb_context(prev)
    if prev[:1] == ("to",) and first != (lex.lemma(first, "VERB") or first):
        verb_context = False  # "approach to challenging behaviour", "payments to failed asylum seekers"
    # A verb phrase: "participated", "suffer from", "take into account", "liaises with".
    plural_noun_last = len(content) > 1 and last.endswith("s") and "NNS" in lex.tags(last, "NOUN") \
        and "VERB" not in lex.upos(last)
    if "VERB" in first_upos and not determiner and not plural_noun_last:
        tag = _verb_tag(first, lex, prev)
        if verb_context and tag in ("VB", "VBZ") and "NOUN" in first_upos and prev[0] in word_list(
                "participle_auxiliaries"):
            verb_context = False  # "has contact with her mother": after "has" a base form is a noun
        inflected = tag in ("VBZ", "VBD", "VBN", "VBG") and first != lex.lemma(first, "VERB")
        only_verb = first_upos == {"VERB"}
        ends_in_particle = len(content) > 1 and last in word_list("prepositions")
        if tag and (verb_context or (only_verb and (len(content) == 1 or ends_in_particle))
                    or (inflected and ends_in_particle)
                    or (inflected and len(content) == 1 and "NOUN" not in first_upos and "ADJ" not in first_upos)
                    # "people leaving care": an -ing form straight after a word for people says what they do
                    or (tag == "VBG" and len(content) <= 2 and prev[:1] and prev[0] in word_list("people_nouns"))):
            if len(content) == 1 and "ADJ" in first_upos and attributive:
                return Target("adj", attributive=True, before=prev, after=tuple(after))
            return Target("verb", tag, before=prev, after=tuple(after))
        if len(content) == 1 and not ({"NOUN", "ADJ"} & first_upos):
            return Target("other", before=prev, after=tuple(after))  # a verb form in a place that is not sure
    if len(content) > 1 and last in word_list("prepositions") and first not in word_list("people_nouns"):
        # "prior to", "in lieu of": put in as written
        return Target("other", before=prev, after=tuple(after), noun_context="NOUN" in first_upos)
    if len(content) > 2 and content[1] == "to" and "ADJ" in first_upos and "NOUN" not in first_upos:
        return Target("adj", attributive=attributive, before=prev, after=tuple(after))  # "hard to reach"
    if (len(content) == 1 and not determiner and first.endswith("ing") and "VERB" in first_upos
            and prev[:1] and prev[0] in word_list("prepositions") and _verb_tag(first, lex, prev) == "VBG"):
        # "prevented from undertaking activities": after a preposition, a verb's -ing form
        # takes an -ing form ("carrying out"), not a noun or a base form
        return Target("verb", "VBG", before=prev, after=tuple(after))
    head = _head_index(content, lex)
    head_word = content[head]
    head_upos = lex.upos(head_word)
    the = determiner == "the" or (not determiner and prev[:1] == ("the",))
    if the and "ADJ" in head_upos and head == len(content) - 1 and not attributive and not (
            head and "NOUN" in head_upos and "ADJ" in lex.upos(content[head - 1])
            and content[head - 1] not in ("most", "more", "very") and not content[head - 1].endswith("ly")):
        # "the disabled", "the elderly", "the street homeless": people. Not "the vulnerable
        # individual": a word that can be a noun, after a describing word, is that noun.
        return Target("noun", "NNS", possessive, False, "", prev)
    if head == len(content) - 1 and "ADJ" in last_upos and ("NOUN" not in last_upos or attributive):
        return Target("adj", attributive=attributive, before=prev, after=tuple(after))
    if "NOUN" in head_upos or head_word in words_data()["plurals"].values():
        # Only a word that can describe ("disabled") is read as describing the word after it.
        describes = (attributive and "ADJ" in head_upos and head == len(content) - 1) or in_title
        singular_before = determiner or (prev[0] if prev else "")
        if singular_before.endswith(("'s", "s'")):
            singular_before = "'s"  # "the doctor's prognosis"
        return Target("noun", _noun_number(head_word, lex, singular_before), possessive, describes, determiner, prev,
                      after=tuple(after), person=head_word in word_list("people_nouns"),
                      kin=head_word if head_word in _KIN else _young_kin(content, head, lex))
    return Target("other", before=prev, after=tuple(after))


def _content_word(word: str) -> bool:
    """A word that may be a noun after the words found (so they describe it)."""
    return word.isalpha() and word not in word_list("not_nouns") and word not in word_list("prepositions") \
        and word not in word_list("determiners") and word not in word_list("pronouns") \
        and word not in word_list("subject_pronouns") and not word.endswith("ly")


def _maybe_noun(word: str, target: Target) -> bool:
    """Whether the next word may be a noun the words found describe (the analysis says, if it ran)."""
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and word != "hundred":
        return False  # "service users admitted on section 2": a participle, not a noun they describe
    if target.next_pos:
        return target.next_pos in ("noun", "adjective") and _content_word(word)
    return _content_word(word)


def article_for(word: str) -> str:
    """"a" or "an" before ``word``, by how it sounds ("an hour", "a user", "an MP")."""
    if not word:
        return "a"
    low = word.lower()
    if any(low.startswith(p) for p in word_list("an_exceptions")):
        return "an"
    letters = word.replace(".", "")
    if len(letters) > 1 and letters.isupper() and letters.isalpha():
        return "an" if letters[0] in "AEFHILMNORSX" else "a"
    if any(low.startswith(p) for p in word_list("a_exceptions")):
        return "a"
    return "an" if low[0] in "aeiou" else "a"


@dataclass(frozen=True)
class Fitted:
    """An alternative in the form of the words found."""

    text: str
    #: The article before the words found must become this ("a" → "an"), or "" to leave it.
    article: str = ""


def fit(alternative: str, target: Target, lex: Lexicon, forms: dict[str, str] | None = None) -> Fitted | None:
    """``alternative`` changed to ``target``'s form, or None when it cannot be a drop-in."""
    forms = forms or {}
    if not alternative.strip() or _NOT_DROP_IN.search(alternative):
        return None
    words = alternative.split()
    if target.before[:1] and target.before[0] in word_list("determiners") and target.kind != "verb" \
            and (words[0].lower() in word_list("participle_auxiliaries") or words[0].lower() in word_list("modals")):
        return None  # "the mentally ill" → "the has mental health problems"
    if len(words) > 8:
        return None  # an explanation, not words to put in
    nxt_word = target.after[0] if target.after else ""
    if len(words) > 1 and nxt_word in word_list("prepositions") and nxt_word in (w.lower() for w in words[1:]):
        return None  # "contact with her mother" → "time with mum and dad with her mother"
    if target.kind == "other" and len(words) == 1 and words[0].lower() in word_list("prepositions") \
            and target.matched_adverb:
        return None  # "they subsequently find" → "they after find"
    if words[0].lower() in word_list("subject_pronouns") - {"that", "which", "who"} and target.kind != "verb":
        return None  # "we decided you lost your home ...": a sentence, not words to put in
    if target.kind == "verb":
        text = _fit_verb(words, target, lex, forms)
        if text is None and len(words) <= 2 and not ({"NOUN", "VERB"} & lex.upos(words[0].lower())) \
                and target.tag in ("VBG", "VB") and not target.possessive:
            text = alternative  # "regarding" → "about": a word that is no verb goes in as written
    elif target.kind == "noun":
        text = _fit_noun(words, target, lex, forms)
    elif target.kind == "adj":
        text = _fit_adj(words, target, lex)
    else:
        text = alternative if not target.possessive or len(words) == 1 else None
        first = words[0].lower()
        if first in _DO_FORMS or first in word_list("modals"):
            text = None  # "are non-compliant" → "are did not take": a verb phrase needs a verb's place
        elif target.before[:1] and target.before[0] in _BE_FORMS and not (
                {"ADJ", "ADV"} & lex.upos(first) or first in word_list("prepositions")):
            text = None  # after "are", only words that describe: not "are decided not to", "are the ..."
        if text and target.noun_context and lex.upos(words[0].lower()) == {"VERB"}:
            text = None  # "significant impact on" → "significant affect"
        if text and target.before[:1] and target.before[0] in word_list("determiners") \
                and (lex.upos(first) == {"VERB"} or (first in word_list("determiners") and len(words) > 2)):
            # "no non-compliance" → "no decided not to", "no the treatment has not worked":
            # after a determiner stands a noun, not a verb or another determiner
            text = None
        nxt = target.after[0] if target.after else ""
        last = words[-1].lower()
        if text and nxt and (last == nxt or (_maybe_noun(nxt, target) and len(words) > 1
                                             and "ADJ" not in lex.upos(last)
                                             and last not in word_list("prepositions"))):
            text = None  # "seldom heard groups" → "under-served groups groups"
    if text is None:
        return None
    article = ""
    if target.before[:1] and target.before[0] in ("a", "an") and target.kind in ("noun", "adj"):
        wanted = article_for(text.split()[0])
        if wanted != target.before[0]:
            article = wanted
    return Fitted(text, article)


def _fit_verb(words: list[str], target: Target, lex: Lexicon, forms: dict[str, str]) -> str | None:
    first = words[0].lower()
    if first in word_list("modals") or first in word_list("subject_pronouns") or first in word_list("determiners"):
        return None
    if "VERB" not in lex.upos(first):
        return None
    nxt = target.after[0] if target.after else ""
    last = words[-1].lower()
    if nxt == "to" and len(words) == 1 and (lex.lemma(first, "VERB") or first) not in word_list("to_verbs"):
        return None  # "ceases to be" → "ends to be" is not English
    if len(words) > 1 and nxt:
        if last == nxt or (last in word_list("prepositions") and nxt in word_list("prepositions")):
            return None  # "join in" + "in the group"
        if last == "to":
            if "VERB" not in lex.upos(nxt) or (lex.lemma(nxt, "VERB") or nxt) != nxt:
                return None  # "try to" only before a verb: "seek to reduce" → "try to reduce"
        elif last not in word_list("prepositions") and nxt not in word_list("prepositions") \
                and nxt not in ("that", "whether", "if", "how", "what", "when", "why"):
            return None  # "give permission" + "people": the object would not fit
    if first in _DO_FORMS and len(words) > 2 and words[1].lower() == "not":
        # "did not want this support" is a negated verb: "do" takes the tense, or with no
        # "do" to carry it ("has refused", "refusing"), "not" goes before the main verb's form.
        if target.tag in _DO_FOR_TAG:
            return " ".join([_DO_FOR_TAG[target.tag], *words[1:]])
        lemma = lex.lemma(words[2].lower(), "VERB")
        main = lex.inflect(lemma, "VERB", target.tag) if lemma and target.tag in ("VBN", "VBG") else None
        return " ".join(["not", main, *words[3:]]) if main else None
    if target.tag in ("VB", "VBP"):
        form: str | None = forms.get("base") or (words[0] if lex.lemma(first, "VERB") == first else None)
        if form is None:
            form = lex.inflect(lex.lemma(first, "VERB") or first, "VERB", "VB")
    else:
        name = FORM_FOR_TAG.get(target.tag, "")
        form = forms.get(name)
        if form:
            return form
        lemma = lex.lemma(first, "VERB")
        form = lex.inflect(lemma, "VERB", target.tag) if lemma else None
        if lemma == "be" and target.tag == "VBD" and target.before[:1] and target.before[0] in ("we", "they", "you"):
            form = "were"
    if not form:
        return None
    return " ".join([form, *words[1:]])


_DO_FORMS = frozenset({"do", "does", "did"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'re", "'s"})
_DO_FOR_TAG = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do"}


#: Words that make a phrasal verb after a verb ("carry out", "put in place", "set up").
_PARTICLES = frozenset({"out", "up", "off", "in", "away", "down", "over", "back", "on"})


def _fit_noun(words: list[str], target: Target, lex: Lexicon, forms: dict[str, str]) -> str | None:
    if target.attributive and (len(words) > 1 or lex.upos(words[0].lower()) == {"ADJ"}):
        return None  # "the disabled parent", "Policy Putting into practice Guide"
    low = [w.lower() for w in words]
    if low[0] in ("not", "never"):
        return None  # "not using drugs" is no noun phrase: "clean" → "not using drug" was offered
    if low[0] in ("where", "what", "how", "who", "when", "why", "whether"):
        return None  # "where you live" is a clause: "the placement" cannot become "the where you live"
    if (len(low) > 1 and "VBD" in lex.tags(low[0], "VERB") and low[1] != "of"
            and (low[1] in word_list("prepositions") or low[1].endswith("ing") or lex.upos(low[1]) == {"ADV"})):
        return None  # "history of absconsion" → not "history of left without telling anyone": a verb phrase
    if len(low) == 2 and low[1] in _PARTICLES and "VERB" in lex.upos(low[0]) and target.tag == "NNS":
        return None  # "The Government implements" read as a plural noun → not "carry outs": a phrasal verb
    start = 0
    alt_det = ""
    if len(low) > 1 and low[0] in word_list("determiners"):
        alt_det, start = low[0], 1
    if low[start] in word_list("participle_auxiliaries") or low[start] in word_list("modals"):
        return None  # "has mental health problems" is a verb phrase, not a noun phrase
    head = _head_index(low, lex, start)
    head_word = low[head]
    if ("NOUN" not in lex.upos(head_word) and head_word not in words_data()["plurals"].values()) \
            or head_word in word_list("pronouns"):
        return None
    if target.person and head_word not in word_list("people_nouns"):
        return None  # "caring for challenging children" → "caring for behaviours that challenge services"
    if target.kin and head_word in ("people", "person"):
        # "children of vulnerable families" → "children of families at risk of harm", not "of
        # people at risk of harm": keep who they are, change only what the label said of them
        words = list(words)
        if " " in target.kin:
            if not (head > start and low[head - 1] == target.kin.split()[0]):
                words.insert(head, target.kin.split()[0])  # "people at risk" → "young people at risk"
                head += 1
        else:
            singular, plural = _kin_pair(target.kin, lex)
            words[head] = _same_case(words[head], plural if head_word == "people" else singular)
        low = [w.lower() for w in words]
        head_word = low[head]
    nxt = target.after[0] if target.after and not target.possessive else ""
    if nxt and _maybe_noun(nxt, target) and (alt_det in ("a", "an") or low[-1] == nxt or head != len(low) - 1):
        return None  # "day and respite services" → "a break services"; "hospital bed blocking services"
    post = next((k for k in range(head + 1, len(low)) if low[k] in word_list("post_modifier_starts")), len(low))
    if any(w in word_list("coordinators") for w in low[start:post]) and _noun_number(head_word, lex) != target.tag:
        return None  # "foster son or daughter": no single word takes the plural
    if head != len(low) - 1 and target.before[:1] and target.before[0] in word_list("possessive_determiners"):
        return None  # "our" + "people we support"
    if target.possessive and (head != len(low) - 1 or any("'" in w or "\u2019" in w for w in low)):
        return None  # "person who draws on care and support's needs" is not English
    out = list(words)
    name = FORM_FOR_TAG.get(target.tag, "")
    if (head > start and target.tag == "NN" and low[start].endswith("ing") and "VERB" in lex.upos(low[start])
            and name not in forms):
        # "talking with residents": an activity has no number, and its object keeps its own
        # ("community engagement" is not "talking with resident")
        return " ".join(out)
    if name in forms:
        out = forms[name].split()
        head = len(out) - 1 if target.possessive else _head_index([w.lower() for w in out], lex, start)
    elif _noun_number(head_word, lex) != target.tag:
        new = _noun_form(head_word, target.tag, lex)
        if new is None:
            return None
        out[head] = _same_case(words[head], new)
        # "people who draw on" → "person who draws on"
        if head + 2 < len(out) and low[head + 1] in ("who", "that", "which"):
            verb = low[head + 2]
            lemma = lex.lemma(verb, "VERB")
            if verb in ("was", "were"):  # "move that was not planned" → "moves that were not planned"
                out[head + 2] = _same_case(words[head + 2], "was" if target.tag == "NN" else "were")
            elif lemma and lex.tags(verb, "VERB") & {"VBZ", "VBP", "VB"}:  # "who used to be" keeps its tense
                agreed = lex.inflect(lemma, "VERB", "VBZ" if target.tag == "NN" else "VBP")
                if lemma == "be":  # VBP of "be" is "am" to the library: the third person is meant
                    agreed = "is" if target.tag == "NN" else "are"
                if agreed:
                    out[head + 2] = _same_case(words[head + 2], agreed)
    if target.possessive == "'" and not out[head].lower().endswith("s"):
        return None  # "users' needs" → "people' needs"
    if alt_det:
        if target.tag == "NNS" and alt_det in ("a", "an"):
            out = out[1:]
        elif target.before[:1] and (target.before[0] in word_list("determiners")
                                    or target.before[0].endswith(("'s", "s'"))):
            if alt_det in word_list("articles"):
                out = out[1:]  # "a" + "a break" → "a break"
            else:
                return None  # "the" + "your care and support"
        elif alt_det in ("a", "an"):
            out[0] = _same_case(out[0], article_for(out[1]))
    elif target.determiner:
        if target.tag == "NN":
            det = article_for(out[0]) if target.determiner in ("a", "an") else target.determiner
            out = [det, *out]
        elif target.determiner not in ("the", "a", "an"):
            out = [target.determiner, *out]
    return " ".join(out)


def _noun_form(word: str, tag: str, lex: Lexicon) -> str | None:
    plurals: dict[str, str] = words_data()["plurals"]
    if tag == "NNS":
        if word in plurals:
            return plurals[word]
        lemma = lex.lemma(word, "NOUN") or word
        return lex.inflect(lemma, "NOUN", "NNS")
    singular = {v: k for k, v in plurals.items() if k != v}
    if word in singular:
        return singular[word]
    noun_lemma = lex.lemma(word, "NOUN")
    return noun_lemma if noun_lemma and noun_lemma != word else None


def _fit_adj(words: list[str], target: Target, lex: Lexicon) -> str | None:
    last = words[-1].lower()
    if target.after[:1] and target.after[0] in ("to", "from", "with", "of"):
        return None  # "additional to", "different from": the word that follows belongs to it
    if len(words) > 3:
        return None
    if len(words) == 3 and words[1].lower() == "to" and "ADJ" in lex.upos(words[0].lower()):
        return " ".join(words)  # "easy to ignore" for "hard to reach"
    first = words[0].lower()
    if len(words) > 1 and "VERB" in lex.upos(first) and lex.lemma(first, "VERB") == first:
        return None  # "work out" cannot describe: "(determined by ...)" is not "(work out by ...)"
    if "ADJ" in lex.upos(last) or (last.endswith("ed") and len(words) <= 2) or "-" in last:
        if target.attributive and "NOUN" in lex.upos(last) and "ADJ" not in lex.upos(last):
            return None
        return " ".join(words)
    return None


def _same_case(original: str, new: str) -> str:
    if original[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new
