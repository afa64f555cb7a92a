"""Explanations: where a document explains a term in plain words.

A legal term such as "intentionally homeless" cannot be avoided, only explained. Once a
document has explained it, the reader knows it, and flagging every later use teaches the
writer to ignore the tool. A use explains the term when:

- words right after it explain it: "X means ...", "X (this means ...)", "X: someone
  who ...", "X is a child who ...", "X, which means ...";
- words right before it name it: "this is called X", "known as X";
- it starts an entry of a definitions section (a heading such as "Definitions",
  "Glossary", "What we mean by ..."), or starts a block followed by ":" or a dash and an
  explanation ("Former relevant child: a young person who ...").

The cue words are data: ``data/explanations.txt``.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plainspeak.analyse import Analysed

_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "*", "**", "_"})
_DASHES = frozenset({":", "-", "\u2013", "\u2014"})


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    from plainspeak.fastload import read_sections

    groups = read_sections("explanations.txt")
    groups.pop("", None)
    return {k: tuple(sorted((tuple(line.lower().split()) for line in v), key=len, reverse=True))
            for k, v in groups.items()}


@lru_cache(maxsize=1)
def _decision_terms() -> frozenset[str]:
    """Keys of the last words of terms that are about one decision ("capacity")."""
    from plainspeak.nlp import match_key

    return frozenset(match_key(cue[0]) for cue in _cues()["decision_terms"])


def _words_after(analysed: Analysed, j: int, count: int) -> list[str]:
    texts = analysed.token_text
    out: list[str] = []
    k = j
    while k < len(texts) and len(out) < count:
        text = texts[k]
        if text.isspace():
            if "\n" in text:
                break
        elif not (text in _QUOTES and not out):
            out.append(text.lower().replace("\u2019", "'"))
        k += 1
    return out


def _words_before(analysed: Analysed, i: int, count: int) -> list[str]:
    texts = analysed.token_text
    out: list[str] = []
    k = i - 1
    while k >= 0 and len(out) < count:
        text = texts[k]
        if text.isspace():
            if "\n" in text:
                break
        elif not (text in _QUOTES and not out) and not (text.lower() in ("being", "a", "an", "the") and not out):
            out.append(text.lower().replace("\u2019", "'"))
        k -= 1
    out.reverse()
    return out


_COPULAS = frozenset({"is", "are", "means"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "why", "if"})
_NOT_DEFINING = frozenset({"not", "no", "also", "still", "now", "likely", "unlikely", "entitled", "eligible",
                           "owed", "found", "deemed", "being", "been", "able", "unable", "going"})


_DEFINING_VERBS = frozenset({"means", "mean", "describes", "refers", "gives", "lets", "allows"})
_DEFINING_AFTER_BE = frozenset({"how", "when", "where", "what", "those", "someone", "somebody", "anyone", "if",
                                "people", "children", "a", "an"})
#: "X is a condition ...": nouns that say what kind of thing a term is.
_KIND_NOUNS = frozenset({"condition", "status", "decision", "term", "legal", "way", "duty", "test", "rule", "right",
                         "type", "kind", "word", "label", "situation", "person", "child", "young", "category",
                         "group", "description", "definition", "order", "permission", "process", "set"})


#: "X is one way of ...", "X is one kind of ...": what sort of thing the term is.
_ONE_KIND = frozenset({"way", "kind", "type", "form", "sort", "part"})


def _defining_start(after: list[str]) -> bool:
    """Words after a term that opens a sentence and read as its definition."""
    if not after:
        return False
    if after[0] in _DEFINING_VERBS:
        return True
    if after[0] in ("is", "are") and len(after) > 2 and after[1] == "one" and after[2] in _ONE_KIND:
        return True  # "Special guardianship is one way of providing a permanent home for a child"
    if after[0] not in ("is", "are") or len(after) < 2 or after[1] not in _DEFINING_AFTER_BE:
        return False
    if after[1] in ("a", "an"):
        return len(after) > 2 and (after[2] in _KIND_NOUNS or len(after) > 3 and after[3] in _KIND_NOUNS)
    return True
_LEADING = frozenset({"a", "an", "the", "your", "indefinite", "limited", "being", "having"})


def _starts_sentence(analysed: Analysed, i: int, sentence_starts: list[int] | None = None) -> bool:
    """Whether the term at ``i`` opens its sentence (after at most "A", "The", "Indefinite" ...)."""
    sentences = analysed.sentences
    starts = sentence_starts if sentence_starts is not None else [s.token_start for s in sentences]
    k = bisect.bisect_right(starts, i) - 1 if sentences else -1
    if k < 0 or not sentences[k].token_start <= i < sentences[k].token_end:
        return False
    words = [t.lower() for t in analysed.token_text[sentences[k].token_start:i] if not t.isspace() and t not in _QUOTES]
    return all(w in _LEADING for w in words) and len(words) <= 2


def _copula_definition(after: list[str]) -> bool:
    """"X is one of the tests which ...", "X is a young person aged 18 or over who ...":
    the term, a form of "be", a short noun phrase and a relative word."""
    if not after or after[0] not in _COPULAS:
        return False
    rest = after[1:9]
    if not rest or rest[0] in _NOT_DEFINING or rest[0] in _RELATIVES:
        return False
    if rest[0] not in ("a", "an", "the", "one", "someone", "somebody", "when", "where", "what"):
        return False
    return any(w in _RELATIVES for w in rest[1:])


def definition_blocks(analysed: Analysed) -> frozenset[int]:
    """Blocks under a definitions heading, up to the next heading at the same level or above."""
    headings = _cues()["section_headings"]
    document = analysed.document
    out: set[int] = set()
    level: int | None = None
    for b, block in enumerate(document.blocks):
        if block.kind == "heading":
            if level is not None and block.level <= level:
                level = None
            words = tuple(document.text[block.start:block.end].lower().replace(":", " ").split())
            if any(_contains(words, cue) for cue in headings):
                level = block.level
            continue
        if level is not None:
            out.add(b)
    return frozenset(out)


def _contains(words: tuple[str, ...], cue: tuple[str, ...]) -> bool:
    n = len(cue)
    return any(words[k:k + n] == cue for k in range(len(words) - n + 1))


def _starts_block(analysed: Analysed, i: int, article: bool = False) -> bool:
    """Only markup, quotes or a bullet stand between the block's start and token ``i`` (and,
    with ``article``, one "A", "An" or "The": "A relief duty: the council must …")."""
    texts, block = analysed.token_text, analysed.token_block
    k = i - 1
    while k >= 0 and block[k] == block[i]:
        text = texts[k]
        if article and text.lower() in ("a", "an", "the"):
            article = False
        elif not (text.isspace() or text in _QUOTES or text in ("\u2022", "-", "*", "(", "[")):
            return False
        k -= 1
    return True


_MEANS_SUBJECTS = frozenset({"it", "this", "that"})
_MEANS_ADVERBS = frozenset({"simply", "just", "basically", "usually", "normally", "generally", "often"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


_WHAT_IT_MEANS = frozenset({"is", "are", "means", "mean", "meant"})


def _what_it_means(analysed: Analysed, i: int, after: list[str]) -> bool:
    """"We have explained what intentional homelessness is below", "Find out what priority need
    means": the sentence points to the explanation."""
    before = _words_before(analysed, i, 2)
    if not (before and before[-1] == "what" and after and after[0] in _WHAT_IT_MEANS):
        return False
    # "what a looked-after child is going through" says what the child lives through, not
    # what the words mean
    return not (after[0] in ("is", "are") and len(after) > 1 and (
        after[1].endswith(("ing", "ed")) or after[1] in ("like", "doing", "facing", "able", "going")))


