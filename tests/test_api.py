"""The Python API a CMS or batch job calls instead of a subprocess."""

from __future__ import annotations

from plainspeak import check_paths, check_text, load_config
from plainspeak.config import Config


def test_check_text_returns_findings_with_json_fields():
    findings = [f for f in check_text("Service users were offered placements.") if f.check == "term"]
    assert [f.text for f in findings] == ["Service users", "placements"]
    d = findings[0].to_dict()
    assert d["check"] == "term" and d["line"] == 1 and d["suggestions"]


def test_check_paths_uses_nearest_config(tmp_path):
    (tmp_path / ".plainspeak.yaml").write_text("disable: [placement]\n")
    (tmp_path / "a.md").write_text("Service users were offered placements.\n")
    results = check_paths([tmp_path])
    assert [f.id for f in results[0].findings if f.check == "term"] == ["service-user"]


def test_check_text_with_explicit_config():
    cfg = Config(disable=["service-user"])
    found = check_text("Service users moved placements.", config=cfg)
    assert [f.id for f in found if f.check == "term"] == ["placement"]
    assert isinstance(load_config(), Config)
