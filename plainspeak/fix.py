"""``plainspeak fix``: put in the agreed alternative where a glossary says that is safe.

Only entries a panel marked ``autofix: safe`` are changed, with their first alternative,
in the case of the words replaced. Nothing else in the file may change: not the
encoding, the byte-order mark, the line endings, the file's permissions, nor one
character outside the replaced words. A replacement whose source contains markup
(``**service** user``) is left for a person, because rewriting it would lose the markup.

Word and PDF files are refused: their text cannot be rewritten faithfully here, and
``plainspeak check --annotate`` puts the same suggestions in as comments instead.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from plainspeak.atomic import write_atomically
from plainspeak.config import Config, load_config
from plainspeak.errors import InputError, PlainspeakError

if TYPE_CHECKING:
    from plainspeak.analyse import Analysed
    from plainspeak.document import Document
    from plainspeak.findings import Finding

#: Formats whose source is the file's own text, so a span can be replaced in place.
TEXT_FORMATS = frozenset({"markdown", "text", "rst", "html"})
#: Formats that are refused with a pointer to --annotate.
DOCUMENT_FORMATS = frozenset({"docx", "odt", "pdf"})
#: Characters a replaced span may contain: words, the spaces between them, hyphens and
#: apostrophes. Anything else is markup a replacement would destroy.
_SPAN_PUNCTUATION = frozenset(" \t\r\n-'\u2019\u2010\u2011\u00a0")


@dataclass
class Change:
    offset: int
    end_offset: int
    line: int
    column: int
    old: str
    new: str
    id: str


@dataclass
class FilePlan:
    """What fixing one file would do; ``new_text`` is None when nothing changes."""

    path: Path
    text: str = ""
    new_text: str | None = None
    encoding: str = "utf-8"
    bom: bytes = b""
    #: The bytes the plan was made from: the file is written only if it still holds them.
    original: bytes = b""
    changes: list[Change] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def new_bytes(self) -> bytes:
        assert self.new_text is not None
        return self.bom + self.new_text.encode(self.encoding)


def _annotate_hint(path: Path) -> str:
    return (f"use: plainspeak check \"{path}\" --annotate \"{path.with_name(path.stem + '.reviewed' + path.suffix)}\" "
            "to get the suggestions as comments")


def _clean_span(text: str) -> bool:
    return bool(text) and all(c.isalnum() or c in _SPAN_PUNCTUATION for c in text)


def plan_file(path: Path, config: Config) -> FilePlan:
    """Work out the replacements for one file without writing anything."""
    from plainspeak.api import check_document
    from plainspeak.readers import MAX_FILE_BYTES, format_for, read_bytes
    from plainspeak.readers.base import decode_text, text_encoding

    spath = str(path)
    fmt = format_for(path, default="")
    if fmt in DOCUMENT_FORMATS:
        raise InputError("plainspeak fix cannot change Word, OpenDocument or PDF files", path=spath,
                         hint=_annotate_hint(path))
    if fmt not in TEXT_FORMATS:
        raise InputError("plainspeak fix only changes Markdown, text, reStructuredText and HTML files",
                         path=spath, hint="rename the file with its proper extension, e.g. .md or .txt")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError("this file is too big to fix", path=spath, hint="split it into smaller files")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read this file: {exc.strerror or exc}", path=spath,
                         hint="check that it exists and that you may read it") from None
    encoding, bom = text_encoding(data)
    body = data[len(bom):]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        text = None
    # Only a file that decodes and encodes back to exactly the same bytes is safe to
    # rewrite; and the reader must report positions against exactly this text.
    if text is None or text.encode(encoding) != body or text != decode_text(data, spath):
        raise InputError("this file has characters plainspeak cannot write back unchanged", path=spath,
                         hint="save it as UTF-8 text, then run plainspeak fix again")
    plan = FilePlan(path, text=text, encoding=encoding, bom=bom, original=data)
    document = read_bytes(data, spath, fmt)
    if document.source != text:
        raise InputError("plainspeak cannot map this file's findings back to its text", path=spath,
                         hint="fix it by hand using the suggestions from plainspeak check")
    result = check_document(document, config)
    plan.changes, skipped = select_changes(path, text, document, result.findings, config, encoding)
    plan.skipped.extend(skipped)
    if plan.changes:
        pieces = []
        pos = 0
        for c in plan.changes:
            pieces.append(text[pos:c.offset])
            pieces.append(c.new)
            pos = c.end_offset
        pieces.append(text[pos:])
        plan.new_text = "".join(pieces)
    return plan


def confirm_spans(plan: FilePlan) -> None:
    """Keep only changes whose place in the file holds the words found there.

    A reader that maps positions wrongly (it happened with lone carriage returns) must
    never make ``fix`` replace a line ending or markup with a word: any change whose
    span does not read as the finding's words is dropped with a note.
    """
    if plan.new_text is None:
        return
    kept = []
    for c in plan.changes:
        span = plan.text[c.offset:c.end_offset]
        if c.end_offset > c.offset and _same_words(span, c.old):
            kept.append(c)
        else:
            plan.skipped.append(f"{plan.path}:{c.line}:{c.column}: left \u201c{c.old}\u201d unchanged: its place "
                                "in the file could not be confirmed")
    if len(kept) == len(plan.changes):
        return
    plan.changes = kept
    if not kept:
        plan.new_text = None
        return
    pieces = []
    pos = 0
    for c in kept:
        pieces.append(plan.text[pos:c.offset])
        pieces.append(c.new)
        pos = c.end_offset
    pieces.append(plan.text[pos:])
    plan.new_text = "".join(pieces)


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def write_plan(plan: FilePlan, backup: bool = False) -> Path | None:
    """Write a fixed file safely; returns the backup made, if any.

    Refused (``OSError``) when the file is read-only, and (``ChangedOnDisk``) when it
    no longer holds the bytes the plan was made from: an edit saved while plainspeak
    was working is never thrown away. The new text goes in with one atomic rename; a
    killed run leaves the original, and its temporary file is cleared by the next.
    """
    import os
    import shutil
    import stat

    from plainspeak.atomic import ChangedOnDisk

    st = os.stat(plan.path)
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionError(13, "the file is read-only (make it writable first if it should be fixed)")
    saved: Path | None = None
    if backup:
        saved = _backup_name(plan.path)
        if plan.path.read_bytes() != plan.original:
            raise ChangedOnDisk(f"{plan.path} changed since it was read")
        write_atomically(saved, plan.original, follow_links=False)
        shutil.copymode(plan.path, saved)
    write_atomically(plan.path, plan.new_bytes(), expect=plan.original)
    return saved


def _backup_name(path: Path) -> Path:
    """``name.bak``, or ``name.bak.2``... if that is taken: a backup never replaces a file."""
    candidate = path.with_name(path.name + ".bak")
    n = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.name}.bak.{n}")
        n += 1
    return candidate


_CITATION = re.compile(
    r"\b(?:section|sections|s\.|ss\.|regulation|regulations|reg\.|paragraph|para\.|schedule|article|rule)"
    r"\s*\d|\bAct\s+(?:1[89]|20)\d\d\b|\b(?:SI|S\.I\.)\s*\d{4}|\[\d{4}\]\s*[A-Z]", re.IGNORECASE)


def select_changes(path: Path, text: str, document: Document, findings: list[Finding], config: Config,
                   encoding: str = "utf-8") -> tuple[list[Change], list[str]]:
    """The edits a careful editor would make, and notes on the ones left for a person.

    Only a drop-in alternative of an entry marked ``autofix: safe``, fitted to the words
    found (``plainspeak.advice``), and never: inside quotation marks, a block quote,
    code, a heading or a name or title; next to a capitalised word mid-sentence (a
    place or other proper name: "Kingston upon Thames"); in a hyphenated compound
    ("prior-to-meeting"); in a sentence citing the law ("section 17", "Act 1989"); or
    where the words cannot take the alternative's part of speech ("the disabled
    parent"). After an edit the sentence is checked again: an edit that brings a new
    finding is not made.
    """
    from plainspeak.advice import advise, lexicon_for, next_word_pos
    from plainspeak.analyse import analyse
    from plainspeak.api import context_for
    from plainspeak.context.mentions import quotations

    ctx = context_for(config)
    safe = {e.id: e for e in ctx.glossary.entries if e.autofix == "safe" and e.alternatives}
    candidates = [f for f in findings if f.check == "term" and f.code == "PS101" and (f.id or "") in safe]
    changes: list[Change] = []
    skipped: list[str] = []
    if not candidates:
        return changes, skipped
    lex = lexicon_for(ctx.glossary)
    analysed = analyse(document, config.nlp.model)
    token_at = _token_index(analysed, document)
    quotes = quotations(analysed)
    # Right to left, each edit judged in the text as the edits after it leave it: an edit
    # that only fits once a later one is made ("participate prior to" → "... before") is
    # made in the same run, so a second fix changes nothing.
    current = text
    first_start = len(text) + 1
    for f in sorted(candidates, key=lambda f: f.offset, reverse=True):
        entry = safe[f.id or ""]
        where = f"{path}:{f.line}:{f.column}"
        if f.end_offset > first_start:
            continue
        span = text[f.offset:f.end_offset]
        if not _clean_span(span):
            skipped.append(f"{where}: left \u201c{f.text}\u201d for you to change: it has formatting inside")
            continue
        i, j = token_at.get(f.offset), token_at.get(f.end_offset, None)
        reason = _why_not(text, f, analysed, document, quotes, i, j)
        if reason:
            skipped.append(f"{where}: left \u201c{f.text}\u201d for you to change: {reason}")
            continue
        next_pos = next_word_pos(analysed, j) if j is not None else ""
        advice = advise(current, f.offset, f.end_offset, entry, lex, next_pos=next_pos)
        if not advice.suggestions or advice.suggestions[0].alternative != entry.alternatives[0]:
            skipped.append(f"{where}: left \u201c{f.text}\u201d for you to change: "
                           f"\u201c{entry.alternatives[0]}\u201d does not fit this sentence as it stands")
            continue
        suggestion = advice.suggestions[0]
        new, start = suggestion.text, suggestion.start
        try:
            new.encode(encoding)
        except UnicodeEncodeError:
            skipped.append(f"{where}: \u201c{new}\u201d cannot be written in this file's encoding ({encoding})")
            continue
        if _brings_new_finding(current, start, f.end_offset, new, config):
            skipped.append(f"{where}: left \u201c{f.text}\u201d for you to change: "
                           f"\u201c{new}\u201d would bring a new finding")
            continue
        changes.append(Change(start, f.end_offset, f.line, f.column, text[start:f.end_offset], new, entry.id))
        current = current[:start] + new + current[f.end_offset:]
        first_start = start
    changes.reverse()
    skipped.reverse()  # in the order of the text
    return changes, skipped


def _token_index(analysed: Analysed, document: Document) -> dict[int, int]:
    """Source offset of each token's start (and of each token's end, as the next index) → token."""
    out: dict[int, int] = {}
    idx, texts = analysed.token_idx, analysed.token_text
    for t in range(len(idx)):
        s, e = document.source_span(idx[t], idx[t] + len(texts[t]))
        out.setdefault(s, t)
        out.setdefault(e, t + 1)
    return out


def _why_not(text: str, f: Finding, analysed: Analysed, document: Document,
             quotes: list[tuple[int, int]], i: int | None, j: int | None) -> str:
    """Why an edit at this finding would not be a careful editor's, or "" when it would."""
    if i is None or j is None or j <= i:
        return "its place in the text could not be confirmed"
    block = document.blocks[analysed.token_block[i]] if analysed.token_block else None
    if block is not None and block.kind in ("quote", "heading", "code", "table_cell"):
        return {"quote": "it is in a block quote", "heading": "it is in a heading", "code": "it is in code",
                "table_cell": "it is in a table"}[block.kind]
    if any(a < i and j <= b for a, b in quotes):
        return "it is inside quotation marks"
    line_start = text.rfind("\n", 0, f.offset) + 1
    line_end = text.find("\n", f.end_offset)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line.lstrip().startswith((">", "    ", "\t")) and not line.lstrip().startswith(("- ", "* ")):
        return "it is in a block quote"
    facts = analysed.facts
    if facts.name_at(i, j) is not None:
        return "it is part of a name or title"
    texts = analysed.token_text
    for t in (i - 1, j):
        if 0 <= t < len(texts) and texts[t] in ("-", "\u2010", "\u2011"):
            return "it is part of a hyphenated word"
    if "-" in f.text or "\u2010" in f.text:
        return "it is part of a hyphenated word"
    if _next_to_proper_name(analysed, i, j):
        return "it is next to a name (a place or organisation, perhaps)"
    sentence = next((s for s in analysed.sentences if s.token_start <= i < s.token_end), None)
    if sentence is not None:
        said = document.text[sentence.start:sentence.end]
        start = analysed.token_idx[i]
        near = document.text[max(sentence.start, start - 30):min(sentence.end, start + len(f.text) + 30)]
        if _CITATION.search(near):
            return "it is next to a reference to the law"
        if said.count("\"") % 2 or said.count("\u201c") != said.count("\u201d"):
            return "it may be inside a quotation"
    return ""


