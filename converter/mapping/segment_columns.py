"""A table whose figures are one segment's column of another table of the release, printed again (rounded).

Releases summarise each segment in a small table that names the segment only in the prose before it
("UnitedHealthcare provides health care benefits ..." over "Quarterly and Annual Financial Performance (in billions)
... Revenues | $74.1 | ... | $298.2"), while a later table prints the segments in columns ("REVENUES BY BUSINESS":
"UnitedHealthcare | Optum Health | ... Total revenues | $74,132 | ..."). Where a row's figures are, within the
rounding they are printed with, one segment column's figures of a row of such a table in every period both print
(at least two), every row of the table that matches a segment column matches the same segment, and no row of the
line item a column of that segment prints ("Revenues" for "Total revenues") prints another figure, the table is
that segment's: its rows get the member the column makes (``emit._column_member``). A row matching the figures of
two segments says nothing; a table whose rows point at two segments, or at none, is left as it is."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from ..filing import LABEL_ROLE
from ..models import Table
from .builder import Builder
from .naming import _unit_id, is_currency
from .labels import label_key
from .mapped import RANGE_AXIS, STATEMENT_KINDS, _agree
from .standard_members import standard_member
from .segment_tables import TableSegment

_MIN_PERIODS = 2


def _segment_column(header: str | None) -> bool:
    """A column that names a member (a segment), not adjusted figures nor a range's bound."""
    from .emit import _non_gaap_column

    return bool(header) and not _non_gaap_column(header) and standard_member(RANGE_AXIS, header) is None


def _figures(cells) -> dict[tuple, tuple[Decimal, int]]:
    """(start, end, unit id) -> (value as printed, scaled; decimals) of a row's money figures."""
    return {(c.period.start, c.period.end, _unit_id(c.unit)): (c.value.scaleb(c.scale), c.decimals_printed - c.scale)
            for c in cells if c.role == "value" and c.value is not None and c.period is not None and c.period.kind == "duration"
            and is_currency(c.unit)}


def _matches(mine: dict, theirs: dict, at_least: int = _MIN_PERIODS) -> bool:
    """Every period both print agrees within the coarser rounding, and they print at least two together."""
    common = set(mine) & set(theirs)
    return len(common) >= at_least and all(_agree(mine[p][0], mine[p][1], theirs[p][0], theirs[p][1]) for p in common)


def _item(label: str) -> str:
    """A line item's name as a label key, without "total" ("Revenues" is "Total revenues")."""
    return re.sub(r"^total\s+", "", label_key(label))


def column_segments(b: Builder, tables: list[Table], known: set[str]) -> dict[str, TableSegment]:
    """Table id -> the segment whose column of another table its figures are (see the module's docstring); tables in
    ``known`` already have theirs."""
    from .emit import _column_member

    # (a segment-columned table, its column header, the row's label key) -> the row's figures in that column
    columns: dict[tuple[str, str, str], dict] = defaultdict(dict)
    owner: dict[tuple[str, str, str], Table] = {}
    printed: dict[tuple[str, str, str], str] = {}  # the row's label as printed
    for t in tables:
        if b.kinds.get(t.id) in STATEMENT_KINDS or t.orientation != "periods_in_columns":
            continue
        for r in t.rows:
            by_col = defaultdict(list)
            for c in r.cells:
                if _segment_column(c.dimension):
                    by_col[c.dimension].append(c)
            for header, cells in by_col.items():
                key = (t.title or "", header, label_key(r.label))
                columns[key].update(_figures(cells))
                owner.setdefault(key, t)
                printed.setdefault(key, r.label)
    out: dict[str, TableSegment] = {}
    for t in tables:
        if (t.id in known or b.kinds.get(t.id) in STATEMENT_KINDS or t.orientation != "periods_in_columns"
                or any(_segment_column(c.dimension) for c in t.columns)):
            continue
        members: set[str] | None = None
        found = []
        for r in t.rows:
            mine = _figures(c for c in r.cells if not c.dimension)
            hits = [k for k, theirs in columns.items() if _matches(mine, theirs)] if len(mine) >= _MIN_PERIODS else []
            if not hits:
                continue
            qnames = {_column_member(b, owner[k], k[1]) for k in hits}
            if len(qnames) > 1:
                continue  # the figures of two segments: the row says nothing
            members = qnames if members is None else members & qnames
            found.append((r.label, hits[0], printed[hits[0]]))
            if not members:
                break  # rows of two segments
        if not members or len(members) != 1:
            continue
        qname = next(iter(members))
        if any(_item(r.label) == _item(k[2]) and set(mine) & set(theirs) and not _matches(mine, theirs, 1) and _column_member(b, owner[k], k[1]) == qname
               for r in t.rows if (mine := _figures(c for c in r.cells if not c.dimension)) for k, theirs in columns.items()):
            continue  # a row prints another figure for the line item of the segment's column: not its table
        name = b.labels.get((qname, LABEL_ROLE), qname.split(":")[1].removesuffix("Member"))
        said = "; ".join(f"{label!r} is the {header!r} column's {row!r} of {title!r}" for label, (title, header, _), row in found[:3])
        out[t.id] = TableSegment(name=name, evidence=(
            f"structure: the table's figures are the segment {name!r}'s, printed again (rounded) from a table of segment columns: {said}"))
    return out
