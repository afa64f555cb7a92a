"""The held-out corpus (issue 14) stays loadable, labelled with real entry ids, and big enough.

tests/data/corpus/heldout/ holds sentences collected after the term check was tuned and labelled
before plainspeak was run on them. Its accuracy is measured with tools/heldout_accuracy.py.

It was held out until the lead read its errors (second session, 25 November): the first look
gave precision 0.893, recall 0.857, 4.8% of must-not-flag sentences flagged and 12 findings in
names (notes/issue-14.md). The rules changed after that were general ones, but the set has
since been read, so it now has floors like the tuning corpus, and a newer untouched set
(heldout2/) says how plainspeak does on writing nobody has seen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "corpus" / "heldout"


def test_heldout_corpus_loads_with_real_entry_ids_and_covers_every_category(bench: ModuleType) -> None:
    records = bench.load_corpus(HELDOUT)  # raises CorpusError on an unknown entry id or a bad field
    assert len(records) >= 250
    must_flag = sum(r.must_flag for r in records)
    assert 0.25 <= must_flag / len(records) <= 0.65
    for category in bench.CATEGORIES:
        assert sum(r.category == category for r in records) >= 5, category


def test_heldout_sentences_are_not_copies_of_tuning_sentences(bench: ModuleType) -> None:
    tuning = {r.text for r in bench.load_corpus()}
    heldout = [r for r in bench.load_corpus(HELDOUT) if r.text in tuning]
    assert heldout == [], [f"{r.file} sentence {r.index + 1}" for r in heldout]


def test_heldout_files_are_not_picked_up_by_the_tuning_corpus(bench: ModuleType) -> None:
    assert {r.file for r in bench.load_corpus(HELDOUT)}.isdisjoint({r.file for r in bench.load_corpus()})


#: Measured on the held-out set after the second session's rule changes: 0.958, 0.903, 0.926,
#: 6 of 351 flagged (0.017), 5 findings in names; after the third session's: 0.964, 0.909, 0.933,
#: 5 of 351 (0.014), 2. Raise them when an improvement lands.
HELDOUT_FLOORS = {"precision": 0.955, "recall": 0.9, "stigmatising_recall": 0.925}
HELDOUT_CEILINGS = {"must_not_flag_flagged_share": 0.016, "findings_in_names": 2}


def test_heldout_accuracy_does_not_fall(assert_accuracy: Callable[..., None]) -> None:
    assert_accuracy(HELDOUT, HELDOUT_FLOORS, HELDOUT_CEILINGS)
