"""Baselines: CI fails only on findings that are new since the baseline was written."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli, run_json

#: Only the glossary terms, so the counts do not depend on the readability check.
OPTS = ("--no-cache", "--disable", "readability", "--disable", "acronym")
ORIGINAL = "Service users were offered placements.\n\nWe help service users every day.\n"


def test_baseline_hides_old_findings_and_survives_edits_above(tmp_path: Path) -> None:
    doc = tmp_path / "docs" / "policy.md"
    doc.parent.mkdir()
    doc.write_text(ORIGINAL, encoding="utf-8")
    baseline = tmp_path / "plainspeak-baseline.json"
    proc = run_cli("check", *OPTS, "docs", "--write-baseline", str(baseline), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr  # recording a baseline accepts what is there
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert [(f["path"], f["id"], f["count"]) for f in data["findings"]] == [
        ("docs/policy.md", "service-user", 1), ("docs/policy.md", "placement", 1),
        ("docs/policy.md", "service-user", 1)]

    # unchanged: nothing to report
    code, report = run_json(*OPTS, "docs", "--baseline", str(baseline), cwd=tmp_path)
    assert code == 0 and report["summary"]["findings"] == 0
    assert report["summary"]["baseline_resolved"] == 0

    # lines added above move every finding down; a new sentence adds one new finding
    doc.write_text("# Title\n\nA new opening paragraph.\n\n" + ORIGINAL.replace(
        "every day.", "every day. Service users can complain."), encoding="utf-8")
    code, report = run_json(*OPTS, "docs", "--baseline", str(baseline), cwd=tmp_path)
    findings = report["files"][0]["findings"]
    assert code == 1
    assert [(f["text"], f["line"]) for f in findings] == [("Service users", 7)]
    assert report["summary"]["baseline_resolved"] == 0


def test_resolved_findings_are_counted(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text(ORIGINAL, encoding="utf-8")
    run_cli("check", *OPTS, "a.md", "--write-baseline", "base.json", cwd=tmp_path)
    doc.write_text(ORIGINAL.replace("We help service users", "We help people"), encoding="utf-8")
    proc = run_cli("check", *OPTS, "a.md", "--baseline", "base.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    assert "1 baseline finding(s) gone" in proc.stdout


def test_identical_findings_count_with_multiplicity(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Ask the service user.\n\nAsk the service user.\n", encoding="utf-8")
    run_cli("check", *OPTS, "a.txt", "--write-baseline", "base.json", cwd=tmp_path)
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    assert [f["count"] for f in data["findings"]] == [2]
    doc.write_text("Ask the service user.\n\nAsk the service user.\n\nAsk the service user.\n",
                   encoding="utf-8")
    code, report = run_json(*OPTS, "a.txt", "--baseline", "base.json", cwd=tmp_path)
    assert code == 1 and report["summary"]["findings"] == 1


def test_baseline_paths_are_relative_to_the_baseline(tmp_path: Path) -> None:
    """CI checks the repository out somewhere else: the baseline must still match."""
    for where in ("one", "two"):
        (tmp_path / where / "docs").mkdir(parents=True)
        (tmp_path / where / "docs" / "a.md").write_text(ORIGINAL, encoding="utf-8")
    run_cli("check", *OPTS, "docs", "--write-baseline", "base.json", cwd=tmp_path / "one")
    (tmp_path / "two" / "base.json").write_bytes((tmp_path / "one" / "base.json").read_bytes())
    code, report = run_json(*OPTS, str(tmp_path / "two" / "docs"), "--baseline",
                            str(tmp_path / "two" / "base.json"), cwd=tmp_path)
    assert code == 0 and report["summary"]["findings"] == 0


def test_bad_baseline_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "base.json").write_text("{not json", encoding="utf-8")
    proc = run_cli("check", *OPTS, "a.md", "--baseline", "base.json", cwd=tmp_path)
    assert proc.returncode == 2
    assert "base.json:1:2: the baseline file is not valid JSON" in proc.stderr
    assert "--write-baseline" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("check", *OPTS, "a.md", "--baseline", "missing.json", cwd=tmp_path)
    assert proc.returncode == 2 and "cannot read the baseline file" in proc.stderr
