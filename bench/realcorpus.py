"""The benchmark's real-prose corpus (bench/corpus/part-*.jsonl.gz), cut into benchmark files.

Pages are taken round-robin across the source repositories, so a 10k-word file and a
1M-word file hold the same mix of UK public-sector guidance, service manuals and
handbooks, and the vocabulary grows with the size as it does in real documents.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: The one-page case: the NHS service-manual page nearest 500 words.
ONE_PAGE = ("nhsuk/nhsuk-service-manual", 500)


def pages() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for part in sorted(CORPUS.glob("part-*.jsonl.gz")):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh)
    return out


def interleaved() -> list[dict[str, str]]:
    """Pages round-robin by source repository (in corpus order within each)."""
    by_source: dict[str, list[dict[str, str]]] = defaultdict(list)
    for page in pages():
        by_source[page["source"]].append(page)
    queues = list(by_source.values())
    out: list[dict[str, str]] = []
    i = 0
    while any(queues):
        q = queues[i % len(queues)]
        if q:
            out.append(q.pop(0))
        i += 1
    return out


def words(text: str) -> int:
    return len(text.split())


def distinct_words(text: str) -> int:
    return len({w.lower() for w in _WORDS.findall(text)})


def text_of(n_words: int) -> str:
    """One Markdown text of at least ``n_words`` words: whole pages, round-robin by source."""
    out: list[str] = []
    count = 0
    for page in interleaved():
        out.append(page["text"])
        count += words(page["text"])
        if count >= n_words:
            break
    return "\n".join(out)


def one_page() -> str:
    source, target = ONE_PAGE
    found = [p["text"] for p in pages() if p["source"] == source]
    return min(found, key=lambda text: abs(words(text) - target))


def files_of(n_files: int, n_words: int) -> list[str]:
    """``n_files`` Markdown texts of about ``n_words / n_files`` words each, made of whole pages."""
    per = n_words / n_files
    out: list[str] = []
    current: list[str] = []
    count = 0
    for page in interleaved():
        current.append(page["text"])
        count += words(page["text"])
        if count >= per * (len(out) + 1):
            out.append("\n".join(current))
            current = []
            if len(out) == n_files:
                break
    if current and len(out) < n_files:
        out.append("\n".join(current))
    return out
