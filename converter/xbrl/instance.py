"""The XBRL 2.1 instance ``<prefix>-<yyyymmdd>.xml``: schemaRef, contexts, units, facts (in filing order)."""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from ..filing import Context, Fact, Unit
from .common import (
    LINK,
    XBRLDI,
    XBRLI,
    XLINK,
    XSI,
    Dts,
    XbrlWriteError,
    decimal_text,
    fact_decimal,
    q,
    split_qname,
)


def _context(dts: Dts, ctx: Context) -> etree._Element:
    filing = dts.filing
    el = etree.Element(q(XBRLI, "context"), id=ctx.id)
    entity = etree.SubElement(el, q(XBRLI, "entity"))
    ident = etree.SubElement(entity, q(XBRLI, "identifier"), scheme=filing.entity_scheme)
    ident.text = filing.entity_identifier
    if ctx.dims:
        segment = etree.SubElement(entity, q(XBRLI, "segment"))
        seen: set[str] = set()
        for dm in ctx.dims:
            where = f"context {ctx.id}"
            if dm.axis in seen:
                raise XbrlWriteError(f"{where}: axis {dm.axis} is given twice")
            seen.add(dm.axis)
            axis = dts.concept(dm.axis, where)
            dts.concept(dm.member, where)
            if axis.substitution_group != "dimension":
                raise XbrlWriteError(f"{where}: {dm.axis} is not a dimension")
            member = etree.SubElement(segment, q(XBRLDI, "explicitMember"), dimension=dm.axis)
            member.text = dm.member
    period = etree.SubElement(el, q(XBRLI, "period"))
    if ctx.period_type == "instant":
        etree.SubElement(period, q(XBRLI, "instant")).text = ctx.end.isoformat()
    else:
        if ctx.start is None:
            raise XbrlWriteError(f"context {ctx.id}: a duration needs a start date")
        if ctx.start > ctx.end:
            raise XbrlWriteError(f"context {ctx.id}: start {ctx.start} is after end {ctx.end}")
        etree.SubElement(period, q(XBRLI, "startDate")).text = ctx.start.isoformat()
        etree.SubElement(period, q(XBRLI, "endDate")).text = ctx.end.isoformat()
    return el


def _measure_check(dts: Dts, measure: str, where: str) -> None:
    prefix, _ = split_qname(measure, where)
    if prefix not in ("xbrli", "iso4217", "utr") and prefix not in dts.prefixes:
        raise XbrlWriteError(f"{where}: measure {measure} has an unknown prefix")


def _unit(dts: Dts, unit: Unit) -> etree._Element:
    where = f"unit {unit.id}"
    if not unit.numerator:
        raise XbrlWriteError(f"{where}: no measure")
    for m in unit.numerator + unit.denominator:
        _measure_check(dts, m, where)
    el = etree.Element(q(XBRLI, "unit"), id=unit.id)
    if unit.denominator:
        divide = etree.SubElement(el, q(XBRLI, "divide"))
        for part, measures in (("unitNumerator", unit.numerator), ("unitDenominator", unit.denominator)):
            holder = etree.SubElement(divide, q(XBRLI, part))
            for m in measures:
                etree.SubElement(holder, q(XBRLI, "measure")).text = m
    else:
        for m in unit.numerator:
            etree.SubElement(el, q(XBRLI, "measure")).text = m
    return el


def _fact(dts: Dts, fact: Fact, contexts: dict[str, Context], units: set[str]) -> etree._Element:
    where = f"fact {fact.id} ({fact.concept})"
    concept = dts.concept(fact.concept, where)
    if concept.abstract or concept.substitution_group != "item":
        raise XbrlWriteError(f"{where}: {fact.concept} is abstract")
    ctx = contexts.get(fact.context)
    if ctx is None:
        raise XbrlWriteError(f"{where}: unknown context {fact.context}")
    if ctx.period_type != concept.period_type:
        raise XbrlWriteError(f"{where}: a {concept.period_type} concept in {ctx.period_type} context {ctx.id}")
    el = etree.Element(q(concept.namespace, concept.name))
    el.set("id", fact.id)
    el.set("contextRef", fact.context)
    if fact.unit is not None:
        if fact.unit not in units:
            raise XbrlWriteError(f"{where}: unknown unit {fact.unit}")
        el.set("unitRef", fact.unit)
        if fact.nil:
            el.set(q(XSI, "nil"), "true")
            return el
        if fact.decimals is None:
            raise XbrlWriteError(f"{where}: a numeric fact needs decimals")
        el.set("decimals", str(fact.decimals))
        el.text = decimal_text(fact_decimal(fact), where)
        return el
    if fact.nil:
        el.set(q(XSI, "nil"), "true")
        return el
    if fact.value is None:
        raise XbrlWriteError(f"{where}: no value and not nil")
    if isinstance(fact.value, Decimal):
        raise XbrlWriteError(f"{where}: a numeric value without a unit")
    el.text = fact.value
    return el


def build_instance(dts: Dts) -> etree._Element:
    filing = dts.filing
    fixed = ["xbrli", "link", "xlink", "xbrldi", "iso4217", "xsi"]
    if any(m.startswith("utr:") for u in filing.units for m in u.numerator + u.denominator):
        fixed.insert(5, "utr")
    root = etree.Element(q(XBRLI, "xbrl"), nsmap=dts.nsmap(*fixed))
    ref = etree.SubElement(root, q(LINK, "schemaRef"))
    ref.set(q(XLINK, "type"), "simple")
    ref.set(q(XLINK, "href"), dts.names.schema)

    contexts: dict[str, Context] = {}
    for ctx in filing.contexts:
        if ctx.id in contexts:
            raise XbrlWriteError(f"context id {ctx.id} is given twice")
        contexts[ctx.id] = ctx
        root.append(_context(dts, ctx))
    units: set[str] = set()
    for unit in filing.units:
        if unit.id in units or unit.id in contexts:
            raise XbrlWriteError(f"unit id {unit.id} is given twice")
        units.add(unit.id)
        root.append(_unit(dts, unit))
    ids: set[str] = set(contexts) | units
    for fact in filing.facts:
        if fact.id in ids:
            raise XbrlWriteError(f"fact id {fact.id} is not unique in the instance")
        ids.add(fact.id)
        root.append(_fact(dts, fact, contexts, units))
    return root
