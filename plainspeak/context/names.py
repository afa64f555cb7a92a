"""Names and titles: spans of a document that name something rather than describe someone.

"Safeguarding Vulnerable Groups Act 2006", "Rethink Mental Illness", "Dual Diagnosis
Practitioner" and "section 20" are names: a writer cannot change them, so a glossary
term inside one is not the writer's choice of words. They are found by rules that
generalise, not by a list of examples:

- **Title Case runs that end in a head word** ("... Act 2000", "... Regulations",
  "... Team", "... Practitioner") or **start with one** ("Convention on the Rights of
  ...", "Royal College of ..."). The head words are data (``data/names.txt``).
- **Listed names** that no rule finds ("Alcoholics Anonymous" is caught by its head word,
  "Rethink Mental Illness" is not): ``data/names.txt`` and every glossary's ``names:``.
- **Citations**: "section 20", "s.17", "regulation 5", "Schedule 2".
- **Entities** (ORG, LAW, WORK_OF_ART, FAC) from a trained spaCy pipeline, when one ran.

Headings and Title Case lines need care: there every word is capitalised, so capitals
are no evidence of a name. "Looked After Children" as a heading is a use of the words.
In such blocks only organisation, job and law heads make a name (not plural heads such
as "Services", nor document titles such as "Strategy"), and fewer connecting words may
stand inside one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plainspeak.analyse import Analysed


@dataclass(frozen=True)
class NameSpan:
    """Tokens ``start`` to ``end`` (exclusive) name something."""

    start: int
    end: int
    #: "law" (Acts, regulations, conventions), "citation" ("section 20"), "organisation"
    #: (organisations, services, teams, programmes), "job title", "document" (a title
    #: ending in a head word such as "Strategy"), "title" (a title after "chapter" or
    #: "section 5,"), "long title" (a long Title Case title known by its shape), "listed"
    #: (from the names lists), "entity" (a
    #: trained pipeline's named entity), "name" (a glossary term written as part of a
    #: longer name: "Special Needs Jungle", "dual diagnosis practitioners"), "job title" ("lead
    #: for dual diagnosis"), "expansion" (what an acronym in brackets stands for) or "proper
    #: name" (one capitalised word inside a sentence: "the Vagrant tool").
    kind: str


@dataclass(frozen=True)
class NameData:
    law_heads: frozenset[str]
    head_first: frozenset[str]
    title_cues: frozenset[str]
    document_heads: frozenset[str]
    organisation_heads: frozenset[str]
    job_heads: frozenset[str]
    weak_heads: frozenset[str]
    connectors: frozenset[str]
    heading_connectors: frozenset[str]
    not_in_names: frozenset[str]
    names: tuple[str, ...]
    #: Lower case: words after a colon that make a line a document's title; file tags.
    title_line_words: tuple[tuple[str, ...], ...] = ()
    subtitle_words: tuple[tuple[str, ...], ...] = ()
    document_kinds: frozenset[tuple[str, ...]] = frozenset()
    file_tags: frozenset[str] = frozenset()
    #: Lower case: a line's last word that makes the whole line a document's title.
    title_end_words: frozenset[str] = frozenset()
    #: Lower case: the grades an inspection gives an area, longest first.
    grades: tuple[tuple[str, ...], ...] = ()
    #: Lower case job heads taking "for"/"of" -> whether they need a modifier or a capital.
    job_for_heads: dict[str, bool] | None = None
    job_for_modifiers: frozenset[str] = frozenset()
    #: Lower case heads of a compound name after a term -> "" or "*" (may be a verb) or "+" (a
    #: unit or document: only singular, after "the", "our" ...).
    compound_heads: dict[str, str] | None = None
    #: Lower case: places in brackets that end a briefing's title ("...: support (England)").
    jurisdiction_tags: frozenset[str] = frozenset()
    lower_heads: frozenset[str] = frozenset()
    #: Lower case: words that say who people are ("BME officers"), not what a post is for.
    who_they_are: frozenset[str] = frozenset()
    #: Lower case: kinds of work whose title may follow in quotation marks ("the module 'X'").
    quoted_title_kinds: frozenset[str] = frozenset()
    #: Lower case: verbs that make a Title Case line a headline; participles titles use as describing words.
    headline_verbs: frozenset[str] = frozenset()
    title_participles: frozenset[str] = frozenset()
    #: Lower case: words that open the name of a clinical specialty ("care of the").
    specialty_openers: tuple[tuple[str, ...], ...] = ()
    #: Lower case: words for people after which those words name no specialty ("people").
    specialty_not_before: frozenset[str] = frozenset()
    #: Head words that make a name only as its last capitalised word ("Hanwell Asylum", not
    #: "Asylum Seekers").
    end_heads: frozenset[str] = frozenset()
    #: Capitalised words that end the name of a condition, not of an organisation ("High
    #: Functioning Autism", "Attention Deficit Hyperactivity Disorder").
    condition_words: frozenset[str] = frozenset()
    #: Lower case: the words before a series' title written in sentence case ("NICE guideline on").
    series_title_cues: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=1)
def name_data() -> NameData:
    """The built-in head words and names, from ``data/names.txt``."""
    from plainspeak.fastload import read_sections

    groups = read_sections("names.txt")
    f = frozenset
    return NameData(
        law_heads=f(groups["law_heads"]), head_first=f(groups["head_first"]), title_cues=f(groups["title_cues"]),
        document_heads=f(groups["document_heads"]), organisation_heads=f(groups["organisation_heads"]),
        job_heads=f(groups["job_heads"]), weak_heads=f(groups["weak_heads"]),
        connectors=f(groups["connectors"]), heading_connectors=f(groups["heading_connectors"]),
        not_in_names=f(groups["not_in_names"]), names=tuple(groups["names"]),
        title_line_words=tuple(tuple(w.split()) for w in groups.get("title_line_words", [])),
        subtitle_words=tuple(tuple(w.split()) for w in groups.get("subtitle_words", [])),
        document_kinds=frozenset(tuple(w.split()) for w in groups.get("document_kinds", [])),
        file_tags=f(groups.get("file_tags", [])),
        title_end_words=f(groups.get("title_end_words", [])),
        grades=tuple(sorted((tuple(w.lower().split()) for w in groups.get("grades", [])), key=len, reverse=True)),
        job_for_heads=_starred(groups.get("job_for_heads", [])),
        end_heads=f(groups.get("end_heads", [])),
        job_for_modifiers=f(groups.get("job_for_modifiers", [])),
        compound_heads=_marked(groups.get("compound_heads", [])),
        specialty_openers=tuple(tuple(w.split()) for w in groups.get("specialty_openers", [])),
        specialty_not_before=f(groups.get("specialty_not_before", [])),
        jurisdiction_tags=f(groups.get("jurisdiction_tags", [])),
        lower_heads=f(groups.get("lower_heads", [])),
        who_they_are=f(groups.get("who_they_are", [])),
        quoted_title_kinds=f(groups.get("quoted_title_kinds", [])),
        headline_verbs=f(groups.get("headline_verbs", [])),
        title_participles=f(groups.get("title_participles", [])),
        condition_words=f(groups.get("condition_words", [])),
        series_title_cues=tuple(tuple(w.split()) for w in groups.get("series_title_cues", [])),
    )


def _starred(lines: list[str]) -> dict[str, bool]:
    """``word`` or ``word *`` lines as {word: starred}."""
    return {word: mark == "*" for word, mark in _marked(lines).items()}


def _marked(lines: list[str]) -> dict[str, str]:
    """``word``, ``word *``, ``word +`` or ``word =`` lines as {word: mark}."""
    out: dict[str, str] = {}
    for line in lines:
        word, _, mark = line.partition(" ")
        out[word] = mark.strip()
    return out


# -- words: tokens joined by hyphens and apostrophes ------------------------------------------

#: Tokens joined to the word they touch: hyphens, "'s", and "+" ("16+", "LAC16+").
_JOINERS = frozenset({"-", "\u2010", "\u2011", "'s", "\u2019s", "'", "\u2019", "s'", "s\u2019", "+"})
_YEAR_RE = re.compile(r"^(1[2-9]|20)\d\d(/\d\d)?$")
_CITATION_WORDS = frozenset({"section", "sections", "s", "ss", "regulation", "regulations", "reg", "schedule",
                             "paragraph", "para", "article", "articles", "part", "chapter", "rule", "clause"})
_CITATION_RE = re.compile(r"^(s|ss|reg|para|art|sch)\.?\d+[A-Za-z]*(\(\d+[a-z]?\))*$", re.IGNORECASE)
_CITATION_INITIALS = frozenset("sSrRpPaAcC")
_NUMBER_RE = re.compile(r"^\d+(\.\d+)*[A-Za-z]{0,2}(\(\d+[a-z]?\))*$")  # "20", "17A", "2.9", "47(1)"
_ENTITY_LABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "FAC", "EVENT", "PRODUCT"})


@dataclass
class _Word:
    first: int  # token index of its first token
    last: int  # token index of its last token
    text: str


def _words(texts: Sequence[str], idx: Sequence[int], lo: int, hi: int) -> list[_Word]:
    """The block's words: tokens joined where a hyphen or "'s" touches them ("Co-ordinator")."""
    out: list[_Word] = []
    prev_end = -1
    for t in range(lo, hi):
        text = texts[t]
        if text.isspace():
            prev_end = -1
            continue
        touching = idx[t] == prev_end
        prev_end = idx[t] + len(text)
        if out and touching and (text in _JOINERS or out[-1].text[-1:] in "-\u2010\u2011" and
                                 out[-1].text not in _JOINERS):
            w = out[-1]
            w.last = t
            w.text += text
            continue
        out.append(_Word(t, t, text))
    return out


def _capitalised(word: str, not_in_names: frozenset[str]) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word) and word not in not_in_names


