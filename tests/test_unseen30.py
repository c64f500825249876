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
