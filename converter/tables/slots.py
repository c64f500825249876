"""The value columns of a table, found from its figures (by position in fixed-width text and HTML grids, by count
in flattened text), and the cells of a row fitted to them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..knowledge import knowledge
from ..models import ConvenienceTranslation, Period, Span, Table
from ..periods import Calendar, PeriodExpr
from .headers import PHRASE_KINDS, Item, parse_header
from .quarter_groups import part_phrases
from .spanning_cells import undated_length
from .residue import figures_only
from .rows import Row, VCell

_kn = knowledge()
_FOOTNOTE = re.compile(_kn.raw["footnotes"]["marker"])
_FOOTNOTE_REF = re.compile(r"^\(\d{1,2}\)$|^\*{1,3}$")  # "(2)": a reference, never a figure, in a column of its own
_PARENTHETICAL = re.compile(r"^\(.*\)$")
_LEADING_NOTE = re.compile(r"^\s*\((?:[^()]|\([^()]*\))*\)\s*(?=\S)")


@dataclass
class Context:
    """What the document as a whole says, for every table."""

    calendar: Calendar
    reporting_currency: str | None
    translations: list[ConvenienceTranslation]
    lines: list[str]
    anchor: date | None = None  # the release's own period end (its balance sheet's date), once the tables show it
    # (end, length, amount) of sums the prose states for a period (``tables.stated_lengths``)
    stated: frozenset = frozenset()


@dataclass
class Slot:
    """One column while it is being worked out."""

    pos: tuple[float, float]
    items: list[Item] = field(default_factory=list)
    period: Period | None = None
    role: str = "value"
    currency: str | None = None
    unit: str | None = None
    scale: int | None = None
    forecast: bool = False
    measure: str | None = None
    dimension: str | None = None
    translates: int | None = None
    duration: tuple[str, int] | None = None
    month_day: tuple[int, int] | None = None  # from "Three Months Ended September 30," above a line of years
    relative: PeriodExpr | None = None
    row_period_total: bool = False  # "Total" column of a table whose rows are periods
    months: int | None = None  # the length a duration phrase over the column names, without a date
    excluded: str | None = None  # why the column's cells are not facts ("range_bound": "Low" / "High" of a target)
    group: str | None = None  # a header cell over this column and others ("Optum" over "Optum Health")
    # in a table whose rows are periods, columns whose headers name no measure apart share a number
    # (``exclude_unnamed_measures``): a row printing figures in two of them has them excluded
    unnamed: int | None = None
    empty: bool = False  # a leaf whose period starts after the release's: its cell is dropped from rows (``leaves``)
    undetermined_end: date | None = None  # "12/31/2024" over flows and balances alike (``quarter_dates``)
    stated_by: Span | None = None  # the cell whose figure the prose states for the length given (``stated_lengths``)



def is_parenthetical(t: str) -> bool:
    return bool(_PARENTHETICAL.match(t.strip()))


def ordinal_count(data: list[Row]) -> int:
    counts = Counter()
    for r in data:
        if figures_only(r.label):
            continue  # chart data labels run together ("5.65.20.63.9 | 15.3"): no line item (``residue``)
        n = len(r.cells)
        # leading footnote markers do not make a column
        k = 0
        while k < n - 1 and is_footnote(r.cells[k]) and r.label:
            k += 1
        counts[n - k] += 1
    if not counts:
        return 0
    best = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    return best[0]


def _mark_at(cells: list[VCell], k: int) -> bool:
    """The k-th cell of a row, after marks only, is a footnote mark too. A bare number is a mark only as one digit, and
    once: "Lubricants (kb/d) | 77 | 87 | --" (Shell Q1 2025) and "Depreciation of property and equipment 11 11 12 12
    46" (Nephros FY2024) print figures, not marks, and taking them for marks moved the figures after them into the
    columns before (the figures are then too many for the columns: excluded, never placed by guess); "(1)", "*" may
    follow each other. (The column count, ``ordinal_count``, still passes over such cells.)"""
    if not is_footnote(cells[k]):
        return False
    if not _bare(cells[k]):
        return True
    return len(cells[k].text.strip()) == 1 and not any(_bare(c) for c in cells[:k])


def _bare(c: VCell) -> bool:
    return c.text.strip().isdigit()


def is_footnote(c: VCell) -> bool:
    t = c.text.strip()
    return bool(_FOOTNOTE.match(t)) and "," not in t and "." not in t


def positional_slots(data: list[Row], layout: str) -> list[Slot]:
    """Columns from where the figures end: right edges within two characters (fixed-width text) or the same grid
    column (HTML). HTML figures of one column that end in different grid columns (a "$" cell, a misaligned colspan)
    are one column when their ranges overlap and no row prints in both. Sorting the edges once: n log n."""
    tol = 2.0 if layout == "fixed" else 0.0
    by_edge: dict[float, list[tuple[int, VCell]]] = {}
    for k, r in enumerate(data):
        for c in r.values:
            by_edge.setdefault(c.pos[1], []).append((k, c))
    clusters: list[list[tuple[int, VCell]]] = []
    last = None
    for e in sorted(by_edge):
        if clusters and last is not None and e - last <= tol:
            clusters[-1].extend(by_edge[e])
        else:
            clusters.append(list(by_edge[e]))
        last = e
    if layout == "grid":
        merged: list[list[tuple[int, VCell]]] = []
        for cl in clusters:
            if merged:
                prev = merged[-1]
                overlap = min(c.pos[0] for _, c in cl) < max(c.pos[1] for _, c in prev)
                if overlap and not ({k for k, _ in cl} & {k for k, _ in prev}):
                    prev.extend(cl)
                    continue
            merged.append(cl)
        clusters = merged
    slots = []
    for n, cl in enumerate(clusters):
        cells = [c for _, c in cl]
        if n == 0 and len(clusters) > 1 and all(_FOOTNOTE_REF.match(c.text.strip()) for c in cells):
            continue  # a column of "(2)" markers right after the labels is footnote references, not figures
        slots.append(Slot(pos=(min(c.pos[0] for c in cells), max(c.pos[1] for c in cells))))
    return slots


def unaligned_count(data: list[Row], slots: list[Slot]) -> int:
    """The number of figures the fullest rows print, where fixed-width text's figures line up in no columns: two rows
    or more print that many (two or more), and the columns their figures fall in by position differ from row to row
    (the k-th figure of one row under another column than the k-th of the next). 0 where the columns agree."""
    printed = [[c for c in r.values if not c.empty] for r in data if r.values]
    n = max(map(len, printed), default=0)
    full = [cells for cells in printed if len(cells) == n]
    if n < 2 or len(full) < 2 or not slots:
        return 0

    def column(c: VCell) -> int:
        return min(range(len(slots)), key=lambda i: abs(c.pos[1] - slots[i].pos[1]))

    placed = {tuple(map(column, cells)) for cells in full}
    return n if len(placed) > 1 else 0


def label_area_only(r: Row, slots: list[Slot]) -> bool:
    """A line whose text stands left of every column (a note between header lines); no columns: nothing is left of them."""
    if not slots:
        return False
    left = min(s.pos[0] for s in slots)
    return bool(r.fragments) and all(f[2][1] <= left - 1 for f in r.fragments)


def is_header_row(r: Row, slots: list[Slot], positional: bool) -> bool:
    if r.years_only:
        return True
    if positional and slots:
        left = min(s.pos[0] for s in slots)
        if r.kind != "text":
            return False
        if r.grid:
            # HTML: a header row has text over the value columns; a label cell may span into them
            return any(f[2][0] >= left - 0.5 for f in r.fragments)
        # centred headers start a little left of their figures; a title starts in the label area
        inside = [f for f in r.fragments if f[2][0] >= left - 6]
        straddling = [f for f in r.fragments if f[2][0] < left - 6 < f[2][1]]
        return bool(inside) and not straddling
    label = r.label.strip()
    if is_parenthetical(label) or (label.endswith(":") and not undated_length(label)):
        return False  # "Nine Months Ended:" over the dates is a header still (``spanning_cells``)
    if r.kind == "text" and _caption_over_columns([f[0].strip() for f in r.fragments if f[0].strip()]):
        return True
    if part_phrases(r) is not None:
        return True  # "Fourth Quarter Full Year" over a line of years
    label = _LEADING_NOTE.sub("", label)  # "($ in millions, except earnings per share)  Q3 FY26  Q2 FY26"
    items = parse_header(label)
    if not items:
        return False
    useful = [i for i in items if i.kind in ("period", "unit", "role", "forecast", "actual")]
    if not useful:
        return False
    # words that go on a phrase ("% Change in Constant Currency") do not make a line of words
    text_len = sum(len(i.text) for k, i in enumerate(items)
                   if i.kind == "text" and not (k and i.text[:1].islower() and items[k - 1].kind == "role"))
    return text_len <= max(8, len(label) // 4)


def _caption_over_columns(cells: list[str]) -> bool:
    """A line whose cells (a reader that kept them) are a caption of the label column and then one column phrase
    each: "| **Income statement highlights** | | | **F2Q25** | | | **F1Q25** | | | **F2Q24** |" (Ubiquiti Q2 FY2025,
    whose caption is longer than its phrases). The caption names no period, unit or role; every other cell is only
    one (a word between them, "vs.", "Outlook", would make a phrase of its own and is read as before)."""
    if len(cells) < 2 or any(i.kind in PHRASE_KINDS for i in parse_header(cells[0])):
        return False
    if len(cells) > 3 and not any(i.kind in PHRASE_KINDS for i in parse_header(cells[1])):
        cells = cells[1:]  # two captions: "|Sr. No.|Particulars|Three Months Ended|||Nine Months Ended|||Year Ended|"
    for cell in cells[1:]:
        items = parse_header(cell)
        if not items or any(i.kind not in PHRASE_KINDS for i in items):
            return False
    return True


def inherit_columns(slots: list[Slot], prev: Table, by_order: bool = False) -> None:
    """A table without a header that continues the one before it (a page break, a line the detector could not read)
    takes its columns: by position, or in flattened text by order when it has as many."""
    for k, s in enumerate(slots):
        best = prev.columns[k] if by_order else None
        for c in prev.columns if not by_order else []:
            if c.position is None:
                continue
            overlap = min(s.pos[1], c.position[1]) - max(s.pos[0], c.position[0])
            if overlap > -2 and (best is None or abs(c.position[1] - s.pos[1]) < abs(best.position[1] - s.pos[1])):
                best = c
        if best is not None:
            s.period, s.role, s.scale, s.dimension = best.period, best.role, best.scale, best.dimension
            s.currency = best.unit if best.unit and best.unit.isupper() and len(best.unit) == 3 else None
            s.items.append(Item("text", best.header, 0, 0))
            s.inherited = True  # type: ignore[attr-defined]


def _unplaced(r: Row, cells: list[VCell], footnotes: list[VCell]) -> tuple[list, list[VCell], list[VCell]]:
    """A row none of whose figures is placed: its figures outside the columns, or, when all are footnote marks after
    a label ("Operating Assets NOI (1)" over its rows), footnote marks."""
    figures = [c for c in cells if not c.empty]
    if figures and r.label and all(is_footnote(c) for c in figures):
        return [], footnotes + figures, []
    return [], footnotes, figures


def fit_cells(r: Row, slots: list[Slot], positional: bool) -> tuple[list[tuple[VCell, int]], list[VCell], list[VCell]]:
    """Map a row's cells to columns. Returns (cell, column) pairs, footnote markers, cells outside the columns."""
    grid = r.grid
    cells = list(r.cells)
    footnotes: list[VCell] = []
    extra: list[VCell] = []
    if positional:
        out = []
        used: set[int] = set()
        order = sorted(range(len(slots)), key=lambda i: slots[i].pos[1])
        edges = [slots[i].pos[1] for i in order]
        left = min(s.pos[0] for s in slots) if slots else 0
        for c in cells:
            if c.empty:
                continue
            # the column whose right edge is nearest; HTML columns must match, text may be off by a few characters
            best = None
            if slots:
                k = bisect_left(edges, c.pos[1])
                near = min((order[j] for j in (k - 1, k) if 0 <= j < len(order)), key=lambda i: abs(c.pos[1] - slots[i].pos[1]))
                s = slots[near]
                limit = 0.5 if grid else 3
                if abs(c.pos[1] - s.pos[1]) <= limit or (not grid and s.pos[0] - 0.5 <= c.pos[1] <= s.pos[1]):
                    best = near
                elif grid and (inside := [i for i, t in enumerate(slots) if t.pos[0] <= c.pos[0] and c.pos[1] <= t.pos[1]]):
                    # an HTML cell whose span ends before its column's last grid column, inside the column's range
                    # (Adobe Q1 FY2023's targets: "456" spans grid columns 24-29 under "High", whose other figures
                    # end at 32; the column's range is made of both, ``positional_slots``): that column
                    best = inside[0] if len(inside) == 1 else None
            if best is None or best in used or (is_footnote(c) and not out and c.pos[1] < left - 1):
                if is_footnote(c) and not out:
                    footnotes.append(c)
                else:
                    extra.append(c)
                continue
            used.add(best)
            out.append((c, best))
        return out, footnotes, extra
    n = len(slots)
    while len(cells) > n and cells and r.label and _mark_at(footnotes + cells, len(footnotes)):
        footnotes.append(cells.pop(0))
    # placeholders at the ends (padding), then anywhere
    while len(cells) > n and cells and cells[0].empty:
        cells.pop(0)
    while len(cells) > n and cells and cells[-1].empty:
        cells.pop()
    while len(cells) > n and any(c.empty for c in cells):
        cells.remove(next(c for c in cells if c.empty))
    if len(cells) > n:
        # more figures than columns: which figure stands in which column is unknown, none is placed
        return _unplaced(r, cells, footnotes)
    if len(cells) < n:
        # fewer cells than columns: fill the value columns first
        value_cols = [i for i, s in enumerate(slots) if s.role in ("value",) and not s.empty]
        if len(cells) == len(value_cols):
            return list(zip(cells, value_cols)), footnotes, extra
        main = [i for i, s in enumerate(slots) if s.role in ("value", "convenience")]
        if len(cells) == len(main):
            return list(zip(cells, main)), footnotes, extra
    if len(cells) < n:
        # fewer figures than columns, and not one to each value column: which column each stands in is unknown (a
        # page number or "Exhibit 99.2" under a table, a footnote mark "(1)" after a heading, a row whose figure ran
        # into the next label); none is placed by guess
        return _unplaced(r, cells, footnotes)
    return [(c, i) for i, c in enumerate(cells)], footnotes, extra


