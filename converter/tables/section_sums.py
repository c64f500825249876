"""A row of figures without a label that adds up the rows under an open heading is that heading's total, and closes
its section: the rows after it stand outside the heading (Shopify Q3 2025: "Revenues" / "Subscription solutions |
699" / "Merchant solutions | 2,145" / "| | 2,844 |", then "Cost of revenues", "Gross profit", "Net income" — none of
them a kind of revenue). Only the sum tells: an unlabelled row that does not add up the rows above it (an operating
income printed under the operating expenses' heading) closes nothing here."""

from __future__ import annotations

import re
from decimal import Decimal

from ..models import Cell, LineItem
from .totals import total_of


def _key(label: str) -> str:
    return " ".join(re.sub(r"[^a-z ]", " ", label.lower()).split())


def named_totals(labels: list[str]) -> frozenset[str]:
    """What the table's total rows name ("Total liabilities and equity" -> "liabilities and equity")."""
    return frozenset(_key(name) for x in labels if (name := total_of(x)))


def summed_section(headings: list[tuple[str, int]], items: list[LineItem], cells: list[Cell],
                   totals: frozenset[str] = frozenset()) -> int | None:
    """The depth of the innermost open section whose rows ``cells`` adds up, or None.

    A heading whose own total the table prints ("Liabilities and equity" ... "Total liabilities and equity", in
    ``totals``: ``named_totals``) is closed by that total, not by a sum of its first rows (Brookfield Wealth Solutions'
    balance sheet: "| | 111,826 |", its insurance liabilities, then the borrowings and the equity under the same
    heading).

    ``headings``: each open section's heading and the index in ``items`` of its heading's item, outermost first.
    The rows of a section are the items after its heading that stand directly under it (no deeper heading between);
    at least two of them, and every column the row prints must be their sum (a nil counts as zero)."""
    mine = {c.column: (c.value or Decimal(0)) for c in cells}
    if not mine:
        return None
    for depth in range(len(headings) - 1, -1, -1):
        heading, start = headings[depth]
        if _key(heading) in totals:
            continue
        members = [it for it in items[start + 1:] if it.kind != "heading" and len(it.section) == depth + 1
                   and it.section[depth] == heading]
        if len(members) < 2:
            continue
        sums: dict[int, Decimal] = {}
        for it in members:
            for c in it.cells:
                sums[c.column] = sums.get(c.column, Decimal(0)) + (c.value or Decimal(0))
        if all(col in sums and sums[col] == v for col, v in mine.items()):
            return depth
    return None