def _means_later(analysed: Analysed, j: int) -> bool:
    """"If you see X on your visa, it simply means ...": later in the sentence, after a
    comma, "it/this/that (simply) means" says what the term means."""
    words = _words_after(analysed, j, 16)
    for k, w in enumerate(words):
        if w in _SENTENCE_ENDS:
            # "... an automatic priority need if you're homeless because of domestic abuse. This
            # means the council must …": the next sentence opens by saying what it means
            rest = words[k + 1:k + 4]
            return w == "." and rest[:1] in (["this"], ["that"]) and (
                rest[1:2] == ["means"] or (len(rest) == 3 and rest[1] in _MEANS_ADVERBS and rest[2] == "means"))
        if w == "," and k + 2 < len(words) and words[k + 1] in _MEANS_SUBJECTS:
            rest = words[k + 2:k + 4]
            if rest[:1] == ["means"] or (len(rest) == 2 and rest[0] in _MEANS_ADVERBS and rest[1] == "means"):
                return True
    return False


_CONDITIONS = frozenset({"if", "when"})
_PARTIAL = frozenset({"also", "always", "only", "could", "might", "may", "can", "sometimes", "usually", "often"})
_STATUS_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having",
                           "become", "becomes", "became", "considered", "classed", "treated", "counted", "seen"})


