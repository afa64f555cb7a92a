"""Readable text for people at a terminal: where, what, why, and what to say instead."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from functools import lru_cache

from plainspeak.api import FileResult
from plainspeak.report import ReportOptions, summarise

_COLOURS = {"error": "31", "warning": "33", "suggestion": "36", "dim": "2", "bold": "1", "green": "32"}


def _c(text: str, colour: str, on: bool) -> str:
    return f"\x1b[{_COLOURS[colour]}m{text}\x1b[0m" if on else text


@lru_cache(maxsize=4096)
def _wrap(label: str, text: str) -> str:
    # Cached: a long document repeats the same "why" for every use of a term.
    return textwrap.fill(text, width=88, initial_indent=f"    {label}", subsequent_indent="    " + " " * len(label))


def render(results: list[FileResult], options: ReportOptions) -> str:
    return "".join(iter_render(results, options))


def iter_render(results: list[FileResult], options: ReportOptions) -> Iterator[str]:
    """The report line by line, so a run with a hundred thousand findings is written as it
    is made instead of being held in memory whole."""
    on = options.color
    lines = _Lines()
    for r in results:
        if r.error:
            lines.append(f"{_c('error', 'error', on)}: {r.error}")
            yield from lines.flush()
            continue
        for f in r.findings:
            where = f"{r.path}:{f.line}:{f.column}"
            if f.location:
                where += f" ({f.location})"
            lines.append(f"{_c(where, 'bold', on)}: {_c(f.severity, f.severity, on)} "
                         f"{_c(f.code, 'dim', on)} {f.message}")
            if options.verbose:
                if f.why:
                    lines.append(_wrap("Why: ", f.why))
                if f.suggestions:
                    lines.append(_wrap("Say instead: ", "; ".join(f.suggestions[:5])))
                if f.advice:
                    lines.append(_wrap("What to do: ", "; ".join(f.advice[:3])))
        if r.readability and r.readability.get("line"):
            lines.append(f"{r.path}: {r.readability['line']}")
        yield from lines.flush()
    for notice in sorted({n for r in results for n in r.notices}):
        lines.append(f"note: {notice}")
    s = summarise(results, options.summary_extra)
    if s["findings"] or s["files_with_errors"]:
        parts = [f"{s['findings']} finding{'s' if s['findings'] != 1 else ''} in {s['files_with_findings']} "
                 f"of {s['files']} file{'s' if s['files'] != 1 else ''}"]
        if s["files_with_errors"]:
            n = s["files_with_errors"]
            parts.append(f"{n} file{'s' if n != 1 else ''} could not be checked")
        if "baseline_resolved" in s:
            parts.append(f"{s['baseline_resolved']} baseline finding(s) gone")
        lines.append(_c("; ".join(parts), "bold", on))
    else:
        msg = f"All clear: nothing to change in {s['files']} file{'s' if s['files'] != 1 else ''}."
        if "baseline_resolved" in s:
            msg += f" {s['baseline_resolved']} baseline finding(s) gone."
        lines.append(_c(msg, "green", on))
    yield from lines.flush()


class _Lines(list[str]):
    def flush(self) -> Iterator[str]:
        if self:
            yield "\n".join(self) + "\n"
            self.clear()
