"""Cells of text renderings of HTML tables, whatever separates them (pipes, line breaks, spaces).

A renderer of an HTML table prints each ``<td>`` as a cell of its own: the currency sign (``$``), the closing
parenthesis and the percent sign of a figure often stand in cells of their own, and footnote letters
(``(a)``) too. Here cells are classified and a figure's symbols are merged into it, so that every row reader
gives the same thing: a label and a run of figures, each with the exact span of its digits in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Span
from ..periods import mask_dates
from ..tokens import NIL_MARKS, parse_amount

# a cell that is only a currency sign, a parenthesis or a percent sign: part of the figure beside it
PREFIX_SYMBOLS = frozenset({"$", "US$", "€", "£", "¥", "(", "$(", "($"})
SUFFIX_SYMBOLS = frozenset({")", "%", ")%", "%)", "pts", "pts.", "points"})  # percentage points of a change
POINTS = "points"
_FOOTNOTE_LETTER = re.compile(r"^\(?[a-z]\)$|^\*{1,3}$")  # "(8)" after figures is a negative, not a marker
YEAR = re.compile(r"^(?:19|20)\d{2}$")
# a telephone number in a sentence ("a replay ... at 1 (877) 344-7529 or 1 (412) 317-0088"): text, never figures
PHONE = re.compile(r"(?:\b1[\s.-])?\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b|\b(?:1[-.])?\d{3}[-.]\d{3}[-.]\d{4}\b")


def text_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a line that are text however many digits they hold: dates and telephone numbers."""
    return mask_dates(text) + [m.span() for m in PHONE.finditer(text)]
_BARE_SMALL_INT = re.compile(r"^\d{1,3}$")


@dataclass
class Piece:
    """A non-empty cell of a rendering: its text and where it stands."""

    text: str
    span: Span
    index: int = 0  # its cell index in the row, after the rendering's currency cells are removed
    cell: int = -1  # its cell index in the row as printed, every cell counted (pipes)


# a percentage printed with a space before its sign, alone in its cell: "2.3 %", "(4.6) %", "-0.8 %"
_SPACED_PERCENT = re.compile(r"[(\-−–]?\d[\d,.]*\)? %")
# an amount whose thousands are separated by a space (also a no-break or a narrow no-break one), the way Nordic and
# French releases print them ("1 001.8", HKFoods FY2024): read as one figure only where it fills a cell between pipes
# of its own (``Piece.cell``): the cell boundaries prove it one amount; in a text laid out by spaces the same
# characters can be two columns
_SPACED_THOUSANDS = re.compile(r"[(\-−–]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?\)?%?")


def is_figure(text: str) -> bool:
    """A printed amount, percent or nil ("71,673", "(1,509)", "$65.1", "7.4%", "—", "NM")."""
    t = text.strip()
    if not t:
        return False
    return parse_amount(t) is not None or t in NIL_MARKS


def is_symbol(text: str) -> bool:
    t = text.strip()
    return t in PREFIX_SYMBOLS or t in SUFFIX_SYMBOLS


def is_footnote_letter(text: str) -> bool:
    return bool(_FOOTNOTE_LETTER.match(text.strip()))


def is_page_number(text: str) -> bool:
    """A bare number of one to three digits on a line of its own, the way page numbers print."""
    return bool(_BARE_SMALL_INT.match(text.strip()))


@dataclass
class Figure:
    """A figure assembled from its cells: the text to parse and the span of its digits."""

    text: str
    span: Span
    index: int  # cell index of the digits (see ``Piece.index``)
    cell: int = -1  # cell index of the digits as printed (see ``Piece.cell``)


