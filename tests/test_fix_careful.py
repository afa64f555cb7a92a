"""plainspeak fix makes only edits a careful editor would make (issue 15, item 3).

The corpus test (0 wrong edits on 100+ real sentences) is in test_accuracy.py; here: the
edits themselves, and two properties that must hold for any text.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainspeak.config import Config
from plainspeak.fix import plan_file


def _fixed(tmp_path: Path, text: str, name: str = "doc.md") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    plan = plan_file(path, Config())
    return plan.new_text if plan.new_text is not None else text


def test_fitted_drop_ins_are_put_in(tmp_path: Path) -> None:
    assert _fixed(tmp_path, "We will participate in the review.\n") == "We will take part in the review.\n"
    assert _fixed(tmp_path, "We have commenced the work.\n") == "We have started the work.\n"
    assert _fixed(tmp_path, "Prior to the meeting we met.\n") == "Before the meeting we met.\n"


def test_careful_editor_leaves_these_alone(tmp_path: Path) -> None:
    for text in (
        "The disabled parent asked for help.\n",               # adjective before a noun
        "He lives in Kingston upon Thames.\n",                 # a place name
        "The death must be notified to the coroner.\n",        # 'told to' is not English
        "He was terminated for misconduct.\n",                 # 'ended' is wrong of a person
        "Prior-to-meeting notes are on file.\n",               # a hyphenated compound
        "> Prior to the hearing the court must commence.\n",   # a block quote
        "She said \"prior to the move we utilised it\".\n",    # inside quotation marks
        "Pay is made in lieu of notice.\n",                    # a term of art
    ):
        assert _fixed(tmp_path, text) == text, text


_WORDS = st.sampled_from([
    "prior to", "utilise", "utilised", "commence", "commenced", "participate", "in order to",
    "whilst", "amongst", "approximately", "the", "people", "we", "will", "meeting", "care", "home",
    "Kingston", "upon", "Thames", "-", "\"", ">", "\n", ".", ",", "in the event that", "obtain",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_fix_changes_only_reported_spans_and_is_idempotent(tmp_path: Path, words: list[str]) -> None:
    text = " ".join(words) + "\n"
    path = tmp_path / "prop.txt"
    path.write_text(text, encoding="utf-8")
    plan = plan_file(path, Config())
    if plan.new_text is None:
        return
    # Outside the reported spans, not a character changes.
    pos = 0
    rebuilt = []
    for c in plan.changes:
        assert text[c.offset:c.end_offset] == c.old
        rebuilt.append(text[pos:c.offset])
        rebuilt.append(c.new)
        pos = c.end_offset
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == plan.new_text
    # Fixing the fixed text changes nothing more.
    path.write_text(plan.new_text, encoding="utf-8")
    again = plan_file(path, Config())
    assert again.new_text is None, [(c.old, c.new) for c in again.changes]
