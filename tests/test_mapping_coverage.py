"""A concept found through a filer's label that only shares most words with the printed one must still say what the
printed label says (mapping/coverage.py). Labels copied from releases the converter was never built on."""

from __future__ import annotations

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.coverage import unsaid
from prxbrl.mapping.labels import label_key

INCOME = Context(statement="I", period="d", unit="money")
BALANCE = Context(statement="B", period="i", unit="money")


def test_a_filer_label_with_more_meaning_is_no_reading_of_the_printed_one():
    """Friedman Industries Q3 FY2025, income statement: "| Delivery expense |  |  | 4,941 |" had become
    us-gaap:SellingGeneralAndAdministrativeExpense through a filer's "Delivery, sales and administrative expense"
    (similarity 0.72), while the release's own "| Selling, general and administrative expense |  |  | 3,887 |" two
    lines below became an extension."""
    labels = ("Net sales", "Costs and expenses", "Costs of materials sold (exclusive of depreciation shown separately below)",
              "Operating expenses", "Delivery expense", "Selling, general and administrative expense")
    delivery = choose("Delivery expense", Context(statement="I", period="d", unit="money", labels=labels, position=4))
    assert delivery.qname != "us-gaap:SellingGeneralAndAdministrativeExpense"
    sga = choose("Selling, general and administrative expense", Context(statement="I", period="d", unit="money", labels=labels, position=5))
    assert sga.qname == "us-gaap:SellingGeneralAndAdministrativeExpense"


@pytest.mark.parametrize("label, ctx, wrong", [
    # Palomar Q4 2024: "| Expense ratio |  | 50.2 | % |" (a bank's capital ratio through a filer's "Capital ratio")
    ("Expense ratio", Context(statement="I", period="d", unit="pure"), "us-gaap:CapitalToRiskWeightedAssets"),
    # Palomar Q4 2024, a non-GAAP adjustment: "| Tax impact |  | (964 | ) |" (a filer's "Tax impact, other comprehensive income")
    ("Tax impact", INCOME, "us-gaap:OtherComprehensiveIncomeLossTax"),
    # Applied Materials Q4 FY2024 balance sheet, current liabilities: "Contract liabilities 2,849 2,975" (a filer's
    # "Derivative contract liabilities")
    ("Contract liabilities", Context(statement="B", period="i", unit="money", section=("Current liabilities:",)), "us-gaap:DerivativeLiabilitiesCurrent"),
    # CRISPR Q4 2024 selected balance sheet data: "| Working capital |  |  | 1,849,350 |" (a filer's "Working capital
    # facility", similarity 0.82: the facility is what the filer's label is of); Pulse Seismic FY2024 the same
    ("Working capital", BALANCE, "us-gaap:LinesOfCreditCurrent"),
])
def test_a_concept_that_does_not_say_what_the_label_says_is_not_chosen(label, ctx, wrong):
    assert choose(label, ctx).qname is None


@pytest.mark.parametrize("label, ctx, concept", [
    # RMCO Q1 2025: " Basic and Diluted Net Income Per Ordinary Share" / "(0.00)": "ordinary" says "common"
    ("Basic and Diluted Net Income Per Ordinary Share", Context(statement="I", period="d", unit="per_share"), "us-gaap:EarningsPerShareBasic"),
    # Kimco Q4 2024: "| Merger charges |  | - |  |  |  | (1,016 | ) |": "related" in "Merger related charges" says nothing more
    ("Merger charges", INCOME, "us-gaap:BusinessCombinationAcquisitionRelatedCosts"),
    # Standex Q4 FY2025 balance sheet: "Warranty reserve" (filers: "Accrued warranty reserve"): the element names warranties
    ("Warranty reserve", Context(statement="B", period="i", unit="money", section=("Current liabilities:",)), "us-gaap:StandardProductWarrantyAccrualCurrent"),
    # Standex Q4 FY2025 cash flows: "Foreign currency impact on cash": an impact of exchange rates is their effect
    ("Foreign currency impact on cash", Context(statement="C", period="d", unit="money"),
     "us-gaap:EffectOfExchangeRateOnCashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"),
    # Reddit Q1 2026 financing activities: taxes paid are payments
    ("Taxes paid related to net share settlement of restricted stock units", Context(statement="C", period="d", unit="money"),
     "us-gaap:PaymentsRelatedToTaxWithholdingForShareBasedCompensation"),
])
def test_words_that_say_no_more_keep_the_concept(label, ctx, concept):
    assert choose(label, ctx).qname == concept


