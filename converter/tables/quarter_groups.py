"""Quarters under the years they belong to: a trend table's header of year phrases over a line of bare quarters.

Supplemental tables head eight quarters as a line of years over a line of quarters (Computer Modelling Group's
third quarter of fiscal 2025: "|  | Fiscal 2023 |  | Fiscal 2024 | | | | | | |  | Fiscal 2025 | | | | |  |" over
"| ($ thousands, unless otherwise stated) | Q4 |  | Q1 |  | Q2 |  | Q3 |  | Q4 |  | Q1 |  | Q2 |  | Q3 |  |"). The
rendering lost the spans of the year cells: a year stands over every column from its own cell up to the next year's.
The quarters say the same by themselves: a new year starts where the quarters start over (Q4 | Q1 Q2 Q3 Q4 | Q1 Q2
Q3). A line of quarters is read as a header line only where both agree (or where the quarters alone must tell, the
line keeping no cells); each column is then "Fiscal 2024 Q1", that quarter of that year on the release's calendar.
"""

from __future__ import annotations

from ..knowledge import compiled
from ..periods import find_period_exprs, full_year, resolve
from .rows import Row

_FISCAL_PARTS = compiled("header", "fiscal_parts")
_WHOLE_YEAR = compiled("header", "whole_year_phrases")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def bare_part(text: str) -> tuple[int, int] | None:
    """("Q3", "3Q", "Third Quarter", "H1") -> (index, months of the part), or None for anything else."""
    for pat, entry in _FISCAL_PARTS:
        m = pat.match(text.strip())
        if m:
            g = m.groupdict()
            n = int(g.get("n") or g.get("n2") or 0) or _ORDINALS[(g.get("w") or "").lower()]
            return n, int(entry["months"])
    return None


def parts_over(r: Row, n: int) -> tuple[list[str], list[str]] | None:
    """A line whose cells are one bare quarter (or half) over each of the n columns, after a caption of the label
    column if it prints one: the parts, and the caption as a note on the table. None for any other line."""
    if r.kind != "text" or r.stub or r.years_only or n < 2:
        return None
    cells = [f[0].strip() for f in r.fragments if f[0].strip()]
    notes: list[str] = []
    if len(cells) == n + 1 and bare_part(cells[0]) is None and not find_period_exprs(cells[0]):
        notes, cells = cells[:1], cells[1:]
    if len(cells) != n:
        return None
    parts = [bare_part(c) for c in cells]
    if any(p is None for p in parts) or len({p[1] for p in parts if p}) != 1:
        return None
    return cells, notes


def phrase_year(phrase: str) -> int | None:
    """The year a phrase names and nothing else: "Fiscal 2024", "FY2024", "2024"."""
    exprs = find_period_exprs(phrase)
    if len(exprs) != 1 or exprs[0].text.strip() != phrase.strip().rstrip("*").strip():
        return None
    e = exprs[0]
    if e.kind == "fiscal_year":
        return None if e.groups.get("y2") else full_year(e.groups["yy"] or "")  # ("2024-25": no one year's label)
    if e.kind == "year":
        return int(e.groups["year"] or 0) or None
    return None


def groups_by_parts(phrases: list[str], parts: list[str], phrase_cells: list[int] | None = None,
                    part_cells: list[int] | None = None) -> list[list[int]] | None:
    """The columns each year phrase stands over, the parts (quarters) under them telling where a year ends: the
    quarters start over with each year (ascending years over ascending quarters, or both descending), as many times
    as there are years, the years one apart. Where the rendering kept the cells of both lines, each year also stands
    over the cells from its own up to the next year's, and the two readings must agree. None otherwise."""
    years = [phrase_year(p) for p in phrases]
    if len(years) < 2 or any(y is None for y in years):
        return None
    steps = {b - a for a, b in zip(years, years[1:])}  # type: ignore[operator]
    if steps not in ({1}, {-1}):
        return None
    ascending = steps == {1}
    idx = [bare_part(p) for p in parts]
    if any(i is None for i in idx):
        return None
    qs = [i[0] for i in idx if i]
    groups: list[list[int]] = [[0]]
    for j in range(1, len(qs)):
        if (qs[j] <= qs[j - 1]) if ascending else (qs[j] >= qs[j - 1]):
            groups.append([])
        groups[-1].append(j)
    if len(groups) != len(phrases):
        return None
    if phrase_cells is not None and part_cells is not None:
        if len(phrase_cells) != len(phrases) or len(part_cells) != len(parts):
            return None
        by_cell: list[list[int]] = [[] for _ in phrases]
        for j, c in enumerate(part_cells):
            k = max((k for k, pc in enumerate(phrase_cells) if pc <= c), default=None)
            if k is None:
                return None  # a quarter left of every year
            by_cell[k].append(j)
        if by_cell != groups:
            return None
    return groups


def cell_indices(r: Row, lines: list[str] | None) -> list[int] | None:
    """The index of the cell each printed phrase of a ``|``-rendered line stands in (counted from the line's start);
    None where the line keeps no cells."""
    if not lines or not r.fragments:
        return None
    out = []
    for text, span, _ in r.fragments:
        if not text.strip():
            continue
        if span is None or not 0 < span.line <= len(lines) or "|" not in lines[span.line - 1]:
            return None
        out.append(lines[span.line - 1][: span.start].count("|"))
    return out


def year_part(years: list[int], text_items: list[str], cal) -> tuple[object, list[str]] | None:
    """A bare quarter (or half) under a year alone ("2024" over "Q1"): that quarter of the calendar year, in a release
    whose fiscal year is known to be the calendar year. Where it is another (a year ending March 31) or unknown, a
    bare year may be the calendar's or the fiscal year's: no period (the column is left out, never guessed). None
    when nothing composes."""
    if len(years) != 1:
        return None
    calendar_year = cal.year_end_known and cal.weeks is None and (cal.fc.year_end_month, cal.fc.year_end_day) == (12, 31)
    for t in text_items:
        if any(p.match(t.strip()) for p, _ in _WHOLE_YEAR):
            # "Full Year" over "2006": that fiscal year, where the release's year end is known
            rest = [x for x in text_items if x is not t]
            exprs = find_period_exprs(f"FY{years[0]}")
            if not cal.year_end_known or len(exprs) != 1:
                return None, rest
            return resolve(exprs[0], cal, label=f"{years[0]} {t.strip()}"), rest
        part = bare_part(t)
        if part is None:
            continue
        n, months = part
        rest = [x for x in text_items if x is not t]
        if not calendar_year:
            return None, rest
        canonical = f"{'Q' if months == 3 else 'H'}{n} {years[0]}"
        exprs = find_period_exprs(canonical)
        if len(exprs) != 1 or exprs[0].text != canonical:
            return None
        return resolve(exprs[0], cal, label=f"{years[0]} {t.strip()}"), rest
    return None


def part_phrases(r: Row) -> tuple[list[str], list[str]] | None:
    """A header line of column phrases that each name a part of a year or the whole year ("Fourth Quarter Full Year"),
    two or more, nothing else: the phrases, left to right; None for any other line."""
    if r.kind != "text" or r.stub or r.years_only:
        return None
    words = r.label.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for k in (3, 2, 1):
            phrase = " ".join(words[i : i + k])
            if i + k <= len(words) and (bare_part(phrase) is not None or any(p.match(phrase) for p, _ in _WHOLE_YEAR)):
                out.append(phrase)
                i += k
                break
        else:
            return None
    return (out, []) if len(out) >= 2 else None
