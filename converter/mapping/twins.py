"""A row outside the statements whose figures another table has already given as one segment's facts of the same
concept: that segment's line item printed again, not the consolidated fact nor a line item of the company's own.

Howard Hughes prints "Depreciation and amortization | 43,996 | 43,137 | ... " among the add-backs of its
reconciliation of the Operating Assets segment's EBT to NOI: the consolidated statement says 47,387, so it is not
the consolidated us-gaap:DepreciationDepletionAndAmortization; the segment table has written 43,996, 43,137, ... as
that concept of the Operating Assets segment, in the same periods. Figures equal in two columns at least, in none
different, and of one segment only, are that segment's facts."""

from __future__ import annotations

from ..filing import Concept, DimensionMember
from ..models import Cell, Period
from .builder import Builder
from .naming import _context_id, _unit_id
from .mapped import SEGMENT_AXIS


def segment_twin(b: Builder, concept: Concept, cells: list[tuple[Period, Cell, int, str | None]]) -> DimensionMember | None:
    """The one segment member whose facts of ``concept`` are the row's figures in at least two columns and differ in
    none; None where no segment's facts say so, or two segments' do."""
    members = sorted({d for (qname, cid, _), f in b.facts.items() if qname == concept.qname and f.value is not None
                      for d in b.contexts[cid].dims if d.axis == SEGMENT_AXIS and len(b.contexts[cid].dims) == 1},
                     key=lambda d: d.member)
    found: list[DimensionMember] = []
    for member in members:
        matched, differs = 0, False
        for period, cell, factor, mode in cells:
            plan = b._planned(concept, period, [], cell, factor, mode)
            if isinstance(plan, tuple) or plan.value is None:
                continue
            cid, _ = _context_id(plan.kind, plan.start, plan.end, [member])
            kept = b.facts.get((concept.qname, cid, _unit_id(cell.unit)))
            if kept is None or kept.value is None:
                continue
            if kept.value != plan.value:
                differs = True
                break
            matched += 1
        if matched >= 2 and not differs:
            found.append(member)
    return found[0] if len(found) == 1 else None
