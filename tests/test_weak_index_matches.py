"""Weak matches of the concept index that no longer beat "no standard concept", and close concepts told apart by the
statement, from releases the converter was never built on (unseen round 20: GeoVax FY2024, Nephros Q4 2024, Southern
Q4 2006; tests/fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import at_line, facts_and_report

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.coverage import other_of_another

FIXTURES = Path(__file__).parent / "fixtures"
BALANCE = Context(statement="B", period="i", unit="money")


def test_the_other_part_of_a_line_item_is_no_reading_of_a_label_joining_it_with_other_things():
    """GeoVax FY2024, line 98 (its balance sheet flattened on one line): "Property and other assets 221 1,397" (property, and the other assets) was
    us-gaap:PropertyPlantAndEquipmentOther (the other property), found through filers' "Other property, net"
    (similarity 0.72)."""
    ch = choose("Property and other assets", BALANCE)
    assert ch.qname is None
    assert "other assets" in ch.evidence[0]
    assert other_of_another("Property and other assets", "other property net", "us-gaap:PropertyPlantAndEquipmentOther", 0.72)
    # an element that says what the other things are reads the label ("Prepaid expenses and other current assets")
    assert not other_of_another("Prepaid expenses and other current assets", "prepaid expense other current asset",
                                "us-gaap:PrepaidExpenseAndOtherAssetsCurrent", 0.95)
    # and an element that is no other part ("Accretion expense and other provisions": the accretion expense)
    assert not other_of_another("Accretion expense and other provisions", "accretion expense",
                                "us-gaap:AssetRetirementObligationAccretionExpense", 0.71)


@pytest.fixture(scope="module")
def geovax(tmp_path_factory):
    return facts_and_report(FIXTURES / "geovax-fy2024.md", tmp_path_factory.mktemp("geovax24") / "out")


def test_geovax_property_and_other_assets_is_the_companys_own(geovax):
    facts, _ = geovax
    rows = [r for r in at_line(facts, 98) if r["label"] == "Property and other assets"]
    assert {(r["concept"], r["period_end"], r["value"]) for r in rows} == {
        ("govx:PropertyAndOtherAssets", "2024-12-31", "221000"), ("govx:PropertyAndOtherAssets", "2023-12-31", "1397000")}
    cash = {(r["concept"], r["value"]) for r in at_line(facts, 98) if r["label"].endswith("Cash and cash equivalents")}
    assert cash == {("us-gaap:CashAndCashEquivalentsAtCarryingValue", "5507000"), ("us-gaap:CashAndCashEquivalentsAtCarryingValue", "6453000")}


