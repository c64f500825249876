"""The scale of a table that states none: from a table printing the same figures, from the nearest table before it
with the same line items, or from the note above a run of tables ("(In thousands, except per share figures)" over
an earnings summary and the tables printed after it, with only their headings between them)."""

from __future__ import annotations

import re
from collections import defaultdict
from statistics import median
from typing import Callable

from ..knowledge import knowledge
from ..models import Span, Table
from .prose_scale import prose_amounts, prose_scale
from .share_scale import unscaled_share_counts
from .scale_notes import scale_of as _scale_of


def _sizes_agree(t: Table, other: Table, scale: int, currency: str | None, shared_needed: bool = True) -> bool:
    """Whether the rows ``t`` shares by label with ``other`` print amounts of the same size at ``scale`` (the largest
    of each row), within a factor of 20, for one such row at least: "Net sales 12,671,939" (whole dollars) beside "Net sales $13.5" in the
    "($ millions)" table before it (Kensey Nash, quarter to September 2008) is no table in millions."""
    def amounts(u: Table, at: int | None) -> dict[str, float]:
        out: dict[str, float] = {}
        for r in u.rows:
            for c in r.cells:
                if c.value and c.unit == currency and c.role == "value" and r.label.strip():
                    k = r.label.lower().strip()
                    out[k] = max(out.get(k, 0.0), float(abs(c.value)) * 10 ** (c.scale if at is None else at))
        return out

    mine, theirs = amounts(t, scale), amounts(other, None)
    shared = [k for k in mine if k in theirs]
    if any(max(mine[k], theirs[k]) > 20 * min(mine[k], theirs[k]) for k in shared):
        return False
    if not shared and mine and theirs:
        # no row in common: the amounts of tables of one release are of one size, not ten thousand times apart
        a, b = median(mine.values()), median(theirs.values())
        if max(a, b) > 10_000 * min(a, b):
            return False
    return bool(shared) or not shared_needed


