"""Where plainspeak may write a report, a baseline or a reviewed copy.

An output option is one typo away from an input (``-o policy.md policy.md``), and a
checked-out repository can hold links that point anywhere. So before anything is
written: an output that is any of the inputs (by name, through a link, or as a hard
link to the same file) is refused, an output that is a link is refused (writing would
change the file it points to, perhaps outside the project), and anything that is not a
plain file (a folder, a pipe that would block) is refused. Writing is atomic and never
follows a link, and a failure is one plain line, not a traceback.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from plainspeak.errors import InputError


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def check_output(path: Path, inputs: Iterable[Path], option: str) -> None:
    """Raise ``InputError`` if writing ``path`` could lose an input or leave the target."""
    spath = str(path)
    for parent in path.parents:
        try:
            pst = parent.stat()
        except FileNotFoundError:
            continue
        except OSError:
            break
        if not stat.S_ISDIR(pst.st_mode):
            raise InputError(f"{option} cannot write here: '{parent}' is a file, not a folder", path=spath,
                             hint="give a path in a folder")
        break
    try:
        lst = os.lstat(path)
    except FileNotFoundError:
        lst = None
    except OSError as exc:
        raise InputError(f"{option} cannot use this path: {exc.strerror or exc}", path=spath,
                         hint="give a new file name in a folder you may write to") from None
    if lst is not None:
        if stat.S_ISLNK(lst.st_mode):
            raise InputError(f"{option} will not write through a link", path=spath,
                             hint="give the path of a plain file, or delete the link first")
        if not stat.S_ISREG(lst.st_mode):
            raise InputError(f"{option} needs a file name, and this is not a plain file", path=spath,
                             hint="give a new file name")
    if lst is None:
        return
    for source in inputs:
        try:
            sst = os.stat(source)
        except OSError:
            continue
        if _same_file(lst, sst):
            raise InputError(f"{option} would overwrite {source}, which it is checking", path=spath,
                             hint="give a new file name for the output")


def write_output(path: Path, data: bytes, option: str) -> None:
    """Write an output file in one step, never through a link; errors as one line."""
    from plainspeak.atomic import write_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data, follow_links=False)
    except OSError as exc:
        raise InputError(f"{option}: cannot write this file: {exc.strerror or exc}", path=str(path),
                         hint="check the folder exists and that you may write to it") from None
