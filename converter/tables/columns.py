"""What each column means, from the header phrases stacked over it, the table's title and the release's calendar:
its period, currency, scale and role."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from ..knowledge import compiled, knowledge
from ..models import Period
from ..periods import Calendar, PeriodExpr, duration_of, numeric_order, year_end_unknown, find_period_exprs, full_year, month_day, period_for, resolve
from ..weeks import duration_months
from .headers import FORECAST
from .quarter_dates import quarter_trend
from .stated_lengths import lengths_stated_in_prose
from .titles import is_sentence
from .translation_ratio import undated_translations
from .quarter_groups import year_part
from .rows import Row
from .slots import Context, Slot
from .slot_period import NUMERIC_DATE, fiscal_part, slot_period

_kn = knowledge()
_label_units = compiled("units", "label_units")
_CONSOLIDATED = {w.lower() for w in _kn.raw["header"]["consolidated"]}
_MEASURE_WORDS = {w.lower() for w in _kn.raw["header"]["measure_words"]}
_MEASURE_COLUMN = re.compile(_kn.raw["header"]["measure_columns"])  # [header] measure_columns
_RATE_COLUMN = re.compile(r"\b(?:yields?|rates?)\b", re.I)  # of them, a yield or rate
_COMPARISON = {w.lower() for w in _kn.raw["header"]["comparison"]}
# words by which a column header states where its period starts ("through March 31", "Period from ...")
_STATES_START = re.compile(r"\b(?:through|thru)\b|\bperiod\s+from\b|\binception\b", re.I)


# footnote marks after a label's words ("Diluted (2)", "Basic (a)", "Diluted*", "Diluted²"): they name no unit
_MARKS = re.compile(r"(?:\s*(?:\((?:[a-z]|\d{1,2})\)|\*+|†|‡|[\u00b9\u00b2\u00b3\u2070-\u209f\u1d2c-\u1d6a]+))+[\s:]*$", re.I)


def strip_marks(label: str) -> str:
    """The label without the footnote marks after its words."""
    return _MARKS.sub("", label) or label


_COUNTS_SHARES = re.compile(r"\d[\d,.]*\s+(?:(?:thousand|million|billion)\s+)?(?:[a-z]+\s+)?shares\b", re.I)


# an amount per share the label states of the line item, in a clause of its own: "Common Stock, par value $0.001 per
# share, 300 million shares authorized", "Common stock: $0.001 par value per share", "Cash dividends declared ($0.25
# per share)"; the row's figures are the line item's amounts, not amounts per share
STATED_PER_SHARE = re.compile(r"(?:(?:[$\u20ac\u00a3\u00a5\u20b9]|\bRs\.?)\s*\d[\d,]*(?:\.\d+)?|(?<![\w.])\.\d+)[^,;()$]*?\bper\s+(?:[a-z-]+\s+){0,2}shares?\b", re.I)
# the votes a share carries ("Class A Common Stock (one vote per share); $0.001 par value", "Class B (10 votes per
# share)") are a right of the class, not the unit of the row's figures
VOTES_PER_SHARE = re.compile(r"\bvotes?\s+per\s+(?:[a-z-]+\s+)?shares?\b", re.I)


def label_unit(text: str) -> str | None:
    """The unit a row label names: from its head ("Treasury stock—3,934 shares ..." names none) or an explicit "(shares)".

    Footnote marks after the words are no part of the label ("Diluted (2)" under "Per common share:" is diluted
    earnings per share, as "Diluted" is)."""
    text = VOTES_PER_SHARE.sub(" ", STATED_PER_SHARE.sub(" ", strip_marks(text)))
    # a parenthesis that counts shares itself ("Treasury stock at cost (5.0 million shares held as of September 30,
    # 2025 ...)", Circle Q3 2025) describes the line item: the row's figures are no shares for it (the cost, here)
    own = re.sub(r"\([^)]*\)", lambda m: " " if _COUNTS_SHARES.search(m.group(0)) else m.group(0), text)
    head = re.split(r"\s*[—–,;]\s*|\s+-\s+|\s+net of\s+|\s+less\s+", own.strip(), maxsplit=1)[0]
    explicit = " ".join(re.findall(r"\([^)]*\)", own))
    for pat, entry in _label_units:
        if pat.search(text if entry.get("whole") else head) or (explicit and pat.search(explicit) and entry["unit"] in ("shares", "ADS")):
            return entry["unit"]
        if entry["unit"] in ("per_share", "per_ADS") and _ends_with(pat, text):
            return entry["unit"]  # "Direct response costs - cyberattack per share": the label ends naming its unit
    return None


def cell_unit_words(text: str | None) -> str | None:
    """The unit a cell of its own between a row's label and figures names ("Oz Au", "$/oz", "AUD$/oz"): as a label's
    parenthesis would name it, the whole cell or one of its words; None for any other words (the row's unit stands)."""
    if not text:
        return None
    for t in [text] + text.split():
        u = label_unit(f"x ({t})")
        if u is not None:
            return u
    return None


_TAIL = re.compile(r"[\s*:]*(?:\((?:[a-z]|\d{1,2})\))?[\s*:]*", re.I)  # footnote marks after the words


_GLUED_MARKS = re.compile(r"(?<=[a-z])\d{1,2}(?:,\d{1,2})*\s*$")  # "Per Brookfield class A share2,3": marks glued on


def _ends_with(pat: re.Pattern[str], text: str) -> bool:
    text = _GLUED_MARKS.sub("", text)
    ends = [m.end() for m in pat.finditer(text)]
    return bool(ends) and _TAIL.fullmatch(text[ends[-1]:]) is not None


def row_period(label: str, ctx: Context) -> Period | None:
    exprs = [e for e in find_period_exprs(label) if e.kind not in ("year",)]
    if not exprs:
        return None
    e = exprs[0]
    covered = sum(x.end - x.start for x in exprs)
    rest = re.sub(r"[\s:()\[\]]", "", label[: e.start] + label[e.end :])
    rest = FORECAST.sub("", rest)
    if covered < len(label.strip()) * 0.5 and len(rest) > 12:
        return None
    forecast = bool(FORECAST.search(label))
    return resolve(e, ctx.calendar, label=label.strip(" :"), forecast=forecast)

def stated_range(label: str, ctx: Context) -> Period | None:
    """The one range of days a row label states ("Net income after date of conversion, February 5 through March 31,
    2007", Employers Q1 2008), or None."""
    ranges = [e for e in find_period_exprs(label) if e.kind == "date_range"]
    return resolve(ranges[0], ctx.calendar, label=label.strip(" :")) if len(ranges) == 1 else None


def in_stated_range(period: Period, stated: Period | None) -> Period | None | bool:
    """The period of a cell whose row label states its own days (``stated``: ``stated_range`` of the label): the
    row's range where it ends with the column's period and lies inside it; False where it does not (the figure is not
    the column's, nor the range's: "N/A" under 2008 beside a 2007 range); the column's own period where the label
    states no range."""
    if stated is None or period.kind != "duration" or period.start is None or (stated.start, stated.end) == (period.start, period.end):
        return period
    if stated.end == period.end and stated.start is not None and period.start <= stated.start:
        return period.model_copy(update={"start": stated.start})
    return False


def context_period(texts: list[str], ctx: Context) -> Period | None:
    """The period the text nearest the table names (its title first), for the columns that print none. A text that
    names two periods ("Comparison from the Quarter Ended December 31, 2024 to the Quarter Ended March 31, 2025",
    Alphabet Q1 2025, over "Less FX Effect" and "Constant Currency Revenues") names none of them for such a column."""
    for k, t in enumerate(reversed(texts)):
        found = _periods_named(t, ctx)
        if len(found) > 1 and _COMPARES.search(t):
            return None
        if found:
            if len(found) == 1 and not is_sentence(t):
                # a title line among lines that each name a period of the same length (an Appendix 4E's "Reporting
                # period:" / "Previous period:" / "For the year ended 30 June 2024" / "For the year ended 30 June 2023",
                # Ai-Media FY2024): the report's period is the latest, whichever line stands nearest the table
                others = [q for u in texts[: len(texts) - 1 - k] if not is_sentence(u) for q in _periods_named(u, ctx)]
                same = [q for q in others if q.kind == found[0].kind and q.start is not None and found[0].start is not None
                        and abs((q.end - q.start).days - (found[0].end - found[0].start).days) <= 7]
                if same:
                    return max([found[0], *same], key=lambda q: q.end)
            return found[0]
    return None


def _periods_named(t: str, ctx: Context) -> list[Period]:
    found: list[Period] = []
    for e in find_period_exprs(t):
        if e.groups.get("y2"):
            continue  # "2025/26" in a title names the year a report belongs to (Lenovo's interim results), no column's period
        if e.kind in ("fiscal_half", "fiscal_quarter", "fiscal_year", "months_ended", "weeks_ended", "quarter_ended", "fiscal_year_ended",
                      "date_range", "month_range"):
            p = resolve(e, ctx.calendar)
            if p and p not in found:
                found.append(p)
    return found


# words that set two periods side by side ("Comparison from ... to ...", "... compared to ...", "versus")
_COMPARES = re.compile(r"\bcompar|\bversus\b|\bvs\.?(?!\w)|\bfrom\b.+\bto\b", re.I)

def _periods_side_by_side(s: Slot, cal: Calendar) -> bool:
    """Whether a column's header prints two different whole periods of one kind on one line ("Q2 2026 Q2 2025")."""
    by_line: dict[int, set] = {}
    for it in s.items:
        if it.kind == "period" and it.expr is not None and it.expr.kind not in ("year", "relative_quarter_end", "relative_year_end"):
            p = resolve(it.expr, cal)
            if p is not None:
                by_line.setdefault(it.line, set()).add((it.expr.kind, p.kind, p.start, p.end))
    return any(len(found) > 1 and len({k for k, *_ in found}) == 1 for found in by_line.values())


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
    # the years printed alone over the columns: a June year's "2024 | 2023" is dated by the table's latest year
    table_years = frozenset(int(it.expr.groups["year"] or 0) for s in slots for it in s.items
                            if it.kind == "period" and it.expr is not None and it.expr.kind == "year")
    # columns that print a period of their own: the title's period is none of theirs, nor their neighbours'
    dated_beside = any(it.kind == "period" for s in slots if s.role == "value" for it in s.items)
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
                elif ex is not None and ex.kind == "year":
                    years.append(int(ex.groups["year"] or 0))  # "2010" over "RMB('000)": as a year over the column
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
        if any(t.lower() in _COMPARISON for t in text_items) and len(exprs) + len(years) == 2:
            # "Q4 FY2024 vs. Q4 FY2023": the change of the first period over the second; so too a year against another
            # under one period ("Three Months Ended" / "June 30," / "2026 vs. 2025", Cerus Q2 2026's growth rates, which
            # had been values of a member "Vs")
            s.role, exprs, years = "change", exprs[:1], (years[:1] if not exprs else [])
            text_items = [t for t in text_items if t.lower() not in _COMPARISON]
        if s.role == "value" and _periods_side_by_side(s, cal):
            # "Q2 2026 Q2 2025" in one column's header, on one line (3M Q2 2026's highlights, two cells run together): two
            # periods, neither stacked over the other; the column's figures belong to either, which is not known (both
            # had taken Q2 2025, and made it the release's period)
            s.excluded, s.period = "periods_undistinguished", None
            continue
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
        part = fiscal_part(exprs, text_items, cal) if not transposed else None
        if part is None and not exprs and not transposed:
            part = year_part(years, text_items, cal)  # "2024" over "Q1": as "Q1 2024"
        if part is not None:
            s.period, text_items = part
        else:
            s.period = slot_period(exprs, years, s, cal, context_texts, table_years)
        if s.period is not None and not any(e.kind == "date_range" for e in exprs) and not s.excluded \
                and _STATES_START.search(" ".join(it.text for it in s.items)):
            # a header that states its own start ("Period February 5, through March 31," over "2007", Employers Q1
            # 2008; "Inception through ...") where no range of days could be read from it: not the quarter or the
            # day its end names
            s.period, s.excluded = None, "period_start_unread"
        if s.period is None and not s.excluded and any(year_end_unknown(e, cal) for e in exprs):
            s.excluded = "fiscal_year_end_unknown"  # "FY 2024 | FY 2023" where nothing states when the year ends
        if s.period is None and s.role == "value" and not transposed and title_period is not None and not s.excluded \
                and not years and not exprs and not dated_beside:
            # a column that prints a period of its own never takes the title's; nor does one beside such columns
            # ("December 31 | September 30 | June 30 |" and a fourth quarter's column whose "March 31" was read with
            # the row heading "2003": Duke Realty's quarters of 2003, under "for the years ended December 31, 2003")
            s.period = title_period.model_copy(update={"forecast": s.forecast or table_forecast})
        elif s.period is not None and (s.forecast or table_forecast):
            s.period = s.period.model_copy(update={"forecast": True})
        # a column naming something other than a period: a segment, a region; or a measure ("Earnings Per Share");
        # not a sign alone ("£" of "£m" under "2024", the "m" read as the scale: no segment "£")
        if not transposed and text_items and not s.measure:
            t = " ".join(text_items).strip()
            column_unit = label_unit(t)
            if column_unit in ("per_share", "shares", "pure"):
                s.unit = column_unit
            elif t and s.role == "value" and _MEASURE_COLUMN.fullmatch(" ".join(t.lower().split())):
                s.measure = t  # "Average Balance | Interest | Average Yield/Rate": measures, each a table of its own
                if _RATE_COLUMN.search(t):
                    s.role, s.unit = "ratio", "pure"  # a yield or rate in percent, "%" printed on the first row only
            elif t and re.search(r"[^\W_]", t) and t.lower() not in _CONSOLIDATED and t.lower() not in _MEASURE_WORDS and s.role == "value" \
                    and "consolidated" not in t.lower().split():  # "UnitedHealth Group Consolidated (a)": the whole
                s.dimension = t
        if transposed and not s.measure and text_items:
            if len(text_items) == 1 and text_items[0].lower() in ("total",):
                s.row_period_total = True
            else:
                s.measure = " ".join(text_items)
    _split_year_alone(slots)
    if not transposed:
        _years_of_their_fourth_quarters(slots, cal)
        quarter_trend(slots, cal)
        lengths_stated_in_prose(slots, data, ctx)
        quarter_trend(slots, cal, "period_length_undetermined")
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
                   and duration_months(p.start, p.end) == s.months]
            s.period = max(own or periods, key=lambda p: (p.end, p.start is not None and -(p.end - p.start).days)) if periods else None
    if not transposed:
        _unstated_translations(slots, ctx)
        undated_translations(slots, data, ctx.reporting_currency, bool(ctx.translations))
    for i, s in enumerate(slots):
        if s.role == "convenience" and s.currency is None and ctx.translations:
            s.currency = ctx.translations[0].to_currency
        if s.role == "convenience" and not transposed and (ctx.translations or s.translates is None):
            s.translates = _translated_column(i, slots, data, ctx)
            if s.translates is not None:
                s.period = slots[s.translates].period
            elif s.period is None:
                periods = [slots[j].period for j in values if slots[j].period is not None]
                s.period = max(periods, key=lambda p: p.end) if periods else None


def _split_year_alone(slots: list[Slot]) -> None:
    """A year named by the two it spans ("2025/26") read as the whole fiscal year only beside another so named ("2024-25
    | 2023-24", the years of an Indian annual report's statements): alone over an interim report's statement of changes
    in equity (Lenovo's "2025/26" over the half year's movements, its interim results) it names the year the figures
    belong to, not a period they cover, which no column says: no period."""
    split = {it.expr.text for s in slots for it in s.items if it.kind == "period" and it.expr is not None and it.expr.groups.get("y2")}
    if len(split) != 1:
        return
    for s in slots:
        if any(it.kind == "period" and it.expr is not None and it.expr.groups.get("y2") for it in s.items) and s.period is not None \
                and s.period.label and s.period.label.strip() in split:
            s.period = None
            s.excluded = s.excluded or "period_start_undetermined"


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
        if len(years) != 1 or years[0].groups.get("y2") or full_year(years[0].groups["yy"]) not in ends:
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
        if it.expr.order is None and NUMERIC_DATE.search(it.expr.text):
            it.expr = replace(it.expr, order=order)


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

