"""Period headers of real releases the converter had never seen, that it misread (explicit date ranges read as two
instants, "to" as a segment) or could not read ("Twelve Month Periods Ended", "December 31st", "12M 2023",
"10–12/2024")."""

from datetime import date
from decimal import Decimal

import pytest

from prxbrl.models import FiscalCalendar
from prxbrl.periods import Calendar, find_period_exprs, parse_date, resolve

from conftest import cells, extracted as _doc

_CAL = Calendar(FiscalCalendar())


def _periods(text: str, cal: Calendar = _CAL) -> list[tuple[str, date | None, date] | None]:
    out = []
    for e in find_period_exprs(text):
        if e.kind == "year":
            continue
        p = resolve(e, cal)
        out.append((p.kind, p.start, p.end) if p else None)
    return out


def _got(doc, label):
    return {(c.period.kind, c.period.start, c.period.end, c.value) for c in cells(doc, label=label)}


# ---------------------------------------------------------------- explicit ranges

# NX (Japanese IFRS, FY2024, unseen): the header of its income statement and of its comprehensive income
NX_HEADER = ('<tr><td id="2-2"></td><td id="2-3">Notes</td><td id="2-4">FY2023 (January 1, 2023 to December 31, 2023) '
             '(Millions of yen)</td><td id="2-5">FY2024 (January 1, 2024 to December 31, 2024) (Millions of yen)</td>'
             '<td id="2-6">FY2024 (January 1, 2024 to December 31, 2024) (Thousands of U.S. dollars)</td></tr>')


def test_an_explicit_range_is_a_duration_of_exactly_those_days():
    duration = ("duration", date(2023, 1, 1), date(2023, 12, 31))
    assert _periods("FY2023 (January 1, 2023 to December 31, 2023) (Millions of yen)")[-1] == duration
    assert _periods("For the period from January 1, 2023 through December 31, 2023") == [duration]
    assert _periods("Jan. 1, 2023 – Dec. 31, 2023") == [duration]
    # a start printed without its year: in the end's year, or the year before
    assert _periods("April 1 to June 30, 2024") == [("duration", date(2024, 4, 1), date(2024, 6, 30))]
    assert _periods("April 1 to March 31, 2025") == [("duration", date(2024, 4, 1), date(2025, 3, 31))]


def test_two_dates_that_make_no_range_stay_two_dates():
    # a later date first compares two balances, it spans nothing
    assert _periods("December 31, 2024 - December 31, 2023") == [("instant", None, date(2024, 12, 31)),
                                                                ("instant", None, date(2023, 12, 31))]


NX_INCOME = [
    "b. Consolidated statement of income",
    "",
    '<table id="2-1">',
    NX_HEADER,
    '<tr><td id="2-7">Revenue</td><td id="2-8">4,26</td><td id="2-9">2,239,017</td><td id="2-a">2,577,643</td><td id="2-b">16,295,634</td></tr>',
    '<tr><td id="2-c">Cost of sales</td><td id="2-d">8,10 11,12 13,22</td><td id="2-e">2,011,471</td><td id="2-f">2,355,951</td><td id="2-g">14,894,118</td></tr>',
    '<tr><td id="2-h">Gross profit</td><td id="2-i"></td><td id="2-j">227,545</td><td id="2-k">221,691</td><td id="2-l">1,401,515</td></tr>',
    "</table>",
    "",
]


def test_a_statement_headed_by_ranges_holds_durations_and_no_segment_named_to(tmp_path):
    doc = _doc(tmp_path, ["# NX Holdings FY2024 results", ""] + NX_INCOME)
    revenue = cells(doc, label="Revenue")
    assert {(c.period.kind, c.period.start, c.period.end, c.value, c.unit, c.role) for c in revenue} == {
        ("duration", date(2023, 1, 1), date(2023, 12, 31), Decimal(2239017), "JPY", "value"),
        ("duration", date(2024, 1, 1), date(2024, 12, 31), Decimal(2577643), "JPY", "value"),
        # the same year in dollars: a convenience translation, in contexts of its own, not the yen figures' context
        ("duration", date(2024, 1, 1), date(2024, 12, 31), Decimal(16295634), "USD", "convenience"),
    }
    (table,) = doc.tables
    assert not [c.dimension for c in table.columns if c.dimension]  # "to" was a segment


