"""Whether a concept found through a filer's label that only shares most words with the printed one says what the
printed label says.

The index's similarity weighs the words two labels share against those they do not; at a low similarity a
candidate may win on one rare shared word while each label says something the other does not: "Delivery expense"
found through a filer's "Delivery, sales and administrative expense" is no us-gaap:SellingGeneralAndAdministrativeExpense
(the element says "administrative", which the label does not; the label "delivery", which the element does not);
"Tax impact" found through "Tax impact, other comprehensive income" no us-gaap:OtherComprehensiveIncomeLossTax. A
label that only says more than the element ("Purchases related to property and equipment and intangible assets",
us-gaap:PaymentsToAcquirePropertyPlantAndEquipment), an element that only says more than the label ("Tax payments
related to stock-based compensation", us-gaap:PaymentsRelatedToTaxWithholdingForShareBasedCompensation), or an element
that names one of the label's meaningful words ("Warranty reserve", us-gaap:StandardProductWarrantyAccrualCurrent)
is the usual tagging of a line item and stays. A filer's label that only goes on after the printed one ("Working
capital", us-gaap:LinesOfCreditCurrent through a filer's "Working capital facility") says what it is of: where the
element says nothing the printed label says, the printed label is no reading of it. A label that says only what an
income statement adds ("income") is never an element that says only what it deducts ("cost", "amortization"), nor the
reverse. A label that names what the element excludes ("Goodwill and intangible assets, net",
us-gaap:IntangibleAssetsNetExcludingGoodwill) never is it. Only words that carry meaning count (a word of many
filers' labels, "net", "other", "expense", does not), and only words the taxonomy's vocabulary knows (a company's or
product's name says nothing about a concept).
"""

from __future__ import annotations

import re

from ..tables.totals import starts_total
from .index import concept_index
from .labels import label_key, name_words
from .rules import mapping_knowledge

# at and above this similarity the filer's label is the printed one but for a word or two of little weight
COVER_SIMILARITY = 0.999
# a word carries meaning when fewer than about one label key in 26 has it (IDF log(1 + n/df))
MEANING_IDF = 3.3
_EXCLUDING = ("excluding", "exclude")
_RESIDUAL = frozenset({"other", "others"})  # a filer's label of these words names the rest of what it names after them
COMPANY = "company"  # the label key's word for the company's own name (labels.label_key)
# a word and an element name's word of one stem ("operations", OperatingIncomeLoss; "administration",
# ...AdministrativeExpense): this many letters in common at least, and all but the last few of the shorter
_STEM, _ENDING = 5, 3


class _Words:
    """The words of an element name, looked up by stem."""

    def __init__(self, words):
        self.words = tuple(words)

    def __contains__(self, w: str) -> bool:
        return any(_one_stem(w, n) for n in self.words)


def _one_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= _STEM and n >= min(len(a), len(b)) - _ENDING


def unsaid(key: str, matched: str, qname: str, similarity: float) -> str | None:
    """Why a candidate found through ``matched`` does not say what the label of key ``key`` says (None: it does)."""
    if similarity >= COVER_SIMILARITY:
        return None
    printed, filer = set(key.split()), set(matched.split())
    name = name_words(qname).split()
    cut = next((i for i, w in enumerate(name) if w in _EXCLUDING), len(name))
    named, excluded = _Words(name[:cut]), _Words(name[cut + 1:])
    if any(w in excluded for w in printed):
        return f"the label names {', '.join(w for w in sorted(printed) if w in excluded)}, which {qname} excludes"
    said_way, named_way = _direction(key.split()), _direction(name)
    if said_way and named_way and said_way != named_way and not _loss_of_result(key.split(), name):
        way = {1: "what an income statement adds", -1: "what it deducts"}
        return f"the label names only {way[said_way]}, {qname} only {way[named_way].replace('it', 'an income statement')}"
    if changed := _change_unsaid(printed, filer, name, qname, matched):
        return changed
    said = sorted(w for w in printed if _meaningful(w))
    if any(_named(w, named) for w in said):
        return None  # the element names something the label says
    unnamed = said
    # the filer's label goes on after the printed one's last word: the printed label names a kind of the filer's
    # thing ("working capital" of a "working capital facility"), not that thing
    extended = matched.startswith(key + " ")
    more = [w for w in sorted(filer - printed) if (w in named or extended) and _meaningful(w)]
    if unnamed and more:
        # each says what the other does not, and the element nothing the label says: the label "delivery", the
        # concept "administrative"; the label "working capital", the filer's label "facility"
        return (f"{qname} and the filer label '{matched}' say {', '.join(more)}, which the label does not; the label says "
                f"{', '.join(unnamed)}, none of which {qname} says")
    return None


