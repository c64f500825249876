"""Consecutive quarters of a 52/53-week year, proved by the columns themselves.

A table that prints three or more quarter columns whose ends fall on one weekday, each 13 or 14 weeks (91 or 98 days)
after the one before ("Quarter Ended April 29, 2006 / July 29, 2006 / October 28, 2006 / February 3, 2007"), prints a
chain of consecutive 13/14-week quarters: each quarter after the first starts the day after the previous one ends.
The first one's start is open (13 or 14 weeks), except where the chain already holds a 14-week quarter: a 52/53-week
calendar adds its 53rd week once in five or six years, so no run of consecutive quarters shorter than that holds two
14-week quarters, and the first one is 13 weeks.

Calendar months never form such a chain: quarter ends on the last day of a month are 90 to 92 days apart and fall on
different weekdays.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..periods import is_month_end
from ..weeks import duration_months

_STEPS = (91, 98)  # 13 and 14 weeks
_MAX_SPAN = 5 * 364  # a run longer than five years could hold two 53-week years


def chain_starts(ends: list[date]) -> dict[date, date]:
    """end -> start of the quarters that a chain of three or more consecutive 13/14-week quarter ends pins."""
    pins: dict[date, date] = {}
    days = sorted(set(ends))
    run: list[date] = []
    for d in days + [None]:  # type: ignore[list-item]
        if d is not None and run and (d - run[-1]).days in _STEPS and d.weekday() == run[-1].weekday():
            run.append(d)
            continue
        if len(run) >= 3 and not all(is_month_end(e) for e in run):
            for prev, end in zip(run, run[1:]):
                pins[end] = prev + timedelta(days=1)
            gaps = [(b - a).days for a, b in zip(run, run[1:])]
            if 98 in gaps and (run[-1] - run[0]).days < _MAX_SPAN:
                pins[run[0]] = run[0] - timedelta(days=90)  # the chain's one 14-week quarter is elsewhere
        run = [d] if d is not None else []
    return pins


def quarter_chain_pins(tables) -> dict[tuple[date, int], date]:
    """(end, 3) -> start of the quarter columns of each table that form a chain of 13/14-week quarters
    (``chain_starts``); a quarter two tables' chains disagree on is left out."""
    found: dict[tuple[date, int], set[date]] = {}
    for t in tables:
        ends = [c.period.end for c in t.columns
                if c.role == "value" and c.period is not None and c.period.kind == "duration" and c.period.start is not None
                and not c.period.forecast and duration_months(c.period.start, c.period.end) == 3]
        for end, start in chain_starts(ends).items():
            found.setdefault((end, 3), set()).add(start)
    return {k: v.pop() for k, v in found.items() if len(v) == 1}


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def unplaced_reason(tokens, week_ends: frozenset[int]) -> str | None:
    """Why a release whose figures were all read places none: their columns end on the weekday of a 52/53-week year
    and nothing (a stated year end, a balance-sheet date, a chain of quarters, a week count) tells where they start.
    None unless figures were read and left without a period for that reason."""
    n = sum(1 for t in tokens if t.reason in ("no_period", "period_start_undetermined"))
    if not n or not week_ends:
        return None
    days = " or ".join(_DAYS[d] for d in sorted(week_ends))
    return (f"{n} figure{'s' if n > 1 else ''} read, but no period could be determined: the columns end on a {days}, "
            f"a 52/53-week year's day, and neither a stated fiscal year end nor the columns themselves tell where "
            f"their periods start")