def _title_cased(words: list[_Word]) -> bool:
    """Most longer words capitalised in a short line that is not a sentence: a heading
    written as a paragraph, a table header, a Title Case list item."""
    if len(words) > 15 or (words and words[-1].text in (".", "!")):
        return False
    opener = words[0].text.lower() if words else ""
    if words and words[-1].text == "?" and opener not in _QUESTION_OPENERS and opener != "how":
        return False  # a question in Title Case ("What Is a Care Home for Older People?", "How To …?") is a heading
    long_words = [w.text for w in words if len(w.text) >= 4 and w.text.replace("-", "").isalpha()]
    if len(long_words) < 2 or long_words[0][:1].islower():
        return False  # "Be in receipt of a War Pensioners Mobility Supplement": a name ends a sentence
    caps = sum(1 for w in long_words if w[:1].isupper())
    return caps >= 0.75 * len(long_words)


#: Blocks where a Title Case line is a link or a contents entry, not the writer's own heading.
_LINK_KINDS = frozenset({"paragraph", "list_item"})
#: Words a Title Case line may leave in lower case.
_TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "by", "at", "from",
                          "into", "as", "vs", "via", "after", "under", "over", "than", "who", "are", "is", "be",
                          "not", "but", "nor", "per", "up", "out", "off"})


#: Words that open a question heading ("What is EMI Care", "Are You a Care Leaver"). Not "how",
#: which opens the titles of guides ("How Contractors Obtain a GSA Access Card").
_QUESTION_OPENERS = frozenset({"what", "why", "who", "is", "are", "am", "can", "do", "does", "should"})


def _every_word_capitalised(words: list[_Word], data: NameData) -> bool:
    """A line that is not a sentence and capitalises every word but the small ones ("Contact
    with Parents and Siblings", "5.1.2 Decision to Look After and Post Placement
    Arrangements"): the title of a chapter, a procedure or a page in a list of them. Three
    capitalised words at least; a line that is only the term ("Vulnerable Adults") is left to
    the term check, which knows where the term ends."""
    if len(words) > 20:
        return False
    lettered = [w.text for w in words if any(c.isalpha() for c in w.text)]
    if lettered and all(t.isupper() for t in lettered):
        return False  # a shouted headline ("HEROIN ADDICT MOTHER ESCAPES PRISON TERM") is the writer's own
    if lettered and lettered[0].lower() in _QUESTION_OPENERS:
        return False  # "What is EMI Care": a question is the writer's own heading, not a chapter's title
    if words and words[-1].text == "?":
        return False  # "How To Get A Disabled Toilet Key?": a question asked of the reader
    caps = 0
    small_capitalised = small_lower = 0
    for w in words:
        text = w.text
        if not any(c.isalpha() for c in text):
            continue
        if text.lower() in _TITLE_SMALL:
            small_capitalised += text[:1].isupper() and w is not words[0]
            small_lower += text[:1].islower()
        if text[:1].isupper():
            caps += 1
        elif text.lower() not in _TITLE_SMALL and not text[:1].isdigit():
            return False
    # A news headline capitalises its small words too ("New Crackdown On Illegal Immigrants"):
    # the writer's own words, not the title of a chapter in a list.
    return caps >= 3 and not (small_capitalised and not small_lower)


# -- finding names ----------------------------------------------------------------------------


def find_names(analysed: Analysed, extra_names: Iterable[str] = ()) -> list[NameSpan]:
    """Every name and title in the document, as token spans, in document order."""
    return find_names_and_headings(analysed, extra_names)[0]


def find_names_and_headings(analysed: Analysed, extra_names: Iterable[str] = ()
                            ) -> tuple[list[NameSpan], frozenset[int]]:
    """The names, and the blocks that are headings or Title Case lines (where capitals say
    nothing), worked out in one pass."""
    document = analysed.document
    spans: list[NameSpan] = []
    block_ranges = _block_token_ranges(analysed.token_block, len(document.blocks))
    extra = tuple(extra_names)
    heading_blocks: set[int] = set()
    for b, (lo, hi) in enumerate(block_ranges):
        if lo >= hi:
            continue
        found, heading = block_names(analysed, b, lo, hi, extra)
        if heading:
            heading_blocks.add(b)
        spans.extend(found)
    if analysed.doc is not None:
        spans.extend(_entity_names(analysed, name_data(), frozenset(heading_blocks)))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans, frozenset(heading_blocks)


def block_names(analysed: Analysed, b: int, lo: int, hi: int, extra_names: tuple[str, ...] = ()
                ) -> tuple[list[NameSpan], bool]:
    """The names in block ``b`` (tokens ``lo:hi``), and whether the block is a heading or a
    Title Case line. Every rule here looks only inside its block, so a check can ask for the
    blocks that hold a match and leave the rest of a long document alone."""
    data = name_data()
    texts, idx = analysed.token_text, analysed.token_idx
    words = _words(texts, idx, lo, hi)
    heading = analysed.document.blocks[b].kind == "heading" or _title_cased(words)
    # "… for his disabled son Y.": an initial keeps its full stop, and the line is still a sentence
    prose = bool(words) and (words[-1].text in _ENDS or (len(words[-1].text) > 1 and words[-1].text.endswith(".")))
    spans = _rule_names(words, data, heading, prose=prose)
    if heading and not prose and spans:
        # "Firefighters Praise Elderly Man Following House Fire": a headline's verb is in no name
        verbs = [w.first for w in words[1:] if w.text.lower() in data.headline_verbs]
        spans = [sp for sp in spans if not any(sp.start <= v < sp.end for v in verbs)]
    spans.extend(_listed_names(words, _listed_trie(tuple(data.names) + extra_names)))
    spans.extend(_citations(words))
    spans.extend(_cited_works(words))
    spans.extend(_titled_works(words))
    spans.extend(_see_titles(words))
    spans.extend(_series_titles(words, data))
    spans.extend(_quoted_works(words, data))
    spans.extend(_tagged_documents(words, data))
    spans.extend(_owned_documents(words, data))
    reference = _reference_line(words)
    if reference is not None:
        spans.append(reference)
    if not prose:
        line = _title_line(words, data)
        if line is not None and line.kind == "document" and any(
                w.text.lower() in data.headline_verbs for w in words[1:]):
            line = None  # "…: new survey highlights recovering addicts' greatest fears": a headline
        if line is not None:
            spans.append(line)
        elif (analysed.document.blocks[b].kind in _LINK_KINDS and _every_word_capitalised(words, data)
              and not _headline(words, data)):
            spans.append(NameSpan(words[0].first, words[-1].last + 1, "title line"))
        elif words and analysed.document.links and analysed.document.blocks[b].kind in _LINK_KINDS:
            link = _whole_line_link(analysed, words)
            if link is not None:
                spans.append(link)
    spans.extend(_job_titles(words, data))
    spans.extend(_expansions(words, data))
    return spans, heading




def _opens_title(word: str) -> bool:
    """A determiner that opens the words naming a document ("the ... strategy 2022-25 [PDF]")."""
    low = word.lower()
    return low in _NAMING_DETERMINERS or low in ("a", "an")


def _tagged_documents(words: list[_Word], data: NameData) -> list[NameSpan]:
    """A document named in a sentence and linked with a file tag: "links to the looked after
    children and care leavers strategy 2022-25 [PDF]". The words from the determiner to the
    kind of document (and its years) are the document's title."""
    out: list[NameSpan] = []
    n = len(words)
    for k in range(1, n - 2):
        if words[k].text not in ("[", "(") or words[k + 1].text.lower() not in data.file_tags:
            continue
        end = k
        while end > 0 and _years(words[end - 1].text):
            end -= 1
        if end == 0:
            continue
        kind = words[end - 1].text
        if kind.lower() not in data.title_end_words and kind[:1].upper() + kind[1:] not in data.document_heads:
            continue
        start = end - 1
        while start > 0 and end - start < 12 and not _opens_title(words[start - 1].text) \
                and words[start - 1].text[:1].isalnum():
            start -= 1
        if start > 0 and _opens_title(words[start - 1].text):
            out.append(NameSpan(words[start].first, words[k - 1].last + 1, "document"))
    return out


#: Most words between an owner and the kind of document that ends its title.
_OWNED_REACH = 8


def _owned_documents(words: list[_Word], data: NameData) -> list[NameSpan]:
    """A document named after its owner: "The University's Alcohol and substance misuse
    policy", "the … NHS Foundation Trust (RDASH) deprivation of liberty policy". After a
    possessive the title starts with a capital (a name, not "the council's placement policy");
    after an acronym in brackets it is the owner's document whatever its case. The title runs
    to the kind of document (``[title_end_words]``) within a few words, with no punctuation."""
    out: list[NameSpan] = []
    n = len(words)
    for k in range(n - 2):
        text = words[k].text
        if text.endswith(("'s", "\u2019s")) and text[:1].isupper():
            start = k + 1  # "The University's Alcohol and substance misuse policy"
            if not words[start].text[:1].isupper() or words[start].text.isupper():
                continue
        elif text == ")" and k >= 2 and words[k - 1].text.isupper() and len(words[k - 1].text) >= 2 \
                and words[k - 2].text == "(":
            start = k + 1
        else:
            continue
        for end in range(start + 1, min(n, start + _OWNED_REACH)):
            low = words[end].text.lower()
            if not words[end].text[:1].isalpha():
                break
            if low in data.title_end_words:
                out.append(NameSpan(words[start].first, words[end].last + 1, "document"))
                break
    return out


def _cited_works(words: list[_Word]) -> list[NameSpan]:
    """The title in an author-year reference in brackets: "(see Predictors, costs and
    characteristics of out of area placement for people with ... behaviour. Allen et al.
    2007)". A reference gives the title, a full stop, then the authors with "et al." or a
    year; the words from the opening bracket (or "see") to that full stop are the title."""
    out: list[NameSpan] = []
    n = len(words)
    for k in range(n):
        if words[k].text != "(":
            continue
        close = next((c for c in range(k + 1, min(n, k + 80)) if words[c].text in (")", "(")), None)
        if close is None or words[close].text != ")":
            continue
        inside = [w.text for w in words[k + 1:close]]
        if not any(t.lower() == "al" for t in inside) and not any(_YEAR_RE.match(t) for t in inside[-2:]):
            continue
        start = k + 1 + (1 if inside and inside[0].lower() == "see" else 0)
        stop = next((c for c in range(start + 3, close) if words[c].text == "."), None)
        if stop is None or not any(t.lower() == "al" or _YEAR_RE.match(t) for t in inside[stop - k:]):
            continue
        out.append(NameSpan(words[start].first, words[stop - 1].last + 1, "document"))
    return out


