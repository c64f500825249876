"""Rows of a text as its layout gives them: one per line (``text_detect.split_line``), or as a rendering of
HTML lays them out (cells between pipes, a cell per line, rows run together on one line, EDGAR SGML markup), each
a ``Line`` with exact pieces; and those rows as ``RawRow``s of the one model every reader produces.
"""

from __future__ import annotations

import re

from ..models import RawCell, RawRow, Span
from .cell_lines import merge_cell_lines
from .furniture import mark_furniture
from .glued_marks import defined_marks
from .pipe_cells import cell_marks
from .pipes import closes_rows, is_pipe_line, is_rule_record, record_end, split_record
from .run_on import RUN_ON_MIN_CHARS, run_on_records, running_header, running_header_end, several_rows
from .sgml import markup
from .text_cells import FOOTNOTE_COL, MALFORMED_COL, SERIAL, TRUNCATED_COL, Piece, assemble, is_figure, is_page_number, is_symbol
from .text_detect import _MAX_LABEL, _SENTENCE_END, _YEAR, Line, _is_blank, _is_prose, closing_dash, split_line


def record_line(pieces: list[Piece], no: int, last: int, reader: str) -> Line:
    """A row read from a rendering of HTML (cells as pieces with exact spans) as a ``Line``.

    A row whose figures are all years and that prints other phrases too ("$ in thousands | 2025 | | 2024 |
    | $ Change") is a header line; a row of years alone is a line of years; a row with figures is data.
    """
    serial = None
    if reader == "pipes" and len(pieces) >= 2 and SERIAL.fullmatch(pieces[0].text.strip()) and pieces[1].index != pieces[0].index \
            and re.search(r"[A-Za-z]{3}", pieces[1].text) and not is_figure(pieces[1].text.strip()):
        serial = pieces[0]  # "|1|Revenue from Operations|21,829.68|": a serial number, no figure (``text_cells.SERIAL``)
    label, figures, rest = assemble(pieces[1:] if serial else pieces)
    if serial is not None:
        label = [serial] + label
    text = " ".join(p.text for p in pieces)
    if not pieces:
        return Line(no, "", "blank", last=last, reader=reader)
    years = bool(figures) and all(_YEAR.match(f.text) for f in figures)
    if figures and years and not label and not rest:
        return Line(no, text, "years", last=last, figures=figures, reader=reader)
    if not figures or years:
        phrases = [p for p in pieces if not is_symbol(p.text)]
        return Line(no, text, "text", label=" ".join(p.text for p in phrases), last=last, pieces=phrases, reader=reader)
    if reader == "pipes" and label:
        # the label is one cell (its pieces share an index); other text before the figures ("Notes": "8, 9") is not.
        # A serial number in a column of its own before it ("|(II)|Other income|2.48|", "Sr. No." of an Indian results
        # statement) numbers the label: the label is the cell after it, with its number
        first = own = label[0].index
        if SERIAL.fullmatch(label[0].text.strip()) and len({p.index for p in label}) > 1:
            own = next(p.index for p in label if p.index != first)
        rest = [p for p in label if p.index not in (first, own)] + rest
        label = [p for p in label if p.index in (first, own)]
    lab = " ".join(p.text for p in label)
    if (len(lab) > _MAX_LABEL and not (reader == "pipes" and figures)) or (reader != "pipes" and (_is_prose(lab) or _SENTENCE_END.search(lab))):
        # cells between pipes, or a label on its own line above its figures, are a table's cells whatever
        # their wording; only a sentence is prose (a long label in a cell of its own with figures in the cells after
        # it is a row: CuriosityStream Q2 2026's "Common stock, $0.0001 par value – 125,000 shares authorized ...
        # respectively. | 5 | 5", 321 characters)
        return Line(no, text, "prose", label=lab, last=last, reader=reader)
    return Line(no, text, "data", label=lab, last=last, pieces=label, figures=figures, rest=rest, reader=reader)


def page_line(no: int, text: str, reader: str = "page") -> Line:
    """A page number on a line of its own (or a footnote's marker, ``reader`` "footnote"): no row of any table (a blank
    row that keeps its token for the ledger)."""
    t = text.strip(" \t\u00a0")
    start = text.index(t)
    return Line(no, text, "blank", reader=reader, pieces=[Piece(t, Span(line=no, start=start, end=start + len(t)))])


