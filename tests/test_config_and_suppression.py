"""Config files, local glossaries that override ours, and inline suppressions."""

from __future__ import annotations

from conftest import run_cli, run_json

LOCAL_GLOSSARY = """\
version: 1
entries:
  - id: service-user
    term: service user
    alternatives: [people we work with]
    why: Our panel chose these words.
    sources:
      - title: Our panel
        url: https://example.org/panel
    examples:
      flag: [Service users came.]
      pass: [People came.]
  - id: placement
    disabled: yes
  - id: client
    term: client
    alternatives: [person]
    why: Our panel prefers people.
    sources: [{title: Panel, url: "https://example.org"}]
    examples:
      flag: [The client came.]
      pass: [The person came.]
"""


def test_yaml_config_found_by_walking_up_and_local_glossary_wins(write, tmp_path):
    write(".plainspeak.yaml", "glossaries:\n  - builtin\n  - panel.yaml\n")
    write("panel.yaml", LOCAL_GLOSSARY)
    md = write("docs/deep/a.md", "Service users and the client moved placements.\n")
    _code, data = run_json(str(md), cwd=tmp_path)
    findings = [f for f in data["files"][0]["findings"] if f["check"] == "term"]
    assert [f["text"] for f in findings] == ["Service users", "client"]
    assert findings[0]["suggestions"] == ["People we work with"]


def test_pyproject_config_disables_categories_and_sets_fail_level(write, tmp_path):
    write("pyproject.toml", '[tool.plainspeak]\ndisable = ["deficit-based"]\nfail-on = "error"\n')
    md = write("a.md", "Service users moved placements.\n")
    code, data = run_json(str(md), cwd=tmp_path)
    assert [f["id"] for f in data["files"][0]["findings"] if f["check"] == "term"] == ["placement"]
    assert code == 0  # warnings do not fail with fail-on = error


def test_unknown_config_key_says_did_you_mean(write, tmp_path):
    write(".plainspeak.yaml", "fail_onn: error\n")
    md = write("a.md", "Hello.\n")
    proc = run_cli("check", str(md), cwd=tmp_path)
    assert proc.returncode == 2
    assert ".plainspeak.yaml:1" in proc.stderr and "did you mean 'fail_on'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_broken_glossary_names_file_and_line(write, tmp_path):
    write(".plainspeak.yaml", "glossaries: [builtin, bad.yaml]\n")
    write("bad.yaml", "entries:\n  - id: x\n    term: thing\n    alternatives: stuff\n    why: [a\n")
    md = write("a.md", "Hello.\n")
    proc = run_cli("check", str(md), cwd=tmp_path)
    assert proc.returncode == 2
    assert "bad.yaml:" in proc.stderr and "Traceback" not in proc.stderr


def test_local_glossary_examples_are_checked_on_load(write, tmp_path):
    write(".plainspeak.yaml", "glossaries: [builtin, g.yaml]\n")
    write("g.yaml", "entries:\n  - id: thing\n    term: thing\n    alternatives: [item]\n"
                    "    why: Vague.\n    examples:\n      flag: [A widget.]\n      pass: [An item.]\n")
    md = write("a.md", "Hello.\n")
    proc = run_cli("check", str(md), cwd=tmp_path)
    assert proc.returncode == 2
    assert "g.yaml:2" in proc.stderr and "should be flagged" in proc.stderr


def test_inline_suppressions(write):
    md = write("a.md", (
        "<!-- plainspeak-disable-next-line service-user -->\n"
        "Service users one.\n\n"
        "Service users two.\n\n"
        "<!-- plainspeak-disable -->\n"
        "Hard to reach and placements.\n\n"
        "<!-- plainspeak-enable -->\n"
        "Hard to reach three.\n\n"
        "<!-- plainspeak-disable-next-line placement -->\n"
        "Service users and placements four.\n"
    ))
    _code, data = run_json(str(md))
    got = [(f["line"], f["text"]) for f in data["files"][0]["findings"] if f["check"] == "term"]
    assert got == [(4, "Service users"), (10, "Hard to reach"), (13, "Service users")]


def test_cli_disable_and_extra_glossary(write, tmp_path):
    write("extra.yaml", LOCAL_GLOSSARY)
    md = write("a.md", "The client and service users.\n")
    _code, data = run_json("--glossary", str(tmp_path / "extra.yaml"), "--disable", "service-user", str(md))
    assert [f["id"] for f in data["files"][0]["findings"] if f["check"] == "term"] == ["client"]


def test_each_file_fails_by_its_own_config(write, tmp_path):
    write("lenient/.plainspeak.yaml", "fail_on: never\n")
    write("lenient/a.md", "Service users were asked.\n")
    write("strict/b.md", "People were asked.\n")
    assert run_cli("check", "lenient", "strict", cwd=tmp_path).returncode == 0
    write("strict/b.md", "Service users were asked.\n")
    assert run_cli("check", "lenient", "strict", cwd=tmp_path).returncode == 1
