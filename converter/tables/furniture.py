"""Page furniture of a text rendering: the page number ("Page 8 of 10") and the running header printed beside it at
every page break ("For Third Quarter Fiscal 2026, Strattec Continued ...", "May 7, 2026").

A line is furniture when it stands within a few lines before a "Page N" line, no row between them, and the same text
stands so before another one (a running header repeats; a table's title or header does not, nor is one printed at
the foot of a page: the header of a table on the next page, after the page number, is never taken). Furniture is no title,
header or row of a table, and no gap between the rows of one: a table broken by a page goes on after it
(``text_detect``). Its numbers stay in the token ledger, as page numbers or dates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from ..models import Span
from .text_cells import Piece

if TYPE_CHECKING:  # pragma: no cover
    from .text_detect import Line

_PAGE_LINE = re.compile(r"page\s+\d{1,4}(?:\s+of\s+\d{1,4})?", re.IGNORECASE)
_NEAR = 6  # lines between a page number and the running header beside it


def mark_furniture(recs: list[Line]) -> None:
    """Turn the page furniture among the rows of a text into blank rows (``reader`` "furniture") that keep their
    text for the ledger."""
    pages = [x.no for x in recs if x.kind == "text" and not x.reader and _PAGE_LINE.fullmatch(x.text.strip())]
    if len(pages) < 2:
        return

    # the first line of the stretch before each page number: at most _NEAR lines up, after the last row
    rows = sorted(x.end for x in recs if x.kind == "data")
    low = [max(p - _NEAR, rows[k - 1] + 1 if (k := bisect_left(rows, p)) else 0) for p in pages]

    def near(no: int) -> int | None:
        k = bisect_left(pages, no)
        return pages[k] if k < len(pages) and low[k] <= no else None

    candidates = [x for x in recs if x.kind == "text" and not x.reader and near(x.no) is not None]
    beside: dict[str, set[int]] = {}
    for x in candidates:
        beside.setdefault(x.text.strip(), set()).add(near(x.no))  # type: ignore[arg-type]
    repeated = Counter({t: len(ps) for t, ps in beside.items()})
    for x in candidates:
        t = x.text.strip()
        if _PAGE_LINE.fullmatch(t) or repeated[t] >= 2:
            start = x.text.index(t)
            x.kind, x.reader = "blank", "furniture"
            x.pieces = [Piece(t, Span(line=x.no, start=start, end=start + len(t)))]
            x.label, x.cells = "", None
