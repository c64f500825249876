"""A period printed as a row heading over columns that name members (segments), not periods.

Segment tables often print the period as a row of its own in the label column ("Three Months Ended December 31,
2024"), with the figures of each segment in the columns under a header of names, and again for the next period::

     | | | | Optum | | UnitedHealth Group Consolidated (a) |
     | | UnitedHealthcare | | Optum Health | | Optum Insight | | Optum Rx | | Total Optum (a) | |
     Three Months Ended December 31, 2024 | | | | | | | | | | | | |
     Total revenues | | $74,132 | | $25,660 | | $4,781 | | $35,774 | | $65,101 | | $100,807 |

The rows under such a heading are read in its period; each column is named by the header of names over it. A
header of two levels, flattened in a rendering of HTML with pipes, prints the upper line's cells once each (a group
cell that spans several columns is one cell), so its pipes do not line up with the figures; the lower line's do.
The columns are: the cells of the lower line where they stand, and the cells of the upper line that stand over no
lower cell (the consolidated column) in the columns the lower line leaves empty, in order. A group cell ("Optum")
stands over the lower cells from where it starts to the end of their run; a lower cell under it that does not name
it is read with it ("Domestic" under "Employer & Individual (E&I)"). When the counts do not agree, or where a group
starts or ends cannot be told, the header gives no names and the columns stay undistinguished (excluded): a wrong
column is worse than none.

The blocks of the next periods (a table each, headed by their period row alone) take the names of the block above.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..models import Table
from ..periods import find_period_exprs
from .columns import row_period
from .headers import Item, parse_header
from .pipes import is_pipe_line, record_end, split_record
from .rows import Row
from .slots import Context, Slot

# period phrases that name a whole period by themselves (not a year alone, which a row label may end with)
_HEADING_KINDS = frozenset({"months_ended", "weeks_ended", "quarter_ended", "fiscal_year_ended", "as_of", "date",
                            "fiscal_quarter", "fiscal_half", "fiscal_year"})
_FOOTNOTE_MARK = re.compile(r"(?:\s*(?:\((?:[a-z]|\d{1,2})\)|\*{1,3}))+\s*$", re.I)
NOTE = "the period of the rows is the row heading"


@dataclass
class RowHeading:
    """A period row heading and the names of the columns under it."""

    row: Row  # the heading
    header: list[Row]  # the lines of names over the columns (none when the names are those of the table above)
    names: list[str]
    groups: list[str | None]  # the upper cell that stands over a column with others ("Optum" over "Optum Health")
    note: str

    def assign(self, slots: list[Slot]) -> None:
        """Every column in the heading's period, named by its name (``columns.resolve_slots`` reads both)."""
        for s, name, group in zip(slots, self.names, self.groups):
            s.items = parse_header(self.row.label) + [Item("text", name, 0, 0)]
            s.group = group


def period_heading(r: Row, ctx: Context) -> bool:
    """A row that is a period phrase alone, in the label column only (a rendering that keeps its cells says so)."""
    if r.kind != "text" or not r.stub or r.values:
        return False
    text = r.label.strip()
    exprs = [e for e in find_period_exprs(text) if e.kind != "year"]
    if len(exprs) != 1 or exprs[0].kind not in _HEADING_KINDS:
        return False
    rest = text[: exprs[0].start] + text[exprs[0].end :]
    return not re.sub(r"[\s:,()]", "", rest) and row_period(text, ctx) is not None


def row_heading(header_rows: list[Row], title_rows: list[Row], data: list[Row], n: int, ctx: Context,
                prev: Table | None) -> RowHeading | None:
    """The period row heading that ends the header block, with the names of the ``n`` columns: from the lines of
    names right above it, or those of the table above (a block of the same table for another period). None when
    there is no such heading or the names cannot be told apart for certain."""
    if len(header_rows) != 1 or not period_heading(header_rows[0], ctx) or n < 2:
        return None
    heading = header_rows[0]
    above = _name_lines(title_rows, ctx.lines)
    if above:
        named = _names(above, data, n, ctx.lines)
        if named is None:
            return None
        return RowHeading(heading, above, *named, f"{NOTE} (line {heading.line}); the columns are named by the header "
                                                f"at line{'s' if len(above) > 1 else ''} {', '.join(str(r.line) for r in above)}")
    named = _names_of(prev, n) if not title_rows else None
    if named is None:
        return None
    assert prev is not None
    return RowHeading(heading, [], *named, f"{NOTE} (line {heading.line}); the columns are those of {prev.id} above")


def take_row_heading(header_rows: list[Row], title_rows: list[Row], data: list[Row], n: int, ctx: Context,
                     prev: Table | None, positional: bool = False) -> tuple[RowHeading | None, list[Row], list[Row]]:
    """The row heading (``row_heading``) and the header and title lines of the table: the lines of names join the
    header. Flattened text only (the columns of fixed-width text and HTML grids stand where their header is)."""
    found = None if positional else row_heading(header_rows, title_rows, data, n, ctx, prev)
    if found is None:
        return None, header_rows, title_rows
    return found, found.header + header_rows, [r for r in title_rows if r not in found.header]


def _name_lines(title_rows: list[Row], lines: list[str]) -> list[Row]:
    """The last one or two lines above the heading when they are lines of a pipe rendering that name columns (no
    period, unit or role; not in the label column only)."""
    out: list[Row] = []
    for r in reversed(title_rows):
        if r.kind == "blank":
            continue
        if r.kind != "text" or r.stub or not is_pipe_line(lines[r.line - 1]) or not _only_names(r.label):
            break
        out.insert(0, r)
        if len(out) == 2:
            break
    return out


