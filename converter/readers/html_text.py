"""HTML reader, text: decoding the bytes (WHATWG labels, BOM, meta charset, XML declaration) and the HTML
character references and tag sets the reader and the source scan share."""

from __future__ import annotations

import codecs
import re

# ---------------------------------------------------------------- text normalisation

# Elements whose boundaries separate words (and, for prose, paragraphs).
BLOCK_TAGS = frozenset(
    """address article aside blockquote body br caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html legend li main
    menu nav ol p pre section summary table tbody td tfoot th thead title tr ul
    document type sequence filename description text page""".split()
)
# Elements dropped with their content (their tail text stays).
DROP_TAGS = frozenset({"script", "style", "head", "noscript", "title", "template", "object", "iframe"})
# Raw-text elements: their content is not markup.
RAW_TEXT_TAGS = frozenset({"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"})
# EDGAR SGML wrapper tags whose leading text is metadata (<TYPE>EX-99.1 ...).
EDGAR_TAGS = frozenset({"document", "type", "sequence", "filename", "description"})
KNOWN_HTML_TAGS = frozenset(
    """a abbr b big body br center code div em font h1 h2 h3 h4 h5 h6 head hr html i img li ol p
    pre s small span strike strong sub sup table tbody td tfoot th thead tr tt u ul""".split()
)

_C1 = {i: bytes([i]).decode("cp1252", errors="ignore") or chr(i) for i in range(0x80, 0xA0)}
_TRANSLATE: dict[int, str | None] = dict(_C1)
for _ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
    _TRANSLATE[ord(_ch)] = " "
for _ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
    _TRANSLATE[ord(_ch)] = None
# Controls a character reference may still bring (&#1;): dropped, as html.unescape drops them; XML cannot carry them.
for _i in [*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]:
    _TRANSLATE[_i] = None
_TRANSLATE[0x0C] = " "
_TRANSLATE[0x00] = "\ufffd"
_WS = re.compile(r"\s+")
_NONBLANK = re.compile(r"[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _norm(text: str) -> str:
    """NBSP and other spaces -> one space, zero-width characters and C0 controls out, C1 controls as cp1252, stripped."""
    return _WS.sub(" ", text.translate(_TRANSLATE)).strip()


# ---------------------------------------------------------------- decoding

_WHATWG = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-9": "cp1254",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gbk",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
}


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("prxbrl-latin1", _latin1_fallback)

_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I)


def _codec(label: bytes | str) -> str | None:
    try:
        name = codecs.lookup(label.decode("ascii") if isinstance(label, bytes) else label).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _WHATWG.get(name, name)


def _decode(data: bytes) -> tuple[str, str]:
    boms = [
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ]
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc
            except UnicodeDecodeError:
                break
    head = data[:65536]
    declared = None
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if m:
        declared = _codec(m.group(1))
        if declared and declared.startswith(("utf-16", "utf-32")):
            declared = "utf-8"  # an ASCII-readable declaration cannot be right about UTF-16
    for enc in [e for e in (declared, "utf-8") if e]:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", errors="prxbrl-latin1"), "cp1252"



_CHAR_REF = re.compile(r"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));?")


def _control_ref(m: re.Match) -> str:
    n = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if n in (0x0B, 0x0C):
        return " "
    if 0 < n < 0x20 and n not in (0x09, 0x0A, 0x0D) or n in (0xFFFE, 0xFFFF):
        return ""  # dropped, as html.unescape drops it (the visible stream) and XML cannot carry it
    return m.group()


def _drop_control_refs(text: str) -> str:
    """The text lxml parses: character references to characters XML cannot carry (&#1;, &#x1F;) taken out, so that
    lxml's tree never holds them (setting such text back, as drop_tree does, fails). Offsets come from ``text``."""
    return _CHAR_REF.sub(_control_ref, text) if "&#" in text else text

