"""Counts of people are not money, whatever scale the table states; a row whose label states its scale keeps it.

Lines copied from UnitedHealth Group's Q4 2024 release (corpus rendering, lines 7-8 and 265-291) and Amazon's Q3
2025 release (corpus rendering, line 394)."""

from decimal import Decimal

from conftest import cells, extracted

from prxbrl.tables.columns import label_unit

UNITEDHEALTH = [
    " UnitedHealth Group Reports 2024 Results ",
    " • Revenues of $400.3 Billion Grew 8% Year-Over-Year ",
    " UNITEDHEALTH GROUP ",
    " PEOPLE SERVED AND PERFORMANCE METRICS - SUPPLEMENTAL FINANCIAL INFORMATION ",
    " (unaudited) ",
    " UnitedHealthcare Customer Profile ",
    " (in thousands) ",
    " | | | | | | | | | | | | | | | | | | | | | ",
    " People Served | | December 31, 2024 | | September 30, 2024 | | December 31, 2023 | ",
    " Commercial - Domestic: | | | | | | | ",
    " Risk-based | | 8,845 | | | 8,900 | | | 8,115 | | ",
    " Fee-based | | 20,885 | | | 20,830 | | | 19,200 | | ",
    " Total Commercial - Domestic | | 29,730 | | | 29,730 | | | 27,315 | | ",
    " Medicare Advantage | | 7,845 | | | 7,810 | | | 7,695 | | ",
    " Medicaid | | 7,435 | | | 7,450 | | | 7,845 | | ",
    " Total UnitedHealthcare - Medical | | 50,675 | | | 50,665 | | | 52,750 | | ",
    " | | | | | | | ",
    " Optum Performance Metrics ",
    " | | | | | | | | | | | | | | | | | | | | | ",
    " | | December 31, 2024 | | September 30, 2024 | | December 31, 2023 | ",
    " Optum Health Consumers Served (in millions) | | 100 | | 104 | | 103 | ",
    " Optum Insight Contract Backlog (in billions) | | $32.8 | | $32.8 | | $32.1 | ",
    " Note: UnitedHealth Group served 146 million unique individuals across all businesses at December 31, 2024. ",
]


def _doc(tmp_path, lines, name="unitedhealth.txt"):
    return extracted(tmp_path, lines, name)


def _line(lines, text):
    return next(i for i, x in enumerate(lines, start=1) if x.strip().startswith(text))


def test_a_table_counting_people_served_is_not_money(tmp_path):
    doc = _doc(tmp_path, UNITEDHEALTH)
    assert doc.reporting_currency == "USD"
    row = _line(UNITEDHEALTH, "Risk-based")
    # "(in thousands)" and no currency: 8,845 thousand people, not USD 8,845,000 on a liability
    assert not cells(doc, line=row)
    assert {t.reason for t in doc.tokens if t.span.line == row} == {"count_of_people"}
    assert not cells(doc, line=_line(UNITEDHEALTH, "Total UnitedHealthcare - Medical"))


def test_a_row_counting_people_is_not_money_and_a_row_stating_its_scale_keeps_it(tmp_path):
    doc = _doc(tmp_path, UNITEDHEALTH)
    row = _line(UNITEDHEALTH, "Optum Health Consumers Served")
    assert not cells(doc, line=row)
    assert {t.reason for t in doc.tokens if t.span.line == row and t.status == "excluded" and t.raw in ("100", "104", "103")} == {"count_of_people"}
    # "(in billions)" in the label of a money row whose table states no scale: USD 32.8 billion, not USD 32.8
    backlog = cells(doc, line=_line(UNITEDHEALTH, "Optum Insight Contract Backlog"))
    assert {(c.value, c.unit, c.scale) for c in backlog} == {(Decimal("32.8"), "USD", 9), (Decimal("32.1"), "USD", 9)}


def test_a_table_that_states_its_currency_is_money_whatever_its_title(tmp_path):
    lines = [x.replace("(in thousands)", "(in thousands of dollars)") for x in UNITEDHEALTH]
    doc = _doc(tmp_path, lines)
    risk = cells(doc, line=_line(lines, "Risk-based"))
    assert {(c.unit, c.scale) for c in risk} == {("USD", 3)}


