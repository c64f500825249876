"""Close concepts told apart by the statement's structure: the parent's share of an income or equity or the whole of
it (a noncontrolling-interest line), income before tax before or after equity-method income, operating expenses or
costs and expenses, discontinued operations of the parent."""

from __future__ import annotations

import re

from ..tables.text_cells import SERIAL_LEAD

from ..tables.totals import is_total
from .index import concept_index
from .labels import label_key
from .rules import mapping_knowledge

NCI_LINE = re.compile(r"non-?controlling|minority", re.I)
ATTRIBUTABLE = re.compile(r"attributable|applicable|available", re.I)
# a result attributed to the parent: "Net income attributable to controlling interest", "... attributable to owners of
# the parent"; not to the common stockholders, whose share is what is left after preferred dividends ("Net income" /
# "Preferred dividends" / "Net income attributable to common stockholders" holds no noncontrolling interest)
_PARENT_SHARE = re.compile(r"\b(?:net\s+(?:income|earnings|loss|profit)|profit|earnings)\b.*\battributable\s+to\s+(?:the\s+)?"
                           r"(?:controlling\s+interests?|parent|company|owners|equity\s+holders)\b", re.I)

PRETAX_BEFORE_EQUITY_METHOD = "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments"
PRETAX = "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
DISCONTINUED = "us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTax"
DISCONTINUED_PARENT = "us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTaxAttributableToReportingEntity"
OPERATING_EXPENSES, COSTS_AND_EXPENSES = "us-gaap:OperatingExpenses", "us-gaap:CostsAndExpenses"
_GROSS_PROFIT = re.compile(r"\bgross (?:profit|margin|income)\b", re.I)
_COST_OF_REVENUE = re.compile(r"^\W*(?:total\s+)?costs? of (?:the )?(?:sales|revenues?|goods|products|services|merchandise)\b", re.I)
EQUITY = "us-gaap:StockholdersEquity"
EQUITY_WITH_NCI = "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"
_EQUITY_METHOD = re.compile(r"equity (?:in|method)|(?:earnings|income|loss(?:es)?) (?:of|from) (?:equity[- ]method |unconsolidated )?(?:investees|affiliates|joint ventures)", re.I)


# the parent's share of an income and the whole of it, noncontrolling interest included
_WITH_NCI = {"us-gaap:NetIncomeLoss": "us-gaap:ProfitLoss",
             "us-gaap:IncomeLossFromContinuingOperations": "us-gaap:IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest",
             "us-gaap:ComprehensiveIncomeNetOfTax": "us-gaap:ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest"}
# (after a row's serial number: "(VII) Net profit for the period/year", an Indian results statement)
NET_INCOME_LINE = re.compile(r"^\W*(?:" + SERIAL_LEAD.pattern.removeprefix("^\\W*") + r")?net (?:\(?loss\)?|income|earnings|profit)", re.I)


AVAILABLE_TO_COMMON = "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic"
_COMMON_HOLDERS = re.compile(r"\b(?:attributable|applicable|available)\s+to\s+(?:the\s+)?common\b", re.I)
_PREFERRED_LINE = re.compile(r"\bprefer\w*\b.*\b(?:dividends?|accretion|distributions?|redemption)\b|\b(?:dividends?|accretion|distributions?)\b.*\bprefer|\bdeemed dividends?\b", re.I)


def _after_preferred(label: str, labels: tuple[str, ...], position: int) -> str | None:
    """Why a net income attributable to common stockholders is the amount available to them: a preferred dividend (or
    accretion, a deemed dividend) printed between the net income above it and the row (Applied Digital FY2026: "Net
    loss", "Net loss attributable to noncontrolling interest ...", "Preferred dividends", "Net loss attributable to common
    stockholders" had been us-gaap:NetIncomeLoss, the parent's share before the preferred dividends)."""
    if not _COMMON_HOLDERS.search(label) or position <= 0 or position > len(labels):
        return None
    key = label_key(label)
    for lab in reversed(labels[:position]):
        if label_key(lab) == key or label_key(lab).startswith(key + " "):
            continue  # the same line item printed above (a heading over its parts, or its own row), or one of its parts
            # named under it ("Net loss attributable to common stockholders Continuing operations"): read past it
        if _PREFERRED_LINE.search(lab):
            return "a preferred dividend is deducted above it: the net income available to common stockholders"
        if NET_INCOME_LINE.search(lab) and not NCI_LINE.search(lab):
            return None
    return None


