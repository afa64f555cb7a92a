"""How much plainspeak will read, and for how long, before it names the file and stops.

Documents, glossaries and configs come from repositories and e-mail attachments, so a
file can be built to look small and unpack (or expand) to gigabytes, or to make one
step of the check take hours. Every limit here is counted on what is actually
produced (bytes read from a zip, characters extracted, YAML nodes built), never on
what a file declares about itself.

The defaults keep the peak memory of one check under about 1 GB (measured: 3 million
characters of finding-dense prose peak at about 650 MB). Each can be raised with an
environment variable, or with a ``limits:`` section in ``.plainspeak.yaml``::

    limits:
      max_chars: 6000000      # PLAINSPEAK_MAX_CHARS
      max_file_mb: 32         # PLAINSPEAK_MAX_FILE_MB
      file_seconds: 300       # PLAINSPEAK_FILE_SECONDS (0: no time limit)
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from plainspeak.errors import InputError


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    if value != value or value < 0 or value == float("inf"):  # NaN, negative, infinite: ignored
        return default
    return value


@dataclass
class Limits:
    #: Largest document file read (bytes) — also standard input.
    max_file_mb: float = 16
    #: Most characters of text one document may produce (after unpacking or decoding).
    max_chars: int = 3_000_000
    #: Seconds one file may take to check; the file is then reported as an error and the
    #: run goes on with the others. 0 turns the limit off.
    file_seconds: float = 120
    #: Largest glossary file (bytes).
    max_glossary_mb: float = 16
    #: Most words in one glossary term (real terms have a few; the trie is one level per word).
    max_term_words: int = 40
    #: Most entries of one glossary file with the same term.
    max_same_term: int = 20

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def max_glossary_bytes(self) -> int:
        return int(self.max_glossary_mb * 1024 * 1024)


def from_environment() -> Limits:
    base = Limits()
    return Limits(
        max_file_mb=_env_number("PLAINSPEAK_MAX_FILE_MB", base.max_file_mb),
        max_chars=int(_env_number("PLAINSPEAK_MAX_CHARS", base.max_chars)),
        file_seconds=_env_number("PLAINSPEAK_FILE_SECONDS", base.file_seconds),
        max_glossary_mb=_env_number("PLAINSPEAK_MAX_GLOSSARY_MB", base.max_glossary_mb),
        max_term_words=int(_env_number("PLAINSPEAK_MAX_TERM_WORDS", base.max_term_words)),
        max_same_term=int(_env_number("PLAINSPEAK_MAX_SAME_TERM", base.max_same_term)),
    )


#: The limits in force in this process. ``check_file`` sets them from the file's config.
current: Limits = from_environment()


def use(limits: Limits | None) -> None:
    """Make ``limits`` (a config's, merged over the environment's) the ones in force."""
    global current
    current = limits if limits is not None else from_environment()


def too_many_chars(path: str, count: int | None = None) -> InputError:
    """The error for a document whose text is longer than ``max_chars``."""
    limit = current.max_chars
    size = f" ({count:,} characters)" if count else ""
    return InputError(
        f"this document has more text than plainspeak checks at once{size}; the limit is {limit:,} characters",
        path=path,
        hint="split it into smaller files, or raise the limit with 'limits: max_chars:' in .plainspeak.yaml "
             "or the PLAINSPEAK_MAX_CHARS environment variable",
    )


def check_chars(text: str, path: str) -> None:
    if len(text) > current.max_chars:
        raise too_many_chars(path, len(text))
