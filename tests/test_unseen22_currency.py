"""The currency of a Canadian issuer that reports in U.S. dollars (benchmarks/unseen/, its SOURCES.tsv): Shopify Q3 2025
(PDF rendered as markdown). Every table is headed "(In US $ millions)", with a space between "US" and "$"; the release
shows a TSX listing (line 5), SEDAR+ (line 45) and "US and Canadian regulators" (line 97). Main read every amount as
Canadian dollars (156 facts): "US $" was not the U.S. dollar, and the adjective "Canadian" was taken as where the issuer
is based. The lines below are the release's own, copied verbatim."""

from __future__ import annotations

from pathlib import Path

from conftest import at_line, facts_and_report, plain_facts

from prxbrl.reporting_currency import _US_DOLLAR, domestic_dollar

SHOPIFY = [
    "# Q3-2025-Press-ReleaseShopify",
    "",
    "## Shopify Beats Across the Board: Q3 Shows Growth, Efficiency, Brand Wins",
    "",
    "Internet, Everywhere - November 4, 2025 - Shopify Inc. (NASDAQ, TSX: SHOP) announced today financial results for the quarter ended September 30, 2025. Shopify achieved 32% revenue growth and 18% free cash flow margin, marking nine consecutive quarters of double-digit free cash flow margins.",
    "",
    "Shopify’s Form 10-Q for the quarter ended September 30, 2025, including the unaudited Condensed Consolidated Financial Statements and accompanying Notes, and Management’s Discussion and Analysis, will be available on Shopify’s website at www.shopify.com and will be filed on EDGAR at www.sec.gov and on SEDAR+ at www.sedarplus.ca.",
    "",
    "---",
    "",
    "## Shopify Inc. Condensed Consolidated Statement of Operations",
    "(In US $ millions)",
    "",
    "|                                                              | Three months ended |         |         |",
    "|--------------------------------------------------------------|--------------------|---------|---------|",
    "|                                                              | September 30, 2025 | September 30, 2024 | |",
    "| Revenues                                                     |                    |         |         |",
    "| Subscription solutions                                       | 699                | 610     | |",
    "| Merchant solutions                                           | 2,145              | 1,552   | |",
    "|                                                              | 2,844              | 2,162   | |",
    "| Gross profit                                                | 1,391              | 1,118   | |",
    "| Operating income                                            | 343                | 283     | |",
    "",
    "Note: More detailed Condensed Consolidated Statements of Operations and Comprehensive Income are available in the Quarterly Report on Form 10-Q filed concurrently with this press release with US and Canadian regulators and available at www.sec.gov and www.sedarplus.ca.",
]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "shopify.md"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_us_dollar_with_a_space_is_the_us_dollar():
    assert _US_DOLLAR.search("(In US $ millions)")
    assert _US_DOLLAR.search("(In US $ millions, except percentages)")
    assert domestic_dollar(SHOPIFY, []) is None


def test_a_canadian_adjective_is_no_place():
    # without the note naming the U.S. dollar, the release still shows no place in Canada: "US and Canadian
    # regulators" says with whom it files, not where it is; its dateline is "Internet, Everywhere"
    bare = [x.replace("(In US $ millions)", "(In $ millions)") for x in SHOPIFY]
    assert domestic_dollar(bare, []) is None
    # a province in a dateline is a place
    assert domestic_dollar(["TORONTO, Ontario, Nov. 4, 2025 -- " + bare[4]] + bare[5:], []) == "CAD"


def test_shopify_amounts_are_in_us_dollars(tmp_path):
    facts = plain_facts(_write(tmp_path, SHOPIFY), tmp_path / "out")
    money = [r for r in facts if r["unit"].startswith("iso4217:")]
    assert money and {r["unit"] for r in money} == {"iso4217:USD"}
    assert {r["value"] for r in at_line(facts, 20)} == {"2844000000", "2162000000"}  # the unlabelled revenue total


def test_an_inferred_dollar_is_explained_in_the_report(tmp_path):
    # a dateline in a province, a TSX listing, no currency named: the "$" is CAD and the report says why
    lines = ["TORONTO, Ontario, Nov. 4, 2025 -- " + SHOPIFY[4]] + [x.replace("(In US $ millions)", "(In $ millions)") for x in SHOPIFY[5:]]
    facts, report = facts_and_report(_write(tmp_path, lines), tmp_path / "out")
    assert {r["unit"] for r in facts if r["unit"].startswith("iso4217:")} == {"iso4217:CAD"}
    notes = [f["message"] for f in report["findings"] if f["code"] == "table.currency"]
    assert notes and '("TSX", line 1)' in notes[0] and '("Ontario", line 1)' in notes[0]
