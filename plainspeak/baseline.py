"""Baselines: accept today's findings so that CI only fails on new ones.

A charity adopting plainspeak on a big policy library cannot fix everything at once.
``--write-baseline`` records what is there now; ``--baseline`` then reports only what is
new. The identity of a finding must survive ordinary editing, so it is not the line
number but a hash of what was found and the words around it: adding a paragraph above
a finding does not make it "new", while the same word used somewhere else does.

Two identical findings (same word, same surrounding words, same file) are counted, not
merged: adding a third copy is a new finding.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plainspeak.errors import InputError
from plainspeak.findings import Finding

BASELINE_VERSION = 1
#: How many words either side of a finding belong to its identity.
CONTEXT_WORDS = 3
#: How far (in characters) to look for those words.
_CONTEXT_CHARS = 160
_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
#: Context stops at the end of a sentence or paragraph, so that writing a new sentence
#: next to a finding does not change its identity.
_BOUNDARY_RE = re.compile(r"[.!?;:]+[\"'\u2019\u201d)\]*_]*\s|\n[ \t\r]*\n")


def _norm(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _words(text: str) -> list[str]:
    return [_norm(w) for w in _WORD_RE.findall(text)]


def finding_fingerprint(finding: Finding, source: str) -> str:
    """The identity of a finding within its file, independent of line numbers.

    Markup, case and spacing are left out (``**Service**  users`` and ``service users``
    are the same words), so re-wrapping a paragraph keeps a finding's identity.
    """
    offset, end = finding.offset, finding.end_offset
    before_text = source[max(0, offset - _CONTEXT_CHARS):offset]
    cuts = list(_BOUNDARY_RE.finditer(before_text))
    if cuts:
        before_text = before_text[cuts[-1].end():]
    after_text = source[end:end + _CONTEXT_CHARS]
    cut = _BOUNDARY_RE.search(after_text)
    if cut:
        after_text = after_text[:cut.start()]
    # Only the nearest words are normalised: the same words as normalising all of them.
    before = [_norm(w) for w in _WORD_RE.findall(before_text)[-CONTEXT_WORDS:]]
    after = [_norm(w) for w in _WORD_RE.findall(after_text)[:CONTEXT_WORDS]]
    parts = [
        finding.check,
        finding.code,
        finding.id or "",
        " ".join(_words(finding.text)) or finding.text.strip().lower(),
        " ".join(before),
        " ".join(after),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def set_fingerprints(findings: Iterable[Finding], source: str) -> None:
    for f in findings:
        f.fingerprint = finding_fingerprint(f, source)


def relative_key(path: str | Path, folder: Path) -> str:
    """A file's path as recorded in a baseline: relative to the baseline's folder.

    That way the baseline still matches when CI checks out the repository elsewhere.
    """
    p = Path(path)
    try:
        return Path(os.path.relpath(p.resolve(), folder.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return p.resolve().as_posix()


def _key(rel: str, fingerprint: str) -> str:
    return f"{rel}\x1f{fingerprint}"


@dataclass
class BaselineOutcome:
    """What comparing with a baseline did: how many findings it hid, how many are gone."""

    hidden: int = 0
    resolved: int = 0


def write_baseline(path: Path, results: Iterable[Any]) -> int:
    """Record every finding of ``results`` (FileResults); returns how many were recorded."""
    folder = path.resolve().parent
    counts: Counter[tuple[str, str]] = Counter()
    samples: dict[tuple[str, str], Finding] = {}
    for r in results:
        rel = relative_key(r.path, folder)
        for f in r.findings:
            counts[(rel, f.fingerprint)] += 1
            samples.setdefault((rel, f.fingerprint), f)
    entries = []
    for (rel, fp), n in sorted(counts.items(), key=lambda kv: (kv[0][0], samples[kv[0]].offset, kv[0][1])):
        f = samples[(rel, fp)]
        # Code, id, text and line are for the people reviewing the baseline file in a pull
        # request; only path and fingerprint are used for matching.
        entries.append({"path": rel, "fingerprint": fp, "count": n, "code": f.code, "id": f.id,
                        "text": f.text, "line": f.line})
    data = {"version": BASELINE_VERSION, "tool": "plainspeak", "findings": entries}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".baseline.", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return sum(counts.values())


def load_baseline(path: Path) -> Counter[str]:
    spath = str(path)
    try:
        if path.exists() and not path.is_file():  # a pipe would block, a folder cannot be read
            raise InputError("the baseline is not a plain file", path=spath, hint="give the baseline file's path")
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read the baseline file: {exc.strerror or exc}", path=spath,
                         hint="create it with --write-baseline, or check the path") from None
    except UnicodeDecodeError:
        raise InputError("the baseline file is not UTF-8 text", path=spath,
                         hint="make it again with --write-baseline (do not re-save it in another encoding)") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"the baseline file is not valid JSON ({exc.msg})", path=spath, line=exc.lineno,
                         column=exc.colno, hint="make it again with --write-baseline") from None
    except RecursionError:
        raise InputError("the baseline file is nested too deeply to be a baseline", path=spath,
                         hint="make it again with --write-baseline") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError("this is not a plainspeak baseline file", path=spath,
                         hint="make it with: plainspeak check ... --write-baseline FILE")
    if data.get("version") != BASELINE_VERSION:
        raise InputError(f"this baseline is version {data.get('version')!r}; this plainspeak reads "
                         f"version {BASELINE_VERSION}", path=spath, hint="make it again with --write-baseline")
    counts: Counter[str] = Counter()
    for i, item in enumerate(data["findings"]):
        if not (isinstance(item, dict) and isinstance(item.get("path"), str)
                and isinstance(item.get("fingerprint"), str)):
            raise InputError(f"baseline finding {i + 1} has no path or fingerprint", path=spath,
                             hint="make the baseline again with --write-baseline")
        n = item.get("count", 1)
        counts[_key(item["path"], item["fingerprint"])] += n if isinstance(n, int) and n > 0 else 1
    return counts


def apply_baseline(path: Path, results: list[Any]) -> BaselineOutcome:
    """Remove findings recorded in the baseline from ``results`` (in place).

    Findings that were recorded but are no longer found count as resolved, only for files
    checked in this run: checking one file must not report the rest of the baseline gone.
    """
    remaining = load_baseline(path)
    folder = path.resolve().parent
    outcome = BaselineOutcome()
    checked: set[str] = set()
    for r in results:
        if r.error:
            # A file that could not be read proves nothing about its findings.
            continue
        rel = relative_key(r.path, folder)
        checked.add(rel)
        kept = []
        for f in r.findings:
            key = _key(rel, f.fingerprint)
            if remaining[key] > 0:
                remaining[key] -= 1
                outcome.hidden += 1
            else:
                kept.append(f)
        r.findings = kept
    outcome.resolved = sum(n for key, n in remaining.items() if n > 0 and key.split("\x1f", 1)[0] in checked)
    return outcome
