"""Commands for the people who own the glossaries: lint, spreadsheet round trip, page, new entry.

Panels are not programmers, so every command names files and rows, says what to do,
and never shows a traceback (plainspeak's errors become one line and exit code 2 in
``cli.PlainspeakGroup``). Like ``cli.py``, nothing heavy is imported at module level.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from plainspeak.glossary.edit import EditSummary

FILES_HELP = "Built-in glossary names or YAML files (default: all the built-in glossaries)."


def _paths(specs: tuple[str, ...]) -> list[Path]:
    from plainspeak.glossary.catalog import resolve_glossary_paths

    return resolve_glossary_paths(list(specs) or ["builtin"], Path.cwd())


def _load_for_output(specs: tuple[str, ...]) -> list:  # type: ignore[type-arg]
    """Glossaries to export or publish: refuse files with errors, since the output would be wrong."""
    from plainspeak.errors import GlossaryError
    from plainspeak.glossary.load import load_glossary
    from plainspeak.yamlio import read_text_file

    glossaries = []
    for path in _paths(specs):
        glossary, problems = load_glossary(path, read_text_file(path, GlossaryError))
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise GlossaryError(errors[0].message, path=errors[0].path, line=errors[0].line,
                                column=errors[0].column,
                                hint=(errors[0].hint + "; " if errors[0].hint else "")
                                + f"run 'plainspeak glossary lint {path}' to see every problem")
        glossaries.append(glossary)
    return glossaries


@click.group()
def glossary() -> None:
    """Check, export, import and publish the glossaries."""


@glossary.command()
@click.argument("files", nargs=-1, metavar="[FILES]...")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too, not only on errors.")
def lint(files: tuple[str, ...], strict: bool) -> None:
    """Check glossary files and say how to fix each problem.

    \b
    Exit codes: 0 no errors; 1 errors (or warnings with --strict);
    2 a file could not be read.
    """
    from plainspeak.errors import ConfigError, GlossaryError
    from plainspeak.glossary.catalog import resolve_glossary_paths
    from plainspeak.glossary.lint import lint_paths

    paths: list[Path] = []
    missing: list[GlossaryError] = []
    for spec in files or ("builtin",):
        try:
            paths.extend(resolve_glossary_paths([spec], Path.cwd()))
        except ConfigError as exc:
            missing.append(GlossaryError(exc.message, path=spec, hint=exc.hint))
    result = lint_paths(paths)
    result.unreadable[:0] = missing
    for line in result.lines():
        click.echo(line)
    click.echo(result.summary())
    sys.exit(result.exit_code(strict))


@glossary.command("export")
@click.argument("files", nargs=-1, metavar="[FILES]...")
@click.option("-f", "--format", "fmt", type=click.Choice(["csv"]), default="csv", show_default=True,
              help="File format (CSV opens in Excel, LibreOffice and Google Sheets).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
def export_cmd(files: tuple[str, ...], fmt: str, output: Path | None) -> None:
    """Export glossary entries and acronyms to a spreadsheet, one row each.

    A row is an acronym when its 'acronym' cell is filled. A file of acronyms only
    (like the built-in 'acronyms') gives a sheet with just the acronym columns.
    """
    from plainspeak.glossary.csvio import export_csv

    glossaries = _load_for_output(files)
    data = export_csv(glossaries)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        output.write_bytes(data)
        entries = sum(len(g.entries) for g in glossaries)
        acronyms = sum(len(g.acronyms) for g in glossaries)
        click.echo(f"Wrote {_counted(entries, acronyms)} to {output}.", err=True)


def _n(count: int, word: str) -> str:
    """'1 entry', '2 entries', '1 acronym', '2 acronyms'."""
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") else f"{count} {word}s"


def _counted(entries: int, acronyms: int) -> str:
    """'12 entries', '191 acronyms' or '12 entries and 191 acronyms'."""
    parts = [_n(entries, "entry")] if entries or not acronyms else []
    if acronyms:
        parts.append(_n(acronyms, "acronym"))
    return " and ".join(parts)


def _edit_message(into: Path, entries: EditSummary, acronyms: EditSummary, sheet_entries: bool,
                  sheet_acronyms: bool) -> str:
    """What an import into an existing file did, in one sentence."""
    parts = []
    if sheet_entries or not sheet_acronyms:
        label = "entries: " if sheet_acronyms else ""
        parts.append(f"{label}{len(entries.added)} added, {len(entries.updated)} changed, "
                     f"{len(entries.unchanged)} unchanged")
    if sheet_acronyms:
        parts.append(f"acronyms: {len(acronyms.added)} added, {len(acronyms.updated)} changed, "
                     f"{len(acronyms.unchanged)} unchanged")
    for summary, word in ((entries, "entry"), (acronyms, "acronym")):
        if summary.untouched:
            count = len(summary.untouched)
            left = "was left as it was" if count == 1 else "were left as they were"
            parts.append(f"{_n(count, word)} not in the spreadsheet {left}")
    return f"{into}: " + "; ".join(parts) + "."


@glossary.command("import")
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--into", type=click.Path(dir_okay=False, path_type=Path),
              help="Glossary YAML file to update (entries matched by id, acronyms by their letters; "
                   "new ones added at the end). Created if it does not exist. Without it, the YAML is printed.")
def import_cmd(csv_file: Path, into: Path | None) -> None:
    """Read a spreadsheet exported by 'plainspeak glossary export' back into YAML."""
    from collections import Counter

    from plainspeak.errors import GlossaryError
    from plainspeak.glossary.csvio import read_csv
    from plainspeak.glossary.edit import new_glossary_text, upsert_glossary
    from plainspeak.glossary.load import load_glossary
    from plainspeak.yamlio import read_text_file

    existing = into is not None and into.exists()
    default_category = ""
    old_text = ""
    if into is not None and existing:
        old_text = read_text_file(into, GlossaryError)
        default_category = load_glossary(into, old_text)[0].category
    result = read_csv(csv_file.read_bytes(), str(csv_file), default_category)
    if result.problems:
        for problem in result.problems:
            click.echo(problem, err=True)
        click.echo(f"Nothing was imported: fix the {len(result.problems)} problem(s) above in the spreadsheet "
                   "and import it again.", err=True)
        sys.exit(2)
    if into is not None and existing:
        text, entries, acronyms = upsert_glossary(into, old_text, result.entries, result.attrs,
                                                  result.acronyms, result.acronym_attrs)
        if text != old_text:
            into.write_text(text, encoding="utf-8")
        click.echo(_edit_message(into, entries, acronyms, bool(result.entries), bool(result.acronyms)), err=True)
        click.echo(f"Next: plainspeak glossary lint {into}", err=True)
        return
    names = Counter(n for n in result.glossary_names if n)
    categories = Counter(c for c in result.categories if c)
    stem = (into.stem if into is not None else "") or (names.most_common(1)[0][0] if len(names) == 1 else
                                                          csv_file.stem)
    title = stem.replace("-", " ").replace("_", " ").capitalize()
    category = categories.most_common(1)[0][0] if categories else ""
    text = new_glossary_text(result.entries, title, category,
                             f"Made from {csv_file.name} by 'plainspeak glossary import'.\n"
                             "Format: docs/glossary-format.md", result.acronyms)
    if into is None:
        click.echo(text, nl=False)
        return
    into.write_text(text, encoding="utf-8")
    click.echo(f"{into}: created with {_counted(len(result.entries), len(result.acronyms))}.", err=True)


@glossary.command()
@click.argument("files", nargs=-1, metavar="[FILES]...")
@click.option("-f", "--format", "fmt", type=click.Choice(["html", "markdown"]), default="html", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write the page to.")
@click.option("--title", default="Jargon buster", show_default=True, help="Heading of the page.")
def build(files: tuple[str, ...], fmt: str, output: Path, title: str) -> None:
    """Build a 'jargon buster' page of every entry (a web page or Markdown)."""
    from plainspeak.glossary.build_page import build_html, build_markdown, page_acronyms, page_themes

    glossaries = _load_for_output(files)
    text = build_html(glossaries, title) if fmt == "html" else build_markdown(glossaries, title)
    output.write_text(text, encoding="utf-8")
    count = sum(len(entries) for _g, entries in page_themes(glossaries))
    acronyms = len(page_acronyms(glossaries))
    click.echo(f"Wrote {count} entries and {acronyms} acronyms to {output}.", err=True)


@glossary.command()
@click.option("--file", "file_", metavar="NAME_OR_FILE",
              help="Glossary to add to: a built-in name (e.g. care-experience) or a YAML file.")
def new(file_: str | None) -> None:
    """Add an entry by answering a few questions."""
    from plainspeak.errors import GlossaryError
    from plainspeak.glossary.catalog import builtin_dir, builtin_names
    from plainspeak.glossary.edit import new_glossary_text, slug, upsert_entries
    from plainspeak.glossary.load import ID_RE, load_glossary
    from plainspeak.glossary.model import Entry, Source
    from plainspeak.yamlio import read_text_file

    if not file_:
        click.echo("Built-in glossaries: " + ", ".join(builtin_names()))
        file_ = click.prompt("Which glossary should the entry go in (a name above or a file)")
    path = builtin_dir() / f"{file_}.yaml" if file_ in builtin_names() else Path(file_)
    text = read_text_file(path, GlossaryError) if path.exists() else ""
    existing = load_glossary(path, text)[0] if text else None

    term = click.prompt("Word or phrase to flag").strip()
    entry_id = slug(term)
    if not entry_id or not ID_RE.match(entry_id):
        raise GlossaryError(f"cannot make an id from '{term}'", path=str(path),
                            hint="use letters or digits in the term")
    if existing is not None:
        same = next((e for e in existing.entries if e.id == entry_id), None)
        if same is not None:
            raise GlossaryError(f"there is already an entry with the id '{entry_id}'", path=str(path),
                                line=same.line, hint=f"see it with: plainspeak explain {entry_id}")
    alternatives = [click.prompt("What to say instead").strip()]
    while True:
        more = click.prompt("Another thing to say instead (press Enter to finish)", default="",
                            show_default=False).strip()
        if not more:
            break
        alternatives.append(more)
    why = click.prompt("Why it matters, in your own words").strip()
    title = click.prompt("Source: the title of the guide or page that says so", default="",
                         show_default=False).strip()
    url = click.prompt("Source: its web address (https://...)", default="", show_default=False).strip() if title else ""
    proposed_by = click.prompt("Your name or your panel's name", default="", show_default=False).strip()

    entry = Entry(id=entry_id, term=term, category=existing.category if existing else "",
                  alternatives=alternatives, why=why,
                  sources=[Source(title=title, url=url)] if title else [],
                  status="proposed", proposed_by=proposed_by)
    if existing is not None:
        new_text, _summary = upsert_entries(path, text, [entry])
    else:
        new_text = new_glossary_text([entry], path.stem.replace("-", " ").capitalize(), "",
                                     "Format: docs/glossary-format.md")
    glossary_after, problems = load_glossary(path, new_text)
    added = next(e for e in glossary_after.entries if e.id == entry_id)
    errors = [p for p in problems if p.severity == "error" and p.line >= added.line]
    if errors:
        raise errors[0].to_error()
    path.write_text(new_text, encoding="utf-8")
    click.echo(f"Added '{entry_id}' to {path} at line {added.line}, marked 'proposed' until the panel agrees it.")
    click.echo("Next: add example sentences ('examples: flag: / pass:') and run: "
               f"plainspeak glossary lint {path}")


@click.command()
@click.argument("query", metavar="TERM-OR-ID", nargs=-1, required=True)
@click.option("-g", "--glossary", "glossaries", multiple=True, metavar="NAME_OR_FILE",
              help="Look in this glossary too (a built-in name or a YAML file). Repeatable.")
def explain(query: tuple[str, ...], glossaries: tuple[str, ...]) -> None:
    """Explain a glossary entry: what to say instead, why, and who says so."""
    from plainspeak.config import load_config
    from plainspeak.glossary.catalog import load_glossaries
    from plainspeak.glossary.explain import did_you_mean, find_acronyms, find_entries, format_acronym, format_entry

    config = load_config(start=Path.cwd())
    if glossaries:
        config.glossaries = [*config.glossaries, *glossaries]
    loaded = load_glossaries(config.glossary_paths(), strict=False)
    text = " ".join(query)
    # Letters a writer met in a document ("EHCP") are an acronym first; a word that is
    # both ("CAMHS" is not an entry, "LAC" is both) shows the acronym and the entry.
    acronyms = find_acronyms(text, loaded.acronyms)
    found = find_entries(text, loaded.entries)
    if not found and not acronyms:
        close = did_you_mean(text, loaded.entries, acronyms=loaded.acronyms)
        hint = ("did you mean: " + ", ".join(f"'{c}'" for c in close) + "?") if close else \
            "no glossary entry is close to it; 'plainspeak glossary build -o page.html' lists every entry"
        click.echo(f"plainspeak: '{text}' is not in the glossaries ({hint})", err=True)
        sys.exit(2)
    click.echo("\n\n".join([*(format_acronym(a) for a in acronyms),
                             *(format_entry(e, loaded.glossaries) for e in found)]))
