"""Releases the converter had never seen (unseen56-59), their wrong and lost facts each at its mechanism.

- Spire Healthcare FY2024, IFRS, GBP (tests/fixtures/spire-fy2024-company-and-group-balance-sheets.md): the parent
  company's balance sheet ("# Company Balance Sheet", headed "| | Note | 2024 £m | 2023 £m |") beside the group's.
- EDGAR exhibits rendered one cell a line (excerpts as stored): Rubio's Restaurants Q1 2005
  (tests/fixtures/rubios-q1-2005-operations.txt), whose statement states no scale but whose sentences print its figures
  ("Revenues rose 0.7% to $33.8 million"); 21st Century Insurance Q4 2004 (tests/fixtures/21stcentury-q4-2004-operations.txt),
  headed "QTD December 31," / "YTD December 31,"; Luby's Q1 FY2009 (tests/fixtures/lubys-q1-fy2009-operations.txt),
  quarters of "(84 days)" and no title over its statement.
- SBFC Finance Q3 FY2026, an Indian results statement converted from PDF (tests/fixtures/sbfc-q3-fy2026-results.md):
  "|-|-|" under its header, a "Sr. No." column, "|Quarter ended|||Nine months ended||Year ended|" over six dates.
- UltraTech Cement Q3 FY2026, an Indian results statement converted from PDF (tests/fixtures/ultratech-q3-fy2026-results.md):
  "₹ in Crores", serial numbers "|1|Revenue from Operations|", dates "31/12/2025" under "|Three Months Ended|||Nine
  Months Ended|||Year Ended|||".
- Adaptive Biotechnologies Q4 2024 (tests/fixtures/adaptive-q4-2024-operations-segments.md): its statement of
  operations and a segment table, "| | MRD | | Immune Medicine | | Unallocated Corporate | | Total |" under "Three
  Months Ended December 31, 2024", with a reconciliation of net loss to adjusted EBITDA in it.
- Clairvest Q3 FY2025, IFRS, CAD (tests/fixtures/clairvest-q3-fy2025.md): "Net income (loss) and comprehensive income
  (loss)"."""

from decimal import Decimal

from conftest import ROOT, plain_facts

from prxbrl.periods import duration_of, find_period_exprs
from prxbrl.tables.prose_scale import prose_amounts

from prxbrl.tables.flat_headers import order_phrases
from prxbrl.tables.rows import Row

FIXTURES = ROOT / "tests" / "fixtures"
PARENT = "srt:ConsolidatedEntitiesAxis"


