"""Releases the converter had never seen (unseen29): wrong and lost facts, each at its mechanism.

- Strattec Security Q4 FY2026, the whole 8-K as a markdown rendering (tests/fixtures/strattec-q4-fy2026-8k.md; SEC
  filing 0000933034-26-000003, public domain): the 8-K cover's date "August 25, 2026" over a table of its own had kept
  the 52/53-week calendar from being read (the income and cash-flow statements were lost, ``period_start_undetermined``);
  the short name "Strattec (Nasdaq: STRT)" stands after line 80 of the file; "Noncurrent Assets:" had matched a rule's
  section "current assets".
- Freedom Financial Holdings Q2 2026 statement of operations (HTML; original
  https://investors.freedom.bank/2026-07-31-Freedom-Financial-Holdings-Announces-Earnings-for-Second-Quarter-of-2026):
  labels wrapped over two rows of the table.
- Bank of South Carolina Q2 2026 selected data (HTML; original https://www.prnewswire.com/news-releases/
  bank-of-south-carolina-corporation-announces-second-quarter-earnings-302821931.html): "For the Three Months Ended" in
  one cell over the first of five dates, and a block of "Quarterly Averages:".
"""

from pathlib import Path

from conftest import plain_facts

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(tmp_path, text: str, name: str) -> list[dict]:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    return plain_facts(src, tmp_path / "out")


def _plain(facts: list[dict]) -> dict[str, set[tuple[str, str, str]]]:
    out: dict[str, set[tuple[str, str, str]]] = {}
    for r in facts:
        if not any(v for k, v in r.items() if k.endswith("Axis")):
            out.setdefault(r["concept"], set()).add((r["period_start"], r["period_end"], r["value"]))
    return out


def test_strattec_whole_8k_reads_its_52_53_week_statements(tmp_path):
    text = (FIXTURES / "strattec-q4-fy2026-8k.md").read_text(encoding="utf-8")
    got = _plain(_facts(tmp_path, text, "strattec.md"))
    # the thirteen weeks and the fifty-two weeks to June 28, 2026 (the prior year ended June 29, 2025)
    assert ("2026-03-30", "2026-06-28", "151827000") in got["us-gaap:Revenues"]
    assert ("2025-06-30", "2026-06-28", "579392000") in got["us-gaap:Revenues"]
    assert ("2026-03-30", "2026-06-28", "3882000") in got["us-gaap:NetIncomeLoss"]
    assert ("2025-06-30", "2026-06-28", "5.07") in got["us-gaap:EarningsPerShareBasic"]
    assert ("2025-06-30", "2026-06-28", "46304000") in got["us-gaap:NetCashProvidedByUsedInOperatingActivities"]
    # "Deferred income taxes | 16,080" under "Noncurrent Assets:" is no current deferred tax asset
    assert got["us-gaap:DeferredIncomeTaxAssetsNet"] == {("", "2026-06-28", "16080000"), ("", "2025-06-29", "19531000")}
    assert not any(c.endswith("DeferredTaxAssetsCurrent") for c in got)
    # "Total Strattec shareholders' equity" (the company's short name) and the total with the noncontrolling interest
    assert got["us-gaap:StockholdersEquity"] == {("", "2026-06-28", "238646000"), ("", "2025-06-29", "221592000")}
    assert got["us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"] == {
        ("", "2026-06-28", "265497000"), ("", "2025-06-29", "246431000")}


