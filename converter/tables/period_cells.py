"""Period phrases of a header read a cell per line, where the rendering broke or glued them.

Peoples Financial Q4 2024 (newswire markdown, a cell per line) heads its earnings summary
"Earnings SummaryThree Months Ended December 31," / "Year Ended" / "December 31," over "2024" "2023" "2024" "2023":

- the title is glued to the first group's phrase, no space between ("SummaryThree"): read whole, the line is a title
  and the group it names is lost. A line whose words run into a period phrase at a small letter followed by a
  capital, the phrase running to the end of the line, is a title and that phrase;
- the second group's phrase is broken over two lines, its length ("Year Ended") over its date ("December 31,"). Each
  line that names a length ending at no date, right above a line that names a date and no length, is one phrase with
  it, where every such line of the run finds its date so (a run "Three Months Ended" / "Year Ended" / "December 31,"
  / "December 31," is two cells each wrapped, read down by ``cell_lines._join_wrapped_header_cells``, not here).

voestalpine Q3 2025/26 (IFRS, a cell per line) heads its income statement with date ranges broken after the dash:
"04/01–" / "12/31/2024", "04/01–" / "12/31/2025", "10/01–" / "12/31/2024", "10/01–" / "12/31/2025". A line that is a
start and a dash, right above a line that is a date, is one range with it ("04/01– 12/31/2024": April 1 to December 31,
2024), where every such start finds its date so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Span
from ..periods import find_period_exprs
from .text_cells import Piece

if TYPE_CHECKING:  # pragma: no cover
    from .text_detect import Line

_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ENDED = re.compile(r"\b(?:ended|ending)\s*$", re.I)
_LENGTH_KINDS = ("months_ended", "fiscal_year_ended")


def _covers(text: str, start_at_zero: bool = False) -> bool:
    exprs = find_period_exprs(text)
    if not exprs or (start_at_zero and exprs[0].start != 0):
        return False
    return sum(e.end - e.start for e in exprs) >= 0.6 * len(text.strip(" ,:"))


def phrase_line(x: Line) -> bool:
    """A line that is a period phrase and nothing else ("Three Months Ended December 31,")."""
    return x.kind == "text" and not x.reader and bool(x.label) and _covers(x.label)


def unglued(x: Line) -> tuple[Line, Piece] | None:
    """A title glued to a period phrase ("Earnings SummaryThree Months Ended December 31,"): the title as a line of
    its own and the phrase as a header cell, or None."""
    from .text_detect import Line

    if x.kind != "text" or x.reader or not x.label:
        return None
    lab = x.label
    s, e = x.label_span
    if x.text[s:e] != lab:
        return None
    for m in _GLUE.finditer(lab):
        i = m.start()
        head, tail = lab[:i].strip(), lab[i:]
        if not re.search(r"[A-Za-z]{2}", head) or find_period_exprs(head) or not _covers(tail, start_at_zero=True):
            continue
        if any(p.start <= i < p.end for p in find_period_exprs(lab)):
            continue  # the phrase was read across the boundary: no glue
        title = Line(x.no, head, "text", label=head, label_span=(s, s + len(head)), last=x.no)
        return title, Piece(tail, Span(line=x.no, start=s + i, end=e))
    return None


# a start without its end: a day ("04/01", "April 1", "April 1, 2024") and a range dash ending the line
_RANGE_START = re.compile(r"^\s*(?P<start>\d{1,2}/\d{1,2}(?:/\d{2,4})?|[A-Za-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*[-\u2013\u2014]\s*$")


def range_start(x: Line) -> bool:
    """A line that is the start of a range of dates and its dash, nothing else ("04/01–")."""
    return x.kind == "text" and not x.reader and bool(x.label) and _RANGE_START.match(x.label) is not None


def _full_date(text: str) -> bool:
    exprs = find_period_exprs(text)
    return len(exprs) == 1 and exprs[0].kind == "date" and _covers(text)


def pair_ranges(pieces: list[Piece]) -> list[Piece]:
    """Join each range start over the date under it ("04/01–" / "12/31/2024"), where every start stands right over a
    date and the two read as a range of days; else the pieces as they were."""
    joined: dict[int, str] = {}
    for k, p in enumerate(pieces):
        if _RANGE_START.match(p.text) is None:
            continue
        if k + 1 >= len(pieces) or not _full_date(pieces[k + 1].text):
            return pieces
        text = f"{p.text.strip()} {pieces[k + 1].text.strip()}"
        exprs = find_period_exprs(text)
        if len(exprs) != 1 or exprs[0].kind != "date_range":
            return pieces
        joined[k] = text
    return _join_with_next(pieces, joined) if joined else pieces


# a range's end without its year, on the line under its start ("Period February 5," / "through March 31,")
_RANGE_END = re.compile(r"^\s*(?:through|thru|to|until)\s+(?P<md>[A-Za-z]+\.?\s+\d{1,2}),?\s*$", re.I)
_STARTS_RANGE = re.compile(r"(?:^|\s)[A-Za-z]+\.?\s+\d{1,2},?\s*$")


def range_end_line(x: Line) -> bool:
    """A line that is the end of a range begun on the line above and nothing else ("through March 31,")."""
    return x.kind == "text" and not x.reader and bool(x.label) and _RANGE_END.match(x.label) is not None \
        and find_period_exprs(_RANGE_END.match(x.label)["md"]) != []


def join_range_ends(pieces: list[Piece]) -> list[Piece]:
    """A range wrapped after its start ("Period February 5," / "through March 31,"): one phrase, its year on the line
    of years below ("2007"). An end whose piece above names no day is left as it was."""
    out: list[Piece] = []
    for p in pieces:
        if out and _RANGE_END.match(p.text) and _STARTS_RANGE.search(out[-1].text) and find_period_exprs(out[-1].text):
            q = out.pop()
            out.append(Piece(f"{q.text.strip()} {p.text.strip()}", Span(line=q.span.line, start=q.span.start, end=q.span.end)))
            continue
        out.append(p)
    return out if len(out) < len(pieces) else pieces


def _open_length(text: str) -> bool:
    """A length that ends at no date ("Year Ended", "Three Months Ended")."""
    exprs = find_period_exprs(text)
    return (len(exprs) == 1 and exprs[0].kind in _LENGTH_KINDS and not re.search(r"\d{1,2}\s*,?\s*$|\d{4}", text)
            and _ENDED.search(text) is not None and _covers(text))


def _date_only(text: str) -> bool:
    """A day of the year and nothing else ("December 31,")."""
    exprs = find_period_exprs(text)
    return len(exprs) == 1 and exprs[0].kind == "month_day" and _covers(text)


def pair_broken(pieces: list[Piece]) -> list[Piece]:
    """Join each length over the date under it ("Year Ended" / "December 31,"), where every length ending at no date
    stands right over a date alone and every date alone right under such a length; else the pieces as they were.

    The date may be a full one ("Three months ended" / "March 31, 2008" beside "Period February 5," / "through March
    31,", Employers Holdings Q1 2008): then every full date of the run stands right under a length ("Three Months
    Ended" over "June 30, 2024" / "June 30, 2023" is one length over two columns, not a length of the first)."""
    pieces = join_range_ends(pieces)
    opens = [_open_length(p.text) for p in pieces]
    dates = [_date_only(p.text) for p in pieces]
    fulls = [_full_date(p.text) for p in pieces]
    if not any(opens):
        return pieces
    n = len(pieces)
    full_paired = any(opens[k] and k + 1 < n and fulls[k + 1] for k in range(n))
    for k in range(n):
        if opens[k] and not (k + 1 < n and (dates[k + 1] or fulls[k + 1])):
            return pieces
        if (dates[k] or (fulls[k] and full_paired)) and not (k > 0 and opens[k - 1]):
            return pieces
    return _join_with_next(pieces, {k: f"{p.text} {pieces[k + 1].text}" for k, p in enumerate(pieces) if opens[k]})


def _join_with_next(pieces: list[Piece], joined: dict[int, str]) -> list[Piece]:
    """The pieces with each piece ``k`` of ``joined`` and the one after it made one piece of text ``joined[k]``, at the
    first one's place."""
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        p = pieces[k]
        if k in joined:
            out.append(Piece(joined[k], Span(line=p.span.line, start=p.span.start, end=p.span.end)))
            k += 2
            continue
        out.append(p)
        k += 1
    return out
