"""Presentation and calculation roles of a table: rows in printed order, and what adds up."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ..filing import (
    NEGATED_LABEL_ROLE,
    PERIOD_END_LABEL_ROLE,
    PERIOD_START_LABEL_ROLE,
    CalculationArc,
    CalculationRole,
    Fact,
    PresentationArc,
    PresentationRole,
)
from ..models import Table
from .rules import camel
from .mapped import STATEMENT_KINDS
from .builder import Builder
from .resolve import TableMapper
from .emit import _factor


def heading_abstract(b: Builder, heading: str) -> str:
    """The abstract a section heading presents its rows under: the standard one of its name where US GAAP or SRT has
    one ("ASSETS": us-gaap:AssetsAbstract, as filers present their balance sheets), never a company element named like
    a standard element; else the company's own."""
    name = f"{camel(heading, limit=60)}Abstract"
    for prefix in ("us-gaap", "srt"):
        c = b.cat.get(f"{prefix}:{name}")
        if c is not None and c.abstract:
            return b.concept(c.qname).qname
    return b.ext_concept(name, type_="xbrli:stringItemType", period_type="duration", abstract=True).qname


def _role_uri(b: Builder, title: str) -> tuple[str, str]:
    name = camel(title or "Table", limit=60) or "Table"
    b._role_names[name] += 1
    if b._role_names[name] > 1:
        name = f"{name}{b._role_names[name]}"
    return f"{b.namespace}/role/{name}", name


class _LoggedFacts(dict):
    """``Builder.facts`` as ``_structure`` sees it: a dict that logs the keys set, so that the facts printed in a
    table are found through an index of their source spans, not by a scan of every fact for every table."""

    def __init__(self, facts: dict) -> None:
        super().__init__(facts)
        self.log: list = list(facts)
        self.by_span: dict[tuple[int, int], set] = defaultdict(set)
        self._ordinal: dict | None = None

    def __setitem__(self, key, value) -> None:
        if self._ordinal is not None and key not in self:
            self._ordinal[key] = len(self._ordinal)
        super().__setitem__(key, value)
        self.log.append(key)

    def __delitem__(self, key) -> None:
        super().__delitem__(key)
        self._ordinal = None

    def pop(self, *args):
        self._ordinal = None
        return super().pop(*args)

    def popitem(self):
        self._ordinal = None
        return super().popitem()

    def clear(self) -> None:
        self._ordinal = None
        super().clear()

    def update(self, *args, **kw) -> None:
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def ordinal(self) -> dict:
        """Each key's place in iteration order."""
        if self._ordinal is None:
            self._ordinal = {k: i for i, k in enumerate(self)}
        return self._ordinal

    def span_index(self) -> dict[tuple[int, int], set]:
        """(line, start) of a source -> keys of the facts that have it (a superset: filter by the fact's sources)."""
        for k in dict.fromkeys(self.log):  # a fact set many times (a figure printed many times) is indexed once
            f = dict.get(self, k)
            if f is not None:
                for s in f.sources:
                    self.by_span[(s.line, s.start)].add(k)
        self.log.clear()
        return self.by_span