FDVA_HEAD = """<html><body><table>
<tr><td>FREEDOM FINANCIAL HOLDINGS</td></tr>
<tr><td>CONSOLIDATED STATEMENTS OF OPERATIONS</td></tr>
<tr><td></td><td></td><td>(Unaudited)</td><td>(Unaudited)</td><td></td><td>(Unaudited)</td><td>(Unaudited)</td></tr>
<tr><td></td><td></td><td>For the three</td><td>For the three</td><td></td><td>For the six</td><td>For the six</td></tr>
<tr><td></td><td></td><td>months ended</td><td>months ended</td><td></td><td>months ended</td><td>months ended</td></tr>
<tr><td></td><td></td><td>June 30, 2026</td><td>June 30, 2025</td><td></td><td>June 30, 2026</td><td>June 30, 2025</td></tr>
"""
FDVA_ROWS = """\
<tr><td>Interest Income</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Interest and Fees on Loans</td><td></td><td>$ 11,650,836</td><td>$ 11,673,927</td><td></td><td>$ 22,927,087</td><td>$ 24,377,509</td></tr>
<tr><td>Interest on Investment Securities</td><td></td><td>1,787,268</td><td>2,450,914</td><td></td><td>3,560,347</td><td>5,064,172</td></tr>
<tr><td>Interest on Deposits with Other Banks</td><td></td><td>285,510</td><td>750,611</td><td></td><td>988,900</td><td>1,013,118</td></tr>
<tr><td>Total Interest Income</td><td></td><td>13,723,614</td><td>14,875,452</td><td></td><td>27,476,334</td><td>30,454,799</td></tr>
<tr><td>Interest Expense</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Interest on Deposits</td><td></td><td>6,151,712</td><td>7,275,073</td><td></td><td>12,491,753</td><td>14,221,266</td></tr>
<tr><td>Interest on Borrowings</td><td></td><td>592,778</td><td>724,216</td><td></td><td>1,110,069</td><td>1,637,370</td></tr>
<tr><td>Total Interest Expense</td><td></td><td>6,744,490</td><td>7,999,289</td><td></td><td>13,601,822</td><td>15,858,637</td></tr>
<tr><td>Net Interest Income</td><td></td><td>6,979,124</td><td>6,876,162</td><td></td><td>13,874,512</td><td>14,596,162</td></tr>
<tr><td>Provision/(Recovery) for Loan Losses</td><td></td><td>538,805</td><td>688,865</td><td></td><td>598,141</td><td>973,548</td></tr>
<tr><td>Net Interest Income After</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Provision for Loan Losses</td><td></td><td>6,440,319</td><td>6,187,298</td><td></td><td>13,276,371</td><td>13,622,614</td></tr>
<tr><td>Non-Interest Income</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Mortgage Loan Gain-on-Sale and Fee Revenue</td><td></td><td>1,079,890</td><td>797,759</td><td></td><td>2,022,147</td><td>1,455,072</td></tr>
<tr><td>SBA Gain-on-Sale Revenue</td><td></td><td>-</td><td>-</td><td></td><td>-</td><td>-</td></tr>
<tr><td>Service Charges and Other Income</td><td></td><td>327,093</td><td>270,230</td><td></td><td>547,834</td><td>344,121</td></tr>
<tr><td>Servicing Income</td><td></td><td>16,001</td><td>21,045</td><td></td><td>33,494</td><td>47,147</td></tr>
<tr><td>Increase in Cash Surrender Value of Bank-</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>owned Life Insurance</td><td></td><td>235,334</td><td>223,061</td><td></td><td>466,233</td><td>443,925</td></tr>
<tr><td>Total Non-interest Income</td><td></td><td>1,658,318</td><td>1,312,094</td><td></td><td>3,069,708</td><td>2,290,265</td></tr>
<tr><td>Total Revenue</td><td></td><td>8,637,442</td><td>8,188,257</td><td></td><td>16,944,220</td><td>16,886,427</td></tr>
<tr><td>Non-Interest Expenses</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Officer and Employee Compensation</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>and Benefits</td><td></td><td>4,373,967</td><td>3,752,761</td><td></td><td>8,777,587</td><td>7,522,296</td></tr>
<tr><td>Occupancy Expense</td><td></td><td>375,936</td><td>244,279</td><td></td><td>740,877</td><td>486,442</td></tr>
<tr><td>Equipment and Depreciation Expense</td><td></td><td>11,336</td><td>16,619</td><td></td><td>22,048</td><td>25,345</td></tr>
<tr><td>Insurance Expense</td><td></td><td>245,402</td><td>220,346</td><td></td><td>452,001</td><td>446,112</td></tr>
<tr><td>Professional Fees</td><td></td><td>439,501</td><td>559,904</td><td></td><td>785,807</td><td>1,030,213</td></tr>
<tr><td>Data and Item Processing</td><td></td><td>587,093</td><td>595,492</td><td></td><td>1,118,056</td><td>1,133,705</td></tr>
<tr><td>Advertising</td><td></td><td>109,791</td><td>151,676</td><td></td><td>191,391</td><td>234,791</td></tr>
<tr><td>Franchise Taxes and State Assessment Fees</td><td></td><td>329,846</td><td>314,444</td><td></td><td>656,415</td><td>628,658</td></tr>
<tr><td>Mortgage Fees and Settlements</td><td></td><td>153,051</td><td>99,819</td><td></td><td>227,890</td><td>174,548</td></tr>
<tr><td>Other Operating Expense</td><td></td><td>1,119,074</td><td>396,213</td><td></td><td>1,574,469</td><td>690,447</td></tr>
<tr><td>Total Non-interest Expenses</td><td></td><td>7,744,997</td><td>6,351,552</td><td></td><td>14,546,541</td><td>12,372,557</td></tr>
<tr><td>Income Before Income Taxes</td><td></td><td>353,640</td><td>1,147,840</td><td></td><td>1,799,538</td><td>3,540,322</td></tr>
<tr><td>Income Tax Expense/(Benefit)</td><td></td><td>64,019</td><td>347,943</td><td></td><td>349,579</td><td>721,082</td></tr>
<tr><td>Net Income</td><td></td><td>$ 289,621</td><td>$ 799,896</td><td></td><td>$ 1,449,959</td><td>$ 2,819,240</td></tr>
<tr><td>Earnings per Common Share - Basic</td><td></td><td>$ 0.04</td><td>$ 0.11</td><td></td><td>$ 0.20</td><td>$ 0.39</td></tr>
<tr><td>Earnings per Common Share - Diluted</td><td></td><td>$ 0.04</td><td>$ 0.11</td><td></td><td>$ 0.20</td><td>$ 0.39</td></tr>
<tr><td>Weighted-Average Common Shares</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Outstanding - Basic</td><td></td><td>7,098,594</td><td>7,137,779</td><td></td><td>7,101,643</td><td>7,151,171</td></tr>
<tr><td>Weighted-Average Common Shares</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Outstanding - Diluted</td><td></td><td>7,124,543</td><td>7,140,491</td><td></td><td>7,175,023</td><td>7,153,655</td></tr>
</table></body></html>
"""


