"""The token ledger: every numeric token of a table's region, as a cell or an exclusion with its reason."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .errors import PrxbrlError
from .models import SourceDocument, Span, TokenRecord
from .periods import mask_dates
from .readers import MAX_FIGURES
from .tables.rows import symbols_only
from .tables.run_on import RUN_ON_MIN_CHARS
from .tables.text_cells import FOOTNOTE_COL, MALFORMED_COL, POINTS, TRUNCATED_COL
from .tokens import FOOTNOTE_REF, NUMERIC_TOKEN, parse_amount



def token_ledger(doc: SourceDocument, raw_tables: list, results: list) -> list[TokenRecord]:
    """The token ledger of every table. The source stretches an HTML table's cells stand at may hold more
    figures than the cells' text (a mangled page): beyond ``MAX_FIGURES`` the release is refused, as one that
    prints that many figures is."""
    out: list[TokenRecord] = []
    # a line two tables share (rows run together on one line): each counts only its own stretch of it
    stretches = [_stretch(raw) for raw in raw_tables]
    for k, (res, raw) in enumerate(zip(results, raw_tables)):
        (first, lo), (last, hi) = stretches[k]
        others = stretches[:k] + stretches[k + 1 :]
        shared = (any(b[0] == first and b[1] <= lo for _, b in others), any(a[0] == last and a[1] >= hi for a, _ in others))
        for record in _ledger(res, raw, doc.lines, doc.format, stretches[k], shared if doc.format == "text" else (False, False)):
            out.append(record)
            if len(out) > MAX_FIGURES:
                raise PrxbrlError(f"{doc.path}: the release's tables print more than {MAX_FIGURES:,} figures; "
                                  f"prxbrl converts at most {MAX_FIGURES:,}")
    if doc.format == "text":
        out.extend(_unread_rows(doc.lines, raw_tables))
    return out


_MD_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")


def _unread_rows(lines: list[str], raw_tables: list) -> Iterator[TokenRecord]:
    """The figures of a markdown table (pipe rows with a rule row "| --- | --- |") that no table read holds, cells
    that are a figure once bracketed marks are set aside: unexplained, so that the count of tokens shows a table the reader missed whole (FUSO Chemical
    FY2024: rows whose every cell carried citation markers, "[cite_start]69,501 [cite: 34]", read as no table)."""
    from .tables.pipes import is_pipe_line

    covered = {no for raw in raw_tables for no in range(raw.first_line, raw.last_line + 1)}
    n = len(lines)
    i = 0
    while i < n:
        if not is_pipe_line(lines[i]):
            i += 1
            continue
        j = i
        while j < n and is_pipe_line(lines[j]):
            j += 1
        if any(_MD_RULE.match(lines[k]) for k in range(i, j)):
            for k in range(i, j):
                if k + 1 in covered or _MD_RULE.match(lines[k]):
                    continue
                pos = 0
                for cell in lines[k].split("|"):
                    start, pos = pos, pos + len(cell) + 1
                    if not _BRACKETED.sub(" ", cell).strip() or parse_amount(_BRACKETED.sub(" ", cell)) is None:
                        continue  # a label, words, a range ("$0.70 to $0.72"), a time: no figure of its own
                    for m in NUMERIC_TOKEN.finditer(cell):
                        yield TokenRecord(raw=m.group(0), span=Span(line=k + 1, start=start + m.start(), end=start + m.end()),
                                          status="excluded", reason="unexplained")
        i = j


_BRACKETED = re.compile(r"\[[^\]\n]*\]")  # "[cite_start]", "[cite: 34]": what a cell holds beside its figure


def _stretch(raw) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where a text table starts on its first line and ends on its last: (line, character) twice."""
    spans = [c.span for r in raw.rows for c in r.cells] + [sp for sp, _ in raw.excluded]
    lo = min((sp.start for sp in spans if sp.line == raw.first_line), default=0)
    hi = max((sp.end for sp in spans if sp.line == raw.last_line), default=0)
    return (raw.first_line, lo), (raw.last_line, hi)


