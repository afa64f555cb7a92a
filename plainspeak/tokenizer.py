"""spaCy's blank-English tokenizer, run without importing spaCy.

Importing spaCy costs about half a second (thinc, numpy, pydantic, every pipeline
component) before a single word is read, which is most of a pre-commit run on one page.
The default pipeline is ``spacy.blank("en")``, whose only work is tokenising, and
spaCy's tokenizer is an algorithm over data: prefix, suffix and infix regular
expressions, a URL pattern and special cases. The data is exported from spaCy
unchanged (``tools/build_tokenizer_rules.py`` writes ``data/en_tokenizer.json.gz``) and
the algorithm below follows ``spacy/tokenizer.pyx`` step by step, including the pass
that re-applies special cases across affix splits ("(:", "10a.m."). The tests compare
its tokens with spaCy's on generated and real text, so the two cannot drift apart
silently. plainspeak adds one infix rule of its own (``FOOTNOTE_INFIX``), given to spaCy's
tokenizer too, so the comparison still holds.

A trained pipeline (``nlp.model``) still goes through spaCy, which it needs for tagging
and parsing.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Any

_RUNS = re.compile(r"\S{1,4096}|\s{1,4096}")
#: plainspeak's one addition to spaCy's rules: a footnote mark glued to a word ("homeless.[3]",
#: "Smith[12],") is split off, so that the word is read as a word and the stop ends its sentence.
#: spaCy keeps "homeless.[3" as one token, which no glossary term matches. Added to the infixes
#: here and, by ``plainspeak.nlp.get_nlp``, to a spaCy pipeline's, so both paths split alike.
FOOTNOTE_INFIX = (r"(?<=[^\W\d_])[.,;:!?](?=\[\d{1,3}$)"
                  r"|(?<=[^\W\d_.,;:!?][.,;:!?])\[(?=\d{1,3}$)|(?<=[^\W\d_])\[(?=\d{1,3}$)")
#: Characters at the end of a chunk the suffix patterns are tried on (see ``_find_suffix``).
_SUFFIX_WINDOW = 64


@dataclass
class Tokens:
    """Tokens as parallel lists: reading lists is far cheaper than building token objects."""

    text: list[str]
    idx: list[int]
    #: Whether a single space follows the token (spaCy's ``whitespace_``).
    ws: list[bool]
    #: spaCy's ``is_space``: the token is whitespace (a line break, two spaces).
    space: list[bool]
    #: spaCy's ``is_punct``: every character is Unicode punctuation.
    punct: list[bool]


def is_punct(text: str) -> bool:
    """spaCy's ``is_punct`` lexical attribute."""
    return all(unicodedata.category(c).startswith("P") for c in text)


class _PunctCache(dict[str, bool]):
    """``is_punct`` per distinct token, computed on first sight."""

    def __missing__(self, word: str) -> bool:
        value = self[word] = is_punct(word)
        return value


def _compile(spec: dict[str, Any] | None) -> re.Pattern[str] | None:
    return None if spec is None else re.compile(spec["pattern"], spec["flags"])


def _compile_all(specs: list[dict[str, Any] | None]) -> list[re.Pattern[str] | None]:
    """The rules' expressions, compiled through ``plainspeak.fastload``'s cache: compiling
    spaCy's long character lists took 30 ms at every start, rebuilding them under 1 ms."""
    from plainspeak.fastload import compile_patterns

    given = [(spec["pattern"], int(spec["flags"])) for spec in specs if spec is not None]
    compiled = iter(compile_patterns(given, "tokenizer"))
    return [None if spec is None else next(compiled) for spec in specs]