#: Most words of a title written in sentence case after "titled".
_TITLED_REACH = 25
_TITLE_STOPS = frozenset({",", ";", ".", "(", ")", "[", "!", "?"})


def _titled_works(words: list[_Word]) -> list[NameSpan]:
    """A title written in sentence case after "titled" or "entitled": "its report – titled
    Substance misuse services: the quality and safety of residential detoxification". Its
    words are someone else's, capitals or not; the title runs to the next comma or full stop
    (a colon starts its subtitle)."""
    out: list[NameSpan] = []
    n = len(words)
    for k in range(n - 1):
        if words[k].text.lower() not in ("titled", "entitled") or not words[k + 1].text[:1].isupper():
            continue
        end = k + 1
        while end < n and end - k <= _TITLED_REACH and words[end].text not in _TITLE_STOPS:
            end += 1
        if end - k > _TITLED_REACH:
            continue  # no end in sight: a sentence goes on, not a title
        out.append(NameSpan(words[k + 1].first, words[end - 1].last + 1, "document"))
    return out


#: Words before "see" that make it a cross-reference ("Please see …", "(see …", "See also …"),
#: not a verb of sight ("a determination to see Lily celebrate").
_SEE_OPENERS = frozenset({"please", "(", ",", ";", ":", "-", "\u2013", "\u2014", "[", "also", "."})


def _see_titles(words: list[_Word]) -> list[NameSpan]:
    """A title written in sentence case after a cross-reference's "see": "See Promoting the
    education of looked-after children and previously looked-after children", "(see Keeping
    children safe in education)". The first word is capitalised and the next is not, so a
    Title Case name is left to the other rules; the title runs to the next comma, full stop
    or bracket, three words at least and at most 25."""
    out: list[NameSpan] = []
    n = len(words)
    for k in range(n - 3):
        if words[k].text.lower() != "see" or (k and words[k - 1].text.lower() not in _SEE_OPENERS):
            continue
        first = k + 2 if words[k + 1].text.lower() == "also" else k + 1
        if first + 1 >= n:
            continue
        head, nxt = words[first].text, words[first + 1].text
        if not (head[:1].isupper() and head[1:].islower() and head.isalpha() and nxt.isalpha() and nxt.islower()):
            continue
        end = first
        while end < n and end - first <= _TITLED_REACH and words[end].text not in _TITLE_STOPS:
            end += 1
        if end - first > _TITLED_REACH or end - first < 3:
            continue
        out.append(NameSpan(words[first].first, words[end - 1].last + 1, "document"))
    return out


def _series_titles(words: list[_Word], data: NameData) -> list[NameSpan]:
    """The title of a work in a publisher's series, written in sentence case after the series
    ("the NICE guideline on challenging behaviour and learning disabilities", "our quality
    standard on looked after children and young people"): the words are the title the series
    gave it. The title runs to the next comma, full stop or bracket, at most 25 words."""
    out: list[NameSpan] = []
    n = len(words)
    low = [w.text.lower() for w in words]
    firsts = {cue[0] for cue in data.series_title_cues}
    for k in range(n):
        if low[k] not in firsts:
            continue
        for cue in data.series_title_cues:
            end_cue = k + len(cue)
            if end_cue >= n or tuple(low[k:end_cue]) != cue:
                continue
            end = end_cue
            while end < n and end - end_cue < _TITLED_REACH and words[end].text not in _TITLE_STOPS:
                end += 1
            if end > end_cue:
                out.append(NameSpan(words[end_cue].first, words[end - 1].last + 1, "document"))
            break
    return out


_OPEN_QUOTES = frozenset({"'", "\u2018", '"', "\u201c"})
_CLOSE_QUOTES = ("'", "\u2019", '"', "\u201d")


def _quoted_works(words: list[_Word], data: NameData) -> list[NameSpan]:
    """A title in quotation marks right after the kind of work it names: "the Counter
    Excellence module 'Safeguarding children and vulnerable adults'", "the leaflet "Help for
    carers"". The words are the work's title, someone else's, whatever their case; scare
    quotes after an ordinary noun ("a 'vulnerable' adult") are not, because the word before
    them is no kind of work."""
    out: list[NameSpan] = []
    n = len(words)
    for k in range(n - 2):
        if words[k].text.lower() not in data.quoted_title_kinds or words[k + 1].text not in _OPEN_QUOTES:
            continue
        if not words[k + 2].text[:1].isupper():
            continue
        for end in range(k + 2, min(n, k + 2 + _TITLED_REACH)):
            text = words[end].text
            if text in _CLOSE_QUOTES:
                if end > k + 2:
                    out.append(NameSpan(words[k + 2].first, words[end - 1].last + 1, "document"))
                break
            if len(text) > 1 and text.endswith(_CLOSE_QUOTES):
                out.append(NameSpan(words[k + 2].first, words[end].last + 1, "document"))
                break
    return out


def _whole_line_link(analysed: Analysed, words: list[_Word]) -> NameSpan | None:
    """A line that is not a sentence and is all one link ("How to help your foster child with
    school" in a list of articles): the title of the page it links to, not the writer's words."""
    idx, texts = analysed.token_idx, analysed.token_text
    start = idx[words[0].first]
    end = idx[words[-1].last] + len(texts[words[-1].last])
    links = analysed.document.links
    k = bisect_right(links, (start, len(analysed.document.text) + 1)) - 1
    if k >= 0 and links[k][0] <= start and links[k][1] >= end:
        return NameSpan(words[0].first, words[-1].last + 1, "link")
    return None


def _block_token_ranges(token_block: Sequence[int], nblocks: int) -> list[tuple[int, int]]:
    ranges = [(0, 0)] * nblocks
    n = len(token_block)
    t = 0
    while t < n:
        b = token_block[t]
        s = t
        while t < n and token_block[t] == b:
            t += 1
        if 0 <= b < nblocks:
            ranges[b] = (s, t)
    return ranges


_ENDS = frozenset({".", "!", "?", ".)", "\u2026"})


def _rule_names(words: list[_Word], data: NameData, heading: bool, prose: bool = True) -> list[NameSpan]:
    """Title Case runs with a head word at the end (or a head-first word at the start)."""
    out: list[NameSpan] = []
    connectors = data.heading_connectors if heading else data.connectors
    nin = data.not_in_names
    n = len(words)
    i = 0
    while i < n:
        if not _capitalised(words[i].text, nin):
            i += 1
            continue
        cued = _cued(words, i, data)
        run = _run(words, i, data.connectors if cued else connectors, nin, heading and not cued)
        span = _name_in_run(words, run, data, heading)
        title = _title(words, run, data, prose, heading)
        if title is not None:
            if span is None or title.end - title.start > span.end - span.start:
                span = title
        if span is not None:
            out.append(span)
        i = run[-1] + 1
    return out


#: An age band written as a word: "50s", "18s", "65+".
_AGE_RE = re.compile(r"\d{1,3}(s|\+)\Z")


def _run(words: list[_Word], i: int, connectors: frozenset[str], nin: frozenset[str], heading: bool) -> list[int]:
    """Word indices of a Title Case run starting at ``i`` (connectors only between capitals)."""
    run = [i]
    n = len(words)
    j = i + 1
    while j < n:
        text = words[j].text
        if _capitalised(text, nin) or (_YEAR_RE.match(text) and run):
            run.append(j)
            j += 1
            continue
        if _AGE_RE.match(text) and j + 1 < n and (_capitalised(words[j + 1].text, nin) or words[j + 1].text == "("):
            run.append(j)  # "Age Friendly Over 50s Forum", "Under 18s Team": an age inside a name
            j += 1
            continue
        if text == "/" and run and j + 1 < n and _capitalised(words[j + 1].text, nin):
            run.append(j)  # "the Looked After Children/Youth Homelessness Sub-Group": two subjects, one name
            j += 1
            continue
        if text == "(":
            close = _paren_group(words, j, nin)
            if close is not None:
                run.extend(range(j, close + 1))
                j = close + 1
                continue
            break
        if text in connectors or (text == "," and not heading):
            # Connectors stay only when a capital follows them ("Convention on the Rights").
            k = j
            while k < n and (words[k].text in connectors or words[k].text == ","):
                if words[k].text == "and" and k + 1 < n and words[k + 1].text == "the":
                    break  # "Looked After Children and the Leaving Care Team": two things
                k += 1
            if (k + 1 < n and k > j and len(words[k].text) > 1 and words[k].text.isupper()
                    and words[k + 1].text.isalpha() and words[k + 1].text.islower()):
                break  # "the Engagement Fund for BME communities": the acronym describes the noun after it
            if k < n and k > j and _capitalised(words[k].text, nin) and words[k - 1].text != ",":
                run.extend(range(j, k))
                j = k
                continue
            if k < n and k > j and _capitalised(words[k].text, nin) and words[k - 1].text == "," and k - j == 1:
                run.extend(range(j, k))
                j = k
                continue
        break
    return run


#: Small words a bracketed part of a title may hold: "(Leave to Enter and Remain)", "(Wales)".
_PAREN_SMALL_WORDS = frozenset({",", "and", "of", "the", "for", "No", ".", "to", "in", "on", "with", "from", "by"})


def _paren_group(words: list[_Word], j: int, nin: frozenset[str]) -> int | None:
    """Index of the ")" closing a short capitalised group such as "(Leaving Care)" or "(England)"."""
    n = len(words)
    k = j + 1
    caps = 0
    while k < n and k <= j + 8:
        text = words[k].text
        if text == ")":
            return k if caps else None
        if _capitalised(text, nin):
            caps += 1
        elif text not in _PAREN_SMALL_WORDS and not text.isdigit():
            return None
        k += 1
    return None


