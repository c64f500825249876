"""Signs from a label that names both directions of a cash flow (regression: Karat Packaging's Q2 2026 release,
an 8-K exhibit never seen by the converter: "Net cash (used in) provided by investing activities | (18,260) | 1,164"
was written +18,260,000 and -1,164,000, because a filer's negated label made the row "positive by nature")."""

import csv

from prxbrl.pipeline import convert

RELEASE = """\
## EX-99.1 - EX-99.1 (krt-20260806xpressrelease.htm)
Karat Packaging Reports Second Quarter 2026 Financial Results
— Online Growth Fuels Record Sales and Solid Profitability —
CHINO, Calif., August 6, 2026 – Karat Packaging Inc. (Nasdaq: KRT) ("Karat Packaging" or the "Company"), a specialty distributor and manufacturer of environmentally friendly, disposable foodservice products and related items, today announced financial results for its second quarter ended June 30, 2026.
(In thousands)
Selected Balance Sheet Information: | June 30, 2026 | December 31, 2025
(Unaudited)
Cash and cash equivalents | 38,399 | 37,880
Short-term investments | 15,744 | —
Accounts receivable, net of allowance for bad debt | 49,208 | 36,402
Inventories | 89,085 | 81,682
Total assets | 316,813 | 287,686
Accounts payable | 33,997 | 26,323
Total current liabilities | 88,551 | 70,220
Total liabilities | 142,538 | 130,816
Total stockholders' equity | 174,275 | 156,870
Selected Cash Flow Information: | Six Months Ended June 30,
2026 | 2025
(Unaudited) | (Unaudited)
Net cash provided by operating activities (1) | 40,345 | 17,476
Net cash (used in) provided by investing activities | (18,260) | 1,164
Dividends paid to shareholders | (17,953) | (18,048)
Net cash used in financing activities | (21,566) | (19,675)
(1) Net cash provided by operating activities included cash receipts related to the IEEPA tariff refunds of $25.2 million during the six months ended June 30, 2026.
7
KARAT PACKAGING INC. AND SUBSIDIARIES
"""


def _facts(src, tmp_path) -> list[dict]:
    """The rows of the facts CSV of a conversion of ``src``."""
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    with next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_a_label_naming_both_directions_keeps_the_printed_signs(tmp_path):
    src = tmp_path / "karat.txt"
    src.write_text(RELEASE, encoding="utf-8")
    facts = _facts(src, tmp_path)
    values = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetCashProvidedByUsedInInvestingActivities"}
    assert values == {("2026-06-30", "-18260000"), ("2025-06-30", "1164000")}
    # the rows around it keep theirs: used in financing is negative, provided by operating positive
    rows = {(r["concept"], r["period_end"]): r["value"] for r in facts}
    assert rows[("us-gaap:NetCashProvidedByUsedInFinancingActivities", "2026-06-30")] == "-21566000"
    assert rows[("us-gaap:NetCashProvidedByUsedInOperatingActivities", "2026-06-30")] == "40345000"


# ---------------------------------------------------------------- the direction a label puts in parentheses

import pytest  # noqa: E402

from prxbrl.mapping.signs import parenthesised_direction  # noqa: E402


@pytest.mark.parametrize("concept, label, negate", [
    # Paltalk Q3 2024: "Income tax(expense) benefit | 20,767" is a benefit (IncomeTaxExpenseBenefit is positive for an expense)
    ("IncomeTaxExpenseBenefit", "Income tax(expense) benefit", True),
    ("IncomeTaxExpenseBenefit", "Income tax expense (benefit)", False),  # Howard Hughes line 177
    # Howard Hughes line 182: "Net (income) loss attributable to noncontrolling interests | 321" is a loss of theirs
    ("NetIncomeLossAttributableToNoncontrollingInterest", "Net (income) loss attributable to noncontrolling interests", True),
    # Howard Hughes line 175: "Gain (loss) on sale of MUD receivables | (48,197)" is a loss
    ("GainLossOnSaleOfAccountsReceivable", "Gain (loss) on sale of MUD receivables", False),
    ("UnrealizedGainLossOnInvestments", "Unrealized investment (gains) losses, net", True),  # Adobe Q1 FY2023 cash flow
    ("NonoperatingIncomeExpense", "Other income (expense), net", False),
    ("NetIncomeLoss", "Net (loss) income", False),
    ("IncomeTaxExpenseBenefit", "Provision for income taxes", None),  # says nothing
    ("EarningsPerShareDiluted", "Diluted earnings (loss) per share", None),  # not a two-way name
])
def test_the_word_in_parentheses_is_the_direction_printed_negative(concept, label, negate):
    assert parenthesised_direction(concept, label) is negate


