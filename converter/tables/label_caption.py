"""A note on the table's figures printed in the label cells of its header rows, wrapped over them: the first row's
label cell opens the parenthesis, a later one closes it (Pulse Seismic: "| (Thousands of dollars except per share
data, | Three months ended December 31, | | Years ended December 31, | |" / "| numbers of shares and kilometres of
seismic data) | 2024 | 2023 | 2024 | 2023 |"). The note speaks of the whole table (its scale, what it exempts from
it); the cells beside it are the column headers."""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Span
from ..periods import duration_of, find_period_exprs, month_day
from .headers import parse_header
from .rows import _YEAR, Row
from .scale_notes import is_scale_note

_MAX_ROWS = 3  # header rows a wrapped note runs over
_LAST_NOTE = re.compile(r"\([^()]*\)\s*$")  # the parenthesised note that ends a label cell


def _depth(text: str) -> int:
    return text.count("(") - text.count(")")


def _cells(r: Row) -> list:
    return [f for f in r.fragments if f[0].strip()]


def _opens(r: Row) -> bool:
    cells = _cells(r)
    return (r.kind == "text" and not r.stub and len(cells) >= 2 and cells[0][0].lstrip().startswith("(")
            and _depth(cells[0][0]) > 0)


def _noted(r: Row) -> bool:
    """A header row whose label cell holds the table's note, its parenthesis closed, beside header cells: Brookfield's
    "| UnauditedFor the periods ended December 31(US$ millions, except per share amounts) | Three Months Ended | |
    Years Ended |"; the note after the statement's title (Ascendis: "| Ascendis Pharma A/SConsolidated Statements of
    Profit or (Loss) ...(In EUR'000s, except share and per share data) | Three Months EndedDecember 31, |"). The cells
    beside it print no figure: their digits are years or dates of periods."""
    cells = _cells(r)
    first = cells[0][0] if cells else ""
    note = _LAST_NOTE.search(first)
    return (r.kind == "text" and not r.stub and len(cells) >= 3 and note is not None and _depth(first) == 0
            and is_scale_note(note.group(0))
            and not any(_DIGIT.search(t) and not _YEAR.search(t) and not find_period_exprs(t) for t, _, _ in cells[1:]))


def _period_phrase(text: str) -> bool:
    """The text is a period length with its month and day, and nothing else ("Three months ended December 31,",
    "Year ended March 31"): a header of columns whose years stand beside it."""
    exprs = find_period_exprs(text)
    if len(exprs) != 1:
        return False
    e = exprs[0]
    rest = (text[: e.start] + text[e.end :]).strip(" ,:;-")
    return not rest and duration_of(e) is not None and month_day(e) is not None and e.date() is None


def _spanning_period(r: Row) -> Row | None:
    """A noted label cell that states a period length and its day before the note, beside cells of years alone (CMG
    Q3 FY2025: "| Three months ended December 31,($ thousands, except per share data) | 2024 | | 2023 | | 2024 |
    ..."): the period phrase heads the value columns, as it would printed over them; a header row of its own."""
    cells = _cells(r)
    first, span, pos = cells[0]
    note = _LAST_NOTE.search(first)
    phrase = first[: note.start()] if note else ""
    if not _period_phrase(phrase) or not all(_YEAR.fullmatch(t.strip()) for t, _, _ in cells[1:]):
        return None
    phrase = phrase.strip()
    at = Span(line=span.line, start=span.start, end=span.start + len(phrase))
    return replace(r, label=phrase, label_span=at, fragments=[(phrase, at, pos)], cells=[])


def _without_label_cell(r: Row) -> Row:
    """The header row without its label cell: the cells beside it are its headers."""
    rest = _cells(r)[1:]
    return replace(r, label=" ".join(f[0].strip() for f in rest), label_span=rest[0][1], fragments=rest)


