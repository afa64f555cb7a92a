"""The fourth held-out corpus (issue 14) stays loadable, labelled with real entry ids, and unseen.

tests/data/corpus/heldout4/ holds sentences collected after the term check was tuned on the tuning
corpus and on all three earlier held-out sets (whose errors were read), and labelled before
plainspeak was run on them. Its accuracy is measured with tools/heldout4_accuracy.py. Its first
look was reported before its errors were read (notes/issue-14.md); since then it has been read and
tuned on, so it now has floors like the earlier sets. The other tests keep
true is that it stays a fair test: every label names a real glossary entry, every category is
represented, must-flag sentences are a real share of it, and no sentence is also in the tuning
corpus or an earlier held-out set (a copy there would have been tuned on).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
EARLIER_HELDOUT = (CORPUS / "heldout", CORPUS / "heldout2", CORPUS / "heldout3")
HELDOUT4 = CORPUS / "heldout4"


def test_heldout4_corpus_loads_with_real_entry_ids_and_covers_every_category(bench: ModuleType) -> None:
    records = bench.load_corpus(HELDOUT4)  # raises CorpusError on an unknown entry id or a bad field
    assert len(records) >= 400
    # Runs of real sentences, chosen from pages where labels are likely: must-flag is a larger share
    # than in the third set (13 %), but still a minority, as in real documents.
    must_flag = sum(r.must_flag for r in records)
    assert 0.15 <= must_flag / len(records) <= 0.5
    with_listed_word = sum(r.must_flag or bool(r.allow) or r.category != "plain-use" for r in records)
    assert with_listed_word / len(records) >= 1 / 3
    for category in bench.CATEGORIES:
        assert sum(r.category == category for r in records) >= 5, category


def test_heldout4_sentences_are_in_no_other_corpus_file(bench: ModuleType) -> None:
    seen = {r.text for r in bench.load_corpus()}
    for folder in EARLIER_HELDOUT:
        seen |= {r.text for r in bench.load_corpus(folder)}
    shared = [f"{r.file} sentence {r.index + 1}" for r in bench.load_corpus(HELDOUT4) if r.text in seen]
    assert shared == []


def test_heldout4_sentences_are_not_repeated_within_the_set(bench: ModuleType) -> None:
    texts = [r.text for r in bench.load_corpus(HELDOUT4)]
    assert len(texts) == len(set(texts))


def test_heldout4_files_are_read_by_no_other_corpus_loader(bench: ModuleType) -> None:
    files = {r.file for r in bench.load_corpus(HELDOUT4)}
    assert files
    assert files.isdisjoint({r.file for r in bench.load_corpus()})
    for folder in EARLIER_HELDOUT:
        assert files.isdisjoint({r.file for r in bench.load_corpus(folder)})


#: The fourth set was measured untouched first (d5cd014: precision 0.717, recall 0.956,
#: stigmatising recall 0.947, 42 of 409 flagged (0.103), 16 in names), then read and used for
#: general changes in the third session. Measured after them: 0.839, 0.956, 0.968, 21 of 409
#: (0.051), 0. Raise them when an improvement lands.
HELDOUT4_FLOORS = {"precision": 0.83, "recall": 0.95, "stigmatising_recall": 0.96}
HELDOUT4_CEILINGS = {"must_not_flag_flagged_share": 0.055, "findings_in_names": 0}


def test_heldout4_accuracy_does_not_fall(assert_accuracy: Callable[..., None]) -> None:
    assert_accuracy(HELDOUT4, HELDOUT4_FLOORS, HELDOUT4_CEILINGS)