def test_gaap_qualified_labels_are_the_gaap_line_items(tmp_path):
    """Amphastar Q3 2023's summary: "GAAP net income | $ | 49,222" and "GAAP diluted EPS | $ | 0.91" were extension
    concepts; "Adjusted non-GAAP net income*" stays one."""
    from pathlib import Path

    src = Path(__file__).parent / "fixtures" / "amphastar-q3-2023-summary.txt"
    rows = _facts(src, tmp_path)
    q3 = {r["concept"]: r["value"] for r in rows if r["period_start"] == "2023-07-01" and r["period_end"] == "2023-09-30"}
    assert q3["us-gaap:NetIncomeLoss"] == "49222000"
    assert q3["us-gaap:EarningsPerShareDiluted"] == "0.91"
    assert not any(c.startswith("us-gaap:") and v == "61898000" for c, v in q3.items())


def test_net_loss_over_pretax_loss_and_tax_is_net_income_without_discontinued_operations():
    """Paltalk Q3 2024 (line 417): "Net loss" under "Loss before income taxes" and "Income tax (expense) benefit" was
    IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest (the US GAAP sum of those
    two rows); with no discontinued operations printed, net loss is NetIncomeLoss. With them printed, the sum of
    pre-tax income and tax is continuing operations."""
    from prxbrl.mapping.choose import Context, choose

    kids = ("us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
            "us-gaap:IncomeTaxExpenseBenefit")
    labels = ("Loss before income taxes", "Income tax(expense) benefit", "Net loss")
    plain = choose("Net loss", Context(statement="I", labels=labels, position=2, children=kids, total=True))
    assert plain.qname == "us-gaap:NetIncomeLoss"
    labels = ("Loss before income taxes", "Income tax(expense) benefit", "Loss from continuing operations",
              "Loss from discontinued operations", "Net loss")
    cont = choose("Loss from continuing operations", Context(statement="I", labels=labels, position=2, children=kids, total=True))
    assert "ContinuingOperations" in cont.qname


def test_an_expense_printed_as_a_deduction_in_every_column_is_positive(tmp_path):
    """Xperi Q2 2026 (line 59 of the release): "Interest expense - debt | (684 | (759 | (1,362 | (1,491" was
    InterestExpenseDebt -684,000: an expense the statement deducts is positive; "Net loss | (1,500" stays negative."""
    from pathlib import Path

    src = Path(__file__).parent / "fixtures" / "xperi-q2-2026-operations.txt"
    rows = _facts(src, tmp_path)
    q2 = {r["concept"]: r["value"] for r in rows if r["period_start"] == "2026-04-01" and r["period_end"] == "2026-06-30"}
    assert q2["us-gaap:InterestExpenseDebt"] == "684000"
    assert q2["us-gaap:NetIncomeLoss"] == "-1500000"
    assert q2["us-gaap:IncomeTaxExpenseBenefit"] == "4826000"


# ---------------------------------------------------------------- evidence that disagrees: no fact rather than a wrong one

# Howard Hughes Q4 2025 (lines 177-183 of the release), its statement of operations as printed
HOWARD_HUGHES = """\
Howard Hughes Holdings Inc. Reports Fourth Quarter 2025 Results
HOWARD HUGHES HOLDINGS INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(unaudited)
 | Three Months Ended December 31, | Twelve Months Ended December 31,
 | 2025 | 2024 | 2025 | 2024
Income (loss) from continuing operations before income taxes | 4,782 | 225,268 | 161,459 | 365,399
Income tax expense (benefit) | (897) | 62,948 | 37,616 | 80,184
Net income (loss) from continuing operations | 5,679 | 162,320 | 123,843 | 285,215
Net income (loss) from discontinued operations, net of taxes | — | (6,416) | — | (88,223)
Net income (loss) | 5,679 | 155,904 | 123,843 | 196,992
Net (income) loss attributable to noncontrolling interests | 321 | 414 | 54 | 711
Net income (loss) attributable to common stockholders | $ 6,000 | $ 156,318 | $ 123,897 | $ 197,703
"""