def _status_before(analysed: Analysed, i: int) -> bool:
    """Whether a form of "be" or "have" stands right before the term (after "a", "the"): "you
    have a priority need if ...", "you are intentionally homeless if ..." define a status by
    its conditions; "apply for leave to remain if ..." does not."""
    before = _words_before(analysed, i, 6)
    while before and before[-1] in ("a", "an", "the", "not", "still", "as", "in"):
        before = before[:-1]  # "classed as priority need if", "you are in priority need if"
    if not before or before[-1] not in _STATUS_VERBS:
        return False
    # "You could also have a priority need if ...", "will only be classed a priority need if
    # ...": one condition among others, not what the term means.
    return not any(w in _PARTIAL for w in before[-3:-1])


def _intro_sentence(analysed: Analysed, i: int, sentence_starts: list[int] | None) -> bool:
    """Whether the term's sentence opens with "In practical terms", "Put simply" ...."""
    sentences = analysed.sentences
    starts = sentence_starts if sentence_starts is not None else [s.token_start for s in sentences]
    k = bisect.bisect_right(starts, i) - 1 if sentences else -1
    if k < 0:
        return False
    lo = sentences[k].token_start
    words = tuple(t.lower() for t in analysed.token_text[lo:i] if t[:1].isalnum())[:5]
    return any(words[:len(cue)] == cue for cue in _cues().get("intro", ()))


_EXAMPLE_MARKS = frozenset({"(", "-", "\u2013", "\u2014", ",", ":"})


def _examples_after(analysed: Analysed, j: int) -> bool:
    """Examples within a few words after the term, after a dash, comma or bracket: "limited
    leave to remain in the UK - for instance, a work permit"."""
    after = _words_after(analysed, j, 8)
    cues = _cues().get("examples_after", ())
    for k, w in enumerate(after):
        if w in _SENTENCE_ENDS:
            return False
        if w in _EXAMPLE_MARKS and any(tuple(after[k + 1:k + 1 + len(c)]) == c for c in cues):
            if after[k + 1:k + 2] == ["like"] and tuple(after[k + 2:k + 3]) in _cues().get(
                    "comparison_after_like", ()):
                return False  # "like nearly all asylum seekers": others who have it too
            return True
    return False


#: Most tokens a plain explanation in brackets may take.
_GLOSS_REACH = 30