def _tail(lines: list[str], i: int, j: int) -> int:
    pieces = split_record(lines, i, j, with_end=True)
    end = pieces[-1].index
    last = max((p.index for p in pieces[:-1]), default=0)
    return end - 1 - last


def read_records(lines: list[str]) -> list[Line]:
    """The rows of a text: one per line, or as a rendering of HTML lays them out (pipes, a cell per line,
    rows run together on one line)."""
    out: list[Line] = []
    drop, glued = cell_marks(lines)  # cells on lines of their own, a "|" before each: the "|" left out
    if glued:
        lines = [glued.get(k, t) for k, t in enumerate(lines)]
    i = 0
    n = len(lines)
    running: str | None = None  # the running header of run-on pages (``running_header``; "": none), once known
    in_sgml = False  # between <TABLE> and </TABLE>: blank lines do not end the table
    while i < n:
        if i in drop:
            i += 1
            continue
        text = lines[i]
        mark = markup(text)
        if mark is not None:
            in_sgml = (in_sgml or mark == "table_start") and mark != "table_end"
            # </TABLE> ends a table like a paragraph of prose; tags and rules are blank lines that do not count
            out.append(Line(i + 1, text, "prose" if mark == "table_end" else "blank", reader=mark))
            i += 1
            continue
        if in_sgml and _is_blank(text):
            out.append(Line(i + 1, text, "blank", reader="tag"))
            i += 1
            continue
        if is_pipe_line(text):
            j = record_end(lines, i)
            if is_rule_record(split_record(lines, i, j)):  # "|---|:---:|" under a header: a rule line
                out.extend(Line(k + 1, lines[k], "blank", reader="rule") for k in range(i, j + 1))
                i = j + 1
                continue
            rec = record_line(split_record(lines, i, j), i + 1, j + 1, "pipes")
            rec.tail = _tail(lines, i, j)
            at = len(out) - 1
            if at > 0 and out[at].reader == "pipes" and out[at].kind == "blank" and out[at].no == i and lines[i - 1].strip() == "|":
                at -= 1  # "Net revenues" / "|" / "$ | 180,556 | $ | 120,129 |": a pipe alone between label and figures
            prev = out[at] if at >= 0 else None
            lead = text.lstrip(" \u00a0")
            if (
                rec.kind == "data"
                and not rec.label
                and prev is not None
                and prev.end == (i if at == len(out) - 1 else i - 1)
                and prev.kind == "text"
                and not prev.reader
                and not prev.cells
                and (lead.startswith("|") or (at < len(out) - 1 and is_symbol(lead.split("|", 1)[0])))
            ):
                # a long label alone on the line before its figures
                s, e = prev.label_span
                piece = Piece(prev.label, Span(line=prev.no, start=s, end=e), 0)
                rec = record_line([piece] + split_record(lines, i, j), prev.no, j + 1, "pipes")
                rec.tail = _tail(lines, i, j)
                del out[at:]
                out.append(rec)
            elif (rec.kind in ("text", "years") and rec.pieces and 0 < sum(p.index == 0 for p in rec.pieces) < len(rec.pieces)
                  and not _header_first(lines, i, rec.pieces)):
                # a header row with text in the label column ("$ in thousands | 2025 | | 2024 |"): that text is a
                # note above the labels, the rest heads the columns
                stub = [p for p in rec.pieces if p.index == 0]
                heads = [p for p in rec.pieces if p.index != 0]
                k = len(out)
                while k > 0 and out[k - 1].reader == "pipes" and out[k - 1].kind in ("text", "years") and out[k - 1].no >= i - 6:
                    k -= 1  # above the header lines it stands beside, so that they stay together
                out.insert(k, record_line(stub, i + 1, i + 1, "pipes"))
                out.append(record_line(heads, i + 1, j + 1, "pipes"))
            else:
                out.append(rec)
            i = j + 1
            continue
        if is_page_number(text) and any(x.reader == "pipes" for x in out[-3:]):
            out.append(page_line(i + 1, text))  # a page number after a rendered table
            i += 1
            continue
        marks = defined_marks(lines, i + 1)  # the footnote marks the lines after it explain
        furniture = None
        if running is None:
            running = running_header(lines) or ""
        if running and text.startswith(running + " "):
            # the page's running header at the start of a run-on page ("Ye lp Q 2 20 26 3 23": Yelp's letter, page 3
            # of 23): furniture, no row; the rest of the line is read as ever
            end = running_header_end(text, running)
            furniture = Line(i + 1, text, "blank", reader="furniture", pieces=[Piece(text[:end].rstrip(), Span(line=i + 1, start=0, end=len(text[:end].rstrip())))])
            text = " " * end + text[end:]
        recs = run_on_records(text, i + 1, marks=marks) if len(text) > RUN_ON_MIN_CHARS else several_rows(text, i + 1, marks)
        if recs:
            out.extend(([furniture] if furniture else []) + recs)
            i += 1
            continue
        out.append(closing_dash(split_line(i + 1, text)) if in_sgml else split_line(i + 1, text))
        i += 1
    out = merge_cell_lines(out)
    mark_furniture(out)
    return out


