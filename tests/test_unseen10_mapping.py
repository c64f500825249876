"""Wrong facts from mapping on releases the converter had never seen (/tmp/unseen10 of the hunt5 triage: Arvinas Q4
2024, H&M FY2024, Computer Modelling Group Q3 FY2025): each test holds the real lines it was found on."""

import csv
from pathlib import Path

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.index import concept_index
from prxbrl.mapping.labels import label_key
from prxbrl.mapping.placement import classified_section
from prxbrl.pipeline import convert

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(tmp_path, name: str) -> list[dict]:
    src = tmp_path / name
    src.write_text((FIXTURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_rows_after_total_current_liabilities_under_liabilities_and_equity_are_noncurrent(tmp_path):
    """Arvinas Q4 2024 balance sheet: under "Liabilities and stockholders' equity" and "Current liabilities:", the
    rows after "| Total current liabilities |  | 229.8 |" stand under no heading but the first; its second "| Deferred
    revenue |  | 292.0 |" had been DeferredRevenueCurrent like the first (both dropped as disagreeing) and "| Operating
    lease liability |  | 7.3 |" the total OperatingLeaseLiability."""
    facts = _facts(tmp_path, "arvinas-q4-2024-balance-excerpt.md")
    got = {(r["label"], r["concept"], r["period_end"], r["value"]) for r in facts}
    assert ("Deferred revenue", "us-gaap:DeferredRevenueCurrent", "2024-12-31", "156200000") in got
    assert ("Deferred revenue", "us-gaap:DeferredRevenueNoncurrent", "2024-12-31", "292000000") in got
    assert ("Deferred revenue", "us-gaap:DeferredRevenueNoncurrent", "2023-12-31", "386200000") in got
    assert ("Operating lease liability", "us-gaap:OperatingLeaseLiabilityNoncurrent", "2024-12-31", "7300000") in got
    assert not [r for r in facts if r["concept"] == "us-gaap:OperatingLeaseLiability"]


def test_a_figure_against_a_dash_of_the_same_fact_is_no_fact(tmp_path):
    """Arvinas Q4 2024: "| Accounts receivable |  | 5.7 |  |  | — |" and "| Other receivables |  | 8.0 |  |  | 7.2 |"
    both read as AccountsReceivableNetCurrent had kept 7.2 (the other receivables) for 2023, the more precise print
    winning over the dash: a figure that is no rounding of the other print is another figure, and neither is kept.
    ("Other receivables" is no AccountsReceivableNetCurrent either.)"""
    facts = _facts(tmp_path, "arvinas-q4-2024-balance-excerpt.md")
    receivable = [r for r in facts if r["concept"] == "us-gaap:AccountsReceivableNetCurrent"]
    assert ("2023-12-31", "7200000") not in {(r["period_end"], r["value"]) for r in receivable}
    assert all(r["label"] == "Accounts receivable" for r in receivable)
    other = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["label"] == "Other receivables"}
    assert other == {("us-gaap:NontradeReceivablesCurrent", "2024-12-31", "8000000"), ("us-gaap:NontradeReceivablesCurrent", "2023-12-31", "7200000")}


def test_the_part_of_the_balance_sheet_from_its_totals_under_a_heading_of_both_sides():
    labels = ("Current liabilities:", "Accounts payable and accrued liabilities", "Deferred revenue", "Total current liabilities",
              "Deferred revenue", "Operating lease liability", "Total liabilities")
    assets = ("Total assets",)
    assert classified_section(("Liabilities and stockholders' equity",), assets + labels, 5) == (
        "Liabilities and stockholders' equity", "Noncurrent liabilities")
    # a heading that says current or noncurrent decides
    assert classified_section(("Current liabilities",), assets + labels, 5) == ("Current liabilities",)


# H&M FY2024 consolidated cash flow statement: the activities' headings are rows of their own ("Operating
# activities", "Investing activities", "Financing activities"); the totals read "Cash flow from operating
# activities", as a US statement's headings do
HM_CASH_FLOWS = ("Profit after financial items¹", "Adjustment for non-cash items", "- Provisions for pensions", "- Other provisions",
                 "-Depreciation, amortisation and write-downs", "- Other non-cash items", "Taxes paid",
                 "Cash flow from operating activities before changes in working capital", "Operating receivables", "Stock-in-trade",
                 "Operating liabilities", "Cash flow from operating activities", "Investments in leasehold and similar rights",
                 "Investments in other intangible assets", "Investments in equipment", "Other investments",
                 "Cash flow from investing activities", "Short-term loans", "New long-term borrowing", "Repayment of long-term loans",
                 "Amortisation leases", "Capital contribution non-controlling interests", "Dividend", "Repurchase of shares",
                 "Cash flow from financing activities")


def _hm(label: str, heading: str) -> Context:
    return Context(statement="C", period="d", unit="money", section=("Operating activities", heading), labels=HM_CASH_FLOWS,
                   position=HM_CASH_FLOWS.index(label))


def test_the_heading_over_a_row_says_its_activity_before_a_total_that_reads_like_a_heading():
    """H&M: "Investments in other intangible assets -1,369" had been AmortizationOfIntangibleAssets, "New long-term
    borrowing" PaymentsToAcquireMortgageNotesReceivable, "Dividend" us-gaap:Dividends: each read in the operating
    activities, the section whose total ("Cash flow from operating activities") stood above them."""
    assert choose("Investments in other intangible assets", _hm("Investments in other intangible assets", "Investing activities")).qname \
        == "us-gaap:PaymentsToAcquireIntangibleAssets"
    assert choose("New long-term borrowing", _hm("New long-term borrowing", "Financing activities")).qname \
        == "us-gaap:ProceedsFromIssuanceOfLongTermDebt"
    assert choose("Dividend", _hm("Dividend", "Financing activities")).qname == "us-gaap:PaymentsOfDividends"


def test_no_line_of_another_statement_or_activity_among_the_financing_activities():
    """H&M: "Amortisation leases -12,631" (IFRS: the lease liabilities' principal repaid) under "Financing activities"
    had been us-gaap:LeaseCost, then FinanceLeaseRightOfUseAssetAmortization (an operating adjustment)."""
    got = choose("Amortisation leases", _hm("Amortisation leases", "Financing activities"))
    assert got.qname not in ("us-gaap:LeaseCost", "us-gaap:FinanceLeaseRightOfUseAssetAmortization",
                             "us-gaap:PaymentsForProceedsFromLoansAndLeases", "us-gaap:AmortizationOfDeferredLeasingFees")
    # a financing flow keeps its concept there
    assert choose("Repurchase of shares", _hm("Repurchase of shares", "Financing activities")).qname == "us-gaap:PaymentsForRepurchaseOfCommonStock"


def test_equity_has_no_current_part():
    """H&M FY2024 balance sheet, under "EQUITY": "Reserves" had been us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent."""
    ctx = Context(statement="B", period="i", unit="money", section=("EQUITY",))
    assert not (choose("Reserves", ctx).qname or "").endswith(("Current", "Noncurrent"))


def test_british_spellings_are_read_in_us_spelling():
    ix = concept_index()
    assert ix.us_spelling(label_key("Amortisation leases")) == "amortization lease"
    assert ix.us_spelling(label_key("Unrealised gains")) == "unrealized gain"
    assert ix.us_spelling(label_key("Labour costs")) == "labor cost"
    # a word the index knows stays, whatever its ending
    assert ix.us_spelling(label_key("Proceeds from exercise of options")) == label_key("Proceeds from exercise of options")


def test_a_residual_other_in_the_cash_flows_is_no_member_of_the_revenue(tmp_path):
    """Microsoft Q4 FY2024 cash flows: "Other, net / (303) / (167) / (1,309) / (1,006)" among the financing activities
    (and again among the investing ones) had been us-gaap:Revenues of the member "Service and other" that the income
    statement's "Revenue: / Product / Service and other" had made; and "Income taxes / (806) / 681 / 1,687 / (358)"
    among the changes in operating assets and liabilities had been IncomeTaxExpenseBenefit (a rule for the income
    statement), clashing with the income statement's tax so that both were lost."""
    facts = _facts(tmp_path, "microsoft-q4-fy2024-statements.md")
    other = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["label"] == "Other, net"}
    assert ("us-gaap:ProceedsFromPaymentsForOtherFinancingActivities", "2023-07-01", "-1309000000") in other
    assert not any(c == "us-gaap:Revenues" for c, _, _ in other)
    taxes = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["label"] == "Income taxes"}
    assert taxes and all(c.startswith("us-gaap:IncreaseDecrease") for c, _, _ in taxes)
    provision = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:IncomeTaxExpenseBenefit"}
    assert ("2023-07-01", "19651000000") in provision