def test_an_element_named_by_every_word_of_the_label_stands_where_the_closest_leaves_one_unsaid():
    """Palomar Q4 2024 balance sheet: "| Goodwill and intangible assets, net |  | 13,242 |" had been the company's own:
    the closest candidate, IntangibleAssetsNetExcludingGoodwill, excludes goodwill, and no runner-up was read. The
    element named by the label's words (and a linking "including") is its reading."""
    ch = choose("Goodwill and intangible assets, net", BALANCE)
    assert ch.qname == "us-gaap:IntangibleAssetsNetIncludingGoodwill"
    assert any("every word of the label" in e for e in ch.evidence)


@pytest.mark.parametrize("label, ctx, wrong", [
    # Applied Materials Q4 FY2024, current liabilities: "Contract liabilities 2,849 2,975": the element's name holds
    # the label's words and two more ("energy marketing"), which no qualifier says
    ("Contract liabilities", Context(statement="B", period="i", unit="money", section=("Current liabilities:",)),
     "us-gaap:EnergyMarketingContractLiabilitiesCurrent"),
    # Reddit Q1 2026 cash flows, changes in operating assets and liabilities: "| Operating lease right-of-use assets
    # and liabilities |  | (1,815 | ) |" is no lease obtained for a liability
    ("Operating lease right-of-use assets and liabilities", Context(statement="C", period="d", unit="money"),
     "us-gaap:RightOfUseAssetObtainedInExchangeForOperatingLeaseLiability"),
])
def test_an_element_that_names_more_than_the_label_is_no_such_reading(label, ctx, wrong):
    assert choose(label, ctx).qname != wrong


def test_the_reasons():
    assert "excludes" in unsaid(label_key("Goodwill and intangible assets, net"), "intangible asset net",
                                "us-gaap:IntangibleAssetsNetExcludingGoodwill", 0.76)
    why = unsaid(label_key("Delivery expense"), "delivery sale administrative expense", "us-gaap:SellingGeneralAndAdministrativeExpense", 0.72)
    assert "say administrative" in why and "says delivery" in why
    # a word for word filer label is never questioned; the company's own name says nothing
    assert unsaid(label_key("Delivery expense"), "delivery sale administrative expense", "us-gaap:SellingGeneralAndAdministrativeExpense", 1.0) is None
    assert unsaid(label_key("Net income available to Kimco's common shareholders", ("Kimco",)), "net income available common shareholder",
                  "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic", 0.89) is None
    # a label that only says more than the element (Nvidia: "Purchases related to property and equipment and intangible
    # assets"), an element that only says more than the label (Columbia: "Tax payments related to stock-based compensation")
    assert unsaid(label_key("Purchases related to property and equipment and intangible assets"), "purchase property equipment",
                  "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", 0.75) is None
    assert unsaid(label_key("Tax payments related to stock-based compensation"), "payment related tax withholding share based compensation",
                  "us-gaap:PaymentsRelatedToTaxWithholdingForShareBasedCompensation", 0.75) is None


def test_a_filer_label_that_goes_on_after_the_printed_one():
    why = unsaid(label_key("Working capital"), "working capital facility", "us-gaap:LinesOfCreditCurrent", 0.82)
    assert "facility" in why
    # the element naming a word of the label keeps it ("Warranty reserve" through "Warranty reserve accrued"-like labels)
    assert unsaid(label_key("Warranty reserve"), "warranty reserve current", "us-gaap:StandardProductWarrantyAccrualCurrent", 0.9) is None


def test_plain_words_are_validated():
    from prxbrl.mapping.mapping_entries import _plain_words

    assert _plain_words([["ordinary", "common"], ["related", ""]]) == {"ordinary": "common", "related": ""}
    for bad in ({"ordinary": "common"}, [["Ordinary", "common"]], [["ordinary"]], [["a", ""], ["a", "b"]]):
        with pytest.raises(PrxbrlError):
            _plain_words(bad)


@pytest.mark.parametrize("label, ctx, wrong", [
    # Farmers & Merchants Bancshares FY2024, noninterest income: "| Mortgage banking income |  | 41,484 |" had become
    # us-gaap:AmortizationOfMortgageServicingRightsMSRs -41,484 through a filer's "Mortgage banking cost"
    ("Mortgage banking income", INCOME, "us-gaap:AmortizationOfMortgageServicingRightsMSRs"),
    # SIGA Technologies Q2 2026 summary: "Product sales (1) | 37.9 | 79.1" through a filer's "Cost of product sales"
    ("Product sales (1)", INCOME, "us-gaap:CostOfGoodsAndServicesSold"),
])
def test_a_label_of_income_is_no_element_of_a_deduction(label, ctx, wrong):
    assert choose(label, ctx).qname != wrong


