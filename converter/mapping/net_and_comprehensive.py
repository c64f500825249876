"""One line of the net income and the comprehensive income of a company without other comprehensive income ("Net
income (loss) and comprehensive income (loss)", "Net loss and comprehensive loss"): its figures are both facts."""

from __future__ import annotations

from ..models import LineItem, Table
from .rules import mapping_knowledge

# the other of the two for the one the row resolved to
_PAIR = {"us-gaap:NetIncomeLoss": "us-gaap:ComprehensiveIncomeNetOfTax",
         "us-gaap:ComprehensiveIncomeNetOfTax": "us-gaap:NetIncomeLoss"}


def net_and_comprehensive(concept: str | None, table: Table, item: LineItem, label: str) -> str | None:
    """The other concept of the pair where the row is one line of both (mapping.toml [labels] net_and_comprehensive,
    Clairvest Q3 FY2025) in a table no other line of which names comprehensive income; None otherwise."""
    if concept not in _PAIR or not mapping_knowledge().net_and_comprehensive.search(label):
        return None
    if any(r is not item and "comprehensive" in r.label.lower() for r in table.rows):
        return None
    return _PAIR[concept]