def _header_first(lines: list[str], i: int, pieces: list[Piece]) -> bool:
    """A header row whose first cell heads a column, not the label column: a rendering that prints pipes between
    cells only drops a row's empty leading cells, so there the first cell of "June 28, 2026 | June 29, 2025" or of
    "Q1 | Q2 | Q3" is the first column's header (a cell of the label column names no period, scale or role)."""
    if closes_rows(lines, i):
        return False  # every row starts at the label column
    from .headers import parse_header

    first = " ".join(p.text for p in pieces if p.index == 0)
    if any(p.text == first for p in pieces if p.index != 0):
        return True  # "Amounts | % of Net Sales | Amounts | % of Net Sales": a phrase repeated over the columns
    items = parse_header(first)
    # "(Dollars in millions, except per share data)" is a note on the table, "(13 weeks)" the length of a column
    return any(it.kind == "period" for it in items) and not any(it.kind == "unit" for it in items)


def reader_row(x: Line) -> RawRow:
    """A row of a rendering of HTML: label pieces (``col`` 0) then figures (``col`` 1, 2, ... in order);
    a header row: its phrases in order (``col`` None), a line of years: years in order."""
    if x.kind == "blank":  # a page number, page furniture, a footnote's marker: keep their cells, for the ledger
        col = FOOTNOTE_COL if x.reader == "footnote" else None
        cells = [RawCell(text=p.text, span=p.span, col=col) for p in (x.pieces or [])] if x.reader in ("page", "furniture", "footnote") else []
        return RawRow(line=x.no, cells=cells, text="", kind="blank")
    if x.kind == "years":
        cells = [RawCell(text=f.text, span=f.span, col=k + 1) for k, f in enumerate(x.figures or [])]
        return RawRow(line=x.no, cells=cells, text=x.text, kind="text")
    if x.kind != "data":
        pieces = x.pieces or []
        # pipes tell where text stands: text in the label column only (cell index 0) is a heading, not a header
        stub = x.stub
        cells = [RawCell(text=p.text, span=p.span, col=0 if stub else None) for p in pieces]
        return RawRow(line=x.no, cells=cells, text=x.label, kind="text")
    pieces = x.pieces or []
    label = [RawCell(text=p.text, span=p.span, col=0) for p in pieces]
    if not label:
        first = ((x.figures or []) + (x.unplaced or []))[0].span
        label = [RawCell(text="", span=Span(line=first.line, start=first.start, end=first.start), col=0)]
    values = [
        RawCell(text=f.text, span=f.span, col=k + 1) if f.text else RawCell(text="", span=f.span, col=k + 1)
        for k, f in enumerate(x.figures or [])
    ]
    # text after the figures ("$28.15 - $28.65", "~1,625"): no column of its own (col None), kept for the ledger
    rest = [RawCell(text=p.text, span=p.span) for p in (x.rest or [])]
    rest += [RawCell(text=f.text, span=f.span) for f in (x.unplaced or [])]
    rest += [RawCell(text=f.text, span=f.span, col=FOOTNOTE_COL) for f in (x.footnotes or [])]
    rest += [RawCell(text=f.text, span=f.span, col=TRUNCATED_COL) for f in (x.truncated or [])]
    rest += [RawCell(text=f.text, span=f.span, col=MALFORMED_COL) for f in (x.malformed or [])]
    return RawRow(line=label[0].span.line, cells=label + values + rest, text=x.text, kind="data")
