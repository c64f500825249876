"""Rows of tables rendered with ``|`` between cells (text renderings of HTML tables).

A record is one table row: it usually ends with ``|`` on its line, but a cell holding a line break
(``| Three Months Ended`` / ``September 30, | | Nine Months Ended``) carries the row over several lines, and a
long label may stand alone on the line before its figures (``Other, net of tax of $3, $0, $1, and $0`` /
`` | (3) | | | 1 | |``). Renderers print a currency sign in a cell of its own only where the HTML had one, so a
cell's index is counted without those cells: then the figures of one column share an index across rows.
"""

from __future__ import annotations

import re
from collections import Counter

from ..knowledge import knowledge
from ..models import Span
from .text_cells import Piece

_PIPE = re.compile(r"\|")
_NOTE_COLUMNS = {w.lower() for w in knowledge().raw["header"]["note_columns"]}
_MAX_RECORD_LINES = 6
# "|$" alone on a line before "|151,916" (cik1053507 Q2 2003: four columns, each a sign line and a figure line)
_SIGN_CELL = re.compile(r"\|\s*(?:\$|US\$|€|£|¥)")


def is_pipe_line(text: str) -> bool:
    """A line of a pipe-rendered table: cells separated by ``|`` (a row, or part of a row)."""
    t = text.strip()
    if "|" not in t:
        return False
    return t.startswith("|") or t.endswith("|") or " | " in t


# (a markdown delimiter row needs one hyphen a cell: "|-|-|-|", as PDF conversions print it)
_RULE_CELL = re.compile(r"^:?(?:[-=_–—]{3,}|-+):?$")


def is_rule_record(pieces: list[Piece]) -> bool:
    """A row of rules only ("|---|:---:|", "| === | === |"): it underlines a header, it holds no figures."""
    return bool(pieces) and all(_RULE_CELL.match(p.text) for p in pieces)


def _closed(text: str) -> bool:
    return text.rstrip(" \t\u00a0").endswith("|")


def closes_rows(lines: list[str], i: int) -> bool:
    """Whether the rendering around line ``i`` closes its rows with ``|``: some line of the run of pipe lines
    that holds line ``i`` ends with one. A rendering that prints pipes between cells only (``Net sales | 136,302
    | 123,986``) ends every row with its line, so no line there carries a row over."""
    k = i
    while k >= 0 and is_pipe_line(lines[k]):
        if _closed(lines[k]):
            return True
        k -= 1
    k = i + 1
    while k < len(lines) and is_pipe_line(lines[k]):
        if _closed(lines[k]):
            return True
        k += 1
    return False


def record_end(lines: list[str], i: int) -> int:
    """The last line (0-based) of the record starting at line ``i``: a row ends with ``|`` on its line, or
    with its line where the rendering closes no row with ``|``."""
    j = i
    if not _closed(lines[i]) and not closes_rows(lines, i):
        return i
    signs = 0  # lines that are a currency sign's cell alone ("|$"): part of the figure after it, not a line of their own
    while (
        not lines[j].rstrip(" \t\u00a0").endswith("|")
        and j + 1 < len(lines)
        and j - i + 1 - signs < _MAX_RECORD_LINES
        and "|" in lines[j + 1]
    ):
        j += 1
        signs += _SIGN_CELL.fullmatch(lines[j].strip(" \t\u00a0")) is not None
    return j


_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)
_TEX_SPACE = re.compile(r"(?:\s*\\(?:q?quad|hspace\{[^}]*\}|[,;: ])(?![A-Za-z]))+\s*")


def split_record(lines: list[str], i: int, j: int, with_end: bool = False) -> list[Piece]:
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
    for cell, parts in enumerate(cells):
        mine: list[Piece] = []
        for no, s, e in parts:
            seg = lines[no - 1][s:e]
            # TeX spacing a PDF's conversion leaves before an indented label ("\quad Basic (₹)") is its indent
            lead = _TEX_SPACE.match(seg)
            if lead:
                s, seg = s + lead.end(), seg[lead.end():]
            stripped = seg.strip(" \t\u00a0")
            if not stripped:
                continue
            s2 = s + (len(seg) - len(seg.lstrip(" \t\u00a0")))
            # a line break a markdown cell keeps as HTML ("Millions of Yen<br>(For year ended 31 Mar 2024)") is a space
            text = _BREAK.sub(" ", stripped).strip() if "<" in stripped else stripped
            mine.append(Piece(text, Span(line=no, start=s2, end=s2 + len(stripped)), index, cell))
        pieces.extend(mine)
        if len(mine) == 1 and mine[0].text in ("$", "US$", "€", "£", "¥"):
            continue  # a currency cell: printed only where the HTML had one
        index += 1
    if with_end:
        pieces.append(Piece("", Span(line=j + 1, start=0, end=0), index))
    return pieces


