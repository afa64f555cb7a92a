"""A long document's readability check may run in a forked process: same answer, always."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from conftest import run_json

from plainspeak.analyse import analyse
from plainspeak.api import SPLIT_MIN_CHARS, check_document, context_for
from plainspeak.checks import readability
from plainspeak.checks.fork import ForkedCheck, can_fork
from plainspeak.config import Config
from plainspeak.readers import read_bytes

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the split uses fork, Linux only")

_PARAGRAPH = (
    "Service users who are hard to reach will be contacted by the Team Manager prior to the review, "
    "and the placement plan was agreed by the panel in accordance with the statutory guidance. "
    "The LADO must ensure that the EHCP is reviewed. We will call you. "
)


def _long_markdown() -> str:
    parts = []
    for i in range(SPLIT_MIN_CHARS // len(_PARAGRAPH) + 40):
        if i % 25 == 0:
            parts.append(f"## Section {i // 25 + 1}\n")
        parts.append(_PARAGRAPH + ("This sentence keeps going " + "and going " * (i % 30) + "until it stops.\n"))
    return "\n".join(parts)


def test_split_run_gives_the_same_report_as_one_process(tmp_path: Path) -> None:
    doc = tmp_path / "long.md"
    doc.write_text(_long_markdown(), encoding="utf-8")
    assert len(doc.read_text(encoding="utf-8")) > SPLIT_MIN_CHARS
    code1, one = run_json("--no-cache", "--jobs", "1", str(doc))
    code2, two = run_json("--no-cache", "--jobs", "2", str(doc))
    assert code1 == code2 == 1
    findings = one["files"][0]["findings"]
    assert any(f["check"] == "readability" for f in findings)
    assert any(f["check"] == "term" for f in findings)
    assert one["files"] == two["files"]


def test_the_check_really_runs_in_another_process() -> None:
    """The forked check's findings come back from a child, not from this process."""
    parent = os.getpid()
    seen: list[int] = []

    def check(analysed, ctx):  # type: ignore[no-untyped-def]
        seen.append(os.getpid())
        return readability.run(analysed, ctx)

    document = read_bytes(_long_markdown().encode(), "long.md", "markdown")
    analysed = analyse(document)
    ctx = context_for(Config())
    assert can_fork()
    forked = ForkedCheck.start(check, analysed, ctx)
    assert forked is not None
    findings = forked.finish()
    assert seen == []  # the parent never ran it
    assert findings and analysed.stats["readability"]["words"] > 10_000
    expected = check_document(document, Config(), split=False, fingerprints=False).findings
    assert [f for f in expected if f.check == "readability"] == sorted(findings, key=lambda f: f.sort_key())
    assert os.getpid() == parent


def test_a_failing_child_falls_back_to_running_the_check_here() -> None:
    parent = os.getpid()

    def check(analysed, ctx):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            os._exit(3)  # the child dies without answering
        return readability.run(analysed, ctx)

    document = read_bytes(_long_markdown().encode(), "long.md", "markdown")
    analysed = analyse(document)
    forked = ForkedCheck.start(check, analysed, context_for(Config()))
    assert forked is not None
    findings = forked.finish()
    assert findings
    assert "readability" in analysed.stats
