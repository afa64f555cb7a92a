"""Compiled glossaries in the user cache: reused between runs, and the folder stays small."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

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
    assert not any(isinstance(dict.__getitem__(again.matcher.root, k), dict) for k in dict.keys(again.matcher.root))
    assert [(i, j) for i, j, _p, _gap in again.matcher.find(["the", "look", "after", "child"])] == [(1, 4)]
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


def _same_size_edit(path: Path, text: str) -> None:
    """Rewrite ``path`` with other bytes of the same size and put its modification time back."""
    before = path.stat()
    assert len(text.encode()) == before.st_size
    time.sleep(0.05)  # past the file system's timestamp tick: the change time moves on
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns and path.stat().st_size == before.st_size


def test_the_digest_is_not_read_again_while_the_files_are_unchanged_and_never_stale(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAINSPEAK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "RACY_NS", 0)  # as if the file were written long ago
    glossary = tmp_path / "local.yaml"
    glossary.write_text("entries: []  # version a\n", encoding="utf-8")
    first = cache.glossary_digest([glossary])
    assert first == cache._hash_files((glossary,))
    assert list((tmp_path / "cache" / "glossaries").glob("*.stamp"))

    # A later run (no in-process memory) takes the digest from the stamp without reading the file.
    cache._digest.cache_clear()
    real_hash = cache._hash_files
    monkeypatch.setattr(cache, "_hash_files", lambda paths: pytest.fail("read the glossary again"))
    assert cache.glossary_digest([glossary]) == first

    # The same size and modification time, other bytes: hashed again, a new digest.
    monkeypatch.setattr(cache, "_hash_files", real_hash)
    _same_size_edit(glossary, "entries: []  # version b\n")
    cache._digest.cache_clear()
    second = cache.glossary_digest([glossary])
    assert second != first and second == cache._hash_files((glossary,))
    # ... and in the same process too, without clearing anything.
    _same_size_edit(glossary, "entries: []  # version c\n")
    assert cache.glossary_digest([glossary]) == cache._hash_files((glossary,)) not in (first, second)


def test_a_file_written_just_now_is_hashed_every_time_and_never_stamped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAINSPEAK_CACHE_DIR", str(tmp_path / "cache"))
    glossary = tmp_path / "local.yaml"
    glossary.write_text("entries: []\n", encoding="utf-8")
    assert cache.glossary_digest([glossary]) == cache._hash_files((glossary,))
    assert not list((tmp_path / "cache").rglob("*.stamp"))
    # Where the change time is not the kernel's (Windows), nothing is ever stamped.
    monkeypatch.setattr(cache, "RACY_NS", 0)
    monkeypatch.setattr(cache, "TRUST_SIGNATURES", False)
    cache._digest.cache_clear()
    assert cache.glossary_digest([glossary]) == cache._hash_files((glossary,))
    assert not list((tmp_path / "cache").rglob("*.stamp"))


def test_the_checksum_is_verified_again_whenever_the_cache_file_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "RACY_NS", 0)
    cache.store("d" * 64, _compiled("looked after child"), tmp_path)
    path = tmp_path / "glossaries" / f"{'d' * 32}.json"
    cache._load.cache_clear()
    assert cache.load("d" * 64, tmp_path) is not None  # verified, and marked as verified
    assert path.with_suffix(".ok").exists()

    calls = []
    real_crc = cache.zlib.crc32
    monkeypatch.setattr(cache.zlib, "crc32", lambda data: calls.append(1) or real_crc(data))
    cache._load.cache_clear()
    assert cache.load("d" * 64, tmp_path) is not None and not calls  # unchanged: not read twice

    # A byte changed in place, size and modification time kept: the checksum refuses it.
    whole = path.read_bytes()
    at = whole.index(b"looked after")
    _same_size_bytes = whole[:at] + b"LOOKED" + whole[at + 6:]
    before = path.stat()
    time.sleep(0.05)
    path.write_bytes(_same_size_bytes)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    cache._load.cache_clear()
    assert cache.load("d" * 64, tmp_path) is None and calls


def test_acronyms_are_built_when_asked_for(tmp_path: Path) -> None:
    from plainspeak.glossary.model import Acronym

    acronyms = {"LAC": Acronym("LAC", ["looked after child"]), "GP": Acronym("GP", ["general practitioner"],
                                                                           well_known=True)}
    compiled = compile_glossary([Entry(id="x", term="service user", category="test", why="A label.")],
                                list(acronyms.values()))
    cache.store("e" * 64, compiled, tmp_path)
    cache._load.cache_clear()
    again = cache.load("e" * 64, tmp_path)
    assert again is not None
    assert set(again.acronyms) == {"LAC", "GP"} and again.acronyms.well_known == {"GP"}  # type: ignore[attr-defined]
    assert not again.acronyms._made  # type: ignore[attr-defined]
    assert again.acronyms["LAC"] == compiled.acronyms["LAC"]
    assert list(again.acronyms._made) == ["LAC"]  # type: ignore[attr-defined]
    assert dict(again.acronyms.items()) == dict(compiled.acronyms.items())


def test_word_forms_for_advice_are_read_when_asked_for(tmp_path: Path) -> None:
    from plainspeak.advice import Lexicon

    compiled = _compiled("looked after child")
    compiled.add_lexicon()
    assert compiled.lexicon["readings"] and compiled.lexicon["forms"]
    cache.store("f" * 64, compiled, tmp_path)
    cache._load.cache_clear()
    again = cache.load("f" * 64, tmp_path)
    assert again is not None
    readings, forms = again.lexicon["readings"], again.lexicon["forms"]
    assert not readings._made and not forms._made  # type: ignore[attr-defined]
    assert dict(readings.items()) == compiled.lexicon["readings"] and dict(forms.items()) == compiled.lexicon["forms"]
    fresh, loaded = Lexicon(compiled.lexicon), Lexicon(again.lexicon)
    for word in [*compiled.lexicon["readings"], "looking", "cared", "zzzq", "children"]:
        assert loaded.readings(word) == fresh.readings(word)
        for lemma, upos, tag in fresh.readings(word):
            assert loaded.inflect(lemma, upos, tag) == fresh.inflect(lemma, upos, tag)


def test_a_damaged_word_form_text_names_the_cache_file() -> None:
    from plainspeak.errors import GlossaryError

    table = cache.LazyJsonMap(cache._Slices(memoryview(b'[["a","NOUN","NN"]]{"x'), [19, 22]), ["a", "b"], list,
                              "cache.json")
    assert table["a"] == [["a", "NOUN", "NN"]]
    with pytest.raises(GlossaryError, match="damaged"):
        table["b"]


def test_the_cache_file_is_mapped_on_posix_and_read_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.json"
    path.write_bytes(b"123\n{}\nbody")
    with open(path, "rb") as fh:
        mapped = cache._map(fh, 11)
        assert bytes(mapped[:]) == b"123\n{}\nbody" and (os.name != "posix" or not isinstance(mapped, bytes))
    monkeypatch.setattr(cache.os, "name", "nt")
    with open(path, "rb") as fh:
        assert cache._map(fh, 11) == b"123\n{}\nbody"
