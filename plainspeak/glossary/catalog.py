"""Which glossaries a run uses, and how a panel's own glossary overrides ours.

Built-in glossaries are named by their file stem ("care-experience"); ``builtin`` means
all of them. Local glossaries are paths. Files are merged in order and a later entry
with the same id replaces an earlier one, or switches it off with ``disabled: yes``: a
panel's own words win over the built-in ones.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from plainspeak.errors import ConfigError, GlossaryError
from plainspeak.glossary.load import Problem, load_glossary
from plainspeak.glossary.model import Acronym, Entry, Glossary
from plainspeak.yamlio import did_you_mean, read_text_file


@lru_cache(maxsize=1)
def builtin_dir() -> Path:
    """Where the built-in glossaries are: in the wheel, or at the top of a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "glossaries", here.parent / "glossaries"):
        if candidate.is_dir() and any(candidate.glob("*.yaml")):
            return candidate
    return here / "glossaries"


def builtin_names() -> list[str]:
    return list(_builtin_files(_folder_stamp(builtin_dir())))


def _folder_stamp(folder: Path) -> int:
    try:
        return os.stat(folder).st_mtime_ns
    except OSError:
        return -1


@lru_cache(maxsize=4)
def _builtin_files(stamp: int) -> dict[str, tuple[Path, Path]]:
    """Each built-in glossary's name and real path, listed again only when the folder changes
    (its modification time moves when a file is added, removed or renamed).

    Every check of a document resolves its glossaries' paths; listing and resolving the
    built-in files each time was 5 ms a document, 30% of checking a one-sentence document
    (``bench/accuracy`` checks 72,000 of them).
    """
    del stamp  # only the cache key
    return {p.stem: (p, p.resolve()) for p in sorted(builtin_dir().glob("*.yaml"))}


def resolve_glossary_paths(specs: list[str], base: Path | None = None) -> list[Path]:
    """Turn config values (built-in names, ``builtin``, paths) into files."""
    folder = builtin_dir()
    real = _builtin_files(_folder_stamp(folder))
    names = list(real)
    resolved = dict(real.values())
    out: list[Path] = []
    for spec in specs:
        if spec in ("builtin", "builtins", "all"):
            out.extend(p for p, _ in real.values())
            continue
        if spec in real:
            out.append(real[spec][0])
            continue
        path = Path(spec)
        if base is not None and not path.is_absolute():
            path = base / path
        if path.is_dir():
            out.extend(sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")))
        elif path.is_file():
            out.append(path)
        else:
            hint = did_you_mean(spec, names) if "/" not in spec and "." not in spec else "check the path"
            raise ConfigError(f"glossary '{spec}' is neither a built-in glossary nor a file", hint=hint)
    seen: set[Path] = set()
    unique = []
    for p in out:
        rp = resolved.get(p) or p.resolve()
        if rp not in seen:
            seen.add(rp)
            unique.append(p)
    return unique


@dataclass
class LoadedGlossaries:
    glossaries: list[Glossary]
    entries: list[Entry]
    acronyms: list[Acronym]
    problems: list[Problem] = field(default_factory=list)
    #: Every glossary's ``names:`` (organisations, services, Acts, titles), in file order.
    names: list[str] = field(default_factory=list)


def load_glossaries(paths: list[Path], strict: bool = True) -> LoadedGlossaries:
    """Load and merge glossary files; with ``strict``, the first error is raised."""
    return _load_cached(tuple(str(p) for p in paths), strict, file_stamp(paths))


def file_stamp(paths: list[Path]) -> tuple[tuple[int, int], ...]:
    """Modification time and size of each file: what in-process caches are keyed on."""
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((0, 0))
    return tuple(out)


@lru_cache(maxsize=8)
def _load_cached(paths: tuple[str, ...], strict: bool, _stamp: object) -> LoadedGlossaries:
    glossaries: list[Glossary] = []
    problems: list[Problem] = []
    by_id: dict[str, Entry] = {}
    acronyms: dict[str, Acronym] = {}
    for spath in paths:
        path = Path(spath)
        glossary, found = load_glossary(path, read_text_file(path, GlossaryError))
        errors = [p for p in found if p.severity == "error"]
        if strict and errors:
            raise errors[0].to_error()
        problems.extend(found)
        glossaries.append(glossary)
        for entry in glossary.entries:
            if entry.id in by_id:
                del by_id[entry.id]  # re-insert so a local override keeps the later file's order
            by_id[entry.id] = entry
        for acr in glossary.acronyms:
            acronyms[acr.acronym] = acr
    entries = [e for e in by_id.values() if not e.disabled]
    names = list(dict.fromkeys(n for g in glossaries for n in g.names))
    return LoadedGlossaries(glossaries, entries, list(acronyms.values()), problems, names)