def test_a_label_wrapped_over_two_rows_of_an_html_table_is_one_label(tmp_path):
    facts = _facts(tmp_path, FDVA_HEAD + FDVA_ROWS, "fdva.html")
    labels = {r["label"] for r in facts}
    assert {"Net Interest Income After Provision for Loan Losses", "Officer and Employee Compensation and Benefits",
            "Increase in Cash Surrender Value of Bank-owned Life Insurance"} <= labels
    got = _plain(facts)
    q2 = ("2026-04-01", "2026-06-30")
    # had been us-gaap:ProvisionForLoanLeaseAndOtherLosses (the second row's words alone), which made the real
    # provision negative: 6,979,124 - 538,805 = 6,440,319
    assert q2 + ("6440319",) in got["us-gaap:InterestIncomeExpenseAfterProvisionForLoanLoss"]
    assert q2 + ("538805",) in got["us-gaap:ProvisionForLoanLossesExpensed"]
    # had been us-gaap:PolicyholderBenefitsAndClaimsIncurredNet ("and Benefits")
    assert q2 + ("4373967",) in got["us-gaap:LaborAndRelatedExpense"]
    assert not any("Policyholder" in c for c in got)


BKSC = """<html><body><table>
<tr><td>Selected Condensed Consolidated Financial Data (Unaudited)</td></tr>
<tr><td></td><td>For the Three Months Ended</td></tr>
<tr><td></td><td>June 30, 2026</td><td>March 31, 2026</td><td>December 31, 2025</td><td>September 30, 2025</td><td>June 30, 2025</td></tr>
<tr><td>Total Interest and Fee Income</td><td>$ 7,259,871</td><td>$ 6,869,250</td><td>$ 7,139,722</td><td>$ 7,317,405</td><td>$ 7,202,647</td></tr>
<tr><td>Net Income</td><td>$ 2,318,933</td><td>$ 2,010,919</td><td>$ 2,013,281</td><td>$ 2,143,640</td><td>$ 1,956,155</td></tr>
<tr><td>Earnings Per Share - Basic</td><td>$ 0.43</td><td>$ 0.37</td><td>$ 0.37</td><td>$ 0.39</td><td>$ 0.36</td></tr>
<tr><td>Quarterly Averages:</td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Total Assets</td><td>$ 567,201,707</td><td>$ 560,348,116</td><td>$ 575,001,866</td><td>$ 580,830,205</td><td>$ 572,875,953</td></tr>
<tr><td>Total Loans</td><td>$ 371,135,923</td><td>$ 361,591,069</td><td>$ 361,339,396</td><td>$ 360,100,453</td><td>$ 363,065,921</td></tr>
<tr><td>Total Deposits</td><td>$ 491,625,349</td><td>$ 484,406,399</td><td>$ 498,995,120</td><td>$ 506,765,581</td><td>$ 501,217,309</td></tr>
<tr><td>Total Shareholders&#x27; Equity</td><td>$ 61,371,224</td><td>$ 60,908,702</td><td>$ 60,159,434</td><td>$ 58,315,231</td><td>$ 56,244,469</td></tr>
</table></body></html>
"""