def _bracket_gloss(analysed: Analysed, j: int) -> bool:
    """Plain words in brackets straight after the term say what it means: "looked after
    children (children in local authority care or accommodated under section 20)". Not an
    acronym ("(LAC)"), a reference ("(section 20)", "(see page 4)", "(Children Act 1989)") or
    another name ("(also known as ...)"): the words must start in lower case, run to three
    words or more, and not open with a word in ``[not_gloss]``."""
    texts = analysed.token_text
    k = j
    while k < len(texts) and texts[k].isspace() and "\n" not in texts[k]:
        k += 1
    if k >= len(texts) or texts[k] != "(":
        return False
    words: list[str] = []
    for t in range(k + 1, min(len(texts), k + _GLOSS_REACH)):
        text = texts[t]
        if text == ")":
            break
        if "\n" in text or text == "(":
            return False
        if text[:1].isalpha():
            words.append(text)
    else:
        return False
    return (len(words) >= 3 and words[0][:1].islower()
            and (words[0].lower(),) not in _cues().get("not_gloss", ()))


#: Words that introduce what a thing does, in an appositive ("a provision ... which prevents ...").
_APPOSITIVE_RELATIVES = frozenset({"which", "that", "who"})


def _kind_appositive(after: list[str]) -> bool:
    """The term, the kind of thing it is, and what that thing is, set off by a comma: "the
    No Recourse to Public Funds (NRPF) condition, a provision within the Immigration Rules
    which prevents most temporary migrants from ..." explains the condition."""
    if len(after) < 5 or after[0] not in _KIND_NOUNS or after[1] != "," or after[2] not in ("a", "an"):
        return False
    return any(w in _APPOSITIVE_RELATIVES for w in after[3:])


def _defines_its_head(analysed: Analysed, i: int, j: int, cues: tuple[tuple[str, ...], ...]) -> bool:
    """The sentence goes on to define the term's last words: "People with no recourse to
    public funds cannot claim ‘public funds’, which are defined as most benefits and local
    authority housing assistance". Defining what the term is about explains the term."""
    keys, texts = analysed.keys, analysed.token_text
    head = [k for k in keys[i:j] if k is not None][-2:]
    if len(head) < 2:
        return False
    k = j
    limit = min(len(keys), j + 30)
    while k < limit and texts[k] not in _SENTENCE_ENDS and analysed.token_block[k] == analysed.token_block[i]:
        if keys[k] == head[0]:
            words = [w for w in keys[k:k + 4] if w is not None][:2]
            if words == head:
                end = k + 1
                while end < len(keys) and keys[end] != head[1]:
                    end += 1
                after = _words_after(analysed, end + 1, 8)
                while after and after[0] in ("'", "\u2019", '"', "\u201d"):
                    after = after[1:]
                if any(tuple(after[:len(c)]) == c for c in cues if c[0] not in _CONDITIONS):
                    return True
        k += 1
    return False


_LIST_VERBS = frozenset({"are", "is", "include", "includes", "means", "mean"})


def _list_after(analysed: Analysed, i: int, j: int, after: list[str]) -> bool:
    """A line that ends in a colon before a list, and either says what the term is ("looked
    after children are:") or introduces who has it ("The following categories of homeless
    people have a priority need for accommodation:"): the list explains the term."""
    document = analysed.document
    b = analysed.token_block[i]
    if b + 1 >= len(document.blocks) or document.blocks[b + 1].kind != "list_item":
        return False
    block = document.blocks[b]
    line = document.text[block.start:block.end].strip().lower()
    if not line.endswith(":"):
        return False
    if len(after) >= 2 and after[0] in _LIST_VERBS and after[1] == ":":
        return True
    return line.startswith(("the following", "following"))


def _question_heading(analysed: Analysed, i: int, j: int, sentence_starts: list[int] | None = None) -> bool:
    """Whether the term stands in a heading, or a sentence, that asks what it means ("What is
    a mental disorder?"), which starts the explanation."""
    document = analysed.document
    b = analysed.token_block[i]
    block = document.blocks[b]
    start = block.start
    if block.kind != "heading":
        sentences = analysed.sentences
        starts = sentence_starts if sentence_starts is not None else [s.token_start for s in sentences]
        k = bisect.bisect_right(starts, i) - 1
        if k < 0 or not sentences[k].token_start <= i < sentences[k].token_end:
            return False
        sentence = sentences[k]
        if not document.text[sentence.start:sentence.end].rstrip().endswith("?"):
            return False
        start = sentence.start
    words = document.text[start:analysed.token_idx[i]].lower().replace("\u2019", "'").split()
    while words and (words[0].rstrip(".):").isdigit() or words[0] in ("#", "-", "\u2022")):
        words = words[1:]  # "2. What is ...", "Q3) What is ..."
    text = " ".join(words)
    return any(text == cue or text.startswith(cue + " ") for cue in _question_cues())


