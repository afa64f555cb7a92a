"""Writing files in one step: a crash or a full disk leaves the old file or the new one,
never half of one. Used for fixed documents, cache entries and compiled glossaries."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

_TMP_SUFFIX = ".plainspeak-tmp"


class ChangedOnDisk(OSError):
    """The file is no longer what was read: writing now would throw away someone's edit."""


def write_atomically(path: Path, data: bytes, *, follow_links: bool = True, expect: bytes | None = None) -> None:
    """Replace (or create) a file's contents in one step, keeping its permissions.

    ``follow_links=True`` (a document the user named): a link stays a link and its
    target gets the new contents. ``follow_links=False`` (caches, reports): a link at
    ``path`` is replaced by a plain file and nothing is written where it pointed.

    ``expect``: the bytes the caller read and based ``data`` on. If the file no longer
    holds exactly them (saved in an editor meanwhile), nothing is written and
    ``ChangedOnDisk`` is raised. The check is made as late as possible, just before the
    rename.

    A temporary file is named after this process, so one left by a killed run is
    recognised and deleted by the next write in that folder.
    """
    target = Path(os.path.realpath(path)) if follow_links else Path(path)
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if follow_links else stat.S_IMODE(os.lstat(target).st_mode)
        if not follow_links and stat.S_ISLNK(os.lstat(target).st_mode):
            raise FileNotFoundError  # a link is replaced, with the usual permissions
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile  # here: importing it (with shutil, random, bz2, lzma) costs a read-only run 5 ms

    _remove_stale_temps(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=_TMP_SUFFIX, dir=str(target.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if expect is not None and _current(target) != expect:
            raise ChangedOnDisk(f"{target} changed since it was read")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _current(target: Path) -> bytes | None:
    try:
        with open(target, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def _remove_stale_temps(target: Path) -> None:
    """Delete temporary files of ``target`` left by plainspeak runs that were killed.

    Only files named ``.<name>.<pid>.*.plainspeak-tmp`` whose process is gone are
    removed, so a run writing the same file at this moment keeps its own.
    """
    pattern = re.compile(re.escape(f".{target.name}.") + r"(\d+)\.[^/]*" + re.escape(_TMP_SUFFIX))
    try:
        with os.scandir(target.parent) as it:
            names = [(e.name, e) for e in it if e.name.endswith(_TMP_SUFFIX)]
    except OSError:
        return
    for name, item in names:
        m = pattern.fullmatch(name)
        if not m or not item.is_file(follow_symlinks=False):
            continue
        pid = int(m.group(1))
        if pid != os.getpid() and not _alive(pid):
            with contextlib.suppress(OSError):
                os.unlink(item.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True
