"""An amount per share the label states of its line item ("Common Stock, par value $0.001 per share, ...") makes no
per-share row: the row's figures are the line item's amounts. A balance sheet's common and preferred stock captions
state their par values so; read as per share, the common stock's amount was written as a par value per share.

The lines are copied from real releases: OneSpan Q2 2026 (fixture, line 65) and The Glimpse Group Q2 FY2025 (ACCESS
Newswire, balance sheet lines 54-55)."""

from conftest import ROOT, at_line, plain_facts

from prxbrl.tables.columns import label_unit

ONESPAN = ("Common stock: $0.001 par value per share, 75,000 shares authorized; 42,252 and 42,091 shares issued; 36,783 "
           "and 37,361 shares outstanding at June 30, 2026 and December 31, 2025, respectively.")
GLIMPSE = [
    "Preferred Stock, par value $0.001 per share, 20 million shares authorized; 0 shares issued and outstanding",
    "Common Stock, par value $0.001 per share, 300 million shares authorized; 20,272,006 and 18,158,217 issued and "
    "outstanding, respectively",
]


def test_a_par_value_per_share_in_the_caption_names_no_unit():
    assert [label_unit(x) for x in (ONESPAN, *GLIMPSE)] == [None, None, None]
    assert label_unit("Cash dividends declared ($0.25 per share)") is None


def test_labels_that_are_amounts_per_share_keep_their_unit():
    assert label_unit("Net income per diluted share") == "per_share"
    assert label_unit("Dividends declared per common share") == "per_share"
    assert label_unit("Common stock, par value per share") == "per_share"  # the par value itself, no amount stated


def test_the_common_stock_amount_is_no_par_value(tmp_path):
    facts = at_line(plain_facts(ROOT / "tests" / "fixtures" / "onespan-q2-2026.txt", tmp_path / "out"), 65)
    assert {(r["concept"], r["period_end"], r["unit"], r["value"]) for r in facts} == {
        ("us-gaap:CommonStockValue", "2026-06-30", "iso4217:USD", "37000"),
        ("us-gaap:CommonStockValue", "2025-12-31", "iso4217:USD", "37000"),
        # the caption's own figures (tables.label_shares), in thousands as the table's amounts: its par value, and its
        # counts at the dates it names
        ("us-gaap:CommonStockParOrStatedValuePerShare", "2026-06-30", "iso4217:USD/xbrli:shares", "0.001"),
        ("us-gaap:CommonStockParOrStatedValuePerShare", "2025-12-31", "iso4217:USD/xbrli:shares", "0.001"),
        ("us-gaap:CommonStockSharesAuthorized", "2026-06-30", "xbrli:shares", "75000000"),
        ("us-gaap:CommonStockSharesAuthorized", "2025-12-31", "xbrli:shares", "75000000"),
        ("us-gaap:CommonStockSharesIssued", "2026-06-30", "xbrli:shares", "42252000"),
        ("us-gaap:CommonStockSharesIssued", "2025-12-31", "xbrli:shares", "42091000"),
        ("us-gaap:CommonStockSharesOutstanding", "2026-06-30", "xbrli:shares", "36783000"),
        ("us-gaap:CommonStockSharesOutstanding", "2025-12-31", "xbrli:shares", "37361000"),
    }


def test_glimpse_equity_captions(tmp_path):
    src = tmp_path / "glimpse.md"
    src.write_text("\n".join([
        "# The Glimpse Group Reports Financial Results for Fiscal Second Quarter 2025",
        "",
        "NEW YORK, NY / ACCESS Newswire / February 13, 2025 / The Glimpse Group, Inc. (NASDAQ:VRAR) reported results.",
        "",
        "THE GLIMPSE GROUP, INC. AND SUBSIDIARIES",
        "CONDENSED CONSOLIDATED BALANCE SHEETS",
        "",
        "| | | December 31, 2024 | | | | June 30, 2024 | |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        "| Total liabilities | | 4,336,748 | | | | 4,020,118 | |",
        "| Stockholders' Equity | | | | | | | |",
        f"| {GLIMPSE[0]} | | - | | | | - | |",
        f"| {GLIMPSE[1]} | | 20,272 | | | | 18,158 | |",
        "| Additional paid-in capital | | 81,925,269 | | | | 74,559,600 | |",
        "| Accumulated deficit | | (64,027,593 | ) | | | (63,039,273 | ) |",
        "| Total stockholders' equity | | 17,917,948 | | | | 11,538,485 | |",
    ]) + "\n", encoding="utf-8")
    facts = plain_facts(src, tmp_path / "out")
    got = {(r["concept"], r["period_end"], r["unit"], r["value"]) for r in facts if r["source_line"] in ("12", "13")}
    assert ("us-gaap:CommonStockValue", "2024-12-31", "iso4217:USD", "20272") in got
    assert ("us-gaap:CommonStockValue", "2024-06-30", "iso4217:USD", "18158") in got
    # the captions' par values and counts are facts of their own (tables.label_shares), as printed: "20 million"
    assert ("us-gaap:PreferredStockSharesAuthorized", "2024-12-31", "xbrli:shares", "20000000") in got
    assert ("us-gaap:CommonStockSharesIssued", "2024-12-31", "xbrli:shares", "20272006") in got
    assert ("us-gaap:CommonStockSharesOutstanding", "2024-06-30", "xbrli:shares", "18158217") in got
    assert ("us-gaap:CommonStockParOrStatedValuePerShare", "2024-06-30", "iso4217:USD/xbrli:shares", "0.001") in got
    assert not [g for g in got if g[2].endswith("shares") and g[0] in ("us-gaap:CommonStockValue", "us-gaap:PreferredStockValue")]
