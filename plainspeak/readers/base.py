"""What text readers share: decoding bytes into text the way a person saved it."""

from __future__ import annotations

import codecs
import contextlib

from plainspeak.errors import InputError


def decode_text(data: bytes, path: str) -> str:
    """Decode text files: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Returns the text with any byte-order mark removed. Binary data is refused with a
    clear error rather than checked as nonsense.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")[0:].lstrip("\ufeff")
        except UnicodeDecodeError:
            raise InputError("this file says it is UTF-16 text but is not", path=path,
                             hint="save it again as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise InputError("this looks like a binary file, not text", path=path,
                         hint="check the file extension, or save the document as text")
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8")
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 100):
        raise InputError("this file is not readable text", path=path,
                         hint="save it as UTF-8 text (in most editors: Save As, Encoding: UTF-8)")
    return text


def text_encoding(data: bytes) -> tuple[str, bytes]:
    """The codec and byte-order mark ``decode_text`` reads ``data`` with.

    Writers (``plainspeak fix``) need it to save a file back the way it was saved.
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
