"""Seeded fuzzing of everything a repository or an e-mail can hand plainspeak.

Four targets, each a few hundred seeded mutations of a realistic file: Markdown (read,
check, and the ``fix`` plan), Word (.docx, mutated bytes and mutated XML parts), glossary
YAML (byte-level and structure-aware, with the hostile values the robustness review
used) and configs. Every input must give a result or plainspeak's own error (which
names the file), never another exception, and finish within ``CASE_SECONDS``.

The budget here is small so CI stays quick (about 30-60 s on a busy 2-CPU runner);
``bench/fuzz`` runs the same targets with many more cases and other seeds.
"""

from __future__ import annotations

import io
import random
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from plainspeak.api import FileTimeout, check_document, time_limit
from plainspeak.config import Config, config_from_dict
from plainspeak.errors import PlainspeakError
from plainspeak.readers import read_bytes

ROOT = Path(__file__).resolve().parent.parent
#: A case running longer than this counts as a hang (the worst linear case takes ~1 s).
CASE_SECONDS = 20

#: Values the robustness review found crashing or hanging, and their relatives.
HOSTILE_VALUES = [
    "2025-02-30", "2025-13-01", "9" * 5000, ".inf", "-.inf", ".nan", "1e308", "-1", "0", "~", "[]", "{}",
    "&a [x, x]", "*a", "!!python/object/apply:os.system ['echo pwned']", "!!binary aGVsbG8=", "!!set {a}",
    '"\\ud800"', "'", '"', "|", ">", "- x", "? x", "<<: {a: 1}", "\t", "%YAML 1.1", "---", "...",
    "=HYPERLINK(\"http://evil.example\")", "@SUM(1)", "(" * 2000, "word " * 1500, "a" * 20000,
    "\u202eusers", "x\x00y", "\r", "2025-02-30T25:61:00",
]


@dataclass
class Tally:
    ok: int = 0
    errors: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    slowest: float = 0.0


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randrange(len(b) + 1)
        if op < 0.3 and b:
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op < 0.5:
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op < 0.7 and b:
            del b[pos:pos + rng.randint(1, 64)]
        elif op < 0.85 and b:
            # Repeat a slice many times: the shape of most quadratic-time inputs.
            piece = bytes(b[pos:pos + rng.randint(1, 8)]) or b"("
            b[pos:pos] = piece * rng.choice((100, 1000, 5000))
        else:
            b[pos:pos] = rng.choice([b"\r", b"\r\n", b"<!--", b"[", b"(", b"'", b"&amp;", b"`", b"*_", b"\xff\xfe",
                                     b"\xef\xbb\xbf", b"\x00", "\u2028".encode()]) * rng.randint(1, 300)
    return bytes(b)


