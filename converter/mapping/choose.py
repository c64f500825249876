"""Choosing a concept for one printed line item: the index's candidates, kept only where they fit the table.

What must fit: the unit (money, per share, shares, pure), the column's period type (instant or duration), the
statement (a balance-sheet concept in a balance sheet), the section ("Current assets" / "Long-term debt") and the
balance of the section (assets are debits, liabilities and equity credits); a candidate that cannot be the row at all
is dropped first (row_fit.py), the others scored by how they fit the table (scoring.py). Between close concepts the
statement's structure decides: ``NetIncomeLoss`` vs ``ProfitLoss`` by whether a noncontrolling-interest line stands in
the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .allowances import before_allowance
from .balance_changes import change_candidate, said_as_flows
from .basic_diluted import basic_or_diluted, has_variant_pair, one_variant_key
from .cash_sections import activity_misfit, below_closing_balance, cash_flow_misfit
from .comprehensive import SHARE_MISFIT, whole_of_share
from .coverage import COMPANY, COVER_SIMILARITY, exclusive_conflict, needs_unsaid, other_of_another, part_beside_other, residual_of_total, unsaid
from .index import Candidate, adds_into, concept_index, era_cache
from .name_agreement import closer_name
from .labels import label_key, name_words, sign_pair_key, sign_words
from .row_fit import CREDIT_AMONG_EXPENSES, row_misfit
from .signs import paren_both_ways
from .structural import _WITH_NCI, structural
from .qualifiers import common_part, common_shares, unsaid_qualifier, unsaid_term
from .promotions import as_total, names_every_word, names_the_qualifier, near_runner_up, part_not_total
from ..tables.totals import is_total
from .deductions import before_deduction
from .interest_lines import interest_expense_place, noninterest_total
from .said_kinds import named_kinds, names_other
from .placement import (
    classified_section,
    concept_activity,
    gross_or_net,
    section_variant,
    working_capital_change,
)
from .rules import mapping_knowledge
from .scoring import _adjust, _name_key, _named_key, _qualified_key

STATEMENT_OF_KIND = {"balance_sheet": "B", "income": "I", "cash_flow": "C", "equity": "E", "comprehensive_income": "O"}
# the similarity a candidate needs before it is used instead of an extension concept
MIN_SIMILARITY = 0.62
_OWN_THING_IDF = 5.0  # a word of an element's name this rare names a thing of its own ("noninterest", "nonoperating")
EXACT_USES, NAMED_ELSEWHERE = 3, 0.85  # a label several filers print for a concept that cannot be this row; a weaker match


@dataclass(frozen=True)
class Context:
    """What the table says about one row."""

    statement: str = ""  # B I C E O, "" unknown
    period: str | None = None  # "i" instant, "d" duration (the columns), None unknown
    unit: str | None = None  # money, per_share, shares, pure, number
    section: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()  # every label of the table, in printed order
    position: int = -1  # this row's place in ``labels``
    nci: bool | None = None  # a noncontrolling-interest line in the release (None: look in ``labels``)
    children: tuple[str, ...] = ()  # concepts of the rows the table adds up to this row ("" for a line item of the company's own)
    total: bool = False  # the row is a total ("Total other income, net", or rows add up to it)
    whole: str | None = None  # the US GAAP total the table adds this row into ("Total expenses": CostsAndExpenses)
    headings: tuple[str, ...] | None = None  # the headings printed over the row, where ``section`` adds the part the totals say


@dataclass(frozen=True)
class Choice:
    qname: str | None
    score: float = 0.0
    similarity: float = 0.0
    matched: str = ""
    evidence: tuple[str, ...] = ()
    runners_up: tuple[tuple[str, float], ...] = ()
    negated: bool = False  # real filers print this label negated, or its words say so
    candidates: tuple[Candidate, ...] = field(default=(), repr=False)


def unit_kind(unit: str | None) -> str | None:
    if unit is None:
        return None
    if unit.endswith("/shares"):
        return "per_share"
    if unit == "shares":
        return "shares"
    if unit == "pure":
        return "pure"
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "money"
    return "number"


def _merged(found: tuple[Candidate, ...], more) -> tuple[Candidate, ...]:
    """``found`` with the candidates of ``more``, each concept once at its best score, best first."""
    merged = {c.qname: c for c in found}
    for c in more:
        if c.qname not in merged or c.score > merged[c.qname].score:
            merged[c.qname] = c
    return tuple(sorted(merged.values(), key=lambda c: (-c.score, c.qname)))


_DISCONTINUED = re.compile(r"\bdiscontinued\b", re.I)


def _summation_parent(qname: str, key: str, label: str, ctx: Context, ix) -> tuple[str, str | None]:
    """A row that the table prints as the sum of rows whose concepts US GAAP sums into one concept is that concept
    (when the label shares a word with its name): "Net increase in cash" over the three activities."""
    if len(ctx.children) < 2:
        return qname, None
    votes: dict[str, int] = {}
    for ch in ctx.children:
        info = ix.get(ch)
        for p in info.parents if info is not None else ():
            votes[p] = votes.get(p, 0) + 1
    if not votes:
        return qname, None
    top = max(votes.values())
    if top < 2 or top < len(ctx.children):  # every row it adds up
        return qname, None
    best = sorted(p for p, v in votes.items() if v == top)
    if qname in best or any(adds_into(p, qname) and structural(p, label, ctx.labels, ctx.position, ctx.nci)[0] == qname for p in best):
        # US GAAP adds the rows' sum into the label's concept, a wider total of the same rows that the statement's
        # structure tells apart from it and chooses: "Income before income taxes" with no equity-method income after it
        # is IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest, into which
        # operating and nonoperating income add through ...BeforeIncomeTaxesMinorityInterestAndIncomeLossFrom-
        # EquityMethodInvestments
        return qname, None
    words = set(key.split())
    named = bool(qname) and set(name_words(qname).split()) <= words  # the label says every word of the element's name
    if named and any(adds_into(p, qname) for p in best):
        # the label says every word of the wider total's name, which US GAAP adds the rows' sum into: no narrower
        # total of them is a closer reading (Aeropostale Q2 FY2015's "Total current liabilities" over "Accounts
        # payable" and "Accrued expenses" is us-gaap:LiabilitiesCurrent, no AccountsPayableAndAccruedLiabilitiesCurrent)
        return qname, None
    discontinued = any(_DISCONTINUED.search(lab) for lab in ctx.labels)
    for p in best:
        c = ix.get(p)
        if "ContinuingOperations" in p and "ContinuingOperations" not in qname and not discontinued:
            continue  # "Net loss" over pre-tax loss and tax: continuing operations only where discontinued ones are printed
        if named and any(ix.idf.get(w, 0.0) >= _OWN_THING_IDF for w in set(name_words(p).split()) - words):
            # the label says the element's name, the other total a thing of its own the label does not: Astec Q2
            # 2026's "Total operating expenses" over SG&A and restructuring is us-gaap:OperatingExpenses, no bank's
            # NoninterestExpense (a qualifier the label leaves unsaid is no such thing: a bank's "Total interest
            # expense" is InterestExpenseOperating, into which US GAAP sums its parts)
            continue
        if c is not None and not row_misfit(c, ctx, label) and words & set(name_words(p).split()):
            return p, f"US GAAP sums {top} of the {len(ctx.children)} rows it adds up into {p.split(':')[1]}"
    return qname, None


def summation_parent(label: str, ctx: Context) -> tuple[str, str] | None:
    """The concept US GAAP sums the row's children into, for a label that names nothing by itself ("Net")."""
    qname, why = _summation_parent("", label_key(label), label, ctx, concept_index())
    return (qname, why) if why else None


