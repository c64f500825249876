"""What a cash-flow statement's sections allow a row to be: no cash flow of an activity under a heading of non-cash
activities or in the supplemental lines below the closing cash balance, no investing or financing flow among the
operating activities.

A cash-flow statement says where its rows stand: the operating, investing and financing sections (their headings,
their totals: ``placement.cash_flow_activity``), the closing cash balance below which it prints supplemental
information ("Cash paid for interest", "Capital expenditures included in accounts payable"), and headings of non-cash
activities ("Supplemental disclosure of non-cash investing and financing activities:", "Non-cash financing
activities:"). US GAAP says what a concept is: a one-way or two-way cash flow by its name (``Proceeds...``,
``Payments...``, ``Repayments...``, ``NetCash...``), the activity it is summed into (``placement.concept_activity``).

- Under a heading of non-cash activities nothing is a cash flow: no proceeds, payment or repayment, no activity's net
  cash, no cash paid for interest or taxes (RMCO: "Reclassification of Debt from Related to Non-Related Party
  1,681,755" is no ProceedsFromRelatedPartyDebt). Such a row is a non-cash concept (StockIssued1,
  DebtConversionConvertedInstrumentAmount1, CapitalExpendituresIncurredButNotYetPaid ...) or the company's own.
- Below the closing cash balance ("Cash – Ending of Period"), the statement has ended its activities: what it prints
  there is cash paid or received for interest and taxes (InterestPaidNet, IncomeTaxesPaidNet, ProceedsFromIncomeTaxRefunds:
  operating flows US GAAP discloses apart), the lease payments ASC 842 asks for (OperatingLeasePayments,
  FinanceLeasePrincipalPayments) or non-cash information; never a proceeds, payment or repayment of the investing or
  financing activities, nor an activity's net cash (RMCO: "Supplemental Information" / "Shares Issued in Purchase of
  Debt 1,040,000" is no ProceedsFromIssuanceOfLongTermDebt).
- Among the operating activities (above the operating total), a proceeds, payment or repayment that US GAAP sums
  into the investing or financing activities is not the row (RMCO: "Issuance of Common Shares for Service 350,000",
  an add-back of shares issued for services, is no ProceedsFromIssuanceOfCommonStock).
"""

from __future__ import annotations

import re

from .index import adds_into
from .placement import ACTIVITY_TOTAL, cash_flow_activity, concept_activity

CHANGE_IN_CASH = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"

# a heading of non-cash activities ("Non-cash investing and financing activities:", "Supplemental disclosure of
# noncash financing activities", "Non-cash transactions:")
_NONCASH = re.compile(r"\bnon-?\s?cash\b", re.I)
# an operating heading that only names non-cash adjustments ("Adjustments for non-cash items:", "Non-cash items
# included in net income:"): the rows are the operating activities' add-backs, judged as such
_ADJUSTMENTS = re.compile(r"\badjust|\breconcil|\bincluded in net|\bitems\b", re.I)
# a cash flow by its name: one way or either way, an activity's net cash, the change in cash
_FLOW = re.compile(r"^(?:Proceeds|Payments|Repayments)(?=[A-Z])")
_NET_CASH = re.compile(r"^(?:NetCashProvidedByUsedIn|CashProvidedByUsedIn)|PeriodIncreaseDecrease")
# cash paid for interest or taxes (not "...NotYetPaid", "...DeclaredAndNotPaid": non-cash)
_PAID = re.compile(r"^(?:InterestPaid|IncomeTaxesPaid|CashPaid)")
# the flows of the activities US GAAP discloses apart, below the closing balance: cash paid or received for interest
# and income taxes, the lease payments (InterestPaidNet, ProceedsFromIncomeTaxRefunds, OperatingLeasePayments,
# FinanceLeasePrincipalPayments, FinanceLeaseInterestPaymentOnLiability)
_DISCLOSED = re.compile(r"Paid|Refund|Received|LeasePayments|PrincipalPayments|InterestPayment")
# the closing balance of the statement: "Cash and cash equivalents, end of period", "Cash – Ending of Period",
# "Cash, end of year", "Ending cash balance", "Cash and cash equivalents at the end of the period"
_CLOSING = re.compile(r"^(?!.*\b(?:paid|received|acquired|payments?|proceeds|used|provided)\b)(?:"
                      r".*\bcash\b.*\b(?:end|ending|closing)\b(?:\s+(?:of\s+)?(?:the\s+)?(?:fiscal\s+)?(?:period|year|quarter|month|"
                      r"(?:three|six|nine|twelve)\s+months|balances?))?|"
                      r"\W*(?:ending|closing)\s+(?:balance\s+of\s+)?cash\b.*|"
                      r"\W*(?:end|ending)\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:period|year|quarter)"
                      r")\W*(?:\([^()]*\))?(?:,?\s*(?:including|excluding|inclusive of|exclusive of)\b[^,]*)?\W*$", re.I)
