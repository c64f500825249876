"""Dates a line item's own description names, in a run-on balance sheet. Forian's second quarter of 2025
(fixtures/forian-2025q2-balance-sheet.md, lines 1-3 and 54-64 of unseen13/forian-2025q2.md, a NewMediaWire rendering
whose rows run together on one line) describes its stock rows
"Preferred Stock; par value $0.001; 5,000,000 Shares authorized; 0 issued and outstanding as of June 30, 2025 and
December 31, 2024--Common Stock; par value $0.001; 95,000,000 Shares authorized; 31,202,312 issued and outstanding as of
June 30, 2025 and 31,010,788 issued and outstanding as of December 31, 2024 31,203 31,011Additional paid-in capital
81,726,637 79,937,115Accumulated deficit (50,816,179) (49,915,110)Total stockholders' equity30,941,661 30,053,016Total
liabilities and stockholders' equity$ 48,462,637 $ 47,169,843"."""

from pathlib import Path

from conftest import plain_facts

FIXTURE = Path(__file__).parent / "fixtures" / "forian-2025q2-balance-sheet.md"


def test_dates_in_a_stock_rows_description_head_no_columns(tmp_path):
    """"as of December 31, 2024" at the end of the common stock's description was read as a header over both columns:
    the rows after it (paid-in capital, deficit, equity and the balance sheet's total) were excluded as columns
    undistinguished. They stand under the balance sheet's own "June 30, 2025" and "December 31, 2024" now. The common
    stock's row keeps its whole description as its label (its dates go on its clauses: "as of June 30, 2025 and
    31,010,788 issued and outstanding as of December 31, 2024"), cut after the preferred stock's nil cells glued to it
    ("December 31, 2024--Common Stock"): us-gaap:CommonStockValue (was excluded, its label cut by the dates)."""
    facts = plain_facts(FIXTURE, tmp_path / "out")
    got = {(r["concept"].split(":")[1], r["period_end"], r["value"]) for r in facts if not r["period_start"]}
    assert {("AdditionalPaidInCapital", "2025-06-30", "81726637"), ("AdditionalPaidInCapital", "2024-12-31", "79937115"),
            ("RetainedEarningsAccumulatedDeficit", "2025-06-30", "-50816179"),
            ("StockholdersEquity", "2024-12-31", "30053016"),
            ("LiabilitiesAndStockholdersEquity", "2025-06-30", "48462637")} <= got
    assert {("CommonStockValue", "2025-06-30", "31203"), ("CommonStockValue", "2024-12-31", "31011")} <= got
    assert not any(c.startswith("PreferredStock") for c, _, _ in got)
