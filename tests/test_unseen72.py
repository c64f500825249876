"""Releases the converter had never seen (unseen69-77), their wrong and lost facts each at its mechanism.

- Interface, Inc. Q4 2006, EX-99.1 a cell a line (tests/fixtures/interface-q4-2006-income.txt): "31-Dec-06" /
  "1-Jan-06" under "Three Months Ended" and "Twelve Months Ended", a 52/53-week year; basic and diluted earnings per
  share broken down into continuing and discontinued operations and a loss on disposal.
- Luminex Q2 2008, EX-99.1 a cell a line (tests/fixtures/luminex-q2-2008-excerpt.txt): a footnote's marker "(1)" on
  the line after a row's last figure, the footnote's sentence after it.
- Novo Resources Q3 2022, a newswire table (tests/fixtures/novo-q3-2022-highlights.txt): a column of units ("Oz Au",
  "$/oz", "$") between the labels and the figures, "In thousands of CAD, except where noted".
- Tower Group 2010, EX-99.2 a pipe rendering (tests/fixtures/towergroup-2010-segment-results.txt): "Year ended |
  Three-months ended | Year ended" over six dates, the cells' spans lost.
- P.F. Chang's Q1 2004, EX-99.1 (tests/fixtures/pfchangs-q1-2004.txt, and its table alone): "(000 except per share data)", "Net Income
  (before special charges)" above the GAAP "Net income (loss)", "1Q04" of "the first quarter ended March 28, 2004".
- Complete Production Services Q2 2007, EX-99.1 a cell a line (tests/fixtures/completeproduction-q2-2007-operations.txt):
  "Interest income (316)" among the expenses above "Income from continuing operations before minority interest and
  taxes", and two unlabelled rows of earnings per share.
- Pinnacle Airlines Q3 2006, EX-99.1 a pipe rendering (tests/fixtures/pinnacle-q3-2006-operations.txt): "Operating
  income (loss) as a percentage of operating revenues" between the operating income and the nonoperating section.
- Tokyo Ohka Kogyo Q1 2026, a tanshin's text: "FY12/25" over the prior year's balance sheet."""

import pytest
from conftest import ROOT, plain_facts

from prxbrl.errors import PrxbrlError

from prxbrl.mapping.choose import Context, choose
from prxbrl.periods import find_period_exprs, parse_date
from prxbrl.tables.columns import cell_unit_words

FIXTURES = ROOT / "tests" / "fixtures"


def test_day_month_year_between_hyphens_and_consecutive_52_week_years(tmp_path):
    assert parse_date("31-Dec-06").isoformat() == "2006-12-31"
    assert parse_date("1-Jan-2006").isoformat() == "2006-01-01"
    assert parse_date("31-Feb-06") is None
    facts = plain_facts(FIXTURES / "interface-q4-2006-income.txt", tmp_path / "out")
    sales = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["label"] == "Net Sales"}
    # the twelve months ended 31-Dec-06 start the day after those ended 1-Jan-06 (two Sundays 52 weeks apart); a
    # 52-week year's fourth quarter is 13 weeks
    assert sales == {("2006-10-02", "2006-12-31"): "295918000", ("2005-10-03", "2006-01-01"): "260608000",
                     ("2006-01-02", "2006-12-31"): "1075842000", ("2005-01-03", "2006-01-01"): "985766000"}


def test_earnings_per_share_add_up_to_their_total(tmp_path):
    # "Loss on Disposal (0.04)" under "Earnings (Loss) Per Share - Basic" had taken us-gaap:EarningsPerShareBasic, and
    # the row of the total, "Earnings (Loss) Per Share - Basic 0.02", an extension: amounts per share add up as money does
    facts = plain_facts(FIXTURES / "interface-q4-2006-income.txt", tmp_path / "out")
    basic = {r["period_end"]: r["value"] for r in facts if r["concept"] == "us-gaap:EarningsPerShareBasic"
             and r["period_start"] in ("2005-01-03", "2006-10-02")}
    assert basic == {"2006-01-01": "0.02", "2006-12-31": "0.21"}
    diluted = {r["label"] for r in facts if r["concept"] == "us-gaap:EarningsPerShareDiluted"}
    assert diluted == {"Earnings (Loss) Per Share - Diluted"}


def test_a_footnote_marker_after_a_rows_last_figure(tmp_path):
    # "Operating income (loss)" / "(514" / ")" / "(12,244" / ")" / "(1)" / "The three months ended June 30, 2007
    # includes ...": the "(1)" is the footnote's marker, not a third figure that left the row's column unknown
    facts = plain_facts(FIXTURES / "luminex-q2-2008-excerpt.txt", tmp_path / "out")
    total = {r["period_end"]: r["value"] for r in facts if r["label"] == "Operating income (loss)"}
    assert total == {"2008-06-30": "-514", "2007-06-30": "-12244"}


