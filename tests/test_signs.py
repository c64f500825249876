"""The sign resolver (converter/mapping/signs.py): one decision, with its reason, from a label's words, how filers
print it, an override rule, the sum it is printed in and the concepts' balance types. Labels are real lines of
real releases (the release and line in each comment)."""

from decimal import Decimal as D

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.mapping import signs
from prxbrl.mapping.sign_words import parse
from prxbrl.mapping.signs import Sign, factor, from_label, from_rule, from_sum, unsure


def _label(qname, label, kind, printed, filers_negated=False, debit_money=False) -> Sign:
    return from_label(qname, label, kind, filers_negated=filers_negated, printed=[D(v) for v in printed], debit_money=debit_money)


def test_a_tax_benefit_printed_plain_under_expense_in_parentheses_is_negated():
    # Paltalk Q3 2024 line 395: "Income tax(expense) benefit | 20,767": a benefit, IncomeTaxExpenseBenefit -20,767
    s = _label("us-gaap:IncomeTaxExpenseBenefit", "Income tax(expense) benefit", "income", ["20767"])
    assert (s.negate, s.magnitude, s.source) == (True, False, "words")
    assert factor(s.negate, s.magnitude, [D("20767")]) == -1
    assert "negated label" in s.reason


def test_a_label_naming_both_directions_keeps_the_printed_sign():
    # Amazon Q3 2025 line 111: "Net cash provided by (used in) investing activities | (16,899)" is -16,899
    s = _label("us-gaap:NetCashProvidedByUsedInInvestingActivities", "Net cash provided by (used in) investing activities",
               "cash_flow", ["-16899", "-26073"], filers_negated=True)
    assert (s.negate, s.magnitude) == (False, False)
    assert s.reason == "as printed: the label names both directions"
    assert factor(s.negate, s.magnitude, [D("-16899")]) == 1
    # Karat Packaging Q2 2026 line 103: the other order
    s = _label("us-gaap:NetCashProvidedByUsedInInvestingActivities", "Net cash (used in) provided by investing activities",
               "cash_flow", ["-18260", "1164"], filers_negated=True)
    assert (s.negate, s.magnitude) == (False, False)


def test_an_expense_whose_label_puts_income_in_parentheses_keeps_the_printed_sign():
    # Reddit Q1 2026 (one-line rendering of its Adjusted EBITDA reconciliation): "Interest (income) expense, net
    # (23,885) (20,414)": net interest income, an interest expense of -23,885, not 23,885 "positive by nature"
    s = _label("us-gaap:InterestExpense", "Interest (income) expense, net", "non_gaap", ["-23885", "-20414"], filers_negated=True)
    assert (s.negate, s.magnitude, s.source) == (False, False, "words")
    assert factor(s.negate, s.magnitude, [D("-23885")]) == 1
    # a concept named for two directions reads the parentheses itself (NVIDIA Q1 FY2023, cash flows: "Losses (gains)
    # on investments in non affiliates, net 17 (133)"): no reading of the label's two directions here
    assert not signs.names_both_directions("IncomeLossFromEquityMethodInvestments", "Losses (gains) on investments in non affiliates, net")
    # the word outside the parentheses must be the concept's own
    assert not signs.names_both_directions("InterestExpense", "Interest (income) loss, net")


def test_decrease_increase_is_the_opposite_of_the_change():
    # a cash-flow statement's "Decrease (increase) in accounts receivable | 1,234": receivables fell by 1,234, the
    # change (IncreaseDecreaseInAccountsReceivable, positive for an increase) is -1,234
    s = _label("us-gaap:IncreaseDecreaseInAccountsReceivable", "Decrease (increase) in accounts receivable", "cash_flow", ["1234"])
    assert s.negate and s.source == "words" and "decrease_increase" in s.reason


def test_less_and_payments_are_amounts_positive_by_nature():
    # "Less: Net income attributable to noncontrolling interests" (a deduction: printed in parentheses, positive)
    s = _label("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", "Less: Net income attributable to noncontrolling interests",
               "income", ["-12"])
    assert (s.negate, s.magnitude) == (False, True) and "(less)" in s.reason
    # Apple Q1 FY2024 line 137: "Payments for dividends and dividend equivalents (3,825) (3,768)" is a payment of 3,825
    s = _label("us-gaap:PaymentsOfDividends", "Payments for dividends and dividend equivalents", "cash_flow", ["-3825", "-3768"])
    assert s.magnitude and "outflow" in s.reason
    assert factor(s.negate, s.magnitude, [D("-3825"), D("-3768")]) == -1
    # Amazon Q3 2025 line 117: "Repayments of long-term debt | (2,183)" is a repayment of 2,183
    s = _label("us-gaap:RepaymentsOfLongTermDebt", "Repayments of long-term debt", "cash_flow", ["-2183"])
    assert s.magnitude and factor(s.negate, s.magnitude, [D("-2183")]) == -1


