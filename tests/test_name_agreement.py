"""A runner-up whose element name says more of a cash-flow row's label, and nothing the closest candidate's name says
that the label does not (mapping/name_agreement.py).

Sources: The Glimpse Group Q2 FY2025 (/work/unseen25/glimpse-q2-fy2025.md, line 132, cash-flow statement's financing
activities): "| Proceeds from exercise of warrants |  | 175,000 |  |  |  | - |" was us-gaap:ProceedsFromIssuanceOfWarrants
(four filers' label word for word) over us-gaap:ProceedsFromWarrantExercises, whose name is the label; and Global Arena
Holding's "Repayment of convertible promissory notes" (us-gaap:RepaymentsOfConvertibleDebt, recent-era development set
of benchmarks/label_accuracy.py), which with the company held out of the index was the non-cash
us-gaap:DebtConversionConvertedInstrumentAmount1 (filers' "principal amount convertible promissory note")."""

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.index import Candidate
from prxbrl.mapping.name_agreement import closer_name

_CF = Context(statement="C", period="d", unit="money")


def _ranked(*rows):
    return [(score, Candidate(q, score, sim, uses, 0.0, matched), []) for q, score, sim, uses, matched in rows]


def test_exercise_of_warrants_is_the_warrant_exercises_element():
    ch = choose("Proceeds from exercise of warrants", _CF)
    assert ch.qname == "us-gaap:ProceedsFromWarrantExercises"
    assert any("ProceedsFromIssuanceOfWarrants" in e for e in ch.evidence)


def test_a_repayment_is_no_conversion():
    # the scores and filers' labels of the development set's held-out index
    ranked = _ranked(("us-gaap:DebtConversionConvertedInstrumentAmount1", 0.882, 0.71, 10, "principal amount convertible promissory note"),
                     ("us-gaap:RepaymentsOfConvertibleDebt", 0.829, 0.751, 1, "repayment convertible note"))
    out = closer_name(ranked, "repayment convertible promissory note", "C", 0.62)
    assert out[0][1].qname == "us-gaap:RepaymentsOfConvertibleDebt"
    # too far below the closest, or outside a cash-flow statement: as ranked
    assert closer_name(ranked, "repayment convertible promissory note", "B", 0.62)[0][1].qname == "us-gaap:DebtConversionConvertedInstrumentAmount1"
    far = _ranked(("us-gaap:DebtConversionConvertedInstrumentAmount1", 0.95, 0.71, 10, "principal amount convertible promissory note"),
                  ("us-gaap:RepaymentsOfConvertibleDebt", 0.829, 0.751, 1, "repayment convertible note"))
    assert closer_name(far, "repayment convertible promissory note", "C", 0.62)[0][1].qname == "us-gaap:DebtConversionConvertedInstrumentAmount1"


def test_the_same_words_said_keep_the_filers_choice():
    # "Depreciation and amortization": DepreciationDepletionAndAmortization, as recent filers tag it in their cash-flow
    # statements (the 2024 statement presents it), though DepreciationAndAmortization's name says nothing more
    assert choose("Depreciation and amortization", _CF).qname == "us-gaap:DepreciationDepletionAndAmortization"


def test_a_part_of_what_the_label_joins_is_no_closer_name():
    # "Changes in other operating assets and liabilities" (2009 Q3 FSDS development set, filers'
    # IncreaseDecreaseInOtherOperatingCapitalNet): IncreaseDecreaseInOtherOperatingAssets says "assets" and not
    # "liabilities", a part of the whole the label names
    ranked = _ranked(("us-gaap:IncreaseDecreaseInOtherOperatingCapitalNet", 1.2, 1.0, 300, "change other operating asset liability"),
                     ("us-gaap:IncreaseDecreaseInOtherOperatingAssets", 1.15, 0.9, 20, "change other operating asset"))
    key = "change other operating asset liability"
    assert closer_name(ranked, key, "C", 0.62, "Changes in other operating assets and liabilities")[0][1].qname == \
        "us-gaap:IncreaseDecreaseInOtherOperatingCapitalNet"
    # one that says both is the label's ("Other non-current assets and liabilities", recent filers' element)
    ranked = _ranked(("us-gaap:IncreaseDecreaseInOtherOperatingCapitalNet", 1.2, 0.9, 13, "other noncurrent asset liability"),
                     ("us-gaap:IncreaseDecreaseInOtherNoncurrentAssetsAndLiabilitiesNet", 1.15, 0.9, 3, "other noncurrent asset liability net"))
    assert closer_name(ranked, "other noncurrent asset liability", "C", 0.62, "Other non-current assets and liabilities")[0][1].qname == \
        "us-gaap:IncreaseDecreaseInOtherNoncurrentAssetsAndLiabilitiesNet"


