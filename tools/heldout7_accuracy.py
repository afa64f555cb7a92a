#!/usr/bin/env python3
"""Run bench/accuracy on the seventh held-out corpus (tests/data/corpus/heldout7/); options as
for bench/accuracy. How the held-out sets work: tools/heldout_accuracy.py.

    python tools/heldout7_accuracy.py --no-trained --no-fix            # tables
    python tools/heldout7_accuracy.py --no-trained --no-fix --pages    # pages checked as documents
    python tools/heldout7_accuracy.py --no-trained --no-fix --errors   # and every wrong/missed finding
"""

from __future__ import annotations

import sys

from heldout_accuracy import ROOT, main

if __name__ == "__main__":
    sys.exit(main(folder=ROOT / "tests" / "data" / "corpus" / "heldout7"))
