"""Mentions: words the sentence talks about as words, not words it uses.

A blog post that says case files are "full of words like ‘placement’ and ‘former
relevant child’" is criticising the labels, not applying them to anyone. A quoted term
is a mention when:

- a cue stands before the quotation (or before a list of quotations): "words like",
  "the term", "the label", "so-called", "we no longer say", "known as" ... (the cues are
  data: ``data/mentions.txt``);
- a cue follows it: "‘placement’ is a word that ...";
- or the sentence quotes two or more short items in a list ("‘placement’, ‘contact’
  and ‘LAC’").

"so-called" marks a mention even without quotation marks ("so-called bed blockers").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plainspeak.analyse import Analysed

_OPENERS = frozenset({"\u201c", "\u2018", "\u201e", "\u00ab"})
_CLOSERS = frozenset({"\u201d", "\u2019", "\u00bb"})
_STRAIGHT = frozenset({'"', "'"})
_LIST_SEPARATORS = frozenset({",", "and", "or", "/", ";", "nor"})
#: A quotation longer than this many words is a quotation, not a word being named.
MAX_MENTION_WORDS = 6
#: How many words after "so-called" it marks as named (terms are one to three words).
SO_CALLED_WORDS = 3


@dataclass(frozen=True)
class Mention:
    """Tokens ``start`` to ``end`` (exclusive) are named as words, not used."""

    start: int
    end: int
    #: What shows it: "words like", "list of quoted words", "so-called", ...
    cue: str


@lru_cache(maxsize=1)
def _cue_groups() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases before and after a quotation, and before unquoted words, as word tuples."""
    from plainspeak.fastload import read_sections

    groups = read_sections("mentions.txt")
    return {k: tuple(sorted((tuple(line.lower().replace("-", " - ").split()) for line in groups.get(k, [])),
                            key=len, reverse=True))
            for k in ("before", "after", "unquoted", "unquoted_after", "list_cues", "speech_verbs",
                      "singular_verbs", "sentence_cues", "colon_list_words", "not_replacements", "naming_verbs",
                      "meaning_after")}


def _cues() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    groups = _cue_groups()
    return groups["before"], groups["after"]


def unquoted_cue(analysed: Analysed, i: int, j: int) -> str | None:
    """A cue right before token ``i`` ("the term X") or right after token ``j - 1`` ("X is
    known as") that makes the words a mention without quotation marks."""
    texts = analysed.token_text
    groups = _cue_groups()
    found = _cue_before(texts, i, groups["unquoted"])
    if found == "not as" and "as" in _next_words(texts, j, COMPARISON_WORDS):
        found = None  # "not as focused on CX as …" compares; "treated as people not as elderly" refuses
    if found is None:
        found = _cue_after(texts, j - 1, groups["unquoted_after"])
        if found is not None and found.split()[0] in ("is", "are") and _determined(texts, i):
            # "This package of care is called Continuing Care": a thing given its name, the
            # name after the verb; "contact is now known as family time" renames the word
            found = None
    if found is None and _opens_clause(texts, i):
        found = _cue_after(texts, j - 1, groups["meaning_after"])  # "By hard to reach, we mean ..."
    if found is None and _plural_taken_as_one(analysed, i, j, groups["singular_verbs"]):
        found = "a plural term with a singular verb"
    if found is None:
        found = _called_a_term(texts, j - 1)
    if found is None:
        found = _named_as(texts, i, groups["naming_verbs"])
    if found is None:
        # "Other examples might be dementia sufferer, mental health, carer, learning disabled":
        # a later item of a short list that starts right after the cue.
        for start in _first_item_starts(analysed, i):
            found = _cue_before(texts, start, groups["unquoted"])
            if found is not None:
                break
    return found


def _opens_clause(texts: list[str], i: int) -> bool:
    """Whether the words at ``i`` open their sentence or line, or follow "By" there."""
    before = _previous_words(texts, i, 2)
    if before and before[-1] == "by":
        before = before[:-1]
    return not before or before[-1] in (".", "!", "?", ":", ";", "\u2022", "*")


