"""Part of speech: which sense of a word the sentence uses.

"Please contact the family support team" uses the verb; "Contact with her parents is
supervised" the noun that young people in care object to. An entry says which part of
speech it means (``pos: noun``) and the term check asks this module.

Two sources, chosen per run:

- **a trained spaCy pipeline** (``nlp.model``), when one is configured: its tags;
- **lexical evidence** by default: the neighbouring words (closed word classes from
  ``data/pos.txt``: determiners, prepositions, modals, pronouns) and the word's own form.
  It decides only what entries ask (noun, verb, adjective or adverb for one token) and
  costs microseconds, so a one-page check stays as fast as before and spaCy is never
  imported. docs/rules.md gives its accuracy against a trained tagger.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from plainspeak.nlp import lemma

if TYPE_CHECKING:
    from plainspeak.analyse import Analysed

PARTS = ("noun", "verb", "adjective", "adverb")
_SPACY = {"NOUN": "noun", "PROPN": "noun", "PRON": "noun", "NUM": "noun", "VERB": "verb", "AUX": "verb",
          "ADJ": "adjective", "ADV": "adverb"}
#: Endings of describing words ("vulnerable", "disabled", "homeless", "aggressive").
_ADJECTIVE_ENDINGS = ("ed", "ble", "al", "ous", "ive", "ic", "less", "ful", "ent", "ant", "ly", "ish", "ary", "ile")
_ADJECTIVES = frozenset({"poor", "old", "young", "sick", "blind", "deaf", "dumb", "ill", "rich", "needy",
                         "frail", "infirm", "insane", "weak", "elderly", "homeless", "vulnerable", "disabled",
                         "unemployed", "destitute", "mad", "dead", "living", "aged", "lonely", "jobless",
                         "retired", "bereaved", "housebound"})


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "become", "became", "becomes",
                      "get", "gets", "got", "feel", "feels", "felt", "seem", "seems"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "their", "our", "your", "his", "its",
                          "my", "some", "any", "every", "each", "no"})


def closed_word(text: str) -> bool:
    """Whether ``text`` is a form of "be", a modal or a verb's helper, a pronoun or a
    determiner: a word that never describes the noun after it."""
    low = text.lower()
    words = pos_words()
    return (low in _COPULAS or low in _DETERMINERS or low in words.verb_before or low in words.subjects
            or low in words.objects)


@dataclass(frozen=True)
class PosWords:
    noun_before: frozenset[str]
    prepositions: frozenset[str]
    verb_before: frozenset[str]
    subjects: frozenset[str]
    objects: frozenset[str]
    to_nouns: frozenset[str]
    noun_followers: frozenset[str]
    #: Groups of people (``ends_group``): verbs that follow a group, words before a describing
    #: word that can make it one, and describing words ending in -ly.
    group_verbs: frozenset[str]
    group_determiners: frozenset[str]
    ly_adjectives: frozenset[str]
    #: Times that "last" and "next" open after a group ("the homeless last Sunday").
    time_words: frozenset[str] = frozenset()
    #: Words and phrases that describe people without a describing word's ending ("hearing",
    #: "hard of hearing"), after "and" in a list of describing words.
    describing_words: frozenset[str] = frozenset()
    describing_phrases: tuple[tuple[str, ...], ...] = ()
    #: Plural words for people: before a name, the word after them is their verb.
    people_plurals: frozenset[str] = frozenset()
    #: People named by a thing they own or keep: "pet owners", "dog walkers".
    owner_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def pos_words() -> PosWords:
    from plainspeak.fastload import read_sections

    groups = {k: {w.lower() for w in v} for k, v in read_sections("pos.txt").items()}
    f = frozenset
    return PosWords(f(groups["noun_before"]), f(groups["prepositions"]), f(groups["verb_before"]),
                    f(groups["subjects"]), f(groups["objects"]), f(groups["to_nouns"]),
                    f(groups["noun_followers"]), f(groups["group_verbs"]), f(groups["group_determiners"]),
                    f(groups["ly_adjectives"]), f(groups.get("time_words", ())),
                    f(w for w in groups.get("describing_words", ()) if " " not in w),
                    tuple(tuple(w.split()) for w in groups.get("describing_words", ()) if " " in w),
                    f(groups.get("people_plurals", ())), f(groups.get("owner_nouns", ())))


def _neighbour(analysed: Analysed, i: int, step: int) -> tuple[int, str | None]:
    """The next word-or-punctuation token before (step -1) or after (+1) ``i`` in its line."""
    texts = analysed.token_text
    k = i + step
    while 0 <= k < len(texts):
        text = texts[k]
        if text.isspace():
            if "\n" in text:
                return k, None
            k += step
            continue
        if text in ("-", "\u2010", "\u2011") and step == 1:
            return k, text
        if text == "&":
            return k, "and"  # "for elderly & vulnerable": the same join as "and"
        return k, text.lower().replace("\u2019", "'")
    return k, None


def _sentence_start(analysed: Analysed, i: int) -> bool:
    _k, before = _neighbour(analysed, i, -1)
    return before is None or before in (".", "!", "?", ":", ";", "\u2022", "*", "-", "\u2013", "(", '"', "\u201c")


#: Possessives that own a group as "the" names it ("our street homeless", "the city's homeless").
OWNERS = frozenset({"our", "their", "your", "his", "her", "its", "'s", "\u2019s"})


def is_adjective_like(word: str) -> bool:
    low = word.lower()
    return low in _ADJECTIVES or (len(low) > 4 and low.endswith(_ADJECTIVE_ENDINGS))


#: After an adjective that opens a line, words that make it a group of people, as headlines
#: write them ("Homeless face …", "Disabled in Walsall …"); not "and" ("Homeless and hungry, he …").
_HEADLINE_VERBS = frozenset({"are", "were", "need", "face", "get", "deserve", "struggle", "lose", "say", "miss",
                             "left", "hit", "told", "given", "denied", "in"})


#: Marks that end a noun phrase: a word between a describing word and one of these is a noun.
_PHRASE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?"})


#: Words after which "'s" is "is": "someone who's homeless", "he's disabled".
_IS_SUBJECTS = frozenset({"who", "that", "he", "she", "it", "there", "here", "what", "which", "where", "someone",
                          "anyone", "everyone", "nobody", "somebody", "anybody", "everybody"})


def _degree_word(word: str) -> bool:
    """A word of degree a glossary term may hold after "the" ("most", "severely"; data/pos.txt)."""
    from plainspeak.glossary.compile import term_gaps
    from plainspeak.nlp import match_key

    return match_key(word) in term_gaps()[1]


def ends_group(analysed: Analysed, i: int) -> bool:
    """Whether a describing word at ``i`` after "the" (or "a") ends the words, so that they
    name people ("the disabled", "the street homeless as criminals") rather than describe the
    noun that follows ("the disabled parent", "most homeless 16 and 17 year olds")."""
    _n, after = _neighbour(analysed, i, 1)
    if after is not None and after[:1].isdigit():
        return False  # a number starts the noun
    words = pos_words()
    if after == ",":
        # "the lonely, disabled, elderly people": a list of describing words before a noun
        k = _n
        word: str | None = after
        listed = 0
        joined = False
        for _step in range(8):
            k, word = _neighbour(analysed, k, 1)
            if word in (",", "and", "or"):
                joined = word != ","
                continue
            if word is None or not (is_adjective_like(word) and (word in _ADJECTIVES or not word.endswith("ly"))
                                    or word in words.describing_words or _comparative(word)):
                break
            joined = False
            listed += 1
        if listed and _describable(word, words) and not joined:
            # but "help homeless, vulnerable and people living in poverty": a noun straight
            # after "and" is the list's last item, so the describing words before it are groups
            return False
    if after in ("and", "or", "/"):
        # "our disabled or elderly population": two describing words before one noun (a slash
        # joins them as "or" does: "deaf / blind assessments")
        n2, other = _neighbour(analysed, _n, 1)
        if other in hyphen_prefixes():
            k2, dash = _neighbour(analysed, n2, 1)
            if dash in ("-", "\u2010", "\u2011"):
                n2, other = _neighbour(analysed, k2, 1)  # "the homeless and ex-homeless people"
        n3, third = _neighbour(analysed, n2, 1) if other is not None else (n2, None)
        if other is not None and other.endswith("ly") and other not in _ADJECTIVES and third is not None:
            # "homeless and poorly housed people": the adverb belongs to the next word
            # ("blind or partially-sighted customers" too)
            if third in ("-", "\u2010", "\u2011"):
                n3, third = _neighbour(analysed, n3, 1)
            other = third
            n3, third = _neighbour(analysed, n3, 1)
        if other is not None and not is_adjective_like(other) and third is not None and third.endswith("ed") \
                and is_adjective_like(third) and _describable(_neighbour(analysed, n3, 1)[1], words):
            return False  # "disabled and sensory impaired people": a noun and a participle describe too
        for _step in range(4):
            # "blind and visually impaired young people": more describing words before the noun
            if third in ("and", "or"):
                # "disabled or frail and unwell older people": another joined describing word
                n4, partner = _neighbour(analysed, n3, 1)
                _n5, beyond = _neighbour(analysed, n4, 1) if partner is not None else (n4, None)
                if partner is not None and partner.isalpha() and (
                        is_adjective_like(partner) or _comparative(partner)
                        or is_adjective_like(beyond or "") or _comparative(beyond or "")):
                    n3, third = n4, partner
                    continue
                break
            if third is None or not (is_adjective_like(third) or _comparative(third)) or (
                    third.endswith("ly") and third not in _ADJECTIVES):
                break
            n3, third = _neighbour(analysed, n3, 1)
        for phrase in words.describing_phrases:
            # "the deaf and hard of hearing community": words that describe as one
            if other == phrase[0] and third == phrase[1]:
                k5, rest = n3, True
                for part in phrase[2:]:
                    k5, got = _neighbour(analysed, k5, 1)
                    rest = rest and got == part
                if rest:
                    other = phrase[-1]
                    _n5, third = _neighbour(analysed, k5, 1)
                    break
        # not "the deaf and partially deaf"; but "deaf and hearing children" ("hearing" describes)
        # "disabled and older passengers": a comparative ("older", "younger") describes too
        describing = other is not None and (other in words.describing_words or is_adjective_like(other) and (
            other in _ADJECTIVES or not other.endswith("ly")) or _comparative(other))
        if describing and _describable(third, words) and not _verb_ing(analysed, n3, third, words):
            return False
        if describing and (third is None or not third[:1].isalpha() or third in words.prepositions
                           or third in words.noun_followers or third in words.group_verbs):
            return True  # "helping Cornwall's blind and partially sighted", "the poor and needy in"
    if after in ("last", "next", "one", "every", "each"):
        # "a party for the homeless last Sunday", "serve food to the homeless one afternoon":
        # a time, not a noun the word describes
        _n2, when = _neighbour(analysed, _n, 1)
        if when in words.time_words:
            return True
    return (after is None or not after[:1].isalpha() or after in words.noun_followers
            or (after.endswith("ly") and after not in words.ly_adjectives)
            or after in _DETERMINERS or after in words.prepositions or after in words.group_verbs
            or (after.endswith("ed") and len(after) > 4 and lemma(after) != after
                and _neighbour(analysed, _n, 1)[1] not in ("one", "ones")))
    # "to help the homeless off our streets", "the disabled won several triumphs", "One of
    # the homeless wished everyone a good evening": a preposition or a verb follows the group;
    # but "loved" before "one" describes it ("your vulnerable or disabled loved one")


def _comparative(word: str) -> bool:
    """"older", "younger": a comparative describes the noun after it as any describing word does."""
    return word.endswith("er") and lemma(word) in _ADJECTIVES


def _verb_ing(analysed: Analysed, k: int, word: str | None, words: PosWords) -> bool:
    """Whether ``word`` at ``k`` is a verb in -ing that takes an object or a place ("the homeless
    and needy, providing them with meals", "the poor and needy living in ..."), not a noun the
    describing words go with ("disabled housing schemes")."""
    if word is None or not word.endswith("ing") or len(word) <= 5 or lemma(word) == word:
        return False
    _k, after = _neighbour(analysed, k, 1)
    return after is not None and (after in words.objects or after in _DETERMINERS or after in words.prepositions)


def _describable(word: str | None, words: PosWords) -> bool:
    """Whether ``word``, after describing words, is a noun they describe ("people"), not what
    follows a group ("who", "in", "those", a verb such as "think")."""
    return (word is not None and word[:1].isalpha() and not is_adjective_like(word) and word != "those"
            and word not in words.noun_followers and word not in words.prepositions
            and word not in _DETERMINERS and word not in words.group_verbs)


#: Words that follow a noun, never a describing word waiting for its noun: "a vulnerable
#: individual who", "... individual has".
_AFTER_A_NOUN = frozenset({"who", "whose", "whom", "has", "had", "will", "may", "can", "must", "should", "would",
                           "could", "might", "does", "did", "shall", "cannot"})


def _group_list_start(analysed: Analysed, comma: int) -> tuple[int, str | None]:
    """The word before a list of group words that ends at the comma ``comma``: "the" in "the
    elderly, sick and …" (at most four words, each a group word such as "retired")."""
    k = comma
    word_before: str | None = ","
    for _ in range(4):
        k, item = _neighbour(analysed, k, -1)
        if item not in _ADJECTIVES:
            return k, item
        k, word_before = _neighbour(analysed, k, -1)
        if word_before != ",":
            return k, word_before
    return k, word_before


def lexical_pos(analysed: Analysed, i: int) -> str:
    """The part of speech of token ``i`` from its neighbours and its form (see module doc)."""
    words = pos_words()
    word = analysed.token_text[i].lower()
    k, before = _neighbour(analysed, i, -1)
    _k2, before2 = _neighbour(analysed, k, -1) if before is not None else (k, None)
    _n, after = _neighbour(analysed, i, 1)
    if before is not None and before not in ("the", "most", "more") and _degree_word(before):
        # "the most severely disabled": words of degree between "the" and the word
        kk = k
        bb: str | None = before
        while bb is not None and bb != "the" and bb not in OWNERS and _degree_word(bb):
            kk, bb = _neighbour(analysed, kk, -1)
        if bb == "the" or bb in OWNERS or (bb in words.group_determiners and is_adjective_like(word)):
            # "our street homeless", "working with street homeless in London": a group after "our"
            # or "with" too (not "to mental handicap", which describes nothing)
            before = bb
    if before in ("and", "or", ",") and before2 in _ADJECTIVES and is_adjective_like(word):
        # "the elderly and disabled will …", "the elderly, disabled, those who …": a second
        # group after "the" and a first one
        _k3, before3 = _neighbour(analysed, _k2, -1)
        if before3 == "," and before != ",":
            # "the retired, sick and disabled": more groups before the first, each after a comma
            _k3, before3 = _group_list_start(analysed, _k3)
        if before3 == "the" or (before != "," and before3 in words.group_determiners
                                and before3 not in ("'s", "\u2019s")):
            before = "the"  # "shopping hours for elderly and vulnerable": a group after "for" too
    elif (before in ("and", "or") and before2 is not None and len(before2) > 3 and before2.endswith("s")
          and not before2.endswith("ss") and lemma(before2) != before2 and not is_adjective_like(before2)
          and is_adjective_like(word) and _neighbour(analysed, _k2, -1)[1] not in _COPULAS
          and (after is None or after in (",", ".", ";", ")") or after in words.group_verbs)):
        # "professionals, students and homeless, came": a group listed after other people (not
        # "were addicts and homeless", which says what they were, nor "trapped on the streets
        # and vulnerable to crime")
        before = "the"
    if before in ("'s", "\u2019s") and before2 in _IS_SUBJECTS:
        before = "is"  # "someone who's homeless": "'s" is "is" here, not an owner's
    if word.endswith("ing") and len(word) > 5 and lemma(word) != word:
        return "verb"  # "contacting": the noun senses glossaries mean never take -ing
    if word.endswith("ed") and (after in _DETERMINERS or after in words.objects) and before not in ("the", "a", "an"):
        return "verb"  # "crippled the system", "contacted us"; not "the disabled that are …"
    if lemma(word) != word and lemma(word) in _ADJECTIVES:
        return "adjective"  # "poorer", "poorest"
    if word.endswith("ed") and before is not None and len(before) > 4 and before.endswith("ly") and (
            before not in _ADJECTIVES):
        return "adjective"  # "physically handicapped children", "severely disabled"
    if word.endswith("ed") and before in _COPULAS:
        return "adjective"  # "people who are addicted", "parents are disabled"
    if is_adjective_like(word) and (word in _ADJECTIVES or not word.endswith("ly")):
        # "the disabled" names a group; "the disabled parent" describes a parent;
        # "an epileptic" names a person, "an epileptic condition" describes a condition.
        if before in ("most", "more") and before2 is not None and before2 != "the" and before2 not in OWNERS \
                and before2 not in words.group_determiners:
            return "adjective"  # "few people more disabled", "are more disabled than": a degree, no group
        if before in ("the", "most", "more", "a", "an"):
            return "noun" if ends_group(analysed, i) else "adjective"
        if before in words.group_determiners and ends_group(analysed, i) and not (
                before2 in _COPULAS and before not in _DETERMINERS and before not in OWNERS
                and before not in ("many", "such", "more", "most")):
            # not "young people are hidden homeless": after "are", "hidden" says how they are
            return "noun"
        if (before is None or _sentence_start(analysed, i)) and after is not None and (
                after in _HEADLINE_VERBS or (after.endswith("ed") and len(after) > 4)):
            return "noun"  # a headline: "Homeless rejected by half of GPs", "Disabled in Walsall 'punished'"
        if (word not in _ADJECTIVES and before is not None and is_adjective_like(before)
                and not before.endswith("ly") and (after is None or after in _PHRASE_ENDS or after in _COPULAS
                                                   or after in _AFTER_A_NOUN or after in words.prepositions
                                                   or (after in ("and", "or")
                                                       and _neighbour(analysed, _n, 1)[1] in _DETERMINERS))):
            # a describing word before it, and nothing after it for it to describe: "the
            # vulnerable individual, making decisions", "a vulnerable individual is befriended",
            # "owned by a vulnerable individual by gangs", "between the vulnerable individual and the
            # legal profession"
            return "noun"
        if word in _ADJECTIVES or not word.endswith("ed"):
            return "adjective"
    if word.endswith("ly") and len(word) > 4 and word not in _ADJECTIVES:
        return "adverb"
    text = analysed.token_text
    if text[i][:1].isupper() and (_n < len(text) and text[_n][:1].isupper() or
                                  k >= 0 and text[k][:1].isupper() and not _sentence_start(analysed, k)) and not (
            _sentence_start(analysed, i) and _n < len(text) and len(text[_n]) > 1 and text[_n].isupper()
            and not text[i].isupper()):
        # Title Case ("Care Planning", "Assistance to Care Leavers"): a name's noun; but a
        # sentence that opens on a word before a name in capitals gives an instruction
        # ("Contact SIGNAL 4 Carers to request a card", "Contact CAMHS")
        return "noun"
    if after in words.objects and after not in ("her", "you"):
        return "verb"  # "contact us", "contact them"
    if (_n < len(text) and len(text[_n]) >= 2 and text[_n].isalpha() and text[_n].isupper()
            and before is not None and before not in _DETERMINERS and before not in OWNERS
            and before not in words.prepositions and not is_adjective_like(before)):
        return "verb"  # "in an emergency situation contact SW within 7 days", "please contact MASH"
    if before == "to":
        if word.endswith("s") and not word.endswith("ss") and lemma(word) != word:
            return "noun"  # "treatment to addicts": "to" + a word with -s is no infinitive
        return "noun" if before2 in words.to_nouns else "verb"
    if before in words.verb_before or before in words.subjects:
        return "verb"
    if (before in words.people_plurals and _n < len(text) and text[_n][:1].isupper()
            and not _sentence_start(analysed, _n)):
        return "verb"  # "young people contact Childline", "parents contact Social Services"
    if before in ("and", "or") and before2 is not None:
        # "call or contact us": the same part as the word before the "or".
        if before2 in words.verb_before or after in words.objects or after in ("the", "your", "our", "a"):
            return "verb"
    if before in words.noun_before or before in words.prepositions:
        return "noun"
    if after in _DETERMINERS and after not in ("no", "that") and not _sentence_start(analysed, i) and not (
            before is not None and (before in _ADJECTIVES or (is_adjective_like(before) and not before.endswith("ly"))
                                    or lemma(before) in _ADJECTIVES)
            and before2 not in ("the", "most", "more")):
        # "must at least contact the service", "best support their child"; but "vulnerable
        # people every day", "offer your diabetic employees the same", "offer vulnerable older
        # adults a chance": after a describing word (or its -er form) stands a noun (not after
        # "the elderly", a group: "the elderly remains a priority")
        return "verb"
    if _sentence_start(analysed, i):
        # "Contact the team" (an instruction) against "Contact with parents is ...".
        if after in ("the", "a", "an", "your", "our", "their", "his", "her", "my", "this", "that", "us", "them",
                     "him", "me", "someone", "anyone", "staff", "people") or (
                _n < len(text) and text[_n][:1].isupper() and after not in ("i",)):
            return "verb"
        return "noun"
    if after in ("with", "between", "centre", "center", "arrangements", "arrangement", "is", "was", "are",
                 "were", "will", "should", "must", "may", "can", "has", "had", "have", "time", "visits"):
        return "noun"
    return "noun"


def part_of_speech(analysed: Analysed, i: int) -> str:
    """"noun", "verb", "adjective", "adverb" or "other" for token ``i``.

    A trained pipeline's tag when one ran (``analysed.parsed``), lexical evidence otherwise.
    """
    doc = analysed.doc
    if doc is not None and analysed.parsed:
        tag = _SPACY.get(doc[i].pos_, "other")
        b = i - 1
        while b > 0 and doc[b].pos_ == "ADV" and doc[b].lower_ not in ("most", "more"):
            b -= 1  # "the most severely disabled"
        if tag == "adjective" and b >= 0 and doc[b].lower_ in ("the", "most", "more") and (
                i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
            return "noun"  # "the homeless in London": an adjective standing for people
        return tag
    return lexical_pos(analysed, i)


@lru_cache(maxsize=1)
def hyphen_prefixes() -> frozenset[str]:
    from plainspeak.fastload import read_sections

    return frozenset(w.lower() for w in read_sections("pos.txt").get("hyphen_prefixes", []))


def compound_suffix(analysed: Analysed, i: int) -> bool:
    """Whether token ``i`` is the second half of a hyphenated word whose first half is a word
    of its own: "highest-priority need". Prefixes ("ex-offender", "non-compliant") do not count."""
    texts, idx = analysed.token_text, analysed.token_idx
    if i < 2 or texts[i - 1] not in ("-", "\u2010", "\u2011"):
        return False
    first = texts[i - 2]
    if idx[i - 1] != idx[i - 2] + len(first) or idx[i] != idx[i - 1] + 1:
        return False
    return first.isalpha() and len(first) >= 3 and first.lower() not in hyphen_prefixes()


def compound_prefix(analysed: Analysed, j: int) -> bool:
    """Whether a hyphen touching both sides follows token ``j - 1``: "psycho-social", "client-side".

    The word is then the first part of another word, not the word itself.
    """
    texts, idx = analysed.token_text, analysed.token_idx
    if j + 1 >= len(texts) or texts[j] not in ("-", "\u2010", "\u2011"):
        return False
    last = j - 1
    return idx[j] == idx[last] + len(texts[last]) and idx[j + 1] == idx[j] + 1 and texts[j + 1][:1].isalpha()
