"""Export spaCy's blank-English tokenizer rules to plainspeak/data/en_tokenizer.json.gz.

plainspeak tokenises with these rules in ``plainspeak/tokenizer.py`` so that checking a
file does not import spaCy (half a second before any work starts). The rules are data,
taken unchanged from the installed spaCy (MIT licence, see
``plainspeak/data/en_tokenizer.LICENSE.txt``): prefix, suffix and infix patterns, the URL
pattern, the special cases ("e.g.", "don't", "a.m.") and English stop words.
``tests/test_tokenizer.py`` checks that the shipped file equals what the installed spaCy
exports and that both tokenise text identically.

    python tools/build_tokenizer_rules.py
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "plainspeak" / "data" / "en_tokenizer.json.gz"


def export() -> dict[str, Any]:
    """The installed spaCy's English tokenizer rules as plain JSON data."""
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.symbols import ORTH

    tok = spacy.blank("en").tokenizer

    def pattern(fn: Any) -> dict[str, Any] | None:
        if fn is None:
            return None
        compiled = fn.__self__
        return {"pattern": compiled.pattern, "flags": int(compiled.flags)}

    rules: dict[str, list[str]] = {}
    for chunk, substrings in sorted(tok.rules.items()):
        orths = []
        for sub in substrings:
            orth = sub.get(ORTH, sub.get("ORTH")) if isinstance(sub, dict) else None
            if not isinstance(orth, str):
                orth = tok.vocab.strings[orth]
            orths.append(orth)
        rules[chunk] = orths
    return {
        "format": 1,
        "spacy_version": spacy.__version__,
        "prefix": pattern(tok.prefix_search),
        "suffix": pattern(tok.suffix_search),
        "infix": pattern(tok.infix_finditer),
        "token_match": pattern(tok.token_match),
        "url_match": pattern(tok.url_match),
        "faster_heuristics": bool(tok.faster_heuristics),
        "special_cases": rules,
        "stop_words": sorted(STOP_WORDS),
    }


def main() -> int:
    data = export()
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, mtime=0))
    print(f"wrote {OUT} (spaCy {data['spacy_version']}, {len(data['special_cases'])} special cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
