"""One HTML table that holds several: after its rows, a sentence of prose and then the table's column header again.

Releases often print footnote tables inside the grid of the table they annotate ("(B) Stock-based compensation
consists of the following:", then "Three Months Ended | Nine Months Ended", the dates again, and rows "Cost of
revenue", "Research and development"). Read as one table, those rows would stand under the last heading of the
table above ("Diluted net income per share") and be taken for its line items. The text table detector already
starts a new table after prose; this does the same for a grid: the sentence becomes the new table's title.

A header printed again without prose before it (a balance sheet continued on another page) is no new table.
"""

from __future__ import annotations

import re

from ..models import RawRow, RawTable
from .titles import is_sentence

# a cell that is a figure: "15,157", "$ 15,157", "(1,637", "(1,637)", "73.4%"
_FIGURE = re.compile(r"\(?\$?\s*\d[\d,]*(?:\.\d+)?\s*\)?%?")
# header lines between the sentence and the repeated header line, at most
_HEADER_LINES = 3


def _texts(row: RawRow) -> tuple[str, ...]:
    return tuple(" ".join(c.text.split()) for c in row.cells if c.text.strip())


def _is_data(row: RawRow) -> bool:
    """A row of figures: a label, then at least one figure."""
    texts = _texts(row)
    return len(texts) >= 2 and re.search(r"[A-Za-z]", texts[0]) is not None and any(_FIGURE.fullmatch(t) for t in texts[1:])


def _is_prose(row: RawRow) -> bool:
    texts = _texts(row)
    return len(texts) == 1 and (is_sentence(texts[0]) or texts[0].endswith(":") and len(texts[0].split()) >= 6)


def split_repeated_header(raw: RawTable) -> list[RawTable]:
    """``raw`` as the tables it holds (itself alone, mostly)."""
    out: list[RawTable] = []
    while (cut := _cut(raw.rows)) is not None:
        rows = raw.rows
        out.append(raw.model_copy(update={"rows": rows[:cut], "last_line": rows[cut - 1].line}))
        raw = RawTable(layout=raw.layout, first_line=rows[cut].line, last_line=raw.last_line, rows=rows[cut:], caption="",
                       offset=raw.offset)
    return out + [raw]


def _cut(rows: list[RawRow]) -> int | None:
    """Where another table starts: the sentence before the first repetition of a header row after the first row of
    figures (so a row of figures stands before it), or None."""
    first_data = next((i for i, r in enumerate(rows) if _is_data(r)), None)
    if first_data is None:
        return None
    header = {t for r in rows[:first_data] if len(t := _texts(r)) >= 2}
    if not header:
        return None
    for i in range(first_data + 2, len(rows)):
        if _texts(rows[i]) not in header:
            continue
        # the sentence may stand over header lines that are not repeated word for word ("Three Months Ended" over
        # the dates again when the first header put the length in another row)
        j = i - 1
        while j > first_data + 1 and i - j <= _HEADER_LINES and _is_header_line(rows[j]):
            j -= 1
        if _is_prose(rows[j]):
            return j
    return None


def _is_header_line(row: RawRow) -> bool:
    """A short line of a column header: no figures, no sentence ("Three Months Ended", "May 1, | May 2,")."""
    texts = _texts(row)
    return bool(texts) and not _is_data(row) and not _is_prose(row) and all(len(t.split()) <= 5 for t in texts)
