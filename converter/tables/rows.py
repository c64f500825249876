"""Rows of a raw table in one form for every layout: a label and value cells with positions.

Flattened text gives ordinal positions, fixed-width text character ranges, HTML grid columns.
HTML typesets an amount over several cells ("$", "26,741", ")"): they are merged here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..knowledge import compiled, knowledge
from ..models import RawCell, RawRow, RawTable, Span
from ..periods import find_period_exprs
from .label_tails import join_label_tails
from .text_cells import SERIAL_LEAD
from .totals import is_total
from ..tokens import Amount, parse_amount

_suffixes = compiled("units", "suffixes")
_YEAR = re.compile(r"^(?:19|20)\d{2}\*{0,3}$")
_ONLY_SYMBOL = re.compile(r"^[\s$¥€£)(%]*$")
_SCALE_WORD = re.compile(r"\b(?:thousands|millions|billions)\b", re.I)
_PLUS = re.compile(r"^\+\d")
_FOOTNOTE_LIKE = re.compile(r"^\(?\d{1,2}\)?$|^(?:19|20)\d{2}$")
_UNFINISHED_END = frozenset(knowledge().raw["layout"]["unfinished_end_words"])


def symbols_only(text: str) -> bool:
    """Whether a cell holds a figure's symbols alone ("$", ")", "%"): no words, no figure of its own."""
    return _ONLY_SYMBOL.match(text) is not None


@dataclass
class VCell:
    """A value cell: an amount (or a nil, or an empty placeholder) with its place in the row."""

    text: str
    span: Span
    pos: tuple[float, float]  # ordinal (i, i), characters (start, end) or grid columns (col, col + colspan)
    amount: Amount | None = None  # None for an empty placeholder
    unit: str | None = None  # printed suffix unit ("Gbps")
    scale: int | None = None  # printed suffix scale ("million")
    parts: list[Span] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.amount is None


@dataclass
class Row:
    line: int
    kind: str  # data / text / blank
    label: str
    label_span: Span | None
    cells: list[VCell]
    indent: int = 0
    fragments: list[tuple[str, Span, tuple[float, float]]] = field(default_factory=list)  # header text pieces
    grid: bool = False  # an HTML row: positions are grid columns
    stub: bool = False  # a text row that stands in the label column only (a heading, never a column header)
    shared_label: bool = False  # HTML: a row whose label cell spans it and other rows of figures (``_spanned_labels``)
    groups: bool = False  # a line of names each over a group of the columns (``label_caption.column_groups``)
    unit_cell: str | None = None  # a cell of words between the label and the figures ("Gold sold | Oz Au | 12,426")

    @property
    def values(self) -> list[VCell]:
        return [c for c in self.cells if not c.empty]

    @property
    def years_only(self) -> bool:
        v = self.values
        return bool(v) and all(_YEAR.match(c.text.strip()) for c in v)


def parse_cell(text: str) -> tuple[Amount | None, str | None, int | None]:
    """An amount with an optional printed unit or scale word after it ("619.8 Gbps", "JPY34,272 million")."""
    t = text.strip().replace("\u00a0", " ")
    if _PLUS.match(t):
        t = t[1:]  # a change printed with its sign ("+415"): the figure
    unit = scale = None
    for pat, entry in _suffixes:
        if entry["pattern"] == "%":
            continue
        m = re.search(r"\s?(" + pat.pattern + r")(\)?)$", t, re.IGNORECASE)
        if m and len(t) > len(m.group(0)):
            t = t[: m.start()] + m.group(2)
            unit = entry.get("unit")
            scale = entry.get("scale")
            break
    return parse_amount(t.strip()), unit, scale


def _text_row(r: RawRow) -> Row:
    return Row(
        line=r.line,
        kind="text",
        label=" ".join(c.text for c in r.cells).strip(),
        label_span=r.cells[0].span if r.cells else None,
        cells=[],
        indent=r.indent,
        fragments=[(c.text, c.span, (float(c.span.start), float(c.span.end))) for c in r.cells],
    )


