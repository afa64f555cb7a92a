"""Reporters: one module per output format, each ``render(results, options) -> str``.

A reporter never re-reads a source file: everything it needs is on the ``FileResult``
(and its ``Document``). To add a format, write a module here and add it to ``FORMATS``.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from plainspeak.api import FileResult
from plainspeak.findings import Finding

#: Format name → module in this package.
FORMATS: dict[str, str] = {
    "text": "text",
    "concise": "text",
    "full": "text",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "html": "html",
}


@dataclass
class ReportOptions:
    color: bool = False
    #: Extra facts for the summary (e.g. findings resolved since the baseline).
    summary_extra: dict[str, Any] = field(default_factory=dict)
    verbose: bool = True
    #: Text: the "Why" and "Say instead" once per entry per run (``--show-why``, ``--format full``).
    show_why: bool = False
    #: Text: findings and errors only, no readability lines or closing summary (``-q``).
    quiet: bool = False
    #: Files found but not checked (a kind plainspeak cannot read), with what to do.
    not_checked: list[tuple[str, str]] = field(default_factory=list)
    #: Glossary entries by id (the run's compiled glossaries), for reports that describe
    #: each entry once (SARIF rules) rather than from one finding's wording.
    entries: list[Any] = field(default_factory=list)

    def entry(self, entry_id: str) -> Any:
        for mapping in self.entries:
            found = mapping.get(entry_id)
            if found is not None:
                return found
        return None


class Reporter(Protocol):
    def render(self, results: list[FileResult], options: ReportOptions) -> str: ...


def summarise(results: list[FileResult], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    findings = [f for r in results for f in r.findings]
    summary: dict[str, Any] = {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.findings),
        "files_with_errors": sum(1 for r in results if r.error),
        "findings": len(findings),
        "by_severity": dict(sorted(Counter(f.severity for f in findings).items())),
        "by_check": dict(sorted(Counter(f.check for f in findings).items())),
    }
    if extra:
        summary.update(extra)
    return summary


def group_key(f: Finding) -> tuple[str, str, str, str] | None:
    """Findings with the same key in one file read as one group in text, HTML and Word.

    Only glossary entries group: each is the same advice wherever it is found. A long
    sentence or a passive verb is about its own words, so those stay one by one.
    """
    if f.check != "term" or not f.id:
        return None
    return (f.check, f.id, f.code, f.severity)


def group_findings(findings: list[Finding]) -> list[list[Finding]]:
    """``findings`` in groups, each at the place of its first finding (order kept)."""
    groups: list[list[Finding]] = []
    index: dict[tuple[str, str, str, str], int] = {}
    for f in findings:
        key = group_key(f)
        if key is None:
            groups.append([f])
        elif key in index:
            groups[index[key]].append(f)
        else:
            index[key] = len(groups)
            groups.append([f])
    return groups


def available() -> list[str]:
    out = []
    for name, module in FORMATS.items():
        try:
            importlib.import_module(f"plainspeak.report.{module}")
        except ModuleNotFoundError:
            continue
        out.append(name)
    return out


def render_chunks(fmt: str, results: list[FileResult], options: ReportOptions) -> Iterator[str]:
    """The report in pieces, for formats that can stream (text); otherwise in one piece."""
    module = importlib.import_module(f"plainspeak.report.{FORMATS[fmt]}")
    if hasattr(module, "iter_render"):
        yield from module.iter_render(results, options)
    else:
        yield module.render(results, options)


def render(fmt: str, results: list[FileResult], options: ReportOptions) -> str:
    module = importlib.import_module(f"plainspeak.report.{FORMATS[fmt]}")
    text: str = module.render(results, options)
    return text
