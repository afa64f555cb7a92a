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


def run_checks(analysed: Analysed, ctx: CheckContext, *, split: bool = False) -> list[Finding]:
    """Every enabled check's findings, in document order.

    ``split=True`` (a long document and a spare CPU) runs the readability check in a
    forked copy of this process while the others run here: on a 100,000-word file
    that takes about a seventh off the whole run. See ``plainspeak.checks.fork``.
    """
    checks = enabled_checks(ctx.config)
    findings: list[Finding] = []
    forked = None
    if split and "readability" in checks:
        from plainspeak.checks.fork import ForkedCheck

        forked = ForkedCheck.start(checks["readability"], analysed, ctx)
        if forked is not None:
            del checks["readability"]
    try:
        for fn in checks.values():
            findings.extend(fn(analysed, ctx))
    except BaseException:
        if forked is not None:
            forked.abandon()  # a time limit or an error here: the child must not run on
        raise
    if forked is not None:
        findings.extend(forked.finish())
    findings.sort(key=Finding.sort_key)
    return findings
