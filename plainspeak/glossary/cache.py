"""The compiled glossaries, kept on disk between runs.

Reading and compiling every glossary (YAML parsing, tokenising each term, running each
local entry's examples) costs more than checking a one-page document, and it grows with
the glossaries. A pre-commit hook runs plainspeak again and again on the same
glossaries, so the compiled matcher is stored as JSON in the user's cache folder
(``~/.cache/plainspeak``, as pre-commit keeps ``~/.cache/pre-commit``), keyed by the
glossary files' paths and bytes and plainspeak's version: a run with unchanged
glossaries reads one file instead of compiling, whatever the glossaries' size. It is
not in the project, so ``--no-cache`` runs write nothing there.

JSON, not pickle: loading a pickle can run code, and a cache must never be a way to
run code that a document or a pull request smuggled in.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any, overload

from plainspeak import __version__
from plainspeak.atomic import write_atomically
from plainspeak.glossary.compile import _END, CompiledGlossary, Matcher, Pattern
from plainspeak.glossary.model import Acronym, Entry, Meaning, Source

#: 3: each entry stored as its own JSON text, parsed when first used (a page meets a few
#: entries; parsing all of them was most of the cache's load time), ids listed apart.
#: 4: the trie's subtrees below each first word stored as JSON texts, built when a document
#: first meets that word (a page meets a few dozen of thousands).
#: 5: the file is one line of JSON (everything but the entries, with each entry's end
#: offset) and then the entries' JSON texts back to back, sliced out when first used: a
#: ten-times-larger glossary no longer means parsing ten times the JSON at every start.
#: 6: glossary format v2 (advice, forms, pos, law, explain, meanings, names) and word forms.
#: 7: the first line is a CRC-32 of the rest, so a damaged or hand-edited file (an entry
#: index out of range, a field that is not an Entry's) is refused before any of it is used
#: (the entries and trie are built lazily, long after loading).
#: 8: word forms include nouns lemminflect's dictionary lacks ("leavers").
#: 9: the acronyms and the trie's subtrees are JSON texts after the entries too, sliced out
#: when first used (the first line lists only their letters, first words and end offsets);
#: the letters of well-known acronyms are listed apart. A page meets a few acronyms, and
#: parsing all of a ten-times-larger glossary's acronyms was most of what still grew.
#: 11: (main) word order of two-word terms (glossary format 2).
#: 12: the word forms for advice (``lexicon``: readings by word, forms by lemma) are JSON
#: texts after the trie's, one per word, sliced out when first used: parsing the whole
#: table was the largest JSON a one-page run read (300 KB, about 8 ms).
#: 13: a term's last word in its base form no longer matches its -ing and -ed forms
#: (``compile.base_last``), recorded in the patterns' forms.
#: 14: a comparative or superlative term word ("nearest") matches only as written.
#: 15: an entry's ``topic`` (kinds of document in which no ``near`` word is needed).
#: 16: nouns read as their own lemma (``data/lemma_overrides.txt``): "number", not "numb".
#: 17: ``{person}`` in a variant, written out as each of ``people_nouns`` (``data/advice.yaml``).
#: 18: ``{condition}`` too (``condition_nouns``), and each pattern says whether a placeholder
#: wrote it (an entry that writes the same words itself is reported instead).
_FORMAT = 18
#: Package data read when a glossary is compiled (``people_nouns``, ``condition_nouns``).
_COMPILED_DATA = Path(__file__).resolve().parent.parent / "data" / "advice.yaml"
#: Set to False (``--no-cache``) to neither read nor write the cache.
enabled = os.environ.get("PLAINSPEAK_NO_CACHE", "") == ""


def glossary_digest(paths: list[Path]) -> str:
    """A hash of the glossary files' names and bytes (no YAML parsing: it must be cheap).

    Remembered per file signature (device, inode, size, modification and change times in
    nanoseconds, see ``_signature``), so checking many files in one run reads the
    glossaries once, not once per file. Between runs, the hash is kept in the user cache
    under the files' signatures: while none of them changed, the files are not read again,
    so a run's start-up does not grow with the glossaries' size.
    """
    try:
        sigs = tuple(_signature(os.stat(p)) for p in paths)
    except OSError:
        return _hash_files(tuple(paths))  # a missing file: hashed (as unreadable) every time
    return _digest(tuple(paths), sigs)


#: A file whose modification or change time is less than this before now is hashed
#: afresh every run and never stamped: a second write within the file system's timestamp
#: tick (a few milliseconds on Linux) could leave every field of its signature the same
#: (git calls such files "racily clean").
RACY_NS = 2_000_000_000


def _signature(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """What must all stay the same for a file's bytes to be taken as unchanged.

    The change time (``st_ctime_ns``) is set by the kernel on every write, rename or
    ``utime``, and no program can set it back: an edit that keeps the size and puts the
    modification time back (``touch -d``, ``rsync -t``, ``git checkout`` of the same
    second) still changes it. A file replaced by another (an editor's save-and-rename, a
    checkout) has a new inode.
    """
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


#: Only where the change time is the kernel's status-change time (Linux, macOS, the BSDs).
#: On Windows ``st_ctime`` is the creation time, which an edit does not move: there the
#: files are hashed every run, as before.
TRUST_SIGNATURES = os.name == "posix"


def _settled(sig: tuple[int, ...], now_ns: int) -> bool:
    return TRUST_SIGNATURES and max(sig[3], sig[4]) <= now_ns - RACY_NS


def _read_small(path: Path) -> bytes | None:
    """A small file of this cache, or None (missing, a link someone planted, too big)."""
    try:
        if os.path.islink(path):
            return None
        with open(path, "rb") as fh:
            data = fh.read(4097)
        return data if len(data) <= 4096 else None
    except OSError:
        return None


def _stamped_digest(paths: tuple[Path, ...], sigs: tuple[tuple[int, ...], ...]) -> str:
    """The glossaries' digest from the stamp left by an earlier run, or hashed afresh.

    The stamp file is named by a hash of the paths and their stat signatures (taken
    before the files are read), so a changed file, a new file or another list of files
    finds no stamp and is hashed. A stamp is written only for files that have settled
    (``RACY_NS``): a later write then surely changes the change time.
    """
    if not enabled:
        return _hash_files(paths)
    now = time.time_ns()
    settled = all(_settled(sig, now) for sig in sigs)
    key = hashlib.sha256(f"{__version__}\0{_FORMAT}\0{_data_tag()}\0{sigs!r}".encode())
    for p in paths:
        key.update(b"\0" + os.path.realpath(p).encode())
    stamp = user_cache_dir() / "glossaries" / f"{key.hexdigest()[:32]}.stamp"
    if settled:
        raw = _read_small(stamp)
        if raw is not None and _DIGEST.fullmatch(raw):
            with suppress(OSError):
                if os.stat(stamp).st_mtime < time.time() - TOUCH_AFTER_S:
                    os.utime(stamp)  # recently used: kept when older ones are pruned
            return raw.decode()
    digest = _hash_files(paths)
    if settled and not stamp.parent.is_symlink():
        with suppress(OSError):
            stamp.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(stamp, digest.encode(), follow_links=False)
            _prune(stamp.parent, KEEP_STAMPS, ".stamp")
    return digest


_DIGEST = re.compile(rb"[0-9a-f]{64}")


@lru_cache(maxsize=16)
def _digest(paths: tuple[Path, ...], sigs: tuple[tuple[int, ...], ...]) -> str:
    return _stamped_digest(paths, sigs)


@lru_cache(maxsize=1)
def _data_tag() -> str:
    """The stat signature of the package data a glossary is compiled with (``people_nouns``
    and ``condition_nouns``, which placeholders are written out from): a checkout whose word
    lists changed must not reuse a glossary compiled from the old ones. A released version
    never changes them, so this only matters to people editing plainspeak; a stat, not a read."""
    try:
        return repr(_signature(os.stat(_COMPILED_DATA)))
    except OSError:
        return "missing"


def _hash_files(paths: tuple[Path, ...]) -> str:
    h = hashlib.sha256(f"{__version__}\0{_FORMAT}\0{_data_tag()}".encode())
    for p in paths:
        try:
            data = p.read_bytes()
        except OSError:
            data = b"\0unreadable"
        h.update(str(p.resolve()).encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def user_cache_dir() -> Path:
    """``$PLAINSPEAK_CACHE_DIR``, else ``$XDG_CACHE_HOME/plainspeak``, else ``~/.cache/plainspeak``."""
    explicit = os.environ.get("PLAINSPEAK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "plainspeak"


def _file(digest: str, folder: Path | None) -> Path:
    return (folder or user_cache_dir()) / "glossaries" / f"{digest[:32]}.json"


def _trie_to_json(node: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, child in node.items():
        if key == _END:
            out[key] = [[p.entry, p.kind, list(p.texts), list(p.forms), p.placeholder] for p in child]
        else:
            out[key] = _trie_to_json(child)
    return out


def _trie_from_json(node: dict[str, Any], entries: int = 1 << 62) -> dict[str, Any]:
    """The trie back from JSON, checked on the way: a damaged cache must be rebuilt, not
    crash a later match (an entry number out of range, a text that is not a list...).

    Iterative, so a trie of any depth cannot exhaust the stack.
    """
    root: dict[str, Any] = {}
    stack = [(node, root)]
    while stack:
        src, out = stack.pop()
        if not isinstance(src, dict):
            raise TypeError("trie node is not a map")
        for key, child in src.items():
            if key == _END:
                if not isinstance(child, list):
                    raise TypeError("patterns are not a list")
                patterns = []
                for e, k, t, f, held in child:
                    if type(e) is not int or not 0 <= e < entries or not isinstance(k, str) or not _strings(t) \
                            or not _strings(f) or type(held) is not bool:
                        raise ValueError("damaged pattern")
                    patterns.append(Pattern(e, k, tuple(t), tuple(f), held))
                out[key] = patterns
            else:
                made: dict[str, Any] = {}
                out[key] = made
                stack.append((child, made))
    return root


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _shape_ok(d: Any, cls: type) -> bool:
    """Whether a cached dict can become ``cls`` and behave: known fields, right types.

    Checked from the dataclass's own field list, so a field added to ``Entry`` later is
    checked too. A field of a type not listed here is accepted as it is.
    """
    if not isinstance(d, dict):
        return False
    known = _field_types(cls)
    if not d.keys() <= known.keys():
        return False
    for name, declared in known.items():
        if name not in d:
            if declared[1]:
                return False  # a field with no default is missing
            continue
        value = d[name]
        kind = declared[0]
        if kind == "str" and not isinstance(value, str):
            return False
        if kind == "str | None" and value is not None and not isinstance(value, str):
            return False
        if kind == "int" and type(value) is not int:
            return False
        if kind == "bool" and type(value) is not bool:
            return False
        if kind == "list[str]" and not _strings(value):
            return False
        if kind == "list[Source]" and not (isinstance(value, list) and all(_shape_ok(v, Source) for v in value)):
            return False
    return True


@lru_cache(maxsize=8)
def _field_types(cls: type) -> dict[str, tuple[str, bool]]:
    """Field name → (declared type as written, whether it has no default)."""
    from dataclasses import MISSING, fields

    return {f.name: (str(f.type), f.default is MISSING and f.default_factory is MISSING) for f in fields(cls)}


class _LazyRoot(dict[str, Any]):
    """The trie's first level: each subtree is kept as the number of its JSON text in the
    cache file until a document has its first word. ``Matcher.find`` asks ``first in root``
    (C speed) and then ``root[first]``, which builds the subtree once."""

    def __init__(self, texts: _Slices | None = None, entries: int = 1 << 62) -> None:
        super().__init__()
        self._texts = texts
        self._entries = entries

    def __getitem__(self, key: str) -> Any:
        value = dict.__getitem__(self, key)
        if type(value) is int and self._texts is not None:
            value = _trie_from_json(json.loads(self._texts[value]), self._entries)
            dict.__setitem__(self, key, value)
        return value

    # Every other way of reading it sees built subtrees too (the matcher uses only ``in``
    # and ``[]``; these keep equality, ``get`` and iteration over values honest).
    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def items(self) -> Any:
        return [(key, self[key]) for key in self]

    def values(self) -> Any:
        return [self[key] for key in self]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, dict) and dict(self.items()) == dict(other.items())

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _entry_from_dict(d: dict[str, Any]) -> Entry:
    d = dict(d)
    d["sources"] = [Source(**s) for s in d.get("sources", [])]
    return Entry(**d)


def _acronym_from_dict(d: dict[str, Any]) -> Acronym:
    d = dict(d)
    d["sources"] = [Source(**s) for s in d.get("sources", [])]
    meanings = []
    for raw in d.get("meanings", []):
        m = dict(raw)
        m["sources"] = [Source(**s) for s in m.get("sources", [])]
        meanings.append(Meaning(**m))
    d["meanings"] = meanings
    return Acronym(**d)


class _Slices:
    """JSON texts stored back to back: ``body[ends[i-1]:ends[i]]`` (the first from
    ``start``), decoded when asked for."""

    def __init__(self, body: memoryview, ends: list[int], start: int = 0) -> None:
        self._body = body
        self._ends = ends
        self._start = start

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i: int) -> str:
        start = self._ends[i - 1] if i else self._start
        return str(self._body[start:self._ends[i]], "utf-8")


class _LazyIndexed(Mapping[str, Any]):
    """A table of JSON texts by key, each turned into a value when first asked for (the
    subclasses' ``__getitem__`` says how, and keeps it in ``_made``)."""

    def __init__(self, texts: _Slices, keys: list[str], path: str) -> None:
        self._texts = texts
        self._index = dict(zip(keys, range(len(keys)), strict=True))
        self._made: dict[str, Any] = {}
        self._path = path

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


class LazyAcronyms(_LazyIndexed):
    """The glossaries' acronyms by their letters, each built from its JSON text when first
    asked for: a document has a few of the hundreds a glossary lists.

    ``well_known`` holds the letters of those marked ``well_known``, so the acronym check
    can skip them without building every acronym to read the mark.
    """

    def __init__(self, texts: _Slices, letters: list[str], well_known: frozenset[str], path: str) -> None:
        super().__init__(texts, letters, path)
        self.well_known = well_known

    def __getitem__(self, abbr: str) -> Acronym:
        made = self._made.get(abbr)
        if made is None:
            raw = json.loads(self._texts[self._index[abbr]])
            if not _shape_ok(raw, Acronym):
                raise _damaged(self._path)
            try:
                made = self._made[abbr] = _acronym_from_dict(raw)
            except (TypeError, ValueError, AttributeError) as exc:
                raise _damaged(self._path) from exc
        return made


class LazyJsonMap(_LazyIndexed):
    """A ``str -> JSON value`` table whose values are parsed when first asked for.

    The advice's word forms (``CompiledGlossary.lexicon``: readings of about 3,000 words,
    forms of about 1,700 lemmas) are looked up a few words at a time; ``kind`` is the type
    every value must have (a damaged file raises a ``GlossaryError`` naming it).
    """

    def __init__(self, texts: _Slices, keys: list[str], kind: type, path: str) -> None:
        super().__init__(texts, keys, path)
        self._kind = kind

    def __getitem__(self, key: str) -> Any:
        made = self._made.get(key)
        if made is None:
            try:
                made = json.loads(self._texts[self._index[key]])
            except (ValueError, UnicodeDecodeError) as exc:
                raise _damaged(self._path) from exc
            if not isinstance(made, self._kind):
                raise _damaged(self._path)
            self._made[key] = made
        return made


def _damaged(path: str) -> Exception:
    from plainspeak.errors import GlossaryError

    return GlossaryError("the compiled glossary in the cache is damaged", path=path,
                         hint="delete this file (or the folder it is in): plainspeak compiles it again")


class LazyEntries(Sequence[Entry]):
    """Entries built from their cached dicts on first use: a document meets a few hundred
    of them, so loading a ten-times-larger glossary costs little more than a small one."""

    def __init__(self, raw: Sequence[str] | _Slices, ids: list[str]) -> None:
        self._raw = raw
        self._made: list[Entry | None] = [None] * len(raw)
        self._id_list = ids
        self._ids: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> Entry: ...

    @overload
    def __getitem__(self, index: slice) -> list[Entry]: ...

    def __getitem__(self, index: int | slice) -> Entry | list[Entry]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        entry = self._made[index]
        if entry is None:
            entry = self._made[index] = _entry_from_dict(json.loads(self._raw[index]))
        return entry

    def ids(self) -> list[str]:
        return list(self._id_list)

    def index_of(self, entry_id: str) -> int | None:
        if self._ids is None:
            self._ids = {entry_id: i for i, entry_id in enumerate(self._id_list)}
        return self._ids.get(entry_id)


class _ById(Mapping[str, Entry]):
    def __init__(self, entries: LazyEntries) -> None:
        self._entries = entries

    def __getitem__(self, key: str) -> Entry:
        i = self._entries.index_of(key)
        if i is None:
            raise KeyError(key)
        return self._entries[i]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries.ids())

    def __len__(self) -> int:
        return len(self._entries)


