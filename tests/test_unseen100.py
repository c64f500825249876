"""Releases the converter had never seen (unseen100-103: US releases of 2005-2026 as text, Markdown or a cell a line,
bank releases, releases of companies outside the US) and left-overs of the last stop, their wrong and lost facts each
at its mechanism. Fixtures are the releases' own lines:

- NORMA Group H1 2024 (Markdown converted from a PDF): rows printing no note had their figures moved into the "Note"
  column; "(Un)diluted earnings per share"; the noncontrolling interests' share under "Profit attributable to".
- South Jersey Industries Q1 2015 and Q2 2017 (text): "Cost of Sales - Utility"; a tax benefit added in a loss quarter.
- Astec Industries Q2 2026 (Markdown): "Net income" above the controlling interest's share, "Total operating expenses"
  over SG&A and restructuring, "Cash, cash equivalents and restricted cash", a reconciliation's depreciation, segment
  rows beside change columns above the reconciliation's rows.
- Kojamo H1 2014 (a PDF's text): "1 Jan – 30 June" over the years, "EUR 1,000", blocks of rows apart.
- Utah Medical Q2 2005 (a cell a line): "Earnings Per Share" beside "Shares Outstanding (diluted)".
- A Canadian issuer's Q3 2024 statement (a PDF's text): a label's last word on the line after its figures, parts of
  SG&A under a heading broken over two lines.
- Titan FY2025 and Colgate-Palmolive India FY2025 (Ind AS, Markdown with HTML tables): "(increase)/decrease in trade
  receivables", a balance "as at" a date below the closing cash balance.
"""

from decimal import Decimal

from conftest import ROOT, plain_facts

FIXTURES = ROOT / "tests" / "fixtures"


def test_figures_moved_into_a_note_column_keep_their_periods(tmp_path):
    # "| in EUR thousand | Note | H1 2024 | H1 2023 |" over "| Revenue | (5) | 614,808 | 638,977 |" and "| Gross profit |
    # 351,495 | 343,430 | |": the conversion dropped the empty note cell of the rows without a note, so their 2024
    # figure stood under "Note" and was read as a reference, their 2023 figure dated 2024 (every fact of the
    # statement), and the rows with a note printed "more figures than the columns"
    facts = plain_facts(FIXTURES / "norma-h1-2024-comprehensive-income.md", tmp_path / "out")
    got = {(r["concept"], r["period_start"], r["value"]) for r in facts
           if r["concept"] in ("us-gaap:GrossProfit", "us-gaap:Revenues", "us-gaap:OperatingIncomeLoss")}
    assert got == {("us-gaap:Revenues", "2024-01-01", "614808000"), ("us-gaap:Revenues", "2023-01-01", "638977000"),
                   ("us-gaap:GrossProfit", "2024-01-01", "351495000"), ("us-gaap:GrossProfit", "2023-01-01", "343430000"),
                   ("us-gaap:OperatingIncomeLoss", "2024-01-01", "40917000"), ("us-gaap:OperatingIncomeLoss", "2023-01-01", "39042000")}
    # "(Un)diluted earnings per share (in EUR) | (9) | 0.47 | 0.57": undiluted and diluted, both
    eps = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["concept"].startswith("us-gaap:EarningsPerShare")}
    assert eps == {(c, p, v) for c in ("us-gaap:EarningsPerShareBasic", "us-gaap:EarningsPerShareDiluted")
                   for p, v in (("2024-01-01", "0.47"), ("2023-01-01", "0.57"))}
    # "Profit attributable to" / "Shareholders of the parent company 14,896" / "Non-controlling interests 107": a share
    # attributed, as printed, no deduction of a table that prints its costs negative (it had been -107)
    nci = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetIncomeLossAttributableToNoncontrollingInterest"}
    assert nci == {("2024-01-01", "107000"), ("2023-01-01", "72000")}


def test_a_reference_in_the_note_column_stays_a_reference(tmp_path):
    # rows printing a note keep it a reference where no row's figures were moved: Spotify Q3 2024's "| 2024 | 6 |
    # 201,575,568 | 207,399,501 |" (a year, a note, the basic and diluted share counts) under a second "Note" column of
    # its grid had become share counts of 2,024 and 6
    from prxbrl.tables.pipes import _AMOUNT

    assert _AMOUNT.match("351,495") and _AMOUNT.match("-16,980") and _AMOUNT.match("5,377")
    assert not _AMOUNT.match("(5)") and not _AMOUNT.match("2024") and not _AMOUNT.match("6")
    facts = plain_facts(FIXTURES / "spotify-q3-2024-shares.md", tmp_path / "out")
    counts = {r["value"] for r in facts if r["concept"].startswith("us-gaap:WeightedAverageNumber")}
    assert "2024" not in counts and "6" not in counts


