"""The components of other comprehensive income a statement of comprehensive income prints after net income
(``mapping/comprehensive.py``), and a sum that closes its heading's block (``arithmetic.open_section``), from the
releases' real lines: Amazon Q3 2025, Microsoft FY24 Q4, Spotify Q3 2024."""

from __future__ import annotations

import csv
from pathlib import Path

from prxbrl.pipeline import convert

AMAZON = """# AMAZON.COM, INC. Announces Third Quarter Results

SEATTLE, October 30, 2025 -- Amazon.com, Inc. today announced financial results for its third quarter ended September 30, 2025.

## AMAZON.COM, INC.
## Consolidated Statements of Comprehensive Income
(in millions) (unaudited)

| | Three Months Ended September 30, 2024 | Three Months Ended September 30, 2025 | Nine Months Ended September 30, 2024 | Nine Months Ended September 30, 2025 |
|---|---|---|---|---|
| Net income | $ 15,328 | $ 21,187 | $ 39,244 | $ 56,478 |
| Other comprehensive income (loss): | | | | |
| Foreign currency translation adjustments, net of tax of $(45), $27, $43, and $(181) | 1,911 | (690) | 178 | 4,159 |
| Available-for-sale debt securities: | | | | |
| Change in net unrealized gains (losses), net of tax of $(55), $(3,797), $(282), and $(3,820) | 167 | 12,397 | 944 | 12,474 |
| Less: reclassification adjustment for losses (gains) included in “Other income (expense), net,” net of tax of $0, $512, $(1), and $1,326 | — | (1,795) | 4 | (4,266) |
| Net change | 167 | 10,602 | 948 | 8,208 |
| Other, net of tax of $3, $0, $1, and $0 | (3) | 1 | (4) | — |
| Total other comprehensive income (loss) | 2,075 | 9,913 | 1,122 | 12,367 |
| Comprehensive income | $ 17,403 | $ 31,100 | $ 40,366 | $ 68,845 |
"""

MICROSOFT = """# Microsoft Cloud and AI strength drives fourth quarter results

REDMOND, Wash. — July 30, 2024 — Microsoft Corp. today announced the following results for the quarter ended June 30, 2024.

## COMPREHENSIVE INCOME STATEMENTS
(In millions) (Unaudited)

| | Three Months Ended June 30, 2024 | Three Months Ended June 30, 2023 | Twelve Months Ended June 30, 2024 | Twelve Months Ended June 30, 2023 |
|---|---|---|---|---|
| Net income | $22,036 | $20,081 | $88,136 | $72,361 |
| Other comprehensive income (loss), net of tax: | | | | |
| Net change related to derivatives | (4) | 20 | 24 | (14) |
| Net change related to investments | 88 | (648) | 957 | (1,444) |
| Translation adjustments and other | (239) | (71) | (228) | (207) |
| Other comprehensive income (loss) | (155) | (699) | 753 | (1,665) |
| Comprehensive income | $21,881 | $19,382 | $88,889 | $70,696 |
"""

SPOTIFY = """# Spotify Technology S.A. Announces Financial Results for Third Quarter 2024

LUXEMBOURG, November 12, 2024 — Spotify Technology S.A. today reported financial results for the third quarter of 2024.

## Interim condensed consolidated statement of comprehensive income/(loss) (Unaudited)
_(in € millions)_

|  | Note | Three months ended September 30, 2024 | Three months ended September 30, 2023 | Nine months ended September 30, 2024 | Nine months ended September 30, 2023 |
|---|------|------------------------------------|------------------------------------|------------------------------------|------------------------------------|
| **Net income/(loss) attributable to owners of the parent** |  | 300 | 65 | 771 | (462) |
| **Other comprehensive income/(loss)** |  |  |  |  |  |
| Change in net unrealized gain or loss on short term investments | 13, 19 | 8 | (4) | 7 | 1 |
| Change in net unrealized gain or loss on cash flow hedging instruments | 13, 19 | (1) | (6) | (3) | (13) |
| Change in foreign currency translation adjustment | 13, 19 | (42) | 31 | (14) | 9 |
| **Items not to be subsequently reclassified to interim condensed consolidated statement of operations (net of tax):** |  |  |  |  |  |
| (Losses)/gains in the fair value of long term investments | 13, 19 | (257) | (102) | 308 | (201) |
| Change in fair value of Exchangeable Notes due to change in the Group's credit risk | 15, 19 | — | — | (4) | (10) |
| **Other comprehensive (loss)/income for the period (net of tax)** |  | (292) | (81) | 294 | (214) |
| **Total comprehensive income/(loss) for the period attributable to owners of the parent** |  | 8 | (16) | 1065 | (676) |
"""