# Computer Modelling Group Q3 FY2025 condensed consolidated statements of cash flows (lines 203-225)
CMG_OPERATING = ("Net income", "Depreciation and amortization of property, equipment, right-of use assets", "Amortization of intangible assets",
                 "Deferred income tax expense (recovery)", "Stock-based compensation", "Foreign exchange and other non-cash items",
                 "Change in fair value of contingent consideration", "Funds flow from operations", "Trade and other receivables",
                 "Trade payables and accrued liabilities", "Prepaid expenses and other assets", "Income taxes receivable (payable)",
                 "Deferred revenue", "Change in non-cash working capital", "Net cash provided by (used in) operating activities",
                 "Repayment of acquired line of credit")


def test_a_subtotal_above_the_activity_total_is_not_the_activity_net_cash():
    """CMG: "Funds flow from operations 9,937" (before the working-capital changes) had become
    NetCashProvidedByUsedInOperatingActivities, and the statement's own "Net cash provided by (used in) operating
    activities 8,266" below it an extension."""
    def ctx(label):
        return Context(statement="C", period="d", unit="money", section=("Operating activities", "Adjustments for"),
                       labels=CMG_OPERATING, position=CMG_OPERATING.index(label))
    assert choose("Funds flow from operations", ctx("Funds flow from operations")).qname != "us-gaap:NetCashProvidedByUsedInOperatingActivities"
    total = "Net cash provided by (used in) operating activities"
    assert choose(total, Context(statement="C", period="d", unit="money", section=("Operating activities",), labels=CMG_OPERATING,
                                 position=CMG_OPERATING.index(total))).qname == "us-gaap:NetCashProvidedByUsedInOperatingActivities"


