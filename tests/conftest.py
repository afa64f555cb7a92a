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
