"""What to say instead, fitted to the sentence: one place for every report and for ``fix``.

A glossary entry has two kinds of help (format v2): ``alternatives``, words that can
replace the words found, and ``advice``, what to do when no words can ("say what the
change is"). ``advise`` turns both into what a writer sees: drop-in suggestions in the
form of the words found ("took part" for "participated", "children in care" for
"looked after children", "a" changed to "an" where needed), and advice, which is never
quoted as words to use. An alternative that cannot be fitted (a noun phrase offered for
a verb) is shown as advice too. The text report, HTML, Word comments, SARIF and
``plainspeak fix`` all read the same ``Advice``, so they never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from plainspeak.advice.fit import Fitted, Target, fit, read_target, words_around
from plainspeak.advice.lexicon import Lexicon, build_table, default_lexicon, word_list
from plainspeak.glossary.compile import JOINS
from plainspeak.glossary.model import Entry

__all__ = ["Advice", "Suggestion", "advise", "next_word_pos", "keep_case", "lexicon_for", "build_table", "Lexicon",
           "Target", "Fitted", "fit", "read_target", "words_around", "lexicon_words"]


@lru_cache(maxsize=8192)
def keep_case(matched: str, alternative: str) -> str:
    """Give an alternative the case of the words it replaces ("Service users" → "People ...")."""
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        if " " not in matched.strip() and len(letters) <= 6:
            return alternative  # an acronym ("BAME"): its words are not shouted
        return alternative.upper()
    if matched[:1].isupper() and alternative[:1].islower():
        return alternative[:1].upper() + alternative[1:]
    return alternative


@dataclass(frozen=True)
class Suggestion:
    """A drop-in: ``text`` replaces ``source[start:end]`` (which may start at an article before the words)."""

    text: str
    start: int
    end: int
    alternative: str


@dataclass
class Advice:
    suggestions: list[Suggestion] = field(default_factory=list)
    #: What to do: the entry's advice, then alternatives that do not fit here.
    advice: list[str] = field(default_factory=list)
    target: Target | None = None
    #: An alternative the sentence already gives beside the words ("Short breaks or respite
    #: care"), as written there: nothing drops in, the advice is to keep it and drop the term.
    already: str = ""

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.suggestions]


def advise(text: str, start: int, end: int, entry: Entry, lexicon: Lexicon | None = None,
           next_pos: str = "") -> Advice:
    """The drop-ins and advice for ``entry`` found at ``text[start:end]``.

    ``next_pos``: the part of speech of the word after, when the sentence was analysed
    (``Analysed.facts.pos``); without it the word is judged from its letters alone.
    """
    lex = lexicon or default_lexicon()
    matched = text[start:end]
    before, after = words_around(text, start, end)
    rest = text[end:end + 40].lstrip(" \t")
    blocked = (text[start - 1:start] in _HYPHENS or text[end:end + 1] in _HYPHENS or _inside_name(text, start, end)
               or _gapped(entry, matched) or _describing(entry, matched))
    personal = _personal(text, start, end)
    # The same words in the same surroundings get the same advice: worked out once (a long
    # document repeats "service users" hundreds of times).
    key = (id(entry), entry.id, tuple(entry.alternatives), tuple(entry.advice), entry.legal_term, entry.explain,
           id(lex), matched, tuple(before), tuple(after), rest[:1].isupper(), next_pos, blocked, personal)
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) > 4096:
            _PLANS.clear()
        plan = _PLANS[key] = _plan(entry, lex, matched, before, after, rest[:1].isupper(), next_pos, blocked,
                                   personal)
    target, fitted_list, advice = plan
    out = Advice(target=target, advice=list(advice))
    seen: set[str] = set()
    for alternative, fitted in fitted_list:
        s, shown = start, keep_case(matched, fitted.text)
        if fitted.article:
            # "a elderly person" → "an older person": the article is part of the change
            s = _article_start(text, start)
            article = text[s:start].strip()
            shown = keep_case(article, fitted.article) + " " + fitted.text
        if shown.lower() in seen:
            continue
        seen.add(shown.lower())
        out.suggestions.append(Suggestion(shown, s, end, alternative))
    said = "" if entry.legal_term else _already_said(text, start, end, entry)
    if said and target.kind == "verb" and said.lower() not in {f.text.lower() for _, f in fitted_list}:
        said = ""  # "special needs and require": a noun beside a verb is not another name for it
    if said:
        # "Short breaks or respite care": "say short break" would be silly, and a drop-in
        # would write the plain words twice.
        out.suggestions = []
        out.already = said
        out.advice = [f"keep \u201c{said}\u201d, which the sentence already says, and drop \u201c{matched}\u201d",
                      *out.advice]
    return out


#: Words that join two names for one thing: "short breaks or respite", "respite (short
#: breaks)", "short breaks, also called respite".
_CALLED = (r"(?:(?:also|sometimes|previously|formerly|often|commonly|usually)\s+){0,2}"
           r"(?:called|known\s+as|referred\s+to\s+as)\s+")
_SAME_THING = (r"(?:\s*(?:/|\()\s*(?:" + _CALLED + r")?"  # "short breaks (respite)", "short breaks/respite"
               r"|\s*(?:,|\u2013|\u2014)\s*(?:or\s+|" + _CALLED + r")"  # "respite, also called a short break"
               r"|\s+(?:or|and)\s+(?:" + _CALLED + r")?)")  # "short breaks or respite care"
_ARTICLES = ("a ", "an ", "the ")


def _already_said(text: str, start: int, end: int, entry: Entry) -> str:
    """An alternative of ``entry`` joined to the words found as another name for the same
    thing, as the text writes it; "" when there is none."""
    before = text[max(0, start - 80):start]
    after = text[end:end + 80]
    window = (before + " " + after).lower()
    for alternative in entry.alternatives:
        stem = _first_stem(alternative)
        if not stem or stem not in window:
            continue  # most findings: no alternative anywhere near, and no pattern is made or run
        before_re, after_re, article_re = _same_thing_patterns(alternative)
        found = before_re.search(before) or after_re.search(after) or article_re.search(after)
        if found:
            return found.group(1)
    return ""


@lru_cache(maxsize=4096)
def _words_of(alternative: str) -> tuple[str, ...]:
    """The alternative's words without a leading article; () when too short to look for."""
    words = alternative.lower().split()
    while words and words[0] + " " in _ARTICLES:
        words = words[1:]
    return tuple(words) if words and len(" ".join(words)) >= 4 else ()


