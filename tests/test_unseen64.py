"""Releases the converter had never seen (unseen64-67), their wrong and lost facts each at its mechanism.

- Chittenden Corporation Q2 2003, EX-99.2 rendered a cell a line (tests/fixtures/chittenden-q2-2003-income.txt):
  "($ in thousands)" over "QTR" nine times, each on a line of its own, over nine quarter-end dates.
- OrganiGram Q3 FY2021, IFRS, a PDF's text (tests/fixtures/organigram-q3-fy2021-financial-position.txt): "(Unaudited -
  expressed in CDN $000’s ...)", "MAY 31, 2021   AUGUST 31," over "2020", labels on a line over their figures.
- Erie Indemnity Q3 2006, EX-99.2 (tests/fixtures/erie-q3-2006-operations.txt): "Three | Three | Nine | Nine" over
  "months", "ended" and "September 30", every label on a line over its figures.
- Kensey Nash, quarter to September 2008 (tests/fixtures/kensey-q1-fy2009-excerpt.txt): a table "($ millions)" of
  product sales before a statement in whole dollars that states no scale.
- Erie Indemnity Q1 2010, EX-99.2 a cell a line (tests/fixtures/erie-q1-2010-operations.txt): "Revenues" and "(As
  adjusted)*" printed in the label column of the header.
- Independent Bank Corporation Q4 2017, asset quality (tests/fixtures/independentbank-q4-2017-asset-quality.txt):
  "As a percent of Portfolio Loans" over rates, "%" printed on the first row only."""

from conftest import ROOT, plain_facts

from prxbrl.mapping.choose import Context, choose

FIXTURES = ROOT / "tests" / "fixtures"


def test_one_header_word_over_every_column_a_line_each(tmp_path):
    # "QTR" nine times had pushed the title and its "($ in thousands)" out of the table: every figure had been written
    # in dollars (Interest on Loans 57,955). The run of one word is one header line; the dates a quarter apart under
    # the statement of income are its quarters
    facts = plain_facts(FIXTURES / "chittenden-q2-2003-income.txt", tmp_path / "out")
    loans = {(r["period_start"], r["period_end"]): r["value"] for r in facts
             if r["concept"] == "us-gaap:InterestAndFeeIncomeLoansAndLeases"}
    assert loans[("2001-04-01", "2001-06-30")] == "57955000"
    assert loans[("2003-04-01", "2003-06-30")] == "52543000"
    borrowings = {r["concept"] for r in facts if r["label"] == "Borrowings"}
    assert borrowings == {"us-gaap:InterestExpenseBorrowings"}


def test_no_expense_under_a_heading_of_income():
    # "Retail Investment services" under "Noninterest Income:" had been us-gaap:SellingExpense by one filer's "Retail"
    ctx = Context(statement="I", period="d", unit="money", section=("Noninterest Income:",))
    assert choose("Retail Investment services", ctx).qname != "us-gaap:SellingExpense"
    # a label that names its loss keeps it
    assert "Gain" in (choose("Loss on sale of securities", ctx).qname or "")


def test_wrapped_year_and_label_lines_of_a_pdf(tmp_path):
    facts = plain_facts(FIXTURES / "organigram-q3-fy2021-financial-position.txt", tmp_path / "out")
    money = [r for r in facts if r["unit"].startswith("iso4217:")]
    # "CDN $000's": Canadian dollars, a bare "$" among them too ("Cash $ 58,392")
    assert money and {r["unit"] for r in money} == {"iso4217:CAD"}
    # "MAY 31, 2021" is its own date; the "2020" wrapped under it is the August column's year
    cash = {r["period_end"]: r["value"] for r in facts if r["label"] == "Cash"}
    assert cash == {"2021-05-31": "58392000", "2020-08-31": "24600000"}
    # "Inventories (Note 8)" over "36,444      66,365": one row
    inventory = {r["period_end"]: r["value"] for r in facts if r["concept"] == "us-gaap:InventoryNet"}
    assert inventory == {"2021-05-31": "36444000", "2020-08-31": "66365000"}
    # "Biological assets" is no us-gaap:Assets; intangible assets with goodwill are no us-gaap:Goodwill
    by_label = {r["label"]: r["concept"] for r in facts}
    assert by_label["Biological assets (Note 7)"] not in ("us-gaap:Assets", "us-gaap:AssetsCurrent")
    assert by_label["Intangible assets and goodwill (Note 10)"] == "us-gaap:IntangibleAssetsNetIncludingGoodwill"


