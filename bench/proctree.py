"""Run a command and measure it: wall and CPU time, and the peak memory of its whole process tree.

``ru_maxrss`` from ``wait4`` is the largest single process, which misses a forked child
running beside its parent. Here /proc is sampled every few milliseconds and the
resident memory of the process and all its descendants is added up (every 20 ms: reading
smaps_rollup walks the page tables and slows the process measured if done much more often),
two ways:

* RSS: every page each process has resident, pages shared after a fork counted in
  each process (an upper bound);
* PSS: shared pages divided among the processes sharing them (what the tree really
  costs the machine).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float
    peak_pss_mb: float
    max_single_mb: float
    code: int
    stderr: str


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out.extend(int(x) for x in fh.read().split())
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo.extend(_children(p))
    return pids


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB of one process, from smaps_rollup."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def run(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None,
        interval: float = 0.02) -> Run:
    peak = [0, 0]
    with tempfile.TemporaryFile() as errfile:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errfile,
                                env={**os.environ, **(env or {})})
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                rss = pss = 0
                for p in _tree(proc.pid):
                    r, s = _memory(p)
                    rss += r
                    pss += s
                peak[0] = max(peak[0], rss)
                peak[1] = max(peak[1], pss)
                done.wait(interval)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        thread.join()
        errfile.seek(0)
        err = errfile.read()[-2000:].decode(errors="replace")
    # Children the command waited for are in its own usage (RUSAGE_CHILDREN is per waiter):
    # read the tree's CPU from the command's rusage, which covers its reaped children too.
    return Run(wall, usage.ru_utime + usage.ru_stime, peak[0] / 1024, peak[1] / 1024, usage.ru_maxrss / 1024,
               os.waitstatus_to_exitcode(status), err)
