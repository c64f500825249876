"""Row resolution: the concept (or extension line item), dimensions and sign of each row of a table. (What the table's
labels name, which ``TableMapper`` asks of them, is ``item_labels.py``.)"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..filing import LABEL_ROLE, DimensionMember
from ..models import Table
from ..tables.totals import is_total
from .choose import section_variant, structural
from .structural import equity_after_interest
from .labels import label_key, name_words
from .naming import naming_heading
from .placement import classified_section
from .indexed import gaap_labelled, non_gaap_table, residual_of_heading
from .extension_names import concept_name, whose_unsaid
from .rules import Match, mapping_knowledge, match, match_all, member_key, normalize, rule_name, title_concept
from .mapped import ENTITY_AXIS, GEOGRAPHIC_AXIS, PRODUCT_AXIS, SEGMENT_AXIS, STATEMENT_KINDS, STRUCTURE_KINDS
from .builder import Builder
from .item_labels import ItemLabels
from .arithmetic import bridges, deducted, Node, arithmetic_tree
from .signs import deducted_expense, elimination, from_rule, unsure
from .location import location_of
from .adjustments import headed_adjustment, located_adjustment
from .resolution import Resolution, without_inclusions
from .sole_revenue import sole_revenue
from .printed_liabilities import liabilities_negative
from .sums import among_line_items, signed, summed_into, summed_line_item
from .row_totals import listed_total, sum_of_own, unsummed_total
from .segment_heading import measure_heading as _measure_heading, member_heading
from .parallel_blocks import parallel_headings
from .row_indexed import indexed, located, printed_again, printed_figures
from .heading_members import headed_line_item, own_line_item, parts_beside_line_items, subtotal_member
from .reconciling import taken_out
from .balance_fit import unfit_line_item
from .summed_siblings import beside_summed_line_items, own_line_item as beside_line_item

__all__ = ["Resolution", "TableMapper", "without_inclusions"]

# "Of which: Identified items" under "Income/(loss) for the period": a part the row names as a line item of its own,
# no category of the row above (labels.label_key reads past the words)
_OF_WHICH = re.compile(r"^\W*of which\b", re.I)


def _bare_total(norm: str) -> bool:
    return bool(mapping_knowledge().consolidated.match(norm))


class TableMapper(ItemLabels):
    def __init__(self, b: Builder, table: Table, kind: str, trailing: set[str] = frozenset(), printed: dict[str, str] | None = None):
        self.line_items: dict[str, tuple[bool, str | None]] = {}  # label -> _line_item's answer
        self.named_items: dict[str, bool] = {}  # label -> _is_named_line_item's answer
        self.b = b
        self.trailing = trailing  # row ids of trailing-twelve-months figures (rows.prepare)
        self.printed = printed or {}  # row id -> the label as printed, where rows.prepare changed it
        self.table = table
        self.kind = kind
        # what the table's rows name: "Cost of network services" is that category's cost where a row "Network
        # services" is printed; "Cost of goods sold" names no category (no row "Goods sold") but the whole line item
        self.row_keys = {member_key(r.label): r.label for r in table.rows if member_key(r.label)}
        self.nodes = arithmetic_tree(table, b.doc.reporting_currency, self._is_line_item,
                                     self._is_side if kind == "balance_sheet" else None, self._is_named_line_item,
                                     statement=kind in STATEMENT_KINDS)
        self.by_item = {id(n.item): n for n in self.nodes}
        # rows of the liabilities printed in parentheses, none positive (sums.liabilities_negative)
        self.liabilities_negative = liabilities_negative(self.nodes) if kind == "balance_sheet" else 0
        self.res: dict[int, Resolution] = {}  # node index -> resolution
        self.labels = tuple(n.item.label for n in self.nodes)
        sections: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for n in self.nodes:
            sections[self.norm(n.item.label)].add(tuple(n.item.section))
        # a label printed under two headings is two line items ("Current portion" of two kinds of debt)
        self.repeated = {k for k, v in sections.items() if len(v) > 1}
        self.headings = {self.norm(h) for n in self.nodes for h in n.item.section}
        # the heading row last printed above each row: a segment's heading still names the rows after its first
        # total ("Operating Assets Segment EBT": Total revenues, then Total operating expenses ...), which readers
        # print outside the heading's section
        self.above: dict[str, str] = {}
        last = None
        for row in table.rows:
            if row.kind == "heading":
                last = row.label
            elif last is not None:
                self.above[row.id] = last
        self.taken: set[str] = set()  # standard concepts of plain rows of this table
        self.non_gaap_only = non_gaap_table(table.title)
        self.reconciliation = bool(mapping_knowledge().reconciliation_title.search(table.title or ""))
        self.taken_by: dict[str, int] = {}  # concept -> the row that got it from the index
        self.location = location_of(table, b.names)  # one amount by the income-statement line items it is in
        # a title that says its rows are places ("Revenues by Geographical Area"): what they break down is by place
        kn = mapping_knowledge()
        headings = [r.label.strip() for r in table.rows if r.kind == "heading"]
        # or a heading over its rows that says so ("State"); a heading "Subsidiary" says they are legal entities
        self.geographic = bool(kn.geographic_title.search(table.title or "")) or any(kn.geographic_heading.match(h) for h in headings)
        self.entities = any(kn.entity_heading.match(h) for h in headings)
        # blocks repeating the consolidated block's rows under other headings: parts of the company (parallel_blocks.py)
        self.parallel = parallel_headings(self) if kind not in STATEMENT_KINDS else {}
        self.emitted: set[int] = set()  # rows whose facts are written
        # totals that bridge one measure to another (arithmetic.bridges): no breakdown, nor a title's line item's parts
        self.bridges = {n.index for n in self.nodes if kind != "segment" and (bridges(n, self.nodes, self._is_line_item) or self._from_a_measure(n))}

    def _from_a_measure(self, node: Node) -> bool:
        """A total of the company's own whose first row is a standard line item ("Earnings per share", then "Stock-based
        compensation expense", "Tax impact of adjustments ...", then "Economic EPS", Westwood Q4 2024): the measure
        adjusted to the company's, a bridge, not a breakdown of the total into members (its parts had been members of
        Economic EPS on the product axis, adding up to -0.11 of 0.39)."""
        if len(node.children) < 2 or self._line_item(node.item.label)[1] is not None:
            return False
        first = self.nodes[min(node.children)]
        # (and the sum deducts an adjustment in every column: a breakdown's parts add up, Peapack-Gladstone's "Total
        # capital markets activity" of fee income and gains, whose first part is a standard line item, stays one)
        return (first.weight == 1 and not first.children and (self._line_item(first.item.label)[1] or "").startswith("us-gaap:")
                and any(deducted(self.nodes[i]) for i in node.children if i != first.index))

    def norm(self, label: str) -> str:
        return normalize(label, self.b.names)

    def place(self, axis: str | None) -> str | None:
        """The axis a breakdown's members go on: by place, not product, in a table whose title says its rows are
        places (the product axis is the breakdown the mapping's rules name for a line item by default)."""
        if axis == PRODUCT_AXIS and self.entities != self.geographic:
            return ENTITY_AXIS if self.entities else GEOGRAPHIC_AXIS
        return axis

    def unsub(self, member_label: str, printed: str) -> str:
        """A member label taken from the normalised label: the company's name as printed, not "<company>"."""
        if member_label.strip() == normalize(printed, self.b.names).strip():
            return printed.strip()
        short = self.b.names[-1] if self.b.names else "company"
        return member_label.replace("<company>", short)

    def heading_match(self, heading: str) -> Match | None:
        return match(self.norm(heading), self.kind, "", self.table.title)

    def member_heading(self, item, norm: str) -> str | None:
        return member_heading(self, item, norm)

    def _sign_unsure(self, item, res: Resolution) -> bool:
        """Whether a row printed negative in some column is the fact or its opposite depends on the table's convention
        (``signs.unsure``)."""
        c = self.b.cat.get(res.concept)
        return unsure(res.negate, res.magnitude, [c.value for c in item.cells if c.role == "value"], c.balance if c is not None else None)

    def resolve(self, node: Node) -> Resolution:
        if node.index in self.res:
            return self.res[node.index]
        item = node.item
        norm = self.norm(item.label)
        section_path = " / ".join(self.norm(s) for s in item.section)
        units = Counter(c.unit for c in item.cells if c.role == "value" and c.unit)
        row_unit = units.most_common(1)[0][0] if units else None
        own = self._own(match(norm, self.kind, section_path, self.table.title, row_unit))
        if own is not None and not node.children and residual_of_heading(item, own.rule.concept):
            # "Other income (expense) | 1" under "OTHER INCOME (EXPENSE)" beside the foreign-exchange loss and interest
            # income (Byrna Q4 FY2024): the rest of its heading, not the whole a rule names for the words
            own = None
        kn = mapping_knowledge()
        # under a non-GAAP measure's heading ("Adjusted Earnings" over segments' names) a row is a part of that
        # measure, unless a line item (Strattec's "ADJUSTED EBITDA:" over the net income and what it adds back)
        non_gaap_heading = any(_measure_heading(h) for h in item.section) and not self._is_line_item(item.label)
        if (self.non_gaap_only or non_gaap_heading and own is not None and not own.rule.concept.startswith("prx:")) \
                and not gaap_labelled(item.label):
            # a table of non-GAAP measures ("Non-GAAP" summary): "Net income" there is non-GAAP net income; under a
            # non-GAAP measure's heading, "Marketing" is a part of that measure (the measure's own rule stands)
            own = None
        if self.location is not None and any(c.role == "value" for c in item.cells):
            self.res[node.index] = located(self, item)
            return self.res[node.index]
        if self.kind == "non_gaap" and (adjusted := located_adjustment(self, node)) is not None:
            self.res[node.index] = adjusted  # an amount recorded in the GAAP line item the row adjusts
            return adjusted
        if (self.kind == "non_gaap" or self.reconciliation) and (adjusted := headed_adjustment(self, node)) is not None:
            self.res[node.index] = adjusted  # under "Share-based compensation:", the amount in the line item the row names
            return adjusted
        if own is not None and _bare_total(norm) and node.children:
            # "TOTAL" under assets or under liabilities and equity: the rule whose balance its lines share
            balances = Counter()
            for i in node.children:
                child = self.nodes[i].item
                cm = match(self.norm(child.label), self.kind, " / ".join(self.norm(x) for x in child.section), self.table.title)
                c = self.b.cat.get(cm.rule.concept) if cm else None
                if c is not None and c.balance:
                    balances[c.balance] += 1
            if balances:
                want = balances.most_common(1)[0][0]
                for m in match_all(norm, self.kind, section_path, self.table.title):
                    c = self.b.cat.get(m.rule.concept)
                    if c is not None and c.balance == want:
                        own = m
                        break
        parent = self.nodes[node.parent] if node.parent is not None else None
        res: Resolution | None = None
        summed = None  # a line item US GAAP sums into the total the row adds up into (sums.summed_into)
        beside = None  # the total's concept, where the row adds up into it beside line items summed into it (summed_siblings)
        # 1. a breakdown parent: the arithmetic parent, or an enclosing section heading that names a concept
        ctx_concept, ctx_axis, ctx_member = None, None, None
        ctx_label = None  # the label of the row whose extension line item the members break down
        # a label the concept index knows as a line item of its own, or that says it is the GAAP figure ("Net income
        # attributable to Strattec (GAAP)"), is not a member of the row above it
        # (not a line item whose balance contradicts the total the row adds into: balance_fit)
        # "Of which: Identified items" names a part of the row above as a line item of its own; a non-GAAP measure's name
        # ("Adjusted Earnings" below "Income/(loss) for the period" and its identified items) is no category of a line item,
        # nor is what adds up with one into a total ("EBITDA" + "Items affecting comparability" = "Comparable EBITDA",
        # Glaston FY2024: a reconciliation, its rows adjustments, never products of the total)
        indexed_item = own is None and not kn.elimination.match(norm) and (
            self._is_line_item(item.label) and not unfit_line_item(self, node) and not self._part_named_apart(node)
            or gaap_labelled(item.label) or among_line_items(self, parent, node)
            or parts_beside_line_items(self, parent, node)
            or bool(_OF_WHICH.match(item.label)) or _measure_heading(item.label) or _beside_a_measure(self, parent, node))
        if indexed_item and parent is not None and node.weight > 0 and not gaap_labelled(item.label) and self._by_segment(parent):
            # under a title of the total's measure by segment, the rows that add up into it are its segments, whatever
            # line-item words their names hold (Air T's "Ground Equipment Sales" in its Adjusted EBITDA by segment)
            indexed_item = False
        if parent is not None and not indexed_item and not (own and not own.rule.breakdown and own.rule.concept != self.resolve(parent).concept):
            pres = self.resolve(parent)
            # the statements print no segments: a row adding into a total there is a line item ("Gain (loss) on sale
            # of real estate" in operating income), never a segment of it
            segments_here = self.kind not in STATEMENT_KINDS or pres.breakdown != SEGMENT_AXIS
            # a row subtracted from the total it adds up into ("Gross Profit 2,404,426 / G & A 1,654,303 / Net Operating
            # Income 750,123") is no part of it: a member's figure adds into its total, an elimination's is subtracted
            eliminated = bool(kn.elimination.match(norm))
            if ((node.weight > 0 or eliminated) and pres.breakdown and segments_here and (own is None or eliminated or own.rule.concept == pres.concept)
                    and not kn.measure_basis.match(item.label)
                    and (own is not None or not (summed := summed_into(self, item.label, pres.concept)))
                    and not (own is None and headed_line_item(self, node, parent, pres.concept))
                    and not (own is None and (beside := pres.concept if beside_summed_line_items(self, parent, node, pres.concept) else None))):
                ctx_concept, ctx_axis = pres.concept or pres.ext_name, self.place(pres.breakdown)
                ctx_label = pres.concept_label or self.printed.get(parent.item.id, parent.item.label)
                ctx_member = next((d.member for d in pres.dims if d.axis == ctx_axis), None)
                if ctx_axis == PRODUCT_AXIS and kn.charge_named.match(item.label):
                    ctx_concept = ctx_axis = ctx_member = None  # a charge, no product (mapping.toml [members] charge_named)
        from_heading = False
        if ctx_concept is None and not (self.kind == "non_gaap" or self.reconciliation):
            # (a reconciliation's heading "Operating income:" stands over the GAAP measure, its adjustments and the
            # non-GAAP measure: no breakdown of the line item by segments or products)
            for depth in range(len(item.section) - 1, -1, -1):
                if _measure_heading(item.section[depth]):
                    break  # rows under a non-GAAP measure's heading are no members of a line item above (nor of the title's)
                hm = self.heading_match(item.section[depth])
                if hm and hm.rule.breakdown and own_line_item(self, node, parent, hm.rule.concept):
                    break
                if hm and hm.rule.breakdown:
                    from_heading = True
                    inner = item.section[depth + 1 :]
                    ctx_concept, ctx_axis = hm.rule.concept, self.place(hm.rule.breakdown)
                    if ctx_axis == PRODUCT_AXIS and (self.kind == "segment" or kn.segment_heading.search(item.section[depth])):
                        # a segment table breaks its measures down by segment, under a heading ("Revenue" over
                        # Microsoft's "Productivity and Business Processes", "Intelligent Cloud", ...) as under a row's
                        # own rule or the title's concept: every name under it on one axis, whatever words it has; so
                        # does a heading that names the segments (Apple Q1 FY2024: "Net sales by reportable segment"
                        # over "Americas", "Europe" ..., beside "Net sales by category" over its products)
                        ctx_axis = SEGMENT_AXIS
                    if ctx_axis == PRODUCT_AXIS and kn.charge_named.match(item.label):
                        # a charge under a heading of a line item broken down by products ("Cost of revenue:" /
                        # "Amortization of acquired intangible assets", Rambus Q2 2026): a line item of its own, no
                        # product of it (mapping.toml [members] charge_named)
                        ctx_concept = ctx_axis = None
                        from_heading = False
                        break
                    ctx_member = None
                    for h in inner:
                        ctx_member = self.b.member(ctx_axis, h, parent=ctx_member)
                    ctx_member = subtotal_member(self, node, parent, ctx_concept, ctx_axis, ctx_member)
                    break
        # a title that names what its columns break down ("REVENUES BY BUSINESS" over segment columns) says nothing
        # of the rows: they are line items beside the revenues, not parts of them; nor does a reconciliation's (its
        # rows are the measures and their adjustments, as under a heading above: Ai-Media's "Revenue", "Less: Direct
        # employee costs", "Gross profit" ... "EBITDA" under prose that speaks of revenue)
        if (ctx_concept is None and own is None and not any(c.dimension for c in self.table.columns) and not non_gaap_heading and not self.bridges
                and not (self.kind == "non_gaap" or self.reconciliation)
                and not kn.index_blocked.search(item.label)  # "Adjusted Earnings attributable to ..." is no revenue of the title's
                and not self._footnote_detail(item.label)):
            tc = title_concept(self.table.title)
            if tc is not None:
                ctx_concept, ctx_axis = tc[0], self.place(tc[1])
                if self.kind == "segment":
                    ctx_axis = SEGMENT_AXIS
                for h in item.section:
                    ctx_member = self.b.member(ctx_axis, h, parent=ctx_member)
        # a section heading that names a breakdown ("Includes stock-based compensation expense as follows:")
        # makes its rows members, even rows that would be line items of their own ("Cost of sales")
        heading_wins = from_heading and own is not None and own.rule.concept != ctx_concept and not is_total(item.label)
        own_member = None
        segment_line = False  # a line item of a segment (not a member of a breakdown by segments)
        if heading_wins:
            own_member = own.member_label
            own = None
        # a row that names the very concept of the heading above it is that line item ("NET SALES:" / "Net Sales (GAAP)")
        if own is not None and (ctx_concept is None or own.rule.concept != ctx_concept or is_total(item.label) or from_heading):
            r = own.rule
            dims = []
            if own.member_label and r.member_from:
                dims = [DimensionMember(axis=r.breakdown or PRODUCT_AXIS, member=self.b.member(r.breakdown or PRODUCT_AXIS, self.unsub(own.member_label, item.label)))]
            if r.member_from is not None and own.member_label is not None and not dims:
                axis = r.breakdown or PRODUCT_AXIS
                pmember = None
                if parent is not None:
                    pmember = next((d.member for d in self.resolve(parent).dims if d.axis == axis), None)
                dims = [DimensionMember(axis=axis, member=self.b.member(axis, self.unsub(own.member_label, item.label), parent=pmember))]
            # a line of a parent row that is itself a member ("Customers" under a segment) keeps the parent's member
            if parent is not None:
                pdims = self.resolve(parent).dims
                dims = dims + [d for d in pdims if d.axis not in {x.axis for x in dims}]
                segment_line = any(d.axis == SEGMENT_AXIS for d in pdims)  # a line item of its parent's segment
            sign = from_rule(r.negate, r.magnitude, rule_name(r), deducted_expense(r.concept, self.kind, [c.value for c in item.cells if c.role == "value"]))
            breakdown = self.place(r.breakdown) if not own.member_label else None
            if breakdown is None and not own.member_label and not dims and self._by_segment(node):
                breakdown = SEGMENT_AXIS
            res = Resolution(concept=r.concept if not r.concept.startswith("ext:") else None,
                             ext_name=r.concept[4:] if r.concept.startswith("ext:") else None,
                             dims=dims, negate=sign.negate, magnitude=sign.magnitude, sign=sign, period_mode=r.period,
                             breakdown=breakdown, unit_hint=r.unit,
                             total=is_total(item.label))
            if self.kind == "segment" and r.breakdown == PRODUCT_AXIS:
                res.breakdown = SEGMENT_AXIS
        elif ctx_concept is not None:
            concept = ctx_concept
            dims: list[DimensionMember] = []
            sign = None
            if kn.elimination.match(norm):
                dims = [DimensionMember(axis=kn.elimination_axis, member=kn.elimination_member)]
                sign = elimination(node.weight)
            elif _bare_total(norm):
                # "Total" closes the innermost section: that heading's member; "Consolidated total" has none
                if norm == "total" and item.section and not self.heading_match(item.section[-1]):
                    ctx_member = self.b.member(ctx_axis, item.section[-1], parent=None)
                if ctx_member and norm == "total":
                    dims = [DimensionMember(axis=ctx_axis, member=ctx_member)]
            elif norm.startswith("total ") and label_key(item.label.strip()[6:]) in (name_words(concept), label_key(ctx_label or "")):
                # "Total revenues" under a title or heading of revenues: the line item itself, no member "Revenues"
                dims = [DimensionMember(axis=ctx_axis, member=ctx_member)] if ctx_member else []
            elif norm.startswith("total "):
                # "Total Network Services": the member the total names
                dims = [DimensionMember(axis=ctx_axis, member=self.b.member(ctx_axis, item.label[6:].strip(), parent=ctx_member))]
            else:
                axis = ctx_axis
                if axis == PRODUCT_AXIS and (kn.segment_words.search(item.label) and self.kind == "segment"
                                             or ctx_member is None and item.section and kn.segment_heading.search(item.section[-1])):
                    axis = SEGMENT_AXIS  # a part named a segment, or under a heading naming the segments (Apple, above)
                label = own_member or (own.member_label if own is not None and own.member_label else item.label)
                if member_key(label) in ("other", "others", ""):
                    label = f"{self.b.labels.get((ctx_member, LABEL_ROLE), '') if ctx_member else ''} {label}".strip()
                dims = [DimensionMember(axis=axis, member=self.b.member(axis, label, parent=ctx_member))]
            known = self.b.cat.get(concept) if ":" in concept and not concept.startswith(self.b.prefix + ":") else None
            if sign is None and known and parent is not None and deducted_expense(concept, self.kind, [c.value for c in item.cells if c.role == "value"]) \
                    and deducted_expense(concept, self.kind, [c.value for c in parent.item.cells if c.role == "value"]):
                # a part of an expense printed as a deduction in every column, as its total is ("Production costs
                # (61,644)" over "Total cost of sales (101,813)", B2Gold Q1 2016): positive by nature, as the total
                sign = from_rule(False, False, "structure: a part of an expense", True)
            res = Resolution(concept=concept if known else None, ext_name=None if known else concept.split(":")[-1],
                             dims=dims, negate=sign is not None and sign.negate, magnitude=sign is not None and sign.magnitude,
                             sign=sign, breakdown=ctx_axis, concept_label=None if known else ctx_label)
        else:
            res = None
            key = member_key(item.label)
            known = self.b.members.get((PRODUCT_AXIS, key)) if key not in ("other", "others") and self.kind not in ("cash_flow", "balance_sheet") else None
            if known and known in self.b.member_concept and not (item.section and self._is_line_item(item.section[-1])):
                # a line the release has already broken down elsewhere ("WAN Service" in a reference table); not under
                # a heading naming another line item ("Georgia" under "Income (loss) before income taxes:"), not a
                # residual "Other" nor in statements breaking down no revenue (Microsoft's cash flows' "Other, net")
                res = Resolution(concept=self.b.member_concept[known], dims=[DimensionMember(axis=PRODUCT_AXIS, member=known)])
            if res is None and (self.non_gaap_only or non_gaap_heading) and not gaap_labelled(item.label):
                # a table of non-GAAP measures, or a row under one's heading ("Adjusted Earnings" over "Marketing")
                head = "Non-GAAP" if self.non_gaap_only else next(h for h in reversed(item.section) if _measure_heading(h))
                res = Resolution(concept=None, ext_name=concept_name(f"{head} {item.label}"), total=is_total(item.label),
                                 evidence={"by": "extension", "evidence": [f"a non-GAAP measure: {head}"]})
            if res is None and beside:
                res = beside_line_item(node, beside)
            if res is None and summed:
                res = summed_line_item(node, summed, self.resolve(parent).concept)
            if res is None:
                # a trailing-twelve-months figure is another period of its line item, not another row's concept
                res = self._indexed(node, norm, set() if item.id in self.trailing else self.taken - printed_again(self, node))
                if res.concept is None and not res.dims and (revenue := sole_revenue(self, node)) is not None:
                    res = revenue  # the statement's only revenue line, by its sums (sole_revenue.py)
        segment = self.member_heading(item, norm) if not res.dims else None
        if segment is not None:
            segment_line = True
            if res.evidence is not None and res.evidence.get("by") in ("index", "extension") and not self.non_gaap_only:
                res = self._indexed(node, norm, set(), plain=True)  # the line item itself, whatever the other segments' rows are
            if res.concept or res.ext_name and whose_unsaid(item.label, res.ext_name):
                # the segment's figure, of a standard concept or of the company's own line item
                axis = (self.parallel.get(item.section[0]) if item.section else None) or SEGMENT_AXIS
                res.dims = [DimensionMember(axis=axis, member=self.b.member(axis, segment))]
                res.evidence = dict(res.evidence or {"by": "structure"})
                res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + [whole.evidence if (whole := self.b.row_segment.get(
                    (self.table.id, item.id))) else f"structure: the heading names the segment {segment!r}"]
        seg = next((d.member for d in res.dims if d.axis == SEGMENT_AXIS), None) if res.concept and segment_line else None
        if seg is not None and self._sign_unsure(item, res):
            # a segment's figure printed negative of a concept the sign of whose figures is the table's convention
            # ("Total operating expenses (54,276)" subtracted in a segment's EBT): not the standard fact until the sign
            # can be told, by the sum it is printed in (sums.signed), else the company's own line item
            name = segment or self.b.labels.get((seg, LABEL_ROLE), seg.split(":")[-1].removesuffix("Member"))
            fallback = Resolution(
                concept=None, ext_name=concept_name(f"{name} {item.label}"), total=is_total(item.label),
                evidence={"by": "extension", "evidence": [f"{res.concept} with the segment {name!r}: printed negative, its sign is not known"]})
            if node.children:
                res = fallback  # rows already resolved under it read its concept: decided now
            else:
                res.unsure = fallback
        if res.concept and not res.dims and self.kind == "balance_sheet" and res.evidence is None:
            qn, why = section_variant(res.concept, item.label, classified_section(tuple(item.section), tuple(self.labels), node.index),
                                      add=False, labels=tuple(self.labels))
            if why:
                res.concept = qn
                res.evidence = {"by": "structure", "evidence": [f"structure: {why}"]}
        if res.concept and not res.dims and (self.kind in STRUCTURE_KINDS or self.kind == "balance_sheet"):
            qn, why = (structural(res.concept, item.label, self.labels, node.index, self.b.nci) if self.kind != "balance_sheet"
                       else equity_after_interest(res.concept, item.label, self.labels, node.index))
            if why:
                res.concept = qn
                res.evidence = dict(res.evidence or {"by": "structure"})
                res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + [f"structure: {why}"]
        if res.evidence is None:
            by_rule = own is not None and (res.concept or f"ext:{res.ext_name}") == own.rule.concept
            res.evidence = {"by": "override" if by_rule else "structure"}
            if by_rule:
                res.evidence["rule"] = rule_name(own.rule)
        if (res.sign is not None and res.sign.reason and (res.sign.negate or res.sign.magnitude)
                and not any(e.startswith("sign:") for e in res.evidence.get("evidence", []))):
            # report.json names what decided the sign (a rule, eliminations subtracted), as the index's rows do
            res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + [f"sign: {res.sign.reason}"]
        if item.id in self.trailing:
            res.trailing = True  # the twelve months to the column's date, whatever concept names the figures
            if not res.concept:
                printed = self.printed.get(item.id, item.label)
                named = naming_heading(item.section)
                ext_label = f"{named.strip().rstrip(':')} {printed}" if norm in self.repeated and named else printed
                res.ext_name = concept_name(ext_label)
        if res.concept and not res.dims and not res.trailing:
            other = self.taken_by.get(res.concept)
            part = None
            if res.evidence.get("by") != "index" and other is not None and other == node.parent and is_total(self.nodes[other].item.label):
                # the total this row adds up into is the line item the override names ("Other income (expense), net"
                # above "Total non-operating income (expense)"): the row is a part of it, the index's next choice
                part = self._indexed(node, norm, self.taken | {res.concept})
            if part is not None and part.concept:
                part.evidence["evidence"] = list(part.evidence.get("evidence", [])) + [
                    f"structure: {res.concept} is the total this row adds up into"]
                res = part
            elif res.evidence.get("by") != "index" and other is not None and other != node.index and other not in self.emitted:
                # an override or the structure names the concept another row got from the index: that row yields
                self.taken.add(res.concept)
                self.res[other] = self._indexed(self.nodes[other], self.norm(self.nodes[other].item.label), self.taken)
            elif (res.evidence.get("by") != "index" and other is not None and other != node.index and other in self.emitted
                  and printed_figures(node) != printed_figures(self.nodes[other])):
                # the row the index gave the concept has written its facts already (NVIDIA's "Payments related to tax
                # on restricted stock units" as the other financing flows, above "Other"): two rows of one table are
                # never one fact of other figures, so this row is the index's next choice, or the company's own
                again = self._indexed(node, norm, self.taken | {res.concept})
                again.evidence = dict(again.evidence or {"by": "extension"})
                again.evidence["evidence"] = list(again.evidence.get("evidence", [])) + [
                    f"{res.concept} is another row of this table, already written"]
                res = again
            # (a row that prints no figure takes no concept from the rows that do: Novartis India's "Tax Expense | 27"
            # over "Current Tax" and "Deferred Tax", its note's number and no amount, had left "Total Tax Expense" an
            # extension)
            figures = any(c.role == "value" for c in item.cells)
            if res.concept and figures:
                self.taken.add(res.concept)
            if res.concept and figures and res.evidence.get("by") == "index":
                self.taken_by[res.concept] = node.index
        self.res[node.index] = res
        return res

    def settle(self, node: Node, res: Resolution) -> Resolution:
        """Before its facts are written, an index row that adds up rows resolved after it (a parent is resolved
        while its first child is) is chosen again, now that the concepts of all its rows are known. A row that adds up
        a row of its own concept and others is the US GAAP sum they all add into ("Total Strattec shareholders'
        equity" + "Non-controlling interest" = "Total Shareholders' Equity":
        StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest)."""
        whole = self._sum_of_own(node, res)
        if whole is not None:
            return whole
        if (own := unsummed_total(self, node, res) or listed_total(self, node, res)) is not None:
            return own
        if not node.children or not res.evidence or res.evidence.get("by") != "index" or res.dims:
            return res
        taken = self.taken - {res.concept} if self.taken_by.get(res.concept or "") == node.index else self.taken
        again = self._indexed(node, self.norm(node.item.label), taken)
        if again.concept and again.concept != res.concept and again.concept not in self.taken:
            self.taken.discard(res.concept)
            self.taken.add(again.concept)
            self.taken_by[again.concept] = node.index
            self.res[node.index] = again
            return again
        return res

    def signed(self, node: Node, res: Resolution) -> Resolution:
        return taken_out(self, node, signed(self, node, res))

    def _sum_of_own(self, node: Node, res: Resolution) -> Resolution | None:
        return sum_of_own(self, node, res)

    def _indexed(self, node: Node, norm: str, taken: set[str], plain: bool = False, whole: str | None = None) -> Resolution:
        """The row's concept from the concept index (none of ``taken``), or an extension line item (``row_indexed``)."""
        return indexed(self, node, norm, taken, plain, whole)


def _beside_a_measure(tm, parent, node) -> bool:
    """Whether a row adds up into its total beside a row named as a non-GAAP measure ("EBITDA")."""
    return parent is not None and any(_measure_heading(tm.nodes[i].item.label) for i in parent.children if i != node.index)
