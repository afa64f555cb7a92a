"""The sixth held-out corpus (issue 14) stays loadable, labelled with real entry ids, and unseen.

tests/data/corpus/heldout6/ holds sentences collected after the term check was tuned on the tuning
corpus and on all five earlier held-out sets (whose errors were read), and labelled before
plainspeak was run on them. Its accuracy is measured with tools/heldout6_accuracy.py. Its first
look was reported before its errors were read (notes/issue-14.md); since then it has been read and
tuned on, so it now has floors like the earlier sets. The other tests keep it a fair test:
every label names a real glossary entry, every category is represented, must-flag sentences are a
real share of it, and no sentence is also in the tuning corpus or an earlier held-out set (a copy
there would have been tuned on).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
EARLIER_HELDOUT = tuple(CORPUS / name for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5"))
HELDOUT6 = CORPUS / "heldout6"


def test_heldout6_corpus_loads_with_real_entry_ids_and_covers_every_category(bench: ModuleType) -> None:
    records = bench.load_corpus(HELDOUT6)  # raises CorpusError on an unknown entry id or a bad field
    assert len(records) >= 450
    # Runs of real sentences cut to the span holding listed words: must-flag is about a fifth, a
    # minority as in real documents, but enough to measure recall.
    must_flag = sum(r.must_flag for r in records)
    assert 0.15 <= must_flag / len(records) <= 0.5
    with_listed_word = sum(r.must_flag or bool(r.allow) or r.category != "plain-use" for r in records)
    assert with_listed_word / len(records) >= 1 / 3
    for category in bench.CATEGORIES:
        assert sum(r.category == category for r in records) >= 5, category


def test_heldout6_sentences_are_in_no_other_corpus_file(bench: ModuleType) -> None:
    seen = {r.text for r in bench.load_corpus()}
    for folder in EARLIER_HELDOUT:
        seen |= {r.text for r in bench.load_corpus(folder)}
    shared = [f"{r.file} sentence {r.index + 1}" for r in bench.load_corpus(HELDOUT6) if r.text in seen]
    assert shared == []


def test_heldout6_sentences_are_not_repeated_within_the_set(bench: ModuleType) -> None:
    texts = [r.text for r in bench.load_corpus(HELDOUT6)]
    assert len(texts) == len(set(texts))


def test_heldout6_pages_are_new(bench: ModuleType) -> None:
    """No page used here is a source in any other corpus file (URLs compared without scheme, www. or
    a trailing slash), so no sentence was picked from a page someone has already tuned on."""
    import re

    import yaml

    def norm(url: str) -> str:
        return re.sub(r"^(https?://)?(www\.)?", "", url.strip().strip("\"'")).rstrip("/").lower()

    def urls(paths: list[Path]) -> set[str]:
        found = set()
        for path in paths:
            for source in (yaml.safe_load(path.read_text(encoding="utf-8")).get("sources") or {}).values():
                found.add(norm(str(source["url"])))
        return found

    ours = sorted(HELDOUT6.glob("terms-*.yaml"))
    others = [p for p in CORPUS.rglob("*.yaml") if p.parent not in (HELDOUT6, CORPUS / "heldout7")]
    assert ours and others
    assert len(urls(ours)) >= 40
    assert urls(ours).isdisjoint(urls(others))


def test_heldout6_files_are_read_by_no_other_corpus_loader(bench: ModuleType) -> None:
    files = {r.file for r in bench.load_corpus(HELDOUT6)}
    assert files
    assert files.isdisjoint({r.file for r in bench.load_corpus()})
    for folder in EARLIER_HELDOUT:
        assert files.isdisjoint({r.file for r in bench.load_corpus(folder)})


#: The sixth set was measured untouched first (c1c19ad: precision 0.840, recall 0.907,
#: stigmatising recall 0.905, 24 of 598 flagged (0.040), 0 in names), then read and used for
#: general changes in the third session. Measured after them: 0.892, 0.920, 0.918, 16 of 598
#: (0.027), 0. Raise them when an improvement lands.
HELDOUT6_FLOORS = {"precision": 0.885, "recall": 0.915, "stigmatising_recall": 0.91}
HELDOUT6_CEILINGS = {"must_not_flag_flagged_share": 0.03, "findings_in_names": 0}


def test_heldout6_accuracy_does_not_fall(assert_accuracy: Callable[..., None]) -> None:
    assert_accuracy(HELDOUT6, HELDOUT6_FLOORS, HELDOUT6_CEILINGS)
