"""A line item with related parties: "Interest income - related party", "Accounts payable, related parties",
"Revenue from related parties".

US GAAP 2024 deprecates its related-party line items (RevenueFromRelatedParties, InterestIncomeRelatedParty,
DueToRelatedPartiesCurrent ...): the amount is the line item's own concept with
``us-gaap:RelatedPartyTransactionsByRelatedPartyAxis`` = ``us-gaap:RelatedPartyMember``. Read as a whole, such a label
found filers' labels that only share "related party" (Imperial Petroleum's "Interest income - related party" had
become us-gaap:RelatedPartyTransactionAmountsOfTransaction, "Management fees - related party" us-gaap:SponsorFees).
The qualifier is ``mapping.toml [index] related_party``; the line item it qualifies must be one the index knows:
a single word only where filers print it word for word ("Revenue", not "Due" of "Due to related parties"). An element
US GAAP 2024 keeps for the related parties' amount of that line item (us-gaap:CostsAndExpensesRelatedParty for
"Voyage expenses - related party", IncreaseDecreaseInDueFromRelatedParties for "Due from related parties") is taken
as the label names it whole, unless it leaves out a word of the line item the line item's concept keeps (``broader``:
"Costs and Expenses, Related Party" for "Interest expense"); any other element the whole label finds leaves out what the
qualifier says: none. A label that is only the qualifier ("Related Party" under "Interest expense:") takes its line item
from its heading, never from the index alone; with no heading its figures are excluded (``mapping.build``).
"""

from __future__ import annotations

from ..filing import DimensionMember
from .labels import label_key, name_words
from .mapped import RELATED_AXIS
from .rules import mapping_knowledge

RELATED = DimensionMember(axis=RELATED_AXIS, member="us-gaap:RelatedPartyMember")


def related_base(label: str) -> str | None:
    """The line item a label qualifies as with related parties, or None (no such qualifier)."""
    m = mapping_knowledge().related_party.match(label.strip())
    return m.group("base").strip() if m else None


def qualifier_only(label: str) -> bool:
    """Whether a label is the related-party qualifier and nothing else ("Related Party" under "Interest expense:",
    "- related parties"): it names no line item of its own; the heading over it does."""
    return related_base(f"line item - {_bare(label)}") == "line item"


def _bare(label: str) -> str:
    return label.strip().lstrip("-\u2013\u2014,:(").strip()


def headed_label(label: str, section: list[str]) -> str | None:
    """The label of a row that is only the related-party qualifier, with the line item its heading names: "Interest
    expense - Related Party" (Vycor Medical Q1 2025: "Interest expense: Related Party (12,570)", "Interest expense:
    Other (13,139)"). None without a heading: read alone, the qualifier had found a filer's label "Related party" of
    us-gaap:RelatedPartyTransactionAmountsOfTransaction, the amount of a transaction in a note, no line item."""
    heading = section[-1].strip().rstrip(":").strip() if section else ""
    return f"{heading} - {_bare(label)}" if heading else None


def named_whole(base: str, matched: str | None, company: tuple[str, ...] = ()) -> bool:
    """Whether the line item names enough to be one: two words or more, or a word filers print alone."""
    key = label_key(base, company)
    return len(key.split()) >= 2 or bool(key) and matched == key


def own_element(qname: str | None, base: str, company: tuple[str, ...] = ()) -> bool:
    """Whether an element the whole label found is the related parties' amount of the line item ``base`` names: its
    name says related party and a word of the line item's ("Costs and Expenses, Related Party" of "Voyage expenses")."""
    if not qname:
        return False
    name = name_words(qname).split()
    if "related" not in name:
        return False
    # element names join some words ("DueFrom"): a word of the line item's begins one of the name's
    return any(n.startswith(w) for w in label_key(base, company).split() if w not in ("related", "party") for n in name)


def choose_related(whole, base: str, by_base, company: tuple[str, ...] = ()):
    """The choice for a label with a related-party qualifier: the whole label's where it is the related parties' own
    element; the line item's (to be qualified by ``RELATED``) where the index knows it; else None. Returns (choice,
    qualified)."""
    line_item = by_base is not None and by_base.concept and named_whole(base, by_base.evidence.get("matched"), company)
    if whole is not None and own_element(whole.concept, base, company) and not (line_item and broader(whole.concept, by_base.concept, base, company)):
        return whole, False
    if line_item:
        return by_base, True
    return None, False


def broader(element: str, line_item: str, base: str, company: tuple[str, ...] = ()) -> bool:
    """Whether the related parties' element the whole label found leaves out a word of the line item that the line
    item's own concept keeps: us-gaap:CostsAndExpensesRelatedParty for "Interest expense - related party", whose
    line item is us-gaap:InterestExpense ("interest" is in neither "Costs and Expenses, Related Party" nor a
    deprecated InterestExpenseRelatedParty's successor): the interest expense with related parties is
    us-gaap:InterestExpense with their member, not all costs and expenses (Vycor Medical Q1 2025)."""
    have, keep = name_words(element).split(), name_words(line_item).split()
    return any(any(k.startswith(w) for k in keep) and not any(n.startswith(w) for n in have)
               for w in label_key(base, company).split() if w not in ("related", "party"))
