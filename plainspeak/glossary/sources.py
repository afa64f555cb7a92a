"""How far a council can trust an entry's sources: lint warnings about the citations.

A council adopts advice it can trace to a UK public body or a recognised UK charity.
Three patterns make that hard, and ``glossary lint`` warns about each so a panel can
fix them: a flagging entry (warning or error) that rests on a single source; an entry
whose every source is from outside the UK (other countries' law and usage differ);
and a citation of a copy of a document on a site that republishes other people's
files, when the publisher's own page should be cited. Which web addresses count as
outside the UK or as copies is data (``plainspeak/data/source_hosts.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import yaml

from plainspeak.glossary.load import Problem
from plainspeak.glossary.model import Entry, Source


@dataclass(frozen=True)
class _Hosts:
    non_uk_endings: tuple[str, ...]
    non_uk_hosts: tuple[str, ...]
    copy_hosts: tuple[str, ...]


@lru_cache(maxsize=1)
def _hosts() -> _Hosts:
    text = resources.files("plainspeak.data").joinpath("source_hosts.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}

    def items(key: str) -> tuple[str, ...]:
        return tuple(str(x).lower().strip() for x in data.get(key) or ())

    return _Hosts(items("non_uk_endings"), items("non_uk_hosts"), items("document_copy_hosts"))


def _address(url: str) -> tuple[str, str]:
    """Host (without "www.") and path of a web address, both in lower case."""
    parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host, parts.path.lower()


def _matches(url: str, patterns: tuple[str, ...]) -> bool:
    host, path = _address(url)
    if not host:
        return False
    for pattern in patterns:
        want_host, _, want_path = pattern.partition("/")
        if host != want_host and not host.endswith("." + want_host):
            continue
        if not want_path or path.lstrip("/").startswith(want_path):
            return True
    return False


def is_non_uk(source: Source) -> bool:
    """Whether the source's web address is outside the UK (by ending or known host)."""
    if not source.url:
        return False
    host, _ = _address(source.url)
    hosts = _hosts()
    return any(host.endswith(end) for end in hosts.non_uk_endings) or _matches(source.url, hosts.non_uk_hosts)


def is_document_copy(source: Source) -> bool:
    """Whether the source is a copy of a document on a site that republishes files."""
    return bool(source.url) and _matches(source.url, _hosts().copy_hosts)


def source_problems(entry: Entry) -> list[Problem]:
    """Warnings about where an entry's advice comes from (empty when all is well)."""
    problems: list[Problem] = []
    if entry.disabled or not entry.sources:
        return problems  # a missing source is reported by the loader

    def warn(message: str, hint: str) -> None:
        problems.append(Problem("warning", entry.file, entry.line, 1, message, hint))

    # A proposed entry is not yet trusted by anyone: its notes say what it still needs.
    agreed = entry.status != "proposed"
    if agreed and entry.severity in ("warning", "error") and len(entry.sources) == 1:
        warn(f"entry '{entry.id}' flags words at {entry.severity} level on one source only",
             "add a second source (a UK public body or a recognised UK charity), "
             "or make it a suggestion or 'status: proposed'")
    if agreed and all(is_non_uk(s) for s in entry.sources):
        warn(f"entry '{entry.id}' has only sources from outside the UK",
             "add a UK source: usage and law differ between countries")
    for source in entry.sources:
        if is_document_copy(source):
            warn(f"entry '{entry.id}' cites a copy of a document ({_address(source.url)[0]}): {source.title}",
                 "cite the publisher's own page instead of a site that republishes files")
    return problems
