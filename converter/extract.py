"""Extraction: a release -> the line-item document (tables, columns, line items, cells, token ledger)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

from .errors import PrxbrlError
from .knowledge import date_pattern, knowledge
from .models import (
    ConvenienceTranslation,
    FiscalCalendar,
    LineItemDocument,
    SourceDocument,
    SourceInfo,
    Span,
    Table,
)
from .tables.year_columns import named_year_ends
from .fiscal_calendar import detect_calendar, off_month_ends, reported_year_ends, stated_year_ends
from .periods import Calendar, is_month_end, parse_date
from .tables.week_quarters import quarter_chain_pins, unplaced_reason
from .weeks import WeekCalendar, detect_weeks, pinned_by_week_counts, stated_weeks
from .entity import entity_of
from .ledger import token_ledger
from .readers import read_document
from .reporting_currency import reporting_currency as _reporting_currency
from .reporting_currency import release_dollar, restate_dollars
from .tables.bare_years import without_unproven_years
from .tables.inner_scales import settle_inner_scales
from .tables.interpret import Context, interpret
from .tables.leaves import UNPLACED
from .tables.residue import settle_residue
from .tables.rows import grid_rows, text_rows
from .tables.scales import infer_missing_scales
from .tables.split import split_repeated_header
from .tables.stated_lengths import stated_figures
from .tables.titles import is_sentence
from .tables.glue import glued as glued_figures
from .tables.footnote_lines import after_footnotes
from .tables.text_detect import detect_tables

_kn = knowledge()


def _where(raw_tables, shown: int = 3) -> str:
    """Where the tables stand, for a refusal: "lines 19-30, 41-55 and 2 more" (a list or a block of metadata can look
    like a table; the user sees which text was read as one)."""
    spans = [f"{t.first_line}-{t.last_line}" if t.last_line != t.first_line else str(t.first_line) for t in raw_tables]
    more = f" and {len(spans) - shown} more" if len(spans) > shown else ""
    return ("line " if spans == [spans[0]] and "-" not in spans[0] else "lines ") + ", ".join(spans[:shown]) + more


def extract_file(path: str | Path) -> LineItemDocument:
    return extract(read_document(path))


def prose_of(doc: SourceDocument) -> list[str]:
    """The release's text as a reader of its prose sees it: a text release's lines, an HTML release's paragraphs."""
    return doc.lines if doc.format == "text" else [p.text for p in doc.paragraphs]