def text_rows(table: RawTable, lines: list[str]) -> list[Row]:
    """Rows of a table the text detector found (flattened or fixed)."""
    out: list[Row] = []
    for r in table.rows:
        if r.kind == "blank":
            out.append(Row(line=r.line, kind="blank", label="", label_span=None, cells=[]))
            continue
        if r.kind == "text":
            row = _text_row(r)
            if table.layout == "fixed" or (r.cells and r.cells[0].col is not None):
                row.fragments = _fragments(lines[r.line - 1], r.line) if table.layout == "fixed" else row.fragments
            if r.cells and all(c.col == 0 for c in r.cells):
                row.stub = True  # a rendering that keeps its cells says the text stands over the labels only
            elif r.cells and r.cells[0].col is not None:  # a line of years: values that are headers
                row.cells = [_vcell(c, table.layout) for c in r.cells]
            out.append(row)
            continue
        # the label: the first cell, or every cell of column 0 (a label broken over lines)
        labels = [c for c in r.cells if c.col == 0] or r.cells[:1]
        label = labels[0]
        cells = [_vcell(c, table.layout) for c in r.cells if not any(c is x for x in labels) and c.col is not None and c.col > 0]
        row = Row(
            line=r.line,
            kind="data",
            label=" ".join(c.text for c in labels if c.text),
            label_span=label.span if label.text else None,
            cells=cells,
            indent=r.indent,
            unit_cell=_unit_cell(r, labels, cells),
        )
        if table.layout == "fixed":
            row.fragments = _fragments(lines[r.line - 1], r.line)
        out.append(row)
    out = _labels_over_figures(out)
    if table.layout != "fixed":
        out = join_label_tails(out)  # "Net income | 367" / "excluding the impact of equity investments" (``label_tails``)
    return _join_wrapped_labels(out, unfinished_only=table.layout != "fixed")


_UNIT_CELL = re.compile(r"(?:[^\W\d]|[$\u20ac\u00a3\u00a5])[^\d|]{0,11}")  # a word or two, no figure: "Oz Au", "$/oz", "AUD$/oz", "tonnes"


def _unit_cell(r: RawRow, labels: list, cells: list[VCell]) -> str | None:
    """The one cell of words a row prints between its label and its first figure, on the label's line, where the
    rendering kept its cells apart ("Gold sold | Oz Au | 12,426 | 18,753": the unit of the row's figures)."""
    if not cells or not labels or labels[-1].span is None:
        return None
    first = cells[0].span
    between = [c for c in r.cells if c.col is None and c.span.line == labels[-1].span.line == first.line
               and labels[-1].span.end <= c.span.start < first.start]
    if len(between) != 1 or not _UNIT_CELL.fullmatch(between[0].text.strip()):
        return None
    return between[0].text.strip()


_PAIRS = 3  # labels printed over their figures, in a table that prints its rows so


def _labels_over_figures(rows: list[Row]) -> list[Row]:
    """Rows printed as a line of the label and, under it, a line of the figures alone ("Premiums earned" / "  53,017
    53,908  160,868  161,721", Erie Indemnity's EX-99.2 of 2006; "Inventories (Note 8)" / "36,444  66,365", OrganiGram
    Q3 FY2021, both renderings of HTML or PDF): one row each. The layout is told by its repetition (``_PAIRS`` such
    rows at least); a heading's line (a colon at its end, a period or a scale it names) is never a row's label, and a
    line of figures alone after a row of figures stays a total without a label."""
    def pair(i: int) -> bool:
        prev, r = rows[i - 1], rows[i]
        after = rows[i + 1] if i + 1 < len(rows) else None
        if after is not None and after.kind == "text" and after.label[:1].islower():
            return False  # "Realized (gains) losses on available-for-sale debt" / "- - - (75) (9)" / "securities": the
            # label goes on under its figures (``label_tails``)
        return (r.kind == "data" and not r.label.strip() and bool(r.cells) and prev.kind == "text" and bool(prev.label)
                and not any(c.text.strip() for c in prev.cells) and not prev.label.rstrip().endswith(":")
                and not _header_line(prev, prev) and bool(re.search(r"[A-Za-z]{2}", prev.label)))

    at = [i for i in range(1, len(rows)) if pair(i)]
    if len(at) < _PAIRS:
        return rows
    out = list(rows)
    for i in reversed(at):
        prev, r = out[i - 1], out[i]
        out[i - 1 : i + 1] = [Row(line=r.line, kind="data", label=prev.label, label_span=prev.label_span, cells=r.cells,
                                  indent=prev.indent, fragments=r.fragments, stub=r.stub)]
    return out