# ---------------------------------------------------------------- "Periods Ended", ordinal days, quarter ordinals

# Imperial Petroleum Q4 2024 (unseen): income statement, cash flow and reconciliation headers
IMPP_INCOME = [
    "**Unaudited Consolidated Statements of Income**",
    "",
    "(Expressed in United States Dollars, except for number of shares)",
    "",
    "|  |  | Quarters Ended December 31, | | | |  |  | Twelve Month Periods Ended December 31, | | | |  |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    "|  |  | 2023 |  |  | 2024 |  |  | 2023 |  |  | 2024 |  |",
    "|  |  |  |  |  |  |  |  | | | |  |  |",
    "| Revenues |  |  |  |  |  |  |  |  |  |  |  |  |",
    "| Revenues |  | 29,881,814 |  |  | 26,211,665 |  |  | 183,725,820 |  |  | 147,479,980 |  |",
    "| Expenses |  |  |  |  |  |  |  |  |  |  |  |  |",
    "| Voyage expenses |  | 13,470,678 |  |  | 8,122,190 |  |  | 60,276,962 |  |  | 50,168,529 |  |",
    "| Voyage expenses - related party |  | 348,535 |  |  | 338,262 |  |  | 2,253,979 |  |  | 1,856,361 |  |",
    "| Total expenses |  | 26,955,444 |  |  | 21,213,752 |  |  | 117,708,179 |  |  | 103,337,097 |  |",
    "",
]
IMPP_RECONCILIATION = [
    "Reconciliation of Adjusted Net Income, EBITDA, adjusted EBITDA and adjusted EPS**:**",
    "",
    "| (Expressed in United States Dollars, except number of shares) | Third Quarter Ended December 31st, | | |  | Twelve Months Period Ended December 31st, | | |  |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    "|  | 2023 |  | 2024 |  | 2023 |  | 2024 |  |",
    "| Net Income - Adjusted Net Income |  |  |  |  |  |  |  |  |",
    "| Net income | 6,463,943 |  | 3,917,661 |  | 71,134,002 |  | 50,157,772 |  |",
    "",
]
IMPP_FLEET = [
    "| FLEET DATA | Q4 2023 |  | Q4 2024 |  | 12M 2023 |  | 12M 2024 |  |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    "| Average number of vessels (1) | 9.00 |  | 11.00 |  | 10.00 |  | 10.39 |  |",
    "| Total calendar days for fleet (2) | 828 |  | 1,012 |  | 3,650 |  | 3,801 |  |",
    "| Fleet utilization (4) | 95.3 | % | 99.8 | % | 95.4 | % | 97.3 | % |",
    "",
]
Q4_23, Q4_24 = (date(2023, 10, 1), date(2023, 12, 31)), (date(2024, 10, 1), date(2024, 12, 31))
FY_23, FY_24 = (date(2023, 1, 1), date(2023, 12, 31)), (date(2024, 1, 1), date(2024, 12, 31))


def test_month_periods_ended_and_ordinal_days_are_read():
    assert parse_date("December 31st, 2024") == date(2024, 12, 31)
    assert parse_date("1st March 2024") == date(2024, 3, 1)
    kinds = [(e.kind, e.groups.get("md")) for e in find_period_exprs(IMPP_RECONCILIATION[2]) if e.kind != "year"]
    assert kinds == [("quarter_ended", "December 31st"), ("months_ended", "December 31st")]
    kinds = [(e.kind, e.groups.get("md")) for e in find_period_exprs(IMPP_INCOME[4])]
    assert kinds == [("quarter_ended", "December 31"), ("months_ended", "December 31")]


