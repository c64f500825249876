"""Rows run together: a text rendering that dropped the breaks between cells and rows glues a figure to the word
after it ("3,891,482Research and development", "$336,968Cost of Goods Sold"), a label to the figure after it
("Loss from operations(6,373)"), or two figures to each other ("1,5082,428", "(5,854)(17,197)").

Such a figure is no figure: where it stood, the row before lost its last figure (the rest of its figures would
stand one column off) and the row after took a number into its label. Whether other boundaries of the table were
lost too, with nothing to show it ("214221" for 214 and 221), cannot be told. So a glued figure excludes its rows,
and a table where the glue is frequent excludes all its figures (``tables.text_detect``): never shifted.
A line read as rows run together (``tables.run_on``) takes apart the cells whose boundary the characters prove
(``tables.run_on_words``); their rows stay rows only where every row of the table prints as many figures.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import knowledge
from ..models import Span
from .text_cells import YEAR, Piece, is_figure

if TYPE_CHECKING:  # pragma: no cover
    from .text_detect import Line

_kn = knowledge()
_UNITS = "|".join(re.escape(s["pattern"]) for s in _kn.raw["units"]["suffixes"] if s["pattern"][:1].isupper())
_MONTHS = "|".join(_kn.raw["periods"]["months"] + _kn.raw["periods"]["month_abbreviations"] + ["sept"])
# a figure, not a footnote mark ("1Targets assume", "(1)See the notes"): three digits or more, or a decimal
_NUMBER = r"[($]*(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+\.\d+)\)?"
# a figure run into a capitalised word after it ("3,891,482Research", "(159,287)(Loss)", "0.23Net"); a unit that
# follows its figure ("400Gbps") is no glue
_INTO_WORD = re.compile(rf"(?<![\w.,$]){_NUMBER}(?=\(?(?!(?:{_UNITS})\b)[A-Z][a-z])" if _UNITS else rf"(?<![\w.,$]){_NUMBER}(?=\(?[A-Z][a-z])")
# two grouped figures fused: a group of four or more digits after a comma ("1,5082,428", "33,372,79632,628,835")
_FUSED = re.compile(r"(?<![\w.,])[($]*\d{1,3}(?:,\d{3})*,\d{4,}[\d,]*(?:\.\d+)?\)?")
# figures fused by their parentheses ("(5,854)(17,197)"; footnote marks "(1)(2)" are none)
_PARENS = re.compile(rf"\({_NUMBER}\({_NUMBER}")
# a label run into the grouped figure after it ("operations(6,373)", "assets$5,009"); "US$5,009" is a currency
_FROM_WORD = re.compile(r"(?<=[a-z])[($]+\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?")
# a date whose year lost its space ("June 30,2025", "EndedJune 30,2025"): no fused figures
_DATE_BEFORE = re.compile(rf"(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_YEAR_GROUP = re.compile(r"^\d{1,2},(?:19|20)\d{2}$")


def glued(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every glued figure in ``text``, in order."""
    found: set[tuple[int, int]] = set()
    for pat in (_INTO_WORD, _PARENS, _FROM_WORD):
        found.update(m.span() for m in pat.finditer(text))
    for m in _FUSED.finditer(text):
        if _YEAR_GROUP.match(m.group(0)) and _DATE_BEFORE.search(text[: m.start()]):
            continue
        found.add(m.span())
    # overlapping matches of one glued stretch count once
    out: list[tuple[int, int]] = []
    for s, e in sorted(found):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def split_word(word: str) -> list[tuple[int, int, bool]]:
    """A word of a line as its parts (start, end, a glued figure): "6,042,986Marketable" is the figure "6,042,986"
    (glued) and the word "Marketable"; "1,5082,428" one glued figure; "Revenue" one part, no figure."""
    parts: list[tuple[int, int, bool]] = []
    pos = 0
    for s, e in glued(word):
        if s > pos:
            parts.append((pos, s, False))
        parts.append((s, e, True))
        pos = e
    if pos < len(word):
        parts.append((pos, len(word), False))
    return parts


RUN_TOGETHER = "run_together"  # the reason a glued figure and the figures of its rows are excluded


def _pieces(x: Line) -> list[Piece]:
    """The text of a row that is not a figure, as pieces with exact spans."""
    if x.reader:
        return list(x.pieces or []) + list(x.rest or [])
    s, e = x.label_span
    return [Piece(x.text[s:e], Span(line=x.no, start=s, end=e))] if x.kind in ("data", "text") and e > s else []


