"""Releases the converter had never seen (unseen38-40), their wrong facts each at its mechanism.

- An insurer's balance sheet of June 30, 2002 (CIK 874501, https://www.sec.gov/Archives/edgar/data/874501/
  000095013002005844/dex9905.htm; the stored page's first 2,000 characters, each table cell on a line of its own:
  tests/fixtures/cik874501-q2-2002-excerpt.txt).
- Easton Bancorp's balance sheets 2001-2003 (https://www.sec.gov/Archives/edgar/data/880209/000119312504018520/
  dex991.htm, the same form: tests/fixtures/easton-bancorp-fy2003-excerpt.txt).
- Kornit Digital Q4 2024 (GLOBE NEWSWIRE via Reuters, zhigehe/bulwark@c076fd03a4b0ac563749293a0224ab82e9a0701a:
  content/en/news/tradingview/tagreuters.com,2025-02-12newsml_GNXj5rD10.en.md, lines 97-150): its balance sheet."""

from conftest import ROOT, facts_by_period, plain_facts

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.labels import label_key


def test_a_caption_that_goes_on_in_the_row_of_its_figures(tmp_path):
    # "Fixed income securities, at fair value" / "(amortized cost of $5,255,816 in 2002 and $4,955,542 in 2001)" /
    # "$ 5,475,979 ...": the parenthesis is no line item of its own (it had been an extension named "X", labelled by
    # the parenthesis, with a credit balance); "Common stock, par value $2.50 per share; authorized shares" / "-
    # 40,000,000; issued and outstanding shares-32,800,000" / "at June 30, 2002 and December 31, 2001" / "82,000" (an
    # extension "XT01")
    facts = plain_facts(ROOT / "tests" / "fixtures" / "cik874501-q2-2002-excerpt.txt", tmp_path / "out")
    got = {(r["concept"], r["period_end"]): r["value"] for r in facts if not r["concept"].startswith("dei:")}
    assert got[("us-gaap:AvailableForSaleSecuritiesDebtSecurities", "2002-06-30")] == "5475979"
    assert got[("us-gaap:AvailableForSaleSecuritiesDebtSecurities", "2001-12-31")] == "5083039"
    assert got[("us-gaap:CommonStockValue", "2001-12-31")] == "82000"
    assert not [c for c, _ in got if c.split(":")[1].startswith("X")]
    # the rest of "Investments:" (after the fixed income securities and the short-term investments) is other
    # investments, no longer "FixedIncomeSecuritiesAtFairValueOther" under the caption read as a heading
    assert got[("us-gaap:OtherInvestments", "2002-06-30")] == "1929"
    assert got[("us-gaap:OtherAssets", "2002-06-30")] == "578067"
    labels = {r["label"] for r in facts if r["concept"] == "us-gaap:AvailableForSaleSecuritiesDebtSecurities"}
    assert labels == {"Fixed income securities, at fair value (amortized cost of $5,255,816 in 2002 and $4,955,542 in 2001)"}


def test_loans_less_deferred_fees_and_allowance_are_net_loans(tmp_path):
    # "Loans, less deferred fees and less allowance for loan losses of $1,136,870, $924,859, and $750,768,
    # respectively | 80,091,120": the net loans, not us-gaap:LoansAndLeasesReceivableDeferredIncome (the fees they are
    # stated net of)
    label = ("Loans, less deferred fees and less allowance for loan losses of $1,136,870, $924,859, and $750,768, "
             "respectively")
    assert label_key(label) == label_key("Loans, net")
    facts = plain_facts(ROOT / "tests" / "fixtures" / "easton-bancorp-fy2003-excerpt.txt", tmp_path / "out")
    loans = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["label"] == label}
    assert loans == {("us-gaap:LoansAndLeasesReceivableNetReportedAmount", "2003-12-31", "80091120"),
                     ("us-gaap:LoansAndLeasesReceivableNetReportedAmount", "2002-12-31", "71465781"),
                     ("us-gaap:LoansAndLeasesReceivableNetReportedAmount", "2001-12-31", "63044907")}