def note_references(rows: list) -> None:
    """Figures in the cell a header line of the table heads "Note" are references to the notes, no amounts: they
    become the row's footnotes (excluded as markers). IFRS statements print such a column between the labels and the
    figures (Persimmon H1 2025: "| | Note | £m | |" over "| Total revenue | 3 | 1,502.8 |" and "| Basic | 6 |
    31.2p |", whose "6" had been read as earnings of GBP 6 a share, the pence beside it being no figure)."""
    first = next((k for k, x in enumerate(rows) if x.kind == "data"), len(rows))
    cells = {p.index for x in rows[:first] if x.kind == "text" and x.reader == "pipes"
             for p in (x.pieces or []) if p.text.strip(" ()").lower() in _NOTE_COLUMNS}
    if not cells:
        return
    shifted = _shifted_rows(rows, cells)
    for x, taken in _taken([x for x in rows if id(x) not in shifted], cells):
        x.footnotes = list(x.footnotes or []) + taken


# an amount no reference to the notes looks like: grouped, signed or of decimals ("351,495", "-16,980", "0.47")
_AMOUNT = re.compile(r"^\(?[-−–]?(?:\d{1,3}(?:[,.\s]\d{3})+(?:\.\d+)?|\d+\.\d+)\)?$|^[-−–]\d")


def _shifted_rows(rows: list, cells: set[int]) -> set[int]:
    """The rows (ids) whose figures a conversion moved one cell left, into the "Note" column, where the row printed no
    note: each prints a figure in the note cell and none in the table's last figure cell, its figures in the cells
    from the note cell on without a gap. Only where the table has one note column and two such rows at least print in
    it an amount no reference looks like ("351,495", "-16,980"; not a year, as Spotify's "| 2024 | 6 | 1.49 |"): NORMA Group H1 2024's "| Gross profit | 351,495 | 343,430 | |" under
    "| in EUR thousand | Note | H1 2024 | H1 2023 |" had its 2024 figure read as a note and its 2023 one dated 2024."""
    data = [x for x in rows if x.kind == "data" and x.reader == "pipes" and x.figures]
    if not data or len(cells) != 1:
        return set()  # (one note column: tables of other layouts in one grid say nothing of each other's cells)
    last = max(f.index for x in data for f in x.figures)
    found: dict[int, bool] = {}
    for x in data:
        at = sorted(f.index for f in x.figures)
        note = [f for f in x.figures if f.index in cells]
        if note and last not in at and at == list(range(at[0], at[0] + len(at))) and at[0] in cells:
            found[id(x)] = bool(_AMOUNT.match(note[0].text.strip()))
    return set(found) if sum(found.values()) >= 2 else set()


# a figure the conversion of a PDF cut off at the page's right edge: a thousands group of fewer than three digits
# ("1,3", "(1,0") or a parenthesis never closed ("(9", "(")
_CUT_FIGURE = re.compile(r"^(?:\(?[-−–]?\d{1,3}(?:,\d{3})*,\d{0,2}|\([-−–]?[\d,.]*)$")


def truncated_columns(rows: list) -> None:
    """Figures in a cell where the table prints cut-off figures in two rows or more are cut off too: a column the
    conversion of a PDF truncated at the right edge of its page (Persimmon H1 2025's comparative column,
    "| Total revenue | 3 | 1,502.8 | 1,3 |", "| Cost of sales | | (1,240.4) | (1,0 |", "| Gross profit | | 262.4
    | 2 |": its "2" is the first digit of a figure, never 2). They are excluded as such (``Line.truncated``), and
    the row keeps its other figures."""
    cut: Counter = Counter(p.index for x in rows if x.kind == "data" and x.reader == "pipes"
                           for p in (x.rest or []) if _CUT_FIGURE.match(p.text))
    cells = {i for i, k in cut.items() if k >= 2}
    if not cells:
        return
    for x, taken in _taken(rows, cells):
        x.truncated = list(x.truncated or []) + taken
        if not x.figures and not x.unplaced:
            x.kind = "text"


def _taken(rows: list, cells: set[int]):
    """The figures of the table's pipe rows that stand in ``cells``, taken out of each row's figures: (row, the
    figures taken) for each row that prints any (``note_references``, ``truncated_columns`` say where they go)."""
    for x in rows:
        if x.kind == "data" and x.reader == "pipes" and x.figures and any(f.index in cells for f in x.figures):
            taken = [f for f in x.figures if f.index in cells]
            x.figures = [f for f in x.figures if f.index not in cells]
            yield x, taken


