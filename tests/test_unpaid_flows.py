"""A label that says an amount was not paid (incurred and owed, or carried in a liability) is no cash paid or received
(mapping/statement_fit.py, mapping.toml [labels] unpaid_said).

Sources: the recent-era development set of benchmarks/label_accuracy.py (company label linkbases of 2019-2024):
Workiva's "Purchases of property and equipment, accrued but not paid" (us-gaap:CapitalExpendituresIncurredButNotYetPaid)
and Tesla's "Acquisitions of property and equipment included in liabilities"
(us-gaap:NoncashOrPartNoncashAcquisitionValueOfAssetsAcquired1): with those companies held out of the index, the
first found no concept and the second became us-gaap:PaymentsToAcquirePropertyPlantAndEquipment, a cash payment the
statement did not make. The FSDS label pairs' "Capital expenditures included in accounts payable", "Property, plant and
equipment additions in accounts payable" are the same disclosure."""

import pytest

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.index import concept_index
from prxbrl.mapping.statement_fit import paid_for_unpaid, statement_misfit

_CF = Context(statement="C", period="d", unit="money")
_PAID = ("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "us-gaap:PaymentsToAcquireProductiveAssets")


@pytest.mark.parametrize("label", [
    "Purchases of property and equipment, accrued but not paid",
    "Acquisitions of property and equipment included in liabilities",
    "Property, plant and equipment additions in accounts payable",
    "Purchases of property and equipment, not yet paid at end of period",
])
def test_an_unpaid_purchase_is_no_payment(label):
    ch = choose(label, _CF)
    assert ch.qname not in _PAID
    assert not {q for q, _ in ch.runners_up} & set(_PAID)
    info = concept_index().get("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment")
    assert statement_misfit(info, "C", label) == "cash paid or received, where the label says the amount was not paid"


def test_the_unpaid_disclosure_is_kept():
    assert choose("Purchases of property and equipment, accrued but not paid", _CF).qname == "us-gaap:CapitalExpendituresIncurredButNotYetPaid"
    assert choose("Capital expenditures included in accounts payable", _CF).qname == "us-gaap:CapitalExpendituresIncurredButNotYetPaid"


def test_paid_lines_stay_paid():
    # the element of what is not yet paid is no cash paid; a label that says cash was paid is one
    assert not paid_for_unpaid("CapitalExpendituresIncurredButNotYetPaid", "Capital expenditures included in accounts payable")
    assert not paid_for_unpaid("PaymentsToAcquirePropertyPlantAndEquipment", "Purchases of property and equipment")
    assert not paid_for_unpaid("InterestPaidNet", "Cash paid for interest, net of amounts capitalized")
    assert paid_for_unpaid("InterestPaidNet", "Interest accrued but not paid")
    assert choose("Purchases of property and equipment", _CF).qname == "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"
