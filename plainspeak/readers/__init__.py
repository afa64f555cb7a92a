"""Readers: one module per file format, each turning bytes into a ``Document``.

A reader knows nothing of checks. ``read_path`` picks the reader by file extension;
``read_bytes`` does the same for data that is already in memory (standard input).
"""

from __future__ import annotations

import importlib
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from plainspeak.document import Document
from plainspeak.errors import InputError, PlainspeakError

#: Extension → reader module (in this package) and format name.
READERS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".rst": "rst",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
}

#: Refuse files larger than this (bytes) before reading them. A 100-page policy is well
#: under 1 MB of text; 16 MB keeps memory bounded on shared CI runners.
MAX_FILE_BYTES = 16 * 1024 * 1024


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def format_for(path: str | Path, default: str = "text") -> str:
    return READERS.get(Path(path).suffix.lower(), default)


def read_bytes(data: bytes, path: str, format: str | None = None) -> Document:
    fmt = format or format_for(path)
    try:
        module = importlib.import_module(f"plainspeak.readers.{fmt}")
    except ModuleNotFoundError:
        raise InputError(f"plainspeak cannot read {fmt} files yet", path=path,
                         hint="save it as .md, .txt or .docx") from None
    try:
        doc: Document = module.read(data, path)
    except PlainspeakError:
        raise
    except MemoryError:
        raise InputError(f"ran out of memory reading this {fmt} file", path=path,
                         hint="split it into smaller files, or lower 'limits: max_chars:' in .plainspeak.yaml",
                         ) from None
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - damaged files must not crash a run
        if os.environ.get("PLAINSPEAK_DEBUG") or "--debug" in sys.argv[1:]:
            raise
        # Readers turn the damage they expect into clear errors; anything else a parser
        # library throws at a damaged file still gets one line, not a traceback.
        raise InputError(f"cannot read this {fmt} file: it looks damaged ({type(exc).__name__})", path=path,
                         hint="open it in the program that made it and save it again") from None
    return doc


def too_big(path: str, size: int | None = None) -> InputError:
    from plainspeak import limits

    limit = limits.current.max_file_bytes
    shown = f" ({size // (1024 * 1024)} MB)" if size is not None else ""
    return InputError(f"this file is too big to check{shown}", path=path,
                      hint=f"split it into files under {limit // (1024 * 1024)} MB, or raise the limit with "
                           "'limits: max_file_mb:' in .plainspeak.yaml or PLAINSPEAK_MAX_FILE_MB")


def read_limited(stream: BinaryIO, path: str) -> bytes:
    """At most the file size limit from ``stream`` (standard input, or a file that grows
    while it is read); more is refused without reading it all."""
    from plainspeak import limits

    limit = limits.current.max_file_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_big(path)
    return data


def read_path(path: Path, format: str | None = None) -> Document:
    from plainspeak import limits

    spath = str(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            # A folder, a pipe or a device named like a document: reading a pipe would hang.
            raise InputError("this is not a regular file", path=spath, hint="give the path of a document")
        size = st.st_size
        if size > limits.current.max_file_bytes:
            raise too_big(spath, size)
        with open(path, "rb") as fh:
            data = read_limited(fh, spath)
    except OSError as exc:
        raise InputError(f"cannot read this file: {exc.strerror or exc}", path=spath,
                         hint="check that it exists and that you may read it") from None
    return read_bytes(data, spath, format)
