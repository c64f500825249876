"""One-column tables printed a cell per paragraph, with no column header: ``Revenue`` / ``$5,718,024`` / ``Cost of
Goods`` / ``3,314,536`` ... under a title that names the year ("RJD Green Financial Snapshot 2024"), as small
companies' newswire releases rendered from PDF or Word print a summary of their statements.

A single label with a figure under it is no row: the repetition is the evidence (``one_column``). The title's year
is the column's only period (``slot_period.title_year``). A figure the release misprints (``$ 3,016,04``, a comma
group of two digits) is no amount: its row stays in the table, its figure excluded (``malformed``), never read as
301,604.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .text_cells import Figure, Piece

if TYPE_CHECKING:  # pragma: no cover
    from .text_detect import Line

RUN = 4  # pairs of a label and its one figure in a row: a one-column table
_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}$")
# a figure's digits grouped by commas, with its sign, currency, parentheses or percent around them
_GROUPED = re.compile(r"^\(?(?:US)?[$€£¥]?\s?\(?[-−–]?(?P<digits>\d+(?:,\d+)+)(?:\.\d+)?\)?%?\)?$")


class Pair(NamedTuple):
    """A label line and the line of its one figure: ``group`` the index of ``cell_lines``' group of lone lines, or None
    for a misprinted figure (``malformed``), which is no lone figure."""

    label: int
    first: int  # the figure's line
    end: int  # the line after it
    group: int | None


def malformed(text: str) -> bool:
    """A figure grouped by commas whose groups are not those of an amount: the first of one to three digits, every
    other of three ("$ 3,016,04": a digit lost). No well-formed amount in the notation the rows around it print."""
    m = _GROUPED.match(text.strip(" \t\u00a0"))
    if m is None:
        return False
    first, *rest = m["digits"].split(",")
    return len(first) > 3 or any(len(g) != 3 for g in rest)


def one_column(recs: list[Line], groups, lone: list) -> list[list[Pair]]:
    """The runs of pairs of a one-column table: a label, then its one figure under it. At least ``RUN`` pairs in a row,
    each label right after the figure of the pair before, or after one heading line at most ("Balance Sheets", a
    label-like line with no figure of its own). A figure that is a year (``Founded`` / ``1998``) is no amount of a row
    and ends the run; a misprinted figure (``malformed``) is a pair of the run whose figure is excluded."""
    from .cell_lines import _figure, _label_like

    pairs: list[Pair] = []
    for g, (lab, a, b) in enumerate(groups):
        piece = lone[a] if b - a == 1 else None
        if lab is not None and piece is not None and _figure(piece.text) and not _YEAR_ALONE.match(piece.text):
            pairs.append(Pair(lab, a, b, g))
    for k, x in enumerate(recs):
        if x.kind == "text" and not x.reader and malformed(x.text):
            lab = _above(recs, k)
            if lab is not None and _label_like(recs[lab]) and not malformed(recs[lab].text):
                pairs.append(Pair(lab, k, k + 1, None))
    pairs.sort()
    out: list[list[Pair]] = []
    run: list[Pair] = []
    for p in pairs:
        if run and _between_ok(recs, run[-1].end, p.label):
            run.append(p)
            continue
        if sum(1 for q in run if q.group is not None) >= RUN:
            out.append(run)
        run = [p]
    if sum(1 for q in run if q.group is not None) >= RUN:
        out.append(run)
    return out


def _above(recs: list[Line], k: int) -> int | None:
    """The line above line ``k``, blank lines passed over."""
    j = k - 1
    while j >= 0 and recs[j].kind == "blank" and not recs[j].reader:
        j -= 1
    return j if j >= 0 else None


def _between_ok(recs: list[Line], end: int, lab: int) -> bool:
    """Between one pair's figure and the next pair's label: nothing, blank lines, or one heading line."""
    from .cell_lines import _label_like

    if lab < end:
        return False
    words = [x for x in recs[end:lab] if not (x.kind == "blank" and not x.reader)]
    return len(words) == 0 or (len(words) == 1 and _label_like(words[0]) and not malformed(words[0].text))


def misprinted_row(recs: list[Line], p: Pair) -> Line:
    """The row of a label and its misprinted figure: a row of the table with no figure, the figure's text kept aside
    (``Line.malformed``) for the token ledger, which excludes it."""
    from .text_detect import Line as _Line

    label, fig = recs[p.label], recs[p.first]
    s, e = label.label_span
    text = fig.text.strip(" \t\u00a0")
    start = fig.text.index(text)
    from ..models import Span

    return _Line(label.no, label.text, "data", label=label.label, last=fig.no, reader="cells", one_column=True,
                 pieces=[Piece(label.label, Span(line=label.no, start=s, end=e))], figures=[],
                 malformed=[Figure(text, Span(line=fig.no, start=start, end=start + len(text)), 0)])


def title_above(recs: list[Line], lab: int) -> int | None:
    """The title line of a one-column table that ends with the year its column is of ("RJD Green Financial Snapshot
    2024", above "Profit and Loss" and the first row), which ``split_line`` reads as a row of one figure: its index,
    or None. Only blank lines and one heading may stand between it and the first row's label."""
    from .cell_lines import _label_like

    k, words = lab - 1, 0
    while k >= 0:
        x = recs[k]
        if x.kind == "blank" and not x.reader:
            k -= 1
            continue
        if _label_like(x) and words == 0:
            words, k = 1, k - 1
            continue
        break
    if k < 0:
        return None
    x = recs[k]
    real = [c for c in (x.cells or []) if c[0].strip("\u00a0 ")]
    if x.kind == "data" and not x.reader and x.label and len(real) == 1 and _YEAR_ALONE.match(real[0][0]):
        return k
    return None


def as_title(x: Line) -> Line:
    """A line read as a row of one figure, its year, as the text line it is."""
    from .text_detect import Line as _Line

    stripped = x.text.rstrip(" \t")
    start = len(stripped) - len(stripped.lstrip(" \u00a0\t"))
    return _Line(x.no, x.text, "text", label=stripped.strip(" \u00a0\t"), label_span=(start, len(stripped)))
