"""Per-share rows that do not say so: placed by the sums of the table, never by the table's money scale.

A reconciliation of a per-share figure prints its adjustments per share under labels that name no unit
("Diluted earnings per common share | 1.46", "Stock-based compensation expense | 0.03", "Tax impact | (0.01)",
"Adjusted diluted earnings per common shares | 1.48"). The rows between two per-share rows whose figures add up
from the first to the second, in every column that prints them all, are per share.

Under a title or a heading that speaks per share ("Reconciliation of Adjusted Diluted Earnings Per Common Share",
"Diluted net income per share"), a row that names no unit is per share by the title and money by the table's
scale. The sums tell, and the print: rows printed to the cent are per share, rows of
whole numbers that add up among themselves are money ("GAAP net cash provided by operating activities" ... "Free
cash flow" after the per-share rows); the others are not guessed: their figures are excluded with a reason.
"""

from __future__ import annotations

from decimal import Decimal

from ..models import Cell, LineItem, Span

UNDETERMINED = "unit_undetermined"  # a per-share table's row that names no unit and that no sum places


def _is_money(c: Cell) -> bool:
    return c.role == "value" and c.unit is not None and len(c.unit) == 3 and c.unit.isupper()


def _kind(item: LineItem) -> str | None:
    """"per_share" (the row says so), "open" (names no unit; its figures are taken as money), or None."""
    if item.kind == "heading" or not item.cells:
        return None
    if item.unit == "per_share" and all(c.unit and c.unit.endswith("/shares") for c in item.cells if c.role == "value"):
        return "per_share"
    values = [c for c in item.cells if c.role == "value"]
    if item.unit is None and values and all(_is_money(c) for c in values):
        return "open"  # whatever its change columns print ("Consolidated Earnings- | $ 0.24 | $ 0.22 | $0.02"
    return "other"


def _to_the_cent(item: LineItem) -> bool:
    """Every figure the row prints has two decimals, as amounts per share do (money in thousands or millions does
    not): "Income from continuing operations | 1.20" under "Earnings per share"."""
    printed = [c for c in item.cells if not c.nil]
    return bool(printed) and all(c.decimals_printed == 2 for c in printed)


def _thousands(item: LineItem) -> bool:
    """Every figure the row prints is a whole number of a thousand or more ("Adjusted net income | $ | 41,292" over
    "Diluted adjusted earnings per share | $ | 1.52")."""
    printed = [c for c in item.cells if not c.nil]
    return bool(printed) and all(c.decimals_printed == 0 and c.value is not None and abs(c.value) >= 1000 for c in printed)


# the rows a sum is searched over: a reconciliation adds up a few dozen rows at most; bounds the search (a release
# of a thousand duplicated rows took minutes), linear in the table's rows
MAX_SUM_ROWS = 60


def _value(c: Cell | None) -> Decimal | None:
    if c is None:
        return None
    return Decimal(0) if c.nil or c.value is None else c.value


def _adds_up(rows: list[LineItem]) -> bool:
    """The first row plus the rows between equals the last row, in every column that prints a figure in each row
    (to the rounding of the printed figures), and at least one such column has an adjustment that is not zero.

    A total among the rows between stands for the rows above it ("Total Net Adjustments" after the adjustments): the
    sum is read with every row between, or with each total in place of the rows it closes."""
    return any(_adds_up_as(rows, terms) for terms in _readings(rows[1:-1]))


def _readings(middle: list[LineItem]) -> list[list[LineItem]]:
    plain = list(middle)
    if not any(r.kind == "total" for r in middle):
        return [plain]
    closed: list[LineItem] = []
    pending: list[LineItem] = []
    for r in middle:
        if r.kind == "total":
            closed.append(r)
            pending = []
        else:
            pending.append(r)
    return [plain, closed + pending]


