"""Plain-text releases: decoding (UTF-8, Shift_JIS/CP932, Latin-1/CP1252) and lines."""

from __future__ import annotations

import hashlib
import re

from ..errors import PrxbrlError
from ..models import SourceDocument

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


# Characters XML 1.0 does not allow (C0 controls but tab, LF and CR; surrogates; U+FFFE, U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Controls that mark binary data rather than text (NUL, and C0 controls but tab, LF, VT, FF, CR).
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


def decode_bom(data: bytes, path: str) -> tuple[str, str] | None:
    """Text behind a byte-order mark (UTF-8, UTF-16, UTF-32), or None without one."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec
            except UnicodeDecodeError:
                raise PrxbrlError(f"{path}: not valid {name} text despite its byte-order mark") from None
    return None


def check_text(text: str, path: str) -> None:
    """Refuse decoded text that is binary data: a NUL anywhere, or more than 1 % other control characters."""
    if "\x00" in text:
        raise PrxbrlError(f"{path}: binary file, not a text or HTML release (a NUL character at offset {text.index(chr(0))})")
    if len(_BINARY_CONTROLS.findall(text)) > 0.01 * len(text):
        raise PrxbrlError(f"{path}: binary file, not a text or HTML release (control characters)")


def xml_safe(text: str) -> str:
    """The release's text with every character XML cannot carry replaced, one character for one (spans keep
    their offsets): vertical tab and form feed by a space, other controls, lone surrogates and non-characters
    by U+FFFD. Readers apply it once, so nothing downstream (labels, titles, the rendition) meets them."""
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub(lambda m: " " if m.group() in "\x0b\x0c" else "\ufffd", text)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode by evidence: a BOM, strict UTF-8, then CP932 only when it yields Japanese text, then CP1252/Latin-1."""
    bom = decode_bom(data, path)
    if bom is not None:
        return bom[0], ("utf-8-sig" if bom[1] == "utf-8" else bom[1])
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


# markdown's strong emphasis around a cell's text ("| **$** | **69,057** |", "**December 31,****2024**"): its marks
# are no part of the figure or the header; a lone "**" is a footnote mark ("Non-GAAP net income ** $ 31,767")
_EMPHASIS = re.compile(r"\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*")


# markdown's emphasis of a whole table cell ("| *518.2* |", "| *Enterprise Technology* |", "| *41.2%* |": Ubiquiti's
# highlights print a breakdown in italics): a single mark elsewhere is a footnote mark ("Tax expense from OBBBA*")
_CELL_EMPHASIS = re.compile(r"(?<=\|)(\s*)\*(?=[^\s*|])([^*|\n]*?[^\s*|\\])\*(?=\s*\|)")


def unwrap_emphasis(text: str) -> str:
    """The text with markdown's emphasis marks (strong anywhere, single around a whole table cell) replaced by
    spaces, one character for one (spans keep their offsets)."""
    if "**" in text:
        text = _EMPHASIS.sub(lambda m: "  " + m.group(1) + "  ", text)
    if "|" in text and "*" in text:
        text = _CELL_EMPHASIS.sub(lambda m: m.group(1) + " " + m.group(2) + " ", text)
    return text


# markdown's backslash escape of a punctuation mark ("December 31, \\*", "\\$ 1,234", "1\\."); not of a pipe, which
# stands for a pipe inside a cell, nor of a backslash
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[\]^_`{}~])")


def unescape_marks(text: str) -> str:
    """The text with markdown's backslash escapes of punctuation replaced by a space, one character for one (spans
    keep their offsets): the mark is read as printed ("December 31, \\*" ends with a footnote mark, not a word)."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(" ", text)


# the citation markers a language model leaves in the markdown it renders ("[cite_start]69,501 [cite: 34]", "(20,538)
# [cite_start][cite: 54]", "[cite: 93, 94, 95]"): references to the passages of its source, no part of the text and
# never figures
_CITATION = re.compile(r"\[(?:cite|source)(?:_start|_end|:\s*\d+(?:\s*[,\u2013-]\s*\d+)*)\]")


def strip_citations(text: str) -> str:
    """The text with citation markers (``_CITATION``) replaced by spaces, one character for one (spans keep their
    offsets)."""
    if "[" not in text:
        return text
    return _CITATION.sub(lambda m: " " * len(m.group(0)), text)


def split_lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_text(data: bytes, path: str) -> SourceDocument:
    text, encoding = decode(data, path)
    check_text(text, path)
    lines = split_lines(unescape_marks(unwrap_emphasis(strip_citations(xml_safe(text)))))
    return SourceDocument(
        path=path,
        format="text",
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        lines=lines,
    )
