"""A column headed by a year alone over a table that names no statement (``Period.per_row``): what the heading over a
row says its figures are, a balance at the year end, an average over the year or a flow."""

from __future__ import annotations

import re

from ..knowledge import PERIOD_HEADINGS, knowledge
from ..models import Period

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