def test_the_flow_the_statement_presents_and_its_direction_are_kept():
    # 2010 Q2 FSDS development set: "Common stock cash dividends" stays us-gaap:PaymentsOfDividendsCommonStock, which
    # cash paid, not the DividendsCommonStockCash declared (a statement of equity's) whose name says "cash";
    # "Net borrowings (payments) under lines of credit" names both ways: no one-way ProceedsFromLinesOfCredit
    ranked = _ranked(("us-gaap:PaymentsOfDividendsCommonStock", 1.339, 1.0, 50, "common stock cash dividend"),
                     ("us-gaap:DividendsCommonStockCash", 1.317, 1.0, 10, "common stock cash dividend"))
    assert closer_name(ranked, "common stock cash dividend", "C", 0.62, "Common stock cash dividends")[0][1].qname == \
        "us-gaap:PaymentsOfDividendsCommonStock"
    ranked = _ranked(("us-gaap:ProceedsFromRepaymentsOfShortTermDebt", 1.25, 0.9, 20, "net borrowing under line credit"),
                     ("us-gaap:ProceedsFromLinesOfCredit", 1.234, 0.9, 10, "borrowing under line credit"))
    label = "Net borrowings (payments) under lines of credit"
    assert closer_name(ranked, "net borrowing under line credit", "C", 0.62, label)[0][1].qname == \
        "us-gaap:ProceedsFromRepaymentsOfShortTermDebt"


def test_a_runner_up_is_one_a_cash_flow_statement_signs_alike():
    """The Glimpse Group Q2 FY2025 (/work/unseen25/glimpse-q2-fy2025.md line 111, operating activities):
        "| Gain on office lease termination |  | (34,660 | ) |"
    stays us-gaap:GainLossOnContractTermination (+34,660, a gain deducted): GainLossOnTerminationOfLease, whose name says
    "lease", is not added into the change in cash by US GAAP's calculations, and its figure was read as a loss of
    34,660. Reddit Q1 2026 (tests/fixtures/reddit-q1-2026.txt line 230) "Non-cash operating lease cost" is no
    OperatingLeaseCost, which no statement presents; line 244 "Maturities of marketable securities" is no
    ProceedsFromSaleAndMaturityOfMarketableSecurities, a wider flow than the label names."""
    from prxbrl.mapping.name_agreement import _signed_alike, _wider
    from prxbrl.mapping.labels import label_key

    assert not _signed_alike("us-gaap:GainLossOnContractTermination", "us-gaap:GainLossOnTerminationOfLease", "C")
    assert not _signed_alike("us-gaap:OperatingLeasePayments", "us-gaap:OperatingLeaseCost", "C")
    assert _signed_alike("us-gaap:ProceedsFromIssuanceOfWarrants", "us-gaap:ProceedsFromWarrantExercises", "C")
    said = frozenset(label_key("Maturities of marketable securities").split())
    assert _wider("us-gaap:ProceedsFromSaleAndMaturityOfMarketableSecurities", said)
    assert not _wider("us-gaap:CashAndDueFromBanks", frozenset(label_key("Cash and due from banks at end of period").split()))
    ctx = Context(statement="C", period="d", unit="money")
    assert choose("Gain on office lease termination", ctx).qname == "us-gaap:GainLossOnContractTermination"
    assert choose("Maturities of marketable securities", ctx).qname == \
        "us-gaap:ProceedsFromMaturitiesPrepaymentsAndCallsOfAvailableForSaleSecurities"


# CIGNA Corp, 10-Q of 2009 Q3 (SEC Financial Statement Data Sets 2009q3, pre.txt; public domain), statement of income
CIGNA_IS = ("Premiums and fees", "Net investment income", "Mail order pharmacy revenues", "Other revenues",
            "Other than temporary impairments on debt securities, net", "Other realized investment gains (losses)",
            "Total realized investment losses", "Total revenues", "Health Care medical claims expense", "Other benefit expenses",
            "Mail order pharmacy cost of goods sold", "Guaranteed minimum income benefits (income) expense", "Other operating expenses",
            "Total benefits and expenses", "Income from Continuing Operations before Income Taxes")


def test_an_income_statement_row_is_the_element_its_name_says():
    # had been us-gaap:DebtAndEquitySecuritiesRealizedGainLoss (a filer's "realized investment losses"), whose name says
    # debt and equity securities, which the label does not
    at = CIGNA_IS.index("Total realized investment losses")
    ch = choose(CIGNA_IS[at], Context(statement="I", period="d", unit="money", labels=CIGNA_IS, position=at))
    assert ch.qname == "us-gaap:RealizedInvestmentGainsLosses"
    assert any("DebtAndEquitySecuritiesRealizedGainLoss" in e for e in ch.evidence)
