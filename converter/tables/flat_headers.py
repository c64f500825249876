"""Column headers of flattened text, by count and order (split from ``grid.py``): the phrases of each header line,
left to right, with the notes before them that speak of the label column; k phrases over n columns stand over n // k
consecutive columns each, or as the dates under them, the repeats of a period or the turns of the years group them.
"""

from __future__ import annotations

import re

from ..knowledge import compiled, knowledge
from ..periods import PeriodExpr, duration_of, find_period_exprs
from .grid import _MARKER, _RANGE_BOUNDS
from .group_spans import dated_groups
from .headers import PHRASE_KINDS, parse_header
from .quarter_groups import bare_part, cell_indices, groups_by_parts, part_phrases, parts_over
from .rows import Row
from .slots import Slot
from .spanning_cells import pair_length_lines, spread_duration, spread_length
from .wrapped_headers import join_wrapped_cells
from .year_turns import years_by_turns

_COLUMN_WORDS = {w.lower() for w in knowledge().raw["header"]["column_words"]}
_COMPARISON = {w.lower() for w in knowledge().raw["header"]["comparison"]}
_FISCAL_PARTS = compiled("header", "fiscal_parts")


def by_order(k: int, n: int) -> list[list[int]] | None:
    """By count and order: k phrases over n columns stand over n // k consecutive columns each."""
    if k <= 0 or n % k:
        return None
    per = n // k
    return [list(range(i * per, (i + 1) * per)) for i in range(k)]


_LEADING_NOTE = re.compile(r"^\s*\((?:[^()]|\([^()]*\))*\)\s*")


def order_phrases(r: Row) -> tuple[list[str], list[str]] | None:
    """A flattened header line as its column phrases, left to right, and the notes before them.

    A note in parentheses or words before the first phrase speak of the label column ("($ in millions, except
    earnings per share)  Q3 FY26  Q2 FY26", "ASSETS  November 2, 2024"); "Outlook" or "Actual" after a phrase belong
    to it. None when words between the phrases leave their count open.
    """
    years = [c.text.strip() for c in r.cells if not c.empty] if r.years_only else []
    if years and (r.kind != "data" or not r.label.strip()):
        return years, []  # a line of years (its text is its years)
    # a label before the years ("(Shares in millions) Fiscal Year" / "2023" read as a row)
    text = " ".join([r.label] + years)
    cells = [f[0].strip() for f in r.fragments if f[0].strip()]
    if r.kind == "text" and (spread := spread_length(cells)) is not None:
        return spread, []  # "|Quarter Ended:" / "|Sept 30, 2003" / "|Sept 30, 2002": the length is each date's
    got = _line_phrases(text)
    if got is not None and r.kind == "text" and len(got[0]) < len(cells) and _repeated_group(cells):
        return cells, []  # the reader's cells repeat a group ("Amounts | % of Net Sales | Amounts | % of Net Sales")
    if got is not None and r.groups and len(got[0]) < len(cells):
        return cells, []  # names in cells of their own ("| | Reservoir & Production Solutions | | | | Seismic Solutions |")
    if got is not None and r.kind == "text" and len(cells) >= 2:
        # a period and its unit in one cell ("| | Note | 2024 £m | 2023 £m |", "| For the year ended 31 December |
        # 2016 RMB (‘000) | 2015 RMB (‘000) | Change |"): the cell is the column's phrase, not two; a comparison's
        # cell after them is one too; cells before them speak of the label column
        k = len(cells)
        while k and (_period_and_unit(cells[k - 1]) or _role_only(cells[k - 1])):
            k -= 1
        own = cells[k:]
        if own and _period_and_unit(own[0]) and len(got[0]) > len(own):
            return own, cells[:k]
    if got is None and r.kind == "text" and len(cells) >= 2:
        # words between the phrases, and a reader that kept the cells of the line ("| 2024 | | 2024 (Adj) |",
        # "| UnitedHealthcare | | Optum Health |"): each cell is a phrase; a first cell that names no period, unit or
        # role beside cells that do speaks of the label column
        first = parse_header(cells[0])
        if len(cells) > 2 and (_LEADING_NOTE.fullmatch(cells[0]) or not any(it.kind in PHRASE_KINDS for it in first)) \
                and all(any(it.kind in PHRASE_KINDS for it in parse_header(c)) for c in cells[1:]):
            return cells[1:], [cells[0]]
        return cells, []
    return got


