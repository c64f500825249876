"""Scoring a candidate that can be the row (split from ``choose.py``): how much closer the table makes it, or farther,
than the index's score for the label: a label filers printed for it word for word, the US GAAP statement it stands in,
the direction of its flow, the activity and the discontinued operations of a cash-flow statement, the current or
noncurrent part and the side of a balance sheet, the label that is the element's name (with its parenthesised
words, where they name an element); with the reasons, for report.json."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .cash_sections import row_activity
from .coverage import both_directions
from .index import Candidate, ConceptInfo, concept_index, era_weights
from .labels import label_key, name_words
from .row_fit import BEGIN_END
from .signs import label_head, one_way_flow, paren_both_ways, two_way
from .structural import after_net_income
from .placement import (
    ASSET_SECTION,
    CURRENT,
    LIABILITY_SECTION,
    NONCURRENT,
    concept_activity,
    discontinued_part,
    label_term,
    supplemental_row,
    working_capital_change,
)

if TYPE_CHECKING:
    from .choose import Context


def _name_key(words: str) -> tuple[str, ...]:
    """Words of a label or element name, order and a trailing "net" aside ("Deferred income tax assets" is
    DeferredIncomeTaxAssetsNet)."""
    return tuple(sorted(w for w in words.split() if w != "net"))


_QUALIFIER = re.compile(r"\(([A-Za-z][A-Za-z ,\-/]*)\)")


@lru_cache(maxsize=16384)
def _qualified_key(label: str) -> str:
    """The label key with the words of its parenthesised qualifiers kept ("Proceeds from (repayments of) short-term
    debt": "proceed repayment short term debt"): US GAAP names a concept of both directions by both words
    (ProceedsFromRepaymentsOfShortTermDebt), as it names IncomeLoss... and NetCashProvidedByUsedIn..."""
    return label_key(_QUALIFIER.sub(r" \1 ", label))


def _named_key(label: str, key: str) -> str:
    if "(" not in label:
        return key
    qualified = _qualified_key(label)
    words = " ".join(_name_key(qualified))
    named = any(concept_index().named_by_words(prefix, w) for prefix in ("us-gaap", "srt") for w in (words, words + " net"))
    return qualified if named else key


# an element of the current and the noncurrent part together (LongTermDebtAndCapitalLeaseObligationsIncludingCurrent-
# Maturities, OperatingLeaseLiability's CurrentAndNoncurrent kin): no reading of a row in either part
_WHOLE_OF_PARTS = re.compile(r"IncludingCurrent|CurrentAndNoncurrent")


def _adjust(c: ConceptInfo, cand: Candidate, ctx: Context, label: str, key: str) -> tuple[float, list[str]]:
    score = cand.score
    why = []
    if sorted(cand.matched.split()) == sorted(key.split()) and ctx.statement in ("C", "I") and _qualified_key(label) == label_key(label):
        # in a cash-flow or income statement, a label real filers printed for the concept word for word (as keys) over
        # one that only shares most words with such a label: "Changes in other operating assets and liabilities" is
        # IncreaseDecreaseInOtherOperatingCapitalNet, as filers print it, not the IncreaseDecreaseInOperatingCapital of
        # "changes in operating assets and liabilities" that more filers print. Not on a balance sheet, where the
        # section and balance decide between close concepts and a disclosure concept a filer once printed there word
        # for word would win ("Investments in unconsolidated ventures": ...JointVenturesFairValueDisclosure). Word for
        # word means with the words in parentheses: "Proceeds from (repayments of) short-term debt" is not the
        # "Proceeds from short-term debt" of ProceedsFromShortTermDebt; and every word as often: "Proceeds from maturities
        # of available-for-sale securities" is not the "proceeds from sale and maturity of available-for-sale securities"
        # of ProceedsFromSaleAndMaturityOfAvailableForSaleSecurities, though its key has the same words
        score += 0.05
        why.append("a label filers printed for it, word for word")
    if ctx.statement:
        # a statement of operations often carries comprehensive income too (one statement of both), after net income,
        # never among the lines that add up to it ("Gain (loss) on sale of debt securities" among a bank's noninterest
        # income is no other comprehensive income)
        comprehensive = ctx.statement == "I" and (not ctx.labels or after_net_income(ctx.labels, ctx.position))
        here = ctx.statement + ("O" if comprehensive else "")
        if any(st in c.statements for st in here):
            score += 0.08
            why.append(f"in the US GAAP statement {ctx.statement}")
        elif any(st.lower() in c.statements for st in here):
            score -= 0.02  # filers of 2009-2010 printed it there; the 2024 statements no longer do
        elif c.statements:
            score -= 0.15
        else:
            score -= 0.1
    if ctx.statement == "I" and c.kind == "money" and c.balance and both_directions(c.qname):
        # a label whose head names one direction ("... expenses", "Loss on ...": a debit; "... income", "Gain on ...":
        # a credit) after an element of both directions whose balance is the other, where filers print the label for
        # both alike ("Other non-underwriting expenses" among expenses: OtherNonoperatingExpense, not the credit
        # NonoperatingIncomeExpense)
        head = label_head(label)[0]
        if head and head[0] != c.balance:
            score -= 0.03
    if (ctx.statement == "C" and not two_way(local := c.qname.partition(":")[2]) and paren_both_ways(label)
            and local.startswith(("Payments", "Proceeds", "Repayments"))):
        # "Borrowing (repayment) under revolving line of credit": both directions, a net flow, not an element of one
        # (ProceedsFromLinesOfCredit)
        score -= 0.1
        why.append("the label names both directions of its flow")
    if ctx.statement == "C" and two_way(name := c.qname.partition(":")[2]) and name.startswith(("Payments", "Proceeds", "Repayments")) and one_way_flow(label):
        # "Payments for investments": one direction's flow (PaymentsToAcquireInvestments), not the element of both
        # ways (PaymentsForProceedsFromInvestments) that filers also print the label for
        score -= 0.05
    if (ctx.statement == "C" and BEGIN_END.search(label) and c.qname in concept_index().period_balances and "C" in c.statements
            and era_weights() is None):
        # the 2024 statement's balance, with restricted cash since ASU 2016-18; a release of an era before it
        # (index.RELEASE_ERA_WEIGHTS) is decided by its era's filers: their cash-flow statements start and end with
        # us-gaap:CashAndCashEquivalentsAtCarryingValue
        score += 0.5
        why.append("the balance the US GAAP cash-flow statement starts and ends with")
    # the label with its parenthesised words, where they name an element ("Proceeds from (repayments of) short-term
    # debt" names ProceedsFromRepaymentsOfShortTermDebt, not ProceedsFromShortTermDebt); else the label without them
    # ("Other income (expense)" is the label of OtherIncome: no element is named OtherIncomeExpense)
    if _name_key(_named_key(label, key)) == _name_key(name_words(c.qname)):
        score += 0.06
        why.append("the label is the element's name")
    if ctx.statement == "C" and ctx.labels:
        want = row_activity(ctx.section, ctx.labels, ctx.position)  # a heading over the row first ("Investing activities"
        # over rows after an IFRS total "Cash flow from operating activities", which reads like a header)
        have = concept_activity(c.qname) if want else None
        if want and have == want:
            score += 0.1
            why.append(f"the {want} activities of the cash-flow statement")
        elif want and have:
            score -= 0.1
        if not want and supplemental_row(ctx.labels, ctx.position) and working_capital_change(c.qname):
            score -= 0.15  # below the closing cash balance: what was paid, not a change in an operating liability
    if ctx.statement == "C" and discontinued_part(label, ctx.section, ctx.labels, ctx.position):
        if "DiscontinuedOperations" in c.qname:
            score += 0.2
            why.append("the discontinued operations' part of the cash-flow statement")
        else:
            score -= 0.2
    name = c.qname.split(":")[1]
    sect = " / ".join(ctx.section)
    if ctx.statement == "B":
        here = f"{sect} {label}"
        term = label_term(label)
        if term == "Noncurrent" or term is None and NONCURRENT.search(here):
            if "Noncurrent" in name and "CurrentAndNoncurrent" not in name:
                score += 0.08
                why.append("section noncurrent")
            elif name.endswith("Current") or _WHOLE_OF_PARTS.search(name):
                score -= 0.08
        elif term == "Current" or CURRENT.search(here):
            if name.endswith("Current") and "Noncurrent" not in name:
                score += 0.08
                why.append("section current")
            elif "Noncurrent" in name or _WHOLE_OF_PARTS.search(name):
                score -= 0.08
        if c.balance and sect:
            if LIABILITY_SECTION.search(sect) and not ASSET_SECTION.search(sect):
                score += 0.05 if c.balance == "c" else -0.1
            elif ASSET_SECTION.search(sect) and not LIABILITY_SECTION.search(sect):
                score += 0.05 if c.balance == "d" else -0.1
    return score, why
