"""A row outside the statements whose figures another table has already given as one segment's facts of the same
concept: that segment's line item printed again, not the consolidated fact nor a line item of the company's own.

Howard Hughes prints "Depreciation and amortization | 43,996 | 43,137 | ... " among the add-backs of its
reconciliation of the Operating Assets segment's EBT to NOI: the consolidated statement says 47,387, so it is not
the consolidated us-gaap:DepreciationDepletionAndAmortization; the segment table has written 43,996, 43,137, ... as
that concept of the Operating Assets segment, in the same periods. Figures equal in two columns at least, in none
different, and of one segment only, are that segment's facts."""

from __future__ import annotations

from dataclasses import replace

from ..filing import Concept, DimensionMember
from ..models import Cell, Period
from .builder import Builder
from .naming import _context_id, _unit_id
from .mapped import SEGMENT_AXIS, STATEMENT_KINDS, _agree
from .resolution import Resolution
from .signs import factor, from_label


def segment_twin(b: Builder, concept: Concept, cells: list[tuple[Period, Cell, int, str | None]]) -> DimensionMember | None:
    """The one segment member whose facts of ``concept`` are the row's figures in at least two columns and differ in
    none; None where no segment's facts say so, or two segments' do."""
    members = sorted({d for (qname, cid, _), f in b.facts.items() if qname == concept.qname and f.value is not None
                      for d in b.contexts[cid].dims if d.axis == SEGMENT_AXIS and len(b.contexts[cid].dims) == 1},
                     key=lambda d: d.member)
    found: list[DimensionMember] = []
    for member in members:
        matched, differs = 0, False
        for period, cell, sign_factor, mode in cells:
            plan = b._planned(concept, period, [], cell, sign_factor, mode)
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


# a runner-up of the index's choice this close to its score is read in its place where the structure proves it
RUNNER_UP_MARGIN = 0.05


def runner_up_twin(b: Builder, res: Resolution, label: str, kind: str, cells: list[tuple[Period, Cell, str | None]]
                   ) -> tuple[Resolution, int] | None:
    """The row as a runner-up of the index's choice, read with the sign its label gives that concept
    (``signs.from_label``), where another table has written its figures as one segment's facts of that concept
    (``segment_twin``); with the factor of its sign. None where no runner-up as close says so.

    Howard Hughes Q4 2025 adds back "Interest (income) expense, net | 34,240 | 34,439 | 136,637 | 138,207" in its
    reconciliation of the Operating Assets segment's EBT to NOI: the index reads us-gaap:InterestExpense, whose
    consolidated figure the statement prints as 41,287; its runner-up us-gaap:InterestIncomeExpenseNet, negated by
    the label's "(income)", is -34,240, -34,439, ... as the segment table wrote "Interest income (expense), net
    (34,240)" of Operating Assets."""
    ev = res.evidence or {}
    top = ev.get("score")
    if ev.get("by") != "index" or top is None or res.concept is None or res.dims:
        return None
    own = b.concept(res.concept)
    printed = [c.value for _, c, _ in cells]
    for r in ev.get("runners_up", []):
        if r["score"] < top - RUNNER_UP_MARGIN or r["concept"] not in b.cat:
            continue
        concept = b.concept(r["concept"])
        if (concept.type, concept.period_type) != (own.type, own.period_type):
            continue
        sign = from_label(concept.qname, label, kind, filers_negated=False, printed=printed,
                          debit_money=kind == "income" and concept.balance == "debit")
        if sign.unknown:
            continue
        f = factor(sign.negate, sign.magnitude, printed)
        seg = segment_twin(b, concept, [(p, c, f, mode) for p, c, mode in cells])
        if seg is not None:
            evidence = {"by": "structure", "evidence": [
                f"structure: another table prints these figures as {concept.qname} of the segment {seg.member}, "
                f"read with the sign its label gives ({sign.reason or 'as printed'}); not {res.concept}"]}
            return replace(res, concept=concept.qname, negate=sign.negate, magnitude=sign.magnitude, sign=sign,
                           dims=[seg], evidence=evidence), f
    return None