@lru_cache(maxsize=1)
def _question_cues() -> tuple[str, ...]:
    return tuple(" ".join(c) for c in _cues().get("question_headings", ()))


def _is_acronym_word(analysed: Analysed, j: int) -> bool:
    """Whether "(ACRONYM)" follows token ``j - 1``: the acronym of the term, not an explanation."""
    texts = analysed.token_text
    k = j
    while k < len(texts) and texts[k].isspace():
        k += 1
    return k + 2 < len(texts) and texts[k] == "(" and texts[k + 1].isupper() and texts[k + 1].isalpha() and (
        texts[k + 2] == ")")


#: After "the definition of X", words that say the definition is somewhere else, or was
#: changed, rather than give it.
_ELSEWHERE_VERBS = frozenset({"outlined", "set", "given", "found", "contained", "explained", "changed", "amended",
                              "included", "provided", "in", "at", "under", "within", "described"})


def _points_elsewhere(after: list[str]) -> bool:
    if not after:
        return False
    if after[0] in ("was", "were", "has", "had", "will", "would", "can", "may", "could", "should"):
        return True
    return after[0] in ("is", "are") and len(after) > 1 and after[1] in _ELSEWHERE_VERBS


#: "… are people who have X": the people a description before the copula names.
_DEFINED_PEOPLE = frozenset({"people", "those", "someone", "anyone", "person", "children", "adults", "families",
                             "households", "applicants"})


def _defined_before(before: list[str], after: list[str]) -> bool:
    """The sentence says what the term means before it, and ends with it: "People who have no
    legal entitlement to financial support … from the state are people who have no recourse
    to public funds (NRPF)"."""
    if after and after[0] == "(" and len(after) >= 3 and after[2] == ")":
        after = after[3:]  # "(NRPF)"
    if after and after[0] not in (".", ";", "!"):
        return False
    words = before[:]
    if words and words[-1] in ("have", "has", "are", "is", "with", "in", "owed", "owe"):
        words = words[:-1]
    if len(words) < 7 or words[-1] not in ("who", "that") or words[-2] not in _DEFINED_PEOPLE:
        return False
    if words[-3] not in ("are", "is", "means", "mean"):
        return False
    # The words before the copula describe someone ("People who have no legal entitlement …"),
    # from the start of the sentence: "Many of them are people who have …" defines nothing.
    subject = words[:-3]
    for stop in (".", "!", "?", ";", ":"):
        if stop in subject:
            subject = subject[len(subject) - subject[::-1].index(stop):]
    return len(subject) >= 4 and any(w in ("who", "that", "whose", "with", "without") for w in subject)


