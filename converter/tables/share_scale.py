"""Share counts printed at another scale than a table's note says: in full in a table whose note scales its amounts
("(in thousands, except per share data)" over "Weighted-average common shares outstanding, diluted | 27,206,225"),
or ADS counts at the amounts' scale under a note that exempts shares ("(Amounts in Thousands of U.S. Dollars, Except
Share and Per Share Data)" over "Basic Weighted Average Outstanding ADS | 175,008", Himax Q4 2024: 174.9 million ADSs).
The table's own arithmetic tells, where it prints an amount, the count and the amount per share (or per ADS) in one
column. The amount per share is the amount divided by the count: where it is so with the count at one scale and not
at the other, in every column that prints the three, the count is at that scale."""

from __future__ import annotations

from decimal import Decimal

from ..models import Cell, LineItem


def _kind(unit: str | None) -> str | None:
    if unit in ("shares", "ADS"):
        return unit
    if unit is not None and unit.endswith(("/shares", "/ADS")):
        return "per_" + unit.rsplit("/", 1)[1]
    return "money" if unit is not None and len(unit) == 3 and unit.isupper() else None


def _cells(item: LineItem, kind: str) -> dict[int, Cell]:
    return {c.column: c for c in item.cells if c.role == "value" and c.value and _kind(c.unit) == kind}


def _is(amount: Cell, count: Decimal, per_share: Cell) -> bool:
    """Whether the amount over the count is the amount per share to its printed precision (one unit of its last digit)."""
    got = amount.value.scaleb(amount.scale) / count  # type: ignore[union-attr]
    step = Decimal(1).scaleb(-per_share.decimals_printed)
    return abs(got - per_share.value.scaleb(per_share.scale)) <= step  # type: ignore[union-attr]


def unscaled_share_counts(items: list[LineItem], shares_at_amounts: bool = False) -> list[LineItem]:
    """The rows, with the scale taken off share counts the per-share arithmetic says are printed in full, and the
    amounts' scale put on ADS counts printed unscaled that it says are at the amounts' scale; on share counts too
    where ``shares_at_amounts`` (a table whose money only the release's sentences scale, ``scales``)."""
    amounts = [a for it in items if (a := _cells(it, "money"))]
    if not amounts:
        return items
    per_unit = {kind: [p for it in items if (p := _cells(it, "per_" + kind))] for kind in ("shares", "ADS")}
    out = []
    for it in items:
        for kind, per_share in per_unit.items():
            if per_share and (counts := _cells(it, kind)):
                it = _rescaled(it, kind, counts, amounts, per_share, shares_at_amounts)
        out.append(it)
    return out


def _rescaled(it: LineItem, kind: str, counts: dict[int, Cell], amounts: list[dict[int, Cell]],
              per_share: list[dict[int, Cell]], shares_at_amounts: bool = False) -> LineItem:
    plain = scaled = 0
    at_amounts: set[int] = set()
    for col, count in counts.items():
        pairs = [(a[col], p[col]) for a in amounts if col in a for p in per_share if col in p]
        if count.scale > 0:
            if any(_is(a, count.value.scaleb(count.scale), p) for a, p in pairs):  # type: ignore[union-attr]
                scaled += 1
            elif any(_is(a, count.value, p) for a, p in pairs):  # type: ignore[arg-type]
                plain += 1
        elif kind == "ADS" or shares_at_amounts:  # printed unscaled: in full, or at the amounts' scale (Himax's ADSs;
            # Rubio's shares, its money scaled by the release's sentences: "Basic 9,311" beside "NET INCOME 489", "$0.053")
            if any(_is(a, count.value, p) for a, p in pairs):  # type: ignore[arg-type]
                plain += 1
            else:
                fits = {a.scale for a, p in pairs if a.scale > 0 and _is(a, count.value.scaleb(a.scale), p)}  # type: ignore[union-attr]
                if len(fits) == 1:
                    scaled += 1
                    at_amounts |= fits
    if plain and not scaled and all(c.scale > 0 for c in counts.values()):
        scale = 0
    elif scaled and not plain and len(at_amounts) == 1 and all(c.scale == 0 for c in counts.values()):
        scale = next(iter(at_amounts))
    else:
        return it
    return it.model_copy(update={"cells": [c.model_copy(update={"scale": scale}) if c.column in counts and _kind(c.unit) == kind
                                           and c.role == "value" else c for c in it.cells]})