def _first_stem(alternative: str) -> str:
    """Letters every form of the alternative's first word starts with ("short" → "shor"): a
    cheap test that the alternative may be near before any pattern is made."""
    words = _words_of(alternative)
    if not words:
        return ""
    return words[0][:-1] if len(words[0]) > 3 else words[0]


@lru_cache(maxsize=1024)
def _same_thing_patterns(alternative: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns for one alternative, made only when its first word is near the words
    found: compiling them for every finding's entry cost 57M instructions on one page."""
    phrase = r"[\s\-\u2010\u2011]+".join(re.escape(w) + r"(?:e?s)?" for w in _words_of(alternative))
    # not the end of another word ("step-child or foster child"); an article only after
    # "or" and "called" ("respite, also known as a short break"; not "the placement and
    # the home's ability")
    return (re.compile(rf"(?i)(?<![\w\-\u2010\u2011])({phrase}){_SAME_THING}$"),
            re.compile(rf"(?i)^{_SAME_THING}({phrase})\b"),
            re.compile(rf"(?i)^(?:\s*,?\s+or\s+|\s*(?:,|\()\s*{_CALLED})(?:a|an|the)\s+({phrase})\b"))


_PLANS: dict[tuple[Any, ...], tuple[Target, list[tuple[str, Fitted]], list[str]]] = {}


def _plan(entry: Entry, lex: Lexicon, matched: str, before: list[str], after: list[str], next_cap: bool,
          next_pos: str, blocked: bool, personal: bool) -> tuple[Target, list[tuple[str, Fitted]], list[str]]:
    """The target form, the fitted alternatives and the advice, for words in given surroundings."""
    obj = _object_of_verb(entry, matched)
    if obj:
        # "will suffer aphasia" for "suffer from": the verb's drop-in, and the words after
        # it kept ("will have aphasia"), not the condition lost
        target = read_target(matched.split()[:1], before, [*obj.split(), *after], lex, next_capitalised=next_cap)
    elif _verb_led(entry, matched, lex):
        # "people suffering from depression", "young people suffer depression": the words are
        # a verb and what follows it, so a drop-in must be a verb phrase ("having depression"),
        # never a noun ("a person with depression")
        words = matched.split()
        target = read_target(words[:1], before, [*words[1:], *after], lex, next_capitalised=next_cap)
        if target.kind != "verb":  # "people suffering": a participle after a noun, not a noun
            first = words[0].lower()
            tag = ("VBG" if first.endswith("ing") else "VBZ" if first.endswith("s") else
                   "VBD" if first.endswith("ed") else "VBP")
            target = replace(target, kind="verb", tag=tag)
    else:
        target = read_target(matched.split(), before, after, lex, next_capitalised=next_cap)
    if next_pos:
        target = replace(target, next_pos=next_pos)
    if target.kind == "noun" and target.person and not target.kin:
        # "diabetic drivers" → "drivers with diabetes", not "people with diabetes": a word for
        # who they are that is not the label's own word ("users" of "service users") stays
        head = _content(matched)[-1:]
        if "of" in _content(matched):
            head = []  # "vulnerable members of society": the last word is not who they are
        if head and head[0] not in _PLAIN_PEOPLE and _keys(head[0])[0] not in _keys(entry.term):
            target = replace(target, kin=head[0])
    if (target.kind == "noun" and target.tag == "NNS" and len(matched.split()) == 1 and not matched.endswith("s")
            and entry.alternatives and not any(_names_people(a) for a in entry.alternatives)):
        # "the fit has stopped": "the" and a word that can describe read as a group of people
        # ("the disabled"), but this entry offers a thing ("seizure"), so one of it.
        target = replace(target, tag="NN")
    if entry.pos == "noun" and len(matched.split()) == 1 and "ADJ" in lex.upos(matched.lower()) and any(
            _names_people(a) for a in entry.alternatives):
        # The term check found an adjective naming a group ("Disabled in Walsall ..."): people.
        target = replace(target, kind="noun", tag="NNS", attributive=False)
    if blocked:
        # "well-established", "prior-to-meeting", "Kingston upon Thames": nothing drops in.
        # The rewording is offered in the form the words found have, where it fits: "young or
        # first offenders" → "children who have offended", not "child who has offended".
        reworded = []
        words = matched.split()
        joins = [k for k in range(1, len(words) - 2) if words[k].lower() in JOINS]
        form = read_target(words[:joins[0]] + words[joins[0] + 2:], before, after, lex, next_capitalised=next_cap) \
            if joins else target
        for a in entry.alternatives:
            fitted = None if entry.legal_term else fit(a, form, lex, entry.forms.get(a))
            reworded.append(fitted.text if fitted is not None and not fitted.article else a)
        advice = list(dict.fromkeys([*(as_instruction(a) for a in entry.advice),
                                     *(f"reword the sentence to use \u201c{a}\u201d" for a in reworded)]))
        return target, [], advice
    fitted_list: list[tuple[str, Fitted]] = []
    more: list[str] = []
    front: list[str] = []
    reversed_order = _reversed_match(entry, matched)
    alternatives = _for_this_form(entry, matched)
    if reversed_order:  # "misuse drugs": "drug use" before "substance use"
        keys = set(_keys(matched))
        alternatives.sort(key=lambda a: not keys & set(_keys(a)))
    else:
        # "drugs and alcohol misuse": a word the form found has and the main term lacks
        # ("alcohol") names what the sentence is about, so the alternative that keeps it
        # ("alcohol use") comes first; "substance use" would say "drugs and substance use"
        own = {k for k in _keys(matched) if k.isalpha()} - set(_keys(entry.term))
        if own:
            alternatives.sort(key=lambda a: not own & set(_keys(a)))
    for alternative in alternatives:
        # Words found in reverse order ("misuse drugs" for "drug misuse") are another
        # phrase: "drug use" does not drop in for them, so it is offered as a rewording.
        fitted = None if reversed_order else fit(alternative, target, lex, entry.forms.get(alternative))
        if fitted is not None and obj:
            fitted = replace(fitted, text=f"{fitted.text} {obj}")
        if fitted is not None and not personal and _PERSONAL.search(alternative):
            fitted = None  # "seeing your family" in a sentence about "looked after children"
        if fitted is not None and before and _new_compound(before[0], fitted.text):
            # "their current care placement" → "care home" is another thing: the word is still
            # the one to use, in other words around it
            front.append(f"reword the sentence to use \u201c{alternative}\u201d")
            continue
        if fitted is None:
            if entry.legal_term:
                # A legal term's alternatives are plain meanings, not labels to swap in
                # (and not said twice when the explanation already says them).
                if entry.explain and alternative.casefold() in " ".join(entry.explain.split()).casefold():
                    continue
                more.append(f"say what it means in plain words: \u201c{alternative}\u201d")
            else:
                more.append(f"reword the sentence to use \u201c{alternative}\u201d")
            continue
        fitted_list.append((alternative, fitted))
    # A legal term stays where the law needs it: the first thing to do is explain it, and
    # the glossary's plain explanation is there to paste.
    explain = ([f"explain it the first time, for example: \u201c{' '.join(entry.explain.split())}\u201d"]
               if entry.legal_term and entry.explain else [])
    advice = list(dict.fromkeys([*explain, *front, *(as_instruction(a) for a in entry.advice), *more]))
    return target, fitted_list, advice


def _new_compound(previous: str, dropped: str) -> bool:
    """Whether a drop-in would make another thing with the word before it: "care placement" →
    "care home" (a home for adults), "residential home placements" → "home homes". The
    compounds are in ``data/advice.yaml`` (``changed_compounds``)."""
    words = dropped.lower().split()
    if not words:
        return False
    first, prev = words[0], previous.lower()
    return prev.rstrip("s") == first.rstrip("s") or f"{prev} {first}" in word_list("changed_compounds")


def _head(words: str) -> str:
    from plainspeak.nlp import match_key

    last = words.split()[-1] if words.split() else ""
    return match_key(last.strip(".,;:()\u201c\u201d\"'")) or last.lower()


def _keys(words: str) -> tuple[str, ...]:
    from plainspeak.nlp import match_key

    return tuple(match_key(w.strip(".,;:()\u201c\u201d\"'")) or w.lower() for w in words.split())


#: Words for people that say nothing of who they are, and a label's own words for the people it
#: labels: an alternative's "people" stays "people" after them.
_PLAIN_PEOPLE = frozenset({"person", "people", "persons", "someone", "individual", "individuals", "user", "users",
                           "client", "clients"})


def _content(words: str) -> list[str]:
    return [w for w in (w.strip(".,;:()\u201c\u201d\"'").lower() for w in words.split()) if w.isalpha()]


_GROUP_NOUNS = frozenset({"people", "persons", "adults", "children", "men", "women", "families", "residents"})


def _names_people(alternative: str) -> bool:
    """Whether an alternative names a group of people ("disabled people", "older adults"):
    then an adjective found as a noun stands for people. "fit" is offered "seizure", a thing."""
    # Plural nouns only: "the deceased" offered "person who died" is one person, and stays so.
    return any(w in _GROUP_NOUNS for w in alternative.lower().split())


def _describing(entry: Entry, matched: str) -> bool:
    """A noun entry found as the describing word it lists ("drug-addicted burglars" for
    "addict"): a noun ("person with a drug dependency") cannot drop in for it."""
    return (entry.pos == "noun" and matched.lower().endswith("ed") and not entry.term.lower().endswith("ed")
            and len(matched.replace("-", " ").split()) > 1)


def _object_of_verb(entry: Entry, matched: str) -> str:
    """The words after the verb when the entry's term is a verb and its particle ("suffer from")
    and the words found are the verb and what it is done to ("suffer aphasia", "suffering mental
    health problems"): the drop-in for the verb, with those words after it, fits. "" otherwise."""
    term = entry.term.lower().split()
    words = matched.split()
    if len(term) < 2 or len(words) < 2 or not all(w in word_list("prepositions") for w in term[1:]):
        return ""
    if _keys(words[0])[0] != _keys(term[0])[0] or words[1].lower() in word_list("prepositions"):
        return ""
    return " ".join(words[1:])


def _verb_led(entry: Entry, matched: str, lex: Lexicon) -> bool:
    """Whether the entry's term is a verb, "from" or "with", and what is suffered or lived with
    ("suffering from depression"; not "looked after child"), and the words found start with
    that verb."""
    term = entry.term.lower().split()
    words = matched.split()
    if len(term) < 3 or len(words) < 2 or term[1] not in ("from", "with"):
        return False  # not "leave to remain", "impact on" or "focused on", which are drop-ins as they are
    if term[-1] in word_list("people_nouns") or _keys(words[0])[0] != _keys(term[0])[0]:
        return False
    return "VERB" in lex.upos(term[0])  # not a noun such as "victim of"


def _gapped(entry: Entry, matched: str) -> bool:
    """Whether the words found hold more words than any form of the entry: words of degree
    stood between them ("the most severely disabled"), and no alternative drops in for all."""
    plain = matched.replace("-", " ").replace("\u2010", " ").replace("\u2011", " ")
    words = len(plain.split())
    forms = _form_keys(entry)
    if words > max(len(form) for form in forms):
        return True
    # fewer words than the longest form, but one of the shorter forms with words inside it:
    # "suffering severely from" is "suffer from" with a word of degree between
    found = _keys(plain)
    return found not in forms and any(len(form) < words and _inside(form, found) for form in forms)


def _inside(form: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """Whether ``found`` is ``form`` with words put in between its first and last words."""
    if len(form) < 2 or form[0] != found[0] or form[-1] != found[-1]:
        return False
    k = 0
    for word in found:
        if k < len(form) and word == form[k]:
            k += 1
    return k == len(form)


_FORM_KEYS: dict[tuple[int, str, tuple[str, ...]], frozenset[tuple[str, ...]]] = {}


def _form_keys(entry: Entry) -> frozenset[tuple[str, ...]]:
    """The match keys of every form of the entry (placeholders written out), worked out once."""
    key = (id(entry), entry.term, tuple(entry.variants))
    got = _FORM_KEYS.get(key)
    if got is None:
        if len(_FORM_KEYS) > 4096:
            _FORM_KEYS.clear()
        got = _FORM_KEYS[key] = frozenset(_keys(form.replace("-", " ")) for form in entry.terms)
    return got


def _reversed_match(entry: Entry, matched: str) -> bool:
    """Whether two words were found in the reverse order of one of the entry's forms
    ("homeless intentionally", "misuse drugs") and in the order of none."""
    keys = _keys(matched)
    if len(keys) != 2 or keys[0] == keys[1]:
        return False
    forms = {_keys(form) for form in entry.terms}
    return keys not in forms and keys[::-1] in forms


def _for_this_form(entry: Entry, matched: str) -> list[str]:
    """The alternatives that fit the words found: an entry that lists "disabled toilet" and
    "disabled parking" offers "accessible parking" for the parking, not "accessible toilet".

    An alternative whose last word is the last word of one of the entry's own forms belongs
    to that form; it is left out for the other forms, unless nothing would be left. Words the
    entry matched without listing them ("disabled loo") get the main term's alternatives."""
    alternatives = list(entry.alternatives)
    if len(alternatives) < 2:
        return alternatives
    last = matched.lower().replace("-", " ").split()[-1] if matched.split() else ""
    if last.endswith("ing") and not entry.term.lower().endswith("ing"):
        # "Bed-blocking rises every winter" names what happens, not who: "delayed discharge"
        # fits, "person waiting to leave hospital" does not
        people = word_list("people_nouns")
        things = [a for a in alternatives if a.lower().split()[0] not in people]
        if things:
            alternatives = things
    head = _head(matched)
    form_heads = {_head(form) for form in entry.terms}
    heads = [_head(a) for a in alternatives]
    if head in heads:
        return [a for a, h in zip(alternatives, heads, strict=True) if h == head or h not in form_heads]
    # Words the entry does not list ("disabled loo"): the alternatives of its main term.
    main = _head(entry.term)
    kept = [a for a, h in zip(alternatives, heads, strict=True) if h not in form_heads or h == main]
    return kept or alternatives


_INSTRUCTION_VERBS = frozenset({"say", "name", "describe", "give", "ask", "explain", "write", "leave", "use",
                                "tell", "check", "reword", "add", "avoid", "keep", "put", "consider", "think"})


def as_instruction(advice: str) -> str:
    """Advice as something to do: "(leave it out)" → "leave it out"; "the person's name" →
    "use the person's name"; "say what the change is" stays as it is."""
    text = advice.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    first = text.split(" ", 1)[0].lower()
    if first in _INSTRUCTION_VERBS:
        return text
    return f"use \u201c{text}\u201d"


_HYPHENS = ("-", "\u2010", "\u2011")
_PERSONAL = re.compile(r"\b(?:you|your|yours|my|me|mine|I)\b", re.IGNORECASE)


def _inside_name(text: str, start: int, end: int) -> bool:
    """Capitalised words on both sides ("Kingston upon Thames"): part of a name, nothing drops in."""
    before = text[max(0, start - 40):start].rstrip().split()
    after = text[end:end + 40].lstrip().split()
    if not before or not after or text[start:start + 1].isupper():
        return False
    return before[-1][:1].isupper() and after[0][:1].isupper() and before[-1][-1:] not in ".!?:"


def _personal(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the words speaks to or as a person ("you", "my")."""
    window_lo = max(0, start - 300)  # a sentence, at most: never the whole of a long line
    window_hi = min(len(text), end + 300)
    lo = max(text.rfind(c, window_lo, start) for c in ".!?\n")
    his = [k for k in (text.find(c, end, window_hi) for c in ".!?\n") if k >= 0]
    hi = min(his) if his else window_hi
    return bool(_PERSONAL.search(text[max(lo + 1, window_lo):start] + " " + text[end:hi]))


def next_word_pos(analysed: Any, j: int) -> str:
    """The part of speech of the first word from token ``j`` on, or "" when there is none."""
    texts = analysed.token_text
    k = j
    while k < len(texts) and texts[k].isspace():
        k += 1
    if k >= len(texts) or not texts[k][:1].isalpha():
        return ""
    try:
        return str(analysed.facts.pos(k))
    except Exception:  # noqa: BLE001 - the analysis is a help, never a reason to fail
        return ""


def _article_start(text: str, start: int) -> int:
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j


def message(matched: str, advice: Advice, legal: bool = False) -> str:
    """The one-line message: a drop-in to say, else what to do."""
    quoted = f"\u201c{matched}\u201d"
    if advice.already:  # never set for a legal term
        return f"{quoted}: you already say \u201c{advice.already}\u201d; keep that and drop \u201c{matched}\u201d"
    if legal:
        return f"{quoted} is a legal term: explain what it means in plain words"
    if advice.suggestions:
        text = f"{quoted}: say \u201c{advice.suggestions[0].text}\u201d instead"
        if advice.advice and not advice.advice[0].startswith("reword the sentence"):
            text += f", or {advice.advice[0]}"
        return text
    if advice.advice:
        first = advice.advice[0]
        if first.startswith("reword the sentence to use "):
            return f"{quoted}: reword the sentence, for example with {first[len('reword the sentence to use '):]}"
        return f"{quoted}: {first}"
    return f"{quoted}: consider other words"


_LEXICONS: dict[int, tuple[Any, Lexicon]] = {}


def lexicon_for(compiled: Any) -> Lexicon:
    """The lexicon of a compiled glossary (its precomputed word forms), made once."""
    key = id(compiled)
    cached = _LEXICONS.get(key)
    if cached is None or cached[0] is not compiled:
        table = getattr(compiled, "lexicon", None) or {}
        cached = _LEXICONS[key] = (compiled, Lexicon(table) if table else default_lexicon())
    return cached[1]


def lexicon_words(entries: Any) -> set[str]:
    """Every word of every term, variant and alternative: the words whose forms are needed."""
    words: set[str] = set()
    for entry in entries:
        for phrase in (*entry.terms, *entry.alternatives):
            words.update(w.strip(".,;:()[]\"'").lower() for w in phrase.replace("-", " ").split())
    return {w for w in words if w.isalpha()}
