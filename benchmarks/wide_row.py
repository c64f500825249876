"""Time the column finding and header reading of one very wide row (issue 10: 4,000 figures took 10 s).

    python benchmarks/wide_row.py [N ...]

Prints, per width N (default 1000 2000 4000 8000), the seconds to interpret an HTML table and a flattened text table
of one header line and one row of N figures. Linear work doubles with N.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from prxbrl.models import FiscalCalendar, RawCell, RawRow, RawTable, Span  # noqa: E402
from prxbrl.periods import Calendar  # noqa: E402
from prxbrl.tables.interpret import Context, interpret  # noqa: E402
from prxbrl.tables.rows import grid_rows, text_rows  # noqa: E402


def html(n: int) -> RawTable:
    header = [RawCell(text=f"FY{2000 + k % 20}", span=Span(line=1, start=k, end=k + 1), col=k + 1) for k in range(n)]
    row = [RawCell(text="Revenue", span=Span(line=2, start=0, end=7), col=0)] + [
        RawCell(text=f"{1000 + k:,}", span=Span(line=2, start=8 + k, end=9 + k), col=k + 1) for k in range(n)]
    return RawTable(layout="grid", first_line=1, last_line=2, rows=[RawRow(line=1, cells=header), RawRow(line=2, cells=row)])


def flattened(n: int) -> tuple[RawTable, list[str]]:
    lines = [" ".join(f"FY{2000 + k % 20}" for k in range(n)), "Revenue " + " ".join(f"{1000 + k:,}" for k in range(n))]
    cells = [RawCell(text="Revenue", span=Span(line=2, start=0, end=7), col=0)]
    pos = 8
    for k in range(n):
        t = f"{1000 + k:,}"
        cells.append(RawCell(text=t, span=Span(line=2, start=pos, end=pos + len(t)), col=k + 1))
        pos += len(t) + 1
    rows = [RawRow(line=1, cells=[RawCell(text=lines[0], span=Span(line=1, start=0, end=len(lines[0])))], kind="text"),
            RawRow(line=2, cells=cells, kind="data")]
    return RawTable(layout="flattened", first_line=1, last_line=2, rows=rows), lines


def main(args: list[str]) -> None:
    ctx = Context(calendar=Calendar(FiscalCalendar()), reporting_currency="USD", translations=[], lines=[])
    for n in [int(a) for a in args] or [1000, 2000, 4000, 8000]:
        t = time.perf_counter()
        raw = html(n)
        interpret(raw, grid_rows(raw), "t01", ctx, None)
        dt_html = time.perf_counter() - t
        t = time.perf_counter()
        raw, lines = flattened(n)
        interpret(raw, text_rows(raw, lines), "t01", ctx, None)
        dt_text = time.perf_counter() - t
        print(f"N={n:6d}  html {dt_html:6.2f}s  flattened {dt_text:6.2f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
