"""Circle Q3 2025 (benchmarks/unseen/circle-q3-2025.md, its SOURCES.tsv; a PDF rendered as markdown, each page's text followed by its
tables again as markdown, "### Table N"): the lines below are the release's own, copied verbatim.

- A second scale note inside the key indicators' table (lines 95-117): "(USDC related figures in $ billions; meaningful
  wallets in millions)" under "($ in millions unless noted otherwise)": USDC amounts were written in millions
  (73,700,000 for "$73.7" billion) and the count of wallets as dollars.
- The FY 2025 outlook over "Low High" (lines 667-697, 713-748, with the reconciliation of actual quarters above it): read as one column, the High figures became forecasts
  ("(70) (80)" read as a footnote mark and a figure); "### Table 3" was a row "### Table" of 3.
- The balance sheet's page-8 continuation without a header (lines 404-429): "2025" taken from a wrapped label over its
  first column made equity a forecast at 2025-12-31."""

from __future__ import annotations

from conftest import at_line, extracted, facts_and_report, line_of

from prxbrl.tables.columns import label_unit
from prxbrl.tables.inner_scales import note_clauses

KPI = [
    "### Table 1",
    "",
    "| Key Financial Results | Q3 2025 | YoY Change |",
    "| --- | --- | --- |",
    "| ($ in millions unless noted otherwise) |  |  |",
    "| Total Revenue and Reserve Income | $740 | 66% |",
    "| Revenue Less Distribution Costs(1) | $292 | 55% |",
    "| RLDC Margin(2) | 39% | (270bps) |",
    "| Net Income from Continuing Operations | $214 | 202% |",
    "| Net Income from Continuing Operations Margin(3) | 29% | NM |",
    "| Adjusted EBITDA(4) | $166 | 78% |",
    "| Adjusted EBITDA Margin(4) | 57% | 737bps |",
    "| Key Operating Indicators | Q3 2025 | YoY Change |",
    "| (USDC related figures in $ billions; meaningful wallets in millions) |  |  |",
    "| USDC in Circulation, end of period | $73.7 | 108% |",
    "| Average USDC in Circulation | $67.8 | 97% |",
    "| Reserve Return Rate | 4.2% | (96bps) |",
    "| USDC on Platform, end of period | $10.2 | 1,277% |",
    "| Daily Weighted-Average Percentage of USDC on Platform | 13.5% | 1,172bps |",
    "| USDC Minted | $79.7 | 128% |",
    "| USDC Redeemed | $67.3 | 112% |",
    "| Stablecoin Market Share, end of period(5) | 29% | 643bps |",
    "| Meaningful Wallets, end of period(6) | 6.3 | 77% |"
]

OUTLOOK_TEXT = [
    "## Page 13",
    "",
    "CIRCLE INTERNET GROUP, INC. – RECONCILIATION OF ADJUSTED OPERATING EXPENSES TO",
    "OPERATING EXPENSES",
    "(in $ thousands) Three Months Ended",
    "September 30, 2025 June 30, 2025 March 31, 2025 December 31, 2024 September 30, 2024",
    "Operating expenses $ 211,127 $ 576,718 $ 137,986 $ 130,026 $ 124,260",
    "Adjusted for:",
    "Stock-based compensation",
    "(59,081) (434,966) (12,716) (11,142) (12,763)",
    "expense(1)",
    "Depreciation and amortization",
    "(23,002) (14,209) (13,880) (13,507) (13,122)",
    "expense(2)",
    "Digital asset (gains) losses(3) 1,671 693 (6,270) 4,093 (1,285)",
    "Adjusted Operating Expenses $ 130,715 $ 128,236 $ 105,120 $ 109,470 $ 97,090",
    "(1) Stock-based compensation expense represents equity compensation, a non-cash expense.",
    "(2) Depreciation and amortization expense includes depreciation of fixed assets, and amortization of capitalized engineering costs and",
    "intangible assets.",
    "(3) Digital assets (gains) losses represent the fair value gains/losses of digital assets, a non-cash expense.",
    "CIRCLE INTERNET GROUP, INC. – FORWARD OUTLOOK RECONCILIATION OF ADJUSTED",
    "OPERATING EXPENSES TO OPERATING EXPENSES",
    "(in $ millions) FY 2025",
    "Low High",
    "Operating expenses $ 1,153 $ 1,193",
    "Adjusted for:",
    "Stock-based compensation expense(1) (556) (571)",
    "Depreciation and amortization expense(2) (70) (80)",
    "Digital asset (gains) losses(3) (4) (4)",
    "DAF contribution(4) (28) (28)",
    "Adjusted Operating Expenses $ 495 $ 510"
]

