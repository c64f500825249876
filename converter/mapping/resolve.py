"""Row resolution: the concept (or extension line item), dimensions and sign of each row of a table."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..filing import LABEL_ROLE, DimensionMember
from ..models import Table
from .choose import section_variant, structural
from .indexed import concept_name, gaap_labelled, index_choice, non_gaap_table, is_indexed_line_item, qualified_label, row_context
from .rules import Match, mapping_knowledge, match, match_all, member_key, normalize, title_concept
from .mapped import PRODUCT_AXIS, SEGMENT_AXIS, STRUCTURE_KINDS
from .builder import Builder
from .arithmetic import Node, arithmetic_tree


@dataclass
class Resolution:
    """The concept (or the extension line item to create), dimensions and sign of one row."""

    concept: str | None  # a known concept; None: an extension line item named ext_name
    ext_name: str | None = None
    dims: list[DimensionMember] = field(default_factory=list)
    negate: bool = False
    magnitude: bool = False  # positive by nature: negated only where printed negative
    period_mode: str | None = None
    breakdown: str | None = None  # the axis this row's children break it down by
    unit_hint: str | None = None
    total: bool = False
    evidence: dict | None = None  # what chose the concept (report.json)


def _bare_total(norm: str) -> bool:
    return bool(mapping_knowledge().consolidated.match(norm))


class TableMapper:
    def __init__(self, b: Builder, table: Table, kind: str):
        self.b = b
        self.table = table
        self.kind = kind
        self.nodes = arithmetic_tree(table, b.doc.reporting_currency, self._is_line_item)
        self.by_item = {id(n.item): n for n in self.nodes}
        self.res: dict[int, Resolution] = {}  # node index -> resolution
        self.labels = tuple(n.item.label for n in self.nodes)
        sections: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for n in self.nodes:
            sections[self.norm(n.item.label)].add(tuple(n.item.section))
        # a label printed under two headings is two line items ("Current portion" of two kinds of debt)
        self.repeated = {k for k, v in sections.items() if len(v) > 1}
        self.taken: set[str] = set()  # standard concepts of plain rows of this table
        self.non_gaap_only = non_gaap_table(table.title)
        self.taken_by: dict[str, int] = {}  # concept -> the row that got it from the index
        self.emitted: set[int] = set()  # rows whose facts are written

    def norm(self, label: str) -> str:
        return normalize(label, self.b.names)

    def _is_line_item(self, label: str) -> bool:
        """A label that names a line item of its own (a breakdown parent such as "Total Revenues" does too)."""
        m = match(self.norm(label), self.kind, "", self.table.title)
        if m is not None:
            return m.rule.member_from is None
        return is_indexed_line_item(label, self.kind, self.b.names)

    def unsub(self, member_label: str, printed: str) -> str:
        """A member label taken from the normalised label: the company's name as printed, not "<company>"."""
        if member_label.strip() == normalize(printed, self.b.names).strip():
            return printed.strip()
        short = self.b.names[-1] if self.b.names else "company"
        return member_label.replace("<company>", short)

    def heading_match(self, heading: str) -> Match | None:
        return match(self.norm(heading), self.kind, "", self.table.title)

    def resolve(self, node: Node) -> Resolution:
        if node.index in self.res:
            return self.res[node.index]
        item = node.item
        norm = self.norm(item.label)
        section_path = " / ".join(self.norm(s) for s in item.section)
        units = Counter(c.unit for c in item.cells if c.role == "value" and c.unit)
        row_unit = units.most_common(1)[0][0] if units else None
        own = match(norm, self.kind, section_path, self.table.title, row_unit)
        if self.non_gaap_only and not gaap_labelled(item.label):
            # a table of non-GAAP measures ("Non-GAAP" summary): "Net income" there is non-GAAP net income
            own = None
        kn = mapping_knowledge()
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
        # 1. a breakdown parent: the arithmetic parent, or an enclosing section heading that names a concept
        ctx_concept, ctx_axis, ctx_member = None, None, None
        # a label the concept index knows as a line item of its own is not a member of the row above it
        indexed_item = own is None and not kn.elimination.match(norm) and self._is_line_item(item.label)
        if parent is not None and not indexed_item and not (own and not own.rule.breakdown and own.rule.concept != self.resolve(parent).concept):
            pres = self.resolve(parent)
            if pres.breakdown and (own is None or kn.elimination.match(norm) or own.rule.concept == pres.concept):
                ctx_concept, ctx_axis = pres.concept or pres.ext_name, pres.breakdown
                ctx_member = next((d.member for d in pres.dims if d.axis == ctx_axis), None)
        from_heading = False
        if ctx_concept is None:
            for depth in range(len(item.section) - 1, -1, -1):
                hm = self.heading_match(item.section[depth])
                if hm and hm.rule.breakdown:
                    from_heading = True
                    inner = item.section[depth + 1 :]
                    ctx_concept, ctx_axis = hm.rule.concept, hm.rule.breakdown
                    ctx_member = None
                    for h in inner:
                        ctx_member = self.b.member(ctx_axis, h, parent=ctx_member)
                    break
        if ctx_concept is None and own is None:
            tc = title_concept(self.table.title)
            if tc is not None:
                ctx_concept, ctx_axis = tc
                if self.kind == "segment":
                    ctx_axis = SEGMENT_AXIS
                for h in item.section:
                    ctx_member = self.b.member(ctx_axis, h, parent=ctx_member)
        # a section heading that names a breakdown ("Includes stock-based compensation expense as follows:")
        # makes its rows members, even rows that would be line items of their own ("Cost of sales")
        heading_wins = from_heading and own is not None and own.rule.concept != ctx_concept and not norm.startswith("total")
        own_member = None
        if heading_wins:
            own_member = own.member_label
            own = None
        if own is not None and (ctx_concept is None or own.rule.concept != ctx_concept or norm.startswith("total")):
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
            res = Resolution(concept=r.concept if not r.concept.startswith("ext:") else None,
                             ext_name=r.concept[4:] if r.concept.startswith("ext:") else None,
                             dims=dims, negate=r.negate, magnitude=r.magnitude, period_mode=r.period,
                             breakdown=r.breakdown if not own.member_label else None, unit_hint=r.unit,
                             total=norm.startswith("total"))
            if self.kind == "segment" and r.breakdown == PRODUCT_AXIS:
                res.breakdown = SEGMENT_AXIS
        elif ctx_concept is not None:
            concept = ctx_concept
            dims: list[DimensionMember] = []
            negate = False
            if kn.elimination.match(norm):
                dims = [DimensionMember(axis=kn.elimination_axis, member=kn.elimination_member)]
                negate = node.weight < 0
            elif _bare_total(norm):
                # "Total" closes the innermost section: that heading's member; "Consolidated total" has none
                if norm == "total" and item.section and not self.heading_match(item.section[-1]):
                    ctx_member = self.b.member(ctx_axis, item.section[-1], parent=None)
                if ctx_member and norm == "total":
                    dims = [DimensionMember(axis=ctx_axis, member=ctx_member)]
            elif norm.startswith("total "):
                # "Total Network Services": the member the total names
                dims = [DimensionMember(axis=ctx_axis, member=self.b.member(ctx_axis, item.label[6:].strip(), parent=ctx_member))]
            else:
                axis = ctx_axis
                if axis == PRODUCT_AXIS and kn.segment_words.search(item.label) and self.kind == "segment":
                    axis = SEGMENT_AXIS
                label = own_member or (own.member_label if own is not None and own.member_label else item.label)
                if member_key(label) in ("other", "others", ""):
                    label = f"{self.b.labels.get((ctx_member, LABEL_ROLE), '') if ctx_member else ''} {label}".strip()
                dims = [DimensionMember(axis=axis, member=self.b.member(axis, label, parent=ctx_member))]
            known = self.b.cat.get(concept) if ":" in concept and not concept.startswith(self.b.prefix + ":") else None
            res = Resolution(concept=concept if known else None, ext_name=None if known else concept.split(":")[-1],
                             dims=dims, negate=negate, breakdown=ctx_axis)
        else:
            res = None
            known = self.b.members.get((PRODUCT_AXIS, member_key(item.label)))
            if known and known in self.b.member_concept:
                # a line the release has already broken down elsewhere ("WAN Service" in a reference table)
                res = Resolution(concept=self.b.member_concept[known], dims=[DimensionMember(axis=PRODUCT_AXIS, member=known)])
            if res is None and self.non_gaap_only and not gaap_labelled(item.label):
                res = Resolution(concept=None, ext_name=concept_name(f"Non-GAAP {item.label}"), total=norm.startswith("total"),
                                 evidence={"by": "extension", "evidence": ["a table of non-GAAP measures"]})
            if res is None:
                res = self._indexed(node, norm, self.taken)
        if res.concept and not res.dims and self.kind == "balance_sheet" and res.evidence is None:
            qn, why = section_variant(res.concept, item.label, tuple(item.section), add=False)
            if why:
                res.concept = qn
                res.evidence = {"by": "structure", "evidence": [f"structure: {why}"]}
        if res.concept and not res.dims and self.kind in STRUCTURE_KINDS:
            qn, why = structural(res.concept, item.label, self.labels, node.index, self.b.nci)
            if why:
                res.concept = qn
                res.evidence = dict(res.evidence or {"by": "structure"})
                res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + [f"structure: {why}"]
        if res.evidence is None:
            by_rule = own is not None and (res.concept or f"ext:{res.ext_name}") == own.rule.concept
            res.evidence = {"by": "override" if by_rule else "structure"}
            if by_rule:
                res.evidence["rule"] = f"mapping.toml rule {own.rule.order + 1}" if own.rule.order >= 0 else "user mapping rule"
        if res.concept and not res.dims:
            other = self.taken_by.get(res.concept)
            if res.evidence.get("by") != "index" and other is not None and other != node.index and other not in self.emitted:
                # an override or the structure names the concept another row got from the index: that row yields
                self.taken.add(res.concept)
                self.res[other] = self._indexed(self.nodes[other], self.norm(self.nodes[other].item.label), self.taken)
            self.taken.add(res.concept)
            if res.evidence.get("by") == "index":
                self.taken_by[res.concept] = node.index
        self.res[node.index] = res
        return res

    def settle(self, node: Node, res: Resolution) -> Resolution:
        """Before its facts are written, an index row that adds up rows resolved after it (a parent is resolved
        while its first child is) is chosen again, now that the concepts of all its rows are known."""
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

    def _indexed(self, node: Node, norm: str, taken: set[str]) -> Resolution:
        """The row's concept from the concept index (none of ``taken``), or an extension line item."""
        item = node.item
        label = qualified_label(item, norm in self.repeated)
        kids = tuple(r.concept for i in node.children if (r := self.res.get(i)) is not None and r.concept and not r.dims)
        ctx = row_context(item, self.kind, self.labels, node.index, self.b.nci, kids)
        ic = index_choice(label, item, self.kind, ctx, self.b.names, taken)
        if ic is not None:
            res = Resolution(concept=ic.concept, negate=ic.negate, magnitude=ic.magnitude, period_mode=ic.period_mode,
                             total=norm.startswith("total"), evidence=ic.evidence)
        else:
            # an extension line item printed under two headings is two concepts, named with their heading
            ext_label = f"{item.section[-1].strip().rstrip(':')} {item.label.strip()}" if norm in self.repeated and item.section else label
            res = Resolution(concept=None, ext_name=concept_name(ext_label), total=norm.startswith("total"),
                             evidence={"by": "extension", "evidence": ["no standard concept fits the label"]})
        if node.children and self.kind in ("breakdown", "kpi", "summary", "segment"):
            res.breakdown = SEGMENT_AXIS if self.kind == "segment" else PRODUCT_AXIS
        return res
