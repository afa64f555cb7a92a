"""JSON output: the public contract documented in ``docs/json-output.md``.

Change it only deliberately, and bump ``SCHEMA_VERSION`` when you do: CI pipelines
parse this.
"""

from __future__ import annotations

import json
from typing import Any

from plainspeak import __version__
from plainspeak.api import FileResult
from plainspeak.report import ReportOptions, summarise

SCHEMA_VERSION = "1.0"


def as_data(results: list[FileResult], options: ReportOptions) -> dict[str, Any]:
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "plainspeak", "version": __version__},
        "files": [
            {
                "path": r.path,
                "findings": [f.to_dict() for f in r.findings],
                "error": r.error,
                "readability": r.readability,
            }
            for r in results
        ],
        "summary": summarise(results, options.summary_extra),
    }


def render(results: list[FileResult], options: ReportOptions) -> str:
    return json.dumps(as_data(results, options), indent=2, ensure_ascii=False) + "\n"
