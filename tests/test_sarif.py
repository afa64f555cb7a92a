"""SARIF output: valid against the 2.1.0 schema and useful to GitHub code scanning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT, run_cli

#: The OASIS SARIF 2.1.0 schema, kept in the repository so a fresh clone can run this test.
SCHEMA_PATH = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def sarif(tmp_path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    proc = run_cli("check", "--format", "sarif", "--no-cache", "--disable", "readability", "--disable", "acronym",
                   *args, cwd=tmp_path)
    assert proc.stdout, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_valid_sarif_with_rules_regions_and_fingerprints(tmp_path: Path, schema: dict[str, Any]) -> None:
    (tmp_path / "docs").mkdir()
    source = "# Plan\n\nService users were offered placements.\n\nWe ask each service user.\n"
    (tmp_path / "docs" / "plan v2.md").write_text(source, encoding="utf-8")
    code, data = sarif(tmp_path, "docs")
    assert code == 1
    jsonschema.validate(data, schema)
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    # term findings: one rule per glossary entry, described by the entry itself
    assert set(rules) == {"service-user", "placement"}
    rule = rules["service-user"]
    assert "reduces a person" in rule["fullDescription"]["text"]
    assert "people who draw on care and support" in rule["help"]["text"]
    assert "**Say instead:**" in rule["help"]["markdown"]
    assert rule["helpUri"].startswith("https://")
    assert rule["shortDescription"]["text"]
    assert rule["properties"]["code"] == "PS101"

    results = run["results"]
    assert [r["ruleId"] for r in results] == ["service-user", "placement", "service-user"]
    lines = source.split("\n")
    for r in results:
        assert run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] == "warning"
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "docs/plan%20v2.md", "uriBaseId": "%SRCROOT%", "index": 0}
        region = loc["region"]
        line = lines[region["startLine"] - 1]
        assert region["endLine"] == region["startLine"]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]
        assert len(r["partialFingerprints"]["plainspeak/v1"]) == 32
    assert results[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Service users"
    # two findings of the same entry are told apart
    assert results[0]["partialFingerprints"] != results[2]["partialFingerprints"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://")
    assert run["invocations"][0]["executionSuccessful"] is True


def test_fingerprint_survives_lines_added_above(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("Service users were offered placements.\n", encoding="utf-8")
    _, before = sarif(tmp_path, "a.md")
    doc.write_text("# New title\n\nAn opening paragraph.\n\nService users were offered placements.\n",
                   encoding="utf-8")
    _, after = sarif(tmp_path, "a.md")
    fp = [[r["partialFingerprints"] for r in d["runs"][0]["results"]] for d in (before, after)]
    assert fp[0] == fp[1]
    assert after["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 5


def test_levels_and_unreadable_files(tmp_path: Path, schema: dict[str, Any]) -> None:
    glossary = tmp_path / "local.yaml"
    glossary.write_text(
        "version: 1\ncategory: test\nentries:\n"
        "  - id: bad-word\n    term: frobnicate\n    severity: error\n    alternatives: [change]\n"
        "    why: Nobody knows what it means.\n"
        "  - id: soft-word\n    term: wibblify\n    severity: suggestion\n    alternatives: [use]\n"
        "    why: A longer word for use.\n",
        encoding="utf-8")
    (tmp_path / "a.md").write_text("We frobnicate and wibblify.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    code, data = sarif(tmp_path, "-g", str(glossary), "a.md", "bad.txt")
    assert code == 2
    jsonschema.validate(data, schema)
    run = data["runs"][0]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {"bad-word": "error", "soft-word": "note"}
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert "helpUri" not in rules["bad-word"]  # no sources: no made-up link
    assert rules["soft-word"]["defaultConfiguration"]["level"] == "note"
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    note = invocation["toolExecutionNotifications"][0]
    assert note["level"] == "error" and "binary" in note["message"]["text"]


def test_empty_run_is_valid(tmp_path: Path, schema: dict[str, Any]) -> None:
    (tmp_path / "ok.md").write_text("People who draw on care and support were asked.\n", encoding="utf-8")
    code, data = sarif(tmp_path, "ok.md")
    assert code == 0
    jsonschema.validate(data, schema)
    assert data["runs"][0]["results"] == [] and data["runs"][0]["tool"]["driver"]["rules"] == []


def test_repeated_identical_findings_get_distinct_fingerprints(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ask the service user.\n\nAsk the service user.\n", encoding="utf-8")
    _, data = sarif(tmp_path, "a.txt")
    fps = [r["partialFingerprints"]["plainspeak/v1"] for r in data["runs"][0]["results"]]
    assert len(fps) == 2 and fps[1] == fps[0] + ":2"


def test_rule_metadata_comes_from_the_rule_not_from_one_finding(tmp_path: Path, schema: dict[str, Any]) -> None:
    (tmp_path / "a.md").write_text(
        "Service users met the CMHT. Later the ICB wrote to the SERVICE USERS.\n", encoding="utf-8")
    proc = run_cli("check", "--format", "sarif", "--no-cache", "--disable", "readability", "a.md", cwd=tmp_path)
    data = json.loads(proc.stdout)
    jsonschema.validate(data, schema)
    rules = {r["id"]: r for r in data["runs"][0]["tool"]["driver"]["rules"]}
    acronym = rules["PS201"]
    text = json.dumps(acronym)
    # Two different acronyms were found: the rule names neither of them.
    assert "CMHT" not in text and "ICB" not in text and "community mental health" not in text.lower()
    assert acronym["fullDescription"]["text"].startswith("Readers who do not know")
    service = rules["service-user"]
    # The entry's own term and alternatives, not the first finding's capitalised words.
    assert service["shortDescription"]["text"].startswith("\u201cservice user\u201d")
    assert "Say instead: people who draw on care and support" in service["help"]["text"].replace(
        "People", "people")
    assert "SERVICE USERS" not in json.dumps(service)
    assert service.get("helpUri", "").startswith("https://")