def test_no_credit_among_the_assets():
    ctx = Context(statement="B", period="i", unit="money", section=("ASSETS", "LONG-TERM ASSETS"))
    assert choose("Severance pay fund", ctx).qname != "us-gaap:SupplementalUnemploymentBenefitsSeveranceBenefits"
    # what assets are stated net of stays possible: accumulated depreciation among the assets
    got = choose("Less: accumulated depreciation", Context(statement="B", period="i", unit="money", section=("ASSETS",)))
    assert got.qname is not None and "AccumulatedDepreciation" in got.qname


KORNIT = """\
| KORNIT DIGITAL LTD. | | | | | | |
| --- | --- | --- | --- | --- | --- | --- |
| AND ITS SUBSIDIARIES | | | | | | |
| CONSOLIDATED BALANCE SHEETS | | | | | | |
| (U.S. dollars in thousands) | | | | | | |
|  | | | | | | |
|  |  | December 31, | |  | December 31, | |
|  |  | 2024 | |  | 2023 | |
|  |  | (Unaudited) | |  | (Audited) | |
| ASSETS |  |  | |  |  | |
| CURRENT ASSETS: |  |  | |  |  | |
| Cash and cash equivalents |  | $ | 35,003 |  | $ | 39,605 |
| Short-term bank deposit |  |  | 205,934 |  |  | 235,600 |
| Marketable securities |  |  | 222,937 |  |  | 57,292 |
| Trade receivables, net |  |  | 65,459 |  |  | 93,632 |
| Inventory |  |  | 60,342 |  |  | 67,712 |
| Other accounts receivable and prepaid expenses |  |  | 25,714 |  |  | 28,546 |
| Total current assets |  |  | 615,389 |  |  | 522,387 |
|  |  |  | |  |  | |
| LONG-TERM ASSETS: |  |  | |  |  | |
| Marketable securities |  |  | 48,086 |  |  | 223,203 |
| Deposits and other long-term assets |  |  | 10,542 |  |  | 8,209 |
| Severance pay fund |  |  | 306 |  |  | 283 |
| Property, plant and equipment, net |  |  | 45,342 |  |  | 50,905 |
| Equipment on lease, net |  |  | 13,880 |  |  | - |
| Operating lease right-of-use assets |  |  | 19,054 |  |  | 23,782 |
| Intangible assets, net |  |  | 5,721 |  |  | 7,647 |
| Goodwill |  |  | 29,164 |  |  | 29,164 |
| Total long-term assets |  |  | 172,095 |  |  | 343,193 |
|  |  |  | |  |  | |
| Total assets |  |  | 787,484 |  |  | 865,580 |
|  |  |  | |  |  | |
| LIABILITIES AND SHAREHOLDERS' EQUITY |  |  | |  |  | |
| CURRENT LIABILITIES: |  |  | |  |  | |
| Trade payables |  |  | 9,019 |  |  | 6,936 |
| Employees and payroll accruals |  |  | 13,101 |  |  | 12,121 |
| Deferred revenues and advances from customers |  |  | 2,339 |  |  | 2,158 |
| Operating lease liabilities |  |  | 3,311 |  |  | 5,073 |
| Other payables and accrued expenses |  |  | 16,561 |  |  | 23,814 |
| Total current liabilities |  |  | 44,331 |  |  | 50,102 |
|  |  |  | |  |  | |
| LONG-TERM LIABILITIES: |  |  | |  |  | |
| Accrued severance pay |  |  | 1,051 |  |  | 1,080 |
| Operating lease liabilities |  |  | 15,065 |  |  | 18,533 |
| Other long-term liabilities |  |  | 138 |  |  | 198 |
| Total long-term liabilities |  |  | 16,254 |  |  | 19,811 |
|  |  |  | |  |  | |
| SHAREHOLDERS' EQUITY |  |  | 726,899 |  |  | 795,667 |
|  |  |  | |  |  | |
| Total liabilities and shareholders' equity |  | $ | 787,484 |  | $ | 865,580 |
"""


