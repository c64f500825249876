"""A line item with related parties is that line item's concept with us-gaap:RelatedPartyMember
(mapping/related_party.py; US GAAP 2024 deprecates its related-party line items). Labels from real releases."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.mapping.related_party import own_element, related_base
from prxbrl.mapping.mapping_entries import _related_party
from prxbrl.pipeline import convert

FIXTURE = Path(__file__).parent / "fixtures" / "imperial-petroleum-q4-2024-income.md"
RELATED = "us-gaap:RelatedPartyTransactionsByRelatedPartyAxis"


@pytest.mark.parametrize("label, base", [
    ("Interest income – related party", "Interest income"),  # Imperial Petroleum Q4 2024
    ("Management fees - related party", "Management fees"),
    ("Dividend income from related party", "Dividend income"),
    ("Receivables from related parties", "Receivables"),
    ("Notes payable (related party)", "Notes payable"),
    ("Accounts payable, related parties", "Accounts payable"),
    ("Revenue from affiliates", "Revenue"),
])
def test_the_line_item_a_related_party_label_qualifies(label, base):
    assert related_base(label) == base


@pytest.mark.parametrize("label", ["Related party transactions", "Investment in related party", "Revenues", "Party supplies",
                                   "Equity in earnings of affiliates"])
def test_labels_without_the_qualifier(label):
    assert related_base(label) is None


def test_the_related_parties_own_element():
    # US GAAP 2024 keeps "Costs and Expenses, Related Party": the related parties' amount of "Voyage expenses"
    assert own_element("us-gaap:CostsAndExpensesRelatedParty", "Voyage expenses")
    assert own_element("us-gaap:IncreaseDecreaseInDueFromRelatedParties", "Due")  # a name's "DueFrom"
    # the generic amount of a transaction says nothing of interest income
    assert not own_element("us-gaap:RelatedPartyTransactionAmountsOfTransaction", "Interest income")
    assert not own_element("us-gaap:InvestmentIncomeInterest", "Interest income")


def test_the_pattern_is_validated():
    with pytest.raises(PrxbrlError, match="base"):
        _related_party("related part(?:y|ies)$")
    with pytest.raises(PrxbrlError, match="related_party"):
        _related_party("(?P<base>")


def test_imperial_petroleum_related_party_lines(tmp_path):
    """"| Interest income – related party |  | 743,640 |" had been us-gaap:RelatedPartyTransactionAmountsOfTransaction of
    -743,640 (through a filer's label "Related party"), "| Management fees – related party |  | 364,320 |"
    us-gaap:SponsorFees without a member; "Interest income" and "Interest income – related party" are one concept,
    two facts."""
    convert(FIXTURE, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    q4_23 = {(r["concept"], r.get(RELATED, "")): r["value"] for r in facts
             if r["period_start"] == "2023-10-01" and r["period_end"] == "2023-12-31"}
    assert q4_23[("us-gaap:InvestmentIncomeInterest", "us-gaap:RelatedPartyMember")] == "743640"
    assert q4_23[("us-gaap:InvestmentIncomeInterest", "")] == "1260971"
    assert not [k for k in q4_23 if k[0] == "us-gaap:RelatedPartyTransactionAmountsOfTransaction"]
    assert not [k for k in q4_23 if "Fee" in k[0] and not k[1]]
    # kept: the element US GAAP 2024 has for the related parties' costs and expenses
    assert q4_23[("us-gaap:CostsAndExpensesRelatedParty", "")] == "348535"
