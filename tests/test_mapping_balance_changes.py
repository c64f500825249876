"""A cash-flow row that names a balance-sheet item among the operating activities is the change in that balance
(mapping/balance_changes.py; issue 9, label-to-concept accuracy). Labels of real filers of the development sets
(label-usage/company-label-pairs.csv, the recent-era companies of benchmarks/label_accuracy.DEV_COMPANIES; never the
held-out test set)."""

from dataclasses import replace

import pytest

from prxbrl.mapping.balance_changes import change_candidate, change_of_balance, said_as_flows
from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.index import Candidate, concept_index

C = Context(statement="C", period="d", unit="money")


@pytest.mark.parametrize(
    "balance,change",
    [
        ("us-gaap:OperatingLeaseLiability", "us-gaap:IncreaseDecreaseInOperatingLeaseLiability"),
        ("us-gaap:ContractWithCustomerLiabilityCurrent", "us-gaap:IncreaseDecreaseInContractWithCustomerLiability"),
        ("us-gaap:ContractWithCustomerAssetNetCurrent", "us-gaap:IncreaseDecreaseInContractWithCustomerAsset"),
        ("us-gaap:InventoryNet", "us-gaap:IncreaseDecreaseInInventories"),
        ("us-gaap:AccountsReceivableNetCurrent", "us-gaap:IncreaseDecreaseInAccountsReceivable"),
        ("us-gaap:CashAndCashEquivalentsAtCarryingValue", None),  # no change in cash is named after it
        ("us-gaap:IncreaseDecreaseInInventories", None),  # no balance
    ],
)
def test_the_change_us_gaap_names_after_a_balance(balance, change):
    assert change_of_balance(balance, concept_index()) == change


# AIG, 10-Q 2009-09-30 (zip__2009q3.zip), the operating activities of its cash-flow statement as printed
AIG_OPERATING = (
    "Net loss", "Unrealized market valuation (gains) losses on AIGFP super senior credit default swap portfolio",
    "Net gains on sales of securities available for sale and other assets", "Net (gains) losses on sales of divested businesses",
    "Foreign exchange transaction (gains) losses", "Net unrealized (gains) losses on non-AIGFP derivatives and other assets and liabilities",
    "Equity in (income) loss from equity method investments, net of dividends or distributions",
    "Amortization of deferred policy acquisition costs", "Depreciation and other amortization",
    "Provision for mortgage, other loans and finance receivables", "Other-than-temporary impairments",
    "Impairments of goodwill and other assets",
    "Amortization of costs and accrued interest and fees related to FRBNY credit facility",
    "General and life insurance reserves", "Premiums and insurance balances receivable and payable - net", "Reinsurance assets",
    "Capitalization of deferred policy acquisition costs", "Investment income due and accrued",
    "Funds held under reinsurance treaties", "Other policyholder funds", "Income taxes receivable and payable - net",
    "Commissions, expenses and taxes payable", "Other assets and liabilities - net", "Trade receivables and payables - net",
    "Trading securities", "Net unrealized (gains) losses on swaps, options and forward transactions (net of cash collateral)",
    "Other, net", "Total adjustments", "Net cash provided by operating activities",
    "Sales of fixed maturity securities available for sale and hybrid investments",
)


def _balance(qname: str, matched: str, similarity: float = 1.0) -> Candidate:
    return Candidate(qname, 1.0, similarity, 6, 0.0, matched)


def test_a_balance_printed_among_the_operating_activities_is_its_change():
    ix, at = concept_index(), AIG_OPERATING.index
    here = ((), AIG_OPERATING, at("Commissions, expenses and taxes payable"))
    # filers print AIG's "Commissions, expenses and taxes payable" word for word for the balance
    # us-gaap:AccountsPayableCurrentAndNoncurrent; among the operating activities it is the change in it, AIG's own
    # concept (an index without AIG's label had it IncreaseDecreaseInPayablesToBrokerDealers by a filer's "Increase in
    # commissions payable", which says what AIG's label does not)
    flows = said_as_flows((_balance("us-gaap:IncreaseDecreaseInPayablesToBrokerDealers", "increase commission payable", 0.68),),
                          "commission expense tax payable", ix)
    assert flows == frozenset()
    change = change_candidate(_balance("us-gaap:AccountsPayableCurrentAndNoncurrent", "commission expense tax payable"), flows, *here, ix)
    assert change.qname == "us-gaap:IncreaseDecreaseInAccountsPayable"
    assert change.negated == 0.0  # a liability's increase adds to the operating cash flow: printed as it is
    # a gain or loss on derivatives whose filers' label only shares words with a balance's is no change in it
    derivatives = _balance("us-gaap:DerivativeLiabilities", "unrealized loss swap option forward transaction fair value", 0.87)
    assert change_candidate(derivatives, frozenset(), *here, ix) is None


def test_filers_cash_flow_labels_first():
    # "Accrued salaries, wages and payroll taxes" (zip__2010q2.zip): filers print it word for word for the balance
    # us-gaap:EmployeeRelatedLiabilitiesCurrent, but its filer tagged IncreaseDecreaseInAccruedSalaries, for which
    # filers print "Accrued salaries and wages", all of which the label says: no change of the balance instead
    ix = concept_index()
    flows = said_as_flows((_balance("us-gaap:IncreaseDecreaseInAccruedSalaries", "accrued salary wage", 0.79),
                           _balance("us-gaap:LaborAndRelatedExpense", "salary wage benefit", 0.63)), "accrued salary wage payroll tax", ix)
    assert flows == {"us-gaap:IncreaseDecreaseInAccruedSalaries"}
    balance = _balance("us-gaap:EmployeeRelatedLiabilitiesCurrent", "accrued salary wage payroll tax")
    assert change_candidate(balance, flows, (), (), -1, ix) is None
    assert change_candidate(balance, frozenset(), (), (), -1, ix).qname == "us-gaap:IncreaseDecreaseInEmployeeRelatedLiabilities"


@pytest.mark.parametrize("label", ["Contract assets", "Gift card liability"])
def test_the_change_of_a_balance_only_among_the_operating_activities(label):
    # the recent-era development set's labels (its balance sheets: Chipotle's "Gift card liability",
    # us-gaap:ContractWithCustomerLiabilityCurrent), printed among a cash-flow statement's lines
    labels = ("Net income", "Depreciation and amortization", label, "Net cash provided by operating activities",
              "Purchases of property and equipment", label, "Net cash used in investing activities",
              "Cash and cash equivalents at end of period", "Supplemental disclosures of non-cash activities:", label)
    change = choose(label, replace(C, labels=labels, position=2))
    assert change.qname in ("us-gaap:IncreaseDecreaseInContractWithCustomerAsset", "us-gaap:IncreaseDecreaseInContractWithCustomerLiability")
    assert change.negated == (label == "Contract assets")  # an asset's increase is cash used: printed negative
    assert choose(label, replace(C, labels=labels, position=5, section=("Investing activities",))).qname != change.qname
    assert choose(label, replace(C, labels=labels, position=9, section=("Supplemental disclosures of non-cash activities:",))).qname != change.qname
