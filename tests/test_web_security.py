"""The web app is safe by default: its own address only, a token elsewhere, no cross-site
posts, bounded uploads, no server paths in requests, escaped text, careful glossary writes.

These drive the real app in-process (Starlette's test client speaks ASGI to it directly),
so settings such as a small upload limit or a token can be tried without opening a port
to the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient  # noqa: E402

from plainspeak.web.app import Settings, create_app  # noqa: E402
from plainspeak.web.panel import entry_to_form, form_to_entry, parse_source  # noqa: E402
from plainspeak.web.server import is_loopback  # noqa: E402

LOCAL = "http://127.0.0.1"


def client(settings: Settings, base_url: str = LOCAL) -> TestClient:
    return TestClient(create_app(settings), base_url=base_url, follow_redirects=False)


def csrf_of(c: TestClient) -> str:
    match = re.search(r'name="csrf-token" content="([^"]+)"', c.get("/").text)
    assert match
    return match.group(1)


@pytest.fixture(scope="module")
def local() -> Iterator[TestClient]:
    with client(Settings()) as c:
        yield c


def test_loopback_addresses_are_recognised() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20") and not is_loopback("example.org")


def test_on_its_own_address_only_its_own_names_are_answered(local: TestClient) -> None:
    assert local.get("/").status_code == 200
    assert local.get("/", headers={"host": "localhost"}).status_code == 200
    # A page elsewhere that points its own DNS name here (DNS rebinding) gets nothing.
    r = local.get("/", headers={"host": "attacker.example"})
    assert r.status_code == 421 and "127.0.0.1" in r.text


def test_pages_carry_a_strict_content_security_policy(local: TestClient) -> None:
    r = local.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert "<script>" not in r.text and "style=" not in r.text, "no inline script or style to allow"


def test_other_addresses_need_the_token_on_every_request() -> None:
    settings = Settings(host="0.0.0.0", port=8765, token="correct-horse")
    with client(settings, "http://192.168.1.20:8765") as c:
        assert c.get("/").status_code == 401
        assert "token" in c.get("/glossary").text
        assert c.get("/?token=wrong").status_code == 401
        assert c.get("/static/web.js").status_code == 401
        r = c.get("/glossary?token=correct-horse&q=care")
        assert r.status_code == 303 and r.headers["location"] == "/glossary?q=care"
        assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
        # The cookie now carries the token; scripts may send it as a bearer token instead.
        assert c.get("/glossary?q=care").status_code == 200
        c.cookies.clear()
        assert c.get("/", headers={"authorization": "Bearer correct-horse"}).status_code == 200
        assert c.get("/").status_code == 401


def test_posts_need_the_page_token_and_must_come_from_this_site(local: TestClient) -> None:
    csrf = csrf_of(local)
    body = {"text": "Service users are hard to reach."}
    assert local.post("/api/check", json=body).status_code == 403
    assert local.post("/api/check", json=body, headers={"x-csrf-token": "guess"}).status_code == 403
    assert local.post("/api/check", json=body, headers={"x-csrf-token": csrf}).status_code == 200
    assert local.post("/check", data={"text": "x"}).status_code == 403
    for headers in ({"origin": "https://attacker.example"}, {"sec-fetch-site": "cross-site"}):
        r = local.post("/api/check", json=body, headers={"x-csrf-token": csrf, **headers})
        assert r.status_code == 403


def test_uploads_are_size_limited_and_read_by_the_cli_readers(tmp_path: Path) -> None:
    with client(Settings(max_upload_bytes=2000)) as c:
        csrf = csrf_of(c)
        big = b"Service users. " * 1000
        r = c.post("/upload", data={"csrf": csrf}, files={"document": ("big.md", big, "text/markdown")})
        assert r.status_code == 413 and "too big" in r.text
        r = c.post("/upload", data={"csrf": csrf}, files={"document": ("policy.exe", b"MZ", "application/x")})
        assert r.status_code == 400 and "cannot read" in r.text
        r = c.post("/upload", data={"csrf": csrf},
                   files={"document": ("broken.pdf", b"%PDF-1.4 nothing else", "application/pdf")})
        assert r.status_code == 303
        page = c.get(r.headers["location"])
        assert "could not be checked" in page.text and "Traceback" not in page.text


def test_no_request_can_name_a_path_on_the_server(local: TestClient, tmp_path: Path) -> None:
    csrf = csrf_of(local)
    target = tmp_path / "evil.md"
    name = "../../../../" + str(target).lstrip("/")
    r = local.post("/upload", data={"csrf": csrf},
                   files={"document": (name, b"Service users are hard to reach.", "text/markdown")})
    assert r.status_code == 303 and re.fullmatch(r"/doc/[A-Za-z0-9_-]{16,}", r.headers["location"])
    assert not target.exists()
    page = local.get(r.headers["location"]).text
    assert "<h1>Findings in evil.md</h1>" in page and str(tmp_path) not in page
    for path in ("/doc/..%2F..%2Fetc%2Fpasswd", "/doc/../../etc/passwd", "/static/..%2Fapp.py",
                 "/static/../app.py", "/doc/x/..%2F..%2Fpyproject.toml"):
        r = local.get(path)
        assert r.status_code == 404, path
        assert "[project]" not in r.text and "root:" not in r.text


def test_file_names_and_text_are_escaped(local: TestClient) -> None:
    csrf = csrf_of(local)
    r = local.post("/upload", data={"csrf": csrf},
                   files={"document": ('<img src=x onerror=alert(1)>.txt', b"Service users & <b>carers</b>",
                                       "text/plain")})
    page = local.get(r.headers["location"]).text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    assert "&lt;b&gt;carers&lt;/b&gt;" in page


def test_without_a_panel_file_entries_cannot_be_changed_and_the_page_says_how(local: TestClient) -> None:
    r = local.get("/glossary/new")
    assert r.status_code == 409 and "--glossary" in r.text
    assert "plainspeak serve --glossary" in local.get("/glossary").text


# -- the panel form, as data ---------------------------------------------------------------------

def test_sources_and_lists_round_trip_through_the_form() -> None:
    source = parse_source("Language that cares | TACT | 2019 | https://www.tactcare.org.uk/")
    assert source is not None
    assert (source.title, source.organisation, source.year, source.url) == (
        "Language that cares", "TACT", "2019", "https://www.tactcare.org.uk/")
    entry = form_to_entry({"term": "Heartsink patient", "alternatives": "person\r\n\r\nperson we see often",
                           "sources": "Language that cares | TACT | 2019 | https://www.tactcare.org.uk/"},
                          None, "panel")
    assert entry.id == "heartsink-patient" and entry.alternatives == ["person", "person we see often"]
    again = form_to_entry(entry_to_form(entry), entry, "panel")
    assert again == entry


def test_an_existing_id_is_refused_for_a_new_entry(tmp_path: Path) -> None:
    panel_file = tmp_path / "panel.yaml"
    with client(Settings(panel_glossary=panel_file)) as c:
        csrf = csrf_of(c)
        r = c.post("/glossary/save", data={"csrf": csrf, "id": "service-user", "term": "service user",
                                           "alternatives": "people", "fingerprint": "new"})
        assert r.status_code == 422
        assert "already an entry with the id" in r.text and "service-user" in r.text
        assert not panel_file.exists()


def _panel_save(c: TestClient, csrf: str, **values: Any) -> Any:
    return c.post("/glossary/save", data={"csrf": csrf, "fingerprint": "new", **values})


def test_a_changed_built_in_entry_is_saved_as_the_panel_s_own_version(tmp_path: Path) -> None:
    panel_file = tmp_path / "panel.yaml"
    with client(Settings(panel_glossary=panel_file)) as c:
        csrf = csrf_of(c)
        page = c.get("/glossary/entry/service-user").text
        fingerprint = re.search(r'name="fingerprint" value="([^"]+)"', page)
        assert fingerprint
        form = {k: v for k, v in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
        form.update({
            "original_id": "service-user", "fingerprint": fingerprint.group(1),
            "term": "service user", "why": "Our panel says: nobody calls themselves a service user.",
            "alternatives": "people who draw on care and support", "status": "agreed", "agreed_by": "Panel",
            "sources": "Think Local Act Personal | https://www.thinklocalactpersonal.org.uk/",
            "flag_examples": "Service users were asked.", "pass_examples": "People were asked.",
        })
        form["csrf"] = csrf
        r = c.post("/glossary/save", data=form)
        assert r.status_code == 303, r.text[:2000]
        text = panel_file.read_text(encoding="utf-8")
        assert "id: service-user" in text and "Our panel says" in text and "agreed_by: Panel" in text
        # The panel's version is the one checks now use.
        data = c.post("/api/check", json={"text": "Service users were asked."},
                      headers={"x-csrf-token": csrf}).json()
        assert any("Our panel says" in f["why"] for f in data["findings"])


def test_serve_refuses_a_panel_file_it_could_not_use(tmp_path: Path) -> None:
    from conftest import run_cli

    bad = tmp_path / "panel.yaml"
    bad.write_text("entries:\n  - id: x\n    term: foo\n    severity: loud\n", encoding="utf-8")
    proc = run_cli("serve", "--port", "0", "--glossary", str(bad))
    assert proc.returncode == 2
    assert "'severity' cannot be 'loud'" in proc.stderr and "glossary lint" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run_cli("serve", "--port", "0", "--glossary", str(tmp_path / "no-folder" / "panel.yaml"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr


def test_an_entry_with_advice_and_no_drop_in_word_is_saved_and_lint_clean(tmp_path: Path) -> None:
    from conftest import run_cli

    panel_file = tmp_path / "panel.yaml"
    with client(Settings(panel_glossary=panel_file)) as c:
        csrf = csrf_of(c)
        r = _panel_save(c, csrf, term="heartsink", advice="say what the person needs from us",
                        why="It says the person makes our heart sink.", status="proposed",
                        sources="Our panel | https://example.org/panel",
                        flag_examples="She is a heartsink.", pass_examples="She comes to see us often.")
        assert r.status_code == 303, r.text[:3000]
    text = panel_file.read_text(encoding="utf-8")
    assert "advice:\n      - say what the person needs from us" in text and "alternatives" not in text
    lint = run_cli("glossary", "lint", str(panel_file))
    assert lint.returncode == 0 and "heartsink" not in lint.stdout, lint.stdout


def test_the_draft_s_reports_download_as_files(local: TestClient) -> None:
    import json

    csrf = csrf_of(local)
    form = {"csrf": csrf, "text": "Service users who are hard to reach."}
    r = local.post("/draft/report.json", data=form)
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    assert [f["text"] for f in json.loads(r.text)["files"][0]["findings"]][:2] == ["Service users", "hard to reach"]
    r = local.post("/draft/report.html", data=form)
    assert r.status_code == 200 and "draft.report.html" in r.headers["content-disposition"]
    assert "Service users" in r.text
    assert local.post("/draft/report.exe", data=form).status_code == 404
