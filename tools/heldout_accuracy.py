#!/usr/bin/env python3
"""Run bench/accuracy on the held-out corpus (tests/data/corpus/heldout/) instead of the tuning corpus.

The held-out sentences were collected and labelled after the term check's rules were tuned, and
labelled before plainspeak was run on them (see tests/data/corpus/heldout/README.md). They live in a
subfolder so that ``bench/accuracy`` and the floors in tests/test_accuracy.py do not see them: a
set the rules are tuned on stops telling us how the rules do on documents nobody has seen.

This script changes nothing in bench/accuracy; it only points its corpus loader at a held-out
folder (``--set N`` for ``heldoutN/``; the first set without it) and passes every other option
through:

    python tools/heldout_accuracy.py --no-trained --no-fix                    # the first set, tables
    python tools/heldout_accuracy.py --set 7 --no-trained --no-fix --pages    # heldout7/, pages as documents
    python tools/heldout_accuracy.py --set 7 --no-trained --no-fix --errors   # and every wrong/missed finding
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "corpus" / "heldout"


def main(argv: list[str] | None = None, folder: Path | None = None) -> int:
    """``bench/accuracy``'s own ``main`` with its corpus loader pointed at ``folder`` (or at the
    set that ``--set N`` names)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--set" in args:
        at = args.index("--set")
        number = args[at + 1] if at + 1 < len(args) else ""
        del args[at:at + 2]
        folder = HELDOUT.parent / ("heldout" if number in ("", "1") else f"heldout{number}")
        if not folder.is_dir():
            print(f"heldout_accuracy: no held-out set {number!r} (no folder {folder})", file=sys.stderr)
            return 2
    folder = folder or HELDOUT
    loader = importlib.machinery.SourceFileLoader("plainspeak_bench_accuracy", str(ROOT / "bench" / "accuracy"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[loader.name] = bench
    loader.exec_module(bench)
    defaults = list(bench.load_corpus.__defaults__)
    defaults[0] = folder  # first parameter: the folder of terms-*.yaml files
    bench.load_corpus.__defaults__ = tuple(defaults)
    return int(bench.main(args))


if __name__ == "__main__":
    sys.exit(main())
