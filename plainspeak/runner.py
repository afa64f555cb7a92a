"""Checking many files: a result cache and a pool of worker processes.

A charity's CI checks hundreds of policies on every pull request, most of them
unchanged. The cache makes a second run over unchanged files cost only reading and
hashing them; the pool uses every CPU for the files that do need checking. Reports come
out in the order the files were given, whatever order the workers finish in, so two runs
give the same output.

The cache lives in ``.plainspeak_cache/`` in the current folder. An entry is keyed by
the file's bytes, its format, the settings, the glossaries' contents, and plainspeak's
own version and code, so any change to any of them is a miss, never a stale answer.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
import time
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from plainspeak import __version__
from plainspeak.api import FileResult, check_file
from plainspeak.atomic import write_atomically
from plainspeak.config import Config
from plainspeak.findings import Finding

if TYPE_CHECKING:
    from concurrent.futures import Future

CACHE_DIR_NAME = ".plainspeak_cache"
CACHE_FORMAT = 3
#: Cache entries not used for this many days are deleted...
PRUNE_AFTER_DAYS = 30
#: ...by a look through the cache folder at most this often (seconds).
PRUNE_EVERY = 24 * 3600
#: Finding fields stored once per cache entry and referred to by number.
_SHARED_FIELDS = ("why", "sources", "suggestions", "category", "message", "advice")
#: Fewer files than this are checked in this process: starting workers costs more.
PARALLEL_MIN_FILES = 4
#: Show a progress counter (on a terminal) when at least this many files need checking.
PROGRESS_MIN_FILES = 10

#: A slot in the run: a result already known (an unreadable path), or a file and its config.
Item = FileResult | tuple[Path, Config]


@dataclass
class RunStats:
    """What the last run did, for tests and ``--debug``: how much the cache saved."""

    files: int = 0
    cache_hits: int = 0
    cache_writes: int = 0
    cache_pruned: int = 0
    checked: int = 0
    workers: int = 0


#: Statistics of the most recent ``run`` in this process.
LAST_STATS = RunStats()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# -- cache ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """Sizes and times of plainspeak's own files: an upgrade or a local edit is a miss."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json", ".gz", ".yaml", ".txt") and "__pycache__" not in path.parts:
            try:
                st = path.stat()
            except OSError:
                continue
            h.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _glossary_digest(config: Config) -> str:
    """The glossaries' bytes, hashed without parsing them: a fully cached run reads no YAML."""
    from plainspeak.glossary.cache import glossary_digest

    return glossary_digest(config.glossary_paths())


