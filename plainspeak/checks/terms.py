"""Glossary terms: deficit-based, stigmatising and jargon words, with what to say instead.

Codes: PS101 a term a glossary flags; PS102 a legal term to explain in plain words;
PS103 a legal term inside a quotation (of the law, say), reported more softly; PS104 a
term quoted as a word ("words like ‘placement’"), a suggestion.

Every finding must be defensible, so a match is reported only in the sense the entry
means, as the writer's own words. What the document says about itself comes from the
analyse stage (``Analysed.facts``, see ``plainspeak.context``):

- the entry's part of speech (``pos:``), and not the first part of a hyphenated word
  ("psycho-social");
- not inside a name or title ("Safeguarding Vulnerable Groups Act 2006"), unless the
  config says ``names: report`` (then a suggestion that says it is a name);
- a term quoted as a word ("words like ‘placement’") is at most a suggestion that says so
  (``mentions: off`` drops it);
- a legal term the document explains is reported once, at its first use if that comes
  before the explanation, and never after it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from plainspeak.advice import Lexicon, advise, keep_case, lexicon_for, next_word_pos
from plainspeak.advice import message as advice_message
from plainspeak.analyse import Analysed
from plainspeak.checks import CheckContext
from plainspeak.context.mentions import quoted_belief, quoted_clause
from plainspeak.context.pos import closed_word, pos_words
from plainspeak.findings import Finding, make_finding, severity_rank
from plainspeak.glossary.compile import (
    END_KEY,
    HYPHEN_KEYS,
    JOIN_ADVERBS,
    JOINS,
    CompiledGlossary,
    at_risk,
    describing_gaps,
    forms_match,
    inflected,
    parallel_verbs,
    term_gap_kinds,
    term_gaps,
)
from plainspeak.glossary.model import CONDITION, Entry

if TYPE_CHECKING:
    from collections.abc import Sequence

    from plainspeak.context import Facts
    from plainspeak.context.names import NameSpan

__all__ = ["keep_case", "find_matches", "run"]


def find_matches(analysed: Analysed, ctx: CheckContext) -> list[tuple[int, int, Entry]]:
    """Token ranges of entry matches after context rules, longest first, no overlaps."""
    glossary = ctx.glossary
    keys = analysed.keys
    texts = analysed.token_text
    terms: list[tuple[int, int, int]] = []
    gapped: list[tuple[int, int, int]] = []
    unless: dict[int, list[tuple[int, int]]] = {}
    placeheld: set[tuple[int, int, int]] = set()  # found only through a placeholder
    sense_written: set[tuple[int, int, int]] = set()  # a variant's words before the term fix its sense
    for i, j, pattern, gap in glossary.matcher.find(keys, texts):
        if pattern.kind == "unless":
            if keys[i] == "to" and _to_starts_noun(analysed, i):
                continue  # "to foster" rules out the verb, not "in regard to foster children"
            if _owned_thing(analysed, j):
                continue  # "elderly pet" rules out an old animal, not "elderly pet owners"
            unless.setdefault(pattern.entry, []).append((i, j))
            continue
        if pattern.texts or pattern.forms:
            words = _term_words(keys, texts, i, j, gap)
            if pattern.texts and tuple(words) != pattern.texts:
                continue
            if not pattern.texts and not forms_match(words, pattern.forms):
                continue
        if pattern.placeholder:
            placeheld.add((i, j, pattern.entry))
        not_near = glossary.entries[pattern.entry].not_near
        if gap and not_near:
            wanted = _near_keys(tuple(not_near))[0]
            if any(analysed.keys[t] in wanted for t in range(i + 1, j)):
                continue  # "suffering from some form of trauma": the gap took in a not_near word
        elif not_near and (span := _sense_written(analysed, glossary.entries[pattern.entry], i, j)) is not None:
            # "foster placements", "placements with a local authority", "suffering with severe
            # trauma": the glossary wrote the sense out; the finding is the term's own word (and
            # "foster placement breakdown" stays the longer term's)
            i, j = span
            sense_written.add((i, j, pattern.entry))
        if gap:
            if _joined_other_form(keys, texts, i, j, gap, glossary.entries[pattern.entry]):
                continue
            gapped.append((i, j, pattern.entry))
        else:
            terms.append((i, j, pattern.entry))
    if gapped:
        # Words of degree are skipped only where no entry lists the words as written: "the
        # most vulnerable" has an entry of its own, so it is not "the vulnerable".
        exact = {(i, j) for i, j, _e in terms}
        entries = glossary.entries
        starts: dict[int, list[tuple[int, int, int]]] = {}
        for t in terms:
            starts.setdefault(t[0], []).append(t)
        terms.extend(t for t in gapped if (t[0], t[1]) not in exact and not _joins_other(keys, starts, entries, *t)
                     and not _describes_other(keys, starts, entries, *t))
    if not terms:
        return _joined_groups(analysed, glossary, [], unless)  # "the weak and vulnerable"
    sent_of: list[int] | None = None
    kept: list[tuple[int, int, Entry]] = []
    terms = _stronger_label_wins(terms, glossary.entries)
    # Of the same words, an entry that writes them itself comes before one whose placeholder
    # stands for them: "suffer dementia" is dementia-sufferer's, not "suffer {condition}".
    terms.sort(key=lambda t: (t[0], -(t[1] - t[0]), t in placeheld))
    taken_until = -1
    joined: set[int] = set()  # the joined words of terms found across "and"/"or"
    for i, j, index in terms:
        if i < taken_until and not all(t in joined for t in range(i, j)):
            continue
        entry = glossary.entries[index]
        if any(a < j and i < b for a, b in unless.get(index, ())) and not (
                entry.legal_term and analysed.facts.explains(i, j)):
            # (a use that explains a legal term is kept, never reported: "people who may lack
            # capacity to make decisions" still explains the document's later uses)
            continue
        if entry.near or entry.not_near:
            if sent_of is None:
                sent_of = _sentence_index(analysed)
            ahead = _ends_in_preposition(analysed, j)
            if (entry.near and not _near(analysed, entry.near, entry.window, i, j, sent_of, entry.scope, ahead=ahead)
                    and not (ahead and _names_condition(analysed, j))  # "victims of PTSD"
                    and not analysed.facts.topics.intersection(entry.topic)
                    and not _holds_near_word(analysed, entry.near, i, j)):
                continue  # "the unit" needs a child nearby, except on a children's home's page
            if (entry.not_near and _near(analysed, entry.not_near, entry.window, i, j, sent_of, entry.scope,
                                         outside_names=True, clause_ahead=analysed.facts.pos(i) == "verb")
                    and not _condition_named(analysed, entry, j) and (i, j, index) not in sense_written):
                continue
        if entry.not_topic and analysed.facts.topic in entry.not_topic:
            continue  # "placement" on a SEND page is a school place
        if _defined_otherwise(analysed, entry, i, j):
            continue
        if not _right_sense(analysed, entry, i, j):
            continue
        if entry.advice and _bracketed_as_advised(analysed, entry, i, j):
            continue
        kept.append((i, j, entry))
        if i < taken_until:
            continue  # "elderly" in "vulnerable and elderly people": a label of its own
        taken_until = j
        # ... and the words of a list: "elderly" in "vulnerable, elderly and lonely people"
        joined.update(t + 1 for t in range(i + 1, j - 1) if keys[t] in JOINS or keys[t] is None)
    return _joined_groups(analysed, glossary, kept, unless)


#: Words that end what is named after a verb: a new clause or a reason.
_NAMED_ENDS = frozenset({"who", "which", "that", "because", "but", "as", "when", "while", "whilst", "after",
                         "since", "so", "if"})


#: Words that open examples of what was named ("ailments including obesity"), not a new phrase.
_EXAMPLE_OPENERS = frozenset({"including", "like", "such"})


def _condition_named(analysed: Analysed, entry: Entry, j: int) -> bool:
    """Whether a health condition is named in the words just after a match of an entry that
    lists ``{condition}``: what is suffered is then a condition, whatever else the sentence
    holds ("those experiencing domestic violence can suffer from stress, depression and/or
    anxiety", "farmers suffering from loneliness and anxiety"), so a ``not_near`` word for
    harm done or hardship does not rule it out."""
    if not any(CONDITION in v for v in entry.variants):
        return False
    return _names_condition(analysed, j)


def _names_condition(analysed: Analysed, j: int) -> bool:
    """Whether a health condition (``condition_nouns``) is named in the words just after
    token ``j``, before a clause, a preposition or a participle ends what is named."""
    texts = analysed.token_text
    conditions = _condition_phrases()
    words: list[str] = []
    t = j
    while t < len(texts) and len(words) < 8:
        text = texts[t]
        t += 1
        if text.isspace():
            if "\n" in text:
                break
            continue
        low = text.lower()
        if low in (".", ";", ":", "!", "?", "(", ")") or low in _NAMED_ENDS:
            break
        if words and low not in _EXAMPLE_OPENERS and (low in pos_words().prepositions or low.endswith("ed")):
            break  # "the social stigma associated with mental illness": the stigma is what is suffered
        words.append(low)
    return any(tuple(words[k:k + len(c)]) == c for k in range(len(words)) for c in conditions)


def _sense_written(analysed: Analysed, entry: Entry, i: int, j: int) -> tuple[int, int] | None:
    """If the words found are a variant that writes the term (or another form) with words that
    fix its sense, where the term's own words stand: "placements" in "foster placements" and in
    "placements with a local authority", so the advice keeps "foster" ("foster homes") rather
    than replacing both words; the whole match when the term is not at either end."""
    extended = _extended_variants(entry.term, tuple(entry.variants))
    if not extended:
        return None
    at = [t for t in range(i, j) if not analysed.token_text[t].isspace() and analysed.token_text[t] != "-"]
    found = tuple(analysed.keys[t] for t in at)
    if found not in extended:
        return None
    own = _document_keys(entry.term)
    if found[-len(own):] == own:
        return at[-len(own)], j
    if found[:len(own)] == own:
        return i, at[len(own) - 1] + 1
    return i, j


@lru_cache(maxsize=256)
def _extended_variants(term: str, variants: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The key sequences of the variants that hold the whole term, or another variant, and
    more words: the glossary has written the sense out ("foster placement", "suffer with
    severe trauma")."""
    forms = [_document_keys(f) for f in (term, *variants) if "{" not in f]
    out = set()
    for words in forms[1:]:
        if any(len(words) > len(own) and any(words[k:k + len(own)] == own for k in range(len(words)))
               for own in forms):
            out.add(words)
    return frozenset(out)


@lru_cache(maxsize=1)
def _condition_phrases() -> tuple[tuple[str, ...], ...]:
    """The ``condition_nouns`` as token sequences, without a leading article."""
    from plainspeak.advice.lexicon import word_list
    from plainspeak.tokenizer import get_tokenizer

    tok = get_tokenizer()
    out = set()
    for phrase in word_list("condition_nouns"):
        words = [w.lower() for w in tok(phrase).text if not w.isspace()]
        if words and words[0] in ("a", "an", "the"):
            words = words[1:]
        if words and words not in (["condition"], ["disease"]):
            out.add(tuple(words))
    return tuple(sorted(out))


def _labels_people(texts: list[str], i: int, j: int) -> bool:
    """Whether words ``i:j`` name people ("Care Leavers", "Looked After Children"): the last
    is a word for people in the advice lexicon's list ("Safeguarding Adult Reviews" names
    reviews, "Children in Need" an appeal)."""
    from plainspeak.advice.lexicon import word_list

    return texts[j - 1].lower() in word_list("people_nouns")


def _lower_words_after(texts: list[str], j: int, n: int) -> bool:
    """Whether the next ``n`` words after token ``j - 1`` in its line are in lower case."""
    seen = 0
    for t in range(j, len(texts)):
        if "\n" in texts[t] or seen == n:
            break
        if texts[t][:1].isalpha():
            if not texts[t][:1].islower():
                return False
            seen += 1
    return seen > 0


def _next_token(analysed: Analysed, j: int) -> int:
    """The first token at or after ``j`` that is not a space on the same line (``len`` at the
    end of the text; a line break's own token where the line ends)."""
    texts = analysed.token_text
    while j < len(texts) and texts[j].isspace() and "\n" not in texts[j]:
        j += 1
    return j


def _people_word_after(analysed: Analysed, j: int) -> bool:
    """Whether the word right after token ``j - 1`` is a word for people ("parents", "man"),
    from the advice lexicon's list, and no possessive makes the words a thing's name ("the
    Council's Elderly Person's Homes")."""
    from plainspeak.advice.lexicon import word_list

    texts = analysed.token_text
    k = _next_token(analysed, j)
    if k >= len(texts) or texts[k].lower() not in word_list("people_nouns"):
        return False
    return not (k + 1 < len(texts) and texts[k + 1] in ("'s", "\u2019s", "'", "\u2019"))


def _line_ends(analysed: Analysed, j: int) -> bool:
    """Whether nothing but punctuation follows token ``j - 1`` on its line."""
    texts = analysed.token_text
    for k in range(j, len(texts)):
        if "\n" in texts[k]:
            return True
        if texts[k].isspace() or not any(ch.isalnum() for ch in texts[k]):
            continue
        return False
    return True


def _owned_thing(analysed: Analysed, j: int) -> bool:
    """Whether the words ending before token ``j`` name a thing that the next word's people
    own or keep ("pet" in "elderly pet owners"): those words then describe the people, and an
    ``unless`` phrase for the thing ("elderly pet") does not rule them out (data/pos.txt,
    ``[owner_nouns]``)."""
    from plainspeak.context.pos import pos_words

    k = _next_token(analysed, j)
    return k < len(analysed.token_text) and analysed.token_text[k].lower() in pos_words().owner_nouns


def _to_starts_noun(analysed: Analysed, i: int) -> bool:
    """Whether "to" at ``i`` is a preposition before a noun ("in regard to", "access to"), as
    the part-of-speech rules read it (data/pos.txt, ``[to_nouns]``), not the mark of a verb."""
    from plainspeak.context.pos import pos_words

    before = _word_before(analysed, i)
    return before is not None and before in pos_words().to_nouns


def _joined_groups(analysed: Analysed, glossary: CompiledGlossary, kept: list[tuple[int, int, Entry]],
                   unless: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, Entry]]:
    """A group of people named by a describing word, joined to another with "and"/"or": "the
    elderly and vulnerable", "the county's elderly and vulnerable". The second word names a
    group as the first does, when the glossary lists it with "the" and nothing it could
    describe follows ("the elderly and vulnerable adults" describes adults)."""
    from plainspeak.context.pos import OWNERS, ends_group, is_adjective_like

    the = glossary.matcher.root.get("the")
    if not the:
        return kept
    keys, texts = analysed.keys, analysed.token_text
    out = list(kept)
    covered = {t for i, j, _e in kept for t in range(i, j)}
    for i, j, entry in kept:
        if entry.pos not in ("noun", "") or not is_adjective_like(texts[j - 1]):
            continue
        if keys[i] != "the" and _word_before(analysed, i) not in ("the", *OWNERS):
            # a group after "the" or an owner ("the county's elderly and vulnerable"); "whether
            # able-bodied or disabled in any way" describes and names no group
            continue
        k = j
        while k < len(keys) and texts[k].isspace() and "\n" not in texts[k]:
            k += 1
        if k >= len(keys) or keys[k] not in JOINS:
            continue
        w = k + 1
        while w < len(keys) and texts[w].isspace() and "\n" not in texts[w]:
            w += 1
        node = the.get(keys[w]) if w < len(keys) and keys[w] is not None else None
        patterns = [p for p in (node or {}).get(END_KEY, ()) if p.kind == "term" and not p.texts]
        if not patterns or not is_adjective_like(texts[w]) or not ends_group(analysed, w):
            continue
        if w in covered:
            continue
        group = glossary.entries[patterns[0].entry]
        if any(a <= w < b for a, b in unless.get(patterns[0].entry, ())):
            continue
        out.append((w, w + 1, group))
        covered.add(w)
    # The first word no term of its own: "the weak and vulnerable", "the sick or disabled".
    # The part of speech says the second word is a group's (a describing word after "the"
    # and another one), and nothing it could describe follows.
    groups = _group_words(glossary)
    present = groups.keys() & analysed.facts.key_set
    if present:
        facts = analysed.facts
        for w, key in enumerate(keys):
            if key not in present or w in covered or _word_before(analysed, w) not in JOINS:
                continue
            if facts.pos(w) != "noun" or not ends_group(analysed, w):
                continue
            index = groups[key]
            if any(a <= w < b for a, b in unless.get(index, ())):
                continue
            out.append((w, w + 1, glossary.entries[index]))
            covered.add(w)
    out.extend(_shared_heads(analysed, glossary, kept, covered, unless))
    out.sort(key=lambda t: t[0])
    return out