#: How far after a term "not as … as" may close a comparison ("not as focused on CX/UX as A11").
COMPARISON_WORDS = 6

#: Words that make what follows a thing, not a word: "this package of care is called ...".
_THING_DETERMINERS = frozenset({"this", "that", "these", "those", "the", "a", "an", "our", "your", "their", "his",
                                "her", "its", "my"})


def _determined(texts: list[str], i: int) -> bool:
    """Whether a determiner stands before token ``i``, at most two small describing words
    between ("this additional package of care")."""
    for n, word in enumerate(reversed(_previous_words(texts, i, 3))):  # lower case, nearest first
        if word in _THING_DETERMINERS:
            return True
        if n >= 2 or not word.isalpha():
            return False
    return False


#: Words before a clause's subject: "One of the reasons why service users is so disliked ...".
_CLAUSE_OPENERS = frozenset({".", "!", "?", ":", ";", "why", "because", "that", "\u2022", "*", "(", "\u2013", "-"})


def _plural_taken_as_one(analysed: Analysed, i: int, j: int, verbs: tuple[tuple[str, ...], ...]) -> bool:
    """A plural term that opens a clause and takes a singular verb is talked about as a word:
    "Service users covers both", "why service users is so disliked". "The number of service
    users is rising" has its subject before the term, so it is still a use."""
    texts, keys = analysed.token_text, analysed.keys
    last = texts[j - 1].lower()
    if not last.endswith("s") or last.endswith("ss") or keys[j - 1] == last:
        return False  # not a plural (its lemma is itself)
    after = _next_words(texts, j, 1)
    if not after or (after[0],) not in verbs:
        return False
    before = _previous_words(texts, i, 1)
    return not before or before[0] in _CLAUSE_OPENERS


def _named_as(texts: list[str], i: int, verbs: tuple[tuple[str, ...], ...]) -> str | None:
    """ "refer to benefit claimants as scroungers", "branded the families as troubled": a
    verb of calling (data/mentions.txt, ``[naming_verbs]``), up to four words for whom, then
    "as" right before the term."""
    words = _previous_words(texts, i, 7)
    if len(words) < 3 or words[-1] != "as":
        return None
    for start in range(len(words) - 2, max(len(words) - 8, -1), -1):
        if not words[start].replace("-", "").replace("'", "").isalpha():
            return None  # a clause or a list ends here
        for verb in verbs:
            if tuple(words[max(start - len(verb) + 1, 0):start + 1]) == verb:
                if start + 1 < len(words) - 1:  # someone named between the verb and "as"
                    return " ".join(verb) + " ... as"
                return None
    return None


#: Nouns that say the words before "is a … X" are being talked about as words.
_WORD_NOUNS = frozenset({"term", "word", "phrase", "label", "expression", "abbreviation", "acronym"})


def _called_a_term(texts: list[str], t: int) -> str | None:
    """ "EMI is an increasingly outdated term", "X is a care sector term that stands for ...":
    the term, a form of "be", an article, up to three words, and a noun such as "term"."""
    words = _next_words(texts, t + 1, 16)
    if words[:1] == ["("] and ")" in words[:10]:
        words = words[words.index(")") + 1:]  # "EMI (Elderly Mentally Infirm) is an outdated term"
    elif words[:1] == [")"]:
        words = words[1:]  # the words in those brackets
    words = words[:6]
    if len(words) < 3 or words[0] not in ("is", "was", "are", "were") or words[1] not in ("a", "an", "the"):
        return None
    for k in range(2, min(len(words), 6)):
        if words[k] in _WORD_NOUNS:
            return " ".join(words[:k + 1])
        if not words[k].isalpha():
            return None
    return None


def _next_words(texts: list[str], t: int, count: int) -> list[str]:
    """Up to ``count`` lower-case tokens from ``t`` on, in the same line."""
    return _line_words(texts, t, count, 1)


