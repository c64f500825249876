"""A name for a row printed without a label: the total of its section, the total of the rows it adds up, or the net
of the first row and the ones it subtracts; None where no name tells its line item."""

from __future__ import annotations

from ..tables.totals import is_total
from .arithmetic import Node
from .labels import label_key
from .mapped import STATEMENT_KINDS
from .resolve import TableMapper


def unlabeled_name(tm: TableMapper, node: Node) -> str | None:
    """A name for a row printed without a label: the total of its section or of the rows it adds up, or the net of
    the first row and the ones it subtracts. None: a statement's row that only adds rows of more than its section,
    whose line item cannot be named."""
    if node.children:
        if node.item.section and _totals_section(tm, node):
            return f"Total {node.item.section[-1]}"
        if tm.kind not in STATEMENT_KINDS and all(tm.nodes[i].weight > 0 for i in node.children):
            # outside the statements, the sum of its rows is their total, not a variant of the first ("Chains and
            # distributors | Online | Retail | 136,302": the total of the categories, not "Chains and distributors,
            # net", the same member as the first); a statement's unlabelled subtotal is a line item of its own
            return "Total"
        first = tm.nodes[node.children[0]].item.label

        def deducted(i: int) -> bool:
            values = list(tm.nodes[i].values.values())
            return tm.nodes[i].weight < 0 or (any(v < 0 for v in values) and all(v <= 0 for v in values))

        deducts = any(deducted(i) for i in node.children)
        if tm.table.orientation != "periods_in_rows" and deducts and not all(deducted(i) for i in node.children[1:]):
            # the first row less others, but other rows added too (AmTrust Q1 2009: "Ceding commission" + "Commission
            # and fee income" + "Investment income, net" + "Net realized gains (losses) (9,238)" + ... = "39,396"
            # unlabelled): a subtotal of several line items, no net of the first; no name tells its line item
            return None
        if tm.table.orientation != "periods_in_rows" and not deducts:
            # a statement's sum of rows it only adds ("Total deposits", "Securities sold ...", "Other liabilities",
            # then "788,371,297" unlabelled): no name tells its line item, never "Total deposits, net" (but
            # "PROPERTY AND EQUIPMENT 508,273" / "Less accumulated depreciation (365,241)" / "143,032" is the net)
            return None
        return f"{first}, net" if first else f"Subtotal at line {node.item.line}"
    return f"Unlabeled line {node.item.line}"


def _totals_section(tm: TableMapper, node: Node) -> bool:
    """Whether an unlabelled row that adds up rows is the total of the section it stands in: the section's first row
    is one of the rows it adds up, and no heading of another part the section's heading names follows it
    ("Liabilities and Stockholders' Equity" ... "788,371,297", then "Stockholders' equity" and its rows: the total of
    the liabilities, not of the section; "Assets" ... "Liabilities and Stockholders' Equity" / "Deposits" ...
    "788,371,297", where the reader nested the liabilities inside the assets: not the assets' total)."""
    heading = node.item.section[-1]
    first = next((n.index for n in tm.nodes if n.index != node.index and n.item.kind != "heading" and heading in n.item.section), None)
    parts = set(label_key(heading).split())
    later = any(r.kind == "heading" and r.line > node.item.line and heading in r.section and set(label_key(r.label).split()) <= parts
                for r in tm.table.rows)
    # the table prints the section's total itself, labelled, further down (Brookfield Wealth Solutions Q4 2024: "Liabilities
    # and equity" ... "Unearned premium reserve 1,843" / "111,826" unlabelled / ... "Total liabilities and equity 140,460"):
    # the unlabelled row is a part of the section, not its total
    own = parts - {"total"}
    printed_later = any(r.kind != "heading" and r.line > node.item.line
                        and is_total(r.label) and set(label_key(r.label).split()) - {"total"} == own
                        for r in tm.table.rows)
    # ... and every row it adds stands under the heading: Himax Q4 2024's "Profit for the period 25,031" / "Adjustments
    # for:" / "Depreciation and amortization 5,564" ... / "33,378" unlabelled adds the profit too, no total of the
    # adjustments (us-gaap:AdjustmentsToReconcileNetIncomeLossToCashProvidedByUsedInOperatingActivities is 8,347)
    inside = all(heading in tm.nodes[c].item.section for c in node.children)
    return first is not None and _adds_into(tm, first, node) and inside and not later and not printed_later


def _adds_into(tm: TableMapper, i: int, node: Node) -> bool:
    """Whether row ``i`` is one of the rows ``node`` adds up, directly or through a subtotal."""
    while (i := tm.nodes[i].parent) is not None:
        if i == node.index:
            return True
    return False
