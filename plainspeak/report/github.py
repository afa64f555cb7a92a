"""GitHub Actions workflow commands: findings appear as annotations on the pull request.

GitHub reads ``::warning file=…,line=…::message`` lines from a step's output. A path or
message with a comma, colon, percent sign or line break would otherwise cut the command
short or be read as another property, so both parts are escaped exactly as the Actions
runner unescapes them.
"""

from __future__ import annotations

import os
from pathlib import Path

from plainspeak.api import FileResult
from plainspeak.report import ReportOptions, summarise

COMMANDS = {"error": "error", "warning": "warning", "suggestion": "notice"}


def escape_data(text: str) -> str:
    """The message part (after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): also ``:`` and ``,``, which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _path(path: str) -> str:
    """Paths relative to the workspace (the current folder), as GitHub matches them to files."""
    try:
        rel = os.path.relpath(Path(path).resolve(), Path.cwd().resolve())
    except ValueError:
        return path
    return path if rel.startswith("..") else Path(rel).as_posix()


def command(kind: str, message: str, **properties: str | int) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{kind} {props}::{escape_data(message)}" if props else f"::{kind}::{escape_data(message)}"


def render(results: list[FileResult], options: ReportOptions) -> str:
    lines: list[str] = []
    for r in results:
        path = _path(r.path)
        if r.error:
            lines.append(command("error", r.error, file=path, title="plainspeak could not check this file"))
            continue
        for f in r.findings:
            message = f.message
            if options.verbose:
                if f.why:
                    message += f"\n\nWhy: {f.why}"
                if f.suggestions:
                    message += "\nSay instead: " + "; ".join(f.suggestions[:5])
                if f.advice:
                    message += "\nWhat to do: " + "; ".join(f.advice[:3])
            title = f"plainspeak {f.code}" + (f" ({f.id})" if f.id and f.id != f.code else "")
            props: dict[str, str | int] = {"file": path}
            if f.line >= 1:
                props.update(line=f.line, col=f.column, endLine=f.end_line, endColumn=f.end_column)
            props["title"] = title
            lines.append(command(COMMANDS.get(f.severity, "warning"), message, **props))
    for notice in sorted({n for r in results for n in r.notices}):
        lines.append(command("notice", notice, title="plainspeak"))
    for path, todo in options.not_checked:
        lines.append(command("warning", f"not checked: {todo}", file=_path(path), title="plainspeak"))
    if options.summary_extra.get("error"):
        lines.append(command("error", str(options.summary_extra["error"]), title="plainspeak"))
    s = summarise(results, options.summary_extra)
    summary = f"plainspeak: {s['findings']} finding(s) in {s['files_with_findings']} of {s['files']} file(s)"
    if "baseline_resolved" in s:
        summary += f"; {s['baseline_resolved']} baseline finding(s) gone"
    lines.append(summary)
    return "\n".join(lines) + "\n"