OUTLOOK_MD = [
    "### Table 1",
    "",
    "| (in $ thousands) | Three Months Ended |  |  |  |  |",
    "| --- | --- | --- | --- | --- | --- |",
    "|  | September 30, 2025 | June 30, 2025 | March 31, 2025 | December 31, 2024 | September 30, 2024 |",
    "| Operating expenses | $ 211,127 | $ 576,718 | $ 137,986 | $ 130,026 | $ 124,260 |",
    "| Adjusted for: |  |  |  |  |  |",
    "| Stock-based compensation expense(1) | (59,081) | (434,966) | (12,716) | (11,142) | (12,763) |",
    "| Depreciation and amortization expense(2) | (23,002) | (14,209) | (13,880) | (13,507) | (13,122) |",
    "| Digital asset (gains) losses(3) | 1,671 | 693 | (6,270) | 4,093 | (1,285) |",
    "| Adjusted Operating Expenses | $ 130,715 | $ 128,236 | $ 105,120 | $ 109,470 | $ 97,090 |",
    "",
    "",
    "",
    "### Table 2",
    "",
    "| (in $ millions) | FY 2025 |  |",
    "| --- | --- | --- |",
    "|  | Low | High |",
    "| Operating expenses | $ 1,153 | $ 1,193 |",
    "| Adjusted for: |  |  |",
    "| Stock-based compensation expense(1) | (556) | (571) |",
    "| Depreciation and amortization expense(2) | (70) | (80) |",
    "| Digital asset (gains) losses(3) | (4) | (4) |",
    "| DAF contribution(4) | (28) | (28) |",
    "| Adjusted Operating Expenses |  |  |",
    "|  | $ 495 | $ 510 |",
    "",
    "",
    "",
    "### Table 3",
    "",
    "| (4) DAF contribution represents our anticipated transfer of 268,240 shares of Class A common stock to the Donor Advised Fund fo |  |  |",
    "| --- | --- | --- |",
    "|  | the Circle Foundation and is a non-cash expense arising from donating the company’s equity. The amount is estimated as at the |  |",
    "|  | closing stock price of CRCL on | , however, such amount will be dependent on the stock price on the |"
]

