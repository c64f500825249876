"""A label wrapped AFTER its figures (``tables.label_tails``), and a sentence run on over lines that is no column
header (``label_tails.runs_on``). From the unseen22 releases (benchmarks/unseen/, sources in its SOURCES.tsv): Shopify Q3 2025
(PDF rendered as markdown pipe tables: the figures beside a label's first line, the rest of the label on an empty row
below) and Circle Q3 2025 (PDF page text: the figures on a line of their own between a label's two halves; page 8,
the balance sheet's equity continued under the end of a stock's description).
"""

from conftest import facts_by_period, release_lines, table_rows

from prxbrl.tables.label_tails import is_tail, runs_on


# shopify-q3-2025.md lines 65-91
SHOP_OPS = release_lines("shopify-q3-2025.md", 65, 91)

# shopify-q3-2025.md lines 151-199 (the operating and investing sections shortened to their first and last rows)
SHOP_CASH = """## Shopify Inc. Condensed Consolidated Statements of Cash Flows
(In US $ millions)

### Three months ended

|                                                         | September 30, 2025 | September 30, 2024 |
|---------------------------------------------------------|---------------------|---------------------|
| **Cash flows from operating activities**                |                     |                     |
| Net income for the period                               | 264                 | 828                 |
| Adjustments to reconcile net income to                  |                     |                     |
| net cash provided by operating activities:               |                     |                     |
| Amortization and depreciation                            | 8                   | 8                   |
| Stock-based compensation                                  | 107                 | 110                 |
| Impairment of right-of-use assets                        | 3                   | —                   |
| and leasehold improvements                                |                     |                     |
| Provision for transaction and loan losses                | 102                 | 42                  |
| Net cash provided by operating activities                 | 513                 | 423                 |

| **Cash flows from financing activities**                 |                     |                     |
| Proceeds from the exercise of stock options              | 24                  | 6                   |
| Net cash provided by financing activities                 | 24                  | 6                   |
| Effect of foreign exchange on cash,                      | —                   | 11                  |
| cash equivalents and restricted cash                      |                     |                     |
| Net increase (decrease) in cash,                        | 872                 | (34)                |
| cash equivalents and restricted cash                      |                     |                     |
| Cash, cash equivalents and restricted cash –             | 1,542               | 1,541               |
| beginning of period                                      |                     |                     |
| Cash, cash equivalents and restricted cash –             | 2,414               | 1,507               |
| end of period                                           |                     |                     |

---
"""

# circle-q3-2025.md lines 453-487 (page text of the statement of operations)
CIRCLE_OPS = """CIRCLE INTERNET GROUP, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
Three Months Ended Nine Months Ended
(in thousands, except per share information)
September 30, September 30, September 30, September 30,
2025 2024 2025 2024
Revenue and reserve income
Reserve income $ 711,241 $ 445,215 $ 1,903,426 $ 1,228,117
Other revenue 28,518 547 72,984 12,769
Total revenue and reserve income 739,759 445,762 1,976,410 1,240,886
Distribution, transaction and other costs
Distribution and transaction costs 447,199 257,422 1,200,983 707,065
Other costs 413 281 1,218 5,752
Total distribution, transaction and other costs 447,612 257,703 1,202,201 712,817
Operating expenses
Compensation expenses 129,295 65,269 708,307 194,022
General and administrative expenses 45,477 33,337 119,301 99,583
Depreciation and amortization expenses 23,002 13,122 51,091 37,347
IT infrastructure costs 9,401 6,865 25,833 20,074
Marketing expenses 5,623 4,382 17,393 10,838
Digital assets (gains) losses (1,671) 1,285 3,906 (159)
Total operating expenses 211,127 124,260 925,831 361,705
Operating income (loss) from continuing
81,020 63,799 (151,622) 166,364
operations
Other (expense) income, net 72,071 22,365 (91,453) 44,843
Net income (loss) from continuing operations
153,091 86,164 (243,075) 211,207
before income taxes
Income tax expense (benefit) (61,294) 15,168 (40,151) 58,649
Net income (loss) from continuing operations $ 214,385 $ 70,996 $ (202,924) $ 152,558
"""


