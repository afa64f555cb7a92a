"""Word forms from lemminflect, computed when the glossaries are compiled and kept in the cache.

Fitting "take part" to "She participated" needs to know that "participated" is the past
of the verb "participate" and that the past of "take" is "took". lemminflect (a
well-kept English lemmatiser and inflector) knows; it costs about a second to load, so
the forms of every word in every term and alternative are looked up once, when the
glossaries are compiled, and stored with the compiled glossary. A word the table lacks
(a panel's new entry before the cache is rebuilt) is looked up in lemminflect then.

Tags are the Penn Treebank tags lemminflect uses: NN, NNS (nouns), VB, VBP, VBZ, VBD,
VBN, VBG (verbs), JJ (adjectives), RB (adverbs).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

Reading = tuple[str, str, str]  # (lemma, UPOS, tag)

_UPOS = ("NOUN", "VERB", "ADJ", "ADV", "AUX")


@lru_cache(maxsize=1)
def words_data() -> dict[str, Any]:
    """The closed word lists in ``data/advice.yaml``."""
    from plainspeak.fastload import cached_data

    def parse(raw: bytes) -> Any:
        import yaml  # only when the cached JSON is missing: a one-page run imports no YAML

        return yaml.safe_load(raw.decode("utf-8"))

    data = cached_data("advice.yaml", parse)
    out: dict[str, Any] = {}
    for key, value in data.items():
        out[key] = {str(k).lower(): str(v) for k, v in value.items()} if isinstance(value, dict) \
            else frozenset(str(v).lower() for v in value)
    return out


def word_list(name: str) -> frozenset[str]:
    value = words_data()[name]
    assert isinstance(value, frozenset)
    return value


@lru_cache(maxsize=1)
def _lemminflect() -> Any:
    """lemminflect's lemmatiser and inflector, without its spaCy hook.

    ``import lemminflect`` imports spaCy whenever spaCy is installed (the ``model`` extra), to
    add token extensions plainspeak never uses: 0.67 s and 131 MB on a 100k-word check
    (``bench/run``, h10's notes), and a run that should never import spaCy did. Loading the
    package's own modules under a bare package object skips that hook (0.14 s, 77 MB peak);
    the functions are the same ones ``lemminflect/__init__.py`` wraps.
    """
    import importlib.util
    import sys
    import types

    loaded = sys.modules.get("lemminflect")
    if loaded is not None and hasattr(loaded, "getAllLemmas"):
        return loaded  # someone imported the real package already: use it
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError("lemminflect is not installed")
    if loaded is None:
        package = types.ModuleType("lemminflect")
        package.__path__ = list(spec.submodule_search_locations)
        package.__spec__ = spec
        sys.modules["lemminflect"] = package
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    api = types.SimpleNamespace(
        getAllLemmas=lambda word, upos=None: Lemmatizer().getAllLemmas(word, upos),
        getAllLemmasOOV=lambda word, upos: Lemmatizer().getAllLemmasOOV(word, upos),
        getAllInflections=lambda lemma, upos=None: Inflections().getAllInflections(lemma, upos),
        getAllInflectionsOOV=lambda lemma, upos: Inflections().getAllInflectionsOOV(lemma, upos),
    )
    return api


def _lookup_readings(word: str) -> list[Reading]:
    lemminflect = _lemminflect()

    out: list[Reading] = []
    for upos, lemmas in lemminflect.getAllLemmas(word).items():
        upos = "VERB" if upos == "AUX" else upos
        for lemma in lemmas:
            inflections = lemminflect.getAllInflections(lemma, upos)
            tags = [tag for tag, forms in inflections.items() if word in forms]
            if "VBD" in tags and "VBN" not in inflections:
                tags.append("VBN")  # lemminflect leaves out participles that equal the past
            if not tags:
                tags = {"ADJ": ["JJ"], "ADV": ["RB"], "NOUN": ["NN"], "VERB": ["VB"]}.get(upos, [])
            out.extend((lemma, upos, tag) for tag in tags if (lemma, upos, tag) not in out)
    if not out and word.isalpha() and len(word) > 3:
        # Not in the dictionary ("leavers"): read it as a noun, as lemminflect's rules would.
        for lemma in lemminflect.getAllLemmasOOV(word, "NOUN").get("NOUN", ()):
            out.append((lemma, "NOUN", "NNS" if lemma != word else "NN"))
    return out


def _lookup_inflections(lemma: str, upos: str) -> dict[str, list[str]]:
    lemminflect = _lemminflect()

    found = lemminflect.getAllInflections(lemma, upos) or lemminflect.getAllInflectionsOOV(lemma, upos)
    return {tag: list(forms) for tag, forms in found.items()}


def build_table(words: Iterable[str]) -> dict[str, Any]:
    """Readings of each word and all forms of each of their lemmas, as JSON-able dicts."""
    readings: dict[str, list[list[str]]] = {}
    forms: dict[str, dict[str, list[str]]] = {}
    first = {w.lower() for w in words if w and w.isalpha()}
    met: set[str] = set()
    for word in first:
        found = _lookup_readings(word)
        readings[word] = [list(r) for r in found]
        for lemma, upos, _tag in found:
            key = f"{lemma}|{upos}"
            if key not in forms:
                forms[key] = _lookup_inflections(lemma, upos)
                # every form of a term word can be met in a document: know its readings too
                met.update(f for tag_forms in forms[key].values() for f in tag_forms)
    for word in met - first:
        readings[word] = [list(r) for r in _lookup_readings(word)]
    return {"readings": readings, "forms": forms}


class Lexicon:
    """Readings and inflections, from a precomputed table with lemminflect behind it."""

    def __init__(self, table: dict[str, Any] | None = None) -> None:
        table = table or {}
        # The table is looked through, never copied: a compiled glossary's parses each word's
        # entry when first asked for (``glossary.cache.LazyJsonMap``). What is read or worked
        # out is kept in these dicts.
        self._table_readings: Mapping[str, list[list[str]]] = table.get("readings", {})
        self._table_forms: Mapping[str, dict[str, list[str]]] = table.get("forms", {})
        self._readings: dict[str, list[list[str]]] = {}
        self._forms: dict[str, dict[str, list[str]]] = {}
        #: With a precomputed table (a check), a word the table lacks is read from the table's
        #: own forms and plainspeak's lemma table, never from lemminflect: loading lemminflect
        #: for the one unknown word a 100k-word document holds cost 0.65 s and 60 MB. Without
        #: a table (tests, tools, compiling glossaries) lemminflect answers.
        self._offline = bool(table)
        self._lemmas_of: dict[str, list[str]] | None = None

    def readings(self, word: str) -> list[Reading]:
        low = word.lower().replace("\u2019", "'")
        found = self._readings.get(low)
        if found is None:
            found = self._table_readings.get(low)
        if found is None:
            if not low.isalpha():
                found = []
            elif self._offline:
                found = self._from_forms(low)
            else:
                found = [list(r) for r in _lookup_readings(low)]
        self._readings[low] = found
        return [(r[0], r[1], r[2]) for r in found]

    def _from_forms(self, word: str) -> list[list[str]]:
        """Readings of a word the table lacks, from the forms of its lemma when the table holds
        them ("consulted" from "consult|VERB"); none when it does not (an unknown word)."""
        from plainspeak.nlp import lemma_table

        if self._lemmas_of is None:
            lemmas: dict[str, list[str]] = {}
            table = self._table_forms
            for key in [*table, *(k for k in self._forms if k not in table)]:
                lemma, _, _upos = key.partition("|")
                lemmas.setdefault(lemma, []).append(key)
            self._lemmas_of = lemmas
        out: list[list[str]] = []
        for lemma in dict.fromkeys((lemma_table().get(word) or word, word)):
            for key in self._lemmas_of.get(lemma, ()):
                upos = key.partition("|")[2]
                for tag, forms in (self._forms_of(key) or {}).items():
                    if word in forms and [lemma, upos, tag] not in out:
                        out.append([lemma, upos, tag])
        return out

    def _forms_of(self, key: str) -> dict[str, list[str]] | None:
        forms = self._forms.get(key)
        if forms is None:
            forms = self._table_forms.get(key)
            if forms is not None:
                self._forms[key] = forms
        return forms

    def upos(self, word: str) -> set[str]:
        return {u for _l, u, _t in self.readings(word)}

    def lemma(self, word: str, upos: str) -> str | None:
        for lemma, u, _t in self.readings(word):
            if u == upos:
                return lemma
        return None

    def tags(self, word: str, upos: str) -> set[str]:
        return {t for _l, u, t in self.readings(word) if u == upos}

    def inflect(self, lemma: str, upos: str, tag: str) -> str | None:
        """The form of ``lemma`` for ``tag``, or None when there is none."""
        if upos == "NOUN" and tag == "NNS":
            irregular = words_data()["plurals"].get(lemma.lower())
            if irregular:
                return str(irregular)
        key = f"{lemma.lower()}|{upos}"
        forms = self._forms_of(key)
        if forms is None:
            forms = self._forms[key] = {} if self._offline else _lookup_inflections(lemma.lower(), upos)
        options = forms.get(tag) or (forms.get("VBD") if tag == "VBN" else None)
        return options[0] if options else None


_DEFAULT: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """A lexicon with no precomputed table (tests, tools): everything from lemminflect."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Lexicon()
    return _DEFAULT
