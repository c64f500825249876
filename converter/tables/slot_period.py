"""A column's period from the header expressions stacked over it: a part of a fiscal year ("Q1" under "Fiscal 2019"),
a full period ("Three Months Ended September 30, 2024"), a date or a year alone read by the statement its titles name,
and the week counts printed under a date. Exclusions where nothing proves the period (``Slot.excluded``)."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from ..knowledge import compiled, knowledge
from ..models import Period
from ..periods import Calendar, PeriodExpr, duration_of, find_period_exprs, full_year, is_month_end, month_day, month_number, month_range, period_for, resolve
from .slots import Slot
from .year_columns import named_fiscal_year

_fiscal_parts = compiled("header", "fiscal_parts")
_STATEMENTS = knowledge().raw["header"]["statement_titles"]
NUMERIC_DATE = re.compile(r"\d/\d")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def fiscal_part(exprs: list[PeriodExpr], text_items: list[str], cal: Calendar) -> tuple[Period | None, list[str]] | None:
    """"Q1" (or "H1", "First Quarter") under "Fiscal 2019": that part of the fiscal year; None when nothing composes."""
    years = [e for e in exprs if e.kind == "fiscal_year"]
    if len(years) != 1 or len(exprs) != 1 or years[0].groups.get("y2"):
        return None  # (a part of "2024-25", a year named by the two it spans: not composed)
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


def _year_of_statement(year: int, cal: Calendar, context_texts: list[str], duration: tuple[str, int] | None = None,
                       table_years: frozenset[int] = frozenset()) -> Period | None:
    """A year alone over a column of a statement whose title says what it is ("CONDENSED CONSOLIDATED BALANCE SHEETS"
    over "2022  2021"), in a release whose fiscal year is the calendar year, or whose other year end the release
    proves that year's (``named_fiscal_year``): the year end, or the year. Under titles that name no statement
    ("Selected Consolidated Financial Data"), and with no period length over the column, the fiscal year with its
    period type left to each row (``Period.per_row``: a flow is the year, a balance its end)."""
    if not cal.year_end_known or cal.weeks is not None:
        return None
    if (cal.fc.year_end_month, cal.fc.year_end_day) == (12, 31):
        start, end = date(year, 1, 1), date(year, 12, 31)
    elif (fy := named_fiscal_year(year, table_years, cal)) is not None:
        start, end = fy
    else:
        return None
    kind = statement_period_kind(context_texts)
    if kind is None:
        if duration is not None:
            return None  # "Three Months Ended" over a year and no day anywhere: not the year
        return Period(kind="duration", start=start, end=end, label=str(year), per_row=True)
    if kind == "instant":
        return Period(kind="instant", end=end, label=str(year))
    return Period(kind="duration", start=start, end=end, label=str(year))


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


def _in_column_year(e: PeriodExpr, years: list[int], table_years: frozenset[int]) -> PeriodExpr:
    """A period of one date over every column ("For the year ended 31 December 2024" over "2024 | 2023", Spire
    Healthcare FY2024) under a column that prints another year alone: that period of the column's year (the year
    ended 31 December 2023), where the date is a month's end (a 52/53-week year's day moves with the weekday). Only
    where another column prints the date's year alone too: a column's own date beside a year that wrapped onto the
    line under it ("MAY 31, 2021   AUGUST 31," / "2020", OrganiGram Q3 FY2021) is that date."""
    d = e.date()
    if (len(years) != 1 or d is None or d.year == years[0] or d.year not in table_years or e.groups.get("date2") or e.groups.get("year2")
            or e.kind not in ("months_ended", "fiscal_year_ended", "as_of", "date") or not is_month_end(d)):
        return e
    try:
        moved = date(years[0], d.month, calendar.monthrange(years[0], d.month)[1])
    except ValueError:
        return e
    return replace(e, groups={**e.groups, "date": moved.isoformat()}, text=f"{e.text} ({years[0]})", order=None)


def _or_undetermined(s: Slot, p: Period | None) -> Period | None:
    """A dated column the fiscal calendar cannot place (a 53-week year's quarter): excluded, never guessed."""
    if p is None:
        s.excluded = "period_start_undetermined"
    return p


def slot_period(exprs: list[PeriodExpr], years: list[int], s: Slot, cal: Calendar, context_texts: list[str],
                table_years: frozenset[int] = frozenset()) -> Period | None:
    """The period of a column; ``table_years``: the years printed alone over the table's columns."""
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
    exprs = [_in_column_year(e, years, table_years) for e in exprs]
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
            if end is None and NUMERIC_DATE.search(e.text):
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
            if e.kind == "date" and duration is None and NUMERIC_DATE.search(e.text) \
                    and statement_period_kind(context_texts) != "instant":
                # "12/31/2024 | 9/30/2024" over revenue and average balances: the quarters ending then, or balances
                # at those dates; nothing over the column or in its titles says which (a balance sheet's title does)
                s.excluded, s.undetermined_end = "period_kind_undetermined", end
                return None
            return _or_undetermined(s, period_for(duration, end, e.text, cal=cal))
        if weeks is not None and e.kind in ("quarter_ended", "fiscal_year_ended") and (end := e.date()) is not None:
            # "Quarter Ended November 19, 2008" over "(84 days)": the quarter of a 52/53-week year is its weeks
            length = in_weeks(duration_of(e), weeks)
            return _or_undetermined(s, period_for(length, end, e.text, cal=cal) if length is not None else None)
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
        # a year alone: find the date of that year in the table's titles ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003");
        # a comparative aside in the prose above it ("(30 June 2022: $ 59,784,026)") dates a figure, not a column
        titles = [_without_asides(t) for t in context_texts]
        for t in reversed(titles):
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
            for t in reversed(titles):
                for e in find_period_exprs(t):
                    d = e.date() if e.groups.get("date") else None
                    if d is not None and duration_of(e) and is_month_end(d):
                        end = date(years[0], d.month, calendar.monthrange(years[0], d.month)[1])
                        return _or_undetermined(s, period_for(duration_of(e), end, f"{e.text} ({years[0]})", cal=cal))
        if not exprs:
            undated = _undated_length(titles, years[0], s, cal)
            if undated is not None or s.excluded:
                return undated
        return _year_of_statement(years[0], cal, context_texts, duration, table_years) if not exprs else None
    return None


def _undated_length(titles: list[str], year: int, s: Slot, cal: Calendar) -> Period | None:
    """A year alone under titles that name a length shorter than a year and its day, no year ("For the three months
    ended December 31, EBITDA Calculation" over "2024  2023", the phrase split from the years by the words of the label
    column): that length ending on that day of the column's year, never the year. Two such lengths in the titles (which
    is this column's is not told): excluded."""
    found = {(d, md) for t in titles for e in find_period_exprs(t)
             if not e.groups.get("year") and (d := duration_of(e)) and (md := month_day(e)) and e.kind != "weeks_length"}
    if not found or all(d == ("months", 12) for d, _ in found):
        return None  # none, or the fiscal year: the year, as before (``_year_of_statement``)
    if len(found) > 1:
        s.excluded = "period_length_ambiguous"
        return None
    (length, (mon, day)), = found
    try:
        end = date(year, mon, day)
    except ValueError:
        return _or_undetermined(s, None)
    return _or_undetermined(s, period_for(length, end, str(year), cal=cal))


def _without_asides(text: str) -> str:
    """The text without its parenthesised asides that print an amount ("Revenue for the period was $61,769,967, up
    3.3% from the prior year (30 June 2022:$ 59,784,026)."): the date in such an aside is the date of that figure,
    said in passing in a sentence, no title of a table's columns. Notes without a figure stay ("($ in thousands)",
    "(ended 30 June 2023)")."""
    return _FIGURE_ASIDE.sub(lambda m: " " * len(m.group(0)), text)


_FIGURE_ASIDE = re.compile(r"\((?=[^()]*(?:[$€£¥]\s*\d|\d{1,3}(?:,\d{3})+))[^()]*\)")


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


def title_year(titles: list[str], cal: Calendar, context_texts: list[str]) -> Period | None:
    """The period of a table's one column that prints no header, from its title's year ("RJD Green Financial Snapshot
    2024" over a column of "Revenue" / "$5,718,024" / ... / "Total Assets" / "$3,346,280"): as a year alone over the
    column (``_year_of_statement``: the calendar year where the year ends on December 31, else the fiscal year the
    release proves it names), where the titles name that one year and no other period. None otherwise: the column has
    no period and its figures no facts."""
    exprs = [e for t in titles for e in find_period_exprs(t)]
    years = {int(e.groups["year"] or 0) for e in exprs if e.kind == "year"}
    if len(years) != 1 or any(e.kind != "year" for e in exprs):
        return None
    year = years.pop()
    return _year_of_statement(year, cal, context_texts, None, frozenset({year}))
