"""Interpret a raw table: header block, columns (period, unit, scale, role), line items, sections, cells.

The same code serves flattened text (columns by order), fixed-width text (columns by character
position) and HTML grids (columns by grid column). The columns come from ``slots``, what the header says over each
of them from ``grid`` (by position) or ``ordinal`` (by count and order), their meaning from ``columns``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..knowledge import knowledge
from ..models import Column, RawTable, Span, Table
from ..periods import duration_of, find_period_exprs
from .counted import counted_measure
from .columns import context_period, label_unit, resolve_slots, row_period
from .grid import assign_positional, by_position
from .flat_headers import assign_by_order, one_period, words_over
from .quarter_groups import parts_over
from .stated_lengths import outside_stated_block
from .headers import FORECAST, Item, is_unit_line, parse_header, segment_measures_scored
from .ordinal import assign_ordinal, percent_of_total_pairs
from .leaves import leaf_count, range_columns, settle
from .per_share import place_per_share
from .weeks_line import week_counts, weeks_under_dates
from .share_scale import unscaled_share_counts
from .label_shares import label_share_items
from .label_caption import caption_in_label_cells, column_groups, names_over
from .line_items import Frame, read_rows
from .rows import Row, VCell
from .row_heading import take_row_heading
from .stacked import stacked_measures
from .wrapped_headers import wraps_into
from .scale_notes import exempted_terms, is_scale_note as _scale_note, note_before, scale_of as _scale_of, share_scale_of, stated_scales
from .glued_marks import defined_marks
from .titles import is_sentence, pick_title
from .sgml import sgml_opening
from .slot_period import title_year
from .slots import Context, Slot, exclude_undistinguished, exclude_unnamed_measures, inherit_columns, is_footnote, is_header_row, is_parenthetical, label_area_only, ordinal_count, positional_slots, unaligned_count

__all__ = ["Context", "Result", "interpret"]

_kn = knowledge()
_MARK = re.compile(r"^(?:\(\d{1,2}\)|\*{1,3}|†|‡)$")  # a footnote reference, never a number of its own
_LEAD = re.compile(_kn.raw["layout"]["lead_headings"], re.I)  # [layout] lead_headings


@dataclass
class Result:
    table: Table
    excluded: list[tuple[VCell | tuple[str, Span], str]]  # cells not carried, with the reason
    header_spans: list[Span]
    footnote_cells: list[VCell]


def _speaks_per_share(title: str) -> bool:
    """A title about a per-share figure alone ("Reconciliation of Adjusted Diluted Earnings Per Common Share"), not a
    scale note ("in thousands, except per share amounts") nor a title that joins another measure to it ("Net Income
    and Earnings per Share")."""
    if label_unit(title) != "per_share" or _scale_of([title]) is not None:
        return False
    return not re.search(r"\s(?:and|&)\s|,", re.sub(r"\([^)]*\)", "", title), re.I)


def _names_both_statements(text: str) -> bool:
    """Whether a text names a statement of balances and a statement of periods (``statement_period_kind`` of it alone
    tells neither)."""
    low = text.lower()
    return any(w in low for w in _STATEMENT_TITLES["instant"]) and any(w in low for w in _STATEMENT_TITLES["duration"])


_STATEMENT_TITLES = knowledge().raw["header"]["statement_titles"]


def _currency_of(texts: list[str]) -> str | None:
    """The currency the table's title, notes or header lines state. A sentence states it only as a note on the figures'
    scale ("All amounts are presented in millions of Swedish kronor"): one that names a currency in passing
    ("Our primary net foreign currency translation exposures are the euro and Japanese yen", Bristol Myers Squibb's
    10-K, over a statement in dollars) states none."""
    for t in texts:
        if is_sentence(t) and _scale_of([t]) is None:
            continue
        for it in parse_header(t):
            if it.kind == "unit" and it.currency:
                return it.currency
    return None


# ------------------------------------------------------------------ main



def _exempt(texts: list[str], prev: Table | None) -> tuple[str, ...]:
    """What the table's scale note exempts by name; where it states no scale and takes the scale of the table above
    (``stated_scales``), what that one's note exempts (Reddit Q2 2026's metrics under "(in millions, except
    percentages and ARPU)", whose ARPU rows stand in a table of their own below)."""
    if _scale_of(texts) is not None or prev is None:
        return exempted_terms(texts)
    return exempted_terms(list(prev.context))

def interpret(raw: RawTable, rows: list[Row], tid: str, ctx: Context, prev: Table | None, outer: list[str] | None = None) -> Result:
    """``outer``: text just before the table outside it (HTML paragraphs: the title, "(in thousands)")."""
    positional = raw.layout in ("fixed", "grid")
    heading_marks: list[VCell] = []  # the figures of rows read as headings, which no cell carries
    # a table whose only figures are marks in parentheses after labels is a block of labels whose figures print
    # elsewhere (a PDF's balance sheet rendered labels first: MGM Resorts Q4 2022's "Restricted cash (1)" among forty
    # labels without a figure, its footnote "(1) Relates to the acquisition of ..." below): each is a footnote's mark,
    # no amount of -1
    marked = [r for r in rows if r.kind == "data" and r.values]
    labels_only = bool(marked) and all(r.label.strip() and all(is_footnote(c) for c in r.values) for r in marked)
    for k, r in enumerate(rows):
        if (r.kind == "data" and r.values and all(is_footnote(c) for c in r.values)
                and (r.label.rstrip().endswith((":", ":(1)")) or labels_only)
                and not _fills_columns(r, rows)):
            heading_marks.extend(r.values)
            rows[k] = Row(line=r.line, kind="text", label=r.label, label_span=r.label_span, cells=[], indent=r.indent,
                          fragments=r.fragments, grid=r.grid)  # "Summary of Certain Significant Items: (1)"
    first = next((i for i, r in enumerate(rows) if r.kind == "data" and not r.years_only), len(rows))
    lead = [r for r in rows[:first] if r.kind != "blank"]
    # "(13 weeks) | (13 weeks) | (52 weeks) | (52 weeks)" under the dates: the lengths of the dated columns
    week_rows = [r for r in lead if not positional and r.kind == "text" and week_counts(r.label)]
    lead = [r for r in lead if r not in week_rows]
    lead, label_notes = caption_in_label_cells(lead) if not positional else (lead, [])
    body = rows[first:]
    # section headings between the column headers and the first row ("CURRENT ASSETS:") belong to the body
    while lead and _is_heading(lead[-1]) and len(lead) > 1:
        body.insert(0, lead.pop())
    data = [r for r in body if r.kind == "data"]

    # value slots
    if positional:
        slots = positional_slots(data, raw.layout)
        if raw.layout == "fixed" and (n := unaligned_count(data, slots)):
            # text whose spaces were collapsed (a web page's copy): the rows' figures line up in no columns, but
            # every row prints as many, so their order places them (Colliers Q3 2016: "Revenues $ 462.1 $ 420.3
            # $ 1,320.7 $ 1,165.9" under "2016 2015 2016 2015" had dated 1,165.9 the nine months of 2016)
            positional = False
            slots = [Slot(pos=(float(i), float(i))) for i in range(n)]
    else:
        slots = [Slot(pos=(float(i), float(i))) for i in range(ordinal_count(data))]
    # more leaves in the header than figures in the rows ("Q1 ... Q4 Total" twice over nine figures): ``leaves``
    figures = len(slots)
    leaves = None if positional else leaf_count(lead, data, figures)
    if leaves:
        slots = [Slot(pos=(float(i), float(i))) for i in range(leaves)]
    # "FY 2025" over "Low High": a range's columns, as many as its words (``leaves.range_columns``)
    ranged = None if positional or leaves else range_columns(lead, data)
    if ranged and ranged != len(slots):
        slots = [Slot(pos=(float(i), float(i))) for i in range(ranged)]

    # a table that starts with a section heading right after one with as many columns continues it ("Cash flows from
    # investing activities:" after a page break or a line the detector could not read): the heading is a row
    if (not positional and lead and all(_is_heading(r) for r in lead) and prev is not None and prev.layout == raw.layout
            and len(prev.columns) == len(slots) and all(c.period for c in prev.columns)):
        body, lead = lead + body, []
    # header block: the last rows of the lead that speak of columns; headings after it belong to the body
    flags = _header_flags(lead, slots, positional, ctx.lines)
    opened = sgml_opening(ctx.lines, lead[0].line if lead else 0, body[0].line if body else 0)
    flags = [f and r.line > opened for r, f in zip(lead, flags)]  # above EDGAR's <TABLE>: titles, never a header
    last_header = max((i for i, f in enumerate(flags) if f), default=None)
    if last_header is not None and last_header < len(lead) - 1:
        body = lead[last_header + 1 :] + body
        lead = lead[: last_header + 1]
        flags = flags[: last_header + 1]
    header_rows: list[Row] = []
    notes: list[Row] = []
    for r, flag in zip(reversed(lead), reversed(flags)):
        if flag:
            header_rows.insert(0, r)
        elif header_rows and (label_area_only(r, slots) if positional else is_parenthetical(r.label)):
            notes.insert(0, r)  # "(millions, except earnings per" between header lines
        else:
            break
    # a note stands between header lines; label-area lines above the first header line are titles
    notes = [n for n in notes if header_rows and n.line > header_rows[0].line]
    # a scale note printed under the column headers, above the first row ("2023 | 2022" / "(in thousands, except per
    # share data)"): a note on the whole table, not a section heading
    lead_body = [r for r in body[: next((i for i, r in enumerate(body) if r.kind == "data"), len(body))] if r.kind != "blank"]
    notes += [r for r in lead_body if not r.values and is_parenthetical(r.label) and _scale_note(r.label.strip("()"))]
    body = [r for r in body if r not in notes]
    title_rows = [r for r in lead if r not in header_rows]
    # a period printed as a row heading over columns of names ("Three Months Ended December 31, 2024" over segments)
    row_head, header_rows, title_rows = take_row_heading(header_rows, title_rows, data, len(slots), ctx, prev, positional)
    # a measure line (line items side by side) above a unit line, in tables whose rows are periods
    row_periods = [row_period(r.label, ctx) for r in data]
    transposed = sum(1 for p in row_periods if p) * 2 > len(data) and len(data) > 0
    if transposed and title_rows and header_rows and not is_parenthetical(title_rows[-1].label):
        items = parse_header(title_rows[-1].label)
        if items and all(i.kind == "text" for i in items) and is_unit_line(parse_header(header_rows[0].label)):
            header_rows.insert(0, title_rows.pop())
    elif transposed and title_rows and not header_rows and not is_parenthetical(title_rows[-1].label):
        items = parse_header(title_rows[-1].label)
        if items and all(i.kind == "text" for i in items) and segment_measures_scored(title_rows[-1].label, len(slots))[1]:
            header_rows.insert(0, title_rows.pop())
    # a title's words one space apart, however printed ("Condensed Consolidated     Statements     of     Cash     Flows",
    # bold runs of markdown whose marks the reader left as spaces): the statement it names is told by its words
    titles = [" ".join(t.split()) for t in (outer or []) + [r.label for r in title_rows if r not in notes]]
    title = pick_title(titles, prev, bool(header_rows), raw, ctx.lines if raw.layout != "grid" else [])
    # the header as a grid of phrases; phrases over the label column are notes on the whole table
    grid = by_position(header_rows, [s.pos for s in slots], raw.layout) if positional else None
    header_notes = [p.text for p in grid.label_area] if grid is not None else []
    context_texts = titles + header_notes + label_notes + [r.label for r in notes] + ([raw.caption] if raw.caption else [])
    header_spans = [r.label_span for r in header_rows if r.label_span] + [
        f[1] for r in header_rows for f in r.fragments
    ]

    # table-wide defaults
    all_texts = context_texts + [r.label for r in header_rows]
    # a note in the label cell of a header row states both ("| (Amounts in thousands, except share and per share
    # amounts) | 2024 |")
    noted = header_notes + all_texts  # the notes on the table, the header's lines last
    table_scale, share_scale = stated_scales(noted, all_texts, titles, prev,
                                             data[0].label if data else None, note_before(raw, ctx, prev))
    table_currency = _currency_of(all_texts)
    table_unit = None
    if title:
        table_unit = label_unit(title)
        if table_unit in ("per_share", "pure"):
            table_unit = None
    table_forecast = bool(FORECAST.search(title or ""))
    # a sentence that names statements of balances and of periods together (an auditor's or a 10-K's "The consolidated
    # balance sheet of Merck ... as of December 31, 2024 and 2023, and the related consolidated statements of income
    # ... for each of the three years in the period ended December 31, 2024") describes the financial statements, not
    # this table: none of its dates is a column's (Merck's "2024" over its income statement had been the balance at
    # December 31, 2024)
    period_texts = [t for t in context_texts if not (is_sentence(t) and _names_both_statements(t))]
    title_period = context_period(([title] if title else []) + period_texts, ctx)
    if title_period is None and len(slots) == 1 and not header_rows and not positional and not transposed:
        title_period = title_year(titles, ctx.calendar, context_texts)  # a one-column table that prints no header

    if row_head is not None:
        row_head.assign(slots)
    elif positional and not header_rows and prev is not None and prev.layout == raw.layout and any(c.position for c in prev.columns):
        # a table without column headers just below another one continues its columns ("Net income  $ 33  $ 501")
        inherit_columns(slots, prev)
    elif (not positional and not header_rows and not title_rows and not transposed and prev is not None
          and prev.layout == raw.layout and len(prev.columns) == len(slots) and all(c.period for c in prev.columns)):
        inherit_columns(slots, prev, by_order=True)
    elif positional:
        assign_positional(slots, grid)
    elif transposed or assign_by_order(slots, header_rows, ctx.lines) is None:
        assign_ordinal(slots, header_rows, data, transposed, context_texts, translations=bool(ctx.translations))
    elif (any(it.kind == "role" and it.role == "percent_of_total" for it in slots[0].items)
          and percent_of_total_pairs(data, len(slots))):
        # "% of sales" read over a pair of columns, the figure and its percent: the rows print a figure then its
        # percent ("Net sales | $ | 326,861 | 100.0 | %" under "August 1, 2015 | August 2, 2014 | % of sales | % of
        # sales", one cell a line), so the phrase heads the second column of each pair only
        for s in slots[0::2]:
            s.items = [it for it in s.items if not (it.kind == "role" and it.role == "percent_of_total")]
    elif not any(it.kind == "role" for s in slots for it in s.items) and percent_of_total_pairs(data, len(slots)):
        # each header phrase stands over a figure and its percent of the total ("Net sales | 1,004.2 | 100.0 | %")
        for s in slots[1::2]:
            s.items.append(Item("role", "%", 0, 0, role="percent_of_total", unit="pure"))
    for r in week_rows:
        weeks_under_dates(slots, week_counts(r.label))
        header_spans.extend([r.label_span] if r.label_span else [])
    if raw.layout == "flattened" and not transposed and ctx.lines:
        if (last := stacked_measures(slots, rows[:first], data, ctx.lines)) is not None:  # "Net" / "Earned" / "Premiums"
            body = [r for r in body if r.kind == "data" or r.line > last]  # down a column: its header, no headings
    resolve_slots(slots, ctx, data, transposed, title_period, table_forecast, period_texts + [r.label for r in header_rows] + [f[0] for r in header_rows for f in r.fragments])
    if leaves:
        settle(slots, figures, ctx.anchor)
    if not transposed:
        exclude_undistinguished(slots)
    else:
        exclude_unnamed_measures(slots)

    if transposed:
        # a % column beside a line item's column is about that line item
        for i, s in enumerate(slots):
            if s.measure is None and s.role in ("yoy_percent", "percent_of_total", "change") and i > 0:
                s.measure = slots[i - 1].measure
    restated_comparatives(slots)
    columns: list[Column] = []
    for i, s in enumerate(slots):
        unit = s.currency or s.unit or table_currency or table_unit
        if unit is None and s.role == "value" and ctx.reporting_currency and not table_unit:
            unit = None
        header = " ".join(it.text for it in s.items)
        if s.period is not None and s.period.label and s.period.label not in header:
            header = f"{s.period.label} {header}".strip()  # "1H09" over "JPY millions": both head the column
        columns.append(
            Column(
                index=i,
                header=header,
                role=s.role,  # type: ignore[arg-type]
                period=s.period,
                unit=s.currency or s.unit or table_currency or table_unit,
                scale=(s.scale if s.scale is not None else (table_scale or 0)) if s.role in ("value", "convenience", "change") else -2 if s.role in ("percent_of_total", "yoy_percent", "ratio") else 0,
                measure_label=s.measure,
                translates=s.translates,
                dimension=s.dimension,
                group=s.group,
                position=s.pos if positional else None,
            )
        )

    own_title = next((t.strip() for t in reversed(titles) if t.strip() and not is_parenthetical(t)), raw.caption or "")
    # "People Served" over "(in thousands)": the table counts people unless a currency is stated for it
    people = label_unit(own_title) == "people" and table_currency is None
    # "Kilowatt-Hour Sales (In Millions of KWHs)": the table counts something other than money, no currency stated
    counted = counted_measure(all_texts) if table_currency is None else None

    # rows
    marks = defined_marks(ctx.lines, max((r.line for r in data), default=0)) if raw.layout != "grid" and ctx.lines else frozenset()
    frame = Frame(tid=tid, slots=slots, columns=columns, positional=positional, transposed=transposed, leaves=leaves, ctx=ctx,
                  title=title, forecast=table_forecast, table_scale=table_scale, share_scale=share_scale, people=people,
                  counted=counted, marks=marks, exempt=_exempt(noted, prev),
                  lead=next((h.strip().rstrip(":") for h in reversed(header_notes + [r.label for r in header_rows]) if _LEAD.search(h.strip())), None))
    items, excluded, footnotes, per_share_context = read_rows(body, frame)
    items, unproved = outside_stated_block(items, slots)  # a length the prose proves, for its statement's rows only
    excluded.extend(unproved)

    # per-share rows that do not say so, placed by the table's sums; in a table whose title speaks per share,
    # the figures of rows that name no unit and that no sum places are not guessed
    if _speaks_per_share(own_title):
        per_share_context.update(it.id for it in items)
    items, unplaced = place_per_share(items, per_share_context)
    excluded.extend(unplaced)

    items = unscaled_share_counts(items)  # share counts printed in full under a note that scales amounts
    if not transposed and ctx.lines:
        # the counts and par values an equity line's label prints ("$0.01 par value; 500,000,000 shares authorized")
        spans = [(r.line, r.label, r.label_span) for r in body if r.kind == "data" and r.label_span is not None]
        # (the share counts' scale a column header states: "Thousands of JPY" scales the yen, not the shares)
        label_scale = share_scale if share_scale is not None else share_scale_of([r.label for r in header_rows])
        items, unsure = label_share_items(items, spans, columns, label_scale, table_scale, ctx.lines, raw.layout == "grid")
        excluded.extend(unsure)
    # a mark after a heading's colon ("Summary of Certain Significant Items: (1)") refers to a footnote; a bare number
    # there is the heading's own ("- **Page Count**: 9" in the metadata of a converted PDF, Shell Q1 2025): no fact
    excluded.extend((c, "footnote_marker" if _MARK.match(c.text.strip()) else "heading") for c in heading_marks)
    scale_stated = table_scale is not None or any(s.scale is not None for s in slots) or any(c.scale is not None for r in data for c in r.cells)
    table = Table(
        scale_stated=scale_stated,
        id=tid,
        title=title or "",
        context=context_texts,
        first_line=raw.first_line,
        last_line=raw.last_line,
        layout=raw.layout,
        orientation="periods_in_rows" if transposed else "periods_in_columns",
        columns=columns,
        rows=items,
        notes=[row_head.note] if row_head is not None else [],
    )
    return Result(table=table, excluded=excluded, header_spans=header_spans, footnote_cells=footnotes)


# ------------------------------------------------------------------ titles and context


def _header_flags(lead: list[Row], slots: list[Slot], positional: bool, lines: list[str] | None = None) -> list[bool]:
    """Which lines of the lead are header lines: those that speak of columns, and in flattened text a line of one
    word over each column right under one of them ("Fiscal Year 2023" / "Low High")."""
    flags = [is_header_row(r, slots, positional) for r in lead]
    if not positional:
        for k in range(1, len(lead)):
            if not flags[k] and flags[k - 1] and (words_over(lead[k], len(slots)) or parts_over(lead[k], len(slots))):
                flags[k] = True
            elif not flags[k] and flags[k - 1] and names_over(lead[k], len(slots)) and (
                    wraps_into(lead[k - 1], lead[k], len(slots), lines) or one_period(lead[k - 1].label)):
                # "| | Amount | | GWP | | Amount | | GWP |" under "| | % of | | | % of |" (Palomar); "| | MRD | | Immune
                # Medicine | | Unallocated Corporate | | Total |" under "| | Three Months Ended December 31, 2024 |" over
                # them all (Adaptive Biotechnologies Q4 2024's segments)
                flags[k] = True
                lead[k] = replace(lead[k], groups=True)  # its cells are its phrases (``flat_headers.order_phrases``)
        for k in range(len(lead) - 2, -1, -1):
            if not flags[k] and flags[k + 1] and column_groups(lead[k], lead[k + 1 :], len(slots)):
                flags[k] = True
                lead[k] = replace(lead[k], groups=True)  # its cells are its phrases (``flat_headers.order_phrases``)
        _stacked_phrases(lead, flags, len(slots))
    return flags


def _stacked_phrases(lead: list[Row], flags: list[bool], n: int) -> None:
    """Lines of a cell over each column right above a header line, that read down the first column with it make a
    period of a length ("Three | Three | Nine | Nine" / "months | ..." / "ended | ..." over "September 30 | ...", Erie
    Indemnity's EX-99.2 of 2006, a rendering that keeps no column's position): header lines, their cells its phrases."""
    def cells(r: Row) -> list[str]:
        return [f[0] for f in r.fragments] if r.kind == "text" and not r.cells else []

    k = 0
    while k < len(lead):
        j = k
        while j < len(lead) and not flags[j] and len(cells(lead[j])) == n:
            j += 1
        if j == k or j >= len(lead) or not flags[j] or n < 2 or not cells(lead[j]):
            k = j + 1 if j > k else k + 1
            continue
        down = " ".join(cells(lead[i])[0] for i in range(k, j + 1))
        if any(duration_of(e) for e in find_period_exprs(down)):
            for i in range(k, j):
                flags[i] = True
                lead[i] = replace(lead[i], groups=True)
        k = j + 1


def _fills_columns(r: Row, rows: list[Row]) -> bool:
    """A row ending in a colon whose small figures are a figure for each of the table's columns ("Total other expense:
    47 (5) 83 18" among rows of four figures), not the footnote references of a heading: two or more, as many as most
    rows of the table print, and no run of references counting up ("(1) (2)")."""
    counts = Counter(len(x.values) for x in rows if x.kind == "data" and x is not r and len(x.values) >= 2)
    if len(r.values) < 2 or not counts or counts.most_common(1)[0][0] != len(r.values):
        return False
    marks = [int(re.sub(r"\D", "", c.text) or -1) for c in r.values]
    return marks != list(range(marks[0], marks[0] + len(marks)))


def _is_heading(r: Row) -> bool:
    t = r.label.strip()
    if r.kind != "text" or r.years_only or not t:
        return False
    if any(i.kind in ("period", "unit", "role") for i in parse_header(t)):
        return False
    return t.endswith(":") or (t.isupper() and len(t) > 3)


# a column's mark that its figures are restated ("(adjusted)*", "restated", "as revised", "re-presented")
_RESTATED = re.compile(r"^\W*(?:as\s+)?(?:adjusted|restated|revised|re-?presented|recast)\W*$", re.I)


def restated_comparatives(slots: list) -> None:
    """The prior periods' columns marked restated beside the latest period's unmarked column, each period once
    ("1.1.-31.12.2024 | 1.1.-31.12.2023 (adjusted)*", Hapag-Lloyd FY2024's IFRS statements: the comparatives as
    restated under IAS 8 or IFRS 3's measurement period): the periods' own figures, no column of adjusted (non-GAAP)
    figures beside GAAP ones. A table whose every column is marked, or that prints a period twice, is left as read."""
    values = [s for s in slots if s.role == "value" and s.period is not None]
    if len(values) < 2 or len({s.period.key for s in values}) != len(values):
        return
    marked = [s for s in values if s.dimension and _RESTATED.match(s.dimension)]
    plain = [s for s in values if not s.dimension]
    if not marked or not plain or len(marked) + len(plain) != len(values):
        return
    latest = max(s.period.end for s in values)
    if any(s.period.end >= latest for s in marked) or not any(s.period.end == latest for s in plain):
        return
    for s in marked:
        s.dimension = None