def test_a_length_over_the_first_date_is_every_dates_and_averages_are_no_balances(tmp_path):
    facts = _facts(tmp_path, BKSC, "bksc.html")
    got = _plain(facts)
    # "For the Three Months Ended" in the cell over the first date: every column is a quarter (four had been points
    # in time, their flows excluded, and the document a first quarter's)
    assert got["us-gaap:NetIncomeLoss"] == {
        ("2026-04-01", "2026-06-30", "2318933"), ("2026-01-01", "2026-03-31", "2010919"), ("2025-10-01", "2025-12-31", "2013281"),
        ("2025-07-01", "2025-09-30", "2143640"), ("2025-04-01", "2025-06-30", "1956155")}
    dei = {r["concept"]: r["text"] for r in facts if r["concept"].startswith("dei:")}
    assert dei["dei:DocumentPeriodEndDate"] == "2026-06-30" and dei["dei:DocumentFiscalPeriodFocus"] == "Q2"
    # the quarterly averages had been the balances at each date (us-gaap:Assets, Deposits, StockholdersEquity) and the
    # loans' average their interest income
    for concept in ("us-gaap:Assets", "us-gaap:Deposits", "us-gaap:StockholdersEquity", "us-gaap:LoansAndLeasesReceivableNetReportedAmount"):
        assert concept not in got
    assert not any(v == "371135923" for r in facts for v in [r["value"]])
    assert not any("ScenarioForecast" in v for r in facts for v in r.values())