#: Compiled glossaries kept in the user cache; the least recently used go first. Every
#: edit of a glossary (and every plainspeak version) compiles a new one of about 0.6 MB.
KEEP_COMPILED = 16
#: Stamps (a 64-byte digest each, see ``_stamped_digest``) kept in the user cache.
KEEP_STAMPS = 64
#: A file of this cache used again is marked as used (its time set to now) only when its
#: mark is older than this: every run would otherwise write to the cache folder, and
#: change the file's signature so its checksum would be verified again.
TOUCH_AFTER_S = 600


def load(digest: str, folder: Path | None = None) -> CompiledGlossary | None:
    if not enabled:
        return None
    path = _file(digest, folder)
    compiled = _load(str(path), digest)
    if compiled is not None:
        with suppress(OSError):
            if os.stat(path).st_mtime < time.time() - TOUCH_AFTER_S:
                os.utime(path)  # recently used: kept when older ones are pruned
    return compiled


#: The names this cache writes; pruning never touches any other file.
_OWN_NAME = re.compile(r"[0-9a-f]{32}\.(json|stamp)")


def _prune(folder: Path, keep: int = KEEP_COMPILED, suffix: str = ".json") -> None:
    """Delete all but the ``keep`` most recently used files of a kind in ``folder``.

    Only regular files named as this cache names them are counted or deleted, never a
    link or someone else's JSON (a cache folder can be a link to a shared place). A
    compiled glossary's checksum mark (``.ok``) goes with it.
    """
    files = []
    try:
        with os.scandir(folder) as it:
            for item in it:
                if item.name.endswith(suffix) and _OWN_NAME.fullmatch(item.name) \
                        and item.is_file(follow_symlinks=False):
                    files.append((item.stat(follow_symlinks=False).st_mtime, Path(item.path)))
    except OSError:
        return
    files.sort(reverse=True)
    for _mtime, path in files[keep:]:
        with suppress(OSError):
            path.unlink()
        if suffix == ".json":
            with suppress(OSError):
                if not os.path.islink(path.with_suffix(".ok")):
                    path.with_suffix(".ok").unlink()


