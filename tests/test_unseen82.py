"""Releases the converter had never seen (unseen76-87), their wrong and lost facts each at its mechanism.

- Deluxe Q2 2026 (tests/fixtures/deluxe-q2-2026-balance-sheet.md): "Net debt | $1,317.3 | $1,392.5" under the balance
  sheet's total.
- Alphabet Q1 2025 (tests/fixtures/alphabet-q1-2025-revenues.md): "United States" in its revenues by geography.
- MGM Resorts Q4 2022, a PDF's text (tests/fixtures/mgm-q4-2022-balance-sheet.txt): the balance sheet's labels printed
  as a block, "Restricted cash (1)" among them, the figures in blocks of their own.
- Tokyo Ohka Kogyo Q1 2026, a tanshin's cover (tests/fixtures/tok-q1-2026-summary.txt): "(iii) Average number of
  shares outstanding during the period", a dividend forecast whose figures ran into its label.
- CONMED Q2 2026 (tests/fixtures/conmed-q2-2026-income.md): "Basic shares", "Diluted shares" under "Basic EPS".
- Traeger Q2 2026 (tests/fixtures/traeger-q2-2026-balance-sheet.md): "Issued and outstanding shares - 2,798,124 and
  2,741,312 as of ... | — | —" under its common stock.
- Applied Digital FY2026, EX-99.1 a cell a line (tests/fixtures/applieddigital-fy2026-income-and-adjusted.txt): a
  footnote's marker on the line under a row's label, before its figures; the income statement's first row right
  under the balance sheet's last rows of two figures.
- Royalty Management Q1 2025: "Tools, Machinery & Equipment, Net".
- Westwood Holdings Q4 2024 (tests/fixtures/westwood-q4-2024-income-and-economic-earnings.md): "Economic Earnings | $ |
  3,377" after the rows under "Weighted average shares outstanding:"; Economic EPS bridged from "Earnings per share".
- Hapag-Lloyd FY2024, IFRS (tests/fixtures/hapaglloyd-fy2024-income.md): "1.1.-31.12.2024 | 1.1.-31.12.2023
  (adjusted)*".
- Mastek FY2025, Ind AS: "Total assets | 1,05,319" (lakhs grouped the Indian way).
- Applied Digital FY2026: "Net loss attributable to common stockholders" after "Preferred dividends".
- The second round (unseen88-93): 3M Q2 2026 (tests/fixtures/3m-q2-2026-highlights.txt: "Q2 2026 Q2 2025" in one
  cell), Intel Q2 2026 (tests/fixtures/intel-q2-2026-operations.txt: cells a line each, a line of one space after every
  figure), Texas Instruments Q2 2026 ("Income allocated to common stock for diluted EPS"), Meta Q2 2026
  (tests/fixtures/meta-q2-2026-cash-flows.txt: the reconciliation of cash under the closing balance), Gopal Snacks
  FY2025 (tests/fixtures/gopalsnacks-fy2025-cash-flows.md: "Cash geneated/(used) in investing activities"), Vodafone
  Idea FY2025 ("₹ Mn" over the columns, "Numbers" beside "Amount (₹ Mn)")."""

import pytest
from conftest import ROOT, plain_facts

from prxbrl.errors import PrxbrlError
from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.structural import structural
from prxbrl.tables.columns import label_unit
from prxbrl.tables.headers import parse_header
from prxbrl.tables.scales import _scale_of
from prxbrl.periods import find_period_exprs
from prxbrl.tokens import parse_amount

FIXTURES = ROOT / "tests" / "fixtures"


