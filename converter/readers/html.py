"""HTML reader: an earnings release in HTML -> ``SourceDocument`` (lines, prose paragraphs, grid tables).

Parsing is done by lxml (libxml2's HTML parser: no network, no DTD, no entity expansion beyond the
HTML character references, default size and depth limits). lxml gives the structure but not where a
piece of text stands in the source, so the reader also scans the decoded source itself:

* a *visible stream*: every character a browser would show (entities decoded, whitespace collapsed,
  block tags turned into a space), each with its [start, end) offset in the source;
* the start tags, in source order, per tag name. When a tag name occurs as often in the source as
  in lxml's tree, the n-th element of that name is the n-th start tag of that name (an *anchor*).

The text of a cell or paragraph is then searched in the visible stream from the anchor just before
it, and its offsets turned into a 1-based line and a 0-based [start, end) span of ``lines``.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right

import lxml.etree
import lxml.html

from ..errors import PrxbrlError
from ..models import Paragraph, RawCell, RawRow, RawTable, SourceDocument
from ..readers.text import check_text, split_lines, xml_safe
from .html_source import _Locator, _scan, _Source
from .html_text import _NONBLANK, BLOCK_TAGS, DROP_TAGS, EDGAR_TAGS, KNOWN_HTML_TAGS, _decode, _drop_control_refs, _norm

__all__ = ["read_html"]

MAX_BYTES = 50 * 1024 * 1024

# ---------------------------------------------------------------- tables

_NUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_NUM_STRIP = "()[]$€£¥₩%+-−–*△▲ "


def _is_numeric(text: str) -> bool:
    s = text.strip(_NUM_STRIP)
    for prefix in ("US$", "HK$", "NT$", "C$", "A$", "R$"):
        if s.startswith(prefix):
            s = s[len(prefix) :].strip(_NUM_STRIP)
    return len(s) <= 24 and _NUM.fullmatch(s) is not None


def _is_data(rows: list[list[str]]) -> bool:
    """A data table has a row with a label followed by a number, or with two numbers."""
    total = 0
    good = False
    for cells in rows:
        nums = [_is_numeric(c) for c in cells]
        total += sum(nums)
        if sum(nums) >= 2 or any(nums[i] and not any(nums[:i]) and i > 0 for i in range(len(nums))):
            good = True
    return good and total >= 2


_LEN = re.compile(r"(-?\d*\.?\d+)\s*(px|pt|em|rem|ex|ch|in|cm|mm|pc|%)?", re.I)
_UNIT_PT = {"pt": 1.0, "px": 0.75, "em": 10.0, "rem": 10.0, "ex": 5.0, "ch": 5.0, "in": 72.0, "cm": 28.35, "mm": 2.835, "pc": 12.0}


def _length(value: str) -> float:
    m = _LEN.match(value.strip())
    if not m:
        return 0.0
    unit = (m.group(2) or "px").lower()
    if unit == "%":
        return 0.0
    try:
        return float(m.group(1)) * _UNIT_PT[unit]
    except ValueError:
        return 0.0


def _style_indent(style: str) -> float:
    amount = 0.0
    for decl in style.split(";"):
        if ":" not in decl:
            continue
        prop, _, value = decl.partition(":")
        prop = prop.strip().lower()
        value = value.strip().replace("!important", "")
        if prop in ("padding-left", "margin-left", "text-indent"):
            amount += _length(value)
        elif prop in ("padding", "margin"):
            parts = value.split()
            if parts:
                left = parts[{1: 0, 2: 1, 3: 1}.get(len(parts), 3)]
                amount += _length(left)
    return amount


_LEAD = {"\u00a0": 3.0, "\u2002": 5.0, "\u2003": 10.0, "\u3000": 10.0, "\u2009": 2.0}


def _cell_indent(td) -> float:
    """Indentation in points of the first text of a cell: styles on its way, leading NBSPs."""
    target = None
    text = ""
    for el in td.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and el.text.strip(" \t\r\n\u00a0\u3000\u2002\u2003\u2009"):
            target, text = el, el.text
            break
        if el is not td and el.tail and el.tail.strip(" \t\r\n\u00a0\u3000\u2002\u2003\u2009"):
            target, text = el.getparent(), el.tail
            break
    if target is None:
        return 0.0
    amount = 0.0
    el = target
    while el is not None:
        style = el.get("style")
        if style:
            amount += _style_indent(style)
        if el is td:
            break
        el = el.getparent()
    for ch in text:
        if ch in _LEAD:
            amount += _LEAD[ch]
        elif not ch.isspace():
            break
    return amount


def _levels(amounts: list[float | None]) -> list[int]:
    known = sorted({a for a in amounts if a is not None})
    clusters: list[float] = []
    for a in known:
        if not clusters or a - clusters[-1] > 2.0:
            clusters.append(a)
    out = []
    for a in amounts:
        if a is None:
            out.append(0)
        else:
            out.append(bisect_right(clusters, a + 1e-9) - 1)
    return out


_LEADING_INT = re.compile(r"\s*(\d{1,6})")


def _span_attr(el, name: str, limit: int) -> int:
    """colspan/rowspan as a browser reads it: leading digits, else 1; clamped to [0, limit]."""
    m = _LEADING_INT.match(el.get(name) or "")
    return min(int(m.group(1)), limit) if m else 1


# ---------------------------------------------------------------- reader


_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_PROSE_BLOCKS = ("p", "div", "body", "li", "h1", "h2", "h3", "h4", "h5", "h6", "font", "center", "pre", "blockquote")


class _Reader:
    def __init__(self, src: _Source, root, path: str) -> None:
        self.src = src
        self.root = root
        self.path = path
        self.anchor: dict = {}  # element -> (start, end) offsets of its start tag
        self.table_end: dict = {}
        self.paragraphs: list[Paragraph] = []
        self.tables: list[tuple[int, int, RawTable]] = []
        self.data_tables: set = set()
        self.last_anchor = 0
        self._buf: list[tuple[str, int]] = []
        self._elements = list(root.iter())  # keeps the proxies (dict keys) alive
        # Markdown with raw <table> elements, as converters of web pages write it: no tag of prose blocks, so its
        # headings are paragraphs of their own ("## CONSOLIDATED BALANCE SHEETS" titles the table under it, never
        # one run-on paragraph of every line since the table above: Alphabet Q1 2025's "## About Non-GAAP Financial
        # Measures" had made its balance sheet a reconciliation)
        self.by_lines = not any(name in src.tags for name in _PROSE_BLOCKS)
        self._anchor_elements()
        block_starts = sorted(self.anchor[e][0] for e in self.anchor if e.tag in BLOCK_TAGS)
        self.loc = _Locator(src, block_starts)

    # -- anchors
    def _anchor_elements(self) -> None:
        by_name: dict[str, list] = {}
        for el in self._elements:
            if isinstance(el.tag, str):
                by_name.setdefault(el.tag.lower(), []).append(el)
        for name, els in by_name.items():
            if name in ("html", "body", "head"):
                continue
            found = self.src.tags.get(name, [])
            if len(found) == len(els):
                for el, off in zip(els, found):
                    self.anchor[el] = off
        tables = by_name.get("table", [])
        if len(tables) == len(self.src.table_ends):
            for el, end in zip(tables, self.src.table_ends):
                if end is not None:
                    self.table_end[el] = end

    def _enter(self, el) -> None:
        a = self.anchor.get(el)
        if a is not None:
            self.last_anchor = a[1]

    # -- text collection (cells)
    def _collect(self, el, out: list[tuple[str, int]], skip_data: bool, on_table=None) -> None:
        self._enter(el)
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in BLOCK_TAGS
        if block:
            out.append((" ", self.last_anchor))
        if el.text:
            out.append((el.text, self.last_anchor))
        for ch in el:
            if isinstance(ch.tag, str):
                if ch.tag == "table" and skip_data and ch in self.data_tables:
                    if on_table is not None:
                        on_table(ch)
                else:
                    self._collect(ch, out, skip_data, on_table)
            if ch.tail:
                out.append((ch.tail, self.last_anchor))
        if block:
            out.append((" ", self.last_anchor))

    @staticmethod
    def _joined(pieces: list[tuple[str, int]]) -> tuple[str, int | None]:
        text = _norm("".join(p for p, _ in pieces))
        first = next((a for p, a in pieces if _NONBLANK.search(p)), None)
        return text, first

    def _rows_of(self, table) -> list:
        out = []
        for tr in table.iter("tr"):
            parent = tr.getparent()
            while parent is not None and parent.tag != "table":
                parent = parent.getparent()
            if parent is table:
                out.append(tr)
        return out

    # -- classification, innermost first
    def classify(self) -> None:
        tables = [e for e in self._elements if e.tag == "table"]
        for t in reversed(tables):
            rows = []
            for tr in self._rows_of(t):
                cells = []
                for td in tr:
                    if td.tag in ("td", "th"):
                        buf: list[tuple[str, int]] = []
                        self._collect(td, buf, skip_data=True)
                        text = _norm("".join(p for p, _ in buf))
                        if text:
                            cells.append(text)
                rows.append(cells)
            if _is_data(rows):
                self.data_tables.add(t)

    # -- prose walk
    def _flush(self) -> None:
        if not self._buf:
            return
        text, anchor = self._joined(self._buf)
        self._buf = []
        if not text:
            return
        off = self.loc.locate(text, anchor)
        if off is not None:
            line, end_line = self.loc.line_of(off[0]), self.loc.line_of(off[1] - 1)
        else:
            line = end_line = self.loc.line_of(anchor or 0)
        offset = off[0] if off is not None else (anchor or 0)
        self.paragraphs.append(Paragraph(line=line, end_line=end_line, text=text, offset=offset))

    def walk(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "table" and el in self.data_tables:
            self._flush()
            self._table(el)
            return
        self._enter(el)
        block = tag in BLOCK_TAGS
        if block:
            self._flush()
        if el.text:
            self._text(el.text)
        for ch in el:
            if isinstance(ch.tag, str):
                self.walk(ch)
            if ch.tail:
                self._text(ch.tail)
        if block:
            self._flush()

    def _text(self, text: str) -> None:
        """Prose text; in Markdown around HTML tables (``by_lines``), a heading line is a paragraph of its own, and a
        blank line ends a paragraph as Markdown's do (Bristol Myers Squibb's 10-K: "CONSOLIDATED STATEMENTS OF
        EARNINGS" and "Dollars in millions, ..." had been the end of one run-on paragraph from "We monitor our
        investments ..." under "## Credit Risk", the statement's title a sentence about credit risk)."""
        if not self.by_lines or ("#" not in text and not _BLANK_LINE.search(text)):
            self._buf.append((text, self.last_anchor))
            return
        for n, line in enumerate(text.split("\n")):
            heading = _MD_HEADING.match(line) is not None
            if heading or (n and not line.strip()):
                self._flush()
            self._buf.append((line if n == 0 else "\n" + line, self.last_anchor))
            if heading:
                self._flush()

    # -- data tables
    def _table(self, table) -> None:
        self._enter(table)
        a = self.anchor.get(table)
        first_line = self.loc.line_of(a[0]) if a else (table.sourceline or 1)
        caption = ""
        nested: list = []
        for ch in table:
            if ch.tag == "caption":
                buf: list[tuple[str, int]] = []
                self._collect(ch, buf, skip_data=True)
                caption = _norm("".join(p for p, _ in buf))
        rows_out: list[RawRow] = []
        amounts: list[float | None] = []
        active: list[list[int]] = []  # [first col, end col, last row] of rowspans
        trs = self._rows_of(table)
        last_line = first_line
        for r, tr in enumerate(trs):
            active = [x for x in active if x[2] >= r]
            col = 0
            cells: list[RawCell] = []
            first_td = None
            for td in tr:
                if td.tag not in ("td", "th"):
                    continue
                moved = True
                while moved:
                    moved = False
                    for c0, c1, _ in active:
                        if c0 <= col < c1:
                            col, moved = c1, True
                colspan = max(1, _span_attr(td, "colspan", 1000))
                rowspan = _span_attr(td, "rowspan", 65534)
                if rowspan == 0:
                    rowspan = len(trs) - r
                if rowspan > 1:
                    active.append([col, col + colspan, r + rowspan - 1])
                buf: list[tuple[str, int]] = []
                self._collect(td, buf, skip_data=True, on_table=nested.append)
                text, anchor = self._joined(buf)
                if text:
                    tda = self.anchor.get(td)
                    off = self.loc.locate(text, anchor)
                    span = self.loc.span(off, tda[0] if tda else None, td.sourceline)
                    cells.append(RawCell(text=text, span=span, col=col, colspan=colspan, rowspan=max(1, rowspan)))
                    last_line = max(last_line, span.line)
                    if first_td is None:
                        first_td = td
                col += colspan
            if cells:
                rows_out.append(
                    RawRow(line=cells[0].span.line, cells=cells, text=" ".join(c.text for c in cells))
                )
                amounts.append(_cell_indent(first_td))
        if rows_out:
            label_col = min(row.cells[0].col or 0 for row in rows_out)
            amounts = [a if row.cells[0].col == label_col else None for a, row in zip(amounts, rows_out)]
            levels = _levels(amounts)
            rows_out = [row.model_copy(update={"indent": lv}) if lv else row for row, lv in zip(rows_out, levels)]
        end = self.table_end.get(table)
        if end is not None:
            last_line = max(last_line, self.loc.line_of(end - 1))
        order = a[0] if a else self.src.line_starts[min(first_line, len(self.src.line_starts)) - 1]
        if rows_out:
            self.tables.append(
                (order, len(self.tables), RawTable(layout="grid", first_line=first_line, last_line=last_line, rows=rows_out, caption=caption, offset=order))
            )
        for t in nested:  # located from their own anchors: the cursor is already past them
            saved, self.loc.cursor = self.loc.cursor, 0
            self._table(t)
            self.loc.cursor = max(saved, self.loc.cursor)



