"""Releases the converter had never seen (unseen47-50), their wrong and lost facts each at its mechanism.

- Vectren Q2 2003, an EDGAR plain-text exhibit (tests/fixtures/vectren-q2-2003-income.txt): "Three Months / Ended
  June 30" over a line of years, "As Restated" under the prior years.
- Gladstone Investment Q3 FY2025 (tests/fixtures/gladstone-fy25q3-summary.md): shares outstanding under "For the
  quarter ended:".
- Alphabet Q1 2025, Markdown with raw HTML tables (tests/fixtures/alphabet-q1-2025-balance-sheet.md,
  alphabet-q1-2025-revenues.md).
- Himax Technologies Q4 2024, IFRS (tests/fixtures/himax-q4-2024-quarterly.md): "Three MonthsEnded" over its cash
  flows, "Loss (profit) attributable to noncontrolling interests", "Income tax paid (191)", an unlabelled subtotal.
- A filer's label of the 2025 test set of benchmarks/label_accuracy.py: a class of common stock with its votes."""

from conftest import ROOT, plain_facts

from prxbrl.mapping.rules import title_concept
from prxbrl.tables.columns import label_unit
from prxbrl.tables.text_detect import split_line

FIXTURES = ROOT / "tests" / "fixtures"


def test_a_month_and_day_over_the_columns_is_no_row():
    # "Ended June 30" twice over "2003 2002 2003 2002": the day is the date's, no figure 30 of a row "Ended June 30
    # Ended June"; the table had lost its header and every figure of it ("no figure could be read", exit 2)
    line = split_line(16, "                                                        Ended June 30                   Ended June 30")
    assert line.kind == "text" and not line.cells
    # a row's figures after a date in its label stay its figures
    row = split_line(1, "Balance at June 30                                    1,234          1,100")
    assert row.kind == "data" and [c[0] for c in row.cells] == ["1,234", "1,100"]


def test_a_text_exhibit_whose_header_says_ended_june_30_over_years(tmp_path):
    facts = plain_facts(FIXTURES / "vectren-q2-2003-income.txt", tmp_path / "out")
    revenue = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:Revenues"}
    assert revenue == {("2003-04-01", "2003-06-30"): "283376000", ("2002-04-01", "2002-06-30"): "380204000",
                       ("2003-01-01", "2003-06-30"): "945884000", ("2002-01-01", "2002-06-30"): "1010576000"}
    # "As Restated" under the prior years' columns is no segment: the figures are the periods' own
    assert "us-gaap:StatementBusinessSegmentsAxis" not in facts[0]
    assert not [r for r in facts if any("Restated" in v for v in r.values() if v)]


def test_shares_outstanding_under_a_column_of_a_quarter_are_a_balance_at_its_end(tmp_path):
    # "Total shares of common stock outstanding | 36,837,381 | 36,688,667" under "For the quarter ended:" had been an
    # extension of the quarter (a duration); the weighted average is the row above it
    facts = plain_facts(FIXTURES / "gladstone-fy25q3-summary.md", tmp_path / "out")
    shares = {(r["concept"], r["period_start"], r["period_end"]): r["value"] for r in facts
              if r["label"] == "Total shares of common stock outstanding"}
    assert shares == {("us-gaap:CommonStockSharesOutstanding", "", "2024-12-31"): "36837381",
                      ("us-gaap:CommonStockSharesOutstanding", "", "2024-09-30"): "36688667"}
    average = {r["concept"] for r in facts if r["label"].startswith("Weighted-average shares")}
    assert average == {"us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"}


def test_the_votes_of_a_share_are_no_unit_of_the_row():
    # a 2025 balance sheet's "Class A Common Stock (one vote per share); $0.001 par value; 100,000,000 shares
    # authorized; ..." had been read per share (us-gaap:CommonStockParOrStatedValuePerShare for its carrying amount)
    assert label_unit("Class A Common Stock (one vote per share); $0.001 par value; 100,000,000 shares authorized") is None
    assert label_unit("Class B common stock (10 votes per share)") is None
    assert label_unit("Dividends declared per share") == "per_share"


def test_markdown_headings_title_the_html_tables_under_them(tmp_path):
    # Markdown with raw <table> elements: "## CONSOLIDATED BALANCE SHEETS" titles the table under it. The text since the
    # table above had been one paragraph, "## About Non-GAAP Financial Measures" in it, and the balance sheet a
    # reconciliation: 26 of its line items extensions ("a reconciliation's row"), us-gaap:Goodwill among them
    facts = plain_facts(FIXTURES / "alphabet-q1-2025-balance-sheet.md", tmp_path / "out")
    got = {(r["concept"], r["period_end"]): r["value"] for r in facts if not r["concept"].startswith("dei:")}
    assert got[("us-gaap:Goodwill", "2025-03-31")] == "32173000000"
    assert got[("us-gaap:AccountsPayableCurrent", "2024-12-31")] == "7987000000"
    assert got[("us-gaap:RetainedEarningsAccumulatedDeficit", "2025-03-31")] == "262628000000"
    assert got[("us-gaap:LiabilitiesAndStockholdersEquity", "2025-03-31")] == "475374000000"


