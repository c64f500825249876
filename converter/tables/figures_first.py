"""Rows that print their figures before their label: a text rendering of a PDF that puts a row's figures first
("69,234 66,281 72,478 Revenue1", "1,711 (4,899) (1,995) - Currency translation differences1").

A line is such a row when it starts with a run of two or more figures, one space apart (the cells of a flattened
rendering: a wider gap is a fixed-width layout, whose empty cells cannot be counted), followed by a label. A lone
dash between the figures and the label is the label's bullet ("- Currency translation differences"), not a nil.
A signed change ("+415") among the figures is a figure (``rows.parse_cell``).

Whether the rows of a table are read so is told by the table, not by the line: only where its rows consistently
print figures first (at least two such rows, and no row of two figures or more printed label first) are they read,
their figures standing in the columns of the header by order, as a flattened row's do. Elsewhere (a table that
prints its labels first, with a heading that happens to start with numbers) such a line is the text line it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text_detect import _MAX_LABEL, _NUM, _SENTENCE_END, _YEAR, _cur, _is_prose, _nil, _sentence_like

if TYPE_CHECKING:  # pragma: no cover
    from .text_detect import Line

# a cell of the leading run: an amount with its currency, parentheses and percent, a change with its sign ("+415"),
# a nil; no unit word after it, which is the label's first word ("(462) Shares held in trust: ...")
_LEAD_CELL = re.compile(
    rf"(?:(?:\(\s?(?:(?:{_cur})\s{{0,6}})?|(?:(?:{_cur})\s{{0,6}})?(?:\(|[-−–+])?)(?:{_NUM})(?:\s?%)?\)?%?\*{{0,3}}"
    rf"|(?:(?:{_cur})\s{{0,6}})?(?:{_nil}))(?= |$)",
    re.IGNORECASE,
)
_BULLET_DASH = frozenset({"-", "\u2013"})
# what a label starts with: a letter, or a parenthesis before one ("(Increase)/decrease in inventories")
_LABEL_START = re.compile(r"\(?[^\W\d_]")
_MIN_ROWS = 2  # rows of a table that must print figures first


def leading_cells(text: str) -> tuple[list[tuple[str, int, int]], int] | None:
    """The figures a line starts with and where its label starts, or None when the line is no such row."""
    stripped = text.rstrip(" \t")
    pos = len(stripped) - len(stripped.lstrip(" \t"))
    cells: list[tuple[str, int, int]] = []
    while pos < len(stripped):
        m = _LEAD_CELL.match(stripped, pos)
        if m is None or m.end() == pos:
            break
        cells.append((m.group(0), m.start(), m.end()))
        pos = m.end()
        if stripped[pos : pos + 1] != " ":
            break
        pos += 1
    if not cells or pos >= len(stripped):
        return None
    if stripped[pos : pos + 1].isspace():
        return None  # figures two or more spaces apart from the label: a fixed-width layout
    if cells[-1][0] in _BULLET_DASH:
        cells.pop()  # the label's bullet
    real = [c for c in cells if c[0].strip("\u00a0 ")]
    if len(real) < 2 or all(_YEAR.match(c[0]) for c in real) or len(real) != len(cells):
        return None  # one figure ("2025 Outlook"), years over columns ("2025 2024 Change")
    if any(stripped[a[2] : b[1]] != " " for a, b in zip(cells, cells[1:])):
        return None
    label = stripped[pos:]
    if not _LABEL_START.match(label) or len(label) > _MAX_LABEL:
        return None
    if _SENTENCE_END.search(label) or _is_prose(label) or (len(real) <= 2 and _sentence_like(label)):
        return None
    return cells, pos


def figures_first_line(no: int, text: str) -> Line | None:
    """A line that prints its figures before its label, as a data row (``Line.first``), or None."""
    from .text_detect import Line

    found = leading_cells(text)
    if found is None:
        return None
    cells, start = found
    end = len(text.rstrip(" \t"))
    return Line(no, text, "data", label=text[start:end], label_span=(start, end), cells=cells,
                gaps=[1] * len(cells), first=True)


def not_consistent(group: list[Line]) -> list[Line]:
    """The rows of a table that print figures first, where the table does not consistently: fewer than two of
    them, or a row of two figures or more printed label first beside them (a page number, a single figure after
    a label, a header of years read as a row, say nothing of the table's layout)."""
    from .text_regions import figure_count

    first = [x for x in group if x.kind == "data" and x.first]
    if not first:
        return []
    label_first = [x for x in group if x.kind == "data" and not x.first and figure_count(x) >= 2
                   and not all(_YEAR.match(c[0]) for c in (x.cells or []) if c[0].strip("\u00a0 "))]
    if len(first) >= _MIN_ROWS and not label_first:
        return []
    return first


def as_text(x: Line) -> None:
    """A row that printed figures first, back to the text line it is outside a table of such rows."""
    stripped = x.text.rstrip(" \t").strip(" \u00a0\t")
    start = len(x.text) - len(x.text.lstrip(" \u00a0\t"))
    x.kind, x.label, x.label_span = "text", stripped, (start, start + len(stripped))
    x.cells, x.gaps, x.first = None, None, False