def test_goodwill_and_intangibles_are_neither_alone():
    ctx = Context(statement="B", period="i", unit="money")
    assert choose("Goodwill and other intangible assets", ctx).qname != "us-gaap:Goodwill"
    assert choose("Goodwill and intangible assets, net", ctx).qname == "us-gaap:IntangibleAssetsNetIncludingGoodwill"
    assert choose("Goodwill", ctx).qname == "us-gaap:Goodwill"
    assert choose("Intangible assets, net", ctx).qname == "us-gaap:IntangibleAssetsNetExcludingGoodwill"


def test_period_phrase_stacked_a_word_a_line(tmp_path):
    # refused before: "no figure in them could be read"
    facts = plain_facts(FIXTURES / "erie-q3-2006-operations.txt", tmp_path / "out")
    premiums = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:PremiumsEarnedNet"}
    assert premiums == {("2006-07-01", "2006-09-30"): "53017000", ("2005-07-01", "2005-09-30"): "53908000",
                        ("2006-01-01", "2006-09-30"): "160868000", ("2005-01-01", "2005-09-30"): "161721000"}


def test_no_scale_from_a_table_of_another_size(tmp_path):
    # the statement in whole dollars ("Biomaterial sales $ 12,671,939") had taken the "($ millions)" of the product
    # table before it, ready to write 12.7 trillion dollars
    facts = plain_facts(FIXTURES / "kensey-q1-fy2009-excerpt.txt", tmp_path / "out")
    assert not any(r["value"].lstrip("-").startswith("12671939") and len(r["value"].lstrip("-")) > 8 for r in facts)
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "scale 10^6 taken from table t02" not in report


def test_a_total_closes_its_heading_and_the_headings_inside_it(tmp_path):
    # pre-tax income, the tax and net income had been members of us-gaap:Revenues: "Revenues" stood open over them
    facts = plain_facts(FIXTURES / "erie-q1-2010-operations.txt", tmp_path / "out")
    q1 = [r for r in facts if r["period_start"] == "2010-01-01" and r["unit"] == "iso4217:USD"]
    assert not [r for r in q1 if r["concept"] == "us-gaap:Revenues" and r.get("srt:ProductOrServiceAxis")]
    got = {r["concept"]: r["value"] for r in q1}
    assert got["us-gaap:IncomeTaxExpenseBenefit"] == "66000000"
    assert got["us-gaap:NetIncomeLoss"] == "47000000"


def test_rates_under_as_a_percent_of(tmp_path):
    # "Allowance for loan losses | 1.12" had been us-gaap:LoansAndLeasesReceivableAllowance of 1,120 dollars
    facts = plain_facts(FIXTURES / "independentbank-q4-2017-asset-quality.txt", tmp_path / "out")
    rates = {r["period_end"]: (r["unit"], r["value"]) for r in facts if r["label"] == "Allowance for loan losses"}
    assert rates["2017-12-31"] == ("xbrli:pure", "0.0112")
    assert not any(r["concept"] == "us-gaap:LoansAndLeasesReceivableAllowance" for r in facts)


def test_indian_results_in_rs_crores(tmp_path):
    # IFB Industries Q3 FY2026 (tests/fixtures/ifb-q3-fy2026-results.md), refused before: "Rs. in crores" names the
    # rupee. "3 Total Income (1+2)" adds "2 Other income" as printed (it had been -71,900,000, read as a reconciliation
    # taking other income out of revenue); "Purchases of stock- in- trade" is no share buy-back; "Profit for the year /
    # period" is the profit; "Attributable to:" under it shares out the profit, and under "Total comprehensive income"
    # the comprehensive income
    facts = plain_facts(FIXTURES / "ifb-q3-fy2026-results.md", tmp_path / "out")
    q3 = [r for r in facts if r["period_start"] == "2025-10-01" and r["period_end"] == "2025-12-31"]
    assert {r["unit"].split("/")[0] for r in q3 if r["unit"].startswith("iso4217:")} == {"iso4217:INR"}
    got = {(r["concept"], r["label"]): r["value"] for r in q3}
    assert got[("us-gaap:OtherIncome", "2 Other income")] == "71900000"
    assert got[("us-gaap:ProfitLoss", "11 Profit for the year/period (9 - 10)")] == "239400000"
    assert got[("us-gaap:NetIncomeLoss", "Owners of the parent")] == "239400000"
    assert got[("us-gaap:ComprehensiveIncomeNetOfTax", "Owners of the parent")] == "259100000"
    assert not any("StockRepurchased" in r["concept"] for r in facts)


def test_no_income_tax_for_another_tax():
    # B2Gold Q1 2016: "Provision for non-recoverable input taxes (242)", an operating charge (VAT), had been
    # us-gaap:IncomeTaxExpenseBenefit of -242,000
    ctx = Context(statement="I", period="d", unit="money")
    assert "IncomeTax" not in (choose("Provision for non-recoverable input taxes", ctx).qname or "")
    assert choose("Provision for income taxes", ctx).qname == "us-gaap:IncomeTaxExpenseBenefit"


