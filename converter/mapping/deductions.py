"""A total printed above what is deducted from it and the net amount after ("Total investment income" / "Less
investment expenses" / "Net investment income": United Fire Group Q4 2024, 25,719 - 2,562 = 23,157) is the amount
before the deduction: not an element of the net amount, which the row two lines below is. Its gross element where US
GAAP names one by the same words (us-gaap:GrossInvestmentIncomeOperating of InvestmentIncomeNet), else none."""

from __future__ import annotations

import re

from .index import concept_index
from .labels import label_key, name_words

_LESS = re.compile(r"^\W*less\b", re.IGNORECASE)
_NET = re.compile(r"^\W*net\b", re.IGNORECASE)
_NET_NAME = re.compile(r"Net(?=[A-Z]|$)")
# words a gross element's name may say beside the net one's (GrossInvestmentIncomeOperating of InvestmentIncomeNet)
_PLACE_WORDS = frozenset({"operating", "nonoperating"})


def _words(label: str) -> frozenset[str]:
    return frozenset(label_key(label).split()) - {"net", "total"}


def before_deduction(qname: str | None, label: str, labels: tuple[str, ...], position: int) -> tuple[str | None, str | None]:
    """The gross element (or None) for a row above "Less ..." and "Net <its words>" chosen as a net element."""
    if qname is None or not 0 <= position < len(labels) - 2 or _NET.match(label) or not _NET_NAME.search(qname.partition(":")[2]):
        return qname, None
    below, net = labels[position + 1], labels[position + 2]
    if not _LESS.match(below) or not _NET.match(net) or not _words(label) or _words(net) != _words(label):
        return qname, None
    info = concept_index().get(qname)
    named = frozenset(name_words(qname).split()) - {"net"}
    gross = sorted(c.qname for c in concept_index().concepts
                   if info is not None and c.qname.startswith("us-gaap:") and c.period == info.period and c.kind == info.kind
                   and "gross" in (w := frozenset(name_words(c.qname).split()))
                   and named | {"gross"} <= w and w - named - {"gross"} <= _PLACE_WORDS)
    why = f"above '{below.strip()}' and '{net.strip()}': the amount before the deduction, not {qname.partition(':')[2]}"
    if len(gross) == 1:
        return gross[0], why
    return None, why