def _name_in_run(words: list[_Word], run: list[int], data: NameData, heading: bool) -> NameSpan | None:
    texts = [words[k].text for k in run]
    caps = [k for k in range(len(run)) if texts[k][:1].isupper()]
    if len(caps) < 2:
        return None
    # A run in capitals ("LOOKED AFTER CHILDREN POLICY") is read as the same run in Title Case.
    large = all(t.isupper() for t in texts if t[:1].isalpha())
    # The last head word makes the name, with a year or "(England)" after a law's title.
    for pos in range(len(run) - 1, -1, -1):
        text = texts[pos]
        if large and len(text) > 3:
            text = text.capitalize()  # not "NHS" or "UK": short words in capitals are letters
        nxt = run[pos] + 1
        after = words[nxt].text if nxt < len(words) else ""
        kind = _head_kind(text, data, heading, after[:4].isdigit() and bool(_YEAR_RE.match(after[:4])))
        if kind is None:
            continue
        if text in _PLACES and pos and texts[pos - 1].lower() in _PLACE_PREPOSITIONS:
            continue  # "Kicked Out Of UK" ends in a place, not in an organisation's name ("Mind UK")
        if text in data.end_heads and pos + 1 < len(run) and texts[pos + 1][:1].isupper():
            continue  # "Asylum Seeking Children": the word describes what follows it
        capitals_before = sum(1 for k in caps if k < pos)
        if capitals_before < 1 or (text in data.weak_heads and capitals_before < 2):
            continue
        if kind == "heading-document" and capitals_before < 2:
            continue
        kind = "document" if kind == "heading-document" else kind
        end = pos
        if text in data.head_first and pos + 2 < len(run) and texts[pos + 1] in ("of", "for"):
            # "National Treatment Agency for Substance Misuse": the head word takes its phrase
            end = len(run) - 1
            while end > pos and not texts[end][:1].isupper():
                end -= 1
        while end + 1 < len(run) and (texts[end + 1] in ("(", ")") or _YEAR_RE.match(texts[end + 1]) or
                                      (texts[end + 1][:1].isupper() and _inside_parens(texts, end + 1))):
            end += 1
        return NameSpan(words[run[0]].first, words[run[end]].last + 1, kind)
    # "Convention on the Rights of ...", "Royal College of Psychiatrists", "Office of the ...".
    for pos in range(len(run) - 2):
        if texts[pos] in data.head_first and texts[pos + 1] in ("of", "on", "for", "in", "&") and not (
                heading and texts[pos] in data.document_heads):
            last = len(run) - 1
            return NameSpan(words[run[0]].first, words[run[last]].last + 1,
                            "law" if texts[pos] in data.law_heads else "organisation")
    # "the Little Sisters of the Poor", "Friends of the Elderly": a group written with a
    # capital after "of the"/"for the" ends a capitalised run in a sentence, where prose
    # writes "the poor" small; the words name an organisation. Not after "a": "a Hostel for
    # the Homeless" is a kind of place, in a planning use class's capitals.
    if not heading and not (run[0] > 0 and words[run[0] - 1].text.lower() in ("a", "an")):
        # also before a comma that goes on to another name: "trained by Dogs for the
        # Disabled, Support Dogs or Canine Partners"
        for end in range(3, len(texts)):
            if (texts[end - 1] == "the" and texts[end - 2] in ("of", "for")
                    and texts[end][:1].isupper() and texts[end][1:].islower()
                    and (end == len(texts) - 1 or texts[end + 1] == ",")
                    and any(t[:1].isupper() for t in texts[:end - 2])):
                return NameSpan(words[run[0]].first, words[run[end]].last + 1, "organisation")
    return None


#: Place names that end organisations' names ("Disability Rights UK"), and the words that make
#: them a place instead ("Kicked Out Of UK"; "Children in Wales" is a charity, so not "in").
_PLACES = frozenset({"UK", "England", "Wales", "Scotland", "Ireland", "Britain"})
_PLACE_PREPOSITIONS = frozenset({"of", "from", "to", "across", "out", "into", "throughout"})

_TITLE_CONNECTORS = frozenset({"to", "for", "with", "of", "on", "in", "at", "by", "from", "into", "about"})


def _title(words: list[_Word], run: list[int], data: NameData, prose: bool = True,
           heading: bool = False) -> NameSpan | None:
    """A title known by where it stands or by its length, not by a head word.

    - after a title cue: "see chapter Supervised Contact", "Section 5, Intentionally
      Homeless Families";
    - four or more capitalised words joined by a preposition: "Planning Transition to
      Adulthood for Care Leavers" (prose capitalises a group of people, "Looked After
      Children and Care Leavers", but seldom four words and a preposition).
    """
    texts = [words[k].text for k in run]
    caps = sum(1 for t in texts if t[:1].isupper())
    if caps < 2 or "/" in texts:
        return None  # a slash joins a name only before its head word: "Limited Leave to Enter/Remain" is no title
    first = run[0]
    cued = _cued(words, first, data) or (caps >= 4 and _cued_subject(words, first, data))
    if not cued and (heading or not _long_title(texts, caps, prose)):
        return None
    if not cued and words[0].text.lower() in _QUESTION_OPENERS and words[-1].text == "?":
        return None  # "What Is a Residential Care Home for Elderly People?": the writer's own question
    last = len(run) - 1
    while last > 0 and not texts[last][:1].isupper() and texts[last] != ")":
        last -= 1
    # Known by its place ("see chapter Supervised Contact") or only by its shape: a shape that
    # is exactly a term is the term in capitals ("those with No Recourse to Public Funds").
    return NameSpan(words[first].first, words[run[last]].last + 1, "title" if cued else "long title")


def _cued_subject(words: list[_Word], first: int, data: NameData) -> bool:
    """Whether a document named by its subject comes before ``first``: "a report on Support
    for Unaccompanied Asylum Seeking Children", "the consultation about ...". Only for four
    capitalised words or more, so "guidance on Looked After Children" stays the term."""
    before = [w.text.lower() for w in words[max(0, first - 2):first]]
    return len(before) == 2 and before[1] in ("on", "about", "into") and before[0] in data.title_cues \
        and before[0] not in ("see", "part", "chapter", "chapters", "volume", "vol", "appendix", "annex")


def _cued(words: list[_Word], first: int, data: NameData) -> bool:
    """Whether the words before ``first`` say a title follows: "chapter", "Volume 3",
    "Appendix:", "Section 5,", "s.17"."""
    before = [w.text.lower().rstrip(".") for w in words[max(0, first - 3):first]]
    if not before:
        return False
    if before[-1] in data.title_cues:
        return True
    if len(before) >= 2 and before[-1] in (":", ",") and before[-2] in data.title_cues:
        return True  # "Appendix: Staying Put Arrangements"
    if len(before) >= 2 and _NUMBER_RE.match(before[-1]) and before[-2] in data.title_cues:
        return True  # "Volume 3 Planning Transition to Adulthood ..."
    if before[-1] in (",", ":", "-", "\u2013") and len(before) >= 2:
        before = before[:-1]
    if len(before) >= 2 and _NUMBER_RE.match(before[-1]) and before[-2] in _CITATION_WORDS:
        return True  # "Section 5, Intentionally Homeless Families"
    return bool(_CITATION_RE.match(before[-1]))


def _long_title(texts: list[str], caps: int, prose: bool = True) -> bool:
    """Four or more capitals, a preposition, and two capitals on each side of the prepositions:
    "Planning Transition to Adulthood for Care Leavers", but not "Looked After Children in Leeds".
    In a line that is not a sentence (a list of documents, a page title) one capital before
    the preposition is enough: "Support to Families with No Recourse to Public Funds"."""
    joins = [k for k, t in enumerate(texts) if t in _TITLE_CONNECTORS]
    # Words in brackets ("(ILR)", "(England)") are not part of the title's own words.
    caps -= sum(1 for k, t in enumerate(texts) if t[:1].isupper() and _inside_parens(texts, k))
    if caps < 4 or not joins:
        return False
    before = sum(1 for t in texts[:joins[0]] if t[:1].isupper())
    after = sum(1 for t in texts[joins[-1] + 1:] if t[:1].isupper())
    return after >= 2 and (before >= 2 or (not prose and before >= 1 and caps >= 5))


def _inside_parens(texts: list[str], k: int) -> bool:
    opened = texts[:k].count("(") - texts[:k].count(")")
    return opened > 0


def _head_kind(text: str, data: NameData, heading: bool, followed_by_year: bool = False) -> str | None:
    if text in data.law_heads:
        return "law"
    if text in data.job_heads:
        return "job title"
    if text in data.organisation_heads:
        if heading and text.endswith("s") and text[:-1] in data.organisation_heads:
            return None  # "Looked After Children Services" as a heading describes, not names
        return "organisation"
    if text in data.document_heads:
        # A heading of two words is the writer's own title ("Placement Strategy"); with two or
        # more capitalised words before the head word, or a year, it names a document ("Safeguarding
        # Vulnerable Adults Policy", "... Dual Diagnosis Good Practice Guide"). The same words in
        # the text below the heading are still reported.
        return "document" if not heading or followed_by_year else "heading-document"
    return None


# -- listed names -----------------------------------------------------------------------------

_END = ""
_LOWER_START = "\0lower"  # set in a names trie when some name starts with a small letter
_NAME_WORD_RE = re.compile(r"\w+(?:[-\u2010\u2011'\u2019]\w*)*|[^\w\s]")


@lru_cache(maxsize=8)
def _listed_trie(names: tuple[str, ...]) -> dict[str, Any]:
    """Names as a trie of lower-case words; each end holds the name's words for a case check."""
    root: dict[str, Any] = {}
    for name in names:
        # Split as ``_words`` joins document tokens: words keep their hyphens and "'s",
        # punctuation stands alone. (A regular expression: the tokenizer would cost more
        # than the whole check of a page for a long names list.)
        words = _NAME_WORD_RE.findall(name)
        if not words:
            continue
        if not words[0][:1].isupper():
            root[_LOWER_START] = True
        node = root
        for w in words:
            node = node.setdefault(_name_key(w), {})
        node.setdefault(_END, []).append(tuple(words))
    return root