def test_dotted_dates_and_roman_serials(tmp_path):
    # Chennai Petroleum Q3 FY2026 (tests/fixtures/cpcl-q3-fy2026-results-excerpt.md, the statement's first 55 lines):
    # "31.12.2025" dates had read as no period, and the table as no figure. Serial numbers in a column of their own
    # ("|I|Revenue from Operations|", "||e) Employee benefits expense|") are no words of the label; "a) Cost of materials
    # consumed" is no continuation of the heading "IV Expenses" above it; "c) Changes in inventories (Finished goods and
    # work-in-progress)" is a heading (its serial's ")" balances nothing), and "(Increase)/decrease" under it is the
    # change in inventories
    facts = plain_facts(FIXTURES / "cpcl-q3-fy2026-results-excerpt.md", tmp_path / "out")
    q3 = {(r["concept"], r["label"]): r["value"] for r in facts if (r["period_start"], r["period_end"]) == ("2025-10-01", "2025-12-31")}
    assert q3[("us-gaap:Revenues", "I Revenue from Operations")] == "194383900000"
    assert q3[("us-gaap:OtherIncome", "II Other Income")] == "290100000"
    assert q3[("us-gaap:LaborAndRelatedExpense", "e) Employee benefits expense")] == "1731000000"
    assert q3[("us-gaap:CostDirectMaterial", "a) Cost of materials consumed")] == "132939000000"
    assert q3[("us-gaap:IncreaseDecreaseInInventories", "(Increase)/decrease")] == "-3160400000"
    nine = {r["concept"] for r in facts if (r["period_start"], r["period_end"]) == ("2025-04-01", "2025-12-31")}
    assert "us-gaap:Revenues" in nine


def test_amounts_stated_in_a_currency_by_name():
    from types import SimpleNamespace

    from prxbrl.reporting_currency import reporting_currency

    # Sdiptech FY2024's lines 45-46: "All amounts are presented in millions of Swedish kronor" / "(SEK) unless
    # otherwise stated, and rounding": its tables name no currency, and the release had been refused for want of one
    doc = SimpleNamespace(format="text", lines=["All amounts are presented in millions of Swedish kronor",
                                                "(SEK) unless otherwise stated, and rounding"], paragraphs=[])
    assert reporting_currency(doc, [], []) == "SEK"


def test_a_difference_breaks_nothing_down(tmp_path):
    # Parker Drilling Q3 2006 (tests/fixtures/parker-q3-2006-operations.txt): "DRILLING AND RENTAL OPERATING INCOME"
    # is the revenues less the expenses: its revenue rows had been members of an operating income concept
    facts = plain_facts(FIXTURES / "parker-q3-2006-operations.txt", tmp_path / "parker")
    income = [r for r in facts if r["label"] == "DRILLING AND RENTAL OPERATING INCOME"]
    assert income and all(not r.get("srt:ProductOrServiceAxis") for r in income)
    assert not any(r["concept"] == income[0]["concept"] for r in facts if r["label"] in ("U.S. Drilling", "TOTAL DRILLING AND RENTAL REVENUES"))


def test_diluted_heading_beside_the_basic_one(tmp_path):
    # Healthcare Realty Q1 2003 (tests/fixtures/healthcarerealty-q1-2003-operations.txt): "Diluted earnings per common
    # share" had opened inside "Basic earnings per common share", the first heading of the table; its "Net income per
    # common share" had been basic too, disputed the basic 0.45 of 2002 with 0.44, and both had been left out
    facts = plain_facts(FIXTURES / "healthcarerealty-q1-2003-operations.txt", tmp_path / "out")
    eps = {(r["concept"], r["period_start"]): r["value"] for r in facts if r["concept"].startswith("us-gaap:EarningsPerShare")}
    assert eps == {("us-gaap:EarningsPerShareBasic", "2003-01-01"): "0.45", ("us-gaap:EarningsPerShareBasic", "2002-01-01"): "0.45",
                   ("us-gaap:EarningsPerShareDiluted", "2003-01-01"): "0.45", ("us-gaap:EarningsPerShareDiluted", "2002-01-01"): "0.44"}