# Shell Q1 2025 consolidated statement of cash flows (a PDF's text; lines 150-188): no heading over the activities, each
# closed by a total worded as a US statement's heading
SHELL_CASH_FLOWS = ("Income before taxation for the period", "Adjustment for:", "- Interest expense (net)", "(Increase)/decrease in inventories",
                    "Tax paid", "Cash flow from operating activities", "Capital expenditure", "Investments in joint ventures and associates",
                    "Investments in equity securities", "Cash capital expenditure", "Proceeds from sale of equity securities",
                    "Cash flow from investing activities", "Net increase/(decrease) in debt with maturity period within three months",
                    "Other debt:", "- New borrowings", "- Repayments", "Interest paid", "Derivative financial instruments",
                    "Repurchases of shares", "Cash flow from financing activities",
                    "Effects of exchange rate changes on cash and cash equivalents")


def test_totals_worded_as_headings_close_their_sections():
    """Shell: "(15) Investments in equity securities" after "Cash flow from operating activities" had been read among the
    operating activities (us-gaap:GainLossOnInvestments 15), "326 Derivative financial instruments" after "Cash flow
    from investing activities" an OCI element."""
    from prxbrl.mapping.placement import cash_flow_activity

    at = SHELL_CASH_FLOWS.index
    assert cash_flow_activity(SHELL_CASH_FLOWS, at("Tax paid")) == "operating"
    assert cash_flow_activity(SHELL_CASH_FLOWS, at("Investments in equity securities")) == "investing"
    assert cash_flow_activity(SHELL_CASH_FLOWS, at("Derivative financial instruments")) == "financing"
    # a heading worded so, over its section, with the section's total below, stays a heading
    us = ("Cash flows from investing activities", "Purchases of property and equipment", "Net cash used in investing activities")
    assert cash_flow_activity(us, 1) == "investing"
    ctx = Context(statement="C", period="d", unit="money", labels=SHELL_CASH_FLOWS, position=at("Investments in equity securities"))
    assert choose("Investments in equity securities", ctx).qname != "us-gaap:GainLossOnInvestments"