@lru_cache(maxsize=4096)
def _name_key(word: str) -> str:
    """A word of a listed name as it is looked up: lower case, and a plural or other form
    read as its lemma ("Deprivation of Liberty Safeguard", "Persons with Disability")."""
    low = word.lower().replace("\u2019", "'")
    if not low.isalpha():
        return low
    from plainspeak.nlp import lemma

    return lemma(low)


def _listed_names(words: list[_Word], trie: dict[str, Any]) -> list[NameSpan]:
    out: list[NameSpan] = []
    n = len(words)
    any_lower = trie.get(_LOWER_START, False)
    for i in range(n):
        if not any_lower and not words[i].text[:1].isupper():
            continue  # every listed name starts with a capital
        node = trie.get(_name_key(words[i].text))
        if node is None:
            continue
        j = i + 1
        best = None
        while True:
            for form in node.get(_END, ()):
                if _same_capitals(form, words[i:j]):
                    best = j
            if j >= n:
                break
            node = node.get(_name_key(words[j].text))
            if node is None:
                break
            j += 1
        if best is not None:
            out.append(NameSpan(words[i].first, words[best - 1].last + 1, "listed"))
    return out


def _same_capitals(form: tuple[str, ...], words: list[_Word]) -> bool:
    """Every capitalised word of the listed name is capitalised in the text too; in a name of
    three words or more the last may be written small ("the Deprivation of Liberty
    safeguards"), when two capitals before it still match."""
    if len(form) == 1 and not words[0].text[:1].isupper():
        return False
    matched = [not f[:1].isupper() or w.text[:1].isupper() for f, w in zip(form, words, strict=False)]
    if all(matched):
        return True
    return (len(form) >= 3 and all(matched[:-1]) and not matched[-1]
            and sum(1 for f in form[:-1] if f[:1].isupper()) >= 2)


# -- citations --------------------------------------------------------------------------------


def _citations(words: list[_Word]) -> list[NameSpan]:
    out: list[NameSpan] = []
    n = len(words)
    for i, w in enumerate(words):
        if w.text[:1] not in _CITATION_INITIALS:
            continue  # the common case, decided without a regular expression
        low = w.text.lower().rstrip(".")
        if _CITATION_RE.match(w.text):
            out.append(NameSpan(w.first, w.last + 1, "citation"))
        elif low in _CITATION_WORDS and i + 1 < n and _NUMBER_RE.match(words[i + 1].text):
            out.append(NameSpan(w.first, words[i + 1].last + 1, "citation"))
    return out


# -- a trained pipeline's entities -----------------------------------------------------------


def _entity_names(analysed: Analysed, data: NameData, heading_blocks: frozenset[int] = frozenset()) -> list[NameSpan]:
    """ORG, LAW and similar entities, kept only when written as names (capitalised words)."""
    doc = analysed.doc
    out: list[NameSpan] = []
    if doc is None:
        return out
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS or len(ent) < 2:
            continue
        words = [t.text for t in ent if not t.is_punct and not t.is_space]
        if sum(1 for w in words if w[:1].isupper()) < 2:
            continue
        if not all(w[:1].isupper() or w in data.connectors or w.isdigit() for w in words):
            continue
        # A small model tags Title Case groups of people ("Looked After Children") as
        # organisations: an entity counts only with a head word, outside headings.
        heads = data.law_heads | data.organisation_heads | data.job_heads | data.document_heads
        if not any(w in heads for w in words) or analysed.token_block[ent.start] in heading_blocks:
            continue
        out.append(NameSpan(ent.start, ent.end, "entity"))
    return out


# -- a term written as part of a longer Title Case name ----------------------------------------


def title_case_extension(analysed: Analysed, i: int, j: int,
                         heading_blocks: frozenset[int] = frozenset()) -> NameSpan | None:
    """Tokens ``i:j``, all capitalised, with a capitalised word right after them: "Special
    Needs Jungle", "Dual Diagnosis Network". The term is then part of a name, not the
    writer's own choice of words. Not in headings and Title Case lines, where every word has
    a capital, and not for a word before the term ("Leeds OAP", "Bexley Looked After
    Children" are a place and a use).
    """
    data = name_data()
    texts = analysed.token_text
    nin = data.not_in_names
    inside = [t for t in texts[i:j] if any(c.isalpha() for c in t)]
    if not inside or not all(t[:1].isupper() for t in inside):
        return None
    if analysed.token_block[i] in heading_blocks:
        return None
    if all(t.isupper() for t in inside):
        return None  # an acronym ("Leeds OAP"): capitals say nothing
    lo, hi = i, j
    after = _next_word(texts, j, 1)
    if after is not None and texts[after] in ("'s", "\u2019s", "'", "\u2019"):
        after = _next_word(texts, after + 1, 1)  # "the Rough Sleepers' strategy"
    if (after is not None and _capitalised(texts[after], nin) and texts[after].isalpha() and len(texts[after]) > 1
            and not texts[after].isupper()):
        # (a word in capitals, "MUST", is emphasis, not more of a name; one capital letter is a
        # pseudonym, "Service User B", and the label stays a use)
        if texts[after] in data.condition_words:
            further = _next_word(texts, after + 1, 1)
            if further is None or not texts[further][:1].isupper():
                # "diagnosed with High Functioning Autism and ...": a condition written with
                # capitals, as diagnoses often are, is no name ("... Autism Support Group" is)
                return None
        hi = after + 1
    else:
        after = _past_acronym(texts, after)  # "the Safeguarding of Vulnerable Adults (SoVA) framework"
        before = _next_word(texts, i - 1, -1) if i else None
        opens = len(inside) == 1 and (before is None or texts[before] in (".", "!", "?", ":", "•", "-", "*"))
        if after is not None and not opens and texts[after].islower() and _lower_head(texts[after], data):
            # (one capitalised word that opens a sentence has its capital from the sentence:
            # "Seek funding for your service")
            hi = after + 1  # "Our Corporate Parenting service": capitals name this one service
    if (lo, hi) == (i, j):
        return None
    return NameSpan(lo, hi, "name")


def _lower_head(word: str, data: NameData) -> bool:
    if word in data.lower_heads:
        return True  # "the Protection of Vulnerable Adults list"
    head = word[:1].upper() + word[1:]
    return (head in data.organisation_heads or head in data.document_heads) and head not in data.weak_heads \
        and not head.endswith("s")


def _past_acronym(texts: Sequence[str], k: int | None) -> int | None:
    """The word after an acronym in brackets at ``k`` ("(SoVA) framework"), else ``k``."""
    if k is None or texts[k] != "(":
        return k
    inner = _next_word(texts, k + 1, 1)
    close = _next_word(texts, inner + 1, 1) if inner is not None else None
    word = texts[inner] if inner is not None else ""
    letters = word.replace("-", "")
    # mixed case too ("SoVA", "DoLS"): two capitals at least, as acronyms have
    if close is None or texts[close] != ")" or not (
            letters.isalpha() and len(letters) <= _ACRONYM_MAX and word[:1].isupper()
            and sum(c.isupper() for c in letters) >= 2):
        return k
    return _next_word(texts, close + 1, 1)


def _next_word(texts: Sequence[str], k: int, step: int) -> int | None:
    """Index of the next token from ``k`` (inclusive) that is not a single space; None at a line break."""
    while 0 <= k < len(texts):
        text = texts[k]
        if text.isspace():
            if "\n" in text:
                return None
            k += step
            continue
        return k
    return None


# -- titles of documents in lists of links -----------------------------------------------------


#: Marks that split a line that is a document's title: "…: statutory guidance", "EMI
#: consultation - The future of care …".
_TITLE_MARKS = frozenset({":", "-", "\u2013", "\u2014"})


_HEADLINE_PREPOSITIONS = frozenset({"from", "at", "for", "by", "in", "to", "out", "on", "into", "with", "over"})


def _headline(words: list[_Word], data: NameData) -> bool:
    """Whether a line in Title Case reads as a news headline, a sentence with its verb ("Elderly
    Man Rescued from Bungalow Fire", "Ofsted Urges National Audit of …"): the page's own
    words, not the title of someone else's document. A verb shows as a participle before a
    preposition ("Rescued from", "Placed in"), except the participles titles use as describing
    words ("Looked After", "Supported Living"), or as one of the verbs headlines use."""
    for k in range(1, len(words)):
        low = words[k].text.lower()
        if low in data.headline_verbs:
            return True
        if (k + 1 < len(words) and low.endswith("ed") and len(low) > 4 and low not in data.title_participles
                and words[k + 1].text.lower() in _HEADLINE_PREPOSITIONS):
            return True
        if (k + 2 < len(words) and words[k + 1].text.lower() in _HEADLINE_PARTICLES
                and words[k + 2].text.lower() == "by" and low.isalpha()):
            return True  # a passive with its particle: "Dementia Sufferer Let Down by Selfish Nephews"
    return False


_HEADLINE_PARTICLES = frozenset({"down", "up", "out", "off", "away", "back"})


