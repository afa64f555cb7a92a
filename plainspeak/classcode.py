"""Compiled code of the methods ``@dataclass`` writes, kept beside plainspeak's ``.pyc`` files.

``dataclasses`` writes each class's ``__init__``, ``__repr__`` and ``__eq__`` as Python
source and compiles it with ``exec`` when the class is created. A one-page check creates
about 60 dataclasses as its modules are imported: parsing and compiling those 190 small
functions was a fifth of the run's instructions (130M of 655M, about 17 ms), more than
checking the page. Python keeps a module's own compiled code in ``__pycache__``; this keeps
the dataclass methods' compiled code there too, keyed by their exact source text, so a
later run executes the same code without compiling it.

- The functions are the ones ``exec`` of that text would make: the text is compiled as
  ``exec`` compiles it (file ``<string>``, no ``__future__`` flags from this module), and
  only the compiling is skipped. ``tests/test_classcode.py`` compares classes made both
  ways.
- Only the command line installs it (``install`` in ``plainspeak.cli``); importing
  plainspeak as a library leaves ``dataclasses`` alone.
- The file lives in plainspeak's own ``__pycache__``, beside the ``.pyc`` files Python
  runs from there, and is written as Python writes those: not when
  ``sys.dont_write_bytecode`` is set (``PYTHONDONTWRITEBYTECODE``), not when the folder
  cannot be written, atomically. It holds marshalled code, so it is never put in the user
  cache folder (which holds only JSON and text, and may be shared). It is keyed by the
  interpreter's cache tag and bytecode magic number; a file that does not load is ignored
  and written again. ``PLAINSPEAK_NO_CACHE`` turns it off.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

#: Entries kept at most (a run adds only the classes it has not met); over this the file
#: starts again from the current run's.
MAX_ENTRIES = 4000

_code: dict[str, CodeType] = {}
#: The texts this run executed (kept when the file grows past ``MAX_ENTRIES``).
_used: set[str] = set()
_new = False
_installed = False


def _file() -> Path | None:
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    return Path(__file__).resolve().parent / "__pycache__" / f"classcode.{tag}.marshal"


def _magic() -> bytes:
    from importlib.util import MAGIC_NUMBER

    return MAGIC_NUMBER


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002 - exec's own names
    """``exec`` as ``dataclasses`` calls it, with the compiled code of a text reused."""
    global _new
    if type(source) is str:
        _used.add(source)
        code = _code.get(source)
        if code is None:
            # As exec compiles a string: file "<string>", and none of this module's
            # __future__ flags (dont_inherit), which dataclasses' own module lacks too.
            code = _code[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _new = True
        source = code
    builtins.exec(source, globals, locals)


def install() -> None:
    """Load the kept code and have ``dataclasses`` use it (once per process)."""
    global _installed
    if _installed or os.environ.get("PLAINSPEAK_NO_CACHE"):
        return
    import dataclasses

    if "exec" in vars(dataclasses):  # someone else's hook: leave it
        return
    _installed = True
    path = _file()
    if path is not None:
        try:
            data = path.read_bytes()
            magic = _magic()
            if data.startswith(magic):
                loaded = marshal.loads(data[len(magic):])
                if isinstance(loaded, dict) and all(
                        type(k) is str and type(v) is CodeType for k, v in loaded.items()):
                    _code.update(loaded)
        except (OSError, ValueError, EOFError, TypeError):
            pass  # missing or damaged: compiled as usual, written again
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # a module global: found before the builtin


def save() -> None:
    """Write the code when this run compiled any that was not kept (as Python writes ``.pyc``)."""
    global _new
    if not _new or sys.dont_write_bytecode:
        return
    _new = False
    path = _file()
    if path is None:
        return
    entries = _code if len(_code) <= MAX_ENTRIES else {k: v for k, v in _code.items() if k in _used}
    try:
        from plainspeak.atomic import write_atomically

        if path.parent.is_symlink():
            return
        path.parent.mkdir(exist_ok=True)
        write_atomically(path, _magic() + marshal.dumps(entries), follow_links=False)
    except (OSError, ValueError):
        pass  # a read-only install: compiled every run, as before