def test_labels_counting_people():
    assert label_unit("People Served") == "people"
    assert label_unit("Optum Health Consumers Served (in millions)") == "people"
    # Amazon, line 394: a count of employees printed in a money table "(in millions, except employee data)"
    assert label_unit("Employees (full-time and part-time; excludes contractors & temporary personnel)") == "people"
    assert label_unit("Number of employees") == "people"
    # money about people stays money
    assert label_unit("Employee benefits") is None
    assert label_unit("Employees' compensation") is None
    # Kornit Q4 2024 balance sheet and cash flows: "| Employees and payroll accruals |  | 1,020 |" is a liability
    assert label_unit("Employees and payroll accruals") is None
    assert label_unit("Employees & payroll accruals") is None
    assert label_unit("Revenue per member") is None
    assert label_unit("Medical costs payable") is None


def test_labels_counting_locations_and_users():
    # Yelp Q1 2026, "Key Financial and Operational Metrics (In thousands ...)": "Paying Advertising Locations by
    # Category ... 238 | 238" and "Total Paying Advertising Locations 554 | 563" were us-gaap:AdvertisingExpense and
    # yelp:TotalPayingAdvertisingLocations of $554,000
    assert label_unit("Total Paying Advertising Locations") == "count"
    assert label_unit("Paying Advertising Locations by Category3 Services1") == "count"
    assert label_unit("Daily active users") == "count"
    # money about locations and users stays money; a category's name is no count
    assert label_unit("Revenue per location") is None
    assert label_unit("Sales at comparable locations") is None
    assert label_unit("Restaurants, Retail & Other2") is None


def test_a_label_ending_in_a_percent_sign_after_figures_names_no_unit():
    # NVIDIA Q1 FY2023: the summary's changes ran into the labels ("Revenue Up 8% Up 46% | $8,288"): the revenue of
    # $8,288 million was a pure number 8288. A measure that ends naming its unit ("Gross margin %") still is pure
    assert label_unit("Revenue Up 8% Up 46%") is None
    assert label_unit("Net income Down 46% Down 15%") is None
    assert label_unit("Gross margin %") == "pure"


def test_a_scale_note_run_into_the_first_row_is_the_tables(tmp_path):
    # Applied Materials Q4 FY2024 (the release on one line): "Net Revenue by Geography ( In millions ) United States $
    # 1,153 $ 803 ..." scaled only that row: Europe's $405 million was $405; and "$ 4,006 % of Total" ran an amount
    # into the next line's percent sign: 40.06 as a ratio
    from conftest import CORPUS, need_shared
    from prxbrl.pipeline import convert

    r = convert(need_shared(CORPUS / "applied-materials-q4-fy2024.txt"), tmp_path / "o", validate=False)
    facts = [f for f in r.mapped.filing.facts if f.label in ("Europe", "Korea", "Taiwan", "China", "Japan")]
    money = [f for f in facts if f.unit == "USD"]
    assert money and all(f.value >= 100_000_000 for f in money), [(f.label, f.value) for f in money if f.value < 100_000_000]
    assert not [f for f in facts if f.unit == "pure" and f.value > 1]
    ambiguous = {c.raw for c in r.report.cells if c.reason == "unit_ambiguous"}
    assert {"4,006", "2,152", "2,075", "4,609", "5,670", "758", "7,247"} <= ambiguous


# Reddit Q1 2026 (tests/fixtures/reddit-q1-2026.txt, lines 131-152, "Key Operating Metrics by Geography (in
# millions, except percentages and ARPU)"): daily and weekly active uniques by their acronyms ("DAUq: Global | 126.8")
# were written as US$ 126,800,000


def test_active_users_by_their_acronyms_are_counts():
    assert [label_unit(t) for t in ("DAUq: Global", "Logged-in DAUq: U.S.", "WAUq: Global", "MAUs")] == ["count"] * 4
    assert label_unit("Revenue: Global") is None


def test_active_uniques_are_never_money():
    from prxbrl.extract import extract_file

    from conftest import ROOT

    doc = extract_file(ROOT / "tests" / "fixtures" / "reddit-q1-2026.txt")
    assert {(c.value, c.scale) for c in cells(doc, label="Revenue: Global") if c.role == "value" and c.unit == "USD"} == {
        (Decimal("663.4"), 6), (Decimal("392.4"), 6)}
    assert not [c for lab in ("DAUq: Global", "Logged-in DAUq: U.S.", "WAUq: Global")
                for c in cells(doc, label=lab) if c.unit == "USD"]
