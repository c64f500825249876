"""Share counts printed in full in a table whose note scales its amounts ("(in thousands, except per share data)" over
"Weighted-average common shares outstanding, diluted | 27,206,225"): the table's own arithmetic tells, where it prints
an amount, the share count and the amount per share in one column. The amount per share is the amount divided by the
count: where it is so with the count as printed and not with the count scaled, in every column that prints the three,
the count is not scaled."""

from __future__ import annotations

from decimal import Decimal

from ..models import Cell, LineItem


def _kind(unit: str | None) -> str | None:
    if unit == "shares":
        return "shares"
    if unit is not None and unit.endswith("/shares"):
        return "per_share"
    return "money" if unit is not None and len(unit) == 3 and unit.isupper() else None


def _cells(item: LineItem, kind: str) -> dict[int, Cell]:
    return {c.column: c for c in item.cells if c.role == "value" and c.value and _kind(c.unit) == kind}


def _is(amount: Cell, count: Decimal, per_share: Cell) -> bool:
    """Whether the amount over the count is the amount per share to its printed precision (one unit of its last digit)."""
    got = amount.value.scaleb(amount.scale) / count  # type: ignore[union-attr]
    step = Decimal(1).scaleb(-per_share.decimals_printed)
    return abs(got - per_share.value.scaleb(per_share.scale)) <= step  # type: ignore[union-attr]


def unscaled_share_counts(items: list[LineItem]) -> list[LineItem]:
    """The rows, with the scale taken off share counts the per-share arithmetic says are printed in full."""
    amounts = [a for it in items if (a := _cells(it, "money"))]
    per_share = [p for it in items if (p := _cells(it, "per_share"))]
    if not amounts or not per_share:
        return items
    out = []
    for it in items:
        counts = _cells(it, "shares")
        plain = scaled = 0
        for col, count in counts.items():
            pairs = [(a[col], p[col]) for a in amounts if col in a for p in per_share if col in p]
            if any(_is(a, count.value.scaleb(count.scale), p) for a, p in pairs):  # type: ignore[union-attr]
                scaled += 1
            elif any(_is(a, count.value, p) for a, p in pairs):  # type: ignore[arg-type]
                plain += 1
        if plain and not scaled and all(c.scale > 0 for c in counts.values()):
            it = it.model_copy(update={"cells": [c.model_copy(update={"scale": 0}) if c.column in counts and _kind(c.unit) == "shares"
                                                  and c.role == "value" else c for c in it.cells]})
        out.append(it)
    return out
