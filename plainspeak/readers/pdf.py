"""PDF through pypdf: the words of each page, without the page furniture.

A PDF has no paragraphs, only positioned lines, so this reader rebuilds prose: it drops
running headers and footers (lines repeated at the top or bottom of most pages, page
numbers ignored), joins words hyphenated across line ends, and ends a paragraph at a
blank line, at a short line that ends a sentence, or where a bullet starts. Each block
keeps its page, because "page 4" is how a reader of a PDF finds anything.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from plainspeak.document import Document
from plainspeak.errors import InputError
from plainspeak.readers.extract import SourceText

_HINT_DAMAGED = "open it and save or export it as PDF again, or check the Word original instead"
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-\u2013(]?\s*\d+\s*[-\u2013)]?(?:\s*(?:of|/)\s*\d+)?$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u25e6\u2013\u2014\-*\u00b7]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
#: "1. Purpose", "2.3 Who can apply": a section number, then the heading's words.
_NUMBERED = re.compile(r"^(\d{1,2}\.(?:\d{1,2}\.?)*)\s+(\S.*)$")
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_ZONE = 2
#: Longest line (in words) taken for a running header or footer.
_FURNITURE_WORDS = 12


@lru_cache(maxsize=1)
def _keep_hyphen() -> frozenset[str]:
    text = resources.files("plainspeak.data").joinpath("pdf_hyphen_keep.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _pages(data: bytes, path: str) -> list[list[str]]:
    head = data[:1024]
    if b"%PDF-" not in head:
        raise InputError("this is not a PDF file", path=path, hint="check the file extension")
    if b"%%EOF" not in data[-2048:]:
        raise InputError("this PDF is incomplete (the end of the file is missing)", path=path,
                         hint="download or copy it again; " + _HINT_DAMAGED)
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    # pypdf logs every repair it makes; the person checking a policy cannot act on those.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except (DependencyError, NotImplementedError):
                opened = False
            if not opened:
                raise InputError("this PDF is password-protected", path=path,
                                 hint="save a copy without a password (or check the Word original)")
        from plainspeak import limits

        pages = []
        chars = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            chars += len(text)
            if chars > limits.current.max_chars:  # stop here, not after every page is in memory
                raise limits.too_many_chars(path)
            pages.append([line.rstrip() for line in text.splitlines()])
    except InputError:
        raise
    except DependencyError:
        raise InputError("this PDF is encrypted with AES, which needs the 'cryptography' package", path=path,
                         hint="pip install cryptography (it comes with plainspeak; reinstall plainspeak)") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, ZeroDivisionError, AssertionError) as exc:
        raise InputError(f"this PDF cannot be read ({exc.__class__.__name__})", path=path,
                         hint=_HINT_DAMAGED) from None
    if pages and not any(line.strip() for lines in pages for line in lines):
        raise InputError("this PDF has no text to check (it may be scanned images)", path=path,
                         hint="check the document it was made from, or run text recognition (OCR) first")
    return pages


def _furniture(pages: list[list[str]]) -> set[str]:
    """Line keys repeated at the top or bottom of most pages: running headers and footers."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        body = [line for line in lines if line.strip()]
        zone = {_key(line) for line in body[:_ZONE] + body[-_ZONE:]}
        counts.update(zone)
    need = max(2, math.ceil(len(pages) * 0.6))
    # A running header or footer is short; a repeated sentence of prose is content.
    furniture = {key for key, n in counts.items() if n >= need and len(key.split()) <= _FURNITURE_WORDS}
    if not furniture:
        return furniture
    # If taking these lines away would leave most pages with no text at all, they are the
    # document's text (a form, a table of one line per page), not its furniture: keep them
    # rather than check nothing and say all is clear.
    emptied = sum(1 for lines in pages if any(line.strip() for line in lines)
                  and not any(line.strip() for line in _clean(lines, furniture)))
    return set() if emptied * 2 > len(pages) else furniture


def _clean(lines: list[str], furniture: set[str]) -> list[str]:
    body_idx = [i for i, line in enumerate(lines) if line.strip()]
    zone = set(body_idx[:_ZONE] + body_idx[-_ZONE:])
    out = []
    for i, line in enumerate(lines):
        if i in zone and (_key(line) in furniture or _PAGE_NUMBER.match(line.strip())):
            continue
        out.append(line)
    return out


def _looks_like_heading(text: str, typical: int) -> bool:
    """A short capitalised line with no closing punctuation, standing before a paragraph."""
    return (text[:1].isupper() and text[-1:] not in ".,;:!?-" and len(text) < 0.6 * typical
            and len(text.split()) <= 10)


def _numbered_heading(text: str, nxt: str, prev: str, typical: int) -> int:
    """The level of a numbered heading ("1. Purpose" is 1, "2.3 Eligibility" is 2), or 0.

    A numbered heading looks like a numbered list item, so it is told apart by what is
    around it: its words read as a heading (short, capitalised, no closing full stop),
    the line before it ended a sentence (or there is none), and the next line is
    ordinary text or a deeper section number, not the next item of the same list.
    """
    m = _NUMBERED.match(text)
    if not m or not nxt or not _looks_like_heading(m.group(2), typical):
        return 0
    if prev and prev[-1:] not in ".!?:":
        return 0
    level = len([n for n in m.group(1).split(".") if n])
    following = _NUMBERED.match(nxt)
    if following and len([n for n in following.group(1).split(".") if n]) <= level:
        return 0
    if not following and _BULLET.match(nxt):
        return 0
    return level


def read(data: bytes, path: str) -> Document:
    pages = _pages(data, path)
    furniture = _furniture(pages)
    out = SourceText(path, "pdf")
    keep = _keep_hyphen()
    for number, raw in enumerate(pages, start=1):
        lines = _clean(raw, furniture)
        widths = sorted(len(line.strip()) for line in lines if line.strip())
        typical = widths[int(len(widths) * 0.8)] if widths else 0
        location = f"page {number}"
        open_block = False
        joined_hyphen = False
        for i, line in enumerate(lines):
            text = line.strip()
            if not text:
                out.end_block()
                open_block = False
                continue
            bullet = _BULLET.match(text)
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            prev = lines[i - 1].strip() if i > 0 and open_block else ""
            level = _numbered_heading(text, nxt, prev, typical)
            if level:
                out.end_block()
                open_block = False
                out.start_block("heading", location=location, level=level)
                out.add(text)
                out.end_block()
                continue
            if not open_block and not bullet and nxt and _looks_like_heading(text, typical):
                out.start_block("heading", location=location, level=1)
                out.add(text)
                out.end_block()
                continue
            if bullet:
                out.start_block("list_item", location=location, level=1)
                text = text[bullet.end():]
                open_block = True
            elif not open_block:
                out.start_block("paragraph", location=location)
                open_block = True
            elif not joined_hyphen:
                out.add("\n")
            m = _HYPHEN_END.search(text)
            joined_hyphen = bool(m and nxt[:1].islower())
            # "accommo-" + "dation" is one word; "self-" + "funded" keeps its hyphen.
            out.add(text[:-1] if joined_hyphen and m and m.group(1).lower() not in keep else text)
            if not joined_hyphen and text[-1:] in ".!?:" and len(text) < 0.8 * typical:
                out.end_block()
                open_block = False
        out.end_block()
    return out.build()