def test_parent_company_statement_beside_the_group(tmp_path):
    # both balance sheets print "Total assets" at 31 December 2024 (1,318.8 the company's, 2,343.2 the group's): they
    # had disputed one fact and both been left out; the company's is the parent's own, srt:ParentCompanyMember
    facts = plain_facts(FIXTURES / "spire-fy2024-company-and-group-balance-sheets.md", tmp_path / "out")
    assets = {(r[PARENT], r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:Assets"}
    assert assets == {("srt:ParentCompanyMember", "2024-12-31"): "1318800000", ("srt:ParentCompanyMember", "2023-12-31"): "1247400000",
                      ("", "2024-12-31"): "2343200000", ("", "2023-12-31"): "2288100000"}
    # every fact of the company's table is the parent's, none of the group's is
    assert {r[PARENT] for r in facts if r["source_line"] and int(r["source_line"]) < 35} == {"srt:ParentCompanyMember"}
    assert {r[PARENT] for r in facts if r["source_line"] and int(r["source_line"]) > 35} == {""}


def test_a_year_and_its_unit_in_one_cell_head_one_column(tmp_path):
    # "| | Note | 2024 £m | 2023 £m |" under "As at 31 December 2024": two columns, each a year in pounds sterling
    # millions (its cells had been read as four phrases over two columns, and no figure had a period)
    row = Row(line=5, kind="text", label="Note 2024 £m 2023 £m", label_span=None, cells=[],
              fragments=[("Note", None, (4.0, 8.0)), ("2024 £m", None, (11.0, 18.0)), ("2023 £m", None, (21.0, 28.0))])
    assert order_phrases(row) == (["2024 £m", "2023 £m"], ["Note"])
    facts = plain_facts(FIXTURES / "spire-fy2024-company-and-group-balance-sheets.md", tmp_path / "out")
    investments = {(r["concept"], r["period_end"], r["unit"]): r["value"] for r in facts if r["label"] == "Investments"}
    assert investments == {("us-gaap:LongTermInvestments", "2024-12-31", "iso4217:GBP"): "843700000",
                           ("us-gaap:LongTermInvestments", "2023-12-31", "iso4217:GBP"): "840600000"}


def _values(facts, label, concept=None):
    return {(r["concept"], r["period_start"], r["period_end"]): r["value"] for r in facts
            if r["label"] == label and (concept is None or r["concept"] == concept)}


def test_the_scale_the_release_sentences_print(tmp_path):
    # "Net income increased 15.1% to $489,000" and "Revenues rose 0.7% to $33.8 million" over a statement that prints
    # "NET INCOME 489" and "TOTAL REVENUES 33,757" and states no scale: thousands (they had been 489 dollars)
    facts = plain_facts(FIXTURES / "rubios-q1-2005-operations.txt", tmp_path / "out")
    assert _values(facts, "TOTAL REVENUES", "us-gaap:Revenues")[("us-gaap:Revenues", "2004-12-27", "2005-03-27")] == "33757000"
    net = [r for r in facts if r["concept"] == "us-gaap:NetIncomeLoss" and r["period_start"] == "2004-12-27"]
    assert [r["value"] for r in net] == ["489000"]
    # "SHARES USED IN CALCULATING NET" / "INCOME PER SHARE:" is one heading: its "Basic 9,311" is a count of shares, in
    # thousands as the per-share arithmetic says (489,000 / 9,311,000 = 0.053); it had been an amount per share, and
    # the earnings per share lost to the dispute
    shares = _values(facts, "Basic", "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic")
    assert shares[("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2004-12-27", "2005-03-27")] == "9311000"
    assert _values(facts, "Basic", "us-gaap:EarningsPerShareBasic")[("us-gaap:EarningsPerShareBasic", "2004-12-27", "2005-03-27")] == "0.053"
    # an amount of fewer than three significant figures ("$2.7 million") is no evidence
    amounts = prose_amounts(["EBITDA increased by 7.1% to $2.7 million as compared to $2.5 million.",
                             "Revenues rose 0.7% to $33.8 million, a first quarter record.", "Net income was $489,000."])
    assert [(v, step) for v, step, _, _ in amounts] == [(Decimal("33800000"), Decimal("100000")), (Decimal("489000"), Decimal("1000"))]


def test_quarter_and_year_to_date_heads(tmp_path):
    # "QTD December 31," and "YTD December 31," over "2004 2003 2004 2003": the quarters and the years to date, never
    # segments "Qtd" and "Ytd" at instants (46 of 54 figures had been lost as flows at a point in time)
    assert [(e.kind, e.groups.get("md")) for e in find_period_exprs("QTD December 31,")] == [("quarter_ended", "December 31")]
    assert [(e.kind, e.groups.get("md")) for e in find_period_exprs("YTD December 31,")] == [("year_to_date", "December 31")]
    facts = plain_facts(FIXTURES / "21stcentury-q4-2004-operations.txt", tmp_path / "out")
    earned = _values(facts, "Net premiums earned")
    assert earned == {("us-gaap:PremiumsEarnedNet", "2004-10-01", "2004-12-31"): "334989000",
                      ("us-gaap:PremiumsEarnedNet", "2003-10-01", "2003-12-31"): "310330000",
                      ("us-gaap:PremiumsEarnedNet", "2004-01-01", "2004-12-31"): "1313670000",
                      ("us-gaap:PremiumsEarnedNet", "2003-01-01", "2003-12-31"): "1172677000"}
    assert not any(k for r in facts for k, v in r.items() if k.endswith("Axis") and v)


def test_costs_beside_a_profit_are_no_parts_of_the_revenue(tmp_path):
    # "Net premiums earned" = "Loss and loss adjustment expenses" + "Underwriting expenses" + "Underwriting profit":
    # the revenue less its costs read upside down; the losses had been us-gaap:PremiumsEarnedNet of a product "Loss
    # and loss adjustment expenses"
    facts = plain_facts(FIXTURES / "21stcentury-q4-2004-operations.txt", tmp_path / "out")
    losses = _values(facts, "Loss and loss adjustment expenses")
    assert losses[("us-gaap:PolicyholderBenefitsAndClaimsIncurredNet", "2004-10-01", "2004-12-31")] == "249412000"
    assert {c for c, _, _ in losses} == {"us-gaap:PolicyholderBenefitsAndClaimsIncurredNet"}


def test_a_length_in_days_under_the_quarter(tmp_path):
    # "Quarter Ended" / "November 19," / "2008" / "(84 days)": twelve weeks, 2008-08-28 to 2008-11-19 (the release had
    # been refused, then read as the three months from 2008-08-20)
    assert [duration_of(e) for e in find_period_exprs("(84 days)")] == [("weeks", 12)]
    facts = plain_facts(FIXTURES / "lubys-q1-fy2009-operations.txt", tmp_path / "out")
    sales = _values(facts, "TOTAL SALES")
    assert sales == {("us-gaap:Revenues", "2008-08-28", "2008-11-19"): "68947", ("us-gaap:Revenues", "2007-08-30", "2007-11-21"): "73362"}
    # no title names the statement, but its lines are an income statement's: "Payroll and related costs" is the
    # expense over the quarter, not us-gaap:EmployeeRelatedLiabilitiesCurrent at its end; "Income (loss) before income
    # taxes and discontinued operations" is the continuing operations' income before tax
    payroll = _values(facts, "Payroll and related costs")
    assert payroll[("us-gaap:LaborAndRelatedExpense", "2008-08-28", "2008-11-19")] == "24643"
    pretax = _values(facts, "Income (loss) before income taxes and discontinued operations")
    assert {c for c, _, _ in pretax} == {"us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"}


def test_an_indian_results_statement_converted_from_pdf(tmp_path):
    # "|-|-|-|" (one hyphen a cell) under the header had refused the release; "|(II)|Other income|2.48|" had lost its
    # label to the serial number; "|Quarter ended|||Nine months ended||Year ended|" over six dates heads three, two and
    # one of them (the quarter of 2024 had been nine months, the nine months of 2024 a calendar year)
    facts = plain_facts(FIXTURES / "sbfc-q3-fy2026-results.md", tmp_path / "out")
    interest = _values(facts, "(a) Interest income")
    assert sorted((s, e) for _, s, e in interest) == [("2024-04-01", "2024-12-31"), ("2024-04-01", "2025-03-31"), ("2024-10-01", "2024-12-31"),
                                                      ("2025-04-01", "2025-12-31"), ("2025-07-01", "2025-09-30"), ("2025-10-01", "2025-12-31")]
    assert interest[("us-gaap:InvestmentIncomeInterest", "2024-10-01", "2024-12-31")] == "3073130000"
    assert interest[("us-gaap:InvestmentIncomeInterest", "2024-04-01", "2024-12-31")] == "8669590000"
    other = _values(facts, "(II) Other income")
    assert other[("us-gaap:OtherIncome", "2025-10-01", "2025-12-31")] == "2480000"


def test_segments_named_under_one_period(tmp_path):
    # the segment names under a period over them all had not been read as the header: 161 figures lost, "columns
    # undistinguished"
    facts = plain_facts(FIXTURES / "adaptive-q4-2024-operations-segments.md", tmp_path / "out")
    axis = "us-gaap:StatementBusinessSegmentsAxis"
    revenue = {r[axis]: r["value"] for r in facts if r["concept"] == "us-gaap:Revenues" and r["period_start"] == "2024-10-01"}
    assert revenue == {"": "47459000", "adaptive:MrdMember": "40149000", "adaptive:ImmuneMedicineMember": "7310000",
                       "adaptive:UnallocatedCorporateMember": "0"}
    # "Interest and other income, net | ... | (3,072)" under "Reconciliation of Net Loss to Adjusted EBITDA:" takes the
    # statement's income of 3,072 out: the segment's income is 3,072, not -3,072; and it is the statement's concept
    other = {r[axis]: (r["concept"], r["value"]) for r in facts if r["label"] == "Interest and other income, net" and r["period_start"] == "2024-10-01"}
    assert other["adaptive:UnallocatedCorporateMember"] == ("us-gaap:NonoperatingIncomeExpense", "3072000")
    assert other[""] == ("us-gaap:NonoperatingIncomeExpense", "3072000")
    # one column of the statement's figure under the same label: the statement's line item, the segments' too
    interest = {r[axis]: r["concept"] for r in facts if r["label"] == "Interest expense" and r["period_start"] == "2024-10-01"}
    assert set(interest.values()) == {"us-gaap:InterestExpenseNonoperating"}


def test_net_income_and_comprehensive_income_in_one_line(tmp_path):
    # the line had been the comprehensive income alone: no us-gaap:NetIncomeLoss in the instance
    facts = plain_facts(FIXTURES / "clairvest-q3-fy2025.md", tmp_path / "out")
    line = _values(facts, "Net income (loss) and comprehensive income (loss)")
    assert line[("us-gaap:NetIncomeLoss", "2024-10-01", "2024-12-31")] == "38450000"
    assert line[("us-gaap:ComprehensiveIncomeNetOfTax", "2024-10-01", "2024-12-31")] == "38450000"
    assert line[("us-gaap:NetIncomeLoss", "2023-04-01", "2023-12-31")] == "-29456000"


def test_group_phrases_packed_to_the_left_divide_the_columns_evenly(tmp_path):
    # "| Description | Three Months Ended | Nine Months Ended | | |" over four dates (YETI Q3 2025's layout, its dates
    # here at month ends, as its fiscal calendar comes from the rest of the release): the phrases side by
    # side, the empty cells after them all, head two columns each, not one and three by their cells
    src = tmp_path / "packed.md"
    src.write_text("""# Reconciliation of GAAP to Non-GAAP Financial Information
#### (Unaudited) (In thousands)
| Description | Three Months Ended | Nine Months Ended | | |
|---|---|---|---|---|
| | September 30, 2025 | September 30, 2024 | September 30, 2025 | September 30, 2024 |
| Net sales | $ 487,766 | $ 478,440 | $ 1,284,786 | $ 1,283,333 |
| Gross profit | $ 272,522 | $ 277,727 | $ 731,813 | $ 736,846 |
""", encoding="utf-8")
    facts = plain_facts(src, tmp_path / "out")
    sales = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["label"] == "Net sales"}
    assert sales == {("2025-07-01", "2025-09-30"): "487766000", ("2024-07-01", "2024-09-30"): "478440000",
                     ("2025-01-01", "2025-09-30"): "1284786000", ("2024-01-01", "2024-09-30"): "1283333000"}


def test_an_indian_statement_in_crores_with_serial_numbers(tmp_path):
    # refused before ("no figure could be read": "|1|Revenue from Operations|21,829.68|" read the serial 1 as a figure);
    # a crore is ten million rupees
    facts = plain_facts(FIXTURES / "ultratech-q3-fy2026-results.md", tmp_path / "out")
    revenue = _values(facts, "1 Revenue from Operations")
    assert revenue[("us-gaap:Revenues", "2025-10-01", "2025-12-31")] == "218296800000"
    assert revenue[("us-gaap:Revenues", "2024-04-01", "2024-12-31")] == "528918100000"  # nine months, not a year
    assert revenue[("us-gaap:Revenues", "2024-04-01", "2025-03-31")] == "759551300000"
    # earnings per share under "15 Earnings per equity share (of ₹ 10/- each)": rupees per share, never crores
    basic = _values(facts, "(a) Basic (in ₹)")
    assert basic[("us-gaap:EarningsPerShareBasic", "2025-10-01", "2025-12-31")] == "58.66"
    assert {r["unit"] for r in facts if r["label"] == "(a) Basic (in ₹)"} == {"iso4217:INR/xbrli:shares"}
    # "(Face value ₹ 10/- per share)" states the shares' face value: the paid-up capital is money
    assert {r["unit"] for r in facts if "Paid-up Equity Share Capital" in r["label"]} <= {"iso4217:INR"}
    # Ind AS's "Employee Benefits Expense" is the staff costs, no pension expense; other comprehensive income is no
    # comprehensive income
    assert {r["concept"] for r in facts if r["label"] == "(d) Employee Benefits Expense"} == {"us-gaap:LaborAndRelatedExpense"}
    oci = {r["concept"] for r in facts if r["label"] == "Other Comprehensive Income / (Loss) attributable to Owners of the Parent"}
    assert "us-gaap:ComprehensiveIncomeNetOfTax" not in oci


def test_eps_under_a_numbered_heading(tmp_path):
    # "|(XII)|Earnings per equity share\\*|" over "||\\quad Basic (₹)|1.08|": 1.08 rupees a share (it had been 1,080,000
    # rupees: "\\quad" and the serial number hid the heading's unit)
    facts = plain_facts(FIXTURES / "sbfc-q3-fy2026-results.md", tmp_path / "out")
    basic = {(r["concept"], r["period_start"], r["unit"]): r["value"] for r in facts if r["label"] == "Basic (₹)"}
    assert basic[("us-gaap:EarningsPerShareBasic", "2025-10-01", "iso4217:INR/xbrli:shares")] == "1.08"
    # "(c) Net gain on fair value changes" among the revenue is no other comprehensive income
    assert not any(r["concept"].partition(":")[2].startswith("OtherComprehensive") for r in facts if int(r["source_line"] or 0) < 30)


def test_a_gain_or_loss_printed_under_other_expenses_is_a_loss(tmp_path):
    # "Other expenses:" / "Interest expense, net 12,044,000" / "Change in fair value of compound net derivative liability
    # 1,540,000" / "Total other expenses 13,584,000" (Motorcar Parts Q1 FY2027, tests/fixtures/motorcarparts-q1-fy2027.md):
    # a loss, -1,540,000 of the gain or loss (it had been a gain of 1,540,000)
    facts = plain_facts(FIXTURES / "motorcarparts-q1-fy2027.md", tmp_path / "out")
    change = _values(facts, "Change in fair value of compound net derivative liability")
    assert change == {("us-gaap:DerivativeGainLossOnDerivativeNet", "2026-04-01", "2026-06-30"): "-1540000",
                      ("us-gaap:DerivativeGainLossOnDerivativeNet", "2025-04-01", "2025-06-30"): "-1790000"}


def test_a_comparison_fallen_onto_the_years_line_and_an_opening_balance(tmp_path):
    # Peapack-Gladstone Q2 2025, a newswire copy a cell a line (tests/fixtures/peapack-q2-2025-six-months-and-allowance.md):
    # "For the Six Months EndedJune 30," / "Change" / "2025" / "2024" / "$" / "%" read "Change 2025 2024": the change
    # heads the columns after the years it compares (every six-month figure had been dated a column to the right:
    # 2024's net income the "$ change" -625)
    facts = plain_facts(FIXTURES / "peapack-q2-2025-six-months-and-allowance.md", tmp_path / "out")
    net = _values(facts, "Net income", "us-gaap:NetIncomeLoss")
    assert net == {("us-gaap:NetIncomeLoss", "2025-01-01", "2025-06-30"): "15536000",
                   ("us-gaap:NetIncomeLoss", "2024-01-01", "2024-06-30"): "16161000"}
    # "Beginning of quarter | $ 75,150" under "June 30, 2025" (an allowance's roll-forward): a balance at the quarter's
    # start, which a column dated at its end does not give; no fact (it had been the balance at June 30, 2025)
    opening = [r for r in facts if r["label"] == "Beginning of quarter"]
    assert opening == []


def test_dated_groups_from_the_dates_under_them():
    from prxbrl.tables.group_spans import dated_groups

    # SBFC's and UltraTech's header lines: three quarters, two nine months and a year, not two columns each
    groups = ["Quarter ended", "Nine months ended", "Year ended"]
    dates = ["December 31, 2025", "September 30, 2025", "December 31, 2024", "December 31, 2025", "December 31, 2024", "March 31, 2025"]
    even = [[0, 1], [2, 3], [4, 5]]
    assert dated_groups(groups, dates, even) == [[0, 1, 2], [3, 4], [5]]
    # an even division that the dates allow stays ("Three Months Ended | Nine Months Ended" over two dates each)
    dates = ["September 30, 2025", "September 30, 2024", "September 30, 2025", "September 30, 2024"]
    assert dated_groups(["Three Months Ended", "Nine Months Ended"], dates, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]
    # phrases that name no length, or dates that are not read, say nothing
    assert dated_groups(["GAAP", "Non-GAAP"], dates, [[0, 1], [2, 3]]) is None


def test_no_liability_among_the_assets_above_their_total(tmp_path):
    # "Home equity lines of credit | $ 52,434" among Peapack-Gladstone's loans, above "TOTAL ASSETS"
    # (tests/fixtures/peapack-q2-2025-statements-of-condition.md): a loan, no us-gaap:LineOfCredit (a borrowing US GAAP
    # sums into the liabilities)
    facts = plain_facts(FIXTURES / "peapack-q2-2025-statements-of-condition.md", tmp_path / "out")
    heloc = {r["concept"] for r in facts if r["label"] == "Home equity lines of credit"}
    assert heloc and "us-gaap:LineOfCredit" not in heloc
    assert {r["value"] for r in facts if r["label"] == "Home equity lines of credit" and r["period_end"] == "2025-06-30"} == {"52434000"}


def test_a_year_and_its_unit_with_a_comparison_and_minor_units(tmp_path):
    # Fullshare's 2016 highlights (tests/fixtures/fullshare-fy2016-highlights.md), refused before: "| For the year ended
    # 31 December | 2016 RMB (‘000) | 2015 RMB (‘000) | Change |" over "+39.3%"; "(RMB cents)" is a hundredth of the
    # yuan a share (19.15 cents: 0.1915, not 19.15 yuan; a final dividend of 1.5 cents: no 1,500 yuan);
    # "Profit for the period attributable to owners of the company" is the net income
    facts = plain_facts(FIXTURES / "fullshare-fy2016-highlights.md", tmp_path / "out")
    assert _values(facts, "Revenue")[("us-gaap:Revenues", "2016-01-01", "2016-12-31")] == "4311423000"
    eps = {(r["unit"], r["value"]) for r in facts if r["label"] == "Earnings per share (RMB cents)" and r["period_end"] == "2016-12-31"}
    assert eps == {("iso4217:CNY/xbrli:shares", "0.1915")}
    dividend = {(r["unit"], r["value"]) for r in facts if r["label"] == "Final dividend (RMB cents)" and r["period_end"] == "2016-12-31"}
    assert dividend == {("iso4217:CNY/xbrli:shares", "0.015")}
    owners = _values(facts, "Profit for the period attributable to owners of the company")
    assert owners[("us-gaap:NetIncomeLoss", "2016-01-01", "2016-12-31")] == "3105196000"


def test_a_line_break_in_a_markdown_header_cell(tmp_path):
    # "| Millions of Yen<br>(For year ended 31 Mar 2024) |" (HOYA's statements, an OCR's markdown,
    # tests/fixtures/hoya-fy2024-statements.md): the "<br>" is a line break, never a segment "<br>(For"
    facts = plain_facts(FIXTURES / "hoya-fy2024-statements.md", tmp_path / "out")
    members = {v for r in facts for k, v in r.items() if k.endswith("Axis") and v}
    assert not any("Br" in m for m in members)
    assert any(r["concept"] == "us-gaap:ProfitLoss" and r["period_end"] == "2024-03-31" and r["value"] == "182566000000" for r in facts)


def test_average_balances_interest_and_yields_are_measures(tmp_path):
    # "Average Balance | Interest | Average Yield/Rate" under each quarter (Yardville Q4 2002,
    # tests/fixtures/yardville-q4-2002-average-balances.txt): measures, never segments; the yields in percent
    # ("6.89" under "Average Yield/Rate", "%" printed on the first row only: 0.0689, not USD 6,890)
    facts = plain_facts(FIXTURES / "yardville-q4-2002-average-balances.txt", tmp_path / "out")
    assert not any(v for r in facts for k, v in r.items() if k == "us-gaap:StatementBusinessSegmentsAxis")
    loans = {(r["concept"], r["period_start"], r["unit"]): r["value"] for r in facts if r["label"].startswith("Loans")}
    assert loans[("us-gaap:InterestAndFeeIncomeLoansAndLeases", "2002-10-01", "iso4217:USD")] == "20190000"
    assert {(u, v) for (c, s, u), v in loans.items() if s == "2002-10-01" and u == "xbrli:pure"} == {("xbrli:pure", "0.0689")}
    assert not any(u == "iso4217:USD" and v in ("6890", "6890000") for (c, s, u), v in loans.items())


def test_a_table_heads_line_names_no_period_focus(tmp_path):
    # "TOTAL 1998  TOTAL 1999  Q1 2000 ... Q3 2001" (ChoicePoint's operating results by quarter,
    # tests/fixtures/choicepoint-2001q3-quarters.txt): the columns' heads, no headline of a first quarter; the cover facts
    # had said a fiscal year ending June 30 and its first quarter of fiscal 2002
    facts = plain_facts(FIXTURES / "choicepoint-2001q3-quarters.txt", tmp_path / "out")
    dei = {r["concept"]: r["text"] for r in facts if r["concept"].startswith("dei:")}
    assert (dei["dei:DocumentFiscalPeriodFocus"], dei["dei:DocumentFiscalYearFocus"], dei["dei:CurrentFiscalYearEndDate"]) == ("Q3", "2001", "--12-31")
