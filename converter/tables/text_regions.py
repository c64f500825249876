"""Which lines of a text make a table: a region of data lines (``text_detect.split_line``) with the title and header
lines before it, the short text, years and blank lines between its rows, up to prose, a markdown heading or a long
gap; then split into tables where a block of header lines stands between data rows. A group without a header is a
table only where its rows are several and hold more than one figure or name dates (or are a one-column table's): a
lone line with a number ("Exhibit 99.1", a street address) is none."""

from __future__ import annotations

import re

from ..knowledge import compiled
from ..periods import find_period_exprs
from .label_tails import is_tail, runs_on
from .one_column import RUN
from .text_detect import _BULLET, _SENTENCE_END, Line

_scale_pats = compiled("scales", "words")
_currency_pats = compiled("currencies", "names")
_role_pats = compiled("roles", "patterns")


def is_header_text(text: str) -> bool:
    """A line that names periods, currencies, scales or column roles: a column header."""
    t = text.strip(" \u00a0")
    if not t or runs_on(t):  # a sentence run on over lines names dates, heads no columns (``label_tails``)
        return False
    if find_period_exprs(t):
        return True
    for pats in (_scale_pats, _currency_pats, _role_pats):
        for pat, _ in pats:
            if pat.search(t) and len(t.split()) <= 24:
                # "Thousands of JPY % Thousands of U.S. Dollars" / "JPY millions"
                rest = t
                for p2, _ in _scale_pats + _currency_pats + _role_pats:
                    rest = p2.sub(" ", rest)
                rest = re.sub(r"\b(?:of|in|and|the|amounts?|except|per|share|data|unaudited|U\.S\.)\b|[(),\s%/]", "", rest, flags=re.I)
                return len(rest) <= max(4, len(t) // 3)
    return False


def _prose(line: Line, header_row: bool = False) -> bool:
    """A line of prose, no line of a table. ``header_row``: the line is the header row of a markdown table (a rule
    line ``| --- |`` under it), which is a row of the table however long its one cell: only a sentence there is prose
    (Byrna Q4 2024: "| BYRNA TECHNOLOGIES INC.Condensed Consolidated Statements of Operations and Comprehensive Income
    (Loss)(Amounts in thousands except share and per share data)(Unaudited) | | ..." is the statement's title)."""
    if line.kind == "prose":
        return True
    if line.kind != "text":
        return False
    if line.reader and line.pieces and len(line.pieces) > 1:
        return False  # several cells: a header or a row of a rendered table
    t = line.label
    if _BULLET.match(t):
        return True
    return (len(t) > 160 and not header_row) or (len(t.split()) >= 3 and bool(_SENTENCE_END.search(t)) and not t.startswith("("))


def _header_row(info: list[Line], j: int) -> bool:
    """Line ``j`` is the header row of a markdown table: a row between pipes with a rule line under it."""
    return info[j].reader == "pipes" and j + 1 < len(info) and info[j + 1].reader == "rule"


def table_groups(info: list[Line]) -> list[list[Line]]:
    """The lines of each table: regions of data lines with the title and header lines around them, split at
    header blocks."""
    tables: list[list[Line]] = []
    n = len(info)
    i = 0
    while i < n:
        if info[i].kind != "data":
            i += 1
            continue
        # region: back to the start of the lead block, forward over data / short text / blank lines
        start = i
        j = i - 1
        lead = 0
        while j >= 0 and not _prose(info[j], _header_row(info, j)) and info[j].kind != "data" and lead < 8:
            if info[j].kind != "blank":
                lead += 1
            j -= 1
        start = j + 1
        end = i
        k = i + 1
        blanks = 0
        while k < n:
            ln = info[k]
            if _prose(ln) or ln.heading:
                break  # prose, or a markdown heading: no table goes on past it
            if ln.kind == "blank" and ln.reader == "furniture":
                blanks = 0  # a page break: no gap between rows, nor the blank lines around its furniture
            elif ln.kind == "blank" and ln.reader in ("rule", "tag", "table_start"):
                pass  # markup and rule lines are no gap between rows
            elif ln.kind == "blank":
                blanks += 1
                if blanks > 3 and not _same_columns_after(info, end, k):
                    break
            else:
                blanks = 0
            if ln.kind == "data":
                end = k
            elif ln.kind == "text" and k == end + 1 and _label_tail(info, end, ln):
                end = k  # the rest of the last row's label, printed under its figures (``label_tails``)
            elif ln.kind in ("text", "years"):
                # keep going only if more data follows within a short distance
                ahead = k + 1
                while ahead < n and ahead - k <= 10 and info[ahead].kind != "data" and not _prose(info[ahead]):
                    ahead += 1
                if ahead >= n or info[ahead].kind != "data":
                    break
            k += 1
        region = info[start : end + 1]
        # trim leading blanks
        while region and region[0].kind == "blank":
            region = region[1:]
        tables.extend(_split_region(region))
        i = end + 1
    return tables


def _label_tail(info: list[Line], end: int, ln: Line) -> bool:
    """Line ``ln``, right under the data line ``end``, finishes that row's label (``label_tails.is_tail``)."""
    above = info[end]
    over = info[end - 1].label if end > 0 and info[end - 1].kind == "text" else None
    return is_tail(ln.label, above.label, over)


def _split_region(region: list[Line]) -> list[list[Line]]:
    """Split a region at lead blocks (title and header lines before data rows) that hold a header."""
    groups: list[list[Line]] = []
    cur: list[Line] = []
    seen_data = False
    idx = 0
    while idx < len(region):
        ln = region[idx]
        if ln.kind == "text" and seen_data and cur and cur[-1].kind == "data" and _label_tail(cur, len(cur) - 1, ln):
            cur.append(ln)  # the rest of the label of the row above, never the start of the next table's lead
            idx += 1
            continue
        if ln.kind in ("text", "years") and seen_data:
            # the gap block up to the next data line
            g = idx
            while g < len(region) and region[g].kind != "data":
                g += 1
            block = [x for x in region[idx:g] if x.kind != "blank"]
            label_cell = _label_cell(cur)
            if any(x.kind == "years" or (is_header_text(x.label) and not _in_cell(x, label_cell)) for x in block) \
                    and not _continuation(block):
                groups.append(cur)
                cur = []
                seen_data = False
        if ln.kind == "data":
            seen_data = True
        cur.append(ln)
        idx += 1
    if cur:
        groups.append(cur)
    out = []
    for g in groups:
        while g and g[-1].kind == "blank":
            g.pop()
        data = [x for x in g if x.kind == "data"]
        # a lone line with a number ("Exhibit 99.1", a street address) is not a table, unless a header names its columns
        headed = any(x.kind == "years" or (x.kind == "text" and is_header_text(x.label)) for x in g)
        single = all(figure_count(x) <= 1 for x in data)
        dated_rows = any(e.kind in ("as_of", "date", "months_ended", "weeks_ended", "fiscal_year_ended", "fiscal_year", "fiscal_half", "fiscal_quarter")
                         for x in data for e in find_period_exprs(x.label))
        # rows of a one-column table, proven by their repetition (``tables.one_column``), are a table headed or not
        column = sum(1 for x in data if x.one_column and x.figures) >= RUN
        if headed or column or (len(data) >= 2 and (not single or dated_rows)):
            out.append(g)
    return out


def _label_cell(rows: list[Line]) -> int | None:
    """The cell the labels of a rendered table's rows stand in (pipes): that of the last row with a label."""
    last = next((x for x in reversed(rows) if x.kind == "data" and x.reader == "pipes" and x.pieces), None)
    return last.pieces[0].cell if last is not None and last.pieces else None


def _in_cell(x: Line, cell: int | None) -> bool:
    """A rendered row with text in the labels' cell alone that names a date among other words ("| Convertible notes,
    matures in April 2028 | | |"): a heading of the rows under it; no column header of a new table. A period phrase
    there ("Year Ended December 31, 2024 | | |" over rows of segments) heads the rows of a table of its own."""
    if cell is None or x.reader != "pipes" or not x.pieces or any(p.cell != cell for p in x.pieces):
        return False
    covered = sum(e.end - e.start for e in find_period_exprs(x.label))
    return covered * 2 < len(x.label.strip(" ,:"))


def figure_count(x: Line) -> int:
    """The figures of a data row: its cells, or the figures a reader of a rendering of HTML found."""
    if x.reader:
        return len(x.figures or [])
    return len([c for c in (x.cells or []) if c[0].strip("\u00a0 ")])


def _continuation(block: list[Line]) -> bool:
    """A label that wraps onto the next line ("Foreign exchange rate" / "(quarterly average) 0.7353")."""
    return False


_GAP = 8  # blank lines a page break of a PDF's text leaves between the rows of one table, at most


def _same_columns_after(info, end: int, k: int) -> bool:
    """Whether the first line after the blank lines from ``k`` on, within a page break's gap, is a row of as many
    figures as the last row of the region: the same table's rows go on (Kojamo H1 2014's income statement, its
    blocks four blank lines apart in a PDF's text: the taxes had been read apart from the profit before them)."""
    last = info[end]
    if last.kind != "data" or not last.cells:
        return False
    j = k + 1
    while j < len(info) and j - k <= _GAP and info[j].kind == "blank":
        j += 1
    return j < len(info) and j - k <= _GAP and info[j].kind == "data" and len(info[j].cells or []) == len(last.cells)
