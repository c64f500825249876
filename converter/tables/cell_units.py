"""The unit, scale and role of one cell, from its column, its row and what it prints itself."""

from __future__ import annotations

from ..knowledge import compiled
from ..models import Column
from .rows import VCell
from .slots import Context

_label_units = compiled("units", "label_units")


def cell_unit(
    col: Column, c: VCell, row_unit: str | None, share_scale: int | None, table_scale: int | None, ctx: Context, label: str,
    row_scale: int | None = None,
) -> tuple[str | None, int, str]:
    """The unit, scale and role of one cell from its column, its row and what it prints itself."""
    role = col.role
    a = c.amount
    currency = col.unit if col.unit and col.unit.isupper() and len(col.unit) == 3 else None
    if a is not None and a.currency:
        if ctx.translations and a.currency == ctx.translations[0].to_currency and a.currency != (currency or ctx.reporting_currency):
            role = "convenience"
        currency = a.currency
    if a is not None and a.percent:
        # a percentage in a change column is the change in percent
        return "pure", -2, role if role in ("percent_of_total", "yoy_percent") else "yoy_percent" if role == "change" else "ratio"
    if role in ("percent_of_total", "yoy_percent", "ratio"):
        return "pure", -2, role
    if c.unit:
        return c.unit, 0, role
    scale = col.scale
    if c.scale is not None:
        scale = c.scale
    if row_unit is None and col.unit in ("per_share", "shares", "pure"):
        row_unit = col.unit
    if row_unit in ("per_share", "per_ADS"):
        cur = currency or ctx.reporting_currency
        if cur is None:
            return None, 0, role  # an amount per share in no currency the release states: excluded by the caller
        # (in cents or pence, a row's scale of -2: ``line_items``)
        return f"{cur}/{'shares' if row_unit == 'per_share' else 'ADS'}", (row_scale if row_scale is not None and row_scale < 0 else 0), role
    if row_unit in ("shares", "ADS"):
        sc = 0 if "(shares)" in label.lower() or "(ads" in label.lower() else (
            row_scale if row_scale is not None else
            share_scale if share_scale is not None else (table_scale if table_scale is not None else scale)
        )
        # a share count repeated in a convenience column is the same count, not a translation
        return row_unit, sc, "value" if role == "convenience" else role
    if row_unit == "pure":
        # "Operative EBITDA, % | 18.7": the label says its figures are in percent (0.187); a ratio's are as printed
        return "pure", -2 if any(e.get("percent") and p.search(label) for p, e in _label_units) else 0, role
    if row_unit is not None:
        return row_unit, 0, role
    if col.unit and not currency:
        return col.unit, (0 if col.unit not in ("shares",) else scale), role
    if row_scale is not None and c.scale is None:
        scale = row_scale  # the row's label states the scale of its amounts
    return currency or ctx.reporting_currency, scale, role
