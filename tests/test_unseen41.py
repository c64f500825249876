"""Releases the converter had never seen (unseen41-43), their wrong facts each at its mechanism.

- PhenixFIN Q1 FY2025, a business development company (GLOBE NEWSWIRE via Reuters, zhigehe/bulwark: its statement of
  operations, tests/fixtures/phenixfin-q1-fy2025-operations.md).
- Farmers and Merchants Bancshares FY2024, a bank (the same source: its statement of income,
  tests/fixtures/fmbancshares-fy2024-income.md).
- Intelligent Bio Solutions Q2 FY2025 (the same source: its balance sheet and statement of operations and
  comprehensive loss, tests/fixtures/inbs-q2-fy2025-statements.md).
- Imperial Petroleum Q4 2024 (the same source: its reconciliation of adjusted net income and EBITDA,
  tests/fixtures/imperial-petroleum-q4-2024-reconciliation.md).
- Gladstone Investment Q3 FY2025 (tests/fixtures/gladstone-fy25q3-summary.md).
- Freshworks Q4 2024 (the same source: its reconciliation of GAAP to non-GAAP measures,
  tests/fixtures/freshworks-q4-2024-reconciliation.md).
- Label-to-concept reading of "Gross loss" (benchmarks/label_accuracy.py's development sets had no such row)."""

from conftest import ROOT, plain_facts

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.signs import extension_balance
from prxbrl.tables.columns import label_unit

FIXTURES = ROOT / "tests" / "fixtures"


def _by(facts, label):
    return {(r["concept"], r["period_start"], r["period_end"]): r["value"] for r in facts if r["label"] == label}


def test_an_investment_companys_gains_before_its_result_are_no_other_comprehensive_income(tmp_path):
    # "Total net change in unrealized gains (losses) | (329,986) | 2,595,133" before "Net Increase (Decrease) in Net
    # Assets Resulting from Operations" had been OtherComprehensiveIncomeUnrealizedHoldingGainLossOnSecurities...; and
    # "Controlled investments (249,338)" under it had been +249,338, added into that credit total as a debit extension
    # (its label's "investments" read as an asset)
    facts = plain_facts(FIXTURES / "phenixfin-q1-fy2025-operations.md", tmp_path / "out")
    assert not [r for r in facts if "OtherComprehensive" in r["concept"]]
    controlled = {r["value"] for r in facts if r["label"].endswith("Controlled investments") and "Unrealized" in r["concept"]}
    assert controlled == {"-249338", "-1200373"}
    # "Cash | 2,824,594" under "Interest Income:" / "Non-controlled, non-affiliated investments:" is interest received
    # in cash, no us-gaap:PaymentsToAcquireEquityMethodInvestments
    assert not [r for r in facts if r["concept"].startswith(("us-gaap:Payments", "us-gaap:Proceeds"))]
    assert {r["value"] for r in facts if r["label"].endswith("Cash") and r["period_start"] == "2024-10-01"} >= {"2824594"}


def test_an_income_statements_label_names_no_balance_by_the_object_of_its_income():
    # in an income statement "investments", "deposits", "payment" name what an income or a cost is of
    assert extension_balance("Net change in unrealized gains (losses) Controlled investments", income=True) == "credit"
    assert extension_balance("Service charges on deposit accounts", income=True) is None
    assert extension_balance("Payment in-kind", income=True) is None
    assert extension_balance("Dividend income Non-controlled, non-affiliated investments", income=True) == "credit"
    # elsewhere they still name the balance (a segment's assets), and an income statement's costs stay debits
    assert extension_balance("Service charges on deposit accounts") == "debit"
    assert extension_balance("Loss on sale of investments", income=True) == "debit"


def test_a_row_under_expenses_that_names_no_gain_is_an_expense(tmp_path):
    # "Other real estate owned, net | 75,996 | (235,538)" under "Noninterest expense" had been
    # us-gaap:GainsLossesOnSalesOfOtherRealEstate, a gain of 75,996
    facts = plain_facts(FIXTURES / "fmbancshares-fy2024-income.md", tmp_path / "out")
    oreo = _by(facts, "Other real estate owned, net")
    assert oreo[("us-gaap:ForeclosedRealEstateExpense", "2024-10-01", "2024-12-31")] == "75996"
    assert oreo[("us-gaap:ForeclosedRealEstateExpense", "2023-01-01", "2023-12-31")] == "-235538"
    assert not [c for c, *_ in oreo if "Gain" in c]
    ctx = Context(statement="I", period="d", unit="money", section=("Noninterest expense",))
    assert choose("Other real estate owned, net", ctx).qname == "us-gaap:ForeclosedRealEstateExpense"


