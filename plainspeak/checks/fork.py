"""Run one check in a forked copy of the process, so a long document uses two CPUs.

Files are checked in parallel already, but a single long policy (the common case for a
pre-commit hook on one document) would use one CPU. After the document is analysed,
the readability check (the most expensive) can run in a child made with ``fork``:
the child shares the analysed document without copying or pickling it, and sends back
only its findings and statistics. Anything unexpected (no ``fork`` on this platform,
other threads running, the child failing) falls back to running the check here, so
the result is always the same as without the split.

The child's answer is a pickle read from a pipe this process created a moment before;
nothing else can write to it.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plainspeak.analyse import Analysed
    from plainspeak.checks import CheckContext, CheckFunction
    from plainspeak.findings import Finding


def can_fork() -> bool:
    """Linux only (macOS forbids using some system libraries after fork), and only while
    this process has a single thread: a lock held by another thread at the fork would
    stay locked for ever in the child."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


@dataclass
class ForkedCheck:
    fn: CheckFunction
    analysed: Analysed
    ctx: CheckContext
    pid: int
    fd: int

    @classmethod
    def start(cls, fn: CheckFunction, analysed: Analysed, ctx: CheckContext) -> ForkedCheck | None:
        if not can_fork():
            return None
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: run the check, send the answer, leave at once
            code = 1
            try:
                os.close(read_fd)
                _child_time_limit()
                notices = len(ctx.notices)
                findings = fn(analysed, ctx)
                data = pickle.dumps((findings, analysed.stats, ctx.notices[notices:]), pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_fd, "wb") as out:
                    out.write(data)
                code = 0
            finally:
                os._exit(code)  # never run the parent's cleanup or flush its buffers twice
        os.close(write_fd)
        return cls(fn, analysed, ctx, pid, read_fd)

    def abandon(self) -> None:
        """Stop the child (the parent gave up on this file: a time limit, an error)."""
        import signal

        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except OSError:
            pass

    def finish(self) -> list[Finding]:
        """The child's findings; the check is run here instead if the child failed."""
        chunks: list[bytes] = []
        try:
            with os.fdopen(self.fd, "rb") as pipe:
                while chunk := pipe.read(1 << 20):
                    chunks.append(chunk)
        finally:
            _pid, status = os.waitpid(self.pid, 0)
        answer: Any = None
        if os.waitstatus_to_exitcode(status) == 0:
            try:
                answer = pickle.loads(b"".join(chunks))
            except Exception:  # a truncated answer: run the check here instead
                answer = None
        if answer is None:
            return self.fn(self.analysed, self.ctx)
        findings, stats, notices = answer
        self.analysed.stats.update(stats)
        self.ctx.notices.extend(n for n in notices if n not in self.ctx.notices)
        return list(findings)


def _child_time_limit() -> None:
    """Timers are not inherited by fork: the child gets its own copy of the file's limit."""
    import signal

    from plainspeak import limits

    if limits.current.file_seconds > 0 and hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_REAL, limits.current.file_seconds + 1)