def _structure(b: Builder, table: Table, kind: str, tm: TableMapper) -> None:
    """Presentation (rows in printed order) and calculation (what adds up) for one table."""
    facts_by_row: dict[int, list[Fact]] = defaultdict(list)
    row_of_span = {}
    for node in tm.nodes:
        for c in node.item.cells:
            row_of_span[(c.span.line, c.span.start)] = node.index
    if not isinstance(b.facts, _LoggedFacts):
        b.facts = _LoggedFacts(b.facts)
    logged: _LoggedFacts = b.facts
    by_span = logged.span_index()
    keys: set = set()
    for span in row_of_span:
        keys.update(by_span.get(span, ()))
    ordinal = logged.ordinal()
    for k in sorted(keys, key=ordinal.__getitem__):  # in the order of b.facts, as a scan of every fact would be
        f = logged[k]
        for s in f.sources:
            idx = row_of_span.get((s.line, s.start))
            if idx is not None and f.table is not None:
                facts_by_row[idx].append(f)
    concepts_in_order: list[str] = []
    section_of: dict[str, list[str]] = {}
    plain_section: dict[str, list[str]] = {}
    for node in tm.nodes:
        for f in facts_by_row.get(node.index, []):
            if f.concept not in concepts_in_order:
                concepts_in_order.append(f.concept)
                section_of[f.concept] = list(node.item.section)
            if f.concept not in plain_section and not b.contexts[f.context].dims:
                plain_section[f.concept] = list(node.item.section)
    section_of.update(plain_section)  # a concept stands where its total (no dimension) is printed
    if not concepts_in_order:
        return
    title = table.title or table.id
    existing = next((p for p in b.presentation if p.definition.endswith(f" - {title}")), None)
    if existing is None:
        uri, name = _role_uri(b, title)
        root = b.ext_concept(f"{name}Abstract", type_="xbrli:stringItemType", period_type="duration", abstract=True).qname
        b.label(root, title)
        seq = 100000 + len(b.presentation) * 100
        # SEC role definitions: "{sort code} - Statement|Disclosure - {title}"; the release's statements are
        # Statements, its summaries, segment, KPI, non-GAAP and target tables Disclosures
        category = "Statement" if kind in STATEMENT_KINDS else "Disclosure"
        role = PresentationRole(role_uri=uri, definition=f"{seq} - {category} - {title}", root=root, arcs=[])
        b.presentation.append(role)
    else:
        role = existing
    arcs = list(role.arcs)
    present = {a.child for a in arcs}
    pairs = {(a.parent, a.child) for a in arcs}
    for qn in concepts_in_order:
        if qn in present:
            continue
        # the section headings of the statement become abstracts: REVENUES > Network services > lines
        parent = role.root
        for heading in section_of.get(qn, []):
            abstract = heading_abstract(b, heading)
            b.label(abstract, heading)
            if abstract in (role.root, parent) or abstract == qn:
                continue
            if (parent, abstract) not in pairs:
                if abstract in present:
                    parent = abstract
                    continue
                arcs.append(PresentationArc(parent=parent, child=abstract, order=sum(1 for a in arcs if a.parent == parent) + 1))
                pairs.add((parent, abstract))
                present.add(abstract)
            parent = abstract
        pref = None
        if (table.id, qn) in b.flipped:
            pref = NEGATED_LABEL_ROLE
        elif (qn, PERIOD_START_LABEL_ROLE) in b.labels:
            pref = PERIOD_START_LABEL_ROLE
        elif (qn, PERIOD_END_LABEL_ROLE) in b.labels:
            pref = PERIOD_END_LABEL_ROLE
        arcs.append(PresentationArc(parent=parent, child=qn, order=sum(1 for a in arcs if a.parent == parent) + 1, preferred_label=pref))
        pairs.add((parent, qn))
        present.add(qn)
    idx = b.presentation.index(role)
    b.presentation[idx] = role.model_copy(update={"arcs": arcs})

    if table.orientation != "periods_in_columns":
        return
    # calculation: a parent row and the rows that add up to it, all plain (no dimension) and distinct
    calc_arcs: list[CalculationArc] = []
    for node in tm.nodes:
        if not node.children:
            continue
        pres = tm.res.get(node.index)
        if pres is None or pres.dims:
            continue
        pq = _row_concept(b, facts_by_row.get(node.index, []))
        kids = []
        for i in node.children:
            cres = tm.res.get(i)
            cq = _row_concept(b, facts_by_row.get(i, []))
            if cres is None or cres.dims or cq is None:
                kids = []
                break
            # (the factors the facts were written with: an expense of the company's own printed as a deduction is
            # positive, ``emit._factor``)
            w = tm.nodes[i].weight * _factor(cres, tm.nodes[i].item, kind) * _factor(pres, node.item, kind)
            kids.append((cq, w))
        if pq is None or not kids or len({k for k, _ in kids}) != len(kids) or pq in {k for k, _ in kids}:
            continue
        for order, (cq, w) in enumerate(kids, start=1):
            calc_arcs.append(CalculationArc(parent=pq, child=cq, weight=Decimal(w), order=order))
    if calc_arcs:
        uri = role.role_uri
        existing_calc = next((c for c in b.calculation if c.role_uri == uri), None)
        if existing_calc is None:
            b.calculation.append(CalculationRole(role_uri=uri, definition=role.definition, arcs=calc_arcs))
        else:
            more = _more_arcs(existing_calc.arcs, calc_arcs)
            b.calculation[b.calculation.index(existing_calc)] = existing_calc.model_copy(update={"arcs": existing_calc.arcs + more})


def _more_arcs(have: list[CalculationArc], new: list[CalculationArc]) -> list[CalculationArc]:
    """The arcs of a table to add to its role's calculation, which another table of the same title already holds: the
    sums of totals that table did not add up, and of one it did, the rows this table adds into it besides that
    table's, where this table adds all of that table's rows in with the same weights and none of them is itself a total
    in the role (Alexander's Q4 2024: the quarter's "Net Income" + "Depreciation and amortization of real property" =
    "FFO", the year's the same and "Net gain on sale of real estate" subtracted: FFO sums all three; a sum of fewer
    rows holds where the release prints no figure for the others)."""
    old: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for a in have:
        old[a.parent][a.child] = a.weight
    mine: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for a in new:
        mine[a.parent][a.child] = a.weight
    parents = set(old) | set(mine)
    more = []
    for a in new:
        if a.parent not in old:
            more.append(a)
            continue
        kids, own = old[a.parent], mine[a.parent]
        if a.child in kids or a.child in parents or any(own.get(c) != w for c, w in kids.items()):
            continue
        more.append(a.model_copy(update={"order": len(kids) + sum(1 for m in more if m.parent == a.parent) + 1}))
    return more


def _row_concept(b: Builder, facts: list[Fact]) -> str | None:
    """The concept of a row's plain (non-dimensional) facts."""
    plain = [f.concept for f in facts if not b.contexts[f.context].dims]
    if not plain or len(set(plain)) != 1:
        return None
    return plain[0]
