"""The sign of a reconciliation's adjustment of the measure it starts from: a row that takes a line item of that
measure out of it ("Net income (loss)" ... "Interest income (474)" ... = "Adjusted EBITDA") is that line item, of the
opposite sign to what the row adds. And an adjustment that prints, negated, the figures another table printed for its
line item is that line item taken out (Palomar Q4 2024's "Adjustments to numerator:" / "Catastrophe losses (8,122)",
where its key metrics print "Catastrophe losses 8,122")."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from ..filing import Concept
from ..models import LineItem, Table
from ..tables.columns import strip_marks
from ..tables.text_cells import SERIAL_LEAD
from . import signs
from .arithmetic import Node
from .index import adds_into, summation_weight
from .resolution import Resolution
from .rules import mapping_knowledge, normalize
from .sums import _with_sign

if TYPE_CHECKING:
    from .resolve import TableMapper


# a total's label, after a serial number a results statement prints before it ("III Total Income (I+II)")
_TOTAL = re.compile(r"^\W*(?:(?-i:[IVX]+)\s+)?total\b", re.I)


def _dims(res: Resolution) -> list[tuple[str, str]]:
    return sorted((d.axis, d.member) for d in res.dims)


def taken_out(tm: TableMapper, node: Node, res: Resolution) -> Resolution:
    """The row with the sign its place in a reconciliation gives (``signs.removed_from``): in a sum whose total is no
    concept US GAAP sums the row into (a non-GAAP measure: "Adjusted EBITDA", "Underwriting revenue"; Palomar's
    "Underwriting income", us-gaap:UnderwritingIncomeLoss, from "Income before income taxes") and whose first row is a
    standard measure (``start``: "Net income (loss)", "Total revenue"), a later row of a standard concept US GAAP's calculations
    sum into that measure adjusts the measure by taking the line item out: "Interest income (474)" added into Adjusted
    EBITDA after net income is interest income of 474 deducted, not interest income of -474; Palomar's "Net investment
    income (11,318)" between "Total revenue" and "Underwriting revenue" is net investment income of 11,318. The sign
    the sum the row is printed in already gave, a rule's or the label's words' against it (not known), stand as
    ``signs.removed_from`` says; rows whose concept the calculations do not relate to the measure keep their sign."""
    if not res.concept or node.parent is None or res.trailing or tm.kind == "balance_sheet":
        # (a balance sheet adjusts no measure: its rows add up into its totals, printed or not: Titan FY2025's capital
        # work-in-progress under its property, plant and equipment, then an unlabelled total, had been -93 crore)
        return res
    sign = res.sign or signs.Sign(negate=res.negate, magnitude=res.magnitude)
    if sign.unknown or sign.source == "structure" or (res.evidence or {}).get("by") not in ("index", "override"):
        return res
    parent = tm.nodes[node.parent]
    pres = tm.res.get(parent.index) or tm.resolve(parent)
    if pres.dims or not (pres.concept or pres.ext_name) or pres.concept and adds_into(res.concept, pres.concept):
        return res  # a total US GAAP sums the row into: the sum's own calculations say (sums.signed)
    if _TOTAL.match(SERIAL_LEAD.sub("", strip_marks(parent.item.label))):
        # a total adds its rows up, it adjusts no measure: "3 Total Income (1+2)" over "1 Revenue from operations" and
        # "2 Other income" (IFB Industries Q3 FY2026) holds the other income as printed
        return res
    first = min(parent.children)
    if first >= node.index or tm.nodes[first].weight != 1 or tm.nodes[first].children:
        # a measure the table adds up from its own rows holds those rows, not this one (United Fire's "Total investment
        # income" of interest, dividends and other, "Less investment expenses": net investment income)
        return res
    sres = tm.res.get(first)
    if sres is None or not sres.concept or sres.concept == res.concept or _dims(sres) != _dims(res):
        return res
    part_weight = summation_weight(res.concept, sres.concept)
    if part_weight not in (1, -1) or node.weight not in (1, -1):
        return res
    decided = signs.removed_from(sign, [c.value for c in node.item.cells if c.role == "value"], node.weight, part_weight,
                                 res.concept, sres.concept)
    return res if decided is None else _with_sign(tm, node, res, decided)


def deducted_again(b, plans: list, standard: list, section, mode) -> list | None:
    """The row's plans with the opposite sign (None: not so), where the row stands under a heading of adjustments
    ([labels] adjustments_heading) and every figure of it that another table's fact of its concept meets (two at
    least) is that fact negated, none that fact: the adjustment takes the line item out, printed with the sign of the
    reconciliation (Palomar Q4 2024's "Adjustments to numerator:" / "Catastrophe losses | (8,122) | (10) | (27,846) |
    (3,442)", whose key metrics print "Catastrophe losses | $ | 8,122 | ... | $ | 10": us-gaap:LossFromCatastrophes of
    8,122, not the company's own "Catastrophe losses" of -8,122). ``plans``: (cell, (period, concept, dims, factor,
    why)) as ``emit`` plans them; ``standard``: (cell, whether another table's fact agrees) of the row's standard
    facts."""
    if not any(mapping_knowledge().adjustments_heading.search(h) for h in section):
        return None
    met = {id(c) for c, agrees in standard if agrees is not None}
    if not met or any(agrees for _, agrees in standard):
        return None
    own = [(c, p) for c, p in plans if id(c) in met and len(p) == 5]
    if len(met) < 2 and not all(c.value is not None and _figures(c.value) >= 3 for c, _ in own):
        return None  # one figure met: only one of three significant figures or more (a total column's, Adaptive Q4 2024)
    if len(own) != len(met) or not all(b.agreement(p[1], p[0], p[2], c, -p[3], mode) for c, p in own):
        return None
    # every figure of the row, its segments' too ("Unallocated Corporate | (3,072)" beside "Total | (3,072)"), is the
    # line item with the sign of the reconciliation
    return [(c, (p[0], p[1], p[2], -p[3], p[4])) if len(p) == 5 else (c, p) for c, p in plans]


def _figures(value) -> int:
    """The significant figures of a printed amount (3,072: 4; 0.25: 2)."""
    digits = str(abs(value)).replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def tax_effect_printed(table: Table, item: LineItem) -> bool:
    """Whether the table prints the income-tax effect of the row's amount in a row of its own, in the same unit
    (UnitedHealth Q4 2024: "Intangible amortization | 423", then "Tax effect of intangible amortization | (103)"):
    the row's figure is that amount before tax, not net of it ([labels] tax_effect_label)."""
    pattern, own = mapping_knowledge().tax_effect_label, normalize(item.label)
    for row in table.rows:
        if row is item or row.unit != item.unit:
            continue
        label = normalize(row.label)
        m = pattern.match(label)
        if m and label[m.end():] == own:
            return True
    return False


# the income tax a measure after tax deducts (us-gaap's calculations), and that a measure before tax adds back
_INCOME_TAX = "us-gaap:IncomeTaxExpenseBenefit"


def whole_line_item(tm: TableMapper, node: Node) -> bool:
    """Whether a reconciliation's row is the whole of its line item, in a release that prints no income statement:
    the reconciliation is then the release's only report of its GAAP lines (Ai-Media's ASX Appendix 4E: "Revenue",
    "Gross profit", "Loss after income tax expense", then "Add: Finance costs", "Add: Income tax expense", "Less:
    Interest income" to "EBIT" and "Depreciation and amortisation expense" to "EBITDA"). The table's sums say which
    rows are whole: the measure after income tax the reconciliation starts from (the first row of a sum, a standard
    concept US GAAP deducts income tax in: net income or loss), the rows it adds up (its own sum: the income statement
    in small), and what the sums above it add to it once one of them has added the income tax back (a measure before
    tax, EBIT or EBITDA, adds back whole line items before tax; an adjusted net income may add amounts net of tax or
    a part of a line item). The measures those sums reach (EBIT, EBITDA) are not: they are the company's. A
    reconciliation that starts from another measure (gross profit, an expense) adjusts it by parts of line items and
    is left as it is."""
    if not (tm.kind == "non_gaap" or tm.reconciliation) or "income" in tm.b.kinds.values():
        return False
    path = [node.index]  # the row and the sums above it
    while tm.nodes[path[-1]].parent is not None:
        path.append(tm.nodes[path[-1]].parent)
    for i, index in enumerate(path):
        parent = tm.nodes[index].parent
        if parent is not None and tm.nodes[parent].children[:1] == [index] and _after_tax(tm, index):
            return True  # the measure itself, or a row of its own sum
        if i == 0 or tm.nodes[index].children[:1] == [path[i - 1]]:
            continue
        # a sum above that adds the row to its first row: the measure, down the first rows, once tax is added back
        chain = [index]
        while tm.nodes[chain[-1]].children:
            chain.append(tm.nodes[chain[-1]].children[0])
            if _after_tax(tm, chain[-1]):
                return any(_resolved(tm, c).concept == _INCOME_TAX for s in chain[:-1] for c in tm.nodes[s].children)
    return False


def _resolved(tm: TableMapper, index: int):
    return tm.res.get(index) or tm.resolve(tm.nodes[index])


def _after_tax(tm: TableMapper, index: int) -> bool:
    """A standard measure (no members) that US GAAP's calculations deduct income tax in."""
    res = _resolved(tm, index)
    return bool(res.concept) and not res.dims and summation_weight(_INCOME_TAX, res.concept) == -1


def _statement_lines(b) -> dict[str, set[str]]:
    """The statements' line items by label (``normalize``d, footnote marks aside): read once, with the statements'
    facts (``Builder.statement_facts``), when a table after the statements first asks."""
    if b.statement_lines is None:
        b.statement_lines = defaultdict(set)
        for by_concept in b.statement_facts().values():
            for q, f in by_concept.items():
                if f.label:
                    b.statement_lines[normalize(strip_marks(f.label), b.names)].add(q)
    return b.statement_lines


def label_twin(b, label: str, plans: list, mode) -> tuple[Concept, int] | None:
    """The statements' line item a row of a table outside them prints again under the same label, as printed or
    negated, and the factor of its figures (1, -1): its facts in at least two of the row's columns are the row's
    figures times that factor, and none another (Kimco Q4 2024's FFO reconciliation "Gain on sale of properties
    (330) | (22,600)", which its statement of income prints "330 | 22,600" as us-gaap:GainLossOnSaleOfProperty: a
    gain of 330 taken out, not the company's own "Gain on sale of properties" of -330). None where no statement line
    of that label, two, or a column that disagrees. ``plans``: (cell, (period, concept, dims, factor, why)) as
    ``emit`` plans them."""
    key = normalize(strip_marks(label), b.names)
    named = _statement_lines(b).get(key, set()) if key else set()
    if len(named) != 1:
        return None
    printed = b.statement_facts()
    concept = b.concept(next(iter(named)))
    cells = [(p[0], p[2], c, p[3], mode) for c, p in plans if len(p) == 5 and not p[2]]
    factor, met = None, 0
    for plan, cid, unit_id in b.planned_values(concept, cells):
        fact = printed.get((cid, unit_id), {}).get(concept.qname)
        if fact is None or fact.value is None:
            continue
        if fact.value == plan.value and fact.value != 0:
            f = 1
        elif fact.value == -plan.value and fact.value != 0:
            f = -1
        elif fact.value == plan.value == 0:
            continue
        else:
            return None
        if factor is not None and f != factor:
            return None
        factor, met = f, met + 1
    return (concept, factor) if met >= 2 and factor is not None else None
