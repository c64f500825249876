"""Interest expense by where the income statement prints it: US GAAP 2024 names the interest expense of a company's
financing, printed below its operating income, us-gaap:InterestExpenseNonoperating (its calculation adds it into
InterestIncomeExpenseNonoperatingNet), and a bank's, deducted from its interest income above its net interest income,
us-gaap:InterestExpenseOperating (into InterestIncomeExpenseNet); us-gaap:InterestExpense stands in none of the 2024
general statements' calculations. Filers of 2024 and later print those (the held-out 2025 filings: "Interest expense"
below "Loss from operations", a bank's "Total interest expense"); filers before had only InterestExpense, and a
release of then keeps it (``index.since_2024``). Where the lines around the row say neither, InterestExpense stays.
So a bank's interest income above its net interest income is us-gaap:InterestIncomeOperating, not the interest an
investment earns (InvestmentIncomeInterest, nonoperating)."""

from __future__ import annotations

import re

from .index import since_2024
from .rules import mapping_knowledge

INTEREST_EXPENSE = "us-gaap:InterestExpense"
NONOPERATING = "us-gaap:InterestExpenseNonoperating"
OPERATING = "us-gaap:InterestExpenseOperating"
INVESTMENT_INTEREST = "us-gaap:InvestmentIncomeInterest"
OPERATING_INCOME = "us-gaap:InterestIncomeOperating"


def interest_expense_place(qname: str | None, statement: str, labels: tuple[str, ...], position: int) -> tuple[str | None, str | None]:
    """The 2024 element of an income statement's interest expense row by the lines around it (None: no change)."""
    if qname not in (INTEREST_EXPENSE, INVESTMENT_INTEREST) or statement != "I" or position < 0 or not labels or not since_2024():
        return qname, None
    kn = mapping_knowledge()
    bank = any(kn.net_interest_line.search(lab) for lab in labels[position + 1:])
    if qname == INVESTMENT_INTEREST:
        return (OPERATING_INCOME, "a bank's interest income, above its net interest income (US GAAP 2024)") if bank else (qname, None)
    if bank:
        return OPERATING, "a bank's interest expense, above its net interest income (US GAAP 2024)"
    if any(kn.operating_income_line.search(lab) for lab in labels[:position]):
        return NONOPERATING, "below the operating income: nonoperating (US GAAP 2024)"
    return qname, None


# the totals a company of other businesses prints below its operating income, and the same words' totals of a bank
_OTHER_INCOME_TOTALS = frozenset({"us-gaap:NonoperatingIncomeExpense", "us-gaap:OtherIncome", "us-gaap:OtherNonoperatingIncomeExpense",
                                  "us-gaap:OtherNonoperatingIncome"})
_OTHER_EXPENSE_TOTALS = frozenset({"us-gaap:OtherExpenses", "us-gaap:OtherNonoperatingExpense", "us-gaap:OtherCostAndExpenseOperating"})
NONINTEREST_INCOME, NONINTEREST_EXPENSE = "us-gaap:NoninterestIncome", "us-gaap:NoninterestExpense"


def noninterest_total(qname: str | None, label: str, total: bool, labels: tuple[str, ...], position: int) -> tuple[str | None, str | None]:
    """A bank's "Total other income" and "Total other expense" below its net interest income are its noninterest income
    and expense (us-gaap:NoninterestIncome, NoninterestExpense), which US GAAP's bank statement adds to the net interest
    income after the provision, not a nonoperating income or an other expense (Bank of South Carolina Q2 2026: 6,216,703
    + 467,782 - 3,673,251 = 3,011,234, its income before income tax). Only a total: an "Other income" line among the
    noninterest income is one of its parts (None: no change)."""
    if not total or position < 0 or qname not in _OTHER_INCOME_TOTALS | _OTHER_EXPENSE_TOTALS:
        return qname, None
    if not any(mapping_knowledge().net_interest_line.search(lab) for lab in labels[:position]):
        return qname, None
    # the label says which ("Total Other Expense" finds NonoperatingIncomeExpense too, a net of both ways)
    income, expense = bool(_INCOME.search(label)), bool(_EXPENSE.search(label))
    if income and not expense:
        return NONINTEREST_INCOME, "a bank's total other income, below its net interest income: its noninterest income"
    if expense and not income:
        return NONINTEREST_EXPENSE, "a bank's total other expense, below its net interest income: its noninterest expense"
    return qname, None


_INCOME = re.compile(r"\b(?:income|revenues?)\b", re.IGNORECASE)
_EXPENSE = re.compile(r"\bexpenses?\b", re.IGNORECASE)
