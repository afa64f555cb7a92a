"""Every fixed rule code carries examples that must and must not be flagged (as in
proselint and LanguageTool); this runs them all, so the rule texts stay honest."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from plainspeak import check_text
from plainspeak.config import config_from_dict

RULES = yaml.safe_load(resources.files("plainspeak.data").joinpath("rules.yaml").read_text("utf-8"))["codes"]
CASES = [(code, kind, text, rule.get("config") or {}) for code, rule in sorted(RULES.items())
         for kind in ("flag", "pass") for text in rule.get("examples", {}).get(kind, [])]


def test_every_code_has_both_kinds_of_example():
    for code, rule in RULES.items():
        examples = rule.get("examples", {})
        assert examples.get("flag") and examples.get("pass"), f"{code} needs flag and pass examples"


@pytest.mark.parametrize(("code", "kind", "text", "config"), CASES,
                         ids=[f"{c}-{k}-{i}" for i, (c, k, _t, _c) in enumerate(CASES)])
def test_rule_example(code, kind, text, config):
    # A rule that is off by default (PS103, PS104) gives the config that turns it on.
    codes = [f.code for f in check_text(text + "\n", config=config_from_dict(config))]
    if kind == "flag":
        assert code in codes, f"{code} should flag: {text!r} (got {codes})"
    else:
        assert code not in codes, f"{code} should not flag: {text!r}"