def test_the_direction_of_a_label_and_an_element():
    why = unsaid(label_key("Mortgage banking income"), "mortgage banking cost", "us-gaap:AmortizationOfMortgageServicingRightsMSRs", 0.8)
    assert "names only what an income statement adds" in why
    # "income" before "tax" names the tax; an element of both directions (IncomeLoss, IncomeExpense) fits either
    assert unsaid(label_key("Income tax expense"), "income tax", "us-gaap:IncomeTaxExpenseBenefit", 0.8) is None
    assert unsaid(label_key("Interest expense, net"), "interest income expense net", "us-gaap:InterestIncomeExpenseNet", 0.8) is None
    assert unsaid(label_key("Loss from operations"), "operating income loss", "us-gaap:OperatingIncomeLoss", 0.8) is None
    # a bank's "Service charges" are income: "charge" is no word of a deduction
    from prxbrl.mapping.coverage import _direction

    assert _direction(label_key("Service charges").split()) == 0 and _direction(label_key("Mortgage banking income").split()) == 1


def test_direction_words_are_validated():
    from prxbrl.mapping.mapping_entries import _direction_words

    assert _direction_words({"adds": ["income"], "deducts": ["expense"]}) == (frozenset({"income"}), frozenset({"expense"}))
    for bad in (["income"], {"adds": ["income"]}, {"adds": ["Income"], "deducts": ["expense"]}, {"adds": ["loss"], "deducts": ["loss"]}):
        with pytest.raises(PrxbrlError):
            _direction_words(bad)


def test_a_line_earned_or_spent_is_no_cash_flow_outside_the_cash_flow_statement():
    """United Fire Group Q4 2024, "Investment Results" (line 55): "| Income (loss) on other long-term investments |  |
    2,150 |" under "Investment income:" had become us-gaap:PaymentsToAcquireOtherInvestments through a filer's "Other
    long-term investments"."""
    summary = Context(statement="", period="d", unit="money", section=("Investment income",))
    assert choose("Income (loss) on other long-term investments", summary).qname != "us-gaap:PaymentsToAcquireOtherInvestments"
    # in a cash-flow statement the same words may stand beside a flow; a cash flow's own label keeps it
    assert choose("Purchases of marketable securities", summary).qname.startswith("us-gaap:PaymentsToAcquire")


def test_a_qualifier_of_which_a_line_item_is_one_only():
    """Luvu Brands Q2 FY2025 cash flows (line 101): "Amortization of operating lease asset" had become us-gaap:FinanceLeaseRightOfUseAssetAmortization through a filer's
    "Amortization of lease assets"; a lease is operating or finance, never both."""
    from prxbrl.mapping.coverage import exclusive_conflict

    cash = Context(statement="C", period="d", unit="money", labels=("Cash flows from operating activities:", "Amortization of operating lease asset"), position=1)
    assert choose("Amortization of operating lease asset", cash).qname != "us-gaap:FinanceLeaseRightOfUseAssetAmortization"
    assert "operating" in exclusive_conflict(label_key("Amortization of operating lease asset"), "us-gaap:FinanceLeaseRightOfUseAssetAmortization")
    # whole words: "investments" is no "investing" (Kimco's pre-tax income "... and equity in income from other
    # investments, net" had lost its IncomeLossFromContinuingOperationsBeforeIncomeTaxes... concept to a stem); a
    # label naming both conflicts with neither
    assert exclusive_conflict(label_key("Income before income taxes, net, equity in income of joint ventures, net, and equity in income "
                                        "from other investments, net"),
                              "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest") is None
    assert exclusive_conflict(label_key("Operating income before financing costs"), "us-gaap:OperatingIncomeLoss") is None
    assert exclusive_conflict(label_key("Net cash used in financing activities"), "us-gaap:NetCashProvidedByUsedInFinancingActivities") is None
    assert exclusive_conflict(label_key("Short-term borrowings and current portion of long-term debt"), "us-gaap:ShortTermBorrowings") is None
    assert exclusive_conflict(label_key("Deferred tax assets"), "us-gaap:DeferredTaxAssetsLiabilitiesNet") is None
    assert exclusive_conflict(label_key("Long-term investments"), "us-gaap:ShortTermInvestments") is not None
    # "finance" and "financing" are one qualifier ("Deferred financing costs" is DeferredFinanceCostsNet)
    assert exclusive_conflict(label_key("Deferred financing costs, net"), "us-gaap:DeferredFinanceCostsNet") is None
    assert exclusive_conflict(label_key("Principal payments on finance leases"), "us-gaap:NetCashProvidedByUsedInOperatingActivities") is not None


