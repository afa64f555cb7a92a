"""The second held-out corpus (issue 14) stays loadable, labelled with real entry ids, and unseen.

tests/data/corpus/heldout2/ holds sentences collected after the term check was tuned on both the
tuning corpus and the first held-out set, and labelled before plainspeak was run on them. Its
accuracy is measured with tools/heldout2_accuracy.py. The lead measured it untouched first
(a52d34c: precision 0.846, recall 0.854, stigmatising recall 0.863, 4.3% flagged, 8 in names;
notes/issue-14.md), then read its errors and made general changes, so it now has floors like the
other two sets; tests/data/corpus/heldout3/ is the untouched one. These tests also keep it fair:
every label names a real glossary entry, every category is represented, and no sentence is also in
the tuning corpus or the first held-out set (a copy there would have been tuned on).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
HELDOUT = CORPUS / "heldout"
HELDOUT2 = CORPUS / "heldout2"


def test_heldout2_corpus_loads_with_real_entry_ids_and_covers_every_category(bench: ModuleType) -> None:
    records = bench.load_corpus(HELDOUT2)  # raises CorpusError on an unknown entry id or a bad field
    assert len(records) >= 250
    must_flag = sum(r.must_flag for r in records)
    assert 0.2 <= must_flag / len(records) <= 0.65
    for category in bench.CATEGORIES:
        assert sum(r.category == category for r in records) >= 5, category


def test_heldout2_sentences_are_in_no_other_corpus_file(bench: ModuleType) -> None:
    seen = {r.text for r in bench.load_corpus()} | {r.text for r in bench.load_corpus(HELDOUT)}
    shared = [f"{r.file} sentence {r.index + 1}" for r in bench.load_corpus(HELDOUT2) if r.text in seen]
    assert shared == []


def test_heldout2_sentences_are_not_repeated_within_the_set(bench: ModuleType) -> None:
    texts = [r.text for r in bench.load_corpus(HELDOUT2)]
    assert len(texts) == len(set(texts))


def test_heldout2_files_are_read_by_neither_the_tuning_nor_the_first_heldout_loader(bench: ModuleType) -> None:
    files = {r.file for r in bench.load_corpus(HELDOUT2)}
    assert files.isdisjoint({r.file for r in bench.load_corpus()})
    assert files.isdisjoint({r.file for r in bench.load_corpus(HELDOUT)})


#: Measured after the second session's changes (read after the first look): 0.904, 0.913, 0.916,
#: 7 of 276 flagged (0.025), 6 findings in names; after the third session's: 0.950, 0.922, 0.926,
#: 3 of 276 (0.011), 2. Raise them when an improvement lands.
HELDOUT2_FLOORS = {"precision": 0.94, "recall": 0.915, "stigmatising_recall": 0.92}
HELDOUT2_CEILINGS = {"must_not_flag_flagged_share": 0.015, "findings_in_names": 2}


def test_heldout2_accuracy_does_not_fall(assert_accuracy: Callable[..., None]) -> None:
    assert_accuracy(HELDOUT2, HELDOUT2_FLOORS, HELDOUT2_CEILINGS)
