"""Concepts adopted since 2009-2010 (scripts/index_eras.py): the old era's counts do not outvote what filers do now.

Lines of real releases: Adobe Q1 FY2023 (corpus), statement of operations and balance sheet."""

import sys

import pytest

from conftest import ROOT
from prxbrl.mapping.choose import Context, choose

sys.path.insert(0, str(ROOT / "scripts"))
from index_eras import project_new_concepts  # noqa: E402

PRETAX = "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
PRETAX_BEFORE_EQUITY_METHOD = "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments"
I = Context(statement="I", period="d", unit="money")
# Adobe Q1 FY2023, condensed consolidated statements of income (no equity-method income after tax)
ADOBE_IS = ("Subscription", "Product", "Services and other", "Total revenue", "Subscription", "Product", "Services and other",
            "Total cost of revenue", "Gross profit", "Research and development", "Sales and marketing",
            "General and administrative", "Amortization of intangibles", "Total operating expenses", "Operating income",
            "Interest expense", "Investment gains (losses), net", "Other income (expense), net",
            "Total non-operating income (expense), net", "Income before income taxes", "Provision for income taxes",
            "Net income")


@pytest.mark.parametrize("label", ["Income before income taxes", "Loss before income taxes", "Earnings before income taxes"])
def test_pretax_income_is_the_concept_filers_use_now(label):
    """2009-2010 filers printed these for ...MinorityInterestAndIncomeLossFromEquityMethodInvestments, the concept of
    pre-tax income then (the other did not exist); since, filers print them for ...ExtraordinaryItemsNoncontrollingInterest.
    With no statement around the row, the index alone says so ("Loss before income taxes" and "Earnings before income
    taxes" by the concept's succession: no recent linkbase of the index prints them)."""
    assert choose(label, I).qname == PRETAX


def test_the_sum_of_the_rows_does_not_undo_the_structure():
    """Adobe 'Income before income taxes 1,598 1,543' adds up operating income and the non-operating total, which US
    GAAP sums into ...BeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments, and that into the
    plain pre-tax total: no equity-method income follows, so the plain pre-tax total stays."""
    at = ADOBE_IS.index("Income before income taxes")
    ctx = Context(statement="I", period="d", unit="money", labels=ADOBE_IS, position=at, total=True,
                  children=("us-gaap:OperatingIncomeLoss", "us-gaap:NonoperatingIncomeExpense"))
    assert choose("Income before income taxes", ctx).qname == PRETAX
    # an equity-method line after tax: before it
    with_equity = ADOBE_IS[: at + 2] + ("Equity in earnings of affiliates",) + ADOBE_IS[at + 2 :]
    assert choose("Income before income taxes", Context(statement="I", period="d", unit="money", labels=with_equity, position=at,
                                                         total=True)).qname == PRETAX_BEFORE_EQUITY_METHOD


def test_treasury_stock_of_common_shares():
    """Adobe 'Treasury stock, at cost (25,206) (23,843)': TreasuryStockCommonValue (2021 and later; the recent
    linkbases of Amazon, JPMorgan and Netflix print 'Treasury stock, at cost' for it)."""
    B = Context(statement="B", period="i", unit="money", section=("Stockholders' equity",))
    assert choose("Treasury stock, at cost", B).qname == "us-gaap:TreasuryStockCommonValue"


OLD, NEW, OTHER = 0, 1, 2


def _project(usage, recent, statements="I"):
    u = {k: {ck: list(v) for ck, v in d.items()} for k, d in usage.items()}
    from collections import defaultdict

    # [count, negated, uses of the later eras (linkbases of 2014-2017, of 2018 and later), projected]
    out = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0, 0]))
    for k, d in u.items():
        for ck, v in d.items():
            out[k][ck] = v + [0, 0, 0]
    project_new_concepts(out, recent, {OLD, OTHER}, lambda i: statements, lambda i: ("m", "d", "c"))
    return out


def test_a_new_concept_takes_the_share_recent_filers_give_it():
    """The old era's 1,229 uses of a key, two recent companies each way: the new concept is credited as many."""
    usage = {"income before income tax": {(OLD, "I"): [1229, 1], (OLD, ""): [32, 0], (NEW, ""): [72, 0]}}
    recent = {"income before income tax": {NEW: ({"ko", "nflx"}, set()), OLD: ({"amzn", "fizz"}, set())}}
    out = _project(usage, recent)
    assert out["income before income tax"][(NEW, "I")] == [1229, 0, 0, 0, 1229]  # all projected, kept apart too
    # one recent company is not enough
    one = {"income before income tax": {NEW: ({"ko"}, set()), OLD: ({"amzn", "fizz"}, set())}}
    assert (NEW, "I") not in _project(usage, one)["income before income tax"]
    # nor a statement the taxonomy does not place the new concept in
    assert (NEW, "I") not in _project(usage, recent, statements="B")["income before income tax"]


def test_a_new_concept_that_took_an_old_ones_main_label_takes_its_other_labels():
    usage = {"income before income tax": {(OLD, "I"): [1229, 1], (NEW, ""): [72, 0]},
             "loss before income tax": {(OLD, "I"): [54, 0]},
             "pretax income": {(OLD, "I"): [30, 0]}}
    recent = {"income before income tax": {NEW: ({"ko", "nflx"}, set()), OLD: ({"amzn", "fizz"}, set())},
              "pretax income": {OLD: ({"amzn"}, set())}}
    out = _project(usage, recent)
    assert out["loss before income tax"][(NEW, "I")] == [54, 0, 0, 0, 54]
    # recent filers still print this one for the old concept: it stays the old concept's
    assert (NEW, "I") not in out["pretax income"]


def test_no_succession_from_a_minor_label():
    """A new concept that took a label holding a tenth of an old concept's uses ("Prepaid expenses and other current
    assets" of OtherAssetsCurrent) does not take its other labels ("Other current assets")."""
    usage = {"prepaid other current asset": {(OLD, "B"): [150, 0]}, "other current asset": {(OLD, "B"): [1400, 0]},
             "other current asset net": {(OLD, "B"): [20, 0]}}
    recent = {"prepaid other current asset": {NEW: ({"aapl", "ko", "nflx"}, set())}}
    out = _project(usage, recent, statements="B")
    assert out["prepaid other current asset"][(NEW, "B")][0] == 150 * 3
    assert (NEW, "B") not in out["other current asset net"]