def _ledger(res, raw, lines: list[str], fmt: str, stretch: tuple[tuple[int, int], tuple[int, int]],
            shared: tuple[bool, bool] = (False, False)) -> Iterator[TokenRecord]:
    """Every numeric token of the table region, as a cell or an exclusion with its reason. ``stretch``: where the
    table starts and ends (``_stretch``). ``shared``: whether
    another table ends on the table's first line, and whether another starts on its last (rows run together on
    one line: there the table counts only its own stretch)."""
    table = res.table
    cell_at: dict[tuple[int, int], str] = {}
    cell_end: dict[tuple[int, int], int] = {}
    for item in table.rows:
        for c in item.cells:
            cell_at[(c.span.line, c.span.start)] = f"{item.id}/{c.column}"
            cell_end[(c.span.line, c.span.start)] = c.span.end
    excl: dict[tuple[int, int], str] = {}
    for c, reason in res.excluded:
        span = c.span if hasattr(c, "span") else c[1]
        excl[(span.line, span.start)] = reason
        cell_end.setdefault((span.line, span.start), span.end)  # (an excluded cell holds its tokens as a carried one does)
    for c in res.footnote_cells:
        excl[(c.span.line, c.span.start)] = "footnote_marker"
    header_lines = {s.line for s in res.header_spans}
    if fmt == "html":
        scan = [(r.line, cell.span, cell.text, after) for r in raw.rows for cell, after in _after_figures(r.cells)]
        seen: set[tuple[int, int, int]] = set()
        scanned: set[tuple[int, int, int]] = set()
        for line_no, span, text, after in scan:
            if (span.line, span.start, span.end) in scanned:
                continue  # cells located at one stretch of the source (a mangled page): its tokens once
            scanned.add((span.line, span.start, span.end))
            line = lines[span.line - 1] if span.line - 1 < len(lines) else ""
            seg = line[span.start : span.end]
            for m in NUMERIC_TOKEN.finditer(seg):
                key = (span.line, span.start + m.start(), span.start + m.end())
                if key in seen:
                    continue
                seen.add(key)
                s = Span(line=key[0], start=key[1], end=key[2])
                where = "header" if span.line in header_lines else "not_a_figure" if after else "label_number"
                yield (_record(m.group(0), s, table.id, cell_at, excl, where, [], cell_span=span))
        return
    # what each line of the region is: a data row (label part / value part) or a text row
    label_end: dict[int, int] = {}
    text_lines: set[int] = set()
    # text in a data row after its figures ("$28.15 - $28.65"), or figures whose column is unknown
    # stretches the reader excluded come first (rows run together: their figures, whatever the rows became)
    text_cells: list[tuple[Span, str]] = list(raw.excluded)
    page_cells: list[Span] = []  # a page number between the rows of a rendered table
    for r in raw.rows:
        if r.kind == "data" and r.cells:
            text_cells.extend((c.span, "column_unknown" if parse_amount(c.text) else "not_a_figure") for c in r.cells[1:] if c.col is None)
            # a figure that keeps its column but is no amount ("0.2 points": a change in percentage points)
            text_cells.extend((c.span, "percentage_points") for c in r.cells[1:] if c.col and c.text.endswith(" " + POINTS))
            text_cells.extend((c.span, "footnote_marker") for c in r.cells[1:] if c.col == FOOTNOTE_COL)
            text_cells.extend((c.span, "truncated_column") for c in r.cells[1:] if c.col == TRUNCATED_COL)
            text_cells.extend((c.span, "malformed_figure") for c in r.cells[1:] if c.col == MALFORMED_COL)
            for c in r.cells:
                if c is r.cells[0] or c.col == 0:  # label cells (a label may break over lines)
                    label_end[c.span.line] = max(label_end.get(c.span.line, 0), c.span.end)
        elif r.kind == "blank" and r.cells:
            page_cells.extend(c.span for c in r.cells if c.col != FOOTNOTE_COL)
            text_cells.extend((c.span, "footnote_marker") for c in r.cells if c.col == FOOTNOTE_COL)
        elif r.kind == "text":
            text_lines.add(r.line)
            text_lines.update(c.span.line for c in r.cells)  # a row of a rendering may stand over lines
    body_start = next((r.line for r in raw.rows if r.kind == "data"), raw.first_line)
    # a line that holds several tables (a release run together on one line): only this table's stretch of it
    (_, lo), (_, hi) = stretch
    # a line of several rows (rows run together on one line) holds text before and after the table
    several = {no for no in (raw.first_line, raw.last_line) if sum(1 for r in raw.rows if r.line == no and r.kind != "blank") >= 2}
    for no in range(raw.first_line, raw.last_line + 1):
        line = lines[no - 1]
        dates = mask_dates(line)
        for m in NUMERIC_TOKEN.finditer(line):
            s = Span(line=no, start=m.start(), end=m.end())
            long = len(line) > RUN_ON_MIN_CHARS or no in several
            if (no == raw.first_line and s.start < lo and (long or shared[0])) or (no == raw.last_line and s.start >= hi and (long or shared[1])):
                continue
            inside = next((why for t, why in text_cells if t.line == no and t.start <= s.start < t.end), None)
            if inside is not None:  # by span first: a line may hold several rows (a release on one line)
                where = inside
            elif any(t.line == no and t.start <= s.start < t.end for t in page_cells):
                where = "page_number"
            elif no in header_lines or (header_lines and min(header_lines) < no < max(header_lines) and no not in label_end):
                # (a line between the header's lines whose words a header cell took up: "Year Ended" / "December
                # 31," read as one phrase, its span on the first line: tables.period_cells)
                where = "header"
            elif no in text_lines:
                where = "title" if no < body_start else "heading"
            elif no in label_end and s.start < label_end[no]:
                where = "label_number"
            else:
                where = "unexplained"
            yield (_record(m.group(0), s, table.id, cell_at, excl, where, dates, cell_end=cell_end))


