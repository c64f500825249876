"""Finishing the filing: facts printed ambiguously leave, calculations that hold stay, dimension cubes."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal, InvalidOperation, localcontext

from ..filing import CalculationArc, CalculationRole, Extension, Fact, Filing, Hypercube, Label
from .mapped import Mapped, STANDARD_DOMAINS
from .builder import Builder


def _plain(v: Decimal) -> str:
    from ..tokens import canonical

    return canonical(v)


def _balance_ok(b: Builder, arc: CalculationArc) -> bool:
    """XBRL 2.1 5.1.1.2: a positive weight joins equal balances, a negative one opposite balances."""
    p, c = b.concepts.get(arc.parent), b.concepts.get(arc.child)
    if p is None or c is None or p.balance is None or c.balance is None:
        return True
    return (p.balance == c.balance) == (arc.weight > 0)


def _calc_holds(b: Builder, role: CalculationRole) -> tuple[CalculationRole, list[str]]:
    """Keep only the summations that hold, Calc 1.1 style (round to the coarsest decimals), in every context and unit."""
    from decimal import ROUND_HALF_EVEN

    by_parent: dict[str, list[CalculationArc]] = defaultdict(list)
    for a in role.arcs:
        by_parent[a.parent].append(a)
    index: dict[tuple[str, str, str | None], Fact] = {k: f for k, f in b.facts.items()}
    keep: list[CalculationArc] = []
    dropped: list[str] = []
    for parent, arcs in by_parent.items():
        ok = True
        wrong = [a for a in arcs if not _balance_ok(b, a)]
        if wrong:
            dropped.append(f"balance: {parent}: the release adds {', '.join(a.child for a in wrong)} against the balance types of the concepts")
            continue
        for (qn, cid, uid), pf in index.items():
            if qn != parent or pf.value is None or not isinstance(pf.value, Decimal):
                continue
            kids = [(a, index.get((a.child, cid, uid))) for a in arcs]
            present = [(a, f) for a, f in kids if f is not None and isinstance(f.value, Decimal)]
            if not present:
                continue
            decs = [f.decimals for _, f in present if isinstance(f.decimals, int)] + ([pf.decimals] if isinstance(pf.decimals, int) else [])
            d = min(decs) if decs else 0
            q = Decimal(1).scaleb(-d)
            try:
                with localcontext() as dc:
                    dc.prec = 400  # figures of any size the release prints; beyond it the sum is not checked
                    total = sum((a.weight * f.value.quantize(q, rounding=ROUND_HALF_EVEN) for a, f in present), Decimal(0))
                    holds = total.quantize(q) == pf.value.quantize(q, rounding=ROUND_HALF_EVEN)
            except InvalidOperation:
                ok = False
                dropped.append(f"{parent} in {cid} ({uid}): figures too large to add")
                break
            if not holds:
                ok = False
                if len(present) < len(arcs):
                    missing = ", ".join(a.child for a, f in kids if f is None or not isinstance(f.value, Decimal))
                    dropped.append(f"incomplete: {parent}: in {cid} ({uid}) the release does not print {missing}")
                else:
                    dropped.append(f"{parent} in {cid} ({uid}): children add up to {_plain(total)}, the fact is {_plain(pf.value)}")
                break
        if ok:
            keep.extend(arcs)
    return role.model_copy(update={"arcs": keep}), dropped


def _ancestor(parents: dict[str, str], node: str, target: str) -> bool:
    """Whether ``target`` is ``node`` or above it (a member tree must have no cycle)."""
    seen = set()
    while node and node not in seen:
        if node == target:
            return True
        seen.add(node)
        node = parents.get(node, "")
    return False


def _drop_ambiguous(b: Builder) -> None:
    """Facts whose prints disagree with no print to prefer leave the instance; each print becomes an exclusion."""
    dropped: dict[str, Fact] = {}
    for key in sorted(b.ambiguous, key=lambda k: (k[0], k[1], k[2] or "")):
        f = b.facts.pop(key, None)
        if f is not None:
            dropped[f.id] = f
    if not dropped:
        return
    b.fact_order = [k for k in b.fact_order if k in b.facts]
    for o in b.outcomes:
        if o.fact in dropped:
            f = dropped[o.fact]
            o.fact, o.reason = None, "figures_disagree"
            o.detail = f"{f.concept}: the release prints disagreeing figures for this fact in tables of equal standing; none is kept"
    for f in dropped.values():
        b.notes.append(f"fact left out: {f.concept} ({f.context}): disagreeing prints at lines {', '.join(str(s.line) for s in f.sources)}")
    used = {f.context for f in b.facts.values()}
    b.contexts = {k: c for k, c in b.contexts.items() if k in used}


def _finish(b: Builder) -> Mapped:
    _drop_ambiguous(b)
    # calculations that hold
    calcs = []
    for role in b.calculation:
        kept, dropped = _calc_holds(b, role)
        b.notes.extend(f"calculation left out: {d}" for d in dropped)
        if kept.arcs:
            calcs.append(kept)
    # axes and domains used, and a definition cube per set of axes
    cubes = []
    used_axes: set[str] = set()
    for axes, primaries in sorted(b.axis_facts.items(), key=lambda kv: sorted(kv[0])):
        name = "".join(a.split(":")[1].removesuffix("Axis") for a in sorted(axes))
        uri = f"{b.namespace}/role/{name}Cube"
        table_q = b.ext_concept(f"{name}Table", type_="xbrli:stringItemType", period_type="duration", abstract=True, substitution="hypercube").qname
        items_q = b.ext_concept(f"{name}LineItems", type_="xbrli:stringItemType", period_type="duration", abstract=True).qname
        b.label(table_q, f"{name} [Table]")
        b.label(items_q, f"{name} [Line Items]")
        axes_map: dict[str, list[str]] = {}
        for axis in sorted(axes):
            used_axes.add(axis)
            domain = STANDARD_DOMAINS.get(axis, "srt:ProductsAndServicesDomain")
            members = sorted({d.member for c in b.contexts.values() for d in c.dims if d.axis == axis})
            axes_map[axis] = [domain] + members
            b.concept(axis)
            b.concept(domain)
            for m in members:
                if not m.startswith(b.prefix + ":"):
                    b.concept(m)
        used = {m for ms in axes_map.values() for m in ms}
        parents = {m: p for m, p in b.member_parent.items() if m in used and p in used and not _ancestor(b.member_parent, p, m)}
        cubes.append(Hypercube(role_uri=uri, definition=f"{900000 + len(cubes)} - Disclosure - Dimensions: {name}", table=table_q,
                               line_items=items_q, primary_items=sorted(primaries), axes=axes_map, member_parents=parents))
    facts = [b.facts[k] for k in b.fact_order]
    labels = [Label(concept=qn, role=role, text=text) for (qn, role), text in sorted(b.labels.items())]
    concepts = sorted(b.concepts.values(), key=lambda c: (c.prefix, c.name))
    imports = sorted({c.schema_location for c in concepts if c.prefix != b.prefix})
    ext = Extension(prefix=b.prefix, namespace=b.namespace, date=b.period_end, concepts=[c for c in concepts if c.prefix == b.prefix])
    filing = Filing(
        entity_scheme=b.entity_scheme,
        entity_identifier=b.entity_id,
        extension=ext,
        concepts=concepts,
        labels=labels,
        units=sorted(b.units.values(), key=lambda u: u.id),
        contexts=sorted(b.contexts.values(), key=lambda c: c.id),
        facts=facts,
        presentation=b.presentation,
        calculation=calcs,
        definition=cubes,
        imports=imports,
    )
    return Mapped(filing=filing, outcomes=b.outcomes, duplicates=b.duplicates, table_kinds=b.kinds, notes=b.notes,
                  member_parent=dict(b.member_parent), evidence=dict(b.evidence))
