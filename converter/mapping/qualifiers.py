"""Qualifiers an element's name says and a printed row does not, or the reverse: a candidate that is no reading of
the row.

A cash-flow statement's discontinued operations' part is a part the statement prints as one: under a heading that
names them, or a label that does ("Net cash used in operating activities of discontinued operations"). An element
named for them (CashProvidedByUsedInOperatingActivitiesDiscontinuedOperations, ...IncludingDisposalGroupAndDiscontinued-
Operations) is no reading of a row of a statement that names them nowhere, whatever words it shares with the label: "Operating cash
flows from operating leases" (Clorox, Tesla: OperatingLeasePayments) shares "operating cash flows" with the first, and
"Cash and cash equivalents and restricted cash, end of period" is the statement's own total, not the one including a
disposal group's cash.

An element named by its term (FederalHomeLoanBankAdvancesLongTerm, ShortTermBorrowings) is no reading of a row of a
balance sheet that says no term anywhere (no line or heading says current, noncurrent, long- or short-term, as a bank's
often does): KFFB Q2 FY2025's "FHLB Advances" between "Deposits" and "Other Liabilities" are the advances whatever
their term, us-gaap:AdvancesFromFederalHomeLoanBanks. As the closest candidate such an element gives way only to one
whose label filers printed word for word (choose.py, as for [elements] needs_words), else to none.

A row of the common shareholders' equity is the company's equity less its preferred stock: US GAAP's
StockholdersEquity, which includes the preferred stock, reads it only where its table shows the company has none (an
equity section printed, with no preferred stock). Bank of America Q4 2024's highlights print
"Common shareholders' equity | $272.4" and nothing else of its equity: the company's own line item.
"""

from __future__ import annotations

import re

from .rules import mapping_knowledge

_TERM_NAME = re.compile(r"(Long|Short)[Tt]erm")
_TERM_SAID = re.compile(r"\bcurrent\b|non-?current|\b(?:long|short)[\s-]*term\b|\bwithin\s+one\s+year|\bafter\s+one\s+year", re.I)
_DISCONTINUED_NAME = re.compile(r"(?<!Not)DiscontinuedOperation")  # not DisposalGroupNotDiscontinuedOperation...


# cash named before restricted cash ("Cash, cash equivalents and restricted cash"): the unrestricted cash with it
_CASH_THEN_RESTRICTED = re.compile(r"^\W*cash\b.*\b(?:and|&)\s+restricted\b", re.I)


# (assets or liabilities held for sale, a disposal group's; not loans held for sale, a bank's loans it means to sell)
# (nor a line of the continuing operations "before ... discontinued operations", Luby's Q1 FY2009)
_HELD_FOR_SALE_SAID = re.compile(r"\b(?:assets?|liabilit(?:y|ies))\s+(?:(?:\w+\s+){0,2}held[- ]for[- ]sale|of\s+discontinued\s+operations?)\b", re.I)
_HELD_FOR_SALE_NAME = re.compile(r"HeldForSale|DisposalGroup|DiscontinuedOperation|ToBeDisposedOf|Disposal|Divestiture")


