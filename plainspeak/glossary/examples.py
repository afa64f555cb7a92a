"""Run every entry's examples: sentences that must be flagged, and ones that must not.

Examples keep the data honest (as in proselint and LanguageTool): an entry whose
context rules are wrong fails here, naming its file and line, before it misleads a
writer. The built-in glossaries are checked by the test suite; other glossaries are
checked whenever they are loaded.
"""

from __future__ import annotations

from pathlib import Path

from plainspeak.glossary.catalog import builtin_dir
from plainspeak.glossary.compile import CompiledGlossary
from plainspeak.glossary.load import Problem
from plainspeak.glossary.model import Entry


def matched_ids(text: str, compiled: CompiledGlossary) -> list[str]:
    """Ids of the entries that match in ``text`` (after context rules)."""
    from plainspeak.analyse import analyse
    from plainspeak.checks import CheckContext
    from plainspeak.checks.terms import find_matches
    from plainspeak.config import Config
    from plainspeak.readers.text import read_string

    analysed = analyse(read_string(text, "<example>"))
    ctx = CheckContext(config=Config(), glossary=compiled)
    return [entry.id for _i, _j, entry in find_matches(analysed, ctx)]


def entry_problems(entry: Entry, compiled: CompiledGlossary) -> list[Problem]:
    problems = []
    for example in entry.flag_examples:
        if entry.id not in matched_ids(example, compiled):
            problems.append(Problem("error", entry.file, entry.line, 1,
                                    f"entry '{entry.id}': this example should be flagged but is not: {example!r}",
                                    "check the term, its variants and its context rules"))
    for example in entry.pass_examples:
        if entry.id in matched_ids(example, compiled):
            problems.append(Problem("error", entry.file, entry.line, 1,
                                    f"entry '{entry.id}': this example should pass but is flagged: {example!r}",
                                    "add the phrase to 'context: unless:' or change the example"))
    return problems


def example_problems(compiled: CompiledGlossary, only_local: list[str] | None = None) -> list[Problem]:
    """Problems with examples; with ``only_local``, skip the built-in glossaries."""
    builtin = builtin_dir().resolve()
    problems: list[Problem] = []
    for entry in compiled.entries:
        if only_local is not None and Path(entry.file).resolve().parent == builtin:
            continue
        problems.extend(entry_problems(entry, compiled))
    return problems