def has_nci(labels) -> bool:
    """Whether a noncontrolling-interest line stands after a net income line (net income then includes it)."""
    seen_net = False
    for lab in labels:
        if NCI_LINE.search(lab):
            if seen_net:
                return True
        elif NET_INCOME_LINE.search(lab) and not ATTRIBUTABLE.search(lab):
            seen_net = True
    return False


def after_net_income(labels: tuple[str, ...], position: int) -> bool:
    """Whether a net income line stands before the row: a statement of income and comprehensive income prints the
    other comprehensive income after net income, never among the lines that add up to it."""
    return any(NET_INCOME_LINE.search(lab) for lab in labels[:max(position, 0)])


def before_net_income(labels: tuple[str, ...], position: int) -> bool:
    """Whether a net income line stands after the row, none before it: the row is among the lines that add up to it."""
    return (not after_net_income(labels, position)
            and any(NET_INCOME_LINE.search(lab) for lab in labels[max(position, 0) + 1:]))


_EQUITY_WORD = re.compile(r"\bequity\b|\bcapital\b", re.I)


def equity_after_interest(qname: str, label: str, labels: tuple[str, ...], position: int) -> tuple[str, str | None]:
    """A balance sheet's total of equity printed after the parent's total and then the noncontrolling interest
    ("Total consolidated Intelligent Bio Solutions Inc. equity 4,366,040" / "Non-controlling interest (162,652)" /
    "Total shareholders' equity 4,203,388", INBS Q2 FY2025) includes the interest, whatever words it shares with the
    parent's. Only there: a minority interest printed before the equity, as balance sheets before 2009 did, is
    outside it, and "Total shareholders' equity" under it is the parent's."""
    if qname != EQUITY or position < 2 or ATTRIBUTABLE.search(label) or NCI_LINE.search(label):
        return qname, None
    nci_at = next((i for i in range(position - 1, -1, -1) if NCI_LINE.search(labels[i])), None)
    if nci_at is None or any(is_total(lab) and _EQUITY_WORD.search(lab) for lab in labels[nci_at + 1 : position]):
        return qname, None
    if not any(is_total(lab) and _EQUITY_WORD.search(lab) and not NCI_LINE.search(lab) for lab in labels[:nci_at]):
        return qname, None
    return EQUITY_WITH_NCI, "after the parent's equity and the noncontrolling interest: equity including it"


