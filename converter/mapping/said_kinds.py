"""What a label names that the closest candidate's element does not, where a close candidate's does.

An activity's cash flows of a kind of line item: the index finds candidates through filers' labels that share most of
the printed label's words, and "Operating cash flows from operating leases", ASC 842's supplemental line of the lease
payments in the operating activities, shares "operating cash flows" with filers' labels of CashProvidedByUsedIn-
OperatingActivitiesDiscontinuedOperations and NetCashProvidedByUsedInOperatingActivities, which name no lease. An
activity's net cash is the whole activity; a label that names a kind of line item beside the activity ("from operating
leases") is that line item's part of it: OperatingLeasePayments. The kinds are data (mapping.toml [elements]
said_kinds: a label-key pattern and the element-name pattern of its kind).

The residual "other" line: "Impairment of other assets" is OtherAssetImpairmentCharges, not the whole of the
impairments (AssetImpairmentCharges) that filers' "Asset impairment" labels name.
"""

from __future__ import annotations

import re

from .cash_sections import net_cash_name
from .coverage import _one_stem
from .labels import name_words
from .promotions import reads_cleanly
from .rules import mapping_knowledge

MIN_SIMILARITY = 0.62  # choose.MIN_SIMILARITY
OTHER_MARGIN = 0.12  # how much lower a candidate that names the label's "other" may score than the closest one


def unnamed_kind(key: str, qname: str) -> str | None:
    """Why the element ``qname`` is no reading of a label of key ``key``: a kind of line item the label names and the
    element's name does not (None: it names every kind the label does)."""
    local = qname.partition(":")[2]
    for said, named in mapping_knowledge().said_kinds:
        if (m := said.search(key)) and not named.search(local):
            return f"the label names a kind of line item ('{' '.join(m.group(0).split()[-2:])}') {qname} does not"
    return None


def named_kinds(ranked: list, key: str) -> tuple[list, str | None]:
    """``ranked`` ((score, candidate, evidence), best first) without the candidates whose element does not name a kind
    of line item the label names, where the closest is an activity's net cash that does not (the label names the
    activity's cash flows of that kind); and why the closest was dropped (None: nothing was)."""
    if not ranked or not net_cash_name(ranked[0][1].qname.partition(":")[2]):
        return ranked, None
    why = unnamed_kind(key, ranked[0][1].qname)
    if why is None:
        return ranked, None
    return [r for r in ranked if not unnamed_kind(key, r[1].qname)], why


# the label's own "other" (the residual line of its kind): not "other than", not the other part of a line that names
# another thing first ("Accounts payable and other liabilities" is no OtherLiabilities)
_OTHER = re.compile(r"^[^,&]*?(?<!\band )\bother\b(?![\s-]+than\b)", re.I)
_JOINED = re.compile(r"\band\b|&", re.I)


def names_other(ranked: list, key: str, label: str, total: bool) -> list:
    """``ranked`` with a close candidate whose element name says the label's "other" first, where the closest one's
    does not: "Impairment of other assets" is the residual line OtherAssetImpairmentCharges, not the whole of the
    impairments (AssetImpairmentCharges). Not for a total ("Total other income (expense)" is the sum
    NonoperatingIncomeExpense), only where the element's name says "Other" with a word the label says after "other"
    ("other assets": OtherAsset...), and the candidate leaves nothing of the label unsaid."""
    m = _OTHER.search(label)
    if total or len(ranked) < 2 or not m or _JOINED.search(m.group(0)) or "Other" in ranked[0][1].qname.partition(":")[2]:
        return ranked
    words = key.split()
    after = {words[i + 1] for i, w in enumerate(words[:-1]) if w == "other"}
    top = ranked[0]
    for alt in ranked[1:6]:
        name = name_words(alt[1].qname).split()
        others = {name[i + 1] for i, w in enumerate(name[:-1]) if w == "other"}
        if alt[0] >= top[0] - OTHER_MARGIN and any(_one_stem(a, o) for a in after for o in others) and reads_cleanly(key, alt[1], MIN_SIMILARITY):
            rest = [r for r in ranked if r is not alt]
            return [(alt[0], alt[1], alt[2] + [f"the element's name says the label's 'other', which {top[1].qname} leaves out"])] + rest
    return ranked
