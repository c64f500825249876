"""A column headed by a year alone over a table that names no statement (``Period.per_row``): what the heading over a
row says its figures are, a balance at the year end, an average over the year or a flow."""

from __future__ import annotations

import re
from datetime import date

from ..knowledge import PERIOD_HEADINGS, knowledge
from ..models import Period
from ..fiscal_calendar import naming_votes, stated_ends
from ..periods import Calendar, duration_of, find_period_exprs, is_month_end, parse_date, period_for

# the heading over rows of a table headed by years alone says what its rows are: balances at the year end ("AT PERIOD
# END"), averages over the year ("SELECTED AVERAGE BALANCES": no balance at a date, and no flow), or flows ("OPERATING DATA")
# (extraction.toml [layout.period_headings], asked in the order of ``PERIOD_HEADINGS``)
_HEADING_KINDS = tuple((kind, re.compile(knowledge().raw["layout"]["period_headings"][kind], re.I)) for kind in PERIOD_HEADINGS)


def heading_period_kind(heading: str | None) -> str | None:
    """"instant", "duration" or "average": what a heading over rows says they are; None when it says none of them."""
    for kind, pat in _HEADING_KINDS:
        if heading and pat.search(heading):
            return kind
    return None


def row_period(period: Period, heading: str | None) -> Period | None:
    """The period of a row's cell under a year alone: at the year end under a heading of balances, the year under one
    of flows, left to the row's line item otherwise; None for an average (no balance at a date, and no flow)."""
    hk = heading_period_kind(heading)
    if hk == "average":
        return None
    if hk == "instant":
        return Period(kind="instant", end=period.end, label=period.label, forecast=period.forecast)
    if hk == "duration":
        return period.model_copy(update={"per_row": False})
    return period


def heading_length(heading: str | None) -> tuple[str, int] | None:
    """The length a heading over rows states alone, no date with it ("For the quarter ended:", "Three months ended"):
    ("months", 3); None where it states none, or a date too."""
    exprs = find_period_exprs(heading or "")
    if len(exprs) != 1 or re.search(r"\b(?:19|20)\d\d\b", heading or ""):
        return None
    return duration_of(exprs[0])


def headed_length(period: Period, heading: str | None, cal: Calendar) -> Period:
    """A date's column under a heading that states a length ("For the quarter ended:" over rows of a table headed
    "December 31, 2024 | September 30, 2024"): the rows are flows over that length ending on the date; the date alone
    otherwise. Gladstone Investment's summary prints "For the quarter ended:" over its income and "As of:" over its
    balances."""
    length = heading_length(heading) if period.kind == "instant" and not period.per_row else None
    if length is None:
        return period
    return period_for(length, period.end, period.label, period.forecast, cal) or period



def named_year_ends(lines: list[str], year_ends: frozenset[date]) -> frozenset[date]:
    """The year ends a year printed alone may name: the ends of the years the release reports (``year_ends``,
    ``fiscal_calendar.reported_year_ends``), unless a fiscal label of the release names a year by the year it starts in
    ("fiscal 2023 ended January 31, 2024": "2023" would be the year ending in 2024), or the release names a shorter
    period ending with or after the latest of them ("three months ended September 30, 2024"; an Appendix 4D's "half-year ended
    31 December 2023" beside "the year ended 30 June 2023": a year alone is then as likely that period's)."""
    if not year_ends or naming_votes(lines, stated_ends(lines))["start"]:
        return frozenset()
    latest = max(year_ends)
    for line in lines:
        for e in find_period_exprs(line):
            length, end = duration_of(e), e.date()
            if length and end and end >= latest and length[1] < (12 if length[0] == "months" else 52):
                return frozenset()
        if any((d := parse_date(m["date"])) and d >= latest for pat in _HALF_YEAR for m in pat.finditer(line)):
            return frozenset()
    return year_ends


_HALF_YEAR = tuple(re.compile(p.replace("{date}", knowledge().date_re), re.I) for p in knowledge().raw["fiscal_calendar"]["half_year"])


def named_fiscal_year(year: int, table_years: frozenset[int], cal: Calendar) -> tuple[date, date] | None:
    """A year alone over a column in a release whose fiscal year ends other than on December 31 ("2024 | 2023" under
    "Consolidated", the release "For the year ended 30 June 2024"): the twelve months ending on that day of the year,
    where the release proves it. It states the year end, as a year's (``Calendar.named_year_ends``: no shorter period,
    no fourth quarter ends then, none ends later, and no fiscal label names a year by its start), always on the same
    day, a month's last (a 52/53-week year's day is none); the table's latest year is the year of the latest such end,
    and this column that year or the one before (its comparative). None otherwise: the column stays without a period."""
    ends = cal.named_year_ends
    if cal.weeks is not None or not ends or cal.fc.naming != "end" or not table_years:
        return None
    if {(d.month, d.day) for d in ends} != {(cal.fc.year_end_month, cal.fc.year_end_day)}:
        return None
    latest = max(ends)
    if max(table_years) != latest.year or year not in (latest.year, latest.year - 1):
        return None
    start, end = cal.fiscal_year(year)
    if end.year != year or not is_month_end(end) or not is_month_end(latest):
        return None
    return start, end


def headed_balance(period: Period, heading: str | None) -> Period:
    """A period's column under a heading of balances ("As of:", "At period end"; extraction.toml
    [layout.period_headings] instant): the rows are balances at the period's end. Gladstone Investment Q3 FY2025's
    summary prints "For the quarter ended:" over its income and "As of:" over "Total investments, at fair value" and
    "Net asset value per common share", balances at December 31 and September 30, 2024, not flows over the quarters."""
    if period.kind != "duration" or period.per_row or heading_period_kind(heading) != "instant":
        return period
    return Period(kind="instant", end=period.end, label=period.label, forecast=period.forecast)