def infer_missing_scales(tables: list[Table], currency: str | None, prose_between: Callable[[int, int, int], bool],
                         dropped: list[Span] | None = None, sentences: list[str] | None = None) -> list[Table]:
    """A table that states no scale ("Full FY2010 84,500 4,800") takes the scale of a table printing the same figures.

    Linear in the release: the money of every table that states its scale is indexed once by (value, period), and
    the nearest earlier tables are looked up by the line they end on, not by a scan of every table for each one.

    A money figure printed to the cent in a table taken to be in thousands ("Book value of common stock | $ | 11.79"
    among rates, under no note of its own) is no amount in thousands: whether it is whole dollars or an amount per
    share its label does not name cannot be told. It is dropped, its span added to ``dropped``; so is the money of a
    table printed to one decimal (``_in_tenths``) whose scale no other table gives."""
    def key(c) -> tuple:
        return (c.value, c.period.key if c.period else None)

    money = [
        [c for r in t.rows for c in r.cells if c.value is not None and c.unit == currency and c.role == "value"]
        for t in tables
    ]
    # (value, period) -> {index of a table that states its scale: the scale of its last cell with that key}
    printed: dict[tuple, dict[int, int]] = defaultdict(dict)
    # (value, period) -> the scales of the share counts tables that state their scale print
    shares_printed: dict[tuple, set[int]] = defaultdict(set)
    for j, u in enumerate(tables):
        if u.scale_stated:
            for c in money[j]:
                printed[key(c)][j] = c.scale
            for r in u.rows:
                for c in r.cells:
                    if c.value is not None and c.unit == "shares" and c.role == "value":
                        shares_printed[key(c)].add(c.scale)
    ends: dict[int, list[int]] = defaultdict(list)  # last line -> places in ``out`` of tables that state a scale
    # the figures the release prints in tables that state a scale for their money ("(In millions)"), as printed
    scaled_figures = [abs(c.value) for j, u in enumerate(tables) if u.scale_stated for c in money[j] if c.scale > 0]
    # a table whose note states a scale ("(In thousands, except per share figures)") though none of its money was
    # read (PFBX Q4 2024: its earnings summary's columns not told apart): the size of the scaled figures is unknown
    unread_scale = not scaled_figures and any(
        u.scale_stated and not money[j] and (_scale_of(u.context) or 0) > 0 for j, u in enumerate(tables))

    amounts = prose_amounts(sentences or [])  # the release's sentences' amounts of money ("to $33.8 million")
    out = []
    note: tuple[int, Table] | None = None  # the scale a note above a run of tables states, and the table under it
    prev: Table | None = None
    unsure_run = False  # a table of the run since the last prose had its money excluded, its scale undetermined
    for i, t in enumerate(tables):
        if prev is not None and prose_between(prev.first_line, prev.last_line, t.first_line):
            note = None  # prose ends the run of tables a note stands over (the footnotes of the table above do not)
            unsure_run = False
        prev = t
        if note is not None and _new_section(note[1].title, t.title):
            note = None  # a heading of the note's own rank opens another part ("### KEY OPERATING METRICS" after
            # "### Financial Results (in thousands)", FIGS Q3 2025: "Net revenues per active customer | $ 209")
        if t.scale_stated:
            stated = _scale_of(t.context)
            note = (stated, t) if stated is not None else None
            unsure_run = False
        cells = money[i] if not t.scale_stated else []
        if not cells:
            if t.scale_stated:
                ends[t.last_line].append(len(out))
            out.append(t)
            continue
        hits_of: dict[int, list[int]] = defaultdict(list)
        for c in cells:
            for j, scale in printed.get(key(c), {}).items():
                if j != i:
                    hits_of[j].append(scale)
        best = None
        for j in sorted(hits_of):  # in table order: the first of the tables with most hits wins
            hits = hits_of[j]
            if len(hits) >= 2 and len(set(hits)) == 1 and (best is None or len(hits) > best[1]):
                best = (tables[j], len(hits), hits[0])
        how = "which prints {n} of the same figures for the same periods"
        if best is None:
            # the nearest table before it that states a scale and prints the same line items
            # (a row without a label names no line item: Persimmon's balance sheet prints its subtotals unlabelled,
            # and the income statement above it a row of the figures its PDF conversion cut off)
            labels = {r.label.lower() for r in t.rows if r.cells and r.label.strip()}
            near = sorted(
                k for line in range(t.first_line - 40, t.first_line) for k in ends.get(line, ())
                if labels & {r.label.lower() for r in out[k].rows if r.label.strip()}
            )
            scales = [c.scale for u in [out[k] for k in near[-1:]] for r in u.rows for c in r.cells
                      if c.value is not None and c.unit == currency and c.role == "value"]
            if scales and len(set(scales)) == 1 and _sizes_agree(t, out[near[-1]], scales[0], currency):
                best = (out[near[-1]], 0, scales[0])
                how = "the nearest table before it with the same line items"
        shares_too = True
        if best is None and note is not None and _sizes_agree(t, note[1], note[0], currency, shared_needed=False):
            # a note above the tables before it, with only their headings between ("(In thousands, except per share
            # figures)" over PFBX's earnings summary, its allowance, balance sheet and period-end tables): the money
            # is in that scale; share counts are not said to be (the note may except them, and shares are often
            # printed whole)
            best, shares_too = (note[1], 0, note[0]), False
            how = "whose note above it ({note!r}) stands over the tables after it, with no prose between them"
        said = None
        if best is None and (said := prose_scale(t, currency, amounts)) is not None and said[0] > 0:
            # the release's sentences print the figures of rows they name at a scale ("Revenues rose 0.7% to $33.8
            # million" over "TOTAL REVENUES 33,757"): the table's money is in it; its share counts are not said to be
            best, shares_too = (t, 0, said[0]), False
            how = f"the release's sentences, which print its figures so ({said[1]})"
        if best is None and said is not None:
            # the sentences print its figures as they stand ("Net income of $1,234,567" over "1,234,567")
            out.append(t.model_copy(update={"notes": t.notes + [f"no scale is stated for this table; figures are taken as "
                                                                 f"printed, as the release's sentences print them ({said[1]})"]}))
            continue
        tenths = [c for c in cells if c.scale == 0 and c.decimals_printed < 2]  # cents are amounts in units ("ARPU $ 5.23")
        if best is None and _in_tenths([c for c in cells if c.scale == 0]):
            unsure_run = True
            # money printed to one decimal under no scale ("Intangible assets | 163.8", "Total assets | 4,991.8":
            # Persimmon's balance sheet, its "£m" lost in the conversion of the PDF): an amount in units prints whole
            # or to its minor unit, never to a tenth; in millions or in billions cannot be told
            out.append(_without(t, tenths, dropped, "no scale is stated for this table, and its money is printed to one "
                                "decimal, as amounts in millions or billions are, never amounts in units: its money is "
                                "excluded (scale_undetermined)"))
            continue
        if best is None and unsure_run and not any(c.decimals_printed for c in cells):
            # right under a table whose scale could not be told, only headings between (PFBX Q4 2024's period-end
            # data, "Nonaccrual loans $ 418", under its balance sheet summary): the run shares that doubt
            out.append(_without(t, cells, dropped, "no scale is stated for this table, and the table it follows with no "
                                "prose between them has its money excluded: its money is excluded too (scale_undetermined)"))
            continue
        if best is None and _looks_scaled(cells, scaled_figures, unread_scale):
            unsure_run = True
            # whole figures in the thousands ("Cash and cash equivalents | $ | 32,307") in a release whose other tables
            # are in millions or thousands, under no note of its own: whether they are units too cannot be told
            out.append(_without(t, cells, dropped, "no scale is stated for this table, and its whole figures look like "
                                "those of the release's scaled tables: its money is excluded (scale_undetermined)"))
            continue
        if best is None:
            out.append(t.model_copy(update={"notes": t.notes + ["no scale is stated for this table; figures are taken as printed"]}))
            continue
        u, n, scale = best
        rows = []
        unsure = 0
        for r in t.rows:
            cents = [c for c in r.cells if scale == 3 and c.role == "value" and c.scale == 0 and c.unit == currency
                     and c.decimals_printed >= 2]
            if scale and _PER_ONE.search(r.label):
                # an amount per one thing ("LTM net revenue per active customer | $ 578", "Average order value | $ 317":
                # Wayfair Q3 2025) under a scale the table does not state: in units, or in the scale, cannot be told
                cents += [c for c in r.cells if c.role == "value" and c.scale == 0 and c.unit == currency and c not in cents]
            # share counts the table does not scale otherwise take the scale its money borrows only where a table that
            # states its scale prints them so (Sears Q2 2004: "Average common equivalent shares outstanding 216.5",
            # in millions on the income statement too). The money's scale says nothing of them: Byrna Q4 2024 prints
            # "22,514,644" shares under a title that excepts them; a count whose scale is not told is no fact
            counts = [c for c in r.cells if shares_too and scale and c.role == "value" and c.scale == 0
                      and c.unit == "shares" and c.value is not None and "(shares)" not in r.label.lower()]
            scaled = {id(c) for c in counts if shares_printed.get(key(c)) == {scale}}
            lost = [c for c in counts if id(c) not in scaled and shares_printed.get(key(c)) != {0}]
            unsure += len(lost)
            if cents or lost:
                r = r.model_copy(update={"cells": [c for c in r.cells if c not in cents and c not in lost]})
                if dropped is not None:
                    dropped.extend(c.span for c in cents + lost)
            # the money takes the inferred scale
            rows.append(r.model_copy(update={"cells": [
                c.model_copy(update={"scale": scale})
                if c.role == "value" and c.scale == 0 and (c.unit == currency or id(c) in scaled)
                else c
                for c in r.cells
            ]}))
        if u is t:
            rows = unscaled_share_counts(rows, shares_at_amounts=True)  # counts the per-share arithmetic puts at the money's scale
        why = f"no scale is stated for this table; scale 10^{scale} taken from " + ("" if u is t else f"table {u.id}, ") + how.format(
            n=n, note=next((x for x in u.context if _scale_of([x]) is not None), ""))
        if unsure:
            why += f"; {unsure} share counts whose scale no table states are excluded (scale_undetermined)"
        out.append(t.model_copy(update={"rows": rows, "notes": t.notes + [why]}))
    return out