def structural(qname: str, label: str, labels: tuple[str, ...], position: int, nci: bool | None = None,
               company: tuple[str, ...] = ()) -> tuple[str, str | None]:
    """Close concepts told apart by the statement's structure.

    NetIncomeLoss vs ProfitLoss: net income with a noncontrolling-interest line after it includes that interest
    (ProfitLoss); with the interest subtracted before it, or none at all, it is NetIncomeLoss. A table without such
    a line (the cash-flow statement) follows the release (``nci``). Income before income taxes: before the
    equity-method income that a later line adds, or (no such line) the plain pre-tax total. A net income or equity
    that names the company ("Pitney Bowes Inc. net income", "Total AIG shareholders' equity"; ``company``: its names)
    is the parent's share."""
    if qname in ("us-gaap:NetIncomeLoss", "us-gaap:ProfitLoss") and (why := _after_preferred(label, labels, position)):
        return AVAILABLE_TO_COMMON, why
    pair = next((p for p in _WITH_NCI.items() if qname in p), None)
    names_company = "company" in label_key(label, company).split() or "parent" in label_key(label).split()
    if pair is not None:
        parent, whole = pair
        if re.search(r"\binclud\w*\b.*" + NCI_LINE.pattern, label, re.I):
            return (whole, "including the noncontrolling interest") if qname != whole else (qname, None)
        if ATTRIBUTABLE.search(label) or NCI_LINE.search(label):
            return qname, None
        if names_company:
            return (parent, "the company's own: the parent's share") if qname == whole else (qname, None)
        in_table = [i for i, lab in enumerate(labels) if NCI_LINE.search(lab)]
        if in_table and position >= 0:
            with_nci = any(i > position for i in in_table)
        elif position >= 0 and any(_PARENT_SHARE.search(lab) and not NCI_LINE.search(lab) for lab in labels[position + 1 : position + 3]):
            # the parent's share printed next, the interest's share left to the reader (Astec Q2 2026: "Net income
            # 16.8", "Net income attributable to controlling interest 16.7"): the row above it includes the interest
            with_nci = True
        else:
            with_nci = bool(nci) if nci is not None else has_nci(labels)
        if with_nci and qname == parent:
            return whole, f"a noncontrolling-interest line follows: it includes it ({whole.split(':')[1]})"
        if not with_nci and qname == whole:
            return parent, f"no noncontrolling-interest line after it: {parent.split(':')[1]}"
        return qname, None
    if qname in (EQUITY, EQUITY_WITH_NCI) and labels and position >= 0:
        before = labels[:position]
        if not any(NCI_LINE.search(lab) for lab in before):
            if qname == EQUITY_WITH_NCI:
                return EQUITY, "no noncontrolling-interest line above: StockholdersEquity"
        elif qname == EQUITY and not ATTRIBUTABLE.search(label) and not names_company:
            return EQUITY_WITH_NCI, "below a noncontrolling-interest line: equity including it"
        elif qname == EQUITY_WITH_NCI and names_company:
            return EQUITY, "the company's own: the parent's share"
        return qname, None
    if qname == DISCONTINUED and position > 0 and not NCI_LINE.search(label):
        # below the noncontrolling interest's share ("Amounts attributable to the company: ... discontinued operations")
        nci_at = next((i for i, lab in enumerate(labels[:position]) if NCI_LINE.search(lab)), None)
        parent_after = nci_at is not None and any(NET_INCOME_LINE.search(lab) and ATTRIBUTABLE.search(lab) and not NCI_LINE.search(lab)
                                                  for lab in labels[nci_at + 1 : position])
        if parent_after or ATTRIBUTABLE.search(label):
            return DISCONTINUED_PARENT, "below the net income attributable to the parent: the parent's share"
        return qname, None
    if qname in (OPERATING_EXPENSES, COSTS_AND_EXPENSES) and is_total(label) and position > 0:
        # US GAAP: costs and expenses are the cost of revenue and the operating expenses; operating expenses exclude it
        before = labels[:position]
        if any(_GROSS_PROFIT.search(lab) for lab in before):
            want, why = OPERATING_EXPENSES, "a total after gross profit: the operating expenses, cost of revenue excluded"
        elif any(_COST_OF_REVENUE.search(lab) for lab in before):
            want, why = COSTS_AND_EXPENSES, "a total over a cost of revenue line, no gross profit: costs and expenses"
        else:
            return qname, None
        return (want, why) if want != qname else (qname, None)
    if qname in (PRETAX, PRETAX_BEFORE_EQUITY_METHOD) and labels and position >= 0:
        after = labels[position + 1 :]
        if any(_EQUITY_METHOD.search(lab) for lab in after) or _EQUITY_METHOD.search(label):
            want, why = PRETAX_BEFORE_EQUITY_METHOD, "equity-method income is added after tax"
        else:
            want, why = PRETAX, "no equity-method income after tax"
        return (want, why) if want != qname else (qname, None)
    kn = mapping_knowledge()  # [labels] exchange_label, balance_label
    if "PeriodIncreaseDecreaseIncludingExchangeRateEffect" in qname and not kn.exchange_label.search(label) and position >= 0:
        # the change in cash before an exchange-rate effect the statement prints after it, above the opening balance,
        # excludes that effect ("Increase (decrease) in cash (23,839)" then "Effect of foreign exchange on cash 2,197")
        for lab in labels[position + 1 :]:
            if kn.balance_label.search(lab):
                break
            if kn.exchange_label.search(lab):
                want = qname.replace("Including", "Excluding", 1)
                if concept_index().get(want) is not None:
                    return want, "an exchange-rate effect is printed after it: the change before that effect"
                break
    return qname, None


# the income after income taxes: the whole, the parent's share, of continuing operations or all of them
# (us-gaap:NetIncomeLoss..., ProfitLoss, IncomeLossFromContinuingOperations... but ...BeforeIncomeTaxes...)
AFTER_TAX_INCOME = re.compile(r"^us-gaap:(?:NetIncomeLoss|ProfitLoss|IncomeLossFromContinuingOperations(?!Before))")
# a line of the income taxes, or of the income before them ("Provision for income taxes", "Income tax expense
# (benefit)", "Income from continuing operations before provision for income taxes")
_TAX_LINE = re.compile(r"\bincome tax|\b(?:before|pre-?)\s*(?:the\s+)?(?:provision for\s+|benefit from\s+)?(?:income\s+)?tax", re.I)
_PRETAX_LINE = re.compile(r"\b(?:before|pre-?)\s*(?:the\s+)?(?:provision for\s+|benefit from\s+|\(?benefit\)?\s+)?(?:income\s+)?tax", re.I)
_TAX_SAID = re.compile(r"\btax", re.I)
_BEFORE_TAX = re.compile(r"\bbefore\b.*\btax", re.I)  # "... before minority interest and taxes"
_DISCONTINUED = re.compile(r"discontinued", re.I)
_MEASURE = re.compile(r"\bebitda\b|\badjusted\b|non-?gaap|reconcil", re.I)  # a reconciliation's lines below the statement


