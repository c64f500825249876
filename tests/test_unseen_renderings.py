"""Renderings of releases outside the corpus (8-K exhibits rendered to text with pipes between cells only: no
leading or closing ``|``, empty leading cells dropped). The lines are copied from the releases (SEC filings)."""

from datetime import date
from decimal import Decimal

import pytest

from conftest import cells

from prxbrl.errors import PrxbrlError
from prxbrl.extract import extract_file
from prxbrl.fiscal_calendar import detect_calendar
from prxbrl.periods import Calendar
from prxbrl.tables.pipes import closes_rows, record_end
from prxbrl.tables.ordinal import percent_of_total_pairs
from prxbrl.tables.records import read_records
from prxbrl.tables.rows import text_rows
from prxbrl.tables.text_detect import detect_tables

# Karat Packaging Inc., EX-99.1 of the 8-K of August 6, 2026 (second quarter 2026)
KARAT = [
    "CHINO, Calif., August 6, 2026 – Karat Packaging Inc. (Nasdaq: KRT) (\"Karat Packaging\" or the \"Company\"), a "
    "specialty distributor and manufacturer of environmentally friendly, disposable foodservice products and related "
    "items, today announced financial results for its second quarter ended June 30, 2026.",
    "",
    "• Record quarterly net sales of $136.3 million, up 9.9 percent, from $124.0 million in the prior-year quarter.",
    "",
    "KARAT PACKAGING INC. AND SUBSIDIARIES",
    "",
    "CONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)",
    "",
    "(In thousands, except share and per share data)",
    "",
    "Three Months Ended June 30, | Six Months Ended June 30,",
    "2026 | 2025 | 2026 | 2025",
    "Net sales | 136,302 | 123,986 | 253,249 | 227,610",
    "Cost of goods sold | 59,142 | 74,879 | 134,563 | 137,741",
    "Gross profit | 77,160 | 49,107 | 118,686 | 89,869",
    "Net income | 29,649 | 11,052 | 36,790 | 17,867",
    "Basic and diluted earnings per share:",
    "Basic | 1.47 | 0.55 | 1.81 | 0.87",
    "Diluted | 1.46 | 0.54 | 1.80 | 0.86",
]

# Strattec Security Corporation, EX-99.1 of the 8-K of August 25, 2026 (fiscal 2026 fourth quarter)
STRATTEC = [
    "MILWAUKEE, WI , August 25, 2026 — Strattec (Nasdaq: STRT), a global provider of highly engineered access solutions "
    "for the automotive and mobility industries, today reported financial results for its fourth quarter and fiscal "
    "year 2026, which ended June 28, 2026.",
    "Net sales were $151.8 million, relatively unchanged from $152.0 million in the prior-year period, and reflected "
    "better than expected OEM vehicle production volumes relative to industry forecasts.",
    "",
    "STRATTEC SECURITY CORPORATION",
    "CONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)",
    "(in thousands, except per share amounts)",
    "Three Months Ended | Twelve Months Ended",
    "June 28, 2026 | June 29, 2025 | June 28, 2026 | June 29, 2025",
    "Net sales | 151,827 | 152,013 | 579,392 | 565,066",
    "Cost of goods sold | 128,179 | 126,613 | 484,027 | 480,489",
    "Gross profit | 23,648 | 25,400 | 95,365 | 84,577",
    "Net income attributable to Strattec | 3,882 | 8,267 | 20,598 | 18,685",
    "",
    "STRATTEC SECURITY CORPORATION",
    "CONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)",
    "(in thousands, except share amounts)",
    "June 28, 2026 | June 29, 2025",
    "ASSETS",
    "Current Assets:",
    "Cash and cash equivalents | 108,243 | 84,579",
    "Total Assets | 387,479 | 391,454",
]


def _write(tmp_path, name, lines):
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_pipes_between_cells_only_end_each_row_with_its_line():
    # no line closes with "|": a header line does not run on into the line of years and the rows below it
    assert not closes_rows(KARAT, 10)
    assert record_end(KARAT, 10) == 10
    recs = [r for r in read_records(KARAT[10:]) if r.kind != "blank"]
    assert [r.kind for r in recs[:3]] == ["text", "years", "data"]
    assert recs[2].label == "Net sales" and [f.text for f in recs[2].figures] == ["136,302", "123,986", "253,249", "227,610"]


