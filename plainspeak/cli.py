"""The command line: parse options, call the API, pick a reporter, set the exit code.

Nothing heavy is imported at module level, so ``plainspeak --help`` and ``--version``
answer at once without loading spaCy.

Exit codes: 0 nothing at or above ``--fail-on``; 1 something is; 2 usage, config or
input errors (a file that could not be read).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from plainspeak import __version__

FORMAT_CHOICES = ["text", "json", "sarif", "github", "html"]


class PlainspeakGroup(click.Group):
    """Turns plainspeak's own errors into one clear line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        from plainspeak.errors import PlainspeakError

        try:
            return super().invoke(ctx)
        except PlainspeakError as exc:
            if ctx.params.get("debug") or os.environ.get("PLAINSPEAK_DEBUG"):
                raise
            click.echo(f"plainspeak: error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=PlainspeakGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plainspeak")
def main() -> None:
    """Plain, respectful language for policy documents.

    plainspeak points out stigmatising and deficit-based words, hard sentences and
    unexplained acronyms, says why, and suggests what to say instead, from glossaries
    written with the people the words are about.

    \b
    Start with:
      plainspeak check draft.md
      plainspeak check policy.docx --annotate policy.reviewed.docx
      plainspeak explain "service user"
    """


def _use_colour(no_color: bool) -> bool:
    if no_color or "NO_COLOR" in os.environ:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(["suggestion", "warning", "error", "never"]),
              help="Exit with 1 when a finding is at least this severe (default from config: warning).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of looking for .plainspeak.yaml / pyproject.toml.")
@click.option("-g", "--glossary", "glossaries", multiple=True, metavar="NAME_OR_FILE",
              help="Add a glossary (a built-in name or a YAML file). Repeatable.")
@click.option("--disable", multiple=True, metavar="ID",
              help="Switch off an entry id, rule code, category or check. Repeatable.")
@click.option("--grammar/--no-grammar", "grammar", default=None,
              help="Check grammar and spelling with LanguageTool (needs a server).")
@click.option("--languagetool-url", metavar="URL",
              help="LanguageTool server, e.g. http://localhost:8081 (also PLAINSPEAK_LANGUAGETOOL_URL).")
@click.option("--require-grammar", is_flag=True,
              help="Exit with 2 when the grammar check cannot run (default: a notice only).")
@click.option("--stdin-filename", default="stdin.md", show_default=True,
              help="Name (and so format) used for text read from '-'.")
@click.option("--no-color", is_flag=True, help="No colours (also: the NO_COLOR environment variable).")
@click.option("-q", "--quiet", is_flag=True, help="Only the location and message of each finding.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on: str | None,
    config_path: Path | None,
    glossaries: tuple[str, ...],
    disable: tuple[str, ...],
    grammar: bool | None,
    languagetool_url: str | None,
    require_grammar: bool,
    stdin_filename: str,
    no_color: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Check documents (files, folders, or - for standard input)."""
    from plainspeak.api import FileResult, check_document, check_file, iter_files
    from plainspeak.config import Config, load_config
    from plainspeak.errors import PlainspeakError
    from plainspeak.findings import severity_rank
    from plainspeak.readers import read_bytes
    from plainspeak.report import ReportOptions, render

    if not paths:
        raise click.UsageError("give at least one file or folder to check (or - for standard input)")

    explicit = load_config(config_path) if config_path else None

    def adjust(cfg: Config) -> Config:
        if glossaries:
            cfg.glossaries = [*cfg.glossaries, *glossaries]
        if disable:
            cfg.disable = [*cfg.disable, *disable]
        if fail_on:
            cfg.fail_on = fail_on
        if grammar is not None:
            cfg.grammar.enabled = grammar
        if languagetool_url:
            cfg.grammar.url = languagetool_url
            cfg.grammar.enabled = True if grammar is None else grammar
        if require_grammar:
            cfg.grammar.require = True
        return cfg

    configs: dict[str | None, Config] = {}

    def config_for(path: Path | None) -> Config:
        if explicit is not None:
            return explicit
        key = str(path.parent if path else Path.cwd())
        if key not in configs:
            configs[key] = adjust(load_config(start=path.parent if path else None))
        return configs[key]

    if explicit is not None:
        adjust(explicit)

    results: list[FileResult] = []
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            cfg = config_for(None)
            try:
                results.append(check_document(read_bytes(data, stdin_filename), cfg))
            except PlainspeakError as exc:
                if exc.__class__.__name__ == "GlossaryError":
                    raise
                exc.path = exc.path or stdin_filename
                results.append(FileResult(stdin_filename, error=str(exc)))
            continue
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            results.append(FileResult(raw, error=f"{raw}: no such file or folder (check the path)"))
            continue
        for file in iter_files([p], explicit or config_for(p / "x" if p.is_dir() else p)):
            results.append(check_file(file, config_for(file)))

    options = ReportOptions(color=_use_colour(no_color) and output is None and fmt == "text", verbose=not quiet)
    text = render(fmt, results, options)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)

    if fmt != "text":  # keep machine-readable output clean: notices go to standard error
        for notice in sorted({n for r in results for n in r.notices}):
            click.echo(f"plainspeak: note: {notice}", err=True)
    if any(r.error for r in results):
        sys.exit(2)
    if _grammar_required_but_skipped(results, explicit or config_for(None), require_grammar):
        sys.exit(2)
    threshold = (explicit or config_for(None)).fail_on if fail_on is None else fail_on
    if threshold != "never" and any(
        severity_rank(f.severity) >= severity_rank(threshold) for r in results for f in r.findings
    ):
        sys.exit(1)
    sys.exit(0)


def _grammar_required_but_skipped(results: list[Any], cfg: Any, required: bool) -> bool:
    from plainspeak.checks.grammar import SKIPPED

    if not (required or (cfg.grammar.enabled and cfg.grammar.require)):
        return False
    return any(n.startswith(SKIPPED) for r in results for n in r.notices)


if __name__ == "__main__":  # pragma: no cover
    main()
