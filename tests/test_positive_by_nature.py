"""A concept positive by nature (an expense, a depreciation, an impairment) under a cash-flow row printed negative: the
concept or the figure is misread, so the row is left out with its reason, never written as a negative expense."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import plain_facts

from prxbrl.mapping.signs import positive_by_nature

# Glimpse Group Q2 fiscal 2025 (/work/unseen25/glimpse-q2-fy2025.md, lines 97-126), as printed
GLIMPSE = """# THE GLIMPSE GROUP, INC.

**CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS**

**(Unaudited)**

|  | For the Six Months Ended December 31, | | | | | |  |
| --- | --- | --- | --- | --- | --- | --- | --- |
|  | 2024 | |  |  | 2023 | |  |
| Cash flows from operating activities: |  | |  |  |  | |  |
| Net loss | $ | (988,320 | ) |  | $ | (857,810 | ) |
| Adjustments to reconcile net loss to net cash used in operating activities: |  |  |  |  |  |  |  |
| Amortization and depreciation |  | 272,615 |  |  |  | 720,458 |  |
| Common stock and stock option based compensation for employees and board of directors |  | 407,231 |  |  |  | 1,135,048 |  |
| Net gain on divestiture of subsidiaries |  | (1,397,066 | ) |  |  | (1,000,000 | ) |
| Reserve on note received in connection with divestiture of subsidiaries |  | 1,500,000 |  |  |  | 1,000,000 |  |
| Gain on office lease termination |  | (34,660 | ) |  |  | - |  |
| Accrued non cash performance bonus fair value adjustment |  | - |  |  |  | (551,234 | ) |
| Acquisition contingent consideration fair value adjustment |  | 61,480 |  |  |  | (4,025,544 | ) |
| Impairment of intangible assets |  | - |  |  |  | 901,204 |  |
| Issuance of common stock to vendors |  | - |  |  |  | 73,282 |  |
| Adjustment to operating lease right-of-use assets and liabilities |  | (41,787 | ) |  |  | (89,376 | ) |
| Changes in operating assets and liabilities: |  |  |  |  |  |  |  |
| Accounts receivable |  | (668,847 | ) |  |  | 208,052 |  |
| Deferred costs/contract assets |  | (52,003 | ) |  |  | 81,560 |  |
| Loans receivable |  | (40,900 | ) |  |  | - |  |
| Prepaid expenses and other current assets |  | 99,757 |  |  |  | (99,231 | ) |
| Other assets |  | 5,349 |  |  |  | (1,507 | ) |
| Accounts payable |  | 114,108 |  |  |  | (180,077 | ) |
| Accrued liabilities |  | 295,521 |  |  |  | (343,474 | ) |
| Deferred revenue/contract liabilities |  | 214,369 |  |  |  | (329,531 | ) |
| Net cash used in operating activities |  | (253,153 | ) |  |  | (3,358,180 | ) |
"""


def test_an_expense_added_back_negative_is_left_out_with_its_reason(tmp_path: Path):
    src = tmp_path / "glimpse.md"
    src.write_text(GLIMPSE, encoding="utf-8")
    facts = [r for r in plain_facts(src, tmp_path / "out") if not r["concept"].startswith("dei:")]
    lines = GLIMPSE.splitlines()
    row = next(i for i, x in enumerate(lines, 1) if x.startswith("| Adjustment to operating lease"))
    assert not [r for r in facts if int(r["source_line"]) == row]
    assert not [r for r in facts if r["concept"].endswith("AmortizationExpense") and r["value"].startswith("-")]
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    cells = [c for c in report["cells"] if c["line"] == row]
    assert [(c["raw"], c["reason"]) for c in cells] == [("(41,787", "sign_unknown"), ("(89,376", "sign_unknown")]
    assert "positive by nature" in cells[0]["detail"]
    # the rows around it keep their facts: the depreciation added back, the gain subtracted
    dep = {r["value"] for r in facts if r["label"] == "Amortization and depreciation"}
    assert dep == {"272615", "720458"}
    gain = [r for r in facts if r["label"] == "Net gain on divestiture of subsidiaries"]
    assert {r["value"] for r in gain} == {"1397066", "1000000"}


def test_which_concepts_are_positive_by_nature():
    assert positive_by_nature("us-gaap:OperatingLeaseRightOfUseAssetAmortizationExpense")
    assert positive_by_nature("us-gaap:DepreciationDepletionAndAmortization")
    assert positive_by_nature("us-gaap:AmortizationOfIntangibleAssets")
    assert positive_by_nature("us-gaap:GoodwillImpairmentLoss")
    # two directions, or no expense by name: either sign
    assert not positive_by_nature("us-gaap:DeferredIncomeTaxExpenseBenefit")
    assert not positive_by_nature("us-gaap:GainLossOnSaleOfPropertyPlantEquipment")
    assert not positive_by_nature("us-gaap:IncreaseDecreaseInAccountsReceivable")
    assert not positive_by_nature("us-gaap:ShareBasedCompensation")
    assert not positive_by_nature("us-gaap:AmortizationOfDebtDiscountPremium")
    assert not positive_by_nature("us-gaap:OtherNoncashIncomeExpense")


# Computer Modelling Group Q3 fiscal 2025 (tests/fixtures/cmg-q3-fy2025-segments.md, lines 102-115), as printed
CMG = """# Computer Modelling Group Ltd.

