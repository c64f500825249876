"""A cash-flow row that names a balance-sheet item: the change in that balance.

Among the operating activities a cash-flow statement prints the changes in the operating assets and liabilities
under the balance sheet's own words ("Operating lease liability", "Contract liabilities", "Inventories"): a figure of
the period, where the words name an amount at a date. US GAAP names each such change after its balance
(``IncreaseDecreaseIn`` + the balance's name: us-gaap:OperatingLeaseLiability and
IncreaseDecreaseInOperatingLeaseLiability, ContractWithCustomerLiability and
IncreaseDecreaseInContractWithCustomerLiability, InventoryNet and IncreaseDecreaseInInventories) and sums it into the
operating activities. So a balance concept the index finds for such a row, which its period type rules out, stands
for the change US GAAP names after it; where the taxonomy names no change after it (or two), none.

The sign: an increase in an asset is cash used (US GAAP subtracts IncreaseDecreaseInInventories from the operating
cash flow), so a statement prints it negative, as filers print such a change negated; an increase in a liability
adds to the operating cash flow and is printed as it is (``summation_weight`` into the operating total).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .cash_sections import below_closing_balance, noncash_heading, row_activity
from .index import Candidate, summation_weight
from .coverage import COVER_SIMILARITY
from .labels import name_words
from .placement import concept_activity

OPERATING_TOTAL = "us-gaap:NetCashProvidedByUsedInOperatingActivities"
_CHANGE = "IncreaseDecreaseIn"
# words of a balance's name that say its measure or term, not what it is: the change is named without them
# (AccountsReceivableNetCurrent: IncreaseDecreaseInAccountsReceivable)
_MEASURE_WORDS = frozenset({"net", "gross", "current", "noncurrent"})


def _words(qname: str) -> tuple[str, ...]:
    return tuple(sorted(w for w in name_words(qname).split() if w not in _MEASURE_WORDS))


@lru_cache(maxsize=4)
def _changes(ix) -> dict[tuple[str, tuple[str, ...]], str]:
    """The operating change US GAAP names after each balance's words (per taxonomy prefix); words two changes
    share name neither."""
    table: dict[tuple[str, tuple[str, ...]], str | None] = {}
    for c in ix.concepts:
        prefix, _, local = c.qname.partition(":")
        if not local.startswith(_CHANGE) or c.period != "d" or concept_activity(c.qname) != "operating":
            continue
        words = tuple(sorted(w for w in name_words(prefix + ":" + local[len(_CHANGE):]).split() if w not in _MEASURE_WORDS))
        k = (prefix, words)
        table[k] = None if k in table else c.qname
    return {k: q for k, q in table.items() if q}


def change_of_balance(qname: str, ix) -> str | None:
    """The change in the balance ``qname`` that US GAAP sums into the operating activities (None: none, or the concept
    is no balance of a balance sheet): us-gaap:OperatingLeaseLiability -> IncreaseDecreaseInOperatingLeaseLiability."""
    info = ix.get(qname)
    if info is None or info.period != "i" or "B" not in info.statements or info.qname.partition(":")[2].startswith(_CHANGE):
        return None
    return _changes(ix).get((qname.partition(":")[0], _words(qname)))


def change_candidate(cand: Candidate, flows_said: frozenset[str], section: tuple[str, ...], labels: tuple[str, ...],
                     position: int, ix) -> Candidate | None:
    """The index's candidate of a balance (``cand``, whose period type rules it out of a cash-flow row) as the change
    in it, where the row may be a line of the operating activities: not in the investing or financing section, not
    under a heading of non-cash activities nor below the closing cash balance (supplemental lines: "Property and
    equipment included in accounts payable" is no change in accounts payable). Printed negated where US GAAP
    subtracts the change from the operating cash flow (an asset's): the filers' uses of the balance's label say
    nothing of how a cash-flow statement prints it, nor do those of the change's labels that name a direction
    ("Increase in contract with customer asset")."""
    if cand.similarity < COVER_SIMILARITY:
        return None  # a balance's label word for word, not one that shares most of its words ("Net unrealized (gains)
        # losses on swaps, options and forward transactions" is no change in DerivativeLiabilities)
    change = change_of_balance(cand.qname, ix)
    if change is None or not flows_said <= {change} or row_activity(section, labels, position) not in (None, "operating"):
        return None
    if below_closing_balance(labels, position) or noncash_heading(section, labels, position) is not None:
        return None
    return replace(cand, qname=change, negated=1.0 if summation_weight(change, OPERATING_TOTAL) == -1 else 0.0)


def said_as_flows(found: tuple[Candidate, ...], key: str, ix) -> frozenset[str]:
    """The lines of a cash-flow statement's period (concepts of the statement, of duration) that filers printed a label
    for which the row's label says all of: their own reading of it. A balance's label is read as its change only
    where they name no other: "Deferred revenue, net" of 2010 is us-gaap:IncreaseDecreaseInDeferredRevenue, as its
    filers printed "Deferred revenue", not the change in ContractWithCustomerLiability whose label it became since;
    "Accrued salaries, wages and payroll taxes" IncreaseDecreaseInAccruedSalaries ("Accrued salaries and wages"), not
    the change in EmployeeRelatedLiabilitiesCurrent whose label it is word for word; "Restructuring reserves"
    RestructuringReservePeriodIncreaseDecrease."""
    words = set(key.split())
    said = set()
    for c in found:
        info = ix.get(c.qname)
        if info is not None and info.period == "d" and "C" in info.statements and set(c.matched.split()) <= words:
            said.add(c.qname)
    return frozenset(said)