def _next_to_proper_name(analysed: Analysed, i: int, j: int) -> bool:
    """A capitalised word touching the words found, not at a sentence start ("Kingston upon Thames")."""
    texts = analysed.token_text
    starts = {s.token_start for s in analysed.sentences}

    def word(t: int, step: int) -> int | None:
        while 0 <= t < len(texts) and texts[t].isspace():
            t += step
        return t if 0 <= t < len(texts) and texts[t][:1].isalpha() else None

    before, after = word(i - 1, -1), word(j, 1)
    if after is not None and texts[after][:1].isupper() and texts[after] != "I":
        return True
    if before is not None and texts[before][:1].isupper() and before not in starts and texts[before] != "I":
        return True
    return False


def _brings_new_finding(text: str, start: int, end: int, new: str, config: Config) -> bool:
    """Whether the sentence, edited, has a finding it did not have (other than the one fixed)."""
    from plainspeak.api import check_text

    window_lo, window_hi = max(0, start - 400), min(len(text), end + 400)  # a sentence at most
    lo = max(max(text.rfind(c, window_lo, start) for c in ".!?\n") + 1, window_lo)
    his = [k for k in (text.find(c, end, window_hi) for c in ".!?\n") if k >= 0]
    hi = min(his) + 1 if his else window_hi
    before_text = text[lo:hi]
    after_text = text[lo:start] + new + text[end:hi]
    cfg = config
    try:
        old = check_text(before_text, format="text", config=cfg)
        fresh = check_text(after_text, format="text", config=cfg)
    except Exception:  # noqa: BLE001 - a check that cannot run is a reason not to edit
        return True
    seen = [(f.code, f.text.lower()) for f in old if f.check in ("term", "acronym")]
    for f in fresh:
        if f.check not in ("term", "acronym"):
            continue
        key = (f.code, f.text.lower())
        if key in seen:
            seen.remove(key)
        elif f.offset >= start - lo:
            return True
    return False


