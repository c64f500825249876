"""A column headed by a year alone over a table that names no statement (``Period.per_row``): what the heading over a
row says its figures are, a balance at the year end, an average over the year or a flow."""

from __future__ import annotations

import re

from ..knowledge import PERIOD_HEADINGS, knowledge
from ..models import Period
from ..periods import Calendar, duration_of, find_period_exprs, period_for

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

