"""A row outside the statements whose figures the statements print: the statement's line item printed again.

Source: fixtures/nvidia-q1-fy2023-statements-reconciliation.txt, lines of NVIDIA's Q1 FY2023 release (corpus
nvidia-q1-fy2023.txt lines 1-3 and 76-221: the statements and the reconciliation of GAAP to non-GAAP measures)."""

from pathlib import Path

import pytest

from conftest import plain_facts

FIXTURES = Path(__file__).parent / "fixtures"
Q1, Q4, Q1_LAST_YEAR = ("2022-01-31", "2022-05-01"), ("2021-11-01", "2022-01-30"), ("2021-02-01", "2021-05-02")


@pytest.fixture(scope="module")
def nvidia(tmp_path_factory) -> list[dict]:
    return plain_facts(FIXTURES / "nvidia-q1-fy2023-statements-reconciliation.txt", tmp_path_factory.mktemp("nv") / "out")


def _facts(facts: list[dict], label: str) -> dict[tuple[str, str], tuple[str, str]]:
    return {(f["period_start"], f["period_end"]): (f["concept"], f["value"]) for f in facts if f["label"] == label}


def test_a_longer_label_of_the_statements_figures_is_their_concept(nvidia):
    """The income statement prints "Weighted average shares used in per share computation (A):" / "Diluted 2,537
    2,528"; the reconciliation "Weighted average shares used in diluted net income per share computation (D) 2,537
    2,545 2,528". The label reads as us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding below the similarity a
    label outside the statements needs, so it had been the extension nvda:WeightedAverageSharesUsedInDiluted...; the
    statement's figures for the same quarters say it is that concept, and the quarter only the reconciliation prints
    (Nov 2021 - Jan 2022) is a fact of it too."""
    row = _facts(nvidia, "Weighted average shares used in diluted net income per share computation (D)")
    assert row[Q4] == ("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "2545000000")
    assert not any(f["concept"].startswith("nvidia:WeightedAverage") for f in nvidia)


def test_the_statements_figures_read_with_the_sign_the_label_gives(nvidia):
    """The cash-flow statement's "Purchases related to property and equipment and intangible assets (361) (298)" is
    us-gaap:PaymentsToAcquirePropertyPlantAndEquipment 361, 298 (a payment, positive); the free-cash-flow
    reconciliation prints the same row "(361) (273) (298)": the same payments, 273 in the quarter the statement does
    not print, not an extension of its own."""
    row = _facts(nvidia, "Purchases related to property and equipment and intangible assets")
    assert row[Q4] == ("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "273000000")
    assert not any(f["concept"].startswith("nvidia:PurchasesRelated") for f in nvidia)


def test_a_line_item_of_its_own_printed_again_outside_the_statements_is_one_element(nvidia):
    """"Principal payments on property and equipment and intangible assets (22) (19)" in the cash-flow statement and
    "(22) (21) (19)" in the free-cash-flow reconciliation: the company's one line item (the statement's extension has
    no balance, the reconciliation's label reads as a debit), not a second element "...IntangibleAssets2"."""
    row = _facts(nvidia, "Principal payments on property and equipment and intangible assets")
    assert {concept for concept, _ in row.values()} == {"nvidia:PrincipalPaymentsOnPropertyAndEquipmentAndIntangibleAssets"}
    assert row[Q4][1] == "-21000000" and row[Q1][1] == "-22000000" and row[Q1_LAST_YEAR][1] == "-19000000"


def test_a_figure_the_statements_print_otherwise_stays_the_companys_own(nvidia):
    """"Losses (gains) from non-affiliated investments 17 53 (134)" in the reconciliation against the cash-flow
    statement's "Losses (gains) on investments in non affiliates, net 17 (133)": a column differs, so neither
    confirms the other; the reconciliation's row stays a line item of its own."""
    row = _facts(nvidia, "Losses (gains) from non-affiliated investments")
    assert row and all(not concept.startswith("us-gaap:") for concept, _ in row.values())