def test_a_gain_in_parentheses_on_a_cash_flow_statement_says_nothing():
    # Howard Hughes line 175 on the income statement: "Gain (loss) on sale of MUD receivables | (48,197)" is a loss;
    # a cash-flow adjustment prints a gain negative whatever its label: no decision from the parentheses there
    on_income = _label("us-gaap:GainLossOnSaleOfAccountsReceivable", "Gain (loss) on sale of MUD receivables", "income", ["-48197"])
    assert (on_income.negate, on_income.source) == (False, "words")
    on_cash = _label("us-gaap:GainLossOnSaleOfAccountsReceivable", "Gain (loss) on sale of MUD receivables", "cash_flow", ["-48197"])
    assert on_cash == signs.AS_PRINTED


def test_an_expense_deducted_in_every_column_of_an_income_statement():
    # Xperi Q2 2026 line 59: "Interest expense - debt | (684 | (759 | (1,362 | (1,491"
    s = _label("us-gaap:InterestExpenseDebt", "Interest expense - debt", "income", ["-684", "-759", "-1362", "-1491"], debit_money=True)
    assert s.magnitude and s.source == "nature"
    # a row of mixed signs keeps them (a reconciliation's GAAP 8 and adjustment (8))
    assert _label("us-gaap:InterestExpenseDebt", "Interest expense - debt", "income", ["8", "-8"], debit_money=True) == signs.AS_PRINTED


def test_a_rule_states_the_sign():
    s = from_rule(True, False, "mapping.toml rule 12")
    assert s.negate and s.source == "rule" and s.reason.startswith("mapping.toml rule 12")
    assert from_rule(False, True, "user mapping rule").magnitude
    plain = from_rule(False, False, "mapping.toml rule 1")
    assert (plain.negate, plain.magnitude, plain.source) == (False, False, "rule") and "as printed" in plain.reason


def test_the_sum_a_row_is_printed_in():
    # "Other expenses, net 13.6" (NonoperatingIncomeExpense, credit) subtracted from earnings before taxes (credit):
    # other nonoperating income of -13.6
    s = from_sum(signs.AS_PRINTED, [D("13.6")], -1, False, "credit", "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxes", "credit")
    assert s is not None and s.negate and s.source == "structure" and "subtracted from" in s.reason
    # "Gain (loss) on sale 21 | (8,310)" added into earnings before taxes: as printed, the sum agrees
    assert from_sum(signs.AS_PRINTED, [D("21"), D("-8310")], 1, False, "credit", "us-gaap:X", "credit") is None
    # an expense positive by nature printed in parentheses, added into a credit total: the sum agrees (an expense of 5)
    assert from_sum(Sign(magnitude=True), [D("-5")], 1, False, "debit", "us-gaap:X", "credit") is None
    # printed plain and adding to the credit total, it is a negative expense: the fact is the opposite of the figure
    s = from_sum(Sign(magnitude=True), [D("5")], 1, False, "debit", "us-gaap:X", "credit")
    assert s is not None and s.negate and not s.magnitude


def test_unsure_where_the_convention_is_the_tables():
    # "Total operating expenses (54,276)" in a segment's EBT: a debit concept printed negative
    assert unsure(False, False, [D("-54276")], "debit")
    assert not unsure(False, False, [D("54276")], "debit")
    assert not unsure(True, False, [D("-54276")], "debit")
    assert unsure(False, True, [D("-5"), D("5")], None)


def test_the_sign_words_are_validated_data():
    assert signs.sign_knowledge().directions[0][0] == "ExpenseBenefit"
    with pytest.raises(PrxbrlError, match="unknown section"):
        parse({"directions": []})
    good = {"two_way": {"names": ["GainLoss"], "inflow": "provided", "outflow": "used", "net_inflow": "sales", "net_outflow": "purchases",
                        "head_inflow": "^proceeds", "head_outflow": "^payments"},
            "extension_balance": {"debit": "costs?", "credit": "revenues?", "phrase_end": "of", "income": "gains?", "objects": "assets?"},
            "nature": {"positive": "Expense$"}}
    with pytest.raises(PrxbrlError, match="missing positive"):
        parse(good | {"nature": {}})
    with pytest.raises(PrxbrlError, match="nature positive"):
        parse(good | {"nature": {"positive": "(Expense"}})
    assert parse(good).positive_by_nature.search("InterestExpense") and not parse(good).positive_by_nature.search("interestexpense")
    with pytest.raises(PrxbrlError, match="missing credit"):
        parse(good | {"extension_balance": {"debit": "costs?", "phrase_end": "of", "income": "gains?", "objects": "assets?"}})
    with pytest.raises(PrxbrlError, match="missing phrase_end"):
        parse(good | {"extension_balance": {"debit": "costs?", "credit": "revenues?", "income": "gains?", "objects": "assets?"}})
    with pytest.raises(PrxbrlError, match="missing income"):
        parse(good | {"extension_balance": {"debit": "costs?", "credit": "revenues?", "phrase_end": "of", "objects": "assets?"}})
    with pytest.raises(PrxbrlError, match="missing objects"):
        parse(good | {"extension_balance": {"debit": "costs?", "credit": "revenues?", "phrase_end": "of", "income": "gains?"}})
    with pytest.raises(PrxbrlError, match="unknown key"):
        parse(good | {"direction": [{"name": "GainLoss", "positive": ["gain"], "negative": ["loss"], "note": "x"}]})
    with pytest.raises(PrxbrlError, match="not a regular expression"):
        parse(good | {"negative_words": [{"name": "less", "pattern": "(less"}]})
    with pytest.raises(PrxbrlError, match="list of words"):
        parse(good | {"direction": [{"name": "GainLoss", "positive": [], "negative": ["loss"]}]})
    assert parse(good).two_way.search("GainLossOnSale")
    with pytest.raises(PrxbrlError, match="missing net_outflow"):
        parse(good | {"two_way": {"names": ["GainLoss"], "inflow": "provided", "outflow": "used", "net_inflow": "sales",
                                  "head_inflow": "^proceeds", "head_outflow": "^payments"}})
    with pytest.raises(PrxbrlError, match="two_way head_outflow"):
        parse(good | {"two_way": good["two_way"] | {"head_outflow": "(payments"}})


