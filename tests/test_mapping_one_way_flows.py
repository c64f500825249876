"""A cash flow the label names one way is that way's element, not the element of both ways that filers also print the
label for; and a label the closest element shares too little of is read by a runner-up whose filers' label says those
words and more of the label's.

Lines of real statements: Gannett Co., Inc. 10-Q for the quarter ended March 31, 2010, consolidated statement of cash
flows (SEC Financial Statement Data Sets 2010q2, pre.txt; public domain); the terse labels of Clorox FY2022's and
Exxon Mobil FY2022's label linkbases (label-usage/company-label-pairs.csv), mapped as benchmarks/label_accuracy.py
--linkbase-dev maps them: with the concept index built without those companies' linkbases."""


import pytest

from prxbrl.mapping import choose as choose_module
from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.signs import one_way_flow

GANNETT_CF = ("Net income", "Depreciation and amortization", "Pension (benefit) expense, net of pension contributions",
              "Equity (income) loss in unconsolidated investees, net", "Stock-based compensation - equity awards",
              "Change in other assets and liabilities, net", "Net cash flow from operating activities",
              "Purchase of property, plant and equipment", "Payments for acquisitions, net of cash acquired",
              "Payments for investments", "Proceeds from investments", "Proceeds from sale of assets",
              "Net cash used for investing activities")


def _cf(label: str) -> str | None:
    at = GANNETT_CF.index(label)
    return choose(label, Context(statement="C", period="d", unit="money", labels=GANNETT_CF, position=at)).qname


def test_payments_for_investments_is_the_payment_not_the_net_flow_of_both_ways():
    # Gannett tagged it us-gaap:PaymentsToAcquireInvestments (with "Proceeds from investments" on the next line); it
    # had been us-gaap:PaymentsForProceedsFromInvestments, a net flow either way, which filers also print it for
    assert _cf("Payments for investments") == "us-gaap:PaymentsToAcquireInvestments"
    assert _cf("Proceeds from investments") == "us-gaap:ProceedsFromSaleMaturityAndCollectionsOfInvestments"


@pytest.mark.parametrize("label, one_way", [
    ("Payments for investments", True),
    ("Proceeds from investments", True),
    ("Purchase of property, plant and equipment", True),
    ("Purchases, sales and maturities of short-term investments, net", False),  # nets both ways
    ("(Payments of) proceeds from borrowings under revolving credit agreements", False),  # Gannett: both ways named
    ("Payments for acquisitions, net of cash acquired", False),  # "net": what the element is net of, left to the index
    ("Change in other assets and liabilities, net", False),
])
def test_which_labels_name_one_way(label, one_way):
    assert one_way_flow(label) is one_way


@pytest.mark.parametrize("statement, label, concept", [
    # Clorox FY2022: GoodwillImpairmentLoss by its filers' "Goodwill impairment" came first and was too far (the label
    # was the company's own); a filer's "Impairment of goodwill and other assets" says those words and more
    ("I", "Goodwill, trademark and other asset impairments", "us-gaap:AssetImpairmentCharges"),
    ("C", "Goodwill, trademark and other asset impairments", "us-gaap:AssetImpairmentCharges"),
])
def test_a_runner_up_saying_the_closest_ones_words_and_more_reads_a_label_the_closest_is_too_far_from(held_out, statement, label, concept):
    ctx = Context(statement=statement, period="d", unit="money")
    assert choose_module.choose(label, ctx).qname == concept


def test_a_runner_up_saying_other_words_is_no_reading(held_out):
    # a filer's "Reduction" (RepaymentsOfLongTermDebt) shares the label's "reduction" but not "inventories", which
    # IncreaseDecreaseInInventories' filers print: no runner-up says all of that. The "reduction" against an
    # "(increase)" is the change's sign, read as "decrease" (labels.sign_pair_key): the key of filers' "Decrease
    # (increase) in inventories", IncreaseDecreaseInInventories (Exxon's own concept); never the repayment
    ctx = Context(statement="C", period="d", unit="money")
    assert choose_module.choose("Inventories reduction/(increase)", ctx).qname == "us-gaap:IncreaseDecreaseInInventories"  # Exxon Mobil FY2022
