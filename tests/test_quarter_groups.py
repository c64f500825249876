"""Year phrases over a line of bare quarters (``tables.quarter_groups``), from Computer Modelling Group's third quarter
of fiscal 2025 (fixtures/cmg-q3-fy2025-free-cash-flow.md): "|  | Fiscal 2023 |  | Fiscal 2024 | | | | | | |  | Fiscal
2025 | | | | |  |" over "| ($ thousands, unless otherwise stated) | Q4 |  | Q1 |  | Q2 |  | Q3 |  | Q4 |  | Q1 |  | Q2 |
| Q3 |  |"."""

from datetime import date

from prxbrl.models import FiscalCalendar
from prxbrl.periods import Calendar
from prxbrl.tables.quarter_groups import bare_part, groups_by_parts, phrase_year, year_part

YEARS = ["Fiscal 2023", "Fiscal 2024", "Fiscal 2025"]
QUARTERS = ["Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3"]
YEAR_CELLS = [1, 3, 11]  # the cell each year is printed in
QUARTER_CELLS = [1, 3, 5, 7, 9, 11, 13, 15]


def test_each_year_over_its_quarters():
    assert groups_by_parts(YEARS, QUARTERS) == [[0], [1, 2, 3, 4], [5, 6, 7]]
    assert groups_by_parts(YEARS, QUARTERS, YEAR_CELLS, QUARTER_CELLS) == [[0], [1, 2, 3, 4], [5, 6, 7]]


def test_cells_that_disagree_with_the_quarters_place_nothing():
    # "Fiscal 2025" printed over the fourth quarter of fiscal 2024
    assert groups_by_parts(YEARS, QUARTERS, [1, 3, 9], QUARTER_CELLS) is None


def test_years_and_quarters_must_run_the_same_way():
    # the latest year first over quarters that run forward: as many groups only by chance, and years not one apart
    assert groups_by_parts(list(reversed(YEARS)), QUARTERS) is None
    assert groups_by_parts(["Fiscal 2025", "Fiscal 2024"], ["Q3", "Q2", "Q1", "Q4", "Q3"]) == [[0, 1, 2], [3, 4]]
    assert groups_by_parts(["Fiscal 2023", "Fiscal 2025"], ["Q4", "Q1"]) is None


def test_parts_and_years():
    assert [bare_part(t) for t in ("Q4", "4Q", "Fourth Quarter", "H1", "Q4 2024", "Total")] == [(4, 3), (4, 3), (4, 3), (1, 6), None, None]
    assert [phrase_year(t) for t in ("Fiscal 2024", "FY2024", "2024", "Q1 2024", "Fiscal 2024 Outlook")] == [2024, 2024, 2024, None, None]


def test_a_calendar_year_over_a_quarter():
    """"2024" over "Q1": January to March 2024 where the fiscal year is known to be the calendar year; where it ends
    March 31 the bare year may be either, and no period is read."""
    december = Calendar(FiscalCalendar(), year_end_known=True)
    period, rest = year_part([2024], ["Q1"], december)
    assert (period.start, period.end, rest) == (date(2024, 1, 1), date(2024, 3, 31), [])
    march = Calendar(FiscalCalendar(year_end_month=3, year_end_day=31), year_end_known=True)
    assert year_part([2024], ["Q1"], march) == (None, [])
    assert year_part([2024], ["Q1"], Calendar(FiscalCalendar(), year_end_known=False)) == (None, [])