def test_a_column_of_units_between_labels_and_figures(tmp_path):
    assert cell_unit_words("Oz Au") == "measure"
    assert cell_unit_words("AUD$/oz") == "measure"
    assert cell_unit_words("$") is None
    facts = plain_facts(FIXTURES / "novo-q3-2022-highlights.txt", tmp_path / "out")
    # "Gold sold | Oz Au | 12,426" and "Average realized price | $/oz | 2,255" had been thousands of Canadian dollars
    labels = {r["label"] for r in facts}
    assert "Gold sold" not in labels and not any(label.startswith("Average realized price") for label in labels)
    revenue = {r["period_end"]: r["value"] for r in facts if r["label"] == "Total revenue" and r["period_start"] == "2022-07-01"}
    assert revenue == {"2022-09-30": "27987000"}


def test_group_phrases_the_dates_under_them_contradict(tmp_path):
    # "Year ended | Three-months ended | Year ended" over six dates of 2009 and 2010: two columns each had dated a year
    # ended March 31, 2010; the dates fix one division, one year, four quarters and a year
    facts = plain_facts(FIXTURES / "towergroup-2010-segment-results.txt", tmp_path / "out")
    periods = {(r["period_start"], r["period_end"]) for r in facts if r["label"] == "Total revenue"}
    assert periods == {("2009-01-01", "2009-12-31"), ("2010-01-01", "2010-03-31"), ("2010-04-01", "2010-06-30"),
                       ("2010-07-01", "2010-09-30"), ("2010-10-01", "2010-12-31"), ("2010-01-01", "2010-12-31")}


def test_a_result_before_special_charges_is_no_gaap_result(tmp_path):
    # the release's table alone (tests/fixtures/pfchangs-q1-2004-table.txt, its first 8 lines of prose left out)
    facts = plain_facts(FIXTURES / "pfchangs-q1-2004-table.txt", tmp_path / "out")
    # "Net Income (before special charges) $ 7,026" had been us-gaap:NetIncomeLoss, the GAAP result being a loss of 562
    special = [r for r in facts if "special" in r["label"]]
    assert special and not any(r["concept"].startswith("us-gaap:") for r in special)
    # "(000 except per share data)": thousands
    revenue = {r["value"] for r in facts if r["concept"] == "us-gaap:Revenues"}
    assert "169793000" in revenue


def test_fiscal_quarters_of_a_release_whose_quarter_ends_on_no_month_end(tmp_path):
    # "1Q04" of a release of "the first quarter ended March 28, 2004" had been the calendar quarter ending March 31:
    # where no year end is stated, which weeks a fiscal label names is unknown, and no figure is written
    with pytest.raises(PrxbrlError, match="no figure in them could be read"):
        plain_facts(FIXTURES / "pfchangs-q1-2004.txt", tmp_path / "out")


def test_a_result_the_rows_above_it_add_up_to(tmp_path):
    facts = plain_facts(FIXTURES / "completeproduction-q2-2007-operations.txt", tmp_path / "out")
    pretax = {r["period_start"]: r["value"] for r in facts
              if r["label"] == "Income from continuing operations before minority interest and taxes"}
    assert pretax["2007-04-01"] == "69113"  # (the excerpt states no scale)
    # the two unlabelled rows under "Basic earnings per share" and "Diluted earnings per share" are their totals
    basic = {r["period_start"]: r["value"] for r in facts if r["concept"] == "us-gaap:EarningsPerShareBasic"}
    assert basic == {"2007-04-01": "0.61", "2006-04-01": "0.40", "2007-01-01": "1.27", "2006-01-01": "0.90"}


def test_a_row_of_another_unit_stands_in_no_sum(tmp_path):
    # "Total nonoperating expense (540)" had been +540 ("an amount positive by nature"): the percentage row between
    # "Operating income (loss) 25,559" and the nonoperating rows had kept them from adding up to "Income (loss) before
    # income taxes 25,019", which says the total is -540 (-1,198 + 640 + 18)
    facts = plain_facts(FIXTURES / "pinnacle-q3-2006-operations.txt", tmp_path / "out")
    total = {r["period_start"]: r["value"] for r in facts if r["label"] == "Total nonoperating expense"}
    assert total == {"2006-07-01": "-540", "2005-07-01": "-709"}


def test_a_japanese_fiscal_year_by_its_month():
    # "FY12/25" (the fiscal year ending December 2025) had been the fiscal year 2012
    assert not any(e.kind == "fiscal_year" for e in find_period_exprs(" FY12/25"))
    assert not any(e.kind == "fiscal_year" for e in find_period_exprs("First three months of FY 12/26"))
    assert [e.kind for e in find_period_exprs("FY2025")] == ["fiscal_year"]


def test_words_an_element_needs():
    ctx = Context(statement="I", period="d", unit="money")
    assert choose("Interest expense and finance costs", ctx).qname != "us-gaap:FinanceLeaseInterestExpense"
    assert choose("Gross premiums earned", ctx).qname != "us-gaap:PremiumsEarnedNet"
    assert choose("Finance lease interest", ctx).qname == "us-gaap:FinanceLeaseInterestExpense"
    bs = Context(statement="B", period="i", unit="money")
    assert choose("Right-of-use assets", bs).qname == "us-gaap:OperatingLeaseRightOfUseAsset"
    assert choose("Allowance for loan losses", bs).qname == "us-gaap:LoansAndLeasesReceivableAllowance"