# (a closing balance may say what it includes: "CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, END OF PERIOD, INCLUDING
# CASH FROM DISCONTINUED OPERATIONS", Applied Digital FY2026, whose "Income taxes paid | $ | 241" under it is supplemental)
_ACTIVITY = re.compile(r"\b(operating|investing|financing)\s+activit", re.I)
# a heading of supplemental information ("Supplemental cash flow information", "Supplemental disclosures of cash flow
# information", "Cash paid during the period for:")
_SUPPLEMENTAL = re.compile(r"\bsupplement|\bdisclos|\bcash paid\b|\bnon-?\s?cash\b", re.I)
# an activity's total or heading ("Net cash used in investing activities", "Cash flows from financing activities:",
# "INVESTING ACTIVITIES"), not a supplemental line that names activities ("Non-cash investing and financing activities")
_ACTIVITY_LINE = re.compile(r"^\W*(?:net\s+)?cash\b.*\b(?:operating|investing|financing)\s+activit|"
                            r"^\W*(?:operating|investing|financing)\s+activities\W*$", re.I)


def cash_flow_name(local: str) -> bool:
    """Whether an element's name says it is cash paid or received (Proceeds..., Payments..., Repayments...)."""
    return bool(_FLOW.match(local))


def net_cash_name(local: str) -> bool:
    """Whether an element's name says it is an activity's net cash (NetCashProvidedByUsedInFinancingActivities)."""
    return bool(_NET_CASH.search(local))


def below_closing_balance(labels: tuple[str, ...], position: int) -> bool:
    """A row printed below the statement's closing cash balance, once the activities have ended: an activity's total
    or heading stands above that balance and none after it (where one follows, the balance was printed before the
    activities, as some statements and filers' presentations order them). Supplemental information."""
    if not 0 < position < len(labels):
        return False
    closing = next((i for i in range(position) if _CLOSING.search(labels[i])), None)
    return (closing is not None and any(_ACTIVITY.search(lab) for lab in labels[:closing])
            and not any(_ACTIVITY_LINE.search(lab) for lab in labels[closing + 1:]))


def noncash_heading(section: tuple[str, ...], labels: tuple[str, ...], position: int) -> str | None:
    """The heading of non-cash activities the row stands under, or None: a heading that names non-cash activities,
    outside the operating activities' add-backs ("Non-cash items:" above the operating total)."""
    for heading in reversed(section):
        if _NONCASH.search(heading):
            if _ADJUSTMENTS.search(heading) or row_activity(section, labels, position) == "operating":
                return None
            return heading.strip()
    return None


def heading_activity(section: tuple[str, ...]) -> str | None:
    """The activity the innermost heading over a row that names one names ("Investing Activities" under "Operating
    Activities" where a reader nested them), or None."""
    for heading in reversed(section):
        m = _ACTIVITY.search(heading)
        if m:
            return m.group(1).lower()
    return None


def row_activity(section: tuple[str, ...], labels: tuple[str, ...], position: int) -> str | None:
    """The activity of the section a row stands in: its headings' (``heading_activity``), else what the labels around
    it say (``placement.cash_flow_activity``: a statement whose operating total reads "Cash flows from operating
    activities" is read as a header there, so the headings come first)."""
    return heading_activity(section) or cash_flow_activity(labels, position)


_ACTIVITY_TOTAL_NAME = re.compile(r"NetCashProvidedByUsedIn(Operating|Investing|Financing)Activities$")


