"""OIM renderings of a Filing: xBRL-JSON 1.0 and xBRL-CSV 1.0 (the XBRL International Recommendations).

Both reference the extension schema ``<prefix>-<yyyymmdd>.xsd`` by its relative file name, so they must be
written into the folder that holds the schema (``write_filing``'s output folder).

OIM conventions applied here (OIM 1.0, xBRL-JSON 1.0, xBRL-CSV 1.0):

* Periods are datetimes. An XBRL 2.1 date means the END of that day for an instant or an end date, and the
  START of that day for a start date: instant 2010-09-30 -> ``2010-10-01T00:00:00``; duration 2010-04-01 ..
  2010-09-30 -> ``2010-04-01T00:00:00/2010-10-01T00:00:00``.
* The unit core dimension is absent for ``xbrli:pure`` (writing "xbrli:pure" is ``oime:illegalPureUnit``).
  Other units: numerator measures sorted and joined with ``*`` (parenthesised when more than one and a
  denominator follows), then ``/`` and the denominator the same way: ``iso4217:JPY/xbrli:shares``.
* ``decimals`` is absent for exact (INF) values, nil facts and non-numeric facts.
* The entity is the SQName ``<scheme prefix>:<identifier>``; the scheme URI is declared as a namespace
  (``cik`` for the SEC CIK scheme, ``lei`` for LEI, else ``scheme``).
* Numeric values are fixed-point text of the Decimal (``1.2E+7`` -> ``12000000``); never a float.

xBRL-CSV layout: ONE table template, ``facts``, one row per fact. Columns:
``id`` (comment column: the fact id of the XML instance), ``concept``, ``period``, ``unit``, one column per
explicit dimension (axis) used in the filing (named after the axis QName, ``srt_ProductOrServiceAxis``; empty
when the fact does not have that axis), ``decimals`` and ``value`` (the only fact column). ``value``'s
dimensions reference the other columns (``"concept": "$concept"``, ``"srt:ProductOrServiceAxis":
"$srt_ProductOrServiceAxis"`` ...); an empty referenced cell means the dimension (or decimals) is absent.
The entity is a report-level dimension. Special values: ``#nil`` for nil, ``#empty`` for an empty string,
and a leading ``#`` of a text value is escaped as ``##``.

All files are rendered in memory first and then written atomically (temporary file in the target folder,
then ``os.replace``); output is byte-identical for equal Filings.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..filing import Concept, Context, Fact, Filing, Unit
from ..tokens import canonical
from .common import FIXED_PREFIXES, XbrlWriteError, fact_decimal, file_names, measure_namespaces, write_atomically

XBRL_JSON_DOCUMENT_TYPE = "https://xbrl.org/2021/xbrl-json"
XBRL_CSV_DOCUMENT_TYPE = "https://xbrl.org/2021/xbrl-csv"

# Conventional prefixes of well-known entity identifier schemes.
ENTITY_SCHEME_PREFIXES: dict[str, str] = {
    "http://www.sec.gov/CIK": "cik",
    "http://standards.iso.org/iso/17442": "lei",
}

CSV_TABLE = "facts"
# Fixed columns of the xBRL-CSV table, in order; axis columns go between "unit" and "decimals".
_CSV_HEAD = ["id", "concept", "period", "unit"]
_CSV_TAIL = ["decimals", "value"]

_WS = re.compile(r"\s")
_COLUMN_BAD = re.compile(r"[^A-Za-z0-9_\-]")


# ---------------------------------------------------------------- file names


@dataclass(frozen=True)
class OimFileNames:
    json: str  # <prefix>-<yyyymmdd>.json
    csv_metadata: str  # <prefix>-<yyyymmdd>-metadata.json
    csv_table: str  # <prefix>-<yyyymmdd>-facts.csv


def oim_file_names(filing: Filing) -> OimFileNames:
    base = file_names(filing).schema.removesuffix(".xsd")
    return OimFileNames(json=f"{base}.json", csv_metadata=f"{base}-metadata.json", csv_table=f"{base}-{CSV_TABLE}.csv")


# ---------------------------------------------------------------- OIM value representations


def _next_day(d: date) -> date:
    return d + timedelta(days=1)


def period_text(ctx: Context) -> str:
    """OIM period: ``<S>T00:00:00/<E+1>T00:00:00`` for a duration, ``<D+1>T00:00:00`` for an instant."""
    if ctx.period_type == "instant":
        return f"{_next_day(ctx.end).isoformat()}T00:00:00"
    if ctx.start is None:
        raise XbrlWriteError(f"context {ctx.id}: a duration needs a start date")
    if ctx.start > ctx.end:
        raise XbrlWriteError(f"context {ctx.id}: start {ctx.start} is after end {ctx.end}")
    return f"{ctx.start.isoformat()}T00:00:00/{_next_day(ctx.end).isoformat()}T00:00:00"


def unit_text(unit: Unit) -> str | None:
    """OIM unit string, or None for ``xbrli:pure`` (the unit dimension is then absent)."""
    if not unit.numerator:
        raise XbrlWriteError(f"unit {unit.id}: no measure")
    if unit.numerator == ["xbrli:pure"] and not unit.denominator:
        return None

    def part(measures: list[str]) -> str:
        ms = sorted(measures)
        return ms[0] if len(ms) == 1 else "(" + "*".join(ms) + ")"

    if not unit.denominator:
        return "*".join(sorted(unit.numerator))
    return f"{part(unit.numerator)}/{part(unit.denominator)}"


def numeric_text(fact: Fact) -> str:
    """Fixed-point text of a numeric fact's value (a Decimal, or a numeric string), never an exponent."""
    return canonical(fact_decimal(fact))