def test_equity_after_the_parents_and_the_noncontrolling_interest_includes_it(tmp_path):
    # "Total consolidated Intelligent Bio Solutions Inc. equity 4,366,040" / "Non-controlling interest (162,652)" /
    # "Total shareholders' equity 4,203,388": both totals had been StockholdersEquity, and all four figures left out
    facts = plain_facts(FIXTURES / "inbs-q2-fy2025-statements.md", tmp_path / "out")
    assert _by(facts, "Total consolidated Intelligent Bio Solutions Inc. equity")[("us-gaap:StockholdersEquity", "", "2024-12-31")] == "4366040"
    total = _by(facts, "Total shareholders’ equity")
    assert total[("us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "", "2024-12-31")] == "4203388"
    assert total[("us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "", "2024-06-30")] == "8183191"
    # "Comprehensive loss attributable to non-controlling interest (7,327)" had been +7,327 ("positive by nature");
    # "Comprehensive loss attributable to Intelligent Bio Solutions Inc. (2,392,635)" an extension of +2,392,635
    nci = _by(facts, "Comprehensive loss attributable to non-controlling interest")
    assert nci[("us-gaap:ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest", "2024-10-01", "2024-12-31")] == "-7327"
    parent = _by(facts, "Comprehensive loss attributable to Intelligent Bio Solutions Inc.")
    assert parent[("us-gaap:ComprehensiveIncomeNetOfTax", "2024-10-01", "2024-12-31")] == "-2392635"
    assert parent[("us-gaap:ComprehensiveIncomeNetOfTax", "2023-07-01", "2023-12-31")] == "-4337728"


def test_a_label_of_comprehensive_income_is_no_net_income():
    ctx = Context(statement="I", period="d", unit="money", labels=("Comprehensive income attributable to Acme Inc.",), position=0, nci=True)
    assert choose("Comprehensive income attributable to Acme Inc.", ctx).qname == "us-gaap:ComprehensiveIncomeNetOfTax"


def test_counts_of_vessels_and_days_are_no_money():
    # Imperial Petroleum's fleet data, in a table that prints no currency: had been USD
    assert label_unit("Average number of vessels (1)") == "count"
    assert label_unit("Period end number of owned vessels in fleet") == "count"
    assert label_unit("Total calendar days for fleet (2)") == "count"
    assert label_unit("Total spot market days for fleet (6)") == "count"
    # loans by how long they are past due, and money of a number of things, stay money
    assert label_unit("Loans 90 days or more past due") is None
    assert label_unit("Revenue per number of days") is None


def test_a_heading_of_balances_over_a_periods_column(tmp_path):
    # Gladstone's "As of:" over "Total investments, at fair value | $ | 1,072,230 | ... | 853,307" had given flows over
    # the quarters (an extension of duration): balances at December 31 and September 30, 2024
    facts = plain_facts(FIXTURES / "gladstone-fy25q3-summary.md", tmp_path / "out")
    inv = _by(facts, "Total investments, at fair value")
    assert inv == {("us-gaap:InvestmentOwnedAtFairValue", "", "2024-12-31"): "1072230000",
                   ("us-gaap:InvestmentOwnedAtFairValue", "", "2024-09-30"): "853307000"}
    nav = _by(facts, "Net asset value per common share")
    assert nav == {("us-gaap:NetAssetValuePerShare", "", "2024-12-31"): "13.30", ("us-gaap:NetAssetValuePerShare", "", "2024-09-30"): "12.49"}
    # the income above it, under "For the quarter ended:", stays the quarters' flows
    income = _by(facts, "Total investment income")
    assert {(k[1], k[2], v) for k, v in income.items()} == {("2024-10-01", "2024-12-31", "21371000"), ("2024-07-01", "2024-09-30", "22565000")}


def test_a_loss_of_a_result_is_the_result():
    # "Gross loss" had been us-gaap:DebtSecuritiesAvailableForSaleRealizedLoss (10 filers' "Gross loss" in notes of
    # securities sold)
    ctx = Context(statement="I", period="d", unit="money")
    assert choose("Gross loss", ctx).qname == "us-gaap:GrossProfit"
    assert choose("Operating loss", ctx).qname == "us-gaap:OperatingIncomeLoss"
    # not a gain's or an income's loss that names it ("Derivative fair value (gain) loss", "Loss on investments, net")
    assert choose("Loss on investments, net", ctx).qname != "us-gaap:NetInvestmentIncome"
    assert choose("Other loss", ctx).qname != "us-gaap:OtherNonoperatingIncome"


def test_a_bank_line_names_its_loans_and_securities():
    # F&M Bancshares FY2024's noninterest income: "Gain on sale of SBA loans" had been GainLossOnSaleOfMortgageLoans
    # (filers' "Gain on loan sale"), "Fair value adjustment of equity security" GainLossOnDerivativeInstrumentsNetPretax
    ctx = Context(statement="I", period="d", unit="money", section=("Noninterest income",))
    assert choose("Gain on sale of SBA loans", ctx).qname != "us-gaap:GainLossOnSaleOfMortgageLoans"
    assert choose("Fair value adjustment of equity security", ctx).qname != "us-gaap:GainLossOnDerivativeInstrumentsNetPretax"
    # a bank's mortgage banking keeps its elements where the label says what they are of
    cf = Context(statement="C", period="d", unit="money")
    assert choose("Proceeds from sales of mortgage loans held for sale", cf).qname == "us-gaap:ProceedsFromSaleOfMortgageLoansHeldForSale"


def test_a_total_that_starts_from_net_income_is_no_breakdown(tmp_path):
    # Imperial Petroleum Q4 2024: "Net income" / "Less/Plus net (gain)/loss on sale of vessel" / "Plus impairment loss" /
    # "Plus share based compensation" = "Adjusted Net Income": the adjustments had been members of srt:ProductOrServiceAxis
    # of Adjusted Net Income's concept
    facts = plain_facts(FIXTURES / "imperial-petroleum-q4-2024-reconciliation.md", tmp_path / "out")
    adjustments = [r for r in facts if r["label"].startswith(("Less/Plus", "Plus ")) and "AdjustedNetIncome" in r["concept"]]
    assert len(adjustments) == 12  # the dashes too, zeros
    assert not [r for r in adjustments if any(v for k, v in r.items() if k.endswith("Axis"))]
    assert {r["value"] for r in adjustments if r["label"] == "Plus share based compensation"} == {"752407", "665062", "2434855", "3397082"}


def test_a_word_no_filer_prints_names_a_part_of_a_total():
    # PhenixFIN's "Administrator expenses (see Note 6) | 84,355" among its expenses had been us-gaap:OperatingExpenses
    # (filers' "Expenses", its only other word): a part of the expenses, the company's own line item
    ctx = Context(statement="I", period="d", unit="money", section=("Expenses",))
    assert choose("Administrator expenses (see Note 6)", ctx).qname is None
    # a misspelt word is still its word, and a label of the total stays the total
    assert choose("General and adminstrative expenses", ctx).qname == "us-gaap:GeneralAndAdministrativeExpense"
    assert choose("Total expenses", Context(statement="I", period="d", unit="money", total=True)).qname in (
        "us-gaap:CostsAndExpenses", "us-gaap:OperatingExpenses")


def test_an_adjustment_taken_out_of_several_line_items_is_its_part_in_each(tmp_path):
    # "Employer payroll taxes on employee stock transactions" adjusts gross profit (13), research and development (30),
    # sales and marketing (241), ...: one extension of no location had read the part in cost of revenue as the whole,
    # and the other parts, printing other figures, had been left out as disagreeing
    facts = plain_facts(FIXTURES / "freshworks-q4-2024-reconciliation.md", tmp_path / "out")
    axis = "us-gaap:IncomeStatementLocationAxis"
    taxes = {(r[axis], r["value"]) for r in facts if r["label"] == "Employer payroll taxes on employee stock transactions"
             and r["period_start"] == "2024-10-01"}
    assert taxes >= {("us-gaap:CostOfSalesMember", "13000"), ("us-gaap:ResearchAndDevelopmentExpenseMember", "30000"),
                     ("us-gaap:SellingAndMarketingExpenseMember", "241000"), ("us-gaap:GeneralAndAdministrativeExpenseMember", "150000")}
    # no part without the line item it is recorded in: the one amount of no location is the whole, taken out of the
    # operating loss (13 + 30 + 241 + 150 = 434)
    assert {v for m, v in taxes if not m} <= {"434000"}
    amortization = {(r[axis], r["value"]) for r in facts if r["label"] == "Amortization of acquired intangibles"
                    and r["period_start"] == "2024-01-01"}
    assert ("us-gaap:CostOfSalesMember", "2927000") in amortization and ("us-gaap:SellingAndMarketingExpenseMember", "5233000") in amortization
    assert ("", "2927000") not in amortization  # the part in cost of revenue is no total


def test_a_reconciliation_takes_out_the_statements_line_item_of_its_label(tmp_path):
    # Kimco Realty Q4 2024 (zhigehe/bulwark, GLOBE NEWSWIRE: its statement of income and reconciliation to FFO,
    # tests/fixtures/kimco-q4-2024-income-ffo.md): the FFO reconciliation's "Gain on sale of properties | (330) |
    # (22,600) | (1,274) | (74,976)" had been the company's own credit "GainOnSaleOfProperties" of -330 (a loss), beside
    # the statement's us-gaap:GainLossOnSaleOfProperty of +330: it is that gain taken out
    facts = plain_facts(FIXTURES / "kimco-q4-2024-income-ffo.md", tmp_path / "out")
    gains = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["label"] == "Gain on sale of properties"}
    assert gains == {("us-gaap:GainLossOnSaleOfProperty", "2024-10-01", "330000"), ("us-gaap:GainLossOnSaleOfProperty", "2023-10-01", "22600000"),
                     ("us-gaap:GainLossOnSaleOfProperty", "2024-01-01", "1274000"), ("us-gaap:GainLossOnSaleOfProperty", "2023-01-01", "74976000")}
    assert not [r for r in facts if r["concept"].endswith(":GainOnSaleOfProperties")]


def test_rows_adding_into_a_measure_by_segment_are_its_segments(tmp_path):
    # Air T Q3 FY2025 (tests/fixtures/airt-q3-fy2025-adjusted-ebitda.md): "The following table shows the Company's
    # Adjusted EBITDA by segment ...", "Overnight Air Cargo 1,981" ... "Adjusted EBITDA 2,692": the segments' rows had
    # been four line items of the company's own ("Ground Equipment Sales" reads as a revenue), of no segment
    facts = plain_facts(FIXTURES / "airt-q3-fy2025-adjusted-ebitda.md", tmp_path / "out")
    axis = "us-gaap:StatementBusinessSegmentsAxis"
    q3 = {(r["concept"], r[axis]): r["value"] for r in facts if r["period_start"] == "2024-10-01" and r["label"] != "Operating income (loss)"}
    assert q3[("prx:AdjustedEBITDA", "air:GroundEquipmentSalesMember")] == "223000"
    assert q3[("prx:AdjustedEBITDA", "air:CorporateAndOtherMember")] == "-2460000"
    assert q3[("prx:AdjustedEBITDA", "")] == "2692000"
    assert not [c for c, _ in q3 if c in ("air:GroundEquipmentSales", "air:OvernightAirCargo")]


def test_a_term_no_line_of_a_table_of_balances_says():
    # F&M Bancshares FY2024's selected data "AT PERIOD END" / "Borrowings | 10,564,103 | 57,972,871 | 40,270,945"
    # (repurchase agreements and advances) had been us-gaap:LongTermDebtNoncurrent, though no line says a term
    labels = ("Total assets", "Loans", "Deposits", "Borrowings", "Stockholders' equity")
    ctx = Context(statement="", period="i", unit="money", section=("AT PERIOD END",), labels=labels, position=3)
    assert choose("Borrowings", ctx).qname == "us-gaap:DebtAndCapitalLeaseObligations"
    # a table that says a term somewhere leaves the index's reading to the terms it prints
    ctx = Context(statement="", period="i", unit="money", section=("AT PERIOD END",), labels=labels + ("Long-term debt",), position=3)
    assert choose("Borrowings", ctx).qname == "us-gaap:LongTermDebtNoncurrent"


def test_an_expense_and_an_income_netted_name_no_balance():
    # Kimco Q4 2024's "Interest expense and other income, net | 66,032" (a net expense added back) had been a credit
    # extension: +66,032 read as an income
    assert extension_balance("Interest expense and other income, net", income=True) is None
    assert extension_balance("Interest and other income", income=True) == "credit"
    assert extension_balance("Costs and expenses", income=True) == "debit"