def _sites(x: Line, trusted: bool = False) -> list[tuple[Span, int]]:
    """Glued figures of a row: their spans, and the side of the row whose neighbour shares the glue: -1 when one
    opens the row's label (the row before lost it), +1 when the row took it apart from the next row's label (a
    line read as rows run together, ``tables.run_on``: that label may hold more that ran into it), else 0."""
    ends = [f.span.end for f in (x.figures or []) + (x.unplaced or [])] + [p.span.end for p in x.rest or []]
    taken = list(x.glued or []) + ([] if trusted else list(x.split or []))
    out = {(span.line, span.start, span.end): 1 if span.end >= max(ends, default=0) else 0 for span in taken}
    pieces = _pieces(x)
    for k, p in enumerate(pieces):
        for s, e in glued(p.text):
            key = (p.span.line, p.span.start + s, p.span.start + e)
            if key not in out:
                out[key] = -1 if k == 0 and not p.text[:s].strip() and x.kind == "data" else 0
    return [(Span(line=a, start=b, end=c), side) for (a, b, c), side in sorted(out.items())]


def _spans(x: Line) -> list[Span]:
    """Where a row stands: its label, figures and the text after them. A text row: where its figures stand (a row
    whose figures ran into the next label reads as text); its other words are headers or a heading."""
    if not x.reader:
        s, e = (0, len(x.text)) if x.kind == "data" else x.label_span
        return [Span(line=x.no, start=s, end=e)] if x.kind == "data" else [
            Span(line=x.no, start=s + m.start(), end=s + m.end()) for m in re.finditer(r"\S+", x.text[s:e])
            if is_figure(m.group(0)) and not YEAR.match(m.group(0))]
    if x.kind == "data":
        figs = list(x.figures or []) + list(x.unplaced or []) + list(x.footnotes or [])
        return [p.span for p in list(x.pieces or []) + list(x.rest or [])] + [f.span for f in figs]
    return [Span(line=p.span.line, start=p.span.start + m.start(), end=p.span.start + m.end())
            for p in x.pieces or [] for m in re.finditer(r"\S+", p.text) if is_figure(m.group(0)) and not YEAR.match(m.group(0))]


def exclude_glued(group: list[Line]) -> list[tuple[Span, str]]:
    """Exclude the figures of rows run together in a table's lines: those of the row that holds a glued figure and,
    of the row whose label it stood before (``_sites``); every row's when the glue shows more than once and touches
    half the rows or more (the rendering lost the table's breaks, and the rest are no evidence of its columns).
    An excluded row is no row of the table (``Line.excluded``): its label may hold a heading or another row's label
    that ran into it. Returns the stretches excluded, for the token ledger.

    A line read as rows run together (``tables.run_on``) took cells apart where the characters prove the boundary
    (``Line.split``): those rows stay rows where every row of the table prints as many figures, two or more (no row
    lost a figure to a neighbour fused with it). A row of that line whose label is lost or cut by a date it names
    (``Line.fragment``) is no row: its figures are excluded."""
    frag = [x for x in group if x.kind == "data" and x.fragment]
    out: list[tuple[Span, str]] = []
    for x in frag:
        out.extend((span, RUN_TOGETHER) for span in _spans(x))
        x.excluded = True
    runs = [x for x in group if x.kind == "data" and x.reader == "run_on" and not x.excluded]
    counts = {len(x.figures or []) for x in runs}
    trusted = len(counts) == 1 and min(counts) >= 2 and not any(x.unplaced for x in runs)
    sites = [(k, span, side) for k, x in enumerate(group) if x.kind in ("data", "text") and not x.excluded
             for span, side in _sites(x, trusted)]
    if not sites:
        return out
    data = [k for k, x in enumerate(group) if x.kind == "data"]
    touched: set[int] = set()
    for k, _, side in sites:
        touched.add(k)
        near = [j for j in data if j < k][-1:] if side < 0 else [j for j in data if j > k][:1] if side > 0 else []
        touched.update(near)
    if len(sites) >= 2 and len(touched & set(data)) * 2 >= len(data):
        touched = {k for k, x in enumerate(group) if x.kind in ("data", "text")}
    out.extend((span, RUN_TOGETHER) for _, span, _ in sites)
    for k in sorted(touched):
        x = group[k]
        out.extend((span, RUN_TOGETHER) for span in _spans(x))
        x.excluded = x.kind == "data"
    return out