# ---------------------------------------------------------------- the resolved report


@dataclass(frozen=True)
class OimFact:
    """One fact with its OIM dimensions resolved (the same for xBRL-JSON and xBRL-CSV)."""

    id: str
    concept: str
    period: str
    unit: str | None  # None: non-numeric, or numeric in xbrli:pure
    dims: tuple[tuple[str, str], ...]  # (axis, member), sorted by axis
    value: str | None  # None: nil
    decimals: int | None  # None: INF, nil or non-numeric
    numeric: bool


@dataclass(frozen=True)
class OimReport:
    namespaces: dict[str, str]  # sorted by prefix
    taxonomy: list[str]
    entity: str  # "cik:0001234567"
    facts: list[OimFact]  # filing order
    axes: list[str]  # every axis used by a fact, sorted


def _concept_prefixes(filing: Filing) -> dict[str, str]:
    ext = filing.extension
    prefixes: dict[str, str] = {}

    def add(prefix: str, namespace: str, where: str) -> None:
        known = prefixes.get(prefix) or FIXED_PREFIXES.get(prefix)
        if known is not None and known != namespace:
            raise XbrlWriteError(f"{where}: prefix {prefix} is bound to both {known} and {namespace}")
        prefixes[prefix] = namespace

    add(ext.prefix, ext.namespace, "extension")
    for c in list(ext.concepts) + list(filing.concepts):
        add(c.prefix, c.namespace, f"concept {c.qname}")
    return prefixes


def _entity(filing: Filing, namespaces: dict[str, str]) -> str:
    scheme, ident = filing.entity_scheme, filing.entity_identifier
    if not ident or _WS.search(ident):
        raise XbrlWriteError(f"entity identifier {ident!r} is empty or contains whitespace")
    prefix = next((p for p, ns in namespaces.items() if ns == scheme), None)
    if prefix is None:
        base = ENTITY_SCHEME_PREFIXES.get(scheme, "scheme")
        prefix, n = base, 2
        while prefix in namespaces:
            prefix, n = f"{base}{n}", n + 1
        namespaces[prefix] = scheme
    return f"{prefix}:{ident}"


def _qname_prefix(qname: str, where: str, namespaces: dict[str, str]) -> None:
    prefix, sep, local = qname.partition(":")
    if not sep or not prefix or not local:
        raise XbrlWriteError(f"{where}: {qname!r} is not a prefixed QName")
    if prefix not in namespaces:
        raise XbrlWriteError(f"{where}: prefix of {qname} is not bound to a namespace")