def test_pipes_that_close_rows_still_carry_a_wrapped_cell_over():
    # Amazon's rendering closes its rows with "|": "| Three Months Ended" continues on the next line
    lines = [" | | | | | | | | | | | | ", " | Three Months Ended", "September 30, | | Nine Months Ended", "September 30, | "]
    assert closes_rows(lines, 1) and record_end(lines, 1) == 3


def test_release_without_closing_pipes_is_read_with_periods_and_the_prose_currency(tmp_path):
    doc = extract_file(_write(tmp_path, "karat.txt", KARAT))
    # the tables print no currency sign; the sentences state amounts in dollars
    assert doc.reporting_currency == "USD"
    [sales] = [c for c in cells(doc, label="Net sales") if c.value == Decimal("136302")]
    assert (sales.period.start, sales.period.end, sales.unit, sales.scale) == (date(2026, 4, 1), date(2026, 6, 30), "USD", 3)
    [ytd] = [c for c in cells(doc, label="Net sales") if c.value == Decimal("227610")]
    assert (ytd.period.start, ytd.period.end) == (date(2025, 1, 1), date(2025, 6, 30))


def test_first_cell_of_a_header_without_its_empty_label_cell_heads_the_first_column(tmp_path):
    # "June 28, 2026 | June 29, 2025 | ..." prints no empty label cell: its first date is the first column's, not a
    # note in the label column (which shifted every period one column to the left)
    doc = extract_file(_write(tmp_path, "strattec.txt", STRATTEC))
    got = {c.value: (c.period.start, c.period.end) for c in cells(doc, label="Net sales")}
    assert got[Decimal("151827")][1] == date(2026, 6, 28)
    assert got[Decimal("152013")][1] == date(2025, 6, 29)
    assert got[Decimal("579392")][1] == date(2026, 6, 28)
    assert got[Decimal("565066")][1] == date(2025, 6, 29)


MILLERKNOLL = [
    # MillerKnoll, Inc., EX-99.1 of June 24, 2026: four dates over eight cells, every second one a percent of net sales
    "Condensed Consolidated Statements of Operations",
    "",
    "(Unaudited) (Dollars in millions, except per share and common share data) | Three Months Ended | Twelve Months Ended",
    "May 30, 2026 | May 31, 2025 | May 30, 2026 | May 31, 2025",
    "Net sales | 1,004.2 | 100.0 | % | 961.8 | 100.0 | % | 3,841.7 | 100.0 | % | 3,669.9 | 100.0 | %",
    "Cost of sales | 608.6 | 60.6 | % | 584.9 | 60.8 | % | 2,352.9 | 61.2 | % | 2,247.3 | 61.2 | %",
    "Equity (loss) income, net of tax | (1.0) | (0.1) | % | — | — | % | (0.1) | — | % | 0.3 | — | %",
    "Earnings (loss) per share - basic | $0.34 | ($0.84) | $1.33 | ($0.54)",
]


def test_each_figure_followed_by_its_percent_of_net_sales():
    [raw] = detect_tables(MILLERKNOLL)
    data = [r for r in text_rows(raw, MILLERKNOLL) if r.kind == "data"]
    assert percent_of_total_pairs(data, 8)
    # the per-share row prints a figure for each pair only: its figures stand under the dates, not in % columns
    eps = data[-1]
    assert [c.text for c in eps.cells] == ["$0.34", "", "($0.84)", "", "$1.33", "", "($0.54)", ""]
    assert [c.pos[0] for c in eps.cells if c.text] == [0.0, 2.0, 4.0, 6.0]


def test_pairs_need_a_row_of_hundreds():
    lines = MILLERKNOLL[:4] + MILLERKNOLL[5:]  # no "Net sales" row of 100.0 %: the percents could be anything
    [raw] = detect_tables(lines)
    assert not percent_of_total_pairs([r for r in text_rows(raw, lines) if r.kind == "data"], 8)


