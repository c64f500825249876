"""Rows that print their figures before their label (a text rendering of a PDF): read as rows with their header's
columns where a table's rows consistently print so; every numeric token of such lines counted.

Lines copied from a release never seen in development: Shell plc, first quarter 2025 results (unaudited), its
summary, income statement, statement of comprehensive income and cash-flow statement.
"""

from datetime import date
from decimal import Decimal

from conftest import cells
from prxbrl.extract import extract_file
from prxbrl.tables.figures_first import leading_cells
from prxbrl.tables.headers import parse_header

SUMMARY = [
    "## SUMMARY OF UNAUDITED RESULTS",
    "",
    "Quarters $ million",
    "Q1 2025 Q4 2024 Q1 2024 %¹ Reference",
    "4,780 928 7,358 +415 Income/(loss) attributable to Shell plc shareholders",
    "5,577 3,661 7,734 +52 Adjusted Earnings A",
    "15,250 14,281 18,711 +7 Adjusted EBITDA A",
    "9,281 13,162 13,330 -29 Cash flow from operating activities",
    "(3,959) (4,431) (3,528) Cash flow from investing activities",
    "5,322 8,731 9,802 Free cash flow G",
    "2,838 2,815 2,911 +1 Oil and gas production available for sale (thousand boe/d)",
    "0.3580 0.3580 0.3440 -- Dividend per share ($)",
]

INCOME = [
    "## CONSOLIDATED STATEMENT OF INCOME",
    "",
    "Quarters $ million",
    "Q1 2025 Q4 2024 Q1 2024",
    "69,234 66,281 72,478 Revenue1",
    "615 (156) 1,318 Share of profit/(loss) of joint ventures and associates",
    "302 683 907 Interest and other income/(expenses)2",
    "70,152 66,807 74,703 Total revenue and other income/(expenses)",
    "8,959 4,205 11,044 Income/(loss) before taxation",
    "4,083 3,164 3,604 Taxation charge/(credit)2",
    "4,875 1,041 7,439 Income/(loss) for the period",
    "0.79 0.15 1.14 Basic earnings per share ($)3",
    "0.79 0.15 1.13 Diluted earnings per share ($)3",
    "1.See Note 2 “Segment information”.",
]

COMPREHENSIVE = [
    "## CONSOLIDATED STATEMENT OF COMPREHENSIVE INCOME",
    "Quarters $ million",
    "Q1 2025 Q4 2024 Q1 2024",
    "4,875 1,041 7,439 Income/(loss) for the period",
    "Other comprehensive income/(loss) net of tax:",
    "Items that may be reclassified to income in later periods:",
    "1,711 (4,899) (1,995) - Currency translation differences1",
    "6 (11) (6) - Debt instruments remeasurements",
    "(25) 224 53 - Cash flow hedging gains/(losses)",
    "1,723 (4,827) (1,974) Total",
]

CASH_FLOW = [
    "## CONSOLIDATED STATEMENT OF CASH FLOWS",
    "",
    "Quarters $ million",
    "Q1 2025 Q4 2024 Q1 2024",
    "8,959 4,205 11,044 Income before taxation for the period",
    "Adjustment for:",
    "127 288 (10) - Net (gains)/losses on sale and revaluation of non-current assets and businesses",
    "(3,311) (3,579) (2,824) Repurchases of shares",
    "(768) (309) (462) Shares held in trust: net sales/(purchases) and dividends received",
    "(9,183) (10,889) (8,248) Cash flow from financing activities",
]

# the balance sheet of the same release prints its labels first
BALANCE = [
    "## CONDENSED CONSOLIDATED BALANCE SHEET",
    "",
    "$ million",
    "March 31, 2025 December 31, 2024",
    "Goodwill 16,072 16,032",
    "Other intangible assets1 11,365 9,480",
    "Property, plant and equipment 183,712 185,219",
]


def _doc(tmp_path, lines):
    p = tmp_path / "release.md"
    p.write_text("\n".join(["# Shell QRA Q1 2025", "", "1st QUARTER 2025 UNAUDITED RESULTS", ""] + lines) + "\n", encoding="utf-8")
    return extract_file(p)


def _values(doc, line):
    return [(c.period.start, c.period.end, c.value) for c in sorted(cells(doc, line=line), key=lambda c: c.column)
            if c.role == "value"]


Q1_25, Q4_24, Q1_24 = (date(2025, 1, 1), date(2025, 3, 31)), (date(2024, 10, 1), date(2024, 12, 31)), (date(2024, 1, 1), date(2024, 3, 31))


def test_leading_figures_and_the_label_after_them():
    line = "1,711 (4,899) (1,995) - Currency translation differences1"
    found = leading_cells(line)
    assert found is not None
    figures, start = found
    assert [f[0] for f in figures] == ["1,711", "(4,899)", "(1,995)"]  # the dash is the label's bullet
    assert line[start:] == "Currency translation differences1"
    # a unit word after the last figure is the label's first word
    figures, start = leading_cells(CASH_FLOW[8])
    assert [f[0] for f in figures] == ["(768)", "(309)", "(462)"] and CASH_FLOW[8][start:].startswith("Shares held")
    assert [f[0] for f in leading_cells(SUMMARY[4])[0]] == ["4,780", "928", "7,358", "+415"]
    # no such row: years over columns, one figure, figures two spaces apart (a fixed-width layout), a sentence
    for text in ("2025 2024 Change", "2025 Outlook", "1,234  5,678 Revenue", "3 4 The company sold 3 stores."):
        assert leading_cells(text) is None, text