def _first_item_starts(analysed: Analysed, i: int) -> list[int]:
    """Where the first item of a list that token ``i`` ends may start: the last few words
    before the list's first comma, nearest first; in a list of two ("children in care or
    children looked after"), before its "or". Empty if no list."""
    texts, keys = analysed.token_text, analysed.keys
    k = i - 1
    item_words = 0
    first_comma = None
    while k >= 0 and i - k <= 20:
        text = texts[k]
        if text == "," or (first_comma is None and text == "or"):
            first_comma = k
            item_words = 0
        elif keys[k] is not None:
            item_words += 1
            if item_words > 3:
                break
        elif text.isspace():
            if "\n" in text:
                break
        else:
            break
        k -= 1
    if first_comma is None:
        return []
    out: list[int] = []
    k = first_comma - 1
    while k >= 0 and len(out) < 3:
        if keys[k] is not None:
            out.append(k)
        elif not texts[k].isspace():
            break
        k -= 1
    return out


#: Every token the loop in ``quotations`` acts on when no quotation is open.
_QUOTE_TOKENS = frozenset({*_OPENERS, *_CLOSERS, *_STRAIGHT, "\u2019"})


def quotations(analysed: Analysed, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """(opening quote token, closing quote token) pairs, never across a block; tokens
    ``lo:hi`` only when given (a block, or the whole document).

    A curly opening quote never closed in its block runs to the block's end (the closing
    token is then the block's last token + 1). A right single quote before a word, after a
    space, opens a quotation too (’service user’ is a common typing slip).
    """
    texts, idx, block = analysed.token_text, analysed.token_idx, analysed.token_block
    pairs: list[tuple[int, int]] = []
    n = len(texts)
    open_at: int | None = None
    straight_open: dict[str, int] = {}

    def unclosed(at: int, until: int) -> None:
        if texts[at] == "\u201c":
            pairs.append((at, until))

    end = n if hi is None else hi
    for t in range(lo, end):
        text = texts[t]
        if open_at is None and not straight_open and text not in _QUOTE_TOKENS:
            continue  # nothing open and no quote mark: nothing below would happen
        if open_at is not None and block[open_at] != block[t]:
            unclosed(open_at, t - 1 if texts[t - 1].isspace() else t)
            open_at = None
        for q, at in list(straight_open.items()):
            if block[at] != block[t]:
                del straight_open[q]
        touches_next = t + 1 < n and idx[t + 1] == idx[t] + len(text) and not texts[t + 1].isspace()
        after_space = t == 0 or idx[t] != idx[t - 1] + len(texts[t - 1]) or texts[t - 1].isspace()
        if text in _OPENERS or (text == "\u2019" and open_at is None and touches_next and after_space):
            open_at = t
        elif text in _CLOSERS:
            # A closing single quote touching a word ends a quotation; otherwise it is an
            # apostrophe ("parents’ rights") and is left alone.
            if open_at is not None and t - open_at > 1:
                pairs.append((open_at, t))
                open_at = None
            else:
                # A straight quote closed by a curly one ('no recourse to public funds’): a
                # word processor curled only the second. Not an apostrophe inside a word.
                straight = "'" if text == "\u2019" else '"'
                pending = straight_open.get(straight)
                if pending is not None and t - pending > 1 and not touches_next:
                    pairs.append((pending, t))
                    del straight_open[straight]
        elif text in _STRAIGHT:
            pending = straight_open.get(text)
            if pending is not None and t - pending > 1:
                pairs.append((pending, t))
                del straight_open[text]
            elif touches_next:
                straight_open[text] = t
    if open_at is not None:
        unclosed(open_at, n if end == n else (end - 1 if texts[end - 1].isspace() else end))
    return pairs


def find_mentions(analysed: Analysed, quoted: list[tuple[int, int]] | None = None, lo: int = 0,
                  hi: int | None = None) -> list[Mention]:
    """Quoted (or "so-called") terms that are named, not used, in document order.

    ``quoted`` are the document's quotations when the caller has them already."""
    texts = analysed.token_text
    keys = analysed.keys
    before_cues, after_cues = _cues()
    out: list[Mention] = []
    pairs = []
    for a, b in quoted if quoted is not None else quotations(analysed, lo, hi):
        if _words_between(keys, a, b) <= MAX_MENTION_WORDS:
            pairs.append((a, b))
        else:
            # A longer quotation is someone else's words (a young person, the Act): the
            # writer reports them and is not using the words about anyone.
            out.append(Mention(a + 1, b, "quotation"))
    # Group quotations that form a list: ‘a’, ‘b’ and ‘c’.
    groups: list[list[tuple[int, int]]] = []
    for a, b in pairs:
        if groups and _only_separators(texts, groups[-1][-1][1] + 1, a):
            groups[-1].append((a, b))
        else:
            groups.append([(a, b)])
    for group in groups:
        first_open = group[0][0]
        last_close = group[-1][1]
        cue = _cue_before(texts, first_open, before_cues) or _cue_after(texts, last_close, after_cues)
        if cue is None and len(group) >= 2:
            cue = "list of quoted words"
        if cue is None:
            # Quotation marks round a label, with no cue, still hold it at arm's length
            # ("involving ‘hard to reach’ groups"): the writer questions the word.
            cue = "quotation marks"
        for a, b in group:
            out.append(Mention(a + 1, b, cue))
    # "so-called bed blockers": a mention without quotation marks.
    n = len(texts)
    for t in range(lo, (n if hi is None else min(hi, n)) - 3):
        if keys[t] == "so" and texts[t + 1] in ("-", "\u2010") and texts[t + 2].lower() == "called":
            start = t + 3
            while start < n and (texts[start].isspace() or texts[start] in _OPENERS or texts[start] in _STRAIGHT):
                start += 1
            end, words = start, 0
            while end < n and words < SO_CALLED_WORDS:
                if keys[end] is not None:
                    words += 1
                elif not texts[end].isspace() or "\n" in texts[end]:
                    break
                end += 1
            while end > start and texts[end - 1].isspace():
                end -= 1
            if end > start:
                out.append(Mention(start, end, "so-called"))
    out.sort(key=lambda m: m.start)
    return out


def _words_between(keys: list[str | None], a: int, b: int) -> int:
    return sum(1 for k in keys[a + 1:b] if k is not None)


def _only_separators(texts: list[str], a: int, b: int) -> bool:
    between = [t.lower() for t in texts[a:b] if not t.isspace()]
    return all(t in _LIST_SEPARATORS for t in between)


def _previous_words(texts: list[str], t: int, count: int) -> list[str]:
    """Up to ``count`` lower-case tokens before ``t`` in the same line, nearest last."""
    return _line_words(texts, t - 1, count, -1)[::-1]


def _line_words(texts: list[str], k: int, count: int, step: int) -> list[str]:
    """Up to ``count`` lower-case tokens from ``k`` in direction ``step``, stopping at a line break."""
    out: list[str] = []
    while 0 <= k < len(texts) and len(out) < count:
        text = texts[k]
        if text.isspace():
            if "\n" in text:
                break
        else:
            out.append(text.lower().replace("\u2019", "'"))
        k += step
    return out


@lru_cache(maxsize=16)
def _by_word(cues: tuple[tuple[str, ...], ...], last: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cues grouped by their last (or first) word, longest first: one dict lookup per use."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        out.setdefault(cue[-1] if last else cue[0], []).append(cue)
    return {k: tuple(v) for k, v in out.items()}


def _cue_before(texts: list[str], t: int, cues: tuple[tuple[str, ...], ...]) -> str | None:
    words = [w for w in _previous_words(texts, t, 7) if w not in (":", ",")]
    if not words:
        return None
    for cue in _by_word(cues, True).get(words[-1], ()):
        if len(words) >= len(cue) and tuple(words[-len(cue):]) == cue:
            return " ".join(cue).replace(" - ", "-")
    return None


#: Words that may stand inside a cue after the term without changing it ("is now often called").
_CUE_ADVERBS = frozenset({"also", "often", "sometimes", "usually", "commonly", "generally", "still", "now",
                          "more", "widely", "formally", "officially", "legally", "simply"})


def _cue_after(texts: list[str], t: int, cues: tuple[tuple[str, ...], ...]) -> str | None:
    words: list[str] = []
    k = t + 1
    while k < len(texts) and len(words) < 6:
        text = texts[k]
        if not text.isspace():
            low = text.lower()
            if not (words and low in _CUE_ADVERBS):  # "are also often referred to as"
                words.append(low)
        elif "\n" in text:
            break
        k += 1
    if not words:
        return None
    for cue in _by_word(cues, False).get(words[0], ()):
        if tuple(words[:len(cue)]) == cue:
            return " ".join(cue)
    return None


# -- words as headwords and in lists of words ----------------------------------------------------

#: Words a heading may hold beyond the term and still be a headword ("seizure (fit)").
HEADWORD_EXTRA_WORDS = 2


def headword_heading(analysed: Analysed, i: int, j: int) -> bool:
    """Whether the term is the headword of a style guide or glossary entry: a heading that
    starts with a small letter and holds little but the term ("### service user", "###
    suffering from", "### seizure (fit)"). A writer's own headings start with a capital."""
    document = analysed.document
    block = document.blocks[analysed.token_block[i]]
    if block.kind != "heading":
        return False
    text = document.text[block.start:block.end]
    first = next((c for c in text if c.isalpha()), "")
    if not first or not first.islower():
        return False
    words = sum(1 for w in text.split() if any(c.isalpha() for c in w))
    term_words = sum(1 for t in analysed.token_text[i:j] if t[:1].isalpha())
    return words <= term_words + HEADWORD_EXTRA_WORDS


#: After "Term –" in a line of a language guide, at most this many words give the words to
#: use instead ("Asylum seeker – Young person."), or a list of them split by ";".
REPLACEMENT_WORDS = 4
REPLACEMENT_ITEM_WORDS = 6


def not_replacement(word: str) -> bool:
    """Whether a word after "Term –" starts a heading about the term ("what to do next"), not
    the words to use instead or what the term means."""
    return (word.lower(),) in _cue_groups()["not_replacements"]


def replacement_line(analysed: Analysed, i: int, j: int) -> bool:
    """Whether the term opens a line of a language guide that gives the words to use instead:
    "Abscond – Run away; go missing.", "Contact Centre – Family centre." The term is named, not
    used. A definition says more ("Respite care – residential care or care provided in your own
    home to give you or your carer a break.") and stays a use."""
    document = analysed.document
    block = document.blocks[analysed.token_block[i]]
    start = document.text.find(analysed.token_text[i], block.start, block.end)
    if start != analysed.token_idx[i] or document.text[block.start:start].strip():
        return False  # the term must open the line
    rest = document.text[analysed.token_idx[j - 1] + len(analysed.token_text[j - 1]):block.end].strip()
    if rest[:1] not in ("\u2013", "\u2014", "-") or rest[:2] == "--":
        return False
    rest = rest[1:].strip().rstrip(".").strip()
    if not rest:
        return False
    items = [item.split() for item in rest.split(";")]
    if items[0] and not_replacement(items[0][0]) and not rest.endswith("?"):
        # "Leave to remain – what to do next": a heading about the term, not a swap (but
        # "Elderly Mentally Infirm – What is it?" asks about the word)
        return False
    if len(items) == 1:
        return len(items[0]) <= REPLACEMENT_WORDS
    return all(0 < len(item) <= REPLACEMENT_ITEM_WORDS for item in items if item)


#: Marks that open an item of a "do not write" list in a style guide ("X senile dementia",
#: "✗ wheelchair-bound"). The letter X counts only with a space after it and a short item.
_CROSS_MARKS = frozenset({"x", "\u2717", "\u2718", "\u274c", "\u00d7", "\u2716"})
#: How many words a crossed-out item may hold.
CROSSED_ITEM_WORDS = 6


def crossed_item(analysed: Analysed, i: int) -> bool:
    """Whether token ``i`` is in a line that opens with a cross ("X drug abuse or misuse"), the
    way style guides mark the words not to use. Only a short item of words: with a pronoun or
    a verb the line is a sentence ("X is a quiet, shy lady": X names someone)."""
    document = analysed.document
    block = document.blocks[analysed.token_block[i]]
    text = document.text[block.start:block.end].strip()
    mark, _, item = text.partition(" ")
    if mark.lower() not in _CROSS_MARKS or not item.strip():
        return False
    words = [w.strip("()\u2018\u2019\u201c\u201d\"'.,;").lower() for w in item.split()]
    words = [w for w in words if w]
    return 0 < len(words) <= CROSSED_ITEM_WORDS and not (_NOT_IN_WORD_ITEM - _ARTICLES) & set(words)


#: Words that open a line stating a belief the page goes on to answer ("Myth 2: People who
#: self-harm are just attention-seeking").
_MYTH_WORDS = frozenset({"myth", "misconception", "misunderstanding"})


def myth_line(analysed: Analysed, i: int) -> bool:
    """Whether token ``i`` is in a line that opens "Myth:" or "Myth 2:": a belief held up to be
    answered, as myth-and-fact pages set them out. The label in it is what others say, not
    the writer's word for anyone."""
    from bisect import bisect_left

    texts, block = analysed.token_text, analysed.token_block
    lo = bisect_left(block, block[i])  # the block's first token (a long block costs no walk)
    words: list[str] = []
    for t in range(lo, min(i, lo + 12)):
        if not texts[t].isspace() and texts[t] not in ("*", "**", "_", "\u2022", "-", "#"):
            words.append(texts[t])
        if len(words) == 3:
            break
    if len(words) < 2 or words[0].lower() not in _MYTH_WORDS:
        return False
    colon = 2 if words[1].isdigit() else 1
    return len(words) > colon and words[colon] == ":"


#: How many words before a quotation a word for a false belief may stand ("dispels
#: misconceptions that this only affects older boys who are “making a lifestyle choice”").
BELIEF_REACH = 15


def quoted_belief(analysed: Analysed, open_at: int) -> bool:
    """Whether the quotation opening at ``open_at`` gives a belief the sentence calls false: a
    word for a myth stands shortly before it in the same line. Quoted, the words are the belief's,
    not the writer's, even when they read as a clause."""
    words = _previous_words(analysed.token_text, open_at, BELIEF_REACH)
    if any(w in (".", "!", "?") for w in words):
        words = words[max(k for k, w in enumerate(words) if w in (".", "!", "?")) + 1:]
    return any(w in _MYTH_WORDS or (w.endswith("s") and w[:-1] in _MYTH_WORDS) for w in words)


def sentences_about_words(analysed: Analysed, starts: list[int]) -> dict[int, str]:
    """The sentences (by index) with a cue anywhere in them that makes them sentences about
    words ("The terminology has changed over time from mental deficiency to mental handicap"),
    with the cue: every term in them is named, not used. One pass over the document;
    ``starts`` are the sentences' first tokens."""
    from bisect import bisect_right

    from plainspeak.nlp import match_key

    cues = _cue_groups()["sentence_cues"]
    words = {cue[0] for cue in cues if len(cue) == 1}
    pairs = {cue for cue in cues if len(cue) >= 2}
    firsts = words | {cue[0] for cue in pairs}
    key_set = analysed.facts.key_set
    if words.isdisjoint(key_set) and {match_key(cue[-1]) for cue in pairs}.isdisjoint(key_set):
        return {}  # the common case: no such word anywhere (the words are their own keys)
    texts = analysed.token_text
    found: dict[int, str] = {}
    for t, text in enumerate(texts):
        low = text.lower()
        if low not in firsts:
            continue
        cue = low if low in words else None
        if cue is None:
            nxt = _next_words(texts, t + 1, 2)
            for n in (2, 1):  # "terms to avoid", "popular term"
                if len(nxt) >= n and (low, *nxt[:n]) in pairs:
                    cue = f"words: \u201c{' '.join((low, *nxt[:n]))}\u201d"
                    break
        if cue is not None:
            s = bisect_right(starts, t) - 1
            if s >= 0 and low in _POINTING and not any(w[:1].isalpha() for w in texts[starts[s]:t]):
                continue  # "This term describes how ...": a word named in an earlier sentence
            if s >= 0 and _in_cross_reference(texts, starts[s], t):
                continue  # "other vulnerable migrants (see an explanation of refugee terminology)"
            if s >= 0:
                found.setdefault(s, f"a sentence about {cue}")
    return found


def _in_cross_reference(texts: list[str], start: int, t: int) -> bool:
    """Whether token ``t`` stands in brackets that send the reader elsewhere ("(see our guide
    to the terminology)"): the words there are about another page, not this sentence's."""
    for k in range(t - 1, max(start, t - 12) - 1, -1):
        if texts[k] == ")":
            return False
        if texts[k] == "(":
            nxt = _next_words(texts, k + 1, 1)
            return bool(nxt) and nxt[0].lower() in ("see", "read", "visit")
    return False


#: Words that point back: "this label" names a word the sentence has already used ("our use of
#: service user and how this label ..."), or, opening the sentence, one named before it.
_POINTING = frozenset({"this", "that", "these", "those", "such"})


#: How many list items back the line that introduces a list is looked for (a bound, so that a
#: list of thousands of items costs no more per item than a short one).
LIST_LOOKBACK = 60


#: Words no item of a list of words holds: a determiner, a pronoun or a verb makes it a clause.
_NOT_IN_WORD_ITEM = frozenset({"the", "a", "an", "our", "your", "their", "his", "her", "its", "this", "these",
                               "is", "are", "was", "were", "be", "will", "can", "should", "must", "may", "have",
                               "has", "we", "you", "they", "i", "he", "she", "it"})
#: Dashes that end a list of words after a colon ("– instead say: ..."); not a hyphen, which
#: the tokenizer splits off inside a word ("wheelchair-bound").
_DASHES = frozenset({"\u2013", "\u2014"})
#: A word right before the colon that makes the short items after it words to keep away from.
_AVOID_WORDS = frozenset({"avoid", "avoiding"})
_ARTICLES = frozenset({"the", "a", "an"})
#: How many words an item of such a list may have, and how far the colon and the list reach.
COLON_ITEM_WORDS = 4
COLON_LOOKBACK = 40


def colon_word_list(analysed: Analysed, i: int) -> bool:
    """Whether token ``i`` is in a list of short items after a colon whose clause talks about
    words: "The words that dehumanise and other: case, service user, vulnerable." The items
    are named, not used. Every item, to the end of the sentence or a dash, is a few words with
    no determiner, pronoun or verb; two items at least. After "Avoid:" one item is enough."""
    texts = analysed.token_text
    before = _previous_words(texts, i, COLON_LOOKBACK)
    if ":" not in before:
        return False
    colon = len(before) - 1 - before[::-1].index(":")
    rest = [*before[colon + 1:]]
    for word in _next_words(texts, i, COLON_LOOKBACK):
        if word in (".", ";", "!", "?") or word in _DASHES:
            break  # "Avoid: demented and dementia sufferer – instead say: ..." ends at the dash
        rest.append(word)
    if any(w in _DASHES for w in rest):
        return False  # the item holding the word is after a dash: what to say instead
    items = [item.split() for item in " ".join(rest).replace(" and ", " , ").replace(" or ", " , ").split(",")]
    items = [item for item in items if item]
    clause = before[:colon]
    for stop in (".", "!", "?", ";"):
        if stop in clause:
            clause = clause[len(clause) - clause[::-1].index(stop):]
    if clause and len(clause) <= 2 and clause[-1] in _AVOID_WORDS:
        # "Avoid: burden, victim or senile.", "Please avoid: confined to a wheelchair": words to keep
        # away from, one or more, an article allowed; no pronoun or verb (a clause)
        return bool(items) and all(len(item) <= COLON_ITEM_WORDS and not (_NOT_IN_WORD_ITEM - _ARTICLES) & set(item)
                                   for item in items)
    if len(items) < 2 or any(len(item) > COLON_ITEM_WORDS or _NOT_IN_WORD_ITEM & set(item) for item in items):
        return False
    cue_words = {cue[0] for cue in _cue_groups()["colon_list_words"]}
    return any(w in cue_words and not (
        w == "terms" and k + 1 < len(clause) and clause[k + 1] in (",", "and", "of")) for k, w in enumerate(clause))


def listed_after_cue(analysed: Analysed, i: int) -> str | None:
    """The cue of the line that introduces the list holding token ``i`` ("We do not say:"),
    when that list is a list of words; None otherwise."""
    document = analysed.document
    b = analysed.token_block[i]
    blocks = document.blocks
    if blocks[b].kind != "list_item":
        return None
    item = document.text[blocks[b].start:blocks[b].end]
    if len(item.split()) > 8:
        return None  # an item of words is short; a sentence in a list is a use
    k = b - 1
    while k >= 0 and blocks[k].kind == "list_item" and b - k <= LIST_LOOKBACK:
        k -= 1
    if k < 0 or blocks[k].kind == "list_item":
        return None
    intro = document.text[blocks[k].start:blocks[k].end].strip()
    if not intro.endswith(":"):
        return None
    words = tuple(intro[:-1].lower().replace("\u2019", "'").split())
    for cue in _cue_groups()["list_cues"]:
        n = len(cue)
        if any(words[s:s + n] == cue for s in range(len(words) - n + 1)):
            return " ".join(cue)
    return None


#: How many words before an opening or after a closing quotation mark a speech verb may stand.
SPEECH_WINDOW = 6


def quoted_clause(analysed: Analysed, start: int, end: int, i: int, j: int) -> bool:
    """Whether a short quotation (tokens ``start:end``) holding a term at ``i:j`` has a verb of
    its own outside the term: then it quotes what someone said ("Banks ‘must support
    elderly’"), not a word the writer holds up."""
    from plainspeak.nlp import lemma

    facts, texts = analysed.facts, analysed.token_text

    def verb(t: int) -> bool:
        word = texts[t].lower()
        # "‘blocked by elderly’": a verb's -ed form with its agent, whatever the tagger made of
        # it ("‘limited leave to remain’" is a kind of leave)
        return facts.pos(t) == "verb" or (word.endswith("ed") and lemma(word) != word and t + 1 < len(texts)
                                          and texts[t + 1].lower() == "by")

    return any(analysed.keys[t] is not None and (t < i or t >= j) and verb(t) for t in range(start, end))


def reported_speech(analysed: Analysed, open_at: int, close_at: int) -> bool:
    """Whether the quotation between tokens ``open_at`` and ``close_at`` is someone's speech:
    "said", "told", "according to" ... stand just before or after it, or the paragraph opens
    with it (a statement in a news story)."""
    verbs = {c[0] for c in _cue_groups()["speech_verbs"]}
    texts = analysed.token_text
    before = _previous_words(texts, open_at, SPEECH_WINDOW)
    if any(w in verbs for w in before):
        return True
    block = analysed.token_block
    if texts[open_at] in ("\u201c", '"', "\u2018") and (open_at == 0 or block[open_at - 1] != block[open_at]):
        return True  # a paragraph that opens with a quotation: a statement, as in the news
    k, seen = close_at + 1, 0
    while k < len(texts) and seen < SPEECH_WINDOW:
        text = texts[k]
        if not text.isspace():
            if text.lower() in verbs:
                return True
            seen += 1
        elif "\n" in text:
            break
        k += 1
    # Further away, in the same sentence: "Services were ‘dominated by reacting to crises
    # …’ despite policies …, Jim Mansell told Community Care."
    return _verb_in_sentence(texts, block, open_at, -1, verbs) or _verb_in_sentence(texts, block, close_at, 1, verbs)


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _verb_in_sentence(texts: list[str], block: list[int], t: int, step: int, verbs: set[str]) -> bool:
    """Whether a speech verb stands between token ``t`` and the end (step 1) or start (step -1)
    of its sentence."""
    k = t + step
    while 0 <= k < len(texts) and block[k] == block[t]:
        text = texts[k]
        if text in _SENTENCE_ENDS:
            return False
        if text.lower() in verbs:
            return True
        k += step
    return False