def test_quarters_and_twelve_month_periods_over_years_are_read(tmp_path):
    doc = _doc(tmp_path, ["# Imperial Petroleum Inc. Reports Fourth Quarter and Twelve Months 2024 Results", ""] + IMPP_INCOME)
    assert _got(doc, "Revenues") == {("duration", *Q4_23, Decimal(29881814)), ("duration", *Q4_24, Decimal(26211665)),
                                     ("duration", *FY_23, Decimal(183725820)), ("duration", *FY_24, Decimal(147479980))}
    # "Revenues" over its one line "Revenues": the section ends there, "Expenses" is no part of it
    items = {r.label: r for t in doc.tables for r in t.rows}
    assert items["Voyage expenses"].section == ["Expenses"]
    assert items["Expenses"].section == []


def test_a_quarter_the_release_calls_third_is_the_three_months_to_its_date(tmp_path):
    # "Third Quarter Ended December 31st" of a calendar-year company is its fourth: the length from "Quarter", the
    # end from the date, no fiscal calendar from the ordinal
    doc = _doc(tmp_path, ["# Imperial Petroleum Inc. Reports Fourth Quarter and Twelve Months 2024 Results", ""]
               + IMPP_RECONCILIATION)
    assert _got(doc, "Net income") == {("duration", *Q4_23, Decimal(6463943)), ("duration", *Q4_24, Decimal(3917661)),
                                       ("duration", *FY_23, Decimal(71134002)), ("duration", *FY_24, Decimal(50157772))}
    table = next(t for t in doc.tables if any(r.label == "Net income" for r in t.rows))
    assert not [c.dimension for c in table.columns if c.dimension]


def test_months_of_a_year_label_a_year_or_its_first_months(tmp_path):
    assert _periods("12M 2023 | 9M 2024 | 6M'24") == [("duration", *FY_23), ("duration", date(2024, 1, 1), date(2024, 9, 30)),
                                                      ("duration", date(2024, 1, 1), date(2024, 6, 30))]
    assert _periods("revenue of $12M 2024") == []  # money, no period
    assert _periods("3M 2024 Fourth-Quarter Results") == []  # a company (a quarter prints as "Q1")
    doc = _doc(tmp_path, ["# Imperial Petroleum Inc. Reports Fourth Quarter and Twelve Months 2024 Results", ""] + IMPP_FLEET
               + IMPP_RECONCILIATION)
    got = {(c.period.start, c.period.end, c.value) for c in cells(doc, label="Fleet utilization")}
    assert got == {(*Q4_23, Decimal("95.3")), (*Q4_24, Decimal("99.8")), (*FY_23, Decimal("95.4")), (*FY_24, Decimal("97.3"))}
    # the days of the fleet are counted, no money (excluded: extraction.toml [units] label_units)
    assert not cells(doc, label="Total calendar days")


# ---------------------------------------------------------------- Nordic month ranges

# Glaston FY2024 (unseen): a Finnish release's key figures, the caption "EUR million" in the label column
GLASTON = [
    "**GLASTON GROUP’S KEY FIGURES**",
    "",
    "| EUR million | 10–12/2024 | 10–12/2023 | Change% | 1–12/2024 | 1–12/2023 | Change% |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    "| Orders received | 53.1 | 57.6 | -7.7% | 202.7 | 220.3 | -8.0% |",
    "| Net sales | 56.8 | 59.7 | -4.8% | 217.9 | 219.7 | -0.8% |",
    "| Operating result (EBIT) | 0.6 | 2.7 | -76.5% | 5.8 | 8.1 | -28.9% |",
    "",
]


def test_nordic_month_ranges_are_those_months():
    assert _periods("10–12/2024") == [("duration", *Q4_24)]
    assert _periods("1-12/2023") == [("duration", *FY_23)]
    assert _periods("Q4/2024") == [("duration", *Q4_24)]
    assert _periods("12–10/2024") == [None]  # no range runs backwards