def test_an_income_statement_that_prints_figures_first(tmp_path):
    doc = _doc(tmp_path, INCOME)
    first = 4 + 1  # line of INCOME[0]
    revenue = first + 4
    assert _values(doc, revenue) == [(*Q1_25, Decimal("69234")), (*Q4_24, Decimal("66281")), (*Q1_24, Decimal("72478"))]
    assert {c.label for c in cells(doc, line=revenue)} == {"Revenue"}  # "1.See Note 2" follows: a footnote mark
    assert _values(doc, revenue + 1)[1] == (*Q4_24, Decimal("-156"))
    eps = first + 12
    assert [c.unit for c in cells(doc, line=eps)] == ["USD/shares"] * 3
    assert _values(doc, eps)[2] == (*Q1_24, Decimal("1.13"))
    # every numeric token of the table is a cell or excluded with a reason; the footnote digit glued to the label
    # is no figure
    assert not [t for t in doc.tokens if t.reason in ("unexplained", "cell_outside_columns")]
    glued = [t for t in doc.tokens if t.raw == "Revenue1"]
    assert len(glued) == 1 and glued[0].status == "excluded"


def test_bullets_and_headings_between_rows_that_print_figures_first(tmp_path):
    doc = _doc(tmp_path, COMPREHENSIVE)
    first = 5
    assert {c.label for c in cells(doc, line=first + 6)} == {"Currency translation differences1"}  # no footnote 1 below
    assert _values(doc, first + 6) == [(*Q1_25, Decimal("1711")), (*Q4_24, Decimal("-4899")), (*Q1_24, Decimal("-1995"))]
    assert _values(doc, first + 9)[1] == (*Q4_24, Decimal("-4827"))
    assert not cells(doc, line=first + 4) and not cells(doc, line=first + 5)  # headings


def test_a_summary_with_a_change_column_and_a_column_of_letters(tmp_path):
    # "%¹": the superscript is a footnote mark, no word of the header
    assert [(i.kind, i.text) for i in parse_header(SUMMARY[3])][-2:] == [("role", "%"), ("text", "Reference")]
    doc = _doc(tmp_path, SUMMARY)
    first = 5
    assert _values(doc, first + 4) == [(*Q1_25, Decimal("4780")), (*Q4_24, Decimal("928")), (*Q1_24, Decimal("7358"))]
    change = [c for c in cells(doc, line=first + 4) if c.raw == "+415"]
    assert len(change) == 1 and change[0].role != "value"  # a change, never a figure of a quarter
    # three figures under three quarters and a change column: the quarters
    assert _values(doc, first + 8) == [(*Q1_25, Decimal("-3959")), (*Q4_24, Decimal("-4431")), (*Q1_24, Decimal("-3528"))]
    # "(thousand boe/d)": a quantity, never money
    boe = [t for t in doc.tokens if t.span.line == first + 10 and t.raw in ("2,838", "2,815", "2,911")]
    assert [(t.status, t.reason) for t in boe] == [("excluded", "not_money")] * 3
    assert not [t for t in doc.tokens if t.reason in ("unexplained", "cell_outside_columns")]


def test_cash_flows_of_shares_held_are_money(tmp_path):
    doc = _doc(tmp_path, CASH_FLOW)
    first = 5
    assert {c.label for c in cells(doc, line=first + 8)} == {"Shares held in trust: net sales/(purchases) and dividends received"}
    assert {c.unit for c in cells(doc, line=first + 8)} == {"USD"}
    assert _values(doc, first + 6)[2] == (*Q1_24, Decimal("-10"))


def test_a_table_that_prints_labels_first_keeps_its_rows(tmp_path):
    doc = _doc(tmp_path, BALANCE)
    first = 5
    assert [c.value for c in cells(doc, line=first + 5)] == [Decimal("11365"), Decimal("9480")]


def test_lines_of_figures_first_beside_rows_printed_label_first_are_no_rows(tmp_path):
    # a table whose rows print their labels first: a line that starts with figures is not read as a row of it
    lines = BALANCE + ["302 683 907 Interest and other income/(expenses)2", "Trade and other receivables 7,269 6,018",
                       "Derivative financial instruments² 400 374"]
    doc = _doc(tmp_path, lines)
    assert not cells(doc, line=5 + len(BALANCE))
    assert [c.value for c in cells(doc, line=5 + len(BALANCE) + 1)] == [Decimal("7269"), Decimal("6018")]


def test_a_digit_glued_to_a_label_is_a_footnote_mark_where_the_footnote_is_printed(tmp_path):
    from prxbrl.tables.glued_marks import defined_marks, unglue

    doc = _doc(tmp_path, INCOME)  # its last line: "1.See Note 2 “Segment information”."
    revenue = cells(doc, line=5 + 4)
    assert {c.label for c in revenue} == {"Revenue"}
    row = next(r for t in doc.tables for r in t.rows if r.line == 5 + 4)
    assert row.footnotes == ["1"]
    # "2" and "3" are defined nowhere in these lines: the labels stay as printed
    assert {c.label for c in cells(doc, line=5 + 6)} == {"Interest and other income/(expenses)2"}
    marks = defined_marks(INCOME, len(INCOME) - 1)
    assert marks == {"1"} and unglue("Basic earnings per share ($)3", frozenset({"3"})) == ("Basic earnings per share ($)", "3")
    assert unglue("Tier1", frozenset()) == ("Tier1", None) and unglue("IFRS16", frozenset({"6"})) == ("IFRS16", None)