def test_a_net_debt_is_no_debt(tmp_path):
    # "Net debt" (the debt less cash, a measure of the company's own) had been us-gaap:LongTermDebt, 1,317.3 million
    # beside the long-term debt of 1,352.2 million
    facts = plain_facts(FIXTURES / "deluxe-q2-2026-balance-sheet.md", tmp_path / "out")
    net = {(r["concept"], r["period_start"], r["period_end"], r["value"]) for r in facts if r["label"] == "Net debt"}
    assert net == {("deluxe:NetDebt", "", "2026-06-30", "1317300000"), ("deluxe:NetDebt", "", "2025-12-31", "1392500000")}
    debt = {r["value"] for r in facts if r["concept"] == "us-gaap:LongTermDebtNoncurrent"}
    assert debt == {"1352200000", "1413100000"}
    for label in ("Interest-bearing net debt", "Net financial debt", "Total net debt"):
        q = choose(label, Context(statement="B", period="i", unit="money")).qname
        assert q is None or not any(w in q for w in ("Debt", "Borrowing", "Notes", "Loans")), (label, q)


def test_a_place_alone_names_no_line_item(tmp_path):
    # filers print "United States" for their pre-tax income in the tax note: a release's revenues by geography had
    # become us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesDomestic
    for label in ("United States", "U.S.", "International", "Foreign", "Rest of the world", "Asia Pacific", "EMEA"):
        assert choose(label, Context(statement="I", period="d", unit="money")).qname is None, label
    assert choose("Income before income taxes United States", Context(statement="", period="d", unit="money")).qname \
        == "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesDomestic"
    facts = plain_facts(FIXTURES / "alphabet-q1-2025-revenues.md", tmp_path / "out")
    us = [r for r in facts if r["label"] == "United States"]
    assert us and not any("BeforeIncomeTaxes" in r["concept"] for r in us)


def test_a_block_of_labels_whose_only_figure_is_a_marker(tmp_path):
    # "Restricted cash (1)" among forty labels printed without their figures (a PDF's text, the figures in blocks of
    # their own): the footnote's mark had been a fact of -1,000 dollars of restricted cash at December 31, 2021
    try:
        facts = plain_facts(FIXTURES / "mgm-q4-2022-balance-sheet.txt", tmp_path / "out")
    except PrxbrlError as exc:  # the excerpt's blocks give no figure the converter can place: refused, nothing guessed
        assert "no figure in them could be read" in str(exc)
        return
    assert not [r for r in facts if r["label"].startswith("Restricted cash")]


