"""Start-up caches: what comes back from the user cache behaves exactly as what was built."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plainspeak import fastload
from plainspeak.fastload import BlockTable, cached_data, cached_table, compile_patterns


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PLAINSPEAK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("PLAINSPEAK_NO_CACHE", raising=False)
    return tmp_path / "startup"


SPECS = [(r"(?P<word>[^\W\d_]+)(?:['’][a-z]+)?", 0), (r"^[\[\(\"'“‘]", re.IGNORECASE), (r"e\.g\.|i\.e\.", 0)]
SAMPLES = ["Don’t (see) e.g. “this”", "", "ÉCOLE d'été 2024", "[x] i.e. y"]


def _behaviour(patterns: list[re.Pattern[str]]) -> list[object]:
    return [[(m.span(), m.groupdict()) for m in p.finditer(s)] for p in patterns for s in SAMPLES]


def test_cached_regex_code_matches_as_re_compile_does(cache: Path) -> None:
    fresh = [re.compile(p, f) for p, f in SPECS]
    first = compile_patterns(SPECS, "t")  # builds and writes the cache
    assert list(cache.glob("re-t-*.json"))
    second = compile_patterns(SPECS, "t")  # read back from the cache
    for p in (first, second):
        assert _behaviour(p) == _behaviour(fresh)
        assert [(x.pattern, x.flags, x.groups, x.groupindex) for x in p] == \
            [(x.pattern, x.flags, x.groups, x.groupindex) for x in fresh]


def test_damaged_regex_cache_falls_back_to_compiling(cache: Path) -> None:
    compile_patterns(SPECS, "t")
    for path in cache.glob("re-t-*.json"):
        path.write_text("[[0, [1, 2, 3], 0, {}, []], [], []]")
    assert _behaviour(compile_patterns(SPECS, "t")) == _behaviour([re.compile(p, f) for p, f in SPECS])


def test_block_table_finds_every_key_lazily_and_whole(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = {f"w{i:05d}": str(i % 7) for i in range(1000)} | {"é": "x", "a b": "2"}
    table = cached_table(("k", 1), lambda: iter(items.items()))
    again = cached_table(("k", 1), lambda: iter(()))  # from the cache: items not asked for
    for t in (table, again):
        assert t.get("w00042") == "0" and t.get("w00043") == "1" and t.get("é") == "x" and t.get("a b") == "2"
        assert t.get("nope") is None and t.get("") is None and "w00999" in t and "zzz" not in t
    assert sum(b is not None for b in again._blocks) < len(again._blocks)  # only touched blocks parsed
    monkeypatch.setattr(BlockTable, "SWITCH", 3)
    whole = BlockTable(BlockTable.build(items.items()))
    assert all(whole.get(k) == v for k, v in items.items())
    assert whole._full == items and dict(whole.items()) == items


def test_block_table_searched_in_its_bytes_or_parsed_gives_the_same_values() -> None:
    """A lookup searches the block's bytes for ``key\ttab`` until the block is parsed:
    both ways must give the dict's answer, for keys that are prefixes or extensions of
    others, first and last lines of a block, and keys that could never be in a table."""
    items = {f"w{i:04d}": f"{i % 7}\tv{i}" for i in range(0, 700, 3)} | {"é": "x", "a b": "2", "w0": "short"}
    probes = [*items, "w", "w000", "w00000", "w0001", "w06999", "é\t", "a", "a\tb", "w0003\tv", "\n", "", "\ud800"]
    searched = BlockTable(BlockTable.build(items.items()))
    parsed = BlockTable(BlockTable.build(items.items()))
    parsed.parse_after = 0
    for table in (searched, parsed):
        assert [table.get(k) for k in probes] == [items.get(k) for k in probes]
    assert all(b is None for b in searched._blocks) and any(b is not None for b in parsed._blocks)


def test_damaged_table_is_built_again(cache: Path) -> None:
    cached_table(("k", 2), lambda: iter({"a": "1", "b": "2"}.items()))
    for path in cache.glob("table-*.txt"):
        path.write_bytes(path.read_bytes()[:-3])
    assert cached_table(("k", 2), lambda: iter({"a": "1", "b": "2"}.items())).get("b") == "2"


def test_cached_data_is_parsed_once(cache: Path) -> None:
    calls: list[int] = []

    def parse(raw: bytes) -> object:
        calls.append(1)
        return {"size": len(raw)}

    assert cached_data("passive.yaml", parse) == cached_data("passive.yaml", parse)
    assert len(calls) == 1


def test_without_a_cache_everything_is_built_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAINSPEAK_NO_CACHE", "1")
    monkeypatch.setenv("PLAINSPEAK_CACHE_DIR", str(tmp_path))
    assert _behaviour(compile_patterns(SPECS, "t")) == _behaviour([re.compile(p, f) for p, f in SPECS])
    assert cached_table(("k", 3), lambda: iter({"a": "1"}.items())).get("a") == "1"
    assert not any(tmp_path.iterdir())
    assert fastload._folder() is None


def test_module_pattern_cache_gives_the_same_expressions(cache: Path) -> None:
    from plainspeak.fastload import PatternCache

    first = [PatternCache("m").compile(p, f) for p, f in SPECS]  # compiled, then stored
    second = [PatternCache("m").compile(p, f) for p, f in SPECS]  # from the stored code
    fresh = [re.compile(p, f) for p, f in SPECS]
    assert _behaviour(first) == _behaviour(second) == _behaviour(fresh)
    assert len(list(cache.glob("re-m-*.json"))) == 1


def test_tokenizer_special_case_matcher_from_the_cache_is_the_one_built(cache: Path) -> None:
    from plainspeak import tokenizer

    def fresh() -> tokenizer.Tokenizer:
        tokenizer.get_tokenizer.cache_clear()
        return tokenizer.get_tokenizer()

    built = tokenizer.Tokenizer(tokenizer._read_rules())._special_matcher()
    first = fresh()  # builds and writes the cache
    files = list(cache.glob("data-*.json"))
    assert files
    second = fresh()  # read back
    assert first._matcher == second._matcher == built
    text = "Don't go (e.g. now) :-) 'cause we can't."
    assert second(text) == tokenizer.Tokenizer(tokenizer._read_rules())(text)
    for damage in ('{"x": [[1]]}', "[]", '{"(": [["x"]]}'):
        for path in files:
            path.write_text(damage)
        assert fresh()._special_matcher() == built  # refused, built again
    tokenizer.get_tokenizer.cache_clear()


def test_a_table_checksum_is_verified_once_per_version_of_the_file(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    from plainspeak.glossary import cache as glossary_cache

    monkeypatch.setattr(glossary_cache, "RACY_NS", 0)  # as if written long ago
    items = {"a": "1", "b": "2\twith a tab"}
    cached_table(("k", 3), lambda: iter(items.items()))  # built and written
    assert cached_table(("k", 3), lambda: iter(())).get("b") == "2\twith a tab"  # verified, marked
    assert list(cache.glob("table-*.ok"))
    calls = []
    real = fastload.zlib.crc32
    monkeypatch.setattr(fastload.zlib, "crc32", lambda data: calls.append(1) or real(data))
    assert cached_table(("k", 3), lambda: iter(())).get("a") == "1" and not calls  # not verified again
    # The same size and modification time, other bytes: verified, refused, built again.
    (path,) = cache.glob("table-*.txt")
    before = path.stat()
    time.sleep(0.05)
    path.write_bytes(path.read_bytes().replace(b"a\t1", b"a\t9"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert cached_table(("k", 3), lambda: iter(items.items())).get("a") == "1" and calls