def own_twin(b: Builder, concept: Concept, cells: list[tuple[Period, Cell, int, str | None]]) -> Concept | None:
    """The one line item of the company's own whose facts another table wrote are the row's figures in at least two
    columns and differ in none, where no standard concept's fact has them: the same measure printed again under a
    shorter label, not the standard concept the label's words name.

    Southern Company Q4 2004 prints "Basic Earnings Per Share - Excluding One-Time Items | 0.24 | 0.22 | 2.04 | 1.97"
    (a line item of its own, beside "- As Reported | 0.27 | ...") and, in its table of significant factors, the same
    figures as "Consolidated Earnings- | $ 0.24 | $ 0.22 | ... ": those are the earnings excluding one-time items,
    not us-gaap:EarningsPerShareBasic."""
    found: dict[str, list[int]] = {}  # extension qname -> [matched, differs]
    plans = []
    for period, cell, sign_factor, mode in cells:
        plan = b._planned(concept, period, [], cell, sign_factor, mode)
        if isinstance(plan, tuple) or plan.value is None or plan.dims:
            continue
        cid, _ = _context_id(plan.kind, plan.start, plan.end, [])
        plans.append((cid, _unit_id(cell.unit), plan.value))
    for (qname, cid, unit_id), f in b.facts.items():
        if f.value is None or b.contexts[cid].dims:
            continue
        for pcid, punit, value in plans:
            if (cid, unit_id) != (pcid, punit):
                continue
            if qname.split(":")[0] != b.prefix:
                if f.value == value:
                    return None  # a standard concept has the figure too: nothing tells them apart
                continue
            tally = found.setdefault(qname, [0, 0])
            tally[0 if f.value == value else 1] += 1
    own = [q for q, (matched, differs) in found.items() if matched >= 2 and not differs]
    if len(own) != 1:
        return None
    c = b.concepts.get(own[0])
    fits = c is not None and c.period_type == concept.period_type and all(b._unit_fits(c, cell.unit) for _, cell, _, _ in cells if cell.unit)
    return c if fits else None


def near_twin(b: Builder, near: Resolution, cells: list[Cell]) -> Resolution | None:
    """The standard concept a row outside the statements reads as below its table's similarity (``Resolution.near``),
    where the statements print the row's figures as that concept in two columns at least and in none another figure:
    the same line item printed again under a longer label, not a line item of the company's own. Its columns of
    periods the statements do not print are that line item too.

    NVIDIA Q1 FY2023 prints "Weighted average shares used in diluted net income per share computation (D) 2,537 2,545
    2,528" in its reconciliation of non-GAAP measures: the label reads as
    us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding (similarity 0.87, below the 0.9 a label outside the
    statements needs), and the income statement prints "Diluted 2,537 2,528" as that concept for the same quarters."""
    if near.concept is None or near.concept not in b.cat:
        return None
    concept = b.concept(near.concept)
    values = [c.value for c in cells if c.role == "value"]
    f = factor(near.negate, near.magnitude, values)
    matched = 0
    for cell in cells:
        if cell.role != "value" or cell.period is None or cell.value is None or cell.dimension:
            continue
        plan = b._planned(concept, cell.period, [], cell, f, near.period_mode)
        if isinstance(plan, tuple) or plan.value is None or plan.dims:
            continue
        cid, _ = _context_id(plan.kind, plan.start, plan.end, [])
        kept = b.facts.get((concept.qname, cid, _unit_id(cell.unit)))
        if kept is None or kept.value is None or b.kinds.get(kept.table or "") not in STATEMENT_KINDS:
            continue
        if not _agree(kept.value, kept.decimals, plan.value, plan.decimals):
            return None
        matched += 1
    if matched < 2:
        return None
    ev = near.evidence or {}
    return replace(near, evidence={**ev, "by": "structure", "evidence": [
        f"structure: the label reads as {concept.qname} ({ev.get('matched')!r}, below the similarity a label outside the "
        f"statements needs) and the statements print these figures for it"] + list(ev.get("evidence", []))})