def _only_names(text: str) -> bool:
    items = parse_header(_FOOTNOTE_MARK.sub("", text))
    return bool(items) and all(i.kind == "text" for i in items)


def _names_of(prev: Table | None, n: int) -> tuple[list[str], list[str | None]] | None:
    """The names of the columns of a table read under a period row heading, as many as ``n``."""
    if prev is None or len(prev.columns) != n or not any(NOTE in t for t in prev.notes):
        return None
    names = []
    for c in prev.columns:
        if c.period is None or not c.header.startswith(c.period.label):
            return None
        names.append(c.header[len(c.period.label):].strip())
    return (names, [c.group for c in prev.columns]) if all(names) and len(set(names)) == n else None


def _cells(lines: list[str], line: int) -> list[tuple[int, int, int, str]]:
    """The non-empty cells of the pipe row at ``line`` (1-based): (cell index, start, end, text) on that line."""
    i = line - 1
    return [(p.index, p.span.start, p.span.end, p.text) for p in split_record(lines, i, record_end(lines, i)) if p.span.line == line]


def _data_indices(data: list[Row], n: int, lines: list[str]) -> list[int] | None:
    """The cell index of each of the ``n`` columns in the rows of figures: the index most of the rows print it at
    (a percent sign in a cell of its own shifts the rest of its row), strictly increasing."""
    seen: list[Counter] = [Counter() for _ in range(n)]
    for r in data:
        if len(r.cells) != n or not is_pipe_line(lines[r.cells[0].span.line - 1]):
            continue
        for k, c in enumerate(r.cells):
            if c.empty:
                continue
            where = [ix for ix, s, e, _ in _cells(lines, c.span.line) if s <= c.span.start < e]
            if len(where) == 1:
                seen[k][where[0]] += 1
    out = []
    for cnt in seen:
        if not cnt:
            return None
        (ix, k), = cnt.most_common(1)
        if k * 2 <= sum(cnt.values()):
            return None
        out.append(ix)
    return out if all(a < b for a, b in zip(out, out[1:])) else None


def _names(header: list[Row], data: list[Row], n: int, lines: list[str]) -> tuple[list[str], list[str | None]] | None:
    cols = _data_indices(data, n, lines)
    if cols is None:
        return None
    lower = [(ix, t) for ix, _, _, t in _cells(lines, header[-1].line) if ix > 0]
    upper = [(ix, t) for ix, _, _, t in _cells(lines, header[0].line) if ix > 0] if len(header) == 2 else []
    leaf = {}
    for ix, t in lower:
        if ix not in cols or cols.index(ix) in leaf:
            return None  # a lower cell over no column: the lower line does not line up with the figures
        leaf[cols.index(ix)] = t
    empty = [k for k in range(n) if k not in leaf]
    if len(upper) < len(empty) or (not upper and empty):
        return None
    n_groups = len(upper) - len(empty)
    # runs of columns with a lower cell, and the empty columns, left to right: each empty column takes one upper cell
    # in order, each run takes the groups that stand over it; only one way of dealing the groups is certain
    runs: list[list[int]] = []
    for k in range(n):
        if k in leaf and runs and runs[-1][-1] == k - 1 and runs[-1][-1] in leaf:
            runs[-1].append(k)
        else:
            runs.append([k])
    over = [r for r in runs if r[0] in leaf]
    if n_groups > 1 or (n_groups == 1 and len(over) != 1):
        return None
    names = dict(leaf)
    groups: list[str | None] = [None] * n
    u = 0
    spanned = False  # after a cell that spans columns, the upper line's cells no longer stand at their columns' index
    for r in runs:
        if r[0] in leaf:
            if n_groups:
                ix, group = upper[u]
                u += 1
                if spanned or ix not in cols or cols.index(ix) not in r:
                    return None  # where the group starts is not where a column of its run starts
                start = r.index(cols.index(ix))
                for k in r[start:]:
                    names[k] = _under(group, names[k])
                    groups[k] = _FOOTNOTE_MARK.sub("", group).strip()
                spanned = True
        else:
            ix, names[r[0]] = upper[u]
            u += 1
            if not spanned and ix != cols[r[0]]:
                return None  # a cell of the upper line over another column than the one the lower line leaves empty
    out = [_FOOTNOTE_MARK.sub("", names[k]).strip() for k in range(n)]
    return (out, groups) if all(out) and len(set(out)) == n and all(_only_names(t) for t in out) else None


def _under(group: str, leaf: str) -> str:
    """A lower cell read under its group: as printed when it names the group ("Optum Health", "Total E&I" under
    "Employer & Individual (E&I)"), else after the group's name ("Domestic" under E&I)."""
    g = _FOOTNOTE_MARK.sub("", group).strip()
    if _FOOTNOTE_MARK.sub("", leaf).strip().lower() == "total":
        return f"Total {g}"  # "Total" alone under "Optum": the group's total
    words = set(re.findall(r"[\w&]+", leaf.lower()))
    short = re.findall(r"\(([^()]+)\)", g)  # "(E&I)": the group's short name
    names = [re.sub(r"\s*\([^()]*\)", "", g)] + short
    if any(set(re.findall(r"[\w&]+", x.lower())) <= words for x in names if x.strip()):
        return leaf
    return f"{g} {leaf}"
