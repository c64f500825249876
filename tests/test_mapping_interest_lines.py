"""Interest expense by where the income statement prints it (mapping/interest_lines.py): below the operating income
us-gaap:InterestExpenseNonoperating, a bank's above its net interest income us-gaap:InterestExpenseOperating (and its
interest income us-gaap:InterestIncomeOperating), for a release of 2024 or later; a release of before keeps
us-gaap:InterestExpense, the one element its filers had.

Lines of real statements (SEC Financial Statement Data Sets, daily file of 2025-07-01, pre.txt; public domain): MSC
Industrial Direct Co., Inc., 10-Q for the quarter ended May 31, 2025, and Midland States Bancorp, Inc., a bank."""

from prxbrl.mapping import index
from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.interest_lines import interest_expense_place

MSC_IS = ("Net sales", "Cost of goods sold", "Gross profit", "Operating expenses", "Restructuring and other costs",
          "Income from operations", "Interest expense", "Interest income", "Other expense, net", "Total other expense",
          "Income before provision for income taxes", "Provision for income taxes", "Net income")
MIDLAND_IS = ("Loans, including fees: Taxable", "Loans held for sale", "Federal funds sold and cash investments",
              "Total interest income", "Deposits", "Short-term borrowings", "Subordinated debt", "Total interest expense",
              "Net interest income", "Provision for credit losses on loans", "Net interest income after provision for credit losses")


def _is(labels: tuple[str, ...], label: str, year: int | None) -> str | None:
    at = labels.index(label)
    with index.release_year(year):
        return choose(label, Context(statement="I", period="d", unit="money", labels=labels, position=at,
                                     total=label.startswith("Total"))).qname


def test_interest_expense_below_operating_income_is_nonoperating_since_2024():
    assert _is(MSC_IS, "Interest expense", 2025) == "us-gaap:InterestExpenseNonoperating"
    assert _is(MSC_IS, "Interest expense", 2010) == "us-gaap:InterestExpense"  # the only element its filers had


def test_a_banks_interest_lines_above_its_net_interest_income_are_operating():
    assert _is(MIDLAND_IS, "Total interest expense", 2024) == "us-gaap:InterestExpenseOperating"
    assert _is(MIDLAND_IS, "Total interest income", 2024) == "us-gaap:InterestIncomeOperating"


def test_where_the_lines_say_neither_interest_expense_stays():
    with index.release_year(2025):
        assert interest_expense_place("us-gaap:InterestExpense", "I", ("Revenues", "Interest expense", "Net income"), 1) == \
            ("us-gaap:InterestExpense", None)
        assert interest_expense_place("us-gaap:InterestExpense", "C", MSC_IS, 6)[1] is None  # not in a cash-flow statement