def _shared_heads(analysed: Analysed, glossary: CompiledGlossary, kept: list[tuple[int, int, Entry]],
                  covered: set[int], unless: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, Entry]]:
    """A term whose first word is written before another term's, the rest shared: "the
    prevention or relief duty" names the prevention duty too. Found as the words "prevention
    or relief duty", for the term's own entry."""
    keys = analysed.keys
    root = glossary.matcher.root
    found: list[tuple[int, int, Entry]] = []
    for i, j, entry in kept:
        if j - i < 2 or i < 2 or keys[i - 1] not in JOINS or i - 2 in covered:
            continue
        first = keys[i - 2]
        node = root.get(first) if first is not None else None
        for key in keys[i + 1:j]:
            node = node.get(key) if node is not None and key is not None else None
        patterns = [p for p in (node or {}).get(END_KEY, ()) if p.kind == "term" and not p.texts]
        if not patterns:
            continue
        other = glossary.entries[patterns[0].entry]
        if other is entry or any(a <= i - 2 < b for a, b in unless.get(patterns[0].entry, ())):
            continue
        found.append((i - 2, j, other))
    return found


def _group_words(glossary: CompiledGlossary) -> dict[str, int]:
    """Keys of the describing words the glossary lists after "the" as a group ("the
    vulnerable"), with their entries' indexes; worked out once per glossary."""
    cached = _GROUP_WORDS.get(id(glossary))
    if cached is not None and cached[0] is glossary:
        return cached[1]
    from plainspeak.context.pos import is_adjective_like

    out: dict[str, int] = {}
    for key, node in (glossary.matcher.root.get("the") or {}).items():
        if key == END_KEY or not isinstance(node, dict):
            continue
        patterns = [p for p in node.get(END_KEY, ()) if p.kind == "term" and not p.texts]
        if patterns and is_adjective_like(key) and glossary.entries[patterns[0].entry].pos in ("noun", ""):
            out[key] = patterns[0].entry
    if len(_GROUP_WORDS) > 8:
        _GROUP_WORDS.clear()  # a long-running server that rebuilds glossaries keeps only the latest
    _GROUP_WORDS[id(glossary)] = (glossary, out)
    return out


