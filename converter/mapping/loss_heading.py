"""A gain or loss, which goes either way, printed positive in every column under an income statement's heading of
expenses is a loss: "Change in fair value of compound net derivative liability 1,540,000" under "Other expenses:"
(Motorcar Parts Q1 FY2027) is -1,540,000 of us-gaap:DerivativeGainLossOnDerivativeNet, not a gain."""

from __future__ import annotations

import re

from . import signs
from .arithmetic import Node

# a heading of expenses over an income statement's rows ("Other expenses:", "Noninterest expense"), and the words of
# one that names an income or a gain too ("Other income (expense)")
_EXPENSE_WORDS = re.compile(r"\b(?:expenses?|costs?|charges?|deductions?)\b", re.I)
_INCOME_WORDS = re.compile(r"\b(?:income|revenues?|gains?|sales|earnings|profits?)\b", re.I)


def expense_heading(heading: str) -> bool:
    """Whether a heading names expenses and no income or gain ("Other expenses:", not "Other income (expense):")."""
    return bool(_EXPENSE_WORDS.search(heading)) and not _INCOME_WORDS.search(heading)


# what a heading of income does not name, nor a label read as an expense under it: an expense, a loss, a tax
# ("Income taxes:" over "Current" / "Deferred"), or an amount taken off the income
_DEBIT_WORDS = re.compile(r"\b(?:expenses?|costs?|charges?|deductions?|loss(?:es)?|tax(?:es)?|provisions?|allowances?"
                          r"|discounts?|returns?|less|impairments?|write[- ]?(?:offs?|downs?)|amorti[sz]ation|depreciation)\b", re.I)


def income_heading(heading: str) -> bool:
    """Whether a heading names income and no expense, loss or tax ("Noninterest Income:", "Revenues:", not "Other
    income (expense):" nor "Income taxes:")."""
    return bool(_INCOME_WORDS.search(heading)) and not _EXPENSE_WORDS.search(heading) and not _DEBIT_WORDS.search(heading)


def names_a_debit(label: str) -> bool:
    """Whether a label names an expense, a loss, a tax or an amount taken off ("Less: sales returns")."""
    return bool(_DEBIT_WORDS.search(label))


def loss_under_expenses(kind: str, node: Node, concept: str | None, sign: signs.Sign, balance: str) -> signs.Sign | None:
    """The sign of a credit gain-or-loss concept's row printed positive under a heading of expenses (negated), where
    nothing stronger than the printed figure gave one (no rule, no words of the label); None otherwise."""
    values = [c.value for c in node.item.cells if c.role == "value" and c.value]
    if (kind != "income" or "GainLoss" not in (concept or "") or balance != "credit" or sign.source in ("rule", "words")
            or sign.negate or sign.magnitude or not node.item.section or not expense_heading(node.item.section[-1])
            or not values or any(v < 0 for v in values)):
        return None
    return signs.Sign(negate=True, source="structure", reason=(
        f"structure: a gain or loss printed positive under a heading of expenses ({node.item.section[-1]!r}): a loss"))