def test_months_ending_on_the_weekday_of_a_52_53_week_year_are_not_guessed(tmp_path):
    # "Twelve Months Ended May 30, 2026" (a Saturday) with no weekday rule to read (no balance sheet): calendar
    # months would start it on May 31, 2025 and the prior year on June 1, 2024 (its year began June 2, 2024)
    fc = detect_calendar(MILLERKNOLL)
    assert Calendar(fc).start_of(date(2025, 5, 31), "months", 12) == date(2024, 6, 1)
    weekly = Calendar(fc, week_ends=frozenset({5}))
    assert weekly.start_of(date(2025, 5, 31), "months", 12) is None
    assert weekly.start_of(date(2026, 5, 30), "months", 3) is None
    assert weekly.start_of(date(2026, 5, 30), "weeks", 13) == date(2026, 3, 1)
    assert weekly.start_of(date(2026, 6, 30), "months", 3) == date(2026, 4, 1)  # a Tuesday: calendar months
    # every column of this release ends on a Saturday: no calendar months are guessed. The two twelve-month columns
    # 52 weeks apart pin the later year (June 1, 2025 to May 30, 2026, as MillerKnoll's "(52 weeks)" says) and its
    # 13-week quarter; the prior year's columns, whose start nothing tells, are left out
    doc = extract_file(_write(tmp_path, "millerknoll.txt", MILLERKNOLL))
    sales = {c.value: (c.period.start, c.period.end) for t in doc.tables for r in t.rows for c in r.cells
             if r.label == "Net sales" and c.role == "value"}
    assert sales == {Decimal("1004.2"): (date(2026, 3, 1), date(2026, 5, 30)), Decimal("3841.7"): (date(2025, 6, 1), date(2026, 5, 30))}


def test_a_date_at_the_top_of_a_page_over_every_column_does_not_hide_the_weekday_calendar(tmp_path):
    # the running page header of Strattec's release ("August 25, 2026", a Tuesday) stands over a table without
    # column headers; it is no column's period, so the Sunday year ends still give the 52/53-week rule
    lines = STRATTEC + [
        "",
        "Strattec Transformation Delivers Margin Improvement and Strong Cash Generation in Fiscal 2026",
        "",
        "August 25, 2026",
        "",
        "Page 8 of 10",
        "",
        "SUPPLEMENTAL DISCLOSURE OF CASH FLOW INFORMATION:",
        "Cash paid during the period for:",
        "Income taxes | 2,825 | 5,039 | 4,746 | 14,174",
        "Interest | — | 276 | 218 | 1,007",
    ]
    doc = extract_file(_write(tmp_path, "strattec.txt", lines))
    got = {c.value: (c.period.start, c.period.end) for c in cells(doc, label="Net sales")}
    assert got[Decimal("579392")] == (date(2025, 6, 30), date(2026, 6, 28))  # not June 29, the prior year's end
    assert got[Decimal("565066")] == (date(2024, 7, 1), date(2025, 6, 29))
    assert got[Decimal("151827")] == (date(2026, 3, 30), date(2026, 6, 28))


def test_a_part_heading_takes_the_scale_of_the_table_above(tmp_path):
    # Karat: "(In thousands)" heads the block; the cash flow part, split from the balance sheet part at its own header
    # line, states no scale of its own ("no scale is stated ... taken as printed" made 40,345 thousand 40,345 dollars)
    lines = KARAT[:3] + [
        "",
        "KARAT PACKAGING INC. AND SUBSIDIARIES",
        "",
        "SELECTED BALANCE SHEET AND CASH FLOW INFORMATION",
        "",
        "(In thousands)",
        "",
        "Selected Balance Sheet Information: | June 30, 2026 | December 31, 2025",
        "(Unaudited)",
        "Cash and cash equivalents | 38,399 | 37,880",
        "Total assets | 316,813 | 287,686",
        "Total stockholders' equity | 174,275 | 156,870",
        "",
        "Selected Cash Flow Information: | Six Months Ended June 30,",
        "2026 | 2025",
        "(Unaudited) | (Unaudited)",
        "Net cash provided by operating activities (1) | 40,345 | 17,476",
        "Net cash used in financing activities | (21,566) | (19,675)",
    ]
    doc = extract_file(_write(tmp_path, "karat.txt", lines))
    [ops] = [c for c in cells(doc, label="Net cash provided by operating") if c.value == Decimal("40345")]
    assert (ops.scale, ops.period.start, ops.period.end) == (3, date(2026, 1, 1), date(2026, 6, 30))
    [assets] = [c for c in cells(doc, label="Total assets") if c.value == Decimal("316813")]
    assert assets.scale == 3