def test_kornit_severance_fund_and_liability(tmp_path):
    # the fund had been us-gaap:SupplementalUnemploymentBenefitsSeveranceBenefits (a credit, the severance liability)
    # among the long-term assets, the liability "Accrued severance pay" then a restructuring reserve
    got = facts_by_period(tmp_path, KORNIT)
    fund = {k[0] for k, v in got.items() if v == "306000"}
    assert len(fund) == 1 and not fund & {"us-gaap:SupplementalUnemploymentBenefitsSeveranceBenefits", "us-gaap:RestructuringReserveNoncurrent"}
    assert got[("us-gaap:SupplementalUnemploymentBenefitsSeveranceBenefits", "", "2024-12-31")] == "1051000"
    assert got[("us-gaap:Assets", "", "2024-12-31")] == "787484000"


KORNIT_NON_GAAP = """\
| KORNIT DIGITAL LTD. | | | | | | | | | | | | | |  | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL DATA | | | | | | | | | | | | | |  | | |
| (U.S. dollars in thousands, except share and per share data) | | | | | | | | | | | | | |  | | |
|  |  | Three Months Ended | | | | | | |  | Year Ended | | | | | | |
|  |  | December 31, | | | | | | |  | December 31, | | | | | | |
|  |  |  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |
|  |  | (Unaudited) | | | | | | |  | (Unaudited) | | | | | | |
| Revenues | | $ | 60,696 |  |  | $ | 56,585 |  |  | $ | 203,825 |  |  | $ | 219,786 |  |
|  |  |  | | |  |  | | |  |  | | |  |  | | |
| GAAP cost of revenues | | $ | 29,567 |  |  | $ | 42,013 |  |  | $ | 112,063 |  |  | $ | 152,829 |  |
| Cost of product recorded for share-based compensation (1) | |  | (524 | ) |  |  | (545 | ) |  |  | (2,018 | ) |  |  | (2,356 | ) |
| Cost of service recorded for share-based compensation (1) | |  | (409 | ) |  |  | (447 | ) |  |  | (1,703 | ) |  |  | (1,758 | ) |
| Intangible assets amortization on cost of product (2) | |  | (176 | ) |  |  | (260 | ) |  |  | (936 | ) |  |  | (1,053 | ) |
| Intangible assets amortization on cost of service (2) | |  | (160 | ) |  |  | (160 | ) |  |  | (640 | ) |  |  | (640 | ) |
| Restructuring expenses (3) | |  | (1,067 | ) |  |  | (11,501 | ) |  |  | (1,981 | ) |  |  | (11,590 | ) |
| Non-GAAP cost of revenues | | $ | 27,231 |  |  | $ | 29,100 |  |  | $ | 104,785 |  |  | $ | 135,432 |  |
|  |  |  | | |  |  | | |  |  | | |  |  | | |
| GAAP Taxes on income | | $ | 423 |  |  | $ | 539 |  |  | $ | 1,835 |  |  | $ | 970 |  |
| Non-cash deferred tax income | |  | - |  |  |  | 88 |  |  |  | - |  |  |  | 666 |  |
| Non-GAAP Taxes on income | | $ | 423 |  |  | $ | 627 |  |  | $ | 1,835 |  |  | $ | 1,636 |  |
"""


