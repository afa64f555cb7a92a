"""SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results.

Rule ids: a term finding's rule is its glossary entry (``service-user``), so each entry
shows up in code scanning as a rule with its own "why" as help and its first source as
the help link; every other finding's rule is its code (``PS201``, a LanguageTool rule
id). Entries are what panels discuss and switch off, so they are the useful unit to
filter and dismiss by; the PS1xx code stays visible in each rule's properties.

Paths are relative to the current folder (``%SRCROOT%``), which in CI is the repository
root, so code scanning can place findings on files. ``partialFingerprints`` carry
plainspeak's own line-independent fingerprint, so a finding keeps its identity across
commits when text is added above it.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from plainspeak import __version__
from plainspeak.api import FileResult
from plainspeak.findings import Finding
from plainspeak.report import ReportOptions, summarise

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "plainspeak/v1"
LEVELS = {"error": "error", "warning": "warning", "suggestion": "note"}


@lru_cache(maxsize=1)
def _rule_texts() -> dict[str, Any]:
    import yaml

    path = Path(__file__).resolve().parent.parent / "data" / "rules.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def rule_id(finding: Finding) -> str:
    return finding.id if finding.check == "term" and finding.id else finding.code


def _uri(path: str) -> tuple[str, str | None]:
    """A URI relative to the current folder when the file is inside it, else absolute."""
    p = Path(path)
    try:
        rel = Path(os.path.relpath(p.resolve(), Path.cwd().resolve()))
    except ValueError:
        rel = None
    if rel is not None and not rel.as_posix().startswith("../"):
        return quote(rel.as_posix(), safe="/"), "%SRCROOT%"
    return p.resolve().as_uri(), None


def _sources_markdown(sources: list[dict[str, Any]]) -> str:
    lines = []
    for s in sources:
        title = s.get("title") or s.get("url") or ""
        extra = ", ".join(x for x in (s.get("organisation"), s.get("year")) if x)
        item = f"[{title}]({s['url']})" if s.get("url") else title
        lines.append(f"- {item}" + (f" ({extra})" if extra else ""))
    return "\n".join(lines)


def _entry_sources(entry: Any) -> list[dict[str, Any]]:
    out = []
    for src in getattr(entry, "sources", []) or []:
        if isinstance(src, dict):
            out.append(src)
        else:
            out.append({k: getattr(src, k, None) for k in ("title", "organisation", "year", "url")})
    return out


def _rule(rid: str, findings: list[Finding], options: ReportOptions | None = None) -> dict[str, Any]:
    """One rule's metadata, the same whichever findings the run happened to make.

    A glossary entry's rule is described from the entry itself (its term, why, drop-in
    alternatives, advice and sources); a rule code's from ``data/rules.yaml``. Nothing
    comes from a particular finding's words, so every alert of PS201 reads alike rather
    than all saying the first acronym's expansion.
    """
    texts = _rule_texts()
    first = findings[0]
    codes = Counter(f.code for f in findings)
    code = codes.most_common(1)[0][0]
    severity = Counter(f.severity for f in findings).most_common(1)[0][0]
    generic = texts["codes"].get(code) or texts["checks"].get(first.check) or {
        "short": f"{first.check} finding", "full": f"A {first.check} finding from plainspeak."}
    entry = options.entry(rid) if options is not None and first.check == "term" else None
    sources: list[dict[str, Any]] = []
    if first.check == "term":
        term = str(getattr(entry, "term", "") or "") or min((f.text.lower() for f in findings), key=len)
        short = f"\u201c{term}\u201d: {generic['short'][0].lower()}{generic['short'][1:]}"
        full = (str(getattr(entry, "why", "") or "") or first.why).strip() or generic["full"]
        alternatives = list(getattr(entry, "alternatives", []) or []) if entry is not None else []
        advice = list(getattr(entry, "advice", []) or []) if entry is not None else []
        sources = _entry_sources(entry) if entry is not None else list(first.sources)
        if entry is not None:
            severity = str(getattr(entry, "severity", severity) or severity)
    else:
        short, full = generic["short"], str(generic["full"]).strip()
        alternatives, advice = [], []
    help_text = full
    help_md = full
    if alternatives:
        help_text += "\n\nSay instead: " + "; ".join(alternatives)
        help_md += "\n\n**Say instead:** " + "; ".join(alternatives)
    if advice:
        help_text += "\n\nWhat to do: " + "; ".join(advice)
        help_md += "\n\n**What to do:** " + "; ".join(advice)
    if sources:
        help_text += "\n\nSources: " + "; ".join(str(s.get("title") or "") for s in sources)
        help_md += "\n\n**Sources:**\n\n" + _sources_markdown(sources)
    rule: dict[str, Any] = {
        "id": rid,
        "name": "".join(part.capitalize() for part in rid.replace("_", "-").split("-") if part) or rid,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
        "properties": {"tags": sorted({first.check, first.category} - {""}), "code": code},
    }
    url = next((s.get("url") for s in sources if s.get("url")), None)
    if url:
        rule["helpUri"] = url
    return rule


def _region(f: Finding) -> dict[str, Any] | None:
    if f.line < 1 or f.column < 1:
        return None  # a finding about a whole document
    region: dict[str, Any] = {"startLine": f.line, "startColumn": f.column}
    if f.end_line >= f.line and f.end_column >= 1:
        region["endLine"] = f.end_line
        region["endColumn"] = f.end_column
    if f.text:
        region["snippet"] = {"text": f.text}
    return region


def as_data(results: list[FileResult], options: ReportOptions) -> dict[str, Any]:
    by_rule: dict[str, list[Finding]] = {}
    for r in results:
        for f in r.findings:
            by_rule.setdefault(rule_id(f), []).append(f)
    rule_ids = sorted(by_rule)
    index = {rid: i for i, rid in enumerate(rule_ids)}
    baseline_used = "baseline_resolved" in options.summary_extra

    sarif_results = []
    notifications = []
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    for r in results:
        uri, base = _uri(r.path)
        location: dict[str, Any] = {"uri": uri}
        if base:
            location["uriBaseId"] = base
        if r.error:
            notifications.append({"level": "error", "message": {"text": r.error},
                                  "locations": [{"physicalLocation": {"artifactLocation": location}}]})
            continue
        if uri not in artifact_index:
            artifact_index[uri] = len(artifacts)
            artifacts.append({"location": dict(location)})
        seen: dict[str, int] = {}
        for f in r.findings:
            rid = rule_id(f)
            physical: dict[str, Any] = {"artifactLocation": {**location, "index": artifact_index[uri]}}
            region = _region(f)
            if region:
                physical["region"] = region
            result: dict[str, Any] = {
                "ruleId": rid,
                "ruleIndex": index[rid],
                "level": LEVELS.get(f.severity, "warning"),
                "message": {"text": f.message},
                "locations": [{"physicalLocation": physical}],
                "properties": {"code": f.code, "check": f.check, "category": f.category,
                               "severity": f.severity, "suggestions": f.suggestions,
                               "advice": f.advice},
            }
            if f.location:
                result["locations"][0]["message"] = {"text": f.location}
            if f.fingerprint:
                # The same words in the same context twice in a file: number the repeats so
                # code scanning keeps them as separate results.
                seen[f.fingerprint] = seen.get(f.fingerprint, 0) + 1
                n = seen[f.fingerprint]
                result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint if n == 1 else f"{f.fingerprint}:{n}"}
            if baseline_used:
                result["baselineState"] = "new"
            sarif_results.append(result)
    for notice in sorted({n for r in results for n in r.notices}):
        notifications.append({"level": "note", "message": {"text": notice}})
    for path, todo in options.not_checked:
        uri, base = _uri(path)
        where: dict[str, Any] = {"uri": uri, **({"uriBaseId": base} if base else {})}
        notifications.append({"level": "warning", "message": {"text": f"not checked: {todo}"},
                              "locations": [{"physicalLocation": {"artifactLocation": where}}]})
    run_error = options.summary_extra.get("error")
    if run_error:
        notifications.append({"level": "error", "message": {"text": str(run_error)}})

    invocation: dict[str, Any] = {"executionSuccessful": not run_error and not any(r.error for r in results)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "plainspeak",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_rule(rid, by_rule[rid], options) for rid in rule_ids],
        }},
        "invocations": [invocation],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
        "properties": {"summary": summarise(results, options.summary_extra)},
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(results: list[FileResult], options: ReportOptions) -> str:
    return json.dumps(as_data(results, options), indent=2, ensure_ascii=False) + "\n"
