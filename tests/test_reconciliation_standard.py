"""Reconciliation rows that are a standard concept, where the release's own structure proves concept, sign and
segment (issue 9: at most 5% extension facts where a standard concept exists). Lines copied from Howard Hughes
Holdings' and UnitedHealth Group's releases (fixtures named below)."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import plain_facts
from prxbrl.mapping.signs import parenthesised_direction

FIXTURES = Path(__file__).parent / "fixtures"
SEGMENT = "us-gaap:StatementBusinessSegmentsAxis"


def _row(facts: list[dict], line: int) -> list[dict]:
    return [r for r in facts if r["source_line"] == str(line)]


def _cited(report: dict, line: int) -> list[str]:
    """The facts a line's figures are (report.json), in column order; None for a figure that is none."""
    return [c["fact"] for c in report["cells"] if c["line"] == line and c["status"] in ("fact", "excluded")
            and c.get("reason") != "header"]


@pytest.fixture(scope="module")
def hhh_noi(tmp_path_factory):
    out = tmp_path_factory.mktemp("hhh")
    facts = plain_facts(FIXTURES / "howard-hughes-q4-2025-segment-noi.txt", out)
    return facts, json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def unh(tmp_path_factory):
    return plain_facts(FIXTURES / "unitedhealth-q4-2024-direct-response.txt", tmp_path_factory.mktemp("unh"))


def test_gains_losses_concepts_read_the_direction_a_label_parenthesises():
    """us-gaap spells some gain-or-loss concepts in the plural (GainsLossesOnExtinguishmentOfDebt): "(Gain) loss on
    extinguishment of debt | 218" prints a loss positive, the concept's opposite; "Gain (loss) ... (218)" as it is."""
    assert parenthesised_direction("GainsLossesOnExtinguishmentOfDebt", "(Gain) loss on extinguishment of debt") is True
    assert parenthesised_direction("GainsLossesOnExtinguishmentOfDebt", "Gain (loss) on extinguishment of debt") is False


def test_add_back_of_a_loss_is_the_segment_loss(hhh_noi):
    """Howard Hughes Q4 2025, reconciliation of the Operating Assets segment's EBT to NOI, "Add back:"
    "(Gain) loss on extinguishment of debt | 218 | | | 267 | | (49) | | 698 | | | 465 | | | 233" (line 74): the
    segment EBT table printed "Gain (loss) on extinguishment of debt | (218) | ... (698) | | | (465)" for Operating
    Assets; the add-back is that loss, us-gaap:GainsLossesOnExtinguishmentOfDebt of -218 (it was the extension
    howard:LossOnExtinguishmentOfDebt of +218: the plural concept name read no direction)."""
    facts, report = hhh_noi
    assert _row(facts, 74) == []  # no fact of its own: every figure is the segment table's (line 66)
    assert [f for f in _cited(report, 74) if f] == [f for f in _cited(report, 66) if f] != []
    row = [r for r in facts if r["concept"] == "us-gaap:GainsLossesOnExtinguishmentOfDebt"]
    assert {r[SEGMENT] for r in row} == {"howard:OperatingAssetsMember"}
    assert sorted(Decimal(r["value"]) for r in row) == [Decimal(-698000), Decimal(-465000), Decimal(-267000), Decimal(-218000)]


def test_runner_up_the_segment_table_proves(hhh_noi):
    """Same table: "Interest (income) expense, net | 34,240 | | | 34,439 | | | (199) | | | 136,637 | | | 138,207"
    (line 71). The index reads us-gaap:InterestExpense, no segment's figure; its runner-up
    us-gaap:InterestIncomeExpenseNet, negated by the label's "(income)", is what the segment table printed as
    "Interest income (expense), net | (34,240) | | | (34,439) | ... " of Operating Assets: that segment's fact."""
    facts, report = hhh_noi
    assert _row(facts, 71) == []  # no fact of its own: every figure is the segment table's (line 61)
    assert [f for f in _cited(report, 71) if f] == [f for f in _cited(report, 61) if f] != []
    row = [r for r in facts if r["concept"] == "us-gaap:InterestIncomeExpenseNet" and r[SEGMENT] == "howard:OperatingAssetsMember"]
    assert {r["source_line"] for r in row} <= {"16", "61"}
    assert sorted(Decimal(r["value"]) for r in row) == [Decimal(-138207000), Decimal(-136637000), Decimal(-34439000), Decimal(-34240000)]


def test_expense_added_back_before_its_tax_effect(unh):
    """UnitedHealth Q4 2024, "Adjusted Net Earnings Per Share": "Intangible amortization | | 423 | | 400 | | 1,665"
    (line 88), then "Tax effect of intangible amortization | | (103) | | (100) | | (408)": the amortization before tax,
    us-gaap:AmortizationOfIntangibleAssets (it was the extension ext:IntangibleAmortization). The tax effect and the
    per-share rows ("Intangible amortization per share | | 0.46") are no such amount and stay the company's own."""
    row = _row(unh, 88)
    assert row and {r["concept"] for r in row} == {"us-gaap:AmortizationOfIntangibleAssets"}
    assert sorted(Decimal(r["value"]) for r in row) == [Decimal(423000000), Decimal(1665000000)]
    others = [r for r in unh if r["concept"] == "us-gaap:AmortizationOfIntangibleAssets" and r["source_line"] != "88"]
    assert others == []
