"""Releases the converter had never seen (unseen51-53), their wrong and lost facts each at its mechanism.

- Himax Technologies Q4 2024, IFRS (tests/fixtures/himax-q4-2024-quarterly.md): "Profit attributable to ...
  stockholders", "Basic Weighted Average Outstanding ADS" under "(Amounts in Thousands of U.S.
  Dollars, Except Share and Per Share Data)".
- Computer Modelling Group Q3 FY2025, IFRS, CAD (tests/fixtures/cmg-q3-fy2025-operations-cash-flows.md): finance income and
  costs, "Repayment of lease liabilities".
- Glaston FY2024's key figures, EUR (tests/fixtures/glaston-fy2024-key-figures.md): "EBITDA" + "Items affecting
  comparability" = "Comparable EBITDA".
- Trident Microsystems Q4 2011 (tests/fixtures/trident-q4-2011-operations.md): "% of net revenues" under each line.
- FormFactor Q2 2011, an excerpt of its statement of operations alone (tests/fixtures/formfactor-q2-2011-operations.md):
  quarters of a 52/53-week year, June 25, 2011 and June 26, 2010.
- Luvu Brands Q2 FY2025 (tests/fixtures/luvu-q2-fy2025-operations.md): "Cost of goods sold (excluding depreciation
  expense presented below)"; "Plus depreciation and amortization expense"."""

import subprocess
import sys

from conftest import ROOT, plain_facts

from prxbrl.mapping.labels import label_key

FIXTURES = ROOT / "tests" / "fixtures"


def _by(facts, label):
    return {(r["concept"], r["period_start"], r["period_end"]): r["value"] for r in facts if r["label"] == label}


def test_ifrs_profit_attributable_to_the_parent_is_the_net_income(tmp_path):
    # "Profit attributable to Himax Technologies, Inc. stockholders 24,608" (an NCI line above it) had been an extension
    facts = plain_facts(FIXTURES / "himax-q4-2024-quarterly.md", tmp_path / "out")
    parent = _by(facts, "Profit attributable to Himax Technologies, Inc. stockholders")
    assert parent[("us-gaap:NetIncomeLoss", "2024-10-01", "2024-12-31")] == "24608000"
    # the ADS counts are in thousands (24,608 / 175,008 = 0.1406, the basic EPS per ADS 0.141), not money, and not
    # exempted from the thousands by "Except Share ... Data": that note speaks of shares
    ads = [r for r in facts if r["label"] == "Basic Weighted Average Outstanding ADS" and r["period_start"] == "2024-10-01"]
    assert [(r["unit"], r["value"]) for r in ads] == [("prx:ADS", "175008000")]


def test_ifrs_words_of_the_net_income_only_where_the_label_begins_with_them():
    assert label_key("Profit attributable to owners of the parent").startswith("net income attributable")
    assert label_key("Operating result (EBIT)") == label_key("Operating income")
    assert "net" not in label_key("Gross profit attributable to the segment").split()


def test_finance_income_and_costs_are_no_interest(tmp_path):
    # IFRS finance income holds exchange gains with the interest (2,580 = 653 of interest + 1,927); it had been
    # us-gaap:InvestmentIncomeInterest, the finance costs us-gaap:InterestExpenseNonoperating
    facts = plain_facts(FIXTURES / "cmg-q3-fy2025-operations-cash-flows.md", tmp_path / "out")
    income = _by(facts, "Finance income")
    costs = _by(facts, "Finance costs")
    assert {c.partition(":")[2] for c, _, _ in income} == {"FinanceIncome"}  # the company's own, as US GAAP has none
    assert {c.partition(":")[2] for c, _, _ in costs} == {"FinanceCosts"}
    assert next(v for (c, s, e), v in costs.items() if s == "2024-10-01") == "479000"  # a cost, printed (479)
    assert not [r for r in facts if r["concept"] in ("us-gaap:InvestmentIncomeInterest", "us-gaap:InterestExpenseNonoperating",
                                                      "us-gaap:InterestExpense")]
    # IFRS 16's lease liabilities are repaid as a US GAAP finance lease's principal, not as debt
    lease = _by(facts, "Repayment of lease liabilities")
    assert lease[("us-gaap:FinanceLeasePrincipalPayments", "2024-10-01", "2024-12-31")] == "689000"


