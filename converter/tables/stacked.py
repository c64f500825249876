"""Measures printed one word per header row over the columns of a pipe-rendered table.

A renderer of an HTML table whose header cells break their words over lines prints each line as a row of its own:
"| Net | | | | Settlement | ... |" / "| Earned | | | | Expenses | ... |" / "| (Unaudited) | Premiums | | | | Incurred |
... |" (United Fire Group, "Net Earned Premiums, Net Losses and Loss Settlement Expenses and Net Loss Ratio by Line
of Business"). Read line by line the words say nothing of a column; read down each column they name its measure
("Net Earned Premiums", "Net Loss Ratio"), the same under each period. Here the words of each printed cell are joined
down the column that holds the cell, the columns being told by the cells in which the rows print their figures.

A row printed with fewer cells than the table (the renderer dropped an empty leading cell) is placed where its words
stand at the cells of the full header rows' words. Nothing is read where a word falls outside every column, where
a column's words say a period, a unit or a role, or where the measures do not tell apart every pair of columns of one
period: the columns are then left as the other readers made them.
"""

from __future__ import annotations

from collections import Counter

from .columns import label_unit
from .headers import parse_header
from .rows import Row
from .slots import Slot


def _cell_of(line: str, start: int) -> int:
    """The printed cell (every cell counted, the label's first) that holds the character at ``start``."""
    lead = 1 if line.lstrip().startswith("|") else 0
    return line[:start].count("|") - lead


def _cells(line: str) -> list[str]:
    t = line.strip()
    if t.startswith("|"):
        t = t[1:]
    if t.endswith("|"):
        t = t[:-1]
    return [c.strip() for c in t.split("|")]


def stacked_measures(slots: list[Slot], lead: list[Row], data: list[Row], lines: list[str]) -> int | None:
    """Give each column the measure its header cells name down the stacked rows; the last line of those rows (they
    are the header, no headings of the body), or None where no measure was read."""
    n = len(slots)
    heads = [r for r in lead if r.kind == "text" and 0 < r.line <= len(lines) and "|" in lines[r.line - 1]]
    if n < 2 or len(heads) < 2 or not data or any("|" not in lines[r.line - 1] for r in data):
        return None
    # the printed cell of each column's figures: one cell per column across the rows that print every column
    full = [r for r in data if len(r.cells) == n and all(not c.empty for c in r.cells)]
    if not full:
        return None
    at: list[set[int]] = [set() for _ in range(n)]
    for r in full:
        for k, c in enumerate(r.cells):
            at[k].add(_cell_of(lines[c.span.line - 1], c.span.start))
    if any(len(a) != 1 for a in at):
        return None
    figure_cell = [next(iter(a)) for a in at]
    if figure_cell != sorted(set(figure_cell)) or figure_cell[0] < 1:
        return None
    width = Counter(len(_cells(lines[r.line - 1])) for r in full).most_common(1)[0][0]
    rows = [(r.line, _cells(lines[r.line - 1])) for r in heads]
    anchors = {i for _, cells in rows if len(cells) == width for i, t in enumerate(cells) if t}
    words: list[list[str]] = [[] for _ in range(n)]
    stacked, last = 0, 0
    for no, cells in rows:
        shift = 0
        if len(cells) < width:
            # a row short of cells: placed where its words stand at the full rows' words, right or left
            own = {i for i, t in enumerate(cells) if t and i > 0}
            right = {i + width - len(cells) for i, t in enumerate(cells) if t}
            if right <= anchors and not own <= anchors:
                shift = width - len(cells)
            elif not own <= anchors:
                return None
        elif len(cells) > width:
            return None
        placed = 0
        for i, t in enumerate(cells):
            c = i + shift
            if not t or c == 0:
                continue  # the label's cell: a note on the table ("(Unaudited)"), no column's word
            k = next((k for k in range(n) if c <= figure_cell[k] and (k == 0 or c > figure_cell[k - 1])), None)
            if k is None:
                return None
            items = parse_header(t)
            if not items:
                continue
            if any(it.kind != "text" for it in items):
                continue  # a period, a unit or a role: the other readers place it
            words[k].append(t)
            placed += 1
        stacked += placed > 0
        last = max(last, no) if placed else last
    if stacked < 2 or any(not w for w in words):
        return None
    measures = [" ".join(w) for w in words]
    if any(any(it.kind != "text" for it in parse_header(m)) for m in measures):
        return None
    # the measures must tell the columns of one period apart, and each measure stand under every period alike
    if len(set(measures)) < 2 or len(set(measures)) == n:
        return None
    for k, (s, m) in enumerate(zip(slots, measures)):
        s.measure = m
        unit = label_unit(m)
        if unit in ("pure", "per_share", "shares"):
            s.unit = unit
        if unit == "pure":
            # "Net Loss Ratio" over "90.2 | %" and "26.6": a column of percentages where any of its figures says so;
            # a ratio that prints no "%" anywhere could be a multiple: not guessed
            if any(len(r.cells) == n and r.cells[k].amount is not None and r.cells[k].amount.percent for r in data):
                s.role = "ratio"
            else:
                s.excluded = s.excluded or "unit_ambiguous"
    return last
