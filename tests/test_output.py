"""What a person sees at the end of a run: a calm terminal, the files that were (not) checked.

Every test runs the real command line on real files, as a writer or a CI job would.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import run_cli

# The same entry three times, another entry once, a long sentence (a suggestion).
DRAFT = """\
# Support

Service users can ask for help. We will call service users every week.

Every service user gets a letter, and the council will look at the housing needs of every young person \
who leaves care in the area and will then write to them.

The panel talked about her placement.
"""

FINDING_LINE = re.compile(r"^\S+:\d+:\d+(?: \([^)]*\))?: (error|warning|suggestion) \S+ ")


def _finding_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if FINDING_LINE.match(line)]


def test_default_text_is_one_line_per_finding_with_repeats_grouped(write):
    md = write("draft.md", DRAFT)
    proc = run_cli("check", "--no-cache", str(md))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    # No indented "Why" or "Say instead" lines: every line is a finding or a summary line.
    assert not [line for line in lines if line.startswith(" ")], proc.stdout
    service = [line for line in _finding_lines(proc.stdout) if "[service-user]" in line]
    assert len(service) == 1, proc.stdout  # three uses, one line
    assert service[0].startswith(f"{md}:3:1: warning PS101")
    assert "(also at 3:46 and 5:7)" in service[0]
    # JSON still lists every occurrence, which CI needs.
    data = json.loads(run_cli("check", "--no-cache", "--format", "json", str(md)).stdout)
    assert sum(f["id"] == "service-user" for f in data["files"][0]["findings"]) == 3


def test_summary_counts_by_severity_and_points_to_the_long_form(write):
    md = write("draft.md", DRAFT)
    clean = write("clean.md", "We will call you every week.\n")
    proc = run_cli("check", "--no-cache", str(md), str(clean))
    data = json.loads(run_cli("check", "--no-cache", "--format", "json", str(md), str(clean)).stdout)
    by = data["summary"]["by_severity"]
    expected = " and ".join(f"{by[s]} {s}{'s' if by[s] != 1 else ''}" for s in ("warning", "suggestion") if s in by)
    assert f"{expected} in 1 of 2 files" in proc.stdout
    assert "--show-why" in proc.stdout.splitlines()[-1]


def test_show_why_gives_each_reason_once_per_run(write):
    a = write("a.md", DRAFT)
    b = write("b.md", "Service users said so.\n")
    for args in (["--show-why"], ["--format", "full"]):
        proc = run_cli("check", "--no-cache", *args, str(a), str(b))
        assert proc.stdout.count("Why: ") == len({line.split("[")[-1] for line in _finding_lines(proc.stdout)
                                                    if "[" in line} | {"PS302"}), proc.stdout
        assert proc.stdout.count("Nobody describes themselves") == 1
        assert "Say instead: " in proc.stdout


def test_quiet_prints_findings_only(write):
    md = write("draft.md", DRAFT)
    proc = run_cli("check", "--no-cache", "-q", str(md))
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == _finding_lines(proc.stdout)
    clean = write("clean.md", "We will call you every week.\n")
    proc = run_cli("check", "--no-cache", "-q", str(clean))
    assert proc.returncode == 0 and proc.stdout == ""


def test_min_severity_from_the_command_line_and_the_config(write, tmp_path: Path):
    md = write("draft.md", DRAFT)
    proc = run_cli("check", "--no-cache", "--min-severity", "warning", str(md))
    assert "suggestion" not in " ".join(_finding_lines(proc.stdout))
    assert "[service-user]" in proc.stdout
    assert "below --min-severity not shown" in proc.stdout
    data = json.loads(run_cli("check", "--no-cache", "--format", "json", "--min-severity", "error", str(md)).stdout)
    assert data["files"][0]["findings"] == []
    write(".plainspeak.yaml", "min_severity: warning\n")
    proc = run_cli("check", "--no-cache", str(md), cwd=tmp_path)
    assert _finding_lines(proc.stdout) and "suggestion" not in " ".join(_finding_lines(proc.stdout))
    write(".plainspeak.yaml", "min_severity: loud\n")
    proc = run_cli("check", "--no-cache", str(md), cwd=tmp_path)
    assert proc.returncode == 2 and "min_severity" in proc.stderr and "warning" in proc.stderr


def test_unknown_disable_names_are_errors_with_did_you_mean(write, tmp_path: Path):
    md = write("draft.md", DRAFT)
    proc = run_cli("check", "--disable", "servce-user", str(md))
    assert proc.returncode == 2
    assert "did you mean 'service-user'" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("check", "--disable", "PS999", str(md))
    assert proc.returncode == 2 and "'PS999' is not" in proc.stderr
    proc = run_cli("check", "--disable", "suggestion", str(md))
    assert proc.returncode == 2 and "--min-severity warning" in proc.stderr
    write(".plainspeak.yaml", "disable: [deficit-basd]\n")
    proc = run_cli("check", str(md), cwd=tmp_path)
    assert proc.returncode == 2 and ".plainspeak.yaml" in proc.stderr and "deficit-based" in proc.stderr
    # Every kind of real name is accepted: entry id, code, category, check, rule id.
    write(".plainspeak.yaml", "disable: [service-user, PS302, deficit-based, acronym, passive-voice]\n")
    proc = run_cli("check", "--no-cache", "--format", "json", str(md), cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    ids = {f["id"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert "service-user" not in ids and "long-sentence" not in ids and "placement" in ids


def test_no_false_all_clear_for_empty_or_unreadable_folders(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = run_cli("check", str(empty))
    assert proc.returncode == 2
    assert "All clear" not in proc.stdout and "No file was checked" in proc.stdout
    old = tmp_path / "old"
    old.mkdir()
    (old / "policy.doc").write_bytes(b"\xd0\xcf\x11\xe0 not really a doc")
    (old / "letter.rtf").write_text("{\\rtf1 Service users}", encoding="utf-8")
    (old / "plan.pages").write_bytes(b"PK\x03\x04")
    proc = run_cli("check", str(old))
    assert proc.returncode == 2
    assert "All clear" not in proc.stdout
    assert "policy.doc" in proc.stdout and "save it as a Word document (.docx)" in proc.stdout
    assert "plan.pages" in proc.stdout and "letter.rtf" in proc.stdout
    # Machine-readable reports are still written, and say so (a CI step may upload them).
    proc = run_cli("check", "--format", "sarif", str(old))
    assert proc.returncode == 2
    invocation = json.loads(proc.stdout)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    texts = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert any("no file was checked" in t for t in texts) and sum("not checked" in t for t in texts) == 3
    data = json.loads(run_cli("check", "--format", "json", str(empty)).stdout)
    assert data["files"] == [] and "no file was checked" in data["summary"]["error"]
    # With a readable file beside them, the others are still named, and the run is not "All clear" about them.
    (old / "ok.md").write_text("We will call you every week.\n", encoding="utf-8")
    proc = run_cli("check", "--no-cache", str(old))
    assert proc.returncode == 0
    assert "policy.doc" in proc.stdout and "3 files not checked" in proc.stdout


def test_unknown_kinds_named_on_the_command_line_are_refused(tmp_path: Path):
    rtf = tmp_path / "letter.rtf"
    rtf.write_text("{\\rtf1\\ansi Service users were asked.}", encoding="utf-8")
    odd = tmp_path / "notes.xyz"
    odd.write_text("Service users were asked.", encoding="utf-8")
    for path, words in ((rtf, "cannot read .rtf files"), (odd, "does not know what kind of file .xyz")):
        proc = run_cli("check", str(path))
        assert proc.returncode == 2, proc.stdout
        assert words in proc.stdout and "reading age" not in proc.stdout and "All clear" not in proc.stdout
    data = json.loads(run_cli("check", "--format", "json", str(rtf)).stdout)
    assert "cannot read .rtf" in data["files"][0]["error"]


def test_exclude_applies_to_files_named_on_the_command_line(write, tmp_path: Path):
    write(".plainspeak.yaml", "exclude: ['archive/**']\n")
    old = write("archive/old.md", "Service users were asked.\n")
    new = write("docs/new.md", "Service users were asked.\n")
    proc = run_cli("check", "--no-cache", "archive/old.md", "docs/new.md", cwd=tmp_path)
    assert proc.returncode == 1
    assert "old.md" not in proc.stdout and "new.md" in proc.stdout
    assert "skipped archive/old.md" in proc.stderr
    # Only excluded files (pre-commit after changing only archived files): nothing to do, a pass.
    proc = run_cli("check", str(old.relative_to(tmp_path)), cwd=tmp_path)
    assert proc.returncode == 0 and "All clear" not in proc.stdout
    assert new.exists()