def test_kornit_costs_taken_out_of_the_cost_of_revenues(tmp_path):
    # Kornit Q4 2024 lines 203-243: the share-based compensation and amortization recorded in the cost of revenues,
    # taken out of it to reach the non-GAAP cost, are costs (debits) of 524 etc., not of -524; the deferred tax income
    # added to the taxes is an income of 88, as printed
    got = facts_by_period(tmp_path, KORNIT_NON_GAAP)
    q4 = {k[0].split(":")[1]: v for k, v in got.items() if k[1:3] == ("2024-10-01", "2024-12-31")}
    assert q4["CostOfProductRecordedForShareBasedCompensation"] == "524000"
    assert q4["IntangibleAssetsAmortizationOnCostOfService"] == "160000"
    q4_23 = {k[0].split(":")[1]: v for k, v in got.items() if k[1:3] == ("2023-10-01", "2023-12-31")}
    assert q4_23["NonCashDeferredTaxIncome"] == "88000"


PALTALK = """\
PALTALK, INC.
CONSOLIDATED CONDENSED BALANCE SHEETS

|  | September 30, | December 31, |
| --- | --- | --- |
|  | 2024 | 2023 |
| Current assets: |  |  |
| Cash and cash equivalents | $ 12,056,085 | $ 13,568,049 |
| Employee retention tax credit receivable, net | 114,212 | 114,212 |
| Prepaid expense and other current assets | 868,428 | 990,634 |
| Total current assets | 13,153,581 | 14,765,599 |

CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS

|  | Nine Months Ended September 30, | |
| --- | --- | --- |
|  | 2024 | 2023 |
| Cash flows from operating activities: |  |  |
| Net loss | $ (2,935,708) | $ (784,245) |
| Adjustments to reconcile net loss from operations to net cash used in operating activities: |  |  |
| Amortization of intangible assets | 616,750 | 616,750 |
| Stock-based compensation | 124,130 | 169,691 |
| Changes in operating assets and liabilities: |  |  |
| Accounts receivable | (30,946) | (30,925) |
| Prepaid expense and other current assets | 122,206 | (279,448) |
| Accounts payable, accrued expenses and other current liabilities | 621,328 | (493,177) |
| Employee retention tax credit receivable, net | - | (114,212) |
| Deferred subscription revenue | 23,858 | (56,935) |
| Net cash used in operating activities | (1,551,736) | (980,720) |
"""


def test_the_change_in_a_balance_of_the_companys_own(tmp_path):
    # Paltalk Q3 2024 (Newsworthyai/press-release-archive, its balance sheet and cash flows, one cell a line in the
    # release): "Employee retention tax credit receivable, net (114,212)" among the changes in operating assets had
    # been a flow named after the balance, "...NetMonetary" -114,212; it is the increase in that receivable, 114,212
    got = facts_by_period(tmp_path, PALTALK)
    change = {k: v for k, v in got.items() if k[0].endswith(":IncreaseDecreaseInEmployeeRetentionTaxCreditReceivableNet")}
    assert {k[1:3]: v for k, v in change.items()} == {("2024-01-01", "2024-09-30"): "0", ("2023-01-01", "2023-09-30"): "114212"}
    assert any(k[0].endswith(":EmployeeRetentionTaxCreditReceivableNet") and v == "114212" for k, v in got.items())
    assert got[("us-gaap:IncreaseDecreaseInAccountsReceivable", "2024-01-01", "2024-09-30")] == "30946"


def test_no_payment_among_the_changes_in_balances():
    # Kornit Q4 2024 line 317: "Accrued severance pay, net | 6 | (14) | (52) | (152)" under "Change in operating assets
    # and liabilities:" had been us-gaap:PaymentsForPostemploymentBenefits (its 6 then excluded as an inflow of a
    # payment); "severance pay" says no payment
    section = ("Cash flows from operating activities", "Change in operating assets and liabilities")
    ctx = Context(statement="C", period="d", unit="money", section=section)
    assert choose("Accrued severance pay, net", ctx).qname != "us-gaap:PaymentsForPostemploymentBenefits"
    # a row that says it pays stays a payment
    assert choose("Payments of operating lease liabilities", ctx).qname == "us-gaap:OperatingLeasePayments"
