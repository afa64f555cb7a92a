"""Hostile and broken input: one clear line for the bad file, the others still checked.

Every case is generated here. For each bad file: the good file beside it is still
checked, the bad one gets one error line naming it (no traceback), the exit code is 2
and nothing is written next to the inputs.
"""

from __future__ import annotations

import os
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_cli

GOOD = "Service users were asked.\n"


def _utf16(tmp: Path) -> Path:
    p = tmp / "utf16.txt"
    p.write_bytes("Service users in UTF-16.\n".encode("utf-16"))
    return p


def _latin1(tmp: Path) -> Path:
    p = tmp / "latin1.txt"
    p.write_bytes("Caf\xe9 staff met service users.\n".encode("latin-1"))
    return p


def _docx_not_zip(tmp: Path) -> Path:
    p = tmp / "fake.docx"
    p.write_bytes(b"This is not a Word file at all.\n" * 10)
    return p


def _docx_zip_bomb(tmp: Path) -> Path:
    p = tmp / "bomb.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b"a" * (300 * 1024 * 1024) + b"/>")
    return p


def _docx_billion_laughs(tmp: Path) -> Path:
    import docx

    base = tmp / "base.docx"
    docx.Document().save(str(base))
    p = tmp / "laughs.docx"
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
           + ']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = lol.encode() if item.filename == "word/document.xml" else src.read(item.filename)
            dst.writestr(item, data)
    return p


def _pdf_encrypted(tmp: Path) -> Path:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.encrypt("secret")
    p = tmp / "locked.pdf"
    with open(p, "wb") as fh:
        w.write(fh)
    return p


def _pdf_truncated(tmp: Path) -> Path:
    from reportlab.pdfgen import canvas

    full = tmp / "full.pdf"
    c = canvas.Canvas(str(full))
    c.drawString(72, 720, "Service users were asked.")
    c.save()
    p = tmp / "truncated.pdf"
    p.write_bytes(full.read_bytes()[:300])
    full.unlink()
    return p


def _binary_md(tmp: Path) -> Path:
    p = tmp / "binary.md"
    p.write_bytes(bytes(range(256)) * 40)
    return p


def _huge(tmp: Path) -> Path:
    p = tmp / "huge.md"
    with open(p, "w") as fh:
        line = "Plain words for plain people in a very long file. " * 20 + "\n\n"
        while fh.tell() < 20 * 1024 * 1024:
            fh.write(line)
    return p


def _symlink_loop(tmp: Path) -> Path:
    p = tmp / "loop.md"
    os.symlink(p.name, p)
    return p


def _fifo(tmp: Path) -> Path:
    p = tmp / "pipe.md"
    os.mkfifo(p)
    return p