def test_an_adjustment_beside_a_measure_is_no_member_of_the_total(tmp_path):
    # "EBITDA 2.8" + "Items affecting comparability 2.5" = "Comparable EBITDA 5.3": the adjustment had been the
    # Comparable EBITDA of a product "Items affecting comparability"
    facts = plain_facts(FIXTURES / "glaston-fy2024-key-figures.md", tmp_path / "out")
    items = [r for r in facts if r["label"].startswith("Items affecting comparability")]
    assert items and all(not r["concept"].endswith("ComparableEbitda") for r in items)
    assert all(not any("Member" in (v or "") for v in r.values()) for r in items)


def test_a_row_of_a_line_items_share_of_revenue_is_derived(tmp_path):
    # "% of net revenues" under six line items had been one extension concept whose six rows collided (20 warnings)
    facts = plain_facts(FIXTURES / "trident-q4-2011-operations.md", tmp_path / "out")
    assert not [r for r in facts if r["unit"] == "xbrli:pure"]
    gross = _by(facts, "Gross profit")
    assert gross[("us-gaap:GrossProfit", "2011-10-01", "2011-12-31")] == "8419000"
    report = (tmp_path / "out" / "report.md").read_text()
    assert "percentages of a total (derived) | 30 |" in report


def test_quarters_of_a_52_53_week_year_with_nothing_to_place_them_say_so(tmp_path):
    # "June 25, 2011 | June 26, 2010" and no balance sheet, year end or week count: the starts are not guessed, and the
    # refusal says why (it had said "no figure in them could be read")
    out = subprocess.run([sys.executable, "-m", "prxbrl.cli", "convert", str(FIXTURES / "formfactor-q2-2011-operations.md"),
                          "-o", str(tmp_path / "out"), "--no-validate"], capture_output=True, text=True)
    assert out.returncode == 2
    assert "no period could be determined: the columns end on a Saturday, a 52/53-week year's day" in out.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_plus_before_a_line_item_is_an_operator():
    assert label_key("Plus depreciation and amortization expense") == label_key("Depreciation and amortization expense")
    assert label_key("Plusnet revenue") != label_key("net revenue")


def test_a_cost_excluding_the_depreciation_shown_below_is_the_gaap_cost(tmp_path):
    # "Cost of goods sold (excluding depreciation expense presented below) | 5,204" had been the company's own
    # CostOfGoodsSold: "excluding" had marked it a non-GAAP measure
    facts = plain_facts(FIXTURES / "luvu-q2-fy2025-operations.md", tmp_path / "out")
    cost = _by(facts, "Cost of goods sold (excluding depreciation expense presented below)")
    assert cost[("us-gaap:CostOfGoodsAndServicesSold", "2024-10-01", "2024-12-31")] == "5204000"


def test_a_balances_rule_is_no_reading_of_a_cash_flow_row(tmp_path):
    # the cash flows' "Other non-current liabilities | 71 | 393 | (3,354)" (the change) had been the balance sheet's
    # us-gaap:OtherLiabilitiesNoncurrent, a rule of the balance sheet's, then disputed by it (5 warnings); and the cash
    # flows' "Finance costs 964", added back, is the income statement's "(964)"
    facts = plain_facts(FIXTURES / "himax-q4-2024-quarterly.md", tmp_path / "out")
    balance = [r for r in facts if r["concept"] == "us-gaap:OtherLiabilitiesNoncurrent"]
    assert balance and all(r["period_start"] == "" for r in balance)
    assert {r["value"] for r in balance if r["period_end"] == "2024-12-31"} == {"7496000"}
    costs = _by(facts, "Finance costs")
    assert {v for (c, s, e), v in costs.items() if (s, e) == ("2024-10-01", "2024-12-31")} == {"964000"}


