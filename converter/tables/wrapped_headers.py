"""Column headers wrapped over two lines of a ``|``-rendered table, the upper line printing fewer cells than the lower.

A header cell whose words break over two lines is rendered as two cells, one on each line, where the HTML had one:
Palomar Q4 2024 heads its premiums by state "|  |  |  |  |  | % of | | |" over "|  | Amount | | |  | GWP | | |" four
times, "% of GWP" one column's header and "Amount" another's. Read by count and order, four "% of" over eight columns
would stand over two columns each, the amounts read as percents. Where the lower line prints one phrase over each
column and the rendering kept the cells of both lines, each upper phrase goes on with the lower phrase of its own cell,
or, when it stops mid-phrase ("% of", ``rows.ends_mid_phrase``), with the first lower phrase right of its cell (a
rendering that shifted the wrapped part by a cell: "| % of | | |" over "| GWP | | |" one cell to the right). Every
upper phrase must find a phrase of its own below, and be a role (a percent of the total, a change) naming no period
over lower phrases naming none: a period or a group's name over a line ("December 31," over "2024 | 2023 | Change";
"Segment A" over "Amount | %") spans columns, its cell the first of them. Otherwise the lines are read as before.
"""

from __future__ import annotations

from ..periods import find_period_exprs
from .headers import parse_header
from .quarter_groups import cell_indices
from .rows import Row, ends_mid_phrase


def _spans(phrase: str) -> bool:
    """A phrase that may head several columns: one that names a period, or words that are no role ("Segment A" over
    "Amount | %"). A role ("%", "% of", "% Change") heads the one column of the words under it."""
    items = parse_header(phrase)
    return not items or any(it.kind == "period" for it in items) or not any(it.kind == "role" for it in items)


def _targets(upper: list[str], up_at: list[int], texts: list[str], lower: list[str], low_at: list[int]) -> list[int] | None:
    """The lower phrase each upper phrase goes on with (``texts``: the upper cells as printed), or None."""
    if any(_spans(p) for p in upper) or any(find_period_exprs(p) for p in lower):
        return None  # a period over a line ("December 31," over "2024 | 2023 | Change"; a group's name) spans columns
    targets: list[int] = []
    for j, c in enumerate(up_at):
        t = next((i for i, lc in enumerate(low_at) if lc == c), None)
        if t is None and ends_mid_phrase(texts[j]):
            limit = up_at[j + 1] if j + 1 < len(up_at) else None
            t = next((i for i, lc in enumerate(low_at) if lc > c and (limit is None or lc < limit)), None)
        if t is None or t in targets:
            return None
        targets.append(t)
    return targets


def wraps_into(upper: Row, lower: Row, n: int, lines: list[str] | None) -> bool:
    """Whether a line of n names, one over each column, is the second line of the header cells of the line above
    ("| | % of | | |" over "| | Amount | | |  | GWP | | |"): every upper cell a role going on with a name below it. A
    line of names under periods ("December 31, 2024" over "Amount | Per ShareAmount", Gladstone Investment Q3 FY2025)
    is no such line: its names are read as before (not as the columns' headers)."""
    up_at, low_at = cell_indices(upper, lines), cell_indices(lower, lines)
    up = [f[0].strip() for f in upper.fragments if f[0].strip()]
    low = [f[0].strip() for f in lower.fragments if f[0].strip()]
    if up_at is None or low_at is None or not up or len(up) >= n or len(low) != n:
        return False
    return _targets(up, up_at, up, low, low_at) is not None


def join_wrapped_cells(read: list[list[str]], at: list[list[int] | None], texts: list[list[str]], n: int) -> list[list[str]]:
    """``read``: each header line's phrases; ``at``: the cell each phrase stands in (None where unknown); ``texts``:
    the printed text of those cells. Returns the lines with each wrapped upper line joined into the line below."""
    out = [list(p) for p in read]
    drop: set[int] = set()
    for k in range(len(out) - 1):
        upper, lower = out[k], out[k + 1]
        up_at, low_at = at[k], at[k + 1]
        if not upper or len(lower) != n or len(upper) >= n or up_at is None or low_at is None:
            continue
        if len(up_at) != len(upper) or len(low_at) != len(lower) or len(texts[k]) != len(upper):
            continue
        targets = _targets(upper, up_at, texts[k], lower, low_at)
        if targets is None:
            continue
        for j, t in enumerate(targets):
            lower[t] = f"{upper[j]} {lower[t]}"
        drop.add(k)
    return [p for k, p in enumerate(out) if k not in drop]
