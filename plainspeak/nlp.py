"""A trained spaCy pipeline when one is configured, and the lookup lemmas used to match terms.

spaCy is imported here and nowhere else, and only for a trained pipeline (``nlp.model``):
the default blank English pipeline is run by ``plainspeak.tokenizer`` without importing
spaCy at all. The lemma table is
spaCy's English lookup table (from ``spacy-lookups-data``, WordNet licence, see
``data/en_lemma_lookup.LICENSE.txt``), shipped inside the package so nothing is ever
downloaded and the 99 MB lookups package is not needed.
"""

from __future__ import annotations

import gzip
import json
import sys
import types
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from plainspeak.errors import ConfigError
from plainspeak.fastload import BlockTable, block_table

if TYPE_CHECKING:
    from spacy.language import Language

_PIPELINES: dict[str | None, Language] = {}


def _import_spacy() -> Any:
    """Import spaCy without its command-line package.

    ``import spacy`` always imports ``spacy.cli`` (typer, weasel, ~40% of the import
    time) though the library never needs it; a placeholder module skips that.
    """
    if "spacy" not in sys.modules and "spacy.cli" not in sys.modules:
        cli = types.ModuleType("spacy.cli")
        cli.__path__ = []  # type: ignore[attr-defined]
        info = types.ModuleType("spacy.cli.info")
        info.info = lambda *a, **k: None  # type: ignore[attr-defined]
        placeholders = {"spacy.cli": cli, "spacy.cli.info": info}
        sys.modules.update(placeholders)
        try:
            import spacy
        finally:
            # Later imports of spacy.cli (by a user's own code) get the real package.
            for name, mod in placeholders.items():
                if sys.modules.get(name) is mod:
                    del sys.modules[name]
            if getattr(sys.modules.get("spacy"), "cli", None) is cli:
                delattr(sys.modules["spacy"], "cli")
        return spacy
    import spacy

    return spacy


def get_nlp(model: str | None = None) -> Language:
    """The shared pipeline: blank English by default, a trained pipeline if configured."""
    nlp = _PIPELINES.get(model)
    if nlp is not None:
        return nlp
    try:
        spacy = _import_spacy()
    except ImportError as exc:
        raise ConfigError(
            "a trained spaCy pipeline (nlp.model) needs spaCy, which is not installed",
            hint="pip install 'plainspeak[model]' and the pipeline, or remove nlp.model from the config",
        ) from exc
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise ConfigError(
                f"spaCy pipeline {model!r} is not installed",
                hint=f"install it (pip install {model}) or remove nlp.model from the config",
            ) from exc
    else:
        nlp = spacy.blank("en")
    add_footnote_infix(nlp)
    _PIPELINES[model] = nlp
    return nlp


def add_footnote_infix(nlp: Language) -> None:
    """Give a spaCy pipeline's tokenizer plainspeak's one extra rule (``FOOTNOTE_INFIX``), so
    that a trained pipeline splits "homeless.[3]" as the default one does."""
    import re

    from plainspeak.tokenizer import FOOTNOTE_INFIX

    tokenizer: Any = nlp.tokenizer
    finditer = tokenizer.infix_finditer
    compiled = getattr(finditer, "__self__", None)
    pattern = getattr(compiled, "pattern", None)
    if isinstance(pattern, str) and FOOTNOTE_INFIX not in pattern:
        flags = getattr(compiled, "flags", 0)
        tokenizer.infix_finditer = re.compile(f"{pattern}|{FOOTNOTE_INFIX}", flags).finditer


def _lemma_items(data: bytes) -> Iterator[tuple[str, str]]:
    table: dict[str, str] = json.loads(gzip.decompress(data))
    return iter(table.items())


@lru_cache(maxsize=1)
def lemma_table() -> BlockTable:
    """word -> lemma, parsed a block at a time (``plainspeak.fastload``): a page looks up a
    few hundred words, and parsing all 41,000 entries cost more than checking it."""
    return block_table("en_lemma_lookup.json.gz", _lemma_items)


@lru_cache(maxsize=1)
def lemma_values() -> BlockTable:
    """Every lemma the table gives (as keys), for "is this an English word" tests."""

    def items(data: bytes) -> Iterator[tuple[str, str]]:
        return ((v, "1") for v in sorted({v for _k, v in _lemma_items(data)}))

    return block_table("en_lemma_lookup.json.gz", items, variant="values")


@lru_cache(maxsize=1)
def _own_lemmas() -> frozenset[str]:
    from plainspeak.fastload import read_sections

    return frozenset(read_sections("lemma_overrides.txt")[""])


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})

# Derivational endings folded together so that "intentional homelessness" and
# "homeless intentionally" meet "intentionally homeless". Checked longest first, and
# only when enough of the word is left to stay distinctive.
_SUFFIXES: tuple[str, ...] = ("ness", "ly")
_MIN_STEM = 4


@lru_cache(maxsize=200_000)
def match_key(word: str) -> str:
    """The form a word is matched by: lower case, lemma, folded derivational ending."""
    lower = word.lower().translate(_APOSTROPHES)
    if not lower[:1].isalpha():
        return lower
    if lower[-1:] == "-" and lower[:-1].isalpha():
        lower = lower[:-1]  # "bed blocking- patients …": a dash typed against the word
    key = lemma(lower)
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= _MIN_STEM:
            return key[: -len(suffix)]
    return key


def lemma(word: str) -> str:
    """Lookup lemma of a word; the table's few non-word answers ("second" -> "2") are ignored,
    and the nouns in ``lemma_overrides.txt`` are their own lemma ("number", not "numb")."""
    lower = word.lower().translate(_APOSTROPHES)
    if lower in _own_lemmas():
        return lower
    found = lemma_table().get(lower)
    return found if found and found.isalpha() else lower
