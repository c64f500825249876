"""A balance sheet that prints its liabilities in parentheses (split from ``sums.py``): the parentheses are the
section's presentation, not each row's sign."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..tables.totals import is_total
from . import signs
from .arithmetic import Node
from .resolution import Resolution

if TYPE_CHECKING:
    from .resolve import TableMapper


_LIABILITIES = re.compile(r"\bliabilit", re.I)
_NOT_ONLY_LIABILITIES = re.compile(r"\b(?:equity|deficit|capital|assets?|net worth)\b", re.I)
_PRESENTED_NEGATIVE_ROWS = 3  # rows printed in parentheses that make a section's presentation, not one row's


def _liability_row(node: Node) -> bool:
    """A row of a section that holds only liabilities (its headings name them and nothing else: "Liabilities" /
    "Non-current liabilities"), or the total of them ("Total liabilities")."""
    heads = [h for h in node.item.section if h.strip()]
    if any(_NOT_ONLY_LIABILITIES.search(h) for h in heads):
        return False
    return any(_LIABILITIES.search(h) for h in heads) or (is_total(node.item.label) and bool(_LIABILITIES.search(node.item.label.partition("(")[0]))
                                                              and not _NOT_ONLY_LIABILITIES.search(node.item.label))


def liabilities_negative(nodes: list[Node]) -> int:
    """How many rows of a balance sheet's liabilities (``_liability_row``) print figures, all of them in parentheses; 0
    where any of those rows prints a figure positive. Once per table (``TableMapper.liabilities_negative``)."""
    rows = 0
    for n in nodes:
        if not _liability_row(n):
            continue
        values = [c.value for c in n.item.cells if c.role == "value" and c.value]
        if any(v > 0 for v in values):
            return 0
        rows += bool(values)
    return rows


def liabilities_printed_negative(tm: TableMapper, node: Node, res: Resolution) -> signs.Sign | None:
    """A balance sheet that prints its liabilities in parentheses, as UK and IFRS statements do (Persimmon: "Trade and
    other payables (171.5)", "Deferred tax liabilities (56.7)", "Partnership liability (5.1)", the section's subtotal
    "(326.2)", "Total liabilities (1,506.8)"): every figure of the rows of its liabilities section is negative, in at
    least three rows. The parentheses are the presentation of the section, not the sign of each row: a credit line
    item's fact is the opposite of the printed figure, for every row alike (its sums then still add up). A sign a
    mapping rule or the label's own words give is not overridden; a section with any figure printed positive says
    nothing (a liability may be negative where others are not)."""
    if tm.kind != "balance_sheet" or res.dims or not (res.concept or res.ext_name) or not _liability_row(node):
        return None
    sign = res.sign or signs.Sign(negate=res.negate, magnitude=res.magnitude)
    if sign.source in ("rule", "words") or sign.unknown or (res.evidence or {}).get("by") == "override":
        return None
    if res.concept:
        own = tm.b.cat.get(res.concept)
        if own is None or own.balance != "credit" or own.type != "xbrli:monetaryItemType":
            return None
    printed = [c.value for c in node.item.cells if c.role == "value"]
    if not signs.deducted_in_every_column(printed):
        return None
    rows = tm.liabilities_negative
    if rows < _PRESENTED_NEGATIVE_ROWS:
        return None
    return signs.Sign(negate=True, source="structure", reason=(
        f"structure: the balance sheet prints its liabilities in parentheses ({rows} rows of the section, none positive), "
        "a credit line item: the fact is the opposite of the printed figure"))
