"""Word comments: a reviewed copy of a .docx with each finding as a comment on its words.

Policy writers live in Word's review pane, not in a terminal, so the answer arrives the
way a colleague's review would: a comment by "plainspeak" on exactly the flagged phrase.
Word anchors comments on whole runs, so the runs are split at the phrase's edges first,
each new run carrying a copy of the old run's formatting. The original file is only ever
read; the copy is written elsewhere.

Word allows comments only in the main text. Findings in headers, footers, footnotes,
endnotes and text boxes get no comment; ``AnnotateResult.skipped`` counts them so the caller can say so.
"""

from __future__ import annotations

import bisect
import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plainspeak.errors import InputError
from plainspeak.findings import Finding, severity_rank
from plainspeak.readers.docx import _W, DocxRef, RunPiece, load, read_loaded
from plainspeak.report import group_findings

AUTHOR = "plainspeak"
INITIALS = "PS"
#: More comments than this make Word's review pane unusable (and python-docx numbers each
#: new comment by scanning all the others): the most serious findings get comments first.
MAX_COMMENTS = 500
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class AnnotateResult:
    path: str
    comments: int = 0
    #: Findings in headers, footers, notes or text boxes, where no comment is placed.
    skipped: int = 0
    #: Findings whose words were no longer in the file (it changed after checking).
    stale: int = 0
    notices: list[str] = field(default_factory=list)
    #: plainspeak's comments from an earlier run that were taken out first.
    replaced: int = 0


def comment_text(f: Finding) -> list[str]:
    """The comment's paragraphs: what, what to say instead, why."""
    paras = [f.message]
    if f.suggestions:
        paras.append("Say instead: " + "; ".join(f.suggestions[:5]))
    if f.advice:
        paras.append("What to do: " + "; ".join(f.advice[:3]))
    if f.why:
        paras.append("Why: " + f.why)
    return paras


def comment_paragraphs(group: list[Finding], member: Finding) -> list[str]:
    """A group's comment: in full on its first use; later uses say only what was found.

    The same entry found ten times in a document gives one full comment and nine short
    ones pointing back to it, instead of ten copies of the same reason.
    """
    f = group[0]
    if member is f:
        paras = comment_text(f)
        if len(group) > 1:
            paras.append(f"Found {len(group)} times in this document; the later ones have a short comment.")
        return paras
    where = f.location or f"line {f.line}"
    return [member.message,
            f"Why: see the first comment on \u201c{f.text}\u201d ({where}); it is found {len(group)} times."]