def test_a_lower_case_line_under_a_row_of_figures_finishes_its_label():
    """Lines 194-197: "Cash, cash equivalents and restricted cash – | 1,542 | 1,541" / "beginning of period", then the
    same for "end of period". Read as headings, "beginning of period" stood over the cash at the end of the period,
    and "end of period" (after the table's last row) was no part of the table."""
    rows = table_rows(SHOP_CASH)
    labels = {r.label: r for r in rows}
    begin = labels["Cash, cash equivalents and restricted cash – beginning of period"]
    end = labels["Cash, cash equivalents and restricted cash – end of period"]
    assert [c.raw for c in begin.cells] == ["1,542", "1,541"] and [c.raw for c in end.cells] == ["2,414", "1,507"]
    assert end.section == [] and begin.kind == "item"
    assert "Effect of foreign exchange on cash, cash equivalents and restricted cash" in labels
    # "and leasehold improvements" (line 165) continues line 164 and opens no section over the rows after it
    assert "Impairment of right-of-use assets and leasehold improvements" in labels
    assert "and leasehold improvements" not in labels
    assert labels["Provision for transaction and loan losses"].section[-1] == \
        "Adjustments to reconcile net income to net cash provided by operating activities"


def test_cash_at_the_ends_of_the_quarter(tmp_path):
    facts = facts_by_period(tmp_path, SHOP_CASH)
    cash = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    assert facts[(cash, "", "2025-09-30")] == "2414000000"
    assert facts[(cash, "", "2024-09-30")] == "1507000000"
    assert facts[(cash, "", "2025-06-30")] == "1542000000"
    assert facts[(cash, "", "2024-06-30")] == "1541000000"


def test_the_non_gaap_net_income_keeps_its_whole_label(tmp_path):
    """Lines 88-91: "Net income | 264 | 828", then "Net income | 367 | 344" / "excluding the impact of equity
    investments". With the second label cut to "Net income" the two rows disagreed and the GAAP net income was lost."""
    rows = {r.line: r for r in table_rows(SHOP_OPS)}
    assert rows[90 - 64].label == "Net income excluding the impact of equity investments"
    facts = facts_by_period(tmp_path, SHOP_OPS)
    assert facts[("us-gaap:NetIncomeLoss", "2025-07-01", "2025-09-30")] == "264000000"
    assert facts[("us-gaap:NetIncomeLoss", "2024-07-01", "2024-09-30")] == "828000000"


def test_figures_between_the_two_halves_of_a_label():
    """Circle lines 475-477 "Operating income (loss) from continuing" / "81,020 63,799 (151,622) 166,364" /
    "operations": one row. Read apart, the figures had no label and took the open section's concept (revenues)."""
    rows = {r.line: r for r in table_rows(CIRCLE_OPS)}
    labels = {r.label: r for r in rows.values()}
    op = labels["Operating income (loss) from continuing operations"]
    assert [c.raw for c in op.cells] == ["81,020", "63,799", "(151,622)", "166,364"]
    pre = labels["Net income (loss) from continuing operations before income taxes"]
    assert [c.raw for c in pre.cells][0] == "153,091"
    assert "operations" not in labels and "before income taxes" not in labels


def test_what_is_no_label_tail():
    assert is_tail("end of period", "Cash, cash equivalents and restricted cash –")
    assert is_tail("excluding the impact of equity investments", "Net income")
    assert is_tail("operations", "", over="Operating income (loss) from continuing")
    assert not is_tail("strt-ex99_2.htm", "", over="EX-99.2")  # no words: a file name under an exhibit's number (Strattec 8-K)
    assert not is_tail("operations", "Operating income")  # no evidence the label runs on
    assert not is_tail("provided by operating activities:", "Adjustments to reconcile net income to")  # opens rows
    assert not is_tail("in thousands", "Net sales,")  # a header's line
    assert not is_tail("Beginning of period", "Cash –")  # upper case
    # Microsoft FY24 Q4 bullet: "$22.0 billion and increased 10% (up 11%" / "in constant currency)": prose
    assert not is_tail("in constant currency)", "$22.0 billion and increased 10% (up")


