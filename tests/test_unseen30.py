"""Releases the converter had never seen (unseen30), their wrong facts each at its mechanism.

Palomar Holdings Q4 2024 (GLOBE NEWSWIRE via Reuters, zhigehe/bulwark@c076fd03a4b0ac563749293a0224ab82e9a0701a:
content/en/news/tradingview/tagreuters.com,2025-02-12newsml_GNX66q7nM0.en.md, lines 559-567): its tangible equity
reconciliation."""

from conftest import plain_facts
from prxbrl.mapping.choose import Context, choose

PALOMAR_TANGIBLE = """\
*Tangible Stockholders*’ *equity*

|  | December 31, | | |  | December 31, | | |
| --- | --- | --- | --- | --- | --- | --- | --- |
|  | 2024 | | |  | 2023 | | |
|  | (in thousands) | | | | | | |
| Stockholders' equity | $ | 729,030 |  |  | $ | 471,252 |  |
| Goodwill and intangible assets |  | (13,242 | ) |  |  | (12,315 | ) |
| Tangible stockholders' equity | $ | 715,788 |  |  | $ | 458,937 |  |
"""


def test_goodwill_and_intangible_assets_is_no_deferred_tax_liability(tmp_path):
    # "Goodwill and intangible assets | (13,242 | )" had been us-gaap:DeferredTaxLiabilitiesGoodwillAndIntangibleAssets
    # (-13,242,000): ten filers print the words under a tax note's "Deferred tax liabilities:", and the label alone says
    # no deferred tax (mapping.toml [elements] needs_words)
    src = tmp_path / "palomar.md"
    src.write_text("# Palomar Holdings, Inc. Reports Fourth Quarter and Full Year 2024 Results\n\nPalomar Holdings, Inc. "
                   "(NASDAQ: PLMR) today reported results.\n\n" + PALOMAR_TANGIBLE, encoding="utf-8")
    facts = plain_facts(src, tmp_path / "out")
    assert not any("DeferredTax" in r["concept"] for r in facts)
    assert {r["value"] for r in facts if r["concept"] == "us-gaap:StockholdersEquity"} == {"729030000", "471252000"}
    ch = choose("Goodwill and intangible assets", Context(period="i", unit="money"))
    assert ch.qname is None or "DeferredTax" not in ch.qname
    # a label that says deferred tax still reads as one
    assert choose("Deferred tax liabilities", Context(statement="B", period="i", unit="money")).qname == "us-gaap:DeferredIncomeTaxLiabilities"