def _title_line(words: list[_Word], data: NameData) -> NameSpan | None:
    """A line that is not a sentence and reads as a document's title: it ends in a file tag
    ("... (PDF, 2MB)") or has a colon before a document word ("...: statutory guidance for
    local authorities", "Working in partnership: creating an effective ... strategy").

    A writer cannot change the title of someone else's document; lists of links are full
    of them. Only lines of up to 40 words, with two or more words before the colon.
    """
    n = len(words)
    if n < 3 or n > 40:
        return None
    titled = _titled_by_last_word(words, data) or _judged_area(words, data)
    if titled is not None:
        return titled
    if (words[-1].text not in (")", "]") and not any(w.text in _TITLE_MARKS for w in words)
            and not any(w.text == "." for w in words[:4])
            and not any(w.text in ("on", "into", "about") for w in words[1:3])):
        return None  # the common case, decided before any lower-casing
    texts = [w.text.lower() for w in words]
    end = n
    if texts[-1] in (")", "]"):
        opener = "(" if texts[-1] == ")" else "["
        k = n - 2
        while k > 0 and n - k <= 8 and texts[k] != opener:
            k -= 1
        if texts[k] == opener and k > 0:
            inside = texts[k + 1:n - 1]
            if inside and (inside[0] in data.file_tags or " ".join(inside[:2]) in data.file_tags):
                return NameSpan(words[0].first, words[k - 1].last + 1, "document")
            if " ".join(inside) in data.jurisdiction_tags and any(t == ":" for t in texts[2:k]):
                # "Rough sleepers: access to services and support (England)": a briefing's title.
                return NameSpan(words[0].first, words[k - 1].last + 1, "document")
            end = k
    if (end > 4 and (texts[0] in _CITATION_WORDS or texts[0] in data.title_cues) and _NUMBER_RE.match(texts[1])
            and texts[2] in (":", ".", "-", "\u2013")):
        # "Chapter 7: Eligibility for assistance" in a contents list: the part's title
        return NameSpan(words[3].first, words[end - 1].last + 1, "title")
    dashes = [k for k in range(1, end - 1) if texts[k] in ("-", "\u2013", "\u2014")]
    if dashes:
        # "EMI consultation - The future of care for people living with dementia - Feedback
        # Letter": a page title in parts, one of them the kind of document
        parts = [texts[a + 1:b] for a, b in zip([-1, *dashes], [*dashes, end], strict=True)]
        # "Cut loose - An investigation into ...": a part that names the kind of work, after
        # an article, as a subtitle does
        firsts = [p[1] if len(p) > 1 and p[0] in ("a", "an", "the") else p[0] for p in parts if p]
        if len(parts) >= 2 and all(parts) and (any(
                (p[0],) in data.title_line_words or (p[-1],) in data.title_line_words for p in parts)
                or any((f,) in data.subtitle_words for f in firsts[1:])):
            return NameSpan(words[0].first, words[end - 1].last + 1, "document")
    for c in range(1, min(end, 3)):
        if texts[c] in ("on", "into", "about") and tuple(texts[:c]) in data.document_kinds and end - c > 4:
            # "Consultation on the future of Respite (Short Breaks) Services for Children with
            # Disabilities": the kind of document and what it is about, as a title
            return NameSpan(words[0].first, words[end - 1].last + 1, "document")
    first_colon = next((c for c in range(1, min(end, 4)) if texts[c] == ":"), None)
    if first_colon is not None and tuple(texts[:first_colon]) in data.document_kinds and end - first_colon > 3:
        # "Consultation: a new judgement within ILACS on …", "Policy paper: …": the kind of
        # document, then its title, as GOV.UK and council sites list them.
        return NameSpan(words[0].first, words[end - 1].last + 1, "document")
    colons = [c for c in range(2, end) if texts[c] == ":"]  # two words before it at least
    if not colons:
        return None
    c = colons[0]
    if (c <= 5 and texts[end - 1] != "." and end - c > 3 and words[0].text[:1].isupper()
            and texts[0] not in _NAMING_DETERMINERS and texts[0] not in ("a", "an", "my")
            and any(tuple(texts[k:c]) in data.document_kinds for k in range(max(1, c - 2), c))):
        # "Atkinson School policy: Education of children looked-after ...": whose document and
        # its kind, then its title (not "Our policy: we will ...", the writer's own words).
        return NameSpan(words[0].first, words[end - 1].last + 1, "document")
    body = [t for t in texts[:end] if any(ch.isalpha() for ch in t)]
    if body and (body[-1],) in data.title_line_words:
        return NameSpan(words[0].first, words[end - 1].last + 1, "document")
    for phrase in (*data.title_line_words, *data.subtitle_words):
        size = len(phrase)
        for c in colons:  # "At a glance 39: Challenging behaviour: a guide for family carers"
            after = texts[c + 1:end]
            if any(tuple(after[k:k + size]) == phrase for k in range(0, min(4, len(after)))):
                return NameSpan(words[0].first, words[end - 1].last + 1, "document")
    return None


def _titled_by_last_word(words: list[_Word], data: NameData) -> NameSpan | None:
    """A short line that is not a sentence and ends with the kind of document it is
    ("Alcohol, drug, and substance misuse policy", "Children looked after and placement
    sufficiency strategy 2021 to 2024") is that document's title, wherever it stands: a
    heading, a list of links, a contents line. A line with a verb that can end a clause
    ("We will review the policy") is a sentence, not a title."""
    n = len(words)
    end = n
    while end > 0 and _years(words[end - 1].text):
        end -= 1
    if end < 3 or end > 16 or words[end - 1].text.lower() not in data.title_end_words:
        return None
    texts = [w.text.lower() for w in words[:end]]
    if texts[0] in _NAMING_DETERMINERS or texts[0] in _VERB_CONTEXT or any(t in _FINITE_VERBS for t in texts):
        return None
    return NameSpan(words[0].first, words[end - 1].last + 1, "document")


def _judged_area(words: list[_Word], data: NameData) -> NameSpan | None:
    """A line of an inspection report that gives an area and its grade ("Experiences and
    progress of care leavers Requires improvement", "Is the service safe? Good"): the words
    before the grade are the inspectorate's name for the area, not the writer's."""
    n = len(words)
    for grade in data.grades:
        size = len(grade)
        if n - size < 3 or not words[n - size].text[:1].isupper():
            continue
        if tuple(w.text.lower() for w in words[n - size:]) == grade:
            return NameSpan(words[0].first, words[n - size - 1].last + 1, "title")
    return None


def _years(text: str) -> bool:
    """A year, a span of years or what joins them, after a document's kind: "2021 to 2024",
    "2022-25", "2023/24"."""
    return text.isdigit() or bool(_YEAR_SPAN_RE.match(text)) or text.lower() in _YEAR_JOINS


_YEAR_SPAN_RE = re.compile(r"^(1[2-9]|20)\d\d([-\u2013/](\d\d|\d{4}))?$")


#: Between the years of a document's span: "strategy 2021 to 2024", "plan 2022-25".
_YEAR_JOINS = frozenset({"to", "-", "\u2013", "/", "and"})


#: Words that make a line with a full stop a sentence rather than a reading-list entry.
_FINITE_VERBS = frozenset({"can", "will", "must", "should", "may", "is", "are", "was", "were", "has", "have",
                           "does", "do"})

#: A publication's reference code: "CG52", "NG58", "QS23", "PH4" (letters, then digits).
_REFERENCE_CODE = re.compile(r"[A-Z]{1,5}\d{1,4}[a-z]?\Z")


def _reference_line(words: list[_Word]) -> NameSpan | None:
    """A block that opens with a publication and its reference code in brackets ("NICE
    Guideline [CG52] Drug misuse in over 16s: opioid detoxification") is a reading-list
    entry: the words after the code are the publication's title, to the end of the block.

    The code must come within the first five words, after capitalised words only, so a
    sentence that merely cites a guideline ("We follow NICE guideline [NG58] when ...")
    keeps its own words."""
    n = len(words)
    if words and words[-1].text in _ENDS and any(w.text.lower() in _FINITE_VERBS for w in words):
        return None  # "Referrals (AS1) concerning … can be made via …": a sentence, not a title
    for k in range(1, min(n - 2, 6)):
        if words[k].text not in ("[", "(") or not _REFERENCE_CODE.match(words[k + 1].text):
            continue
        if words[k + 2].text not in ("]", ")") or k + 3 >= n:
            return None
        if not all(w.text[:1].isupper() for w in words[:k]):
            return None
        return NameSpan(words[k + 3].first, words[-1].last + 1, "document")
    return None


# -- job titles: "national lead for dual diagnosis" --------------------------------------------

_VERB_CONTEXT = frozenset({"to", "will", "would", "can", "could", "should", "must", "may", "might", "shall", "we",
                           "they", "i", "you", "who", "and", "or", "not", "also"})
_JOB_OF = frozenset({"head", "director", "directors", "chief", "secretary", "minister", "ministers",
                     "commissioner", "commissioners"})
_JOB_STOPS = frozenset({",", ".", ";", ":", "(", ")", "!", "?", "\u2013", "\u2014", "/", "and/or", "who", "which",
                        "that", "is", "are", "was", "were", "will", "has", "have", "had", "to", "in", "at", "from",
                        "by"})