BALANCE = [
    "## Page 7",
    "",
    "CIRCLE INTERNET GROUP, INC. – CONDENSED CONSOLIDATED BALANCE SHEETS",
    "September 30, December 31,",
    "(in $ thousands, except share information)",
    "2025 2024",
    "(unaudited)",
    "ASSETS",
    "Current assets:",
    "Cash and cash equivalents $ 1,348,901 $ 750,981",
    "Cash and cash equivalents segregated for corporate-held stablecoins 837,143 294,493",
    "",
    "## Page 8",
    "",
    "Commitments and contingencies",
    "Redeemable convertible preferred stock",
    "Redeemable convertible preferred stock ($0.0001 par value, nil and 139.8 million shares issued",
    "and outstanding as of September 30, 2025 and December 31, 2024, respectively; aggregate",
    "—",
    "liquidation preference of nil and $1.1 billion as of September 30, 2025 and December 31, 2024, 1,139,765",
    "respectively)",
    "Stockholders’ equity",
    "Class A common stock ($0.0001 par value; 2.5 billion and 300.0 million authorized as of",
    "September 30, 2025 and December 31, 2024, respectively; 215.2 million and 56.4 million 23 6",
    "issued and outstanding as of September 30, 2025 and December 31, 2024, respectively)",
    "Class B common stock ($0.0001 par value; 500.0 million and nil authorized as of September 30,",
    "2025 and December 31, 2024, respectively; 19.0 million and nil issued and outstanding as of 2 —",
    "September 30, 2025 and December 31, 2024, respectively)",
    "Class C common stock ($0.0001 par value; 500.0 million and nil authorized as of September 30,",
    "2025 and December 31, 2024, respectively; nil issued and outstanding as of September 30, — —",
    "2025 and December 31, 2024)",
    "Treasury stock at cost (5.0 million shares held as of September 30, 2025 and December 31, 2024) (2,877) (2,877)",
    "Additional paid-in capital 4,437,594 1,792,969",
    "Accumulated deficit (1,426,125) (1,223,213)",
    "Accumulated other comprehensive income 14,739 3,644",
    "Total stockholders’ equity 3,023,356 570,529",
    "Total liabilities, redeemable convertible preferred stock and stockholders’ equity $ 76,781,008 $ 45,834,409",
    "8"
]

OPERATIONS = [
    "## Page 9",
    "",
    "CIRCLE INTERNET GROUP, INC. – CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
    "(unaudited)",
    "Three Months Ended Nine Months Ended",
    "(in thousands, except per share information)",
    "September 30, September 30, September 30, September 30,",
    "2025 2024 2025 2024",
    "Revenue and reserve income",
    "Reserve income $ 711,241 $ 445,215 $ 1,903,426 $ 1,228,117",
    "Other revenue 28,518 547 72,984 12,769",
    "Total revenue and reserve income 739,759 445,762 1,976,410 1,240,886"
]


def _write(tmp_path, lines):
    p = tmp_path / "circle.md"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _cells(doc, line):
    return [c for t in doc.tables for r in t.rows for c in r.cells if c.span.line == line]


def _token(doc, line, raw):
    return [t for t in doc.tokens if t.span.line == line and t.raw == raw]


# ------------------------------------------------------------------ scale notes inside a table


def test_a_note_naming_scales_for_subjects_is_read_clause_by_clause():
    assert note_clauses("(USDC related figures in $ billions; meaningful wallets in millions)") == [
        (frozenset({"usdc"}), 9), (frozenset({"meaningful", "wallet"}), 6)]
    assert note_clauses("($ in millions unless noted otherwise)") == [(frozenset(), 6)]
    assert note_clauses("($73.7 billion)") is None  # an amount, no note
    # a note on share counts names them: the money under it keeps its scale
    assert note_clauses("(in thousands of shares)") == [(frozenset({"share"}), 3)]


def test_rows_under_an_inner_note_take_the_scale_of_their_subject(tmp_path):
    doc = extracted(tmp_path, KPI)
    usdc = _cells(doc, line_of(KPI, "| USDC in Circulation, end of period"))
    assert [(c.raw, c.scale) for c in usdc if c.unit == "USD"] == [("$73.7", 9)]  # "$73.7 billion" (prose line 10)
    minted = _cells(doc, line_of(KPI, "| USDC Minted"))
    assert [(c.raw, c.scale) for c in minted if c.unit == "USD"] == [("$79.7", 9)]
    revenue = _cells(doc, line_of(KPI, "| Total Revenue and Reserve Income"))
    assert [(c.raw, c.scale) for c in revenue if c.unit == "USD"] == [("$740", 6)]  # above the note: millions
    # wallets are counted, never money
    wallets = line_of(KPI, "| Meaningful Wallets")
    assert not [c for c in _cells(doc, wallets) if c.unit == "USD"]
    assert [t.reason for t in _token(doc, wallets, "6.3")] == ["not_money"]
    assert label_unit("Meaningful Wallets, end of period(6)") == "count"