def test_a_cost_of_sales_is_no_revenue(tmp_path):
    # "Cost of Sales - (Excluding depreciation)" / "- Utility 144,974 103,077": found through a few filers' "Utility"
    # it had been us-gaap:RegulatedOperatingRevenueGas, a cost written as revenue
    from prxbrl.mapping.coverage import _direction

    facts = plain_facts(FIXTURES / "sji-q1-2015-operations.txt", tmp_path / "out")
    costs = [r for r in facts if r["label"].startswith("Cost of Sales")]
    assert costs and not any("Revenue" in r["concept"] for r in costs)
    assert _direction("cost sale utility".split()) == -1 and _direction("gain sale".split()) == 1


def test_a_tax_benefit_added_in_the_sum_is_a_benefit(tmp_path):
    # "Losses Before Income Taxes (13,226)" / "Income Taxes 5,544" / ... / "Loss from Continuing Operations (7,612)":
    # the rule that reads "Income taxes" positive by nature and the sum had disagreed, and the tax was lost; a concept of
    # two directions gives way to the sum
    facts = plain_facts(FIXTURES / "sji-q2-2017-operations.txt", tmp_path / "out")
    tax = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:IncomeTaxExpenseBenefit"}
    assert {("2017-04-01", "-5544"), ("2016-04-01", "-7189"), ("2017-01-01", "16326"), ("2016-01-01", "32078")} <= tax


def test_a_rule_of_positive_by_nature_gives_way_to_the_sum_only_on_two_directions():
    from prxbrl.mapping.signs import Sign, from_sum

    rule = Sign(magnitude=True, source="rule", reason="an amount positive by nature")
    printed = [Decimal("5544"), Decimal("7189")]
    tax = from_sum(rule, printed, 1, False, "debit", "us-gaap:IncomeLossFromContinuingOperations", "credit",
                   child="us-gaap:IncomeTaxExpenseBenefit")
    assert tax is not None and tax.negate and not tax.unknown
    cost = from_sum(rule, printed, 1, False, "debit", "us-gaap:OperatingIncomeLoss", "credit", child="us-gaap:CostOfRevenue")
    assert cost is not None and cost.unknown


def test_net_income_above_the_controlling_interests_share_includes_the_other(tmp_path):
    # "Net income | 10.5 | 16.8 | 11.8 | 31.1" / "Net income attributable to controlling interest | 10.5 | 16.7 | 11.8 |
    # 31.0": the first had been NetIncomeLoss and the parent's share an extension
    facts = plain_facts(FIXTURES / "astec-q2-2026-statements.md", tmp_path / "out")
    q2 = {(r["concept"], r["value"]) for r in facts if r["period_start"] == "2025-04-01" and r["source_line"] in ("118", "119")}
    assert q2 == {("us-gaap:ProfitLoss", "16800000"), ("us-gaap:NetIncomeLoss", "16700000")}
    # ... but the common stockholders' share after preferred dividends says nothing of a noncontrolling interest
    from prxbrl.mapping.structural import structural

    labels = ("Income before taxes", "Income taxes", "Net income", "Preferred dividends", "Net income attributable to common stockholders")
    assert structural("us-gaap:NetIncomeLoss", "Net income", labels, 2, None)[0] == "us-gaap:NetIncomeLoss"
    # "Total operating expenses 66.9" over SG&A and restructuring: OperatingExpenses, no bank's NoninterestExpense
    assert {r["concept"] for r in facts if r["label"] == "Total operating expenses"} == {"us-gaap:OperatingExpenses"}
    # "Cash, cash equivalents and restricted cash | 76.8 | 72.0": cash with restricted cash, no restricted cash alone
    cash = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["source_line"] == "210"}
    assert cash == {("us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", "2026-06-30", "76800000"),
                    ("us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", "2025-12-31", "72000000")}
    # the reconciliation of segment EBITDA to income before taxes deducts "Depreciation and amortization (14.4)": an
    # expense of 14.4 (a rule that says nothing of the sign, on an amount positive by nature)
    dda = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:DepreciationDepletionAndAmortization"}
    assert ("2026-04-01", "14400000") in dda and all(not v.startswith("-") for _, v in dda)
    # "2026 | 2025 | $ Change | % Change" over segment rows of four figures and, below them in the same grid, the
    # reconciliation's rows of two, more of them: the segments' figures had "exceeded the table's columns"
    segments = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:Revenues" and r["label"] == "Infrastructure Solutions"}
    assert {("2026-04-01", "228300000"), ("2025-04-01", "204600000")} <= segments


