"""The core promise: terms flagged with where, why and what to say instead."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_cli, run_json

ISSUE_SENTENCE = "Service users who are intentionally homeless were offered placements; a work placement is fine."


def test_issue_acceptance_sentence(write):
    md = write("draft.md", ISSUE_SENTENCE + "\n")
    code, data = run_json(str(md))
    assert code == 1
    findings = [f for f in data["files"][0]["findings"] if f["check"] == "term"]
    assert [f["text"] for f in findings] == ["Service users", "intentionally homeless", "placements"]
    source = md.read_text()
    for f in findings:
        assert f["line"] == 1 and f["end_line"] == 1
        assert source[f["column"] - 1 : f["end_column"] - 1] == f["text"]
    assert [f["id"] for f in findings] == ["service-user", "intentionally-homeless", "placement"]


def test_json_contract_fields(write):
    md = write("a.md", "We will target hard to reach groups.\n")
    _code, data = run_json("--disable", "readability", str(md))
    assert set(data) >= {"version", "files", "summary"}
    file = data["files"][0]
    assert set(file) >= {"path", "findings", "error"}
    f = file["findings"][0]
    for key in ("check", "code", "id", "category", "severity", "line", "column", "end_line",
                "end_column", "text", "message", "why", "suggestions"):
        assert key in f
    assert f["why"] and (f["suggestions"] or f["advice"])
    assert data["summary"]["findings"] == 1


def test_text_output_shows_where_why_and_alternative_with_case_kept(write):
    md = write("a.md", "Service users were asked.\n")
    proc = run_cli("check", "--format", "full", str(md))
    assert proc.returncode == 1
    assert f"{md}:1:1:" in proc.stdout
    assert "Why:" in proc.stdout
    assert "People who draw on care and support" in proc.stdout  # capital kept
    assert "\x1b[" not in proc.stdout  # no colour when not a terminal


def test_clean_file_exits_zero(write):
    md = write("clean.md", "People who draw on support chose the new times.\n")
    proc = run_cli("check", str(md))
    assert proc.returncode == 0, proc.stdout
    assert "All clear" in proc.stdout


def test_fail_on_error_makes_warnings_pass(write):
    md = write("a.md", "Service users were asked.\n")
    assert run_cli("check", "--fail-on", "error", str(md)).returncode == 0
    assert run_cli("check", "--fail-on", "warning", str(md)).returncode == 1


def test_unreadable_file_is_one_clear_line_and_others_still_checked(write, tmp_path):
    good = write("good.md", "Service users were asked.\n")
    bad = write("bad.md", b"\x00\x01\x02binary\x00" * 50)
    proc = run_cli("check", str(bad), str(good))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stdout + proc.stderr
    assert str(bad) in proc.stdout and "binary" in proc.stdout
    assert "Service users" in proc.stdout


def test_missing_path_is_a_clear_error(tmp_path):
    proc = run_cli("check", str(tmp_path / "nope.md"))
    assert proc.returncode == 2
    assert "no such file" in proc.stdout


def test_usage_error_exit_code_2():
    proc = run_cli("check", "--format", "yaml", "x.md")
    assert proc.returncode == 2
    proc = run_cli("check")
    assert proc.returncode == 2


def test_stdin(tmp_path):
    proc = run_cli("check", "--format", "json", "-", input="Our service users.\n", cwd=tmp_path)
    data = json.loads(proc.stdout)
    assert data["files"][0]["path"] == "stdin.md"
    assert [f["text"] for f in data["files"][0]["findings"] if f["check"] == "term"] == ["service users"]


def test_folder_recursive_skips_hidden(write, tmp_path):
    write("docs/a.md", "Service users.\n")
    write("docs/sub/b.txt", "Hard to reach groups.\n")
    write("docs/.git/c.md", "Service users.\n")
    write("docs/.hidden/d.md", "Service users.\n")
    write("docs/image.png", b"\x89PNG")
    _code, data = run_json(str(tmp_path / "docs"))
    paths = sorted(Path(f["path"]).name for f in data["files"])
    assert paths == ["a.md", "b.txt"]


def test_help_and_version_do_not_import_spacy():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from plainspeak.cli import main\n"
        "r = CliRunner().invoke(main, ['--help']); assert r.exit_code == 0, r.output\n"
        "r = CliRunner().invoke(main, ['--version']); assert r.exit_code == 0 and '0.' in r.output\n"
        "r = CliRunner().invoke(main, ['check', '--help']); assert r.exit_code == 0\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_python_dash_m_and_console_script_agree(write):
    md = write("a.md", "Service users.\n")
    proc = subprocess.run(["plainspeak", "check", str(md)], capture_output=True, text=True)
    assert proc.returncode == 1 and "Service users" in proc.stdout


def test_example_policy_has_findings():
    proc = run_cli("check", str(ROOT / "examples" / "housing-support-policy.md"))
    assert proc.returncode == 1
    assert "intentionally homeless" in proc.stdout