def build_report(filing: Filing) -> OimReport:
    """Resolve the Filing's facts to OIM dimensions; raises ``XbrlWriteError`` on an inconsistent Filing."""
    prefixes = _concept_prefixes(filing)
    concepts: dict[str, Concept] = {c.qname: c for c in list(filing.extension.concepts) + list(filing.concepts)}
    contexts: dict[str, Context] = {}
    for ctx in filing.contexts:
        if ctx.id in contexts:
            raise XbrlWriteError(f"context id {ctx.id} is given twice")
        contexts[ctx.id] = ctx
    units: dict[str, Unit] = {}
    for u in filing.units:
        if u.id in units:
            raise XbrlWriteError(f"unit id {u.id} is given twice")
        units[u.id] = u

    # namespaces: xbrli and iso4217 always, then the measure prefixes, the concept prefixes, the entity scheme
    namespaces: dict[str, str] = {"xbrli": FIXED_PREFIXES["xbrli"], "iso4217": FIXED_PREFIXES["iso4217"]}
    for u in filing.units:
        for m in u.numerator + u.denominator:
            p = m.partition(":")[0]
            if p in FIXED_PREFIXES and p not in prefixes:
                namespaces[p] = FIXED_PREFIXES[p]
    namespaces.update(prefixes)
    for p, ns in measure_namespaces(filing).items():
        namespaces.setdefault(p, ns)
    for u in filing.units:
        for m in u.numerator + u.denominator:
            _qname_prefix(m, f"unit {u.id}", namespaces)
    entity = _entity(filing, namespaces)

    facts: list[OimFact] = []
    seen: set[str] = set()
    axes: set[str] = set()
    for fact in filing.facts:
        where = f"fact {fact.id} ({fact.concept})"
        if fact.id in seen:
            raise XbrlWriteError(f"{where}: fact id is given twice")
        seen.add(fact.id)
        concept = concepts.get(fact.concept)
        if concept is None:
            raise XbrlWriteError(f"{where}: concept {fact.concept} is not in filing.concepts")
        ctx = contexts.get(fact.context)
        if ctx is None:
            raise XbrlWriteError(f"{where}: unknown context {fact.context}")
        if ctx.period_type != concept.period_type:
            raise XbrlWriteError(f"{where}: a {concept.period_type} concept in {ctx.period_type} context {ctx.id}")
        dims: dict[str, str] = {}
        for dm in ctx.dims:
            if dm.axis in dims:
                raise XbrlWriteError(f"context {ctx.id}: axis {dm.axis} is given twice")
            _qname_prefix(dm.axis, f"context {ctx.id}", namespaces)
            _qname_prefix(dm.member, f"context {ctx.id}", namespaces)
            dims[dm.axis] = dm.member
        axes.update(dims)
        numeric = fact.unit is not None
        unit: str | None = None
        decimals: int | None = None
        if numeric:
            u = units.get(fact.unit)
            if u is None:
                raise XbrlWriteError(f"{where}: unknown unit {fact.unit}")
            unit = unit_text(u)
            if fact.nil:
                value = None
            else:
                if fact.value is None:
                    raise XbrlWriteError(f"{where}: no value and not nil")
                if fact.decimals is None:
                    raise XbrlWriteError(f"{where}: a numeric fact needs decimals")
                value = numeric_text(fact)
                decimals = None if fact.decimals == "INF" else int(fact.decimals)
        else:
            if isinstance(fact.value, Decimal):
                raise XbrlWriteError(f"{where}: a numeric value without a unit")
            if fact.nil:
                value = None
            elif fact.value is None:
                raise XbrlWriteError(f"{where}: no value and not nil")
            else:
                value = fact.value
        facts.append(
            OimFact(
                id=fact.id,
                concept=fact.concept,
                period=period_text(ctx),
                unit=unit,
                dims=tuple(sorted(dims.items())),
                value=value,
                decimals=decimals,
                numeric=numeric,
            )
        )
    return OimReport(
        namespaces=dict(sorted(namespaces.items())),
        taxonomy=[file_names(filing).schema],
        entity=entity,
        facts=facts,
        axes=sorted(axes),
    )


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------- xBRL-JSON