def test_a_banks_other_income_and_expense_totals_are_its_noninterest_income_and_expense(tmp_path):
    # Bank of South Carolina Q2 2026: 6,216,703 + 467,782 - 3,673,251 = 3,011,234 (income before income tax); the
    # totals had been us-gaap:NonoperatingIncomeExpense and OtherExpenses
    rows = BKSC.replace("<tr><td>Net Income</td>", """<tr><td>Net Interest Income</td><td>6,366,703</td><td>5,861,021</td><td>5,932,396</td><td>6,014,142</td><td>5,898,353</td></tr>
<tr><td>Provision for Credit Losses</td><td>150,000</td><td>50,000</td><td>200,000</td><td>250,000</td><td>100,000</td></tr>
<tr><td>Net Interest Income After Provision for Credit Losses</td><td>6,216,703</td><td>5,811,021</td><td>5,732,396</td><td>5,764,142</td><td>5,798,353</td></tr>
<tr><td>Total Other Income</td><td>467,782</td><td>414,100</td><td>448,178</td><td>519,500</td><td>421,104</td></tr>
<tr><td>Total Other Expense</td><td>3,673,251</td><td>3,627,528</td><td>3,765,414</td><td>3,516,683</td><td>3,663,556</td></tr>
<tr><td>Income Before Income Tax Expense</td><td>3,011,234</td><td>2,597,593</td><td>2,415,160</td><td>2,766,959</td><td>2,555,901</td></tr>
<tr><td>Net Income</td>""", 1)
    got = _plain(_facts(tmp_path, rows, "bksc.html"))
    assert ("2026-04-01", "2026-06-30", "467782") in got["us-gaap:NoninterestIncome"]
    assert ("2026-04-01", "2026-06-30", "3673251") in got["us-gaap:NoninterestExpense"]
    assert "us-gaap:NonoperatingIncomeExpense" not in got and "us-gaap:OtherExpenses" not in got


# Alexander's, Inc. Q4 2024 (GLOBE NEWSWIRE via Reuters; lines 77-113): the quarter's reconciliation to FFO, introduced
# by a sentence, then the year's selected results, whose own title is a row of the table
ALEXANDERS = """\
|  | | | | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- |
| The following table reconciles net income to FFO (non-GAAP): | | | | | | | |
|  |  | | | | | | |
|  | QUARTER ENDED DECEMBER 31, | | | | | | |
| (Amount in thousands, except share and per share amounts) | 2024 | | |  | 2023 | | |
|  |  | | |  |  | | |
| Net Income | $ | 12,277 |  |  | $ | 16,286 |  |
| Depreciation and amortization of real property |  | 8,568 |  |  |  | 9,317 |  |
| FFO (non-GAAP) | $ | 20,845 |  |  | $ | 25,603 |  |
|  |  | | |  |  | | |
| FFO per diluted share (non-GAAP) | $ | 4.06 |  |  | $ | 4.99 |  |
|  |  | | |  |  | | |
| Weighted average shares used in computing FFO per diluted share |  | 5,133,534 |  |  |  | 5,130,678 |  |

|  | | | | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- |
| ALEXANDER'S, INC.FINANCIAL RESULTS FOR THE YEARS ENDEDDECEMBER 31, 2024 AND 2023 | | | | | | | |
|  | | | | | | | |
| Below is a table of selected financial results. | | | | | | | |
|  |  | | | | | | |
|  | YEAR ENDED DECEMBER 31, | | | | | | |
| (Amounts in thousands, except share and per share amounts) | 2024 | | |  | 2023 | | |
|  |  | | |  |  | | |
| Revenues | $ | 226,374 |  |  | $ | 224,962 |  |
|  |  | | |  |  | | |
| Net Income | $ | 43,444 |  |  | $ | 102,413 |  |
|  |  | | |  |  | | |
| Net income per common share - basic and diluted | $ | 8.46 |  |  | $ | 19.97 |  |
|  |  | | |  |  | | |
| Weighted average shares outstanding - basic and diluted |  | 5,132,418 |  |  |  | 5,129,330 |  |
|  |  | | |  |  | | |
| FFO (non-GAAP) | $ | 77,968 |  |  | $ | 81,067 |  |
|  |  | | |  |  | | |
| FFO per diluted share (non-GAAP) | $ | 15.19 |  |  | $ | 15.80 |  |
|  |  | | |  |  | | |
| Weighted average shares used in computing FFO per diluted share |  | 5,132,418 |  |  |  | 5,129,330 |  |
"""