def align(rows: list) -> None:
    """Give the figures of rows that print fewer figures than the table their columns (placeholders where none).

    Full rows (the most common count of figures) tell which cell index stands in which column. A short row
    whose figures stand at those indices takes those columns. A row printed with its leading cells merged
    (``Projected NOI | | | | | | | | $ | 360.5 | ...``) keeps the full rows' ending: when it starts later and
    ends like them, its figures are the last columns. A short row that fits neither is left without columns
    (its figures are excluded, never guessed).
    """
    from .text_cells import Figure

    data = [x for x in rows if x.kind == "data" and x.reader == "pipes" and x.figures]
    counts = Counter(len(x.figures) for x in data)
    if len(counts) < 2:
        return
    n = max(counts, key=lambda k: (counts[k], k))
    if (head := _header_cells(rows)) is not None and len(head) > n and counts.get(len(head), 0) >= 2 \
            and all(_CHANGE_HEAD.search(h) for h in head[n:]):
        # the header names as many columns as some rows print figures, the last of them changes: those rows are the
        # full ones, the rows of fewer figures print none of the changes (Astec Q2 2026's "2026 | 2025 | $ Change | %
        # Change" over segment rows of four figures, and the reconciliation's rows of two below them, more of them:
        # the segments' figures had exceeded two columns). Not periods to come a row leaves out (Strattec's "Q4")
        n = len(head)
    full = [x for x in data if len(x.figures) == n]
    where: dict[int, Counter] = {}
    for x in full:
        for k, f in enumerate(x.figures):
            where.setdefault(f.index, Counter())[k] += 1
    col_of = {i: c.most_common(1)[0][0] for i, c in where.items() if len(c) == 1}
    first = Counter(x.figures[0].index for x in full).most_common(1)[0][0]
    tail = Counter(x.tail for x in full).most_common(1)[0][0]
    at_cell = _cells_as_printed(full, n)
    for x in data:
        m = len(x.figures)
        if m >= n:
            continue
        cols = [col_of.get(f.index) for f in x.figures]
        if all(c is not None for c in cols) and cols == sorted(set(cols)):  # type: ignore[type-var]
            pass
        elif at_cell and all(f.cell in at_cell for f in x.figures) \
                and (by_cell := [at_cell[f.cell] for f in x.figures]) == sorted(set(by_cell)):
            cols = by_cell
        elif x.figures[0].index > first and x.tail == tail:
            cols = list(range(n - m, n))
        elif x.figures[0].index == first:
            cols = list(range(m))
        else:
            x.unplaced = x.figures
            x.figures = []
            x.kind = "data"
            continue
        placed: list = [None] * n
        for f, c in zip(x.figures, cols):
            placed[c] = f  # type: ignore[index]
        anchor = x.figures[0].span
        x.figures = [f if f is not None else Figure("", Span(line=anchor.line, start=anchor.start, end=anchor.start), -1) for f in placed]


_CHANGE_HEAD = re.compile(r"\bchange\b|%|\bvs\.?(?!\w)|\bvariance\b|\bgrowth\b", re.I)


def _header_cells(rows: list) -> list[str] | None:
    """The cells of the last line of pipes above the first row of figures, where it is a header line that
    prints no label cell before them ("2026 | 2025 | $ Change | % Change"); None where there is none."""
    first = next((k for k, x in enumerate(rows) if x.kind == "data"), None)
    x = next((x for x in reversed(rows[:first or 0]) if x.reader == "pipes"), None)  # (headings between: no pipes)
    if x is None or x.kind not in ("text", "years") or not x.pieces or x.pieces[0].index != 0:
        return None
    return [p.text for p in x.pieces]


def _cells_as_printed(full: list, n: int) -> dict[int, int]:
    """The column of each printed cell, where every full row prints the figure of each column in the same cell,
    every cell counted (``Piece.cell``): a rendering that prints the empty cells of a row keeps a short row's figure
    in its column's cell (Freshworks: "| GAAP revenue |  | $ | 194,571 |" over "| Effects of foreign currency rate
    fluctuations |  |  | (1,044 | ) |", the "$" of one and the empty cell of the other). Empty where the full rows
    disagree: their cells say nothing of a short row's."""
    cells: list[set[int]] = [set() for _ in range(n)]
    for x in full:
        for k, f in enumerate(x.figures):
            cells[k].add(f.cell)
    if any(len(c) != 1 or -1 in c for c in cells):
        return {}
    return {next(iter(c)): k for k, c in enumerate(cells)}