def _section_variant(qname: str, label: str, ctx: Context, ix) -> tuple[str, str | None]:
    if ctx.statement != "B":
        return qname, None
    return section_variant(qname, label, ctx.section, ix, add=not ctx.total, labels=ctx.labels)


_OTHER_KEYS = frozenset({"other", "other net"})
OTHER_WORKING_CAPITAL = "us-gaap:IncreaseDecreaseInOtherOperatingCapitalNet"


def _other_change(qname: str, key: str, ctx: Context, company: tuple[str, ...]) -> tuple[str, str | None]:
    """A bare "Other" ("Other, net") of the operating activities right after a change in an operating balance
    ("Inventories", "Accounts payable", "Income taxes payable", then "Other", then "Net cash provided by operating
    activities") is the change in the other operating assets and liabilities, the last line of that block, not a
    non-cash adjustment (OtherNoncashIncomeExpense) as it is among the add-backs above the block."""
    if key not in _OTHER_KEYS or ctx.position < 1 or qname == OTHER_WORKING_CAPITAL or concept_activity(qname) not in (None, "operating"):
        return qname, None
    before = ctx.labels[ctx.position - 1]
    if label_key(before, company) in _OTHER_KEYS:
        return qname, None
    prev = choose(before, replace(ctx, position=ctx.position - 1, children=(), total=False, whole=None), company).qname
    if prev and working_capital_change(prev):
        return OTHER_WORKING_CAPITAL, f"after a change in an operating balance ({prev.split(':')[1]}): the change in the other ones"
    return qname, None


