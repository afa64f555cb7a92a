"""Readers never crash: arbitrary bytes and mutated real files give a Document or
plainspeak's own error, and every finding points at exactly its text."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainspeak.api import check_document
from plainspeak.config import Config
from plainspeak.document import Document
from plainspeak.errors import PlainspeakError
from plainspeak.readers import read_bytes

FORMATS = ["markdown", "text", "rst", "html", "docx", "odt", "pdf"]


def _read(data: bytes, fmt: str) -> Document | None:
    try:
        return read_bytes(data, f"sample.{fmt}", fmt)
    except PlainspeakError:
        return None


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_give_a_document_or_our_error(fmt, data):
    doc = _read(data, fmt)
    if doc is not None:
        assert len(doc.offsets) == len(doc.text)


prose = st.lists(
    st.sampled_from(["Service users", "were", "offered", "placements", "hard-to-reach", "&", "<b>", "</b>",
                     "intentionally homeless", "\n", "\n\n", "  ", "*", "_", "`", "#", "-", "1.", ">", "\u00a0",
                     "caf\u00e9", "EHCP", "(", ")", ".", ","]),
    min_size=1, max_size=30,
).map(" ".join)


@pytest.mark.parametrize("fmt", ["markdown", "text", "rst", "html"])
@settings(max_examples=80, deadline=None)
@given(text=prose)
def test_every_finding_is_exactly_its_source_text(fmt, text):
    doc = _read(text.encode("utf-8"), fmt)
    if doc is None:
        return
    for f in check_document(doc, Config()).findings:
        assert doc.source[f.offset:f.end_offset] == f.text


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Eligibility", level=1)
    d.add_paragraph("Service users who are intentionally homeless were offered placements.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "EHCP"
    t.cell(1, 1).text = "hard to reach"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for page in range(2):
        c.drawString(72, 800, "Housing policy draft")
        c.drawString(72, 700, f"Service users were offered placements on page {page + 1}.")
        c.showPage()
    c.save()
    return buf.getvalue()


MD = (b"# Title\n\nService users who are *intentionally homeless* were offered [placements](http://x.org).\n\n"
      b"- hard to reach\n- EHCP (education, health and care plan)\n\n| a | b |\n|---|---|\n| c | d |\n")


def _mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randrange(len(b)) if b else 0
        if op < 0.4 and b:
            b[pos] = rng.randrange(256)
        elif op < 0.6:
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op < 0.8 and b:
            del b[pos:pos + rng.randint(1, 64)]
        else:
            b = b[: rng.randrange(len(b) + 1)]
    return bytes(b)


def _mutate_zip_member(rng: random.Random, data: bytes) -> bytes:
    """Mutate the XML inside the zip too, not only the compressed bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        victim = rng.choice(src.namelist())
        for name in src.namelist():
            member = src.read(name)
            dst.writestr(name, _mutate(rng, member) if name == victim else member)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["docx", "pdf", "markdown"])
def test_a_thousand_seeded_mutations_never_crash(fmt):
    rng = random.Random(1123)
    base = {"docx": _docx_bytes, "pdf": _pdf_bytes, "markdown": lambda: MD}[fmt]()
    outcomes = {"document": 0, "error": 0}
    for i in range(1000):
        data = _mutate_zip_member(rng, base) if fmt == "docx" and i % 2 else _mutate(rng, base)
        doc = _read(data, fmt)
        outcomes["document" if doc is not None else "error"] += 1
    print(f"{fmt}: {outcomes}")
    assert sum(outcomes.values()) == 1000
