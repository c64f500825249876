"""Column headers as a grid.

A table's header is every line between its title and its first row of figures. Each header line is a row of
phrases; each phrase stands over one or more columns: by position in fixed-width text and HTML grids (a cell with
colspan stands over every column under it), by count and order in flattened text (2 phrases over 4 columns stand
over 2 columns each). A phrase stands over the columns of the phrases below it that it overlaps ("Nine Months Ended"
over "2024  2023"), so a spanning phrase reaches the columns of its sub-headers even when the figures sit a little
off. A column's header is everything stacked over it, top to bottom; ``columns`` composes its meaning. Flattened text
is read by count and order in ``flat_headers.py``.

Phrases left of the first column stand over no column: a note on the label column ("($ in millions, except per
share data)", "(Shares in millions)") or a heading of the rows ("ASSETS"); they say something about the whole table.
Footnote references printed in a header ("February 3, 2024 (1)") are not part of any phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..knowledge import knowledge
from ..models import Span
from .headers import parse_header
from .quarter_groups import groups_by_parts
from .rows import Row
from .slots import Slot
from .spanning_cells import spread_lone_length

_MARKER = re.compile(r"^(?:\(\d{1,2}\)|\*{1,3}|\([a-z]\))$")
_TRAILING_MARKER = re.compile(r"\s*(?:\(\d{1,2}\)|\*{1,3})$")
_RANGE_BOUNDS = {w.lower() for w in knowledge().raw["header"]["range_bounds"]}
_NOTE_COLUMNS = {w.lower() for w in knowledge().raw["header"]["note_columns"]}
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_YEAR_ALONE = re.compile(r"^(?:FY\s?)?(?:19|20)\d{2}$")


@dataclass(frozen=True)
class Phrase:
    text: str
    line: int
    x0: float  # fixed-width text: characters; HTML: grid columns [x0, x1)
    x1: float
    span: Span | None = None


@dataclass
class HeaderGrid:
    """The header of one table: its lines of phrases, each with the columns it stands over."""

    columns: list[tuple[float, float]]
    lines: list[list[tuple[Phrase, tuple[int, ...]]]] = field(default_factory=list)
    label_area: list[Phrase] = field(default_factory=list)  # over no column: notes and row headings
    markers: list[Phrase] = field(default_factory=list)  # footnote references
    _stacks: list[list[Phrase]] | None = field(default=None, repr=False)

    def stack(self, i: int) -> list[Phrase]:
        """The phrases over column ``i``, top to bottom."""
        if self._stacks is None:
            self._stacks = [[] for _ in self.columns]
            for line in self.lines:
                for p, cols in line:
                    for c in cols:
                        self._stacks[c].append(p)
        return self._stacks[i]

    def text(self, i: int) -> str:
        return " ".join(p.text for p in self.stack(i))

    def range_bound(self, i: int) -> str | None:
        """"Low" / "High" over a column: one end of a target range, not a reported figure."""
        for p in self.stack(i):
            if p.text.strip(" ()").lower() in _RANGE_BOUNDS:
                return p.text.strip(" ()")
        return None


def _phrases(r: Row) -> list[Phrase]:
    if r.years_only:
        frags = [(c.text, c.span, c.pos) for c in r.cells if not c.empty]
    else:
        frags = list(r.fragments or [])
    return [Phrase(text=t.strip(), line=r.line, x0=x0, x1=x1, span=span) for t, span, (x0, x1) in frags if t.strip()]


def _index(ranges: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """Ranges in left-to-right order (columns, phrases of a line) for overlap queries by bisection."""
    return [r[0] for r in ranges], [r[1] for r in ranges]


def _overlapping(starts: list[float], ends: list[float], x0: float, x1: float, tol: float) -> list[int]:
    """Indices of the ranges that overlap [x0, x1) (within ``tol``): ranges do not overlap each other, so their ends
    rise; the first candidate is found by bisection and the walk stops past x1."""
    k = max(0, bisect_right(ends, x0 - tol) - 1)
    out = []
    while k < len(starts) and starts[k] - tol < x1:
        if x0 < ends[k] + tol:
            out.append(k)
        k += 1
    return out


def by_position(header_rows: list[Row], columns: list[tuple[float, float]], layout: str) -> HeaderGrid:
    """Phrases placed by where they stand: HTML grid columns exactly, fixed-width text within a character."""
    grid = HeaderGrid(columns=columns)
    if not columns:
        return grid
    tol = 0.0 if layout == "grid" else 1.0
    left = min(c[0] for c in columns)
    # bottom-up: a phrase stands over the columns it covers and those of the phrases below that it overlaps
    placed: list[list[tuple[Phrase, tuple[int, ...]]]] = []
    placed_index: list[tuple[list[float], list[float]]] = []
    starts, ends = _index(columns)
    for r in reversed(header_rows):
        line: list[tuple[Phrase, tuple[int, ...]]] = []
        for p in _phrases(r):
            if _MARKER.match(p.text):
                grid.markers.append(p)
                continue
            m = _TRAILING_MARKER.search(p.text)
            if m and m.start() > 0:
                grid.markers.append(Phrase(p.text[m.start():].strip(), p.line, p.x0, p.x1, p.span))
                p = Phrase(p.text[: m.start()], p.line, p.x0, p.x1, p.span)
            pieces = _pieces_over_columns(p, starts, ends) if layout == "fixed" else None
            if pieces:
                line.extend(pieces)
                continue
            cols = set(_overlapping(starts, ends, p.x0, p.x1, tol))
            for below, (b_starts, b_ends) in zip(reversed(placed), reversed(placed_index)):  # the nearest line below first
                under = [c for k in _overlapping(b_starts, b_ends, p.x0, p.x1, 0.0) for c in below[k][1]]
                if under:
                    cols |= set(under)
                    break
            if not cols and p.x1 <= left + tol:
                grid.label_area.append(p)
                continue
            if not cols and layout != "grid":
                # centred text a few characters off its column: the nearest one
                cx = (p.x0 + p.x1) / 2
                cols = {min(range(len(columns)), key=lambda i: abs((columns[i][0] + columns[i][1]) / 2 - cx))}
            if cols:
                line.append((p, tuple(sorted(cols))))
        placed.append(line)
        placed_index.append(_index([(q.x0, q.x1) for q, _ in line]))
    grid.lines = list(reversed(placed))
    if layout == "grid":
        grid.lines = spread_lone_length(grid.lines)
    _years_over_parts_by_position(grid)
    grid.label_area.sort(key=lambda p: (p.line, p.x0))
    return grid


def _pieces_over_columns(p: Phrase, starts: list[float], ends: list[float]) -> list[tuple[Phrase, tuple[int, ...]]] | None:
    """A phrase of fixed-width text whose words stand one space apart over different columns, each piece a period or
    a role of its own: one phrase per column. Southern Company Q4 2004 prints "2004    2003 Change" over "$2.04
    $1.97  $0.07": "2003" stands over the second figure, "Change" over the third; read as one phrase over both, the
    year's column would be a change. Only years and roles ("Change", "%") are split: pieces of a date ("June | 28,
    2003") or of words ("Year Ended") stay one phrase."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", p.text)]
    if len(words) < 2:
        return None
    groups: list[tuple[int, int, int]] = []  # (column, first char, last char)
    for a, z, _ in words:
        cols = _overlapping(starts, ends, p.x0 + a, p.x0 + z, 0.0)
        if len(cols) != 1:
            return None
        if groups and groups[-1][0] == cols[0]:
            groups[-1] = (cols[0], groups[-1][1], z)
        else:
            groups.append((cols[0], a, z))
    if len(groups) < 2:
        return None
    out = []
    for col, a, z in groups:
        text = p.text[a:z]
        items = parse_header(text)
        if not _YEAR_ALONE.match(text) and (not items or any(it.kind != "role" for it in items)):
            return None  # a piece of a date ("June | 28, 2003") or of words is no column's header of its own
        span = Span(line=p.span.line, start=p.span.start + a, end=p.span.start + z) if p.span is not None else None
        out.append((Phrase(text, p.line, p.x0 + a, p.x0 + z, span), (col,)))
    return out