def _total_below(activity: str, labels: tuple[str, ...], position: int) -> bool:
    """Whether the first activity total printed below the row is that activity's (its section goes on to it)."""
    for lab in labels[position + 1:]:
        m = ACTIVITY_TOTAL.search(lab)
        if m:
            return m.group(1).lower() == activity
    return False


def _section_ended(activity: str, labels: tuple[str, ...], position: int) -> bool:
    """Whether the section of ``activity`` has ended above the row: its total ("Net cash used in financing
    activities") stands above it, though a reader's headings may still hold the section's heading."""
    for lab in labels[:position]:
        m = _ACTIVITY.search(lab)
        if m and m.group(1).lower() == activity and ACTIVITY_TOTAL.search(lab):
            return True
    return False


def activity_misfit(qname: str, statements: str, section: tuple[str, ...], labels: tuple[str, ...], position: int) -> str | None:
    """Why the closest candidate of a cash-flow row is no reading of it (None: it may be): an activity's net cash where
    the section's total is printed below (``_total_below``); or no row of the investing or financing activities it
    stands among, which are cash paid and received, lines US GAAP sums into their totals or lines of the statement of
    no activity (the change in cash): no line of another statement (or one of 2009-2010 filers only) nor an adjustment
    of the operating activities (IFRS "Amortisation leases" under "Financing activities" is no us-gaap:LeaseCost, no
    FinanceLeaseRightOfUseAssetAmortization). Asked of the closest candidate only: its runners-up share less of the
    label ("Excess tax benefits from stock-based compensation" is no proceeds from issuing shares either)."""
    local = qname.partition(":")[2]
    if (m := _ACTIVITY_TOTAL_NAME.match(local)) and _total_below(m.group(1).lower(), labels, position):
        # an activity's net cash is the row that closes its section: a subtotal above the total the section prints
        # ("Funds flow from operations" before the working-capital changes and "Cash provided by operating
        # activities") is not it
        return f"a subtotal of the {m.group(1).lower()} activities, whose total is printed below"
    here = heading_activity(section)
    if here not in ("investing", "financing") or cash_flow_name(local) or noncash_heading(section, labels, position) is not None:
        return None
    activity = concept_activity(qname)
    if ("C" in statements and activity in (None, here)) or _section_ended(here, labels, position):
        return None
    what = f"a line of the {activity} activities" if activity else f"a line of another statement ({statements})" if statements else "a line of no statement"
    return f"{what} among the {here} activities"


def cash_flow_misfit(qname: str, statements: str, section: tuple[str, ...], labels: tuple[str, ...], position: int) -> str | None:
    """Why a concept cannot be a row of a cash-flow statement where it stands (None: it can). ``statements``: the
    US GAAP statements the concept stands in (``index.ConceptInfo.statements``)."""
    local = qname.partition(":")[2]
    heading = noncash_heading(section, labels, position)
    below = heading is None and below_closing_balance(labels, position) and any(_SUPPLEMENTAL.search(h) for h in section)
    activity = concept_activity(qname)
    if heading is None and not below:
        if cash_flow_name(local) and activity in ("investing", "financing") and heading_activity(section) == "operating":
            return f"a cash flow of the {activity} activities among the operating activities"
        return None
    where = f"under the heading of non-cash activities {heading!r}" if heading else "below the closing cash balance (supplemental information)"
    if _NET_CASH.search(local):
        return f"an activity's cash flow {where}"
    if heading is not None and _PAID.match(local):
        return f"cash paid {where}"
    if (qname == CHANGE_IN_CASH or adds_into(qname, CHANGE_IN_CASH)) and (heading is not None or not _DISCLOSED.search(local)):
        # a line the statement adds up into the change in cash (an activity's flow or adjustment, the effect of
        # exchange rates): below the closing balance only what is paid or received for interest, taxes and leases
        return f"a line of the {activity or 'cash'} activities {where}" if activity else f"a part of the change in cash {where}"
    if statements and "C" not in statements:
        # a line of another statement (an equity statement's shares issued under a stock purchase plan)
        return f"a line of another statement ({statements}) {where}"
    return None
