"""Grammar and spelling through LanguageTool, whenever a server is available.

The check is opt-in (``--grammar`` or ``grammar.enabled``) and must never break a run: a
LanguageTool server is often not at hand, and CI runners are often offline. So:

- the server comes from ``--languagetool-url``, ``PLAINSPEAK_LANGUAGETOOL_URL`` or the
  config; failing those, a local LanguageTool that language-tool-python can start, but
  only one already on disk (``LTP_JAR_DIR_PATH``): plainspeak
  never lets the library download LanguageTool at run time;
- every request has a bounded time-out, and after the first failure the check is
  skipped for the rest of the run, with one notice;
- only prose is sent (``Document.text``: no code, URLs or markup), in pieces under the
  server's request-size limit, split at block boundaries, and every match is mapped
  back to the exact source range through the ``Document``'s map.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plainspeak.analyse import Analysed
from plainspeak.checks import CheckContext
from plainspeak.config import GrammarConfig
from plainspeak.document import BLOCK_SEPARATOR, Document
from plainspeak.findings import Finding, make_finding

SKIPPED = "grammar check skipped"
URL_ENV = "PLAINSPEAK_LANGUAGETOOL_URL"
_STATE_KEY = "grammar"
#: LanguageTool issue types reported as warnings; style and typography are suggestions.
_SERIOUS = frozenset({"misspelling", "grammar"})


def default_disabled_rules() -> list[str]:
    """LanguageTool rules that repeat plainspeak's own checks (data file, one id a line)."""
    from plainspeak.fastload import read_resource

    text = read_resource("grammar_disabled_rules.txt").decode("utf-8")
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def disabled_rules(cfg: GrammarConfig) -> list[str]:
    enabled = set(cfg.enable_rules)
    rules = [r for r in default_disabled_rules() if r not in enabled]
    rules += [r for r in cfg.disable_rules if r not in rules]
    return rules


def server_url(cfg: GrammarConfig) -> str | None:
    return cfg.url or os.environ.get(URL_ENV) or None


def _local_languagetool_on_disk() -> bool:
    """True when language-tool-python could start a LanguageTool without downloading it."""
    # Only an explicit LanguageTool folder: the library's own download folder may hold
    # another version, which it would replace by downloading the one it wants.
    jar_dir = os.environ.get("LTP_JAR_DIR_PATH")
    return jar_dir is not None and jar_dir != "" and Path(jar_dir).is_dir()


def split_chunks(document: Document, max_chars: int) -> list[tuple[int, int]]:
    """Ranges of ``document.text`` to send, each under ``max_chars``, split between blocks.

    A single block longer than the limit is split after a sentence end (or, failing
    that, at a space), so no request is ever over the limit.
    """
    chunks: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for block in document.blocks:
        pieces = _split_block(document.text, block.start, block.end, max_chars)
        for ps, pe in pieces:
            if start is None:
                start, end = ps, pe
            elif pe - start <= max_chars:
                end = pe
            else:
                chunks.append((start, end))
                start, end = ps, pe
    if start is not None:
        chunks.append((start, end))
    return chunks


def _split_block(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    out = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 2 if cut > 0 else window.rfind(" ") + 1
        if cut <= 0:
            cut = max_chars
        out.append((start, start + cut))
        start += cut
    out.append((start, end))
    return out


@dataclass
class _State:
    tool: Any = None
    failed: str | None = None


def _tool(ctx: CheckContext) -> _State:
    state: _State | None = ctx.extra.get(_STATE_KEY)
    if state is not None:
        return state
    state = _State()
    ctx.extra[_STATE_KEY] = state
    cfg = ctx.config.grammar
    url = server_url(cfg)
    if url is None and not _local_languagetool_on_disk():
        state.failed = (f"{SKIPPED}: no LanguageTool server configured "
                        f"(use --languagetool-url, {URL_ENV} or grammar.url in the config)")
        ctx.notices.append(state.failed)
        return state
    try:
        import language_tool_python

        timeout = cfg.timeout

        class _BoundedTool(language_tool_python.LanguageTool):  # type: ignore[misc]
            _TIMEOUT = timeout  # type: ignore[assignment]

        if url:
            tool = _BoundedTool(cfg.language, remote_server=url)
        else:
            tool = _BoundedTool(cfg.language)
        tool.disabled_rules = set(disabled_rules(cfg))
        tool.enabled_rules = set(cfg.enable_rules)
        state.tool = tool
    except Exception as exc:  # noqa: BLE001 - requests, LanguageTool and OS errors alike
        _fail(ctx, state, url, exc)
    return state


def _fail(ctx: CheckContext, state: _State, url: str | None, exc: BaseException) -> None:
    where = f"at {url}" if url else "(local LanguageTool)"
    reason = type(exc).__name__
    state.failed = f"{SKIPPED}: no LanguageTool server {where} ({reason})"
    state.tool = None
    ctx.notices.append(state.failed)


def run(analysed: Analysed, ctx: CheckContext) -> list[Finding]:
    cfg = ctx.config.grammar
    if not cfg.enabled:
        return []
    state = _tool(ctx)
    if state.tool is None:
        return []
    document = analysed.document
    findings: list[Finding] = []
    for start, end in split_chunks(document, cfg.max_chars):
        text = document.text[start:end]
        try:
            matches = state.tool.check(text)
        except Exception as exc:  # noqa: BLE001 - a failing server never breaks the run
            _fail(ctx, state, server_url(cfg), exc)
            return []
        for m in matches:
            try:
                offset, length = int(m.offset), int(m.error_length)
            except (TypeError, ValueError, AttributeError):
                continue
            if offset < 0 or start + offset >= end:
                continue  # a server's answer outside the text it was sent: ignored, never a crash
            m_start = start + offset
            m_end = min(end, m_start + max(1, length))
            # Never report on the separator between blocks.
            if BLOCK_SEPARATOR in document.text[m_start:m_end]:
                continue
            findings.append(make_finding(
                document, m_start, m_end, check="grammar", code=str(m.rule_id), id=str(m.rule_id),
                category=str(getattr(m, "category", "grammar")).lower(),
                severity="warning" if getattr(m, "rule_issue_type", "") in _SERIOUS else "suggestion",
                message=str(m.message),
                why=f"LanguageTool rule {m.rule_id} ({getattr(m, 'category', 'grammar')}): {m.message}",
                suggestions=[str(r) for r in list(m.replacements)[:5]],
            ))
    return findings