_GROUP_WORDS: dict[int, tuple[CompiledGlossary, dict[str, int]]] = {}


def _joined_other_form(keys: list[str | None], texts: list[str], i: int, j: int, gap: int, entry: Entry) -> bool:
    """Whether a term found across "and"/"or" has a word before its last in another form than
    the glossary writes it: "the cleaning and found needles" is not "clean needles", or the
    entry is only a suggestion ("complex and multifaceted needs"). Joined words are weaker
    evidence than a term as written: only the words as listed, for a label that matters."""
    joins = [t for t in range(i + 1, j - 1) if keys[t] in JOINS]
    if not joins:
        return False
    after = [t + 2 if keys[t + 1] in HYPHEN_KEYS else t + 1 for t in joins]  # "drug-and-alcohol abuse"
    if any(closed_word(texts[a]) and keys[a] not in JOIN_ADVERBS and at_risk(keys, a) is None for a in after):
        return True  # "benefits and are dependent on opiates": a verb follows "and", not a describing word
    if entry.severity == "suggestion":
        return True
    words = [w.lower() for w in _term_words(keys, texts, i, j, gap)[:-1]]
    heads = [form.lower().replace("-", " ").split()[:-1] for form in entry.terms]
    if words in heads:
        return False
    # two verbs in the same form before the term's last word ("students suffering or
    # recovering from an eating disorder"): the first is the term's verb in another form
    return not (len(words) == 1 and len(joins) == 1 and [keys[i]] in heads and parallel_verbs(texts, joins[0]))


def _stronger_label_wins(terms: list[tuple[int, int, int]], entries: Sequence[Entry]) -> list[tuple[int, int, int]]:
    """Leave out a softer entry that a stronger label overlaps and carries on past: "the most
    vulnerable children" is the "vulnerable children" label (a warning, "name the risk"), not
    only the softer "the most vulnerable". Legal terms do not take over a label's words.

    Only matches that start inside a match are compared, found by their start, so a long
    document with thousands of matches costs no more than one pass."""
    if len(terms) < 2:
        return terms
    by_start: dict[int, list[tuple[int, int]]] = {}
    for i, j, e in terms:
        by_start.setdefault(i, []).append((j, e))
    ranks: dict[int, int] = {}

    def rank(e: int) -> int:
        if e not in ranks:
            ranks[e] = severity_rank(entries[e].severity)
        return ranks[e]

    out = []
    for i, j, e in terms:
        if j - i > 1 and any(b > j and rank(f) > rank(e) and not entries[f].legal_term
                             for a in range(i + 1, j) for b, f in by_start.get(a, ())):
            continue
        out.append((i, j, e))
    return out


def _joins_other(keys: list[str | None], exact: dict[int, list[tuple[int, int, int]]], entries: Sequence[Entry],
                 i: int, j: int, entry: int) -> bool:
    """Whether a term found across "and"/"or" joins a word that starts another entry's term
    ending where it ends, of the same weight or more: "the prevention or relief duty" is two
    duties, not a "prevention duty" with "relief" in it. "drug and alcohol abusers" stays
    "drug users" (a warning), though "alcohol abusers" has a softer entry of its own."""
    joins = [t + 1 for t in range(i + 1, j - 1) if keys[t] in JOINS]
    rank = severity_rank(entries[entry].severity)
    return any(b == j and e != entry and severity_rank(entries[e].severity) >= rank
               for a in joins for _a, b, e in exact.get(a, ()))


