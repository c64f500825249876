"""Years over the dates of a balance summary: a year row spanning month-day cells ("2007 | 2006" over "June 30 | March
31 | December 31 | September 30 | June 30"), the cells that print the year a cell each lost in a text rendering.

The dates of such a row run one way in time, column by column; where the months turn back (June, March, then
December: a later month after an earlier one, the dates running backwards), a new year starts, the next year of the
year row. The year row's years must run the same way, a year apart, and the turns must give exactly as many runs as
there are years; otherwise the columns are not dated (no year is guessed for a date).
"""

from __future__ import annotations

import re

from ..periods import find_period_exprs, month_day

_YEAR = re.compile(r"^(?:19|20)\d\d$")


def month_days(keys: list[str]) -> list[tuple[int, int]] | None:
    """The (month, day) each column's header names, where every header is a month and day alone; else None. "Alone":
    the one period phrase of the key (the phrases over the column joined), not the whole text as in
    ``text_detect._month_day``, which must tell a line that is only a date from a row that names one."""
    out = []
    for key in keys:
        exprs = find_period_exprs(key)
        if len(exprs) != 1 or exprs[0].kind != "month_day" or (md := month_day(exprs[0])) is None:
            return None
        out.append(md)
    return out


def years_by_turns(phrases: list[str], keys: list[str]) -> list[list[int]] | None | bool:
    """The columns under each year of ``phrases`` (years alone) over columns headed ``keys`` (a month and day each):
    a new year where the months turn. False when the phrases are not years over month-day columns (another rule
    decides); None when they are but the turns do not divide the columns into the years (no column is dated)."""
    if len(phrases) < 2 or not all(_YEAR.match(p.strip()) for p in phrases):
        return False
    days = month_days(keys)
    if days is None:
        return False
    years = [int(p) for p in phrases]
    steps = {b - a for a, b in zip(years, years[1:])}
    if steps not in ({-1}, {1}):
        return None
    back = steps == {-1}  # the dates run backwards in time
    groups: list[list[int]] = [[0]]
    for i in range(1, len(days)):
        turned = days[i] > days[i - 1] if back else days[i] < days[i - 1]
        if days[i] == days[i - 1]:
            return None  # one date twice in a row: the turn cannot be told
        if turned:
            groups.append([])
        groups[-1].append(i)
    return groups if len(groups) == len(years) else None
