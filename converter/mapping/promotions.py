"""Which of close candidates a row is, where the closest one is not: a runner-up whose element name says the label's
words (``names_every_word``, ``names_the_qualifier``), and, for a total or a row the table adds into a total, the
concept US GAAP's calculations make a sum or sum into that total (``as_total``); where the closest is too far by
wording, a runner-up whose filers' label says its words and the label's (``near_runner_up``). Each reorders the ranked candidates of
``choose.choose``: (score, candidate, evidence) triples, best first."""

from __future__ import annotations

from .coverage import COVER_SIMILARITY, exclusive_conflict, named_meaning, unsaid
from .index import Candidate, adds_into, concept_index, sum_depth
from .labels import name_words
from .rules import mapping_knowledge

_LINKING_WORDS = frozenset({"including", "and", "of", "from", "in", "to", "for", "on"})


def names_every_word(key: str, cand: Candidate, min_similarity: float) -> bool:
    """Whether a candidate's element name is the label's words, with none more than qualifiers and linking words
    ("Goodwill and intangible assets, net": IntangibleAssetsNetIncludingGoodwill; not "Contract liabilities":
    EnergyMarketingContractLiabilitiesCurrent), and the candidate leaves nothing of the label unsaid nor names
    another of its exclusive qualifiers."""
    said, name = set(key.split()), set(name_words(cand.qname).split())
    if "noncurrent" in said and {"long", "term"} <= name:
        # US GAAP names a noncurrent amount either way: LongTermDebtNoncurrent, SeniorLongTermNotes
        said = said - {"noncurrent"} | {"long", "term"}
    more = name - said - set(mapping_knowledge().qualifier_words) - _LINKING_WORDS
    return said <= name and not more and reads_cleanly(key, cand, min_similarity)


def reads_cleanly(key: str, cand: Candidate, min_similarity: float) -> bool:
    """Whether a runner-up may take the closest candidate's place: close enough, leaving nothing of the label unsaid
    and naming no other of its exclusive qualifiers."""
    return (cand.similarity >= min_similarity and not unsaid(key, cand.matched, cand.qname, cand.similarity)
            and not exclusive_conflict(key, cand.qname))


QUALIFIER_MARGIN = 0.12  # how much lower a candidate whose name says a word of the label the closest one leaves out may score


def names_the_qualifier(ranked: list, key: str, min_similarity: float) -> list:
    """Before a concept found through filers' labels whose element name leaves out a meaningful word of the label, a
    close one whose name begins with the label's words and goes on with what it is (an amount, a balance): "Redeemable
    noncontrolling interests", which a few filers of 2009-2010 tagged us-gaap:MinorityInterest, is
    RedeemableNoncontrollingInterestEquityCarryingAmount; "redeemable" is what sets it apart from the noncontrolling
    interests in equity, and the element says it."""
    top = ranked[0]
    said, top_named = named_meaning(key, top[1].qname)
    if top_named == said:
        return ranked
    for alt in ranked[1:6]:
        cand = alt[1]
        if (alt[0] >= top[0] - QUALIFIER_MARGIN and name_words(cand.qname).startswith(key + " ")
                and named_meaning(key, cand.qname)[1] == said and reads_cleanly(key, cand, min_similarity)):
            rest = [r for r in ranked if r is not alt]
            missing = ", ".join(sorted(said - top_named))
            return [(alt[0], cand, alt[2] + [f"the element's name says {missing}, which {top[1].qname} leaves out"])] + rest
    return ranked


def as_total(ranked: list, total: bool, whole: str | None, ix, named_top: bool = False) -> list:
    """The ranked candidates with a total's or a summed row's concept first: a total is a sum, the sum of a residual
    line's section rather than the residual line; a row the table adds into a US GAAP total (``whole``) is a concept
    US GAAP sums into it."""
    ranked = list(ranked)
    if total and len(ranked) > 1 and ranked[0][1].qname.split(":")[1].startswith("Other"):
        # "Total other income, net" is the sum of that section (NonoperatingIncomeExpense), not the residual line
        # "Other income, net" (OtherNonoperatingIncomeExpense) that US GAAP sums into it
        top = ranked[0]
        info = ix.get(top[1].qname)
        for alt in ranked[1:6]:
            if alt[0] >= top[0] - 0.1 and info is not None and alt[1].qname in info.parents:
                ranked.remove(alt)
                ranked.insert(0, (alt[0], alt[1], alt[2] + [f"a total: US GAAP sums {top[1].qname.split(':')[1]} into it"]))
                break
    if total and len(ranked) > 1 and not ix.sums(ranked[0][1].qname):
        # a total is a sum: before a concept US GAAP sums nothing into, a close one it sums other concepts into
        top = ranked[0]
        for alt in ranked[1:4]:
            if alt[0] >= top[0] - 0.1 and ix.sums(alt[1].qname):
                ranked.remove(alt)
                ranked.insert(0, (alt[0], alt[1], alt[2] + ["a total: a sum in US GAAP's calculations"]))
                break
    if whole and len(ranked) > 1 and not adds_into(ranked[0][1].qname, whole):
        # a row the table adds into a US GAAP total: before a concept US GAAP does not sum into it, a close one it
        # does ("Other" under expenses, added into "Total expenses": OtherCostAndExpenseOperating, no nonoperating
        # income)
        # (a residual runner-up, "Other...", is no closer reading of a label that does not say "other": a utility's
        # "Operations and Maintenance" added into "Total Operating Expenses" stays
        # UtilitiesOperatingExpenseMaintenanceAndOperations, not OtherCostAndExpenseOperating)
        # (a runner-up whose element name says none of the label's words is no closer reading of a label that is the
        # top element's name, ``named_top``, whatever filers printed for it: Shell QRA Q1 2025's "- Interest expense
        # (net)" added back into the operating cash flow is no us-gaap:AmortizationOfFinancingCostsAndDiscounts)
        top = ranked[0]
        words = set(name_words(top[1].qname).split()) if named_top else set()
        fits = [alt for alt in ranked[1:8] if alt[0] >= top[0] - 0.1 and alt[1].similarity >= top[1].similarity - 0.1
                and adds_into(alt[1].qname, whole) and (not words or words & set(name_words(alt[1].qname).split()))
                and not _residual_unsaid(alt[1].qname, alt[1].matched) and not _one_filers_misnomer(alt[1])]
        if fits:
            # of equal scores, the one US GAAP sums into the total most directly (a translation adjustment added into
            # comprehensive income: ...NetOfTax, not ...BeforeTax, which adds into it through the other comprehensive
            # income before tax)
            alt = min(fits, key=lambda a: (-round(a[0], 3), sum_depth(a[1].qname, whole)))
            ranked.remove(alt)
            ranked.insert(0, (alt[0], alt[1], alt[2] + [f"structure: US GAAP sums it into {whole}, the total the table adds it into"]))
    return ranked