class ResultCache:
    """Results on disk, one JSON file per (content, settings) key, written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._config_keys: dict[int, str] = {}
        #: A cache folder that is a link (or holds links where its folders should be) was
        #: planted by someone: it is neither read nor written, so nothing outside is touched.
        self.usable = not folder.is_symlink()

    def config_key(self, config: Config) -> str:
        k = self._config_keys.get(id(config))
        if k is None:
            k = hashlib.sha256(
                "\0".join((__version__, _code_digest(), config.key(), _glossary_digest(config))).encode()
            ).hexdigest()
            self._config_keys[id(config)] = k
        return k

    def key(self, path: Path, config: Config) -> str | None:
        try:
            st = path.stat()
            # Not a regular file (a pipe would block) or too big: the check reports it.
            if not stat.S_ISREG(st.st_mode) or st.st_size > config.limits.max_file_bytes:
                return None
            data = path.read_bytes()
        except OSError:
            return None  # the check itself reports the error, with a hint
        h = hashlib.sha256(self.config_key(config).encode())
        h.update(path.suffix.lower().encode() + b"\0")
        h.update(data)
        return h.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / f"v{CACHE_FORMAT}" / key[:2] / f"{key}.json"

    def _safe_dirs(self, entry: Path) -> bool:
        """The entry's folders are real folders inside the cache, not links out of it."""
        if not self.usable:
            return False
        folder = entry.parent
        while folder != self.folder:
            if folder.is_symlink():
                return False
            folder = folder.parent
        return True

    def get(self, key: str, path: Path) -> FileResult | None:
        entry = self._entry(key)
        try:
            if not self._safe_dirs(entry) or entry.is_symlink():
                return None
            data = json.loads(entry.read_text(encoding="utf-8"))
            shared = data["shared"]
            findings = []
            for f in data["findings"]:
                for name in _SHARED_FIELDS:
                    f[name] = shared[f[name]]
                if not _finding_ok(f):
                    return None
                findings.append(Finding(**f))
            readability = data.get("readability")
            if readability is not None and not isinstance(readability, dict):
                return None
        except (Exception, RecursionError):  # noqa: BLE001 - missing or damaged in any way: check again
            return None
        with suppress(OSError):
            os.utime(self._entry(key))  # still in use: keep it when the cache is pruned
        return FileResult(str(path), findings, readability=readability)

    def put(self, key: str, result: FileResult) -> bool:
        # Results with notices (a grammar server that did not answer, say) are incomplete:
        # caching them would hide the problem on the next run.
        if result.error or result.notices:
            return False
        entry = self._entry(key)
        # The long texts (why, sources, suggestions) repeat across findings of one entry:
        # storing each once keeps entries small and quick to read back.
        shared: list[Any] = []
        index: dict[str, int] = {}
        findings = []
        for finding in result.findings:
            d = finding.to_dict()
            for name in _SHARED_FIELDS:
                k = json.dumps(d[name], sort_keys=True)
                if k not in index:
                    index[k] = len(shared)
                    shared.append(d[name])
                d[name] = index[k]
            findings.append(d)
        data = {"findings": findings, "shared": shared, "readability": result.readability}
        try:
            if not self.usable:
                return False
            self._prepare()
            entry.parent.mkdir(parents=True, exist_ok=True)
            if not self._safe_dirs(entry):
                return False
            write_atomically(entry, json.dumps(data, ensure_ascii=False).encode("utf-8"), follow_links=False)
        except (OSError, ValueError):
            return False  # a read-only checkout still gets its report
        return True

    def prune(self, now: float | None = None) -> int:
        """Delete entries no run has used for ``PRUNE_AFTER_DAYS``; return how many.

        Every edit of a file adds an entry, so without this a cache only grows. Looking
        through it costs time, so it happens at most once every ``PRUNE_EVERY`` seconds
        (a ``last-prune`` file remembers when). Entries of older cache formats go too.
        """
        now = time.time() if now is None else now
        if not self.usable:
            return 0
        marker = self.folder / "last-prune"
        try:
            last = os.lstat(marker).st_mtime
        except FileNotFoundError:
            last = 0.0  # never pruned
        except OSError:
            return 0
        if now - last < PRUNE_EVERY:
            return 0
        cutoff = now - PRUNE_AFTER_DAYS * 86400
        current = f"v{CACHE_FORMAT}"
        removed = 0
        # Only real folders and files named as this cache names them: a link planted in
        # a checked-out cache folder must never lead the pruning to other files.
        for version in _own_items(self.folder, _VERSION_DIR, want_dir=True):
            for bucket in _own_items(version, _BUCKET_DIR, want_dir=True):
                for entry in _own_items(bucket, _ENTRY_NAME, want_dir=False):
                    try:
                        if version.name != current or entry.lstat().st_mtime < cutoff:
                            entry.unlink()
                            removed += 1
                    except OSError:
                        continue
        with suppress(OSError):
            write_atomically(marker, b"plainspeak last looked for unused cache entries at this file's time\n",
                             follow_links=False)
            os.utime(marker, (now, now), follow_symlinks=False)
        return removed

    def _prepare(self) -> None:
        marker = self.folder / ".gitignore"
        if os.path.lexists(marker):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.folder.is_symlink():
            raise OSError("the cache folder is a link")
        # Keep the cache out of people's commits, the way ruff and pytest do. Written
        # without following links: a planted CACHEDIR.TAG link must not get its target replaced.
        write_atomically(marker, b"# Made by plainspeak: safe to delete.\n*\n", follow_links=False)
        write_atomically(self.folder / "CACHEDIR.TAG",
                         b"Signature: 8a477f597d28d172789f06886806bc55\n# plainspeak result cache\n",
                         follow_links=False)