BAD: dict[str, Callable[[Path], Path]] = {
    "docx-not-zip": _docx_not_zip,
    "docx-zip-bomb": _docx_zip_bomb,
    "docx-billion-laughs": _docx_billion_laughs,
    "pdf-encrypted": _pdf_encrypted,
    "pdf-truncated": _pdf_truncated,
    "binary-named-md": _binary_md,
    "20mb-file": _huge,
    "symlink-loop": _symlink_loop,
    "fifo-named-md": _fifo,
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_file_gets_one_clear_line_and_others_are_checked(case, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    bad = BAD[case](inputs)
    good = inputs / "good.md"
    good.write_text(GOOD)
    before = sorted(p.name for p in inputs.iterdir())
    proc = run_cli("check", str(bad), str(good), cwd=tmp_path)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert "Traceback" not in out
    error_lines = [line for line in out.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and str(bad) in error_lines[0], out
    assert "Service users" in proc.stdout  # the good file was still checked
    assert sorted(p.name for p in inputs.iterdir()) == before  # nothing written beside the inputs
    debug = run_cli("check", "--debug", str(bad), cwd=tmp_path)
    assert debug.returncode == 2


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read any file; the pipe and symlink cases cover unreadable files")
    p = tmp_path / "secret.md"
    p.write_text(GOOD)
    p.chmod(0)
    proc = run_cli("check", str(p))
    assert proc.returncode == 2 and "cannot read" in proc.stdout


@pytest.mark.parametrize("maker", [_utf16, _latin1])
def test_utf16_and_latin1_are_read_correctly(maker, tmp_path):
    p = maker(tmp_path)
    proc = run_cli("check", "--format", "json", str(p))
    import json

    findings = json.loads(proc.stdout)["files"][0]["findings"]
    assert [f["text"].lower() for f in findings if f["check"] == "term"] == ["service users"]


def test_empty_file_is_simply_clean(tmp_path):
    p = tmp_path / "empty.md"
    p.write_text("")
    proc = run_cli("check", str(p))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr


def test_single_two_megabyte_line(tmp_path):
    p = tmp_path / "oneline.txt"
    p.write_text("Service users and plain words " * 70_000)
    proc = run_cli("check", "--format", "json", str(p))
    assert proc.returncode == 1, proc.stderr[-500:]


def test_html_nested_ten_thousand_levels(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text("<div>" * 10_000 + "Service users here." + "</div>" * 10_000)
    proc = run_cli("check", "--format", "json", str(p))
    assert proc.returncode in (1, 2) and "Traceback" not in proc.stderr
    assert "RecursionError" not in proc.stdout + proc.stderr


# -- glossaries and configs ---------------------------------------------------------------

GLOSSARY_CASES = {
    "malformed-yaml": ("entries:\n  - id: x\n    term: thing\n   why: [broken\n", ["bad.yaml:"]),
    "tab-indent": ("entries:\n\t- id: x\n", ["bad.yaml:2", "tabs"]),
    "wrong-type": ("entries:\n  - id: x\n    term: thing\n    alternatives: [a]\n    severity: 3\n",
                   ["bad.yaml:5", "severity"]),
    "unknown-key": ("entries:\n  - id: x\n    term: thing\n    alternatves: [a]\n",
                    ["bad.yaml:4", "did you mean 'alternatives'"]),
    "python-tag": ("entries: !!python/object/apply:os.system ['echo pwned']\n", ["bad.yaml:1"]),
    "not-a-mapping": ("- just\n- a list\n", ["bad.yaml:1"]),
}


@pytest.mark.parametrize("case", sorted(GLOSSARY_CASES))
def test_bad_glossary_names_file_line_and_fix(case, tmp_path):
    text, expected = GLOSSARY_CASES[case]
    (tmp_path / "bad.yaml").write_text(text)
    (tmp_path / ".plainspeak.yaml").write_text("glossaries: [builtin, bad.yaml]\n")
    (tmp_path / "a.md").write_text(GOOD)
    proc = run_cli("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "pwned" not in proc.stdout + proc.stderr
    for needle in expected:
        assert needle in proc.stderr, proc.stderr


CONFIG_CASES = {
    "malformed-yaml": (".plainspeak.yaml", "fail_on: [error\n", [".plainspeak.yaml:"]),
    "unknown-key": (".plainspeak.yaml", "dissable: [x]\n", [".plainspeak.yaml:1", "did you mean 'disable'"]),
    "wrong-type": (".plainspeak.yaml", "readability:\n  long_sentence_words: lots\n",
                   ["long_sentence_words", "number"]),
    "bad-fail-on": (".plainspeak.yaml", "fail_on: sometimes\n", ["fail_on"]),
    "bad-toml": ("pyproject.toml", "[tool.plainspeak\nfail_on = 1\n", ["pyproject.toml", "TOML"]),
    "unknown-glossary": (".plainspeak.yaml", "glossaries: [care-experiance]\n", ["did you mean 'care-experience'"]),
}


@pytest.mark.parametrize("case", sorted(CONFIG_CASES))
def test_bad_config_names_file_and_fix(case, tmp_path):
    name, text, expected = CONFIG_CASES[case]
    (tmp_path / name).write_text(text)
    (tmp_path / "a.md").write_text(GOOD)
    proc = run_cli("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout
    assert "Traceback" not in proc.stderr
    for needle in expected:
        assert needle in proc.stderr, proc.stderr


def test_no_traceback_without_debug_but_with_it(tmp_path):
    (tmp_path / ".plainspeak.yaml").write_text("dissable: [x]\n")
    (tmp_path / "a.md").write_text(GOOD)
    assert "Traceback" not in run_cli("check", "a.md", cwd=tmp_path).stderr
    assert "Traceback" in run_cli("check", "--debug", "a.md", cwd=tmp_path).stderr


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip("uses Linux file types (fifo, symlink)")
