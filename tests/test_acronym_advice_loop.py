"""Following any acronym advice, then checking again, gives no new finding about the same words.

Issue 15 item 4: PS201 advised "write “multi-agency risk assessment conference (MARAC)”" in a
document that used MARAC once, and the next run said PS204 "leave out MARAC". Each test
takes a finding, does exactly what its message and first suggestion say, and runs again.
"""

from __future__ import annotations

from plainspeak.api import check_text
from plainspeak.config import Config

WORDS = "multi-agency risk assessment conference"


def _check(text: str) -> list:  # type: ignore[type-arg]
    cfg = Config()
    cfg.disable = ["readability", "grammar"]
    return check_text(text, format="text", config=cfg)


def _about(findings: list, letters: str, words: str = WORDS) -> list:  # type: ignore[type-arg]
    return [f for f in findings if f.check == "acronym" and letters in f.text
            or f.check == "term" and (words.lower() in f.text.lower() or f.text.lower() in words.lower())]


def _one(findings: list, code: str):  # type: ignore[no-untyped-def]
    found = [f for f in findings if f.code == code]
    assert found, [(f.code, f.message) for f in findings]
    return found[0]


def _replace(text: str, f, new: str) -> str:  # type: ignore[no-untyped-def]
    return text[:f.offset] + new + text[f.end_offset:]


def test_ps201_used_once_write_the_words() -> None:
    text = "The MARAC meets on Monday.\n"
    f = _one(_check(text), "PS201")
    assert "used only once" in f.message and f.suggestions[0] == WORDS
    assert _about(_check(_replace(text, f, f.suggestions[0])), "MARAC") == []


def test_ps201_used_twice_words_and_letters_first_time() -> None:
    text = "The MARAC meets on Monday.\n\nThe MARAC decides what to do.\n"
    f = _one(_check(text), "PS201")
    assert f.suggestions[0] == f"{WORDS} (MARAC)"
    assert _about(_check(_replace(text, f, f.suggestions[0])), "MARAC") == []


def test_ps202_move_the_explanation() -> None:
    text = (f"The MARAC meets on Monday.\n\nA {WORDS} (MARAC) is a meeting.\n\nThe MARAC decides.\n")
    findings = _check(text)
    f = _one(findings, "PS202")
    assert "move that explanation here" in f.message
    moved = text.replace(f"A {WORDS} (MARAC) is", "A MARAC is")
    moved = moved.replace("The MARAC meets", f"The {f.suggestions[0]} meets", 1)
    assert _about(_check(moved), "MARAC") == []


def test_ps203_explained_again_once_is_enough() -> None:
    text = (f"The {WORDS} (MARAC) meets.\n\nThe {WORDS} (MARAC) decides.\n\nThe MARAC ends.\n")
    f = _one(_check(text), "PS203")
    assert "once is enough" in f.message and f.line == 3
    fixed = text.replace(f"The {WORDS} (MARAC) decides", "The MARAC decides")
    assert _about(_check(fixed), "MARAC") == []


def test_ps204_message_and_suggestion_agree() -> None:
    text = f"We hold a {WORDS} (MARAC) each month.\n"
    f = _one(_check(text), "PS204")
    assert "leave out \u201cMARAC\u201d" in f.message and f.suggestions == [WORDS]
    fixed = text.replace(f"{WORDS} (MARAC)", f.suggestions[0])
    assert _about(_check(fixed), "MARAC") == []


def test_flagged_expansion_is_never_advised() -> None:
    text = "Every LAC has a plan.\n"
    f = _one(_check(text), "PS201")
    assert "looked after child" not in " ".join(f.suggestions).lower()
    fixed = _replace(text, f, f.suggestions[0])
    after = _check(fixed)
    assert [x for x in after if x.check in ("term", "acronym")] == [], [(x.code, x.message) for x in after]


def test_letters_with_several_meanings_offer_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    glossary = tmp_path / "ours.yaml"
    glossary.write_text(
        "version: 2\nacronyms:\n"
        "  - acronym: CIC\n    expansion: child in care\n    category: children-social-care\n"
        "  - acronym: CIC\n    expansion: community interest company\n    category: business\n",
        encoding="utf-8")
    cfg = Config()
    cfg.disable = ["readability", "grammar"]
    cfg.glossaries = ["builtin", str(glossary)]
    found = [f for f in check_text("We are a CIC based in Leeds.\n", format="text", config=cfg)
             if f.check == "acronym"]
    assert len(found) == 1
    f = found[0]
    assert "child in care" in f.message and "community interest company" in f.message
    assert "the one you mean" in f.message
    assert f.suggestions == ["child in care", "community interest company"]
    fixed = _replace("We are a CIC based in Leeds.\n", f, f.suggestions[1])
    assert [x for x in check_text(fixed, format="text", config=cfg) if x.check in ("term", "acronym")] == []
