"""Extraction: a release -> the line-item document (tables, columns, line items, cells, token ledger)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

from .errors import PrxbrlError
from .knowledge import knowledge
from .models import (
    ConvenienceTranslation,
    Entity,
    LineItemDocument,
    SourceDocument,
    SourceInfo,
    Span,
    Table,
    TokenRecord,
)
from .periods import Calendar, detect_calendar, mask_dates, parse_date
from .readers import read_document
from .tables.interpret import Context, interpret
from .tables.rows import grid_rows, text_rows
from .tables.text_detect import detect_tables

_kn = knowledge()
# a whitespace-delimited word with a digit in it; anchored at word starts (the lookbehind) so that a long run
# without a digit is scanned once, not once per character (``[^\s]*\d[^\s]*`` took 16 s on a 45,000-character run)
_NUMERIC_TOKEN = re.compile(r"(?<![^\s\u00a0])(?=[^\s\u00a0]*?\d)[^\s\u00a0]+")
_FOOTNOTE_REF = re.compile(r"^\(\d{1,2}\)$")
_TICKER = re.compile(r"\((?:NYSE|Nasdaq|NASDAQ|AMEX|NYSE American|TSE|LSE|TSX)\s*:\s*([A-Z0-9.]{1,6})\)")
_TICKER_ANY = re.compile(r"\b(NYSE|Nasdaq|NASDAQ|AMEX|TSE|LSE|TSX)\s*:\s*([A-Z0-9.]{1,6})\b")


def extract_file(path: str | Path) -> LineItemDocument:
    return extract(read_document(path))


def extract(doc: SourceDocument) -> LineItemDocument:
    lines = doc.lines
    prose = lines if doc.format == "text" else [p.text for p in doc.paragraphs]
    fc = detect_calendar(prose)
    if doc.format == "html" and fc.source is not None:
        # the calendar was read from a paragraph; point at its source line
        fc = fc.model_copy(update={"source": None})
    cal = Calendar(fc)
    translations = _translations(doc)
    raw_tables = doc.tables if doc.format == "html" else detect_tables(lines)
    if not raw_tables:
        raise PrxbrlError(f"{doc.path}: no tables found (a release with financial tables is expected)")
    # reporting currency: the currency most of the tables state, translations aside
    pre_ctx = Context(calendar=cal, reporting_currency=None, translations=translations, lines=lines)
    currency = _reporting_currency(doc, raw_tables, translations)
    ctx = Context(calendar=cal, reporting_currency=currency, translations=translations, lines=lines)
    del pre_ctx
    tables: list[Table] = []
    tokens: list[TokenRecord] = []
    prev: Table | None = None
    for n, raw in enumerate(raw_tables, start=1):
        tid = f"t{n:02d}"
        rows = grid_rows(raw) if raw.layout == "grid" else text_rows(raw, lines)
        outer = _html_context(doc, raw, raw_tables[n - 2] if n > 1 else None) if doc.format == "html" else None
        near = prev if prev is not None and prev.last_line >= raw.first_line - 12 else None
        res = interpret(raw, rows, tid, ctx, near, outer=outer)
        tables.append(res.table)
        tokens.extend(_ledger(res, raw, lines, doc.format))
        prev = res.table
    _check_truncation(doc, tables)
    tables = _infer_missing_scales(tables, currency)
    if not any(c for t in tables for r in t.rows for c in r.cells):
        raise PrxbrlError(f"{doc.path}: tables found, but no figure in them could be read")
    ends = [c.period.end for t in tables for r in t.rows for c in r.cells if c.period and not c.period.forecast and c.role == "value"]
    period_end = Counter(ends).most_common(1)[0][0] if ends else None
    if ends:
        latest = max(ends)
        # the document period is the latest period end that several figures share
        common = [d for d, k in Counter(ends).items() if k >= 3]
        period_end = max(common) if common else latest
    return LineItemDocument(
        source=SourceInfo(path=Path(doc.path).name, format=doc.format, encoding=doc.encoding, sha256=doc.sha256, lines=len(lines)),
        entity=_entity(doc),
        reporting_currency=currency,
        fiscal_calendar=fc,
        document_period_end=period_end,
        convenience_translations=translations,
        tables=tables,
        tokens=tokens,
    )


def _check_truncation(doc: SourceDocument, tables: list[Table]) -> None:
    """A document that ends inside a table, in the middle of a row, was cut off: refuse it rather than convert half."""
    last = len(doc.lines)
    while last > 0 and not doc.lines[last - 1].strip(" \t\u00a0"):
        last -= 1
    if doc.format == "html":
        tail = "".join(doc.lines[-3:]).lower()
        if "</html>" in tail or "</body>" in tail:
            return
    for t in tables:
        if t.last_line < last:
            continue
        rows = [r for r in t.rows if r.kind != "heading"]
        if len(rows) < 2:
            continue
        widths = [len(r.cells) for r in rows[:-1]]
        usual = max(set(widths), key=widths.count)
        if len(rows[-1].cells) < usual:
            raise PrxbrlError(
                f"{doc.path}: the document ends inside a table (line {rows[-1].line} has {len(rows[-1].cells)} of "
                f"{usual} figures): the release looks truncated"
            )


def _infer_missing_scales(tables: list[Table], currency: str | None) -> list[Table]:
    """A table that states no scale ("Full FY2010 84,500 4,800") takes the scale of a table printing the same figures.

    Linear in the release: the money of every table that states its scale is indexed once by (value, period), and
    the nearest earlier tables are looked up by the line they end on, not by a scan of every table for each one."""
    def key(c) -> tuple:
        return (c.value, c.period.key if c.period else None)

    money = [
        [c for r in t.rows for c in r.cells if c.value is not None and c.unit == currency and c.role == "value"]
        for t in tables
    ]
    # (value, period) -> {index of a table that states its scale: the scale of its last cell with that key}
    printed: dict[tuple, dict[int, int]] = defaultdict(dict)
    for j, u in enumerate(tables):
        if u.scale_stated:
            for c in money[j]:
                printed[key(c)][j] = c.scale
    ends: dict[int, list[int]] = defaultdict(list)  # last line -> places in ``out`` of tables that state a scale

    out = []
    for i, t in enumerate(tables):
        cells = money[i] if not t.scale_stated else []
        if not cells:
            if t.scale_stated:
                ends[t.last_line].append(len(out))
            out.append(t)
            continue
        hits_of: dict[int, list[int]] = defaultdict(list)
        for c in cells:
            for j, scale in printed.get(key(c), {}).items():
                if j != i:
                    hits_of[j].append(scale)
        best = None
        for j in sorted(hits_of):  # in table order: the first of the tables with most hits wins
            hits = hits_of[j]
            if len(hits) >= 2 and len(set(hits)) == 1 and (best is None or len(hits) > best[1]):
                best = (tables[j], len(hits), hits[0])
        how = "which prints {n} of the same figures for the same periods"
        if best is None:
            # the nearest table before it that states a scale and prints the same line items
            labels = {r.label.lower() for r in t.rows if r.cells}
            near = sorted(
                k for line in range(t.first_line - 40, t.first_line) for k in ends.get(line, ())
                if labels & {r.label.lower() for r in out[k].rows}
            )
            scales = [c.scale for u in [out[k] for k in near[-1:]] for r in u.rows for c in r.cells
                      if c.value is not None and c.unit == currency and c.role == "value"]
            if scales and len(set(scales)) == 1:
                best = (out[near[-1]], 0, scales[0])
                how = "the nearest table before it with the same line items"
        if best is None:
            out.append(t.model_copy(update={"notes": t.notes + ["no scale is stated for this table; figures are taken as printed"]}))
            continue
        u, n, scale = best
        rows = []
        for r in t.rows:
            # the money takes the inferred scale; so do share counts the table does not scale otherwise
            # (a release that states no scale prints its shares in the same unit as its money)
            rows.append(r.model_copy(update={"cells": [
                c.model_copy(update={"scale": scale})
                if (c.role == "value" and c.scale == 0 and (c.unit == currency or (c.unit == "shares" and "(shares)" not in r.label.lower())))
                else c
                for c in r.cells
            ]}))
        note = f"no scale is stated for this table; scale 10^{scale} taken from table {u.id}, " + how.format(n=n)
        out.append(t.model_copy(update={"rows": rows, "notes": t.notes + [note]}))
    return out


# ------------------------------------------------------------------ document facts


def _translations(doc: SourceDocument) -> list[ConvenienceTranslation]:
    conv = _kn.raw["convenience"]
    codes = conv["currency_codes"]
    pats = [re.compile(p, re.IGNORECASE) for p in conv["patterns"]]
    texts = list(enumerate(doc.lines, start=1))
    found: dict[tuple[str, str, Decimal], ConvenienceTranslation] = {}
    for no, line in texts:
        for pat in pats:
            for m in pat.finditer(line):
                rate = Decimal(m["rate"].replace(",", ""))
                frm = codes.get(m["from"], codes.get(m["from"].strip(), "JPY"))
                to = codes.get((m.groupdict().get("to") or "$").replace(" ", ""), "USD")
                if frm == to or rate <= 0:
                    continue
                key = (frm, to, rate)
                if key in found:
                    continue
                as_of = None
                dm = re.search(_kn.date_re, line[m.end() : m.end() + 300], re.IGNORECASE)
                if dm:
                    as_of = parse_date(dm.group(0))
                found[key] = ConvenienceTranslation(
                    rate=rate, from_currency=frm, to_currency=to, as_of=as_of, span=Span(line=no, start=m.start(), end=m.end())
                )
    return sorted(found.values(), key=lambda t: (t.span.line, t.span.start))


def _reporting_currency(doc: SourceDocument, raw_tables, translations) -> str | None:
    from .tables.headers import parse_header

    votes: Counter[str] = Counter()
    for raw in raw_tables:
        for r in raw.rows:
            for c in r.cells:
                t = c.text
                if not re.search(r"[A-Za-z$¥€£]", t):
                    continue
                for it in parse_header(t):
                    if it.kind == "unit" and it.currency:
                        votes[it.currency] += 1
                if t.strip().startswith(("$", "¥", "€", "£")):
                    votes[{"$": "USD", "¥": "JPY", "€": "EUR", "£": "GBP"}[t.strip()[0]]] += 1
    if translations:
        frm = translations[0].from_currency
        if votes.get(frm):
            return frm
    if votes:
        return votes.most_common(1)[0][0]
    return None


_LEGAL = r"(?:Inc\.?|Incorporated|Corporation|Corp\.|Co\.|Company|Ltd\.|Limited|plc|PLC|N\.V\.|S\.A\.|AG|LLC|L\.P\.)"
_NAME = re.compile(
    r"((?:The\s+)?[A-Z][A-Za-z0-9&'’.\-]*(?:,?\s+(?:[A-Z][A-Za-z0-9&'’.\-]*|and|&|of|de|la)){0,6}?,?\s+" + _LEGAL + r")(?![A-Za-z])"
)


def _entity(doc: SourceDocument) -> Entity:
    """The company: the name printed just before its ticker, else the legal name the release prints most often."""
    texts = doc.lines if doc.format == "text" else [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows[:3] for c in r.cells]
    joined = " ".join(t.strip() for t in texts)
    tickers: list[str] = []
    exchanges: list[str] = []
    name = None
    for m in _TICKER_ANY.finditer(joined):
        ex, tk = m.group(1).upper(), m.group(2)
        if tk not in tickers:
            tickers.append(tk)
            exchanges.append(ex)
        if name is None:
            before = joined[max(0, m.start() - 160) : m.start()]
            cands = list(_NAME.finditer(before))
            if cands and before[cands[-1].end() :].strip(" ()\"“”") == "":
                name = cands[-1].group(1)
    if name is None:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in _NAME.finditer(joined):
            n = re.sub(r"\s+", " ", m.group(1))
            if n.lower().startswith(("the company", "company")):
                continue
            counts[n] = counts.get(n, 0) + 1
            first.setdefault(n, m.start())
        if counts:
            name = max(counts, key=lambda n: (counts[n], -first[n]))
    if name:
        name = re.sub(r"\s+", " ", name).strip(" ,")
    return Entity(name=name, tickers=tickers, exchanges=exchanges)


def _html_context(doc: SourceDocument, raw, before) -> list[str]:
    """The paragraphs between the previous table and this one (at most the last four): title, scale note."""
    lo = before.offset if before is not None else -1
    paras = [p.text for p in doc.paragraphs if lo < p.offset < raw.offset]
    return paras[-4:]


# ------------------------------------------------------------------ token ledger


def _ledger(res, raw, lines: list[str], fmt: str) -> list[TokenRecord]:
    """Every numeric token of the table region, as a cell or an exclusion with its reason."""
    table = res.table
    cell_at: dict[tuple[int, int], str] = {}
    cell_end: dict[tuple[int, int], int] = {}
    for item in table.rows:
        for c in item.cells:
            cell_at[(c.span.line, c.span.start)] = f"{item.id}/{c.column}"
            cell_end[(c.span.line, c.span.start)] = c.span.end
    excl: dict[tuple[int, int], str] = {}
    for c, reason in res.excluded:
        span = c.span if hasattr(c, "span") else c[1]
        excl[(span.line, span.start)] = reason
    for c in res.footnote_cells:
        excl[(c.span.line, c.span.start)] = "footnote_marker"
    header_lines = {s.line for s in res.header_spans}
    out: list[TokenRecord] = []
    if fmt == "html":
        scan = [(r.line, cell.span, cell.text) for r in raw.rows for cell in r.cells]
        seen: set[tuple[int, int, int]] = set()
        for line_no, span, text in scan:
            line = lines[span.line - 1] if span.line - 1 < len(lines) else ""
            seg = line[span.start : span.end]
            for m in _NUMERIC_TOKEN.finditer(seg):
                s = Span(line=span.line, start=span.start + m.start(), end=span.start + m.end())
                key = (s.line, s.start, s.end)
                if key in seen:
                    continue
                seen.add(key)
                where = "header" if span.line in header_lines else "label_number"
                out.append(_record(m.group(0), s, table.id, cell_at, excl, where, [], cell_span=span))
        return out
    # what each line of the region is: a data row (label part / value part) or a text row
    label_end: dict[int, int] = {}
    text_lines: set[int] = set()
    for r in raw.rows:
        if r.kind == "data" and r.cells:
            label_end[r.line] = r.cells[0].span.end
        elif r.kind == "text":
            text_lines.add(r.line)
    body_start = next((r.line for r in raw.rows if r.kind == "data"), raw.first_line)
    for no in range(raw.first_line, raw.last_line + 1):
        line = lines[no - 1]
        dates = mask_dates(line)
        for m in _NUMERIC_TOKEN.finditer(line):
            s = Span(line=no, start=m.start(), end=m.end())
            if no in header_lines:
                where = "header"
            elif no in text_lines:
                where = "title" if no < body_start else "heading"
            elif no in label_end and s.start < label_end[no]:
                where = "label_number"
            else:
                where = "unexplained"
            out.append(_record(m.group(0), s, table.id, cell_at, excl, where, dates, cell_end=cell_end))
    return out


def _record(raw_text, s: Span, tid, cell_at, excl, where: str, dates, cell_span: Span | None = None, cell_end=None) -> TokenRecord:
    key = (s.line, s.start)
    # a cell's token may start after its currency prefix or opening parenthesis
    ref = cell_at.get(key)
    if ref is None:
        # the cell's text may start with a currency prefix, spaces or a parenthesis before the digits
        for delta in range(1, 12):
            ref = cell_at.get((s.line, s.start - delta))
            if ref:
                if cell_end is not None and cell_end.get((s.line, s.start - delta), 0) < s.end:
                    ref = None  # a cell starts before the token but does not contain it
                break
    if ref is None and cell_span is not None:
        ref = cell_at.get((cell_span.line, cell_span.start))
    if ref is not None:
        return TokenRecord(raw=raw_text, span=s, status="cell", table=tid, cell=ref)
    reason = excl.get(key)
    if reason is None:
        for delta in range(1, 12):
            reason = excl.get((s.line, s.start - delta))
            if reason:
                break
    if reason is None:
        if any(ds <= s.start < de for ds, de in dates):
            reason = "date"
        elif where == "unexplained" and _FOOTNOTE_REF.match(raw_text):
            reason = "footnote_marker"  # "Summary of Certain Significant Items: (1)"
        else:
            reason = where
    return TokenRecord(raw=raw_text, span=s, status="excluded", table=tid, reason=reason)