def income_above_tax(qname: str, label: str, labels: tuple[str, ...], position: int) -> str | None:
    """Why an income concept cannot be a row of an income statement by where it stands (None: it can). Income after
    tax stands below the income taxes: a row whose label says nothing of tax, with an income tax line (or the income
    before it) below it, before any net income or discontinued operations line, is no after-tax income (AmTrust Q1
    2009: "Income from continuing operations 33,556", total revenue less total expenses, then "Other income
    (expense):", interest, "Income from continuing operations before provision for income taxes 29,418", "Provision
    for income taxes": no IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest).
    Nor is it the income before tax where another line below is that income and no equity-method line stands between
    them (an equity-method income is added before a second pre-tax total by some filers)."""
    after_tax, pretax = bool(AFTER_TAX_INCOME.match(qname)), qname in (PRETAX, PRETAX_BEFORE_EQUITY_METHOD)
    if not after_tax and not pretax:
        return None  # (asked of every candidate of every income statement row: the other concepts go first)
    if after_tax and _PRETAX_LINE.search(label) and not _DISCONTINUED.search(label):
        return "the label says the income is before tax"
    if pretax and 1 < position and NCI_LINE.search(labels[position - 1]) and not NCI_LINE.search(label) \
            and _PRETAX_LINE.search(label) and any(_BEFORE_TAX.search(lab) for lab in labels[:position - 1]):
        # a pre-tax income under the minority interest's share, a pre-tax income above it (Complete Production Q2 2007:
        # "Income from continuing operations before minority interest and taxes 69,113", "Minority interest, net of
        # tax (205)", "Income from continuing operations before taxes 69,318"): the income before that share is above
        return f"the income before tax and the noncontrolling interest is above {labels[position - 1]!r}"
    if position < 0 or _TAX_SAID.search(label) or _DISCONTINUED.search(label) or NET_INCOME_LINE.search(label) or NCI_LINE.search(label):
        return None  # a net income line above a tax line is one of a reconciliation printed below the statement
    if any(_TAX_LINE.search(lab) for lab in labels[:position]):
        # the taxes (or the income before them) stand above the row: it is below them, whatever "... net of income
        # taxes" line follows it (HCP 2010: "Income taxes", "Equity income ...", "Income from continuing operations",
        # "Income before gain on sales of real estate, net of income taxes")
        return None
    for lab in labels[position + 1 :]:
        if _DISCONTINUED.search(lab) or NET_INCOME_LINE.search(lab) or NCI_LINE.search(lab) or _MEASURE.search(lab):
            return None
        if _EQUITY_METHOD.search(lab) and pretax:
            return None
        if after_tax and _TAX_LINE.search(lab):
            return f"an income after tax above the line {lab!r}"
        if pretax and _PRETAX_LINE.search(lab):
            return f"the income before tax is the line {lab!r} below"
    return None


_ONE_SIDE = re.compile(r"\b(?:non-?\s*operating|other)\s+(income|expenses?)\b", re.I)
_BOTH_SIDES = re.compile(r"\bincome\b.*\bexpense|\bexpense.*\bincome\b|\(|\bnet\b", re.I)
_NETS = ("us-gaap:NonoperatingIncomeExpense", "us-gaap:OtherNonoperatingIncomeExpense", "us-gaap:NonoperatingGainsLosses",
         "us-gaap:OtherNonoperatingGainsLosses")
# the total of the other side, by the side a label names
_OTHER_TOTAL = {side: re.compile(r"\btotal\b.*\b(?:non-?\s*operating|other)\s+" + other + r"\b", re.I)
                for side, other in (("income", r"expenses?"), ("expense", r"income"), ("expenses", r"income"))}


def one_side_of_two(qname: str, label: str, labels: tuple[str, ...]) -> str | None:
    """Why a net element is no reading of a total of one side where the table prints the other side's total too
    (Japanese statements: "Total non-operating income" and "Total non-operating expenses", each the sum of its own
    rows: SIGMAKOKI Q1 FY2023, Tokyo Ohka Kogyo Q1 2026); None where the label names both sides, a net, or no side."""
    if qname not in _NETS or _BOTH_SIDES.search(label) or not (m := _ONE_SIDE.search(label)):
        return None
    pattern = _OTHER_TOTAL[m.group(1).lower()]
    twin = next((lab for lab in labels if lab != label and pattern.search(lab) and not _BOTH_SIDES.search(lab)), None)
    return f"the table prints the other side's total apart ({twin!r}): this one is no net of both" if twin else None

