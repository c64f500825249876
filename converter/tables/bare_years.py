"""A year alone over a column beside a dated balance column, ending after the release's balance sheet date: no period.

A results release reports balances at its balance sheet date and at a dated comparative ("December 31, 2024"). A column
headed by a year alone that ends after that date, beside such a dated column, is no outlook the release states (an
outlook says so in its header, and its periods are read as forecasts there): it is a header misread, as a page break's
continuation of a balance sheet took "2025" from a wrapped label ("... as of 2 / September 30, 2025 and December 31,
2024, respectively", Circle Q3 2025 page 8: equity written at 2025-12-31 as a forecast). Its cells lose their period
(excluded ``no_period`` when mapped) instead of becoming forecasts."""

from __future__ import annotations

import re
from datetime import date

from ..knowledge import date_pattern
from ..models import Table
from .headers import FORECAST

_BARE_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*$")


def unproven_year_columns(t: Table, anchor: date) -> tuple[set[int], str | None]:
    """The value columns of ``t`` headed by a year alone that ends after ``anchor`` (read as no forecast) beside a value
    column dated as a balance at or before it, and the note that says so; (set(), None) where there are none. So too
    the columns of a year alone and of the year before it, the later not ended at ``anchor``, in a table whose title and
    notes name no outlook (``[roles] forecast``): comparatives of some part of each year, not the years themselves nor a
    forecast (FIGS Q3 2025's "Financial Results (in thousands)" over "2025 | 2024", the nine months' cash flows)."""
    dated = [c for c in t.columns if c.role == "value" and c.period is not None and c.period.kind == "instant"
             and not c.period.forecast and c.period.end <= anchor and date_pattern().search(c.period.label)]
    if not dated:
        return _comparative_years(t, anchor)
    years = {c.index for c in t.columns if c.role == "value" and c.period is not None and not c.period.forecast
             and c.period.end > anchor and _BARE_YEAR.match(c.period.label)}
    if not years:
        return set(), None
    heads = ", ".join(f"'{c.period.label.strip()}'" for c in t.columns if c.index in years)
    return years, (f"column {heads}: a year alone ending after the balance sheet date {anchor.isoformat()} beside a dated "
                   f"balance column ('{dated[0].period.label.strip()}') is no period the release reports, nor a forecast it "
                   f"states: its cells have no period")


def without_unproven_years(t: Table, anchor: date) -> Table:
    """``t`` with the cells and columns of ``unproven_year_columns`` without their period, and its note."""
    years, why = unproven_year_columns(t, anchor)
    if not years:
        return t
    return t.model_copy(update={
        "notes": [*t.notes, why],
        "columns": [c.model_copy(update={"period": None}) if c.index in years else c for c in t.columns],
        "rows": [r.model_copy(update={"cells": [c.model_copy(update={"period": None}) if c.column in years else c for c in r.cells]})
                 for r in t.rows]})


def _comparative_years(t: Table, anchor: date) -> tuple[set[int], str | None]:
    """The bare-year columns of a table that compares a year not ended at ``anchor`` with the year before it, under
    no word of an outlook (``unproven_year_columns``)."""
    values = [c for c in t.columns if c.role == "value"]
    bare = [c for c in values if c.period is not None and not c.period.forecast and c.period.kind == "duration"
            and _BARE_YEAR.match(c.period.label) and _BARE_YEAR.match(c.header)
            and c.period.start is not None and (c.period.end - c.period.start).days >= 360]
    if len(bare) != len(values):
        return set(), None  # beside columns of other periods (UnitedHealth's quarters, its years ended and the
        # "Projected Year Ended December 31, 2025"): the header names them
    later = [c for c in bare if c.period.end > anchor]
    years = {int(c.period.label.strip()) for c in bare}
    if not later or not any(int(c.period.label.strip()) - 1 in years for c in later):
        return set(), None
    if any(FORECAST.search(x) for x in [t.title, *t.context]):
        return set(), None
    heads = ", ".join(f"'{c.period.label.strip()}'" for c in bare)
    return {c.index for c in bare}, (f"columns {heads}: a year alone not ended at the balance sheet date "
                                     f"{anchor.isoformat()} beside the year before it, under no word of an outlook, "
                                     f"compares parts of the years the header does not name: its cells have no period")
