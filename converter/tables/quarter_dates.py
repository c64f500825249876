"""Dated columns of a quarterly trend ("12/31/2024 | 9/30/2024 | 12/31/2023" over revenue, expenses and balances):
each column is the quarter that ends on its date, and its period type is left to each row (``Period.per_row``: a
flow is the quarter, a balance stands at its end).

A date alone over a table that names no statement does not say how long its flows are (``slot_period.slot_period``
excludes it as ``period_kind_undetermined``). Two of its columns a quarter apart do: flows side by side at consecutive
quarter ends are the quarters (a year or a year to date ending at each would be headed by its length), and the same
quarter of another year beside them is that year's quarter. A table whose dates are not all quarter ends of one
spacing, or that has one dated column only, stays excluded: nothing there says how long its flows are.
"""

from __future__ import annotations

from ..periods import Calendar, is_month_end, period_for
from .slots import Slot

_UNDETERMINED = "period_kind_undetermined"


def _months_apart(a, b) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def quarter_trend(slots: list[Slot], cal: Calendar, reason: str = _UNDETERMINED) -> None:
    """Give the columns excluded as ``period_kind_undetermined`` the quarter ending on their dates, where the dates are
    month ends all a whole number of quarters apart and two of them are consecutive quarter ends. ``reason``
    ``period_length_undetermined``: dates alone over a statement of flows (``slot_period._flows_ending``) whose length
    neither the titles nor the prose state (asked after ``stated_lengths``): "QTR" over "6/30/01" ... "6/30/03" under
    "Consolidated Statements of Income" (Chittenden, 2003), nine quarters side by side."""
    dated = [s for s in slots if s.excluded == reason and s.undetermined_end is not None]
    ends = sorted({s.undetermined_end for s in dated if s.undetermined_end is not None})
    if len(ends) < 2 or not all(is_month_end(d) for d in ends):
        return
    if any(_months_apart(ends[0], d) % 3 for d in ends):
        return
    if not any(_months_apart(a, b) == 3 for a, b in zip(ends, ends[1:])):
        return  # no two consecutive quarter ends: year ends a year apart say nothing of their flows' length
    for s in dated:
        assert s.undetermined_end is not None
        label = next((it.text for it in s.items if it.text.strip()), s.undetermined_end.isoformat())
        p = period_for(("months", 3), s.undetermined_end, label, cal=cal)
        if p is None:
            continue  # a calendar of weeks that cannot place the quarter: left excluded
        s.period, s.excluded = p.model_copy(update={"per_row": True}), None
