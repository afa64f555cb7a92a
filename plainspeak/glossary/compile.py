"""Glossary entries → one token trie that finds every term in a single pass.

Terms are matched on *keys* (lower case, lookup lemma, folded "-ly"/"-ness"; see
``nlp.match_key``), so "placements", "Service-users" and "intentional homelessness"
meet their entries without a glossary listing every form. Hyphen and word-order
variants are generated here, once. Looking a token up in the trie is a dict access, so
the cost of matching does not grow with the number of entries.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from plainspeak.glossary.model import Acronym, Entry
from plainspeak.nlp import lemma, match_key
from plainspeak.tokenizer import get_tokenizer

HYPHEN_KEYS = frozenset({"-", "\u2010", "\u2011"})
#: Words that join a second word to a term word inside a term ("looked after and adopted children").
JOINS = frozenset({"and", "or", "&"})
#: Words of how often that may stand before a joined word ("vulnerable and often older people").
JOIN_ADVERBS = frozenset({"often", "usually", "sometimes", "frequently", "mostly", "mainly", "generally",
                          "typically"})
#: Words that are not a second item of that kind ("domestic or other violence").
_NOT_JOINED = frozenset({"other", "another", "the", "a", "an", "their", "his", "her", "its", "our", "your", "my",
                         "some", "any", "all", "no", "not", "more", "most", "less", "so", "very"})
_END = ""  # trie key that marks where patterns end (no token key is empty)
END_KEY = _END


@lru_cache(maxsize=1)
def term_gaps() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the term words after which words of degree may stand, and of those words."""
    from plainspeak.fastload import read_sections

    sections = read_sections("pos.txt")
    return (frozenset(match_key(w) for w in sections.get("term_gap_after", [])),
            frozenset(match_key(w) for line in sections.get("term_gaps", []) for w in line.split()))


@lru_cache(maxsize=1)
def gap_second_halves() -> dict[str, str]:
    """For a gap of two words in ``[term_gaps]`` ("long term"), its second word's key and the
    first's: the second is a gap word only after the first ("the term obese" names a word)."""
    from plainspeak.fastload import read_sections

    pairs = [line.split() for line in read_sections("pos.txt").get("term_gaps", []) if " " in line]
    return {match_key(b): match_key(a) for a, b in pairs}


@lru_cache(maxsize=1)
def term_gap_kinds() -> frozenset[str]:
    """Keys of the words that may stand in a term's gap only when the gap ends in "of"
    ("various degrees of dementia"): said of a condition, not of people."""
    from plainspeak.fastload import read_sections

    return frozenset(match_key(w) for w in read_sections("pos.txt").get("term_gap_kinds", []))


