"""A standard concept whose balance type contradicts the sum a row is printed in is unfit for the row: a row printed
positive that a table adds into a revenue total is no expense (CMG's "Professional services 3,181" beside "Total
software license revenue 18,510", adding up to "Total revenue 21,691", is no us-gaap:ProfessionalFees), whatever the
index finds for its label. The row is then a member of the total's breakdown where the total is broken down, else
another concept the index finds, else the company's own line item."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .arithmetic import Node
from .index import adds_into, concept_index
from .signs import sum_direction

if TYPE_CHECKING:
    from .resolve import TableMapper

_BALANCE = {"c": "credit", "d": "debit"}


def contradicts(tm: TableMapper, node: Node, concept: str | None, total: str | None = None) -> str | None:
    """Why ``concept`` cannot be the row's: the table adds the row, printed positive (or blank) in every column, into a
    total of a US GAAP flow concept of the other balance type that US GAAP's calculations sum other concepts into (a debit
    added into a credit total, or subtracted from a debit one), and no calculation sums ``concept`` into it (a contra
    account, a cost subtracted in gross profit: their sums agree). None: no such contradiction, or nothing known of it.
    A reconciliation adds back what its measure excludes, against the balance types: it says nothing. ``total``: the
    total's concept where its row is not resolved yet (the line item its label names); else its resolution's."""
    if not concept or node.parent is None or tm.reconciliation or tm.kind == "non_gaap" or node.weight not in (1, -1) \
            or beside_a_result(tm, node):
        return None  # (beside a profit the sum is read upside down: it says nothing of the row's balance)
    if total is None:
        pres = tm.res.get(node.parent)
        if pres is None or pres.dims or pres.negate or pres.magnitude:
            return None
        total = pres.concept
    ix = concept_index()
    own, whole = ix.get(concept), ix.get(total) if total else None
    if own is None or whole is None or own.kind != "money" or whole.kind != "money" or not ix.sums(total):
        return None
    if own.period != "d" or whole.period != "d":
        return None  # flows only: a balance sheet's equity adds up by its own identities, which its arithmetic can misread
    own_balance, whole_balance = _BALANCE.get(own.balance or ""), _BALANCE.get(whole.balance or "")
    if not own_balance or not whole_balance or adds_into(concept, total):
        return None
    values = [c.value for c in node.item.cells if c.role == "value" and c.value is not None]
    if not values or any(v < 0 for v in values) or not any(v > 0 for v in values):
        return None
    if sum_direction(node.weight, False, own_balance, whole_balance) > 0:
        return None
    return (f"{concept} is a {own_balance} concept, and the table {'adds' if node.weight > 0 else 'subtracts'} the row, "
            f"printed positive, {'into' if node.weight > 0 else 'from'} {total} ({whole_balance})")


def unfit_line_item(tm: TableMapper, node: Node) -> bool:
    """Whether the line item the row's label names (a rule's or the index's) contradicts the sum it is printed in, whose
    total's label names its line item, and the row is to be a part of that total's breakdown: no other row of the sum
    names a line item of its own. Beside one, the row is a line item too, never a member of the total (Palomar's
    "Non-catastrophe losses" beside "Catastrophe losses", us-gaap:LossFromCatastrophes, in "Total losses and loss
    adjustment expenses": no product of the losses); its line item is then another the index finds, or the company's."""
    if node.parent is None:
        return False
    parent = tm.nodes[node.parent]
    total = tm._line_item(parent.item.label)[1]
    if total is None or contradicts(tm, node, tm._line_item(node.item.label)[1], total) is None:
        return False
    if beside_a_result(tm, node):
        return False
    return not any(tm._line_item(tm.nodes[i].item.label)[1] for i in parent.children if i != node.index)


def beside_a_result(tm: TableMapper, node: Node) -> bool:
    """Whether a row adds up into its total beside a profit or a margin ("Net premiums earned" = "Loss and loss
    adjustment expenses" + "Underwriting expenses" + "Underwriting profit", 21st Century Q4 2004): the total less its
    costs, read from the bottom up; the costs are line items of their own, never parts (products) of the revenue."""
    if node.parent is None:
        return False
    return any(_RESULT.search(tm.nodes[i].item.label) for i in tm.nodes[node.parent].children if i != node.index)


# a row that names what is left of a total after its costs: a profit or a margin
_RESULT = re.compile(r"\b(?:profits?|margin)(?:\s*\((?:loss|losses)\))?\s*$", re.I)