# Paltalk Q3 2024 (lines 380-420 of the release): "Income tax(expense) benefit | 20,767" between the pre-tax loss and
# the net loss it reduces
PALTALK = """\
Paltalk, Inc. Reports Results for Third Quarter 2024
PALTALK, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(unaudited)
 | Three Months Ended September 30, | Nine Months Ended September 30,
 | 2024 | 2023 | 2024 | 2023
Loss from operations before provision for income taxes | (1,530,017) | (219,491) | (3,023,784) | (770,655)
Income tax(expense) benefit | 20,767 | 37,915 | 88,076 | (13,590)
Net loss | $ (1,509,250) | $ (181,576) | $ (2,935,708) | $ (784,245)
"""


def _convert(text, tmp_path):
    """(concept, period end) -> value of the facts of ``text``, and the report's excluded cells (raw -> reason, detail)."""
    import json

    tmp_path.mkdir(exist_ok=True)
    src = tmp_path / "release.txt"
    src.write_text(text, encoding="utf-8")
    facts = _facts(src, tmp_path)
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    excluded = {c["raw"]: (c["reason"], c.get("detail")) for c in report["cells"] if c["status"] == "excluded"}
    return {(r["concept"].split(":")[1], r["period_start"], r["period_end"]): r["value"] for r in facts}, excluded


Q4 = ("2025-10-01", "2025-12-31")
NCI = "NetIncomeLossAttributableToNoncontrollingInterest"


def test_the_label_and_the_sum_agree(tmp_path):
    facts, _ = _convert(HOWARD_HUGHES, tmp_path)
    assert facts[(NCI, *Q4)] == "-321"  # "Net (income) loss ... 321": a loss of theirs, added back
    assert facts[("IncomeTaxExpenseBenefit", *Q4)] == "-897"  # a benefit, subtracted from pre-tax income
    facts, _ = _convert(PALTALK, tmp_path / "p")
    assert facts[("IncomeTaxExpenseBenefit", "2024-07-01", "2024-09-30")] == "-20767"


def test_label_words_the_sum_contradicts_leave_the_sign_unknown(tmp_path):
    """The same statement with the parentheses the other way: "Net income (loss) attributable to noncontrolling
    interests | 321" says +321 is their income, but the sum adds it into net income attributable to the company
    (6,000 = 5,679 + 321), which an income of theirs would lower: one of them is misread, and the row is excluded
    with the reason (it was written -321 from the sum alone, against the label's words)."""
    text = HOWARD_HUGHES.replace("Net (income) loss attributable", "Net income (loss) attributable")
    facts, excluded = _convert(text, tmp_path)
    assert not any(k[0] == NCI for k in facts)
    reason, detail = excluded["321"]
    assert reason == "sign_unknown" and "label's words" in detail and "us-gaap:NetIncomeLoss" in detail
    assert facts[("NetIncomeLoss", *Q4)] == "6000"  # the other rows keep their facts


def test_a_rule_the_sum_contradicts_leaves_the_sign_unknown(tmp_path):
    """Paltalk's lines with the label of mapping.toml's income-tax rule ("Income tax expense (benefit)", an amount
    positive by nature: +20,767 of expense) where the sum shows a benefit (-1,530,017 + 20,767 = -1,509,250): the
    rule's sign is not written against the sum."""
    text = PALTALK.replace("Income tax(expense) benefit", "Income tax expense (benefit)")
    facts, excluded = _convert(text, tmp_path)
    assert not any(k[0] == "IncomeTaxExpenseBenefit" for k in facts)
    reason, detail = excluded["20,767"]
    assert reason == "sign_unknown" and "mapping.toml rule" in detail