def _describes_other(keys: list[str | None], exact: dict[int, list[tuple[int, int, int]]], entries: Sequence[Entry],
                     i: int, j: int, entry: int) -> bool:
    """Whether the describing word in a describing gap starts another entry's term of the same
    weight or more: "vulnerable elderly people" is the "elderly" label, not a gap in
    "vulnerable people" that would hide it."""
    if keys[i] not in describing_gaps()[0]:
        return False
    rank = severity_rank(entries[entry].severity)
    return any(e != entry and severity_rank(entries[e].severity) >= rank for _a, _b, e in exact.get(i + 1, ()))


def _term_words(keys: list[str | None], texts: list[str], i: int, j: int, gap: int) -> list[str]:
    """The document words that stand for the term's words: hyphens and ``gap`` words of
    degree ("the most severely disabled") left out."""
    gap_after, gap_words = term_gaps()
    gap_words = gap_words | term_gap_kinds()
    describing_after = describing_gaps()[0]
    words: list[str] = []
    last = None
    skip = also = -1
    for t in range(i, j):
        if texts[t] in ("-", "\u2010", "\u2011"):
            continue
        if gap and last in gap_after and keys[t] in gap_words:
            gap -= 1
            continue
        if (gap and t == i + 1 and last in describing_after and keys[t] is not None and keys[t] not in JOINS
                and texts[t] != "," and t + 1 < j and keys[t + 1] is not None and keys[t + 1] not in JOINS):
            gap -= 1  # "vulnerable homeless people": the describing word between is not the term's
            continue
        if gap and keys[t] is None and t > i:
            # "challenging, disruptive or disturbing behaviours": the comma and the listed
            # word are not the term's
            gap -= 1
            if t + 1 < j and keys[t + 1] not in JOINS:
                gap -= 1
                skip = t + 1
            continue
        if gap and keys[t] in JOINS and t > i and t + 1 < j:
            gap -= 2  # "challenging and complex behaviour": the joined word is not the term's
            skip = t + 2 if keys[t + 1] in HYPHEN_KEYS and t + 2 < j else t + 1  # "drug-and-alcohol abuse"
            if keys[t + 1] in JOIN_ADVERBS and t + 2 < j:
                gap -= 1  # "vulnerable and often older people": how often, then the joined word
                skip, also = t + 2, t + 1
            elif (risk := at_risk(keys, t + 1)) is not None:
                # "vulnerable and at risk adults": "at" and "risk" (and a hyphen) are the joined words
                skip, also = risk, t + 1
            elif keys[t + 1] not in HYPHEN_KEYS and t + 3 < j - 1 and keys[t + 2] in HYPHEN_KEYS:
                # "challenging or risk-related behaviours": a joined word written with a hyphen
                skip, also = t + 3, t + 1
            continue
        if t == also:
            continue
        if t == skip:
            continue
        words.append(texts[t])
        last = keys[t]
    return words


def _defined_otherwise(analysed: Analysed, entry: Entry, i: int, j: int) -> bool:
    """An acronym the document spells out as something the entry is not about: "PWS" in a
    guide that says "performance work statement (PWS)" is not "person we support"."""
    if j - i != 1:
        return False
    letters = analysed.token_text[i]
    if not (letters.isupper() and letters.isalpha() and len(letters) >= 2):
        return False
    words = analysed.facts.acronym_definitions.get(letters.rstrip("s"))
    if words is None:
        return False
    about = " ".join([entry.term, *entry.variants, *entry.alternatives, *entry.advice, entry.why]).lower()
    return not any(w in about for w in words.split() if len(w) > 3)


def _right_sense(analysed: Analysed, entry: Entry, i: int, j: int) -> bool:
    """The entry's part of speech, and a whole word: not "psycho" in "psycho-social"."""
    facts = analysed.facts
    if j - i == 1 and facts.compound_prefix(j):
        return False
    if facts.compound_suffix(i) and not (j - i == 1 and next_word_pos(analysed, j) not in ("noun", "adjective")
                                         and _plain_compound(analysed, i)):
        # "highest-priority needs" is not "priority need"; "cancer-sufferers" ends in the
        # word found, and an address ("…@contact-the-elderly") holds no words at all
        return False
    if j - i == 1 and _shorter_word(analysed.token_text[i], entry):
        return False  # "45 elders" is not "elderly"
    if j - i == 1 and _adverb_of(analysed.token_text[i], entry) and next_word_pos(analysed, j) == "adjective":
        return False  # "an aggressively visceral hatred" says how much, of no one ("act out aggressively" stays)
    if j - i > 1 and _adverb_before_verb(analysed.token_text, entry, i, j):
        return False  # "tried to significantly harm themselves" is not "significant harm"
    if j - i == 1 and entry.term.lower().startswith("the ") and _word_before(analysed, i) in ("a", "an"):
        return False  # a group ("the disabled") is never "a disabled, ... relative"
    if j - i > 1 and _participle_for_noun(analysed.token_text[i], entry):
        return False  # "privately fostered children" is not "foster children"
    if j - i > 1 and _people_word(analysed.token_text[j - 1]) and any(
            _degree_form(analysed.token_text[t], entry) for t in range(i, j - 1)):
        # "poorer people are more likely to …" compares; it is not "poor people" (but "the
        # hardest to reach" is the label at its strongest)
        return False
    pos = entry.pos
    if not pos:
        return True
    last = analysed.token_text[j - 1]
    if pos == "noun" and inflected(last):
        listed = [form for form in entry.terms if inflected(form.replace("-", " ").split()[-1])]
        if j - i > 1 and any(_describing_form(form, last) for form in listed):
            return True  # the glossary lists this describing word itself: "drug-addicted"
        if all(_describing_form(form, last) for form in listed):
            # "physical handicap" is a noun and "physically handicapped" describes; "drug-addicted"
            # is listed, but "addicted" alone is not
            return False
    # A verb is judged by its first word ("kick off"), anything else by its last ("the disabled").
    k = i if pos == "verb" else j - 1
    while k > i and analysed.keys[k] is None:
        k -= 1
    if pos == "noun" and k - i >= 2 and analysed.keys[i] == "the" and facts.pos(k) == "adjective":
        # The glossary lists the group with the words between ("the street homeless"): it
        # names people unless a noun follows ("the street homeless population").
        from plainspeak.context.pos import ends_group

        return ends_group(analysed, k)
    return facts.pos(k) == pos


def _people_word(word: str) -> bool:
    """Whether ``word`` is a word for people ("people", "families", "residents")."""
    from plainspeak.advice.lexicon import word_list

    return word.lower() in word_list("people_nouns")


def _degree_form(word: str, entry: Entry) -> bool:
    """Whether ``word`` is the -er or -est form of a term word the entry writes in its base form
    ("poorer" for "poor people"): a comparison of people, not the label."""
    from plainspeak.nlp import lemma

    low = word.lower()
    if not low.endswith(("er", "est")) or not low.isalpha():
        return False
    base = lemma(low)
    if base == low or low not in {base + "er", base + "r", base + base[-1:] + "er", base[:-1] + "ier",
                                  base + "est", base + "st", base + base[-1:] + "est", base[:-1] + "iest"}:
        return False
    return not any(low in t.lower().replace("-", " ").split() for t in entry.terms)


