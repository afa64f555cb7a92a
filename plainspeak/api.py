"""The Python API: what the CLI calls, and what a CMS or batch job can call directly.

    >>> from plainspeak import check_text
    >>> [f.text for f in check_text("Service users were offered placements.")]
    ['Service users', 'were offered', 'placements']

The pipeline runs here, one stage after another: read → analyse → check → filter.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plainspeak.checks import CheckContext
from plainspeak.config import Config, load_config
from plainspeak.document import Document
from plainspeak.errors import GlossaryError, PlainspeakError
from plainspeak.findings import Finding


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    #: Document measures from the readability check (reading age, words...).
    readability: dict[str, Any] | None = None
    #: The document read, for reporters that show text in place (HTML, Word comments).
    document: Document | None = field(default=None, repr=False, compare=False)
    notices: list[str] = field(default_factory=list)
    #: plainspeak itself failed on this file (a bug): the run exits with ``cli.CRASH_EXIT``.
    crashed: bool = False


_CONTEXTS: dict[str, CheckContext] = {}


def context_for(config: Config) -> CheckContext:
    """The compiled glossaries and settings for a config, built once per process."""
    from plainspeak.glossary import cache as glossary_cache
    from plainspeak.glossary.catalog import load_glossaries
    from plainspeak.glossary.compile import compile_glossary
    from plainspeak.glossary.examples import example_problems

    paths = config.glossary_paths()
    digest = glossary_cache.glossary_digest(paths)
    key = config.key() + digest
    ctx = _CONTEXTS.get(key)
    if ctx is None:
        compiled = glossary_cache.load(digest)
        if compiled is None:
            loaded = load_glossaries(paths)
            compiled = compile_glossary(loaded.entries, loaded.acronyms, loaded.names)
            bad = example_problems(compiled, only_local=[str(p) for p in paths])
            if bad:
                raise GlossaryError(bad[0].message, path=bad[0].path, line=bad[0].line, hint=bad[0].hint)
            if glossary_cache.enabled:
                # word forms for fitted advice, kept with the compiled glossary; without a
                # cache they are looked up only for the words a document needs
                compiled.add_lexicon()
            glossary_cache.store(digest, compiled)
        ctx = CheckContext(config=config, glossary=compiled)
        _CONTEXTS[key] = ctx
    return ctx


#: Documents shorter than this (in characters, about 15,000 words) are not worth a fork.
SPLIT_MIN_CHARS = 100_000
#: ... and longer than this (about 300,000 words) are not forked either: the child's copy of
#: the analysed document (pages the parent and child both touch are copied) took the
#: process tree from about 350 MB to about 490 MB on a million words, for no gain in time.
SPLIT_MAX_CHARS = 2_000_000


def check_document(
    document: Document, config: Config, *, fingerprints: bool = True, split: bool = False
) -> FileResult:
    """Check one read document.

    ``fingerprints=False`` leaves ``Finding.fingerprint`` empty: only baselines, JSON,
    SARIF and the result cache read it, and on a long document computing it costs as
    much as a check, so the command line skips it when none of those is in use.
    ``split=True`` says a second CPU is free: a long document then has its readability
    check run in a forked process (``plainspeak.checks.fork``).
    """
    from plainspeak.analyse import analyse
    from plainspeak.baseline import set_fingerprints
    from plainspeak.checks import run_checks
    from plainspeak.suppress import filter_findings

    ctx = context_for(config)
    analysed = analyse(document, config.nlp.model, ctx.glossary.names)
    notices_before = len(ctx.notices)
    findings = run_checks(analysed, ctx,
                          split=split and SPLIT_MIN_CHARS <= len(document.text) <= SPLIT_MAX_CHARS)
    findings = filter_findings(findings, document, config)
    if fingerprints:
        set_fingerprints(findings, document.source)
    result = FileResult(document.path, findings, document=document)
    result.readability = analysed.stats.get("readability")
    result.notices = ctx.notices[notices_before:]
    return result


def check_text(
    text: str, *, format: str = "markdown", path: str = "<text>", config: Config | None = None
) -> list[Finding]:
    """Check a string as if it were a file of ``format`` ("markdown", "text", "html"...)."""
    from plainspeak.readers import read_bytes

    document = read_bytes(text.encode("utf-8"), path, format)
    return check_document(document, config or Config()).findings


def check_file(
    path: Path,
    config: Config | None = None,
    format: str | None = None,
    *,
    fingerprints: bool = True,
    split: bool = False,
) -> FileResult:
    from plainspeak import limits
    from plainspeak.readers import read_path

    cfg = config or load_config(start=path)
    limits.use(cfg.limits)
    try:
        with time_limit(cfg.limits.file_seconds):
            document = read_path(path, format)
            return check_document(document, cfg, fingerprints=fingerprints, split=split)
    except PlainspeakError as exc:
        if isinstance(exc, GlossaryError):
            raise
        if _debug():
            import traceback

            traceback.print_exc()
        exc.path = exc.path or str(path)
        return FileResult(str(path), error=str(exc))
    except FileTimeout:
        seconds = cfg.limits.file_seconds
        return FileResult(str(path), error=f"{path}: checking this file took longer than {seconds:g} seconds, "
                          "so it was stopped (the other files are still checked) (split it into smaller files, "
                          "or raise the limit with 'limits: file_seconds:' in .plainspeak.yaml or "
                          "PLAINSPEAK_FILE_SECONDS)")
    except MemoryError:
        return FileResult(str(path), error=f"{path}: ran out of memory checking this file (split it into "
                          "smaller files, or lower 'limits: max_chars:' in .plainspeak.yaml)")
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - one file's crash must not stop the run
        if _debug():
            raise
        from plainspeak.cli import crash_message

        return FileResult(str(path), error=f"{path}: {crash_message(exc).removeprefix('plainspeak: ')}",
                          crashed=True)


def _debug() -> bool:
    return "--debug" in sys.argv[1:] or bool(os.environ.get("PLAINSPEAK_DEBUG"))


class FileTimeout(BaseException):
    """One file's check ran past ``limits.file_seconds`` (a BaseException, so no ``except Exception`` in a
    reader or check can swallow it)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``FileTimeout`` in this block after ``seconds`` (0: no limit).

    A timer signal, so it works in the main thread of this process or of a worker
    process; elsewhere (a thread of a web server) the block runs without a limit.
    """
    import signal
    import threading

    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum: int, _frame: Any) -> None:
        raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def iter_files(
    paths: Iterable[str | Path], config: Config | None = None, skipped: list[str] | None = None
) -> Iterator[Path]:
    """Files to check: files as given, folders searched (skipping hidden folders).

    In a folder, a link to a file outside that folder is not followed: a repository can
    hold ``docs/x.txt -> /etc/passwd`` (or ``-> ../.git/config``), and its text would end up
    in every report, or be rewritten by ``plainspeak fix``. Each one skipped is added to
    ``skipped`` as a notice. A file named on the command line is read as given.
    """
    from plainspeak.readers import supported

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            top: Path | None = None
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if name.startswith(".") or not supported(candidate):
                        continue
                    if candidate.is_symlink():
                        top = top or path.resolve()
                        if not _inside(candidate, top):
                            if skipped is not None:
                                skipped.append(f"skipped {candidate}: it is a link to a file outside {path} "
                                               "(give the file itself to check it)")
                            continue
                    if _selected(candidate, path, config):
                        found.append(candidate)
            yield from found
        else:
            yield path


def _inside(link: Path, top: Path) -> bool:
    try:
        link.resolve(strict=True).relative_to(top)
    except (OSError, ValueError, RuntimeError):
        return False
    return True


def _selected(path: Path, top: Path, config: Config | None) -> bool:
    if config is None:
        return True
    base = Path(config.base) if config.base else top
    try:
        rel = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    if config.include and not any(_glob(rel, g) for g in config.include):
        return False
    return not any(_glob(rel, g) for g in config.exclude)


def _glob(rel: str, pattern: str) -> bool:
    return fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern.removeprefix("**/")) or (
        pattern.endswith("/") and rel.startswith(pattern)
    )


def check_paths(
    paths: Iterable[str | Path], *, config: Config | None = None, jobs: int = 1, cache: bool = False
) -> list[FileResult]:
    """Check files and folders; each file uses ``config`` or the nearest config file.

    ``jobs`` > 1 checks files in worker processes and ``cache`` reuses results from
    ``.plainspeak_cache/`` (see ``plainspeak.runner``); results from either carry no
    ``document``. With the defaults every result keeps its document.
    """
    from plainspeak.runner import run

    items: list[FileResult | tuple[Path, Config]] = []
    configs: dict[Path, Config] = {}
    for path in iter_files(paths, config):
        cfg = config
        if cfg is None:
            cfg = configs.get(path.parent)
            if cfg is None:
                cfg = configs[path.parent] = load_config(start=path)
        items.append((path, cfg))
    return run(items, jobs=jobs, cache=cache, need_document=jobs <= 1 and not cache)