def _concepts(text: str, tmp_path: Path) -> dict[str, set[tuple[str, str]]]:
    """The concepts (and values) of each label's facts."""
    src = tmp_path / "release.md"
    src.write_text(text, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    out: dict[str, set[tuple[str, str]]] = {}
    for r in csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")):
        out.setdefault(r["label"].split(",")[0], set()).add((r["concept"], r["value"]))
    return out


def _one(facts, label: str) -> str:
    concepts = {c for c, _ in facts[label]}
    assert len(concepts) == 1, (label, concepts)
    return concepts.pop()


def test_amazon_net_change_under_a_heading_is_the_headings_and_other_after_it_is_not(tmp_path):
    facts = _concepts(AMAZON, tmp_path)
    # "Net change" sums the rows of "Available-for-sale debt securities:": the heading names it (it was a cash-flow
    # hedge's, the concept some filers' "Net change" under their hedges' heading is)
    assert facts["Net change"] == {("us-gaap:OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax", v)
                                   for v in ("167000000", "10602000000", "948000000", "8208000000")}
    # the unrealized gains arising in the period (excluded before: signed by the wrong sum); their sign as printed
    assert ("us-gaap:OtherComprehensiveIncomeUnrealizedHoldingGainLossOnSecuritiesArisingDuringPeriodNetOfTax", "12397000000") \
        in facts["Change in net unrealized gains (losses)"]
    # "Other" after the heading's sum stands outside it: no available-for-sale securities' adjustment, but the other
    # item of other comprehensive income ("Other comprehensive income (loss): Other, net": filers' word for word label
    # of us-gaap:OtherComprehensiveIncomeOtherNetOfTax, whose words once each are those of the total another row is)
    assert facts["Other"] == {("us-gaap:OtherComprehensiveIncomeOtherNetOfTax", v) for v in ("-3000000", "1000000", "-4000000", "0")}
    # "net of tax of $(45) ...": the amount after tax, not before it nor the tax
    assert _one(facts, "Foreign currency translation adjustments") == \
        "us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax"


def test_microsoft_components_are_no_income_statement_concepts(tmp_path):
    facts = _concepts(MICROSOFT, tmp_path)
    derivatives, investments = _one(facts, "Net change related to derivatives"), _one(facts, "Net change related to investments")
    # not us-gaap:UnrealizedGainLossOnDerivatives (a gain in net income), nor the part arising in the period
    assert derivatives != "us-gaap:UnrealizedGainLossOnDerivatives" and "ArisingDuringPeriod" not in derivatives
    # the whole change of the derivatives qualifying as hedges, as Microsoft's own filings tag it: found through filers'
    # labels of the parent's share of it ("Change in fair value of derivatives, net"), which, where no noncontrolling
    # interest shares it, is the whole (it was the company's own); its direction as printed
    assert facts["Net change related to derivatives"] == {
        ("us-gaap:OtherComprehensiveIncomeLossDerivativesQualifyingAsHedgesNetOfTax", v) for v in ("-4000000", "20000000", "24000000", "-14000000")}
    # not a cash-flow hedge's, found through filers' bare "Net change"
    assert "CashFlowHedge" not in investments
    assert ("us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax", "-239000000") \
        in facts["Translation adjustments and other"]
    # the total of the components, no comprehensive income (which US GAAP sums it into), nor the parent's share of
    # it in a table that prints no noncontrolling interest
    assert facts["Other comprehensive income (loss)"] == {("us-gaap:OtherComprehensiveIncomeLossNetOfTax", v)
                                                         for v in ("-155000000", "-699000000", "753000000", "-1665000000")}


def test_spotify_fair_value_of_long_term_investments_in_oci_is_no_gain_in_net_income(tmp_path):
    facts = _concepts(SPOTIFY, tmp_path)
    concept = _one(facts, "(Losses)/gains in the fair value of long term investments")
    assert concept != "us-gaap:GainLossOnInvestments" and not concept.startswith("us-gaap:")
    assert _one(facts, "Change in net unrealized gain or loss on short term investments") == \
        "us-gaap:OtherComprehensiveIncomeUnrealizedHoldingGainLossOnSecuritiesArisingDuringPeriodNetOfTax"


def test_the_whole_of_a_parents_share_of_a_component():
    from prxbrl.mapping.comprehensive import whole_of_share

    assert whole_of_share("us-gaap:OtherComprehensiveIncomeDerivativesQualifyingAsHedgesNetOfTaxPortionAttributableToParent") \
        == "us-gaap:OtherComprehensiveIncomeLossDerivativesQualifyingAsHedgesNetOfTax"
    assert whole_of_share("us-gaap:OtherComprehensiveIncomeAvailableforsaleSecuritiesAdjustmentNetOfTaxPortionAttributableToParent") \
        == "us-gaap:OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax"
    # no share, or a share whose whole no element names
    assert whole_of_share("us-gaap:OtherComprehensiveIncomeLossNetOfTax") is None
    assert whole_of_share("us-gaap:OtherComprehensiveIncomeDefinedBenefitPlansAdjustmentNetOfTaxPortionAttributableToParent") is None


def test_the_rows_of_other_comprehensive_income():
    from prxbrl.mapping.comprehensive import oci_item, oci_misfit, oci_row

    labels = ("Net income", "Foreign currency translation adjustments", "Total other comprehensive income (loss)", "Comprehensive income")
    section = ("Other comprehensive income (loss)",)
    assert oci_row(labels[1], labels, 1, section)
    assert not oci_row(labels[1], labels, 1, ())  # no heading nor line says other comprehensive income
    # an income statement's lines after net income, with no comprehensive income after them
    eps = ("Net income", "Basic earnings per share", "Diluted earnings per share")
    assert not oci_row(eps[1], eps, 1, section)
    assert not oci_item("us-gaap:GainLossOnInvestments") and oci_item("us-gaap:OtherComprehensiveIncomeLossTax")
    # nowhere else
    assert oci_misfit("us-gaap:GainLossOnInvestments", "I", "Gain on investments", ("Revenue", "Gain on investments", "Net income"), 1) is None
