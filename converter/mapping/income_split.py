"""An income total split downwards into the lines an income statement deducts from it and the net income that remains:
the figures below "Income before income taxes" add up to it, the net income last ("Provision for income taxes",
"Minority interest in net loss of subsidiary", "Net income"). The table's arithmetic then reads every line but the
last as added into the total; the statement deducts each from it into the net income, which decides their signs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import signs
from .structural import NET_INCOME_LINE, NCI_LINE

if TYPE_CHECKING:
    from .arithmetic import Node
    from .resolve import TableMapper


def remainder(tm: TableMapper, node: Node) -> Node | None:
    """The net income line that closes the downward split of an income total the row is a line of (None: the row is
    no such line). The total's concept is a credit, every line added with weight 1, the row before the last, the last
    a net income line (not a noncontrolling interest's share) whose concept is a credit too."""
    if tm.kind != "income" or node.parent is None or node.parent > node.index:
        return None
    parent = tm.nodes[node.parent]
    kids = sorted(parent.children)
    if len(kids) < 2 or kids[-1] == node.index or any(tm.nodes[k].weight != 1 for k in kids):
        return None
    last = tm.nodes[kids[-1]]
    if not NET_INCOME_LINE.search(last.item.label) or NCI_LINE.search(last.item.label):
        return None
    pres, lres = tm.res.get(parent.index), tm.res.get(last.index) or tm.resolve(last)
    for r in (pres, lres):
        info = tm.b.cat.get(r.concept) if r is not None and r.concept else None
        if info is None or info.balance != "credit" or r.dims or r.magnitude or r.negate:
            return None
    return last


def deducted_sign(tm: TableMapper, node: Node, sign: signs.Sign, child_balance: str) -> signs.Sign | None:
    """The sign of a line the statement deducts from an income total into the net income below it (``remainder``):
    AmTrust Q1 2009's "Income from continuing operations before provision for income taxes 26,680", "Provision for
    income taxes 7,317", "Minority interest in net loss of subsidiary (2,900)", "Net income available to common
    shareholders 22,263" (26,680 - 7,317 - (-2,900)): the interest's share, a debit deducted from a credit, is the
    printed figure, -2,900 (how filers print "... in net loss" had made it +2,900). None: not such a line, or the
    statement agrees; unknown where the label's words or a rule say the opposite."""
    last = remainder(tm, node)
    if last is None:
        return None
    lres = tm.res.get(last.index)
    return signs.from_sum(sign, [c.value for c in node.item.cells if c.role == "value"], -1, False, child_balance,
                          lres.concept, "credit")