# the words of a filer's label that names a whole by its kind alone ("Expenses", "Total revenues", "Costs and expenses")
_GENERIC_WORDS = frozenset({"expense", "cost", "revenue", "sale", "income", "total", "net", "operating", "asset", "liability"})


def _unknown_words(key: str, ix) -> set[str]:
    """The words of a label key that no filer's label and no element name in the index has (not the company's), nor
    a misspelling of one ("adminstrative")."""
    return {w for w in key.split() if w not in ix.idf and w != COMPANY and w.isalpha() and len(w) > 2 and not _misspelt(w, ix)}


@lru_cache(maxsize=4096)
def _misspelt(word: str, ix) -> bool:
    """Whether a word is one letter off a word of the index (a letter more, less, changed or two swapped)."""
    for w in ix.idf:
        if abs(len(w) - len(word)) <= 1 and w[:1] == word[:1] and _one_edit(w, word):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i in range(len(a)) if a[i] != b[i]), len(a))
    return a[i:] == b[i + 1:]


_LOSS = re.compile(r"(?<=\S )loss$")


def _loss_side(label: str, key: str, statement: str, found: tuple[Candidate, ...], ix) -> tuple[Candidate, ...]:
    """A label that names only the loss of a result ("Gross loss", "Operating loss") is also read as the result's
    label ("Gross profit", whose element carries a loss as a negative figure): the income statement's credit elements
    of a profit or loss that filers print that label for, word for word, join the candidates."""
    if statement not in ("I", "") or not _LOSS.search(key) or set(_qualified_key(label).split()) & {"income", "profit", "gain", "earning"}:
        return found
    merged = {c.qname: c for c in found}
    for word in ("profit", "income"):
        for c in ix.candidates(_LOSS.sub(word, key), statement, is_key=True, limit=20):
            info = ix.get(c.qname)
            if (c.similarity < 0.99 or info is None or info.balance != "c" or "I" not in info.statements
                    or not {"profit", "loss"} & set(name_words(c.qname).split())):
                continue  # a result's element, which carries a loss as a negative figure (GrossProfit, OperatingIncomeLoss)
            if c.qname not in merged or c.score > merged[c.qname].score:
                merged[c.qname] = c
    return tuple(sorted(merged.values(), key=lambda c: (-c.score, c.qname)))