def _unfinished(prev: Row, r: Row) -> bool:
    """Whether a line of words without figures (and no colon: ``_join_wrapped_labels``) is the start of the label the
    next line finishes: that line starts in lower case ("| Income before income taxes, net, equity in income of joint
    ventures, net, |" / "| and equity in income from other investments, net | | 100,294 |"; "| Securities held to
    maturity, at amortized cost less allowance for credit | | |" / "| losses of $60,009 and $35,627 | | 20,498,502 |"),
    as a heading's second line continues it (``interpret``), or the line ends with ";" ("Preferred stock, $1.00 par
    value, authorized 7,054,000 shares;" / "Issued and outstanding (in series) 20,806 and 19,367 shares,
    respectively;"). No heading ends so. A label's line may name dates ("as of September 30, 2025 and December 31,
    2024; 155,873,752 and", FIGS Q3 2025's shares of class A common stock over four lines, the figures on the last,
    "December 31, 2024, respectively | 15 | 15"): a line of six words or more that the next continues is no header's."""
    wordy = len(prev.label.split()) >= _LABEL_LINE_WORDS and not any(_SCALE_WORD.search(x.label) for x in (prev, r))
    cont = (r.label[:1].islower() and not SERIAL_LEAD.match(r.label)) or prev.label.rstrip().endswith(";") or ((prev.stub or wordy) and ends_mid_phrase(prev.label))
    # a heading in capitals broken over two lines, its colon on the second ("SHARES USED IN CALCULATING NET" /
    # "INCOME PER SHARE:", Rubio's Q1 2005 rendered a cell a line): one heading; a heading of its own ends with its colon
    cont = cont or (r.kind == "text" and not r.cells and r.label.rstrip().endswith(":") and len(prev.label.split()) >= 3
                    and prev.label.isupper() and r.label.isupper() and not find_period_exprs(prev.label + " " + r.label))
    # (a lower-case line that ends mid-phrase too: a header's line ends with its last column's words, "as of September
    # 30, 2010 YoY Change" under "Number of Contracts for Connectivity Services", IIJ 1H FY2010)
    if _header_line(prev, r) and not (wordy and (ends_mid_phrase(prev.label) or (r.label[:1].islower() and ends_mid_phrase(r.label)))):
        return False  # a header's lines ("Three Months Ended December 31," / "in thousands"), not a label's
    return cont


_LABEL_LINE_WORDS = 6  # a line of a label this long that the next continues is no header's line, whatever dates it names


def _header_line(prev: Row, r: Row) -> bool:
    return any(find_period_exprs(x.label) or _SCALE_WORD.search(x.label) for x in (prev, r))


def ends_mid_phrase(label: str) -> bool:
    """Whether a line of a label ends with a word no label ends with (``[layout] unfinished_end_words``: "to", "of",
    "and", ...): the next line finishes it, whatever its case ("Negative carry related to" / "  Credit legacy debt
    $19  $0.05": Sears Q2 2004, fixed-width). Asked of a line that is one phrase in the label column only: a line of
    column headers ("| | % of | | | % of |" over "| | Amount | | GWP |") is no label's."""
    words = label.split()
    return bool(words) and words[-1].lower() in _UNFINISHED_END


