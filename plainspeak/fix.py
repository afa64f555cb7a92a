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
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from plainspeak.atomic import write_atomically
from plainspeak.config import Config, load_config
from plainspeak.errors import InputError, PlainspeakError

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
    from plainspeak.api import check_document, context_for
    from plainspeak.checks.terms import keep_case
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
    safe = {e.id: e for e in context_for(config).glossary.entries if e.autofix == "safe" and e.alternatives}
    last_end = -1
    for f in sorted(result.findings, key=lambda f: f.offset):
        entry = safe.get(f.id or "")
        if f.check != "term" or f.code != "PS101" or entry is None or f.offset < last_end:
            continue
        if not _clean_span(text[f.offset:f.end_offset]):
            plan.skipped.append(f"{path}:{f.line}:{f.column}: left \u201c{f.text}\u201d for you to change: "
                                "it has formatting inside")
            continue
        new = keep_case(f.text, entry.alternatives[0])
        try:
            new.encode(encoding)
        except UnicodeEncodeError:
            plan.skipped.append(f"{path}:{f.line}:{f.column}: \u201c{new}\u201d cannot be written in this "
                                f"file's encoding ({encoding})")
            continue
        plan.changes.append(Change(f.offset, f.end_offset, f.line, f.column, f.text, new, entry.id))
        last_end = f.end_offset
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
