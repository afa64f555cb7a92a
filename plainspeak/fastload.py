"""Start-up in the fastest form: compiled regular expressions, parsed data and big tables
kept in the user cache folder, so a one-page check pays for almost none of them.

A pre-commit hook starts plainspeak again and again to check a page or two. Before this
module, most of such a run was spent before the first word was read: compiling spaCy's
tokenizer expressions (about 30 ms: they are long lists of characters), parsing the CMU
syllable table and the lemma table (about 50 ms) and YAML word lists. Three tools:

* ``compile_patterns``: Python cannot save a compiled regular expression, but it can
  rebuild one from the compiler's output (the ``_sre`` code a pattern compiles to),
  which takes a fiftieth of the time. The code is kept as JSON, keyed by the pattern and
  the Python version; CPython checks code it is given, and anything unexpected falls
  back to an ordinary ``re.compile``.
* ``cached_data``: a package data file parsed once (YAML, gzip) and kept as JSON.
* ``BlockTable``: a large word table (word → value) kept as sorted blocks with an index
  of each block's first word; a lookup parses only its own block, so a page touching
  200 words parses a few percent of the table and a long document the whole of it.

Everything lives in ``user_cache_dir()`` beside the compiled glossaries, is written
atomically, and is rebuilt when missing, damaged or stale; with no writable cache folder
(or ``PLAINSPEAK_NO_CACHE``) each is built in memory as before. JSON and plain text only:
nothing loaded from the cache can run code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from operator import methodcaller
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mmap import mmap

_VERSION = 3  # 2: tables carry a checksum; 3: regex code as hex


def _folder() -> Path | None:
    if os.environ.get("PLAINSPEAK_NO_CACHE", ""):
        return None
    from plainspeak.glossary.cache import user_cache_dir

    return user_cache_dir() / "startup"


def _write(path: Path, data: bytes) -> None:
    from plainspeak.atomic import write_atomically

    with suppress(OSError):  # a read-only home folder: build in memory each time
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.parent.is_symlink():
            return  # never write through a link planted in the cache folder
        write_atomically(path, data, follow_links=False)


def _key(*parts: object) -> str:
    h = hashlib.sha256(f"{_VERSION}\0{sys.version}\0{getattr(re, '_constants', re).MAGIC}".encode())
    for part in parts:
        h.update(b"\0" + repr(part).encode())
    return h.hexdigest()[:32]


# -- regular expressions ------------------------------------------------------------------------
def _compiled_parts(pattern: str, flags: int) -> list[Any]:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # The code as hex of 32-bit words (``_sre``'s SRE_CODE): JSON lists of tens of thousands
    # of numbers took more to parse than the rest of these files.
    return [flags | parsed.state.flags, array("I", code).tobytes().hex(), parsed.state.groups - 1, groupindex,
            indexgroup]


def _from_parts(pattern: str, parts: list[Any]) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found]

    flags, code, groups, groupindex, indexgroup = parts
    code = array("I", bytes.fromhex(code)).tolist()
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
    return compiled


def compile_patterns(specs: list[tuple[str, int]], name: str) -> list[re.Pattern[str]]:
    """``[re.compile(p, flags) for p, flags in specs]``, from the cache when it can be."""
    folder = _folder()
    path = folder / f"re-{name}-{_key(specs)}.json" if folder is not None else None
    if path is not None:
        with suppress(OSError, ValueError, TypeError, RuntimeError, KeyError, IndexError):
            stored = json.loads(path.read_bytes())
            if len(stored) == len(specs):
                return [_from_parts(p, parts) for (p, _f), parts in zip(specs, stored, strict=True)]
    try:
        parts_list = [_compiled_parts(p, f) for p, f in specs]
        out = [_from_parts(p, parts) for (p, _f), parts in zip(specs, parts_list, strict=True)]
    except Exception:  # noqa: BLE001 - a Python whose re internals differ: compile as usual
        return [re.compile(p, f) for p, f in specs]
    if path is not None:
        _write(path, json.dumps(parts_list).encode())
    return out


class PatternCache:
    """One module's regular expressions, compiled from cached code: ``rx = PatternCache("m").compile``.

    For module-level expressions (``_X = rx(r"...")``): the module's compiled code is one
    JSON file read at import; an expression not in it is compiled as usual and the file
    written again (so only a first run, or an edited expression, pays for compiling).
    """

    def __init__(self, name: str) -> None:
        folder = _folder()
        self.path = folder / f"re-{name}-{_key(name)}.json" if folder is not None else None
        self.stored: dict[str, Any] = {}
        if self.path is not None:
            with suppress(OSError, ValueError):
                loaded = json.loads(self.path.read_bytes())
                if isinstance(loaded, dict):
                    self.stored = loaded

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        key = f"{int(flags)}:{pattern}"
        parts = self.stored.get(key)
        if parts is not None:
            with suppress(ValueError, TypeError, RuntimeError, KeyError, IndexError):
                return _from_parts(pattern, parts)
        try:
            parts = _compiled_parts(pattern, int(flags))
            compiled = _from_parts(pattern, parts)
        except Exception:  # noqa: BLE001 - a Python whose re internals differ: compile as usual
            return re.compile(pattern, flags)
        self.stored[key] = parts
        if self.path is not None:
            _write(self.path, json.dumps(self.stored).encode())
        return compiled


# -- parsed data files ----------------------------------------------------------------------------
_DATA = Path(__file__).resolve().parent / "data"


def _resource_stamp(resource: str) -> tuple[Any, ...]:
    try:
        st = os.stat(_DATA / resource)
        return (resource, st.st_size, st.st_mtime_ns)
    except OSError:  # inside a zip: key by content
        return (resource, hashlib.sha256(read_resource(resource)).hexdigest())


def read_sections(resource: str, first: str = "") -> dict[str, list[str]]:
    """The lines of a ``[section]``-headed word list in ``plainspeak/data`` (``#`` comments
    and blank lines skipped), by section; lines before any heading go under ``first``."""
    groups: dict[str, list[str]] = {first: []}
    current = groups[first]
    for raw in read_resource(resource).decode("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = groups.setdefault(line.strip("[]"), [])
            continue
        current.append(line)
    return groups


def read_resource(resource: str) -> bytes:
    """The bytes of ``plainspeak/data/<resource>``.

    Read straight from the package folder: ``importlib.resources`` imports tempfile,
    shutil, random, bz2, lzma and zipfile (about 10 ms) before it reads a byte. A package
    that is not a folder on disk (a zip) is read through ``importlib.resources``.
    """
    try:
        return (_DATA / resource).read_bytes()
    except OSError:
        from importlib import resources

        return resources.files("plainspeak.data").joinpath(resource).read_bytes()


def cached_data(resource: str, parse: Callable[[bytes], Any], variant: str = "") -> Any:
    """``parse(bytes of plainspeak/data/<resource>)``, kept as JSON between runs.

    ``parse`` must return plain JSON data (dicts, lists, strings, numbers). ``variant``
    tells apart two things made from the same file.
    """
    folder = _folder()
    key = _key(_resource_stamp(resource), variant) if variant else _key(_resource_stamp(resource))
    path = folder / f"data-{key}.json" if folder is not None else None
    if path is not None:
        with suppress(OSError, ValueError):
            return json.loads(path.read_bytes())
    data = parse(read_resource(resource))
    if path is not None:
        _write(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return data


# -- big word tables ------------------------------------------------------------------------------
#: ``"key\tvalue"`` → ``["key", "value"]`` (a value may hold a tab), run from C.
_SPLIT_TAB = methodcaller("split", "\t", 1)

class BlockTable:
    """A read-only ``str -> str`` table parsed a block at a time, on first use of each block.

    On disk: one line of JSON (the first key of each block and each block's byte range),
    then the blocks, each ``key\\tvalue`` lines in sorted key order. Keys must not hold a
    tab or a line break.
    """

    BLOCK = 64
    #: After this many lookups the whole table is made one dict (a long document looks up
    #: every block anyway, and a dict lookup is cheaper than a bisection).
    SWITCH = 20_000
    #: A block's first lookups search its bytes (``_find``); after this many it is parsed
    #: into a dict. Word tables (syllables, lemmas) keep searching: a long document meets
    #: most of their blocks a few times, for a few words each. A table whose lookups
    #: crowd into few blocks (the hyphenation patterns: hundreds of pieces per block)
    #: sets ``parse_after = 0`` on itself.
    PARSE_AFTER = 255

    def __init__(self, data: bytes | mmap, checked: bool = False) -> None:
        """``data``: the file's bytes, or the file mapped (``glossary.cache._map``).
        ``checked``: this very file passed its checksum before (see ``cached_table``)."""
        self._lookups = 0
        split = data.find(b"\n")  # no copy of the body: blocks are sliced from ``data``
        if split < 0:
            raise ValueError("damaged table")
        index = json.loads(data[:split])
        self._data = data
        self._base = split + 1
        self._body = memoryview(data)[split + 1:]
        self._firsts: list[str] = index["firsts"]
        self._ends: list[int] = index["ends"]
        if len(self._firsts) != len(self._ends) or (self._ends and self._ends[-1] != len(self._body)):
            raise ValueError("damaged table")
        # A table of the right shape with other content (a damaged or edited cache file)
        # would silently change syllable counts and reading ages: the checksum refuses it.
        if not checked and index.get("crc32") != zlib.crc32(self._body):
            raise ValueError("damaged table")
        self._blocks: list[dict[str, str] | None] = [None] * len(self._firsts)
        #: Lookups in each block not yet parsed (see ``PARSE_AFTER``).
        self._hits = bytearray(len(self._firsts))
        self.parse_after = self.PARSE_AFTER
        self._full: dict[str, str] | None = None

    @classmethod
    def build(cls, items: Iterable[tuple[str, str]]) -> bytes:
        pairs = sorted(dict(items).items())  # each key once (the last value, as a dict keeps)
        firsts: list[str] = []
        ends: list[int] = []
        chunks: list[bytes] = []
        size = 0
        for start in range(0, len(pairs), cls.BLOCK):
            block = pairs[start:start + cls.BLOCK]
            firsts.append(block[0][0])
            raw = "".join(f"{k}\t{v}\n" for k, v in block).encode("utf-8")
            chunks.append(raw)
            size += len(raw)
            ends.append(size)
        body = b"".join(chunks)
        head = json.dumps({"firsts": firsts, "ends": ends, "crc32": zlib.crc32(body)}, ensure_ascii=False,
                          separators=(",", ":"))
        return head.encode("utf-8") + b"\n" + body

    def _block(self, i: int) -> dict[str, str]:
        block = self._blocks[i]
        if block is None:
            start = self._ends[i - 1] if i else 0
            lines = str(self._body[start:self._ends[i]], "utf-8").split("\n")
            if lines and not lines[-1]:
                lines.pop()  # after the last line's break
            block = self._blocks[i] = dict(map(_SPLIT_TAB, lines))
        return block

    def get(self, key: str, default: str | None = None) -> str | None:
        if self._full is not None:
            return self._full.get(key, default)
        self._lookups += 1
        if self._lookups > self.SWITCH:
            return self._as_dict().get(key, default)
        i = bisect_right(self._firsts, key) - 1
        if i < 0:
            return default
        block = self._blocks[i]
        if block is not None:
            return block.get(key, default)
        hits = self._hits
        if hits[i] < self.parse_after:
            hits[i] += 1
            return self._find(i, key, default)
        return self._block(i).get(key, default)

    def _find(self, i: int, key: str, default: str | None) -> str | None:
        """``key``'s value found in block ``i``'s bytes, without parsing the block.

        A lookup used to parse its whole block into a dict (64 lines); a long document
        meets most blocks of the syllable table once or twice, so most of that work was
        thrown away (100k words: 1,471 of 1,970 blocks parsed for 6,635 words, 32 ms; a
        search of the block's bytes, 9 ms). The line ``key\tvalue`` is found by its line
        break, key and tab: keys hold neither, and each key is in the table once.
        """
        if "\t" in key or "\n" in key:
            return default
        needle = b"\n" + key.encode("utf-8", "surrogatepass") + b"\t"
        data = self._data
        # Each block starts just after a line break (the index line's, or the previous
        # block's last line's), so that break is searched too.
        start = self._base + (self._ends[i - 1] if i else 0) - 1
        end = self._base + self._ends[i]
        found = data.find(needle, start, end)
        if found < 0:
            return default
        value = found + len(needle)
        return str(data[value:data.find(b"\n", value, end)], "utf-8")

    def whole(self) -> dict[str, str] | None:
        """The table as one dict once lookups have switched to it (``SWITCH``), else None:
        a caller with many lookups to make can then call the dict's own ``get``."""
        return self._full

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __len__(self) -> int:
        return len(self._as_dict())

    def __iter__(self) -> Iterator[str]:
        return iter(self._as_dict())

    def items(self) -> Iterator[tuple[str, str]]:
        return iter(self._as_dict().items())

    def _as_dict(self) -> dict[str, str]:
        if self._full is None:
            full: dict[str, str] = {}
            for i in range(len(self._firsts)):
                full.update(self._block(i))
            self._full = full
        return self._full


def block_table(resource: str, items: Callable[[bytes], Iterable[tuple[str, str]]], variant: str = "") -> BlockTable:
    """A ``BlockTable`` of ``items(bytes of plainspeak/data/<resource>)``, built once and kept.

    ``variant`` tells apart two tables made from the same file.
    """
    return cached_table((_resource_stamp(resource), variant), lambda: items(read_resource(resource)))


def cached_table(key: object, items: Callable[[], Iterable[tuple[str, str]]]) -> BlockTable:
    """A ``BlockTable`` of ``items()``, kept under ``key`` (which must change when they do).

    The table's checksum covers megabytes (the syllable table): it is verified once per
    version of the file, as the compiled glossaries' is (``glossary.cache._checked``: the
    file's stat signature, change time included, recorded in a ``.ok`` mark).
    """
    folder = _folder()
    path = folder / f"table-{_key(key)}.txt" if folder is not None else None
    if path is not None:
        with suppress(OSError, ValueError, KeyError, TypeError):
            from plainspeak.glossary.cache import _checked, _map, _mark_checked

            if path.is_symlink():
                raise OSError("a link in the cache")
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                data = _map(fh, st.st_size)  # mapped: a page reads a few blocks of megabytes
            checked = len(data) == st.st_size and _checked(str(path), st)
            table = BlockTable(data, checked=checked)
            if not checked:
                _mark_checked(str(path), st)
            return table
    data = BlockTable.build(items())
    if path is not None:
        _write(path, data)
    return BlockTable(data)
