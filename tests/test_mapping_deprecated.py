"""Deprecated US GAAP 2024 concepts: the concept index knows them (from the taxonomy's deprecation linkbases) and a
mapping file, the converter's or a user's, may not name one (the error says what replaces it where the taxonomy
names one concept)."""

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.mapping.index import concept_index
from prxbrl.mapping.rules import load_user_rules, mapping_knowledge


def _write(tmp_path, concept):
    p = tmp_path / "rules.toml"
    p.write_text(f'[[rule]]\nconcept = "{concept}"\nlabels = ["deferred tax assets"]\n', encoding="utf-8")
    return p


def test_the_index_knows_deprecated_concepts():
    dep = concept_index().deprecated
    # current deferred tax assets went with ASU 2015-17; TreasuryStockShares gave way to TreasuryStockCommonShares
    assert "us-gaap:DeferredTaxAssetsNetCurrent" in dep and "us-gaap:TreasuryStockShares" in dep
    assert "us-gaap:Revenues" not in dep and "us-gaap:DeferredIncomeTaxAssetsNet" not in dep
    assert not any(c.qname in dep for c in concept_index().concepts)


def test_a_user_rule_naming_a_deprecated_concept_is_an_error(tmp_path):
    with pytest.raises(PrxbrlError, match=r"rule 1: us-gaap:DeferredTaxAssetsNetCurrent is deprecated in US GAAP 2024"):
        load_user_rules(_write(tmp_path, "us-gaap:DeferredTaxAssetsNetCurrent"))
    assert load_user_rules(_write(tmp_path, "us-gaap:DeferredIncomeTaxAssetsNet"))


def test_the_converters_rules_name_no_deprecated_concept():
    dep = concept_index().deprecated
    assert not [r.concept for r in mapping_knowledge().rules if r.concept in dep]


# the uses filers printed of concepts the 2024 taxonomy deprecates without naming a replacement
# (label-usage/sec-fsds 2009-2010 and company label linkbases): their labels count for the concept that replaced them
_RESTRICTED = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"


def test_a_replacement_the_deprecation_linkbase_does_not_name_is_read_from_filers_labels():
    dep = concept_index().deprecated
    # ASU 2016-18: the change in cash and the exchange-rate effect are those of cash with restricted cash now
    assert dep["us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease"] == _RESTRICTED + "PeriodIncreaseDecreaseIncludingExchangeRateEffect"
    assert dep["us-gaap:EffectOfExchangeRateOnCashAndCashEquivalents"] == "us-gaap:EffectOfExchangeRateOn" + _RESTRICTED.split(":")[1]
    assert dep["us-gaap:PaymentsToAcquireAvailableForSaleSecurities"] == "us-gaap:PaymentsToAcquireAvailableForSaleSecuritiesDebt"
    # its labels are as often those of the sale and maturity of securities as of the sale of debt securities: none
    assert dep["us-gaap:ProceedsFromSaleOfAvailableForSaleSecurities"] is None
    # a third of its labels are printed for an other-comprehensive-income concept: not enough
    assert dep["us-gaap:UnrealizedGainLossOnSecurities"] is None
    # no concept of the same type, period type and balance has all the words of its name
    assert dep["us-gaap:DeferredTaxLiabilitiesNoncurrent"] is None


@pytest.mark.parametrize("label,concept", [
    # 2010q2 filers' labels of CashAndCashEquivalentsPeriodIncreaseDecrease and EffectOfExchangeRateOnCashAndCashEquivalents
    ("Net change in cash", _RESTRICTED + "PeriodIncreaseDecreaseIncludingExchangeRateEffect"),
    ("Net change in cash and cash equivalents", _RESTRICTED + "PeriodIncreaseDecreaseIncludingExchangeRateEffect"),
    ("Effect of exchange rate changes on cash", "us-gaap:EffectOfExchangeRateOn" + _RESTRICTED.split(":")[1]),
])
def test_labels_of_a_deprecated_concept_find_its_replacement(label, concept):
    from prxbrl.mapping.choose import Context, choose

    assert choose(label, Context(statement="C", period="d", unit="money")).qname == concept