def assemble(pieces: list[Piece]) -> tuple[list[Piece], list[Figure], list[Piece]]:
    """Split a row's cells into label pieces (text before the first figure), figures and left-over text.

    ``$`` and ``(`` join the figure after them; ``)`` and ``%`` join the figure before them; footnote letters
    in cells of their own are dropped (they carry no digit, so the token ledger never sees them).
    """
    label: list[Piece] = []
    figures: list[Figure] = []
    rest: list[Piece] = []
    pending = ""
    for p in pieces:
        t = p.text.strip()
        if t in PREFIX_SYMBOLS:
            pending += t
            continue
        if t in SUFFIX_SYMBOLS and figures and not pending:
            f = figures[-1]
            if t.startswith(("pts", "points")):
                # a change in percentage points: it keeps its column, but is no amount (excluded with its reason)
                figures[-1] = Figure(f"{f.text} {POINTS}", f.span, f.index, f.cell)
                continue
            merged = f.text + t
            if parse_amount(merged) is None and t.startswith(")") and f.text.endswith(")"):
                merged = f.text + t[1:]  # "(4.0" closed here, then ")%" in the next cell: "(4.0)%"
            elif parse_amount(merged) is None and t == "%)" and f.text.startswith("(") and f.text.endswith(")"):
                merged = f.text[:-1] + t  # "(1" closed here, then "%)" in the next cell: "(1%)" (CMG Q3 FY2025)
            if parse_amount(merged) is not None:
                figures[-1] = Figure(merged, f.span, f.index, f.cell)
            continue
        if is_footnote_letter(t) and (figures or label):
            continue
        if _SPACED_PERCENT.fullmatch(t) and is_figure(pending + t.replace(" ", "")):
            # a cell of a percentage with a space before its sign ("| 2.3 % |", Teleste FY2024): the figure as one
            figures.append(Figure(pending + t.replace(" ", ""), p.span, p.index, p.cell))
            pending = ""
            continue
        if p.cell >= 0 and _SPACED_THOUSANDS.fullmatch(t) and is_figure(pending + (joined := re.sub(r"[ \u00a0\u202f]", "", t))):
            figures.append(Figure(pending + joined, p.span, p.index, p.cell))  # "| 1 001.8 |": one figure
            pending = ""
            continue
        if is_figure(pending + t) or (is_figure(t) and not pending):
            text = pending + t if is_figure(pending + t) else t
            if t.startswith("(") and not t.endswith(")") and parse_amount(t + ")") is not None:
                text = pending + t + ")"  # "(517" with its ")" in the next cell
            figures.append(Figure(text, p.span, p.index, p.cell))
            pending = ""
            continue
        if t.startswith("(") and not t.endswith(")") and is_figure(pending + t + ")"):
            figures.append(Figure(pending + t + ")", p.span, p.index, p.cell))
            pending = ""
            continue
        pending = ""
        if figures:
            rest.append(p)
        else:
            label.append(p)
    return label, figures, rest


# a row's serial number, as results statements number their lines: "(II)", "IV", "12", "(a)", "A." (a Roman numeral
# up to 399, a number of one or two digits, a letter); ``SERIAL`` the number itself, ``SERIAL_LEAD`` the number and
# the space after it that open a label ("(VII) Net profit for the period")
SERIAL_BODY = r"\(?(?:(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|\d{1,2}|[a-z])[.)]?\)?"
SERIAL = re.compile(SERIAL_BODY, re.I)
SERIAL_LEAD = re.compile(r"^\W*(?:\(?(?:(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|[a-z])[.)]|\d{1,2}[.)]?)\s+", re.I)


FOOTNOTE_COL = -1  # RawCell.col of a footnote number run into a row's figures: no column, excluded as a marker
TRUNCATED_COL = -2  # RawCell.col of a figure in a column a PDF's conversion cut off (``pipes.truncated_columns``)
MALFORMED_COL = -3  # RawCell.col of a misprinted figure ("$ 3,016,04", ``one_column.malformed``): no column, excluded
_FOOTNOTE_DIGITS = re.compile(r"^\d{1,2}$")


def footnote_digits(rows: list) -> None:
    """Footnote numbers run into the figures ("Certain items associated with acquisitions 1 6 8 26 29"): a row
    that prints one figure more than most rows of its table, the first (or last) a bare number of one or two
    digits, keeps that number apart as a footnote reference."""
    from collections import Counter

    data = [x for x in rows if x.kind == "data" and x.figures]
    counts = Counter(len(x.figures) for x in data)
    if not counts:
        return
    n, k = counts.most_common(1)[0]
    if k * 2 <= len(data) or n < 2:
        return  # no usual row width to compare with
    for x in data:
        if len(x.figures) != n + 1:
            continue
        if _FOOTNOTE_DIGITS.match(x.figures[0].text):
            x.footnotes, x.figures = [x.figures[0]], x.figures[1:]
        elif _FOOTNOTE_DIGITS.match(x.figures[-1].text):
            x.footnotes, x.figures = [x.figures[-1]], x.figures[:-1]