def extract(doc: SourceDocument, currency: str | None = None) -> LineItemDocument:
    """The release's tables and line items. ``currency``: the reporting currency where the release states none."""
    lines = doc.lines
    prose = prose_of(doc)
    fc = detect_calendar(prose)
    year_end_stated = fc.source is not None
    if doc.format == "html" and fc.source is not None:
        # the calendar was read from a paragraph; point at its source line
        fc = fc.model_copy(update={"source": None})
    year_ends = reported_year_ends(prose)
    named_ends = named_year_ends(prose, year_ends)
    # what every reading of the calendar below knows from the prose
    calendar = partial(Calendar, year_ends=year_ends, named_year_ends=named_ends, off_month=off_month_ends(prose))
    cal = calendar(fc, year_end_known=year_end_stated)
    translations = _translations(doc)
    # a grid that holds a footnote table after its rows is two tables
    raw_tables = [p for t in doc.tables for p in split_repeated_header(t)] if doc.format == "html" else detect_tables(lines)
    if not raw_tables:
        raise PrxbrlError(f"{doc.path}: no tables found (a release with financial tables is expected)")
    # sums the prose states for a period with its length and date, outside the tables (``tables.stated_lengths``)
    stated = stated_figures(_prose_outside(doc, raw_tables, prose))
    # reporting currency: the currency most of the tables state, translations aside
    pre_ctx = Context(calendar=cal, reporting_currency=None, translations=translations, lines=lines, stated=stated)
    given, currency = currency, _reporting_currency(doc, raw_tables, translations)
    # a release that says its amounts are in Canadian dollars: its "$" is the Canadian dollar (never where it states a
    # convenience translation, whose currencies are named); one inferred from where the issuer is has its note
    dollar, dollar_note = release_dollar(prose, raw_tables, numbered=doc.format == "text") if not translations else (None, None)
    # ... also where most tables name that dollar themselves ("thousands of Canadian $"): a bare "$" beside them is it
    dollar = dollar if currency in (None, "USD", dollar) else None
    currency = dollar or currency or given
    ctx = Context(calendar=cal, reporting_currency=currency, translations=translations, lines=lines, stated=stated)
    del pre_ctx
    tables, readings = _read_tables(doc, raw_tables, ctx)
    # week counts under dated columns ("(13 weeks)") pin those periods for every table that prints them
    pinned = pinned_by_week_counts([c for t in tables for c in t.columns])
    if pinned:
        cal = calendar(fc, year_end_known=year_end_stated, pinned=pinned)
        ctx = Context(calendar=cal, reporting_currency=currency, translations=translations, lines=lines, stated=stated)
        tables, readings = _read_tables(doc, raw_tables, ctx)
    # a 52/53-week calendar shows in the dates the columns print: read the tables again with its weekday rule
    weeks = _week_calendar(tables, prose, fc, raw_tables)
    annual = _annual_end(tables)
    if not year_end_stated and annual is not None and weeks is None:
        fc = fc.model_copy(update={"year_end_month": annual[0], "year_end_day": annual[1]})
    undated = any(c.period is None and c.role == "value" for t in tables for c in t.columns)
    if weeks is not None or ((year_end_stated or annual is not None) and undated):
        # read again knowing the calendar: its weekday rule, or the year end a column headed by a year alone means
        cal = calendar(fc, weeks, year_end_known=year_end_stated or annual is not None, pinned=pinned)
        ctx = Context(calendar=cal, reporting_currency=currency, translations=translations, lines=lines, stated=stated)
        tables, readings = _read_tables(doc, raw_tables, ctx)
    week_ends = _week_ends(tables) if weeks is None else frozenset()
    if week_ends:
        # no weekday rule, yet months that end on a day that is no month end: their starts are not guessed, save where
        # consecutive 13/14-week quarter columns pin them (``tables.week_quarters``; a printed week count wins)
        pinned = {**quarter_chain_pins(tables), **pinned}
        cal = calendar(fc, None, year_end_known=cal.year_end_known, week_ends=week_ends, pinned=pinned)
        ctx = Context(calendar=cal, reporting_currency=currency, translations=translations, lines=lines, stated=stated)
        tables, readings = _read_tables(doc, raw_tables, ctx)
    if any(reason == UNPLACED for res in readings for _, reason in res.excluded):
        # a header of more leaves than figures: which leaves cannot hold one shows against the release's own period
        # end, the date its balance sheet gives (``tables.leaves``)
        anchor = balance_date(tables)
        if anchor is not None:
            ctx = replace(ctx, anchor=anchor)
            tables, readings = _read_tables(doc, raw_tables, ctx)
    if dollar is not None:
        tables = restate_dollars(tables, dollar, dollar_note)
    tokens = token_ledger(doc, raw_tables, readings)
    del readings
    _check_truncation(doc, tables, tokens)
    cents: list[Span] = []
    tables = infer_missing_scales(tables, currency, _prose_between(doc), cents, _sentences(doc))
    if cents:  # figures printed to the cent in a table only taken to be in thousands (``infer_missing_scales``)
        tokens = [t.model_copy(update={"status": "excluded", "cell": None, "reason": "scale_undetermined"})
                  if any(t.span.line == s.line and s.start <= t.span.start < max(s.end, s.start + 1) for s in cents) else t
                  for t in tokens]
    tables = _future_periods_are_forecasts(tables)
    if not any(c for t in tables for r in t.rows for c in r.cells):
        glued = next((t for t in tokens if t.reason == "run_together" and glued_figures(t.raw)), None)
        if glued is not None:  # a rendering that dropped the breaks between cells and rows (``tables.glue``)
            raise PrxbrlError(f"{doc.path}: tables found, but their rows run together (figures glued to words, as "
                              f"{glued.raw!r} on line {glued.span.line}); no figure in them could be read")
        if (why := unplaced_reason(tokens, week_ends)) is not None:  # figures read, none placed (``tables.week_quarters``)
            raise PrxbrlError(f"{doc.path}: tables found ({_where(raw_tables)}); {why}")
        if currency is None and any(t.reason == "currency_undetermined" for t in tokens):
            raise PrxbrlError(f"{doc.path}: tables found ({_where(raw_tables)}), but the release states no currency for "
                              "their amounts; name it with --currency (an ISO 4217 code)")
        raise PrxbrlError(f"{doc.path}: tables found ({_where(raw_tables)}), but no figure in them could be read")
    ends = [c.period.end for t in tables for r in t.rows for c in r.cells if c.period and not c.period.forecast and c.role == "value"]
    period_end = Counter(ends).most_common(1)[0][0] if ends else None
    if ends:
        latest = max(ends)
        # the document period is the latest period end that several figures share
        common = [d for d, k in Counter(ends).items() if k >= 3]
        period_end = max(common) if common else latest
    return LineItemDocument(
        source=SourceInfo(path=Path(doc.path).name, format=doc.format, encoding=doc.encoding, sha256=doc.sha256, lines=len(lines)),
        entity=entity_of(doc),
        reporting_currency=currency,
        fiscal_calendar=fc,
        document_period_end=period_end,
        convenience_translations=translations,
        tables=tables,
        tokens=tokens,
    )


