"""Tables whose columns name measures as well as periods ("Net Earned Premiums | Net Losses ... Incurred | Net Loss
Ratio" under "2024" and again under "2023"), their rows the parts the measures are broken down by (lines of business).

Each measure is mapped as a table of its own: the rows with the cells of that measure's columns only, titled by the
measure, so that the rows that add up are read as members of the measure, as in a table that prints one measure by
line of business ("Net Written Premiums by Line of Business"). A row's cells of different measures are never one line
item. Rates add up to nothing: a row of a rate is named with its measure ("Workers' compensation Net Loss Ratio"),
never by the row's label alone, which names no measure."""

from __future__ import annotations

import re

from ..models import Table

_AVERAGE = re.compile(r"\baverage\b", re.I)


def by_measure(table: Table) -> list[Table] | None:
    """One table per measure its columns name, in the order printed; None where the columns name no measure."""
    if table.orientation != "periods_in_columns" or not any(c.measure_label for c in table.columns):
        return None
    columns = [c.model_copy(update={"measure_label": None}) for c in table.columns]
    parts: list[Table] = []
    for m in dict.fromkeys(c.measure_label for c in table.columns if c.measure_label):
        keep = {c.index for c in table.columns if c.measure_label == m}
        rate = all(c.unit == "pure" for c in table.columns if c.index in keep)
        # an average balance is no amount of the row's line item either: named with its measure ("Loans Average
        # Balance" beside "Loans" under "Interest", Yardville Q4 2002's average balances, interest and yields)
        named = rate or bool(_AVERAGE.search(m))
        rows = []
        for r in table.rows:
            update: dict = {"cells": [c for c in r.cells if c.column in keep]}
            if named and r.kind != "heading":
                update["label"] = f"{r.label} {m}"
            rows.append(r.model_copy(update=update))
        parts.append(table.model_copy(update={"title": m, "rows": rows, "columns": columns}))
    return parts