# circle-q3-2025.md lines 404-429: page 8 of the page text, the balance sheet's equity continued with no header
CIRCLE_PAGE8 = """## Page 8

Commitments and contingencies
Redeemable convertible preferred stock
Redeemable convertible preferred stock ($0.0001 par value, nil and 139.8 million shares issued
and outstanding as of September 30, 2025 and December 31, 2024, respectively; aggregate
—
liquidation preference of nil and $1.1 billion as of September 30, 2025 and December 31, 2024, 1,139,765
respectively)
Stockholders’ equity
Class A common stock ($0.0001 par value; 2.5 billion and 300.0 million authorized as of
September 30, 2025 and December 31, 2024, respectively; 215.2 million and 56.4 million 23 6
issued and outstanding as of September 30, 2025 and December 31, 2024, respectively)
Class B common stock ($0.0001 par value; 500.0 million and nil authorized as of September 30,
2025 and December 31, 2024, respectively; 19.0 million and nil issued and outstanding as of 2 —
September 30, 2025 and December 31, 2024, respectively)
Class C common stock ($0.0001 par value; 500.0 million and nil authorized as of September 30,
2025 and December 31, 2024, respectively; nil issued and outstanding as of September 30, — —
2025 and December 31, 2024)
Treasury stock at cost (5.0 million shares held as of September 30, 2025 and December 31, 2024) (2,877) (2,877)
Additional paid-in capital 4,437,594 1,792,969
Accumulated deficit (1,426,125) (1,223,213)
Accumulated other comprehensive income 14,739 3,644
Total stockholders’ equity 3,023,356 570,529
Total liabilities, redeemable convertible preferred stock and stockholders’ equity $ 76,781,008 $ 45,834,409
8
"""


def test_a_sentence_run_on_over_lines_is_no_header():
    """Line 422 "2025 and December 31, 2024)" ends the description of the Class C common stock begun on line 420. Read
    as a column header it made "2025" a forecast column, and the equity (additional paid-in capital, accumulated
    deficit, total stockholders' equity) was written at 2025-12-31 as a forecast; as a heading it opened a section
    over the rows below it."""
    assert runs_on("2025 and December 31, 2024)")
    assert runs_on("2025 and December 31, 2024, respectively; nil issued and outstanding as of September 30,")
    assert not runs_on("Three Months Ended September 30, 2025 (Unaudited)")
    assert not runs_on("(In thousands; unaudited)")
    assert runs_on("Class C common stock ($0.0001 par value; 500.0 million and nil authorized as of September 30,")
    rows = table_rows(CIRCLE_PAGE8)
    labels = {r.label: r for r in rows}
    assert "2025 and December 31, 2024)" not in labels
    equity = labels["Total stockholders’ equity"]
    assert [(c.raw, str(c.period.end), c.period.forecast) for c in equity.cells] == [
        ("3,023,356", "2025-09-30", False), ("570,529", "2024-12-31", False)]
    assert equity.section == []


def test_a_first_half_of_a_label_stays_a_heading():
    """FMFG FY2024 (fixtures/fmfg-fy2024-balance.md, lines 48-49): "Common stock, par value $.01 per share, authorized
    5,000,000 shares; issued and outstanding" over "| 3,166,653 in 2024 and 3,116,966 shares in 2023 | | 31,667 |":
    the semicolon makes it no column header, but it names the row under it (us-gaap:CommonStockValue), not a piece to
    drop (the row then stood under "Stockholders' equity" and was written as us-gaap:StockholdersEquity 31,667)."""
    from pathlib import Path

    from prxbrl.tables.label_tails import unbalanced

    assert not unbalanced("Common stock, par value $.01 per share, authorized 5,000,000 shares; issued and outstanding")
    assert unbalanced("2025 and December 31, 2024)")
    lines = (Path(__file__).parent / "fixtures" / "fmfg-fy2024-balance.md").read_text(encoding="utf-8").split("\n")
    rows = {r.line: r for r in table_rows("\n".join(lines[:60]))}
    assert rows[49].section[-1] == "Common stock, par value $.01 per share, authorized 5,000,000 shares; issued and outstanding"
