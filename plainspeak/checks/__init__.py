"""Checks: each a small module turning an ``Analysed`` document into ``Finding``s.

A check is a function ``run(analysed, ctx) -> list[Finding]``. It knows nothing of
readers or output formats. To add one, write a module here and add it to ``_registry``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from plainspeak.analyse import Analysed
from plainspeak.config import Config
from plainspeak.findings import Finding
from plainspeak.glossary.compile import CompiledGlossary


@dataclass
class CheckContext:
    config: Config
    glossary: CompiledGlossary
    #: Notices for the person running plainspeak (e.g. "grammar check skipped").
    notices: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


CheckFunction = Callable[[Analysed, CheckContext], list[Finding]]


def _registry() -> dict[str, CheckFunction]:
    # Imported here, not at the top: the check modules import this one for CheckContext.
    from plainspeak.checks import acronyms, grammar, readability, terms

    return {"term": terms.run, "acronym": acronyms.run, "readability": readability.run, "grammar": grammar.run}


def enabled_checks(config: Config) -> dict[str, CheckFunction]:
    registry = _registry()
    off = set(config.disable)
    out = {}
    for name, fn in registry.items():
        if name in off:
            continue
        if name == "readability" and not config.readability.enabled:
            continue
        if name == "acronym" and not config.acronyms.enabled:
            continue
        if name == "grammar" and not config.grammar.enabled:
            continue
        out[name] = fn
    return out


def run_checks(analysed: Analysed, ctx: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for fn in enabled_checks(ctx.config).values():
        findings.extend(fn(analysed, ctx))
    findings.sort(key=Finding.sort_key)
    return findings
