"""Passive voice names the whole actor after "by", or none (issue 15, item 5)."""

from __future__ import annotations

from plainspeak.api import check_text


def _passives(text: str) -> list[str]:
    return [f.message for f in check_text(text) if f.code == "PS304"]


def test_the_actor_is_the_whole_noun_phrase() -> None:
    cases = {
        "The plan was approved by the Housing Strategy Board on 12 May.": "the Housing Strategy Board approved",
        "The report was written by the Director of Adult Social Services and the team.":
            "the Director of Adult Social Services wrote",
        "Changes were made by the Children and Social Work Act 2017.": "the Children and Social Work Act 2017 made",
        "The work was agreed by the Engagement Board prior to the launch.": "the Engagement Board agreed",
    }
    for text, rewrite in cases.items():
        (message,) = _passives(text)
        assert f"\u201c{rewrite}\u201d" in message, message


def test_unsure_gives_the_plain_hint() -> None:
    (message,) = _passives("Value is added by just bringing a mix of people together.")
    assert message.endswith("say who does it"), message
    assert "just bringing" not in message


def test_headings_and_table_headers_are_not_sentences() -> None:
    text = "# Who is included\n\n| Who is included | Notes |\n|---|---|\n| Adults | yes |\n\nWho is included\n"
    assert _passives(text) == []
    assert _passives("The claim was refused by the panel.") != []
