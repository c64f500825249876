"""Blocks of a table that print the consolidated block's rows again under other headings: Southern Company's
"Financial Overview" (Q4 2006) prints "Consolidated -" over Operating Revenues, Earnings Before Income Taxes and Net
Income, then "Alabama Power -", "Georgia Power -", ... over the same rows. Each such block is a part of the company, its
figures never the company's own (``TableMapper.member_heading``; build's exclusion). The table says so itself: one
block is headed as the consolidated whole, and the other blocks repeat its line items.

Which parts they are: blocks whose figures add up to the consolidated block's, row by row and column by column, are a
breakdown of the whole, its segments (us-gaap:StatementBusinessSegmentsAxis). Blocks that do not add up are no such
breakdown (subsidiaries that sell to each other, a selection of parts): a heading that names a company by its legal form
("Alabama Power Company -") puts its block on dei:LegalEntityAxis; any other heading leaves the axis unknown, and its
figures are excluded (``part_unknown``), never written as the company's."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from .mapped import ENTITY_AXIS, SEGMENT_AXIS
from .other_company import _FORMS
from .rules import mapping_knowledge

if TYPE_CHECKING:
    from .resolve import TableMapper

# a heading that names a company by its legal form, as the whole heading ("Alabama Power Company -")
_COMPANY = re.compile(rf"^(?:[A-Z][\w&.'’-]*,?\s+){{1,5}}(?:{_FORMS}|Company)$")


def bare(heading: str) -> str:
    """A heading without the punctuation that closes it ("Alabama Power -", "Consolidated:")."""
    return heading.strip().rstrip(":-\u2013\u2014 ").strip()


def parallel_headings(tm: TableMapper) -> dict[str, str | None]:
    """The top headings whose blocks repeat the line items of the table's consolidated block (two of them at least,
    and at least half of the block's own rows), each with the axis its rows' members go on, or None where it cannot be
    told. Empty when no block, or more than one, is headed as the consolidated whole."""
    kn = mapping_knowledge()
    blocks: dict[str, dict[str, list]] = defaultdict(dict)
    for n in tm.nodes:
        item = n.item
        if item.section and any(c.role == "value" for c in item.cells):
            blocks[item.section[0]].setdefault(tm.norm(item.label), [c for c in item.cells if c.role == "value"])
    whole = [h for h in blocks if kn.consolidated.match(tm.norm(bare(h)))]
    if len(whole) != 1:
        return {}
    base = blocks[whole[0]]
    parts = [h for h, rows in blocks.items()
             if h != whole[0] and bare(h) and len(rows.keys() & base.keys()) >= max(2, (len(rows) + 1) // 2)]
    if not parts:
        return {}
    if _add_up(base, [blocks[h] for h in parts]):
        return {h: SEGMENT_AXIS for h in parts}
    return {h: ENTITY_AXIS if _COMPANY.match(bare(h)) else None for h in parts}


def _add_up(base: dict[str, list], parts: list[dict[str, list]]) -> bool:
    """Whether the parts' figures add up to the consolidated block's in every row all of them print, in every column
    (within the rounding of the printed figures); at least one such row."""
    common = set(base).intersection(*parts) if parts else set()
    checked = 0
    for label in common:
        for cell in base[label]:
            figures = [next((c for c in p[label] if c.column == cell.column), None) for p in parts]
            if cell.value is None or any(f is None or f.value is None for f in figures):
                continue
            unit = Decimal(1).scaleb(-max([cell.decimals_printed] + [f.decimals_printed for f in figures]))
            if abs(sum((f.value for f in figures), Decimal(0)) - cell.value) > unit * len(figures) / 2:
                return False
            checked += 1
    return checked > 0
