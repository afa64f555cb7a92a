"""The web app's pages and endpoints (Starlette), for writers and for panels.

Writers: ``/`` (paste or type a draft; findings update as they type through
``/api/check``), ``/upload`` (a file, read by the CLI's own readers and limits) and
``/doc/<id>`` (its findings and downloads). Panels: ``/glossary`` (browse, search, try
a sentence, export) and ``/glossary/entry/<id>`` / ``/glossary/new`` (the entry form).

No request names a path on the server: uploads are kept in memory under random ids,
and the only file written is the panel's glossary given to ``serve --glossary``.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from plainspeak import __version__
from plainspeak.api import FileResult, check_document
from plainspeak.config import Config
from plainspeak.errors import PlainspeakError
from plainspeak.findings import CHECKS, SEVERITIES, severity_rank
from plainspeak.readers import MAX_FILE_BYTES, READERS, read_bytes
from plainspeak.web import panel
from plainspeak.web.fragment import document_fragment, report_css
from plainspeak.web.security import Guard, same

KIND_LABELS = {"term": "Words and phrases", "acronym": "Acronyms", "readability": "Readability",
               "grammar": "Grammar"}
#: Checked once at start, so every part of the pipeline is loaded before the first writer types.
WARM_UP = ("# Warm up\n\nService users who are hard to reach were offered a placement by the LHA. "
           "The plan was reviewed by the panel.\n\n- One item\n")
UPLOAD_TYPES = [".docx", ".odt", ".pdf", ".md", ".txt", ".html", ".htm", ".rst"]


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 0
    #: Required on every request when set (any address other than loopback).
    token: str | None = None
    #: The panel's own glossary file, the only file the app writes.
    panel_glossary: Path | None = None
    config: Config = field(default_factory=Config)
    #: The same limit as the command line's readers.
    max_upload_bytes: int = MAX_FILE_BYTES
    #: Uploaded documents kept in memory (the oldest goes first).
    max_documents: int = 32
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    @property
    def max_request_bytes(self) -> int:
        return self.max_upload_bytes + 64 * 1024  # room for the form around the file


@dataclass
class Upload:
    name: str
    data: bytes
    result: FileResult
    created: float = field(default_factory=time.time)


class Workspace:
    """What the app keeps while it runs: settings, uploads, and one lock around checks."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.uploads: OrderedDict[str, Upload] = OrderedDict()
        self.check_lock = threading.Lock()
        self.env = Environment(loader=PackageLoader("plainspeak.web", "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        kinds = {k: v for k, v in KIND_LABELS.items() if k != "grammar" or settings.config.grammar.enabled}
        self.env.globals.update(version=__version__, csrf=settings.csrf, kinds=kinds,
                                severities=SEVERITIES, upload_types=UPLOAD_TYPES,
                                upload_mb=settings.max_upload_bytes // (1024 * 1024))

    # -- checking ------------------------------------------------------------------------
    def config(self) -> Config:
        """The run's config, with the panel's glossary last so its entries win."""
        cfg = self.settings.config
        path = self.settings.panel_glossary
        if path is not None and path.exists():
            cfg = dataclasses.replace(cfg, glossaries=[*cfg.glossaries, str(path.resolve())])
        return cfg

    def check(self, data: bytes, name: str, fmt: str | None = None, fingerprints: bool = False) -> FileResult:
        """Read and check, as ``plainspeak check`` does; a file that cannot be read is an error result."""
        if len(data) > self.settings.max_upload_bytes:
            return FileResult(name, error=f"this is too big to check here (the limit is "
                                          f"{_size(self.settings.max_upload_bytes)})")
        with self.check_lock:
            try:
                document = read_bytes(data, name, fmt)
                return check_document(document, self.config(), fingerprints=fingerprints)
            except PlainspeakError as exc:
                exc.path = None
                return FileResult(name, error=str(exc))

    def remember(self, upload: Upload) -> str:
        key = secrets.token_urlsafe(16)
        self.uploads[key] = upload
        while len(self.uploads) > self.settings.max_documents:
            self.uploads.popitem(last=False)
        return key

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)


# -- helpers --------------------------------------------------------------------------------
def _workspace(request: Request) -> Workspace:
    ws: Workspace = request.app.state.workspace
    return ws


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _workspace(request).render(template, request=request, **context)
    return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})


def require_csrf(request: Request, form: FormData | None = None, body: dict[str, Any] | None = None) -> None:
    token = request.headers.get("x-csrf-token") or ""
    if not token and form is not None:
        value = form.get("csrf")
        token = value if isinstance(value, str) else ""
    if not token and body is not None:
        token = str(body.get("csrf") or "")
    if not token or not same(token, _workspace(request).settings.csrf):
        raise HTTPException(403, "This form has expired or did not come from this page: reload the page and "
                                 "try again.")


