"""Tables rendered with every cell on a line of its own and a ``|`` before each cell.

Some text renderings of HTML tables print each cell as a line and mark where a cell starts with ``|``: either on a
line of its own before the cell (``|`` / ``23,668``) or glued to the cell's text (``|$``, ``|(91``); an empty cell
is a ``|`` alone. No line of such a run holds two ``|``, which tells it from a table whose rows are lines with
``|`` between their cells. In such a run the ``|`` says nothing the line breaks do not say: a lone ``|`` is left
out and a ``|`` glued before a cell is read as a space, so the cells are lines of their own, which the reader of
the cell-per-line layout (``tables.cell_lines``) reads.
"""

from __future__ import annotations

_GAP = 3  # lines between two marked lines of one run
_MIN_LONE = 6  # lone "|" lines in a run
_SHARE = 0.3  # marked lines among the run's non-blank lines


def _marked(t: str) -> bool:
    """A line of one cell with a ``|`` before it, or a lone ``|``."""
    s = t.strip(" \t\u00a0")
    return s.startswith("|") and s.count("|") == 1


def cell_marks(lines: list[str]) -> tuple[set[int], dict[int, str]]:
    """The lines (0-based) of runs of this rendering: the lone ``|`` lines to leave out, and the lines with a ``|``
    glued before their cell, with that ``|`` read as a space (the cell keeps its columns)."""
    drop: set[int] = set()
    glued: dict[int, str] = {}
    marked = [k for k, t in enumerate(lines) if _marked(t)]
    runs: list[list[int]] = []
    for k in marked:
        if runs and k - runs[-1][-1] <= _GAP:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        a, b = run[0], run[-1]
        span = lines[a : b + 1]
        if any(t.count("|") >= 2 for t in span):
            continue  # rows with "|" between their cells: a table of pipes
        lone = [k for k in run if lines[k].strip(" \t\u00a0") == "|"]
        filled = sum(1 for t in span if t.strip(" \t\u00a0"))
        if len(lone) < _MIN_LONE or len(run) < _SHARE * filled:
            continue
        drop.update(lone)
        for k in run:
            if k not in drop:
                t = lines[k]
                at = t.index("|")
                glued[k] = t[:at] + " " + t[at + 1 :]
    return drop, glued