def _after_figures(cells) -> list[tuple[object, bool]]:
    """A grid row's cells, each with whether it is text standing after the row's first figure ("Up 8%" under
    "Q/Q": words the reader keeps out of the label, whose digits are no figure)."""
    out, seen = [], False
    for c in cells:
        t = c.text.strip()
        figure = parse_amount(t) is not None or symbols_only(t)
        out.append((c, seen and not figure))
        seen = seen or (figure and any(ch.isdigit() for ch in t) and c.col)
    return out


_PREFIX_REACH = 48  # characters a cell's "$" and padding may stand before its figure, the cell's end checked


def _record(raw_text, s: Span, tid, cell_at, excl, where: str, dates, cell_span: Span | None = None, cell_end=None) -> TokenRecord:
    key = (s.line, s.start)
    # a cell's token may start after its currency prefix or opening parenthesis
    ref = cell_at.get(key)
    if ref is None:
        # the cell's text may start with a currency prefix, spaces or a parenthesis before the digits; where the cells'
        # ends are known, as far before as a cell that holds the token may start ("$            0.76": Etsy Q3 2025)
        for delta in range(1, _PREFIX_REACH if cell_end is not None else 12):
            ref = cell_at.get((s.line, s.start - delta))
            if ref:
                if cell_end is not None and cell_end.get((s.line, s.start - delta), 0) < s.end:
                    ref = None  # a cell starts before the token but does not contain it
                break
    if ref is None and cell_span is not None:
        ref = cell_at.get((cell_span.line, cell_span.start))
    if ref is not None:
        return TokenRecord(raw=raw_text, span=s, status="cell", table=tid, cell=ref)
    reason = excl.get(key)
    if reason is None:
        for delta in range(1, _PREFIX_REACH if cell_end is not None else 12):
            reason = excl.get((s.line, s.start - delta))
            if reason and delta >= 12 and cell_end is not None and cell_end.get((s.line, s.start - delta), 0) < s.end:
                reason = None  # beyond a currency prefix's usual reach, only a cell that holds the token
            if reason:
                break
    if reason is None:
        if any(ds <= s.start < de for ds, de in dates):
            reason = "date"
        elif where == "unexplained" and FOOTNOTE_REF.match(raw_text):
            reason = "footnote_marker"  # "Summary of Certain Significant Items: (1)"
        else:
            reason = where
    return TokenRecord(raw=raw_text, span=s, status="excluded", table=tid, reason=reason)