def _adds_up_as(rows: list[LineItem], terms: list[LineItem]) -> bool:
    cols = set.intersection(*({c.column for c in r.cells if c.role == "value"} for r in rows))
    checked = False
    for col in sorted(cols):
        first, last = (next(c for c in r.cells if c.column == col and c.role == "value") for r in (rows[0], rows[-1]))
        cells = [next(c for c in r.cells if c.column == col and c.role == "value") for r in terms]
        middle = [_value(c) for c in cells]
        ends = [_value(first), _value(last)]
        if any(v is None for v in middle + ends):
            continue
        tolerance = sum((Decimal(5).scaleb(-c.decimals_printed - 1) for c in cells + [first, last] if not c.nil), Decimal(0))
        if abs(ends[0] + sum(middle, Decimal(0)) - ends[1]) > tolerance:
            return False
        checked = checked or any(v != 0 for v in middle)
    return checked


def place_per_share(items: list[LineItem], context: set[str]) -> tuple[list[LineItem], list[tuple[tuple[str, Span], str]]]:
    """The items with the per-share rows their sums (or, under a per-share title or heading: the ids in ``context``,
    their print) place made per share; the figures of rows in ``context`` that nothing places are returned as
    exclusions instead."""
    rows = [(k, it, _kind(it)) for k, it in enumerate(items)]
    rows = [(k, it, kind) for k, it, kind in rows if kind is not None]
    per_share: set[int] = set()
    money: set[int] = set()
    starts: list[int] = []  # positions in ``rows`` of the per-share rows since the last row of another unit
    for n, (k, it, kind) in enumerate(rows):
        if kind == "per_share":
            for i in reversed(starts):  # the nearest per-share row the figures add up from
                if n - i > MAX_SUM_ROWS:
                    break
                between = rows[i + 1 : n]
                if any(r[2] == "open" for r in between) and _adds_up([r[1] for r in rows[i : n + 1]]):
                    per_share.update(r[0] for r in between if r[2] == "open")
                    break
            starts.append(n)
        elif kind != "open":
            starts = []
    if context:
        # money rows that add up among themselves ("Net earnings ... | 5,543" ... "Adjusted net earnings | 6,311")
        runs: list[list[tuple[int, LineItem]]] = [[]]
        for k, it, kind in rows:
            if kind == "open" and k not in per_share and it.id in context and not _to_the_cent(it):
                runs[-1].append((k, it))
            elif runs[-1]:
                runs.append([])
        for run in runs:
            for j in range(2, len(run)):
                for i in range(j - 2, max(-1, j - MAX_SUM_ROWS - 1), -1):
                    if _adds_up([r[1] for r in run[i : j + 1]]):
                        money.update(r[0] for r in run[i : j + 1])
                        break
    out: list[LineItem] = []
    excluded: list[tuple[tuple[str, Span], str]] = []
    # a table that computes an amount per share (the amount, a count of shares, the amount per share printed to the
    # cent): an amount printed in whole thousands is the amount the shares divide. Not a reconciliation of per-share
    # figures, which prints no count: there whole numbers under a per-share title are not guessed
    cents = any((_kind(x) == "per_share" or x.id in context and _kind(x) == "open") and _to_the_cent(x) for x in items) and any(
        c.unit == "shares" for x in items for c in x.cells if c.role == "value")
    for k, it in enumerate(items):
        if k in per_share:
            cells = [c.model_copy(update={"unit": f"{c.unit}/shares", "scale": 0}) for c in it.cells]
            it = it.model_copy(update={"unit": "per_share", "cells": cells})
        elif it.id in context and k not in money and _kind(it) == "open":
            if _to_the_cent(it):  # the title or heading says per share, and so does the print
                cells = [c.model_copy(update={"unit": f"{c.unit}/shares", "scale": 0}) for c in it.cells]
                it = it.model_copy(update={"unit": "per_share", "cells": cells})
            elif cents and _thousands(it):
                pass  # whole thousands beside amounts per share printed to the cent: the amount the shares divide
            else:
                excluded.extend(((c.raw, c.span), UNDETERMINED) for c in it.cells)
                it = it.model_copy(update={"cells": []})
        out.append(it)
    return out, excluded