def _join_wrapped_labels(rows: list[Row], unfinished_only: bool = False) -> list[Row]:
    """A label wrapped over lines ("Credit and financial products" / "  revenues   81  1,345") is one label.

    ``unfinished_only``: where the layout does not show a label's lines by their indent (cells between pipes, text
    flattened), only a line that stops mid-phrase continues on the next (``_unfinished``). A line that ends with a
    word no label ends with continues on the next in every layout (``ends_mid_phrase``). A fixed-width line of words
    spaced across the columns ("Three   Three   Nine   Nine" over "months   months   months   months", Erie Indemnity
    2006) is a header's, no label's."""
    out: list[Row] = []
    hanging: dict[int, int] = {}  # a label joined from its lines (fixed width) -> the indent of its continuation lines
    for r in rows:
        prev = out[-1] if out else None
        # a continuation starts in lower case or with "(", or finishes a total ("Total Domestic Retail" / "Stores"), or
        # stands at the indent of the continuation line before it, deeper than the label's first ("Accelerated
        # Depreciation" / " resulting from CSC Purchased" / " Services transaction  39": Sears Q2 2004)
        if unfinished_only:
            cont = prev is not None and bool(r.label) and _unfinished(prev, r)
        else:
            cont = r.label[:1].islower() or r.label.startswith("(") or (
                prev is not None and is_total(prev.label) and r.indent > prev.indent
            ) or (prev is not None and len(prev.fragments) <= 1 and ends_mid_phrase(prev.label) and not _header_line(prev, r)) or (
                prev is not None and hanging.get(id(prev)) == r.indent and r.indent > prev.indent
            )
        if (
            prev is not None
            and prev.kind == "text"
            and not any(c.text.strip() for c in prev.cells)  # an HTML row's empty cells print nothing
            and r.kind in ("data", "text")
            and r.label
            and cont
            and not prev.label.endswith(":")
            and r.indent >= prev.indent
            and (unfinished_only or (len(prev.fragments) <= 1 and (r.kind == "data" or len(r.fragments) <= 1)))
        ):
            span = prev.label_span
            out[-1] = Row(
                line=r.line,
                kind=r.kind,
                label=_run_on(prev.label, r.label),
                label_span=span,
                cells=r.cells,
                indent=prev.indent,
                fragments=r.fragments,
                stub=r.stub,
            )
            hanging[id(out[-1])] = r.indent
            continue
        if (prev is not None and prev.kind == "data" and r.kind == "text" and r.label[:1].islower() and prev.label
                and not any(c.text.strip() for c in r.cells) and len(r.label.split()) <= 3 and not r.label.rstrip().endswith(":")
                and not _header_line(prev, r)):
            # the last words of a label whose figures stand on its first line ("Gain on settlement of lease -- -- 391
            # --" / "liabilities", a PDF's text of a Canadian issuer's Q3 2024 statement): no heading of the rows below
            out[-1] = replace(prev, label=_run_on(prev.label, r.label))
            continue
        out.append(r)
    return out


def _vcell(c: RawCell, layout: str) -> VCell:
    if layout == "fixed":
        pos = (float(c.span.start), float(c.span.end))
    else:
        pos = (float(c.col or 0), float(c.col or 0))
    if not c.text:
        return VCell(text="", span=c.span, pos=pos)
    amount, unit, scale = parse_cell(c.text)
    return VCell(text=c.text, span=c.span, pos=pos, amount=amount, unit=unit, scale=scale, parts=[c.span])


def _fragments(line: str, no: int) -> list[tuple[str, Span, tuple[float, float]]]:
    """Pieces of a fixed-width line separated by two or more spaces ("June 28, January 3," is two pieces too)."""
    out = []
    for m in re.finditer(r"\S+(?: \S+)*", line):
        start = m.start()
        for part in _DATE_SPLIT.split(m.group(0)):
            if part:
                s = line.index(part, start)
                out.append((part, Span(line=no, start=s, end=s + len(part)), (float(s), float(s + len(part)))))
                start = s + len(part)
    return out


_MONTH_WORDS = "|".join(knowledge().raw["periods"]["months"] + knowledge().raw["periods"]["month_abbreviations"])
_DATE_SPLIT = re.compile(r"(?<=,) (?=(?:" + _MONTH_WORDS + r")\b)", re.IGNORECASE)


# ------------------------------------------------------------------ HTML grids