def explains(analysed: Analysed, i: int, j: int, definitions: frozenset[int] = frozenset(),
             sentence_starts: list[int] | None = None) -> bool:
    """Whether the use of a term at tokens ``i:j`` is where the document explains it."""
    cues = _cues()
    after = _words_after(analysed, j, 10)
    raw_after = after
    while after and after[0] in (",", "'", "\u2019", '"', "\u201d"):
        after = after[1:]  # "A 'former relevant child', is a young person who ..."
    if len(after) >= 3 and after[0] == "(" and after[2] == ")" and _is_acronym_word(analysed, j):
        after = _words_after(analysed, j, 14)[3:]  # "X (UASC) are children who ..."
    # "you have a priority need for housing if ...": what the status is for may stand between
    later = after[2:] if len(after) > 3 and after[0] == "for" and after[2] in _CONDITIONS else []
    for cue in cues["after"]:
        if tuple(after[:len(cue)]) == cue or (cue[0] == "," and tuple(raw_after[:len(cue)]) == cue):
            if cue[0] in _CONDITIONS and not _status_before(analysed, i):
                continue  # "apply for leave to remain if you have ..." sets a condition on applying
            return True
        if later and cue[0] in _CONDITIONS and tuple(later[:len(cue)]) == cue and _status_before(analysed, i):
            return True
    if analysed.keys[j - 1] in _decision_terms() and any(
            tuple(after[:len(cue)]) == cue for cue in cues["decision_after"]):
        return True  # "lack capacity to make decisions about their money"
    if _copula_definition(after):
        return True
    if _kind_appositive(after):
        return True
    if _means_later(analysed, j):
        return True
    if _what_it_means(analysed, i, after):
        return True
    if _defining_start(after) and _starts_sentence(analysed, i, sentence_starts):
        return True  # "No recourse to public funds is a condition ...", "... gives you permission to ..."
    if any(tuple(after[:len(cue)]) == cue for cue in cues.get("role_after", ())) and _starts_sentence(
            analysed, i, sentence_starts):
        return True  # "Your personal adviser (PA) will help you get ready to live independently"
    before = _words_before(analysed, i, 6)
    for cue in cues["before"]:
        if len(before) >= len(cue) and tuple(before[-len(cue):]) == cue:
            if cue[0] == "(" and after[:1] != [")"]:
                continue  # "(the prevention duty)" names what was just explained; "(see ...)" does not
            if cue[-1] == "of" and _points_elsewhere(after):
                continue  # "The definition of X was outlined in paragraph 3.5 of the report"
            if cue[-1] == "called" and any(w in ("what", "what's") for w in before[-4:]):
                continue  # "If you're what is called priority need": names the term, explains nothing
            return True
    if _question_heading(analysed, i, j, sentence_starts):
        return True
    if _defined_before(_words_before(analysed, i, 20), after):
        return True
    if _intro_sentence(analysed, i, sentence_starts) or _examples_after(analysed, j) or _bracket_gloss(analysed, j):
        return True
    if _list_after(analysed, i, j, after):
        return True
    if _defines_its_head(analysed, i, j, cues["after"]):
        return True
    if _starts_block(analysed, i) and analysed.token_block[i] in definitions:
        return True
    if (_starts_block(analysed, i, article=True) and after[:1] and after[0] in _DASHES and len(after) >= 4
            and not _about_the_term(after[1:])):
        return True
    return False


def _about_the_term(words: list[str]) -> bool:
    """Whether the words after "Term –" make a heading about the term rather than say what it
    means: "Leave to remain – what to do next", "Priority need – a guide" (the words in
    ``data/mentions.txt``, ``[not_replacements]``)."""
    from plainspeak.context.mentions import not_replacement

    return bool(words) and not_replacement(words[0])


#: How many words may stand between "duty to" and the verb that says what the duty does
#: ("a duty to try to relieve your homelessness").
PARAPHRASE_REACH = 4
#: Letters a noun and its verb share at least ("relief"/"relieve", "prevention"/"prevent").
_STEM = 5


#: How far before "to <verb>" the term's last word may stand in the same sentence ("During the
#: Prevention Duty we must take reasonable steps to prevent …").
PARAPHRASE_BACK = 30


def words_after_to(analysed: Analysed) -> dict[str, list[int]]:
    """Words that stand within ``PARAPHRASE_REACH`` words after "to", by their first five
    letters: one pass over the document, so finding paraphrases costs no more with more legal
    terms."""
    keys, texts = analysed.keys, analysed.token_text
    found: dict[str, list[int]] = {}
    n = len(keys)
    for t in range(n):
        if keys[t] != "to":
            continue
        for u in range(t + 1, min(n, t + 1 + PARAPHRASE_REACH)):
            if keys[u] is None:
                break
            word = texts[u]
            if len(word) >= _STEM:
                found.setdefault(word[:_STEM].lower(), []).append(u)
    return found


