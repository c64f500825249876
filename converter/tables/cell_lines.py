"""Rows of tables rendered with every cell on a line of its own (text renderings of HTML).

``Cash and cash equivalents`` / ``$`` / ``430,241`` / ``$`` / ``763,404`` is one row: a label line followed by
lines that each hold one figure or one symbol of a figure (``$``, ``%``, ``)``). A run of lines of years
(``2022`` / ``2021``) is one header line. The layout is recognised by its repetition: a label followed by a run
of such lines, several times close together; a single label with a number under it is left alone.

A page number printed between tables (``7`` after the last row) is the one figure too many of a row whose
neighbours print one fewer: it is split off the row and left out of the table; so is a footnote's marker ("(1)")
standing between a row's last figure and the footnote's sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..knowledge import knowledge
from ..models import Span
from ..periods import find_period_exprs
from .period_cells import pair_broken, pair_ranges, phrase_line, range_end_line, range_start, unglued
from .text_cells import Piece, is_figure, is_page_number, is_symbol

if TYPE_CHECKING:  # pragma: no cover
    from .text_detect import Line

_FUNCTION_WORDS = frozenset(knowledge().raw["layout"]["function_words"])
_NEIGHBOURS = 3  # groups on each side that must show the same layout
_WINDOW = 40  # lines


def _figure(t: str) -> bool:
    """A figure, or one whose ")" stands on the next line ("(1,509,250" / ")")."""
    return is_figure(t) or (t.startswith("(") and not t.endswith(")") and is_figure(t + ")"))


def _lone(x: Line) -> Piece | None:
    """The one cell of a line holding only a figure, a symbol or a year."""
    t = x.text.strip(" \t\u00a0")
    if not t or x.reader:
        return None
    if _figure(t) or is_symbol(t):
        start = len(x.text) - len(x.text.lstrip(" \t\u00a0"))
        return Piece(t, Span(line=x.no, start=start, end=start + len(t)))
    return None


_MARKER = re.compile(r"\(\d{1,2}\)")
_NOTE_WORDS = 6  # words of a footnote's sentence at the least
_NOTE_SENTENCE = 16  # words of one without its full stop


def _opens_note(recs: list[Line], b: int) -> bool:
    """Whether the line after a row's figures is a footnote's sentence: its marker ("(1)") is the row's last line
    ("Operating income (loss)" / "(514" / ")" / "(12,244" / ")" / "(1)" / "The three months ended June 30, 2007
    includes an in process research and development expense of $8.0 million ...")."""
    nxt = next((x for x in recs[b:] if x.kind != "blank"), None)
    if nxt is None or nxt.kind != "text" or nxt.reader:
        return False
    words = nxt.text.split()
    # a sentence: it ends with a full stop, or is longer than any row's label ("Proceeds from issuance of long-term
    # debt, net of issuance costs" is the next row's)
    return len(words) >= _NOTE_WORDS and (nxt.text.rstrip().endswith(".") or len(words) >= _NOTE_SENTENCE)


def _label_like(x: Line) -> bool:
    return (x.kind == "text" or _marked_label(x)) and not x.reader and bool(x.label) and _lone(x) is None


_MARKER_END = re.compile(r"\S\s+\(\d{1,2}\)$")


def _marked_label(x: Line) -> bool:
    """A label line that ends with a footnote marker read as its one figure ("Cost of sales (including certain
    buying, occupancy and warehousing expenses) (1)" above "268,532" / "82.2" / "%"): a label, the marker its last
    words."""
    cells = x.cells or []
    return (x.kind == "data" and not x.reader and bool(x.label) and len(cells) == 1 and _MARKER_END.search(
        x.text.rstrip(" \t\u00a0")) is not None and x.text.rstrip(" \t\u00a0").endswith(cells[0][0]))


def merge_cell_lines(recs: list[Line]) -> list[Line]:
    """Merge a label line and the one-cell lines after it into one row, where the layout repeats.

    Some renderings print every cell as a paragraph of its own, a blank line after each (`` Net loss`` / blank /
    ``$`` / blank / ``(1,509,250`` / blank / ``)``): where the layout shows only once the blank lines beside
    one-cell lines are left out, those lines are read as lines of a cell each."""
    from .padding_lines import without_padding

    recs = without_padding(recs, _lone)
    merged = _merge(recs)
    if merged is not recs:
        return merged
    lone = [_lone(x) is not None for x in recs]
    keep = []
    for k, x in enumerate(recs):
        if x.kind == "blank" and not x.reader:
            before = next((lone[j] for j in range(k - 1, -1, -1) if recs[j].kind != "blank"), False)
            after = next((lone[j] for j in range(k + 1, len(recs)) if recs[j].kind != "blank"), False)
            if before or after:
                continue
        keep.append(x)
    if len(keep) == len(recs):
        return recs
    dense = _merge(keep)
    return dense if dense is not keep else recs


def _merge(recs: list[Line]) -> list[Line]:
    from .records import page_line, record_line

    n = len(recs)
    lone = [_lone(x) for x in recs]
    # groups: (label index or None, first lone index, end index exclusive)
    groups: list[tuple[int | None, int, int]] = []
    i = 0
    while i < n:
        if lone[i] is not None:
            j = i
            while j < n and lone[j] is not None:
                j += 1
            lab = i - 1 if i > 0 and _label_like(recs[i - 1]) else None
            groups.append((lab, i, j))
            i = j
        else:
            i += 1
    figures_in = [sum(1 for k in range(a, b) if lone[k] is not None and _figure(lone[k].text)) for _, a, b in groups]
    # the same, without a footnote marker right under a group's label ("(1)" before its figures)
    unmarked_in = [n - (n >= 2 and lone[a] is not None and _MARKER.fullmatch(lone[a].text) is not None) for n, (_, a, _) in zip(figures_in, groups)]
    # the layout holds where several labelled groups of two or more figures stand close together
    active = []
    for g, (lab, a, b) in enumerate(groups):
        near = [
            h for h in range(max(0, g - 2 * _NEIGHBOURS), min(len(groups), g + 2 * _NEIGHBOURS + 1))
            if groups[h][0] is not None and figures_in[h] >= 2 and abs(groups[h][1] - a) <= _WINDOW
        ]
        active.append(len(near) >= 3)
    from .one_column import as_title, misprinted_row, one_column, title_above

    runs = one_column(recs, groups, lone)
    column = {p.group for run in runs for p in run if p.group is not None}
    for g in column:
        active[g] = True
    if not any(active):
        return recs
    replace: dict[int, list[Line]] = {}  # first record index -> new records
    skip: set[int] = set()
    wrapped = _wrapped_labels(recs, groups, figures_in, active)
    for g, (lab, a, b) in enumerate(groups):
        if not active[g] or g + 1 in wrapped:
            continue  # a label's first line with its figure (the label goes on in the next group's label line)
        pieces = [lone[k] for k in range(a, b)]  # type: ignore[misc]
        years = all(p.text.isdigit() and len(p.text) == 4 and p.text[:2] in ("19", "20") for p in pieces)
        if years and len(pieces) >= 2:
            replace[a] = [record_line(pieces, recs[a].no, recs[b - 1].no, "cells")]
            skip.update(range(a + 1, b))
            continue
        page = None
        if len(pieces) == 1 and is_page_number(pieces[0].text):
            usual = _usual_count(groups, figures_in, g)
            if usual is not None and usual >= 2:
                # a lone number between rows of two or more figures: a page number, outside every table
                replace[a] = [page_line(pieces[0].span.line, recs[a].text)]
                continue
        lead = None
        usual = _usual_count(groups, figures_in, g)
        if (lab is not None and len(pieces) >= 2 and _MARKER.fullmatch(pieces[0].text) is not None
                and (unmarked := _usual_count(groups, unmarked_in, g)) is not None and unmarked >= 2 and figures_in[g] == unmarked + 1):
            # the label's footnote marker on the line under it, before the figures ("Non-recurring repair expenses" /
            # "(1)" / "41" / "—" / "322" / "173", Applied Digital FY2026's reconciliation): the marker's, no figure of
            # the first column (every figure had moved a column right, the last taken for a page number)
            lead = pieces.pop(0)
        marker = len(pieces) >= 2 and _MARKER.fullmatch(pieces[-1].text) is not None and _opens_note(recs, b)
        if len(pieces) >= 2 and (is_page_number(pieces[-1].text) or marker) and b < n and lone[b] is None:
            if usual is not None and (figures_in[g] == usual + 1 if lead is None else figures_in[g] == unmarked + 2):
                page = pieces.pop()
            else:
                marker = False
        subtotal: list[Piece] = []
        usual = _usual_count(groups, figures_in, g)
        if lab is not None and usual and usual >= 2 and figures_in[g] == 2 * usual and _usual_count(groups, figures_in, g, after=True) in (usual, None):
            # (the rows after it print as many: not the first row of a table of twice the columns of the one above,
            # Applied Digital FY2026's "Services revenue" and its four figures under a balance sheet's rows of two)
            # twice the figures of the rows around it: the row and a subtotal under it that prints no label
            k = _nth_figure_end(pieces, usual)
            pieces, subtotal = pieces[:k], pieces[k:]
        start = _label_start(recs, lab, lone) if lab is not None and g not in wrapped and page is None and not subtotal else None
        if start is not None:
            # the label's first line stands above it ("Allowance for credit losses on loans as a" / "percentage of
            # loans" / "1.28%" / "1.31%"): one label
            head, label = recs[start], recs[lab]
            pieces = [Piece(x.label, Span(line=x.no, start=x.label_span[0], end=x.label_span[1])) for x in (head, label)] + pieces
            replace[start] = [record_line(pieces, head.no, pieces[-1].span.line, "cells")]
            if lead is not None:
                replace[start].append(page_line(lead.span.line, recs[a].text, "footnote"))
            skip.update(range(start + 1, b))
            continue
        if lab is not None:
            label = recs[lab]
            s, e = label.label_span
            lp = Piece(label.label, Span(line=label.no, start=s, end=e))
            if label.kind == "data":  # a label ending with its footnote marker: the marker stays in the label
                text = label.text.rstrip(" \t\u00a0")
                lp = Piece(text[s:], Span(line=label.no, start=s, end=len(text)))
            row = record_line([lp] + pieces, label.no, pieces[-1].span.line, "cells")
            row.one_column = g in column
            if g in wrapped and row.kind == "data":
                row.pieces = wrapped[g] + (row.pieces or [])
                row.label, row.no = " ".join(p.text for p in row.pieces), row.pieces[0].span.line
                lab = groups[g - 1][0]
            replace[lab] = [row]
            if subtotal:
                replace[lab].append(record_line(subtotal, subtotal[0].span.line, subtotal[-1].span.line, "cells"))
            skip.update(range(lab + 1, b))
        else:
            replace[a] = [record_line(pieces, recs[a].no, pieces[-1].span.line, "cells")]
            skip.update(range(a + 1, b))
        if page is not None:
            # the page number (or the footnote's marker): a blank row, outside every table
            replace[replace_key(lab, a)].append(page_line(page.span.line, recs[b - 1].text, "footnote" if marker else "page"))
        if lead is not None:
            replace[replace_key(lab, a)].append(page_line(lead.span.line, recs[a].text, "footnote"))
    for run in runs:
        for p in run:
            if p.group is None:  # a label and its misprinted figure: a row of the table, its figure excluded
                replace[p.label] = [misprinted_row(recs, p)]
                skip.update(range(p.label + 1, p.end))
        title = title_above(recs, run[0].label)
        if title is not None:
            replace[title] = [as_title(recs[title])]
    out: list[Line] = []
    for k, x in enumerate(recs):
        if k in replace:
            out.extend(replace[k])
        elif k not in skip:
            out.append(x)
    return _join_repeated_cells(_join_unit_cells(_join_period_phrases(_join_wrapped_header_cells(out))))


def _join_repeated_cells(recs: list[Line]) -> list[Line]:
    """The same header word over every column, each on a line of its own, right above a header line read a cell per
    line ("QTR" nine times over "6/30/01" ... "6/30/03", Chittenden's income statement of 2003): one header line of
    those cells. Only where the run prints the one text as many times as the line under it has cells: a table's title
    and notes over a header line of years are different lines, and never so many."""
    from .records import record_line

    out = list(recs)
    for k in range(len(out) - 1, 0, -1):
        head = out[k]
        if head.reader != "cells" or head.kind not in ("text", "years") or not any(x.reader == "cells" for x in out[k + 1 : k + 6]):
            continue
        n = len(head.pieces) if head.kind == "text" else len(head.figures)
        run: list[int] = []
        j = k - 1
        while j >= 0 and (out[j].kind == "blank" and not out[j].reader or _short_words(out[j])):
            if out[j].kind != "blank":
                if run and out[j].label.strip() != out[run[0]].label.strip():
                    break
                run.insert(0, j)
            j -= 1
        if n < 2 or len(run) != n:
            continue
        pieces = [Piece(out[i].label, Span(line=out[i].no, start=out[i].label_span[0], end=out[i].label_span[1])) for i in run]
        out[run[0] : k] = [record_line(pieces, out[run[0]].no, out[run[-1]].no, "cells")]
    return out


def _unit_cell(x: Line) -> bool:
    """A line that is one unit phrase and nothing else ("RMB('000)", "USD('000)", "US$ in thousands")."""
    from .headers import parse_header

    if x.kind != "text" or x.reader or not x.label or x.label_span is None:
        return False
    items = parse_header(x.label)
    return len(items) == 1 and items[0].kind == "unit" and bool(items[0].currency or items[0].scale)


def _join_unit_cells(recs: list[Line]) -> list[Line]:
    """The unit cells of a header row, each on a line of its own ("RMB('000)" / "RMB('000)" / "USD('000)" ...) above
    a table read a cell per line: one header line with a unit phrase per cell, as the row prints them."""
    out: list[Line] = []
    k = 0
    while k < len(recs):
        if (run := _header_run(recs, k, _unit_cell)) is not None:
            k, header = run
            out.append(header)
            continue
        out.append(recs[k])
        k += 1
    return out


def _lengths_over_dates(run: list[Line]) -> list[Line] | None:
    """A run of header cells a line each that is lengths without their dates, then the dates ("Three Months Ended" /
    "Nine Months Ended" / "October 1, 2005" / "October 2, 2004" / "October 1, 2005" / "October 2, 2004", American
    Medical Systems Q3 2005): two header lines, the lengths over the dates, as a table prints them; else None."""
    from .spanning_cells import dated, undated_length

    m = next((i for i, x in enumerate(run) if not undated_length(x.label)), len(run))
    if not 2 <= m < len(run) - 1 or not all(dated(x.label) for x in run[m:]) or (len(run) - m) % m:
        return None
    return [_header_line(run[:m]), _header_line(run[m:])]


def _header_line(cells: list[Line]) -> Line:
    """One header line of the header cells printed a line each, a piece per cell."""
    from .records import record_line

    pieces = [Piece(x.label, Span(line=x.no, start=x.label_span[0], end=x.label_span[1])) for x in cells]
    return record_line(pieces, cells[0].no, cells[-1].no, "cells")


def _header_run(recs: list[Line], k: int, cell) -> tuple[int, Line] | None:
    """Two or more header cells from ``recs[k]`` on, each a line of its own that ``cell`` accepts, above a table read a
    cell per line (within four lines): the end of the run and one header line with a piece per cell; else None."""
    j = k
    while j < len(recs) and cell(recs[j]):
        j += 1
    if j - k < 2 or not any(x.reader == "cells" for x in recs[j : j + 4]):
        return None
    return j, _header_line(recs[k:j])


def _label_start(recs: list[Line], lab: int, lone: list) -> int | None:
    """The line a label that starts in lower case goes on from: the line of words above it, a blank line between
    them as between every cell ("Loans past due 90 days and" / "still accruing" / "$61" / "$21"), that is no heading
    (":"), no sentence, no header (a period) and holds no cell of its own. None: the label starts on its own line."""
    k = lab - 1
    if k >= 0 and recs[k].kind == "blank" and not recs[k].reader:
        k -= 1
    if k < 0 or lone[k] is not None or not _label_like(recs[k]):
        return None
    text = recs[k].label.rstrip()
    if not recs[lab].label[:1].islower() and text.split()[-1].lower() not in _FUNCTION_WORDS:
        # a label goes on after a line that ends with a word that cannot end it ("Net Income Attributable to" /
        # "Shareholders")
        return None
    if text.endswith((":", ".", ";")) or find_period_exprs(text) or len(text) > 120:
        return None
    return k


def _wrapped_labels(recs: list[Line], groups, figures_in: list[int], active: list[bool]) -> dict[int, list[Piece]]:
    """Labels that wrap with figures inside them: "Accounts receivable, net of allowance for doubtful accounts of"
    / "$830" / "and $650" / "56,924" / "48,688". The line that starts in lower case ("and $650") goes on with the
    label above; the figure between them ("$830") prints one figure of a row where the rows around print more, and
    is part of the label. Group g -> the label pieces it takes from group g - 1 (label line, its figures)."""
    out: dict[int, list[Piece]] = {}
    for g in range(1, len(groups)):
        (lab0, a0, b0), (lab, _, _) = groups[g - 1], groups[g]
        if not (active[g - 1] and active[g]) or lab0 is None or lab != b0 or g - 1 in out:
            continue
        first = recs[lab].label.split()[0] if recs[lab].label.split() else ""
        usual = _usual_count(groups, figures_in, g)
        if not first[:1].islower() or usual is None or figures_in[g - 1] >= usual or figures_in[g] != usual:
            continue
        s, e = recs[lab0].label_span
        pieces = [Piece(recs[lab0].label, Span(line=recs[lab0].no, start=s, end=e))]
        pieces += [x for k in range(a0, b0) if (x := _lone(recs[k])) is not None]
        s, e = recs[lab].label_span
        pieces.append(Piece(recs[lab].label, Span(line=recs[lab].no, start=s, end=e)))
        out[g] = pieces[:-1]
    return out


def _period_phrase(x: Line) -> bool:
    """A line that is a period phrase and nothing else ("Three Months Ended December 31,")."""
    return phrase_line(x)


def _join_period_phrases(recs: list[Line]) -> list[Line]:
    """Header cells of one row, each on a line of its own ("Three Months Ended December 31," / "Twelve Months
    Ended December 31,"), above a table read a cell per line: one header line with a phrase per cell. A title glued
    to the first phrase is split off, a phrase broken over two lines joined (``tables.period_cells``)."""
    from .records import record_line

    out: list[Line] = []
    k = 0
    while k < len(recs):
        mended = _mended_run(recs, k)
        if mended is not None:
            j, title, pieces = mended
            if title is not None:
                out.append(title)
            out.append(record_line(pieces, recs[k].no, recs[j - 1].no, "cells"))
            k = j
            continue
        if (run := _header_run(recs, k, _period_phrase)) is not None:
            end, header = run
            out.extend(_lengths_over_dates(recs[k:end]) or [header])
            k = end
            continue
        out.append(recs[k])
        k += 1
    return out


def _mended_run(recs: list[Line], k: int) -> tuple[int, Line | None, list[Piece]] | None:
    """The period phrases from ``recs[k]`` on (blank lines between them passed over) where a title is glued to the
    first or a phrase is broken over two lines: the end of the run, the title line and the header cells; else None."""
    glued = unglued(recs[k])
    if glued is None and not _period_phrase(recs[k]) and not range_start(recs[k]):
        return None
    pieces = [glued[1]] if glued else []
    j, last = k + 1 if glued else k, k + 1
    while j < len(recs) and (_period_phrase(recs[j]) or range_start(recs[j]) or (j > k and range_end_line(recs[j]))
                             or recs[j].kind == "blank" and not recs[j].reader):
        if recs[j].kind != "blank":
            s, e = recs[j].label_span
            pieces.append(Piece(recs[j].label, Span(line=recs[j].no, start=s, end=e)))
            last = j + 1
        j += 1
    paired = pair_ranges(pair_broken(pieces))
    if glued is None and paired is pieces:
        return None
    # the table's rows within six lines, blank lines passed over (voestalpine prints 17 blank cells between its
    # header and its first row)
    if len(paired) < 2 or not any(x.reader == "cells" for x in [x for x in recs[last:] if x.kind != "blank" or x.reader][:6]):
        return None
    return last, glued[0] if glued else None, paired


def _nth_figure_end(pieces: list[Piece], n: int) -> int:
    """The index just after the n-th figure's own pieces (its ")" or "%" included, the next "$" not)."""
    seen = 0
    for k, p in enumerate(pieces):
        if _figure(p.text):
            seen += 1
            if seen == n:
                k += 1
                while k < len(pieces) and pieces[k].text in (")", "%", ")%", "%)"):
                    k += 1
                return k
    return len(pieces)


def replace_key(lab: int | None, a: int) -> int:
    return lab if lab is not None else a


def _usual_count(groups, figures_in: list[int], g: int, after: bool = False) -> int | None:
    """The most common number of figures of the labelled groups around group ``g`` (``after``: of those after it)."""
    counts = Counter(
        figures_in[h] for h in range(g + 1 if after else max(0, g - 6), min(len(groups), g + 7)) if h != g and groups[h][0] is not None and figures_in[h] >= 1
    )
    return counts.most_common(1)[0][0] if counts else None


def _join_wrapped_header_cells(recs: list[Line]) -> list[Line]:
    """Header cells whose words wrap, printed a line of the header row at a time: "Year" / "Three months" (the first
    line of each cell), then "ended" / "ended" (the second), above the cells' "December 31," and a table read a cell
    per line. Read down each cell, the lines make one period phrase a cell ("Year ended", "Three months ended"),
    which no line says alone: one header line of those phrases. Nothing is joined unless every cell reads so."""
    from .records import record_line

    out = list(recs)
    k = 0
    while k < len(out):
        if not (_period_phrase(out[k]) or out[k].kind == "years") or not any(x.reader == "cells" for x in out[k : k + 6]):
            k += 1
            continue
        # the short lines of words right above, none a period phrase by itself
        run: list[int] = []
        j = k - 1
        while j >= 0 and (out[j].kind == "blank" and not out[j].reader or _short_words(out[j])):
            if out[j].kind != "blank":
                run.insert(0, j)
            j -= 1
        joined = _read_down(out, run)
        if joined is None:
            k += 1
            continue
        used, pieces = joined
        line = record_line(pieces, out[used[0]].no, out[used[-1]].no, "cells")
        out = out[: used[0]] + [line] + [x for i, x in enumerate(out[used[0] : k], start=used[0]) if i not in used and x.kind != "blank"] + out[k:]
        k = used[0] + 1
    return out


def _short_words(x: Line) -> bool:
    return x.kind == "text" and not x.reader and bool(x.label) and len(x.label.split()) <= 3 and not _period_phrase(x)


def _read_down(recs: list[Line], run: list[int]) -> tuple[list[int], list[Piece]] | None:
    """The last lines of ``run`` as rows of m cells each (m >= 2, two or three rows), read down each cell."""
    for size in range(4, min(len(run), 12) + 1):
        for m in range(2, size // 2 + 1):
            rows = size // m
            if size % m or rows > 3:
                continue
            tail = run[-size:]
            cells = [[recs[tail[r * m + c]] for r in range(rows)] for c in range(m)]
            texts = [" ".join(x.label for x in cell) for cell in cells]
            exprs = [find_period_exprs(t) for t in texts]
            if all(len(e) == 1 and e[0].end - e[0].start >= 0.6 * len(t.strip(" ,:")) for e, t in zip(exprs, texts)):
                pieces = []
                for cell in cells:
                    for x in cell:
                        s, e = x.label_span
                        pieces.append(Piece(x.label, Span(line=x.no, start=s, end=e)))
                return tail, pieces
    return None
