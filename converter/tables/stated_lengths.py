"""How long a dated column of flows is, from a figure the prose states for a period.

A statement of flows headed by dates alone ("STATEMENT OF INCOME AND EXPENSE  December 31, 2024  December 31, 2023")
does not say how long its columns are (``slot_period._flows_ending`` excludes them as ``period_length_undetermined``), and a
release of "the 4th Quarter" and of the year could print either. A sentence of the prose that states one of the
column's own figures for a period ending on its date ("Earnings for the year ending December 31, 2024, were
$4,156,350", CMUV Bancorp FY2024, where the statement's NET INCOME prints 4,156,350) proves that column's length; the
other dated columns of the table, one a year apart each on the same day, compare like with like and take the same
length. Only figures printed in full (four digits or more, no scale word after them) are matched, and only where the
sentence names one period; a figure the prose states for two lengths, or columns proved of two lengths, prove nothing.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from ..models import LineItem, Span
from ..periods import duration_of, find_period_exprs, period_for
from .rows import Row
from .slots import Context, Slot

_UNDETERMINED = "period_length_undetermined"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")
# a sum of money printed in full: "$4,156,350", "$ 17,885,742.10"; not "$311 MM", "$4.2 million"
_FULL_AMOUNT = re.compile(
    r"(?<![\w.,])[$€£¥]\s?(\d{1,3}(?:,\d{3})+|\d{4,})(\.\d+)?(?![\d,]*\s*(?:[mb]illion|thousand|MM|bn|mn|[KMB]\b))",
    re.IGNORECASE)

StatedFigure = tuple[date, tuple[str, int], Decimal]


def stated_figures(texts: list[str]) -> frozenset[StatedFigure]:
    """(end, length, amount) of every sum printed in full in a sentence that names one period with its length and
    date ("for the year ending December 31, 2024"); an amount stated for two lengths ending the same day is dropped."""
    seen: dict[tuple[date, Decimal], set[tuple[str, int]]] = {}
    for text in texts:
        for sentence in _SENTENCE.split(text):
            amounts = [Decimal(m.group(1).replace(",", "") + (m.group(2) or "")) for m in _FULL_AMOUNT.finditer(sentence)]
            if not amounts:
                continue
            periods = {(e.date(), d) for e in find_period_exprs(sentence)
                       if (d := duration_of(e)) is not None and e.kind != "weeks_length" and e.date() is not None}
            if len(periods) != 1:
                continue
            end, length = periods.pop()
            for a in amounts:
                seen.setdefault((end, a), set()).add(length)
    return frozenset((end, next(iter(ls)), a) for (end, a), ls in seen.items() if len(ls) == 1)


def lengths_stated_in_prose(slots: list[Slot], data: list[Row], ctx: Context) -> None:
    """Give dated columns of flows whose length nothing in the table states the length the prose states for one of
    their figures; the other dated columns of the table, each on the same day of another year, the same length."""
    if not ctx.stated:
        return
    dated = [(i, s) for i, s in enumerate(slots) if s.excluded == _UNDETERMINED and s.undetermined_end is not None]
    if not dated:
        return
    by_end: dict[tuple[date, Decimal], tuple[str, int]] = {(end, a): length for end, length, a in ctx.stated}
    proved: set[tuple[str, int]] = set()
    proofs: list[Span] = []
    for i, s in dated:
        for r in data:
            if len(r.cells) != len(slots):
                continue
            a = r.cells[i].amount
            if a is None or a.value is None or a.percent:
                continue
            length = by_end.get((s.undetermined_end, abs(a.value)))
            if length is not None:
                proved.add(length)
                proofs.append(r.cells[i].span)
    if len(proved) != 1:
        return
    ends = [s.undetermined_end for _, s in dated]
    if len(set(ends)) != len(ends) or len({(d.month, d.day) for d in ends if d is not None}) != 1:
        return  # two columns ending the same day, or on different days: their lengths may differ
    length = proved.pop()
    for _, s in dated:
        assert s.undetermined_end is not None
        label = next((it.text for it in s.items if it.text.strip()), s.undetermined_end.isoformat())
        p = period_for(length, s.undetermined_end, label, cal=ctx.calendar)
        if p is not None:
            s.period, s.excluded, s.stated_by = p, None, proofs[0]


def outside_stated_block(items: list[LineItem], slots: list[Slot]) -> tuple[list[LineItem], list[tuple[tuple[str, Span], str]]]:
    """The length the prose proves holds for the statement whose figure it states: the run of rows with figures
    around that row, up to a heading or a row without figures (a run-on table may go on with another statement,
    "FINANCIAL RATIOS" after the income statement, whose "- Quarter" rows or balances are no flows of the year).
    Cells of the stated columns outside that run are excluded, as before the proof."""
    proofs = {(sp.line, sp.start) for s in slots if (sp := s.stated_by) is not None}
    cols = {k for k, s in enumerate(slots) if s.stated_by is not None}
    if not proofs:
        return items, []
    at = next((k for k, it in enumerate(items) if any((c.span.line, c.span.start) in proofs for c in it.cells)), None)

    def run(k: int) -> bool:
        return items[k].kind != "heading" and any(c.column in cols for c in items[k].cells)

    lo = hi = at if at is not None else -1
    if at is not None:
        while lo > 0 and run(lo - 1):
            lo -= 1
        while hi + 1 < len(items) and run(hi + 1):
            hi += 1
    out: list[LineItem] = []
    excluded: list[tuple[tuple[str, Span], str]] = []
    for k, it in enumerate(items):
        if at is not None and lo <= k <= hi:
            out.append(it)
            continue
        excluded.extend(((c.raw, c.span), _UNDETERMINED) for c in it.cells if c.column in cols)
        out.append(it.model_copy(update={"cells": [c for c in it.cells if c.column not in cols]}))
    return out, excluded