_VERSION_DIR = re.compile(r"v\d+")
_BUCKET_DIR = re.compile(r"[0-9a-f]{2}")
_ENTRY_NAME = re.compile(r"[0-9a-f]+\.json")


def _own_items(folder: Path, name: re.Pattern[str], want_dir: bool) -> list[Path]:
    """Entries of ``folder`` named like the cache's own, of the right kind, never links."""
    out = []
    try:
        with os.scandir(folder) as it:
            for item in it:
                if not name.fullmatch(item.name) or item.is_symlink():
                    continue
                if (item.is_dir(follow_symlinks=False) if want_dir else item.is_file(follow_symlinks=False)):
                    out.append(Path(item.path))
    except OSError:
        return []
    return out


def _finding_ok(d: Any) -> bool:
    """A cached finding has exactly Finding's fields with usable types (else: check again)."""
    if not isinstance(d, dict) or not d.keys() <= Finding.__dataclass_fields__.keys():
        return False
    for name in ("line", "column", "end_line", "end_column", "offset", "end_offset"):
        if name in d and type(d[name]) is not int:
            return False
    for name in ("check", "code", "category", "severity", "text", "message"):
        if type(d.get(name)) is not str:
            return False
    return isinstance(d.get("suggestions", []), list) and isinstance(d.get("sources", []), list)


# -- workers ----------------------------------------------------------------------------

_WORKER_CONFIGS: list[Config] = []


def _init_worker(configs: list[Config]) -> None:
    """Build each config's glossaries and the spaCy pipeline once per worker, not per file."""
    global _WORKER_CONFIGS
    _WORKER_CONFIGS = configs
    from plainspeak.api import context_for
    from plainspeak.errors import PlainspeakError
    from plainspeak.nlp import get_nlp
    from plainspeak.tokenizer import get_tokenizer

    for config in configs:
        try:
            context_for(config)
            if config.nlp.model:
                get_nlp(config.nlp.model)
            else:
                get_tokenizer()
        except PlainspeakError:
            # The first file using this config raises the same error, where the parent
            # can report it properly.
            continue


def _check_in_worker(path: str, config_index: int, fingerprints: bool = True,
                     keep_document: bool = False) -> FileResult:
    result = check_file(Path(path), _WORKER_CONFIGS[config_index], fingerprints=fingerprints)
    if keep_document and result.document is not None:
        # The HTML report needs the text, blocks and offsets, not the reader's objects
        # (a Word paragraph cannot cross processes, and nothing in a report uses it).
        for block in result.document.blocks:
            block.ref = None
    else:
        result.document = None
    return result


def _pool_context() -> Any:
    import multiprocessing  # here, not at the top: a one-file run never needs it (about 10 ms)

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


# -- progress ---------------------------------------------------------------------------


