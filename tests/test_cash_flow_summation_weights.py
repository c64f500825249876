"""A cash-flow statement's working-capital rows take their sign from the sum they are printed in and US GAAP's
calculation weights (mapping/sums.py ``_summed_as``, mapping/index.py ``summation_weight``): a cash-flow total has no
balance type, so the weight with which the calculations add a row's concept into it says which way its figures go."""

from __future__ import annotations

import csv
from pathlib import Path

from prxbrl.mapping.index import summation_weight
from prxbrl.pipeline import convert

FIXTURE = Path(__file__).parent / "fixtures" / "kornit-q4-2024-operating-cash-flows.md"
OPERATING = "us-gaap:NetCashProvidedByUsedInOperatingActivities"


def test_summation_weights_through_the_totals_between():
    # an increase in an asset is cash used, in a liability cash provided
    assert summation_weight("us-gaap:IncreaseDecreaseInReceivables", OPERATING) == -1
    assert summation_weight("us-gaap:IncreaseDecreaseInInventories", OPERATING) == -1
    assert summation_weight("us-gaap:IncreaseDecreaseInAccruedLiabilities", OPERATING) == 1
    assert summation_weight("us-gaap:DepreciationDepletionAndAmortization", OPERATING) == 1
    # not summed into it: the income statement's calculations add non-operating income into ProfitLoss, which the
    # cash-flow statement adds into its operating activities, but a cash-flow statement's "Non-operating expense
    # (income), net" (Amazon Q3 2025) is a reversal, not part of net income there: only the whole's statement counts
    assert summation_weight("us-gaap:NonoperatingIncomeExpense", OPERATING) is None
    assert summation_weight("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", OPERATING) is None
    assert summation_weight("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "us-gaap:NetCashProvidedByUsedInInvestingActivities") == -1


def test_kornit_working_capital_rows(tmp_path):
    """Kornit Q4 2024: "| Other accounts receivables and prepaid expenses |  | 1,795 |" (cash provided: the receivables
    decreased) had been us-gaap:IncreaseDecreaseInReceivables +1,795 (a filer's label word for word, printed as is),
    and "| Other payables and accrued expenses |  | (2,950 | ) |" IncreaseDecreaseInAccruedLiabilities +2,950 (two filers
    negate that label); the operating activities add up to "Net cash provided by (used in) operating activities
    26,663", so the calculation weights decide: -1,795 and -2,950. "| Employees and payroll accruals |  | 1,020 |" is
    a liability's change, not a count of employees (its figures had been excluded, and the sum with them)."""
    convert(FIXTURE, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    q4 = {r["concept"]: r["value"] for r in facts if r["period_start"] == "2024-10-01" and r["period_end"] == "2024-12-31"}
    assert q4["us-gaap:IncreaseDecreaseInReceivables"] == "-1795000"
    assert q4["us-gaap:IncreaseDecreaseInAccruedLiabilities"] == "-2950000"
    assert q4["us-gaap:IncreaseDecreaseInEmployeeRelatedLiabilities"] == "1020000"
    assert q4["us-gaap:IncreaseDecreaseInInventories"] == "-2875000"  # printed 2,875: the inventories decreased
    assert q4["us-gaap:IncreaseDecreaseInAccountsPayable"] == "3856000"
    fy23 = {r["concept"]: r["value"] for r in facts if r["period_start"] == "2023-01-01" and r["period_end"] == "2023-12-31"}
    assert fy23["us-gaap:IncreaseDecreaseInReceivables"] == "6492000"  # printed (6,492): the receivables increased
