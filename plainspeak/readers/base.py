"""What text readers share: decoding bytes into text the way a person saved it."""

from __future__ import annotations

import codecs
import contextlib

from plainspeak.errors import InputError


def decode_text(data: bytes, path: str) -> str:
    """Decode text files: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Returns the text with any byte-order mark removed. Binary data is refused with a
    clear error rather than checked as nonsense. The choice of codec is
    ``text_encoding``'s, so ``plainspeak fix`` writes back with the codec read here.
    """
    codec, bom = text_encoding(data)
    body = data[len(bom):]
    if codec.startswith("utf-16"):
        try:
            return body.decode(codec).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise InputError("this file says it is UTF-16 text but is not", path=path,
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
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", codecs.BOM_UTF16_LE
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", codecs.BOM_UTF16_BE
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", b""
    return "utf-8", b""
