"""What each column means, from the header phrases stacked over it, the table's title and the release's calendar:
its period, currency, scale and role."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from ..knowledge import compiled, knowledge
from ..models import Period
from ..periods import Calendar, PeriodExpr, duration_of, numeric_order, year_end_unknown, find_period_exprs, full_year, is_month_end, month_day, month_number, month_range, period_for, resolve
from .quarter_dates import quarter_trend
from .stated_lengths import lengths_stated_in_prose
from .quarter_groups import year_part
from .rows import Row
from .slots import Context, Slot

_kn = knowledge()
_label_units = compiled("units", "label_units")
_FORECAST = re.compile(r"\b(?:" + "|".join(map(re.escape, _kn.raw["roles"]["forecast"])) + r")\b", re.I)
_CONSOLIDATED = {w.lower() for w in _kn.raw["header"]["consolidated"]}
_MEASURE_WORDS = {w.lower() for w in _kn.raw["header"]["measure_words"]}
_fiscal_parts = compiled("header", "fiscal_parts")
_COMPARISON = {w.lower() for w in _kn.raw["header"]["comparison"]}
_STATEMENTS = _kn.raw["header"]["statement_titles"]
_NUMERIC_DATE = re.compile(r"\d/\d")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


# footnote marks after a label's words ("Diluted (2)", "Basic (a)", "Diluted*", "Diluted²"): they name no unit
_MARKS = re.compile(r"(?:\s*(?:\((?:[a-z]|\d{1,2})\)|\*+|†|‡|[\u00b9\u00b2\u00b3\u2070-\u209f\u1d2c-\u1d6a]+))+[\s:]*$", re.I)


def strip_marks(label: str) -> str:
    """The label without the footnote marks after its words."""
    return _MARKS.sub("", label) or label


def label_unit(text: str) -> str | None:
    """The unit a row label names: from its head ("Treasury stock—3,934 shares ..." names none) or an explicit "(shares)".

    Footnote marks after the words are no part of the label ("Diluted (2)" under "Per common share:" is diluted
    earnings per share, as "Diluted" is)."""
    text = strip_marks(text)
    head = re.split(r"\s*[—–,;]\s*|\s+-\s+|\s+net of\s+|\s+less\s+", text.strip(), maxsplit=1)[0]
    explicit = " ".join(re.findall(r"\([^)]*\)", text))
    for pat, entry in _label_units:
        if pat.search(text if entry.get("whole") else head) or (explicit and pat.search(explicit) and entry["unit"] in ("shares", "ADS")):
            return entry["unit"]
        if entry["unit"] in ("per_share", "per_ADS") and _ends_with(pat, text):
            return entry["unit"]  # "Direct response costs - cyberattack per share": the label ends naming its unit
    return None


_TAIL = re.compile(r"[\s*:]*(?:\((?:[a-z]|\d{1,2})\))?[\s*:]*", re.I)  # footnote marks after the words


def _ends_with(pat: re.Pattern[str], text: str) -> bool:
    ends = [m.end() for m in pat.finditer(text)]
    return bool(ends) and _TAIL.fullmatch(text[ends[-1]:]) is not None


def row_period(label: str, ctx: Context) -> Period | None:
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

def context_period(texts: list[str], ctx: Context) -> Period | None:
    for t in reversed(texts):
        for e in find_period_exprs(t):
            if e.kind in ("fiscal_half", "fiscal_quarter", "fiscal_year", "months_ended", "weeks_ended", "quarter_ended", "fiscal_year_ended",
                          "date_range", "month_range"):
                p = resolve(e, ctx.calendar)
                if p:
                    return p
    return None

def resolve_slots(
    slots: list[Slot],
    ctx: Context,
    data: list[Row],
    transposed: bool,
    title_period: Period | None,
    table_forecast: bool,
    context_texts: list[str],
) -> None:
    cal = ctx.calendar
    _order_numeric_dates(slots)
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
        if len(exprs) == 2 and any(t.lower() in _COMPARISON for t in text_items):
            # "Q4 FY2024 vs. Q4 FY2023": the change of the first period over the second
            s.role, exprs = "change", exprs[:1]
            text_items = [t for t in text_items if t.lower() not in _COMPARISON]
        if s.role == "value" and s.currency and ctx.translations:
            tr = ctx.translations[0]
            if s.currency == tr.to_currency and tr.from_currency != tr.to_currency and (ctx.reporting_currency == tr.from_currency):
                s.role = "convenience"
        if s.role in ("percent_of_total", "yoy_percent", "ratio"):
            s.unit = "pure"
        durations = [duration_of(e) for e in exprs if duration_of(e)]
        s.months = (durations[0][1] if durations[0][0] == "months" else round(durations[0][1] * 12 / 52)) if durations else None
        # the period
        if getattr(s, "inherited", False):
            continue
        part = _fiscal_part(exprs, text_items, cal) if not transposed else None
        if part is None and not exprs and not transposed:
            part = year_part(years, text_items, cal)  # "2024" over "Q1": as "Q1 2024"
        if part is not None:
            s.period, text_items = part
        else:
            s.period = _slot_period(exprs, years, s, cal, context_texts)
        if s.period is None and not s.excluded and any(year_end_unknown(e, cal) for e in exprs):
            s.excluded = "fiscal_year_end_unknown"  # "FY 2024 | FY 2023" where nothing states when the year ends
        if s.period is None and s.role == "value" and not transposed and title_period is not None and not s.excluded \
                and not years and not exprs:  # a column that prints a period of its own never takes the title's
            s.period = title_period.model_copy(update={"forecast": s.forecast or table_forecast})
        elif s.period is not None and (s.forecast or table_forecast):
            s.period = s.period.model_copy(update={"forecast": True})
        # a column naming something other than a period: a segment, a region; or a measure ("Earnings Per Share")
        if not transposed and text_items and not s.measure:
            t = " ".join(text_items).strip()
            column_unit = label_unit(t)
            if column_unit in ("per_share", "shares", "pure"):
                s.unit = column_unit
            elif t and t.lower() not in _CONSOLIDATED and t.lower() not in _MEASURE_WORDS and s.role == "value" \
                    and "consolidated" not in t.lower().split():  # "UnitedHealth Group Consolidated (a)": the whole
                s.dimension = t
        if transposed and not s.measure and text_items:
            if len(text_items) == 1 and text_items[0].lower() in ("total",):
                s.row_period_total = True
            else:
                s.measure = " ".join(text_items)
    if not transposed:
        _years_of_their_fourth_quarters(slots, cal)
        quarter_trend(slots, cal)
        lengths_stated_in_prose(slots, data, ctx)
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
            # under a duration of its own ("Year Ended December 31," over "2025  2024  $ Change  % Change"): the
            # latest period of that length; else the latest period of the table
            own = [p for p in periods if p.start is not None and s.months is not None
                   and abs(round(((p.end - p.start).days + 1) / 30.44) - s.months) <= 0]
            s.period = max(own or periods, key=lambda p: (p.end, p.start is not None and -(p.end - p.start).days)) if periods else None
    if not transposed:
        _unstated_translations(slots, ctx)
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


def _years_of_their_fourth_quarters(slots: list[Slot], cal: Calendar) -> None:
    """"Q4 2024 | FY 2024" where nothing states when the fiscal year ends: the fourth quarter is read as the calendar's
    (October to December), and a fourth quarter ends its fiscal year; so "FY 2024" beside it is the twelve months that
    end with that quarter, as refusing it while reading the quarter would contradict. A year with no fourth quarter
    of its own beside it stays refused (``fiscal_year_end_unknown``)."""
    ends: dict[int, date] = {}
    for s in slots:
        for it in s.items:
            e = getattr(it, "expr", None)
            if s.period is not None and e is not None and e.kind == "fiscal_quarter" and not year_end_unknown(e, cal) \
                    and e.groups.get("q") in ("4", "fourth") and s.period.kind == "duration":
                ends[full_year(e.groups["yy"])] = s.period.end
    for s in slots:
        if s.excluded != "fiscal_year_end_unknown":
            continue
        years = [e for it in s.items if (e := getattr(it, "expr", None)) is not None and e.kind == "fiscal_year"]
        if len(years) != 1 or full_year(years[0].groups["yy"]) not in ends:
            continue
        end = ends[full_year(years[0].groups["yy"])]
        s.period = period_for(("months", 12), end, years[0].text, cal=cal)
        if s.period is not None:
            s.excluded = None


def _unstated_translations(slots: list[Slot], ctx: Context) -> None:
    """A column that states another currency than the release reports in, beside a column of the same period in the
    reporting currency ("FY2024 (...) (Millions of yen) | FY2024 (...) (Thousands of U.S. dollars)"), where the release
    states no rate: a convenience translation of that column (in contexts of its own, as a stated rate's are), never a
    second unit of the reported figures."""
    home = ctx.reporting_currency
    if home is None or ctx.translations:
        return
    for s in slots:
        if s.role != "value" or s.period is None or not s.currency or s.currency == home:
            continue
        same = [j for j, o in enumerate(slots) if o is not s and o.role == "value" and o.period is not None
                and o.period.key == s.period.key and (o.currency or home) == home]
        if same:
            s.role, s.translates = "convenience", same[0]


def _order_numeric_dates(slots: list[Slot]) -> None:
    """Numeric dates over the columns of one table read in one order: "1/2/2024" beside "12/31/2024" is month first
    (``periods.numeric_order``); with nothing to fix it, it stays no date."""
    items = [it for s in slots for it in s.items if getattr(it, "expr", None) is not None]
    order = numeric_order(it.expr.text for it in items)
    if order is None:
        return
    for it in items:
        if it.expr.order is None and _NUMERIC_DATE.search(it.expr.text):
            it.expr = replace(it.expr, order=order)


def _fiscal_part(exprs: list[PeriodExpr], text_items: list[str], cal: Calendar) -> tuple[Period | None, list[str]] | None:
    """"Q1" (or "H1", "First Quarter") under "Fiscal 2019": that part of the fiscal year; None when nothing composes."""
    years = [e for e in exprs if e.kind == "fiscal_year"]
    if len(years) != 1 or len(exprs) != 1:
        return None
    for t in text_items:
        for pat, entry in _fiscal_parts:
            m = pat.match(t.strip())
            if not m:
                continue
            g = m.groupdict()
            n = int(g.get("n") or g.get("n2") or 0) or _ORDINALS[(g.get("w") or "").lower()]
            fy = full_year(years[0].groups["yy"])
            rest = [x for x in text_items if x is not t]
            if resolve(years[0], cal) is None:
                return None, rest  # the fiscal year itself is unknown (no year end stated or shown)
            se = cal.fiscal_part(fy, n, int(entry["months"]))
            if se is None:
                return None, rest  # a 53-week year's quarter: no period, and no guess
            label = f"{years[0].text} {t.strip()}"
            return Period(kind="duration", start=se[0], end=se[1], label=label), rest
    return None


def _year_of_statement(year: int, cal: Calendar, context_texts: list[str], duration: tuple[str, int] | None = None) -> Period | None:
    """A year alone over a column of a statement whose title says what it is ("CONDENSED CONSOLIDATED BALANCE SHEETS"
    over "2022  2021"), in a release whose fiscal year is the calendar year: the year end, or the year. Under titles
    that name no statement ("Selected Consolidated Financial Data"), and with no period length over the column, the
    fiscal year with its period type left to each row (``Period.per_row``: a flow is the year, a balance its end)."""
    if not cal.year_end_known or cal.weeks is not None or (cal.fc.year_end_month, cal.fc.year_end_day) != (12, 31):
        return None
    kind = statement_period_kind(context_texts)
    if kind is None:
        if duration is not None:
            return None  # "Three Months Ended" over a year and no day anywhere: not the year
        return Period(kind="duration", start=date(year, 1, 1), end=date(year, 12, 31), label=str(year), per_row=True)
    if kind == "instant":
        return Period(kind="instant", end=date(year, 12, 31), label=str(year))
    return Period(kind="duration", start=date(year, 1, 1), end=date(year, 12, 31), label=str(year))


def statement_period_kind(context_texts: list[str]) -> str | None:
    """"instant" or "duration": what the statement a table's titles name states ("BALANCE SHEET": balances at dates;
    "STATEMENTS OF OPERATIONS": periods); None when they name neither or both."""
    titles = " ".join(context_texts).lower()
    instant = any(w in titles for w in _STATEMENTS["instant"])
    duration = any(w in titles for w in _STATEMENTS["duration"])
    return None if instant == duration else "instant" if instant else "duration"


def in_weeks(duration: tuple[str, int] | None, weeks: tuple[str, int] | None) -> tuple[str, int] | None:
    """A column's length in the weeks printed under it, when they agree with the months its header names (13 weeks
    for three months, 52 or 53 for twelve); the months alone when no weeks are printed; None when they disagree."""
    if weeks is None or duration is None:
        return duration if weeks is None else weeks
    unit, n = duration
    if unit == "weeks":
        return duration if n == weeks[1] else None
    return weeks if abs(weeks[1] * 7 - n * 30.44) <= 14 else None


def _or_undetermined(s: Slot, p: Period | None) -> Period | None:
    """A dated column the fiscal calendar cannot place (a 53-week year's quarter): excluded, never guessed."""
    if p is None:
        s.excluded = "period_start_undetermined"
    return p


def _slot_period(exprs: list[PeriodExpr], years: list[int], s: Slot, cal: Calendar, context_texts: list[str]) -> Period | None:
    # a full period among the expressions wins; a year picks one of two dates ("July 3, 2004 and June 28, 2003")
    duration = s.duration
    lengths = set()
    for e in exprs:
        d = duration_of(e)
        if d and e.date() is None:
            duration = d
        if d and e.kind != "weeks_length":
            lengths.add(d)
    if len(lengths) > 1:
        # "Year ended" and "Three months ended" both over the column: header cells that did not divide the columns
        # (two lengths stacked on one column contradict each other); which is its length is not known
        s.excluded = "period_length_ambiguous"
        return None
    if duration is not None and statement_period_kind(context_texts) == "instant":
        # a balance sheet's dated columns are balances at those dates: "Quarter Ending" above its title ("Financial
        # Summary For Quarter Ending September 30, 2024 / BALANCE SHEET / September 30, 2024  2023") heads the
        # release's summary, not these columns
        duration = s.duration = None
    # a week count printed under the column's date ("(13 weeks)") says how long its "Three Months Ended" is
    weeks = next((duration_of(e) for e in exprs if e.kind == "weeks_length"), None)
    if weeks is not None:
        duration = in_weeks(duration, weeks)
        if duration is None:
            return _or_undetermined(s, None)  # "Three Months Ended" over "(52 weeks)": no length can be trusted
    # the lowest full period stacked over a column is the most specific ("Fiscal Year ended March 31, 2009" over "1Q08")
    for e in reversed(exprs):
        if e.kind == "months_ended" and e.groups.get("mon"):
            # "Three Months Ended June" (over a line of years): the day comes from the fiscal calendar
            year = int(e.groups["year"]) if e.groups.get("year") else (years[0] if years else None)
            end = cal.month_end(year, month_number(e.groups["mon"])) if year else None
            length = in_weeks(duration_of(e), weeks)
            if end is None:
                return None
            if weeks is not None and length is None:
                return _or_undetermined(s, None)
            return _or_undetermined(s, period_for(length, end, f"{e.text} {year or ''}".strip(), cal=cal))
        if e.kind == "month_range" and not e.groups.get("year") and years:
            # "Oct-Dec" over "2024": those months of the year under it
            return month_range(e, years[0], f"{e.text} {years[0]}")
        if e.kind in ("date", "as_of", "months_ended", "weeks_ended"):
            d1, d2 = e.date(), e.date("date2")
            end = d2 if years and d2 and d2.year == years[0] else d1
            if end is None and _NUMERIC_DATE.search(e.text):
                # "1/2/2024" with no date beside it that fixes the order (2 January, or 1 February), "6/30/97"
                s.excluded = "date_undetermined"
                return None
            if end is None:
                continue
            if e.kind in ("months_ended", "weeks_ended"):
                length = in_weeks(duration_of(e), weeks)
                if weeks is not None and length is None:
                    return _or_undetermined(s, None)
                return _or_undetermined(s, period_for(length, end, e.text, cal=cal))
            if e.kind == "as_of" and duration is None:
                return Period(kind="instant", end=end, label=e.text)
            if e.kind == "date" and duration is None and statement_period_kind(context_texts) == "duration":
                return _flows_ending(s, end, e.text, cal, context_texts)
            if e.kind == "date" and duration is None and _NUMERIC_DATE.search(e.text) \
                    and statement_period_kind(context_texts) != "instant":
                # "12/31/2024 | 9/30/2024" over revenue and average balances: the quarters ending then, or balances
                # at those dates; nothing over the column or in its titles says which (a balance sheet's title does)
                s.excluded, s.undetermined_end = "period_kind_undetermined", end
                return None
            return _or_undetermined(s, period_for(duration, end, e.text, cal=cal))
        p = resolve(e, cal)
        if p is not None:
            return p
    if years and s.month_day is None:
        for e in exprs:
            if (duration_of(e) or e.kind == "month_day") and month_day(e):
                s.month_day = month_day(e)  # "Three Months Ended September 30," or "October 26," over a year
    if years and s.month_day is None and duration is not None:
        # "Three Months Ended" / "Years Ended" over a year, the day in the table's note alone ("For the periods ended
        # December 31 (US$ millions ...)"): that day, where the titles name one day only
        days = {month_day(e) for t in context_texts for e in find_period_exprs(t) if e.kind == "month_day" and month_day(e)}
        if len(days) == 1:
            s.month_day = days.pop()
    if years and s.month_day is not None:
        # "Three Months Ended September 30," over "2024 2023"
        try:
            end = date(years[0], *s.month_day)
        except ValueError:
            end = None
        if end is not None:
            return _or_undetermined(s, period_for(duration, end, f"{years[0]}", cal=cal))
    if years:
        # a year alone: find the date of that year in the table's titles ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003")
        for t in reversed(context_texts):
            for e in find_period_exprs(t):
                for key in ("date", "date2", "year2"):
                    d = e.date(key) if e.groups.get(key) and key != "year2" else None
                    if key == "year2" and e.groups.get(key) and e.date() is not None:
                        # "for the years ended December 31, 2022 and 2021": the same day of the other year
                        d = e.date().replace(year=int(e.groups["year2"])) if not (e.date().month == 2 and e.date().day == 29) else None
                    if d and d.year == years[0]:
                        return _or_undetermined(s, period_for(duration_of(e) or duration, d, f"{e.text} ({years[0]})", cal=cal))
        # the title dates another year of a calendar-month company ("for the year ended 31 March 2024" over "2024  2023"):
        # the same month and day of this column's year
        if cal.weeks is None:
            for t in reversed(context_texts):
                for e in find_period_exprs(t):
                    d = e.date() if e.groups.get("date") else None
                    if d is not None and duration_of(e) and is_month_end(d):
                        end = date(years[0], d.month, calendar.monthrange(years[0], d.month)[1])
                        return _or_undetermined(s, period_for(duration_of(e), end, f"{e.text} ({years[0]})", cal=cal))
        return _year_of_statement(years[0], cal, context_texts, duration) if not exprs else None
    return None


def _flows_ending(s: Slot, end: date, label: str, cal: Calendar, context_texts: list[str]) -> Period | None:
    """A date alone over a column of a statement of flows ("STATEMENTS OF OPERATIONS" over "Dec. 31, 2024"): the period
    that ends then, as long as the titles say ("For the Years Ended", one length over the table), or else the year
    the release reports ending that day (``Calendar.year_ends``; the same day of an earlier year beside it is the
    year before). Nothing saying how long: excluded, never the balance at that date."""
    lengths = {d for t in context_texts for e in find_period_exprs(t) if (d := duration_of(e)) and e.kind != "weeks_length"}
    if len(lengths) == 1:
        return _or_undetermined(s, period_for(lengths.pop(), end, label, cal=cal))
    if not lengths and cal.weeks is None and any((y.month, y.day) == (end.month, end.day) and end <= y for y in cal.year_ends):
        return _or_undetermined(s, period_for(("months", 12), end, label, cal=cal))
    s.excluded, s.undetermined_end = "period_length_undetermined", end  # the prose may state it (``stated_lengths``)
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