def one_period(text: str, with_unit: bool = False) -> bool:
    """A header cell or line that prints one period and nothing else but its unit or scale ("Three Months Ended
    December 31, 2024"); ``with_unit``: and prints the unit ("2024 £m", "SEKm 2026")."""
    kinds = [it.kind for it in parse_header(text)]
    return kinds.count("period") == 1 and set(kinds) <= {"period", "unit"} and (not with_unit or "unit" in kinds)


def _period_and_unit(cell: str) -> bool:
    return one_period(cell, with_unit=True)


def _role_only(cell: str) -> bool:
    """A cell that names a column's role alone ("Change", "% Change")."""
    items = parse_header(cell)
    return bool(items) and all(it.kind == "role" for it in items)


def _repeated_group(cells: list[str]) -> bool:
    """The cells are a group of two or more printed again for each period ("Amount | % | Amount | %")."""
    n = len(cells)
    return any(n % k == 0 and n // k >= 2 and cells == cells[:k] * (n // k) for k in range(2, n // 2 + 1))


def _line_phrases(text: str) -> tuple[list[str], list[str]] | None:
    notes: list[str] = []
    m = _LEADING_NOTE.match(text)
    if m:
        notes.append(m.group(0).strip())
        text = text[m.end():]
    phrases: list[str] = []
    last = None
    joining = False
    prev_end = 0
    items = parse_header(text)
    if len(items) > 1 and items[0].kind == "unit" and items[1].kind == "period":
        notes.append(items[0].text)  # "$ in thousands  2025  2024": the unit of the whole table
        items = items[1:]
    for it in items:
        if phrases and last == "unit" and it.kind == "role" and not text[prev_end : it.start].strip():
            phrases[-1] += " " + text[it.start : it.end]  # "$ Change": one column
        elif joining and it.kind == "period":
            phrases[-1] += " " + text[it.start : it.end]  # "Q4 FY2024 vs. Q4 FY2023": one comparison column
            joining = False
        elif phrases and last == "period" and it.kind == "text" and it.text.lower() in _COMPARISON:
            phrases[-1] += " " + it.text
            joining = True
        elif it.kind in PHRASE_KINDS:
            phrases.append(text[it.start : it.end])
        elif phrases and (it.kind in ("forecast", "actual") or (it.kind == "text" and it.text[:1].islower() and last == "role")):
            phrases[-1] += " " + text[it.start : it.end]  # "Q2 FY2023 Outlook", "% Change in Constant Currency"
        elif not phrases and it.kind in ("text", "forecast", "actual"):
            notes.append(it.text)
        elif _MARKER.match(it.text.strip()):
            continue  # "February 3, 2024 (1)"
        elif phrases and last == "period" and it is items[-1] and it.text.strip() in ("-", "–", "—", "to", "through"):
            phrases[-1] += " " + it.text.strip()  # "April 1, 2024 -": a range the next line ends (``_join_range_lines``)
        else:
            return None
        last, prev_end = it.kind, it.end
    return phrases, notes


def words_over(r: Row, n: int) -> list[str] | None:
    """A line of words only, one over each column ("Low High", "Q1 Q2 Q3 Q4 Total")."""
    if r.stub or r.years_only or any(it.kind != "text" for it in parse_header(r.label)):
        return None
    words = r.label.split()
    if len(words) != n or not all(_column_word(w) for w in words):
        return None
    return words


def _column_word(w: str) -> bool:
    w = w.strip(" ()").lower()
    return w in _RANGE_BOUNDS or w in _COLUMN_WORDS or any(p.match(w) for p, _ in _FISCAL_PARTS)


def assign_by_order(slots: list[Slot], header_rows: list[Row], lines: list[str] | None = None) -> list[str] | None:
    """Flattened text: every header line whose phrases divide the columns evenly stands over them in order.

    Returns the notes the lines carry for the whole table, or None (nothing assigned) when a line's phrases do not
    divide the columns: the caller then reads the header by its unit and period lines.
    """
    n = len(slots)
    if not n or not header_rows:
        return None
    read: list[list[str]] = []
    notes: list[str] = []
    cells: dict[tuple[str, ...], list[int] | None] = {}  # a line's phrases -> the cells that print them
    line_cells: list[list[int] | None] = []  # the same, line by line, and the cells' printed text
    line_texts: list[list[str]] = []
    for r in header_rows:
        words = words_over(r, n)
        got = (words, []) if words else (parts_over(r, n) or part_phrases(r) or order_phrases(r))
        if got is None:
            return None
        phrases, line_notes = got
        notes += line_notes
        while len(phrases) > n and _role_only(phrases[-1]):
            phrases = phrases[:-1]  # a comparison's column whose cells hold no figure read ("Change" over "+39.3%")
        if phrases:
            read.append(phrases)
            at = cell_indices(r, lines)
            cells[tuple(phrases)] = at[len(at) - len(phrases):] if at is not None and len(at) >= len(phrases) else None
            line_cells.append(cells[tuple(phrases)])
            printed = [f[0].strip() for f in r.fragments if f[0].strip()]
            line_texts.append(printed[len(printed) - len(phrases):] if len(printed) >= len(phrases) else [])
    if not read:
        return None
    read = join_wrapped_cells(read, line_cells, line_texts, n)
    read = _join_wrapped_comparisons(read)
    read = pair_length_lines(read)  # "|Three Months Ended" / "June 30," / "|Six Months Ended" / "June 30,"
    read = _join_range_lines(read)  # "April 1, 2024 -" / "March 31, 2025": one range
    read = _join_one_phrase_lines(read, n)
    read = spread_duration(read)  # "13 weeks ended August 1, 2015" | "August 2, 2014": both 13 weeks
    # a lower line is more specific than the lines above it: fewer full periods under more is a misreading
    full = [k for k, p in enumerate(read) if any(_complete(x) for x in p)]
    if any(len(read[b]) < len(read[a]) for a in full for b in full if b > a):
        return None
    even = [by_order(len(p), n) for p in read]
    # the dates under the groups tell how many columns each heads where the count cannot ("|Quarter ended|||Nine months
    # ended||Year ended|" over six dates: three, two and one; ``group_spans``)
    # (a date's month and day may stand over its year: "December 31, | March 31," over "2009 | 2010")
    dated_lines = [p for p in read if len(p) == n]
    dated = [" ".join(x) for x in zip(*dated_lines)] if dated_lines else None
    for k, p in enumerate(read):
        if dated is not None and 1 < len(p) < n and (spans := dated_groups(p, dated, even[k])) is not None:
            if not spans:
                return None  # the count's division contradicts the dates under it: no column is read by order
            even[k] = spans
    # under a line that does not divide the columns evenly ("Three Months Ended  Nine Months Ended" over five
    # dates), each group starts with the same column as the first (the current period first) or ends as the last
    over: list[list[str]] = [[] for _ in range(n)]
    for p, cols in zip(read, even):
        for k, cs in enumerate(cols or []):
            for i in cs:
                over[i].append(p[k])
    keys = [" ".join(x) for x in over]
    lines: list[list[tuple[str, list[int]]]] = []
    for k, (phrases, cols) in enumerate(zip(read, even)):
        if cols is None:
            turns = years_by_turns(phrases, keys)  # "2007 | 2006" over "June 30 | March 31 | December 31 | ..."
            if turns is None:
                return None
            cols = turns or None
        if cols is None:
            cols = _groups_by_repeat(keys, len(phrases))
        if cols is None:
            cols = _years_over_parts(phrases, read[k + 1:], n, cells)
        if cols is None:
            return None
        lines.append(list(zip(phrases, cols)))
    stacks: list[list[str]] = [[] for _ in slots]
    for line in lines:
        for p, cs in line:
            for i in cs:
                stacks[i].append(p)
    for s, stack in zip(slots, stacks):
        for it in parse_header(" ".join(stack)):
            s.items.append(it)
        if any(p.strip(" ()").lower() in _RANGE_BOUNDS for p in stack):
            s.excluded = "range_bound"
    return notes


def _years_over_parts(phrases: list[str], below: list[list[str]], n: int, cells: dict[tuple[str, ...], list[int] | None]) -> list[list[int]] | None:
    """Year phrases over a line of bare quarters below them ("Fiscal 2023 | Fiscal 2024 | Fiscal 2025" over "Q4 | Q1 |
    ... | Q3", spans lost): each year over its quarters (``quarter_groups.groups_by_parts``)."""
    parts = next((p for p in below if len(p) == n and parts_over_words(p)), None)
    if parts is None:
        return None
    return groups_by_parts(phrases, parts, cells.get(tuple(phrases)), cells.get(tuple(parts)))


def parts_over_words(phrases: list[str]) -> bool:
    return all(bare_part(p) is not None for p in phrases)


def _groups_by_repeat(keys: list[str], k: int) -> list[list[int]] | None:
    """k groups of consecutive columns, each starting with the first column's header (or ending with the last's)."""
    n = len(keys)
    if not keys[0] or not all(find_period_exprs(key) for key in keys):
        return None  # only dates and years repeat a period; a unit line ("Thousands of Yen") says nothing of groups
    starts = [i for i in range(n) if keys[i] == keys[0]]
    if len(starts) == k:
        return [list(range(a, b)) for a, b in zip(starts, starts[1:] + [n])]
    ends = [i for i in range(n) if keys[i] == keys[-1]]
    if len(ends) == k:
        return [list(range(a + 1, b + 1)) for a, b in zip([-1] + ends[:-1], ends)]
    return None


def _signature(phrase: str) -> tuple:
    return tuple((it.kind, _family(it.expr), bool(it.expr and it.expr.date()), it.role, it.currency)
                 for it in parse_header(phrase))


def _family(expr: PeriodExpr | None) -> object:
    """What a period phrase names: a length ("Year ended", "Three months ended", "Quarter ended" are one kind of
    phrase, cells of one header row), with or without its day ("... December 31,"); otherwise its own kind."""
    if expr is None:
        return None
    if duration_of(expr) is not None:
        return ("length", bool(expr.groups.get("md")))
    return expr.kind


def _join_one_phrase_lines(read: list[list[str]], n: int) -> list[list[str]]:
    """Phrases printed one per line ("Three Months Ended December 31," / "Twelve Months Ended December 31,", a text
    rendering of a table with one cell per line): consecutive lines of one phrase of the same kind are one line."""
    out: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) > 1 and n % len(run) == 0:
            out.append(list(run))
        else:
            out.extend([p] for p in run)
        run.clear()

    for phrases in read:
        if len(phrases) == 1 and n > 1 and (not run or _signature(run[-1]) == _signature(phrases[0])):
            run.append(phrases[0])
            continue
        flush()
        if len(phrases) == 1 and n > 1:
            run.append(phrases[0])
        else:
            out.append(phrases)
    flush()
    return out


