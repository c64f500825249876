"""The other comprehensive income a statement of comprehensive income (or of income and comprehensive income) prints
after net income: its rows are items of other comprehensive income, nothing else.

US GAAP's statement of comprehensive income starts from net income and adds the components of other comprehensive
income up to comprehensive income. A row printed there, under a heading of other comprehensive income, is one of
those components (or their tax, their reclassification, their total): an element the taxonomy names as one ("...
OtherComprehensiveIncome...", "Oci...", "Aoci...") or sums into other comprehensive income. An income-statement
element a filer's label shares words with is no reading of it: Spotify Q3 2024's "(Losses)/gains in the fair value
of long term investments" under "Other comprehensive income/(loss)" is no us-gaap:GainLossOnInvestments (a gain in
net income), Microsoft FY24 Q4's "Net change related to derivatives" no us-gaap:UnrealizedGainLossOnDerivatives.

Nor, in a table that prints no noncontrolling interest, is a component the parent's or the noncontrolling interest's
share of it ("...PortionAttributableToParent"): the whole is the line, as filers tag it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .coverage import named_meaning
from .index import adds_into
from .labels import label_key
from .structural import NCI_LINE, NET_INCOME_LINE, ATTRIBUTABLE, after_net_income

_OTHER_COMPREHENSIVE = re.compile(r"\bother comprehensive\b", re.I)
_COMPREHENSIVE = re.compile(r"\bcomprehensive\b", re.I)
# an element of other comprehensive income by its name: OtherComprehensiveIncome..., Oci..., ...Aoci...,
# ReclassificationFromAccumulatedOtherComprehensiveIncome...
_OCI_NAME = re.compile(r"ComprehensiveIncome|^Oci|Aoci")
_OCI_TOTALS = ("us-gaap:OtherComprehensiveIncomeLossNetOfTax", "us-gaap:OtherComprehensiveIncomeLossBeforeTax")
# a component's amount after tax, by its label or heading ("Foreign currency translation adjustments, net of tax of
# $(45)", "Other comprehensive income (loss), net of tax:"): no element of the amount before tax or of the tax
_NET_OF_TAX = re.compile(r"\bnet of (?:income )?tax", re.I)
_TAX_NAMED = re.compile(r"Tax(?:Expense)?(?:Benefit)?$")
# after tax: ...NetOfTax, ...AfterTax, ...AfterReclassificationAndTax (not ...BeforeReclassificationAndTax)
_AFTER_TAX_NAMED = re.compile(r"(?:NetOf|After)Tax$|After[A-Za-z]*AndTax$")
# the part of a component that arose in the period, before what is reclassified out of it; a label says so by saying
# unrealized (what arises in the period), arising or during, or before reclassification. "Net change related to
# derivatives" (Microsoft FY24 Q4) is the whole change, reclassifications included
_ARISING_NAME = re.compile(r"ArisingDuringPeriod|BeforeReclassification")
_ARISING_SAID = re.compile(r"\bunrealized\b|\barising\b|\bduring\b|\bbefore reclassification", re.I)
# a share of a component: the parent's or the noncontrolling interest's (not a whole "Including" that share)
_SHARE_NAME = re.compile(r"(?<!Including)PortionAttributableTo(?:Parent|NoncontrollingInterest)")
_PARENT_SHARE = re.compile(r"(?<!Including)PortionAttributableToParent\d?$")
SHARE_MISFIT = "a share of the parent or the noncontrolling interest, where the table prints no noncontrolling interest"


# the result of a statement of operations: net income, or an investment company's net increase (decrease) in net
# assets resulting from operations
_RESULT_LINE = re.compile(NET_INCOME_LINE.pattern + r"|^\W*net \(?(?:increase|decrease)\)?\b.*\bnet assets\b.*\boperations\b", re.I)


def oci_row(label: str, labels: tuple[str, ...], position: int, section: tuple[str, ...] = ()) -> bool:
    """Whether a row stands among the components of other comprehensive income: after a net income line, under a
    heading of other comprehensive income (or after a line that says it), and before the line of comprehensive income
    (or other comprehensive income) that closes them."""
    if position < 1 or position >= len(labels) or NET_INCOME_LINE.search(label):
        return False
    net = next((i for i in range(position - 1, -1, -1) if NET_INCOME_LINE.search(labels[i]) and not _COMPREHENSIVE.search(labels[i])), None)
    if net is None:
        return False
    if not any(_COMPREHENSIVE.search(lab) for lab in labels[position:]):
        return False
    headed = any(_OTHER_COMPREHENSIVE.search(h) for h in section)
    return headed or any(_OTHER_COMPREHENSIVE.search(lab) for lab in labels[net + 1 : position])


def oci_item(qname: str) -> bool:
    """Whether an element is an item of other comprehensive income: named as one, or summed into its total."""
    local = qname.partition(":")[2]
    return bool(_OCI_NAME.search(local)) or any(adds_into(qname, t) for t in _OCI_TOTALS)


def oci_misfit(qname: str, statement: str, label: str, labels: tuple[str, ...], position: int,
               section: tuple[str, ...] = ()) -> str | None:
    """Why an element cannot be a row among the components of other comprehensive income (None: it can, or the row
    is none)."""
    if statement != "I":
        return None
    if not oci_row(label, labels, position, section):
        if (0 <= position < len(labels) and oci_item(qname) and not _COMPREHENSIVE.search(label)
                and not after_net_income(labels, position)
                and any(_RESULT_LINE.search(lab) for lab in labels[position + 1:])):
            # a statement of operations prints other comprehensive income after the result of its operations: PhenixFIN
            # Q1 FY2025's "Total net change in unrealized gains (losses)" before "Net Increase (Decrease) in Net Assets
            # Resulting from Operations", an investment company's net income, is no OCI holding gain
            return "an item of other comprehensive income among the lines that add up to net income"
        return None
    if not oci_item(qname):
        return "no item of other comprehensive income, where the statement prints them (after net income)"
    local = qname.partition(":")[2]
    other_named = "OtherComprehensive" in local or bool(re.match(r"Oci|Aoci", local))
    if _OTHER_COMPREHENSIVE.search(label) and not other_named:
        # "Other comprehensive income (loss)" (Microsoft FY24 Q4) is no comprehensive income, which US GAAP sums it into
        return "comprehensive income, where the label says other comprehensive income"
    if _COMPREHENSIVE.search(label) and not _OTHER_COMPREHENSIVE.search(label) and other_named:
        return "other comprehensive income, where the label says comprehensive income"
    if _TAX_NAMED.search(local) and not _AFTER_TAX_NAMED.search(local) and (_NET_OF_TAX.search(label) or any(_NET_OF_TAX.search(h) for h in section)):
        return "an amount before tax or of the tax, where the label or its heading says net of tax"
    if _ARISING_NAME.search(local) and not _ARISING_SAID.search(label):
        return "the part of a component arising in the period, where the label says none (the whole change)"
    said, named = named_meaning(label_key(label), qname)
    if said and not named:
        # "Net change related to investments" is no cash-flow hedge's, which filers' "Net change" under their heading
        # of hedges found
        return "a component of other comprehensive income that names none of the label's words"
    if _SHARE_NAME.search(local) and not (ATTRIBUTABLE.search(label) or NCI_LINE.search(label)) \
            and not any(NCI_LINE.search(lab) for lab in labels):
        return SHARE_MISFIT
    return None


def whole_of_share(qname: str) -> str | None:
    """The component whose parent's share an element is, by its name less "PortionAttributableToParent" (and the
    "Loss" the whole's name may say more): us-gaap:OtherComprehensiveIncomeDerivativesQualifyingAsHedgesNetOfTax-
    PortionAttributableToParent is the parent's share of us-gaap:OtherComprehensiveIncomeLossDerivativesQualifyingAs-
    HedgesNetOfTax. None: no such element, or not one only."""
    prefix, _, local = qname.partition(":")
    if not _PARENT_SHARE.search(local):
        return None
    return _wholes().get((prefix, _canonical(_PARENT_SHARE.sub("", local))))


def _canonical(local: str) -> str:
    return local.lower().replace("loss", "")


@lru_cache(maxsize=1)
def _wholes() -> dict[tuple[str, str], str]:
    from .index import concept_index

    table: dict[tuple[str, str], str | None] = {}
    for c in concept_index().concepts:
        prefix, _, local = c.qname.partition(":")
        k = (prefix, _canonical(local))
        table[k] = None if k in table else c.qname  # two elements of one name: neither
    return {k: q for k, q in table.items() if q}
