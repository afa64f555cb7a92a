"""The command line: parse options, call the API, pick a reporter, set the exit code.

Nothing heavy is imported at module level, so ``plainspeak --help`` and ``--version``
answer at once without loading spaCy.

Exit codes: 0 nothing at or above ``--fail-on``; 1 something is; 2 usage, config or
input errors (a file that could not be read); 3 plainspeak itself crashed (a bug).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from plainspeak import __version__, classcode

# Before any of plainspeak's dataclasses is made: their methods' compiled code is reused
# from __pycache__ (a fifth of a one-page run was compiling them; see plainspeak.classcode).
classcode.install()

#: "text" (the default) and "concise" are the same: one line per finding. "full" adds the
#: reasons and what to say instead, once per entry per run.
FORMAT_CHOICES = ["text", "concise", "full", "json", "sarif", "github", "html"]
SEVERITY_CHOICES = ["suggestion", "warning", "error"]


class PlainspeakGroup(click.Group):
    """Turns plainspeak's own errors into one clear line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        from plainspeak.errors import PlainspeakError

        try:
            return super().invoke(ctx)
        except PlainspeakError as exc:
            if _debug():
                raise
            click.echo(f"plainspeak: error: {exc}", err=True)
            ctx.exit(2)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # the reader of the output went away (| head): nothing to say
            ctx.exit(1)
        except MemoryError:
            if _debug():
                raise
            click.echo("plainspeak: error: ran out of memory (a file or glossary is larger than this machine "
                       "can check; see the limits in the README)", err=True)
            ctx.exit(CRASH_EXIT)
        except (Exception, RecursionError) as exc:  # noqa: BLE001 - the last line of defence
            if _debug():
                raise
            click.echo(crash_message(exc), err=True)
            ctx.exit(CRASH_EXIT)


#: Exit code of a crash (a bug in plainspeak): never 1 ("findings found") or 2 (bad
#: input), so CI can tell "the tool broke" from "the document needs work".
CRASH_EXIT = 3


def _debug() -> bool:
    return "--debug" in sys.argv[1:] or bool(os.environ.get("PLAINSPEAK_DEBUG"))


def crash_message(exc: BaseException) -> str:
    """One paragraph instead of a traceback: what broke and how to report it."""
    where = ""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None:
        code = tb.tb_frame.f_code
        where = f" in {Path(code.co_filename).name}:{tb.tb_lineno}"
    text = str(exc).encode("utf-8", "backslashreplace").decode("utf-8")[:200]
    return (f"plainspeak: internal error: {type(exc).__name__}{where}: {text}\n"
            f"plainspeak: this is a bug in plainspeak {__version__}, not in your document. Please report it "
            "to whoever maintains plainspeak for you (the plainspeak issue tracker), with the command you ran, "
            "the output of the same command with --debug added, and if you can the file it was checking "
            f"(exit code {CRASH_EXIT}).")


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


def entry() -> None:
    """The console script: run ``main``, flush the output, and end the process at once.

    Python's normal shutdown frees every object one by one; after checking a long
    document (tens of thousands of findings, tokens and offsets) that alone took about
    45 ms, for nothing. Output is flushed first and the exit code is kept; ``sys.exit``
    with a message prints it, as usual.
    """
    try:
        main()
        code = 0
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - outside any command: still no traceback
        if _debug():
            raise
        print(crash_message(exc), file=sys.stderr)
        code = CRASH_EXIT
    except SystemExit as exc:
        if isinstance(exc.code, int):
            code = exc.code
        elif exc.code is None:
            code = 0
        else:
            print(exc.code, file=sys.stderr)
            code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be written
            code = code or 1
    classcode.save()  # only when this run compiled dataclass code not kept yet
    os._exit(code)


def _use_colour(no_color: bool) -> bool:
    if no_color or "NO_COLOR" in os.environ:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text", show_default=True,
              help="Output format. text (= concise): one line per finding; full: also why and what to say "
                   "instead, once per entry.")
@click.option("--show-why", is_flag=True,
              help="Text: show why and what to say instead, once for each entry found (same as --format full).")