class Tokenizer:
    """Splits text exactly as ``spacy.blank("en").tokenizer`` does, in pure Python."""

    def __init__(self, rules: dict[str, Any]) -> None:
        specs = [rules[name] for name in ("prefix", "suffix", "infix", "token_match", "url_match")]
        if specs[2] is not None:
            specs[2] = {**specs[2], "pattern": f"{specs[2]['pattern']}|{FOOTNOTE_INFIX}"}
        prefix, suffix, infix, token_match, url_match = _compile_all(specs)
        self._prefix_search = prefix.search if prefix else None
        self._suffix_search = suffix.search if suffix else None
        self._infix_finditer = infix.finditer if infix else None
        self._token_match = token_match.match if token_match else None
        self._url_match = url_match.match if url_match else None
        self.specials: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in rules["special_cases"].items()}
        self._faster_heuristics = bool(rules["faster_heuristics"])
        self._cache: dict[str, tuple[str, ...]] = {}
        self._matcher: dict[str, list[tuple[str, ...]]] | None = None
        self._punct = _PunctCache()

    # -- one whitespace-free chunk --------------------------------------------------------

    def _find_prefix(self, string: str) -> int:
        if self._prefix_search is None:
            return 0
        m = self._prefix_search(string)
        return m.end() - m.start() if m is not None else 0

    def _find_suffix(self, string: str) -> int:
        if self._suffix_search is None:
            return 0
        if len(string) > _SUFFIX_WINDOW:
            # The suffix patterns end at "$", but ``search`` tries every start position:
            # peeling a thousand ")" off a run cost a thousand scans of the whole run
            # (20,000 "(" took 25 s). A suffix is a few characters, so look at the end
            # only; a match at the very start of that window may reach further back, so
            # that case (a run of dots, say: peeled in one go) is searched in full.
            m = self._suffix_search(string[-_SUFFIX_WINDOW:])
            if m is None:
                return 0
            if m.start() > 8:
                return m.end() - m.start()
        m = self._suffix_search(string)
        return m.end() - m.start() if m is not None else 0

    def _find_infix(self, string: str) -> list[re.Match[str]]:
        return [] if self._infix_finditer is None else list(self._infix_finditer(string))

    def chunk(self, span: str, specials: bool = True) -> tuple[str, ...]:
        """The tokens of a run of non-space (or of space) characters.

        ``Tokenizer._tokenize`` in spaCy: special cases first, then affixes peeled off
        both ends until none is left, then infixes split the middle.
        """
        if specials:
            cached = self._cache.get(span)
            if cached is not None:
                return cached
            special = self.specials.get(span)
            if special is not None:
                self._cache[span] = special
                return special
            if span.isalpha():
                # Letters only: no prefix, suffix or infix rule can match (each one takes
                # at least one character that is not a letter: punctuation, a symbol, a
                # digit after a digit), so the run is one token. Half the distinct runs
                # of real prose; tested against the full algorithm on every letter.
                alone = self._cache[span] = (span,)
                return alone
        string = span
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        token_match = self._token_match
        spec = self.specials if specials else {}
        while string and len(string) != last_size:
            if token_match is not None and token_match(string):
                break
            if string in spec:
                break
            if string.isalpha():
                break  # letters only: nothing to peel (see above)
            last_size = len(string)
            pre_len = self._find_prefix(string)
            prefix = string[:pre_len]
            minus_pre = string[pre_len:]
            if pre_len and minus_pre and minus_pre in spec:
                string = minus_pre
                prefixes.append(prefix)
                break
            suf_len = self._find_suffix(string[pre_len:])
            if suf_len:
                suffix = string[-suf_len:]
                minus_suf = string[:-suf_len]
                if minus_suf and minus_suf in spec:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        tokens = prefixes
        if string:
            if string in spec:
                tokens.extend(spec[string])
            elif string.isalpha():
                tokens.append(string)
            elif (token_match is not None and token_match(string)) or (
                self._url_match is not None and self._url_match(string)
            ):
                tokens.append(string)
            else:
                tokens.extend(self._split_infixes(string))
        tokens.extend(reversed(suffixes))
        out = tuple(tokens)
        if specials:
            self._cache[span] = out
        return out

    def _split_infixes(self, string: str) -> list[str]:
        matches = self._find_infix(string)
        if not matches:
            return [string]
        out: list[str] = []
        start = 0
        for m in matches:
            infix_start, infix_end = m.start(), m.end()
            if infix_start == 0:
                continue
            if infix_start != start:
                out.append(string[start:infix_start])
            if infix_start != infix_end:
                out.append(string[infix_start:infix_end])
            start = infix_end
        if string[start:]:
            out.append(string[start:])
        return out

    # -- a whole text ---------------------------------------------------------------------

    def _split(self, text: str, specials: bool = True) -> tuple[list[str], list[int], list[bool]]:
        """Tokens, offsets and trailing-space flags, before special cases are re-applied.

        As in spaCy, text is cut into runs of space and non-space characters; a single
        space after a token is recorded on the token, any other whitespace is a token.
        """
        words: list[str] = []
        idx: list[int] = []
        ws: list[bool] = []
        chunk = self.chunk
        # Most runs are words seen before: look them up here rather than call ``chunk``.
        no_cache: dict[str, tuple[str, ...]] = {}
        cached: Callable[[str], tuple[str, ...] | None] = (self._cache if specials else no_cache).get
        add_word, add_idx, add_ws = words.append, idx.append, ws.append
        pos = 0
        for run in _RUNS.findall(text):
            if run[0] == " " and words:
                ws[-1] = True
                if len(run) > 1:
                    p = pos + 1
                    for piece in chunk(run[1:], specials):
                        add_word(piece)
                        add_idx(p)
                        add_ws(False)
                        p += len(piece)
            else:
                pieces = cached(run)
                if pieces is None:
                    pieces = chunk(run, specials)
                if len(pieces) == 1:
                    add_word(pieces[0])
                    add_idx(pos)
                    add_ws(False)
                else:
                    p = pos
                    for piece in pieces:
                        add_word(piece)
                        add_idx(p)
                        add_ws(False)
                        p += len(piece)
            pos += len(run)
        return words, idx, ws

    def _special_matcher(self) -> dict[str, list[tuple[str, ...]]]:
        """Special cases that affix splitting can hide ("(:" split as "(" ":"), by first token.

        spaCy adds these to a PhraseMatcher run over every document; the patterns are the
        special cases tokenised without special cases.
        """
        if self._matcher is None:
            matcher: dict[str, list[tuple[str, ...]]] = {}
            for string in self.specials:
                if (not self._faster_heuristics or self._find_prefix(string) or self._find_infix(string)
                        or self._find_suffix(string) or " " in string):
                    pattern = tuple(self._split(string, specials=False)[0])
                    if pattern:
                        matcher.setdefault(pattern[0], []).append(pattern)
            self._matcher = matcher
        return self._matcher

    def _apply_special_cases(self, text: str, words: list[str], idx: list[int], ws: list[bool]) -> None:
        matcher = self._special_matcher()
        n = len(words)
        matches: list[tuple[int, int]] = []
        # Only positions holding a pattern's first token, found without a Python loop.
        for i in compress(range(n), map(matcher.__contains__, words)):
            for pattern in matcher[words[i]]:
                end = i + len(pattern)
                if end <= n and tuple(words[i:end]) == pattern:
                    matches.append((i, end))
        if not matches:
            return
        # Longest first, then earliest; a match is kept when its first and last tokens
        # are not part of a match already seen (spaCy's _filter_special_spans).
        matches = sorted(set(matches), key=lambda m: (-(m[1] - m[0]), m[0]))
        seen: set[int] = set()
        kept: list[tuple[int, int]] = []
        for start, end in matches:
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        kept.sort()
        new_words: list[str] = []
        new_idx: list[int] = []
        new_ws: list[bool] = []
        i = 0
        for start, end in kept:
            new_words.extend(words[i:start])
            new_idx.extend(idx[i:start])
            new_ws.extend(ws[i:start])
            span_text = text[idx[start]:idx[end - 1] + len(words[end - 1])]
            special = self.specials.get(span_text)
            if special is None:
                new_words.extend(words[start:end])
                new_idx.extend(idx[start:end])
                new_ws.extend(ws[start:end])
            else:
                p = idx[start]
                for piece in special:
                    new_words.append(piece)
                    new_idx.append(p)
                    new_ws.append(False)
                    p += len(piece)
                new_ws[-1] = ws[end - 1]
            i = end
        new_words.extend(words[i:])
        new_idx.extend(idx[i:])
        new_ws.extend(ws[i:])
        words[:], idx[:], ws[:] = new_words, new_idx, new_ws

    def __call__(self, text: str) -> Tokens:
        words, idx, ws = self._split(text)
        if words:
            self._apply_special_cases(text, words, idx, ws)
        return Tokens(words, idx, ws, list(map(str.isspace, words)), list(map(self._punct.__getitem__, words)))


