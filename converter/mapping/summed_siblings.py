"""A row of a total computed from line items: a line item of its own, never a member of a breakdown of the total.

Gladstone Investment's summary adds "Net investment income", "Net realized gain" and "Net unrealized appreciation
(depreciation)" into "Net increase in net assets resulting from operations" (us-gaap:NetIncomeLoss). The first two
are line items whose concepts US GAAP itself sums into NetIncomeLoss (NetInvestmentIncome,
DebtAndEquitySecuritiesRealizedGainLoss); the third, whose label the index finds no line item for, had been written
as NetIncomeLoss on a member "Net Unrealized Appreciation (Depreciation)" of the product axis: a net income that is
no net income. A total whose other parts are two or more line items of distinct concepts the taxonomy sums into it
is an income computed, not one amount broken down by product (the parts of a breakdown are members of one concept,
never distinct concepts that add up into it); its remaining row is a line item too, the company's own where no
standard concept that sums into the total fits its label (``sums.summed_into`` looked first)."""

from __future__ import annotations

from .extension_names import concept_name
from .index import adds_into
from .resolution import Resolution


def beside_summed_line_items(tm, parent, node, whole: str | None) -> bool:
    """Whether ``node`` adds up into ``whole`` beside two or more line items of distinct concepts US GAAP sums into
    ``whole`` (the total's concept)."""
    if parent is None or not whole or ":" not in whole:
        return False
    others = [tm.nodes[i].item.label for i in parent.children if i != node.index]
    concepts = {q for label in others if (q := tm._line_item(label)[1]) and q != whole and adds_into(q, whole)}
    return len(concepts) >= 2


def own_line_item(node, whole: str) -> Resolution:
    """The row as the company's own line item, beside the line items that sum into ``whole``."""
    why = (f"structure: it adds up into {whole} beside line items US GAAP sums into it: a line item of its own, not a "
           "member of a breakdown of the total")
    return Resolution(concept=None, ext_name=concept_name(node.item.label), evidence={"by": "extension", "evidence": [why]})
