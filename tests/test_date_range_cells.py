"""Columns headed by numeric date ranges broken after the dash, a cell per line (voestalpine Q3 2025/26, IFRS, a
release translated from German; fixtures/voestalpine-q3-fy2026-excerpt.txt, its consolidated income statement, lines
copied as printed):

    Consolidated income statement
    04/01–
    12/31/2024
    04/01–
    12/31/2025
    10/01–
    12/31/2024
    10/01–
    12/31/2025
    Revenue
    11,741.5
    ...

No line named a period ("04/01–" alone is none; "12/31/2024" alone is a day) and the file failed ("no figure in them
could be read"). A header that states its start and its end is a period with both: April 1 to December 31, 2024."""

from datetime import date
from pathlib import Path

from prxbrl.models import FiscalCalendar
from prxbrl.periods import Calendar, find_period_exprs, resolve
from prxbrl.tables.interpret import Context, interpret
from prxbrl.tables.rows import text_rows
from prxbrl.tables.text_detect import detect_tables

FIXTURES = Path(__file__).parent / "fixtures"
PLAIN = Calendar(FiscalCalendar())


def _columns():
    lines = (FIXTURES / "voestalpine-q3-fy2026-excerpt.txt").read_text(encoding="utf-8").split("\n")
    raw = detect_tables(lines)[0]
    ctx = Context(calendar=PLAIN, reporting_currency="EUR", translations=[], lines=lines)
    return interpret(raw, text_rows(raw, lines), "t01", ctx, None).table.columns


def test_a_range_broken_after_its_dash_heads_its_column_with_both_dates():
    got = [(c.period.kind, c.period.start, c.period.end) for c in _columns()]
    assert got == [
        ("duration", date(2024, 4, 1), date(2024, 12, 31)),
        ("duration", date(2025, 4, 1), date(2025, 12, 31)),
        ("duration", date(2024, 10, 1), date(2024, 12, 31)),
        ("duration", date(2025, 10, 1), date(2025, 12, 31)),
    ]


def _range(text: str):
    exprs = find_period_exprs(text)
    assert len(exprs) == 1 and exprs[0].kind == "date_range", exprs
    p = resolve(exprs[0], PLAIN)
    return (p.start, p.end) if p else None


def test_a_numeric_start_without_its_year_takes_the_order_and_year_of_its_end():
    assert _range("04/01–12/31/2024") == (date(2024, 4, 1), date(2024, 12, 31))
    assert _range("10/01 - 12/31/2025") == (date(2025, 10, 1), date(2025, 12, 31))
    assert _range("01/10–31/12/2025") == (date(2025, 10, 1), date(2025, 12, 31))  # day first, as the end says
    # two full dates stay two dates; a start the end's order contradicts is no range
    assert [e.kind for e in find_period_exprs("1/2/2024 - 3/4/2024")] == ["date", "date"]
    assert "date_range" not in [e.kind for e in find_period_exprs("13/01–12/31/2024")]