@lru_cache(maxsize=1)
def _read_rules() -> dict[str, Any]:
    from plainspeak.fastload import read_resource

    data = read_resource("en_tokenizer.json.gz")
    rules: dict[str, Any] = json.loads(gzip.decompress(data))
    return rules


#: Changes whenever the way the special-case matcher is made changes (its cache key).
_MATCHER_VERSION = 1


@lru_cache(maxsize=1)
def get_tokenizer() -> Tokenizer:
    """The shared tokenizer, built once per process (and before a fork pool starts).

    Its special-case matcher (each of 1,347 special cases split without special cases:
    about 9 ms, a fifth of a one-page run's tokenising) is kept in the start-up cache.
    """
    from plainspeak.fastload import cached_data

    tokenizer = Tokenizer(_read_rules())
    made = cached_data("en_tokenizer.json.gz", lambda _data: tokenizer._special_matcher(),
                       variant=f"special-matcher-{_MATCHER_VERSION}")
    if tokenizer._matcher is None:  # read from the cache: checked, as a damaged file could hold anything
        if isinstance(made, dict) and all(
                isinstance(first, str) and isinstance(patterns, list)
                and all(isinstance(pat, list) and pat and pat[0] == first and all(isinstance(w, str) for w in pat)
                        for pat in patterns)
                for first, patterns in made.items()):
            tokenizer._matcher = {first: [tuple(pat) for pat in patterns] for first, patterns in made.items()}
    return tokenizer


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, shipped with the tokenizer rules."""
    words: list[str] = _read_rules()["stop_words"]
    return frozenset(words)


def tokens_from_spacy(doc: Any) -> Tokens:
    """The same lists from a spaCy ``Doc`` (a trained pipeline's tokens)."""
    return Tokens([t.text for t in doc], [t.idx for t in doc], [bool(t.whitespace_) for t in doc],
                  [t.is_space for t in doc], [t.is_punct for t in doc])
