"""Text for people at a terminal, in the shape ruff and Vale users know.

By default each finding is one line (``path:line:column: severity CODE message``), so a
two-page draft fits on one screen; the same glossary entry found again in the same file
is folded into that line ("also at 12:4, 30:1"), and the run ends with one line counting
findings by severity. The reasons ("Why") are long and the same every time an entry is
found, so they are shown only on request (``--show-why`` or ``--format full``), and then
once per entry per run, under its first finding.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from functools import lru_cache

from plainspeak.api import FileResult
from plainspeak.findings import Finding, severity_rank
from plainspeak.report import ReportOptions, group_findings, summarise

_COLOURS = {"error": "31", "warning": "33", "suggestion": "36", "dim": "2", "bold": "1", "green": "32"}
#: Positions listed in a grouped line before "and N more".
_MAX_ALSO = 4


def _c(text: str, colour: str, on: bool) -> str:
    return f"\x1b[{_COLOURS[colour]}m{text}\x1b[0m" if on else text


@lru_cache(maxsize=4096)
def _wrap(label: str, text: str) -> str:
    return textwrap.fill(text, width=88, initial_indent=f"    {label}", subsequent_indent="    " + " " * len(label))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _join(parts: list[str]) -> str:
    """"a, b and c"."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def severity_counts(findings_by_severity: dict[str, int]) -> str:
    """"2 errors, 26 warnings and 47 suggestions": most serious first, none left out."""
    order = sorted(findings_by_severity, key=lambda s: (-severity_rank(s), s))
    return _join([_plural(findings_by_severity[s], s) for s in order if findings_by_severity[s]])


#: Files whose lines and columns count in extracted text: their places are named instead.
_EXTRACTED = (".docx", ".odt", ".pdf")


def _place(f: Finding, path: str) -> str:
    if f.location and path.lower().endswith(_EXTRACTED):
        return f.location.split(", under ")[0]
    return f"{f.line}:{f.column}"


def _also(group: list[Finding], path: str = "") -> str:
    rest = group[1:]
    if not rest:
        return ""
    shown = [_place(f, path) for f in rest[:_MAX_ALSO]]
    if len(rest) > _MAX_ALSO:
        shown.append(f"{len(rest) - _MAX_ALSO} more")
    return f" (also at {_join(shown)})"


def _label(f: Finding) -> str:
    """A glossary entry's id after the message, to give to ``plainspeak explain`` or --disable."""
    return f" [{f.id}]" if f.id and f.check == "term" and f.id != f.code else ""


def render(results: list[FileResult], options: ReportOptions) -> str:
    return "".join(iter_render(results, options))


def iter_render(results: list[FileResult], options: ReportOptions) -> Iterator[str]:
    """The report a file at a time, so a run with a hundred thousand findings is written
    as it is made instead of being held in memory whole."""
    on = options.color
    lines = _Lines()
    explained: set[str] = set()
    any_why = False
    for r in results:
        if r.error:
            lines.append(f"{_c('error', 'error', on)}: {r.error}")
            yield from lines.flush()
            continue
        for group in group_findings(r.findings):
            f = group[0]
            where = f"{r.path}:{f.line}:{f.column}"
            if f.location:
                where += f" ({f.location})"
            lines.append(f"{_c(where, 'bold', on)}: {_c(f.severity, f.severity, on)} "
                         f"{_c(f.code, 'dim', on)} {f.message}{_also(group, r.path)}{_c(_label(f), 'dim', on)}")
            any_why = any_why or bool(f.why)
            key = f.id or f"{f.code}\0{f.why}"
            if options.show_why and key not in explained:
                explained.add(key)
                if f.why:
                    lines.append(_wrap("Why: ", f.why))
                if f.suggestions:
                    lines.append(_wrap("Say instead: ", "; ".join(f.suggestions[:5])))
                if f.advice:
                    lines.append(_wrap("What to do: ", "; ".join(f.advice[:3])))
        if not options.quiet and r.readability and r.readability.get("line"):
            lines.append(f"{r.path}: {r.readability['line']}")
        yield from lines.flush()
    for notice in sorted({n for r in results for n in r.notices}):
        lines.append(f"note: {notice}")
    for path, reason in options.not_checked:
        lines.append(f"{_c('not checked', 'warning', on)}: {path}: {reason}")
    s = summarise(results, options.summary_extra)
    if not options.quiet:
        lines.extend(_closing(s, on, hint=any_why and not options.show_why))
    yield from lines.flush()


def _closing(s: dict[str, object], on: bool, hint: bool) -> list[str]:
    out: list[str] = []
    files = int(s["files"])  # type: ignore[call-overload]
    checked = files - int(s["files_with_errors"])  # type: ignore[call-overload]
    not_checked = int(s.get("not_checked", 0))  # type: ignore[call-overload]
    hidden = int(s.get("hidden_below_min_severity", 0))  # type: ignore[call-overload]
    by_severity: dict[str, int] = dict(s["by_severity"])  # type: ignore[call-overload]
    parts = []
    if s["findings"]:
        parts.append(f"{severity_counts(by_severity)} in {s['files_with_findings']} of {_plural(files, 'file')}")
        colour = "bold"
    elif checked > 0:
        parts.append(f"All clear: nothing to change in {_plural(checked, 'file')}")
        colour = "green"
    else:
        colour = "bold"
    if s["files_with_errors"]:
        parts.append(f"{_plural(int(s['files_with_errors']), 'file')} could not be checked")  # type: ignore[call-overload]
    if not_checked:
        parts.append(f"{_plural(not_checked, 'file')} not checked (see above)")
    if hidden:
        parts.append(f"{hidden} below --min-severity not shown")
    if "baseline_resolved" in s:
        parts.append(f"{s['baseline_resolved']} baseline finding(s) gone")
    if parts:
        out.append(_c("; ".join(parts) + ("." if colour == "green" else ""), colour, on))
    if s.get("error"):
        error = str(s["error"])
        out.append(_c(f"{error[:1].upper()}{error[1:]}.", "error", on))
    if hint:
        out.append(_c("Why, and what to say instead: run again with --show-why, or plainspeak explain ID.",
                      "dim", on))
    return out


class _Lines(list[str]):
    def flush(self) -> Iterator[str]:
        if self:
            yield "\n".join(self) + "\n"
            self.clear()