def _read_tables(doc: SourceDocument, raw_tables: list, ctx: Context) -> tuple[list[Table], list]:
    """The tables read with ``ctx``, and the interpretation of each (its token ledger is written once, from the
    last reading: ``ledger.token_ledger``; a reading's ledger is large on a release of many figures)."""
    tables: list[Table] = []
    results: list = []
    prev: Table | None = None
    for n, raw in enumerate(raw_tables, start=1):
        tid = f"t{n:02d}"
        rows = grid_rows(raw) if raw.layout == "grid" else text_rows(raw, doc.lines)
        outer = _html_context(doc, raw, raw_tables[n - 2] if n > 1 else None) if doc.format == "html" else None
        near = prev if prev is not None and prev.last_line >= raw.first_line - 12 else None
        res = settle_inner_scales(settle_residue(interpret(raw, rows, tid, ctx, near, outer=outer)))
        tables.append(res.table)
        results.append(res)
        prev = res.table
    return tables, results


def _week_ends(tables: list[Table]) -> frozenset[int]:
    """The weekday of the columns' durations that end on a day that is no month's last, when they share one."""
    days = {c.period.end.weekday() for t in tables for c in t.columns
            if c.role == "value" and c.period is not None and c.period.kind == "duration" and not is_month_end(c.period.end)}
    return frozenset(days) if len(days) == 1 else frozenset()