def test_a_group_of_headers_repeated_for_each_period_heads_its_columns_in_order(tmp_path):
    # Karat: "Amounts | % of Net Sales" printed once per period, the first cell without an empty label cell before
    # it; the amounts were read as percents of net sales (all four columns) and excluded
    lines = KARAT[:3] + [
        "",
        "RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES (UNAUDITED)",
        "",
        "(In thousands, except percentages and per share amounts)",
        "",
        "Reconciliation of Adjusted EBITDA and Adjusted EBITDA margin: | Three Months Ended June 30,",
        "2026 | 2025",
        "Amounts | % of Net Sales | Amounts | % of Net Sales",
        "Net income: | 29,649 | 21.8 | % | 11,052 | 8.9 | %",
        "Add (deduct):",
        "Interest income | (1,161) | (0.9) | (676) | (0.5)",
        "Depreciation and amortization | 2,727 | 2.0 | 2,678 | 2.1",
        "Adjusted EBITDA | 41,613 | 30.5 | % | 17,693 | 14.3 | %",
    ]
    doc = extract_file(_write(tmp_path, "karat.txt", lines))
    [t] = doc.tables[-1:]
    assert [c.role for c in t.columns] == ["value", "percent_of_total"] * 2
    ebitda = {c.value: c for c in cells(doc, label="Adjusted EBITDA")}
    assert (ebitda[Decimal("41613")].role, ebitda[Decimal("41613")].scale) == ("value", 3)
    assert ebitda[Decimal("41613")].period.start == date(2026, 4, 1)
    assert ebitda[Decimal("17693")].period.end == date(2025, 6, 30)
    assert ebitda[Decimal("30.5")].role == "percent_of_total"


# CRA International, Inc., EX-99.1 of the 8-K for its second quarter of fiscal 2026 (52/53-week year)
CRA = [
    "Earnings per diluted share increased 17.3% year over year to $2.10 from $1.79 in the second quarter of fiscal 2025.",
    "",
    "CRA INTERNATIONAL, INC.",
    "",
    "RECONCILIATION OF NON-GAAP FINANCIAL MEASURES",
    "",
    "(IN THOUSANDS, EXCEPT PER SHARE DATA)",
    "",
    "Fiscal Quarter Ended | Fiscal Year-to-Date Period Ended",
    "July 4, 2026 | As a % of Revenue | June 28, 2025 | As a % of Revenue | July 4, 2026 | As a % of Revenue | June 28, 2025 | As a % of Revenue",
    "Revenues | 210,815 | 100.0 | % | 186,878 | 100.0 | % | 411,790 | 100.0 | % | 368,729 | 100.0 | %",
    "Net income | 13,508 | 6.4 | % | 12,122 | 6.5 | % | 24,640 | 6.0 | % | 30,124 | 8.2 | %",
]


def test_a_quarter_header_without_its_empty_label_cell_heads_the_columns_not_the_labels(tmp_path):
    # "Fiscal Quarter Ended | Fiscal Year-to-Date Period Ended": the first phrase names a period, so it heads the
    # first group of columns; it had been taken for a note over the labels, and every column read as a bare date
    header = [r for r in read_records(CRA) if r.no == 9]
    assert len(header) == 1 and [p.text for p in header[0].pieces] == ["Fiscal Quarter Ended", "Fiscal Year-to-Date Period Ended"]
    # its quarters end on Saturdays of a 52/53-week year that no weekday rule states: no start is guessed, and the
    # year-to-date columns (a year end the release does not give) have none either
    with pytest.raises(PrxbrlError, match="figures read, but no period could be determined: the columns end on a Saturday"):
        extract_file(_write(tmp_path, "cra.txt", CRA))


def test_quarter_ended_over_dates_is_three_months(tmp_path):
    # Karat's statement headed "Quarter Ended June 30, | Six Months Ended June 30," (the wording of many releases)
    lines = [x.replace("Three Months Ended June 30,", "Quarter Ended June 30,") for x in KARAT]
    doc = extract_file(_write(tmp_path, "karat.txt", lines))
    got = {c.value: (c.period.start, c.period.end) for c in cells(doc, label="Net sales")}
    assert got[Decimal("136302")] == (date(2026, 4, 1), date(2026, 6, 30))
    assert got[Decimal("123986")] == (date(2025, 4, 1), date(2025, 6, 30))
    assert got[Decimal("253249")] == (date(2026, 1, 1), date(2026, 6, 30))
