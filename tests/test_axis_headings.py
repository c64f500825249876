"""A heading over a table's rows that names what they are puts their members on that axis, not the product axis.

Source: Palomar Holdings' Q4 2024 release (fixtures/palomar-q4-2024.md, unseen12 palomar-q4-2024.md lines 361-398):
gross written premiums under the headings "| State |" (California, Texas, ... Other) and "| Subsidiary |" (PSIC,
PESIC, Laulima)."""

from pathlib import Path

import pytest

from conftest import plain_facts
from prxbrl.mapping.rules import mapping_knowledge


@pytest.fixture(scope="module")
def palomar(tmp_path_factory) -> list[dict]:
    return plain_facts(Path(__file__).parent / "fixtures" / "palomar-q4-2024.md", tmp_path_factory.mktemp("pal") / "out")


def test_places_and_legal_entities_on_their_own_axes(palomar):
    """Both tables had put their rows on srt:ProductOrServiceAxis beside the products (Earthquake, Casualty, ...):
    three breakdowns of one total on one axis, whose members do not add up (4 calc warnings)."""
    gwp = [f for f in palomar if f["concept"] == "us-gaap:PremiumsWrittenGross"]
    ca = next(f for f in gwp if f["label"] == "California" and f["period_start"] == "2024-10-01")
    assert ca["srt:StatementGeographicalAxis"] == "palomar:CaliforniaMember" and ca["value"] == "157786000"
    psic = next(f for f in gwp if f["label"] == "PSIC" and f["period_start"] == "2024-10-01")
    assert psic["dei:LegalEntityAxis"] == "palomar:PsicMember" and psic["value"] == "170275000"
    assert not any(f.get("srt:ProductOrServiceAxis") for f in gwp if f["label"] in ("California", "PSIC", "Laulima"))


def test_the_heading_is_the_whole_label():
    kn = mapping_knowledge()
    assert kn.geographic_heading.match("State") and kn.geographic_heading.match("Region:")
    assert kn.entity_heading.match("Subsidiary") and not kn.entity_heading.match("Subsidiary borrowings")
    assert not kn.geographic_heading.match("Statement of operations")


def test_a_statement_of_comprehensive_income_is_a_statement_of_flows():
    """Spotify Q3 2024 (unseen18 spotify-q3-2024.md line 22): "## Interim condensed consolidated statement of
    comprehensive income/(loss) (Unaudited)" had no kind of statement: its lines adding up to "Total comprehensive
    income/(loss) for the period attributable to owners of the parent" were members of an extension total (net
    income a product member of it). Read as a statement of income, they are us-gaap:NetIncomeLoss, the
    us-gaap:OtherComprehensiveIncome... line items and us-gaap:ComprehensiveIncomeNetOfTax."""
    from prxbrl.mapping.rules import table_kind

    assert table_kind("## Interim condensed consolidated statement of comprehensive income/(loss) (Unaudited)", []) == "income"
    assert table_kind("Consolidated Statements of Comprehensive Loss", []) == "income"