def unsaid_qualifier(qname: str, label: str, ctx) -> str | None:
    """Why the element ``qname`` is no reading of a row of ``label`` in the table ``ctx`` (choose.Context) for a
    qualifier its name says and neither the row nor its statement does (None: no such)."""
    if qname.partition(":")[2].startswith("Restricted") and _CASH_THEN_RESTRICTED.match(label):
        # restricted cash and its equivalents alone (RestrictedCashAndCashEquivalents), where the label adds restricted
        # cash to the cash (Astec Q2 2026's "Cash, cash equivalents and restricted cash" had been
        # us-gaap:RestrictedCashAndInvestmentsCurrent): the words alike, what is restricted not
        return "restricted cash alone, where the label adds it to the cash"
    if ctx.statement == "B" and _HELD_FOR_SALE_SAID.search(label) and not _HELD_FOR_SALE_NAME.search(qname.partition(":")[2]):
        # a balance sheet's assets or liabilities held for sale or of discontinued operations are no line of the
        # continuing business (Clearfield Q3 FY2026's
        # "Non-current assets held for sale | - | 4,828" had been us-gaap:AssetsNoncurrent, all of them)
        return "held for sale or discontinued, which the element does not say"
    if ctx.statement != "C" or not _DISCONTINUED_NAME.search(qname.partition(":")[2]):
        return None
    if any(mapping_knowledge().discontinued_said.search(text) for text in (label, *ctx.section, *ctx.labels)):
        # a statement that names discontinued operations anywhere may print their part under a heading the row does
        # not repeat ("Operating cash flows", "Profit on sale of business, net" under "Discontinued operations:"):
        # there the statement's place decides (placement.discontinued_part)
        return None
    return "discontinued operations, which neither the row nor its statement names"


def unsaid_term(qname: str, label: str, ctx) -> str | None:
    """Why an element named by one term (long or short) is no reading of a row of balances that says no term
    anywhere: no line nor heading of it says current, noncurrent, long- or short-term (None: the element names both
    terms or none, or the table says a term somewhere, where the row's place among its totals and the index's filers
    decide as before)."""
    terms = {m.group(1) for m in _TERM_NAME.finditer(qname.partition(":")[2])}
    balances = ctx.statement == "B" or not ctx.statement and ctx.period == "i"
    # (a table of no statement whose columns are dates holds balances too: F&M Bancshares FY2024's "AT PERIOD END" /
    # "Borrowings 10,564,103", repurchase agreements and advances together, is no LongTermDebtNoncurrent)
    if not balances or len(terms) != 1 or not ctx.labels:
        # (a label looked up with no table around it: nothing says the balance sheet does not classify it)
        return None
    if any(_TERM_SAID.search(text) for text in (label, *ctx.section, *ctx.labels)):
        return None
    return f"a {terms.pop().lower()}-term amount, where no line of the balance sheet says a term"


def common_part(label: str, labels: tuple[str, ...]) -> str | None:
    """Why no US GAAP element reads a row of the common shareholders' equity in a table of ``labels`` (None: the row
    is none, or the table shows the company has no preferred stock, where the common equity is the whole)."""
    kn = mapping_knowledge()
    if not kn.common_equity_said.search(label):
        return None
    if any(kn.equity_section_line.search(lab) for lab in labels) and not any(kn.preferred_said.search(lab) for lab in labels):
        return None  # the table prints the equity section, and no preferred stock
    return ("the common shareholders' equity, which leaves out preferred stock: no US GAAP element names it, and the "
            "table does not show the company has no preferred stock (StockholdersEquity includes it)")


SHARES_OUTSTANDING, COMMON_SHARES_OUTSTANDING = "us-gaap:SharesOutstanding", "us-gaap:CommonStockSharesOutstanding"


def common_shares(qname: str, label: str, statement: str, labels: tuple[str, ...]) -> tuple[str, str | None]:
    """The shares outstanding at a date, outside a statement of equity (US GAAP presents us-gaap:SharesOutstanding
    there only), of a table that names no preferred stock and no class or series of shares: the common stock's,
    us-gaap:CommonStockSharesOutstanding. Southern Q4 2006's "End of Period Shares Outstanding (in millions)" in its
    earnings summary, which filers print word for word for SharesOutstanding in their statements of equity."""
    if qname != SHARES_OUTSTANDING or statement == "E":
        return qname, None
    kn = mapping_knowledge()
    if any(kn.preferred_said.search(text) or kn.share_class_said.search(text) for text in (label, *labels)):
        return qname, None
    return (COMMON_SHARES_OUTSTANDING, "shares outstanding outside a statement of equity, where the table names no "
            "preferred stock and no class of shares: the common stock's")
