"""Inline XBRL 1.1 rendition of a release: ``<prefix>-<yyyymmdd>.htm`` (XHTML, UTF-8).

The whole release is rendered, in source order: prose as ``<p>`` paragraphs (text input: runs of non-blank
lines outside the table regions; HTML input: ``SourceDocument.paragraphs``) and every extracted table
(``LineItemDocument.tables``) as an HTML ``<table>`` where it stood, with a caption (the title and the
context lines printed inside the table region), a header row from the columns and one row per line item
(headings as bold rows spanning the table, indentation by section depth, totals ruled).

Facts are tagged WHERE THEY ARE PRINTED. A numeric fact whose ``sources[0]`` is a cell of a rendered table
(same line and start as the cell's span, or a span inside the cell) wraps the printed digits of that cell
in ``ix:nonFraction`` (``format="ixt:num-dot-decimal"`` of Transformation Registry 4, ``scale`` =
``Fact.scale``); parentheses, currency signs, "million", "%" stay outside the tag. Inline XBRL content is
never signed, so ``sign="-"`` is written exactly when the fact VALUE is negative (a figure printed in
parentheses whose fact value is positive -- ``Fact.sign == -1`` -- needs no sign attribute). The tag is
only written when ``digits x 10^scale`` equals the absolute fact value exactly; a printed dash for a zero
fact is written with ``ixt:fixed-zero``; a nil fact is an empty ``ix:nonFraction`` with ``xsi:nil``.

Everything else goes into ``ix:header/ix:hidden`` (see ``InlineReport.hidden`` for the reason per fact):
non-numeric facts (dei cover facts), facts without a printed place, facts printed outside the rendered
tables (prose), a second or later fact on the same printed token (the first is tagged in place), and facts
whose printed digits do not reproduce the value. Contexts and units come from the XML instance writer
(``build_instance``), so the inline and XML renderings carry the same contexts, units and checks.

The file references the extension schema by its relative name: write it into ``write_filing``'s folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

from ..filing import Fact, Filing
from ..models import Cell, LineItem, LineItemDocument, SourceDocument, Table
from .common import LINK, XBRLI, XLINK, XSI, Dts, XbrlWriteError, build_dts, decimal_text, fact_decimal, q, write_atomically
from .inline_layout import _heading_level, _html_blocks, _text_blocks
from .instance import build_instance

XHTML = "http://www.w3.org/1999/xhtml"
IX = "http://www.xbrl.org/2013/inlineXBRL"
IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"  # Transformation Registry 4
NUM_FORMAT = "ixt:num-dot-decimal"
ZERO_FORMAT = "ixt:fixed-zero"

CSS = """
body { font-family: Georgia, 'Times New Roman', serif; font-size: 15px; line-height: 1.45; color: #222;
       max-width: 1100px; margin: 2em auto; padding: 0 1.5em; background: #fff; }
p { margin: 0 0 0.9em 0; white-space: pre-line; }
p.note { font-size: 13px; color: #555; }
h1 { font-size: 22px; margin: 0.6em 0 0.8em 0; }
h2 { font-size: 17px; margin: 1.2em 0 0.4em 0; }
table.fin { border-collapse: collapse; margin: 1.2em 0 1.6em 0; font-family: 'Helvetica Neue', Arial, sans-serif;
            font-size: 13px; min-width: 60%; }
table.fin caption { text-align: left; padding: 0 0 0.5em 0; }
table.fin caption .title { font-weight: bold; font-size: 14px; }
table.fin caption .ctx { color: #555; }
table.fin th { font-weight: bold; text-align: right; vertical-align: bottom; padding: 3px 8px;
               border-bottom: 1px solid #999; }
table.fin td { padding: 2px 8px; border-bottom: 1px solid #e6e6e6; vertical-align: bottom; }
table.fin td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.fin tr.heading td { font-weight: bold; padding-top: 8px; border-bottom: none; }
table.fin tr.total td { font-weight: bold; border-top: 1px solid #999; }
""".strip("\n")

# A printed figure inside a cell: digits with thousands commas and a decimal part, or ".5".
_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+")
# Characters XML 1.0 does not allow (form feeds and other controls in EDGAR text files).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class InlineReport:
    """Where each fact went: tagged in place (fact id -> table id) or hidden (fact id -> reason)."""

    tagged: dict[str, str] = field(default_factory=dict)
    hidden: dict[str, str] = field(default_factory=dict)

    @property
    def unreproducible(self) -> int:
        """Facts printed in a table whose printed digits do not reproduce the value (written hidden)."""
        return sum(1 for r in self.hidden.values() if r.startswith("printed figure"))


@dataclass(frozen=True)
class _Tag:
    """How one cell's fact is written: the number's [start, end) in ``cell.raw`` (None for nil)."""

    fact: Fact
    start: int
    end: int
    format: str | None  # NUM_FORMAT, ZERO_FORMAT, None (nil)


def _clean(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def _h(tag: str) -> str:
    return q(XHTML, tag)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _h(tag), {k.rstrip("_"): v for k, v in attrs.items()})
    if text:
        el.text = _clean(text)
    return el


# ---------------------------------------------------------------- matching facts to printed places


def _as_decimal(fact: Fact) -> Decimal | None:
    """The fact's number, or None when it has none (such a fact is left untagged here; writing it fails)."""
    try:
        return fact_decimal(fact)
    except XbrlWriteError:
        return None


def _number_in(cell: Cell, fact: Fact, value: Decimal) -> tuple[int, int, str] | None:
    """Where in ``cell.raw`` the printed digits reproduce ``|value|`` at ``fact.scale``; None when nowhere."""
    target = abs(value)
    for m in _NUMBER.finditer(cell.raw):
        text = m.group(0).rstrip(",")
        try:
            shown = Decimal(text.replace(",", ""))
        except InvalidOperation:
            continue
        if shown.scaleb(fact.scale) == target:
            return m.start(), m.start() + len(text), NUM_FORMAT
    if value == 0 and not _NUMBER.search(cell.raw) and cell.raw.strip():
        raw = cell.raw
        start = len(raw) - len(raw.lstrip())
        return start, len(raw.rstrip()), ZERO_FORMAT  # a printed dash meaning zero
    return None


def _place_facts(doc: LineItemDocument, filing: Filing) -> tuple[dict[tuple[str, int, int], _Tag], InlineReport]:
    """(table id, line, start) of a cell -> its tag; and the report of where every fact went."""
    cells: dict[tuple[int, int], tuple[Table, Cell]] = {}
    by_line: dict[int, list[tuple[Table, Cell]]] = {}
    for t in doc.tables:
        for r in t.rows:
            for c in r.cells:
                cells.setdefault((c.span.line, c.span.start), (t, c))
                by_line.setdefault(c.span.line, []).append((t, c))
    tags: dict[tuple[str, int, int], _Tag] = {}
    report = InlineReport()
    for fact in filing.facts:
        if fact.unit is None:
            report.hidden[fact.id] = "non-numeric fact"
            continue
        if not fact.sources:
            report.hidden[fact.id] = "no printed place"
            continue
        src = fact.sources[0]
        hit = cells.get((src.line, src.start))
        if hit is None:
            hit = next(
                ((t, c) for t, c in by_line.get(src.line, []) if c.span.start <= src.start and src.end <= c.span.end),
                None,
            )
        if hit is None:
            report.hidden[fact.id] = "printed outside the rendered tables"
            continue
        table, cell = hit
        key = (table.id, cell.span.line, cell.span.start)
        if key in tags:
            report.hidden[fact.id] = f"same printed token as fact {tags[key].fact.id}"
            continue
        if fact.nil:
            tags[key] = _Tag(fact, 0, 0, None)
            report.tagged[fact.id] = table.id
            continue
        value = _as_decimal(fact)
        where = None if value is None else _number_in(cell, fact, value)
        if where is None:
            report.hidden[fact.id] = f"printed figure {cell.raw!r} x 10^{fact.scale} does not reproduce {fact.value}"
            continue
        tags[key] = _Tag(fact, *where)
        report.tagged[fact.id] = table.id
    return tags, report


# ---------------------------------------------------------------- ix facts


def _nonfraction(fact: Fact, tag: _Tag | None) -> etree._Element:
    el = etree.Element(q(IX, "nonFraction"))
    el.set("name", fact.concept)
    el.set("contextRef", fact.context)
    el.set("unitRef", fact.unit or "")
    el.set("id", fact.id)
    if fact.nil:
        el.set(q(XSI, "nil"), "true")
        return el
    value = fact_decimal(fact)
    if fact.decimals is None:
        raise XbrlWriteError(f"fact {fact.id} ({fact.concept}): a numeric fact needs decimals")
    el.set("decimals", str(fact.decimals))
    if tag is not None:
        el.set("format", tag.format or NUM_FORMAT)
        if tag.format == NUM_FORMAT:
            el.set("scale", str(fact.scale))
    if value < 0:
        el.set("sign", "-")
    if tag is None:
        el.text = decimal_text(abs(value), f"fact {fact.id}")
    return el


def _nonnumeric(fact: Fact) -> etree._Element:
    el = etree.Element(q(IX, "nonNumeric"))
    el.set("name", fact.concept)
    el.set("contextRef", fact.context)
    el.set("id", fact.id)
    if fact.nil:
        el.set(q(XSI, "nil"), "true")
        return el
    if fact.value is None:
        raise XbrlWriteError(f"fact {fact.id} ({fact.concept}): no value and not nil")
    el.text = _clean(str(fact.value))
    return el


# ---------------------------------------------------------------- tables


def _fill(box: etree._Element, cell: Cell, tag: _Tag | None) -> None:
    """The printed cell text inside ``box`` (empty so far), the fact's digits wrapped in its ix tag."""
    raw = _clean(cell.raw)
    if tag is None:
        box.text = raw or "\u00a0"
        return
    ix = _nonfraction(tag.fact, tag)
    box.append(ix)
    if tag.format is None:  # nil: an empty tag, the printed dash after it
        ix.tail = raw or None
        return
    box.text = raw[: tag.start] or None
    ix.text = raw[tag.start : tag.end]
    ix.tail = raw[tag.end :] or None


def _table(parent: etree._Element, t: Table, caption_lines: list[tuple[str, bool]],
           tags: dict[tuple[str, int, int], _Tag]) -> None:
    table = _sub(parent, "table", class_="fin")
    if caption_lines:
        cap = _sub(table, "caption")
        for n, (text, is_title) in enumerate(caption_lines):
            if n:
                _sub(cap, "br")
            _sub(cap, "span", text, class_="title" if is_title else "ctx")
    columns = sorted(t.columns, key=lambda c: c.index)
    position = {c.index: n for n, c in enumerate(columns)}
    thead = _sub(table, "thead")
    tr = _sub(thead, "tr")
    _sub(tr, "th", "\u00a0")
    for c in columns:
        _sub(tr, "th", c.header or "\u00a0")
    tbody = _sub(table, "tbody")
    for item in t.rows:
        _row(tbody, t, item, len(columns), position, tags)
    if not t.rows:
        tr = _sub(tbody, "tr")
        _sub(tr, "td", "\u00a0", colspan=str(len(columns) + 1))


def _row(tbody: etree._Element, t: Table, item: LineItem, width: int, position: dict[int, int],
         tags: dict[tuple[str, int, int], _Tag]) -> None:
    depth = len(item.section)
    pad = f"padding-left: {0.5 + 1.2 * depth:.1f}em"
    if item.kind == "heading" and not item.cells:
        tr = _sub(tbody, "tr", class_="heading")
        _sub(tr, "td", item.label or "\u00a0", colspan=str(width + 1), style=pad)
        return
    tr = _sub(tbody, "tr", class_="total" if item.kind == "total" else "item")
    label = _sub(tr, "td", item.label or "\u00a0", class_="label", style=pad)
    if item.footnotes:
        _sub(label, "sup", " ".join(item.footnotes))
    # a token several cells print (a label's "500,000,000 shares authorized" at each date, its "issued and
    # outstanding" count: ``tables.label_shares``) carries its fact's tag once, at the first of them; the other facts
    # read from it stand in the hidden section ("same printed token")
    slots: list[list[Cell]] = [[] for _ in range(width)]
    for c in item.cells:
        if c.column in position:
            slots[position[c.column]].append(c)
    for slot in slots:
        td = _sub(tr, "td", class_="num")
        if not slot:
            td.text = "\u00a0"
        elif len(slot) == 1:
            _fill(td, slot[0], tags.pop((t.id, slot[0].span.line, slot[0].span.start), None))
        else:  # normally one cell per column; more are printed side by side
            for c in slot:
                _fill(_sub(td, "span"), c, tags.pop((t.id, c.span.line, c.span.start), None))


# ---------------------------------------------------------------- the document


def _title(source: SourceDocument, filing: Filing) -> str:
    base = f"{filing.extension.prefix}-{filing.extension.date.strftime('%Y%m%d')}"
    return f"{base} \u2014 {Path(source.path).name}"


def build_inline(
    source: SourceDocument, doc: LineItemDocument, filing: Filing, built: tuple[Dts, etree._Element] | None = None
) -> tuple[etree._Element, InlineReport]:
    """``built``: the DTS and instance tree of ``render_filing_parts`` (its contexts and units move here)."""
    if built is None:
        dts = build_dts(filing)
        instance = build_instance(dts)  # checks concepts, contexts, units, ids exactly like the XML instance
    else:
        dts, instance = built
    nsmap: dict[str | None, str] = {None: XHTML, "ix": IX, "ixt": IXT}
    for p, ns in instance.nsmap.items():
        if p is not None:
            nsmap.setdefault(p, ns)
    nsmap.setdefault("xsi", XSI)

    tags, report = _place_facts(doc, filing)

    root = etree.Element(_h("html"), nsmap=nsmap)
    root.set("{http://www.w3.org/XML/1998/namespace}lang", "en-US")
    head = _sub(root, "head")
    _sub(head, "meta", **{"http-equiv": "Content-Type", "content": "text/html; charset=UTF-8"})
    _sub(head, "meta", name="generator", content="prxbrl")
    _sub(head, "title", _title(source, filing))
    _sub(head, "style", "\n" + CSS + "\n", type="text/css")
    body = _sub(root, "body")

    hidden_div = _sub(body, "div", style="display:none")
    header = etree.SubElement(hidden_div, q(IX, "header"))
    hidden = etree.SubElement(header, q(IX, "hidden"))
    for fact in filing.facts:
        if fact.id not in report.hidden:
            continue
        hidden.append(_nonnumeric(fact) if fact.unit is None else _nonfraction(fact, None))
    if not len(hidden):
        header.remove(hidden)
    refs = etree.SubElement(header, q(IX, "references"))
    ref = etree.SubElement(refs, q(LINK, "schemaRef"))
    ref.set(q(XLINK, "type"), "simple")
    ref.set(q(XLINK, "href"), dts.names.schema)
    resources = etree.SubElement(header, q(IX, "resources"))
    for el in list(instance):
        if el.tag in (q(XBRLI, "context"), q(XBRLI, "unit")):
            resources.append(el)

    blocks = _text_blocks(source, doc) if source.format == "text" else _html_blocks(source, doc)
    first_text = True
    for b in blocks:
        if b.kind == "table" and b.table is not None:
            _table(body, b.table, b.caption, tags)
        elif b.text.strip():
            level = _heading_level(b, first_text)
            if level:
                _sub(body, level, b.text)
            else:
                _sub(body, "p", b.text, **({"class_": "note"} if b.kind == "note" else {}))
            first_text = False
    return root, report


def render_inline_report(
    source: SourceDocument, doc: LineItemDocument, filing: Filing, built: tuple[Dts, etree._Element] | None = None
) -> tuple[bytes, InlineReport]:
    """The bytes of the Inline XBRL document and where every fact went (``built`` as in ``build_inline``)."""
    root, report = build_inline(source, doc, filing, built)
    etree.indent(root, space=" ")
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data, report


def render_inline(source: SourceDocument, doc: LineItemDocument, filing: Filing) -> bytes:
    """The Inline XBRL 1.1 document (XHTML, UTF-8) of the whole release. Deterministic.

    Raises ``XbrlWriteError`` (a ``PrxbrlError``) when the Filing cannot be serialised as valid XBRL.
    """
    return render_inline_report(source, doc, filing)[0]


def inline_file_name(filing: Filing) -> str:
    return f"{filing.extension.prefix}-{filing.extension.date.strftime('%Y%m%d')}.htm"


def write_inline(source: SourceDocument, doc: LineItemDocument, filing: Filing, outdir: Path) -> Path:
    """Write ``<prefix>-<yyyymmdd>.htm`` into ``outdir`` (the folder of ``write_filing``'s schema), atomically."""
    data = render_inline(source, doc, filing)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / inline_file_name(filing)
    write_atomically(path, data)
    return path