def test_a_non_gaap_measure_heading_holds_no_members_of_the_revenue(tmp_path):
    """Shell Q1 2025 "REVENUE AND ADJUSTED EARNINGS BY SEGMENT" (a PDF's text, figures before labels): under the heading
    "Adjusted Earnings", "900 839 781 Marketing" had been us-gaap:MarketingExpense of a segment "Adjusted Earnings",
    "1,510 1,652 1,759 Upstream" dropped as disagreeing with the revenue's,
    "Total Adjusted Earnings2" and "Adjusted Earnings attributable to Shell plc shareholders" us-gaap:Revenues with
    members (the title's revenue; the last rows under "Inter-segment revenue", read as a segment "Inter")."""
    facts = _facts(tmp_path, "shell-q1-2025-segments-excerpt.md")
    dims = lambda r: [v for k, v in r.items() if k.endswith("Axis") and v]
    by_label = {}
    for r in facts:
        by_label.setdefault(r["label"], set()).add((r["concept"], tuple(dims(r))))
    for label in ("Upstream", "Total Adjusted Earnings2", "Adjusted Earnings attributable to Shell plc shareholders"):
        assert all(c.startswith("shell:") and not d for c, d in by_label[label]), label
    assert ("shell:AdjustedEarningsUpstream", "2025-01-01", "2337000000") in {
        (r["concept"], r["period_start"], r["value"]) for r in facts}
    # no row under "Adjusted Earnings" is a member of a segment "Adjusted Earnings" (nor "Inter")
    assert not any("AdjustedEarningsMember" in d or "InterMember" in d for r in facts for d in dims(r))


def test_signs_of_a_statement_that_prints_its_deductions_negative(tmp_path):
    """H&M FY2024 group income statement (SEK m): "Cost of goods sold -109,179", "Selling expenses -97,153" subtract in
    the sums the table prints; "Tax² -3,859" stands between "Profit after financial items 15,443" and "Profit for the
    year² 11,584", whose rows the table prints as the attribution below it ("The shareholders of H & M ... 11,621",
    "Non-controlling interest -37"): the tax had been a benefit of 3,859 and the noncontrolling interest's share of a
    loss a profit of 37."""
    facts = _facts(tmp_path, "hm-fy2024-income-excerpt.md")
    got = {(r["concept"], r["period_end"], r["value"]) for r in facts}
    assert ("us-gaap:CostOfGoodsAndServicesSold", "2024-11-30", "109179000000") in got
    assert ("us-gaap:IncomeTaxExpenseBenefit", "2024-11-30", "3859000000") in got
    assert ("us-gaap:IncomeTaxExpenseBenefit", "2023-11-30", "4294000000") in got
    assert ("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", "2024-11-30", "-37000000") in got
    assert ("us-gaap:ProfitLoss", "2024-11-30", "11584000000") in got


def test_hm_statements_rows_of_their_own_and_rows_printed_again(tmp_path):
    """H&M FY2024 group statements (SEK m): "Total Current liabilities 66,650" adds up the payables and accruals (whose
    concepts US GAAP sums into AccountsPayableAndAccruedLiabilitiesCurrent) and lines of the company's own (current
    leasing liabilities, tax liabilities): it had been AccountsPayableAndAccruedLiabilitiesCurrent, now the label's
    LiabilitiesCurrent. "Cash flow for the year -9,023" below the opening cash balance prints "CASH FLOW FOR THE YEAR
    -9,023" again: it had been CashProvidedByUsedInOperatingActivitiesDiscontinuedOperations (the runner-up, the
    concept being taken), now the same fact. "Taxes paid -1,717" among the operating activities had been
    IncomeTaxesPaid -1,717 (taxes paid are an outflow: a negative fact is no reading; excluded, sign unknown)."""
    facts = _facts(tmp_path, "hm-fy2024-statements.md")
    got = {(r["concept"], r["period_end"], r["value"]) for r in facts}
    assert ("us-gaap:LiabilitiesCurrent", "2024-11-30", "66650000000") in got
    assert not any(c == "us-gaap:AccountsPayableAndAccruedLiabilitiesCurrent" for c, _, _ in got)
    assert not any("DiscontinuedOperations" in c for c, _, _ in got)
    change = [r for r in facts if r["concept"] == "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"]
    assert {(r["period_end"], r["value"]) for r in change} == {("2024-11-30", "-9023000000"), ("2023-11-30", "5715000000")}
    assert not [r for r in facts if r["concept"] in ("us-gaap:IncomeTaxesPaid", "us-gaap:IncomeTaxesPaidNet") and r["value"].startswith("-")]
