"""The fifth held-out corpus (issue 14) stays loadable, labelled with real entry ids, and unseen.

tests/data/corpus/heldout5/ holds sentences collected after the term check was tuned on the tuning
corpus and on all four earlier held-out sets (whose errors were read), and labelled before
plainspeak was run on them. Its accuracy is measured with tools/heldout5_accuracy.py. Its first
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
EARLIER_HELDOUT = (CORPUS / "heldout", CORPUS / "heldout2", CORPUS / "heldout3", CORPUS / "heldout4")
HELDOUT5 = CORPUS / "heldout5"


def test_heldout5_corpus_loads_with_real_entry_ids_and_covers_every_category(bench: ModuleType) -> None:
    records = bench.load_corpus(HELDOUT5)  # raises CorpusError on an unknown entry id or a bad field
    assert len(records) >= 450
    # Runs of real sentences cut to the span holding listed words: must-flag is about a fifth, a
    # minority as in real documents, but enough to measure recall.
    must_flag = sum(r.must_flag for r in records)
    assert 0.15 <= must_flag / len(records) <= 0.5
    with_listed_word = sum(r.must_flag or bool(r.allow) or r.category != "plain-use" for r in records)
    assert with_listed_word / len(records) >= 1 / 3
    for category in bench.CATEGORIES:
        assert sum(r.category == category for r in records) >= 5, category


def test_heldout5_sentences_are_in_no_other_corpus_file(bench: ModuleType) -> None:
    seen = {r.text for r in bench.load_corpus()}
    for folder in EARLIER_HELDOUT:
        seen |= {r.text for r in bench.load_corpus(folder)}
    shared = [f"{r.file} sentence {r.index + 1}" for r in bench.load_corpus(HELDOUT5) if r.text in seen]
    assert shared == []


def test_heldout5_sentences_are_not_repeated_within_the_set(bench: ModuleType) -> None:
    texts = [r.text for r in bench.load_corpus(HELDOUT5)]
    assert len(texts) == len(set(texts))


def test_heldout5_files_are_read_by_no_other_corpus_loader(bench: ModuleType) -> None:
    files = {r.file for r in bench.load_corpus(HELDOUT5)}
    assert files
    assert files.isdisjoint({r.file for r in bench.load_corpus()})
    for folder in EARLIER_HELDOUT:
        assert files.isdisjoint({r.file for r in bench.load_corpus(folder)})


#: The fifth set was measured untouched first (2e2cd04: precision 0.806, recall 0.850,
#: stigmatising recall 0.850, 24 of 512 flagged (0.047), 6 in names), then read and used for
#: general changes in the third session. Measured after them: 0.860, 0.921, 0.917, 18 of 512
#: (0.035), 4. Raise them when an improvement lands.
HELDOUT5_FLOORS = {"precision": 0.85, "recall": 0.915, "stigmatising_recall": 0.91}
HELDOUT5_CEILINGS = {"must_not_flag_flagged_share": 0.04, "findings_in_names": 4}


def test_heldout5_accuracy_does_not_fall(assert_accuracy: Callable[..., None]) -> None:
    assert_accuracy(HELDOUT5, HELDOUT5_FLOORS, HELDOUT5_CEILINGS)
