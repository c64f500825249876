"""Whether a candidate concept can be a printed row at all, before any is scored: its unit kind and period type
against the table's, a flow's direction against a label that nets it, cash against a label that says earned or spent,
a change or a cash flow outside a cash-flow statement, the statement and section the element belongs to (statement_fit,
comprehensive), a fair value only the notes disclose, and the side of the balance sheet its name says. ``row_misfit``
says why not (None: it can); ``choose.choose`` drops every candidate it rejects."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .cash_sections import cash_flow_name, net_cash_name
from .comprehensive import oci_misfit
from .index import ConceptInfo, adds_into
from .loss_heading import expense_heading, income_heading, names_a_debit
from .placement import balance_sheet_side
from .rules import mapping_knowledge
from .signs import head_flow, label_head, nets_flows, two_way
from .statement_fit import statement_misfit
from .structural import income_above_tax, one_side_of_two

if TYPE_CHECKING:
    from .choose import Context

# a label of comprehensive income (or of its other part, or their accumulated balance), and the element names that say it
_COMPREHENSIVE_SAID = re.compile(r"\bcomprehensive\b", re.I)
_COMPREHENSIVE_NAMED = re.compile(r"Comprehensive|^A?[Oo]ci")
# what a label says its amount includes or leaves out, after which its words name no line item ("Retained deficit,
# including accumulated other comprehensive income of ...")
_INCLUDED = re.compile(r"\b(?:including|excluding|inclusive|exclusive|net of|before|after)\b", re.I)
CREDIT_AMONG_EXPENSES = "a credit balance among the expenses, where the label names no income or gain"
_EXPENSE_NAME = re.compile(r"Expense|Cost")
DEBIT_AMONG_INCOME = "a debit balance under a heading of income, where the label names no expense, loss or tax"
# a heading of expenses ("Noninterest expense:", "Costs and expenses"), not of income and expense together
# a balance at the beginning or end of a period, which a cash-flow or equity statement prints among its flows
BEGIN_END = re.compile(r"\b(?:beginning|end)\b(?: of)?(?: the)? (?:period|year|quarter)|\b(?:beginning|start|opening|ending|closing)\b|\bend of\b", re.I)


def row_misfit(c: ConceptInfo, ctx: Context, label: str) -> str | None:
    """Why a concept cannot be this row (None: it can)."""
    if ctx.unit is not None and c.kind != ctx.unit:
        if not (ctx.unit == "number" and c.kind in ("number", "pure")):
            return f"unit {ctx.unit}, concept {c.kind}"
    if ctx.period is not None and c.period and c.period != ctx.period:
        if not (ctx.period == "d" and c.period == "i" and ctx.statement in ("C", "E", "") and BEGIN_END.search(label)):
            return "period type"
    local = c.qname.partition(":")[2]
    flow = _one_way_flow(local)
    if flow and nets_flows(label):
        # "Purchases, sales and maturities of short-term investments, net": a net flow, either way, is no payment
        # nor proceeds alone (PaymentsForProceedsFromShortTermInvestments, not PaymentsToAcquireShortTermInvestments)
        return "one direction of a flow the label nets"
    if flow and head_flow(label) == -flow:
        # "Proceeds from sales of investment securities available for sale" is no PaymentsToAcquire... that a filer
        # labelled "Investment securities available for sale" under a "Purchases:" heading; "Net borrowings under
        # revolving line of credit" no RepaymentsOfLinesOfCredit
        return "a flow of the other direction than the label's"
    if flow and ctx.statement == "C" and any(_CHANGES_HEADING.search(h) for h in ctx.section) \
            and not _SAYS_PAID.search(label):
        # under "Changes in operating assets and liabilities:" a row that names a balance ("Accrued severance pay, net",
        # Kornit Q4 2024) is the change in it, no payment or proceeds the label does not say
        return "a payment or proceeds among the changes in balances, where the label names a balance"
    for head, element in mapping_knowledge().head_misfits:
        if element.search(local) and (said := head.search(label)):
            # "Gains on sale of other assets and loans receivables" is no IncreaseDecreaseInReceivables (mapping.toml
            # [elements] head_misfits)
            return f"what the label's head says it is ('{said.group(0).strip()}'), not a {local}"
    earned = mapping_knowledge().earned_words
    if ctx.statement != "C" and _cash_named(local) and (earned.search(label) or ctx.statement == "I" and any(earned.search(h) for h in ctx.section)):
        # cash paid or received is no line that says it is earned or spent, outside a cash-flow statement ("Income
        # (loss) on other long-term investments" under "Investment income:" is no PaymentsToAcquireOtherInvestments).
        # Not every line of a table read as an income statement: a cash-flow statement run together with its title
        # lost can be read as one. Nor an activity's net cash: "Financing income (expenses), net" in Foresight FY2023's
        # statement of comprehensive loss is no NetCashProvidedByUsedInFinancingActivities. In an income statement, the
        # heading the row stands under says it too: PhenixFIN Q1 FY2025's "Cash" under "Interest Income:" / "Non-
        # controlled, non-affiliated investments:" (interest received in cash) is no PaymentsToAcquireEquityMethodInvestments
        return "a cash flow where the label or its heading says it is earned or spent"
    change, flow = local.startswith("IncreaseDecrease"), cash_flow_name(local)
    if ctx.statement != "C" and (change or flow) and not _prints_net_cash(ctx.labels):
        # outside a cash-flow statement (a table that prints the activities' net cash is one, whatever its title said)
        # the change in a balance is a label's that says it is a change: "Other liability" in a table of premiums by
        # line of business is no IncreaseDecreaseInOtherOperatingLiabilities; and cash paid or received a label's that
        # says so: "Net debt" in a table of highlights is no ProceedsFromRepaymentsOfShortTermDebt
        kn = mapping_knowledge()
        if change and not kn.change_label.search(label):
            return "a change in a balance, where neither the label nor the table says one"
        if flow and not kn.flow_label.search(label):
            return "a cash flow, where neither the label nor the table says one"
    if _GROSS.search(local) and _NET_WORD.search(label) and not _GROSS_WORD.search(label):
        # a label that says the amount is net is no gross amount: "Tools, Machinery & Equipment, Net" (Royalty
        # Management Q1 2025) is no us-gaap:MachineryAndEquipmentGross, "Net premiums written" no PremiumsWrittenGross
        return "a gross amount where the label says net"
    if _COMPREHENSIVE_SAID.search(_INCLUDED.split(label)[0]) and not _COMPREHENSIVE_NAMED.search(local):
        # a label of comprehensive income is no element of another income: "Comprehensive loss attributable to
        # Intelligent Bio Solutions Inc." (INBS Q2 FY2025) is no us-gaap:NetIncomeLoss, whose filers' label "Net loss
        # attributable to <the company>" shares its other words
        return "an element of no comprehensive income, where the label says comprehensive income"
    if misfit := statement_misfit(c, ctx.statement, label, ctx.labels, ctx.position):  # the element's name (statement_fit.py)
        return misfit
    if misfit := oci_misfit(c.qname, ctx.statement, label, ctx.labels, ctx.position, ctx.section):  # comprehensive.py
        return misfit
    if ctx.statement == "I" and (misfit := income_above_tax(c.qname, label, ctx.labels, ctx.position)):  # structural.py
        return misfit
    if ctx.statement in ("I", "") and (misfit := one_side_of_two(c.qname, label, ctx.labels)):  # structural.py
        return misfit
    if ctx.statement in ("B", "I", "C") and c.qname.endswith(mapping_knowledge().no_statement_line):
        # the fair value of an amount a statement carries at another measure, disclosed in the notes: US GAAP's
        # statements never present it, whichever filers of 2009-2010 printed it on a balance sheet ("Investments in
        # unconsolidated ventures" is no ...JointVenturesFairValueDisclosure; "Other financial assets" no
        # OtherAssetsFairValueDisclosure)
        return "a fair value disclosed in the notes"
    if (ctx.statement == "I" and c.balance == "c" and c.kind == "money" and ctx.section
            and expense_heading(ctx.section[-1])
            and label_head(label)[0] is None):
        # under a heading of expenses, a label that names no direction of its own is an expense: F&M Bancshares
        # FY2024's "Other real estate owned, net | 75,996 | (235,538)" under "Noninterest expense" is no
        # us-gaap:GainsLossesOnSalesOfOtherRealEstate, a gain of 75,996, that filers label "Other real estate owned
        # expense, net" too
        return CREDIT_AMONG_EXPENSES
    if (ctx.statement == "I" and c.balance == "d" and c.kind == "money" and ctx.section and income_heading(ctx.section[-1])
            and _EXPENSE_NAME.search(local) and not names_a_debit(label)):
        # ... and under a heading of income, a label that names no expense, loss or tax is no expense element (one
        # that names a change, "Change in unearned premiums" among an insurer's revenues, may be a debit): Chittenden's
        # "Retail Investment services" under "Noninterest Income:" (2003) is no us-gaap:SellingExpense, found by one
        # filer's "Retail"
        return DEBIT_AMONG_INCOME
    if ctx.statement in ("B", "") and ctx.section:
        # a balance sheet's assets hold no payable or liability, its liabilities no receivable, by the element's
        # name ("Value-added tax recoverable" under current assets is no us-gaap:SalesAndExciseTaxPayableCurrent);
        # contra-assets (allowances, accumulated depreciation) are named neither way. A table of no known kind whose
        # headings say the side too: Aeropostale Q2 FY2015's balance sheet, printed with no title, under "ASSETS"
        side = balance_sheet_side(ctx.section)
        if side == "assets" and (m := _LIABILITY_NAME.search(local)):
            # an element named for a liability first is one, whatever asset it qualifies it by: "Goodwill and
            # intangible assets" among Aeropostale Q2 FY2015's assets is no us-gaap:DeferredTaxLiabilitiesGoodwill-
            # AndIntangibleAssets (an element named for an asset first, as DeferredTaxAssetsLiabilitiesNet, is left)
            asset = _ASSET_NAME.search(local)
            if asset is None or m.start() < asset.start():
                return "a liability among the assets"
        if (ctx.statement == "B" and c.balance == "c" and not _CONTRA_ASSET.search(local)
                and (balance_sheet_side(ctx.headings) if ctx.headings is not None else side) == "assets"):
            # an asset is a debit; a credit among the assets is what they are stated net of (accumulated depreciation,
            # allowances, unearned income): "Severance pay fund" among Kornit Q4 2024's long-term assets is no
            # us-gaap:SupplementalUnemploymentBenefitsSeveranceBenefits, the severance liability. In a balance sheet
            # only: elsewhere "Operating Assets" can be a segment (Howard Hughes Q4 2025's adjustments by segment). By
            # the headings printed, not the part of the balance sheet the totals around the row are taken to say
            return "a credit balance among the assets"
        if side == "liabilities" and "Receivable" in local:
            return "a receivable among the liabilities"
        if side == "equity" and "Receivable" in local and not _EQUITY_RECEIVABLE.search(local):
            # the receivables equity deducts are those for its own shares (StockholdersEquityNoteSubscriptions-
            # Receivable, ReceivableFromShareholdersOrAffiliatesForIssuanceOfCapitalStock); any other is an asset:
            # "Note receivable (6,720)" inside SpectraSite-era (CIK 1053507) Q2 2003's STOCKHOLDERS' EQUITY is no
            # us-gaap:NotesReceivableNet
            return "a receivable among the equity"
        if side == "equity" and local.endswith(("Current", "Noncurrent")):
            # equity has no current or noncurrent part ("Reserves" under "EQUITY" is no
            # us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent)
            return "a current or noncurrent part among the equity"
    if ctx.statement == "B" and 0 <= ctx.position < len(ctx.labels) and balance_sheet_side(ctx.section) is None \
            and any(mapping_knowledge().total_assets_label.search(lab) for lab in ctx.labels[ctx.position + 1:]) \
            and adds_into(c.qname, "us-gaap:Liabilities") and not adds_into(c.qname, "us-gaap:Assets"):
        # above the total of the assets, where no heading says the side: no element US GAAP sums into the liabilities
        # ("Home equity lines of credit" among Peapack-Gladstone Q2 2025's loans is no us-gaap:LineOfCredit)
        return "a liability among the assets (above the total assets)"
    return None


_GROSS = re.compile(r"Gross(?=[A-Z]|$)(?!Profit)")  # an element of the gross amount (not GrossProfit, a margin)
_NET_WORD, _GROSS_WORD = re.compile(r"\bnet\b", re.I), re.compile(r"\bgross\b", re.I)


def _cash_named(local: str) -> bool:
    return cash_flow_name(local) or net_cash_name(local)


def _prints_net_cash(labels: tuple[str, ...]) -> bool:
    """Whether a table prints a line only a cash-flow statement prints (mapping.toml [labels] cash_flow_line): asked
    of every candidate of every row, answered once a table (and pattern)."""
    return _prints(mapping_knowledge().cash_flow_line, labels)


@lru_cache(maxsize=1024)
def _prints(pattern: re.Pattern[str], labels: tuple[str, ...]) -> bool:
    return any(pattern.search(lab) for lab in labels)


_ONE_WAY = re.compile(r"(?:Payments|Proceeds|Repayments)(?!ForProceeds|FromPayments|FromRepayments|OfProceeds)")


def _one_way_flow(local: str) -> int:
    """1: a concept named for cash flowing in alone (Proceeds...), -1: out alone (Payments..., Repayments...), 0: else."""
    if not _ONE_WAY.match(local) or two_way(local):
        return 0
    return 1 if local.startswith("Proceeds") else -1


_LIABILITY_NAME = re.compile(r"Payable|Liabilit")
# what a row says of cash paid or received ("severance pay" is no payment)
_SAYS_PAID = re.compile(r"\b(?:proceeds?|paid|payments?|repa(?:id|yments?)|received|receipts?|purchases?|sales?|collections?)\b", re.I)
# the heading of the changes in operating balances of a cash-flow statement
_CHANGES_HEADING = re.compile(r"\b(?:changes?|increases?|decreases?|movements?)\b.*\b(?:assets|liabilities|working capital)\b", re.I)
_ASSET_NAME = re.compile(r"Receivable|Assets?(?!Retirement)")
# what an asset is stated net of: a credit among the assets
_CONTRA_ASSET = re.compile(r"Accumulated|Allowance|Valuation|Reserve|Discount|Premium|Unamortized|Deferred(?:Income|Revenue|Fee)|"
                           r"Unearned|Impairment|Depreciation|Amortization|Depletion|Contra|Adjustment")
_EQUITY_RECEIVABLE = re.compile(r"Equity|Stock|Capital|Subscri|Shareholder|Stockholder|Partner|Member")
