"""Plain-text releases: decoding (UTF-8, Shift_JIS/CP932, Latin-1/CP1252) and lines."""

from __future__ import annotations

import hashlib
import re

from ..errors import PrxbrlError
from ..models import SourceDocument

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode by evidence: a BOM, strict UTF-8, then CP932 only when it yields Japanese text, then CP1252/Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise PrxbrlError(f"{path}: not valid UTF-16 text despite its byte-order mark") from exc
    try:
        return data.decode("utf-8", errors="strict"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp932", errors="strict")
        high = [c for c in text if ord(c) > 127]
        if high and sum(1 for c in high if _JAPANESE.match(c)) >= 0.6 * len(high):
            return text, "cp932"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252", errors="strict"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def split_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_text(data: bytes, path: str) -> SourceDocument:
    text, encoding = decode(data, path)
    lines = split_lines(text)
    return SourceDocument(
        path=path,
        format="text",
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        lines=lines,
    )