@dataclass
class Filters:
    kinds: list[str]
    minimum: str

    @classmethod
    def from_values(cls, values: Any) -> Filters:
        """From a form or query: no 'filters' field means everything is shown."""
        minimum = str(values.get("min") or "suggestion")
        if minimum not in SEVERITIES:
            minimum = "suggestion"
        if values.get("filters"):
            kinds = [k for k in (values.getlist("kind") if hasattr(values, "getlist") else values.get("kind", []))
                     if k in CHECKS]
        else:
            kinds = list(CHECKS)
        return cls(kinds, minimum)

    def apply(self, result: FileResult) -> FileResult:
        rank = severity_rank(self.minimum)
        kept = [f for f in result.findings if f.check in self.kinds and severity_rank(f.severity) >= rank]
        return dataclasses.replace(result, findings=kept)

    def query(self) -> str:
        from urllib.parse import urlencode

        return urlencode([("filters", "1"), ("min", self.minimum), *(("kind", k) for k in self.kinds)])


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(shown: FileResult, total: int) -> str:
    """One sentence for the status region: what a screen reader hears after each update."""
    if shown.error:
        return f"This could not be checked: {shown.error}"
    n = len(shown.findings)
    parts = [f"{_plural(n, 'finding')} shown" + (f" of {total}" if total != n else "") + "."]
    if n:
        counts = {s: sum(1 for f in shown.findings if f.severity == s) for s in reversed(SEVERITIES)}
        parts.append(", ".join(_plural(c, s) for s, c in counts.items() if c) + ".")
    r = shown.readability or {}
    if r.get("reading_age") is not None:
        age = r["reading_age"]
        parts.append(f"Reading age {age:.0f}." if isinstance(age, float) else f"Reading age {age}.")
    return " ".join(parts)


def _download_name(name: str, suffix: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(name).stem).strip("-.") or "document"
    return f"{stem[:80]}{suffix}"


def _attachment(data: bytes | str, filename: str, media_type: str) -> Response:
    body = data.encode("utf-8") if isinstance(data, str) else data
    return Response(body, media_type=media_type, headers={
        "content-disposition": f'attachment; filename="{filename}"', "cache-control": "no-store"})


def _report(result: FileResult, fmt: str) -> str:
    from plainspeak.report import ReportOptions, render

    return render(fmt, [result], ReportOptions())


async def _form(request: Request) -> FormData:
    """A posted form, with text fields allowed up to the same size as an upload."""
    return await request.form(max_files=0, max_fields=64,
                              max_part_size=_workspace(request).settings.max_upload_bytes)


def _text_of(form: FormData) -> str:
    value = form.get("text")
    return value if isinstance(value, str) else ""


# -- writers ----------------------------------------------------------------------------------
DRAFT_NAME = "Your draft"


def _draft(ws: Workspace, text: str, fingerprints: bool = False) -> FileResult:
    result = ws.check(text.encode("utf-8"), DRAFT_NAME, "markdown", fingerprints=fingerprints)
    result.path = DRAFT_NAME
    return result


async def home(request: Request) -> HTMLResponse:
    return _page(request, "check.html", text="", fragment="", status_line="", filters=Filters(list(CHECKS),
                                                                                                "suggestion"))


async def check_form(request: Request) -> HTMLResponse:
    """The draft form without JavaScript: check and show the page again with findings."""
    form = await _form(request)
    require_csrf(request, form)
    ws = _workspace(request)
    text = _text_of(form)
    filters = Filters.from_values(form)
    result = await run_in_threadpool(_draft, ws, text)
    shown = filters.apply(result)
    return _page(request, "check.html", text=text, fragment=_fragment(shown), filters=filters,
                 status_line=summary_line(shown, len(result.findings)))


def _fragment(result: FileResult) -> str:
    if result.error:
        return ""
    return document_fragment(result)


