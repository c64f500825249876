"""Writing a row's facts: its concept (or a new extension concept, ``extension_concepts.py``), dimensions and labels,
cell by cell."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from ..filing import (
    LABEL_ROLE,
    NEGATED_LABEL_ROLE,
    PERIOD_END_LABEL_ROLE,
    PERIOD_START_LABEL_ROLE,
    TOTAL_LABEL_ROLE,
    DimensionMember,
)
from ..models import LineItem, Table
from .indexed import average_named, balance_by_filers, flow_named, gaap_labelled, index_choice, row_context
from .extension_names import concept_name
from .standard_members import standard_member
from .labels import balance_date
from .rules import mapping_knowledge, match, normalize, rule_name, table_kind
from .signs import deducted_in_every_column, extension_balance, factor, from_rule, two_way
from .equity_columns import dated_balance, roll_forward_dates, dated_outside, equity_columns, equity_member, row_dates
from .mapped import DERIVED_ROLES, EQUITY_AXIS, differs_at_one_date, PARENT_COMPANY, PREVIOUSLY_REPORTED, PRODUCT_AXIS, RANGE_AXIS, SEGMENT_AXIS, STATEMENT_KINDS, Duplicate, _apart
from .builder import Builder
from .naming import _context_id, _unit_id, is_currency
from .statement_sums import sum_of_statement_lines
from .arithmetic import Node
from .index import concept_index
from .resolve import Resolution
from .rows import trailing_period
from .basic_diluted import both_variants
from .net_and_comprehensive import net_and_comprehensive
from .twins import near_twin, own_twin, runner_up_twin, segment_twin
from ..tables.not_items import DATE_LABEL, FIGURE_LABEL, not_a_line_item
from .reconciling import deducted_again, label_twin, tax_effect_printed
from ..tables.titles import is_sentence
from .extension_concepts import _FLOW_STATEMENTS, _change_of_own_balance, _concept_for, _ext_balance, _not_standard


def _column_member(b: Builder, table: Table, header: str) -> str:
    """The segment a column names. "Total Domestic" is the Domestic segment, and the other segment columns of
    that table are inside it (a detail of the segment). Under a two-level header, a column under a group ("Optum
    Health" under "Optum") is inside the group, and the group's "Total Optum" is the group itself; a "Total" that
    closes a group is no total of the table's other columns (UnitedHealthcare beside Optum is not inside it)."""
    name = header.strip()
    col = next((c for c in table.columns if c.dimension == header), None)
    group = col.group if col is not None else None
    total = None
    for c in table.columns:
        if c.dimension and c.dimension.lower().startswith("total ") and c.group is None:
            total = c.dimension[6:].strip()
    outer = b.member(SEGMENT_AXIS, total) if total else None
    if group is not None:
        inside = b.member(SEGMENT_AXIS, group, parent=outer)
        return inside if name.lower().startswith("total ") else b.member(SEGMENT_AXIS, name, parent=inside)
    if name.lower().startswith("total "):
        return b.member(SEGMENT_AXIS, name[6:].strip())
    return b.member(SEGMENT_AXIS, name, parent=outer)


def _emit_row(b: Builder, table: Table, kind: str, item: LineItem, res: Resolution, node: Node | None, printed: str | None = None,
              whole: bool = False) -> None:
    """The row's facts, cell by cell. ``printed``: the label as printed, where ``item.label`` is the line item's name
    without a trailing-twelve-months marker (rows.prepare): the facts keep the printed label. ``whole``: a
    reconciliation's row that is the whole of its line item in a release that prints no income statement
    (``reconciling.whole_line_item``)."""
    res = _change_of_own_balance(b, kind, item, res)
    dims_col: dict[str | None, list[DimensionMember]] = {}
    segment_columns = any(c.dimension for c in table.columns)  # once per row, not once per cell
    # columns that name members: not only adjusted figures ("2024 (Adj)") beside a segment's own table
    member_columns = any(c.dimension and not _non_gaap_column(c.dimension) for c in table.columns)
    # a range's bounds the row prints: one figure alone under "Low" is the target itself (Adobe's "GAAP effective
    # income tax rate 21.5%" under a "Low | High" header), no minimum of a range
    bounds = {standard_member(RANGE_AXIS, c.dimension) for c in item.cells
              if c.role == "value" and c.value is not None and c.dimension} - {None} if segment_columns else set()
    label = printed or item.label
    if res.concept is None and res.near is not None and (near := near_twin(b, res.near, item.cells)) is not None:
        res = near  # the statements print the row's figures as the standard concept its label reads as
    # an extension line item stated at the start or end of the period ("End of Period Shares Outstanding"): an
    # instant at that date in a flow column (a standard concept's period type and ``res.period_mode`` decide its own)
    dated = (balance_date(label) or dated_balance(label, item.cells)) if res.period_mode is None else None
    mode = res.period_mode or (dated if res.concept is None else None)
    at_boundary = dated if res.concept is not None else None  # a standard concept's label that dates its figure
    if mode is None and at_boundary == "start" and b.concept(res.concept).period_type == "instant":
        # a standard balance the label dates at the start of the column's period ("Beginning of quarter | $ 75,150"
        # under "June 30, 2025", an allowance's roll-forward): at the period's start, never at the column's end
        mode = "start"
    # a statement of flows, its line items flows under its columns' periods; not a table whose own titles name balances
    # (a balance sheet that took the kind of the statement before it under the same running title)
    flows = kind in _FLOW_STATEMENTS and table_kind(table.title or "", table.context) != "balance_sheet"
    # a row of the company's own outside the statements of flows whose label is word for word the standard
    # balances' ("Total debt" under "Q1 2025"): the balance at the end of the column's period, never a flow over it;
    # where filers print the label for flows as much, neither (``balance_by_filers``)
    balance = None
    unit = next((c.unit for c in item.cells if c.unit), None)
    alone = node is None or (node.parent is None and not node.children)  # in no sum the table prints
    if res.concept is None and mode is None and kind not in _FLOW_STATEMENTS and kind != "non_gaap" and alone \
            and not flows and not item.section \
            and unit is not None and is_currency(unit) and any(c.period is not None and c.period.kind == "duration" for c in item.cells) \
            and not differs_at_one_date(item.cells):
        # (a row under a heading is read with it: "Other liability" under "Commercial lines" is a line of insurance;
        # a row a reconciliation adds into its measure is a flow: Kimco's "Noncontrolling interests" in its FFO; a row
        # printing two figures for periods ending on one date is no balance at that date)
        balance = balance_by_filers(label, b.names, unit)
        if balance is not None and balance[0]:
            mode = "end"
    plans: list = []  # per cell: an exclusion (reason, detail) or its fact's (period, concept, dims, factor)
    # the parent company's own statement beside the group's ("Company Balance Sheet"): its facts are the parent's
    parent = [PARENT_COMPANY] if _parent_company(table.title or "") else []
    # a statement of changes in equity: its columns are components of equity, and its rows' dates say which periods
    # its movements are of (equity_columns.py)
    equity = equity_columns(table)
    equity_dates = row_dates(table) if equity else roll_forward_dates(table)
    # a line item of the company's own whose label has no word outside parentheses and figures ("(Forecast)  40.00
    # －", a tanshin's dividend forecast whose figures ran into its label): what it is, no name can say
    # (nor a figure and its unit where the label stands, "112  bps": ``tables.not_items``)
    # or a period, "(From April 1, 2025 to March 31, 2026)" over its column's figure in Sumitomo Bakelite's scrambled text)
    nameless = res.concept is None and (concept_name(label) == "X" or res.ext_name == "X") or (
        table.orientation != "periods_in_rows" and not_a_line_item(label) in (FIGURE_LABEL, DATE_LABEL))
    for cell in item.cells:
        if cell.role in DERIVED_ROLES:
            plans.append((cell, (DERIVED_ROLES[cell.role], "a percentage or change the release derives from other figures")))
            continue
        if cell.period is None:
            plans.append((cell, ("no_period", None)))
            continue
        if nameless:
            plans.append((cell, ("concept_undetermined", "the label names no line item: no word outside its parentheses and figures")))
            continue
        if equity_dates and dated_outside(equity_dates, cell.period):
            plans.append((cell, ("no_period", "a statement of changes in equity whose rows print dates outside its "
                                              "column's period: which period's movement a row is cannot be told")))
            continue
        if cell.period.per_row and cell.unit == "pure":
            # a percentage or ratio under a year alone (return on equity for the year, a capital ratio at its end):
            # left as before, no period
            plans.append((cell, ("no_period", "a percentage or ratio in a column headed by a date or year alone")))
            continue
        if cell.period.per_row and res.concept is None and mode is None:
            # a year alone over a table that names no statement: the year for a flow, its end for a balance; a line
            # item of the company's own whose label and heading say neither has no period type to give its fact
            plans.append((cell, ("period_type_undetermined", f"a date or year alone over the column ({cell.period.label}): "
                                 "whether the row is a flow over its period or a balance at its end is not stated")))
            continue
        if res.concept is not None and res.period_mode is None and at_boundary \
                and b.concept(res.concept).period_type == "duration":
            # a balance the label dates at the period's start or end ("Cash and cash equivalents at the end of the
            # period") is no flow, whatever the index found for its words
            plans.append((cell, ("period_type_mismatch", f"the label names a balance at the {at_boundary} of the period, "
                                 f"{res.concept} is a flow")))
            continue
        if balance is not None and not balance[0] and cell.period.kind == "duration" \
                and not (cell.dimension and _non_gaap_column(cell.dimension)):
            plans.append((cell, ("period_type_undetermined", f"{balance[1]}, flows in the rest: whether the row is "
                                 f"a balance at the end of {cell.period.label} or a flow over it is not stated")))
            continue
        if cell.period.kind == "instant" and mode == "start":
            # a balance at the start of the column's period ("Cash – Beginning of Year") under a column dated at a
            # point in time: when that period starts is not known, and the column's date is its end
            plans.append((cell, ("period_start_undetermined", f"a balance at the start of the period under a column "
                                 f"dated at a point in time ({cell.period.label})")))
            continue
        if flows and cell.period.kind == "instant" and mode is None \
                and (res.concept is None or (cell.dimension and _non_gaap_column(cell.dimension))):
            # a line item of the company's own takes its period type from the column; in a statement of flows one at
            # a point in time (a column headed by a date alone, whose length nothing states) would make a flow a
            # balance: no fact (a balance the label dates at the period's start or end is one, ``mode``)
            plans.append((cell, ("period_type_mismatch", f"a line item of a {kind.replace('_', ' ')} statement (a flow) "
                                 f"under a column dated at a point in time ({cell.period.label})")))
            continue
        if cell.period.kind == "instant" and mode is None and res.concept is None \
                and (flow := flow_named(label, kind, b.names, cell.unit)):
            # a line item of the company's own takes its period type from the column; one the label names as a flow
            # (an average over a period, a standard flow's label) under a column dated at a point in time has no
            # period the column states: no fact, never an extension at that instant
            plans.append((cell, ("period_type_mismatch", f"{flow}, under a column dated at a point in time ({cell.period.label})")))
            continue
        if (cell.period.kind == "instant" or cell.period.per_row) and mode is None and res.concept is not None and average_named(label) \
                and b.concept(res.concept).period_type == "instant":
            # an average over a period is no balance at the column's date, whatever path chose the standard balance
            # (a runner-up taken because another row holds the closest concept: "Average loans and leases" beside
            # "Total loans and leases"): no fact rather than the average as the period-end balance
            plans.append((cell, ("period_type_mismatch", f"the label names an average over a period, not {res.concept}'s "
                                 f"balance at the column's date ({cell.period.label})")))
            continue
        if res.sign is not None and res.sign.unknown:
            # the evidence for the sign disagrees (signs.py): no fact rather than one of the wrong sign
            plans.append((cell, ("sign_unknown", res.sign.unknown)))
            continue
        if (res.sign is not None and res.sign.against_printed and cell.value is not None and cell.value != 0
                and (1 if cell.value > 0 else -1) in res.sign.against_printed):
            # a figure against its concept's one direction (one_way_flows.one_way_against): no fact rather than a wrong one
            plans.append((cell, ("sign_unknown", res.sign.against)))
            continue
        period = cell.period
        if res.trailing:
            period = trailing_period(cell.period)
            if period is None:
                plans.append((cell, ("no_period", "a trailing-twelve-months figure in a column that does not end a calendar month: "
                                     "its twelve months cannot be told from a fiscal calendar of weeks")))
                continue
        why = None
        if cell.dimension and _non_gaap_column(cell.dimension):
            # a column of adjusted (non-GAAP) figures, or of the adjustments: the row's measure as the release adjusts
            # it, a line item of the company's own, never the GAAP concept with a "segment" named "Non-GAAP"
            name = concept_name(re.sub(r"\badj\b\.?", "Adjusted", f"{cell.dimension} {label}", flags=re.I))
            concept = _concept_for(b, Resolution(concept=None, ext_name=name), item, cell, kind)
            why = {"by": "extension", "evidence": [f"a column of non-GAAP figures ({cell.dimension!r})"]}
        else:
            concept = _concept_for(b, res, item, cell, kind, mode)
        dims = list(res.dims) + parent
        if member_columns:
            # the columns are segments: what the rows break down goes on the product axis, in every column
            dims = [DimensionMember(axis=PRODUCT_AXIS, member=b.member(PRODUCT_AXIS, b.labels.get((d.member, LABEL_ROLE), d.member.split(":")[1])))
                    if d.axis == SEGMENT_AXIS else d for d in dims]
        if cell.dimension and why is None:
            if cell.dimension not in dims_col:
                bound = standard_member(RANGE_AXIS, cell.dimension)  # "Low | High": a range's bounds, no segments
                dims_col[cell.dimension] = ([] if len(bounds) < 2 else [DimensionMember(axis=RANGE_AXIS, member=bound)]) if bound else [
                    DimensionMember(axis=EQUITY_AXIS, member=m) for m in [equity_member(b, cell.dimension)] if m] if equity else [
                    PARENT_COMPANY] if _parent_column(table, cell.dimension) and not parent else [
                    DimensionMember(axis=SEGMENT_AXIS, member=_column_member(b, table, cell.dimension))]
            dims = dims + dims_col[cell.dimension]
        plans.append((cell, (period, concept, dims, _factor(res, item, kind), why)))
    # outside the statements, a standard line item that another table prints with another figure is not that line
    # item: in no column of the row (a segment's or a net figure is never the consolidated fact in the columns
    # where the consolidated figure happens not to be printed)
    soft_row = kind not in STATEMENT_KINDS and not previously_reported(b, table)
    if soft_row and res.concept and not res.dims:
        # the statements print the row's figures as another concept: that line item under another label
        # ("Operating expenses 402,777" in a segment table is the statement's us-gaap:CostsAndExpenses)
        own = _own_plans(plans, res.concept)
        rc = own[0][1][1] if own else None  # the row's concept, as its plans hold it
        twin = b.statement_twin(rc, [(p[0], p[2], c, p[3], mode) for c, p in own], label) if rc is not None else None
        tc = b.concept(twin) if twin else None
        if tc is not None and (tc.type, tc.period_type) == (rc.type, rc.period_type) and same_statement(res.concept, twin):
            plans = [(c, (p[0], tc, p[2], p[3], p[4])) if len(p) == 5 and p[1].qname == res.concept else (c, p) for c, p in plans]
            res = replace(res, concept=twin, evidence={"by": "structure", "evidence": [
                f"structure: the statements print these figures as {twin}, not {res.concept}"]})
    # the row's standard facts outside the statements, each with whether another table's fact agrees (None: none)
    standard = [(c, b.agreement(p[1], p[0], p[2], c, p[3], mode)) for c, p in plans
                if len(p) == 5 and soft_row and not p[2] and p[1].prefix != b.prefix]
    other = next((c for c, agrees in standard if agrees is False), None)
    if other is not None and (deducted := deducted_again(b, plans, standard, item.section, mode)) is not None:
        # an adjustment that takes another table's line item out, printed negative: that line item (reconciling.py)
        plans, standard, other = deducted, [(c, True) for c, agrees in standard if agrees is not None], None
    why_left = "another table prints another figure for it"
    if other is not None:
        disputed = [(c, p) for c, p in plans if any(c is o for o, agrees in standard if agrees is False)]
        _rounding_slips(b, disputed, mode)
        # neither table a statement: the figure written first is no better than this row's (tie-break by order)
        for c, p in disputed:
            b.dispute(p[1], p[0], p[2], c, p[3], mode)
    if other is None and kind == "non_gaap" and (res.evidence or {}).get("by") == "index" and not gaap_labelled(label):
        # a reconciliation's row is the standard line item only where a statement says so with the same figure
        # ("Net income", "Cash from operating activities"), in no column another: an adjustment is often a part of
        # the line item its label names (stock-based compensation of one function), or printed with the sign of the
        # reconciliation. Its columns of periods no statement prints (the quarters of a year) are that line item
        # too. A row that says it is the GAAP figure ("GAAP effective income tax rate") needs no other
        # An expense added back before tax, where the table prints its tax effect in a row of its own, is that
        # expense's whole amount, as its concept is signed (UnitedHealth Q4 2024: "Intangible amortization 423", then
        # "Tax effect of intangible amortization (103)"): an amount net of tax or per share is not
        # A release that prints no income statement reports its GAAP lines in the reconciliation alone: a row that is
        # the whole line item there (``whole``) is that line item where no table prints another figure
        # A total the statements print as its parts, not under its name, is that total where its figures are their
        # sum (``statement_sums``: "Total operating expenses" beside a statement's R&D, S&M and G&A lines)
        proven = any(agrees for _, agrees in standard) or _expense_before_tax(b, table, item, res) or whole or (
            bool(summed := _own_plans(plans, res.concept)) and sum_of_statement_lines(b, summed[0][1][1], [(p[0], p[2], c, p[3], mode) for c, p in summed]))
        other = None if proven else next((c for c, _ in standard), None)
        why_left = "a reconciliation's row, and no statement prints this figure for it"
    if soft_row and res.concept and not res.dims and not any(agrees for _, agrees in standard):
        # another table has printed these figures as one segment's facts of the concept, and no consolidated fact
        # says so: that segment's line item printed again
        own = _own_plans(plans, res.concept)
        seg = segment_twin(b, own[0][1][1], [(p[0], c, p[3], mode) for c, p in own]) if own else None
        if seg is not None:
            mine = {id(c) for c, _ in own}
            plans = [(c, (p[0], p[1], [seg], p[3], p[4])) if id(c) in mine else (c, p) for c, p in plans]
            res = replace(res, dims=[seg], evidence={"by": "structure", "evidence": [
                f"structure: another table prints these figures as {res.concept} of the segment {seg.member}"]})
            other = None
        elif own and (runner := runner_up_twin(b, res, label, kind, [(p[0], c, mode) for c, p in own])) is not None:
            # a runner-up of the index's, with the sign its label gives, is that segment's line item printed again
            res, f = runner
            mine, rc = {id(c) for c, _ in own}, b.concept(res.concept)
            plans = [(c, (p[0], rc, res.dims, f, p[4])) if id(c) in mine else (c, p) for c, p in plans]
            other = None
    if soft_row and res.concept and not res.dims and (res.evidence or {}).get("by") == "index" \
            and not any(agrees for _, agrees in standard):
        # another table has printed these figures as a line item of the company's own: that line item again
        own = _own_plans(plans, res.concept)
        twin_own = own_twin(b, own[0][1][1], [(p[0], c, p[3], mode) for c, p in own]) if own else None
        if twin_own is not None:
            mine = {id(c) for c, _ in own}
            plans = [(c, (p[0], twin_own, p[2], p[3], p[4])) if id(c) in mine else (c, p) for c, p in plans]
            res = replace(res, concept=twin_own.qname, evidence={"by": "structure", "evidence": [
                f"structure: another table prints these figures as {twin_own.qname}, the company's own line item"]})
            other = None
    if soft_row and not res.dims and (res.concept is None or other is not None) \
            and (twin_line := label_twin(b, label, plans, mode)) is not None:
        # the statements' line item of the same label, printed again or taken out (reconciling.label_twin)
        tc, f = twin_line
        plans = [(c, (p[0], tc, p[2], p[3] * f, p[4])) if len(p) == 5 and not p[2] else (c, p) for c, p in plans]
        res = replace(res, concept=tc.qname, evidence={"by": "structure", "evidence": [
            f"structure: the statements print this label's figures{' negated' if f < 0 else ''} as {tc.qname}"]})
        other = None
    # "Basic and diluted": the figure of both variants (the ...BasicAndDiluted elements are deprecated)
    both = both_variants(res.concept, label, item.section) if res.concept and not res.dims else None
    both_why = f"the label says basic and diluted: the figure of {both} too (the BasicAndDiluted elements are deprecated)"
    if both is None and not res.dims and (both := net_and_comprehensive(res.concept, table, item, label)) is not None:
        both_why = f"the label says the net income and the comprehensive income are one: the figure of {both} too"
    for cell, plan in plans:
        if len(plan) == 2:
            b.exclude(cell, table, *plan)
            continue
        period, concept, dims, sign, why = plan
        for d in dims:
            if d.axis == PRODUCT_AXIS and concept.prefix != b.prefix:
                b.member_concept.setdefault(d.member, concept.qname)
        if previously_reported(b, table):
            dims = dims + [PREVIOUSLY_REPORTED]
        soft = kind not in STATEMENT_KINDS and not dims and concept.prefix != b.prefix
        chosen = concept
        if soft and other is not None:
            if cell is other:
                b.notes.append(f"index concept left: {label!r} in {table.id} is not {concept.qname}: {why_left}")
            if not _structure_carries(res, concept, label):
                sign = 1  # the row's own line item, as printed: the sign was the standard concept's reading of the label
            concept = b.ext_concept(_not_standard(b, concept_name(label), item, kind), type_=concept.type,
                                    period_type=concept.period_type, balance=concept.balance)
            soft = False
        concept = b.add_fact(concept, period, dims, cell, table, sign, mode, label, soft=soft)
        if both and concept is chosen:
            kept = len(b.outcomes)
            b.add_fact(b.concept(both), period, dims, cell, table, sign, mode, label, soft=soft)
            twin = b.outcomes[-1].fact if len(b.outcomes) > kept else None
            if twin and res.evidence and twin not in b.evidence:
                b.evidence[twin] = {**res.evidence, "evidence": list(res.evidence.get("evidence", [])) + [
                    f"structure: {both_why}"]}
            del b.outcomes[kept:]  # the printed figure is the first variant's fact in the ledger; both cite it
            b.label(both, res.concept_label or item.label)
        qn = concept.qname
        fid = b.outcomes[-1].fact if b.outcomes else None
        if fid and why and fid not in b.evidence:
            b.evidence[fid] = why
        if fid and res.evidence and fid not in b.evidence:
            b.evidence[fid] = res.evidence if concept is chosen else {
                "by": "extension", "evidence": [f"{chosen.qname} ({res.evidence.get('by')}): {why_left}"]}
        own_label = res.concept_label or item.label
        b.label(qn, own_label)
        if sign < 0 and not any(d.axis == "srt:ConsolidationItemsAxis" for d in dims):
            b.label(qn, own_label, NEGATED_LABEL_ROLE)
            b.flipped.add((table.id, qn))
        if mode == "start":
            b.label(qn, own_label, PERIOD_START_LABEL_ROLE)
        elif mode == "end":
            b.label(qn, own_label, PERIOD_END_LABEL_ROLE)
        if res.total:
            b.label(qn, own_label, TOTAL_LABEL_ROLE)


def _structure_carries(res: Resolution, concept, label: str) -> bool:
    """Whether the sign the row's place in a sum gave the standard concept holds for the company's own line item that
    replaces it: the sum says which way the row goes (a reconciliation that takes a gain out of net income, Alexander's
    Q4 2024 "Net income 102,413" / "Net gain on sale of real estate (53,952)" / "FFO 81,067": a gain of 53,952),
    whatever concept names it, where the line item's label names the same balance as that concept ("gain": credit).
    A sign read from the label for the standard concept (how filers print it) is that concept's reading only."""
    sign = res.sign
    if sign is None or sign.source != "structure" or sign.unknown or not concept.balance:
        return False
    return extension_balance(res.concept_label or label) == concept.balance


def _expense_before_tax(b: Builder, table: Table, item: LineItem, res: Resolution) -> bool:
    """Whether a reconciliation's row is an expense added back before tax: a debit flow of money of one direction
    (no gain or loss, no income or expense either way), read as printed, every figure printed positive, and the
    table prints the amount's tax effect in a row of its own (``tax_effect_printed``)."""
    c = b.concept(res.concept) if res.concept else None
    if c is None or c.balance != "debit" or c.period_type != "duration" or c.type != "xbrli:monetaryItemType":
        return False
    if two_way(c.qname.split(":")[1]) or res.negate or (res.sign is not None and (res.sign.negate or res.sign.unknown)):
        return False
    values = [x.value for x in item.cells if x.role == "value" and x.value is not None and x.value != 0]
    return bool(values) and all(v > 0 for v in values) and tax_effect_printed(table, item)


def _own_plans(plans: list, concept: str) -> list:
    """The cells planned as facts of the row's own standard concept, without members."""
    return [(c, p) for c, p in plans if len(p) == 5 and not p[2] and p[1].qname == concept]


def same_statement(a: str, b: str) -> bool:
    """Whether US GAAP's statements present both concepts in one statement (upper-case letters of the index): a
    line item of the same statement under another label, not the same amount in another role (the cash-flow add-back
    us-gaap:ShareBasedCompensation is no total of the expense by line item, us-gaap:AllocatedShareBasedCompensationExpense)."""
    ia, ib = concept_index().get(a), concept_index().get(b)
    return ia is not None and ib is not None and bool({s for s in ia.statements if s.isupper()} & {s for s in ib.statements if s.isupper()})


_PARENT_COLUMN = re.compile(r"(?:the\s+)?(?:parent(?:\s+company)?|company)(?:\s+only)?", re.I)


def _parent_column(table: Table, dimension: str) -> bool:
    """A column headed "Company" (or "Parent company") beside columns of the group's, which no segment heads ("Group |
    Company" over the dates of STV Group FY2024's balance sheet): the parent company's own figures."""
    return bool(_PARENT_COLUMN.fullmatch(dimension.strip())) and any(
        c.role == "value" and c.dimension is None for c in table.columns)


@lru_cache(maxsize=256)
def _parent_company(title: str) -> bool:
    """Whether a table's title, after its markdown marks, says it is the parent company's own statement
    (mapping.toml [members] parent_company)."""
    return bool(mapping_knowledge().parent_company.search(re.sub(r"^[\W_]+", "", title)))


def _non_gaap_column(header: str) -> bool:
    """A column of adjusted or non-GAAP figures ("2024 (Adj)", "Non-GAAP", "Non-GAAP Adjustments"), not a segment."""
    return bool(mapping_knowledge().index_blocked.search(header) or re.search(r"\badj\b", header, re.I))


def _factor(res: Resolution, item: LineItem, kind: str | None = None) -> int:
    """-1 where the row's facts are the opposite of its printed figures (``signs.factor``). An expense of the company's
    own (an extension whose label names a debit) that an income statement prints as a deduction in every column is
    positive by nature, as a standard expense is (``signs.deducted_expense``): "Development and regulatory approval
    expenses (506,944)" among "Selling, general and administrative expenses (1,809,114)"."""
    printed = [c.value for c in item.cells if c.role == "value"]
    if (kind == "income" and res.concept is None and res.sign is None and not (res.negate or res.magnitude or res.dims)
            and _ext_balance(res.concept_label or item.label, kind, item.section) == "debit" and deducted_in_every_column(printed)):
        return -1
    return factor(res.negate, res.magnitude, printed)


def _map_transposed_row(b: Builder, table: Table, kind: str, item: LineItem) -> None:
    """Tables whose rows are periods: each cell's line item is its column's (or the heading's) label."""
    for cell in item.cells:
        if cell.role in DERIVED_ROLES:
            b.exclude(cell, table, DERIVED_ROLES[cell.role], "a percentage or change the release derives from other figures")
            continue
        if cell.period is None:
            b.exclude(cell, table, "no_period")
            continue
        norm = normalize(cell.label, b.names)
        m = match(norm, kind, "", table.title, cell.unit) or match(normalize(item.label, b.names), kind, norm, table.title, cell.unit)
        pseudo = LineItem(id=item.id, label=cell.label, line=item.line, cells=[cell])
        ic = None
        if m is None:
            ic = index_choice(cell.label, pseudo, kind, row_context(pseudo, kind, (), -1, b.nci), b.names, set())
        if m is not None and not m.rule.concept.startswith("ext:"):
            sign = from_rule(m.rule.negate, m.rule.magnitude, rule_name(m.rule))
            res = Resolution(concept=m.rule.concept, negate=sign.negate, magnitude=sign.magnitude, sign=sign, period_mode=m.rule.period,
                             evidence={"by": "override", "rule": rule_name(m.rule), "evidence": [f"sign: {sign.reason}"] if sign.negate or sign.magnitude else []})
        elif ic is not None:
            res = ic.resolution()
        else:
            res = Resolution(concept=None, ext_name=m.rule.concept[4:] if m else concept_name(cell.label),
                             evidence={"by": "override" if m else "extension", "evidence": [] if m else ["no standard concept fits the label"]})
        _emit_row(b, table, kind, pseudo, res, None)


def previously_reported(b: Builder, table: Table) -> bool:
    """A table that shows figures as they were reported before a restatement or reclassification: its title, a heading,
    says so ("[Old Classification]", "As Previously Reported"). A sentence that introduces a table is no such heading:
    Byrna Q4 2024's "Adjusted EBITDA is defined as net (loss) income as reported in our condensed consolidated statements
    ... is as follows (in thousands):" introduces a reconciliation of this year's figures, nothing restated."""
    title = table.title or ""
    return bool(b.previously.search(title)) and not is_sentence(title)


def _rounding_slips(b: Builder, plans: list, mode: str | None) -> None:
    """The cells of a row outside the statements whose figure is the statement's fact for their concept and period
    but for one unit of the last digit (Byrna Q4 2024: the reconciliation's "Net Income (Loss) 9,673" against the
    statement's "NET INCOME (LOSS) 9,674"): the same figure printed with a slip, which the report says
    (source.figuresDisagree); the row stays its own line item, as printed, and nothing is restated."""
    for cell, (period, concept, dims, sign, _) in plans:
        plan = b._planned(concept, period, dims, cell, sign, mode)
        if isinstance(plan, tuple) or plan.value is None:
            continue
        kept = b.facts.get((concept.qname, _context_id(plan.kind, plan.start, plan.end, plan.dims)[0], _unit_id(cell.unit)))
        if kept is not None and kept.value is not None and not _apart(kept.value, kept.decimals, plan.value, plan.decimals):
            b.duplicates.append(Duplicate(kept.id, kept.sources[0], cell.span, kept.value, plan.value, plan.decimals, False))