def _job_titles(words: list[_Word], data: NameData) -> list[NameSpan]:
    """A job head word with "for"/"of" and what the post is for: "national lead for dual
    diagnosis", "Designated Nurse for Looked After Children", "Director of Children's
    Services". Words such as "nurse" make a title only after "designated", "named",
    "lead" ... or with a capital ("a nurse for the elderly" describes someone's work)."""
    heads = data.job_for_heads or {}
    out: list[NameSpan] = []
    n = len(words)
    for k in range(n - 2):
        text = words[k].text
        low = text.lower()
        needs_modifier = heads.get(low)
        if needs_modifier is None:
            continue
        link = words[k + 1].text
        start = k + 2
        if link.lower() == "responsible" and k + 3 < n and words[k + 2].text == "for":
            link, start = "for", k + 3  # "Designated Teacher Responsible for Looked after Children"
        elif link.lower() == "with":
            # "Governor with responsibility for Children Looked After", "Cabinet Member with
            # lead responsibility for ..."
            r = k + 2 + (k + 2 < n and words[k + 2].text.lower() in ("lead", "special", "particular", "overall"))
            if r + 1 < n and words[r].text.lower() == "responsibility" and words[r + 1].text.lower() == "for":
                link, start = "for", r + 2
        if link == "," and text[:1].isupper() and words[start].text[:1].isupper():
            # "Strategic Manager, Looked After and Permanence": a post and its portfolio in capitals
            end = _portfolio_end(words, start)
            prev = words[k - 1].text.lower() if k else ""
            if end > start and (not needs_modifier or prev in data.job_for_modifiers):
                out.append(NameSpan(words[k].first, words[end - 1].last + 1, "job title"))
            continue
        if link != "for" and not (link == "of" and low in _JOB_OF):
            continue
        prev = words[k - 1].text.lower() if k else ""
        if needs_modifier:
            # A capital makes it a post, but not a sentence's first word unless what the post
            # is for has capitals too ("Governor with responsibility for Children Looked After")
            if prev not in data.job_for_modifiers and not (text[:1].isupper() and (
                    k or (start < n and words[start].text[:1].isupper()))):
                continue
        elif prev in _VERB_CONTEXT:
            continue
        end, taken = start, 0
        while end < n and taken < 6:
            if (words[end].text == "(" and end > start and end + 2 < n and words[end + 2].text == ")"
                    and _acronym(words[end + 1].text)):
                end += 3  # "for Looked after Children (LAC) and Post Looked After Children"
                continue
            low_end = words[end].text.lower()
            if low_end in _JOB_STOPS and not (
                    low_end in _TITLE_CASE_LINKS and end > start and end + 1 < n
                    and words[end - 1].text[:1].isupper() and words[end + 1].text[:1].isupper()):
                # "in" ends "lead for dual diagnosis in the area", not "Head of Children in Care"
                break
            end += 1
            taken += 1
        while end > start and words[end - 1].text.lower() in ("and", "or"):
            end -= 1
        if (end > start and end + 1 < n and words[end].text == "," and text[:1].isupper()
                and words[end + 1].text[:1].isupper()):
            # "Head of Service, Children in Care and Care Leavers": the post, then its portfolio
            end = max(end, _portfolio_end(words, end + 1))
        if end > start:
            out.append(NameSpan(words[k].first, words[end - 1].last + 1, "job title"))
    return out


#: Small words a post's title in capitals may hold between two capitalised words.
_TITLE_CASE_LINKS = frozenset({"in", "at", "from", "to", "and", "&", "of", "for"})


def _portfolio_end(words: list[_Word], start: int) -> int:
    """Where a post's portfolio in capitals after a comma ends ("Looked After and Permanence",
    "Children in Care and Care Leavers"): capitalised words and the small words between them."""
    n, end = len(words), start
    while end < n and end - start < 8 and (words[end].text[:1].isupper() or (
            end > start and words[end].text.lower() in _TITLE_CASE_LINKS)):
        end += 1
    while end > start and not words[end - 1].text[:1].isupper():
        end -= 1
    return end


# -- expansions of acronyms: "POW (Placements on the Web)" -------------------------------------

_ACRONYM_MAX = 10


def _acronym(text: str) -> str | None:
    """The letters of an acronym written as one word ("POW", "CAMHS", "LACs", "CLDT-CB"), or None."""
    core = text[:-1] if text.endswith("s") and len(text) > 2 else text
    core = core.replace("-", "")
    if 2 <= len(core) <= _ACRONYM_MAX and core.isalpha() and core.isupper():
        return core
    return None


def _spells(letters: str, texts: list[str], connectors: frozenset[str]) -> bool:
    """Whether the capitalised words (and, optionally, the connecting words) spell ``letters``."""

    @cache
    def match(li: int, wi: int) -> bool:
        if wi == len(texts):
            return li == len(letters)
        word = texts[wi]
        fits = li < len(letters) and word[:1].upper() == letters[li]
        if word in connectors or word in ("&", "-", "\u2013"):
            return match(li, wi + 1) or (fits and match(li + 1, wi + 1))
        if not word[:1].isupper():
            return False
        return fits and match(li + 1, wi + 1)

    return match(0, 0)


def _expansions(words: list[_Word], data: NameData) -> list[NameSpan]:
    """Title Case words that spell out an acronym beside them, in brackets: "POW (Placements
    on the Web)", "Placements on the Web (POW)". The words are the name of something. (A
    term that is the whole expansion, "Looked After Children (LAC)", stays a use: the term
    check only skips names longer than the term.)"""
    out: list[NameSpan] = []
    n = len(words)
    connectors = data.connectors
    for k in range(1, n - 2):
        if words[k].text != "(":
            continue
        close = k + 1
        while close < n and close - k <= 12 and not words[close].text.startswith(")"):
            close += 1
        if close >= n or not words[close].text.startswith(")"):  # ")", or "):" as one token
            continue
        inside = [w.text for w in words[k + 1:close]]
        letters = _acronym(inside[0]) if len(inside) == 1 else None
        if letters is not None:
            # "Placements on the Web (POW)": the expansion ends right before the bracket.
            for start in range(k - 1, max(-1, k - 1 - 2 * len(letters) - 2), -1):
                run = [w.text for w in words[start:k]]
                if not run[0][:1].isupper():
                    continue
                if _spells(letters, run, connectors):
                    out.append(NameSpan(words[start].first, words[k - 1].last + 1, "expansion"))
                    break
            continue
        letters = _acronym(words[k - 1].text)
        if letters is not None and inside and inside[0][:1].isupper() and _spells(letters, inside, connectors):
            out.append(NameSpan(words[k + 1].first, words[close - 1].last + 1, "expansion"))
    out.extend(_stands_for(words))
    return out


def _stands_for(words: list[_Word]) -> list[NameSpan]:
    """What an acronym is said to stand for: "PHAB stands for Physically disabled and Able
    Bodied". The words are the old name spelled out, even where they no longer spell it, up
    to the next comma or full stop."""
    out: list[NameSpan] = []
    n = len(words)
    for k in range(n - 3):
        if _acronym(words[k].text) is None:
            continue
        at = k + 1
        if words[at].text.lower() == "is" and at + 1 < n and words[at + 1].text.lower() == "short":
            at += 1
        if words[at].text.lower() not in ("stands", "stood", "short") or words[at + 1].text.lower() != "for":
            continue
        start = at + 2
        if start >= n or not words[start].text[:1].isupper():
            continue
        end = start
        while end < n and end - start < 12 and words[end].text not in _TITLE_STOPS:
            end += 1
        out.append(NameSpan(words[start].first, words[end - 1].last + 1, "expansion"))
    return out


# -- a term that names a post, a unit or a strategy: "dual diagnosis practitioners" -----------

_NAMING_DETERMINERS = frozenset({"the", "our", "your", "their", "its", "this", "his", "her", "my", "'s", "\u2019s"})
_NOT_AFTER_NOUN_HEAD = frozenset({"to", "the", "a", "an", "their", "his", "her", "our", "its", "this", "these",
                                  "those", "them", "him", "it", "on", "into", "up", "from", "us", "you"})


def _head_word(word: str) -> str:
    """A head word as the data lists it: "Strategy" (in a title) is "strategy"; "TEAM" is not."""
    return word.lower() if word[:1].isupper() and word[1:].islower() else word


def _title_block(analysed: Analysed, i: int) -> bool:
    """Whether token ``i``'s block is a line that is not a sentence (a heading, a list item,
    a title): no full stop at its end."""
    texts, block = analysed.token_text, analysed.token_block
    b = block[i]
    k = i
    while k + 1 < len(texts) and block[k + 1] == b:
        k += 1
    while k > i and texts[k].isspace():
        k -= 1
    return texts[k] not in _ENDS


#: How many words may stand between a term and the head of the name it is part of.
_COMPOUND_GAP = 3


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    """Function words (from ``data/pos.txt``) and verbs that end a noun compound."""
    from plainspeak.context.pos import pos_words

    w = pos_words()
    return (w.prepositions | w.verb_before | w.subjects | w.objects | w.noun_before | frozenset({
        "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "can", "could", "should", "must", "may", "might", "not", "who", "which", "that", "than",
        "then", "also", "does", "did", "need", "needs", "want", "wants", "feel", "feels", "said"}))


def _specialty(analysed: Analysed, i: int, j: int, data: NameData, closed: frozenset[str]) -> NameSpan | None:
    """A clinical specialty used before a noun: "specialist care of the elderly opinion",
    "two care of the elderly wards". Before a noun the words name a hospital department,
    the way "cardiology" does; on their own ("we provide care of the elderly") they
    describe people, and stay a finding."""
    texts = analysed.token_text
    for opener in data.specialty_openers:
        k, first = i, None
        for word in reversed(opener):
            prev = _next_word(texts, k - 1, -1) if k else None
            if prev is None or texts[prev].lower() != word:
                break
            k = first = prev
        else:
            nxt = _next_word(texts, j, 1)
            if nxt is None or first is None:
                return None
            word = texts[nxt]
            if not (word.isalpha() and word.islower() and len(word) >= 4 and word not in closed):
                return None
            if word in data.specialty_not_before:
                return None  # "take care of the elderly people in your neighbourhood"
            from plainspeak.context.pos import part_of_speech

            # "care of the elderly remains a priority": a verb follows the people, not a noun
            return NameSpan(first, nxt + 1, "name") if part_of_speech(analysed, nxt) == "noun" else None
    return None


def _possessive(texts: list[str], idx: list[int], k: int) -> bool:
    """Whether token ``k`` is a possessive ending touching the word before it: "'s", or a bare
    apostrophe after a plural ("offenders'")."""
    if idx[k] != idx[k - 1] + len(texts[k - 1]):
        return False
    return texts[k] in ("'s", "\u2019s") or (texts[k] in ("'", "\u2019") and texts[k - 1][-1:] in ("s", "S"))