async def api_check(request: Request) -> JSONResponse:
    """Live checking as the writer types: JSON in, the rendered findings out."""
    try:
        body = await request.json()
    except ValueError:
        return JSONResponse({"error": "the request was not JSON"}, status_code=400)
    if not isinstance(body, dict):
        return JSONResponse({"error": "the request was not a JSON object"}, status_code=400)
    require_csrf(request, body=body)
    text = body.get("text")
    if not isinstance(text, str):
        return JSONResponse({"error": "'text' is missing"}, status_code=400)
    kinds = body.get("kinds", list(CHECKS))
    minimum = body.get("min")
    filters = Filters(kinds=[k for k in kinds if k in CHECKS] if isinstance(kinds, list) else list(CHECKS),
                      minimum=minimum if isinstance(minimum, str) and minimum in SEVERITIES else "suggestion")
    ws = _workspace(request)
    started = time.perf_counter()
    result = await run_in_threadpool(_draft, ws, text)
    shown = filters.apply(result)
    return JSONResponse({
        "html": _fragment(shown),
        "status": summary_line(shown, len(result.findings)),
        "error": result.error,
        "total": len(result.findings),
        "findings": [f.to_dict() for f in shown.findings],
        "readability": result.readability,
        "ms": round((time.perf_counter() - started) * 1000, 1),
    }, headers={"cache-control": "no-store"})


async def draft_report(request: Request) -> Response:
    fmt = request.path_params["fmt"]
    if fmt not in ("json", "html"):
        raise HTTPException(404, "There is no such report.")
    form = await _form(request)
    require_csrf(request, form)
    result = await run_in_threadpool(_draft, _workspace(request), _text_of(form), True)
    if fmt == "json":
        return _attachment(_report(result, "json"), "draft.report.json", "application/json")
    return _attachment(_report(result, "html"), "draft.report.html", "text/html; charset=utf-8")


async def upload(request: Request) -> Response:
    ws = _workspace(request)
    limit = ws.settings.max_upload_bytes
    async with request.form(max_files=1, max_fields=8, max_part_size=limit + 1) as form:
        require_csrf(request, form)
        item = form.get("document")
        if not isinstance(item, UploadFile) or not item.filename:
            return _page(request, "check.html", status=400, text="", fragment="", status_line="",
                         filters=Filters(list(CHECKS), "suggestion"),
                         upload_error="Choose a file to upload first.")
        name = Path(item.filename.replace("\\", "/")).name or "document"
        data = await item.read(limit + 1)
    if len(data) > limit:
        return _page(request, "check.html", status=413, text="", fragment="", status_line="",
                     filters=Filters(list(CHECKS), "suggestion"),
                     upload_error=f"'{name}' is too big to check here (the limit is {_size(limit)}): "
                                  "split it into smaller files.")
    suffix = Path(name).suffix.lower()
    if suffix not in READERS:
        return _page(request, "check.html", status=400, text="", fragment="", status_line="",
                     filters=Filters(list(CHECKS), "suggestion"),
                     upload_error=f"plainspeak cannot read '{name}': upload a "
                                  + ", ".join(UPLOAD_TYPES[:-1]) + " or " + UPLOAD_TYPES[-1] + " file.")
    result = await run_in_threadpool(ws.check, data, name, None, True)
    key = ws.remember(Upload(name, data, result))
    return RedirectResponse(f"/doc/{key}", status_code=303)


def _upload_of(request: Request) -> Upload:
    key = request.path_params["key"]
    found = _workspace(request).uploads.get(key)
    if found is None:
        raise HTTPException(404, "This document is no longer here (the app keeps only the latest uploads, and "
                                 "forgets them when it stops). Upload it again.")
    return found


async def document_page(request: Request) -> HTMLResponse:
    up = _upload_of(request)
    filters = Filters.from_values(request.query_params)
    shown = filters.apply(up.result)
    return _page(request, "document.html", upload=up, key=request.path_params["key"], filters=filters,
                 fragment=_fragment(shown), status_line=summary_line(shown, len(up.result.findings)),
                 is_docx=Path(up.name).suffix.lower() == ".docx")