def test_words_or_a_rule_against_the_sum_leave_the_sign_unknown():
    # "Income tax (expense) benefit | 20,767" (negated by its words) added into a credit net loss: the sum agrees
    words = _label("us-gaap:IncomeTaxExpenseBenefit", "Income tax(expense) benefit", "income", ["20767"])
    assert from_sum(words, [D("20767")], 1, False, "debit", "us-gaap:NetIncomeLoss", "credit") is None
    # subtracted instead, the sum says expense: the words and the sum disagree
    s = from_sum(words, [D("20767")], -1, False, "debit", "us-gaap:NetIncomeLoss", "credit")
    assert s.unknown and "label's words" in s.unknown and not s.negate
    # Howard Hughes line 178: "Income tax expense (benefit) | (897) | 62,948" by rule (positive by nature: -897 and
    # 62,948 as printed) subtracted from pre-tax income: the facts the rule gives are the sum's
    rule = from_rule(False, True, "mapping.toml rule 20")
    assert from_sum(rule, [D("-897"), D("62948"), D("37616")], -1, False, "debit", "us-gaap:IncomeLossFromContinuingOperations", "credit") is None
    s = from_sum(rule, [D("-897"), D("62948"), D("37616")], 1, False, "debit", "us-gaap:IncomeLossFromContinuingOperations", "credit")
    assert s.unknown and "mapping rule" in s.unknown
    # weaker evidence gives way: "Repayments of commercial paper, net (3,984)" (Apple Q1 FY2024 line 140) on
    # ProceedsFromRepaymentsOfCommercialPaper, "positive by nature" by its word, is -3,984 by the sum
    nature = _label("us-gaap:ProceedsFromRepaymentsOfCommercialPaper", "Repayments of commercial paper, net", "cash_flow", ["-3984"])
    assert nature.source == "nature"
    s = from_sum(nature, [D("-3984")], 1, False, "debit", "us-gaap:NetCashProvidedByUsedInFinancingActivities", "debit")
    assert s is not None and not s.unknown and not s.negate and not s.magnitude


def test_the_balance_an_extension_concepts_label_names():
    # labels of Howard Hughes Q4 2025 and Apple Q1 FY2024: the head of the label, in the direction it prints ("Gain
    # (loss)": a gain, credit, as US GAAP's GainLoss concepts are; it was debit, "loss" read first)
    assert signs.extension_balance("Gain (loss) on sale of MUD receivables") == "credit"
    assert signs.extension_balance("Condominium rights and unit cost of sales") == "debit"
    assert signs.extension_balance("Payments for acquisition of property, plant and equipment") == "debit"
    assert signs.extension_balance("Condominium rights and unit sales") == "credit"
    assert signs.extension_balance("Proceeds from issuance of commercial paper") == "credit"
    assert signs.extension_balance("Depreciation and amortization") is None
    # Howard Hughes Q4 2025: a segment's name is no line item's words; "NOI", "EBT" and "earnings" are earnings
    assert signs.extension_balance("Operating Assets segment EBT") == "credit"
    assert signs.extension_balance("MPC segment EBT") == "credit"
    assert signs.extension_balance("Company's share of NOI from equity investments") == "credit"
    assert signs.extension_balance("Interest (income) expense, net") == "debit"
    assert signs.extension_balance("Interest income (expense), net") == "credit"
    assert signs.extension_balance("Equity in earnings (losses) from unconsolidated ventures") == "credit"
    # the head is the last word before the phrase ends: a loss on investments, an income of investments
    assert signs.extension_balance("Loss on sale of investments") == "debit"
    assert signs.extension_balance("Investment income") == "credit"
    assert signs.extension_balance("Total liabilities") == "credit"  # "liabilit" never matched a whole word