def paraphrase_at(analysed: Analysed, forms: list[str], after_to: dict[str, list[int]],
                  starts: list[int]) -> int | None:
    """Where the sentence starts in which the document first says what a two-word legal term
    does in other words: its last word, and "to" with a verb made from its first word in the
    same sentence. "The Council has a duty to try to relieve your homelessness" explains the
    relief duty; "During the Prevention Duty we must take reasonable steps to prevent …" the
    prevention duty. None when it never does. ``after_to`` is ``words_after_to``'s index and
    ``starts`` the sentences' first tokens."""
    from plainspeak.nlp import match_key

    keys = analysed.keys
    best: int | None = None
    for form in forms:
        words = form.lower().replace("-", " ").split()
        if len(words) != 2 or len(words[0]) < _STEM:
            continue
        noun, head = words[0], match_key(words[1])
        noun_key = match_key(noun)
        for u in after_to.get(noun[:_STEM], ()):
            if best is not None and u >= best:
                break
            if match_key(analysed.token_text[u]) == noun_key:
                continue  # the term's own word ("to the relief duty") says nothing new
            at = bisect.bisect_right(starts, u) - 1
            start = starts[at] if at >= 0 else 0
            if any(keys[k] == head for k in range(max(start, u - PARAPHRASE_BACK), u)):
                best = start
                break
    return best


#: Words for people that a legal term ends in after its status ("looked after child").
_STATUS_PEOPLE = frozenset({"child", "children", "young", "person", "people", "adult", "adults"})


def status_defined_at(analysed: Analysed, forms: list[str], starts: list[int]) -> int | None:
    """Where the sentence starts in which the document explains the status a legal term gives
    people, named without them: "Children taken into care ... are legally defined as being
    ‘looked after’" explains "looked after children". The status words must be at least two
    and stand without the term's word for people after them, beside a definition's own words
    ("defined as", "called", "means"; see ``_status_cue``). None when no such sentence comes."""
    from plainspeak.nlp import match_key

    keys = analysed.keys
    best: int | None = None
    for form in forms:
        words = [match_key(w) for w in form.lower().replace("-", " ").split()]
        people = False
        while words and words[-1] in _STATUS_PEOPLE:
            words.pop()
            people = True
        if not people or len(words) < 2:
            continue
        n = len(words)
        first = words[0]
        for t in (k for k, key in enumerate(keys) if key == first):
            if best is not None and t >= best:
                break
            if tuple(keys[t:t + n]) != tuple(words):
                continue
            nxt = next((k for k in range(t + n, min(len(keys), t + n + 3)) if keys[k] is not None), None)
            if nxt is not None and keys[nxt] in _STATUS_PEOPLE:
                continue  # the whole term: its own uses are judged as uses
            if _status_cue(analysed, t, t + n):
                at = bisect.bisect_right(starts, t) - 1
                best = starts[at] if at >= 0 else 0
                break
    return best


#: After status words, only the words of a definition explain them: not ", i.e." ("ceases to be
#: looked after, i.e. no longer an eligible child" says what follows from the status).
_STATUS_AFTER = (("means",), ("mean",), ("is", "defined", "as"), ("are", "defined", "as"), ("refers", "to"))


def _status_cue(analysed: Analysed, i: int, j: int) -> bool:
    after = [w for w in _words_after(analysed, j, 4) if w not in ("'", "\u2019", '"', "\u201d")]
    if any(tuple(after[:len(cue)]) == cue for cue in _STATUS_AFTER):
        return True
    before = _words_before(analysed, i, 6)
    return any(cue[0] != "(" and len(before) >= len(cue) and tuple(before[-len(cue):]) == cue
               for cue in _cues()["before"])