def test_a_part_of_a_taken_total_is_the_next_reading_that_adds_into_it(tmp_path):
    # "Deficit (29,748)" under "Shareholders' equity:": some filers label their equity total "Deficit", but the total
    # row here is us-gaap:StockholdersEquity; the row, a part of it, had been the company's own computer:Deficit
    facts = plain_facts(FIXTURES / "cmg-q3-fy2025-statements.md", tmp_path / "out")
    deficit = _by(facts, "Deficit")
    assert deficit[("us-gaap:RetainedEarningsAccumulatedDeficit", "", "2024-12-31")] == "-29748000"


def test_a_cash_flow_naming_both_directions_is_no_flow_of_one():
    # Luvu Brands Q2 FY2025: "Borrowing (repayment) under revolving line of credit | 160" had been
    # us-gaap:ProceedsFromLinesOfCredit; "Proceeds from (repayments of) line of credit" is the element named so
    from prxbrl.mapping.choose import Context, choose
    from prxbrl.mapping.signs import paren_both_ways

    assert paren_both_ways("Borrowing (repayment) under revolving line of credit")
    assert paren_both_ways("Purchases (sales) of investments")
    assert not paren_both_ways("Proceeds from sale of assets (net of costs)")
    assert not paren_both_ways("Repayments of debt (including fees)")
    flows = Context(statement="C", period="d", unit="money")
    assert choose("Proceeds from (repayments of) line of credit", flows).qname == "us-gaap:ProceedsFromRepaymentsOfLinesOfCredit"
    assert choose("Net borrowings (repayments) under revolving credit facility", flows).qname.startswith("us-gaap:ProceedsFromRepayments")
    assert choose("Proceeds from line of credit", flows).qname == "us-gaap:ProceedsFromLinesOfCredit"


def test_text_whose_spaces_were_collapsed_is_read_by_the_order_of_its_figures(tmp_path):
    # Colliers Q3 2016 as a web page copied it: "Revenues $ 462.1 $ 420.3 $ 1,320.7 $ 1,165.9" under "2016 2015
    # 2016 2015", its figures in no columns; the nine months of 2016 had been 1,165.9 (2015's), the quarter lost
    facts = plain_facts(FIXTURES / "colliers-q3-2016-highlights.txt", tmp_path / "out")
    revenue = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:Revenues"}
    assert revenue == {("2016-07-01", "2016-09-30"): "462100000", ("2015-07-01", "2015-09-30"): "420300000",
                       ("2016-01-01", "2016-09-30"): "1320700000", ("2015-01-01", "2015-09-30"): "1165900000"}
    # "(0.37 )", a parenthesis after a space, is -0.37 (it had been left unexplained)
    eps = {(r["period_start"], r["value"]) for r in facts if r["label"] == "GAAP EPS from continuing operations"}
    assert ("2015-01-01", "-0.37") in eps and ("2016-01-01", "0.61") in eps


def test_years_under_a_title_of_one_year_are_each_their_own(tmp_path):
    # Spire Healthcare FY2024: "For the year ended 31 December 2024" over "| (£m) | Note | 2024 | 2023 |": both
    # columns had taken the title's year (columns undistinguished, every figure lost), and "(£m)" stated no currency
    facts = plain_facts(FIXTURES / "spire-fy2024-comprehensive-income.md", tmp_path / "out")
    profit = {(r["period_start"], r["period_end"], r["unit"]): r["value"] for r in facts if r["label"] == "Profit for the year"}
    assert profit == {("2024-01-01", "2024-12-31", "iso4217:GBP"): "26000000", ("2023-01-01", "2023-12-31", "iso4217:GBP"): "27900000"}


def test_a_currency_sign_before_its_scale_letter_is_the_currency():
    from prxbrl.tables.headers import parse_header

    units = [(i.currency, i.scale) for i in parse_header("2024 £m") if i.kind == "unit"]
    assert units == [("GBP", 6)]
    assert [(i.currency, i.scale) for i in parse_header("($000)") if i.kind == "unit"] == [("USD", 3)]
    # a sign alone under a column names no segment of it
    assert not [i for i in parse_header("£m") if i.kind == "text"]
