"""Shared helpers: run the real command line in a subprocess or in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# CI runs the same examples every time (a red build names a change, not a lucky draw);
# set HYPOTHESIS_PROFILE=explore to search afresh, as bench/fuzz does for the long runs.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path | None = None, input: str | bytes | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m plainspeak`` as a user would, in a new process."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    data = input.decode() if isinstance(input, bytes) else input
    return subprocess.run([sys.executable, "-m", "plainspeak", *args], cwd=cwd, input=data,
                          capture_output=True, text=True, env=full_env, timeout=300)


def run_json(*args: str, cwd: Path | None = None) -> tuple[int, dict[str, Any]]:
    proc = run_cli("check", "--format", "json", *args, cwd=cwd)
    assert proc.stdout, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    def _write(name: str, content: str | bytes) -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        return p

    return _write


# -- the accuracy benchmark, shared by the corpus tests -----------------------------------------


@pytest.fixture(scope="session")
def bench() -> Any:
    """bench/accuracy loaded as a module (it is a script without a .py suffix)."""
    import importlib.machinery
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "accuracy"
    loader = importlib.machinery.SourceFileLoader("plainspeak_bench_accuracy_tests", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[loader.name] = module
    loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def assert_accuracy(bench: Any) -> Any:
    """``check(folder, floors, ceilings)``: the default pipeline's strict numbers on a corpus
    folder stay at or above ``floors`` (precision, recall, stigmatising_recall) and at or below
    ``ceilings`` (must_not_flag_flagged_share, findings_in_names)."""

    def check(folder: Path, floors: dict[str, float], ceilings: dict[str, float]) -> None:
        entries = bench.known_entries()
        m = bench.measure(bench.load_corpus(folder, entries=entries), None, entries)["strict"]
        got = {"precision": m["overall"]["precision"], "recall": m["overall"]["recall"],
               "stigmatising_recall": m["stigmatising_recall"], **{k: m[k] for k in ceilings}}
        for key, floor in floors.items():
            assert got[key] >= floor, f"{key} fell to {got[key]} (floor {floor}) on {folder.name}: read --errors"
        for key, ceiling in ceilings.items():
            assert got[key] <= ceiling, f"{key} rose to {got[key]} (ceiling {ceiling}) on {folder.name}"

    return check
