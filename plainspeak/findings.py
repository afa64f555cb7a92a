"""``Finding``: one thing plainspeak tells a writer, in the shape of the JSON contract.

The fields mirror ``docs/json-output.md`` one to one, so the JSON reporter, the Python
API and every other reporter share a single definition of what a finding is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from plainspeak.document import Document

#: Severities from least to most serious; ``--fail-on`` picks a threshold in this list.
SEVERITIES: tuple[str, ...] = ("suggestion", "warning", "error")
CHECKS: tuple[str, ...] = ("term", "acronym", "readability", "grammar")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else 0


@dataclass(slots=True)
class Finding:
    """One finding. Slotted: a large run holds a hundred thousand of them."""

    check: str
    code: str
    id: str | None
    category: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    message: str
    why: str = ""
    suggestions: list[str] = field(default_factory=list)
    #: Where a person finds it in the document ("table 2, row 3", "page 4").
    location: str | None = None
    #: Character offsets in the source text (end exclusive).
    offset: int = 0
    end_offset: int = 0
    sources: list[dict[str, Any]] = field(default_factory=list)
    #: Stable identity across edits (see ``plainspeak.baseline``).
    fingerprint: str = ""
    #: What to do when no words simply replace the words found ("say what the change is");
    #: never words to paste in. ``suggestions`` holds only drop-ins.
    advice: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.offset, self.end_offset, -severity_rank(self.severity), self.code)


def make_finding(
    doc: Document,
    start: int,
    end: int,
    *,
    check: str,
    code: str,
    category: str,
    severity: str,
    message: str,
    id: str | None = None,
    why: str = "",
    suggestions: list[str] | None = None,
    sources: list[dict[str, Any]] | None = None,
    advice: list[str] | None = None,
) -> Finding:
    """A finding for ``doc.text[start:end]``, positioned on the source."""
    s, e = doc.source_span(start, end)
    line, col = doc.line_col(s)
    end_line, end_col = doc.line_col(e)
    return Finding(
        check=check,
        code=code,
        id=id,
        category=category,
        severity=severity,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        text=doc.source[s:e],
        message=message,
        why=why,
        suggestions=list(suggestions or []),
        location=doc.location_at(start),
        offset=s,
        end_offset=e,
        sources=list(sources or []),
        advice=list(advice or []),
    )