def _participle_for_noun(first: str, entry: Entry) -> bool:
    """Whether the first word of a match is a participle ("fostered") where the entry's words
    for a person begin with the bare word ("foster child"): the participle says what was done
    for the person ("a privately fostered child", the Children Act's own words), where the
    entry's word makes it who they are."""
    low = first.lower()
    if not low.endswith("ed"):
        return False
    firsts = {t.lower().split()[0] for t in entry.terms if " " in t and _people_word(t.split()[-1])}
    return bool(firsts) and low not in firsts and not any(f.endswith("ed") for f in firsts)


def _plain_compound(analysed: Analysed, i: int) -> bool:
    """Whether the hyphenated word that token ``i`` ends is made of words only, not part of an
    email or web address cut short ("angela@contact-the-elderly")."""
    texts, idx = analysed.token_text, analysed.token_idx
    k = i
    while k > 0 and idx[k] == idx[k - 1] + len(texts[k - 1]):
        k -= 1
        if texts[k] not in ("-", "\u2010", "\u2011") and not texts[k].isalpha():
            return False
    return True


def _bracketed_as_advised(analysed: Analysed, entry: Entry, i: int, j: int) -> bool:
    """Whether the words stand in brackets after an alternative, as the entry's own advice
    says to write them: "seizure (fit)" for the readers who know the old word."""
    text = analysed.document.text
    start, end = analysed.token_idx[i], _end(analysed, j)
    if text[end:end + 1] != ")":
        return False
    before = text[max(0, start - 60):start].rstrip()
    if not before.endswith("("):
        return False
    before = before[:-1].rstrip().lower()
    matched = text[start:end].lower().rstrip("s")
    for advice in entry.advice:
        lower = advice.lower()
        opening, closing = lower.find("("), lower.find(")")
        if opening <= 0 or closing <= opening:
            continue
        written, inner = lower[:opening].strip(), lower[opening + 1:closing].strip().rstrip("s")
        if inner == matched and (before.endswith(written) or before.endswith(written + "s")):
            return True
    return False


def _adverb_before_verb(texts: list[str], entry: Entry, i: int, j: int) -> bool:
    """Whether a describing word and a noun of the entry were found as an adverb and the same
    word unchanged: "significantly harm" is a verb, and "significant harm" a noun. A describing
    form stays ("highly functioning" for "high functioning"), and so does a form the glossary
    lists with the adverb ("mentally ill")."""
    first = texts[i].lower()
    if not first.endswith("ly"):
        return False
    k = i + 1
    while k < j and texts[k].isspace():
        k += 1
    after = texts[k].lower() if k < j else ""
    if after.endswith(("ing", "ed")):
        return False
    from plainspeak.nlp import match_key

    key = match_key(first)
    for form in entry.terms:
        words = form.lower().split()
        if (len(words) >= 2 and not words[0].endswith("ly") and words[1] == after
                and match_key(words[0]) == key):
            return True
    return False


def _word_before(analysed: Analysed, i: int) -> str | None:
    """The word or mark before token ``i`` on its line, in lower case."""
    texts = analysed.token_text
    k = i - 1
    while k >= 0 and texts[k].isspace() and "\n" not in texts[k]:
        k -= 1
    return texts[k].lower() if k >= 0 and not texts[k].isspace() else None


def _single_words(entry: Entry) -> list[str]:
    """The entry's one-word terms, in lower case."""
    return [t.lower() for t in entry.terms if " " not in t and "-" not in t]


def _shorter_word(word: str, entry: Entry) -> bool:
    """Whether a one-word match is another, shorter word that only shares the term's stem:
    "elders" meets "elderly" when both lose their endings, but is a noun of its own. A longer
    word made from the term ("homelessness" from "homeless") still matches."""
    from plainspeak.nlp import lemma

    base = lemma(word.lower())
    singles = _single_words(entry)
    return bool(singles) and all(lemma(t) != base and len(base) < len(t) for t in singles)


def _adverb_of(word: str, entry: Entry) -> bool:
    """Whether a one-word match is the adverb made from a one-word term: "aggressively"
    meets "aggressive" when both lose their endings, but says how something is done."""
    low = word.lower()
    singles = _single_words(entry)
    return low.endswith("ly") and bool(singles) and not any(t.endswith("ly") for t in singles)


def _end(analysed: Analysed, j: int) -> int:
    """Where a match ending at token ``j`` ends in the text: not after a dash typed against
    its last word ("bed blocking- patients")."""
    last = analysed.token_text[j - 1]
    return analysed.token_idx[j - 1] + len(last) - (1 if len(last) > 1 and last.endswith("-") else 0)


def _describing_form(form: str, word: str) -> bool:
    """Whether a form of a noun entry is a describing word that ends in ``word`` ("drug-addicted"
    for "addicted"): the glossary lists it, so it is meant whatever it describes. A group
    written with "the" ("the disabled") is not: "the disabled parent" describes a parent."""
    words = form.lower().replace("-", " ").split()
    return len(words) >= 2 and words[0] not in ("the", "a", "an") and words[-1] == word.lower()


def _sentence_index(analysed: Analysed) -> list[int]:
    out = [-1] * len(analysed.keys)
    for si, s in enumerate(analysed.sentences):
        for t in range(s.token_start, s.token_end):
            out[t] = si
    return out


#: How far either side ``scope: paragraph`` looks, in tokens (a long paragraph is 300).
PARAGRAPH_REACH = 600


def _near(analysed: Analysed, near: list[str], window: int, i: int, j: int, sent_of: list[int],
          scope: str = "sentence", outside_names: bool = False, clause_ahead: bool = False,
          ahead: bool = False) -> bool:
    """Whether one of the words ``near`` stands within ``window`` words (0: the ``scope``: the
    sentence, the paragraph or the document). With ``outside_names``, a word inside a name
    does not count: "the Department of Education" says nothing about a foster placement.
    With ``clause_ahead`` (words that open with a verb) a window stops at a modal verb after
    them: "a person suffering severe mental illness may be intending to harm others" says
    nothing of what is suffered; but "cases can be heard" is said of the cases. With ``ahead``
    (words ending in a preposition: "victims of") a window looks only after them, at what the
    preposition names: "men with learning disabilities are victims of forced marriage" are
    victims of a crime, not of their disability."""
    wanted, exact = _near_keys(tuple(near))
    phrases = _near_phrases(tuple(near))
    if phrases and _phrase_near(analysed, phrases, window, j if ahead and window else i, j, sent_of):
        return True
    if not wanted and not exact:
        return False
    if not window and scope == "document":
        return _in_document(analysed, wanted, exact, i, j)
    if not window and scope == "section":
        return _in_section(analysed, wanted, exact, i, j, outside_names)
    if not window and scope == "paragraph":
        # The paragraph, up to PARAGRAPH_REACH tokens either side (a bound: one huge block
        # with many matches must not cost its length for every match).
        block = analysed.token_block
        b = block[i]
        lo = i
        while lo > 0 and block[lo - 1] == b and i - lo < PARAGRAPH_REACH:
            lo -= 1
        hi = j
        while hi < len(block) and block[hi] == b and hi - j < PARAGRAPH_REACH:
            hi += 1
        return _any_near(analysed, wanted, exact, lo, hi, i, j, outside_names)
    si = sent_of[i]
    if si >= 0:
        s = analysed.sentences[si]
        lo, hi = s.token_start, s.token_end
    else:
        lo, hi = 0, len(analysed.keys)
    if window:
        lo, hi = max(lo, j if ahead else i - window), min(hi, j + window)
        if clause_ahead:
            from plainspeak.advice.lexicon import word_list

            modals = word_list("modals")
            hi = next((k for k in range(j, hi) if analysed.keys[k] in modals), hi)
    return _any_near(analysed, wanted, exact, lo, hi, i, j, outside_names)