def _one_filers_misnomer(cand) -> bool:
    """Whether a candidate rests on one filer's label alone and its element's name says words that label does not
    (Astec Q2 2026's "Cash, cash equivalents and restricted cash", one filer's label of
    CashCashEquivalentsAndShortTermInvestments: no short-term investments): no closer reading for summing into a total."""
    return cand.uses <= 1 and bool(set(name_words(cand.qname).split()) - set(cand.matched.split()) - {"net"})


def _residual_unsaid(qname: str, matched: str) -> bool:
    """Whether ``qname`` is a residual element ("Other...") and the label key it matched says no "other"."""
    name = qname.split(":")[1]
    return name.startswith("Other") and not name.startswith(_NOT_RESIDUAL) and "other" not in matched.split()


# element names that begin with "Other" and name no residual line item
_NOT_RESIDUAL = ("OtherComprehensive", "OtherThanTemporary", "OtherPostretirement", "OtherRealEstate")


_TOTAL_WORDS = frozenset({"total", "subtotal"})


def part_not_total(ranked: list, key: str, min_similarity: float) -> list:
    """Before a total found through a filer's label that is the printed label less a word (Persimmon H1 2025's
    "Current tax assets": us-gaap:AssetsCurrent through 3,480 filers' "Current assets"), a candidate filers printed the
    label for word for word (us-gaap:IncomeTaxesReceivable, "Current tax assets"): the word more names a part of the
    total, not the total, which US GAAP's calculations sum other concepts into. Only such a word-for-word runner-up
    takes its place; without one the choice stands (a label that only says more than a filer's label is the usual
    tagging of a line item)."""
    top = ranked[0]
    said, filer = set(key.split()) - _TOTAL_WORDS, set(top[1].matched.split()) - _TOTAL_WORDS
    more = said - filer - _LINKING_WORDS - set(mapping_knowledge().qualifier_words)
    if top[1].similarity >= COVER_SIMILARITY or not filer < said or not more or not concept_index().sums(top[1].qname):
        # (a qualifier more, "Other accounts payables", "Notes payable, net", names the same kind of line item)
        return ranked
    for alt in ranked[1:6]:
        cand = alt[1]
        name = name_words(cand.qname).split()
        if (cand.similarity >= COVER_SIMILARITY and set(cand.matched.split()) - _TOTAL_WORDS == said
                and any(n.startswith(w) or w.startswith(n) for w in more for n in name)
                and reads_cleanly(key, cand, min_similarity)):
            # its element names the part ("tax": IncomeTaxesReceivable; not Palomar's "Reinsurance recoverable on
            # unpaid losses and loss adjustment expenses", no ReinsuranceReceivablesIncurredButNotReportedClaims)
            rest = [r for r in ranked if r is not alt]
            return [(alt[0], cand, alt[2] + [f"filers print the label word for word for it; {top[1].qname} is a total, "
                                               f"the label says {', '.join(sorted(more))} more: a part of it"])] + rest
    return ranked


FAR_MARGIN = 0.1  # how much lower a runner-up whose wording is near may score than the closest one that is too far


def near_runner_up(ranked: list, key: str, min_similarity: float) -> list:
    """The closest by score shares too little of the label's wording (its filers' many uses put it first): a runner-up
    nearly as close whose filers' label says those words and every word of the label's but one, and nothing else, is
    the reading ("Goodwill, trademark and other asset impairments": AssetImpairmentCharges by "impairment of goodwill
    and other assets", not GoodwillImpairmentLoss by "goodwill impairment"); not one that leaves more of it unsaid
    (Columbia Sportswear's "Loss on disposal or impairment of investments, property, plant and equipment, right-of-use
    assets, and intangible assets" is no GainsLossesOnSalesOfAssets: no impairment), nor one that says what the label
    does not ("Related parties accrued liabilities" is no EmployeeRelatedLiabilitiesCurrent by "accrued compensation and
    related liabilities"). Else the ranking as it is (the row is the company's own)."""
    if not ranked or ranked[0][1].similarity >= min_similarity:
        return ranked
    top, said, printed = ranked[0], set(ranked[0][1].matched.split()), set(key.split())
    for r in ranked[1:]:
        words = set(r[1].matched.split())
        if (r[1].similarity >= min_similarity and r[0] >= top[0] - FAR_MARGIN and said <= words <= printed
                and len(printed - words) <= 1):
            r[2].append(f"{top[1].qname} is closer by uses, too far by wording (similarity {top[1].similarity:.2f})")
            return [r] + [x for x in ranked if x is not r]
    return ranked
