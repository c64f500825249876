"""Whether an element's name says what a statement's line cannot be: what kind of amount the element is (an amount
of tax, cash paid or received) against what the label and the statement say the line is.

- An element named as an amount of tax or an expense of tax (``...Tax``, ``...TaxExpense``) is no line whose label
  names no tax: "Production and manufacturing expenses" (Shell QRA Q1 2025) is no us-gaap:ProductionTaxExpense,
  which a filer's "Production tax expense" shares two of its words with; "Foreign currency translation adjustment for
  the period" is no OtherComprehensiveIncomeForeignCurrencyTranslationGainLossArisingDuringPeriodTax. An amount net of tax, before it or excluding
  it (``...NetOfTax``, ``...BeforeIncomeTaxes...``, ``...ExcludingAssessedTax``) is not named as the tax.
- Cash paid or received (``Payments...``, ``Proceeds...``, ``Repayments...``, ``InterestPaid...``, ``PaidInKind...``)
  is no line whose label's head (before a qualifying clause: "Issuance of ordinary shares, net of issuance expenses"
  is the issuance's proceeds) names an expense, income, gain or loss and that says nothing of cash, in a cash-flow
  statement too: Shell's "- Interest expense (net)" under "Adjustment for:" adds back the expense; the statement
  prints the cash, "Interest paid", in its financing activities (us-gaap:InterestPaidNet is that line's).
- Nor is it a line whose label says the amount was not paid: incurred and owed, or carried in a liability
  ("Purchases of property and equipment, accrued but not paid", "Acquisitions of property and equipment included in
  liabilities": non-cash disclosures, us-gaap:CapitalExpendituresIncurredButNotYetPaid and the like, never
  PaymentsToAcquirePropertyPlantAndEquipment, whose filers' label they share most words with).
- In an income statement, an element of other comprehensive income is no line above the net income (a statement of
  comprehensive income that starts from the profit prints it below).
- In an income statement, an element named as the unrealized part of a gain or loss is no line whose label says
  nothing unrealized: Friedman Industries Q3 FY2025's "Gain (loss) on economic hedges of risk" between operating
  earnings and interest expense is the whole gain or loss on its hedges, no
  us-gaap:UnrealizedGainLossOnDerivativesAndCommodityContracts (which some filers' "(Gain) loss on economic hedges",
  added back in a cash-flow statement, is).
"""

from __future__ import annotations

import re

from .cash_sections import cash_flow_name
from .index import ConceptInfo
from .rules import mapping_knowledge
from .structural import after_net_income, before_net_income

# an element named as an amount of tax or an expense of it (ProductionTaxExpense, RealEstateTaxExpense); not one
# qualified by tax (...NetOfTax, ...BeforeIncomeTaxes, RevenueFromContractWithCustomerExcludingAssessedTax). Not an
# income tax's expense or benefit (...IncomeTaxExpenseBenefit): filers print its parts under a heading of the tax
# ("Total deferred" under "Deferred:", DeferredIncomeTaxExpenseBenefit), a heading this test does not see
_TAX_NAMED = re.compile(r"Tax(?:es)?(?:Expense)?$")
_QUALIFIED_BY_TAX = re.compile(r"(?:Of|Before|After|Excluding)[A-Za-z]*Tax(?:es)?(?:Expense)?$")
# cash paid: InterestPaidNet, IncomeTaxesPaid, PaidInKindInterest (not AdditionalPaidInCapital, ...NotYetPaid)
_PAID_NAME = re.compile(r"(?<!Additional)Paid(?!InCapital)(?=[A-Z]|$)")
_NOT_PAID = re.compile(r"NotYetPaid|NotPaid|Unpaid")
# the words a label must say are data: mapping.toml [labels] tax_said, earned_words, cash_said, qualifying_clause,
# unrealized_said
# an element named as the unrealized part of a gain or loss (UnrealizedGainLossOnDerivativesAndCommodityContracts,
# ForeignCurrencyTransactionGainLossUnrealized); not one of other comprehensive income, unrealized by nature, nor one
# that names the realized part too
_UNREALIZED_NAME = re.compile(r"Unrealized")
_ALSO_REALIZED = re.compile(r"(?<!Un)Realized|OtherComprehensive|AccumulatedOther")


def tax_unsaid(local: str, label: str) -> bool:
    """Whether an element named as an amount or expense of tax stands for a label that names no tax."""
    return bool(_TAX_NAMED.search(local)) and not _QUALIFIED_BY_TAX.search(local) and not mapping_knowledge().tax_said.search(label)


def _paid(local: str) -> bool:
    """Whether an element's name says cash paid or received."""
    return cash_flow_name(local) or (bool(_PAID_NAME.search(local)) and not _NOT_PAID.search(local))


def paid_for_earned(local: str, label: str) -> bool:
    """Whether an element of cash paid or received stands for a label of an expense, income, gain or loss that says
    nothing of cash."""
    paid = _paid(local)
    head = mapping_knowledge().qualifying_clause.split(label, maxsplit=1)[0]
    return paid and bool(mapping_knowledge().earned_words.search(head)) and not mapping_knowledge().cash_said.search(label)


def paid_for_unpaid(local: str, label: str) -> bool:
    """Whether an element of cash paid or received stands for a label that says the amount was not paid."""
    return _paid(local) and bool(mapping_knowledge().unpaid_said.search(label))


def unrealized_unsaid(local: str, label: str) -> bool:
    """Whether an element named as the unrealized part of a gain or loss stands for an income statement's line whose
    label does not say unrealized: the gain or loss an income statement prints is realized and unrealized alike unless
    it says otherwise. (A cash-flow statement's add-back of a gain is its non-cash part, as filers tag it.)"""
    return bool(_UNREALIZED_NAME.search(local)) and not _ALSO_REALIZED.search(local) and not mapping_knowledge().unrealized_said.search(label)


def statement_misfit(c: ConceptInfo, statement: str, label: str, labels: tuple[str, ...] = (), position: int = -1) -> str | None:
    """Why an element's name says it cannot be the line (None: it can). ``labels`` and ``position``: the table's labels
    and the row's place among them, where known."""
    local = c.qname.partition(":")[2]
    if tax_unsaid(local, label):
        return "an amount of tax, where the label names none"
    if statement == "C" and paid_for_earned(local, label):
        return "cash paid or received, where the label names an expense, income, gain or loss"
    if paid_for_unpaid(local, label):
        return "cash paid or received, where the label says the amount was not paid"
    if statement == "I" and local.startswith("OtherComprehensive") and 0 <= position and before_net_income(labels, position):
        # an income statement prints other comprehensive income after its net income, never above it: "(c) Net gain on
        # fair value changes" among an Indian lender's revenue (SBFC Q3 FY2026) is no gain on derivatives in OCI
        return "other comprehensive income, above the net income"
    if statement == "I" and unrealized_unsaid(local, label) and not after_net_income(labels, position):
        # (after net income, a statement of income and comprehensive income prints other comprehensive income, which
        # is unrealized by nature: Microsoft's "Net change related to derivatives")
        return "the unrealized part of a gain or loss, where the label says none"
    return None