#: How far either side ``scope: section`` looks, in tokens (about two pages).
SECTION_REACH = 3000


def _in_section(analysed: Analysed, wanted: frozenset[str], exact: frozenset[str], i: int, j: int,
                outside_names: bool = False) -> bool:
    """``scope: section``: the blocks from the heading above the match (the heading too) to
    the next heading. A school's epilepsy plan says "epilepsy" under its heading and "if the
    fit continues" three paragraphs down; a long handbook's other sections ("as you see fit")
    are not about epilepsy. Bounded by SECTION_REACH tokens either side."""
    block, blocks = analysed.token_block, analysed.document.blocks
    lo = i
    while lo > 0 and i - lo < SECTION_REACH:
        b = block[lo - 1]
        if b != block[lo] and blocks[block[lo]].kind == "heading":
            break  # the heading above the match has been taken in
        lo -= 1
    hi = j
    while hi < len(block) and hi - j < SECTION_REACH:
        if block[hi] != block[hi - 1] and blocks[block[hi]].kind == "heading":
            break  # the next section starts
        hi += 1
    return _any_near(analysed, wanted, exact, lo, hi, i, j, outside_names)


def _ends_in_preposition(analysed: Analysed, j: int) -> bool:
    """Whether the words found end with a preposition ("victims of", "afflicted by")."""
    k = j - 1
    while k > 0 and analysed.token_text[k].isspace():
        k -= 1
    return analysed.token_text[k].lower() in pos_words().prepositions


def _holds_near_word(analysed: Analysed, near: list[str], i: int, j: int) -> bool:
    """Whether a match of several words holds one of its own ``near`` words: "respite care"
    says "care" itself. Otherwise the one word "respite" would be found beside it instead,
    and the longer term, the one the writer used, lost."""
    if j - i < 2:
        return False
    wanted, _exact = _near_keys(tuple(near))
    return any(analysed.keys[t] in wanted for t in range(i, j))


def _any_near(analysed: Analysed, wanted: frozenset[str], exact: frozenset[str], lo: int, hi: int, i: int,
              j: int, outside_names: bool = False) -> bool:
    keys, texts = analysed.keys, analysed.token_text
    for t in range(lo, hi):
        if i <= t < j:
            continue
        if keys[t] in wanted or (exact and (texts[t].lower() in exact or _AS_WRITTEN + texts[t] in exact)):
            if _negated(texts, analysed.token_idx, t):
                continue  # "contact with non-family members" is no family's contact
            if outside_names and texts[t][:1].isupper() and texts[t][1:].islower():
                name = analysed.facts.name_at(t, t + 1)
                if name is not None and name.end - name.start > 1 and name.kind in _NAMES_NOT_CONTEXT:
                    continue
            return True
    return False


def _negated(texts: Sequence[str], idx: Sequence[int], t: int) -> bool:
    """Whether token ``t`` is the second half of a "non-" word ("non-family", "non-disabled")."""
    return (t >= 2 and texts[t - 1] in ("-", "\u2010", "\u2011") and texts[t - 2].lower() == "non"
            and idx[t - 1] == idx[t - 2] + 3 and idx[t] == idx[t - 1] + 1)


def _in_document(analysed: Analysed, wanted: frozenset[str], exact: frozenset[str], i: int, j: int) -> bool:
    """Whether a word of ``wanted`` stands anywhere in the document outside tokens ``i:j``."""
    keys = analysed.keys
    facts = analysed.facts
    found_keys = wanted & facts.key_set
    found_texts = exact & facts.text_set
    if any(w.startswith(_AS_WRITTEN) for w in exact):
        return _any_near(analysed, wanted, exact, 0, len(keys), i, j)  # letters in capitals: look at each
    if not found_keys and not found_texts:
        return False
    if not found_keys & set(keys[i:j]) and not found_texts & {t.lower() for t in analysed.token_text[i:j]}:
        return True  # found somewhere, and not only inside the match itself
    return _any_near(analysed, wanted, exact, 0, len(keys), i, j)  # rare: the term holds the word


