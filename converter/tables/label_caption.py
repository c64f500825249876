"""A note on the table's figures printed in the label cells of its header rows, wrapped over them: the first row's
label cell opens the parenthesis, a later one closes it (Pulse Seismic: "| (Thousands of dollars except per share
data, | Three months ended December 31, | | Years ended December 31, | |" / "| numbers of shares and kilometres of
seismic data) | 2024 | 2023 | 2024 | 2023 |"). The note speaks of the whole table (its scale, what it exempts from
it); the cells beside it are the column headers."""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Span
from ..periods import find_period_exprs
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
            notes.append(_cells(out[k])[0][0].strip())
            out[k] = _without_label_cell(out[k])
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