def _join_range_lines(read: list[list[str]]) -> list[list[str]]:
    """A line of one phrase that opens a range of dates ("April 1, 2024 -", a PDF's text of Shin-Etsu's tanshin) goes on
    with the line of one phrase under it ("March 31, 2025"), where the two read as one range."""
    out: list[list[str]] = []
    k = 0
    while k < len(read):
        p = read[k]
        if len(p) == 1 and k + 1 < len(read) and len(read[k + 1]) == 1 and _OPEN_RANGE.search(p[0]):
            joined = f"{p[0].rstrip()} {read[k + 1][0].strip()}"
            exprs = find_period_exprs(joined)
            if len(exprs) == 1 and exprs[0].kind == "date_range" and exprs[0].start == 0 and exprs[0].end >= len(joined.rstrip(" ,")):
                out.append([joined])
                k += 2
                continue
        out.append(p)
        k += 1
    return out


_OPEN_RANGE = re.compile(r"\d\s*(?:[-–—]|\b(?:to|through|thru))\s*$", re.I)


_FULL_KINDS = ("fiscal_year", "fiscal_quarter", "fiscal_half", "date", "as_of", "quarter_ended")


def _complete(phrase: str) -> bool:
    """A phrase that names a whole period by itself ("Q4 FY2024", "Three Months Ended October 27, 2024")."""
    return any(e.kind in _FULL_KINDS or e.date() is not None for e in find_period_exprs(phrase))


def _join_wrapped_comparisons(read: list[list[str]]) -> list[list[str]]:
    """"... FY2024 vs." / "FY2023": a comparison cut at the end of a line goes on with the first phrase of the next."""
    out = [list(p) for p in read]
    for k in range(len(out) - 1):
        if out[k] and out[k][-1].split()[-1].lower() in _COMPARISON and out[k + 1]:
            out[k][-1] += " " + out[k + 1].pop(0)
    return [p for p in out if p]