def exclude_undistinguished(slots: list[Slot]) -> None:
    """Columns whose headers say the same (period, currency, role) and name nothing apart (a segment whose name the
    header does not give to this column) would put different figures on one fact: none of them is taken."""
    groups: dict[tuple, list[Slot]] = {}
    for s in slots:
        if s.period is None or s.excluded or s.role not in ("value", "convenience"):
            continue
        groups.setdefault((s.period.key, s.currency, s.unit, s.role, s.dimension, s.measure, s.translates), []).append(s)
    for same in groups.values():
        if len(same) > 1:
            for s in same:
                s.excluded = "columns_undistinguished"
    taken = [s for s in slots if s.period is not None and s.role in ("value", "convenience")]
    if taken and sum(1 for s in taken if s.excluded == "columns_undistinguished") * 2 >= len(taken):
        # most columns say the same: the header is not understood ("Fiscal 2025 | Fiscal 2026" over "Q1 | Q2 | Q3 |
        # Q4 | Total" twice), and the columns it seems to give apart are no more certain
        for s in taken:
            s.excluded = s.excluded or "columns_undistinguished"


def exclude_unnamed_measures(slots: list[Slot]) -> None:
    """In a table whose rows are periods, columns whose headers name no measure apart (the same measure, or none,
    in the same currency, unit and role) would put different figures of one period on one fact: they share a number
    (``Slot.unnamed``), and a row that prints figures in two of them has none of those taken (``line_items``); a row
    that prints one figure among them keeps it (FUSO Chemical FY2024's dividends table, "2nd Quarter-end | Fiscal
    year-end | Annual Dividends per share" not read as three measures; Bank of America Q4 2024's "Net Interest Income
    (GAAP) | FTE Adjustment | Total" under its "Average Deposits" rows of one figure each)."""
    groups: dict[tuple, list[Slot]] = {}
    for s in slots:
        if s.period is not None or s.excluded or s.role not in ("value", "convenience"):
            continue
        # (a column of a part of the row's year, "2nd quarter- end" over "Yen": IIJ's dividends, is named apart)
        groups.setdefault((s.currency, s.unit, s.role, s.dimension, s.measure, s.translates, s.relative and s.relative.text), []).append(s)
    for k, same in enumerate(groups.values()):
        if len(same) > 1:
            for s in same:
                s.unnamed = k