def compound_name(analysed: Analysed, i: int, j: int) -> NameSpan | None:
    """Tokens ``i:j`` followed by a head word that makes them part of the name of a post, a
    unit or a document: "dual diagnosis practitioners", "care of the elderly wards", "rough
    sleeper strategy". Heads that can be verbs ("leads") count only when what follows them
    does not read as an object ("dual diagnosis leads to ...")."""
    data = name_data()
    heads = data.compound_heads or {}
    texts, idx = analysed.token_text, analysed.token_idx
    closed = _closed_words()
    specialty = _specialty(analysed, i, j, data, closed)
    if specialty is not None:
        return specialty
    titled = texts[j - 1][:1].isupper()  # "Looked After Children Placement Strategy"
    # A line in capitals ("LOOKED AFTER CHILDREN POLICY") is Title Case written large; a word
    # in capitals after a term written small ("respite TEAM") is emphasis, not a head.
    large = all(t.isupper() for t in texts[i:j] if t[:1].isalpha())

    def head(word: str) -> str:
        return word.lower() if large and word.isupper() else _head_word(word)

    joined = ""
    coordinated = False
    k = j
    if k < len(texts) and _possessive(texts, idx, k):
        k += 1  # "the Looked after Children's Health team", "a young offenders' institute"
    for between in range(_COMPOUND_GAP + 1):
        nxt = _next_word(texts, k, 1)
        if nxt is None or nxt > k + 1 or idx[nxt] - (idx[k - 1] + len(texts[k - 1])) != 1:
            return None  # each word follows after one space, on the same line
        k = nxt
        if head(texts[k]) in heads:
            if coordinated and between != 2:
                # one word of the other item's own: not "collaboration and team communication",
                # nor "methodologies and cross functional team experience"
                return None
            break
        if (k + 2 < len(texts) and texts[k + 1] in ("-", "\u2010", "\u2011")
                and idx[k + 1] == idx[k] + len(texts[k]) and idx[k + 2] == idx[k + 1] + 1
                and head(texts[k] + texts[k + 2]) in heads):
            joined = head(texts[k] + texts[k + 2])
            k += 2  # "the National Domestic Violence help-line": a hyphenated head
            break
        # "placement sufficiency strategy": up to three nouns may stand between term and head,
        # and one "and" ("service user and carer coordinator": a post for both).
        word = head(texts[k]) if titled else texts[k]
        if word in ("and", "&") and between == 0 and not coordinated:
            coordinated = True  # right after the term, and a word of its own before the head
            k += 1
            continue
        if (between == _COMPOUND_GAP or not word.isalpha() or not word.islower() or len(word) < 4
                or word.endswith("ly") or word in closed):
            return None
        k += 1
        if k < len(texts) and _possessive(texts, idx, k):
            k += 1  # "elderly people's lunch club scheme"
    mark = heads.get(joined or head(texts[k]))
    if mark is None:
        return None
    if (not mark and not joined and k == _next_word(texts, j, 1) and texts[k].islower()
            and (texts[k].endswith("s") or texts[j - 1].islower()) and texts[j - 1].lower() in data.who_they_are):
        # "17,000 BME officers", "an illegal migrant worker": who the people in those posts
        # are, not the name of a post ("a BME officer" may be a post for race equality)
        return None
    if mark == "=":
        if k != _next_word(texts, j, 1):
            return None  # "independent domestic violence advisers", not "our elderly care advisors"
        from plainspeak.context.pos import part_of_speech

        if part_of_speech(analysed, j - 1) == "verb":
            return None  # "how to obtain manager approval": a verb's object, not a post
    if mark == "*":
        after = _next_word(texts, k + 1, 1)
        if after is None or texts[after].lower() in _NOT_AFTER_NOUN_HEAD:
            return None
    elif mark == "+":
        before = _next_word(texts, i - 1, -1) if i else None
        if before is None:
            words_before_head = sum(1 for t in texts[i:k] if t[:1].isalpha())
            if not _title_block(analysed, i) or words_before_head < 2:
                # A sentence that starts "Respite unit staff ..." names no unit, and a two-word
                # heading ("Placement Strategy") is the writer's own title.
                return None
        else:
            if texts[before].lower() in ("and", "&"):
                # "the adoption and special guardianship support fund": the determiner of the
                # name's first item names the whole
                for _step in range(3):
                    prev = _next_word(texts, before - 1, -1) if before else None
                    if prev is None:
                        break
                    before = prev
                    if not texts[before].islower() or texts[before] in _NAMING_DETERMINERS:
                        break
            if not (texts[before].lower() in _NAMING_DETERMINERS or (
                    texts[before][:1].isupper() and texts[before].isalpha() and not texts[before].isupper())):
                return None  # "respite units", "a respite unit": a kind of unit, not one named unit
    return NameSpan(i, k + 1, "name")


def acronym_definitions(analysed: Analysed) -> dict[str, str]:
    """Acronyms the document spells out ("performance work statement (PWS)", "POW (Placements
    on the Web)"), as {letters: the words, lower case}. Unlike names, the words may be lower
    case: the point is what the letters stand for in this document."""
    texts, idx = analysed.token_text, analysed.token_idx
    out: dict[str, str] = {}
    for lo, hi in _block_token_ranges(analysed.token_block, len(analysed.document.blocks)):
        if lo >= hi or "(" not in texts[lo:hi]:
            continue
        words = _words(texts, idx, lo, hi)
        n = len(words)
        for k in range(1, n - 2):
            if words[k].text != "(" or not words[k + 2].text.startswith(")"):
                continue
            letters = _acronym(words[k + 1].text)
            if letters is None or letters in out:
                continue
            for start in range(k - 1, max(-1, k - 1 - 2 * len(letters) - 2), -1):
                run = [w.text for w in words[start:k]]
                titled = [w[:1].upper() + w[1:] if w.isalpha() else w for w in run]
                if run[0].isalpha() and _spells(letters, titled, frozenset({"of", "the", "and", "for", "on",
                                                                             "in", "to", "with"})):
                    out[letters] = " ".join(run).lower()
                    break
    return out


_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "\u2022", "*", "-", "\u2013", "\u2014", "(", "[", '"',
                               "\u201c", "\u2018", "'", "#", ">", "|"})


def capitalised_word(analysed: Analysed, i: int, j: int,
                     heading_blocks: frozenset[int] = frozenset(), phrase: bool = False) -> NameSpan | None:
    """A one-word term written with a capital inside a sentence: a proper name ("the Vagrant
    tool", "our Client", a product or a defined term), not the common word. With ``phrase``,
    a term of several words each with a capital ("Discharge to Assess") too."""
    texts = analysed.token_text
    word = texts[i]
    if not (len(word) > 1 and word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return None
    if j - i != 1 and not (phrase and _capitalised_phrase(texts, i, j)):
        return None
    if analysed.token_block[i] in heading_blocks:
        return None
    k = _next_word(texts, i - 1, -1) if i else None
    if k is None or analysed.token_block[k] != analysed.token_block[i] or texts[k] in _SENTENCE_OPENERS:
        return None  # the first word of a sentence, a line or a quotation
    if _lead_in(analysed, i):
        return None  # "Prepare for Contact: before visits, …": a heading run into the text
    if j - i == 1 and texts[k].islower() and _plural_label(analysed, i, k):
        # "and Diabetics are among the priority groups": a plural between small words is a
        # group of people written with a capital, not a name (names of one word are singular:
        # "our Client", "the Vagrant tool")
        return None
    if (j - i == 1 and texts[k][:1].isupper() and texts[k][1:].islower() and texts[k].isalpha()
            and _describing(texts[k])):
        after = _next_word(texts, j, 1)
        if after is not None and texts[after].isalpha() and texts[after].islower():
            # "as a Residential Respite provision": a kind of service written with capitals
            # after a describing word, the word after it small; no name ends there ("Dementia
            # Carers Respite is a charity", "Family Placement services" are names)
            return None
    return NameSpan(i, j, "proper name")


def _plural_label(analysed: Analysed, i: int, k: int) -> bool:
    """Whether token ``i`` is a plural noun ("Diabetics", "Sufferers") after the small word at
    ``k`` and before a small word that is no name's link ("are", not "to" or "with": "Addicts
    to Athletes", "Placements with Connected Persons"), and not joined to a capitalised word
    before it ("MPs and Peers")."""
    texts = analysed.token_text
    word = texts[i].lower()
    if not (len(word) > 4 and word.endswith("s") and not word.endswith("ss")) or analysed.keys[i] == word:
        return False
    after = _next_word(texts, i + 1, 1)
    if after is None or not texts[after].isalpha() or not texts[after].islower() or texts[after] in _TITLE_SMALL \
            and texts[after] not in ("are", "is", "who"):
        return False
    if texts[k] in ("and", "or"):
        before = _next_word(texts, k - 1, -1) if k else None
        if before is not None and texts[before][:1].isupper():
            return False
    from plainspeak.advice import default_lexicon

    # only a noun: "… care leavers Requires improvement" is an inspection grade's verb
    return default_lexicon().upos(word) == {"NOUN"}


def _describing(word: str) -> bool:
    from plainspeak.context.pos import is_adjective_like

    return is_adjective_like(word) and not word.lower().endswith("ly")  # not "Family"


def _capitalised_phrase(texts: Sequence[str], i: int, j: int) -> bool:
    """Whether every word of tokens ``i:j`` has a capital, but for small words ("Discharge to
    Assess", "Lasting Power of Attorney")."""
    words = [t for t in texts[i:j] if not t.isspace()]
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    for w in words:
        if w[:1].isupper() and w[1:].islower():
            continue
        if w.lower() in _TITLE_SMALL or w in ("-", "'s", "\u2019s"):
            continue
        return False
    return True


#: The most words a heading run into its paragraph may have before its colon.
_LEAD_IN_WORDS = 6


def _lead_in(analysed: Analysed, i: int) -> bool:
    """Whether token ``i`` is in a short Title Case heading that opens its block and ends in a
    colon ("Prepare for Contact: …", "Respite and Short Breaks: …"), where every word has a
    capital and the capitals say nothing."""
    texts, block = analysed.token_text, analysed.token_block
    b = block[i]
    lo = i
    while lo > 0 and block[lo - 1] == b:
        lo -= 1
    words = 0
    for t in range(lo, len(texts)):
        if block[t] != b:
            return False
        text = texts[t]
        if text.isspace() or text in ("*", "**", "_", "\u2022", "-"):
            continue
        if text == ":":
            return t > i and words >= 2
        if not text[:1].isalpha() or words >= _LEAD_IN_WORDS or not (
                text[:1].isupper() or text.lower() in _TITLE_SMALL):
            return False
        words += 1
    return False