def _looks_scaled(cells: list, scaled: list, unread_scale: bool = False) -> bool:
    """Money printed as whole figures, some in the thousands, none to the cent, of the size the release prints in its
    tables that state a scale (Meta's balance sheet, "32,307", "222,844", beside cash flows "(In millions)" that print
    "12,369"): the way a table in millions prints it. Figures a hundred times larger than those (SIGA's statements in
    dollars, "154,966,414", beside a table in millions) or printed to the cent are amounts in units.

    ``unread_scale``: a table states a scale but none of its money was read, so there is no size to compare with;
    whole figures, of any size, may be in that scale or in units, and cannot be told (PFBX Q4 2024, "Total assets
    $ 831,849" under its earnings summary's "(In thousands ...)")."""
    if not cells or any(c.decimals_printed for c in cells):
        return False
    if not scaled:
        return unread_scale  # "Nonaccrual loans $ 418" too: in thousands or in dollars cannot be told
    if not any(abs(c.value) >= 1000 for c in cells):
        return False
    return median(abs(c.value) for c in cells) < 100 * median(scaled)


def _in_tenths(cells: list) -> bool:
    """Most of the money printed is to one decimal ("163.8", "(917.9)"): no amount in units of a currency prints so."""
    printed = [c for c in cells if not c.nil and c.value is not None]
    return bool(printed) and sum(c.decimals_printed == 1 for c in printed) * 2 > len(printed)


def _without(t: Table, gone: list, dropped: list | None, note: str) -> Table:
    """The table without the cells ``gone`` (their spans added to ``dropped``), and the note that says why."""
    if dropped is not None:
        dropped.extend(c.span for c in gone)
    rows = [r.model_copy(update={"cells": [c for c in r.cells if c not in gone]}) for r in t.rows]
    return t.model_copy(update={"rows": rows, "notes": t.notes + [note]})


_PER_ONE = re.compile(knowledge().raw["scales"]["per_one"], re.I)  # [scales] per_one


def _rank(title: str | None) -> int | None:
    """The rank of a markdown heading ("### Financial Results": 3), None for a title that is none."""
    t = (title or "").lstrip()
    n = len(t) - len(t.lstrip("#"))
    return n if 0 < n <= 6 and t[n:n + 1] == " " else None


def _new_section(note_title: str | None, title: str | None) -> bool:
    """Whether a table's title is a markdown heading of the same rank as (or above) the heading that carries the note
    above a run of tables, and another one: the note's reach ends there."""
    a, b = _rank(note_title), _rank(title)
    return a is not None and b is not None and b <= a and (title or "").strip() != (note_title or "").strip()