def _unglued(label: str) -> str:
    """A column's header with words a rendering ran together taken apart ("Nine months endedDecember 31 2024")."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", label)


def _annual_end(tables: list[Table]) -> tuple[int, int] | None:
    """(month, day) every printed year-long column ends on ("Twelve Months Ended December 31, 2022"), if they agree.

    A year-long column that ends with a six- or nine-month one is a trailing twelve months, not a fiscal year."""
    printed = [c.period for t in tables for c in t.columns
               if c.period and c.period.start and not c.period.forecast and c.role == "value"
               and (date_pattern().search(_unglued(c.period.label)) or c.period.label.strip().isdigit())]
    part_year = {p.end for p in printed if 150 <= (p.end - p.start).days <= 290}
    ends = {(p.end.month, p.end.day) for p in printed if 360 <= (p.end - p.start).days <= 372 and p.end not in part_year}
    if ends:
        return ends.pop() if len(ends) == 1 else None
    # no year-long column: six or nine months to date start the fiscal year ("Nine Months Ended December 31, 2024"
    # begins April 1: the year ends March 31), where every such column starts on one day of the year
    starts = {(p.start.month, p.start.day) for p in printed if 150 <= (p.end - p.start).days <= 290}
    if len(starts) != 1:
        return None
    month, day = starts.pop()
    before = date(2000, month, day) - timedelta(days=1)  # a leap year: any day of the year is one
    return before.month, before.day


def _week_calendar(tables: list[Table], prose: list[str], fc: FiscalCalendar, raw_tables: list) -> WeekCalendar | None:
    """The weekday rule of a 52/53-week fiscal year, from the periods the columns print and what the prose states."""
    durations, instants = set(), set()
    for t in tables:
        values = [c for c in t.columns if c.role == "value"]
        if len(values) > 1 and len({c.period.key if c.period else None for c in values}) == 1:
            continue  # one date over every column ("August 25, 2026" at the top of a page): no column's period
        for c in t.columns:
            p = c.period
            if p is None or p.forecast or c.role != "value" or not (date_pattern().search(p.label) or p.label.strip().isdigit()):
                continue  # only dates the release prints: a fiscal label was read on calendar months
            if p.kind == "instant":
                instants.add(p.end)
            elif p.start is not None:
                durations.add((p.start, p.end))
    headers = " ".join(cell.text for raw in raw_tables for r in raw.rows[:8] for cell in r.cells)
    week_labelled = bool(re.search(r"\bweeks?\s+end(?:ed|ing)\b", headers, re.I))
    stated = [d for d in stated_year_ends(prose) if d.weekday() in {e.weekday() for _, e in durations} | {i.weekday() for i in instants}]
    return detect_weeks(
        sorted(durations), sorted(instants), stated[0] if stated else None,
        stated_weeks(prose), naming=fc.naming, week_labelled=week_labelled,
    )


def balance_date(tables: list[Table]) -> date | None:
    """The latest date of balances that two figures or more share: the release's own period end (None when a quarter
    of the figures or more end after it)."""
    instants = Counter(c.period.end for t in tables for r in t.rows for c in r.cells
                       if c.period and c.period.kind == "instant" and not c.period.forecast and c.role == "value")
    common = [d for d, k in instants.items() if k >= 2]
    if not common:
        return None
    anchor = max(common)
    cells = [c for t in tables for r in t.rows for c in r.cells if c.period and not c.period.forecast]
    if sum(1 for c in cells if c.period.end > anchor) * 4 >= len(cells):
        return None  # many figures end after the balances: the balance sheet is an earlier one, not the release's date
    return anchor


def _future_periods_are_forecasts(tables: list[Table]) -> list[Table]:
    """A release reports nothing that ends after its balance sheet: a period that does is a target or an outlook,
    whatever its table's title says (a targets table whose title stands in prose outside it)."""
    anchor = balance_date(tables)
    if anchor is None:
        return tables

    def later(p):
        return p is not None and not p.forecast and p.end > anchor

    out = []
    for t in tables:
        if not any(later(c.period) for c in t.columns) and not any(later(c.period) for r in t.rows for c in r.cells):
            out.append(t)
            continue
        t = without_unproven_years(t, anchor)  # a year alone beside a dated balance column: no period (``tables.bare_years``)
        if not any(later(c.period) for c in t.columns) and not any(later(c.period) for r in t.rows for c in r.cells):
            out.append(t)
            continue
        cols = [c.model_copy(update={"period": c.period.model_copy(update={"forecast": True})}) if later(c.period) else c for c in t.columns]
        rows = [r.model_copy(update={"cells": [c.model_copy(update={"period": c.period.model_copy(update={"forecast": True})}) if later(c.period) else c
                                               for c in r.cells]}) for r in t.rows]
        note = f"periods ending after the balance sheet date {anchor.isoformat()} are taken as forecasts"
        out.append(t.model_copy(update={"columns": cols, "rows": rows, "notes": t.notes + [note]}))
    return out