# "<" and a word that run into the next tag before any ">" ("<<Contents Financial information/..." on a line above
# "<table id=...>"): no tag, text; read as a tag it would swallow the tag after it (the table)
_OPEN_LT = re.compile(r"<(?=([A-Za-z][\w:-]*)[^<>]*<)")


def _literal_lts(text: str) -> str:
    """The source with each "<" that opens no tag (``_OPEN_LT``, a name no HTML tag has) made a character of text of
    the same length ("‹"), so that neither lxml nor the source scan reads a tag there; offsets stay true."""
    return _OPEN_LT.sub(lambda m: m.group(0) if m.group(1).lower() in KNOWN_HTML_TAGS | EDGAR_TAGS else "\u2039", text)


def read_html(data: bytes, path: str) -> SourceDocument:
    """Read an HTML earnings release. Raises ``PrxbrlError`` on unusable input."""
    if not isinstance(data, (bytes, bytearray)):
        raise PrxbrlError(f"cannot read {path}: expected bytes")
    data = bytes(data)
    if not data.strip():
        raise PrxbrlError(f"no HTML document found in {path} (empty file)")
    if len(data) > MAX_BYTES:
        raise PrxbrlError(f"HTML file too large ({len(data)} bytes, limit {MAX_BYTES}): {path}")
    text, encoding = _decode(data)
    check_text(text, path)
    text = xml_safe(text)  # same length: offsets into the source stay true

    source, text = text, _literal_lts(text)
    src = _scan(text)
    if not any(name in KNOWN_HTML_TAGS for name in src.tags):
        raise PrxbrlError(f"no HTML document found in {path}")

    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        default_doctype=False,
    )
    try:
        root = lxml.html.document_fromstring(_drop_control_refs(text).encode("utf-8", errors="surrogatepass"), parser=parser)
    except (lxml.etree.LxmlError, ValueError, UnicodeError) as err:
        msg = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise PrxbrlError(f"no HTML document found in {path} ({msg})") from None
    for entry in parser.error_log:
        if "depth" in entry.message.lower():
            raise PrxbrlError(f"HTML too deeply nested in {path} (more than 255 levels)")
        if entry.level_name == "FATAL" and "resource" in entry.type_name.lower():
            raise PrxbrlError(f"HTML too large or complex in {path}: {entry.message.strip()}")
    if root is None:
        raise PrxbrlError(f"no HTML document found in {path}")

    reader = _Reader(src, root, path)
    # EDGAR wrapper: <TYPE>EX-99.1 <SEQUENCE>2 ... the leading text is metadata
    for el in reader._elements:
        if isinstance(el.tag, str) and el.tag in EDGAR_TAGS:
            el.text = None
    for el in list(reader._elements):
        if isinstance(el.tag, str) and el.tag in DROP_TAGS and el.getparent() is not None:
            el.drop_tree()
    try:
        reader.classify()
        reader.last_anchor = 0
        reader.walk(root)
        reader._flush()
    except RecursionError:
        raise PrxbrlError(f"HTML too deeply nested in {path}") from None
    tables = [t for _, _, t in sorted(reader.tables, key=lambda x: (x[0], x[1]))]
    lines = split_lines(source)
    return SourceDocument(
        path=path,
        format="html",
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        lines=lines,
        paragraphs=reader.paragraphs,
        tables=tables,
    )