def _checked(path: str, st: os.stat_result) -> bool:
    """Whether this very file (same signature) passed its checksum in an earlier run."""
    if not TRUST_SIGNATURES:
        return False
    raw = _read_small(Path(path).with_suffix(".ok"))
    return raw is not None and raw == repr(list(_signature(st))).encode()


def _mark_checked(path: str, st: os.stat_result) -> None:
    """Remember that the file with this signature passed its checksum (once it is settled)."""
    if not _settled(_signature(st), time.time_ns()) or Path(path).parent.is_symlink():
        return
    with suppress(OSError):
        write_atomically(Path(path).with_suffix(".ok"), repr(list(_signature(st))).encode(), follow_links=False)


def _map(fh: Any, size: int) -> Any:
    """The cache file's bytes, mapped rather than read: a run touches its first line and
    the few entries a document meets, not the whole file (9 MB for a ten-times glossary:
    reading it all was most of what a larger glossary still added to a one-page run).
    Cache files are only ever replaced whole (written aside, then renamed), never
    rewritten in place, so the mapped bytes cannot change under the run. Only on POSIX:
    Windows cannot replace a file while it is mapped, so there it is read as before."""
    if size == 0 or os.name != "posix":
        return fh.read()
    import mmap

    return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


@lru_cache(maxsize=4)
def _load(path: str, digest: str) -> CompiledGlossary | None:
    try:
        if os.path.islink(path):
            return None  # never read (or later replace) a file through a link planted in the cache
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            whole = _map(fh, st.st_size)
        first = whole.find(b"\n")
        second = whole.find(b"\n", first + 1)
        if first < 0 or second < 0:
            return None
        # The checksum of every byte costs as much as the rest of loading a large glossary:
        # it is verified once per version of the file (its stat signature), not every run.
        if len(whole) != st.st_size or not _checked(path, st):
            if int(whole[:first]) != zlib.crc32(memoryview(whole)[first + 1:]):
                return None
            _mark_checked(path, st)
        data = json.loads(whole[first + 1:second])
        if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("digest") != digest:
            return None
        ids, letters, firsts = data["ids"], data["acronym_letters"], data["trie_firsts"]
        words, lemmas = data["lexicon_words"], data["lexicon_lemmas"]
        ends = (data["entry_ends"] + data["acronym_ends"] + data["trie_ends"] + data["lexicon_word_ends"]
                + data["lexicon_lemma_ends"])
        body = memoryview(whole)[second + 1:]
        if not (isinstance(ids, list) and isinstance(letters, list) and isinstance(firsts, list)
                and isinstance(words, list) and isinstance(lemmas, list)
                and len(data["entry_ends"]) == len(ids) and len(data["acronym_ends"]) == len(letters)
                and len(data["trie_ends"]) == len(firsts) and len(data["lexicon_word_ends"]) == len(words)
                and len(data["lexicon_lemma_ends"]) == len(lemmas)
                # Type checks over every item run in C (``set(map(type, ...))``): item by item in
                # Python they were a fifth of loading a ten-times-larger glossary.
                and set(map(type, ends)) <= {int} and ends == sorted(ends) and (not ends or ends[0] >= 0)
                and set(map(type, [*ids, *letters, *firsts, *words, *lemmas])) <= {str}
                and (not ends or ends[-1] == len(body))):
            return None
        n_entries, n_acronyms = len(ids), len(letters)
        entries = LazyEntries(_Slices(body, ends[:n_entries]), ids)
        acronyms = LazyAcronyms(_Slices(body, ends[n_entries:n_entries + n_acronyms],
                                        ends[n_entries - 1] if n_entries else 0),
                                letters, frozenset(a for a in data["well_known"] if isinstance(a, str)), path)
        start = ends[n_entries + n_acronyms - 1] if n_entries + n_acronyms else 0
        n_before = n_entries + n_acronyms + len(firsts)
        root = _LazyRoot(_Slices(body, ends[n_entries + n_acronyms:n_before], start), n_entries)
        if _END in firsts:
            return None
        dict.update(root, zip(firsts, range(len(firsts)), strict=True))  # as dict.__setitem__ would, in C
        if data["root_patterns"] is not None:
            dict.__setitem__(root, _END, _trie_from_json({_END: data["root_patterns"]}, n_entries)[_END])
        if type(data["size"]) is not int:
            return None
        matcher = Matcher(root, data["size"])
        names = [str(n) for n in data.get("names", [])]
        start = ends[n_before - 1] if n_before else 0
        n_words = n_before + len(words)
        lexicon: dict[str, Any] = {}
        if data["lexicon"]:
            lexicon = {"readings": LazyJsonMap(_Slices(body, ends[n_before:n_words], start), words, list, path),
                       "forms": LazyJsonMap(_Slices(body, ends[n_words:], ends[n_words - 1] if n_words else 0),
                                            lemmas, dict, path)}
    except (Exception, RecursionError):  # noqa: BLE001 - any damage at all: compile again
        return None
    return CompiledGlossary(entries, matcher, acronyms, _ById(entries), names, lexicon)  # type: ignore[arg-type]


