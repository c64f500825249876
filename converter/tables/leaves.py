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

from ..periods import find_period_exprs
from .grid import _RANGE_BOUNDS
from .flat_headers import _column_word, order_phrases
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


def range_columns(lead: list[Row], data: list[Row]) -> int | None:
    """The columns of a range under one period: a header line of range words only ("Low High", "Minimum Maximum",
    extraction.toml [header] range_bounds) right under a line naming a single period ("(in $ millions) FY 2025" over
    "Low High", Circle Q3 2025's outlook) is one column per word, where no row prints more figures than that and one
    prints as many. The column count is not left to the figures: small figures in parentheses ("(70) (80)", "(4) (4)")
    read as footnote marks made it one column, and the High figures a forecast of the whole year. Its columns are
    range bounds (``grid``): no facts. None otherwise."""
    for k in range(1, len(lead)):
        r = lead[k]
        above = next((x for x in reversed(lead[:k]) if x.kind != "blank"), None)
        if r.kind != "text" or r.years_only or r.stub or above is None or above.kind != "text":
            continue
        words = _range_words(r.label)
        if words is None:
            continue
        got = order_phrases(above)
        if got is None or len(got[0]) != 1 or not find_period_exprs(got[0][0]):
            continue
        counts = [len(d.cells) for d in data]
        if counts and max(counts) == words:
            return words
    return None


def _range_words(label: str) -> int | None:
    """How many range bounds a line prints, where it prints nothing else ("Low High", "Low end High end"); else None."""
    rest, n = " ".join(label.lower().split()), 0
    while rest:
        bound = next((b for b in sorted(_RANGE_BOUNDS, key=len, reverse=True)
                      if rest == b or rest.startswith(b + " ")), None)
        if bound is None:
            return None
        rest, n = rest[len(bound):].strip(), n + 1
    return n if n >= 2 else None