def grid_rows(table: RawTable) -> list[Row]:
    """Rows of an HTML table: the label is the leftmost text cell; amounts typeset over several cells are merged."""
    out: list[Row] = []
    for r in table.rows:
        cells = [c for c in r.cells if c.text.strip()]
        if not cells:
            out.append(Row(line=r.line, kind="blank", label="", label_span=None, cells=[], grid=True))
            continue
        label_cells: list[RawCell] = []
        trailing: list[RawCell] = []
        values: list[VCell] = []
        pending: list[RawCell] = []  # "$", "(" waiting for their number
        for c in cells:
            t = c.text.strip()
            if symbols_only(t):
                if t in (")", "%", ")%", "%)") and values:
                    v = values[-1]
                    merged = v.text + t
                    amount, unit, scale = parse_cell(merged)
                    if amount is not None:
                        values[-1] = VCell(
                            text=merged, span=v.span, pos=v.pos,  # the figure's column, not the ")" cell's
                            amount=amount, unit=unit, scale=scale, parts=v.parts + [c.span],
                        )
                        continue
                pending.append(c)
                continue
            prefix = "".join(p.text.strip() for p in pending)
            amount, unit, scale = parse_cell((prefix + " " + t).strip() if prefix else t)
            if amount is None and prefix:
                amount, unit, scale = parse_cell(t)
            if amount is None and t.lstrip("$¥€£ ").startswith("(") and ")" not in t:
                # "(517" with its ")" in the next cell
                amount, unit, scale = parse_cell(((prefix + " ") if prefix else "") + t + ")")
            if amount is not None and (values or label_cells or c.col):
                start_col = float(pending[0].col) if pending and pending[0].col is not None else float(c.col or 0)
                values.append(
                    VCell(
                        text=(prefix + t) if prefix else t, span=c.span,
                        pos=(start_col, float(c.col or 0) + c.colspan), amount=amount, unit=unit, scale=scale,
                        parts=[p.span for p in pending] + [c.span],
                    )
                )
            elif not values:
                label_cells.append(c)
            else:
                trailing.append(c)  # text after amounts ("Up 8%" under "Q/Q", a note, a header's words)
            pending = []
        # a header row that prints footnote markers next to its dates ("February 3, 2024 (1)") is still a header
        if values and find_period_exprs(" ".join(c.text for c in cells)) and len([v for v in values if not _FOOTNOTE_LIKE.match(v.text.strip())]) == 0:
            values = []
        if not label_cells or all(_YEAR.match(v.text.strip()) for v in values):
            # no label before the amounts, or years that head columns: the text after them is the row's words
            label_cells += trailing
        label = " ".join(c.text.strip() for c in label_cells)
        fragments = [(c.text.strip(), c.span, (float(c.col or 0), float(c.col or 0) + c.colspan)) for c in cells]
        kind = "data" if any(v.amount is not None for v in values) else "text"
        row = Row(
            line=r.line,
            kind=kind,
            label=label if kind == "data" else " ".join(c.text.strip() for c in cells),
            label_span=label_cells[0].span if label_cells else None,
            cells=values,
            indent=r.indent,
            fragments=fragments,
            grid=True,
        )
        out.append(row)
    return _join_grid_wrapped(_spanned_labels(table, out))


def _run_on(first: str, rest: str) -> str:
    """A label's two lines as one; a word broken at its hyphen runs on without a space ("Bank-" / "owned Life
    Insurance")."""
    return f"{first}{rest}" if first.endswith("-") and rest[:1].islower() else f"{first} {rest}"


def _join_grid_wrapped(rows: list[Row]) -> list[Row]:
    """An HTML label wrapped over two rows of the table, the first printing the label's start alone: the second starts
    in lower case ("Officer and Employee Compensation" / "and Benefits | 4,373,967") or the first stops mid-phrase
    ("Net Interest Income After" / "Provision for Loan Losses | 6,440,319": Freedom Financial Q2 2026), as in text
    (``_join_wrapped_labels``). A heading over rows ("Non-Interest Income" / "Mortgage Loan Gain-on-Sale ...") is
    neither."""
    out: list[Row] = []
    for r in rows:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "text" and len(prev.fragments) == 1 and r.kind in ("data", "text") and r.label
                and not prev.label.endswith(":") and not r.shared_label and r.label_span is not None
                and (r.label[:1].islower() or ends_mid_phrase(prev.label))
                and not _header_line(prev, r)):
            out[-1] = Row(line=r.line, kind=r.kind, label=_run_on(prev.label, r.label), label_span=prev.label_span, cells=r.cells, indent=prev.indent,
                          fragments=r.fragments, grid=True)
            continue
        out.append(r)
    return out


def _spanned_labels(table: RawTable, rows: list[Row]) -> list[Row]:
    """A label cell that spans rows of figures (``<td rowspan="2">Selling, general and administrative expenses Other
    income</td>`` beside 146,288, the next row's figures 16,317 under it): which words label which row cannot be told.
    Every row it spans takes that cell as its label and is marked (``shared_label``): their figures are excluded,
    never one label for two rows' figures, nor a note reference ("22,27 28") as the label of the second."""
    out = list(rows)
    for k, r in enumerate(table.rows):
        first = next((c for c in r.cells if c.text.strip()), None)
        if first is None or first.rowspan < 2 or out[k].kind != "data" or out[k].label_span != first.span:
            continue
        group = [k]
        for j in range(k + 1, min(k + first.rowspan, len(table.rows))):
            own = next((c for c in table.rows[j].cells if c.text.strip()), None)
            if own is not None and own.col is not None and first.col is not None and own.col <= first.col:
                break  # a row with a cell of its own in the label column: the span ends above it
            group.append(j)
        if sum(1 for j in group if out[j].kind == "data") < 2:
            continue  # one row of figures: the label is its own
        for j in group:
            if out[j].kind == "data":
                out[j] = replace(out[j], label=first.text.strip(), label_span=first.span, shared_label=True)
    return out
