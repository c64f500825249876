"""A table of one amount by the income-statement line items it is recorded in.

"(B) Stock-based compensation consists of the following:" over "Cost of revenue 70", "Research and development
1,206", "Sales, general and administrative 379": the rows are not the company's cost of revenue or research
expense but the stock-based compensation in each, which filers tag as the amount's concept with
``us-gaap:IncomeStatementLocationAxis`` (``us-gaap:CostOfSalesMember``, ``us-gaap:ResearchAndDevelopmentExpenseMember``).

The title names the amount and says it is split ("consists of", "is comprised of", "included in the following line
items", "by line item": ``mapping.toml [location] title``). It is such a table only where its rows say so too: most
of them (at least two) are line items US GAAP has a location member for, and none is printed negative (a table
that nets gains against costs is not one amount by line item). The amount's concept is the one a mapping rule
names for the title's words with this axis as its breakdown; a title that names no such concept but says "line
items" is an amount of the company's own (an extension concept), still by the standard members.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Table
from ..tables.totals import is_total
from .extension_names import concept_name
from .standard_members import standard_member
from .rules import mapping_knowledge, match, normalize

LOCATION_AXIS = "us-gaap:IncomeStatementLocationAxis"


@dataclass(frozen=True)
class Location:
    concept: str | None  # the amount's standard concept; None: an extension concept named ext_name
    ext_name: str | None
    subject: str  # the amount as the title names it
    parts: frozenset[str]  # the ids of the rows that are line items (not the total)


def standard_location(label: str) -> str | None:
    """The US GAAP member of the income-statement line item a label names ("Cost of sales", "Research and
    development")."""
    return standard_member(LOCATION_AXIS, label)


def location_of(table: Table, names: tuple[str, ...] = ()) -> Location | None:
    """The amount the table splits by line item, or None (any other table)."""
    kn = mapping_knowledge()
    m = next((m for p in kn.location_titles if (m := p.match(table.title or ""))), None)
    if m is None:
        return None
    subject = m.group("subject").strip(" :-")
    if not subject:
        return None
    rows = [r for r in table.rows if any(c.role == "value" for c in r.cells)]
    values = [c.value for r in rows for c in r.cells if c.role == "value" and c.value is not None]
    if not rows or any(v < 0 for v in values):
        return None
    # the total: "Total ...", or the row that names the amount itself ("Stock-based compensation expense | 60,772" under
    # Etsy Q3 2025's "(1) Stock-based compensation expense included in ... is as follows:")
    parts = [r for r in rows if not is_total(r.label) and normalize(r.label, names) != normalize(subject, names)]
    standard = sum(1 for r in parts if standard_location(r.label))
    if standard < 2 or standard * 2 < len(parts):
        return None
    rule = match(normalize(subject, names), "breakdown", "", "")
    if rule is not None and rule.rule.breakdown == LOCATION_AXIS and not rule.rule.concept.startswith("ext:"):
        return Location(rule.rule.concept, None, subject, frozenset(r.id for r in parts))
    if kn.location_line_items.search(table.title or ""):
        return Location(None, concept_name(subject), subject, frozenset(r.id for r in parts))
    return None
