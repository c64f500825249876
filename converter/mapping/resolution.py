"""What a row resolves to (``Resolution``): its concept or the extension line item to create, its dimensions and
its sign; and the label without what it says its figure includes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..filing import DimensionMember
from .signs import Sign


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
    trailing: bool = False  # a trailing-twelve-months figure: the twelve months ending at the column's date
    sign: Sign | None = None  # the decision behind negate and magnitude, with its reason (signs.py)
    concept_label: str | None = None  # the line item's label, where the row's label names only its member (location.py)
    # a segment's row whose sign only the sum it is printed in can tell (sums.signed): what it is where the sum cannot
    unsure: Resolution | None = None
    # outside the statements, the standard concept the label reads as below the table's similarity: the row's concept
    # only where the statements print its figures so (twins.near_twin)
    near: Resolution | None = None


_INCLUDING = re.compile(r"\s*\(\s*(?:including|includes|inclusive of)\b", re.I)


def without_inclusions(label: str) -> str:
    """The label without what it says its figure includes: "Interest expense (including ($381) and ($509) associated
    with variable interest entity ...)" is interest expense; the parenthesis may hold parentheses of its own."""
    out, pos = [], 0
    for m in _INCLUDING.finditer(label):
        if m.start() < pos:
            continue
        depth, end = 0, None
        for i in range(m.end() - len(m.group(0).lstrip()), len(label)):
            depth += {"(": 1, ")": -1}.get(label[i], 0)
            if depth == 0:
                end = i + 1
                break
        if end is None:
            break  # never closed: left as printed
        out.append(label[pos:m.start()])
        pos = end
    out.append(label[pos:])
    return "".join(out).strip() or label