def test_group_and_company_columns(tmp_path):
    # STV Group FY2024 (tests/fixtures/stv-fy2024-group-and-company-balance-sheets.md): "| | | **Group** | |
    # **Company** | |" over "| | **Note** | **31 December 2024 £m** | ... |": the group's columns and the parent
    # company's, side by side (the whole balance sheet had been lost, its columns not told apart). The "Note" column
    # heads no figure; "Group" is the consolidated figure, "Company" srt:ParentCompanyMember
    facts = plain_facts(FIXTURES / "stv-fy2024-group-and-company-balance-sheets.md", tmp_path / "out")
    assets = {(r.get("srt:ConsolidatedEntitiesAxis", ""), r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:Assets"}
    assert assets == {("", "2024-12-31"): "169700000", ("", "2023-12-31"): "153900000",
                      ("srt:ParentCompanyMember", "2024-12-31"): "239900000", ("srt:ParentCompanyMember", "2023-12-31"): "254200000"}
    assert not any(r.get("srt:StatementBusinessSegmentsAxis") for r in facts)


def test_parts_of_an_expense_printed_as_deductions(tmp_path):
    # B2Gold Q1 2016 (tests/fixtures/b2gold-q1-2016-operations.txt): "Production costs (61,644)" ... over "Total cost
    # of sales (101,813)", every figure a deduction: the total had been +101,813,000 and its parts -61,644,000 ...,
    # which add up to the total's opposite. "Provision for non-recoverable input taxes" is no income tax
    facts = plain_facts(FIXTURES / "b2gold-q1-2016-operations.txt", tmp_path / "out")
    q1 = {(r["concept"], r["label"]): r["value"] for r in facts if r["period_start"] == "2016-01-01"}
    assert q1[("us-gaap:CostOfRevenue", "Total cost of sales")] == "101813000"
    assert q1[("us-gaap:CostOfRevenue", "Production costs")] == "61644000"
    assert q1[("us-gaap:CostOfRevenue", "Royalties and production taxes")] == "5856000"
    assert not any(c == "us-gaap:IncomeTaxExpenseBenefit" and "input" in label for c, label in q1)


def test_components_of_equity_are_no_segments(tmp_path):
    # China Mobile FY2024 (tests/fixtures/chinamobile-fy2024-changes-in-equity.md): "Share capital | Capital reserve |
    # ... | Retained profits | Total | Non-controlling interests | Total equity" are components of equity, which had been
    # segments; and its rows are two years' movements ("As at 1 January 2023" ... "As at 31 December 2024") under one
    # column "for the year ended 31 December 2024": its 2023 profit had been written as 2024's. No fact of it now
    from prxbrl.mapping.equity_columns import component

    assert component("(Unit: Millions of yen) Equity attributable to owners of parent Retained earnings") == "us-gaap:RetainedEarningsMember"
    assert component("Share capital") == "us-gaap:CommonStockMember"
    assert component("Non-controlling interests") == "us-gaap:NoncontrollingInterestMember"
    facts = plain_facts(FIXTURES / "chinamobile-fy2024-changes-in-equity.md", tmp_path / "out")
    assert not [r for r in facts if r["unit"].startswith("iso4217:")]
    assert not any(r.get("us-gaap:StatementBusinessSegmentsAxis") for r in facts)
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "| no_period |" in report


def test_release_furniture_is_no_title(tmp_path):
    # H.B. Fuller Q3 2006 (tests/fixtures/hbfuller-q3-2006-ex991.txt), its exhibit a cell a line: the income statement's
    # "title" had been "For Immediate Release" (then the contact's phone number), so it had read as a summary: "Selling,
    # general and administrative expenses (75,739)" had been -75,739 and the quarter's cost of sales lost. A release's
    # furniture names no table; a "title" of no two words names nothing; the table reads as an income statement by its
    # lines. "Long-term debt, including current installments" is no us-gaap:LongTermDebtCurrent
    facts = plain_facts(FIXTURES / "hbfuller-q3-2006-ex991.txt", tmp_path / "out")
    q3 = {(r["concept"], r["period_start"]): r["value"] for r in facts if r["period_end"] == "2006-09-02"}
    assert q3[("us-gaap:SellingGeneralAndAdministrativeExpense", "2006-06-04")] == "75739"
    assert q3[("us-gaap:CostOfRevenue", "2006-06-04")] == "278610"
    assert not any(r["concept"] == "us-gaap:LongTermDebtCurrent" for r in facts if "including current" in r["label"])


def test_no_title_year_beside_dated_columns(tmp_path):
    # Duke Realty 2003 (tests/fixtures/duke-2003-quarterly-excerpt.txt): "Quarter Ended" over "December 31 |
    # September 30 | June 30 | March 31", the last date read with the row heading "2003": that column had taken the
    # title's "for the years ended December 31, 2003", its first quarter's revenue (181,302) written as the year's.
    # The columns are still not dated (refused, as before), never the year
    from prxbrl.errors import PrxbrlError

    try:
        facts = plain_facts(FIXTURES / "duke-2003-quarterly-excerpt.txt", tmp_path / "out")
    except PrxbrlError as e:
        assert "no figure in them could be read" in str(e)
        return
    assert not any(r["period_start"] == "2003-01-01" and r["period_end"] == "2003-12-31" for r in facts
                   if r["unit"].startswith("iso4217:"))
