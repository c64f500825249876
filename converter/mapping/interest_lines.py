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