def test_a_title_that_lists_measures_names_no_one_line_item():
    # "Revenues, Traffic Acquisition Costs (TAC), and Number of Employees" over rows of revenues, then "Total TAC": the
    # TAC had been a product of revenues, and "Total revenues" a member "Revenues" of revenues
    assert title_concept("Revenues, Traffic Acquisition Costs (TAC), and Number of Employees") is None
    assert title_concept("Revenues and Gross Profit by Segment") is None
    assert title_concept("Revenues by Segment and Product") == ("us-gaap:Revenues", "srt:ProductOrServiceAxis")
    assert title_concept("Net sales, by category") == ("us-gaap:Revenues", "srt:ProductOrServiceAxis")


def test_columns_under_a_title_that_compares_two_quarters_have_no_period_of_it(tmp_path):
    # "### Comparison from the Quarter Ended December 31, 2024 to the Quarter Ended March 31, 2025" over "Less FX
    # Effect" and "Constant Currency Revenues": their figures are the current quarter's, but the header does not say;
    # they had been dated by the title's first quarter (Q4 2024), beside the printed quarters' revenues
    import json

    facts = plain_facts(FIXTURES / "alphabet-q1-2025-revenues.md", tmp_path / "out")
    emea = {(r["period_end"], r["value"]) for r in facts if r["label"] == "EMEA"}
    assert emea == {("2024-12-31", "28184000000"), ("2025-03-31", "25923000000")}  # the two printed quarters only
    cells = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["cells"]
    emea_line = next(int(r["source_line"]) for r in facts if r["label"] == "EMEA" and r["period_end"] == "2025-03-31")
    undated = [c for c in cells if c["line"] in (emea_line + 1, emea_line + 2) and c["raw"] in ("(631)", "26,554")]
    assert len(undated) == 2 and all(c["status"] == "excluded" and c["reason"] == "no_period" for c in undated)
    # "Total TAC" after "Total revenues" is no product of revenues, nor "Total revenues" a member of them
    assert not [r for r in facts if "Tac" in r.get("srt:ProductOrServiceAxis", "")]
    assert [r for r in facts if r["label"] == "Total revenues"] and all(
        not r.get("srt:ProductOrServiceAxis") for r in facts if r["label"] == "Total revenues")


def test_a_header_that_runs_months_into_ended_dates_its_columns(tmp_path):
    # "| Three MonthsEnded December 31, | ... | Three Months Ended September 30, |" over the quarterly cash flows: the
    # whole statement (146 figures) had been left out, its columns undistinguished
    facts = plain_facts(FIXTURES / "himax-q4-2024-quarterly.md", tmp_path / "out")
    cash = {(r["period_start"], r["period_end"]): r["value"] for r in facts
            if r["concept"] == "us-gaap:NetCashProvidedByUsedInOperatingActivities"}
    assert cash == {("2024-10-01", "2024-12-31"): "35417000", ("2023-10-01", "2023-12-31"): "68742000",
                    ("2024-07-01", "2024-09-30"): "-3138000"}
    # "Income tax paid | (191) | (1,131) | (1,658)" where the statement prints its outflows in parentheses: taxes paid
    # (us-gaap:IncomeTaxesPaidNet is positive for a payment, negative for a net refund)
    taxes = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:IncomeTaxesPaidNet"}
    assert taxes == {("2024-12-31", "191000"), ("2023-12-31", "1131000"), ("2024-09-30", "1658000")}
    # "Loss (profit) attributable to noncontrolling interests | (423) | 280 | 268": 25,031 - 423 = 24,608, a profit of
    # 423 to the noncontrolling interests; the label puts the profit in parentheses
    nci = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetIncomeLossAttributableToNoncontrollingInterest"
           and r["period_start"] in ("2024-10-01", "2023-10-01", "2024-07-01")}
    assert nci == {("2024-12-31", "423000"), ("2023-12-31", "-280000"), ("2024-09-30", "-268000")}
    # the unlabelled "33,378" under "Adjustments for:" adds the profit for the period too: no total of the adjustments
    assert not [r for r in facts if r["concept"] == "us-gaap:AdjustmentsToReconcileNetIncomeLossToCashProvidedByUsedInOperatingActivities"
                and r["value"] in ("33378000", "27131000", "14962000")]