@lru_cache(maxsize=1024)
def _near_phrases(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The entries of a ``near`` list that are several tokens ("early years setting",
    "self-harm", "Alzheimer's"), as match keys."""
    return tuple(keys for keys in map(_document_keys, words) if len(keys) > 1)


@lru_cache(maxsize=4096)
def _document_keys(text: str) -> tuple[str, ...]:
    """The match keys of ``text`` tokenised as documents are, hyphens and "'s" kept as their
    own tokens: "anti-social" is three tokens in a document, so a ``not_near`` word of one
    key would never be found."""
    from plainspeak.nlp import match_key
    from plainspeak.tokenizer import get_tokenizer

    toks = get_tokenizer()(text)
    return tuple(match_key(w) for w, space in zip(toks.text, toks.space, strict=True) if not space)


def _phrase_near(analysed: Analysed, phrases: tuple[tuple[str, ...], ...], window: int, i: int, j: int,
                 sent_of: list[int]) -> bool:
    """Whether one of the phrases stands in the sentence of tokens ``i:j`` (within ``window``
    words, if set), outside the match."""
    keys = analysed.keys
    si = sent_of[i]
    lo, hi = (analysed.sentences[si].token_start, analysed.sentences[si].token_end) if si >= 0 else (0, len(keys))
    if window:
        lo, hi = max(lo, i - window), min(hi, j + window)
    for phrase in phrases:
        size = len(phrase)
        for t in range(lo, hi - size + 1):
            if tuple(keys[t:t + size]) == phrase and (t + size <= i or t >= j):
                return True
    return False


#: Kinds of name whose words say nothing about the sentence's subject ("the Department of
#: Education", "the Children Act"); a person's title ("Sheriff Robert Younger") still does.
_NAMES_NOT_CONTEXT = frozenset({"law", "organisation", "document", "listed", "long title", "title", "link", "job title",
                                "entity"})


#: Marks a word in ``_near_keys``'s second set that is matched with its capitals as written.
_AS_WRITTEN = "="


@lru_cache(maxsize=1024)
def _near_keys(words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Match keys of the words, and the words that must be found as written: a word ending in
    -ing or -ed whose key is another word ("setting" is "set", "looked" is "look", "nursing" is
    "nurse") is matched only as written, as glossary terms are, or "set out in the care plan"
    would count as "setting". An acronym ("SEND", "EHCP", "DoLS") is matched only in its
    capitals: "children sent from each authority" is not about SEND."""
    from plainspeak.nlp import match_key

    keys: set[str] = set()
    exact: set[str] = set()
    for w in words:
        if " " in w or len(_document_keys(w)) > 1:
            continue  # a phrase: ``_near_phrases``
        low = w.lower()
        key = match_key(w)
        if sum(1 for c in w if c.isupper()) >= 2:
            exact.add(_AS_WRITTEN + w)
        elif low.endswith(("ing", "ed")) and key != low:
            exact.update((low, low + "s"))
        else:
            keys.add(key)
    return frozenset(keys), frozenset(exact)


def run(analysed: Analysed, ctx: CheckContext) -> list[Finding]:
    idx, texts = analysed.token_idx, analysed.token_text
    document = analysed.document
    config = ctx.config
    names_mode = config.names
    mentions_mode = config.mentions
    facts = analysed.facts
    findings = []
    sources: dict[str, list[dict[str, str]]] = {}  # one list per entry, shared by its findings
    legal: dict[str, list[tuple[int, int, Entry]]] = {}
    matches = find_matches(analysed, ctx)
    lex = lexicon_for(ctx.glossary) if matches else None
    for i, j, entry in matches:
        start = idx[i]
        end = _end(analysed, j)
        matched = document.text[start:end]
        name = facts.name_at(i, j) or _joined_name(analysed, i, j)
        if name is None and entry.severity == "suggestion" and j - i > 1 and texts[i][:1].isupper():
            # "Discharge to Assess is a national scheme": a way of working written as the name
            # of the scheme. (A label for people in capitals, "Looked After Children", stays a
            # use: writers capitalise labels to make them formal, not to name a thing.)
            name = facts.capitalised_phrase_name(i, j)
            if name is not None and _labels_people(texts, i, j):
                name = None
        if name is not None and name.kind == "title line" and (
                not _capitals_outside(texts, name.start, name.end, i, j)
                or _label_in_title_line(analysed, entry, i, j)):
            # "Vulnerable Adults" as a list item: the line is the term itself. "The Care of the
            # Elderly", "The Pain of Loving an Addict": a label for people is a use, in a title
            # line as anywhere.
            name = None
        if (name is not None and name.start < i < name.end < j and name.kind == "organisation"
                and _lower_words_after(texts, j, 2)):
            # "Care for Service Users whose needs ...": the name's head word ("Service") is the
            # first word of the term, which goes on past it into plain words; the term, not a
            # name, is written ("the Service User Involvement project" is a name).
            name = None
        if name is not None and (name.start, name.end) == (i, j) and name.kind in (
                "organisation", "document", "entity", "expansion", "long title", "link"):
            # The name is the term itself, head word and all ("the Contact Centre", "LAC
            # Review"): the glossary lists that kind of name, so capitals make it no less a use.
            name = None
        elif name is not None and name.kind == "expansion" and 2 * _words(texts, i, j) >= _words(
                texts, name.start, name.end) and not (_words(texts, j, name.end) and (
                    _words(texts, name.start, i) or _capital_before(analysed, name.start))):
            # What an acronym stands for is mostly the term: "Indefinite Leave to Remain (ILR)"
            # and "Service User Involvement (SUI)" use the term; "Placements on the Web (POW)"
            # names a website, and so do words on both sides of the term: "the Syrian
            # Vulnerable Persons Relocation (VPR) scheme".
            name = None
        if name is not None:
            if names_mode != "report":
                # "A Special Guardianship Order gives the special guardian ...": written as a
                # name, but the sentence explains it, so later uses are explained too.
                _keep_if_explains(facts, legal, i, j, entry)
                continue
            whole = document.text[idx[name.start]:idx[name.end - 1] + len(texts[name.end - 1])]
            findings.append(_finding(analysed, entry, i, j, sources, lexicon=lex, severity="suggestion",
                                     message=f"\u201c{matched}\u201d is part of a name or title "
                                             f"(\u201c{whole}\u201d, {_NAME_KINDS.get(name.kind, 'a name')}): "
                                             f"reported because the config says names: report"))
            continue
        mention = facts.mention_at(i, j) if mentions_mode != "report" else None
        if mention is not None and mention.cue == "quotation" and not entry.legal_term and facts.speech(i, j):
            # Someone's words quoted at length ("‘We must look after these elderly folk,’ she
            # said") use the label about people: a use, not a word held up to be looked at. A
            # quoted text (an Act, a warrant) stays a mention.
            mention = None
        if (mention is not None and mention.cue == "quotation marks" and entry.severity != "suggestion"
                and not entry.legal_term and quoted_clause(analysed, mention.start, mention.end, i, j)
                and not quoted_belief(analysed, mention.start - 1)):
            # "Hospital beds ‘blocked by elderly’", "Banks ‘must support elderly’": a headline
            # quotes what someone said, verb and all; the label is used, not held up. (A
            # quoted title with a verb, "‘Working out the VM type required’", stays a mention
            # of its plain-English words.)
            mention = None
        if mention is not None and entry.legal_term and mention.cue in ("not a", "not an"):
            # "we decide you are not a priority need": a legal decision uses the term; only a
            # label is denied ("she is not a schizophrenic")
            mention = None
        if mention is not None:
            if mentions_mode == "off":
                # 'What does "intentionally homeless" mean?': the quoted term is where the
                # document explains it, so later uses are explained too.
                _keep_if_explains(facts, legal, i, j, entry)
                continue
            if not entry.legal_term:  # a quoted legal term stays PS103, as before
                findings.append(_finding(
                    analysed, entry, i, j, sources, lexicon=lex, severity="suggestion", code="PS104",
                    message=f"\u201c{matched}\u201d is quoted as a word here ({_cue_text(mention.cue)}), "
                            f"not used about someone: where you use it yourself, {_advice(matched, entry)}"))
                continue
        if entry.legal_term:
            legal.setdefault(entry.id, []).append((i, j, entry))
            continue
        findings.append(_finding(analysed, entry, i, j, sources, lexicon=lex))
    for uses in legal.values():
        findings.extend(_legal_findings(analysed, uses, sources, lex))
    findings.sort(key=lambda f: (f.line, f.column))
    return findings


def _label_in_title_line(analysed: Analysed, entry: Entry, i: int, j: int) -> bool:
    """Whether a term in a Title Case line names people, so that the line uses the label
    rather than giving someone else's title: one person after "a"/"an" ("The Pain of Loving
    an Addict"), a describing word before a word for people ("Planning a Holiday for Elderly
    Parents"), or a describing word standing for a group after "the" or an owner ("The Care of
    the Elderly", "Birmingham's Homeless") unless the line names a place for whom it took in
    ("Cambrian Institution for the Deaf and Dumb", "Residential Care Home for the Elderly": any
    organisation's head word before "for"/"of")."""
    from plainspeak.context.names import name_data
    from plainspeak.context.pos import OWNERS, ends_group, is_adjective_like

    keys, texts = analysed.keys, analysed.token_text
    if not entry.legal_term and _word_before(analysed, i) in ("a", "an") and keys[i] not in ("a", "an") \
            and _line_ends(analysed, j):
        # a legal term in a chapter's title ("Change of Name of a Looked After Child") names
        # the chapter's subject
        return True
    last = j - 1
    while last > i and keys[last] is None:
        last -= 1
    if not is_adjective_like(texts[last]):
        return False
    if j == last + 1 and j - i == 1 and _people_word_after(analysed, j):
        return True
    before = "the" if keys[i] == "the" else _word_before(analysed, i)
    if not ((before == "the" or before in OWNERS) and ends_group(analysed, last)):
        return False
    data = name_data()
    heads = data.head_first | data.organisation_heads
    for k in range(i - 1, -1, -1):
        if "\n" in texts[k]:
            break
        nxt = _next_token(analysed, k + 1)
        if texts[k] in heads and nxt < len(keys) and keys[nxt] in ("of", "for"):
            return False
    return True


def _joined_name(analysed: Analysed, i: int, j: int) -> NameSpan | None:
    """For a term found across "and"/"or", the name its last words stand in: "the Alcohol and
    Substance Misuse policy" names a policy, though "Alcohol" starts no name of its own."""
    keys = analysed.keys
    joins = [t for t in range(i + 1, j - 2) if keys[t] in JOINS]
    return analysed.facts.name_at(joins[-1] + 2, j) if joins else None


def _keep_if_explains(facts: Facts, legal: dict[str, list[tuple[int, int, Entry]]], i: int, j: int,
                      entry: Entry) -> None:
    """A legal term's use that is not reported itself (a name, a quotation) still counts as the
    document's explanation of it when it is one."""
    if entry.legal_term and facts.explains(i, j):
        legal.setdefault(entry.id, []).append((i, j, entry))


def _capitals_outside(texts: list[str], lo: int, hi: int, i: int, j: int) -> bool:
    """Whether a capitalised word of tokens ``lo:hi`` stands outside the match ``i:j``. An
    acronym is no such word: "No Recourse to Public Funds (NRPF)" is a line of the term."""
    return any(t < i or t >= j for t in range(lo, hi)
               if texts[t][:1].isupper() and texts[t].isalpha() and not (len(texts[t]) > 1 and texts[t].isupper()))


def _capital_before(analysed: Analysed, i: int) -> bool:
    """Whether a capitalised word (not a sentence's first) stands right before token ``i``."""
    texts = analysed.token_text
    k = i - 1
    while k >= 0 and texts[k].isspace() and "\n" not in texts[k]:
        k -= 1
    if k < 0 or not texts[k][:1].isupper() or not texts[k].isalpha():
        return False
    b = k - 1
    while b >= 0 and texts[b].isspace() and "\n" not in texts[b]:
        b -= 1
    return b >= 0 and texts[b][:1].isalnum() and analysed.token_block[b] == analysed.token_block[k]


def _words(texts: list[str], i: int, j: int) -> int:
    return sum(1 for t in texts[i:j] if t[:1].isalnum())


_NAME_KINDS = {"law": "the title of a law", "citation": "a legal reference", "organisation": "an organisation "
               "or service", "job title": "a job title", "document": "a document's title",
               "listed": "a name in the names list", "entity": "a name", "title": "a title",
               "long title": "a title", "link": "the words of a link to another page",
               "name": "part of a longer name",
               "title line": "a line in Title Case, as titles of chapters and pages are",
               "expansion": "the words an acronym stands for",
               "proper name": "written with a capital inside a sentence, as a name is"}


def _cue_text(cue: str) -> str:
    if cue == "quotation":
        return "in a quotation"
    if cue == "quotation marks":
        return "in quotation marks"
    if cue == "list of quoted words":
        return "one of a list of quoted words"
    if cue.startswith("a sentence about "):
        return f"in {cue}"
    if cue.startswith("a heading "):
        return f"under {cue}"
    if cue.startswith(("a line ", "a list ")):
        return f"in {cue}"
    if cue.startswith("a plural term "):
        return f"as {cue}"
    if cue.startswith(("is ", "are ", "has ", "have ", "was ", "were ", "became", "becomes", "\u2014", "-", "\u2013",
                       ",", "(")):
        return f"followed by \u201c{cue}\u201d"
    return f"after \u201c{cue}\u201d"


def _advice(matched: str, entry: Entry) -> str:
    if entry.legal_term:
        return "explain what it means in plain words"
    if entry.alternatives:
        return f"say \u201c{keep_case(matched, entry.alternatives[0])}\u201d or similar instead"
    if entry.advice:
        return entry.advice[0]
    return "consider other words"


def _legal_findings(analysed: Analysed, uses: list[tuple[int, int, Entry]],
                    sources: dict[str, list[dict[str, str]]], lex: Lexicon | None = None) -> list[Finding]:
    """A legal term's uses: once explained, never reported again (as the acronym check does).

    The explanation itself is not a finding; the first use before it is, and says where the
    explanation is; later uses before it are not (one finding says it all).
    """
    idx = analysed.token_idx
    document = analysed.document
    facts = analysed.facts
    explained_at = next((k for k, (i, j, _e) in enumerate(uses) if facts.explains(i, j)), None)
    # Where the explanation starts, as a token: a use that explains the term, or words that
    # say what it means without it ("a duty to try to relieve your homelessness").
    explained_from = uses[explained_at][0] if explained_at is not None else None
    paraphrase = facts.paraphrase_at(uses[0][2].terms)
    if paraphrase is not None and (explained_from is None or paraphrase < explained_from):
        explained_from = paraphrase
    status = facts.status_defined_at(uses[0][2].terms)  # "legally defined as being ‘looked after’"
    if status is not None and (explained_from is None or status < explained_from):
        explained_from = status
    out = []
    for i, j, entry in uses:
        if explained_from is not None and i >= explained_from:
            break
        if explained_from is not None and _short_heading(analysed, i):
            continue  # "Priority need" over the section that explains it names the section
        start = idx[i]
        end = _end(analysed, j)
        matched = document.text[start:end]
        if explained_from is not None:
            ei = explained_from
            line = document.line_col(document.source_span(idx[ei], idx[ei] + 1)[0])[0]
            message = (f"\u201c{matched}\u201d is a legal term used before the document explains it "
                       f"(line {line}): explain what it means here, at its first use")
            out.append(_finding(analysed, entry, i, j, sources, message=message, lexicon=lex))
            break
        out.append(_finding(analysed, entry, i, j, sources, lexicon=lex))
    return out


#: A heading of at most this many words names a section ("The priority need categories").
_SHORT_HEADING_WORDS = 6


def _short_heading(analysed: Analysed, i: int) -> bool:
    """Whether token ``i`` stands in a heading, or a short line that is not a sentence."""
    document = analysed.document
    block = document.blocks[analysed.token_block[i]]
    if block.kind == "heading":
        return True
    text = document.text[block.start:block.end].strip()
    return (block.kind == "paragraph" and not text.endswith((".", "!", "?", ":"))
            and len(text.split()) <= _SHORT_HEADING_WORDS)


def _finding(analysed: Analysed, entry: Entry, i: int, j: int, sources: dict[str, list[dict[str, str]]],
             *, severity: str | None = None, message: str | None = None, code: str | None = None,
             lexicon: Lexicon | None = None) -> Finding:
    document = analysed.document
    start = analysed.token_idx[i]
    end = _end(analysed, j)
    matched = document.text[start:end]
    advice = advise(document.text, start, end, entry, lexicon, next_pos=next_word_pos(analysed, j))
    if entry.id not in sources:
        sources[entry.id] = [s.to_dict() for s in entry.sources]
    default_code, default_severity = "PS101", entry.severity
    default_message = advice_message(matched, advice, entry.legal_term)
    if entry.legal_term:
        default_code = "PS102"
        block = document.blocks[document.block_index_at(start)]
        if block.kind == "quote" or analysed.facts.quoted(i, j):
            default_code, default_severity = "PS103", "suggestion"
            default_message = (f"\u201c{matched}\u201d is a legal term, quoted here: where the document uses "
                               f"it, explain what it means in plain words")
    return make_finding(
        document, start, end, check="term", code=code or default_code, id=entry.id, category=entry.category,
        severity=severity or default_severity, message=message or default_message, why=entry.why,
        suggestions=advice.texts, sources=sources[entry.id], advice=advice.advice,
    )
