"""One HTML table that holds several: after its rows, a sentence of prose and then the table's column header again.

Releases often print footnote tables inside the grid of the table they annotate ("(B) Stock-based compensation
consists of the following:", then "Three Months Ended | Nine Months Ended", the dates again, and rows "Cost of
revenue", "Research and development"). Read as one table, those rows would stand under the last heading of the
table above ("Diluted net income per share") and be taken for its line items. The text table detector already
starts a new table after prose; this does the same for a grid: the sentence becomes the new table's title.

A header printed again without prose before it (a balance sheet continued on another page) is no new table; a header
of other dates, opening as the first does, is (``_dated_again``).
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
    return _dated_again(rows, first_data)


def _dated_again(rows: list[RawRow], first_data: int) -> int | None:
    """Where a header row of other dates starts a table of its own: after rows of figures, a row without figures that
    opens with the word the first header opens with and names periods in two cells at least (an Indian statement of
    changes in equity's share capital: "Particulars | As at March 31, 2024 | ... | As at March 31, 2025", its rows,
    then "Particulars | As at March 31, 2023 | ... | As at March 31, 2024" and the year before's rows, which the first
    header had dated a year late), with the lines of no figures right above it (its scale, "(₹ in Crores )")."""
    from ..periods import find_period_exprs

    heads = {_texts(r)[0].lower() for r in rows[:first_data] if len(_texts(r)) >= 3}
    for i in range(first_data + 1, len(rows)):
        texts = _texts(rows[i])
        if len(texts) < 3 or _is_data(rows[i]) or texts[0].lower() not in heads or texts in {_texts(r) for r in rows[:first_data]}:
            continue
        if sum(1 for t in texts[1:] if find_period_exprs(t)) < 2:
            continue
        j = i
        while j - 1 > first_data and not _is_data(rows[j - 1]) and not _is_prose(rows[j - 1]) and i - j < _HEADER_LINES:
            j -= 1
        return j
    return None


def _is_header_line(row: RawRow) -> bool:
    """A short line of a column header: no figures, no sentence ("Three Months Ended", "May 1, | May 2,")."""
    texts = _texts(row)
    return bool(texts) and not _is_data(row) and not _is_prose(row) and all(len(t.split()) <= 5 for t in texts)
