"""Interpret a raw table: header block, columns (period, unit, scale, role), line items, sections, cells.

The same code serves flattened text (columns by order), fixed-width text (columns by character
position) and HTML grids (columns by grid column).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..knowledge import compiled, knowledge
from ..models import Cell, Column, ConvenienceTranslation, LineItem, Period, RawTable, Span, Table
from ..periods import Calendar, PeriodExpr, duration_of, find_period_exprs, month_day, period_for, relative_part, resolve
from .headers import Item, is_unit_line, parse_header, segment_measures_scored
from .rows import Row, VCell

_kn = knowledge()
_label_units = compiled("units", "label_units")
_share_scale_notes = compiled("scale_notes", "shares")
_FOOTNOTE = re.compile(_kn.raw["footnotes"]["marker"])
_FOOTNOTE_REF = re.compile(r"^\(\d{1,2}\)$|^\*{1,3}$")  # "(2)": a reference, never a figure, in a column of its own
_FORECAST = re.compile(r"\b(?:" + "|".join(map(re.escape, _kn.raw["roles"]["forecast"])) + r")\b", re.I)
_CONSOLIDATED = {w.lower() for w in _kn.raw["header"]["consolidated"]}
_MEASURE_WORDS = {w.lower() for w in _kn.raw["header"]["measure_words"]}
_TOTAL = re.compile(r"^(?:total|consolidated total)\b", re.I)
_PARENTHETICAL = re.compile(r"^\(.*\)$")
_CLOSES_ALL = re.compile(_kn.raw["layout"]["closes_all_sections"], re.I)


@dataclass
class Context:
    """What the document as a whole says, for every table."""

    calendar: Calendar
    reporting_currency: str | None
    translations: list[ConvenienceTranslation]
    lines: list[str]


@dataclass
class Slot:
    """One column while it is being worked out."""

    pos: tuple[float, float]
    items: list[Item] = field(default_factory=list)
    period: Period | None = None
    role: str = "value"
    currency: str | None = None
    unit: str | None = None
    scale: int | None = None
    forecast: bool = False
    measure: str | None = None
    dimension: str | None = None
    translates: int | None = None
    duration: tuple[str, int] | None = None
    month_day: tuple[int, int] | None = None  # from "Three Months Ended September 30," above a line of years
    relative: PeriodExpr | None = None
    row_period_total: bool = False  # "Total" column of a table whose rows are periods


@dataclass
class Result:
    table: Table
    excluded: list[tuple[VCell | tuple[str, Span], str]]  # cells not carried, with the reason
    header_spans: list[Span]
    footnote_cells: list[VCell]


# ------------------------------------------------------------------ helpers


def _label_unit(text: str) -> str | None:
    """The unit a row label names: from its head ("Treasury stock—3,934 shares ..." names none) or an explicit "(shares)"."""
    head = re.split(r"\s*[—–,;]\s*|\s+-\s+|\s+net of\s+|\s+less\s+", text.strip(), maxsplit=1)[0]
    explicit = " ".join(re.findall(r"\([^)]*\)", text))
    for pat, entry in _label_units:
        if pat.search(head) or (explicit and pat.search(explicit) and entry["unit"] in ("shares", "ADS")):
            return entry["unit"]
    return None


def _scale_of(texts: list[str]) -> int | None:
    for t in texts:
        for it in parse_header(t):
            if it.kind == "unit" and it.scale is not None:
                return it.scale
    return None


def _currency_of(texts: list[str]) -> str | None:
    for t in texts:
        for it in parse_header(t):
            if it.kind == "unit" and it.currency:
                return it.currency
    return None


def _share_scale(texts: list[str]) -> int | None:
    for t in texts:
        for pat, entry in _share_scale_notes:
            if pat.search(t):
                return int(entry["scale"])
    return None


def _row_period(label: str, ctx: Context) -> Period | None:
    exprs = [e for e in find_period_exprs(label) if e.kind not in ("year",)]
    if not exprs:
        return None
    e = exprs[0]
    covered = sum(x.end - x.start for x in exprs)
    rest = re.sub(r"[\s:()\[\]]", "", label[: e.start] + label[e.end :])
    rest = _FORECAST.sub("", rest)
    if covered < len(label.strip()) * 0.5 and len(rest) > 12:
        return None
    forecast = bool(_FORECAST.search(label))
    return resolve(e, ctx.calendar, label=label.strip(" :"), forecast=forecast)


# ------------------------------------------------------------------ main


def interpret(raw: RawTable, rows: list[Row], tid: str, ctx: Context, prev: Table | None, outer: list[str] | None = None) -> Result:
    """``outer``: text just before the table outside it (HTML paragraphs: the title, "(in thousands)")."""
    positional = raw.layout in ("fixed", "grid")
    for k, r in enumerate(rows):
        if r.kind == "data" and r.values and all(_is_footnote(c) for c in r.values) and r.label.rstrip().endswith((":", ":(1)")):
            rows[k] = Row(line=r.line, kind="text", label=r.label, label_span=r.label_span, cells=[], indent=r.indent,
                          fragments=r.fragments, grid=r.grid)  # "Summary of Certain Significant Items: (1)"
    first = next((i for i, r in enumerate(rows) if r.kind == "data" and not r.years_only), len(rows))
    lead = [r for r in rows[:first] if r.kind != "blank"]
    body = rows[first:]
    # section headings between the column headers and the first row ("CURRENT ASSETS:") belong to the body
    while lead and _is_heading(lead[-1]) and len(lead) > 1:
        body.insert(0, lead.pop())
    data = [r for r in body if r.kind == "data"]

    # value slots
    if positional:
        slots = _positional_slots(data, raw.layout)
    else:
        slots = [Slot(pos=(float(i), float(i))) for i in range(_ordinal_count(data))]

    # header block: the last rows of the lead that speak of columns; headings after it belong to the body
    last_header = max((i for i, r in enumerate(lead) if _is_header_row(r, slots, positional)), default=None)
    if last_header is not None and last_header < len(lead) - 1:
        body = lead[last_header + 1 :] + body
        lead = lead[: last_header + 1]
    header_rows: list[Row] = []
    notes: list[Row] = []
    for r in reversed(lead):
        if _is_header_row(r, slots, positional):
            header_rows.insert(0, r)
        elif positional and header_rows and _label_area_only(r, slots):
            notes.insert(0, r)  # "(millions, except earnings per" between header lines
        elif not positional and header_rows and _is_parenthetical(r.label.strip()):
            notes.insert(0, r)  # "(In thousands, except per share amounts)" between header lines
        else:
            break
    # a note stands between header lines; label-area lines above the first header line are titles
    notes = [n for n in notes if header_rows and n.line > header_rows[0].line]
    title_rows = [r for r in lead if r not in header_rows]
    # a measure line (line items side by side) above a unit line, in tables whose rows are periods
    row_periods = [_row_period(r.label, ctx) for r in data]
    transposed = sum(1 for p in row_periods if p) * 2 > len(data) and len(data) > 0
    if transposed and title_rows and header_rows and not _is_parenthetical(title_rows[-1].label):
        items = parse_header(title_rows[-1].label)
        if items and all(i.kind == "text" for i in items) and is_unit_line(parse_header(header_rows[0].label)):
            header_rows.insert(0, title_rows.pop())
    elif transposed and title_rows and not header_rows and not _is_parenthetical(title_rows[-1].label):
        items = parse_header(title_rows[-1].label)
        if items and all(i.kind == "text" for i in items) and segment_measures_scored(title_rows[-1].label, len(slots))[1]:
            header_rows.insert(0, title_rows.pop())
    titles = (outer or []) + [r.label for r in title_rows if r not in notes]
    title = _pick_title(titles, prev, bool(header_rows), raw)
    context_texts = titles + [r.label for r in notes] + ([raw.caption] if raw.caption else [])
    header_spans = [r.label_span for r in header_rows if r.label_span] + [
        f[1] for r in header_rows for f in r.fragments
    ]

    # table-wide defaults
    all_texts = context_texts + [r.label for r in header_rows]
    table_scale = _scale_of(context_texts + [r.label for r in header_rows])
    if table_scale is None and prev is not None and not titles and prev.columns:
        table_scale = next((c.scale for c in prev.columns if c.role == "value" and c.scale), None)
    table_currency = _currency_of(all_texts)
    share_scale = _share_scale(context_texts)
    table_unit = None
    if title:
        table_unit = _label_unit(title)
        if table_unit in ("per_share", "pure"):
            table_unit = None
    table_forecast = bool(_FORECAST.search(title or ""))
    title_period = _context_period(([title] if title else []) + context_texts, ctx)

    if positional and not header_rows and prev is not None and prev.layout == raw.layout and any(c.position for c in prev.columns):
        # a table without column headers just below another one continues its columns ("Net income  $ 33  $ 501")
        _inherit_columns(slots, prev)
    elif positional:
        _assign_positional(slots, header_rows, raw.layout)
    else:
        _assign_ordinal(slots, header_rows, data, transposed, context_texts)
    _resolve_slots(slots, ctx, data, transposed, title_period, table_forecast, context_texts + [r.label for r in header_rows] + [f[0] for r in header_rows for f in r.fragments])

    if transposed:
        # a % column beside a line item's column is about that line item
        for i, s in enumerate(slots):
            if s.measure is None and s.role in ("yoy_percent", "percent_of_total", "change") and i > 0:
                s.measure = slots[i - 1].measure
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
                position=s.pos if positional else None,
            )
        )

    # rows
    items: list[LineItem] = []
    excluded: list[tuple[VCell | tuple[str, Span], str]] = []
    footnotes: list[VCell] = []
    sections: list[tuple[str, int]] = []  # (heading, level)
    last_heading: str | None = title
    n_items = 0
    for r in body:
        if r.kind == "blank":
            continue
        if r.kind == "text":
            if r.years_only:
                continue
            label = r.label.strip()
            if not label:
                continue
            level = 0 if (label.isupper() or not sections) else 1
            if label.endswith(":") or label.isupper() or True:
                sections = [s for s in sections if s[1] < level]
                sections.append((label.rstrip(":").strip(), level))
            last_heading = label.rstrip(":").strip()
            n_items += 1
            items.append(
                LineItem(id=f"{tid}.r{n_items:03d}", label=label.rstrip(":").strip(), section=[s[0] for s in sections[:-1]], line=r.line, kind="heading")
            )
            continue
        n_items += 1
        iid = f"{tid}.r{n_items:03d}"
        label = r.label.strip()
        rperiod = _row_period(label, ctx) if transposed else None
        mapping, fns, extra = _fit(r, slots, positional)
        footnotes.extend(fns)
        for c in extra:
            excluded.append((c, "cell_outside_columns"))
        row_unit = _label_unit(label)
        if sections and (row_unit is None or len(label.split()) <= 2):
            # "Basic" under "Shares used in computing earnings per share:"; a line under "EARNINGS PER SHARE"
            for heading, _ in reversed(sections):
                u = _label_unit(heading)
                if u:
                    row_unit = u
                    break
                if len(heading.split()) > 2:
                    break  # only one-word sub-headings ("Basic", "Diluted") defer to the heading above them
        is_total = bool(_TOTAL.match(label)) and not transposed
        if label.isupper() and sections and not is_total:
            sections = []
        cells: list[Cell] = []
        for c, ci in mapping:
            col = columns[ci]
            s = slots[ci]
            if c.empty:
                continue
            a = c.amount
            assert a is not None
            period = col.period
            cell_label = label
            if transposed:
                cell_label = col.measure_label or last_heading or title or label
                period = rperiod
                if s.relative is not None and rperiod is not None:
                    period = relative_part(s.relative, rperiod)
                if period is None:
                    excluded.append((c, "no_period"))
                    continue
                if table_forecast and not period.forecast:
                    period = period.model_copy(update={"forecast": True})
            if period is None:
                excluded.append((c, "no_period"))
                continue
            unit, scale, role = _cell_unit(col, c, row_unit if not transposed else _label_unit(cell_label), share_scale, table_scale, ctx, label)
            value = a.value
            if role == "convenience" and a.parenthesised and a.currency and value is not None and value < 0:
                value = -value  # "($410.3 million)": a translation in parentheses, not a negative
            cells.append(
                Cell(
                    column=ci,
                    raw=c.text,
                    value=value,
                    nil=a.nil,
                    role=role,  # type: ignore[arg-type]
                    period=period,
                    unit=unit,
                    scale=scale,
                    decimals_printed=a.decimals,
                    label=cell_label,
                    dimension=col.dimension,
                    span=c.span,
                )
            )
        item_sections = [s[0] for s in sections]
        if is_total and sections and not label.isupper():
            sections = sections[:-1] if sections[-1][1] > 0 or label.lower().startswith("total") else sections
        items.append(
            LineItem(
                id=iid,
                label=label,
                section=item_sections,
                line=r.line,
                kind="total" if is_total else "item",
                unit=row_unit,
                footnotes=[f.text for f in fns],
                period=rperiod,
                cells=cells,
            )
        )
        if (is_total and sections and label.isupper()) or _CLOSES_ALL.match(label):
            sections = []

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
    )
    return Result(table=table, excluded=excluded, header_spans=header_spans, footnote_cells=footnotes)


# ------------------------------------------------------------------ titles and context


def _is_heading(r: Row) -> bool:
    t = r.label.strip()
    if r.kind != "text" or r.years_only or not t:
        return False
    if any(i.kind in ("period", "unit", "role") for i in parse_header(t)):
        return False
    return t.endswith(":") or (t.isupper() and len(t) > 3)


def _is_parenthetical(t: str) -> bool:
    return bool(_PARENTHETICAL.match(t.strip()))


def _pick_title(titles: list[str], prev: Table | None, has_header: bool, raw: RawTable) -> str | None:
    cands = [t for t in titles if t.strip() and not _is_parenthetical(t)]
    if cands:
        return cands[-1].strip()
    if raw.caption:
        return raw.caption
    if prev is not None:
        return prev.title
    return titles[-1].strip() if titles else None


def _context_period(texts: list[str], ctx: Context) -> Period | None:
    for t in reversed(texts):
        for e in find_period_exprs(t):
            if e.kind in ("fiscal_half", "fiscal_quarter", "fiscal_year", "months_ended", "weeks_ended", "quarter_ended", "fiscal_year_ended"):
                p = resolve(e, ctx.calendar)
                if p:
                    return p
    return None


# ------------------------------------------------------------------ slots


def _ordinal_count(data: list[Row]) -> int:
    counts = Counter()
    for r in data:
        n = len(r.cells)
        # leading footnote markers do not make a column
        k = 0
        while k < n - 1 and _is_footnote(r.cells[k]) and r.label:
            k += 1
        counts[n - k] += 1
    if not counts:
        return 0
    best = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    return best[0]


def _is_footnote(c: VCell) -> bool:
    t = c.text.strip()
    return bool(_FOOTNOTE.match(t)) and "," not in t and "." not in t


def _positional_slots(data: list[Row], layout: str) -> list[Slot]:
    tol = 2.0 if layout == "fixed" else 0.0
    edges = sorted({c.pos[1] for r in data for c in r.values})
    clusters: list[list[float]] = []
    for e in edges:
        if clusters and e - clusters[-1][-1] <= tol:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    slots = []
    for cl in clusters:
        cells = [c for r in data for c in r.values if cl[0] <= c.pos[1] <= cl[-1]]
        if cells and all(_FOOTNOTE_REF.match(c.text.strip()) for c in cells) and len(clusters) > 1 and cl is clusters[0]:
            continue  # a column of "(2)" markers right after the labels is footnote references, not figures
        starts = [c.pos[0] for c in cells]
        slots.append(Slot(pos=(min(starts) if starts else cl[0], cl[-1])))
    return slots


def _label_area_only(r: Row, slots: list[Slot]) -> bool:
    left = min(s.pos[0] for s in slots)
    return bool(r.fragments) and all(f[2][1] <= left - 1 for f in r.fragments)


def _is_header_row(r: Row, slots: list[Slot], positional: bool) -> bool:
    if r.years_only:
        return True
    if positional and slots:
        left = min(s.pos[0] for s in slots)
        if r.kind != "text":
            return False
        if r.grid:
            # HTML: a header row has text over the value columns; a label cell may span into them
            return any(f[2][0] >= left - 0.5 for f in r.fragments)
        # centred headers start a little left of their figures; a title starts in the label area
        inside = [f for f in r.fragments if f[2][0] >= left - 6]
        straddling = [f for f in r.fragments if f[2][0] < left - 6 < f[2][1]]
        return bool(inside) and not straddling
    items = parse_header(r.label)
    if not items:
        return False
    useful = [i for i in items if i.kind in ("period", "unit", "role", "forecast", "actual")]
    if not useful:
        return False
    if _is_parenthetical(r.label.strip()) or r.label.strip().endswith(":"):
        return False
    text_len = sum(len(i.text) for i in items if i.kind == "text")
    return text_len <= max(8, len(r.label) // 4)


def _context_percent_role(context_texts: list[str]) -> str | None:
    """A note like "(% shown is YoY change)" says what the bare % columns hold."""
    for t in context_texts:
        if "%" in t:
            for it in parse_header(t):
                if it.kind == "role" and it.role in ("yoy_percent", "change"):
                    return "yoy_percent"
    return None


def _assign_ordinal(slots: list[Slot], header_rows: list[Row], data: list[Row], transposed: bool, context_texts: list[str]) -> None:
    """Flattened text: header phrases map to columns by their order."""
    n = len(slots)
    if not n:
        return
    lines = [parse_header(r.label) for r in header_rows]
    # drop group lines whose periods the next line refines ("Fiscal Year ended March 31, 2009" over "1Q08 ... FY2008")
    period_lines = [i for i, its in enumerate(lines) if any(it.kind == "period" for it in its)]
    unit_lines = [i for i, its in enumerate(lines) if is_unit_line(its)]
    measure_lines = [i for i, its in enumerate(lines) if its and all(it.kind == "text" for it in its)]
    # the column template: the line with the most phrases that fits the row width
    template: list[Item] = []
    durations: list[Item] = []
    main_period_line = None
    if period_lines:
        main_period_line = max(period_lines, key=lambda i: (len([it for it in lines[i] if it.kind != "text"]), i))
        for i in period_lines:
            if i != main_period_line:
                for it in lines[i]:
                    if it.kind == "period" and it.expr is not None and duration_of(it.expr) and it.expr.date() is None:
                        durations.append(it)
    pl = [it for it in lines[main_period_line] if it.kind != "text"] if main_period_line is not None else []
    ul = [it for it in lines[unit_lines[-1]]] if unit_lines else []
    ml_text = " ".join(it.text for i in measure_lines for it in lines[i])
    if pl and ul and any(it.kind == "role" for it in pl):
        # "1H09 1H10 YoY % change" over "JPY millions JPY millions": units go to the period phrases in order
        template = list(pl)
        units = [u for u in ul if u.kind == "unit"]
        k = 0
        for it in template:
            if it.kind == "period" and k < len(units):
                it.currency, it.scale = units[k].currency, units[k].scale
                k += 1
    elif ul and (len(ul) >= len([p for p in pl if p.kind == "period"]) or not pl):
        template = list(ul)
        periods = [p for p in pl if p.kind == "period"]
        full = lines[main_period_line] if main_period_line is not None else []
        units_only = [it for it in template if it.kind == "unit"]
        if len(full) == len(units_only) and len(periods) != len(units_only):
            # "1st quarter-end ... Year-end Total" over "Yen Yen Yen Yen Yen": phrase by phrase
            for it, p in zip(units_only, full):
                if p.kind == "period":
                    it.expr = p.expr  # type: ignore[attr-defined]
        else:
            _spread_periods(template, periods)
    elif pl:
        template = list(pl)
    elif lines:
        template = [it for it in lines[-1] if it.kind in ("forecast", "actual", "role", "unit")]
    if durations and template:
        _spread_durations(template, durations)
    pct_role = _context_percent_role(context_texts)
    if pct_role:
        for it in template:
            if it.kind == "role" and it.text == "%":
                it.role = pct_role
    # "(% shown is YoY change)" and twice as many cells as header phrases: each figure is followed by its change
    if pct_role and template and n == 2 * len(template) and all(it.kind != "role" for it in template):
        widened: list[Item] = []
        for it in template:
            widened.append(it)
            widened.append(Item("role", "%", 0, 0, role=pct_role, unit="pure"))
        template = widened
    # measures: line items side by side (tables whose rows are periods)
    if transposed and ml_text:
        units = [it for it in template if it.kind == "unit"]
        measures, ok = segment_measures_scored(ml_text, len(template)) if template else ([], False)
        if template and ok and len(template) != len(units):
            targets = template  # every column names its own line item ("... as a percentage of Total Assets")
            for it in template:
                if it.kind == "role":
                    it.role = "ratio"
        else:
            measures, ok = segment_measures_scored(ml_text, len(units) or n)
            targets = units
        for it, m in zip(targets, measures):
            it.text = f"{m[0]} ({it.text})"
            setattr(it, "measure", m[0])
        if not template:
            template = [Item("text", m[0], 0, 0) for m in measures]
            for it, m in zip(template, measures):
                setattr(it, "measure", m[0])
    # fit the template to the row width
    if len(template) == n:
        for s, it in zip(slots, template):
            s.items.append(it)
    elif 0 < len(template) < n:
        _widen(slots, template, data)
    elif len(template) > n:
        for s, it in zip(slots, template[:n]):
            s.items.append(it)


def _spread_periods(template: list[Item], periods: list[Item]) -> None:
    """Periods over a unit line: value columns take the periods in order; % columns go with the column before."""
    values = [it for it in template if it.kind == "unit" and it.unit is None]
    if not periods:
        return
    # a translation currency column (a second currency) takes no period of its own
    currencies = Counter(it.currency for it in values if it.currency)
    main = currencies.most_common(1)[0][0] if currencies else None
    primaries = [it for it in values if it.currency == main or it.currency is None]
    if len(primaries) == len(periods):
        for it, p in zip(primaries, periods):
            it.expr, it.period_text = p.expr, p.text  # type: ignore[attr-defined]
    elif len(values) == len(periods):
        for it, p in zip(values, periods):
            it.expr, it.period_text = p.expr, p.text  # type: ignore[attr-defined]
    elif values and len(values) % len(periods) == 0:
        per = len(values) // len(periods)
        for i, it in enumerate(values):
            p = periods[i // per]
            it.expr, it.period_text = p.expr, p.text  # type: ignore[attr-defined]


def _spread_durations(template: list[Item], durations: list[Item]) -> None:
    """"Thirteen Weeks Ended  Thirty-Nine Weeks Ended" over four dates: each duration spans its share."""
    dated = [it for it in template if it.expr is not None]
    if not dated:
        return
    per = max(1, len(dated) // len(durations))
    for i, it in enumerate(dated):
        d = durations[min(i // per, len(durations) - 1)]
        setattr(it, "duration_expr", d.expr)


def _widen(slots: list[Slot], template: list[Item], data: list[Row]) -> None:
    """More cells than header phrases: find the column the header leaves out (a translation in a second currency)."""
    n = len(slots)
    extra = n - len(template)
    # columns whose cells print a currency prefix different from the others
    cur_by_pos: list[Counter] = [Counter() for _ in range(n)]
    for r in data:
        if len(r.cells) != n:
            continue
        for i, c in enumerate(r.cells):
            if c.amount is not None and c.amount.currency:
                cur_by_pos[i][c.amount.currency] += 1
    majority = Counter()
    for cb in cur_by_pos:
        majority.update(cb)
    main = majority.most_common(1)[0][0] if majority else None
    odd = [i for i, cb in enumerate(cur_by_pos) if cb and cb.most_common(1)[0][0] != main]
    if len(odd) == extra:
        k = 0
        for i, s in enumerate(slots):
            if i in odd:
                s.items.append(Item("unit", "", 0, 0, currency=cur_by_pos[i].most_common(1)[0][0]))
                s.role = "convenience"
            elif k < len(template):
                s.items.append(template[k])
                k += 1
        return
    # otherwise: a translation column stands before the last period (the convention of the statements)
    if extra == 1 and len(template) >= 2:
        order = list(range(n))
        conv = n - 2
        k = 0
        for i in order:
            if i == conv:
                slots[i].role = "convenience"
            elif k < len(template):
                slots[i].items.append(template[k])
                k += 1
        return
    for s, it in zip(slots, template):
        s.items.append(it)


def _inherit_columns(slots: list[Slot], prev: Table) -> None:
    for s in slots:
        best = None
        for c in prev.columns:
            if c.position is None:
                continue
            overlap = min(s.pos[1], c.position[1]) - max(s.pos[0], c.position[0])
            if overlap > -2 and (best is None or abs(c.position[1] - s.pos[1]) < abs(best.position[1] - s.pos[1])):
                best = c
        if best is not None:
            s.period, s.role, s.scale, s.dimension = best.period, best.role, best.scale, best.dimension
            s.currency = best.unit if best.unit and best.unit.isupper() and len(best.unit) == 3 else None
            s.items.append(Item("text", best.header, 0, 0))
            s.inherited = True  # type: ignore[attr-defined]


def _assign_positional(slots: list[Slot], header_rows: list[Row], layout: str) -> None:
    """Fixed-width text and HTML: header pieces belong to the columns they stand over.

    Pieces stacked over one column ("For the 13" / "Weeks Ended" / "July 3, 2004 and") are read as one phrase.
    """
    stacks: list[list[tuple[str, Span, tuple[float, float], int]]] = [[] for _ in slots]
    years: list[list[tuple[str, Span, tuple[float, float], int]]] = [[] for _ in slots]
    left = min(s.pos[0] for s in slots) if slots else 0
    for r in header_rows:
        frags = r.fragments or []
        is_years = r.years_only
        if is_years:
            frags = [(c.text, c.span, c.pos) for c in r.cells if not c.empty]
        frags = [f for f in frags if f[2][1] > left - (1 if layout == "grid" else 0.5)]
        for text, span, (x0, x1) in frags:
            targets = []
            for i, s in enumerate(slots):
                if layout == "grid":
                    inside = x0 < s.pos[1] and s.pos[0] < x1
                else:
                    inside = x0 < s.pos[1] + 1 and s.pos[0] - 1 < x1
                if inside:
                    targets.append(i)
            if not targets and slots:
                cx = (x0 + x1) / 2
                best = min(range(len(slots)), key=lambda i: abs((slots[i].pos[0] + slots[i].pos[1]) / 2 - cx))
                targets = [best]
            for i in targets:
                (years if is_years else stacks)[i].append((text, span, (x0, x1), r.line))
    for i, s in enumerate(slots):
        pieces = sorted(stacks[i] + years[i], key=lambda p: (p[3], p[2][0]))
        if pieces:
            joined = " ".join(t for t, _, _, _ in pieces)
            for it in parse_header(joined):
                it.span, it.pos, it.line = pieces[0][1], pieces[0][2], pieces[0][3]
                s.items.append(it)


def _resolve_slots(
    slots: list[Slot],
    ctx: Context,
    data: list[Row],
    transposed: bool,
    title_period: Period | None,
    table_forecast: bool,
    context_texts: list[str],
) -> None:
    cal = ctx.calendar
    for s in slots:
        exprs: list[PeriodExpr] = []
        years: list[int] = []
        text_items: list[str] = []
        for it in s.items:
            if it.kind == "unit":
                if it.currency:
                    s.currency = it.currency
                if it.scale is not None:
                    s.scale = it.scale
                if it.unit:
                    s.unit = it.unit
                ex = getattr(it, "expr", None)
                if ex is not None and ex.kind in ("relative_quarter_end", "relative_year_end"):
                    s.relative = ex
                elif ex is not None:
                    exprs.append(ex)
                if getattr(it, "duration_expr", None) is not None:
                    s.duration = duration_of(it.duration_expr)
                    s.month_day = month_day(it.duration_expr)
                if getattr(it, "measure", None):
                    s.measure = it.measure  # type: ignore[attr-defined]
            elif it.kind == "role":
                s.role = it.role or s.role
                if getattr(it, "measure", None):
                    s.measure = it.measure  # type: ignore[attr-defined]
            elif it.kind == "forecast":
                s.forecast = True
            elif it.kind == "period" and it.expr is not None:
                if it.currency:
                    s.currency = it.currency
                if it.scale is not None:
                    s.scale = it.scale
                if it.expr.kind == "year":
                    years.append(int(it.expr.groups["year"] or 0))
                elif it.expr.kind in ("relative_quarter_end", "relative_year_end"):
                    s.relative = it.expr
                else:
                    exprs.append(it.expr)
                if getattr(it, "duration_expr", None) is not None:
                    s.duration = duration_of(it.duration_expr)
                    s.month_day = month_day(it.duration_expr)
            elif it.kind == "text":
                if getattr(it, "measure", None):
                    s.measure = it.measure  # type: ignore[attr-defined]
                else:
                    text_items.append(it.text)
        if s.role == "value" and s.currency and ctx.translations:
            tr = ctx.translations[0]
            if s.currency == tr.to_currency and tr.from_currency != tr.to_currency and (ctx.reporting_currency == tr.from_currency):
                s.role = "convenience"
        if s.role in ("percent_of_total", "yoy_percent", "ratio"):
            s.unit = "pure"
        # the period
        if getattr(s, "inherited", False):
            continue
        s.period = _slot_period(exprs, years, s, cal, context_texts)
        if s.period is None and s.role == "value" and not transposed and title_period is not None:
            s.period = title_period.model_copy(update={"forecast": s.forecast or table_forecast})
        elif s.period is not None and (s.forecast or table_forecast):
            s.period = s.period.model_copy(update={"forecast": True})
        # a column naming something other than a period: a segment, a region; or a measure ("Earnings Per Share")
        if not transposed and text_items and not s.measure:
            t = " ".join(text_items).strip()
            column_unit = _label_unit(t)
            if column_unit in ("per_share", "shares", "pure"):
                s.unit = column_unit
            elif t and t.lower() not in _CONSOLIDATED and t.lower() not in _MEASURE_WORDS and s.role == "value":
                s.dimension = t
        if transposed and not s.measure and text_items:
            if len(text_items) == 1 and text_items[0].lower() in ("total",):
                s.row_period_total = True
            else:
                s.measure = " ".join(text_items)
    # columns without a period take one from their neighbours
    values = [i for i, s in enumerate(slots) if s.role == "value"]
    for i, s in enumerate(slots):
        if s.period is not None or transposed:
            continue
        if s.role in ("percent_of_total",):
            prev = next((slots[j] for j in range(i - 1, -1, -1) if slots[j].role == "value"), None)
            s.period = prev.period if prev else None
        elif s.role in ("yoy_percent", "change"):
            periods = [slots[j].period for j in values if slots[j].period is not None]
            s.period = max(periods, key=lambda p: p.end) if periods else None
    for i, s in enumerate(slots):
        if s.role == "convenience" and s.currency is None and ctx.translations:
            s.currency = ctx.translations[0].to_currency
        if s.role == "convenience" and not transposed:
            s.translates = _translated_column(i, slots, data, ctx)
            if s.translates is not None:
                s.period = slots[s.translates].period
            elif s.period is None:
                periods = [slots[j].period for j in values if slots[j].period is not None]
                s.period = max(periods, key=lambda p: p.end) if periods else None


def _slot_period(exprs: list[PeriodExpr], years: list[int], s: Slot, cal: Calendar, context_texts: list[str]) -> Period | None:
    # a full period among the expressions wins; a year picks one of two dates ("July 3, 2004 and June 28, 2003")
    duration = s.duration
    for e in exprs:
        d = duration_of(e)
        if d and e.date() is None:
            duration = d
    for e in exprs:
        if e.kind in ("date", "as_of", "months_ended", "weeks_ended"):
            d1, d2 = e.date(), e.date("date2")
            end = d2 if years and d2 and d2.year == years[0] else d1
            if end is None:
                continue
            if e.kind in ("months_ended", "weeks_ended"):
                return period_for(duration_of(e), end, e.text)
            if e.kind == "as_of" and duration is None:
                return Period(kind="instant", end=end, label=e.text)
            return period_for(duration, end, e.text)
        p = resolve(e, cal)
        if p is not None:
            return p
    if years and s.month_day is None:
        for e in exprs:
            if duration_of(e) and month_day(e):
                s.month_day = month_day(e)
    if years and s.month_day is not None:
        # "Three Months Ended September 30," over "2024 2023"
        try:
            end = date(years[0], *s.month_day)
        except ValueError:
            end = None
        if end is not None:
            return period_for(duration, end, f"{years[0]}")
    if years:
        # a year alone: find the date of that year in the table's titles ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003")
        for t in reversed(context_texts):
            for e in find_period_exprs(t):
                for key in ("date", "date2"):
                    d = e.date(key) if e.groups.get(key) else None
                    if d and d.year == years[0]:
                        return period_for(duration_of(e) or duration, d, f"{e.text} ({years[0]})")
        return None
    return None


def _translated_column(i: int, slots: list[Slot], data: list[Row], ctx: Context) -> int | None:
    """Which value column a translation column translates: the one whose amounts divided by the rate match."""
    if not ctx.translations:
        return None
    rate = ctx.translations[0].rate
    best, best_hits = None, 0
    for j, s in enumerate(slots):
        if j == i or s.role != "value":
            continue
        hits = 0
        for r in data:
            if len(r.cells) != len(slots):
                continue
            a, b = r.cells[i].amount, r.cells[j].amount
            if a is None or b is None or a.value is None or b.value is None or b.value == 0:
                continue
            sa = Decimal(10) ** (s.scale or 0)
            si = Decimal(10) ** (slots[i].scale or 0)
            expect = b.value * sa / rate / si
            if abs(expect - a.value) <= max(Decimal(1), abs(expect) * Decimal("0.002")):
                hits += 1
        if hits > best_hits:
            best, best_hits = j, hits
    if best is None:
        later = [j for j, s in enumerate(slots) if s.role == "value" and s.period is not None]
        if later:
            best = max(later, key=lambda j: slots[j].period.end)  # type: ignore[union-attr]
    return best


# ------------------------------------------------------------------ fitting cells to columns


def _fit(r: Row, slots: list[Slot], positional: bool) -> tuple[list[tuple[VCell, int]], list[VCell], list[VCell]]:
    """Map a row's cells to columns. Returns (cell, column) pairs, footnote markers, cells outside the columns."""
    grid = r.grid
    cells = list(r.cells)
    footnotes: list[VCell] = []
    extra: list[VCell] = []
    if positional:
        out = []
        used: set[int] = set()
        for c in cells:
            if c.empty:
                continue
            # the column whose right edge is nearest; HTML columns must match, text may be off by a few characters
            best = None
            if slots:
                near = min(range(len(slots)), key=lambda i: abs(c.pos[1] - slots[i].pos[1]))
                s = slots[near]
                limit = 0.5 if grid else 3
                if abs(c.pos[1] - s.pos[1]) <= limit or (not grid and s.pos[0] - 0.5 <= c.pos[1] <= s.pos[1]):
                    best = near
            left = min(s.pos[0] for s in slots) if slots else 0
            if best is None or best in used or (_is_footnote(c) and not out and c.pos[1] < left - 1):
                if _is_footnote(c) and not out:
                    footnotes.append(c)
                else:
                    extra.append(c)
                continue
            used.add(best)
            out.append((c, best))
        return out, footnotes, extra
    n = len(slots)
    while len(cells) > n and cells and _is_footnote(cells[0]) and r.label:
        footnotes.append(cells.pop(0))
    # placeholders at the ends (padding), then anywhere
    while len(cells) > n and cells and cells[0].empty:
        cells.pop(0)
    while len(cells) > n and cells and cells[-1].empty:
        cells.pop()
    while len(cells) > n and any(c.empty for c in cells):
        cells.remove(next(c for c in cells if c.empty))
    if len(cells) > n:
        extra = cells[n:]
        cells = cells[:n]
    if len(cells) < n:
        # fewer cells than columns: fill the value columns first
        value_cols = [i for i, s in enumerate(slots) if s.role in ("value",)]
        if len(cells) == len(value_cols):
            return list(zip(cells, value_cols)), footnotes, extra
        main = [i for i, s in enumerate(slots) if s.role in ("value", "convenience")]
        if len(cells) == len(main):
            return list(zip(cells, main)), footnotes, extra
    return [(c, i) for i, c in enumerate(cells)], footnotes, extra