def remove_own_comments(wdoc: Any) -> int:
    """Take out the comments an earlier run of plainspeak added; how many.

    Annotating a reviewed copy again must replace plainspeak's comments, not add a second
    set beside them. Comments by people (any other author) are kept, with their ranges.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = wdoc.part.part_related_by(RT.COMMENTS)
    except KeyError:
        return 0
    root = part.element
    ours = {c.get(_W + "id") for c in root.findall(_W + "comment") if c.get(_W + "author") == AUTHOR}
    if not ours:
        return 0
    for c in list(root.findall(_W + "comment")):
        if c.get(_W + "id") in ours:
            root.remove(c)
    body = wdoc.element.body
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for el in list(body.iter(_W + tag)):
            if el.get(_W + "id") in ours:
                el.getparent().remove(el)
    for ref in list(body.iter(_W + "commentReference")):
        if ref.get(_W + "id") in ours:
            run = ref.getparent()
            if run is not None and run.tag == _W + "r" and all(
                    child is ref or child.tag == _W + "rPr" for child in run):
                run.getparent().remove(run)
            elif run is not None:
                run.remove(ref)
    return len(ours)


def annotate(source: Path, findings: list[Finding], out: Path) -> AnnotateResult:
    """Write ``out``: a copy of ``source`` with a comment on each finding in the main text.

    plainspeak's own comments from an earlier run are removed first, so running it again
    on a reviewed copy gives one fresh set of comments.
    """
    if out.exists() and out.resolve() == source.resolve():
        raise InputError("--annotate would overwrite the document it is checking", path=str(out),
                         hint="give a new file name, e.g. policy.reviewed.docx")
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    data = source.read_bytes()
    wdoc = load(data, str(source))
    replaced = remove_own_comments(wdoc)
    doc = read_loaded(wdoc, str(source))
    spans: list[tuple[int, int, DocxRef]] = []
    for block in doc.blocks:
        if isinstance(block.ref, DocxRef) and block.ref.pieces:
            spans.append((block.ref.pieces[0].start, block.ref.pieces[-1].end, block.ref))
    starts = [s for s, _, _ in spans]
    result = AnnotateResult(str(out))
    result.replaced = replaced
    chosen = sorted(findings, key=lambda x: (-severity_rank(x.severity), x.offset))[:MAX_COMMENTS]
    left_out = len(findings) - len(chosen)
    group_of: dict[int, list[Finding]] = {}
    for group in group_findings(sorted(chosen, key=lambda x: (x.offset, -x.end_offset))):
        for member in group:
            group_of[id(member)] = group
    for f in sorted(chosen, key=lambda x: (x.offset, -x.end_offset)):
        if doc.source[f.offset:f.end_offset] != f.text or f.end_offset <= f.offset:
            result.stale += 1
            continue
        i = bisect.bisect_right(starts, f.offset) - 1
        if i < 0 or f.end_offset > spans[i][1]:
            result.stale += 1
            continue
        ref = spans[i][2]
        if not ref.in_body:
            result.skipped += 1
            continue
        first, last = _isolate(ref, f.offset, f.end_offset)
        if first is None or last is None:
            result.stale += 1
            continue
        paragraph = Paragraph(ref.paragraph, wdoc._body)
        group = group_of.get(id(f), [f])
        paras = comment_paragraphs(group, f)
        comment = wdoc.add_comment([Run(first, paragraph), Run(last, paragraph)], text=paras[0],
                                   author=AUTHOR, initials=INITIALS)
        for extra in paras[1:]:
            comment.add_paragraph(extra)
        result.comments += 1
    if left_out:
        result.notices.append(f"{source}: only the {MAX_COMMENTS} most serious findings have comments; "
                              f"{left_out} more are in the report (fix these and run again)")
    if result.skipped:
        result.notices.append(
            f"{source}: {result.skipped} finding(s) in headers, footers, footnotes or text boxes have no Word "
            "comment (comments are placed only in the main text); see the report for them")
    if result.stale:
        result.notices.append(f"{source}: {result.stale} finding(s) could not be placed (the file changed "
                              "after it was checked); run the check again")
    import io

    from plainspeak.outputs import check_output, write_output

    buffer = io.BytesIO()
    try:
        wdoc.save(buffer)  # into memory first: a failure here leaves no half-written copy
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml on a damaged package
        raise InputError(f"cannot make the reviewed copy: this Word file is damaged ({type(exc).__name__})",
                         path=str(source), hint="open it in Word and use Save As, then try again") from None
    check_output(out, [source], "--annotate")
    write_output(out, buffer.getvalue(), "--annotate")
    return result


# -- run splitting -----------------------------------------------------------------------
def _isolate(ref: DocxRef, start: int, end: int) -> tuple[Any, Any]:
    """Split runs so that whole runs cover exactly source[start:end]; first and last run."""
    pieces = ref.pieces
    # Start edge: the first piece with characters at or after ``start``.
    i = next((k for k, p in enumerate(pieces) if p.end > start), None)
    if i is None:
        return None, None
    if pieces[i].start < start:
        _split_text(pieces, i, start)
        i += 1
    _split_before(pieces, pieces[i].child)
    first = pieces[i].run
    # End edge: the last piece with characters before ``end``.
    j = max((k for k, p in enumerate(pieces) if p.start < end), default=None)
    if j is None or j < i:
        return None, None
    if pieces[j].end > end:
        _split_text(pieces, j, end)
    nxt = pieces[j].child.getnext()
    if nxt is not None:
        _split_before(pieces, nxt)
    return first, pieces[j].run


def _split_text(pieces: list[RunPiece], i: int, at: int) -> None:
    """Split one w:t in two at source offset ``at`` (both stay in the same run)."""
    from docx.oxml import OxmlElement

    piece = pieces[i]
    text = piece.child.text or ""
    cut = at - piece.start
    new_t = OxmlElement("w:t")
    new_t.text = text[cut:]
    new_t.set(_XML_SPACE, "preserve")
    piece.child.text = text[:cut]
    piece.child.set(_XML_SPACE, "preserve")
    piece.child.addnext(new_t)
    pieces.insert(i + 1, RunPiece(piece.run, new_t, at, piece.end))
    piece.end = at


def _split_before(pieces: list[RunPiece], element: Any) -> None:
    """Move ``element`` and what follows it in its run into a new run with the same formatting."""
    from docx.oxml import OxmlElement

    run = element.getparent()
    before = [c for c in run if c is not element and c.tag != _W + "rPr" and _precedes(c, element)]
    if not before:
        return
    new_run = OxmlElement("w:r")
    for key, value in run.attrib.items():
        new_run.set(key, value)
    rpr = run.find(_W + "rPr")
    if rpr is not None:
        new_run.append(copy.deepcopy(rpr))
    moving = [element, *element.itersiblings()]
    for child in moving:
        new_run.append(child)
    run.addnext(new_run)
    for piece in pieces:
        if piece.run is run and piece.child.getparent() is new_run:
            piece.run = new_run


def _precedes(a: Any, b: Any) -> bool:
    return any(s is b for s in a.itersiblings())


# -- the command line's --annotate ------------------------------------------------------
def plan_annotations(files: list[Path], target_name: str | Path) -> dict[Path, Path]:
    """Which reviewed copy each Word file gets; refuses a plan that would lose one.

    One Word file: ``target`` is the copy's name (or a folder to put it in). Several:
    ``target`` must be a folder, because one file name cannot hold several documents.
    """
    target = Path(target_name)
    docs = [f for f in files if f.suffix.lower() == ".docx"]
    if not docs:
        raise InputError("--annotate adds Word comments, but none of the files is a Word (.docx) file",
                         path=str(target), hint="check a .docx file, or leave out --annotate")
    folder = target.is_dir() or str(target_name).endswith(("/", "\\"))
    if not folder and len(docs) > 1:
        raise InputError(f"--annotate got {len(docs)} Word files but one file name", path=str(target),
                         hint="give a folder instead, e.g. --annotate reviewed/")
    if not folder:
        if target.suffix.lower() != ".docx":
            raise InputError("--annotate needs a .docx file name for the reviewed copy", path=str(target),
                             hint=f"e.g. --annotate {docs[0].stem}.reviewed.docx")
        return {docs[0]: target}
    plan: dict[Path, Path] = {}
    used: set[str] = set()
    for doc in docs:
        name = f"{doc.stem}.reviewed.docx"
        n = 2
        while name.lower() in used:
            name = f"{doc.stem}-{n}.reviewed.docx"
            n += 1
        used.add(name.lower())
        plan[doc] = target / name
    return plan


def annotate_results(results: list[Any], plan: dict[Path, Path]) -> list[str]:
    """Write every planned copy; lines to tell the person what was written and what was not."""
    lines: list[str] = []
    by_path = {Path(r.path): r for r in results}
    for source, out in plan.items():
        result = by_path.get(source)
        if result is None or result.error:
            lines.append(f"no reviewed copy of {source}: it could not be checked")
            continue
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"--annotate cannot make this folder: {exc.strerror or exc}", path=str(out.parent),
                             hint="give a folder you may write to") from None
        done = annotate(source, result.findings, out)
        line = f"wrote {out} with {done.comments} comment{'s' if done.comments != 1 else ''}"
        if done.replaced:
            line += f" (replacing the {done.replaced} plainspeak comment(s) already in it)"
        lines.append(line)
        lines.extend(done.notices)
    return lines