def caption_in_label_cells(lead: list[Row]) -> tuple[list[Row], list[str]]:
    """The lead rows with a note taken out of their label cells, and the notes: one row's closed note beside its header
    cells (``_noted``), or a note wrapped over the label cells of consecutive header rows (each whole, in parentheses).
    A row keeps its label cell where no later row closes the parenthesis."""
    out = list(lead)
    notes: list[str] = []
    k = 0
    while k < len(out):
        if _noted(out[k]):
            first = _cells(out[k])[0]
            note = _LAST_NOTE.search(first[0])
            notes.append(note.group(0).strip() if _period_phrase(first[0][: note.start()]) else first[0].strip())
            over = _spanning_period(out[k])
            out[k] = _without_label_cell(out[k])
            if over is not None:
                out.insert(k, over)
                k += 1
            k += 1
            continue
        if not _opens(out[k]):
            k += 1
            continue
        run = [k]
        depth = _depth(_cells(out[k])[0][0])
        j = k + 1
        while depth > 0 and j < len(out) and len(run) < _MAX_ROWS:
            r = out[j]
            if r.kind == "blank":
                j += 1
                continue
            cells = _cells(r)
            if r.kind != "text" or r.stub or len(cells) < 2 or "(" in cells[0][0]:
                break
            depth += _depth(cells[0][0])
            run.append(j)
            j += 1
        if depth != 0 or len(run) < 2 or not _cells(out[run[-1]])[0][0].rstrip().endswith(")"):
            k += 1
            continue
        notes.append(" ".join(_cells(out[i])[0][0].strip() for i in run))
        for i in run:
            out[i] = _without_label_cell(out[i])
        k = run[-1] + 1
    return out, notes


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def unread_figures(r: Row) -> list[tuple[str, Span]]:
    """The cells beside a label in a row the reader could not read as figures ("| Working capital ratio | | | 5.1:1 |
    1.5:1 |": a ratio printed as a proportion): figures, no words, no years. Such a row is no heading; its figures are
    no amount the converter reads."""
    cells = _cells(r)
    if r.kind != "text" or r.stub or len(cells) < 2 or not _LETTER.search(cells[0][0]):
        return []
    rest = cells[1:]
    if all(_DIGIT.search(t) and not _LETTER.search(t) and not _YEAR.match(t.strip()) for t, _, _ in rest):
        return [(t, span) for t, span, _ in rest]
    return []


_NOTE_HEADINGS = frozenset({"note", "notes"})


def column_groups(r: Row, below: list[Row], n: int) -> bool:
    """A line of names in cells of their own, k of them, over a header line whose n cells repeat one group k times
    ("|  | Reservoir & Production Solutions | | |  | Seismic Solutions | | |  | Consolidated | | |  |" over "2024 |
    2023" three times, CMG Q3 FY2025): each name heads a group of the columns (a segment), a header line, not the
    table's title."""
    k = len(_cells(r))
    if k < 2 or n % k or n // k < 2 or not names_in_cells(r):
        return False

    def columns(b: Row) -> list[str]:
        # the header line's cells over the figures: a "Note" column's heading heads no figure ("| | **Group** | |
        # **Company** | |" over "| | **Note** | **31 December 2024 £m** | ... |", STV Group FY2024)
        return [t.strip() for t, _, _ in _cells(b) if t.strip().lower() not in _NOTE_HEADINGS]

    line = next((b for b in below if len(columns(b)) == n), None)
    cells = columns(line) if line is not None else []
    return bool(cells) and cells == cells[: n // k] * k


def names_over(r: Row, n: int) -> bool:
    """A line of n names in cells of their own, one over each of the n columns, right under a header line: the
    column headers' last line ("| | Amount | | |  | GWP | | |" four times under "| | % of | | |" over each GWP,
    Palomar Q4 2024's premiums by state), not a heading of the rows (a heading prints one cell)."""
    return n >= 2 and len(_cells(r)) == n and names_in_cells(r)


def names_in_cells(r: Row) -> bool:
    """A text line of two or more cells, each a name (words, no figure, period, unit or note)."""
    cells = _cells(r)
    if r.kind != "text" or r.stub or len(cells) < 2 or r.label.strip() != " ".join(t.strip() for t, _, _ in cells):
        return False
    return all(_LETTER.search(t) and not _DIGIT.search(t) and not t.strip().startswith("(")
               and all(i.kind == "text" for i in parse_header(t)) for t, _, _ in cells)