# Palomar Q4 2024, lines 196-226: the year's summary of results, whose reconciliation to adjusted net income takes the
# statement's own gain out under "Adjustments:"
PALOMAR_YEAR = """\

|  |  | | | | | |  |  |  |  |  |  |  |  |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  | Year Ended | | | | | | |  |  |  |  |  |  |  |  |
|  | December 31, | | | | | | |  |  |  |  |  |  |  |  |
|  | 2024 | | |  | 2023 | | |  | Change | | |  | % Change | | |
|  | ($ in thousands, except per share data) | | | | | | | | | | | | | | |
| Gross written premiums | $ | 1,541,962 |  |  | $ | 1,141,558 |  |  | $ | 400,404 |  |  |  | 35.1 | % |
| Ceded written premiums |  | (897,111 | ) |  |  | (731,531 | ) |  |  | (165,580 | ) |  |  | 22.6 | % |
| Net written premiums |  | 644,851 |  |  |  | 410,027 |  |  |  | 234,824 |  |  |  | 57.3 | % |
| Net earned premiums |  | 510,687 |  |  |  | 345,913 |  |  |  | 164,774 |  |  |  | 47.6 | % |
| Commission and other income |  | 2,784 |  |  |  | 3,367 |  |  |  | (583 | ) |  |  | (17.3 | )% |
| Total underwriting revenue (1) |  | 513,471 |  |  |  | 349,280 |  |  |  | 164,191 |  |  |  | 47.0 | % |
| Losses and loss adjustment expenses |  | 134,759 |  |  |  | 72,592 |  |  |  | 62,167 |  |  |  | 85.6 | % |
| Acquisition expenses, net of ceding commissions and fronting fees |  | 149,657 |  |  |  | 107,745 |  |  |  | 41,912 |  |  |  | 38.9 | % |
| Other underwriting expenses |  | 117,113 |  |  |  | 88,172 |  |  |  | 28,941 |  |  |  | 32.8 | % |
| Underwriting income (1) |  | 111,942 |  |  |  | 80,771 |  |  |  | 31,171 |  |  |  | 38.6 | % |
| Interest expense |  | (1,138 | ) |  |  | (3,775 | ) |  |  | 2,637 |  |  |  | (69.9 | )% |
| Net investment income |  | 35,824 |  |  |  | 23,705 |  |  |  | 12,119 |  |  |  | 51.1 | % |
| Net realized and unrealized gains on investments |  | 4,568 |  |  |  | 2,941 |  |  |  | 1,627 |  |  |  | 55.3 | % |
| Income before income taxes |  | 151,196 |  |  |  | 103,642 |  |  |  | 47,554 |  |  |  | 45.9 | % |
| Income tax expense |  | 33,623 |  |  |  | 24,441 |  |  |  | 9,182 |  |  |  | 37.6 | % |
| Net income | $ | 117,573 |  |  | $ | 79,201 |  |  | $ | 38,372 |  |  |  | 48.4 | % |
| Adjustments: |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
| Net realized and unrealized gains on investments |  | (4,568 | ) |  |  | (2,941 | ) |  |  | (1,627 | ) |  |  | 55.3 | % |
| Expenses associated with transactions |  | 1,479 |  |  |  | 706 |  |  |  | 773 |  |  |  | 109.5 | % |
| Stock-based compensation expense |  | 16,685 |  |  |  | 14,913 |  |  |  | 1,772 |  |  |  | 11.9 | % |
| Amortization of intangibles |  | 1,558 |  |  |  | 1,481 |  |  |  | 77 |  |  |  | 5.2 | % |
| Expenses associated with catastrophe bond |  | 2,483 |  |  |  | 1,640 |  |  |  | 843 |  |  |  | 51.4 | % |
| Tax impact |  | (1,699 | ) |  |  | (1,480 | ) |  |  | (219 | ) |  |  | 14.8 | % |
| Adjusted net income (1) | $ | 133,511 |  |  | $ | 93,520 |  |  | $ | 39,991 |  |  |  | 42.8 | % |
"""


def test_an_adjustment_repeating_a_row_negated_is_that_row_taken_out(tmp_path):
    # "Net realized and unrealized gains on investments | (4,568 | )" under "Adjustments:" below net income takes out
    # the gain the same table printed above it (4,568). It had been written as a second element, as printed:
    # us-gaap:RealizedInvestmentGainsLosses -4,568,000, because the row above had taken us-gaap:GainLossOnInvestments.
    # It is that line item again, taken out: the same fact, +4,568,000
    src = tmp_path / "palomar.md"
    src.write_text("# Palomar Holdings, Inc. Reports Fourth Quarter and Full Year 2024 Results\n\nPalomar Holdings, Inc. "
                   "(NASDAQ: PLMR) today reported results.\n\n" + PALOMAR_YEAR, encoding="utf-8")
    facts = plain_facts(src, tmp_path / "out")
    gains = {(r["concept"], r["period_end"], r["value"]) for r in facts if "Gain" in r["concept"]}
    assert gains == {("us-gaap:GainLossOnInvestments", "2024-12-31", "4568000"),
                     ("us-gaap:GainLossOnInvestments", "2023-12-31", "2941000")}
    assert {r["value"] for r in facts if r["concept"] == "us-gaap:NetIncomeLoss"} == {"117573000", "79201000"}