def test_a_sentence_introducing_one_table_titles_no_other(tmp_path):
    # the year's table had taken "The following table reconciles net income to FFO (non-GAAP):" for its title, and
    # with it the reconciliation's kind: its EPS and weighted shares were extensions
    text = "# Alexander's Announces Fourth Quarter Financial Results\n\nAlexander's, Inc. (NYSE: ALX) today reported results.\n\n" + ALEXANDERS
    got = _plain(_facts(tmp_path, text, "alexanders.md"))
    assert ("2024-01-01", "2024-12-31", "8.46") in got["us-gaap:EarningsPerShareBasic"]
    assert ("2024-01-01", "2024-12-31", "5132418") in got["us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"]


FDVA_ASSETS = """<html><body><table>
<tr><td>FREEDOM FINANCIAL HOLDINGS</td></tr>
<tr><td>CONSOLIDATED BALANCE SHEETS</td></tr>
<tr><td></td><td>June 30,</td><td></td><td>March 31,</td><td></td><td>December 31,</td></tr>
<tr><td></td><td>2026</td><td></td><td>2026</td><td></td><td>2025</td></tr>
<tr><td>ASSETS</td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>Cash and Due from Banks</td><td>$ 5,458,898</td><td></td><td>$ 4,527,248</td><td></td><td>$ 4,540,452</td></tr>
<tr><td>Loans Held for Sale</td><td>13,812,357</td><td></td><td>12,077,102</td><td></td><td>4,283,305</td></tr>
<tr><td>PPP Loans Held for Investment</td><td>112,661</td><td></td><td>112,661</td><td></td><td>117,738</td></tr>
<tr><td>Other Loans Held for Investment</td><td>763,549,261</td><td></td><td>770,827,073</td><td></td><td>762,435,469</td></tr>
<tr><td>Allowance for Loan Losses</td><td>(8,058,550)</td><td></td><td>(7,696,395)</td><td></td><td>(13,897,689)</td></tr>
<tr><td>Net Loans</td><td>769,415,729</td><td></td><td>775,320,441</td><td></td><td>752,938,823</td></tr>
</table></body></html>
"""


def test_two_parts_of_the_loans_are_neither_the_whole(tmp_path):
    # Freedom Financial Q2 2026 balance sheet: "PPP Loans Held for Investment" (112,661) had been
    # us-gaap:LoansAndLeasesReceivableNetOfDeferredIncome, the loans held for investment as a whole (112,661 +
    # 763,549,261 of them): a part beside "Other Loans Held for Investment", like that one, is the company's own
    facts = _facts(tmp_path, FDVA_ASSETS, "fdva.html")
    by_label = {r["label"]: r["concept"] for r in facts}
    assert not by_label["PPP Loans Held for Investment"].startswith("us-gaap:")
    assert not by_label["Other Loans Held for Investment"].startswith("us-gaap:")


# United Fire Group Q4 2024 (GLOBE NEWSWIRE via Reuters; lines 147-158): investment results
UFG_INVESTMENT = """\
| Investment Results | | | | | | | | | | | | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| (Unaudited) | Three Months Ended December 31, | | | | | | |  | Twelve Months Ended December 31, | | | | | | |
| (In thousands) |  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |
| Investment income: |  | | |  |  | | |  |  | | |  |  | | |
| Interest on fixed maturities | $ | 19,877 |  |  | $ | 15,051 |  |  | $ | 69,703 |  |  | $ | 56,243 |  |
| Dividends on equity securities |  | — |  |  |  | 481 |  |  |  | 341 |  |  |  | 3,548 |  |
| Income (loss) on other long-term investments |  | 2,150 |  |  |  | 3,460 |  |  |  | 7,939 |  |  |  | (31 | ) |
| Other |  | 3,692 |  |  |  | 2,456 |  |  |  | 14,951 |  |  |  | 9,324 |  |
| Total investment income | $ | 25,719 |  |  | $ | 21,448 |  |  | $ | 92,934 |  |  | $ | 69,084 |  |
| Less investment expenses |  | 2,562 |  |  |  | 2,350 |  |  |  | 10,947 |  |  |  | 9,478 |  |
| Net investment income | $ | 23,157 |  |  | $ | 19,098 |  |  | $ | 81,987 |  |  | $ | 59,606 |  |
"""


