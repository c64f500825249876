"""A plain CSV of a Filing's facts, for people (not xBRL-CSV).

Made for pandas (``pd.read_csv(path, parse_dates=["period_start", "period_end"])``): one fact a row, the
numeric value in a column of its own so that the column parses as numbers, one column per axis.

Columns: concept, label, period_start, period_end, one column per axis the filing uses (named by the axis
QName, sorted), unit, value, text, decimals, nil, source_line, table.

* label: the line-item label as printed (``fact.label``), else the concept's standard label (English first).
* period_start / period_end: inclusive dates, as XBRL 2.1 writes them in the instance: a duration runs from
  the start of period_start to the end of period_end; an instant has an empty period_start and its date
  (the end of that day) in period_end.
* axis columns: the member QName of that axis, empty where the fact has no member on it (the default).
* unit: the OIM unit string including ``xbrli:pure`` (``iso4217:JPY``, ``iso4217:JPY/xbrli:shares``); empty
  for non-numeric facts.
* value: numeric facts only: fixed-point Decimal text (never an exponent); empty for nil and text facts.
* text: non-numeric facts only (dates, names, flags).
* decimals: an integer, ``INF``, or empty (non-numeric and nil facts). nil: ``true`` for a nil fact, else empty.
* source_line: the line of ``fact.sources[0]``; table: ``fact.table``.

Rows are in document order: facts without a source first (in filing order), then by source line and
character, ties broken by concept, period, dimensions, unit and fact id (a stable sort). RFC 4180 quoting,
UTF-8 without BOM, '\\n' line ends; written atomically.
"""

from __future__ import annotations

from pathlib import Path

from ..filing import LABEL_ROLE, Context, Fact, Filing, Unit
from .common import XbrlWriteError, write_atomically
from .oim import csv_bytes, numeric_text, unit_text

LEADING = ["concept", "label", "period_start", "period_end"]
TRAILING = ["unit", "value", "text", "decimals", "nil", "source_line", "table"]
COLUMNS = LEADING + TRAILING  # without axis columns: a filing with no dimensional fact


def _unit_text(unit: Unit) -> str:
    """The OIM unit string; a pure number says ``xbrli:pure`` here, where OIM leaves the unit out."""
    return unit_text(unit) or "xbrli:pure"


def _standard_labels(filing: Filing) -> dict[str, str]:
    """concept -> standard label, English preferred, else the first language given."""
    out: dict[str, tuple[int, str]] = {}
    for lbl in filing.labels:
        if lbl.role != LABEL_ROLE:
            continue
        rank = 0 if lbl.lang in ("en-US", "en") else 1 if lbl.lang.startswith("en") else 2
        old = out.get(lbl.concept)
        if old is None or rank < old[0]:
            out[lbl.concept] = (rank, lbl.text)
    return {k: v[1] for k, v in out.items()}


def columns_of(filing: Filing) -> list[str]:
    """The header: the fixed columns around one column per axis used by any context (sorted)."""
    axes = sorted({d.axis for c in filing.contexts for d in c.dims})
    return LEADING + axes + TRAILING


def _row(fact: Fact, ctx: Context, units: dict[str, Unit], labels: dict[str, str], axes: list[str]) -> list[str]:
    where = f"fact {fact.id} ({fact.concept})"
    text = ""
    if fact.unit is not None:
        unit = units.get(fact.unit)
        if unit is None:
            raise XbrlWriteError(f"{where}: unknown unit {fact.unit}")
        unit_s = _unit_text(unit)
        if fact.nil:
            value = ""
        else:
            if fact.value is None:
                raise XbrlWriteError(f"{where}: no value and not nil")
            value = numeric_text(fact)
        decimals = "" if fact.nil or fact.decimals is None else str(fact.decimals)
    else:
        unit_s = ""
        value = ""
        text = "" if fact.nil or fact.value is None else str(fact.value)
        decimals = ""
    if ctx.period_type == "instant":
        start, end = "", ctx.end.isoformat()
    else:
        start, end = (ctx.start.isoformat() if ctx.start else ""), ctx.end.isoformat()
    members = {d.axis: d.member for d in ctx.dims}
    label = fact.label if fact.label else labels.get(fact.concept, "")
    line = str(fact.sources[0].line) if fact.sources else ""
    return ([fact.concept, label, start, end] + [members.get(a, "") for a in axes]
            + [unit_s, value, text, decimals, "true" if fact.nil else "", line, fact.table or ""])


def render_facts_csv(filing: Filing) -> bytes:
    contexts = {c.id: c for c in filing.contexts}
    units = {u.id: u for u in filing.units}
    labels = _standard_labels(filing)
    header = columns_of(filing)
    axes = header[len(LEADING):-len(TRAILING)]
    keyed: list[tuple[tuple, list[str]]] = []
    for i, fact in enumerate(filing.facts):
        ctx = contexts.get(fact.context)
        if ctx is None:
            raise XbrlWriteError(f"fact {fact.id} ({fact.concept}): unknown context {fact.context}")
        row = _row(fact, ctx, units, labels, axes)
        if fact.sources:
            src = fact.sources[0]
            place: tuple = (1, src.line, src.start, 0)
        else:
            place = (0, 0, 0, i)  # unsourced facts (cover information) first, in filing order
        # concept, period_end, period_start, members, unit, id
        keyed.append((place + (row[0], row[3], row[2], tuple(row[len(LEADING):-len(TRAILING)]), row[-len(TRAILING)], fact.id), row))
    keyed.sort(key=lambda kr: kr[0])
    return csv_bytes([header] + [row for _, row in keyed])


def write_facts_csv(filing: Filing, path: Path) -> Path:
    """Write the people's facts CSV to ``path`` (atomically) and return ``path``."""
    data = render_facts_csv(filing)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)
    return path