def _years_over_parts_by_position(grid: HeaderGrid) -> None:
    """Year phrases over a line of bare quarters, one over each column, whose spans the rendering lost ("Fiscal 2024"
    in one cell, empty cells after it, over "Q1 | Q2 | Q3 | Q4"): each year stands over the columns from its own up
    to the next year's, where the quarters start over with each year (``quarter_groups.groups_by_parts``)."""
    for a in range(len(grid.lines) - 1):
        years, parts = grid.lines[a], grid.lines[a + 1]
        if len(years) < 2 or any(len(cols) != 1 for _, cols in parts):
            continue
        part_cols = [cols[0] for _, cols in parts]
        if part_cols != list(range(len(grid.columns))):
            continue
        groups = groups_by_parts([p.text for p, _ in years], [p.text for p, _ in parts], [min(cols) for _, cols in years], part_cols)
        if groups is not None:
            grid.lines[a] = [(p, tuple(part_cols[j] for j in g)) for (p, _), g in zip(years, groups)]
            grid._stacks = None


def assign_positional(slots: list[Slot], grid: HeaderGrid | None) -> None:
    """Fixed-width text and HTML: each column reads the phrases stacked over it as one header.

    Pieces stacked over one column ("For the 13" / "Weeks Ended" / "July 3, 2004 and") are read as one phrase.
    """
    if grid is None:
        return
    for i, s in enumerate(slots):
        stack = grid.stack(i)
        if not stack:
            continue
        joined = " ".join(p.text for p in stack)
        for it in parse_header(joined):
            it.span, it.pos, it.line = stack[0].span, (stack[0].x0, stack[0].x1), stack[0].line
            s.items.append(it)
        bound = grid.range_bound(i)
        if bound:
            s.excluded = "range_bound"
        if any(p.text.strip(" ()").lower() in _NOTE_COLUMNS for p in stack) and not any(_YEAR.search(p.text) for p in stack):
            # "Notes | 2024 | 2023": the first column refers to the notes; "(Notes)" under "2004" only says the
            # year's figures have notes: that column holds the year's figures
            s.excluded = "note_reference"