**Condensed Consolidated** **Statements** **of** **Cash** **Flows**

|  | Three months endedDecember 31 | | |  | Nine months endedDecember 31 | | |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| UNAUDITED (thousands of Canadian $) | 2024 |  | 2023 |  | 2024 |  | 2023 |  |
| Operating activities |  |  |  |  |  |  |  |  |
| Net income | 9,606 |  | 5,610 |  | 17,333 |  | 19,030 |  |
| Adjustments for: |  |  |  |  |  |  |  |  |
| Depreciation and amortization of property, equipment, right-of use assets | 1,262 |  | 890 |  | 3,763 |  | 2,686 |  |
| Amortization of intangible assets | 1,005 |  | 665 |  | 2,334 |  | 851 |  |
| Deferred income tax expense (recovery) | (150 | ) | 1,104 |  | (228 | ) | 3,082 |  |
| Stock-based compensation | (641 | ) | 513 |  | (855 | ) | 2,222 |  |
| Foreign exchange and other non-cash items | (1,295 | ) | (305 | ) | (857 | ) | 17 |  |
| Change in fair value of contingent consideration | 150 |  | - |  | 2,063 |  | - |  |
| Funds flow from operations | 9,937 |  | 8,477 |  | 23,553 |  | 27,888 |  |
"""


def test_an_expense_printed_negative_falls_to_a_candidate_as_close_that_goes_either_way(tmp_path: Path):
    # the index's first choice OtherNoncashExpense (an expense, never negative) under "(1,295)": its runner-up
    # OtherNoncashIncomeExpense, as close, goes either way; a cash flow adds it back negated (positive an income)
    src = tmp_path / "cmg.md"
    src.write_text(CMG, encoding="utf-8")
    facts = [r for r in plain_facts(src, tmp_path / "out") if r["label"] == "Foreign exchange and other non-cash items"]
    assert {(r["concept"], r["period_start"], r["value"]) for r in facts} == {
        ("us-gaap:OtherNoncashIncomeExpense", "2024-10-01", "1295000"),
        ("us-gaap:OtherNoncashIncomeExpense", "2023-10-01", "305000"),
        ("us-gaap:OtherNoncashIncomeExpense", "2024-04-01", "857000"),
        ("us-gaap:OtherNoncashIncomeExpense", "2023-04-01", "-17000")}
    # a compensation expense reversed (ShareBasedCompensation names no expense) keeps its printed sign
    sbc = {r["value"] for r in plain_facts(src, tmp_path / "out2") if r["label"] == "Stock-based compensation"}
    assert "-641000" in sbc
