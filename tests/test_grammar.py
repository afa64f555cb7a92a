"""Grammar through a LanguageTool-compatible server on 127.0.0.1, and without one.

The server below answers ``GET /v2/languages`` and ``POST /v2/check`` in the format of
LanguageTool's public HTTP API, flagging every "teh" (a misspelling) and every "a apple"
(grammar), and records each request so the tests can see what plainspeak sent.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import pytest
from conftest import run_cli

from plainspeak import check_text
from plainspeak.checks.grammar import split_chunks
from plainspeak.config import Config, GrammarConfig
from plainspeak.readers.markdown import read_string

LANGUAGES = [
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]


def _match(text: str, offset: int, length: int, rule: str, issue: str, category: str,
           message: str, replacements: list[str]) -> dict[str, Any]:
    ctx_start = max(0, offset - 20)
    return {
        "message": message,
        "shortMessage": "",
        "replacements": [{"value": r} for r in replacements],
        "offset": offset,
        "length": length,
        "context": {"text": text[ctx_start:offset + length + 20], "offset": offset - ctx_start,
                    "length": length},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {"id": rule, "description": message, "issueType": issue,
                 "category": {"id": category, "name": category.title()}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


class FakeLanguageTool(BaseHTTPRequestHandler):
    requests: list[dict[str, list[str]]] = []
    delay = 0.0

    def log_message(self, *args: Any) -> None:
        return

    def _send(self, body: Any, status: int = 200) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._send(LANGUAGES)
        else:
            self._send({"error": "not found"}, 404)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = parse_qs(self.rfile.read(length).decode("utf-8"))
        type(self).requests.append(form)
        time.sleep(type(self).delay)
        text = form.get("text", [""])[0]
        disabled = set(",".join(form.get("disabledRules", [""])).split(","))
        matches = []
        for m in re.finditer(r"\bteh\b", text):
            matches.append(_match(text, m.start(), 3, "MORFOLOGIK_RULE_EN_GB", "misspelling", "TYPOS",
                                  "Possible spelling mistake found.", ["the", "tech"]))
        for m in re.finditer(r"\ba apple\b", text):
            matches.append(_match(text, m.start(), 1, "EN_A_VS_AN", "grammar", "MISC",
                                  "Use \u201can\u201d instead of \u201ca\u201d.", ["an"]))
        for m in re.finditer(r"  +", text):
            if "WHITESPACE_RULE" not in disabled:
                matches.append(_match(text, m.start(), len(m.group()), "WHITESPACE_RULE", "whitespace",
                                      "TYPOGRAPHY", "Whitespace repetition.", [" "]))
        self._send({"software": {"name": "LanguageTool", "version": "6.4"},
                    "language": {"name": "English (GB)", "code": "en-GB"}, "matches": matches})


@pytest.fixture
def server():
    FakeLanguageTool.requests = []
    FakeLanguageTool.delay = 0.0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeLanguageTool)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _config(url: str, **kw: Any) -> Config:
    return Config(grammar=GrammarConfig(enabled=True, url=url, **kw))


def test_matches_map_to_exact_source_ranges_in_markdown(server):
    md = "# Title\n\nWe read *teh* policy and [a apple](https://example.org/teh) here.\n\n```\nteh code\n```\n"
    findings = [f for f in check_text(md, config=_config(server)) if f.check == "grammar"]
    assert [(f.code, f.text) for f in findings] == [("MORFOLOGIK_RULE_EN_GB", "teh"), ("EN_A_VS_AN", "a")]
    teh = findings[0]
    assert md[teh.offset:teh.end_offset] == "teh" and (teh.line, teh.column) == (3, 10)
    assert teh.suggestions == ["the", "tech"] and teh.severity == "warning"
    sent = FakeLanguageTool.requests[0]["text"][0]
    assert "https://" not in sent and "code" not in sent and "*" not in sent
    assert FakeLanguageTool.requests[0]["language"] == ["en-GB"]


def test_html_and_word_files_map_too(server, tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("First paragraph is fine.")
    d.add_paragraph("Then teh second one.")
    path = tmp_path / "letter.docx"
    d.save(str(path))
    from plainspeak.api import check_file

    result = check_file(path, _config(server))
    if result.error and "cannot read docx" in result.error:
        pytest.skip("the Word reader is not built yet")
    grammar = [f for f in result.findings if f.check == "grammar"]
    assert [f.text for f in grammar] == ["teh"]
    html = "<html><body><p>Some &amp; teh words</p><script>teh()</script></body></html>"
    html_path = tmp_path / "page.html"
    html_path.write_text(html)
    result = check_file(html_path, _config(server))
    if result.error:
        pytest.skip("the HTML reader is not built yet")
    grammar = [f for f in result.findings if f.check == "grammar"]
    assert [(f.text, html[f.offset:f.end_offset]) for f in grammar] == [("teh", "teh")]


def test_long_documents_are_split_at_paragraph_boundaries_under_the_limit(server):
    paragraphs = [f"Paragraph {i} has teh word and some more words to fill it up." for i in range(40)]
    md = "\n\n".join(paragraphs) + "\n"
    cfg = _config(server, max_chars=300)
    findings = [f for f in check_text(md, config=cfg) if f.check == "grammar"]
    assert len(findings) == 40
    assert len(FakeLanguageTool.requests) > 1
    for form in FakeLanguageTool.requests:
        text = form["text"][0]
        assert len(text) <= 300
        assert text.startswith("Paragraph") and text.endswith(".")
    for f in findings:
        assert md[f.offset:f.end_offset] == "teh"


def test_one_huge_paragraph_is_still_split_under_the_limit():
    md = " ".join(["This sentence is short."] * 200) + "\n"
    doc = read_string(md, "x.md")
    chunks = split_chunks(doc, 500)
    assert all(e - s <= 500 for s, e in chunks)
    assert "".join(doc.text[s:e] for s, e in chunks) == doc.text


def test_duplicate_rules_are_off_by_default_and_can_be_enabled(server):
    md = "Two  spaces here.\n"
    assert [f for f in check_text(md, config=_config(server)) if f.check == "grammar"] == []
    disabled = FakeLanguageTool.requests[0]["disabledRules"][0].split(",")
    assert {"PASSIVE_VOICE", "TOO_LONG_SENTENCE", "WHITESPACE_RULE"} <= set(disabled)
    FakeLanguageTool.requests = []
    cfg = _config(server, enable_rules=["WHITESPACE_RULE"], disable_rules=["EN_A_VS_AN"])
    check_text("The text is fine.\n", config=cfg)
    form = FakeLanguageTool.requests[0]
    assert "WHITESPACE_RULE" not in form["disabledRules"][0].split(",")
    assert "EN_A_VS_AN" in form["disabledRules"][0].split(",")


def test_cli_grammar_with_url_option(server, write):
    md = write("a.md", "We read teh policy.\n")
    proc = run_cli("check", "--format", "json", "--languagetool-url", server, str(md))
    data = json.loads(proc.stdout)
    codes = [f["code"] for f in data["files"][0]["findings"]]
    assert codes == ["MORFOLOGIK_RULE_EN_GB"] and proc.returncode == 1


def test_url_from_environment(server, write):
    md = write("a.md", "We read teh policy.\n")
    proc = run_cli("check", "--grammar", "--format", "json", str(md),
                   env={"PLAINSPEAK_LANGUAGETOOL_URL": server})
    assert [f["check"] for f in json.loads(proc.stdout)["files"][0]["findings"]] == ["grammar"]


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_no_server_one_notice_other_checks_complete_exit_unchanged(write):
    url = f"http://127.0.0.1:{_closed_port()}"
    a = write("a.md", "Service users.\n")
    b = write("b.md", "All fine here.\n")
    proc = run_cli("check", "--grammar", "--languagetool-url", url, str(a), str(b))
    assert proc.returncode == 1  # from the term finding, as without --grammar
    assert "Service users" in proc.stdout
    assert proc.stdout.count("grammar check skipped") == 1
    assert f"no LanguageTool server at {url}" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    clean = run_cli("check", "--grammar", "--languagetool-url", url, str(b))
    assert clean.returncode == 0
    required = run_cli("check", "--grammar", "--require-grammar", "--languagetool-url", url, str(b))
    assert required.returncode == 2


def test_no_server_configured_never_downloads(write, tmp_path):
    b = write("b.md", "All fine here.\n")
    proc = run_cli("check", "--grammar", "--format", "json", str(b),
                   env={"PLAINSPEAK_LANGUAGETOOL_URL": "", "LTP_PATH": str(tmp_path / "lt"), "HOME": str(tmp_path)})
    assert proc.returncode == 0
    assert "grammar check skipped: no LanguageTool server configured" in proc.stderr
    assert json.loads(proc.stdout)["files"][0]["findings"] == []
    assert not (tmp_path / "lt").exists()


def test_a_hanging_server_is_bounded_by_the_timeout(server, write):
    FakeLanguageTool.delay = 3.0
    md = write("a.md", "We read teh policy.\n")
    cfg = write(".plainspeak.yaml", f"grammar:\n  enabled: true\n  url: {server}\n  timeout: 0.5\n")
    start = time.monotonic()
    proc = run_cli("check", "--config", str(cfg), str(md))
    elapsed = time.monotonic() - start
    assert "grammar check skipped" in proc.stdout
    assert proc.returncode == 0
    assert elapsed < 30  # two tries of 0.5 s, not LanguageTool's default of 300 s