def _check_truncation(doc: SourceDocument, tables: list[Table], tokens: list) -> None:
    """A document that ends inside a table, in the middle of a row, was cut off: refuse it rather than convert half.
    The last row's figures are those printed on its lines, carried or excluded (``tokens``: a count of portfolio companies
    excluded as no money is printed all the same)."""
    on_line: dict[int, int] = {}
    for t in tokens:
        on_line[t.span.line] = on_line.get(t.span.line, 0) + 1

    def printed(r) -> int:
        lines = {c.span.line for c in r.cells} | {r.line}
        return max(len(r.cells), sum(on_line.get(n, 0) for n in lines))

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
        tail = doc.lines[last - 1].rstrip(" \t\u00a0")
        if rows[-1].cells and rows[-1].cells[-1].span.line == last and len(tail) > rows[-1].cells[-1].span.end + 80:
            continue  # text follows the table on its line (a release run together on one line)
        widths = [len(r.cells) for r in rows[:-1]]  # (the last row's count only grows by what it prints and excludes)
        usual = max(set(widths), key=widths.count)
        if printed(rows[-1]) < usual:
            raise PrxbrlError(
                f"{doc.path}: the document ends inside a table (line {rows[-1].line} has {printed(rows[-1])} of "
                f"{usual} figures): the release looks truncated"
            )


# ------------------------------------------------------------------ document facts


def _translations(doc: SourceDocument) -> list[ConvenienceTranslation]:
    conv = _kn.raw["convenience"]
    codes = {k.lower(): v for k, v in conv["currency_codes"].items()}
    cur = "(?:" + "|".join(re.escape(k) for k in sorted(conv["currency_codes"], key=len, reverse=True)) + ")"
    rate_re = r"\d[\d,]*(?:\.\d+)?"
    pats = [re.compile(p.replace("{cur}", cur).replace("{rate}", rate_re), re.IGNORECASE) for p in conv["patterns"]]
    texts = list(enumerate(doc.lines, start=1))
    found: dict[tuple[str, str, Decimal], ConvenienceTranslation] = {}
    for no, line in texts:
        for pat in pats:
            for m in pat.finditer(line):
                rate = Decimal(m["rate"].replace(",", ""))
                frm = codes.get(re.sub(r"\s+", " ", m["from"].strip()).lower())
                to = codes.get(re.sub(r"\s+", " ", (m.groupdict().get("to") or "$").strip()).lower())
                if frm is None or to is None or frm == to or rate <= 0:
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


def _prose_outside(doc: SourceDocument, raw_tables, prose: list[str]) -> list[str]:
    """The release's prose: its paragraphs (HTML), or the text lines no table holds."""
    if doc.format != "text":
        return prose
    inside = {n for t in raw_tables for n in range(t.first_line, t.last_line + 1)}
    return [ln for n, ln in enumerate(doc.lines, start=1) if n not in inside]


def _prose_between(doc: SourceDocument):
    """Whether a sentence of prose stands between a table (its first and last source lines) and a line below it: a
    text line, or an HTML paragraph (found by the lines of the release's sentences, sorted once, not by a scan of
    every paragraph for each pair of tables). The footnotes of the table above ("*-Includes discrete item ...",
    opening with a marker the table prints) are no prose (``tables.footnote_lines``)."""
    if doc.format == "text":
        def between(first: int, after: int, before: int) -> bool:
            gap = after_footnotes(doc.lines[max(after, 0):max(before - 1, 0)], doc.lines[max(first - 1, 0):max(after, 0)])
            return any(is_sentence(ln) for ln in gap)
        return between
    sentences = sorted((p.line, p.text) for p in doc.paragraphs if is_sentence(p.text))
    lines = [n for n, _ in sentences]

    def between_html(first: int, after: int, before: int) -> bool:
        gap = [text for _, text in sentences[bisect_right(lines, after):bisect_left(lines, before)]]
        return bool(after_footnotes(gap, doc.lines[max(first - 1, 0):max(after, 0)]))
    return between_html


def _sentences(doc: SourceDocument) -> list[str]:
    """The release's sentences of prose: its text lines, or HTML paragraphs, that read as sentences."""
    return [p.text for p in doc.paragraphs if is_sentence(p.text)] if doc.format != "text" else [
        ln for ln in doc.lines if is_sentence(ln)]


def _html_context(doc: SourceDocument, raw, before) -> list[str]:
    """The paragraphs between the previous table and this one (at most the last four): title, scale note."""
    lo = before.offset if before is not None else -1
    paras = [p.text for p in doc.paragraphs if lo < p.offset < raw.offset]
    return paras[-4:]