@lru_cache(maxsize=1)
def describing_gaps() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the term words after which one describing word may stand (``[describing_gap_after]``
    in ``data/pos.txt``: "vulnerable homeless people"), and the keys marked "=", after which the
    word must look like a describing word ("the registered blind")."""
    from plainspeak.fastload import read_sections

    lines = [line.split() for line in read_sections("pos.txt").get("describing_gap_after", [])]
    return (frozenset(match_key(w[0]) for w in lines if w),
            frozenset(match_key(w[0]) for w in lines if w[1:] == ["="]))


#: Words before a term's first word that rule the describing gap out: one person ("a
#: vulnerable disabled person") or a comparison ("the most vulnerable homeless people").
_NO_DESCRIBING_GAP = frozenset({"a", "an", "most", "more", "less", "least", "very", "particularly", "especially",
                                "extremely", "increasingly", "so", "too"})


@dataclass(frozen=True)
class Pattern:
    entry: int  # index into CompiledGlossary.entries
    kind: str  # "term" or "unless"
    #: Exact token texts, for case-sensitive entries.
    texts: tuple[str, ...] = ()
    #: Per word, "" (any form) or the one form the word must have (see ``exact_forms``).
    forms: tuple[str, ...] = ()
    #: Written out from a placeholder ("suffer {condition}"), not as the glossary writes it.
    placeholder: bool = False


def at_risk(keys: Sequence[str | None], a: int) -> int | None:
    """Where "risk" stands when "at" at ``a`` opens "at risk" / "at-risk", which joins a term
    word as one describing word does ("vulnerable and at risk adults"); otherwise None."""
    if a >= len(keys) or keys[a] != "at":
        return None
    r = a + 1 + (1 if a + 1 < len(keys) and keys[a + 1] in HYPHEN_KEYS else 0)
    return r if r < len(keys) and keys[r] == "risk" else None


@dataclass
class Matcher:
    #: Nested dicts keyed by token key; ``_END`` holds the patterns ending at a node.
    root: dict[str, Any] = field(default_factory=dict)
    size: int = 0

    def add(self, keys: Sequence[str], pattern: Pattern) -> None:
        node: dict[str, Any] = self.root
        for key in keys:
            node = node.setdefault(key, {})
        node.setdefault(_END, []).append(pattern)
        self.size += 1

    def find(self, keys: Sequence[str | None],
             texts: Sequence[str] | None = None) -> Iterator[tuple[int, int, Pattern, int]]:
        """Every (start, end, pattern, gap) whose keys occur at ``keys[start:end]``.

        ``None`` keys are barriers no match crosses; hyphens are skipped, so "hard-to-reach"
        meets "hard to reach". After "the", "from" or "with" inside a term, up to three words
        of degree may stand between its words ("the most severely disabled", "suffering from
        severe depression"; ``data/pos.txt``); ``gap`` counts them, and is 0 for a match
        written as the glossary writes it. With the tokens' ``texts``, a list of single words
        may stand before a term's last word, as one joined word may ("challenging, disruptive
        or disturbing behaviours").
        """
        root = self.root
        n = len(keys)
        gap_after, gap_words = term_gaps()
        kinds = term_gap_kinds()
        describing_after, describing_only = describing_gaps()
        from plainspeak.context.pos import is_adjective_like
        for i in range(n):
            first = keys[i]
            if first is None or first not in root:
                continue
            # Walks still to take: (node, next token, words skipped, last key taken). A second
            # walk starts only where words of degree follow "the", "from" or "with".
            walks = [(root[first], i + 1, 0, first)]
            while walks:
                node, j, gap, last = walks.pop()
                while True:
                    if _END in node:
                        for pattern in node[_END]:
                            yield i, j, pattern, gap
                    while j < n and keys[j] in HYPHEN_KEYS:
                        j += 1
                    if j >= n:
                        break
                    key = keys[j]
                    if last in gap_after and (key in gap_words or key in kinds):
                        # "the most severely disabled": skip the words of degree, if the term goes on after them
                        k = j
                        kind = False
                        while k < n and k - j < 4 and (keys[k] in gap_words or keys[k] in kinds
                                                       or keys[k] in HYPHEN_KEYS) and not _lone_half(keys, j, k):
                            kind = kind or keys[k] in kinds
                            k += 1
                            after = keys[k] if k < n else None
                            if kind and keys[k - 1] != "of":
                                continue  # "people with various disabilities": no condition named
                            if after is not None and after in node and after not in HYPHEN_KEYS:
                                skipped = sum(1 for t in range(j, k) if keys[t] not in HYPHEN_KEYS)
                                walks.append((node[after], k + 1, gap + skipped, after))
                    # a describing gap opens right after the term's first word, if that word takes one
                    # and no "a" or word of degree stands before it
                    gap_open = (j == i + 1 and last in describing_after and texts is not None
                                and (i == 0 or texts[i - 1].lower() not in _NO_DESCRIBING_GAP))
                    if (gap_open and texts is not None and key is not None and key not in node and j + 1 < n
                            and _describing_gap_word(key, texts[j])
                            and (last not in describing_only or is_adjective_like(texts[j]))):
                        # "vulnerable homeless people": one more describing word, then the term goes on
                        after = keys[j + 1]
                        if (after is not None and after in node and after not in HYPHEN_KEYS
                                and (last not in describing_only or _END in node[after])):
                            # after "the", only a group word that ends the term ("the registered
                            # blind"), not "the practical ways in which"
                            walks.append((node[after], j + 2, gap + 1, after))
                    if (gap_open and texts is not None and last not in describing_only
                            and key is None and texts[j] == "," and j + 2 < n
                            and (comma_next := keys[j + 1]) is not None
                            and comma_next in node and _END not in node[comma_next]):
                        # "vulnerable, older people": a comma between two describing words (not
                        # "they are vulnerable, people say": the word after the comma describes)
                        walks.append((node[comma_next], j + 2, gap + 1, comma_next))
                    slash = key is None and texts is not None and texts[j] == "/"
                    if ((key in JOINS or slash) and last not in JOINS and j + 2 < n
                            and (last not in gap_after or parallel_verbs(texts, j))):
                        # "challenging and complex behaviour", "young or first offenders": one word
                        # joined to a term word, before its last word, still makes the term
                        joined, after = keys[j + 1], keys[j + 2]
                        step = 3
                        risk = at_risk(keys, j + 1)
                        if risk and risk + 1 < n:
                            # "vulnerable and at risk adults", "vulnerable / at-risk adults"
                            joined, after, step = "risk", keys[risk + 1], risk + 2 - j
                        if joined in HYPHEN_KEYS and j + 3 < n and keys[j - 1] in HYPHEN_KEYS:
                            # written as one word: "drug-and-alcohol abuse"
                            joined, after, step = keys[j + 2], keys[j + 3], 4
                        elif (joined is not None and joined.isalpha() and j + 4 < n and keys[j + 2] in HYPHEN_KEYS
                              and (second := keys[j + 3]) is not None and second.isalpha()):
                            # the joined word written with a hyphen: "challenging or risk-related
                            # behaviours"
                            after, step = keys[j + 4], 5
                        if joined in JOIN_ADVERBS and j + 3 < n:
                            # "vulnerable and often older people": how often, then the joined word
                            joined, after, step = keys[j + 2], keys[j + 3], 4
                        # Not the word's opposite: "intentionally or unintentionally homeless"
                        # names the choice, not the label.
                        if (joined is not None and joined.isalpha() and joined not in _NOT_JOINED
                                and not joined.endswith(last)
                                and after is not None and after in node
                                and (_END in node[after] or last in describing_after)):
                            # after "vulnerable", the term may go on past the next word ("vulnerable
                            # and frail older people")
                            walks.append((node[after], j + step, gap + step - 1, after))
                    if (key is None and texts is not None and last not in JOINS and last not in gap_after
                            and (i == 0 or keys[i - 1] not in _ONE)):
                        # Not after "a": "a vulnerable, frightened and unsettled person"
                        # describes how one person is, not a kind of people.
                        after_at = _after_comma_list(keys, texts, j)
                        listed = keys[after_at] if after_at is not None else None
                        if after_at is not None and listed is not None and listed in node and _END in node[listed]:
                            walks.append((node[listed], after_at + 1, gap + after_at - j, listed))
                    if key is None and texts is not None and texts[j] == ",":
                        # "in most, but not all, cases": an aside between commas that only
                        # hedges the word before it leaves the phrase whole
                        resume = _hedge_end(keys, texts, j)
                        resumed = keys[resume] if resume is not None else None
                        if resume is not None and resumed is not None and resumed in node:
                            walks.append((node[resumed], resume + 1, gap, resumed))
                    if key is None or key not in node:
                        break
                    node = node[key]
                    last = key
                    j += 1


def parallel_verbs(texts: Sequence[str] | None, j: int) -> bool:
    """Whether the join at ``j`` stands between two verbs in the same form, the second one word
    ("suffering or recovering from an eating disorder", "suffered and recovered from anorexia"):
    after a word that takes words of degree, only such a join carries the term on."""
    if texts is None or j < 1 or j + 1 >= len(texts):
        return False
    before, after = texts[j - 1].lower(), texts[j + 1].lower()
    return after.isalpha() and any(before.endswith(e) and after.endswith(e) for e in ("ing", "ed"))


def _describing_gap_word(key: str, text: str) -> bool:
    """Whether the word may stand as the one describing word in a describing gap: a plain word,
    not a join, a word of degree, a plural word for people ("vulnerable adults group" is
    "vulnerable adults"), or a helper, pronoun or determiner."""
    from plainspeak.context.pos import closed_word, pos_words

    return (key.isalpha() and key not in JOINS and key not in _NOT_JOINED and key not in JOIN_ADVERBS
            and text.lower() not in pos_words().people_plurals and not closed_word(text))


def _lone_half(keys: Sequence[str | None], j: int, k: int) -> bool:
    """Whether ``keys[k]`` is the second half of a two-word gap without its first: "term" is a
    gap word only in "long term" / "long-term" ("the term obese" names a word)."""
    first = gap_second_halves().get(keys[k] or "")
    if first is None:
        return False
    before = [keys[t] for t in range(j, k) if keys[t] not in HYPHEN_KEYS]
    return not before or before[-1] != first


#: Words that open an aside hedging the word before it: "most, but not all, cases", "many, if
#: not most, people", "some, though not all, parents".
_HEDGE_OPENERS = frozenset({"but", "if", "though", "although", "yet"})


def _hedge_end(keys: Sequence[str | None], texts: Sequence[str], j: int) -> int | None:
    """The token after an aside of "but/if/though not" and one word between the comma at
    ``j`` and the next comma ("most, but not all, cases"); None when no such aside stands there."""
    k = j + 4
    if (k + 1 < len(keys) and keys[j + 1] in _HEDGE_OPENERS and keys[j + 2] == "not"
            and (keys[j + 3] or "").isalpha() and texts[k] == "," and keys[k + 1] is not None):
        return k + 1
    return None


_ONE = frozenset({"a", "an"})
#: Most words a list before a term's last word may hold besides its first and last.
_LIST_ITEMS = 4


def _after_comma_list(keys: Sequence[str | None], texts: Sequence[str], j: int) -> int | None:
    """Where the word after a list of single words ends, for a list that starts with the
    comma at ``j``: ", disruptive or disturbing behaviours" (serial comma or none). Each item
    is one word, as a joined word is; None when the words there make no such list."""
    n = len(keys)
    k, items = j, 0
    while k + 1 < n and texts[k] == "," and keys[k + 1] not in JOINS:
        word = keys[k + 1]
        if word is None or not word.isalpha() or word in _NOT_JOINED or items == _LIST_ITEMS:
            return None
        items += 1
        k += 2
    if not items:
        return None
    if k + 1 < n and texts[k] == "," and keys[k + 1] in JOINS:
        k += 1  # the serial comma: "challenging, disruptive, or disturbing"
    if k + 2 >= n or keys[k] not in JOINS:
        return None
    joined = keys[k + 1]
    if joined is None or not joined.isalpha() or joined in _NOT_JOINED:
        return None
    return k + 2


@dataclass
class CompiledGlossary:
    #: Active entries; ``Pattern.entry`` indexes this. A sequence, not always a list: from
    #: the cache, entries are built only when a document needs them.
    entries: Sequence[Entry]
    matcher: Matcher
    acronyms: Mapping[str, Acronym]
    #: Active entries by id.
    by_id: Mapping[str, Entry]
    #: Names and titles from the glossaries' ``names:`` lists (format v2).
    names: list[str] = field(default_factory=list)
    #: Word forms of every term and alternative word (``plainspeak.advice.lexicon``); empty
    #: until ``add_lexicon`` fills it, and then the forms are looked up when needed.
    lexicon: dict[str, Any] = field(default_factory=dict)

    def add_lexicon(self) -> None:
        """Look up the word forms the advice needs now, so they are stored in the cache."""
        from plainspeak.advice import build_table, lexicon_words

        self.lexicon = build_table(lexicon_words(self.entries))


def term_keys(text: str) -> tuple[list[str], list[str]]:
    """Keys and texts of the words of a glossary term, tokenised as documents are."""
    toks = get_tokenizer()(text)
    keys: list[str] = []
    texts: list[str] = []
    for word, space, punct in zip(toks.text, toks.space, toks.punct, strict=True):
        if space or word in HYPHEN_KEYS:
            continue
        if punct and not word.startswith("'"):
            continue
        keys.append(match_key(word))
        texts.append(word)
    return keys, texts


def term_variants(text: str, word_order: str = "any") -> list[tuple[list[str], list[str]]]:
    keys, texts = term_keys(text)
    if not keys:
        return []
    variants = [(keys, texts)]
    if "-" in text:
        joined = text.replace("-", "")
        jkeys, jtexts = term_keys(joined)
        if jkeys and jkeys != keys:
            variants.append((jkeys, jtexts))
    if word_order == "any" and len(keys) == 2 and keys[0] != keys[1] and not (
            _FUNCTION_WORDS & {t.lower() for t in texts}):
        # "homeless intentionally", but not "disabled the" for "the disabled".
        variants.append((keys[::-1], texts[::-1]))
    return variants


#: Words that make a two-word term's reversed order meaningless ("the disabled", "an addict").
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "to", "in", "for", "on", "at", "by", "with", "from", "and",
                             "or", "as", "is", "are", "be", "our", "my", "your", "their", "his", "her", "its",
                             "no", "not", "most", "more"})


def exact_forms(texts: Sequence[str], base_last: bool = False) -> tuple[str, ...]:
    """Per word of a term, "" when any form matches, or the one form it must have.

    Plurals and other forms of a word match ("placements", "Service users"), but a word
    ending in -ed or -ing that is a form of another word ("looked", "caring") matches
    only as written, or with an -s: "looked after child" is a label, while "we look after
    children" is what carers do. Entries that mean every form of a verb ("committed
    suicide", "commit suicide") list the forms as variants.

    With ``base_last``, a last word written in its base form ("plan", "clean") does not
    match its own -ing, -ed, -er or -est form either (``NOT_INFLECTED`` + the word): "care
    planning" is an activity, not the document "care plan", "the cleaning" and "a cleaner"
    are not "clean".
    """
    forms = []
    for text in texts:
        low = text.lower().replace("\u2019", "'")
        forms.append(low if inflected(low) else "")
    if base_last and texts and not forms[-1]:
        last = texts[-1].lower().replace("\u2019", "'")
        if last.isalpha():
            forms[-1] = NOT_INFLECTED + last
    return tuple(forms) if any(forms) else ()


#: Marks a form in ``exact_forms`` that matches any form of the word but its -ing, -ed, -er
#: and -est forms.
NOT_INFLECTED = "~"


def inflected(word: str) -> bool:
    """Whether a word ends in -ed or -ing and is a form of another word ("looked", "caring",
    "handicapped"), or is a comparative or superlative ("nearest"), which glossary terms
    match only as written: "a near relative" is family, not the "nearest relative" of the
    Mental Health Act."""
    low = word.lower()
    return low.endswith(("ed", "ing", "est", "er")) and lemma(low) != low


def forms_match(words: Sequence[str], forms: tuple[str, ...]) -> bool:
    """Whether document words (hyphens left out) have the forms ``exact_forms`` asks for."""
    for word, form in zip(words, forms, strict=False):
        if form:
            low = word.lower().replace("\u2019", "'").rstrip("-")
            if form[0] == NOT_INFLECTED:
                if low.endswith(("ed", "ing")) and low != form[1:] and inflected(low):
                    return False
                one, base = (w[:-1] if w.endswith("ers") else w for w in (low, form[1:]))
                if one.endswith(("er", "est")) and not base.endswith(("er", "est")) and one != base:
                    return False  # "a cleaner" (a person who cleans) is not "clean"
            elif low != form and low != form + "s":
                return False
    return True


def base_last(entry: Entry) -> bool:
    """Whether an entry's last word means only its noun or describing word, not the -ing and
    -ed forms of a verb with the same letters: a label or a legal term ("care plan", "clean",
    "sanction") in its usual word order. Plain-English entries are mostly verbs ("require"
    is also "required"), and entries that say they mean a verb (``pos: verb``) or any word
    order ("drug abuse", "abusing drugs") keep every form."""
    return entry.category not in ("plain-english", "acronym") and entry.pos != "verb" \
        and entry.word_order == "fixed"


def compile_glossary(entries: list[Entry], acronyms: list[Acronym],
                     names: Sequence[str] = ()) -> CompiledGlossary:
    active = [e for e in entries if not e.disabled]
    matcher = Matcher()
    for index, entry in enumerate(active):
        seen: set[tuple[str, ...]] = set()
        only_base = base_last(entry)
        written = entry.written_terms if any("{" in v for v in entry.variants) else None
        for form in entry.terms:
            for keys, texts in term_variants(form, entry.word_order):
                # Case-sensitive forms differ by their capitals ("the blind" / "The blind"),
                # others by the word forms they insist on ("looked" / "look").
                forms = exact_forms(texts, only_base)
                seen_key = tuple(texts) if entry.case_sensitive else (*keys, "\0", *forms)
                if seen_key in seen:
                    continue
                seen.add(seen_key)
                matcher.add(keys, Pattern(index, "term", tuple(texts) if entry.case_sensitive else (), forms,
                                          written is not None and form.lower() not in written))
        for phrase in entry.unless:
            for keys, _texts in term_variants(phrase, "fixed"):
                matcher.add(keys, Pattern(index, "unless"))
    acr = {a.acronym: a for a in acronyms}
    return CompiledGlossary(active, matcher, acr, {e.id: e for e in active}, list(names))
