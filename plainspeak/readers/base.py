"""What text readers share: decoding bytes into text the way a person saved it."""

from __future__ import annotations

import codecs
import contextlib

from plainspeak.errors import InputError
from plainspeak.limits import check_chars


def decode_text(data: bytes, path: str) -> str:
    """Decode text files: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, else Windows-1252.

    Returns the text with any byte-order mark removed. Binary data is refused with a
    clear error rather than checked as nonsense. The choice of codec is
    ``text_encoding``'s, so ``plainspeak fix`` writes back with the codec read here.
    """
    text = _decode(data, path)
    # Every reader of text files comes through here: the limit on characters produced
    # (not bytes read) is checked once, before any parsing.
    check_chars(text, path)
    return text


def _decode(data: bytes, path: str) -> str:
    codec, bom = text_encoding(data)
    body = data[len(bom):]
    if codec.startswith(("utf-16", "utf-32")):
        try:
            return body.decode(codec).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise InputError(f"this file says it is {codec[:6].upper()} text but is not", path=path,
                             hint="save it again as UTF-8") from None
    if b"\x00" in body[:8192]:
        raise InputError("this looks like a binary file, not text", path=path,
                         hint="check the file extension, or save the document as text")
    if codec == "utf-8":
        with contextlib.suppress(UnicodeDecodeError):
            return body.decode("utf-8")
    text = body.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 100):
        raise InputError("this file is not readable text", path=path,
                         hint="save it as UTF-8 text (in most editors: Save As, Encoding: UTF-8)")
    return text


def text_encoding(data: bytes) -> tuple[str, bytes]:
    """The codec and byte-order mark a text file was saved with.

    ``decode_text`` reads with it and writers (``plainspeak fix``) save with it, so a
    file goes back the way it came.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", codecs.BOM_UTF8
    # UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
    if data.startswith(codecs.BOM_UTF32_LE):
        return "utf-32-le", codecs.BOM_UTF32_LE
    if data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32-be", codecs.BOM_UTF32_BE
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", codecs.BOM_UTF16_LE
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", codecs.BOM_UTF16_BE
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", b""
    return "utf-8", b""