def test_month_range_columns_hold_their_own_figures(tmp_path):
    # every figure in its own column: the caption over the labels is no column, "Change%" is one column
    doc = _doc(tmp_path, ["# Glaston Corporation Financial Statement Bulletin 2024", ""] + GLASTON)
    m = Decimal(1_000_000)
    got = {(c.period.start, c.period.end, c.value * 10 ** c.scale) for c in cells(doc, label="Net sales") if c.role == "value"}
    assert got == {(*Q4_24, Decimal("56.8") * m), (*Q4_23, Decimal("59.7") * m), (*FY_24, Decimal("217.9") * m),
                   (*FY_23, Decimal("219.7") * m)}
    assert {c.role for c in cells(doc, label="Net sales") if c.raw.endswith("%")} <= {"yoy_percent"}


@pytest.mark.parametrize("header", ["Change%", "% Change"])
def test_a_change_in_percent_is_one_column(header):
    from prxbrl.tables.headers import parse_header
    roles = [it.role for it in parse_header(header) if it.kind == "role"]
    assert roles == ["yoy_percent"]


# ---------------------------------------------------------------- Ubiquiti Q2 FY2025 (markdown, unseen)

# Its highlights: a caption of the label column in the header row, fiscal quarters as "F2Q25" (F for fiscal), and a
# breakdown of revenues in italics. The caption, longer than the phrases, had made the header row the table's title
# and the first phrase the header of every column (all three excluded as columns_undistinguished); the italic figures
# were no figures.
UBIQUITI_HIGHLIGHTS = [
    "**Ubiquiti Inc. Reports Second Quarter Fiscal 2025 Financial Results**",
    "",
    "Ubiquiti Inc. today announced its financial results for the second quarter ended December 31, 2024.",
    "",
    "Fiscal year ending June 30, 2025.",
    "",
    "**Financial Highlights ($, in millions, except per share data)**",
    "",
    "| **Income statement highlights** |  |  | **F2Q25** |  |  | **F1Q25** |  |  | **F2Q24** |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    "| Revenues |  |  | 599.9 |  |  | 550.3 |  |  | 465.0 |",
    "| *Enterprise Technology* |  |  | *518.2* |  |  | *470.2* |  |  | *391.5* |",
    "| *Service Provider Technology* |  |  | *81.7* |  |  | *80.2* |  |  | *73.5* |",
    "| Gross profit |  |  | 247.2 |  |  | 231.6 |  |  | 177.6 |",
]


def test_fiscal_quarters_with_an_f_for_fiscal():
    cal = Calendar(FiscalCalendar(year_end_month=6, year_end_day=30), year_end_known=True)
    assert _periods("F2Q25 F1Q25 F2Q24", cal) == [("duration", date(2024, 10, 1), date(2024, 12, 31)),
                                                  ("duration", date(2024, 7, 1), date(2024, 9, 30)),
                                                  ("duration", date(2023, 10, 1), date(2023, 12, 31))]
    assert _periods("FQ2'25", cal) == [("duration", date(2024, 10, 1), date(2024, 12, 31))]


def test_a_caption_over_the_label_column_leaves_the_header_row_a_header(tmp_path):
    doc = _doc(tmp_path, UBIQUITI_HIGHLIGHTS)
    m = 1  # as printed (the table's scale, millions, is applied when facts are made)
    assert _got(doc, "Revenues") == {("duration", date(2024, 10, 1), date(2024, 12, 31), Decimal("599.9") * m),
                                     ("duration", date(2024, 7, 1), date(2024, 9, 30), Decimal("550.3") * m),
                                     ("duration", date(2023, 10, 1), date(2023, 12, 31), Decimal("465.0") * m)}
    # the breakdown printed in italics is read as printed
    assert ("duration", date(2024, 7, 1), date(2024, 9, 30), Decimal("470.2") * m) in _got(doc, "Enterprise Technology")
