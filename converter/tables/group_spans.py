"""Which columns each phrase of a header line stands over, told by the dates under them: "|Quarter ended|||Nine months
ended||Year ended|" over six dates (an Indian results statement converted from PDF: three quarters, two nine months
and a year) is no two columns each, as its count would divide them, for a year ending December 31 and one ending March 31
stand under one "Year ended", and a nine months twice over one date.

A division into consecutive groups is consistent when no group holds one date twice, and every group of six months or
more (a half, nine months, a year) ends on one day of the year in each of its columns (a fiscal period ends on its
year's day; quarters side by side end on different days)."""

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


def _consistent(sizes: tuple[int, ...], lengths: list[int], dates: list[date]) -> bool:
    start = 0
    for months, size in zip(lengths, sizes):
        part = dates[start:start + size]
        start += size
        if len(set(part)) != len(part):
            return False
        if months >= 6 and len({(d.month, d.day) for d in part}) > 1:
            return False
    return True


def dated_groups(groups: list[str], columns: list[str], even: list[list[int]] | None) -> list[list[int]] | None:
    """The columns under each of ``groups`` (phrases of lengths over the ``columns``' dates, in order): the even
    division where it is consistent, else the one consistent division; None where the phrases or dates say nothing, or
    more than one division (or none) is consistent."""
    k, n = len(groups), len(columns)
    if not 1 < k < n or n > 16:
        return None
    lengths = [_length(g) for g in groups]
    dates = [_date(c) for c in columns]
    if any(x is None for x in lengths) or any(d is None for d in dates):
        return None
    if even is not None and _consistent(tuple(len(g) for g in even), lengths, dates):  # type: ignore[arg-type]
        return even
    found = [s for s in _compositions(n, k) if _consistent(s, lengths, dates)]  # type: ignore[arg-type]
    if len(found) != 1:
        return None
    edges = [sum(found[0][:i]) for i in range(k + 1)]
    return [list(range(edges[i], edges[i + 1])) for i in range(k)]
