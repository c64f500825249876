"""Concepts the structure of a statement or the words the element names decide, from two unseen releases.

Computer Modelling Group Q3 FY2025 (fixture cmg-q3-fy2025-statements.md): its statement of financial position sums
each current part in a row with no label ("|  | 67,677 |"), which ends the "Current liabilities:" heading; it deducts no
accumulated depreciation anywhere; its income statement prints "Income and other taxes" between the profit before them
and net income. Kimco Realty Q4 2024 (fixture kimco-q4-2024-balance.md): "Redeemable noncontrolling interests" between
total liabilities and the stockholders' equity, and "Noncontrolling interests" within total equity."""

import csv
from pathlib import Path

import pytest

from prxbrl.mapping.choose import Context, choose
from prxbrl.pipeline import convert

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(tmp_path, name: str) -> tuple[list[str], list[dict]]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    convert(FIXTURES / name, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return lines, list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def _concepts(lines: list[str], facts: list[dict], prefix: str, nth: int = 0) -> set[str]:
    line = [i + 1 for i, x in enumerate(lines) if x.startswith(prefix)][nth]
    return {r["concept"] for r in facts if r["source_line"] == str(line)}


@pytest.fixture(scope="module")
def cmg(tmp_path_factory):
    return _facts(tmp_path_factory.mktemp("cmg"), "cmg-q3-fy2025-statements.md")


def test_a_row_of_figures_with_no_label_ends_its_section(cmg):
    lines, facts = cmg
    # "| Lease liabilities | 2,298 |" above the current liabilities' sum, "| Lease liabilities | 35,144 |" below it
    assert _concepts(lines, facts, "| Lease liabilities |", 0) == {"us-gaap:OperatingLeaseLiabilityCurrent"}
    assert _concepts(lines, facts, "| Lease liabilities |", 1) == {"us-gaap:OperatingLeaseLiabilityNoncurrent"}
    # "| Stock-based compensation liabilities | 252 |" below it is no current liability
    assert not any(c.endswith("Current") for c in _concepts(lines, facts, "| Stock-based compensation liabilities |"))


def test_property_on_a_balance_sheet_deducting_no_depreciation_is_net(cmg):
    lines, facts = cmg
    assert _concepts(lines, facts, "| Property and equipment | 9,808") == {"us-gaap:PropertyPlantAndEquipmentNet"}


def test_income_and_other_taxes_before_net_income_is_the_income_tax(cmg):
    lines, facts = cmg
    assert _concepts(lines, facts, "| Income and other taxes | 3,562") == {"us-gaap:IncomeTaxExpenseBenefit"}


def test_redeemable_noncontrolling_interests_are_the_redeemable_ones(tmp_path):
    lines, facts = _facts(tmp_path, "kimco-q4-2024-balance.md")
    assert _concepts(lines, facts, "| Redeemable noncontrolling interests |") == {
        "us-gaap:RedeemableNoncontrollingInterestEquityCarryingAmount"}
    assert _concepts(lines, facts, "|  | Noncontrolling interests |") == {"us-gaap:MinorityInterest"}
    # the label alone: the element names "redeemable", us-gaap:MinorityInterest (found through a few filers of
    # 2009-2010) does not
    ch = choose("Redeemable noncontrolling interests", Context(statement="B", period="i", unit="money"))
    assert ch.qname == "us-gaap:RedeemableNoncontrollingInterestEquityCarryingAmount"