_AND_OTHER = re.compile(r"^(?P<one>.*?\w.*?)\s+(?:and|&)\s+other\s+(?P<rest>\w.*)$", re.I)


def other_of_another(label: str, matched: str, qname: str, similarity: float) -> str | None:
    """Why an element of the other part of one line item ("...Other") is no reading of a label that joins a line item
    and the other ones of another kind ("A and other B"), where neither the element nor the filer's label it was found
    through says what B is: GeoVax FY2024's "Property and other assets" (property, and the other assets) is no
    us-gaap:PropertyPlantAndEquipmentOther (the other property), found through "Other property, net". None: the label
    joins no such parts, or the element or filer label says B."""
    m = _AND_OTHER.match(label.strip())
    if m is None or similarity >= COVER_SIMILARITY:
        return None
    name = name_words(qname).split()
    if "other" not in name:
        return None
    kn = mapping_knowledge()
    rest = [w for w in label_key(m.group("rest")).split() if w not in kn.qualifier_words and kn.plain_words.get(w, w)]
    named, filer = _Words(name), set(matched.split())
    if not rest or any(w in filer or _named(w, named) for w in rest):
        return None
    return (f"the label joins {m.group('one').strip()} and other {m.group('rest').strip()}; {qname} is the other part of "
            f"another line item, and neither it nor the filer label '{matched}' says {', '.join(rest)}")


def residual_of_total(label: str, key: str, matched: str, qname: str) -> str | None:
    """A label that names a total ("Total divested businesses") found only through a filer's label that names the
    other part of the same thing ("Other divested businesses", the revenue of the businesses a table lists last,
    us-gaap:DisposalGroupIncludingDiscontinuedOperationRevenue), where the element's name says none of the label's
    words: the whole is no residual part of itself (None: no such reading)."""
    if not starts_total(label):
        return None
    printed, filer = set(key.split()), set(matched.split())
    if not printed or printed & _RESIDUAL or not printed < filer or not (filer - printed) <= _RESIDUAL:
        return None
    said, named = named_meaning(key, qname)
    if not said or named:
        return None
    return f"the label names a total; the filer label '{matched}' the other part of it, and {qname} none of {', '.join(sorted(said))}"


def part_beside_other(key: str, qname: str, labels: tuple[str, ...], position: int) -> str | None:
    """A row printed beside "Other <its words but a qualifier>" is one part of what the two rows split ("PPP Loans
    Held for Investment" above "Other Loans Held for Investment": Freedom Financial Q2 2026), where the qualifier is a
    name no filer's label and no element has (a program's, a product's: "PPP"): an element whose name says the whole
    is no reading of the part, nor of the other part (None: no such reading). A qualifier filers print ("Trade
    payables" beside "Other payables") names what filers tag the whole's element with: no part of it by this."""
    printed = set(key.split())
    named = _Words(name_words(qname).split())
    for at in (position - 1, position + 1):
        if not 0 <= at < len(labels) or at == position:
            continue
        if key.split()[:1] == ["other"] and "other" not in named:
            # the other part ("Other Loans Held for Investment" below "PPP Loans Held for Investment"): no whole either
            whole, beside = printed - {"other"}, set(label_key(labels[at]).split())
            if whole and whole < beside and "other" not in beside and all(w not in concept_index().idf for w in beside - whole):
                return f"the other part of what it and '{labels[at].strip()}' split: {qname} is the whole"
            continue
        other = label_key(labels[at]).split()
        if not other or other[0] != "other":
            continue
        whole = set(other[1:])
        qualifier = printed - whole
        if not whole or not whole < printed or not all(w not in concept_index().idf for w in qualifier):
            continue
        if any(_named(w, named) for w in qualifier):
            continue
        return f"one part of what it and '{labels[at].strip()}' split: {qname} is the whole, and says not {', '.join(sorted(qualifier))}"
    return None


