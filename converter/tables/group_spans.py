"""Which columns each phrase of a header line stands over, told by the dates under them: "|Quarter ended|||Nine months
ended||Year ended|" over six dates (an Indian results statement converted from PDF: three quarters, two nine months
and a year) is no two columns each, as its count would divide them, for a year ending December 31 and one ending March 31
stand under one "Year ended", and a nine months twice over one date.

A division into consecutive groups is consistent when no group holds one date twice, and every group of six months or
more (a half, nine months, a year) ends on one day of the year in each of its columns, or within a week of it (a
fiscal period ends on its year's day, a 52/53-week one within a week of it; quarters side by side end months apart)."""

from __future__ import annotations

from datetime import date
from itertools import combinations

from ..periods import duration_of, find_period_exprs


def _length(phrase: str) -> int | None:
    """The months a group's phrase names ("Nine months ended": 9; "Quarter ended": 3); None where it names none."""
    lengths = {d for e in find_period_exprs(phrase) if (d := duration_of(e)) is not None}
    if len(lengths) != 1:
        return None
    unit, n = lengths.pop()
    return n if unit == "months" else round(n * 12 / 52) if unit == "weeks" else None


def _date(phrase: str) -> date | None:
    dates = {d for e in find_period_exprs(phrase) if (d := e.date()) is not None}
    return dates.pop() if len(dates) == 1 else None


def _compositions(n: int, k: int):
    """Every division of n columns into k consecutive groups of one column or more, as the groups' sizes."""
    for cuts in combinations(range(1, n), k - 1):
        edges = (0, *cuts, n)
        yield tuple(edges[i + 1] - edges[i] for i in range(k))


_WEEK = 7  # a 52/53-week year ends within a week of the same day each year ("June 25, 2011" and "June 26, 2010")


def _one_day_of_year(dates: list[date]) -> bool:
    """Whether the dates fall on one day of the year, or within a week of it, as a 52/53-week year's ends do."""
    days = [(d - date(d.year, 1, 1)).days for d in dates]
    return all(min(abs(a - b), 365 - abs(a - b)) <= _WEEK for a in days for b in days)


def _consistent(sizes: tuple[int, ...], lengths: list[int], dates: list[date], keys: list[str]) -> bool:
    start = 0
    for months, size in zip(lengths, sizes):
        part = dates[start:start + size]
        # one date twice is one column twice, unless the columns print more than it ("Dec 31, 2024" beside "Dec 31,
        # 2024 (Adj)", UnitedHealth Q4 2024)
        if len(set(keys[start:start + size])) != size:
            return False
        start += size
        if months >= 6 and not _one_day_of_year(part):
            return False
    return True


def dated_groups(groups: list[str], columns: list[str], even: list[list[int]] | None) -> list[list[int]] | None:
    """The columns under each of ``groups`` (phrases of lengths over the ``columns``' dates, in order): the even
    division where it is consistent, else the one consistent division; None where the phrases or dates say nothing;
    an empty list where the even division contradicts the dates and more than one division (or none) is consistent:
    no division can be read ("|Year ended|Three-months ended|Year ended|" over six dates of two years, a pipe rendering
    that lost its cells' spans, Tower Group 2010, is no two columns each: "Year ended" over a March 31)."""
    k, n = len(groups), len(columns)
    if not 1 < k < n or n > 16:
        return None
    lengths = [_length(g) for g in groups]
    dates = [_date(c) for c in columns]
    if any(x is None for x in lengths) or any(d is None for d in dates):
        return None
    keys = [" ".join(c.split()) for c in columns]
    if even is not None and _consistent(tuple(len(g) for g in even), lengths, dates, keys):  # type: ignore[arg-type]
        return even
    found = [s for s in _compositions(n, k) if _consistent(s, lengths, dates, keys)]  # type: ignore[arg-type]
    if len(found) != 1:
        return [] if even is not None else None  # the count's division contradicts the dates, and they fix no other
    edges = [sum(found[0][:i]) for i in range(k + 1)]
    return [list(range(edges[i], edges[i + 1])) for i in range(k)]
