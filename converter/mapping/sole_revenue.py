"""A statement's only revenue line: where an income statement's sums prove a row is all the revenue the statement
adds, the row is ``us-gaap:Revenues`` whatever its label's other words.

GeoVax Labs' 2024 statement of operations prints "Revenue from government contract $ 3,955 $ -", then its operating
expenses and their unlabelled total 29,099, then "Loss from operations (25,144)": 3,955 - 29,099 = -25,144 in each
column. No filer's label is close enough to "Revenue from government contract" for the index to name a concept (the
closest, us-gaap:Revenues, shares only the word "revenue"), so the row had been the company's own line item. But the
statement's arithmetic says what it is: the one amount the statement adds into its operating result, every other row
of that sum deducted, and its label names revenue, the element's own name. It is the statement's revenue.

Only where the structure proves it (a wrong fact is worse than a missing one): an income statement; the row adds
(weight +1) into a row of a standard concept that US GAAP's calculations add us-gaap:Revenues into with that weight;
every other row of that sum is deducted; the label holds every word of the element's name and its head names no
expense; and no other row of the table names revenue or is a line item US GAAP sums into revenues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .index import adds_into, summation_weight
from .labels import label_key, name_words
from .resolution import Resolution
from .signs import label_head

if TYPE_CHECKING:
    from .arithmetic import Node
    from .resolve import TableMapper

REVENUES = "us-gaap:Revenues"


def _names_revenue(label: str) -> bool:
    return set(name_words(REVENUES).split()) <= set(label_key(label).split())


def sole_revenue(tm: TableMapper, node: Node) -> Resolution | None:
    """``node`` as the statement's revenue (``REVENUES``) where the statement's sums prove it; else None."""
    if tm.kind != "income" or node.parent is None or node.weight != 1 or node.children or not node.values:
        return None
    label = node.item.label
    if not _names_revenue(label) or label_head(label)[0] == "debit":
        return None
    parent = tm.nodes[node.parent]
    whole = tm.resolve(parent).concept
    if not whole or tm.resolve(parent).dims or summation_weight(REVENUES, whole) != 1:
        return None
    others = [tm.nodes[i] for i in parent.children if i != node.index]
    if not others or any(o.weight != -1 for o in others):
        return None  # another amount added beside it may be revenue too
    for n in tm.nodes:
        if n.index == node.index:
            continue
        q = tm._line_item(n.item.label)[1]
        if _names_revenue(n.item.label) or (q is not None and (q == REVENUES or adds_into(q, REVENUES))):
            return None  # another row of the statement is revenue: this one is a part, not the whole
    why = (f"structure: the only amount the statement adds into {whole}, every other row of that sum deducted, and its "
           f"label names revenue: the statement's revenue")
    return Resolution(concept=REVENUES, evidence={"by": "structure", "evidence": [why]})
