"""Numeric dates in column headers ("12/31/2024", "3/31/24"): read where the numbers fix the order, balances at
those dates only where the table says so, durations only where it states them."""

from datetime import date
from decimal import Decimal

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.periods import find_period_exprs, numeric_order, parse_date

from conftest import cells, extracted as _doc

# Bank of America, 4Q24 (unseen): the firm's highlights by quarter label, then a segment's table by numeric date
BAC_HIGHLIGHTS = [
    "## Bank of America Financial Highlights¹",
    "",
    "| ($ in billions, except per share data) | 4Q24 | 4Q23 |",
    "|---------------------------------------|------|------|",
    "| Total revenue, net of interest expense | $25.3 | $22.0 |",
    "| Net income | 6.7 | 3.1 |",
    "",
]
BAC_SEGMENT_HEADER = [
    "# Consumer Banking¹",
    "",
    "## Financial Results",
    "",
]
BAC_SEGMENT = [
    "| ($ in millions)           | 12/31/2024 | 9/30/2024 | 12/31/2023 |",
    "|---------------------------|------------|-----------|------------|",
    "| Total revenue²            | $10,646    | $10,418   | $10,329    |",
    "| Provision for credit losses| 1,254      | 1,302     | 1,405      |",
    "| Net income                | $2,821     | $2,687    | $2,768     |",
    "",
]
# Nephros, Q4 2024 (unseen): the header of its quarterly reconciliation (a line the rendering ran together)
NEPH_HEADER = "(unaudited)2024 Three Month Period Ended Annual  3/31/24 6/30/24 9/30/24 12/31/24 Totals  (in $ thousands)"


def _dates(text):
    return [e.date() for e in find_period_exprs(text) if e.kind == "date"]


def test_numeric_dates_are_read_where_a_number_over_12_fixes_the_order():
    assert _dates(BAC_SEGMENT[0]) == [date(2024, 12, 31), date(2024, 9, 30), date(2023, 12, 31)]
    assert _dates(NEPH_HEADER) == [date(2024, 3, 31), date(2024, 6, 30), date(2024, 9, 30), date(2024, 12, 31)]
    assert parse_date("31/12/2024") == date(2024, 12, 31)  # day first: no month 31
    assert parse_date("5/5/2025") == date(2025, 5, 5)  # either order, one date


def test_a_date_both_orders_read_is_no_date_unless_the_dates_beside_it_fix_the_order():
    assert parse_date("1/2/2024") is None  # 2 January or 1 February: never assumed
    assert numeric_order(["| ($ in millions) | 12/31/2024 | 1/2/2024 |"]) == "md"
    assert _dates("| ($ in millions) | 12/31/2024 | 1/2/2024 |") == [date(2024, 12, 31), date(2024, 1, 2)]
    assert _dates("| ($ in millions) | 31/12/2024 | 1/2/2024 |") == [date(2024, 12, 31), date(2024, 2, 1)]
    # dates that fix both orders fix none
    assert numeric_order(["12/31/2024 1/2/2024 31/12/2023"]) is None
    assert _dates("1/2/2024") == [None]


def test_a_two_digit_year_is_this_century_only_where_plausible():
    assert parse_date("3/31/24") == date(2024, 3, 31)
    assert parse_date("6/30/97") is None
    # not a date: a fraction, more numbers after it
    assert not [e for e in find_period_exprs("1/2 of 12/31/2024/5") if e.kind == "date"]


# the segment's table with its dates a year apart: nothing over it says how long its flows are
BAC_SEGMENT_YEARS = [BAC_SEGMENT[0].replace(" 9/30/2024 |", "").replace("-----------|", "", 1)] + [BAC_SEGMENT[1][:-13]] + [
    "| Total revenue²            | $10,646    | $10,329    |",
    "| Provision for credit losses| 1,254      | 1,405      |",
    "| Net income                | $2,821     | $2,768     |",
    "",
]


def test_figures_under_bare_numeric_dates_a_year_apart_are_excluded_with_the_reason(tmp_path):
    doc = _doc(tmp_path, ["# Bank of America Reports 4Q24 Net Income of $6.7 Billion", ""] + BAC_HIGHLIGHTS
               + BAC_SEGMENT_HEADER + BAC_SEGMENT_YEARS)
    first = 2 + len(BAC_HIGHLIGHTS) + len(BAC_SEGMENT_HEADER) + 1
    # the dates head the columns (they were a title over the table, its columns headed by nothing)
    assert {t.reason for t in doc.tokens if t.span.line == first} == {"date"}
    (table,) = [t for t in doc.tables if any(r.line == first + 2 for r in t.rows)]
    assert [c.header for c in table.columns] == ["12/31/2024", "12/31/2023"]
    # revenue of the years, the quarters or the years to date ending then, or balances at those dates: nothing says
    # which, so no figure is a fact
    assert not cells(doc, line=first + 2)
    reasons = {t.raw: t.reason for t in doc.tokens if t.span.line == first + 2}
    assert reasons == {"$10,646": "period_kind_undetermined", "$10,329": "period_kind_undetermined"}
    assert cells(doc, label="Total revenue, net of interest expense")  # the other table stands


