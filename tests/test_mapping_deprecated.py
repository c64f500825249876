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