def named_meaning(key: str, qname: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a label key that carry meaning, and those of them an element's name says (by stem, or in the
    word older element names use: "noncontrolling" is MinorityInterest's "minority")."""
    named = _Words(name_words(qname).split())
    said = frozenset(w for w in key.split() if _meaningful(w))
    return said, frozenset(w for w in said if _named(w, named))


def _meaningful(w: str) -> bool:
    """Whether a word of a label carries meaning an element must say too: not plain, not the company, not common, no
    qualifier (``[index] plain_words``, ``qualifier_words``)."""
    kn = mapping_knowledge()
    w = kn.plain_words.get(w, w)
    return bool(w) and w != COMPANY and concept_index().idf.get(w, 0.0) >= MEANING_IDF and w not in kn.qualifier_words


def _named(w: str, named: _Words) -> bool:
    """Whether an element's name words say a label's word, as printed or in its plainer word."""
    return w in named or mapping_knowledge().plain_words.get(w, w) in named


def _change_unsaid(printed: set[str], filer: set[str], name: list[str], qname: str, matched: str) -> str | None:
    """A label that names a change of an amount ("Change in fair value of contingent consideration") and an element
    found through a filer's label of the amount itself: neither says a change, nor the element a flow."""
    label_words, element_words = mapping_knowledge().change_words
    adds, deducts = mapping_knowledge().direction_words
    said = sorted(printed & label_words)
    if not said or filer & label_words or any(w in element_words or w in adds or w in deducts for w in name):
        return None
    return f"the label names a {said[0]} of an amount; {qname} and the filer label '{matched}' the amount"


def exclusive_conflict(key: str, qname: str) -> str | None:
    """Why an element is not the label's line item by a qualifier of which a line item is one only: the label names
    one ("Amortization of operating lease asset"), the element another and not the label's
    (us-gaap:FinanceLeaseRightOfUseAssetAmortization). None: no such conflict. Words compare whole, not by stem
    ("investments" is no "investing", "statement" no "state")."""
    said, name = set(key.split()), set(name_words(qname).split())
    for group in mapping_knowledge().exclusive_words:
        label_only = sorted(w for w in group if w in said and w not in name)
        element_only = sorted(w for w in group if w in name and w not in said)
        if label_only and element_only:
            return f"the label says {', '.join(label_only)}, {qname} {', '.join(element_only)}"
    return None


def needs_unsaid(key: str, qname: str) -> bool:
    """Whether an element's name says what only some words say (``[elements] needs_words``) and the label of key
    ``key`` says none of them: "Investment in equity securities" is no EquityMethodInvestments, "Charge-offs" no
    ...WriteoffAfterRecovery."""
    local = qname.partition(":")[2]
    return any(element.search(local) and not words.search(key) for element, words in mapping_knowledge().needs_words)


def _loss_of_result(said: list[str], name: list[str]) -> bool:
    """Whether a label's only word of what an income statement deducts is "loss", and the element is a result its
    name calls an income or a profit: a loss is that result negative ("Comprehensive loss attributable to Intelligent
    Bio Solutions Inc." is us-gaap:ComprehensiveIncomeNetOfTax, as "Net loss" is NetIncomeLoss)."""
    _, deducts = mapping_knowledge().direction_words
    return {w for w in said if w in deducts} == {"loss"} and bool({"income", "profit"} & set(name))


def both_directions(qname: str) -> bool:
    """Whether an element's name says both what an income statement adds and what it deducts
    (NonoperatingIncomeExpense, GainLossRelatedToLitigationSettlement)."""
    adds, deducts = mapping_knowledge().direction_words
    words = name_words(qname).split()
    return any(w in adds for w in words) and any(w in deducts for w in words)


def _direction(words: list[str]) -> int:
    """1: the words say only what an income statement adds ("income", "gain"); -1: only what it deducts ("expense",
    "amortization"); 0: both, or neither. "income" before "tax" names the tax, as before "other taxes" ("Income and
    other taxes"); a sale or revenue after "cost" is what the cost is of ("Cost of Sales - Utility": a cost alone, no
    us-gaap:RegulatedOperatingRevenueGas by a filer's "Utility", South Jersey Industries Q1 2015)."""
    adds, deducts = mapping_knowledge().direction_words
    said = [w for i, w in enumerate(words) if not (w == "income" and (words[i + 1 : i + 2] in (["tax"], ["taxes"])
                                                                     or words[i + 1 : i + 3] in (["other", "tax"], ["other", "taxes"])))
            and not (w in adds and i > 0 and words[i - 1] == "cost")]
    up, down = any(w in adds for w in said), any(w in deducts for w in said)
    return 1 if up and not down else -1 if down and not up else 0