def store(digest: str, compiled: CompiledGlossary, folder: Path | None = None) -> None:
    if not enabled:
        return
    target = _file(digest, folder)
    root = compiled.matcher.root
    firsts = [key for key in root if key != _END]
    data = {
        "format": _FORMAT,
        "digest": digest,
        "ids": [e.id for e in compiled.entries],
        "acronym_letters": list(compiled.acronyms),
        "well_known": [abbr for abbr, a in compiled.acronyms.items() if a.well_known],
        "trie_firsts": firsts,
        "root_patterns": _trie_to_json({_END: root[_END]})[_END] if _END in root else None,
        "size": compiled.matcher.size,
        "names": list(compiled.names),
        # Whether there is a table at all; its words' readings and lemmas' forms are
        # texts after the trie's (format 11).
        "lexicon": bool(compiled.lexicon),
    }
    table = compiled.lexicon or {}
    readings: Mapping[str, Any] = table.get("readings", {})
    forms: Mapping[str, Any] = table.get("forms", {})
    try:
        if set(table) - {"readings", "forms"}:
            raise ValueError("a word-form table with a part this cache does not store")
        target.parent.mkdir(parents=True, exist_ok=True)
        texts = [_json_bytes(asdict(e)) for e in compiled.entries]
        acronym_texts = [_json_bytes(asdict(a)) for a in compiled.acronyms.values()]
        trie_texts = [_json_bytes(_trie_to_json({key: root[key]})[key]) for key in firsts]
        data["lexicon_words"], data["lexicon_lemmas"] = list(readings), list(forms)
        word_texts = [_json_bytes(value) for value in readings.values()]
        lemma_texts = [_json_bytes(value) for value in forms.values()]
        ends, size = [], 0
        groups = (texts, acronym_texts, trie_texts, word_texts, lemma_texts)
        for text in (t for group in groups for t in group):
            size += len(text)
            ends.append(size)
        names_of = ("entry_ends", "acronym_ends", "trie_ends", "lexicon_word_ends", "lexicon_lemma_ends")
        at = 0
        for name, group in zip(names_of, groups, strict=True):
            data[name] = ends[at:at + len(group)]
            at += len(group)
        head = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if target.parent.is_symlink():
            return  # a link planted in the cache: write nothing through it
        rest = head + b"\n" + b"".join(t for group in groups for t in group)
        write_atomically(target, str(zlib.crc32(rest)).encode() + b"\n" + rest, follow_links=False)
    except (OSError, RecursionError, ValueError):
        return  # a read-only checkout still works, just without the cache
    _prune(target.parent)
