"""The fiscal year a release never states, from the columns it prints, and a header that names too few columns to
place them by order. Computer Modelling Group's third quarter of fiscal 2025 (fixtures/cmg-q3-fy2025-free-cash-flow.md,
the release's own lines): its statement of operations prints "Three months ended December 31" and "Nine months ended
December 31" (no year-long column), and its free cash flow table heads eight quarters with
"|  | Fiscal 2023 |  | Fiscal 2024 | | | | | | |  | Fiscal 2025 | | | | |  |" over
"| ($ thousands, unless otherwise stated) | Q4 |  | Q1 |  | Q2 | ...", a line of quarters the reader does not take."""

import csv
from pathlib import Path

from prxbrl.extract import extract_file
from prxbrl.pipeline import convert

FIXTURE = Path(__file__).parent / "fixtures" / "cmg-q3-fy2025-free-cash-flow.md"


def test_nine_months_to_date_start_the_fiscal_year():
    """Nine months ended December 31 begin April 1: the year ends March 31 (as the cover's
    dei:CurrentFiscalYearEndDate already said), and fiscal labels are read on that calendar."""
    doc = extract_file(FIXTURE)
    assert (doc.fiscal_calendar.year_end_month, doc.fiscal_calendar.year_end_day) == (3, 31)


def test_three_fiscal_years_over_eight_quarters_place_no_column(tmp_path):
    """Read by order, "Fiscal 2023 / 2024 / 2025" had stood over the first three of eight figures: "Funds flow from
    operations | 7,656 | | 7,920 | | 11,491 |" became the fiscal years 2023, 2024 and 2025 (the last a forecast), while
    they are the fourth quarter of 2023 and the first two of 2024. No figure of the table is a fact."""
    convert(FIXTURE, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    first = 1 + next(i for i, t in enumerate(lines) if t.startswith("| Funds flow from operations | 7,656"))
    table = [r for r in facts if r["source_line"] and first <= int(r["source_line"]) < first + 7]
    assert table == []
