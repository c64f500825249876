"""A line of week counts under the dated columns of a 52/53-week calendar's table ("(13 weeks) | (52 weeks)").

A flattened rendering prints the counts in order under the columns that print a date, not under the columns of
changes or percents beside them: the k-th count stands under the k-th dated column. When the counts and the dated
columns do not pair one for one, no count is placed (the periods stay what the months and the calendar say).
"""

from __future__ import annotations

import re

from ..periods import PeriodExpr, find_period_exprs
from .headers import Item
from .slots import Slot

_SEPARATORS = re.compile(r"[\s|]*")


def week_counts(text: str) -> list[PeriodExpr]:
    """The week counts of a line that prints nothing else; [] for any other line."""
    exprs = find_period_exprs(text)
    if not exprs or any(e.kind != "weeks_length" for e in exprs):
        return []
    rest = "".join(text[a:b] for a, b in zip([0] + [e.end for e in exprs], [e.start for e in exprs] + [len(text)]))
    return exprs if _SEPARATORS.fullmatch(rest) else []


def _dated(s: Slot) -> bool:
    """A column whose header prints a date (a full period or a date under one), and no role of its own ("% Chg")."""
    return (not any(it.kind == "role" for it in s.items)
            and any(it.kind == "period" and it.expr is not None and it.expr.date() is not None for it in s.items))


def weeks_under_dates(slots: list[Slot], counts: list[PeriodExpr]) -> bool:
    """Stack each count over its dated column; False (nothing placed) when they do not pair one for one."""
    dated = [s for s in slots if _dated(s)]
    if not counts or len(dated) != len(counts):
        return False
    for s, e in zip(dated, counts):
        s.items.append(Item("period", e.text, 0, len(e.text), expr=e))
    return True