async def document_download(request: Request) -> Response:
    up = _upload_of(request)
    what = request.path_params["what"]
    if up.result.error:
        raise HTTPException(409, "This document could not be checked, so there is no report to download.")
    if what == "report.json":
        return _attachment(_report(up.result, "json"), _download_name(up.name, ".report.json"), "application/json")
    if what == "report.html":
        return _attachment(_report(up.result, "html"), _download_name(up.name, ".report.html"),
                           "text/html; charset=utf-8")
    if what == "reviewed.docx" and Path(up.name).suffix.lower() == ".docx":
        data = await run_in_threadpool(_annotated, up)
        return _attachment(data, _download_name(up.name, ".reviewed.docx"),
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    raise HTTPException(404, "There is no such download for this document.")


def _annotated(up: Upload) -> bytes:
    """The Word copy with comments, made by the same code as ``check --annotate``, in a private folder."""
    from plainspeak.report.docx_comments import annotate

    folder = Path(tempfile.mkdtemp(prefix="plainspeak-web-"))
    try:
        source = folder / "document.docx"
        source.write_bytes(up.data)
        out = folder / "reviewed.docx"
        annotate(source, up.result.findings, out)
        return out.read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- panels ------------------------------------------------------------------------------------
def _glossaries(ws: Workspace) -> Any:
    from plainspeak.glossary.catalog import load_glossaries

    return load_glossaries(ws.config().glossary_paths(), strict=False)


def _other_paths(ws: Workspace) -> list[Path]:
    """The glossaries a check uses besides the panel's (lint looks across them all)."""
    panel_path = ws.settings.panel_glossary
    paths = ws.settings.config.glossary_paths()
    if panel_path is None:
        return paths
    return [p for p in paths if p.resolve() != panel_path.resolve()]


def _builtin_entries(ws: Workspace) -> dict[str, Any]:
    from plainspeak.glossary.catalog import load_glossaries

    loaded = load_glossaries(_other_paths(ws), strict=False)
    return {e.id: e for g in loaded.glossaries for e in g.entries}


def _search(entries: list[Any], acronyms: list[Any], q: str) -> tuple[list[Any], list[Any]]:
    words = q.lower().split()
    if not words:
        return entries, acronyms

    def hit(*texts: str) -> bool:
        hay = " ".join(texts).lower()
        return all(w in hay for w in words)

    return ([e for e in entries if hit(e.id, e.term, *e.variants, *e.alternatives, e.why, e.category)],
            [a for a in acronyms if hit(a.acronym, *a.expansions, a.note)])


async def glossary_page(request: Request) -> HTMLResponse:
    from plainspeak.glossary.build_page import _entry_html, page_themes

    ws = _workspace(request)
    loaded = await run_in_threadpool(_glossaries, ws)
    q = request.query_params.get("q", "")[:200]
    entries, acronyms = _search(loaded.entries, loaded.acronyms, q)
    shown_ids = {e.id for e in entries}
    panel_path = ws.settings.panel_glossary
    panel_file = str(panel_path.resolve()) if panel_path is not None else None
    themes = []
    for g, es in page_themes(loaded.glossaries):
        es = [e for e in es if e.id in shown_ids]
        if es:
            items = []
            for e in es:
                # The jargon buster's own rendering of an entry (escaped there).
                html = "\n".join(_entry_html(e, g.title or g.name, f"entry-{e.id}"))
                items.append({"entry": e, "html": html,
                              "mine": panel_file is not None and str(Path(e.file).resolve()) == panel_file})
            themes.append({"title": g.title or g.name, "items": items})
    sentence = request.query_params.get("sentence", "")[:2000]
    tried = await run_in_threadpool(_try_sentence, ws, sentence) if sentence.strip() else None
    return _page(request, "glossary.html", themes=themes, acronyms=sorted(acronyms, key=lambda a: a.acronym),
                 q=q, total=len(entries), total_acronyms=len(acronyms), sentence=sentence, tried=tried,
                 panel=panel_path, saved=request.query_params.get("saved", ""))


def _try_sentence(ws: Workspace, sentence: str) -> list[Any]:
    result = ws.check(sentence.encode("utf-8"), "sentence.txt", "text")
    return [f for f in result.findings if f.check == "term"] if not result.error else []


def _panel_path(request: Request) -> Path:
    path = _workspace(request).settings.panel_glossary
    if path is None:
        raise HTTPException(409, "Proposing and changing entries needs your panel's own glossary file: stop "
                                 "plainspeak and start it again with: plainspeak serve --glossary our-panel.yaml")
    return path


def _entry_page(request: Request, values: dict[str, str], original_id: str, fingerprint: str,
                outcome: panel.SaveOutcome | None = None, status: int = 200) -> HTMLResponse:
    errors_by_field: dict[str, list[panel.FormProblem]] = {}
    for p in outcome.problems if outcome else []:
        errors_by_field.setdefault(p.field or "", []).append(p)
    return _page(request, "entry.html", status=status, values=values, original_id=original_id,
                 fingerprint=fingerprint, outcome=outcome, by_field=errors_by_field,
                 statuses=panel.STATUSES, panel=_panel_path(request))


async def entry_new(request: Request) -> HTMLResponse:
    path = _panel_path(request)
    _text, glossary = await run_in_threadpool(panel.read_panel, path)
    values = panel.empty_form(glossary.category or path.stem)
    term = request.query_params.get("term", "")[:200]
    if term:
        values["term"] = term
    return _entry_page(request, values, "", "new")


async def entry_edit(request: Request) -> HTMLResponse:
    path = _panel_path(request)
    ws = _workspace(request)
    entry_id = request.path_params["entry_id"]
    _text, glossary = await run_in_threadpool(panel.read_panel, path)
    entry = next((e for e in glossary.entries if e.id == entry_id), None)
    if entry is None:
        entry = (await run_in_threadpool(_builtin_entries, ws)).get(entry_id)
    if entry is None:
        raise HTTPException(404, f"There is no entry with the id '{entry_id}'.")
    return _entry_page(request, panel.entry_to_form(entry), entry_id, panel.entry_fingerprint(entry))


async def entry_save(request: Request) -> Response:
    path = _panel_path(request)
    ws = _workspace(request)
    form = await _form(request)
    require_csrf(request, form)
    values = {k: str(form.get(k) or "")[:20_000] for k in ["id", *panel.EDITABLE]}
    original_id = str(form.get("original_id") or "")
    fingerprint = str(form.get("fingerprint") or "new")
    builtin = await run_in_threadpool(_builtin_entries, ws)
    outcome = await run_in_threadpool(lambda: panel.save_entry(
        path, values, original_id=original_id, fingerprint=fingerprint, others=_other_paths(ws), builtin=builtin))
    if outcome.saved:
        warn = "1" if outcome.warnings else ""
        return RedirectResponse(f"/glossary/entry/{outcome.entry_id}?saved=1&warnings={warn}", status_code=303)
    return _entry_page(request, values, original_id, fingerprint, outcome, status=409 if outcome.conflict else 422)


async def glossary_export(request: Request) -> Response:
    ws = _workspace(request)
    fmt = request.path_params["fmt"]
    if fmt not in ("csv", "yaml"):
        raise HTTPException(404, "Export as .csv or .yaml.")
    path = ws.settings.panel_glossary
    if fmt == "yaml":
        if path is None or not path.exists():
            raise HTTPException(404, "Your panel has no glossary file yet: propose an entry first.")
        return _attachment(path.read_bytes(), _download_name(path.name, ".yaml"), "application/yaml")
    from plainspeak.glossary.csvio import export_csv

    if path is not None and path.exists():
        text, glossary = await run_in_threadpool(panel.read_panel, path)
        data = await run_in_threadpool(export_csv, [glossary])
        return _attachment(data, _download_name(path.name, ".csv"), "text/csv; charset=utf-8")
    loaded = await run_in_threadpool(_glossaries, ws)
    data = await run_in_threadpool(export_csv, loaded.glossaries)
    return _attachment(data, "glossaries.csv", "text/csv; charset=utf-8")


async def report_css_file(request: Request) -> Response:
    return Response(report_css(), media_type="text/css", headers={"cache-control": "max-age=3600"})


async def http_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 500)
    detail = getattr(exc, "detail", "Something went wrong.")
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": detail}, status_code=status)
    return _page(request, "error.html", status=status, message=detail, code=status)


