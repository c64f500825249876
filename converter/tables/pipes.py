"""Rows of tables rendered with ``|`` between cells (text renderings of HTML tables).

A record is one table row: it usually ends with ``|`` on its line, but a cell holding a line break
(``| Three Months Ended`` / ``September 30, | | Nine Months Ended``) carries the row over several lines, and a
long label may stand alone on the line before its figures (``Other, net of tax of $3, $0, $1, and $0`` /
`` | (3) | | | 1 | |``). Renderers print a currency sign in a cell of its own only where the HTML had one, so a
cell's index is counted without those cells: then the figures of one column share an index across rows.
"""

from __future__ import annotations

import re

from ..models import Span
from .text_cells import Piece

_PIPE = re.compile(r"\|")
_MAX_RECORD_LINES = 6


def is_pipe_line(text: str) -> bool:
    """A line of a pipe-rendered table: cells separated by ``|`` (a row, or part of a row)."""
    t = text.strip()
    if "|" not in t:
        return False
    return t.startswith("|") or t.endswith("|") or " | " in t


def record_end(lines: list[str], i: int) -> int:
    """The last line (0-based) of the record starting at line ``i``: a row ends with ``|`` on its line."""
    j = i
    while (
        not lines[j].rstrip(" \t\u00a0").endswith("|")
        and j + 1 < len(lines)
        and j - i + 1 < _MAX_RECORD_LINES
        and "|" in lines[j + 1]
    ):
        j += 1
    return j


def split_record(lines: list[str], i: int, j: int) -> list[Piece]:
    """The non-empty cells of lines ``i..j`` (0-based) as pieces, one per line part, with cell indices.

    A cell that breaks over lines gives one piece per line, all with the same index. Cells holding only a
    currency sign do not count in the index (see the module's note).
    """
    cells: list[list[tuple[int, int, int]]] = [[]]  # per cell: (line no, start, end) parts
    for k in range(i, j + 1):
        text = lines[k]
        pos = 0
        for m in _PIPE.finditer(text):
            cells[-1].append((k + 1, pos, m.start()))
            cells.append([])
            pos = m.end()
        cells[-1].append((k + 1, pos, len(text)))
    pieces: list[Piece] = []
    index = 0
    for parts in cells:
        mine: list[Piece] = []
        for no, s, e in parts:
            seg = lines[no - 1][s:e]
            stripped = seg.strip(" \t\u00a0")
            if not stripped:
                continue
            s2 = s + (len(seg) - len(seg.lstrip(" \t\u00a0")))
            mine.append(Piece(stripped, Span(line=no, start=s2, end=s2 + len(stripped)), index))
        pieces.extend(mine)
        if len(mine) == 1 and mine[0].text in ("$", "US$", "€", "£", "¥"):
            continue  # a currency cell: printed only where the HTML had one
        index += 1
    return pieces
