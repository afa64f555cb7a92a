"""plainspeak: plain, respectful language for policy documents.

Importing the package must stay cheap (``plainspeak --help`` and ``--version`` run
without spaCy), so the public API is re-exported lazily.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "check_text", "check_paths", "load_config", "Finding", "FileResult"]


def __getattr__(name: str) -> Any:
    if name in {"check_text", "check_paths", "FileResult"}:
        from plainspeak import api

        return getattr(api, name)
    if name == "load_config":
        from plainspeak.config import load_config

        return load_config
    if name == "Finding":
        from plainspeak.findings import Finding

        return Finding
    raise AttributeError(name)
