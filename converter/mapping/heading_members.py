"""Whether a row under a heading that names a line item broken down by members ("Revenues:" over products) is such a
member, or a line item of its own that adds into the heading's line item (``TableMapper`` asks, heading by heading).

A breakdown by members is the whole of its line item: its members add up to the total the table prints. Once one row
of the sum is a line item of its own (printed as the total of other rows, or as a part of another line item), the
other rows adding into the same total are no members either (members of us-gaap:Revenues beside Palomar's "Net earned
premiums" would add up to less than "Total revenues"); and where every row of the sum names a standard line item US
GAAP sums into the heading's concept (United Fire's "Net earned premiums": us-gaap:PremiumsEarnedNet, "Net investment
income": us-gaap:NetInvestmentIncome) they are those line items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arithmetic import Node
from .sums import summed_into

if TYPE_CHECKING:
    from .resolve import TableMapper


def own_line_item(tm: TableMapper, node: Node, parent: Node | None, concept: str) -> bool:
    """A row that is no member of ``concept``, the concept of the heading above it: it is printed as a part of another
    line item or as a line item other rows add up to (Palomar: "Gross written premiums" less "Ceded written premiums"
    is "Net written premiums", and with the change in unearned premiums "Net earned premiums", under "Revenues:"), or
    every row of the sum it adds into is a line item (``_sum_of_line_items``)."""
    return _structured(tm, node, parent, concept) or _sum_of_line_items(tm, node, parent, concept) or _outside_total(tm, node, parent, concept)


def _outside_total(tm: TableMapper, node: Node, parent: Node | None, concept: str) -> bool:
    """A row under the heading that adds into nothing, beside a total of the heading's line item under the same heading
    that other rows add up to: members of it would add up to more than that total (Employers Holdings Q1 2008:
    "Gross written premiums 81,674" and "Net written premiums 79,104" under "Revenues", above "Net premiums earned",
    "Net investment income", ... that add up to "Total revenues 93,749", had become members of us-gaap:Revenues). The
    row is a line item of its own. Where the table prints no such total, nothing tells."""
    if parent is not None or node.children:
        return False
    section = tuple(node.item.section)
    return any(n.children and n.index != node.index and tuple(n.item.section) == section and tm._line_item(n.item.label)[1] == concept
               and all(tm.nodes[i].weight == 1 for i in n.children) for n in tm.nodes)


def _structured(tm: TableMapper, node: Node, parent: Node | None, concept: str) -> bool:
    """A row the table prints as a part of another line item (adding into one) or as a line item other rows add up to."""
    if parent is not None and tm._line_item(parent.item.label)[1] not in (None, concept):
        return True
    return bool(node.children) and tm._line_item(node.item.label)[1] not in (None, concept)


def _sum_of_line_items(tm: TableMapper, node: Node, parent: Node | None, concept: str) -> bool:
    """Whether the rows under the same heading that add up with this one into the total (``parent``) are line items,
    not a breakdown of ``concept`` by members: one of them is printed as a line item of its own (``_structured``:
    Palomar's "Net investment income", "Net realized and unrealized (losses) gains on investments" and "Commission and
    other income" beside "Net earned premiums", which the rows above it add up to: members of us-gaap:Revenues beside
    it would add up to less than "Total revenues"), or each names a standard concept US GAAP's calculations sum into
    ``concept`` (``sums.summed_into``: United Fire's "Net earned premiums", "Net investment income", "Net investment
    gains (losses)", "Other income (loss)"). One row that names no such concept (UnitedHealth's "Products" and
    "Services" beside "Premiums", Kimco's "Revenues from rental properties, net") leaves them a breakdown by members,
    which adds up to the total."""
    if parent is None or ":" not in concept or concept.startswith("ext:"):
        return False
    rows = [tm.nodes[i] for i in parent.children if tuple(tm.nodes[i].item.section) == tuple(node.item.section)]
    if len(rows) < 2 or node not in rows:
        return False
    if any(_structured(tm, r, parent, concept) for r in rows):
        return True  # a line item of its own among them: members of the rest would add up to less than the total
    return all(summed_into(tm, r.item.label, concept) is not None for r in rows)


def headed_line_item(tm: TableMapper, node: Node, parent: Node, concept: str | None) -> bool:
    """A row adding into a total of ``concept`` under a heading that names ``concept`` broken down ("Revenues:" over
    "Total revenues"), which is no member of it (``own_line_item``): the sum the table prints, not the heading, says
    it is a line item."""
    if not concept:
        return False
    for h in node.item.section:
        hm = tm.heading_match(h)
        if hm is not None and hm.rule.breakdown and hm.rule.concept == concept:
            return own_line_item(tm, node, parent, concept)
    return False


def parts_beside_line_items(tm: TableMapper, parent: Node | None, node: Node) -> bool:
    """Whether a row adds up into a total beside rows that are line items of their own (another concept than the
    total's) and beside another row that would be a member too: members of the total would add up to less than it,
    the line items beside them taking the rest, so the release's own sum refutes the breakdown (Southern Company
    Q4 2006: "Fuel and Purchased Power 1,231" and "Non-fuel O & M 971" beside "Depreciation and Amortization 304" and
    "Taxes Other Than Income Taxes 177" in "Total Operating Expenses 2,683": 1,231 + 971 is no 2,683). One such row
    beside line items stays a member where its words make it one (``sums.among_line_items`` asks for more). Not in a
    balance sheet."""
    if parent is None or tm.kind == "balance_sheet" or len(parent.children) < 3:
        # a balance is no total broken down by products (H&M FY2024: the unlabeled subtotals under "TOTAL NON-CURRENT
        # ASSETS" stay as they were read)
        return False
    whole = tm._line_item(parent.item.label)[1]
    if whole is None:
        return False
    lines = members = 0
    for i in parent.children:
        concept = tm._line_item(tm.nodes[i].item.label)[1]
        if concept is None:
            members += 1
        elif concept != whole:
            lines += 1
    return lines >= 1 and members >= 2 and tm._line_item(node.item.label)[1] is None


def subtotal_member(tm: TableMapper, node: Node, parent: Node | None, concept: str, axis: str, member: str | None) -> str | None:
    """The member a row under a breakdown heading nests in: the member of the subtotal its figures add up into, where
    that subtotal is the same concept broken down on the same axis (Oracle Q4 FY2014 under "REVENUES": "Hardware
    systems products 870" and "Hardware systems support 596" add up to "Hardware Systems Revenues 1,466", a member of
    us-gaap:Revenues beside "Software and Cloud Revenues" and "Services Revenues" in "Total Revenues 11,320"; a part
    of a subtotal is no sibling of it, else the members add up to more than the total). ``member``: the member the
    headings between (if any) give; the subtotal's member is taken only inside it. Else ``member``."""
    if parent is None or node.weight <= 0:
        return member
    pres = tm.resolve(parent)
    if pres.concept != concept and not (pres.concept is None and pres.ext_name == concept.split(":")[-1]):
        return member  # a subtotal of another line item
    inside = next((d.member for d in pres.dims if d.axis == axis), None)
    if inside is None or len(pres.dims) != 1:
        return member
    up, seen = inside, set()
    while member is not None and up is not None and up != member and up not in seen:
        seen.add(up)
        up = tm.b.member_parent.get(up)
    return inside if member is None or up == member else member
