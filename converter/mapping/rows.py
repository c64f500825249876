"""What a row's label says about its figures before its concept is chosen: a per-share amount printed with only a
currency sign, and a trailing-twelve-months figure (the twelve months ending at the column's date), by its label or by
a note under the table its label's marker points to.

``prepare`` returns the table with such rows rewritten (the per-share unit; the label without its "-- TTM"
marker, so that "Net income -- TTM" is chosen as net income) and the printed labels it changed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

from ..models import Period, Table
from ..tables.columns import STATED_PER_SHARE, label_unit
from .naming import is_currency
from .spelling import corrected

# "Net sales -- TTM", "Operating cash flow -- trailing twelve months (TTM)", "LTM revenue"
_TRAILING = re.compile(
    r"\s*(?:--|[-\u2013\u2014,:])?\s*\(?\b(?:ttm|ltm|trailing[ -](?:twelve|12)[ -]months?|last[ -](?:twelve|12)[ -]months?)\b\)?", re.I)


# a note under the table that says, from its first words, that its marked rows are figures of the twelve months to the
# column's date ("*12-month rolling average", "(1) Trailing twelve months", "** Last 12 months"; not "(1) Net debt to
# last twelve months' EBITDA", a ratio at the date)
_TWELVE_MONTHS_NOTE = re.compile(
    r"(?:rolling|trailing|moving|last)[ -](?:12|twelve)[ -]months?\b|(?:12|twelve)[ -]months?[ -](?:rolling|trailing|moving)\b"
    r"|(?:ttm|ltm)\b", re.I)
# a note's marker at the start of its line: asterisks (markdown may escape them: "\*"), "(1)", "1)"
_NOTE_MARK = re.compile(r"^\s*((?:\\?\*)+|\(\d{1,2}\)|\d{1,2}\))\s*")
_NOTES_READ = 8  # lines after a table read for its notes


@dataclass
class Prepared:
    table: Table
    printed: dict[str, str] = field(default_factory=dict)  # row id -> its label as printed, where changed
    trailing: set[str] = field(default_factory=set)  # row ids of trailing-twelve-months figures


def trailing_label(label: str) -> str | None:
    """The label without its trailing-twelve-months marker, or None when it has none."""
    if not _TRAILING.search(label):
        return None
    rest = re.sub(r"\s+", " ", _TRAILING.sub(" ", label)).strip(" -\u2013\u2014,:")
    return rest or None


def trailing_period(period: Period) -> Period | None:
    """The twelve months ending at a column's date, when its date ends a calendar month (a quarter of a calendar of
    months); None for a calendar of weeks, where twelve months and four quarters are not the same days."""
    end = period.end
    if end.day != calendar.monthrange(end.year, end.month)[1]:
        return None
    months = end.year * 12 + end.month - 1 - 11
    start = date(months // 12, months % 12 + 1, 1)
    return Period(kind="duration", start=start, end=end, label=f"twelve months ending {end.isoformat()}", forecast=period.forecast)


def _marked(label: str, mark: str) -> bool:
    """Whether the label carries the note's marker: the same number of asterisks, or the same "(1)" / "1)"."""
    if mark.startswith("*"):
        return re.search(rf"(?<![*\\]){re.escape(mark)}(?!\*)", label.replace("\\*", "*")) is not None
    if mark.startswith("("):
        return mark in label
    return re.search(rf"(?<![\w(]){re.escape(mark)}", label) is not None


def twelve_month_marks(table: Table, lines: Sequence[str]) -> list[str]:
    """The markers of the notes printed right under the table (one after another, blank lines between) that say the
    rows they mark are figures of the twelve months to the column's date: Kemira FY2024's "Capital employed\\* |
    1,920.1 | 2,155.5 | 1,920.1 | 2,155.5" under "Oct-Dec" and "Jan-Dec" alike, and below the table
    "\\*12-month rolling average"."""
    marks = []
    for line in lines[table.last_line:table.last_line + _NOTES_READ]:
        if not line.strip():
            continue
        m = _NOTE_MARK.match(line)
        if m is None:
            break
        if _TWELVE_MONTHS_NOTE.match(line[m.end():].strip()):
            marks.append(m.group(1).replace("\\", ""))
    return marks


def prepare(table: Table, lines: Sequence[str] = ()) -> Prepared:
    out = Prepared(table)
    marks = twelve_month_marks(table, lines) if lines else []
    rows = []
    changed = False
    for row in table.rows:
        new = row
        if label_unit(STATED_PER_SHARE.sub(" ", row.label)) in ("per_share", "per_ADS") and any(is_currency(c.unit) for c in row.cells):
            # the figure is an amount per share even where the row prints only "$": its unit says so, and a table "in
            # millions, except per share amounts" does not scale it
            cells = [c.model_copy(update={"unit": f"{c.unit}/shares", "scale": 0}) if c.role == "value" and is_currency(c.unit) else c
                     for c in row.cells]
            new = new.model_copy(update={"cells": cells})
        rest = trailing_label(row.label) if row.kind != "heading" else None
        if rest is None and row.kind != "heading" and any(_marked(row.label, m) for m in marks):
            rest = row.label  # the note says the twelve months; the label keeps its marker, as printed
        if rest is not None:
            out.printed[row.id] = row.label
            out.trailing.add(row.id)
            new = new.model_copy(update={"label": rest})
        if row.kind != "heading" and (fixed := corrected(new.label)) != new.label:
            # misspelt words read as the words they must be ("Atributable to Nonocontroling Interests"): spelling.py
            out.printed.setdefault(row.id, row.label)
            new = new.model_copy(update={"label": fixed})
        changed = changed or new is not row
        rows.append(new)
    if changed:
        out.table = table.model_copy(update={"rows": rows})
    return out
