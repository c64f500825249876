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
- Mitsubishi Gas Chemical FY2025, a tanshin's text (tests/fixtures/mgc-fy2025-forecast-and-shares.txt): counts of
  shares in full in a table whose money is in millions of yen.
- VRL Logistics FY2024, Ind AS, a PDF's HTML tables (tests/fixtures/vrl-fy2024-profit-and-loss.md): "Basic and
  diluted earnings per share of face value ₹ 10 each (in ₹) | 34" (a note's number its one figure) over "- from
  continuing operations"; its balance sheet (tests/fixtures/vrl-fy2024-balance-sheet.md) prints "Financial Assets"
  under "Non-current assets" and again under "Current Assets".
- American Medical Systems Q3 2005, EX-99.1 a cell a line (tests/fixtures/ams-q3-2005-operations.txt): "Three Months
  Ended" / "Nine Months Ended" / then four dates, each on a line of its own.
- SIGMAKOKI Q1 FY2023, a J-GAAP summary a cell a line (tests/fixtures/sigmakoki-q1-fy2023-income.txt): "Three months
  ended" twice over two dates; "Total non-operating income" and "Total non-operating expenses", each of its own rows.
- Tokyo Ohka Kogyo Q1 2026, a tanshin's text: "FY12/25" over the prior year's balance sheet."""

import re

import pytest
from conftest import ROOT, plain_facts

from prxbrl.errors import PrxbrlError

from prxbrl.mapping.choose import Context, choose
from prxbrl.periods import find_period_exprs, parse_date
from prxbrl.tables.columns import cell_unit_words, label_unit

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
    # the loss written positive (0.04) is subtracted in the calculation, as it is from the facts: 0.35 - 0.29 - 0.04
    cal = next((tmp_path / "out").glob("*_cal.xml")).read_text(encoding="utf-8")
    assert re.search(r'xlink:from="loc_us-gaap_EarningsPerShareBasic" xlink:to="loc_ext_EarningsPerShareBasicLossOnDisposal"'
                     r' order="\d+" weight="-1"', cal)


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
    # "Gross premiums earned" and "Less: ceded loss and loss adjustment expenses" over their net totals are the gross
    # amount and the reinsurance's share, no members "Gross" and "Ceded" of the net concepts
    gross = [r for r in facts if r["label"] in ("Gross premiums earned", "Gross loss and loss adjustment expenses",
                                                "Less: ceded loss and loss adjustment expenses")]
    assert gross and not any(v for r in gross for k, v in r.items() if k.endswith("Axis"))
    assert not any(r["concept"] == "us-gaap:PremiumsEarnedNet" for r in gross)


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
    pretax = {r["period_start"]: (r["concept"], r["value"]) for r in facts
              if r["label"] == "Income from continuing operations before minority interest and taxes"}
    # (the excerpt states no scale)
    assert pretax["2007-04-01"] == ("us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", "69113")
    # the pre-tax income after the minority interest's share is none of US GAAP's: no pre-tax, foreign, oil and gas
    # producing nor after-tax element
    after = {r["concept"] for r in facts if r["label"] == "Income from continuing operations before taxes"}
    assert len(after) == 1 and not after.pop().startswith("us-gaap:")
    # "Interest income (316)" subtracted from the operating income with the interest expense is an income of 316; the
    # minority's share "(205)" subtracted from that pre-tax income is a loss of 205 (its 56 of the six months a profit)
    interest = {r["period_start"]: r["value"] for r in facts if r["label"] == "Interest income"}
    assert interest["2007-04-01"] == "316"
    minority = {r["period_start"]: r["value"] for r in facts if r["label"] == "Minority interest, net of tax"}
    assert minority == {"2007-04-01": "-205", "2006-04-01": "-161", "2007-01-01": "56", "2006-01-01": "144"}
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


def test_no_count_of_shares_in_the_trillions(tmp_path):
    # "Number of shares of treasury stock at term-end ... 16,945,105" had been 16,945,105,000,000 shares (millions, the
    # yen's scale): no company has a trillion shares, so the scale the count is printed at is not known
    facts = plain_facts(FIXTURES / "mgc-fy2025-forecast-and-shares.txt", tmp_path / "out")
    assert not [r for r in facts if r["unit"] == "xbrli:shares"]
    assert any(r["unit"] == "iso4217:JPY" for r in facts)


def test_a_label_that_names_a_date():
    # "Scheduled date to commence dividend payments: -" (Tokyo Ohka Kogyo Q1 2026's cover) had been a fact of 0 yen
    assert label_unit("Scheduled date to commence dividend payments:") == "date"
    assert label_unit("Record date") == "date"
    assert label_unit("Balance at date of acquisition") is None
    assert label_unit("Fair value at grant date") is None


def test_weighted_average_dilutive_shares():
    # Deluxe Q2 2026: "Weighted average dilutive shares | 46.4" had been 46,400,000 dollars
    assert label_unit("Weighted average dilutive shares") == "shares"


def test_a_heading_whose_one_figure_refers_to_the_notes(tmp_path):
    # the earnings per share under it had been money in lakhs of rupees (10.18 -> 1,018,000 INR)
    facts = plain_facts(FIXTURES / "vrl-fy2024-profit-and-loss.md", tmp_path / "out")
    eps = {(r["concept"], r["period_end"]): r["value"] for r in facts if r["label"] == "- from continuing operations"}
    assert eps[("us-gaap:IncomeLossFromContinuingOperationsPerBasicShare", "2024-03-31")] == "10.18"
    assert eps[("us-gaap:IncomeLossFromContinuingOperationsPerDilutedShare", "2023-03-31")] == "18.80"
    assert not any(r["unit"] == "iso4217:INR" and r["label"].startswith("- from") for r in facts)


def test_a_kind_of_asset_under_each_class(tmp_path):
    # "Trade Receivables" under "Current Assets" / "Financial Assets" had been AccountsReceivableNetNoncurrent: the
    # second "Financial Assets" had closed "Current Assets" and the first "Non-current assets"
    facts = plain_facts(FIXTURES / "vrl-fy2024-balance-sheet.md", tmp_path / "out")
    by_label = {r["label"]: r["concept"] for r in facts}
    assert by_label["Trade Receivables"] == "us-gaap:AccountsReceivableNetCurrent"
    assert by_label["Non-Current Investments"] == "us-gaap:MarketableSecuritiesNoncurrent"
    # mutual funds are no equity-method investment
    assert "EquityMethod" not in by_label["Investment in Mutual funds"]


def test_lengths_then_dates_a_cell_a_line(tmp_path):
    # the six header cells had been read as one header line of six phrases over four columns: no period, 80 figures
    # lost; the lengths stand over the dates (a 52/53-week year: the quarter to Saturday, October 1, 2005 is 13 weeks)
    facts = plain_facts(FIXTURES / "ams-q3-2005-operations.txt", tmp_path / "out")
    sales = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["label"] == "Net sales"}
    assert sales[("2005-07-03", "2005-10-01")] == "61738"
    assert sales[("2005-01-02", "2005-10-01")] == "189520"


def test_the_totals_of_each_side_of_non_operating_items(tmp_path):
    # refused before (the four header lines had been one line of four phrases over two columns); its gross "Total
    # non-operating income" is no net us-gaap:NonoperatingIncomeExpense where "Total non-operating expenses" is apart
    facts = plain_facts(FIXTURES / "sigmakoki-q1-fy2023-income.txt", tmp_path / "out")
    sales = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["label"] == "Net sales"}
    assert sales == {("2021-06-01", "2021-08-31"): "2371672000", ("2022-06-01", "2022-08-31"): "2643609000"}
    income = {r["concept"] for r in facts if r["label"] == "Total non-operating income"}
    assert income and not income & {"us-gaap:NonoperatingIncomeExpense", "us-gaap:NonoperatingGainsLosses"}


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
    # Navig8 Q1 2017: "Interest income", "Interest expense and finance costs", "Other financial items" over "Net
    # financial items"
    assert choose("Interest expense and finance costs", ctx).qname in ("us-gaap:InterestExpenseDebt", "us-gaap:InterestAndDebtExpense")
    assert choose("Net financial items", ctx).qname == "us-gaap:NonoperatingIncomeExpense"
    assert choose("Other financial items", ctx).qname == "us-gaap:OtherNonoperatingIncomeExpense"
    bs = Context(statement="B", period="i", unit="money")
    assert choose("Right-of-use assets", bs).qname == "us-gaap:OperatingLeaseRightOfUseAsset"
    assert choose("Allowance for loan losses", bs).qname == "us-gaap:LoansAndLeasesReceivableAllowance"
    # Lenovo H1 2025/26: equity's "Reserves" had been an allowance for doubtful accounts, an OCR's "dotted line" over
    # the current liabilities' total a line of credit; VRL Logistics FY2024's "Equity share capital" the total equity
    assert "Allowance" not in (choose("Reserves", bs).qname or "")
    assert "OfCredit" not in (choose("dotted line", bs).qname or "")
    assert choose("Line of credit", bs).qname == "us-gaap:LineOfCredit"
    assert choose("Equity share capital", bs).qname == "us-gaap:CommonStockValue"