def mutate_zip(rng: random.Random, data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    victim = rng.choice(src.namelist())
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            member = src.read(name)
            dst.writestr(name, mutate_bytes(rng, member) if name == victim else member)
    return out.getvalue()


def mutate_yaml(rng: random.Random, text: str) -> str:
    """Structure-aware: put a hostile value where a real one was, or break the layout."""
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        line = lines[i]
        if ":" in line and rng.random() < 0.7:
            key = line.split(":", 1)[0]
            lines[i] = f"{key}: {rng.choice(HOSTILE_VALUES)}"
        elif rng.random() < 0.5:
            lines.insert(i, line)  # a duplicated line: duplicate keys, repeated entries
        else:
            lines[i] = " " * rng.randint(0, 6) + line.strip()
    return "\n".join(lines) + "\n"


def _timed(tally: Tally, label: str, fn: Callable[[], object]) -> None:
    start = time.perf_counter()
    try:
        with time_limit(CASE_SECONDS):
            fn()
        tally.ok += 1
    except PlainspeakError as exc:
        assert str(exc), label
        tally.errors += 1
    except FileTimeout:
        tally.hangs.append(label)
    except Exception as exc:  # noqa: BLE001 - the thing being counted
        tally.crashes.append(f"{label}: {type(exc).__name__}: {exc}"[:300])
    tally.slowest = max(tally.slowest, time.perf_counter() - start)


def _markdown_case(data: bytes) -> None:
    from plainspeak.fix import FilePlan, confirm_spans

    document = read_bytes(data, "fuzz.md", "markdown")
    result = check_document(document, Config(), fingerprints=False)
    for f in result.findings:
        assert 0 <= f.offset <= f.end_offset <= len(document.source)
    # The fix plan's safety net: no change may touch anything but the finding's words.
    changes = [f for f in result.findings if f.check == "term"]
    if changes:
        from plainspeak.fix import Change

        plan = FilePlan(Path("fuzz.md"), text=document.source, new_text=document.source)
        last = -1
        for f in sorted(changes, key=lambda f: f.offset):
            if f.offset >= last:
                plan.changes.append(Change(f.offset, f.end_offset, f.line, f.column, f.text, "X", f.id or ""))
                last = f.end_offset
        confirm_spans(plan)
        if plan.new_text is not None:
            for ending in ("\n", "\r", "\u2028"):
                assert plan.new_text.count(ending) == document.source.count(ending), "a line ending was replaced"


def _docx_case(data: bytes) -> None:
    document = read_bytes(data, "fuzz.docx", "docx")
    check_document(document, Config(), fingerprints=False)


def _glossary_case(text: str) -> None:
    from plainspeak.glossary.compile import compile_glossary
    from plainspeak.glossary.load import load_glossary

    glossary, problems = load_glossary("fuzz.yaml", text)
    for p in problems:
        assert p.path == "fuzz.yaml" and p.line >= 1
    if not any(p.severity == "error" for p in problems):
        compile_glossary(glossary.entries, glossary.acronyms)


def _config_case(text: str) -> None:
    from plainspeak.errors import ConfigError
    from plainspeak.yamlio import load_yaml

    data = load_yaml(text, ".plainspeak.yaml", ConfigError)
    if isinstance(data, dict):
        config_from_dict(data, ".plainspeak.yaml")


def _docx_base() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Eligibility", 1)
    d.add_paragraph("Service users were offered placements in order to assist them.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Hard to reach families (HTRF)"
    table.cell(0, 1).text = "Prior to the panel."
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


CONFIG_BASE = """fail_on: warning
glossaries: [builtin]
disable: [PS304]
readability:
  target_reading_age: 11
  long_sentence_words: 25
  paragraph_sentences: 5
grammar:
  enabled: false
  max_chars: 20000
limits:
  max_chars: 3000000
  file_seconds: 120
"""


def run_target(target: str, count: int, seed: int) -> Tally:
    """``count`` seeded cases of one target; used by this test and by ``bench/fuzz``."""
    rng = random.Random(f"{target}-{seed}")
    tally = Tally()
    if target == "markdown":
        base = (ROOT / "examples" / "housing-support-policy.md").read_bytes()
        for i in range(count):
            data = mutate_bytes(rng, base)
            _timed(tally, f"markdown seed={seed} case={i}", lambda d=data: _markdown_case(d))
    elif target == "docx":
        base = _docx_base()
        for i in range(count):
            data = mutate_zip(rng, base) if i % 2 else mutate_bytes(rng, base)
            _timed(tally, f"docx seed={seed} case={i}", lambda d=data: _docx_case(d))
    elif target == "glossary":
        base_text = (ROOT / "glossaries" / "adult-social-care.yaml").read_text(encoding="utf-8")
        for i in range(count):
            if i % 3 == 0:
                text = mutate_bytes(rng, base_text.encode()).decode("utf-8", "replace")
            else:
                text = mutate_yaml(rng, base_text)
            _timed(tally, f"glossary seed={seed} case={i}", lambda t=text: _glossary_case(t))
    elif target == "config":
        for i in range(count):
            text = mutate_yaml(rng, CONFIG_BASE) if i % 4 else \
                mutate_bytes(rng, CONFIG_BASE.encode()).decode("utf-8", "replace")
            _timed(tally, f"config seed={seed} case={i}", lambda t=text: _config_case(t))
    else:  # pragma: no cover
        raise ValueError(target)
    return tally


BUDGET = {"markdown": 200, "docx": 200, "glossary": 300, "config": 400}


@pytest.mark.parametrize("target", sorted(BUDGET))
def test_seeded_fuzzing_finds_no_crash_and_no_hang(target):
    tally = run_target(target, BUDGET[target], seed=2026)
    print(f"{target}: {tally.ok} read, {tally.errors} clear errors, slowest {tally.slowest:.2f} s")
    assert not tally.crashes, tally.crashes[:3]
    assert not tally.hangs, tally.hangs[:3]
    assert tally.ok + tally.errors == BUDGET[target]


# -- time: linear on adversarial text ---------------------------------------------------------

PATHOLOGICAL = ["(", "'", "<", "[", "#", "<!--", "&amp;", "A.", "x'", "a.", "*_", "[a](", "Service.", "A",
                "abcdefghij", '{"id":1,"a":[1,2]},']


def _cost(text: str, fmt: str) -> float:
    """Best of three: the least disturbed by other work on the machine."""
    from plainspeak.tokenizer import get_tokenizer

    best = float("inf")
    for _ in range(3):
        get_tokenizer()._cache.clear()  # measure the work, not the memo of the last run
        start = time.perf_counter()
        check_document(read_bytes(text.encode(), f"t.{fmt}", fmt), Config(), fingerprints=False)
        best = min(best, time.perf_counter() - start)
    return best


def _scaling(unit: str, fmt: str = "markdown", small: int = 12_000) -> float:
    """How much longer 4× the text takes: about 4 when linear, 16 when quadratic."""
    n = max(1, small // len(unit))
    # Under 20 ms, timer noise decides the ratio; a quadratic step shows at the larger size.
    return _cost(unit * (4 * n), fmt) / max(_cost(unit * n, fmt), 0.02)


@pytest.mark.parametrize("unit", PATHOLOGICAL)
def test_pathological_text_scales_linearly(unit):
    check_document(read_bytes(b"warm up", "w.md", "markdown"), Config())
    ratio = _scaling(unit)
    assert ratio < 9, f"{unit!r}: 4x the text took {ratio:.1f}x the time"


@pytest.mark.parametrize("fmt, unit", [("html", "<!--"), ("html", "&amp;"), ("html", "<"), ("rst", "&amp;"),
                                       ("rst", "`"), ("text", "("), ("text", "'")])
def test_pathological_text_scales_linearly_in_other_formats(fmt, unit):
    ratio = _scaling(unit, fmt, small=16_000)
    assert ratio < 9, f"{fmt} {unit!r}: 4x the text took {ratio:.1f}x the time"


def test_random_runs_of_punctuation_scale_linearly():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.text(alphabet="()[]<>{}'\"#&*_.,;:!?-=@/\\`|~^%$aA1 ", min_size=1, max_size=4))
    def check(unit: str) -> None:
        ratio = _scaling(unit, small=8_000)
        assert ratio < 9, f"{unit!r}: 4x the text took {ratio:.1f}x the time"

    check()