def test_per_share_figure_of_the_only_share_count_the_table_prints(tmp_path):
    # "Earnings Per Share | $ | 0.902" beside "Shares Outstanding (diluted) | 4,277" (net income 3,856 / 4,277): diluted
    from prxbrl.mapping.basic_diluted import _shares_counted

    facts = plain_facts(FIXTURES / "utahmed-q2-2005-highlights.txt", tmp_path / "out")
    eps = {(r["concept"], r["value"]) for r in facts if "EarningsPerShare" in r["concept"]}
    assert eps == {("us-gaap:EarningsPerShareDiluted", "0.902"), ("us-gaap:EarningsPerShareDiluted", "1.456")}
    assert _shares_counted(("Net Income", "Earnings Per Share", "Shares Outstanding (diluted)"), 1) == "Diluted"
    assert _shares_counted(("Net Income", "Earnings Per Share", "Weighted average shares outstanding"), 1) is None
    assert _shares_counted(("Earnings per share", "Basic", "Diluted", "Weighted average shares - diluted"), 0) is None


def test_a_labels_last_word_below_its_figures_and_a_heading_over_two_lines(tmp_path):
    # "Gain on settlement of lease -- -- 391 --" / "liabilities" / "Income from operating activities ...": the lone
    # "liabilities" had become the heading of every row below it. "Selling, general and" / "administrative expenses:" /
    # "Direct costs (13,147) ..." / ... / "Total selling, general and" / "administrative expenses (16,088)": the first
    # part, read by its heading's words, had taken us-gaap:SellingGeneralAndAdministrativeExpense from the total
    facts = plain_facts(FIXTURES / "canadian-issuer-q3-2024-operations.txt", tmp_path / "out")
    assert {r["label"] for r in facts if r["source_line"] == "25"} == {"Gain on settlement of lease liabilities"}
    sga = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:SellingGeneralAndAdministrativeExpense"}
    assert sga == {("2024-07-01", "16088"), ("2023-07-01", "15641"), ("2024-01-01", "53380"), ("2023-01-01", "46187")}


def test_a_change_whose_increase_the_label_puts_in_parentheses(tmp_path):
    # "(increase)/decrease in trade receivables | (95) | (348)": an increase of 95 crore, written -95
    from prxbrl.mapping.signs import parenthesised_direction

    facts = plain_facts(FIXTURES / "titan-fy2025-cash-flows.md", tmp_path / "out")
    ar = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:IncreaseDecreaseInAccountsReceivable"}
    assert ar == {("2024-04-01", "950000000"), ("2023-04-01", "3480000000")}
    assert parenthesised_direction("IncreaseDecreaseInAccountsPayable", "Increase (decrease) in accounts payable") is False
    assert parenthesised_direction("IncreaseDecreaseInInventories", "Decrease/(increase) in inventories") is True


def test_a_balance_as_at_a_date_below_the_closing_cash_balance(tmp_path):
    # "Cash and Cash Equivalents at the End of the Year" / "Bank Balances in:" / ... / "Cash and Cash Equivalents as at
    # March 31, 2025 (Refer Note 9) 66,810": the "as" of "as at" left in its key had found "Net increase in cash"
    # (us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchange-
    # RateEffect of 66,810 for the year); then, by its words alone, a few filers' label of interest on deposits
    from prxbrl.mapping.extension_names import concept_name
    from prxbrl.mapping.labels import label_key

    facts = plain_facts(FIXTURES / "colgateindia-fy2025-cash-flows.md", tmp_path / "out")
    as_at = [r for r in facts if r["label"].startswith("Cash and Cash Equivalents as at")]
    assert as_at and not any(r["concept"].startswith("us-gaap:") for r in as_at), {r["concept"] for r in as_at}
    cash = {(r["period_end"], r["value"]) for r in facts
            if r["concept"] == "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"}
    assert cash == {("2025-03-31", "6681000000"), ("2024-03-31", "8889900000"), ("2023-03-31", "8060600000")}
    assert label_key("Cash and Cash Equivalents as at March 31, 2025 (Refer Note 9)") == "cash cash equivalent"
    assert label_key("Balance as at 31 March 2024") == "balance"
    assert concept_name("Balance as at March 31, 2025") == "Balance"


