"""A reconciliation's adjustment of one income-statement line item: the amount of its own concept recorded in that
line item.

NVIDIA prints "GAAP operating expenses 5,839", "Stock-based compensation expense (B) (1,585)", "Acquisition-related
and other costs (A) (39)", "Non-GAAP operating expenses 4,215": the stock-based compensation is not the company's
whole stock-based compensation but the part recorded in operating expenses, which filers tag as the amount's concept
with ``us-gaap:IncomeStatementLocationAxis`` (``us-gaap:OperatingExpenseMember``).

Such a row is read only where everything says so: the sum the table prints (the non-GAAP total adds the GAAP line
item and the adjustments; ``arithmetic.py`` found it), the GAAP line item's concept (a standard income-statement
concept with a location member), and the adjustment's own concept (a mapping rule for an amount broken down by line
item). Its sign comes from the
sum and the balance types: an adjustment that takes an amount of the same balance out of the line item is that
amount negated (an expense removed from operating expenses, printed "(1,585)", is 1,585); one of the opposite
balance is the amount as added ("Interest expense related to amortization of debt discount 1" added back to other
income is an expense of 1).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..filing import DimensionMember
from .index import concept_index
from .indexed import gaap_labelled
from .extension_names import concept_name
from .location import LOCATION_AXIS, Location, location_of, standard_location
from .resolution import Resolution
from .row_indexed import located_name
from .rules import mapping_knowledge, match, normalize

if TYPE_CHECKING:
    from .arithmetic import Node
    from .resolve import TableMapper


def _member_of(concept: str, label: str, balance: str | None) -> str | None:
    """The location member of a GAAP line item: named by its label ("operating expenses": OperatingExpenseMember), or
    named for its concept (NonoperatingIncomeExpense: NonoperatingIncomeExpenseMember). Gross profit is revenue less
    cost of revenue (us-gaap's calculation of GrossProfit): an expense (``balance`` "d") it is adjusted for is recorded
    in cost of revenue (NVIDIA's "GAAP gross profit", "Stock-based compensation expense (B) 38", "Non-GAAP gross
    profit"); other amounts in it name no one line item."""
    if concept == "us-gaap:GrossProfit":
        return standard_location("Cost of revenue") if balance == "d" else None
    named = standard_location(label)
    if named:
        return named
    member = f"{concept}Member"  # a qname, as the index's members are
    return member if member in concept_index().members else None


def _confirmed(tm: TableMapper, base: Node, qname: str) -> bool:
    """Whether the statements print the GAAP row's figures as the concept it was read as (a fact of it agrees in some
    column, none disagrees): NVIDIA Q1's "GAAP other income (expense), net (63)" read as OtherNonoperatingIncomeExpense
    is the statement's NonoperatingIncomeExpense, whose "Other, net" is (13); its member would be another line item."""
    concept = tm.b.concepts.get(qname) or tm.b.cat.get(qname)
    if concept is None:
        return False
    agrees = [tm.b.agreement(concept, c.period, [], c, 1, None) for c in base.item.cells
              if c.role == "value" and c.value is not None and c.period is not None]
    return any(a is True for a in agrees) and not any(a is False for a in agrees)


def _income_concept(qname: str) -> bool:
    info = concept_index().get(qname)
    return info is not None and "I" in info.statements.upper() and info.kind == "money" and info.balance in ("d", "c")


# footnote references after a label: "Stock-based compensation expense (B)", "Tax expense from OBBBA*"
_FOOTNOTE_MARKS = re.compile(r"(?:\s*(?:\([A-Za-z0-9]{1,2}\)|\*+))+\s*$")


def _amount_concept(tm: TableMapper, label: str) -> str | None:
    """The adjustment's concept where a mapping rule names one broken down by line item ("Stock-based compensation
    expense": us-gaap:AllocatedShareBasedCompensationExpense). The index alone is not enough here: "Acquisition-related
    and other costs" is more than a business combination's acquisition costs, "Other" nothing."""
    m = match(normalize(_FOOTNOTE_MARKS.sub("", label), tm.b.names), "breakdown", "", "")
    if m is not None and m.rule.breakdown == LOCATION_AXIS and not m.rule.concept.startswith("ext:") and _income_concept(m.rule.concept):
        return m.rule.concept
    return None


def located_adjustment(tm: TableMapper, node: Node) -> Resolution | None:
    """The row as an amount recorded in the GAAP line item its sum adjusts, or None."""
    if node.parent is None or not node.item.cells:
        return None
    total = tm.nodes[node.parent]
    if not total.children or total.children[0] == node.index or not mapping_knowledge().index_blocked.search(total.item.label):
        return None  # not an adjustment of a non-GAAP measure ("Non-GAAP operating expenses")
    base = tm.nodes[total.children[0]]
    if not gaap_labelled(base.item.label) or base.weight != 1:
        return None
    base_res = tm.res.get(base.index) or tm.resolve(base)
    if not base_res.concept or base_res.dims or not _income_concept(base_res.concept):
        return None
    base_balance = concept_index().get(base_res.concept).balance
    concept, ext_name, subject = _amount_concept(tm, node.item.label), None, None
    if concept is not None:
        if concept == base_res.concept:
            return None
        balance = concept_index().get(concept).balance
        named = concept
    elif (loc := _split_elsewhere(tm, node.item.label)) is not None:
        # an amount of the company's own a table of the release splits into line items, printed there as costs (none
        # negative, most rows expense line items): a debit, whatever line item it is recorded in
        concept, ext_name, subject = loc.concept, loc.ext_name, loc.subject
        balance = concept_index().get(concept).balance if concept else "d"
        named = concept or f"{loc.subject!r} (the amount a table splits by line item)"
    elif _adjusts_others(tm, node, base):
        # the same adjustment of the company's own taken out of other GAAP line items too (Freshworks Q4 2024's
        # "Employer payroll taxes on employee stock transactions" and "Amortization of acquired intangibles" under
        # gross profit, research and development, sales and marketing, ...): an expense recorded in each, its part in
        # this one, not the whole amount nor one line item printed with disagreeing figures
        subject = _FOOTNOTE_MARKS.sub("", node.item.label).strip()
        ext_name, balance = concept_name(subject), "d"
        named = f"{subject!r} (an amount the reconciliation takes out of several line items)"
    else:
        return None
    label = base.item.label.split(None, 1)[1] if len(base.item.label.split()) > 1 else ""
    member = _member_of(base_res.concept, label, balance)
    if member is None or member != standard_location(label) and not _confirmed(tm, base, base_res.concept):
        return None
    if named.endswith("several line items)") and not _COST_LINE.search(member):
        return None  # taken out of a result (operating income, net income): the whole amount, no part of a line item
    if ext_name:
        ext_name = located_name(tm.b, ext_name)
    same = balance == base_balance
    # the non-GAAP total = the GAAP line item + weight x printed: an amount of the same balance taken out of it is
    # -(weight x printed), one of the opposite balance weight x printed
    negate = (node.weight > 0) == same
    why = (f"structure: an adjustment of {base_res.concept} ({base.item.label!r}) to {total.item.label!r}: {named} "
           f"recorded in it ({member}); sign: {'the opposite of ' if negate else ''}the printed figure, by the sum and the balance types")
    return Resolution(concept=concept, ext_name=ext_name, dims=[DimensionMember(axis=LOCATION_AXIS, member=member)],
                      negate=negate, concept_label=subject,
                      evidence={"by": "structure", "evidence": [why]})


# a location member of a cost or expense line item (us-gaap:CostOfSalesMember, ResearchAndDevelopmentExpenseMember)
_COST_LINE = re.compile(r"(?:Cost|Expense)[A-Za-z]*Member$")


def _adjusts_others(tm: TableMapper, node: Node, base: Node) -> bool:
    """Whether a row of the same label adjusts another GAAP line item of the table into its non-GAAP measure."""
    key = normalize(_FOOTNOTE_MARKS.sub("", node.item.label), tm.b.names)
    for other in tm.nodes:
        if other.index == node.index or other.parent is None or normalize(_FOOTNOTE_MARKS.sub("", other.item.label), tm.b.names) != key:
            continue
        total = tm.nodes[other.parent]
        if not total.children or total.children[0] == other.index or not mapping_knowledge().index_blocked.search(total.item.label):
            continue
        first = tm.nodes[total.children[0]]
        if first.index != base.index and gaap_labelled(first.item.label) \
                and normalize(first.item.label, tm.b.names) != normalize(base.item.label, tm.b.names):
            return True
    return False


def _split_elsewhere(tm: TableMapper, label: str) -> Location | None:
    """The amount a table of the release splits by income-statement line item (``location.py``: NVIDIA's "(A)
    Acquisition-related and other costs are comprised of ... and are included in the following line items:") that
    the label names, footnote marks aside ("Acquisition-related and other costs (A)"), or None. Its concept is that
    table's: the adjustment is the amount recorded in one line item, where the table prints it by line item too."""
    b = tm.b
    if b.doc_locations is None:
        b.doc_locations = [loc for t in b.doc.tables if (loc := location_of(t, b.names)) is not None]
    key = normalize(_FOOTNOTE_MARKS.sub("", label), b.names)
    found = [loc for loc in b.doc_locations if normalize(loc.subject, b.names) == key]
    return found[0] if len(found) == 1 else None


def headed_adjustment(tm: TableMapper, node: Node) -> Resolution | None:
    """A row of a reconciliation under a heading that names an amount filers break down by income-statement line
    item, whose label is such a line item (Ubiquiti's "Share-based compensation:" over "Cost of revenues 57",
    "Research and development 1,318", "Sales, general and administrative 418", added to net income): the amount
    recorded in that line item, not the line item itself. Its sign: where the row is an adjustment of a GAAP line item
    the table's sum names (the non-GAAP total adds the line item and the adjustments), by the sum and the balance types;
    else the figure as printed, only where none is printed negative."""
    item = node.item
    if not item.section or not any(c.role == "value" for c in item.cells):
        return None
    concept = _amount_concept(tm, item.section[-1].strip().rstrip(":"))
    member = standard_location(item.label)
    if concept is None or member is None:
        return None
    negate = False
    base = adjusted_line_item(tm, node)
    if base is not None:
        same = concept_index().get(concept).balance == concept_index().get(base.concept).balance
        negate = (node.weight > 0) == same
        sign = f"{'the opposite of ' if negate else ''}the printed figure, by the sum and the balance types"
    elif any(c.value is not None and c.value < 0 for c in item.cells if c.role == "value"):
        return None
    else:
        sign = "as printed"
    why = (f"structure: under the heading {item.section[-1]!r}, {concept} recorded in the line item the row names "
           f"({member}); sign: {sign}")
    return Resolution(concept=concept, dims=[DimensionMember(axis=LOCATION_AXIS, member=member)], negate=negate,
                      evidence={"by": "structure", "evidence": [why]})


def adjusted_line_item(tm: TableMapper, node: Node) -> Resolution | None:
    """The GAAP line item (an income-statement concept) the sum the row is in starts from, or None."""
    if node.parent is None:
        return None
    total = tm.nodes[node.parent]
    if not total.children or total.children[0] == node.index:
        return None
    base = tm.nodes[total.children[0]]
    if base.weight != 1:
        return None
    res = tm.res.get(base.index) or tm.resolve(base)
    return res if res.concept and not res.dims and _income_concept(res.concept) else None
