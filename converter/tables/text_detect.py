"""Tables in plain text: flattened tables (cells joined by single spaces, empty cells as lone NBSPs)
and fixed-width tables (columns aligned by spaces).

Each line is split into a label and a trailing run of value cells; runs of such lines, with the
title, header and heading lines around them (``text_regions``), become ``RawTable`` regions. Interpretation of headers
and columns happens later (``tables.interpret``), the same for text and HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import knowledge, month_names
from ..models import RawCell, RawRow, RawTable, Span
from ..periods import find_period_exprs
from ..tokens import NIL_MARKS
from .glue import exclude_glued
from .pipes import align, note_references, truncated_columns
from .text_cells import Figure, Piece, footnote_digits, text_spans

_kn = knowledge()
_cur = "|".join(sorted((re.escape(p) for p in _kn.tokens["currency_prefixes"]), key=len, reverse=True))
_nil = "|".join(sorted((re.escape(n) for n in NIL_MARKS if not n.isalpha()), key=len, reverse=True))
_suffix = "|".join(re.escape(s["pattern"]) for s in _kn.raw["units"]["suffixes"] if s["pattern"] != "%")
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
# One value cell of a run: an amount with its currency, parentheses, percent and unit suffix; a nil; a placeholder.
_CELL = (
    rf"(?:\(\s?(?:(?:{_cur})\s{{0,6}})?|(?:(?:{_cur})\s{{0,6}})?(?:\(|[-−–])?)(?:{_NUM})\s?%?\)?(?:\s?(?:{_suffix})\)?)?%?\*{{0,3}}"
    rf"|(?:(?:{_cur})\s{{0,6}})?(?:{_nil})"
    r"|\u00a0"
)
CELL_RE = re.compile(rf"(?<!\S)(?:{_CELL})(?!\S)", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(_kn.raw["layout"]["sentence_end"])
_ABBREVIATIONS = tuple(_kn.raw["layout"]["abbreviations"])


class _SentenceEnd:
    """A line that ends a sentence: a full stop that is not the end of "Inc." or "Co."."""

    @staticmethod
    def search(text: str) -> bool:
        return bool(_SENTENCE_END_RE.search(text)) and not text.lower().rstrip("\"”’')").endswith(_ABBREVIATIONS)


_SENTENCE_END = _SentenceEnd()
_MAX_LABEL = _kn.raw["layout"]["max_label_chars"]
_YEAR = re.compile(r"^(?:19|20)\d{2}\*{0,3}$")
_DASHES = frozenset("-\u2013\u2014")
# a figure with the year it is of, in parentheses after it ("2,545 (2024)")
_FIGURE_YEAR = re.compile(r"\d\s\(((?:19|20)\d{2})\)(?!\d)")
# a figure, the one it is compared with in parentheses, and the scale of both after them ("Net sales totaled EUR 56.8
# (59.7) million"): a sentence; its figures are no cells of a row (the scale stands after the second only)
_COMPARED = re.compile(r"\d\s?\(\s?[-−–]?\d[\d,.]*\s?\)\s?(?:thousands?|millions?|billions?|mn|bn)\b", re.I)
_BLANK = re.compile(r"^[\s\u00a0\u200b\ufeff]*$")


@dataclass
class Line:
    no: int  # 1-based
    text: str
    kind: str  # data / text / blank / years
    label: str = ""
    label_span: tuple[int, int] = (0, 0)
    cells: list[tuple[str, int, int]] | None = None  # (text, start, end); "" for a placeholder
    gaps: list[int] | None = None  # spaces before each cell
    # rows read from renderings of HTML (pipes, a cell per line, rows run together on one line): exact pieces
    last: int = 0  # last physical line of the row (a row may stand over several lines)
    pieces: list[Piece] | None = None  # label pieces (data rows) or phrases (text rows)
    figures: list[Figure] | None = None  # data rows and lines of years: the figures in order
    rest: list[Piece] | None = None  # data rows: text after the figures that is not a figure
    unplaced: list[Figure] | None = None  # data rows: figures whose columns cannot be told (excluded)
    footnotes: list[Figure] | None = None  # data rows: footnote numbers run into the figures (excluded)
    truncated: list[Figure] | None = None  # pipes: figures of a column a PDF's conversion cut off (excluded)
    tail: int = 0  # pipes: cells after the row's last non-empty cell
    reader: str = ""  # "pipes", "cells", "run_on" for rows of those readers
    excluded: bool = False  # data rows: run together with another row, no row of the table (``tables.glue``)
    glued: list[Span] | None = None  # rows run together on one line: figures taken apart from the word glued to them
    split: list[Span] | None = None  # ... where the characters prove the boundary (``tables.run_on_words``)
    total: bool = False  # rows run together on one line: a total with no label, proven by its sum (``tables.run_on``)
    fragment: bool = False  # ... a row whose label is lost or cut by the dates it names (excluded, ``tables.glue``)
    first: bool = False  # data rows: figures printed before the label (``tables.figures_first``)
    heading: bool = False  # text: a markdown heading ("### Table 3"), which ends a table (``text_regions.table_groups``)
    one_column: bool = False  # data: a row of a one-column table read a cell per line (``tables.one_column``)
    malformed: list[Figure] | None = None  # data rows: a misprinted figure ("$ 3,016,04"), excluded (``tables.one_column``)

    @property
    def end(self) -> int:
        return max(self.no, self.last)

    @property
    def stub(self) -> bool:
        """A text row of a pipe table that stands in the label column only: a heading, never a column header."""
        return self.reader == "pipes" and self.kind == "text" and bool(self.pieces) and all(p.index == 0 for p in self.pieces or [])


def _is_blank(text: str) -> bool:
    return bool(_BLANK.match(text))


_UP = frozenset(_kn.raw["layout"]["change_up_words"])
_DOWN = frozenset(_kn.raw["layout"]["change_down_words"])
# a month and its day, one space apart, with no year ("Ended June 30", "Dec. 31"): the day is part of the date, never
# a figure of a row ("Three Months / Ended June 30   Ended June 30" over a line of years, Vectren Q2 2003)
_MONTH_DAY = re.compile(r"(?<![\w.])(?:" + "|".join(month_names(_kn.raw)) + r") (?:[1-9]|[12]\d|3[01])(?![\d,.]*\d)", re.I)
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Za-z]+)$")
# a currency's code over "1,000" ("EUR 1,000", "SEK 1 000"): thousands of it, a header's words, never a figure of a row
# "EUR" (Kojamo H1 2014's "EUR 1,000 2014 2013 2013": extraction.toml [currencies] iso_forms)
_CODE_THOUSAND = re.compile(r"(?<![A-Za-z])([A-Z]{3})\s1[,.\s\u00a0]000(?![\d,.])")


def _code_thousands(text: str) -> list[tuple[int, int]]:
    from ..currencies import iso_currencies

    return [m.span() for m in _CODE_THOUSAND.finditer(text) if m.group(1) in iso_currencies()]


def _trailing_cells(stripped: str, dates: list[tuple[int, int]], directions: bool) -> tuple[list[tuple[str, int, int]], int, dict[int, int]]:
    """The run of cells anchored at the end of the line, the label's end and the changes with their direction in
    words ("Up 8%": the cell is "8%" at the digits' span, "Down 37%" "-37%"), each cell's start -> its word's start."""
    cells: list[tuple[str, int, int]] = []
    pos = len(stripped)
    turned: dict[int, int] = {}
    while pos > 0:
        # the last cell ending at pos (cells are separated by single spaces; placeholders are NBSPs)
        m = None
        for cand in CELL_RE.finditer(stripped, max(0, pos - 40), pos):
            if cand.end() == pos:
                m = cand if m is None or cand.start() < m.start() else m
        if m is None:
            # only the row's last cells, each after its word, with a figure of the row's own before them
            w = _WORD_BEFORE.search(stripped, 0, pos) if directions and len(cells) == len(turned) + 1 else None
            last = cells[-1][0] if cells else ""
            if w is None or w.group(1).lower() not in _UP | _DOWN or not last.endswith("%") or not last[:1].isdigit():
                break
            if w.group(1).lower() in _DOWN:
                cells[-1] = ("-" + last, *cells[-1][1:])
            turned[cells[-1][1]] = w.start(1)
            pos = w.start(1)
        else:
            s, e = m.span()
            if any(ds < e and s < de for ds, de in dates):
                break
            cells.append((m.group(0), s, e))
            pos = s
        # skip the separating spaces
        while pos > 0 and stripped[pos - 1] == " ":
            pos -= 1
    cells.reverse()
    return cells, pos, turned


def split_line(no: int, text: str) -> Line:
    """Split a line into a label and a trailing run of value cells."""
    if _is_blank(text):
        return Line(no, text, "blank")
    stripped = text.rstrip(" \t")
    dates = text_spans(stripped) + [m.span() for m in _MONTH_DAY.finditer(stripped)] + _code_thousands(stripped)
    cells, pos, turned = _trailing_cells(stripped, dates, True)
    if turned and len(turned) == len([c for c in cells if c[0].strip("\u00a0 ")]):
        cells, pos, turned = _trailing_cells(stripped, dates, False)  # changes in words with no figure of the row's own
    if cells and cells[0][0].endswith(")") and "(" not in cells[0][0] and stripped[:pos].count("(") > stripped[:pos].count(")"):
        # "COMMITMENTS AND CONTINGENCIES (Note 14)": the parenthesis the label opens closes after the number
        pos = cells[0][2]
        cells = cells[1:]
    label = stripped[:pos].strip(" \u00a0\t")
    lstart = len(stripped[:pos]) - len(stripped[:pos].lstrip(" \u00a0\t"))
    real = [c for c in cells if c[0].strip("\u00a0 ")]
    if not real:
        from .figures_first import figures_first_line

        lead = figures_first_line(no, text)
        if lead is not None:
            return lead
        return Line(no, text, "text", label=stripped.strip(" \u00a0\t"), label_span=(lstart, len(stripped)))
    if not label and all(_YEAR.match(c[0]) for c in real):
        return Line(no, text, "years", cells=cells)
    if _month_day(stripped.strip(" \u00a0\t")) or _range_start(stripped.strip(" \u00a0\t")):
        # "June 30", "December 31(a)" alone on a line: a header cell's date, never a row "June" of 30
        return Line(no, text, "text", label=stripped.strip(" \u00a0\t"), label_span=(lstart, len(stripped)))
    if _MD_HEADING.match(stripped) and not _PAGE_HEADING.match(stripped.strip(" \u00a0\t")):
        # a markdown heading: a block of its own, never a row ("### Table 3" in a rendering of a PDF, Circle Q3 2025:
        # "### Table" of 3); it ends the table above it (``text_regions.table_groups``) and may title the one below; one that only
        # numbers a table ("### Table 1") names nothing and is no title either: it stands apart, as prose does
        kind = "prose" if _NUMBERED_CAPTION.match(stripped.strip(" \u00a0\t")) else "text"
        return Line(no, text, kind, label=stripped.strip(" \u00a0\t"), label_span=(lstart, len(stripped)), heading=True)
    if _PAGE_HEADING.match(stripped.strip(" \u00a0\t")):
        # a page heading on a line of its own ("# Page 3" in a Markdown rendering of a PDF, "Page 12 of 40"): text,
        # as page furniture is (``furniture``), never a row "Page" of 3 (Spotify Q3 2024 6-K: a fact of EUR 3)
        return Line(no, text, "text", label=stripped.strip(" \u00a0\t"), label_span=(lstart, len(stripped)))
    # "– Leased Over 11 Million Square Feet in 2024 –": a subtitle between dashes; the closing dash is no nil
    core = real[:-1] if len(real) == 2 and real[-1][0] in _DASHES and label[:1] == real[-1][0] else real
    if len(core) == 1 and _YEAR.match(core[0][0]) and label.split() and label.split()[-1].lower().strip(",") in _BEFORE_A_YEAR:
        # a year that ends a phrase ("... Strong Cash Generation in Fiscal 2026", a page's running header): text
        return Line(no, text, "text", label=stripped.strip(" \u00a0\t"), label_span=(lstart, len(stripped)))
    if len({m.group(1) for m in _FIGURE_YEAR.finditer(stripped)}) >= 2 or _COMPARED.search(stripped):
        # "- Basic: 2,545 (2024), 2,587 (2023)": each figure names its year; no row of the table's columns; nor is a
        # figure compared with another in parentheses, the scale after both
        return Line(no, text, "prose", label=label)
    if _dateline(label, lstart, real, dates):
        return Line(no, text, "text", label=stripped.strip(" \u00a0\t"), label_span=(lstart, len(stripped)))
    if len(real) == 1 and label.split() and label.split()[-1].lower() in _FUNCTION_WORDS:
        # a phrase broken over lines ("For the 13" / "Weeks Ended"): header text, not a row
        return Line(no, text, "text", label=stripped.strip(" \u00a0\t"), label_span=(lstart, len(stripped)))
    if len(label) > _MAX_LABEL or _SENTENCE_END.search(label) or _is_prose(label) or (len(real) <= 2 and _sentence_like(label)) \
            or (len(real) <= 2 and _CONTACT.search(stripped)):
        return Line(no, text, "prose", label=label)
    gaps = []
    prev_end = lstart + len(label)
    for _, s, e in cells:
        gaps.append(turned.get(s, s) - prev_end)  # "Up 8%" stands one space after the figure before it
        prev_end = e
    return Line(no, text, "data", label=label, label_span=(lstart, lstart + len(label)), cells=cells, gaps=gaps)


_MARK = re.compile(r"\s*(?:\([a-z\d]\)|\*+)?$")


def _month_day(t: str) -> bool:
    """A month and day and nothing else but a footnote mark ("December 31(a)", "June 30,", "Dec. 31*"). Stricter than
    ``year_turns.month_days`` on purpose: this decides a whole printed line is no row, and a line with any other words
    around its date may be one; that one reads header keys, every phrase over a column joined, and needs the date's
    (month, day), whatever other words stand over the column."""
    exprs = find_period_exprs(t)
    return len(exprs) == 1 and exprs[0].kind == "month_day" and exprs[0].start == 0 and bool(_MARK.fullmatch(t[exprs[0].end :]))


def _range_start(t: str) -> bool:
    """A date and the dash that opens a range and nothing else ("Ap ril 1, 2025 -", a PDF's text of a header cell that
    goes on to "March 31, 2026" on the next line): header text, never a row "Ap ril" of 1 and 2,025."""
    exprs = find_period_exprs(t)
    return len(exprs) == 1 and exprs[0].kind == "date" and exprs[0].start == 0 and t[exprs[0].end :].strip() in ("-", "–", "—")


def _dateline(label: str, lstart: int, real: list[tuple[str, int, int]], dates: list[tuple[int, int]]) -> bool:
    """A dateline ("REDMOND, Wash. — July 30, 2024 —"): a label that ends with a date, then only dashes. No row:
    the dash closes the dateline, no nil figure of a row labelled with a place and a date."""
    end = lstart + len(label)
    return all(not any(ch.isdigit() for ch in c[0]) for c in real) and any(de >= end - 1 and ds < end for ds, de in dates)


_BULLET = re.compile(_kn.raw["layout"]["bullet"])
_PAGE_HEADING = re.compile(_kn.raw["layout"]["page_furniture"], re.I)
# a caption that only numbers a table ("### Table 1"): extraction.toml [layout] numbered_caption
_NUMBERED_CAPTION = re.compile(_kn.raw["layout"]["numbered_caption"], re.I)
# a markdown ATX heading: up to three spaces, one to six "#", a space (CommonMark)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")


_LIST_ITEM = re.compile(_kn.raw["layout"]["list_item"])
_CONTACT = re.compile(_kn.raw["layout"]["contact"])
_CHANGE_VERBS = frozenset(_kn.raw["layout"]["change_verbs"])


def _is_prose(label: str) -> bool:
    words = label.split()
    return bool(_BULLET.match(label)) or (len(words) > 30 and ". " in label.replace("$.", "$")) or _tells_a_change(label)


def _tells_a_change(label: str) -> bool:
    """A list item that tells a change in words ("- Revenue of $10.6 billion, up 3%"): a sentence, whose figure is
    the change it describes, not a table row's (extraction.toml [layout] list_item, change_verbs)."""
    return bool(_LIST_ITEM.match(label)) and any(w.strip(",.;:()").lower() in _CHANGE_VERBS for w in label.split()[1:])


_FUNCTION_WORDS = frozenset(_kn.raw["layout"]["function_words"])
# words a year follows in a phrase, never a row's label before its figure
_BEFORE_A_YEAR = frozenset(_kn.raw["layout"]["before_a_year"])


_SENTENCE_INSIDE = re.compile(r"[a-z)][.!?]\s+[A-Z]")


def _sentence_like(label: str) -> bool:
    """Running prose that happens to end in a number ("... net income of $309 million, or $1.04")."""
    words = label.lower().split()
    if len(words) >= 8 and _SENTENCE_INSIDE.search(label):
        return True
    return len(words) >= 8 and sum(1 for w in words if w.strip(",.;:") in _FUNCTION_WORDS) >= 4


def detect_tables(lines: list[str]) -> list[RawTable]:
    """Find table regions in text lines and split each into tables at their header blocks. Rows that print their
    figures first are rows only of a table that consistently does (``tables.figures_first``): elsewhere they are
    text lines, and the tables are found again without them."""
    from .figures_first import as_text, not_consistent
    from .records import read_records
    from .text_regions import table_groups

    info = read_records(lines)
    for _ in range(3):
        groups = table_groups(info)
        mixed = [x for g in groups for x in not_consistent(g)]
        if not mixed:
            break
        for x in mixed:
            as_text(x)
    else:
        for x in info:
            if x.first:
                as_text(x)
        groups = table_groups(info)
    return [_raw_table(g) for g in groups]


def _raw_table(group: list[Line]) -> RawTable:
    excluded = exclude_glued(group)
    data = [x for x in group if x.kind == "data"]
    fixed = 0
    if any(x.reader == "pipes" for x in data):
        note_references(group)
        truncated_columns(group)
        align(group)
    elif any(x.reader in ("run_on", "cells") for x in data):
        footnote_digits(group)
    if any(x.reader for x in data):
        data = []  # rows of a rendering of HTML: columns by order
    for x in data:
        if x.gaps and any(g >= 2 for g in x.gaps) and "\u00a0" not in "".join(c[0] for c in (x.cells or [])):
            fixed += 1
    layout = "fixed" if data and fixed * 2 > len(data) else "flattened"
    rows: list[RawRow] = []
    for x in group:
        if x.excluded:
            continue  # a row run together with another (``tables.glue``): no row of the table
        indent = len(x.text) - len(x.text.lstrip(" \u00a0\t"))
        if x.reader:
            from .records import reader_row

            rows.append(reader_row(x))
            continue
        if x.kind == "blank":
            rows.append(RawRow(line=x.no, cells=[], text="", kind="blank"))
        elif x.kind in ("text", "years"):
            if x.kind == "years":
                cells = [
                    RawCell(text=c, span=Span(line=x.no, start=s, end=e), col=ci + 1)
                    for ci, (c, s, e) in enumerate(x.cells or [])
                ]
                rows.append(RawRow(line=x.no, cells=cells, text=x.text.strip(), indent=indent, kind="text"))
            else:
                s, e = x.label_span
                rows.append(
                    RawRow(
                        line=x.no,
                        cells=[RawCell(text=x.label, span=Span(line=x.no, start=s, end=e))],
                        text=x.label,
                        indent=indent,
                        kind="text",
                    )
                )
        else:
            s, e = x.label_span
            cells = [RawCell(text=x.label, span=Span(line=x.no, start=s, end=e), col=0)]
            for ci, (c, cs, ce) in enumerate(x.cells or []):
                txt = "" if not c.strip("\u00a0 ") else c
                cells.append(RawCell(text=txt, span=Span(line=x.no, start=cs, end=ce), col=ci + 1))
            rows.append(RawRow(line=x.no, cells=cells, text=x.text.strip(" \u00a0"), indent=indent, kind="data"))
    return RawTable(layout=layout, first_line=group[0].no, last_line=group[-1].end, rows=rows, excluded=excluded)


def closing_dash(ln: Line) -> Line:
    """A row of an EDGAR fixed-width table whose one figure is a dash one space after its words (" Alabama Power -",
    Southern Co's Exhibit 99.06): a heading the dash closes, no nil figure, which there stands in its column, away
    from the label. (Flattened text prints a nil one space after the label: "Restructuring charges —" is a row.)"""
    if ln.kind != "data" or not ln.cells or not ln.label:
        return ln
    real = [c for c in ln.cells if c[0].strip("\u00a0 ")]
    if len(real) == 1 and real[0][0] in _DASHES and ln.label_span and real[0][1] == ln.label_span[1] + 1:
        stripped = ln.text.rstrip(" \t")
        return Line(ln.no, ln.text, "text", label=stripped.strip(" \u00a0\t"), label_span=(ln.label_span[0], len(stripped)))
    return ln
