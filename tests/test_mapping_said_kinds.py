"""What a label names that the closest candidate's element does not (mapping/said_kinds.py), and the term a label
states as a time (placement.label_term). Labels as real filers print them: the company label linkbases of
label-usage/company-label-pairs.csv (Clorox FY2022, Workiva FY2022, Exxon Mobil FY2022: terse labels of their
cash-flow statements and balance sheets), mapped as benchmarks/label_accuracy.py --linkbase-dev maps them: with the
concept index built without those companies' linkbases (the shipped index has their labels word for word)."""

from __future__ import annotations


import pytest

from prxbrl.mapping import choose as choose_module
from prxbrl.mapping.choose import Context
from prxbrl.mapping.placement import label_term
from prxbrl.mapping.said_kinds import named_kinds, unnamed_kind


def choose(label, ctx):
    return choose_module.choose(label, ctx)


CASH = Context(statement="C", period="d", unit="money")
INCOME = Context(statement="I", period="d", unit="money")


@pytest.mark.parametrize("label, concept", [
    # ASC 842's supplemental lines, "Cash paid for amounts included in the measurement of lease liabilities": the
    # lease payments of an activity, not the activity's net cash whose filers' labels share "operating cash flows"
    ("Operating cash flows from operating leases", "us-gaap:OperatingLeasePayments"),  # Workiva FY2022
    ("Operating cash flows from operating leases, net", "us-gaap:OperatingLeasePayments"),  # Clorox FY2022
    ("Operating cash flows from finance leases", "us-gaap:FinanceLeaseInterestPaymentOnLiability"),  # Clorox FY2022
    ("Financing cash flows from finance leases", "us-gaap:FinanceLeasePrincipalPayments"),  # Clorox FY2022
    ("Cash flows from operating activities - operating leases", "us-gaap:OperatingLeasePayments"),  # Exxon Mobil FY2022
])
def test_an_activitys_cash_flows_of_a_kind_of_lease_are_the_lease_payments(held_out, label, concept):
    assert choose(label, CASH).qname == concept


def test_the_kind_is_dropped_only_where_the_closest_is_an_activitys_net_cash():
    # "Payments on long-term debt and capital lease obligations" (2009-2010 filers): the closest is no activity's net
    # cash, so the debt's repayments stay among the candidates
    key = "payment long term debt capital lease obligation"
    ranked = [(1.0, type("C", (), {"qname": "us-gaap:RepaymentsOfLongTermDebtAndCapitalSecurities"})(), [])]
    assert named_kinds(ranked, key) == (ranked, None)
    assert unnamed_kind("operating cash flow operating lease", "us-gaap:NetCashProvidedByUsedInOperatingActivities")
    assert unnamed_kind("operating cash flow operating lease", "us-gaap:OperatingLeasePayments") is None
    # what the amount leaves out names no kind of it
    assert unnamed_kind("purchase property equipment excluding finance lease net", "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment") is None


@pytest.mark.parametrize("label, ctx", [
    ("Impairment of other assets", CASH),  # Clorox FY2022, cash-flow statement
    ("Impairment of other assets", INCOME),
    ("Other asset impairment charges, before-tax", CASH),  # Exxon Mobil FY2022
])
def test_the_labels_other_is_the_residual_line_not_the_whole(held_out, label, ctx):
    assert choose(label, ctx).qname == "us-gaap:OtherAssetImpairmentCharges"


@pytest.mark.parametrize("label, ctx, concept", [
    # "other" as the other part of a line that names another thing first, or "other than": not the residual line
    ("Accounts payable and other liabilities", Context(statement="B", period="i", unit="money"), "us-gaap:OtherLiabilities"),
    ("Other-than-temporary impairment of investments", CASH, "us-gaap:EquityMethodInvestmentOtherThanTemporaryImpairment"),
])
def test_an_other_that_is_not_the_labels_own_promotes_nothing(held_out, label, ctx, concept):
    assert choose(label, ctx).qname != concept


@pytest.mark.parametrize("label, term", [
    ("Long-term debt due within one year", "Current"),  # Exxon Mobil FY2022 balance sheet (current liabilities)
    ("Long-term debt, less amount due within one year", "Noncurrent"),  # 2009-2010 filers
    ("Obligation under capital lease, less portion due within one year", "Noncurrent"),
    ("Capital leases due after more than one year (note 8)", "Noncurrent"),
    ("Long-term debt", None),
])
def test_a_term_stated_as_a_time(label, term):
    assert label_term(label) == term


def test_long_term_debt_due_within_one_year_is_current(held_out):
    ch = choose("Long-term debt due within one year", Context(statement="B", period="i", unit="money"))
    assert ch.qname == "us-gaap:LongTermDebtCurrent"