@era_cache(maxsize=16384)
def choose(label: str, ctx: Context = Context(), company: tuple[str, ...] = (), min_similarity: float = MIN_SIMILARITY) -> Choice:
    ix = concept_index()
    key = sign_pair_key(label, ix.us_spelling(label_key(label, company)))  # labels.py
    if not key:
        return Choice(None, evidence=("no words",))
    if key == "company" and company and label_key(label) != key:
        # the company's name alone ("Vycor Medical" of Vycor Medical, Inc.) names the company or a division named
        # after it, no line item: its key had found a filer's "Company" of stockholders' equity, and the runner-up
        # us-gaap:DebtAndEquitySecuritiesRealizedGainLoss for a division's gross profit (Vycor Medical Q1 2025)
        return Choice(None, evidence=("the company's name alone",))
    if mapping_knowledge().place_only.match(key):
        # a place alone ("United States", "International") names no line item: the measure is the table's or its
        # heading's (read in front of it: indexed.qualified_label), not the pre-tax income filers print it for in
        # their tax notes (mapping.toml [labels] place_only)
        return Choice(None, evidence=("a place alone names no line item",))
    if ctx.unit in (None, "money") and (common := common_part(label, ctx.labels)):  # qualifiers.py
        return Choice(None, evidence=(common,))
    if ctx.statement == "B":
        # no heading says which part of the balance sheet ("Liabilities and stockholders' equity" says no current or
        # noncurrent): the totals around the row do
        ctx = replace(ctx, section=classified_section(ctx.section, ctx.labels, ctx.position), headings=ctx.section)
    found = ix.candidates(key, ctx.statement, is_key=True)
    if (basic := one_variant_key(label, key)) is not None:
        # a figure both basic and diluted: read as the basic variant's label too, for the concepts that have both
        # (written with both: emit's both_variants)
        found = _merged(found, (c for c in ix.candidates(basic, ctx.statement, is_key=True) if has_variant_pair(c.qname)))
    if ctx.statement == "C" and paren_both_ways(label) and (qk := _qualified_key(label)) != key:
        # "Proceeds from (repayments of) line of credit": the element filers name with both words
        # (ProceedsFromRepaymentsOfLinesOfCredit) is a candidate too, where a filer printed them word for word
        found = _merged(found, (c for c in ix.candidates(qk, ctx.statement, is_key=True) if c.similarity >= 0.999))
    found = _loss_side(label, key, ctx.statement, found, ix)
    ranked: list[tuple[float, Candidate, list[str]]] = []
    named = None  # a flow filers print the label for word for word (not the change of a balance that copies its label)
    flows_said = said_as_flows(found, key, ix) if ctx.statement == "C" else None  # balance_changes.py
    for cand in found:
        c = ix.get(cand.qname)
        why_not = (row_misfit(c, ctx, label) or unsaid_qualifier(c.qname, label, ctx)) if c is not None else "unknown"
        shared = changed = None
        if why_not == SHARE_MISFIT and (whole := whole_of_share(cand.qname)) is not None:
            # where no noncontrolling interest shares it, the parent's share of a component of other comprehensive
            # income is the whole component: a filer's label of the one is a label of the other
            # (comprehensive.whole_of_share)
            shared, cand = cand.qname, replace(cand, qname=whole)
            c = ix.get(whole)
            why_not = (row_misfit(c, ctx, label) or unsaid_qualifier(c.qname, label, ctx)) if c is not None else "unknown"
        if why_not == "period type" and flows_said is not None and not below_closing_balance(ctx.labels, ctx.position) and (
                change := change_candidate(cand, flows_said, ctx.section, ctx.labels, ctx.position, ix)) is not None:
            # a balance the row names among the operating activities: the change in it (balance_changes.py)
            changed, cand, c = cand.qname, change, ix.get(change.qname)
            why_not = (row_misfit(c, ctx, label) or unsaid_qualifier(c.qname, label, ctx)) if c is not None else "unknown"
        if why_not:
            # a label filers print word for word for a concept that cannot be the row: a weaker match is no reading of
            # it either (a balance's label in a balance sheet, of the other period type; a revenue's among the expenses:
            # Oracle Q4 FY2014's "Services" under "Operating expenses" is no us-gaap:CostOfRevenue by "Cost of services")
            # (a balance's label under the closing cash balance of a cash-flow statement, where its reconciliation to the
            # balance sheet's lines stands: Applied Materials' "Total cash, cash equivalents, and restricted cash
            # equivalents" is no increase in cash)
            named = named or (cand if (why_not == "period type" and (ctx.statement == "B" or ctx.statement == "C" and below_closing_balance(ctx.labels, ctx.position))
                                       or why_not == CREDIT_AMONG_EXPENSES)
                              and cand.similarity >= 0.99 and cand.uses >= EXACT_USES and "IncreaseDecrease" not in cand.qname else None)
            continue
        score, why = _adjust(c, cand, ctx, label, key)
        if changed:
            why.append(f"filers' label of the balance {changed}, whose change US GAAP names {cand.qname}")
        if shared:
            why.append(f"filers' label of {shared}, the parent's share of it, where no noncontrolling interest shares it")
        ranked.append((score, cand, why))
    ranked.sort(key=lambda t: (-t[0], t[1].qname))
    kept: set[str] = set()
    ranked = [r for r in ranked if not (r[1].qname in kept or kept.add(r[1].qname))]  # a whole found twice: its best
    ranked, kind_why = named_kinds(ranked, key)  # "Operating cash flows from operating leases": a lease's element
    if kind_why and not ranked:
        return Choice(None, evidence=(kind_why,), candidates=found)
    # an element whose name says what the label must say in some words, and does not (mapping.toml [elements]
    # needs_words), is no reading of it. When it was the closest, a runner-up takes its place only where filers
    # printed the label word for word for it ("Charge-offs": AllowanceForLoanAndLeaseLossesWriteOffs, the gross
    # write-off, not ...WriteoffAfterRecovery; OneSpan's "Equity investment": EquitySecuritiesFvNi); else none
    # (Foresight's "Investment in equity securities" is the company's own line item, no EquityMethodInvestments)
    # (and an element named by a term, long or short, that neither the label nor its part of the balance sheet says:
    # qualifiers.unsaid_term)
    def needs(q: str) -> bool:
        return needs_unsaid(key, q) or unsaid_term(q, label, ctx) is not None

    if ranked and needs(ranked[0][1].qname):
        why = f"{ranked[0][1].qname}: {unsaid_term(ranked[0][1].qname, label, ctx) or 'the label says none of the words its name needs'}"
        rest = ranked[1:]
        ranked = [r for r in rest if r[1].similarity >= COVER_SIMILARITY and not needs(r[1].qname)][:1]
        if ranked:
            ranked[0][2].append(f"filers print the label word for word for it ({why})")
        else:
            # ... or whose element name says every word of the label ("Goodwill and intangible assets, net", which
            # a filer printed for Goodwill: IntangibleAssetsNetIncludingGoodwill)
            ranked = [r for r in rest if names_every_word(key, r[1], min_similarity) and not needs(r[1].qname)][:1]
            if not ranked:
                return Choice(None, evidence=(why,), candidates=found)
            ranked[0][2].append(f"the element's name says every word of the label ({why})")
    else:
        ranked = [r for r in ranked if not needs(r[1].qname)]
    unsaid_why = [u for _, cand, _ in ranked[:1]
                  if cand.similarity >= min_similarity and (u := unsaid(key, cand.matched, cand.qname, cand.similarity)
                                                            or residual_of_total(label, key, cand.matched, cand.qname)
                                                            or part_beside_other(key, cand.qname, ctx.labels, ctx.position)
                                                            or other_of_another(label, cand.matched, cand.qname, cand.similarity)
                                                            or exclusive_conflict(key, cand.qname))]
    # a runner-up that names another of the label's exclusive qualifiers is no reading either (the closest one that
    # does makes the row the company's own, as one that leaves the label unsaid does)
    ranked = [r for r in ranked if not exclusive_conflict(key, r[1].qname)] if not unsaid_why else ranked
    if unsaid_why:
        # the closest candidate says what the label does not and the label what it does not: no runner-up is a
        # safer reading (it shares even less of the label), so none; but one whose element name says every word of
        # the label, and that says nothing the label does not, is the label's own ("Goodwill and intangible assets,
        # net": IntangibleAssetsNetIncludingGoodwill, where IntangibleAssetsNetExcludingGoodwill excludes goodwill)
        ranked = [r for r in ranked[1:] if names_every_word(key, r[1], min_similarity)][:1]
        if ranked:
            ranked[0][2].append(f"the element's name says every word of the label ({unsaid_why[0]})")
            unsaid_why = []
    if ctx.statement == "C":
        # a cash flow under a heading of non-cash activities or below the closing cash balance, an investing or
        # financing flow among the operating activities, is not the row (cash_sections.py); after the closest
        # candidate was read for what it leaves unsaid, which its runners-up would not make safer
        ranked = [r for r in ranked if not cash_flow_misfit(r[1].qname, ix.get(r[1].qname).statements, ctx.section, ctx.labels, ctx.position)]
        if ranked and (misfit := activity_misfit(ranked[0][1].qname, ix.get(ranked[0][1].qname).statements, ctx.section, ctx.labels, ctx.position)):
            unsaid_why, ranked = [f"{ranked[0][1].qname}: {misfit}"], []
    # (under a cash-flow statement's closing balance only a reading word for word: a balance's label there is no flow,
    # whatever flow's name holds its words)
    below = named is not None and ctx.statement == "C"
    if not ranked or (named and ranked[0][1].similarity < (0.99 if below else NAMED_ELSEWHERE)
                      and (below or not set(key.split()) <= set(name_words(ranked[0][1].qname).split()))) or (
            below and ranked[0][1].uses * 10 < named.uses):
        # (under the closing balance, a balance's label that a few filers once printed for a flow is the balance's:
        # Colgate-Palmolive India's "Cash and Cash Equivalents as at March 31, 2025" no interest income on deposits)
        # "Net income" in a bank's equity section: the label names NetIncomeLoss, which no balance fits; an income
        # tax accrual that shares two of its words is no reading of it (a concept whose name holds every word of the
        # label is: "Other comprehensive income", AccumulatedOtherComprehensiveIncomeLossNetOfTax)
        why_none = f"the label is {named.qname}'s, which does not fit" if named else unsaid_why[0] if unsaid_why else "no candidate fits"
        return Choice(None, evidence=(why_none,), candidates=found)
    if len(ranked) > 1:
        ranked = names_other(names_the_qualifier(part_not_total(ranked, key, min_similarity), key, min_similarity), key, label, ctx.total)
        ranked = closer_name(ranked, key, ctx.statement, min_similarity, label)  # name_agreement.py
    named_top = _name_key(_named_key(label, key)) == _name_key(name_words(ranked[0][1].qname))  # the label is its name
    ranked = as_total(ranked, ctx.total, ctx.whole, ix, named_top)
    ranked = near_runner_up(ranked, key, min_similarity)  # the closest too far by wording: promotions.py
    score, best, why = ranked[0]
    runners = tuple((cand.qname, round(s, 3)) for s, cand, _ in ranked[1:4])
    if (unknown := _unknown_words(key, ix)) and not ctx.total and not is_total(label) and set(best.matched.split()) <= _GENERIC_WORDS \
            and (ix.sums(best.qname) or not set(best.matched.split()) - {"net", "total"} <= set(name_words(best.qname).split())):
        # a word no filer's label and no element name has ("Administrator expenses (see Note 6)", PhenixFIN Q1
        # FY2025) names a part of what the closest element totals (us-gaap:CostsAndExpenses through filers'
        # "Expenses"): no reading of the part; the company's own line item. So too where the generic words found an
        # element that does not name them ("Biological assets, net", OrganiGram Q3 FY2021: no EquityMethodInvestments
        # by a few filers' "Net assets"; "Biological assets" no us-gaap:Assets)
        what = f"a part of {best.qname}, a total" if ix.sums(best.qname) else f"which {best.qname} found by {best.matched!r} does not name"
        return Choice(None, evidence=(f"the label names {', '.join(sorted(unknown))}, {what}",),
                      runners_up=((best.qname, round(score, 3)),) + runners, candidates=found)
    if best.similarity < min_similarity:
        return Choice(None, score=score, similarity=best.similarity, matched=best.matched,
                      evidence=(f"best candidate {best.qname} too far (similarity {best.similarity:.2f})",),
                      runners_up=((best.qname, round(score, 3)),) + runners, candidates=found)
    qname, structure = structural(best.qname, label, ctx.labels, ctx.position, ctx.nci, company)
    if (whole := _WITH_NCI.get(qname)) is not None and any(c.endswith("AttributableToNoncontrollingInterest") for c in ctx.children):
        # a sum of the parent's share and the noncontrolling interest's is the whole (Accenture FY2024's "COMPREHENSIVE
        # INCOME" printed again under "... ATTRIBUTABLE TO ACCENTURE PLC" and "... attributable to noncontrolling
        # interests": no noncontrolling-interest line after it, yet it adds one up)
        qname, structure = whole, "it adds up the noncontrolling interest's share: the whole, that share included"
    if structure is None:
        qname, structure = _summation_parent(qname, key, label, ctx, ix)
    if structure is None:
        qname, structure = _section_variant(qname, label, ctx, ix)
    if structure is None:
        qname, structure = basic_or_diluted(qname, label, ctx, ix)
    if structure is None and ctx.statement == "C":
        qname, structure = _other_change(qname, key, ctx, company)
    if structure is None and ctx.statement == "B":
        qname, structure = gross_or_net(qname, label, ctx, ix)
    if structure is None:
        qname, structure = before_allowance(qname, label, ix)  # allowances.py
        if qname is None:
            return Choice(None, evidence=(structure,), candidates=found)
    if structure is None:
        qname, structure = common_shares(qname, label, ctx.statement, ctx.labels)
    if structure is None:
        qname, structure = interest_expense_place(qname, ctx.statement, ctx.labels, ctx.position)
    if structure is None:
        qname, structure = before_deduction(qname, label, ctx.labels, ctx.position)  # deductions.py
        if qname is None:
            return Choice(None, evidence=(structure,), candidates=found)
    if structure is None:
        qname, structure = noninterest_total(qname, label, ctx.total or is_total(label), ctx.labels, ctx.position)
    evidence = [f"index: '{best.matched}' ({best.uses} filer uses, similarity {best.similarity:.2f})"] + why
    if structure:
        evidence.append(f"structure: {structure}")
    negated = best.negated >= 0.5 or bool(sign_words(label))
    return Choice(qname, score=round(score, 3), similarity=best.similarity, matched=best.matched, evidence=tuple(evidence),
                  runners_up=runners, negated=negated, candidates=found)