def test_a_total_above_less_and_net_is_the_amount_before_the_deduction(tmp_path):
    # "Total investment income" 25,719 had been us-gaap:InvestmentIncomeNet; "Less investment expenses" 2,562 and
    # "Net investment income" 23,157 follow (25,719 - 2,562 = 23,157): the gross amount
    text = "# United Fire Group, Inc. Reports Fourth Quarter 2024 Results\n\nUnited Fire Group, Inc. (Nasdaq: UFCS) today reported.\n\n" + UFG_INVESTMENT
    got = _plain(_facts(tmp_path, text, "ufg.md"))
    assert ("2024-10-01", "2024-12-31", "25719000") in got["us-gaap:GrossInvestmentIncomeOperating"]
    assert ("2024-10-01", "2024-12-31", "25719000") not in got.get("us-gaap:InvestmentIncomeNet", set())
    from prxbrl.mapping.deductions import before_deduction
    labels = ("Total investment income", "Less investment expenses", "Net investment income")
    assert before_deduction("us-gaap:InvestmentIncomeNet", labels[0], labels, 0)[0] == "us-gaap:GrossInvestmentIncomeOperating"
    assert before_deduction("us-gaap:InvestmentIncomeNet", labels[2], labels, 2) == ("us-gaap:InvestmentIncomeNet", None)


def test_the_residual_other_line_is_no_element_that_names_no_other(tmp_path):
    # "Other" under "Investment income:" (3,692 beside interest, dividends and other long-term investments) had been
    # us-gaap:InvestmentIncomeInterestAndDividend, then us-gaap:NonoperatingIncomeExpense, which five and more filers
    # label "Other investment income": wholes or other lines of the heading, never its rest. No element is the rest of
    # investment income: the company's own line item
    text = "# United Fire Group, Inc. Reports Fourth Quarter 2024 Results\n\nUnited Fire Group, Inc. (Nasdaq: UFCS) today reported.\n\n" + UFG_INVESTMENT
    facts = _facts(tmp_path, text, "ufg.md")
    other = {r["concept"] for r in facts if r["label"] == "Other"}
    assert other == {"ufcs:InvestmentIncomeOther"}  # the ticker names the extension
    from prxbrl.mapping.indexed import _names_other, _residual_only
    assert _residual_only("Other") and _residual_only("Other, net") and not _residual_only("Other income")
    assert _names_other("us-gaap:OtherNonoperatingIncomeExpense") and not _names_other("us-gaap:NonoperatingIncomeExpense")


def test_a_rule_section_is_matched_at_a_words_start():
    # Strattec Q4 FY2026: "Deferred income taxes" under "Noncurrent Assets:" had matched the rule of section
    # "current assets" (ext:DeferredTaxAssetsCurrent)
    from prxbrl.mapping.rules import match
    assert match("deferred income taxes", "balance_sheet", "noncurrent assets:").rule.concept == "us-gaap:DeferredIncomeTaxAssetsNet"
    assert match("deferred income taxes", "balance_sheet", "non - current assets").rule.concept == "us-gaap:DeferredIncomeTaxAssetsNet"
    assert match("deferred income taxes", "balance_sheet", "current assets:").rule.concept == "ext:DeferredTaxAssetsCurrent"
