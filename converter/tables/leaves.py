"""A header of more leaves than the rows print figures: a group of fiscal years over quarters ("Fiscal 2025 | Fiscal
2026" over "Q1 | Q2 | Q3 | Q4 | Total" twice) in a release made before the current year ends. Its rows print nine
figures under ten leaves: the cell of the quarter still to come is dropped (or printed "-").

A period that starts after the release's own period end (the date of its balance sheet) cannot hold a reported
figure: when the leaves that do so are exactly as many as the figures the rows lack, those leaves are the empty ones
and every other leaf takes its figure in order. A leaf whose period has begun but ends after that date (the current
year's "Total") does not hold what its header names; its cells are excluded. Otherwise which leaf each figure stands
under is not known and the whole header is left unread, with that reason.
"""

from __future__ import annotations

from datetime import date

from .grid import _column_word, order_phrases
from .rows import Row
from .slots import Slot, is_header_row

AFTER_RELEASE = "period_after_release"
UNPLACED = "header_leaves_exceed_figures"


def leaf_count(lead: list[Row], data: list[Row], n: int) -> int | None:
    """The number of leaves of a header whose line of column words ("Q1 Q2 Q3 Q4 Total Q1 ...") under a line of
    periods that divides it evenly ("Fiscal 2025  Fiscal 2026") names more columns than the rows print figures."""
    for k in range(1, len(lead)):
        r, above = lead[k], lead[k - 1]
        if r.kind != "text" or r.years_only or r.stub:
            continue
        words = r.label.split()
        if len(words) <= n or not all(_column_word(w) for w in words):
            continue
        if not is_header_row(above, [], False):
            continue
        got = order_phrases(above)
        if got is None or len(got[0]) < 2 or len(words) % len(got[0]):
            continue
        if any(len(d.cells) > len(words) for d in data):
            continue
        return len(words)
    return None


def settle(slots: list[Slot], figures: int, anchor: date | None) -> None:
    """Mark the leaves that cannot hold a figure, or leave every leaf unread (see the module's docstring)."""
    periods = [s.period for s in slots]
    empty = [i for i, p in enumerate(periods) if p is not None and anchor is not None and (p.start or p.end) > anchor]
    if anchor is None or any(p is None for p in periods) or len(empty) != len(slots) - figures:
        for s in slots:
            s.excluded = UNPLACED
        return
    for i, s in enumerate(slots):
        if i in empty:
            s.empty = True
        if s.period is not None and s.period.end > anchor:
            s.excluded = AFTER_RELEASE
