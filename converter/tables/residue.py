"""Rows and cells a table's reading holds that are no figures of a line item.

- A row whose "label" is itself only figures ("5.65.20.63.9 | 15.3", "(0.1)0.0 | 0.0", "2.51.4 0.00.8 | 4.7"): the
  data labels of a waterfall chart as a PDF's text prints them, run together (Shell Q1 2025, lines 64, 101-102, 108).
  No line item is named, so none of its figures is a fact; they are excluded with a reason, and the row counts for no
  column (``slots.ordinal_count``).
- A nil mark ("--", "—") in a forecast column ("Q2 2025 outlook"): "not guided", no figure of nil. A reported period
  that prints "--" states a nil; an outlook that prints it states nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .interpret import Result

# figures only: digits, decimal points, thousands separators, parentheses, signs and spaces, with a decimal figure in
# it (a year or a period named in a row of a table whose rows are periods, "2024", is a label; "0.80.10.1" is none)
_FIGURES_ONLY = re.compile(r"[\d.,()\s%+\-−–]*\d\.\d[\d.,()\s%+\-−–]*")

LABEL_IS_FIGURES = "label_is_figures"
FORECAST_NOT_GIVEN = "forecast_not_given"


def figures_only(label: str) -> bool:
    """The row's label is figures, not words (chart data labels run together)."""
    return bool(_FIGURES_ONLY.fullmatch(label.strip()))


def settle_residue(res: Result) -> Result:
    """The reading without the rows whose label is only figures and without nil marks under forecast columns; their
    cells are excluded with the reason."""
    table = res.table
    excluded = list(res.excluded)
    rows = []
    changed = False
    for item in table.rows:
        if item.kind in ("item", "total") and figures_only(item.label):
            excluded.extend(((c.raw, c.span), LABEL_IS_FIGURES) for c in item.cells)
            changed = True
            continue
        kept = []
        for c in item.cells:
            if c.nil and c.value is None and c.period is not None and c.period.forecast:
                excluded.append(((c.raw, c.span), FORECAST_NOT_GIVEN))
            else:
                kept.append(c)
        if len(kept) != len(item.cells):
            item = item.model_copy(update={"cells": kept})
            changed = True
        rows.append(item)
    if not changed:
        return res
    return replace(res, table=table.model_copy(update={"rows": rows}), excluded=excluded)
