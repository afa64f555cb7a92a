"""GitHub Actions annotations: the right command per severity, escaped as the runner expects."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import run_cli

from plainspeak.api import FileResult
from plainspeak.findings import Finding
from plainspeak.report import ReportOptions
from plainspeak.report.github import escape_data, escape_property, render

COMMAND_RE = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def unescape_property(text: str) -> str:
    """What the Actions runner does to a property value (actions/runner, CommandExtensions)."""
    for a, b in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(a, b)
    return text


def unescape_data(text: str) -> str:
    for a, b in (("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        text = text.replace(a, b)
    return text


def parse(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND_RE.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    return m.group(1), {k: unescape_property(v) for k, v in props.items()}, unescape_data(m.group(3))


def test_escaping_rules() -> None:
    assert escape_data("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    # "%" first, so an already-escaped looking text survives the round trip
    assert unescape_property(escape_property("%3A,:%0A")) == "%3A,:%0A"


def test_tricky_path_and_message_round_trip(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    tricky = "100%, final: v2\nnotes.md"
    finding = Finding(check="term", code="PS101", id="a,b:c", category="x", severity="suggestion",
                      line=3, column=5, end_line=3, end_column=9, text="word",
                      message="“word”: 50% of readers, say: other\r\nwords",
                      why="Because: reasons, 100%.", suggestions=["other, words"])
    out = render([FileResult(tricky, [finding])], ReportOptions())
    first = out.splitlines()[0]
    kind, props, message = parse(first)
    assert kind == "notice"
    assert props == {"file": tricky, "line": "3", "col": "5", "endLine": "3", "endColumn": "9",
                     "title": "plainspeak PS101 (a,b:c)"}
    assert message.startswith("“word”: 50% of readers, say: other\r\nwords\n\nWhy: Because: reasons, 100%.")
    assert "Say instead: other, words" in message
    assert "\n" not in first and "\r" not in first


def test_cli_github_format(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a, b.md").write_text("Intro.\n\nService users were offered placements.\n",
                                             encoding="utf-8")
    proc = run_cli("check", "--format", "github", "--no-cache", "--disable", "readability", "sub", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    commands = [parse(line) for line in lines if line.startswith("::")]
    assert [c[0] for c in commands] == ["warning", "warning"]
    kind, props, message = commands[0]
    assert props["file"] == "sub/a, b.md"
    assert (props["line"], props["col"], props["endLine"], props["endColumn"]) == ("3", "1", "3", "14")
    assert message.startswith("“Service users”")
    assert "Why: " in message
    assert lines[-1].startswith("plainspeak: 2 finding(s)")


def test_unreadable_file_is_an_error_annotation(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    proc = run_cli("check", "--format", "github", "--no-cache", "bad.txt", cwd=tmp_path)
    assert proc.returncode == 2
    kind, props, message = parse(proc.stdout.splitlines()[0])
    assert kind == "error" and props["file"] == "bad.txt" and "binary" in message