class _Progress:
    """A one-line counter on a terminal: no dependency, nothing in logs or pipes."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.enabled = enabled and total >= PROGRESS_MIN_FILES

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            self.stream.write(f"\rplainspeak: checked {self.done}/{self.total} files")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


# -- the run ----------------------------------------------------------------------------


def run(
    items: Sequence[Item],
    *,
    jobs: int = 1,
    cache: bool = False,
    cache_dir: Path | None = None,
    need_document: bool = False,
    progress: bool | None = None,
    fingerprints: bool = True,
) -> list[FileResult]:
    """Check every file in ``items``; results come back in the same order.

    ``fingerprints=False`` says no output needs ``Finding.fingerprint``; they are still
    computed when results go into the cache, which must serve every later output.

    ``need_document`` (the HTML report) skips the cache, because the report shows the
    document itself, which the cache does not keep; workers send each document back
    without the reader's objects (``Block.ref``).
    """
    global LAST_STATS
    stats = RunStats(files=sum(1 for i in items if not isinstance(i, FileResult)))
    LAST_STATS = stats
    results: list[FileResult | None] = [i if isinstance(i, FileResult) else None for i in items]
    if os.environ.get("PLAINSPEAK_NO_CACHE"):
        cache = False
    store = ResultCache(cache_dir or Path.cwd() / CACHE_DIR_NAME) if cache and not need_document else None
    fingerprints = fingerprints or store is not None
    keys: dict[int, str] = {}
    todo: list[int] = []
    for index, item in enumerate(items):
        if isinstance(item, FileResult):
            continue
        path, config = item
        if store is not None:
            key = store.key(path, config)
            if key is not None:
                hit = store.get(key, path)
                if hit is not None:
                    results[index] = hit
                    stats.cache_hits += 1
                    continue
                keys[index] = key
        todo.append(index)

    if progress is None:
        progress = sys.stderr.isatty()
    bar = _Progress(len(todo), sys.stderr, progress)

    def finish(index: int, result: FileResult) -> None:
        stats.checked += 1
        if index in keys and store is not None and store.put(keys[index], result):
            stats.cache_writes += 1
        if not need_document:
            result.document = None  # let a big run free each document as it goes
        results[index] = result
        bar.step()

    try:
        workers = min(jobs, len(todo))
        if workers < 2 or len(todo) < PARALLEL_MIN_FILES:
            for index in todo:
                path, config = items[index]  # type: ignore[misc]
                # One file at a time here, so a spare CPU can take part of a long one.
                finish(index, check_file(path, config, fingerprints=fingerprints, split=jobs >= 2))
        else:
            stats.workers = workers
            _run_pool(items, todo, workers, finish, fingerprints, need_document)
    finally:
        bar.close()
    if store is not None and stats.cache_writes:
        stats.cache_pruned = store.prune()
    return [r for r in results if r is not None]


def _run_pool(items: Sequence[Item], todo: list[int], workers: int, finish: Any, fingerprints: bool,
              keep_document: bool = False) -> None:
    configs: list[Config] = []
    config_index: dict[int, int] = {}
    for index in todo:
        config = items[index][1]  # type: ignore[index]
        if id(config) not in config_index:
            config_index[id(config)] = len(configs)
            configs.append(config)
    context = _pool_context()
    if context.get_start_method() == "fork":
        # Built once here, the glossaries and language model are shared by every forked
        # worker instead of being built again in each.
        _init_worker(configs)
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_init_worker, initargs=(configs,)) as pool:
        futures: dict[Future[FileResult], int] = {}
        for index in todo:
            path, config = items[index]  # type: ignore[misc]
            futures[pool.submit(_check_in_worker, str(path), config_index[id(config)], fingerprints,
                                keep_document)] = index
        try:
            for future in as_completed(futures):
                finish(futures[future], future.result())
        except BaseException:
            for future in futures:
                future.cancel()
            raise


# -- which files a run checks -------------------------------------------------------------


@lru_cache(maxsize=1)
def unreadable_kinds() -> dict[str, str]:
    """File endings plainspeak cannot read → what to do (``data/unreadable_formats.yaml``)."""
    import yaml

    path = Path(__file__).resolve().parent / "data" / "unreadable_formats.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k).lower(): str(v) for k, v in data.items()}


def readable_kinds() -> str:
    from plainspeak.readers import READERS

    return ", ".join(sorted(READERS))


def refusal(path: Path) -> str | None:
    """Why a file named on the command line is not read, or None when it can be.

    A file of a kind plainspeak does not know is refused rather than read as text: an
    RTF or Pages file read as text gives nonsense ("reading age 55") or a false "All
    clear". A file with no ending at all (README, LICENSE) is read as plain text.
    """
    from plainspeak.readers import supported

    suffix = path.suffix.lower()
    if supported(path) or not suffix:
        return None
    todo = unreadable_kinds().get(suffix)
    if todo:
        return f"plainspeak cannot read {suffix} files (to check it, {todo})"
    return (f"plainspeak does not know what kind of file {suffix} is, so it did not check it "
            f"(it reads {readable_kinds()}; for other text use: plainspeak check - --stdin-filename "
            f"{path.stem}.txt < {path.name})")


@dataclass
class Selection:
    """The files a run checks, and every file or folder it does not, with the reason.

    Nothing is dropped silently: a run that checks no file must say why instead of
    printing "All clear".
    """

    items: list[Item] = field(default_factory=list)
    #: Documents found in folders that plainspeak cannot read: (path, what to do).
    not_checked: list[tuple[str, str]] = field(default_factory=list)
    #: Files named on the command line that a config's ``exclude`` leaves out: (path, config).
    excluded: list[tuple[str, str]] = field(default_factory=list)
    #: Folders in which nothing could be checked, with the reason.
    empty: list[tuple[str, str]] = field(default_factory=list)
    #: Notices about files left out for safety (links that leave the folder).
    skipped: list[str] = field(default_factory=list)

    @property
    def files(self) -> int:
        """How many files will be read (results already known, errors, are not counted)."""
        return sum(1 for i in self.items if not isinstance(i, FileResult))

    def why_nothing(self) -> str:
        """Why no file was checked, in words for the person who ran plainspeak."""
        reasons = [f"{folder}: {why}" for folder, why in self.empty]
        if self.not_checked:
            reasons.append(f"{len(self.not_checked)} file(s) of a kind plainspeak cannot read (listed above)")
        if self.excluded:
            reasons.append(f"{len(self.excluded)} file(s) left out by 'exclude' in the config")
        return "; ".join(reasons) or "no files were given"


def _excluded_by(path: Path, config: Config) -> bool:
    from plainspeak.api import _glob

    if not config.exclude:
        return False
    base = Path(config.base) if config.base else Path.cwd()
    try:
        rel = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    return any(_glob(rel, g) for g in config.exclude)


def select_path(raw: str, config_for: Any, selection: Selection) -> None:
    """Add the files ``raw`` stands for to ``selection`` (``config_for(folder)`` → Config).

    Folders are searched (hidden folders skipped; ``include`` and ``exclude`` applied).
    A file named directly is refused when its kind is unknown, and left out when a
    config's ``exclude`` matches it, as ruff's ``--force-exclude`` does, so that
    pre-commit, which names every changed file, respects ``exclude`` too.
    """
    from plainspeak.api import _inside, _selected
    from plainspeak.readers import supported

    p = Path(raw)
    if not p.exists() and not p.is_symlink():
        selection.items.append(FileResult(raw, error=f"{raw}: no such file or folder (check the path)"))
        return
    if not p.is_dir():
        config = config_for(p.parent)
        if _excluded_by(p, config):
            selection.excluded.append((raw, config.path or "the config"))
            return
        reason = refusal(p)
        if reason:
            selection.items.append(FileResult(raw, error=f"{raw}: {reason}"))
            return
        selection.items.append((p, config))
        return
    config = config_for(p)
    found = 0
    unreadable = unreadable_kinds()
    for root, dirs, names in os.walk(p, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
        for name in sorted(names):
            candidate = Path(root) / name
            if name.startswith(".") or not _selected(candidate, p, config):
                continue
            if candidate.is_symlink() and not _inside(candidate, p.resolve()):
                # docs/x.txt -> /etc/passwd would put that file in every report (and
                # under 'fix', rewrite it): a link out of the folder is never followed.
                selection.skipped.append(f"skipped {candidate}: it is a link to a file outside {p} "
                                         "(give the file itself to check it)")
                continue
            if supported(candidate):
                selection.items.append((candidate, config_for(candidate.parent)))
                found += 1
            elif candidate.suffix.lower() in unreadable:
                todo = unreadable[candidate.suffix.lower()]
                selection.not_checked.append(
                    (str(candidate), f"plainspeak cannot read {candidate.suffix.lower()} files; to check it, {todo}"))
    if not found:
        if any(Path(path).is_relative_to(p) for path, _ in selection.not_checked):
            selection.empty.append((raw, "holds no document plainspeak can read"))
        else:
            selection.empty.append((raw, f"holds no document to check (plainspeak reads {readable_kinds()})"))
