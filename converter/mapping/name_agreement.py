"""Which of close candidates of a cash-flow or income statement's row is the label's: one whose element name says more of the
label's words and nothing the label does not that the closest one's name does not say too, where the closest one by
filers' uses names something the label does not say.

Filers' labels find the candidates and their uses rank them; a few filers' label printed word for word for an element
whose name says something else ("Proceeds from exercise of warrants", four filers' label of
us-gaap:ProceedsFromIssuanceOfWarrants) outranks an element whose name is the label (us-gaap:ProceedsFromWarrantExercises).
Issuing warrants is not exercising them: an element's name says what it is. Where a runner-up nearly as close
(``NAME_MARGIN``) says every word of the label that the closest one's name says and more, and says of its own less
than the closest one's name does ("Repayment of convertible promissory notes": RepaymentsOfConvertibleDebt, not the
non-cash DebtConversionConvertedInstrumentAmount1 of filers' "principal amount of convertible promissory notes"), the
runner-up is the reading; not one that says one of two things the label joins and not the other, a part of its whole
("Changes in other operating assets and liabilities" is no IncreaseDecreaseInOtherOperatingAssets), nor one of the
other direction (a one-way flow for an element of both ways, or the reverse: the label's sign words decide that) nor an
amount that is no cash paid or received for one that is ("Common stock cash dividends" paid are no
DividendsCommonStockCash declared). Where both say the same words of the label the filers' uses decide ("Depreciation
and amortization": recent filers' cash-flow statements print it for DepreciationDepletionAndAmortization, which the
2024 statement presents). In a cash-flow or income statement ("Total realized investment losses" is
RealizedInvestmentGainsLosses, not the DebtAndEquitySecuritiesRealizedGainLoss a filer's label found, whose name says debt
and equity securities the label does not); on a balance sheet the section decides between an element and its current or
noncurrent part.
"""

from __future__ import annotations

import re

from . import index as _index
from .cash_sections import CHANGE_IN_CASH, cash_flow_name
from .labels import label_key, name_words
from .promotions import _LINKING_WORDS, reads_cleanly
from .signs import two_way

NAME_MARGIN = 0.08  # how much lower a runner-up whose element name agrees better with the label may score
_IGNORED = frozenset({"net"}) | _LINKING_WORDS  # "net" is a form of the amount; linking words say nothing


_JOINED = re.compile(r"([A-Za-z][\w-]*)\s+(?:and|&)\s+([A-Za-z][\w-]*)")


def _joined(label: str, key: str) -> tuple[tuple[str, str], ...]:
    """The words a label joins with "and" ("Changes in other operating assets and liabilities": asset, liability), as
    words of its key (not "due" of "Cash and due from banks", whose key says "duefrom")."""
    words, pairs = set(key.split()), []
    for a, b in _JOINED.findall(label):
        a, b = label_key(a).split()[-1:], label_key(b).split()[:1]
        if a and b and a[0] in words and b[0] in words:
            pairs.append((a[0], b[0]))
    return tuple(pairs)


def _part(joined: tuple[tuple[str, str], ...], named: frozenset[str]) -> bool:
    """Whether an element's name says one of two words the label joins and not the other: a part of the whole the
    label names (IncreaseDecreaseInOtherOperatingAssets of "other operating assets and liabilities")."""
    return any((a in named) != (b in named) for a, b in joined)


def _wider(qname: str, said: frozenset[str]) -> bool:
    """Whether an element's name joins two things with "And" of which the label says one only: a wider amount than the
    label's ("Maturities of marketable securities" is no ProceedsFromSaleAndMaturityOfMarketableSecurities)."""
    local = qname.partition(":")[2]
    for m in re.finditer(r"([A-Z][a-z]+)And([A-Z][a-z]+)", local):
        a, b = label_key(m.group(1)), label_key(m.group(2))
        # (as a word of the label's key begins: "due" of "DueFromBanks" is the key's "duefrom")
        if a and b and any(w.startswith(a) for w in said) != any(w.startswith(b) for w in said):
            return True
    return False


def _agreement(said: frozenset[str], qname: str) -> tuple[frozenset[str], frozenset[str]]:
    """The label's words the element's name says, and the words it says that the label does not."""
    name = frozenset(name_words(qname).split()) - _IGNORED
    return said & name, name - said


# the total of each statement whose rows a runner-up must add into as the closest one does
_WHOLE = {"C": CHANGE_IN_CASH, "I": "us-gaap:ProfitLoss"}


def _signed_alike(top: str, alt: str, statement: str) -> bool:
    """Whether a runner-up may stand for the closest one in a cash-flow or income statement: one filers or US GAAP put
    in such a statement (not OperatingLeaseCost, which no statement presents, for a cash-flow statement's "Non-cash
    operating lease cost"), and that US GAAP's calculations add into the statement's total (the change in cash, the
    profit or loss) as the closest one, where they add that one (the sign of the printed figure is read by it:
    Glimpse's "Gain on office lease termination (34,660)" is a gain of 34,660 as GainLossOnContractTermination,
    deducted, but would be a loss as GainLossOnTerminationOfLease, which they do not add there)."""
    info = _index.concept_index().get(alt)
    if info is None or statement not in info.statements.upper():
        return False
    weight = _index.summation_weight(top, _WHOLE[statement])
    return weight is None or _index.summation_weight(alt, _WHOLE[statement]) == weight


def closer_name(ranked: list, key: str, statement: str, min_similarity: float, label: str = "") -> list:
    """The ranked (score, candidate, evidence) triples with a runner-up whose element name agrees better with the
    label first (see the module's doc), else as they are."""
    if statement not in _WHOLE or len(ranked) < 2:
        return ranked
    # the words in parentheses too: "Net borrowings (payments) under lines of credit" says the repayments that
    # ProceedsFromRepaymentsOfLinesOfCredit names
    said = (frozenset(key.split()) | frozenset(label_key(label.replace("(", " ").replace(")", " ")).split())) - _IGNORED
    top = ranked[0]
    top_said, top_more = _agreement(said, top[1].qname)
    if not top_more:
        return ranked  # the closest one's name says nothing the label does not
    for alt in ranked[1:6]:
        if alt[0] < top[0] - NAME_MARGIN:
            continue
        if two_way(alt[1].qname.partition(":")[2]) != two_way(top[1].qname.partition(":")[2]):
            continue  # a flow of one way for one of both, or the reverse: the label's sign words decide that (choose)
        if cash_flow_name(top[1].qname.partition(":")[2]) and not cash_flow_name(alt[1].qname.partition(":")[2]):
            continue  # no amount that is not cash paid or received for one that is ("Common stock cash dividends" is
            # the PaymentsOfDividendsCommonStock of a cash-flow statement, not the DividendsCommonStockCash declared)
        if not _signed_alike(top[1].qname, alt[1].qname, statement):
            continue
        alt_said, alt_more = _agreement(said, alt[1].qname)
        if (alt_said > top_said and alt_more < top_more and not _part(_joined(label, key), alt_said) and not _wider(alt[1].qname, said)
                and reads_cleanly(key, alt[1], min_similarity)):
            gained = ", ".join(sorted(alt_said - top_said))
            dropped = ", ".join(sorted(top_more - alt_more))
            why = (f"its element name says {gained} of the label and not {dropped}, which {top[1].qname} says and the "
                   f"label does not")
            return [(alt[0], alt[1], alt[2] + [why])] + [r for r in ranked if r is not alt]
    return ranked
