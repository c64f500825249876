"""Readers: bytes of a release -> ``SourceDocument``. Text and HTML."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import PrxbrlError
from ..models import SourceDocument

MAX_BYTES = 20 * 1024 * 1024  # a release is a few hundred KB; 20 MB is far beyond any real one
# Bounds of the work a release may ask for, so that any input converts or is refused within a minute and 1 GB:
# conversion time and memory grow with the figures printed (about 0.45 ms and 4 KB each with validation on a
# 2-core machine: 100,000 figures took 47 s and 470 MB; the limit leaves room for a busy machine). A long
# release prints a few thousand figures (the corpus at most 1,245; 838 on one flattened line).
MAX_FIGURES = 60_000  # numbers and lone dashes in the release's text
# on one line of a text release or in one row of an HTML table: the mapping's work on a row grows with its cells
# times the table's columns (60,000 figures in rows of 2,000 take 21 s, in rows of 4,900 46 s)
MAX_LINE_FIGURES = 5_000
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*|(?<!\S)[-\u2012\u2013\u2014\u2015\u2212](?!\S)")

_HTML_SNIFF = re.compile(rb"<\s*(?:!doctype\s+html|html|body|table|div|p)[\s>]", re.IGNORECASE)


_TABLE_OPEN = re.compile(rb"<\s*table[\s>]", re.IGNORECASE)
_TABLE_CLOSE = re.compile(rb"<\s*/\s*table\s*>", re.IGNORECASE)


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def _looks_binary(data: bytes) -> bool:
    """Binary by the bytes of the whole file: a known file signature, a NUL anywhere, or more than 5 % control
    bytes. A file with a UTF-16 or UTF-32 byte-order mark is judged by its text once decoded (``check_text``)."""
    if data.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0")):
        return True
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return False
    if b"\x00" in data:
        return True
    ctrl = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return ctrl > len(data) * 0.05


def is_html(data: bytes, path: str) -> bool:
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return True
    if suffix in (".txt", ".text"):
        return False
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        from .text import BOMS

        codec = next(c for bom, c, _ in BOMS if head.startswith(bom))
        head = data[:8192].decode(codec, errors="ignore").encode("utf-8")
    # ... or a Markdown or other text with HTML tables in it further down (a web page converted to Markdown that keeps
    # its tables as raw <table> elements)
    return bool(_HTML_SNIFF.search(head)) or (_TABLE_OPEN.search(data) is not None and _TABLE_CLOSE.search(data) is not None)


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

        doc = read_html(data, name)
        check_work(name, ((r.line, r.text or " ".join(c.text for c in r.cells)) for t in doc.tables for r in t.rows),
                   (p.text for p in doc.paragraphs))
        return doc
    from .text import read_text

    doc = read_text(data, name)
    check_work(name, enumerate(doc.lines, start=1), ())
    return doc


def check_work(name: str, rows, paragraphs) -> None:
    """Refuse a release that prints more figures than MAX_FIGURES, or more than MAX_LINE_FIGURES on one line."""
    total = 0
    for line, text in rows:
        n = len(_FIGURE.findall(text))
        if n > MAX_LINE_FIGURES:
            raise PrxbrlError(f"{name}: line {line} prints {n:,} figures; prxbrl reads at most {MAX_LINE_FIGURES:,} on one line")
        total += n
    for text in paragraphs:
        total += len(_FIGURE.findall(text))
    if total > MAX_FIGURES:
        raise PrxbrlError(f"{name}: the release prints {total:,} figures; prxbrl converts at most {MAX_FIGURES:,}")
