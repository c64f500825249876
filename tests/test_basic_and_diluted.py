"""A figure printed as both basic and diluted ("Basic and Diluted", "per common share - basic and diluted"): US GAAP
2024 deprecates the ...BasicAndDiluted elements, so the figure is tagged with both variants. Real lines of releases
the converter had never seen (Kentucky First Federal Bancorp Q2 FY2025; 8-K exhibit, public)."""

import csv

from prxbrl.mapping.basic_diluted import both_variants
from prxbrl.pipeline import convert

KFFB = """\
| Condensed Consolidated Statements of Income (Loss) | | | |  |  |  | |  |  | |  | |  |  |  | |
| (In thousands, except share data) |  |  | |  |  |  | |  |  | |  | |  |  |  | |
|  |  |  | |  |  |  | |  |  | |  | |  |  |  | |
|  | Six months ended December 31, | | | | | | |  | Three months ended December 31, | | | | | | | |
|  |  | 2024 (Unaudited) | |  |  | 2023 |  |  |  | | 2024 (Unaudited) | |  |  | 2023 |  |
| Interest Income | $ | 9,403 |  |  | $ | 7,661 |  |  | $ | | 4,784 |  |  | $ | 3,927 |  |
| Interest Expense |  | 5,496 |  |  |  | 4,333 |  |  |  | | 2,746 |  |  |  | 2,270 |  |
| Net Interest Income |  | 3,907 |  |  |  | 3,328 |  |  |  | | 2,038 |  |  |  | 1,657 |  |
| Provision for Credit Losses |  | 15 |  |  |  | 15 |  |  |  | | - |  |  |  | 9 |  |
| Non-interest Income |  | 308 |  |  |  | 121 |  |  |  | | 171 |  |  |  | 46 |  |
| Non-interest Expense |  | 4,215 |  |  |  | 4,132 |  |  |  | | 2,203 |  |  |  | 2,149 |  |
| Income (Loss) Before Income Taxes |  | (15 | ) |  |  | (698 | ) |  |  | | 6 |  |  |  | (455 | ) |
| Income Taxes |  | (13 | ) |  |  | (162 | ) |  |  | | (7 | ) |  |  | (94 | ) |
| Net Income (Loss) | $ | (2 | ) |  | $ | (536 | ) |  | $ | | 13 |  |  | $ | (361 | ) |
| Earnings per share: |  |  | |  |  |  | |  |  | |  | |  |  |  | |
| Basic and Diluted | $ | (0.00 | ) |  | $ | (0.07 | ) |  | $ | | 0.00 |  |  | $ | (0.05 | ) |
"""


def test_basic_and_diluted_earnings_per_share_are_both_facts(tmp_path):
    # had been us-gaap:EarningsPerShareBasic alone
    src = tmp_path / "kffb.md"
    src.write_text(KFFB, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    eps = {(r["concept"], r["period_start"], r["value"]) for r in rows if r["label"] == "Basic and Diluted"}
    for concept in ("us-gaap:EarningsPerShareBasic", "us-gaap:EarningsPerShareDiluted"):
        assert {(s, v) for c, s, v in eps if c == concept} == {
            ("2024-07-01", "0"), ("2023-07-01", "-0.07"), ("2024-10-01", "0"), ("2023-10-01", "-0.05")}
    report = (tmp_path / "out" / "report.json").read_text(encoding="utf-8")
    assert '"unexplained"' not in report


def test_which_rows_are_both():
    assert both_variants("us-gaap:EarningsPerShareBasic", "Net income per common share - basic and diluted") == "us-gaap:EarningsPerShareDiluted"
    assert both_variants("us-gaap:EarningsPerShareBasic", "Basic and Diluted", ["Earnings per share:"]) == "us-gaap:EarningsPerShareDiluted"
    assert (both_variants("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "Basic and diluted", ["Weighted average shares:"])
            == "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic")
    # one variant: the label's own word decides before any heading that names both
    assert both_variants("us-gaap:EarningsPerShareBasic", "Basic", ["Net loss per share, basic and diluted"]) is None
    assert both_variants("us-gaap:EarningsPerShareDiluted", "Diluted") is None
    # no variant of its own: nothing to add
    assert both_variants("us-gaap:NetIncomeLoss", "Net income - basic and diluted") is None