def test_a_count_of_shares_that_names_no_dilution_is_basic(tmp_path):
    facts = plain_facts(FIXTURES / "tok-q1-2026-summary.txt", tmp_path / "out")
    counts = {(r["concept"], r["period_end"], r["value"]) for r in facts if "Average number of shares" in r["label"]}
    assert counts == {("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2026-03-31", "119877525"),
                      ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2025-03-31", "119633028")}
    # "(Forecast)  40.00 －" (a dividend forecast per share whose figures ran into its label) had been tokyo:X, 40 yen
    assert not [r for r in facts if r["concept"].endswith(":X") or r["label"].startswith("(Forecast)")]
    ctx = Context(statement="I", period="d", unit="shares", labels=("Weighted average number of shares outstanding",), position=0)
    assert choose("Weighted average number of shares outstanding", ctx).qname == "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"
    labels = ("Weighted average shares outstanding", "Effect of dilutive securities", "Weighted average shares outstanding")
    second = Context(statement="I", period="d", unit="shares", labels=labels, position=2)
    assert choose(labels[2], second).qname == "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"


def test_basic_and_diluted_shares_named_by_their_variant_alone(tmp_path):
    # "Basic shares | 30,069" had been cnmd:BasicShares, 30,069,000 dollars
    assert label_unit("Basic shares") == "shares" and label_unit("Diluted shares:") == "shares"
    assert label_unit("Basic shares issued in acquisition") is None
    facts = plain_facts(FIXTURES / "conmed-q2-2026-income.md", tmp_path / "out")
    shares = {(r["concept"], r["period_start"], r["unit"], r["value"]) for r in facts if r["label"] in ("Basic shares", "Diluted shares")}
    assert ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2026-04-01", "xbrli:shares", "30069000") in shares
    assert ("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "2025-01-01", "xbrli:shares", "31142000") in shares
    assert len(shares) == 8


def test_a_label_that_prints_its_counts_of_shares_is_no_count(tmp_path):
    # "Issued and outstanding shares - 2,798,124 and 2,741,312 as of ... | — | —": the dashes are the common stock's
    # amount in thousands of dollars; they had been us-gaap:CommonStockSharesOutstanding = 0 shares
    facts = plain_facts(FIXTURES / "traeger-q2-2026-balance-sheet.md", tmp_path / "out")
    issued = [r for r in facts if r["label"].startswith("Issued and outstanding shares")]
    assert issued and all(r["unit"] != "xbrli:shares" and r["concept"] != "us-gaap:CommonStockSharesOutstanding" for r in issued)


def test_a_marker_under_the_label_before_the_figures(tmp_path):
    # "Non-recurring repair expenses" / "(1)" / "41" / "—" / "322" / "173": the marker had been the quarter's -1,000,
    # every figure a column to the right, and 173 a page number
    facts = plain_facts(FIXTURES / "applieddigital-fy2026-income-and-adjusted.txt", tmp_path / "out")
    repair = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Non-recurring repair expenses"}
    assert repair == {("2026-03-01", "41000"), ("2025-03-01", "0"), ("2025-06-01", "322000"), ("2024-06-01", "173000")}
    restructuring = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Restructuring expenses"}
    assert restructuring == {("2026-03-01", "377000"), ("2025-03-01", "668000"), ("2025-06-01", "1469000"), ("2024-06-01", "711000")}
    # "Services revenue" / "$" / "208,190" / "$" / "51,076" / ... right under the balance sheet's rows of two figures
    # had been split into two rows of two figures, neither placed
    services = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Services revenue"}
    assert services == {("2026-03-01", "208190000"), ("2025-03-01", "51076000"), ("2025-06-01", "496609000"),
                        ("2024-06-01", "226643000")}


@pytest.mark.parametrize("label, concept", [
    ("Tools, Machinery & Equipment, Net", "us-gaap:PropertyPlantAndEquipmentOtherNet"),
    ("Property and equipment, net", "us-gaap:PropertyPlantAndEquipmentNet"),
])
def test_a_label_that_says_net_is_no_gross_balance(label, concept):
    # Royalty Management Q1 2025: "Tools, Machinery & Equipment, Net" had been us-gaap:PropertyPlantAndEquipmentOther,
    # a part of the gross amount US GAAP sums into PropertyPlantAndEquipmentGross
    ctx = Context(statement="B", period="i", unit="money", labels=("Cash", label, "Total Assets"), position=1)
    assert choose(label, ctx).qname == concept


def test_a_row_printing_a_currency_under_a_heading_of_counts_is_money(tmp_path):
    # "Weighted average shares outstanding:" / "Basic" / "Diluted" / a blank line / "Economic Earnings | $ | 3,377": had
    # been 3,377 shares (the heading's unit, unscaled); "Economic EPS" after it shares too
    facts = plain_facts(FIXTURES / "westwood-q4-2024-income-and-economic-earnings.md", tmp_path / "out")
    earnings = {(r["period_end"], r["unit"], r["value"]) for r in facts if r["label"] == "Economic Earnings" and r["source_line"] == "52"}
    assert ("2024-12-31", "iso4217:USD", "3377000") in earnings and len(earnings) == 3
    eps = {r["unit"] for r in facts if r["label"] == "Economic EPS"}
    assert eps == {"iso4217:USD/xbrli:shares"}
    basic = {r["value"] for r in facts if r["concept"] == "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"}
    assert basic == {"8271614", "8123714", "8007896"}
    # the per-share bridge from "Earnings per share" to "Economic EPS": its adjustments are line items, no members of
    # Economic EPS on the product axis (they had added up to -0.11 of 0.39)
    assert not [r for r in facts if r.get("srt:ProductOrServiceAxis") and "Economic" in r["concept"]]


def test_a_day_and_month_between_dots_and_restated_comparatives(tmp_path):
    # "1.1.-31.12.2024 | 1.1.-31.12.2023 (adjusted)*": no period had been read (149 figures lost); the restated prior
    # year is the year's figures, no column of adjusted (non-GAAP) figures
    assert [(e.kind, e.text) for e in find_period_exprs("1.1.-31.12.2024")] == [("date_range", "1.1.-31.12.2024")]
    facts = plain_facts(FIXTURES / "hapaglloyd-fy2024-income.md", tmp_path / "out")
    revenue = {(r["concept"], r["period_start"], r["period_end"], r["value"]) for r in facts if r["label"] == "Revenue"}
    assert revenue == {("us-gaap:Revenues", "2024-01-01", "2024-12-31", "19111800000"),
                       ("us-gaap:Revenues", "2023-01-01", "2023-12-31", "17929500000")}
    equity_method = {r["concept"] for r in facts if r["label"].startswith("Share of profit of equity-accounted")}
    assert equity_method == {"us-gaap:IncomeLossFromEquityMethodInvestments"}


def test_figures_grouped_the_indian_way():
    assert parse_amount("1,05,319").value == 105319
    assert parse_amount("(12,34,567)").value == -1234567
    assert parse_amount("1,05,31") is None and parse_amount("12,345,678").value == 12345678


def test_net_income_after_preferred_dividends_is_available_to_common_stockholders():
    labels = ("Net loss", "Net loss attributable to noncontrolling interest", "Preferred dividends",
              "Net loss attributable to common stockholders")
    assert structural("us-gaap:NetIncomeLoss", labels[3], labels, 3)[0] == "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic"
    plain = ("Net income", "Net income attributable to noncontrolling interest", "Net income attributable to common stockholders")
    assert structural("us-gaap:NetIncomeLoss", plain[2], plain, 2)[0] == "us-gaap:NetIncomeLoss"


@pytest.mark.parametrize("statement, period, label, wrong", [
    # Applied Digital FY2026, Westwood Q4 2024, Hapag-Lloyd FY2024, Mastek FY2025: a standard element of another meaning
    ("C", "d", "Loss (gain) on classification of held for sale", "us-gaap:GoodwillImpairmentLoss"),
    ("I", "d", "Loss (gain) on classification of held for sale", "us-gaap:InterestAndFeeIncomeLoansAndLeasesHeldForSale"),
    ("C", "d", "Compensation and benefits payable", "us-gaap:IncreaseDecreaseInHealthCareInsuranceLiabilities"),
    ("I", "d", "Acquisition expenses", "us-gaap:DeferredPolicyAcquisitionCostAmortizationExpense"),
    ("B", "i", "Income tax liabilities", "us-gaap:LiabilityForUncertainTaxPositionsNoncurrent"),
    ("C", "d", "Operating profit before working capital changes", "us-gaap:IncreaseDecreaseInOperatingCapital"),
    ("B", "i", "Subscribed capital", "us-gaap:CommonStockSharesSubscriptions"),
    ("B", "i", "Financial debt", "us-gaap:MarketableSecuritiesCurrent"),
    ("B", "i", "Provisions", "us-gaap:RestructuringReserveNoncurrent"),
    ("B", "i", "Provisions", "us-gaap:RestructuringReserveCurrent"),
    # Circle Q3 2025's noncurrent "Deferred tax liabilities, net" had been an uncertain tax position's liability
    ("B", "i", "Deferred tax liabilities, net", "us-gaap:LiabilityForUncertainTaxPositionsNoncurrent"),
])
def test_elements_of_another_meaning(statement, period, label, wrong):
    assert choose(label, Context(statement=statement, period=period, unit="money")).qname != wrong


def test_what_the_elements_above_still_read():
    ctx = Context(statement="I", period="d", unit="money")
    assert choose("Goodwill impairment", ctx).qname == "us-gaap:GoodwillImpairmentLoss"
    assert choose("Subscribed capital", Context(statement="B", period="i", unit="money")).qname == "us-gaap:CommonStockValue"
    assert choose("Acquisition expenses", ctx).qname == "us-gaap:BusinessCombinationAcquisitionRelatedCosts"
    assert choose("Restructuring charges", ctx).qname == "us-gaap:RestructuringCharges"
    assert choose("Amortization of deferred policy acquisition costs", ctx).qname == "us-gaap:DeferredPolicyAcquisitionCostAmortizationExpense"


def test_a_closing_balance_that_says_what_it_includes():
    # "CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, END OF PERIOD, INCLUDING CASH FROM DISCONTINUED OPERATIONS": the
    # statement's closing balance, so "Income taxes paid | $ | 241" below it is supplemental information (printed
    # positive, a payment); the statement's outflows in parentheses had made it a net refund of 241
    from prxbrl.mapping.cash_sections import below_closing_balance

    labels = ("Net cash used in operating activities", "Net cash used in investing activities",
              "Net cash provided by financing activities", "NET INCREASE (DECREASE) IN CASH, CASH EQUIVALENTS, AND RESTRICTED CASH",
              "CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, END OF PERIOD, INCLUDING CASH FROM DISCONTINUED OPERATIONS",
              "Interest paid", "Income taxes paid")
    assert below_closing_balance(labels, 6)
    assert not below_closing_balance(labels, 3)


def test_a_gain_in_parentheses_among_losses_printed_positive(tmp_path):
    # Applied Digital FY2026 below its operating loss: "Interest expense, net 10,633", "Gain on change in fair value of
    # derivatives (53,276)", ..., "Loss on change in fair value of debt 85,439", "Loss on extinguishment of debt 1,177":
    # the gain had been a loss of 53,276 on us-gaap:GainLossOnDerivativeInstrumentsNetPretax
    facts = plain_facts(FIXTURES / "applieddigital-fy2026-operations.txt", tmp_path / "out")
    gains = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:GainLossOnDerivativeInstrumentsNetPretax"}
    assert gains == {("2026-03-01", "53276000"), ("2025-03-01", "0"), ("2025-06-01", "75818000"), ("2024-06-01", "0")}
    losses = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Loss on extinguishment of debt"}
    assert ("2024-06-01", "-1177000") in losses
    # after "Preferred dividends", the net loss attributable to common stockholders is the amount available to them
    common = {(r["concept"], r["period_start"], r["value"]) for r in facts
              if r["label"] == "Net loss attributable to common stockholders" and r["period_start"] == "2026-03-01"}
    assert common == {("us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic", "2026-03-01", "-111580000")}


def test_two_periods_side_by_side_in_one_column(tmp_path):
    # "Q2 2026 Q2 2025" read as one column's header: both figures under it had taken Q2 2025, and made the release's
    # period 2025-06-30 (every cover fact a year early); neither period is the column's
    try:
        facts = plain_facts(FIXTURES / "3m-q2-2026-highlights.txt", tmp_path / "out")
    except PrxbrlError as exc:
        assert "no figure in them could be read" in str(exc)
        return
    assert not [r for r in facts if r["period_end"] == "2025-06-30"]


def test_cells_padded_with_lines_of_one_space(tmp_path):
    # "Cash and cash equivalents" / "$" / "12,874" / " " / "$" / "14,265" / " ": the space-only lines had ended the rows
    # after their first figure; the release had given 10 facts of 474 figures
    facts = plain_facts(FIXTURES / "intel-q2-2026-operations.txt", tmp_path / "out")
    cash = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:CashAndCashEquivalentsAtCarryingValue"}
    assert cash == {("2026-06-27", "12874000000"), ("2025-12-27", "14265000000")}


def test_eps_names_the_unit_only_as_the_head():
    # Texas Instruments Q2 2026: "Income allocated to common stock for diluted EPS | $ 1,969" had been 1,969 dollars per
    # share (mapping/rows.py read "EPS" anywhere; it now asks label_unit, as the tables do)
    assert label_unit("Income allocated to common stock for diluted EPS") is None
    assert label_unit("Net income used in computing diluted EPS") is None
    assert label_unit("Diluted EPS") == "per_share" and label_unit("Adjusted EPS") == "per_share"


def test_a_part_of_the_total_printed_under_it_is_no_difference(tmp_path):
    # Meta Q2 2026: closing balance 29,271, then "Cash and cash equivalents 15,462", "Restricted cash ..., included in
    # prepaid expenses and other current assets 702", "... included in other assets 13,107", "Total ... 29,271": the
    # last part had been the closing balance less the other two, the current restricted cash -702
    facts = plain_facts(FIXTURES / "meta-q2-2026-cash-flows.txt", tmp_path / "out")
    current = {(r["period_end"], r["value"]) for r in facts if r["label"].startswith("Restricted cash and restricted cash equivalents, included in prepaid")}
    assert current == {("2026-06-30", "702000000"), ("2025-06-30", "161000000")}


def test_an_activity_net_cash_is_printed_either_way(tmp_path):
    # Gopal Snacks FY2025: "Cash geneated/(used) in investing activities (823.50)" (the inflow word misspelt) had been
    # +823.5 million, "positive by nature"
    facts = plain_facts(FIXTURES / "gopalsnacks-fy2025-cash-flows.md", tmp_path / "out")
    investing = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetCashProvidedByUsedInInvestingActivities"}
    assert investing == {("2025-03-31", "-823500000"), ("2024-03-31", "-46800000")}


def test_rupee_millions_and_a_column_of_numbers():
    # Vodafone Idea FY2025: "₹ Mn" over its statements had stated no scale (every amount a million times too small)
    assert _scale_of(["₹ Mn"]) == 6 and _scale_of(["(₹ Mn)"]) == 6 and _scale_of(["₹ Cr"]) == 7
    assert _scale_of(["Class M"]) is None
    # "Numbers" beside "Amount (₹ Mn)" over an equity share capital table: the count of shares
    items = parse_header("Numbers")
    assert [(i.kind, i.unit) for i in items] == [("unit", "shares")]


def test_a_balance_under_the_closing_cash_balance_is_no_flow():
    # Applied Materials Q4 FY2024 (corpus): under "Cash, cash equivalents and restricted cash equivalents — end of
    # period", its reconciliation to the balance sheet: "Total cash, cash equivalents, and restricted cash equivalents
    # 8,113" had been the period's increase in cash (us-gaap:...PeriodIncreaseDecreaseIncludingExchangeRateEffect,
    # whose name holds the label's words), so had the row whose label ran into the reconciliation's title
    labels = ("Cash provided by operating activities", "Cash used in investing activities", "Cash used in financing activities",
              "Increase (decrease) in cash, cash equivalents and restricted cash equivalents",
              "Cash, cash equivalents and restricted cash equivalents—beginning of period",
              "Cash, cash equivalents and restricted cash equivalents — end of period",
              "Reconciliation of cash, cash equivalents, and restricted cash equivalents",
              "Restricted cash equivalents included in deferred income taxes and other assets",
              "Total cash, cash equivalents, and restricted cash equivalents")
    for k in (6, 8):
        q = choose(labels[k], Context(statement="C", period="d", unit="money", labels=labels, position=k)).qname
        assert q is None or "IncreaseDecrease" not in q, (labels[k], q)
    increase = choose(labels[3], Context(statement="C", period="d", unit="money", labels=labels, position=3)).qname
    assert increase is not None and "PeriodIncreaseDecrease" in increase

