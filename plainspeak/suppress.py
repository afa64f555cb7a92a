"""Filters between checks and reports: config switches and inline suppression comments.

Readers find the comments (``<!-- plainspeak-disable-next-line ids -->``,
``<!-- plainspeak-disable ids -->`` … ``<!-- plainspeak-enable -->``) and record them on
the ``Document`` as line ranges; this module only decides which findings they hide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from plainspeak.config import Config
from plainspeak.document import Document, Suppression
from plainspeak.findings import Finding

DIRECTIVE_RE = re.compile(
    r"plainspeak-(disable-next-line|disable-line|disable|enable)\b([^\n>]*?)(?:-->|$)", re.IGNORECASE
)


def parse_directive(comment: str) -> tuple[str, frozenset[str]] | None:
    """("disable-next-line", {"service-user"}) for a suppression comment, else None."""
    m = DIRECTIVE_RE.search(comment)
    if not m:
        return None
    ids = frozenset(x for x in re.split(r"[\s,]+", m.group(2).strip().rstrip("-").strip()) if x)
    return m.group(1).lower(), ids


class SuppressionTracker:
    """Turns directives met in source order into ``Suppression`` line ranges."""

    def __init__(self) -> None:
        self.suppressions: list[Suppression] = []
        self._open: list[tuple[int, frozenset[str]]] = []

    def directive(self, kind: str, ids: frozenset[str], first_line: int, last_line: int) -> None:
        if kind == "disable-next-line":
            self.suppressions.append(Suppression(last_line + 1, last_line + 1, ids))
        elif kind == "disable-line":
            self.suppressions.append(Suppression(first_line, last_line, ids))
        elif kind == "disable":
            self._open.append((last_line, ids))
        elif kind == "enable":
            still_open = []
            for start, open_ids in self._open:
                if not ids or ids & open_ids or not open_ids:
                    self.suppressions.append(Suppression(start, first_line, open_ids))
                else:
                    still_open.append((start, open_ids))
            self._open = still_open

    def comment(self, text: str, first_line: int, last_line: int) -> bool:
        parsed = parse_directive(text)
        if parsed is None:
            return False
        self.directive(parsed[0], parsed[1], first_line, last_line)
        return True

    def finish(self, last_line: int = 10**9) -> list[Suppression]:
        for start, ids in self._open:
            self.suppressions.append(Suppression(start, last_line, ids))
        self._open = []
        return self.suppressions


def _names(f: Finding) -> set[str]:
    names = {f.code, f.check, f.category}
    if f.id:
        names.add(f.id)
    return names


def is_suppressed(f: Finding, suppressions: Iterable[Suppression]) -> bool:
    for s in suppressions:
        if s.first_line <= f.line <= s.last_line and (not s.ids or s.ids & _names(f)):
            return True
    return False


def filter_findings(findings: list[Finding], document: Document, config: Config) -> list[Finding]:
    off = set(config.disable)
    out = []
    for f in findings:
        if off & _names(f):
            continue
        if document.suppressions and is_suppressed(f, document.suppressions):
            continue
        out.append(f)
    return out