def unified_diff(plan: FilePlan) -> str:
    assert plan.new_text is not None
    name = Path(plan.path).as_posix()
    out = []
    for line in difflib.unified_diff(plan.text.splitlines(keepends=True), plan.new_text.splitlines(keepends=True),
                                     f"a/{name}", f"b/{name}"):
        if not line.endswith(("\n", "\r")):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def fix_paths(
    paths: Iterable[str], *, diff: bool = False, config: Config | None = None,
    out: TextIO | None = None, err: TextIO | None = None, backup: bool = False,
) -> int:
    """Fix files and folders; returns the exit code (0 done, 1 --diff has changes, 2 errors)."""
    from plainspeak import limits
    from plainspeak.api import FileTimeout, iter_files, time_limit
    from plainspeak.atomic import ChangedOnDisk
    from plainspeak.errors import GlossaryError
    from plainspeak.readers import format_for

    out = out or sys.stdout
    err = err or sys.stderr
    errors = 0
    files = 0
    fixed_files = 0
    total = 0
    skipped_documents: list[Path] = []
    configs: dict[Path, Config] = {}
    for raw in paths:
        top = Path(raw)
        if not top.exists():
            err.write(f"plainspeak: error: {raw}: no such file or folder (check the path)\n")
            errors += 1
            continue
        links: list[str] = []
        found = list(iter_files([top], config, links))
        for note in links:
            err.write(f"note: {note}\n")
        for path in found:
            if top.is_dir() and format_for(path, default="") in DOCUMENT_FORMATS:
                skipped_documents.append(path)
                continue
            cfg = config or configs.get(path.parent)
            if cfg is None:
                cfg = configs[path.parent] = load_config(start=path)
            files += 1
            limits.use(cfg.limits)
            try:
                with time_limit(cfg.limits.file_seconds):
                    plan = plan_file(path, cfg)
            except FileTimeout:
                err.write(f"plainspeak: error: {path}: took longer than {cfg.limits.file_seconds:g} seconds, so it "
                          "was left unchanged (raise 'limits: file_seconds:' in .plainspeak.yaml)\n")
                errors += 1
                continue
            except PlainspeakError as exc:
                if isinstance(exc, GlossaryError):
                    raise
                err.write(f"plainspeak: error: {exc}\n")
                errors += 1
                continue
            for note in plan.skipped:
                err.write(f"note: {note}\n")
            if plan.new_text is None:
                continue
            noted = len(plan.skipped)
            confirm_spans(plan)
            for note in plan.skipped[noted:]:
                err.write(f"note: {note}\n")
            if plan.new_text is None:
                continue
            fixed_files += 1
            total += len(plan.changes)
            if diff:
                out.write(unified_diff(plan))
                continue
            try:
                saved = write_plan(plan, backup)
            except ChangedOnDisk:
                err.write(f"plainspeak: error: {path}: the file changed while plainspeak was working on it, so it "
                          "was not written (run plainspeak fix again)\n")
                errors += 1
                continue
            except OSError as exc:
                err.write(f"plainspeak: error: {path}: cannot write this file: {exc.strerror or exc} "
                          "(check that you may change it)\n")
                errors += 1
                continue
            if saved is not None:
                err.write(f"note: the original is saved as {saved}\n")
            for c in plan.changes:
                out.write(f"{path}:{c.line}:{c.column}: \u201c{c.old}\u201d \u2192 \u201c{c.new}\u201d\n")
    if skipped_documents:
        err.write(f"note: left {len(skipped_documents)} Word/OpenDocument/PDF file(s) unchanged; "
                  "use plainspeak check FILE --annotate OUT to get suggestions as comments\n")
    s = "" if total == 1 else "s"
    if diff:
        err.write(f"plainspeak: would fix {total} term{s} in {fixed_files} of {files} file(s)\n")
    elif total:
        out.write(f"Fixed {total} term{s} in {fixed_files} of {files} file(s).\n")
    else:
        out.write(f"Nothing to fix in {files} file(s).\n")
    if errors:
        return 2
    return 1 if diff and total else 0