def _cell_unit(
    col: Column, c: VCell, row_unit: str | None, share_scale: int | None, table_scale: int | None, ctx: Context, label: str
) -> tuple[str | None, int, str]:
    """The unit, scale and role of one cell from its column, its row and what it prints itself."""
    role = col.role
    a = c.amount
    currency = col.unit if col.unit and col.unit.isupper() and len(col.unit) == 3 else None
    if a is not None and a.currency:
        if ctx.translations and a.currency == ctx.translations[0].to_currency and a.currency != (currency or ctx.reporting_currency):
            role = "convenience"
        currency = a.currency
    if a is not None and a.percent:
        return "pure", -2, role if role in ("percent_of_total", "yoy_percent") else "ratio"
    if role in ("percent_of_total", "yoy_percent", "ratio"):
        return "pure", -2, role
    if c.unit:
        return c.unit, 0, role
    scale = col.scale
    if c.scale is not None:
        scale = c.scale
    if row_unit is None and col.unit in ("per_share", "shares", "pure"):
        row_unit = col.unit
    if row_unit in ("per_share", "per_ADS"):
        cur = currency or ctx.reporting_currency
        return f"{cur}/{'shares' if row_unit == 'per_share' else 'ADS'}", 0, role
    if row_unit in ("shares", "ADS"):
        sc = 0 if "(shares)" in label.lower() or "(ads" in label.lower() else (
            share_scale if share_scale is not None else (table_scale if table_scale is not None else scale)
        )
        return row_unit, sc, role
    if row_unit == "pure":
        return "pure", 0, role
    if row_unit is not None:
        return row_unit, 0, role
    if col.unit and not currency:
        return col.unit, (0 if col.unit not in ("shares",) else scale), role
    return currency or ctx.reporting_currency, scale, role