def render_xbrl_json(filing: Filing, report: OimReport | None = None) -> bytes:
    """The xBRL-JSON 1.0 report of ``filing`` (UTF-8, indent 2, trailing newline); ``report``: its
    ``build_report(filing)`` when the caller has it already (built once for JSON and CSV)."""
    report = report or build_report(filing)
    facts: dict[str, dict[str, Any]] = {}
    for f in report.facts:
        dims: dict[str, str] = {"concept": f.concept, "entity": report.entity, "period": f.period}
        if f.unit is not None:
            dims["unit"] = f.unit
        dims.update(f.dims)
        entry: dict[str, Any] = {"value": f.value}
        if f.decimals is not None:
            entry["decimals"] = f.decimals
        entry["dimensions"] = dims
        facts[f.id] = entry
    doc = {
        "documentInfo": {
            "documentType": XBRL_JSON_DOCUMENT_TYPE,
            "namespaces": report.namespaces,
            "taxonomy": report.taxonomy,
        },
        "facts": facts,
    }
    return _json_bytes(doc)


def write_xbrl_json(filing: Filing, path: Path) -> Path:
    """Write the xBRL-JSON report to ``path`` (atomically) and return ``path``.

    ``path`` must be in the folder of the extension schema (the taxonomy is referenced by its file name);
    ``oim_file_names(filing).json`` is the conventional name.
    """
    data = render_xbrl_json(filing)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)
    return path


# ---------------------------------------------------------------- xBRL-CSV


def _axis_columns(axes: list[str]) -> dict[str, str]:
    """axis QName -> column name (``srt:ProductOrServiceAxis`` -> ``srt_ProductOrServiceAxis``), unique."""
    used = set(_CSV_HEAD) | set(_CSV_TAIL)
    out: dict[str, str] = {}
    for axis in axes:
        base = _COLUMN_BAD.sub("_", axis)
        if not (base[0].isalpha() or base[0] == "_"):
            base = "_" + base
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        out[axis] = name
    return out


def _csv_value(f: OimFact) -> str:
    if f.value is None:
        return "#nil"
    if f.numeric:
        return f.value
    if f.value == "":
        return "#empty"
    if f.value.startswith("#"):
        return "#" + f.value
    return f.value


def csv_bytes(rows: list[list[str]]) -> bytes:
    """RFC 4180 CSV (minimal quoting, '\\n' line ends), UTF-8 without BOM."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def render_xbrl_csv(filing: Filing, report: OimReport | None = None) -> dict[str, bytes]:
    """File name -> bytes of the xBRL-CSV report: the metadata JSON first, then the table CSV (``report`` as
    in ``render_xbrl_json``)."""
    report = report or build_report(filing)
    names = oim_file_names(filing)
    axis_cols = _axis_columns(report.axes)
    header = _CSV_HEAD + [axis_cols[a] for a in report.axes] + _CSV_TAIL

    value_dims: dict[str, str] = {"concept": "$concept", "period": "$period", "unit": "$unit"}
    value_dims.update({axis: f"${col}" for axis, col in axis_cols.items()})
    columns: dict[str, dict[str, Any]] = {"id": {"comment": True}}
    for col in header[1:-1]:
        columns[col] = {}
    columns["value"] = {"dimensions": value_dims, "decimals": "$decimals"}

    metadata = {
        "documentInfo": {
            "documentType": XBRL_CSV_DOCUMENT_TYPE,
            "namespaces": report.namespaces,
            "taxonomy": report.taxonomy,
        },
        "dimensions": {"entity": report.entity},
        "tableTemplates": {CSV_TABLE: {"columns": columns}},
        "tables": {CSV_TABLE: {"url": names.csv_table, "template": CSV_TABLE}},
    }

    rows: list[list[str]] = [header]
    for f in report.facts:
        dims = dict(f.dims)
        rows.append(
            [f.id, f.concept, f.period, f.unit or ""]
            + [dims.get(a, "") for a in report.axes]
            + ["" if f.decimals is None else str(f.decimals), _csv_value(f)]
        )
    return {names.csv_metadata: _json_bytes(metadata), names.csv_table: csv_bytes(rows)}


def write_xbrl_csv(filing: Filing, folder: Path) -> Path:
    """Write the xBRL-CSV report into ``folder`` (the extension schema's folder); return the metadata path.

    Everything is rendered first; the table is written before the metadata file that points at it, each
    atomically.
    """
    files = render_xbrl_csv(filing)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = oim_file_names(filing)
    write_atomically(folder / names.csv_table, files[names.csv_table])
    write_atomically(folder / names.csv_metadata, files[names.csv_metadata])
    return folder / names.csv_metadata
