"""A reconciliation's row that is the sum of statement lines US GAAP adds up into its concept: that concept, proven.

A reconciliation outside the statements often starts from a GAAP total the statements do not print under that name:
Reddit Q1 2026's "Reconciliation of Non-GAAP Costs and Expenses" starts "Total operating expenses $ 424,232", where
its income statement prints "Research and development 207,246", "Sales and marketing 151,472", "General and
administrative 65,514" and "Total costs and expenses" (us-gaap:CostsAndExpenses, cost of revenue included). The row
is us-gaap:OperatingExpenses where, in every column the statements print, the statement facts (no members, the same
period and unit) of the concepts US GAAP's calculations add into OperatingExpenses with weight +1 add up to its figure:
the arithmetic says it is the GAAP total, not an adjusted one. A concept summed into another of those printed is
counted once, in the total (a statement that prints "Selling, general and administrative" and its two parts).
"""

from __future__ import annotations

from decimal import Decimal

from .index import summation_weight
from .mapped import _agree

# statement columns that must agree, at least (one column alone could add up by chance)
_MIN_COLUMNS = 2


def sum_of_statement_lines(b, concept, cells: list) -> bool:
    """Whether the row's figures (``cells``: (period, dims, cell, factor, mode) of its plans of ``concept``, no
    members) are, in at least two columns and every column the statements print, the sum of the statement lines US
    GAAP adds into ``concept``."""
    by_context = b.statement_facts()
    matched = 0
    for plan, cid, unit_id in b.planned_values(concept, cells):
        printed = by_context.get((cid, unit_id))
        if not printed:
            continue  # a period the statements do not print
        if concept.qname in printed:
            return False  # the statements print the concept itself: its own agreement decides
        parts = [q for q in printed if summation_weight(q, concept.qname) == 1]
        # a part summed into another part is counted in that one
        parts = [q for q in parts if not any(o != q and summation_weight(q, o) is not None for o in parts)]
        if len(parts) < 2:
            return False
        total = sum((Decimal(printed[q].value) for q in parts), Decimal(0))
        decimals = min((d for q in parts if isinstance(d := printed[q].decimals, int)), default=None)
        if not _agree(total, decimals, plan.value, plan.decimals):
            return False
        matched += 1
    return matched >= _MIN_COLUMNS