def test_a_row_no_subject_of_the_note_names_has_no_scale(tmp_path):
    lines = [x.replace("| USDC Redeemed |", "| Stablecoins Redeemed |") for x in KPI]
    doc = extracted(tmp_path, lines)
    at = line_of(lines, "| Stablecoins Redeemed")
    assert not [c for c in _cells(doc, at) if c.unit == "USD"]
    assert [t.reason for t in _token(doc, at, "$67.3")] == ["scale_undetermined"]


# ------------------------------------------------------------------ Low / High under one period; markdown headings


def test_low_high_under_one_period_are_range_columns_no_facts(tmp_path):
    # the same with the other words of a range ([header] range_bounds)
    others = [[x.replace("Low High", words).replace("|  | Low | High |", "|  | " + words.replace(" ", " | ") + " |") for x in OUTLOOK_TEXT]
              for words in ("From To", "Minimum Maximum")]
    for block in (OUTLOOK_TEXT, OUTLOOK_MD, *others):
        doc = extracted(tmp_path, block)
        # the outlook's row, after the quarters' reconciliation that prints the same label
        at = max(k for k, x in enumerate(block, start=1) if "Depreciation and amortization expense(2)" in x and "(70)" in x)
        assert not _cells(doc, at)
        assert {t.raw: t.reason for t in doc.tokens if t.span.line == at and t.raw.startswith("(")} == {
            "(70)": "range_bound", "(80)": "range_bound"}


def test_a_markdown_heading_ends_a_table_and_is_no_row(tmp_path):
    doc = extracted(tmp_path, OUTLOOK_MD)
    heading = line_of(OUTLOOK_MD, "### Table 3")
    assert all(t.last_line < heading for t in doc.tables if t.first_line < heading)
    assert not any(r.line == heading for t in doc.tables for r in t.rows)
    facts, _ = facts_and_report(_write(tmp_path, OUTLOOK_MD), tmp_path / "out")
    assert not at_line(facts, heading)  # no "### Table" of 3,000,000


# ------------------------------------------------------------------ a year alone beside a dated balance column


def test_a_bare_year_beside_a_dated_balance_column_is_no_forecast(tmp_path):
    # the statement of operations' nine-month columns tell the fiscal year: "2025" over the page-8 continuation is
    # then read as the year 2025, ending after the balance sheet date
    facts, report = facts_and_report(_write(tmp_path, BALANCE + [""] + OPERATIONS), tmp_path / "out")
    assert not [r for r in facts if r["period_end"] == "2025-12-31" or "Forecast" in "".join(r.values())]
    equity = at_line(facts, line_of(BALANCE, "Total stockholders’ equity"))
    # the page-8 continuation's columns are dated by the dates its descriptions give "respectively" (tables.label_tails):
    # the equity at September 30, 2025 (3,023,356 as printed; benchmarks/unseen/gold.csv) beside December 31, 2024;
    # the bare year is then no column header at all
    assert [(r["period_end"], r["value"]) for r in equity] == [("2025-09-30", "3023356000"), ("2024-12-31", "570529000")]
    treasury = at_line(facts, line_of(BALANCE, "Treasury stock at cost"))
    # "(5.0 million shares held as of ...)" describes the line item: its figures are the cost, no count of shares;
    # the count is a fact of its own at both dates it names (tables.label_shares)
    assert {(r["concept"], r["unit"]) for r in treasury} == {("us-gaap:TreasuryStockCommonValue", "iso4217:USD"),
                                                            ("us-gaap:TreasuryStockCommonShares", "xbrli:shares")}
    assert {(r["period_end"], r["value"]) for r in treasury if r["unit"] == "xbrli:shares"} == {
        ("2025-09-30", "5000000"), ("2024-12-31", "5000000")}
    assert not [f for f in report["findings"] if "taken as forecasts" in f["message"]]
