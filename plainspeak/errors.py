"""Errors that plainspeak reports to people, not as tracebacks.

Every error names the file it is about and, where possible, the line and a fix, because
the people who hit them (panel members editing a glossary, writers with a broken Word
file) cannot read a traceback.
"""

from __future__ import annotations


class PlainspeakError(Exception):
    """An error with a file, an optional position and a plain-English fix."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(PlainspeakError):
    """A document that cannot be read: the other files are still checked."""


class ConfigError(PlainspeakError):
    """A configuration file that is invalid."""


class GlossaryError(PlainspeakError):
    """A glossary file or entry that is invalid."""
