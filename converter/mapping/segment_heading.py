"""The segment a row's heading names, outside the statements (``TableMapper.member_heading``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .indexed import classification
from .labels import label_key
from .mapped import STATEMENT_KINDS
from .parallel_blocks import bare
from .rules import mapping_knowledge

if TYPE_CHECKING:
    from .resolve import TableMapper

# a heading that names a segment as such ("North America Segment:", "Segments:"); "Divested Businesses" names a
# part of the company that need not be a reportable segment
_SEGMENT_WORD = re.compile(r"(?<![-\w])segments?\b", re.I)  # not "Inter-segment revenue"
# a heading that only states the table's scale or units: "(In millions, except percentages)"
_SCALE_NOTE = re.compile(r"^\W*\(|\b(?:in )?(?:thousands|millions|billions)\b", re.I)


def measure_heading(heading: str) -> bool:
    """A heading that is a non-GAAP measure's name ("Adjusted Earnings" over segments' figures), not a reconciliation's
    or computation's ("Reconciliation of Net Income to Adjusted EBITDA:", "Net income - Adjusted EBITDA", "Non-GAAP
    adjustments:", "Computation of adjusted free cash flow:": its rows are GAAP line items and what adjusts them).
    The words are data: mapping.toml [index] measure_heading."""
    kn = mapping_knowledge()
    words = heading.strip().rstrip(":").split()
    return (bool(kn.index_blocked.search(heading)) and len(words) <= kn.measure_words and not kn.reconciliation_title.search(heading)
            and not kn.measure_joined.search(heading))


def _classification(heading: str) -> bool:
    """A heading made only of words that classify ("Other", "Supplemental information"): no one's name."""
    return not label_key(heading).split() or classification(heading)


def member_heading(tm: TableMapper, item, norm: str) -> str | None:
    """The segment a row's innermost heading names, outside the statements: "North America Segment" (or under
    "Segments:"), or, in a segment table that is not a reconciliation, a heading under which the same line items
    stand as under its sibling headings ("North America": Net sales, Operating income; "AWS": the same). The
    row's figure is that segment's: a standard concept with the segment's member, never the consolidated fact.
    A row outside any section takes the segment of the heading printed last above it, when that heading says
    "segment" (readers close a section at its first total).
    None: the heading names a line item (a mapping rule), a classification, the consolidated total or only the
    table's scale."""
    if (whole := tm.b.row_segment.get((tm.table.id, item.id))) is not None:
        return whole.name  # a table of one segment's figures, or its section (segment_tables.py)
    if tm.kind in STATEMENT_KINDS or norm in tm.headings:
        return None  # a row named like a heading of the table is itself a member ("Y/Y growth": "North America")
    if item.section and tm.parallel.get(item.section[0]):
        return bare(item.section[0])  # a block repeating the consolidated block's rows (parallel_blocks.py)
    kn = mapping_knowledge()
    above = tm.above.get(item.id, "")
    heading = (item.section[-1] if item.section else above if _SEGMENT_WORD.search(above) else "").strip().rstrip(":").strip()
    if not heading or _SCALE_NOTE.search(heading) or kn.index_blocked.search(heading):
        return None  # (a non-GAAP measure's heading, "Adjusted Earnings", names no segment)
    named = _SEGMENT_WORD.search(heading)
    if named:
        # "North America Segment", "Operating Assets Segment EBT": the words before it name the segment
        name = heading[: named.start()].strip(" -\u2013\u2014:,")
    elif _SEGMENT_WORD.search(" / ".join(item.section[:-1])):
        name = heading  # under "Segments:"
    elif tm.kind == "segment" and norm in tm.repeated and not kn.reconciliation_title.search(tm.table.title or "") \
            and not (norm != "total" and kn.consolidated.match(norm)):
        # (not "Consolidated" under "Income (loss) before income taxes:" beside "Georgia", "Missouri": the whole
        # company's figure, under a heading naming the line item; a bare "Total" under "North America" is its total)
        name = heading
    else:
        return None
    # "Operating Assets Segment": a name even in words that otherwise classify; without the word, they classify
    if not name or (not named and _classification(name)) or kn.consolidated.match(tm.norm(name)) or tm.heading_match(heading):
        return None
    return name
