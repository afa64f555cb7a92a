"""Compiled glossaries in the user cache: reused between runs, and the folder stays small."""

from __future__ import annotations

import os
import time
from pathlib import Path

from plainspeak.glossary import cache
from plainspeak.glossary.compile import compile_glossary
from plainspeak.glossary.model import Entry


def _compiled(term: str):  # type: ignore[no-untyped-def]
    entry = Entry(id=term.replace(" ", "-"), term=term, category="test", alternatives=["people"], why="A label.")
    return compile_glossary([entry], [])


def test_a_stored_glossary_is_read_back_with_the_same_matches(tmp_path: Path) -> None:
    compiled = _compiled("looked after child")
    cache.store("a" * 64, compiled, tmp_path)
    again = cache.load("a" * 64, tmp_path)
    assert again is not None
    # Subtrees are built when a document first meets their word, not when the cache is read.
    assert all(type(dict.__getitem__(again.matcher.root, k)) is str for k in dict.keys(again.matcher.root))
    assert [(i, j) for i, j, _p in again.matcher.find(["the", "look", "after", "child"])] == [(1, 4)]
    assert again.matcher.root == compiled.matcher.root  # including the -ed form rule
    assert [e.id for e in again.entries] == ["looked-after-child"]
    assert cache.load("b" * 64, tmp_path) is None


def test_only_the_most_recently_used_glossaries_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "glossaries"
    keep = cache.KEEP_COMPILED
    digests = [f"{i:02x}" * 32 for i in range(keep)]
    past = time.time() - 3600
    for n, digest in enumerate(digests):
        cache.store(digest, _compiled(f"term {n}"), tmp_path)
        path = folder / f"{digest[:32]}.json"
        os.utime(path, (past + n, past + n))  # stored one second apart, oldest first
    assert len(list(folder.glob("*.json"))) == keep
    # Reading the oldest one marks it as used, so it survives the prunes below.
    assert cache.load(digests[0], tmp_path) is not None
    newer = [f"{0xF0 + i:02x}" * 32 for i in range(3)]
    for n, digest in enumerate(newer):
        cache.store(digest, _compiled(f"newer {n}"), tmp_path)
    left = {p.name[:32] for p in folder.glob("*.json")}
    assert len(left) == keep
    assert digests[0][:32] in left and all(d[:32] in left for d in newer)
    assert not any(d[:32] in left for d in digests[1:4])


def test_a_damaged_cache_file_is_compiled_again(tmp_path: Path) -> None:
    compiled = _compiled("looked after child")
    cache.store("c" * 64, compiled, tmp_path)
    path = tmp_path / "glossaries" / f"{'c' * 32}.json"
    whole = path.read_bytes()
    for broken in (whole[:-5], whole.replace(b"\n", b" ", 1), b"", whole[:40]):
        path.write_bytes(broken)
        cache._load.cache_clear()
        assert cache.load("c" * 64, tmp_path) is None