def test_exclusive_words_are_validated():
    from prxbrl.mapping.mapping_entries import _exclusive_words

    assert _exclusive_words([["operating", "finance"]]) == (frozenset({"operating", "finance"}),)
    for bad in ("operating", [["operating"]], [["Operating", "finance"]], [["operating", "operating"]], [["long term", "short"]]):
        with pytest.raises(PrxbrlError):
            _exclusive_words(bad)


@pytest.mark.parametrize("label, ctx, wrong", [
    # Computer Modelling Group Q3 FY2025, cash flows (line 212) and income statement (line 187): "| Change in fair
    # value of contingent consideration | 150 |" had become us-gaap:AssetAcquisitionConsiderationTransferredContingentConsideration
    # (the consideration paid) through a filer's "Fair value of contingent consideration"
    ("Change in fair value of contingent consideration", Context(statement="C", period="d", unit="money"),
     "us-gaap:AssetAcquisitionConsiderationTransferredContingentConsideration"),
    ("Change in fair value of contingent consideration", INCOME, "us-gaap:AssetAcquisitionConsiderationTransferredContingentConsideration"),
])
def test_a_label_of_a_change_is_no_element_of_the_amount(label, ctx, wrong):
    assert choose(label, ctx).qname != wrong


def test_the_change_of_an_amount_and_the_amount():
    why = unsaid(label_key("Change in fair value of contingent consideration"), "fair value contingent consideration",
                 "us-gaap:AssetAcquisitionConsiderationTransferredContingentConsideration", 0.91)
    assert why and "names a change of an amount" in why
    # an element of a change, an adjustment or a flow (a gain, an expense) is one; so is a filer's label of the change
    assert unsaid(label_key("Change in fair value of warrant liability"), "fair value warrant", "us-gaap:FairValueAdjustmentOfWarrants", 0.9) is None
    assert unsaid(label_key("Change in deferred income taxes"), "deferred income tax", "us-gaap:DeferredIncomeTaxExpenseBenefit", 0.9) is None
    assert unsaid(label_key("Net change in cash"), "net cash", "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect", 0.9) is None
    assert unsaid(label_key("Changes in accrued liabilities"), "change accrued liability", "us-gaap:AccruedLiabilitiesCurrent", 0.9) is None


def test_change_words_are_validated():
    from prxbrl.mapping.mapping_entries import _change_words

    assert _change_words({"label": ["change"], "element": ["adjustment"]}) == (frozenset({"change"}), frozenset({"adjustment"}))
    for bad in (["change"], {"label": ["change"]}, {"label": ["Change"], "element": ["adjustment"]}, {"label": [], "element": ["x"]}):
        with pytest.raises(PrxbrlError):
            _change_words(bad)


@pytest.mark.parametrize("label, wrong", [
    # Howard Hughes Q4 2025 balance sheet (line 202): "Investments in unconsolidated ventures | 170,122 |"
    ("Investments in unconsolidated ventures", "us-gaap:InvestmentsInAffiliatesSubsidiariesAssociatesAndJointVenturesFairValueDisclosure"),
    # Brookfield Q4 2024 balance sheet (line 34): "| Other financial assets |  | |  | 25,887 |"
    ("Other financial assets", "us-gaap:OtherAssetsFairValueDisclosure"),
])
def test_a_fair_value_disclosed_in_the_notes_is_no_line_item_of_a_statement(label, wrong):
    assert choose(label, BALANCE).qname != wrong


def test_an_amount_of_tax_is_no_row_whose_label_names_none():
    """Byrna Q4 FY2024: "| Foreign currency translation adjustment for the period |  | (133 | ) |" between "NET INCOME
    (LOSS)" and "COMPREHENSIVE INCOME (LOSS)", which the table adds it into: of the concepts US GAAP sums into
    comprehensive income, the close one found through a filer's "Foreign currency translation adjustment, tax" had made
    it us-gaap:OtherComprehensiveIncomeForeignCurrencyTranslationGainLossArisingDuringPeriodTax, the tax on it."""
    labels = ("Income tax benefit", "NET INCOME (LOSS)", "Foreign currency translation adjustment for the period",
              "Unrealized gain (loss) on marketable securities", "COMPREHENSIVE INCOME (LOSS)")
    ctx = Context(statement="I", period="d", unit="money", labels=labels, position=2, whole="us-gaap:ComprehensiveIncomeNetOfTax")
    ch = choose(labels[2], ctx)
    assert ch.qname is not None and (not ch.qname.endswith("Tax") or ch.qname.endswith(("NetOfTax", "BeforeTax")))
    # a label that names the tax keeps the tax's concept
    tax = choose("Income tax effect on foreign currency translation adjustment", Context(statement="I", period="d", unit="money"))
    assert tax.qname is None or "Tax" in tax.qname
