"""Signs of line items whose printed sign and the concept's balance disagree, from releases the converter was never
built on (mapping/signs.py)."""

from __future__ import annotations

from decimal import Decimal

from prxbrl.mapping.signs import deducted_expense, from_label, from_rule


def test_a_gain_under_a_debit_concept_that_names_no_direction_is_negated():
    """RMCO Q2 2025: "(Loss) Gain on Warrant Fair Value Adjustment" / "(36,246)" / "21,012" on
    us-gaap:FairValueAdjustmentOfWarrants (a debit: positive a loss) was -36,246 / +21,012."""
    printed = [Decimal("-36246"), Decimal("21012")]
    sign = from_label("us-gaap:FairValueAdjustmentOfWarrants", "(Loss) Gain on Warrant Fair Value Adjustment", "income",
                      filers_negated=False, printed=printed, debit_money=True)
    assert sign.negate and not sign.magnitude
    # a balance's word says no direction (Forian: "Change in fair value of warrant liability")
    sign = from_label("us-gaap:FairValueAdjustmentOfWarrants", "Change in fair value of warrant liability", "income",
                      filers_negated=False, printed=printed, debit_money=True)
    assert not sign.negate
    # a concept that names both directions reads its own words (GainLoss...)
    sign = from_label("us-gaap:GainLossOnInvestments", "Gain on investments", "income", filers_negated=False, printed=printed, debit_money=True)
    assert not sign.negate


def test_an_override_concept_printed_as_a_deduction_in_every_column_is_positive():
    """Kimco Q4 2024, operating expenses all printed as deductions: "| Depreciation and amortization |  | (156,130 | ) |
    |  |  | (124,282 | ) |" (mapping.toml's rule for the label, which states no sign) stayed -156,130,000 while the index's
    concepts of its siblings ("Rent", "Real estate taxes") were positive."""
    printed = [Decimal("-156130"), Decimal("-124282"), Decimal("-603685"), Decimal("-507265")]
    d_and_a = "us-gaap:DepreciationDepletionAndAmortization"
    assert deducted_expense(d_and_a, "income", printed)
    assert from_rule(False, False, "mapping.toml rule 9", deducted_expense(d_and_a, "income", printed)).magnitude
    assert not deducted_expense(d_and_a, "cash_flow", printed)  # a cash-flow adjustment keeps its printed sign
    assert not deducted_expense(d_and_a, "income", [Decimal("-1"), Decimal("2")])  # mixed signs: as printed
    assert not deducted_expense("us-gaap:IncomeTaxExpenseBenefit", "income", printed)  # names both directions
    assert not deducted_expense("us-gaap:Revenues", "income", printed)  # a credit


def test_an_inflow_printed_negative_in_a_cash_flow_statement_has_no_known_sign():
    """RMCO Q2 2025 financing activities (labels swapped in the release): "Proceeds from Notes Payable" / "-" /
    "(1,013,658)" became us-gaap:ProceedsFromNotesPayable = -1,013,658 with no finding."""
    sign = from_label("us-gaap:ProceedsFromNotesPayable", "Proceeds from Notes Payable", "cash_flow", filers_negated=False,
                      printed=[None, Decimal("-1013658")], debit_money=False)
    assert sign.unknown and "inflow" in sign.unknown
    # printed positive it is the inflow; a concept of both directions takes either sign
    assert not from_label("us-gaap:ProceedsFromNotesPayable", "Proceeds from Notes Payable", "cash_flow", filers_negated=False,
                          printed=[Decimal("1942755")], debit_money=False).unknown
    assert not from_label("us-gaap:ProceedsFromRepaymentsOfShortTermDebt", "Proceeds from (repayments of) short-term debt", "cash_flow",
                          filers_negated=False, printed=[Decimal("-100")], debit_money=False).unknown


def test_a_benefit_under_a_tax_expense_concept_is_negated():
    """Byrna FY2024 Q4, income statement: "| INCOME (LOSS) BEFORE INCOME TAXES |  | 4,040 | ... | (499 | ) |", "| Income
    tax benefit |  | 5,634 | ... | (330 | ) |", "| NET INCOME (LOSS) | $ | 9,674 | ... | (829 | ) |": the benefit is
    added (4,040 + 5,634 = 9,674), and us-gaap:IncomeTaxExpenseBenefit had been +5,634,000 (an expense) and -330,000:
    "positive by nature", as filers negate the label. A label that names only a concept's second direction prints
    what it names: -5,634,000, and +330,000 (an expense printed as a negative benefit)."""
    printed = [Decimal("5634"), Decimal("-330"), Decimal("5708")]
    sign = from_label("us-gaap:IncomeTaxExpenseBenefit", "Income tax benefit", "income", filers_negated=True, printed=printed,
                      debit_money=True)
    assert sign.negate and not sign.magnitude and sign.source == "filers"  # a sum the row is printed in decides first
    # the concept's own direction named, or both: as before
    for label in ("Income tax expense (benefit)", "Provision for (benefit from) income taxes", "Income tax expense"):
        sign = from_label("us-gaap:IncomeTaxExpenseBenefit", label, "income", filers_negated=True, printed=printed, debit_money=True)
        assert not (sign.negate and sign.source == "filers"), label
    # a credit concept's loss prints negative (Byrna: "| Foreign currency transaction loss |  | (195 | ) |"): no debit
    sign = from_label("us-gaap:ForeignCurrencyTransactionGainLossBeforeTax", "Foreign currency transaction loss", "income",
                      filers_negated=True, printed=[Decimal("-195")], debit_money=False)
    assert not sign.negate
