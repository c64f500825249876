"""Readers: bytes of a release -> ``SourceDocument``. Text and HTML."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import PrxbrlError
from ..models import SourceDocument

MAX_BYTES = 20 * 1024 * 1024  # a release is a few hundred KB; 20 MB is far beyond any real one

_HTML_SNIFF = re.compile(rb"<\s*(?:!doctype\s+html|html|body|table|div|p)[\s>]", re.IGNORECASE)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0")):
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl > len(head) * 0.05


def is_html(data: bytes, path: str) -> bool:
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return True
    if suffix in (".txt", ".text"):
        return False
    return bool(_HTML_SNIFF.search(data[:4096]))


def read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise PrxbrlError(f"{p}: no such file") from None
    except OSError as exc:
        raise PrxbrlError(f"{p}: cannot read ({exc.strerror})") from None
    if p.is_dir():
        raise PrxbrlError(f"{p}: is a directory, not a release")
    if size > MAX_BYTES:
        raise PrxbrlError(f"{p}: file too large ({size / 1048576:.1f} MB; a release is at most {MAX_BYTES // 1048576} MB)")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise PrxbrlError(f"{p}: cannot read ({exc.strerror})") from None


def read_document(path: str | Path) -> SourceDocument:
    """Read a release from a file: checks, then the text or the HTML reader."""
    data = read_bytes(path)
    name = str(path)
    if not data.strip():
        raise PrxbrlError(f"{name}: empty file")
    if _looks_binary(data):
        raise PrxbrlError(f"{name}: binary file, not a text or HTML release")
    if is_html(data, name):
        from .html import read_html

        return read_html(data, name)
    from .text import read_text

    return read_text(data, name)