async def plainspeak_error(request: Request, exc: Exception) -> Response:
    message = str(exc)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=500)
    return _page(request, "error.html", status=500, message=message, code=500)


async def too_big(request: Request, exc: Exception) -> Response:
    return PlainTextResponse("Too big to check here.", status_code=413)


def create_app(settings: Settings) -> Any:
    """The ASGI app: Starlette routes behind the ``Guard`` (host, token, cross-site, size)."""
    from contextlib import asynccontextmanager

    from plainspeak.web.security import BodyTooLarge

    ws = Workspace(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        # Compile the glossaries before the first writer types (a second or so, once).
        await run_in_threadpool(ws.check, WARM_UP.encode("utf-8"), "warm-up.md", "markdown")
        yield

    routes = [
        Route("/", home),
        Route("/check", check_form, methods=["POST"]),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/draft/report.{fmt:str}", draft_report, methods=["POST"]),
        Route("/upload", upload, methods=["POST"]),
        Route("/doc/{key:str}", document_page),
        Route("/doc/{key:str}/{what:str}", document_download),
        Route("/glossary", glossary_page),
        Route("/glossary/new", entry_new),
        Route("/glossary/save", entry_save, methods=["POST"]),
        Route("/glossary/entry/{entry_id:str}", entry_edit),
        Route("/glossary/export.{fmt:str}", glossary_export),
        Route("/static/report.css", report_css_file),
        Mount("/static", app=StaticFiles(packages=[("plainspeak.web", "static")]), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={
        HTTPException: http_error, PlainspeakError: plainspeak_error, BodyTooLarge: too_big})
    app.state.workspace = ws
    return Guard(app, settings)