def test_a_european_income_statement_in_a_pdfs_text(tmp_path):
    # Kojamo H1 2014: "1 Jan – 30 June 1 Jan – 30 June 1 Jan to 31 Dec" over "EUR 1,000 2014 2013 2013", rows in
    # blocks four blank lines apart: refused ("no figure could be read"): the header's days had been read as rows run
    # together, "EUR 1,000" as a row of figures, and the taxes apart from the profit before them
    from prxbrl.periods import find_period_exprs
    from prxbrl.tables.run_on import _periods_only

    facts = plain_facts(FIXTURES / "kojamo-h1-2014-income-statement.txt", tmp_path / "out")
    got = {(r["concept"], r["period_start"], r["period_end"], r["unit"], r["value"]) for r in facts
           if r["concept"] in ("us-gaap:Revenues", "us-gaap:IncomeTaxExpenseBenefit", "us-gaap:NetIncomeLoss")}
    assert {("us-gaap:Revenues", "2014-01-01", "2014-06-30", "iso4217:EUR", "188461000"),
            ("us-gaap:Revenues", "2013-01-01", "2013-12-31", "iso4217:EUR", "346610000"),
            # the tax deducted in a table that prints its deductions negative: an expense
            ("us-gaap:IncomeTaxExpenseBenefit", "2014-01-01", "2014-06-30", "iso4217:EUR", "11098000"),
            # "Minority interest -134" subtracted before "Profit for the period": the parent's share
            ("us-gaap:NetIncomeLoss", "2014-01-01", "2014-06-30", "iso4217:EUR", "40495000")} <= got
    assert [e.kind for e in find_period_exprs("1 Jan – 30 June 1 Jan to 31 Dec")] == ["month_range", "month_range"]
    assert _periods_only("1 Jan – 30 June 1 Jan – 30 June 1 Jan to 31 Dec")
    assert not _periods_only("Net sales 100 90 Cost of sales 60 55 Gross profit 40 35")


def test_a_year_against_another_under_one_period_is_a_change(tmp_path):
    # Cerus Q2 2026's supplemental table: "Three Months Ended | Six Months Ended" / "June 30, | June 30," / "2026 vs. 2025 |
    # 2026 vs. 2025" over growth rates ("North America | 2% | 4%"): 12 facts of a member "Vs" had been written
    facts = plain_facts(FIXTURES / "cerus-q2-2026.md", tmp_path / "out")
    assert not [r for r in facts if any(v.endswith("VsMember") for k, v in r.items() if k.endswith("Axis"))]
    # "Net loss | (2,982" / "Net loss attributable to noncontrolling interest | (42" / "Net loss attributable to Cerus
    # Corporation | (2,940": the interest's share of the loss, as printed (it had been +42 by a rule that took every
    # such label for one printed positive)
    nci = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetIncomeLossAttributableToNoncontrollingInterest"}
    assert nci == {("2026-04-01", "-42000"), ("2025-04-01", "-8000"), ("2026-01-01", "-50000"), ("2025-01-01", "-9000")}


def test_a_contact_list_after_the_last_table_is_no_row(tmp_path):
    # Kentucky First Federal Q2 FY2025: "* P.O. Box 535" / "* Frankfort, KY 40602" after the income statement had been
    # rows of a figure each, and the release refused as truncated ("line 69 has 1 of 4 figures")
    from prxbrl.tables.text_detect import split_line

    facts = plain_facts(FIXTURES / "kffb-q2-fy2025.md", tmp_path / "out")
    income = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:InterestAndDividendIncomeOperating"
              or r["label"] == "Interest Income"}
    assert ("2024-07-01", "9403000") in income
    assert split_line(1, "* P.O. Box 535").kind == "prose" and split_line(1, "* Frankfort, KY 40602").kind == "prose"
    assert split_line(1, "Total deposits 535 600").kind == "data"


def test_the_company_a_wire_header_names_outright(tmp_path):
    # "SOURCE: STEPHEN H. CLARK" / "609-561-9000" / "MARISSA TRAVALINE" / "COMPANY NAME: SOUTH JERSEY INDUSTRIES, INC.":
    # the press contact had been the registrant ("MARISSA TRAVALINE COMPANY"), every extension prefixed "marissa"
    facts = plain_facts(FIXTURES / "sji-q1-2015-operations.txt", tmp_path / "out")
    assert {r["text"] for r in facts if r["concept"] == "dei:EntityRegistrantName"} == {"SOUTH JERSEY INDUSTRIES, INC."}


def test_noncurrent_assets_held_for_sale(tmp_path):
    # Clearfield Q3 FY2026: "Non-current assets held for sale | - | 4,828" had been us-gaap:AssetsNoncurrent (all the
    # noncurrent assets: 0 and 4,828 thousand against totals of 96,201 and 107,685): the noncurrent part of the disposal
    # group's assets
    from prxbrl.tables.columns import label_unit

    facts = plain_facts(FIXTURES / "clearfield-q3-fy2026.md", tmp_path / "out")
    held = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["label"] == "Non-current assets held for sale"}
    assert held == {("us-gaap:DisposalGroupIncludingDiscontinuedOperationAssetsNoncurrent", "2026-06-30", "0"),
                    ("us-gaap:DisposalGroupIncludingDiscontinuedOperationAssetsNoncurrent", "2025-09-30", "4828000")}
    assert not [r for r in facts if r["concept"] == "us-gaap:AssetsNoncurrent" and r["value"] in ("0", "4828000")]
    # a bank's "Full service offices 7" is a count, never 7 thousand dollars; "Corporate offices" a segment of money
    assert label_unit("Full service offices") == "count" and label_unit("Corporate offices") is None