def test_bare_numeric_dates_a_quarter_apart_are_the_quarters_ending_then(tmp_path):
    """Two columns at consecutive quarter ends ("12/31/2024 | 9/30/2024 | 12/31/2023", Bank of America's segment
    pages) say how long the flows are: each column is the quarter ending on its date, its period type left to each
    row (``tables.quarter_dates``; a flow the quarter, a balance its end)."""
    doc = _doc(tmp_path, BAC_SEGMENT_HEADER + BAC_SEGMENT)
    got = {(c.period.start, c.period.end, c.period.per_row, c.value) for c in cells(doc, label="Total revenue")}
    assert got == {(date(2024, 10, 1), date(2024, 12, 31), True, Decimal(10646)),
                   (date(2024, 7, 1), date(2024, 9, 30), True, Decimal(10418)),
                   (date(2023, 10, 1), date(2023, 12, 31), True, Decimal(10329))}


def test_a_release_whose_only_table_is_headed_by_bare_numeric_dates_a_year_apart_gives_no_figure(tmp_path):
    with pytest.raises(PrxbrlError, match="no figure in them could be read"):
        _doc(tmp_path, BAC_SEGMENT_HEADER + BAC_SEGMENT_YEARS)


def test_numeric_dates_under_a_stated_length_are_periods_ending_then(tmp_path):
    # the segment table with its length stated over it (as the release states it for its other tables)
    doc = _doc(tmp_path, BAC_SEGMENT_HEADER + ["Three Months Ended", ""] + BAC_SEGMENT)
    got = {(c.period.start, c.period.end, c.value) for c in cells(doc, label="Total revenue")}
    assert got == {(date(2024, 10, 1), date(2024, 12, 31), Decimal(10646)), (date(2024, 7, 1), date(2024, 9, 30), Decimal(10418)),
                   (date(2023, 10, 1), date(2023, 12, 31), Decimal(10329))}


NEPH_BALANCE_SHEET = [
    "NEPHROS, INC. AND SUBSIDIARIES CONSOLIDATED BALANCE SHEETS",
    "",
    "(In thousands, except share and per share amounts)(Unaudited)",
    "",
    "| | 12/31/24 | 12/31/23 |",
    "|---|---|---|",
    "| Cash and cash equivalents | $ 3,760 | $ 4,307 |",
    "| Accounts receivable, net | 1,781 | 1,496 |",
    "| Inventory | 2,615 | 2,470 |",
    "",
]


def test_a_balance_sheet_headed_by_numeric_dates_holds_balances_at_those_dates(tmp_path):
    # Nephros's balance sheet, its "December 31, 2024 December 31, 2023" printed as its reconciliation prints dates
    doc = _doc(tmp_path, NEPH_BALANCE_SHEET)
    got = {(c.period.kind, c.period.end, c.value, c.scale) for c in cells(doc, label="Cash and cash equivalents")}
    assert got == {("instant", date(2024, 12, 31), Decimal(3760), 3), ("instant", date(2023, 12, 31), Decimal(4307), 3)}


def test_a_balance_sheet_date_whose_order_nothing_fixes_is_no_period(tmp_path):
    lines = [x.replace("12/31/24", "1/2/24").replace("12/31/23", "2/1/23") for x in NEPH_BALANCE_SHEET]
    with pytest.raises(PrxbrlError, match="no figure in them could be read"):
        _doc(tmp_path, lines)
    lines = [x.replace("12/31/24", "1/2/24") for x in NEPH_BALANCE_SHEET]
    got = {(c.period.end, c.value) for c in cells(_doc(tmp_path, lines), label="Inventory")}
    assert got == {(date(2024, 1, 2), Decimal(2615)), (date(2023, 12, 31), Decimal(2470))}


# Nephros, Q4 2024 (unseen): its quarterly reconciliations, each a line the rendering ran together: four quarters'
# dates and an annual total over rows of five figures that the reader takes for one column
NEPH_RECONCILIATIONS = [
    ' (unaudited)2024 Three Month Period Ended Annual  3/31/24 6/30/24 9/30/24 12/31/24 Totals  (in $ thousands)Net (loss) income           (169)           (289)          183                   349                74  Adjustments: Depreciation of property and equipment              11              11              12                     12              46 Amortization of other assets              23              24              21                     23                91 Interest expense                1               -                 -                        -                    1 Interest income             (25)             (21)             (20)                    (28)               (94) Non-cash stock-based compensation               (9)              35              65                     62              153 Non-cash inventory impairments              73            107              34                     48              262  Adjusted EBITDA Income (loss)             (95)        (133)      295              466           533 ',
    "",
    '2023 Three Month Period Ended Annual  3/31/23 6/30/23 9/30/23 12/31/23 Totals  (in $ thousands)Net loss            (306)           (433)           (182)                  (654)          (1,575)  Adjustments: Depreciation of property and equipment              10              10                9                     10                39 Amortization of other assets              44              44              46                     41              175 Interest expense                1               -                 -                         1                  2 Interest income             (12)             (13)             (11)                    (28)               (64) Non-cash stock-based compensation            319            194            149                   390           1,052 Non-cash inventory impairments              91              15               -                     189              295  Adjusted EBITDA Income (loss)            147           (183)              11                    (51)               (76)  ',
]


def test_more_dates_over_a_table_than_its_columns_give_no_period_by_order(tmp_path):
    # each row was read as one column under "3/31/24": the annual depreciation (46) became the first quarter's
    with pytest.raises(PrxbrlError, match="no figure in them could be read"):
        _doc(tmp_path, ["Nephros reports", ""] + NEPH_RECONCILIATIONS)
