"""A total's concept from the rows it adds up (split from ``sums.py``): a row adding a row of its own concept to
others is the US GAAP total of them all; a "Total ..." row the index chose that none of the standard line items it
adds up sums into, or that lists line items of several concepts, is the company's own total."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..tables.totals import is_total
from .index import adds_into, concept_index
from .extension_names import concept_name
from .mapped import STATEMENT_KINDS
from .arithmetic import Node
from .resolution import Resolution

if TYPE_CHECKING:
    from .resolve import TableMapper


def sum_of_own(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """A row whose concept one of the rows it adds up already has is the one US GAAP total they all add into
    ("Total Strattec shareholders' equity" + "Non-controlling interest": equity including the interest); None when
    US GAAP has no single such total, or it is taken."""
    if not node.children or not res.concept or res.dims:
        return None
    kids = [tm.res.get(i) for i in node.children]
    if any(k is None or k.dims or not k.concept for k in kids) or res.concept not in {k.concept for k in kids}:
        return None
    ix = concept_index()
    common: set[str] | None = None
    for k in kids:
        info = ix.get(k.concept)
        parents = set(info.parents) if info is not None else set()
        common = parents if common is None else common & parents
    if not common or len(common) != 1:
        return None
    whole = next(iter(common))
    if whole in tm.taken or tm.b.cat.get(whole) is None:
        return None
    evidence = dict(res.evidence or {})
    evidence["by"] = "structure"
    evidence["evidence"] = list(evidence.get("evidence", [])) + [
        f"structure: the row adds up {', '.join(k.concept for k in kids)}; US GAAP sums them into {whole}"]
    again = Resolution(concept=whole, negate=res.negate, magnitude=res.magnitude, period_mode=res.period_mode,
                       total=res.total, evidence=evidence)
    tm.taken.add(whole)
    tm.res[node.index] = again
    return again


def unsummed_total(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """A "Total ..." row outside the statements the index chose that none of the standard line items it adds up sums into in
    US GAAP's calculations (CMUV's "Total Earning Assets" = cash + investments + gross loans - allowance was
    us-gaap:Investments, 2 filers' word for it; loans are no investments): the company's own total, not a standard
    concept of another meaning. None where fewer than two of its rows have standard concepts, or one of them sums
    into it."""
    if not res.concept or res.dims or (res.evidence or {}).get("by") != "index" or len(node.children) < 2 or res.period_mode:
        return None
    if not is_total(node.item.label):
        return None  # a row the arithmetic finds adding up others need not be their total (a balance sheet's identity)
    if tm.kind in STATEMENT_KINDS and (tm.kind != "balance_sheet" or any(tm.nodes[i].weight != 1 or tm.nodes[i].children for i in node.children)):
        # a statement's totals are chosen with the statement's structure (and roll balances forward); a balance
        # sheet's "Total ..." that adds line items as printed (no totals: H&M's "TOTAL EQUITY AND LIABILITES" adds
        # two) is their total all the same (CMUV FY2024 prints its earning assets under "BALANCE SHEET")
        return None
    ix = concept_index()
    kids = [r.concept for i in node.children if (r := tm.res.get(i)) is not None and r.concept and not r.dims]
    if len(kids) < 2 or any(adds_into(k, res.concept) for k in kids) or not all(ix.get(k) for k in kids):
        return None
    if not any(ix.get(k).parents for k in kids):
        return None  # rows US GAAP sums into nothing say nothing of their total
    return _own_total(tm, node, res, res.total,
                      f"none of the line items it adds up ({', '.join(kids)}) sums into it in US GAAP's calculations")


def _own_total(tm: TableMapper, node: Node, res: Resolution, total: bool, why: str) -> Resolution:
    """The row as the company's own total instead of the index's ``res.concept`` (given back to the table), ``why``."""
    tm.taken.discard(res.concept)
    own = Resolution(concept=None, ext_name=concept_name(node.item.label), total=total, evidence={"by": "extension", "evidence": [
        f"{res.concept} (index): {why}"]})
    tm.res[node.index] = own
    return own


_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+(?=[^,]*$)", re.I)


def listed_total(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """A "Total A, B, C" row the index chose by one of the line items it lists, where the listed items are line
    items of different standard concepts and no filer prints the whole label: the total of them all, the company's
    own, not the one whose words the index matched. CMUV Bancorp FY2024 prints "Total Stock, Equity, Retained
    Earnings $ 33,377,158" (with "Net Income" it adds up to "TOTAL EQUITY/CAPITAL"): stock, and retained earnings,
    not us-gaap:RetainedEarningsAccumulatedDeficit. None where the label lists fewer than three items."""
    if not res.concept or res.dims or (res.evidence or {}).get("by") != "index" or res.period_mode:
        return None
    m = re.match(r"\s*total\s+(.+)$", node.item.label, re.I)
    if m is None or "," not in m.group(1):
        return None
    parts = [p for p in _LIST_SPLIT.split(m.group(1).strip()) if p and p.strip()]
    if len(parts) < 3:
        return None
    best = concept_index().candidates(node.item.label)
    if best and best[0].similarity >= 1.0:
        return None  # filers print the whole label for a concept of its own ("Total property, plant and equipment")
    named = {q for p in parts if (q := tm._line_item(p)[1])}
    if len(named) < 2 or res.concept not in named:
        return None
    return _own_total(tm, node, res, True, f"the label totals line items of several concepts ({', '.join(sorted(named))})")