@click.option("--min-severity", type=click.Choice(SEVERITY_CHOICES),
              help="Show (and annotate) only findings at least this severe (default from config: suggestion).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("--annotate", type=click.Path(), metavar="COPY.docx|FOLDER",
              help="Write a copy of each Word file with a comment on every finding (several files: a folder).")
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
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Record today's findings in this file (then use --baseline in CI).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Check this many files at once (default: the number of CPUs).")
@click.option("--no-cache", is_flag=True,
              help="Check every file again instead of reusing results from .plainspeak_cache "
                   "(compiled glossaries are still reused; PLAINSPEAK_NO_CACHE=1 turns off both).")
@click.option("--stdin-filename", default="stdin.md", show_default=True,
              help="Name (and so format) used for text read from '-'.")
@click.option("--no-color", is_flag=True, help="No colours (also: the NO_COLOR environment variable).")
@click.option("-q", "--quiet", is_flag=True,
              help="Only the findings (one line each) and errors: no reading-age lines, summary or hints.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def check(
    paths: tuple[str, ...],
    fmt: str,
    show_why: bool,
    min_severity: str | None,
    output: Path | None,
    annotate: str | None,
    fail_on: str | None,
    config_path: Path | None,
    glossaries: tuple[str, ...],
    disable: tuple[str, ...],
    grammar: bool | None,
    languagetool_url: str | None,
    require_grammar: bool,
    baseline_path: Path | None,
    write_baseline_path: Path | None,
    jobs: int | None,
    no_cache: bool,
    stdin_filename: str,
    no_color: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Check documents (files, folders, or - for standard input)."""
    import gc

    # A check allocates hundreds of thousands of short-lived objects (tokens, findings)
    # and makes almost no reference cycles: collecting less often saves a tenth of the run.
    gc.set_threshold(50_000, 20, 20)
    from plainspeak.api import FileResult, FileTimeout, check_document, time_limit
    from plainspeak.config import Config, load_config
    from plainspeak.errors import GlossaryError, PlainspeakError
    from plainspeak.findings import severity_rank
    from plainspeak.readers import read_bytes
    from plainspeak.report import ReportOptions, render_chunks

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
        if min_severity:
            cfg.min_severity = min_severity
        if grammar is not None:
            cfg.grammar.enabled = grammar
        if languagetool_url:
            cfg.grammar.url = languagetool_url
            cfg.grammar.enabled = True if grammar is None else grammar
        if require_grammar:
            cfg.grammar.require = True
        return cfg

    configs: dict[str | None, Config] = {}

    def config_for(folder: Path | None) -> Config:
        """The nearest config above ``folder`` (the current folder when None), read once."""
        if explicit is not None:
            return explicit
        key = str(folder or Path.cwd())
        if key not in configs:
            configs[key] = adjust(load_config(start=folder))
        return configs[key]

    if explicit is not None:
        adjust(explicit)

    from plainspeak.runner import Selection, select_path

    selection = Selection()
    items = selection.items
    for raw in paths:
        if raw == "-":
            from plainspeak import limits
            from plainspeak.readers import read_limited

            cfg = config_for(None)
            limits.use(cfg.limits)
            try:
                with time_limit(cfg.limits.file_seconds):
                    data = read_limited(sys.stdin.buffer, stdin_filename)
                    items.append(check_document(read_bytes(data, stdin_filename), cfg))
            except FileTimeout:
                items.append(FileResult(stdin_filename, error=f"{stdin_filename}: checking took longer than "
                                        f"{cfg.limits.file_seconds:g} seconds, so it was stopped"))
            except PlainspeakError as exc:
                if isinstance(exc, GlossaryError):
                    raise
                exc.path = exc.path or stdin_filename
                items.append(FileResult(stdin_filename, error=str(exc)))
            continue
        select_path(raw, config_for, selection)
    for note in selection.skipped:
        click.echo(f"plainspeak: note: {note}", err=True)
    for path, config_file in selection.excluded:
        click.echo(f"plainspeak: skipped {path}: 'exclude' in {config_file} leaves it out", err=True)
    for path, todo in selection.not_checked:
        if fmt not in ("text", "concise", "full"):  # the text report lists them itself
            click.echo(f"plainspeak: not checked: {path}: {todo}", err=True)
    nothing_checked = None
    if not items:
        if selection.excluded and not selection.not_checked and not selection.empty:
            # pre-commit names only changed files; all of them excluded is a pass.
            click.echo("plainspeak: nothing to check: every file given is left out by 'exclude'", err=True)
            sys.exit(0)
        # The report is still written (a CI step may upload it), saying why, and the run fails.
        nothing_checked = f"no file was checked ({selection.why_nothing()})"
        annotate = None
    _check_disable_names({id(c): c for c in [config_for(None), *(i[1] for i in items if isinstance(i, tuple))]},
                         frozenset(disable))

    # Outputs are checked before any work: never an input, never through a link.
    from plainspeak.outputs import check_output

    inputs = [i[0] for i in items if isinstance(i, tuple)]
    if config_path is not None:
        inputs.append(config_path)
    inputs.extend(Path(g) for g in glossaries if Path(g).is_file())
    if output is not None:
        check_output(output, inputs, "-o")
    if write_baseline_path is not None:
        check_output(write_baseline_path, inputs, "--write-baseline")
    annotate_plan = None
    if annotate is not None:
        from plainspeak.report.docx_comments import plan_annotations

        annotate_plan = plan_annotations([i[0] for i in items if isinstance(i, tuple)], annotate)
        for planned in annotate_plan.values():
            check_output(planned, inputs, "--annotate")

    from plainspeak.runner import default_jobs, run

    results = run(items, jobs=jobs or default_jobs(), cache=not no_cache,
                  need_document=fmt == "html",  # --annotate reads each Word file again itself
                  fingerprints=fmt in ("json", "sarif") or baseline_path is not None or write_baseline_path is not None)
    config_of = {str(i[0]): i[1] for i in items if isinstance(i, tuple)}
    options = ReportOptions(color=_use_colour(no_color) and output is None and fmt in ("text", "concise", "full"),
                            verbose=not quiet, show_why=show_why or fmt == "full", quiet=quiet,
                            not_checked=selection.not_checked)
    if selection.not_checked:
        options.summary_extra["not_checked"] = len(selection.not_checked)
    if nothing_checked:
        options.summary_extra["error"] = nothing_checked
    if fmt == "sarif":
        from plainspeak.api import context_for

        used = {id(c): c for c in [config_for(None), *config_of.values()]}
        options.entries = [context_for(c).glossary.by_id for c in used.values()]
    _apply_baselines(results, options, baseline_path, write_baseline_path)
    hidden = _apply_min_severity(results, lambda path: config_of.get(path, config_for(None)))
    if hidden:
        options.summary_extra["hidden_below_min_severity"] = hidden
    # Reports are UTF-8: a file name that is not (common in zips from Windows) is shown
    # with a replacement character instead of breaking SARIF, HTML or JSON.
    shown = [_printable_result(r) for r in results]
    if output is not None:
        from plainspeak.outputs import write_output

        write_output(output, "".join(render_chunks(fmt, shown, options)).encode("utf-8"), "-o")
    else:
        for chunk in render_chunks(fmt, shown, options):
            click.echo(chunk, nl=False)

    if annotate_plan is not None:
        from plainspeak.report.docx_comments import annotate_results

        for line in annotate_results(results, annotate_plan):
            click.echo(f"plainspeak: {line}", err=True)
    if fmt not in ("text", "concise", "full"):  # keep machine-readable output clean: notices go to standard error
        for notice in sorted({n for r in results for n in r.notices}):
            click.echo(f"plainspeak: note: {notice}", err=True)
    if any(getattr(r, "crashed", False) for r in results):
        sys.exit(CRASH_EXIT)
    if nothing_checked:
        if fmt not in ("text", "concise", "full") or output is not None:  # the text report says it already
            click.echo(f"plainspeak: error: {nothing_checked}", err=True)
        sys.exit(2)
    if any(r.error for r in results):
        sys.exit(2)
    if _grammar_required_but_skipped(results, config_for(None), require_grammar):
        sys.exit(2)
    if write_baseline_path is not None:
        sys.exit(0)  # the findings were just accepted
    # Each file fails by its own config's fail_on (--fail-on has been applied to all).

    def fails(result: FileResult) -> bool:
        threshold = config_of.get(result.path, config_for(None)).fail_on
        return threshold != "never" and any(
            severity_rank(f.severity) >= severity_rank(threshold) for f in result.findings)

    sys.exit(1 if any(fails(r) for r in results) else 0)


def _apply_min_severity(results: list[Any], config_of: Any) -> int:
    """Drop findings below each file's ``min_severity``; how many were dropped.

    Applied after the run (and the baseline), so the cache and a written baseline still
    hold every finding, and a later run with a lower threshold shows them again.
    """
    from plainspeak.findings import severity_rank

    hidden = 0
    for result in results:
        threshold = config_of(result.path).min_severity
        if not threshold or not result.findings:
            continue
        rank = severity_rank(threshold)
        kept = [f for f in result.findings if severity_rank(f.severity) >= rank]
        hidden += len(result.findings) - len(kept)
        result.findings = kept
    return hidden


def _check_disable_names(configs: dict[int, Any], from_cli: frozenset[str]) -> None:
    """Refuse a ``--disable``/``disable:`` name that matches nothing, saying what was meant."""
    from plainspeak.api import context_for
    from plainspeak.config import check_disable_names

    for config in configs.values():
        if config.disable:
            check_disable_names(config, context_for(config), from_cli)


def _printable(text: str) -> str:
    """``text`` as valid UTF-8: undecodable bytes of a file name become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _printable_result(result: Any) -> Any:
    import dataclasses

    clean = _printable(result.path)
    if clean == result.path and (result.error is None or _printable(result.error) == result.error):
        return result
    return dataclasses.replace(result, path=clean, error=_printable(result.error) if result.error else None)


def _apply_baselines(results: list[Any], options: Any, baseline: Path | None, write: Path | None) -> None:
    """Compare with a baseline first, so --write-baseline can also refresh one in place."""
    from plainspeak.baseline import apply_baseline, write_baseline

    if baseline is not None:
        outcome = apply_baseline(baseline, results)
        options.summary_extra["baseline_resolved"] = outcome.resolved
        options.summary_extra["baseline_hidden"] = outcome.hidden
    if write is not None:
        from plainspeak.errors import InputError

        try:
            count = write_baseline(write, results)
        except OSError as exc:
            raise InputError(f"--write-baseline: cannot write this file: {exc.strerror or exc}", path=str(write),
                             hint="check the folder exists and that you may write to it") from None
        click.echo(f"plainspeak: recorded {count} finding(s) in {write}", err=True)


def _grammar_required_but_skipped(results: list[Any], cfg: Any, required: bool) -> bool:
    from plainspeak.checks.grammar import SKIPPED

    if not (required or (cfg.grammar.enabled and cfg.grammar.require)):
        return False
    return any(n.startswith(SKIPPED) for r in results for n in r.notices)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--diff", is_flag=True, help="Show the changes as a diff and change nothing (exit 1 if any).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of looking for .plainspeak.yaml / pyproject.toml.")
@click.option("--backup", is_flag=True,
              help="Keep each original as NAME.bak (NAME.bak.2... if taken) before changing it.")
def fix(paths: tuple[str, ...], diff: bool, config_path: Path | None, backup: bool = False) -> None:
    """Put in the agreed wording where a glossary marks a change as safe.

    Changes Markdown, text, reStructuredText and HTML files in place, keeping their
    encoding and line endings. For Word and PDF files use check --annotate instead.
    """
    import signal

    from plainspeak.config import load_config
    from plainspeak.fix import fix_paths

    # Stopped by CI or a terminal (SIGTERM): end like Ctrl-C, so the half-written
    # temporary file is removed and the original stays as it was.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    config = load_config(config_path) if config_path else None
    sys.exit(fix_paths(paths, diff=diff, config=config, backup=backup))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Any address other than this computer's own needs an access token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--glossary", "panel_glossary", type=click.Path(dir_okay=False, path_type=Path),
              help="Your panel's glossary file: entries proposed and changed in the page are saved here "
                   "(created if it does not exist).")
@click.option("--token", envvar="PLAINSPEAK_TOKEN",
              help="Access token for other addresses (default: a new one, printed). Also PLAINSPEAK_TOKEN.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of looking for .plainspeak.yaml / pyproject.toml.")
def serve(host: str, port: int, panel_glossary: Path | None, token: str | None, config_path: Path | None) -> None:
    """Start the web page: writers check drafts as they type, panels keep their glossary."""
    from plainspeak.web.server import serve as run_server

    run_server(host=host, port=port, panel_glossary=panel_glossary, token=token, config_path=config_path)


# The glossary tools live in their own module; it imports only click at load time.
from plainspeak.cli_glossary import explain, glossary  # noqa: E402

main.add_command(glossary)
main.add_command(explain)


if __name__ == "__main__":  # pragma: no cover
    main()
