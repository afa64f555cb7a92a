"""Writing files in one step: a crash or a full disk leaves the old file or the new one,
never half of one. Used for fixed documents, cache entries and compiled glossaries."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace (or create) a file's contents in one step, keeping its permissions.

    Symbolic links are followed, so a link stays a link. A new file gets the usual
    permissions for the current umask.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile  # here: importing it (with shutil, random, bz2, lzma) costs a read-only run 5 ms

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".plainspeak-tmp", dir=str(target.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
