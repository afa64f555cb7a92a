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
_FORMAT = 8
#: Set to False (``--no-cache``) to neither read nor write the cache.
enabled = os.environ.get("PLAINSPEAK_NO_CACHE", "") == ""


def glossary_digest(paths: list[Path]) -> str:
    """A hash of the glossary files' names and bytes (no YAML parsing: it must be cheap).

    Remembered per file size and modification time, so checking many files in one run
    reads the glossaries once, not once per file.
    """
    from plainspeak.glossary.catalog import file_stamp

    return _digest(tuple(paths), file_stamp(paths))


@lru_cache(maxsize=16)
def _digest(paths: tuple[Path, ...], _stamp: object) -> str:
    h = hashlib.sha256(f"{__version__}\0{_FORMAT}".encode())
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
            out[key] = [[p.entry, p.kind, list(p.texts), list(p.forms)] for p in child]
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
                for e, k, t, f in child:
                    if type(e) is not int or not 0 <= e < entries or not isinstance(k, str) or not _strings(t) \
                            or not _strings(f):
                        raise ValueError("damaged pattern")
                    patterns.append(Pattern(e, k, tuple(t), tuple(f)))
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
    """The trie's first level: each subtree is kept as its JSON text until a document has
    its first word. ``Matcher.find`` asks ``first in root`` (C speed) and then
    ``root[first]``, which builds the subtree once."""

    def __getitem__(self, key: str) -> Any:
        value = dict.__getitem__(self, key)
        if type(value) is str:
            value = _trie_from_json(json.loads(value))
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


def _root_to_json(root: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, child in root.items():
        sub = _trie_to_json({key: child})[key]
        out[key] = sub if key == _END else json.dumps(sub, ensure_ascii=False, separators=(",", ":"))
    return out


def _root_from_json(raw: dict[str, Any]) -> _LazyRoot:
    root = _LazyRoot()
    for key, value in raw.items():
        if not isinstance(value, str) and key != _END:
            raise TypeError("damaged trie")
        dict.__setitem__(root, key, _trie_from_json({key: value})[key] if key == _END else value)
    return root


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
    """The entries' JSON texts: ``body[ends[i-1]:ends[i]]``, decoded when asked for."""

    def __init__(self, body: memoryview, ends: list[int]) -> None:
        self._body = body
        self._ends = ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i: int) -> str:
        start = self._ends[i - 1] if i else 0
        return str(self._body[start:self._ends[i]], "utf-8")


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


def load(digest: str, folder: Path | None = None) -> CompiledGlossary | None:
    if not enabled:
        return None
    path = _file(digest, folder)
    compiled = _load(str(path), digest)
    if compiled is not None:
        with suppress(OSError):
            os.utime(path)  # recently used: kept when older ones are pruned
    return compiled


#: The names this cache writes; pruning never touches any other file.
_OWN_NAME = re.compile(r"[0-9a-f]{32}\.json")


def _prune(folder: Path, keep: int = KEEP_COMPILED) -> None:
    """Delete all but the ``keep`` most recently used compiled glossaries in ``folder``.

    Only regular files named as this cache names them are counted or deleted, never a
    link or someone else's JSON (a cache folder can be a link to a shared place).
    """
    files = []
    try:
        with os.scandir(folder) as it:
            for item in it:
                if _OWN_NAME.fullmatch(item.name) and item.is_file(follow_symlinks=False):
                    files.append((item.stat(follow_symlinks=False).st_mtime, Path(item.path)))
    except OSError:
        return
    files.sort(reverse=True)
    for _mtime, path in files[keep:]:
        with suppress(OSError):
            path.unlink()


@lru_cache(maxsize=4)
def _load(path: str, digest: str) -> CompiledGlossary | None:
    try:
        if os.path.islink(path):
            return None  # never read (or later replace) a file through a link planted in the cache
        with open(path, "rb") as fh:
            whole = fh.read()
        first = whole.index(b"\n")
        second = whole.index(b"\n", first + 1)
        if int(whole[:first]) != zlib.crc32(memoryview(whole)[first + 1:]):
            return None
        data = json.loads(whole[first + 1:second])
        if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("digest") != digest:
            return None
        ends, ids = data["entry_ends"], data["ids"]
        body = memoryview(whole)[second + 1:]
        if not (isinstance(ends, list) and isinstance(ids, list) and len(ends) == len(ids)
                and all(isinstance(e, int) for e in ends) and all(isinstance(i, str) for i in ids)
                and (not ends or ends[-1] == len(body))):
            return None
        entries = LazyEntries(_Slices(body, ends), ids)
        if not isinstance(data["acronyms"], list) or not all(_shape_ok(a, Acronym) for a in data["acronyms"]):
            return None
        acronyms = [_acronym_from_dict(a) for a in data["acronyms"]]
        if type(data["size"]) is not int:
            return None
        matcher = Matcher(_root_from_json(data["trie"]), data["size"])
        names = [str(n) for n in data.get("names", [])]
        lexicon = data.get("lexicon", {})
        if not isinstance(lexicon, dict):
            return None
    except (Exception, RecursionError):  # noqa: BLE001 - any damage at all: compile again
        return None
    return CompiledGlossary(entries, matcher, {a.acronym: a for a in acronyms}, _ById(entries), names, lexicon)


def store(digest: str, compiled: CompiledGlossary, folder: Path | None = None) -> None:
    if not enabled:
        return
    target = _file(digest, folder)
    data = {
        "format": _FORMAT,
        "digest": digest,
        "ids": [e.id for e in compiled.entries],
        "acronyms": [asdict(a) for a in compiled.acronyms.values()],
        "trie": _root_to_json(compiled.matcher.root),
        "size": compiled.matcher.size,
        "names": list(compiled.names),
        "lexicon": compiled.lexicon,
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        texts = [json.dumps(asdict(e), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                 for e in compiled.entries]
        ends, size = [], 0
        for text in texts:
            size += len(text)
            ends.append(size)
        data["entry_ends"] = ends
        head = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if target.parent.is_symlink():
            return  # a link planted in the cache: write nothing through it
        rest = head + b"\n" + b"".join(texts)
        write_atomically(target, str(zlib.crc32(rest)).encode() + b"\n" + rest, follow_links=False)
    except (OSError, RecursionError, ValueError):
        return  # a read-only checkout still works, just without the cache
    _prune(target.parent)
