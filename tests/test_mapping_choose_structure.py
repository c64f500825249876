"""Concepts chosen by the structure of a statement (issue 9, label-to-concept accuracy), on real filers' statements
of the development sets (label-usage/sec-fsds zip__2010q2.zip, zip__2009q3.zip; never the held-out test set)."""

from dataclasses import replace

import pytest

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.placement import balance_sheet_section, label_term
from prxbrl.mapping.index import concept_index

B = Context(statement="B", period="i", unit="money")

# Quest Diagnostics, 10-Q 2010-03-31: no "Total liabilities", no total of the noncurrent ones; equity starts with
# "Common stock"
QUEST_BS = ("Cash and cash equivalents", "Accounts receivable, net of allowance for doubtful accounts of $239,875 and $238,206 "
            "at March 31, 2010 and December 31, 2009, respectively", "Inventories", "Deferred income taxes",
            "Prepaid expenses and other current assets", "Total current assets", "Property, plant and equipment, net",
            "Goodwill, net", "Intangible assets, net", "Other assets", "Total assets", "Accounts payable and accrued expenses",
            "Current portion of long-term debt", "Total current liabilities", "Long-term debt", "Other liabilities",
            "Common stock, par value $0.01 per share; 600,000 shares authorized at both March 31, 2010 and December 31, 2009; "
            "214,169 shares and 214,110 shares issued at March 31, 2010 and December 31, 2009, respectively",
            "Additional paid-in capital", "Retained earnings", "Accumulated other comprehensive loss",
            "Treasury stock, at cost; 34,303 shares and 30,817 shares at March 31, 2010 and December 31, 2009, respectively",
            "Total Quest Diagnostics stockholders' equity", "Noncontrolling interests", "Total stockholders' equity",
            "Total liabilities and stockholders' equity")
# Archer Daniels Midland, 10-Q 2010-03-31: the noncurrent liabilities end with their own total
ADM_BS = ("Cash and cash equivalents", "Short-term marketable securities", "Segregated cash and investments", "Receivables",
          "Inventories", "Other assets", "Total Current Assets", "Investments in and advances to affiliates",
          "Long-term marketable securities", "Goodwill", "Other assets", "Total Investments and Other Assets", "Land",
          "Buildings", "Machinery and equipment", "Construction in progress", "Property, Plant, and Equipment, Gross",
          "Accumulated depreciation", "Net Property, Plant, and Equipment", "Total Assets", "Short-term debt",
          "Accounts payable", "Accrued expenses", "Current maturities of long-term debt", "Total Current Liabilities",
          "Long-term debt", "Deferred income taxes", "Other", "Total Long-Term Liabilities", "Common stock",
          "Reinvested earnings", "Accumulated other comprehensive income (loss)", "Noncontrolling interests",
          "Total Shareholders' Equity", "Total Liabilities and Shareholders' Equity")


def test_noncurrent_liabilities_end_where_equity_starts():
    at = QUEST_BS.index
    assert balance_sheet_section(QUEST_BS, at("Other liabilities")) == "Noncurrent liabilities"
    assert balance_sheet_section(QUEST_BS, at("Long-term debt")) == "Noncurrent liabilities"
    assert balance_sheet_section(QUEST_BS, at("Retained earnings")) == ""
    assert balance_sheet_section(QUEST_BS, at("Noncontrolling interests")) == ""
    ctx = replace(B, labels=QUEST_BS, position=at("Other liabilities"))
    assert choose("Other liabilities", ctx).qname == "us-gaap:OtherLiabilitiesNoncurrent"  # Quest's own concept


def test_noncurrent_liabilities_end_with_their_total():
    at = ADM_BS.index
    assert balance_sheet_section(ADM_BS, at("Other")) == "Noncurrent liabilities"
    assert balance_sheet_section(ADM_BS, at("Total Long-Term Liabilities")) == ""
    assert balance_sheet_section(ADM_BS, at("Reinvested earnings")) == ""
    ctx = replace(B, labels=ADM_BS, position=at("Other"))
    assert choose("Other", ctx).qname == "us-gaap:OtherLiabilitiesNoncurrent"  # ADM's own concept, not other assets


@pytest.mark.parametrize(
    "label,term",
    [
        ("Long-term debt, less current portion", "Noncurrent"),  # Terex, Questar, Waste Management (2010q2)
        ("Long-term debt, net of current maturities", "Noncurrent"),
        ("LONG-TERM DEBT (less current maturities)", "Noncurrent"),
        ("Long-term debt, excluding current installments (notes 13, 19 and 20)", "Noncurrent"),
        ("Long-term debt, exclusive of current installments", "Noncurrent"),
        ("Deferred revenue, net of current portion", "Noncurrent"),
        ("Non-current deferred tax liabilities", "Noncurrent"),
        ("Current maturities of long-term debt", "Current"),
        ("Current portion of long-term debt", "Current"),
        ("Income taxes currently payable", None),
        ("Long-term debt", None),
    ],
)
def test_the_term_a_label_names(label, term):
    assert label_term(label) == term


@pytest.mark.parametrize(
    "label,concept",
    [
        ("Long-term debt, less current portion", "us-gaap:LongTermDebtNoncurrent"),
        ("Long-term debt, excluding current maturities", "us-gaap:LongTermDebtNoncurrent"),
        ("Deferred revenue, less current portion", "us-gaap:DeferredRevenueNoncurrent"),
        ("Lease financing, net of current portion", "us-gaap:CapitalLeaseObligationsNoncurrent"),
    ],
)
def test_a_line_less_its_current_portion_is_noncurrent(label, concept):
    """The filers' own concepts (2010q2); the current one was chosen before."""
    assert choose(label, B).qname == concept


# 10-Q income statements of 2010q2: Thermo Fisher prints no noncontrolling interest, ConAgra subtracts it after net income
THERMO_IS = ("Product revenues", "Service revenues", "Total revenues", "Cost of product revenues", "Cost of service revenues",
             "Selling, general and administrative expenses", "Research and development expenses", "Restructuring and other costs, net",
             "Total costs and operating expenses", "Operating Income", "Other Expense, Net",
             "Income from Continuing Operations Before Provision for Income Taxes", "Provision for Income Taxes",
             "Income from Continuing Operations", "Gain on Disposal of Discontinued Operations, Net (net of income tax provision of $1.5 in 2010)",
             "Net Income")
CONAGRA_IS = ("Net sales", "Cost of goods sold", "Selling, general and administrative expenses", "Interest expense, net",
              "Income from continuing operations before income taxes and equity method investment earnings", "Income tax expense",
              "Equity method investment earnings", "Income from continuing operations",
              "Income (loss) from discontinued operations, net of tax", "Net income",
              "Less: Net income (loss) attributable to noncontrolling interests", "Net income attributable to ConAgra Foods, Inc.")


@pytest.mark.parametrize(
    "labels,concept",
    [
        (THERMO_IS, "us-gaap:IncomeLossFromContinuingOperations"),
        (CONAGRA_IS, "us-gaap:IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest"),
    ],
)
def test_continuing_operations_include_the_noncontrolling_interest_subtracted_after_them(labels, concept):
    """As net income (NetIncomeLoss / ProfitLoss): the filers' own concepts."""
    at = next(i for i, lab in enumerate(labels) if lab.lower() == "income from continuing operations")
    ctx = Context(statement="I", period="d", unit="money", labels=labels, position=at)
    assert choose(labels[at], ctx).qname == concept


# Reynolds American, 10-Q 2010-03-31 (2010q2): the money rows, then basic and diluted per-share rows under the same
# labels (the headings "Basic:", "Diluted:" are not in the data set)
REYNOLDS_IS = ("Net sales(1)", "Net sales, related party", "Net sales", "Cost of products sold(1)(2)(3)(4)",
               "Selling, general and administrative expenses", "Amortization expense", "Trademark impairment charge",
               "Operating income", "Interest and debt expense", "Interest income", "Other expense, net",
               "Income from continuing operations before income taxes", "Provision for income taxes",
               "Income from continuing operations", "Losses from discontinued operations, net of tax", "Net income",
               "Income from continuing operations", "Losses from discontinued operations", "Net income",
               "Income from continuing operations", "Losses from discontinued operations", "Net income",
               "Dividends declared per share")


@pytest.mark.parametrize(
    "position,concept",
    [
        (16, "us-gaap:IncomeLossFromContinuingOperationsPerBasicShare"),
        (19, "us-gaap:IncomeLossFromContinuingOperationsPerDilutedShare"),
        (18, "us-gaap:EarningsPerShareBasic"),
        (21, "us-gaap:EarningsPerShareDiluted"),
    ],
)
def test_basic_before_diluted_under_the_same_label(position, concept):
    ctx = Context(statement="I", period="d", unit="per_share", labels=REYNOLDS_IS, position=position)
    assert choose(REYNOLDS_IS[position], ctx).qname == concept  # Reynolds' own concepts


def test_basic_or_diluted_by_the_heading():
    """A release prints the headings: the nearest one naming basic or diluted decides."""
    ctx = Context(statement="I", period="d", unit="per_share", section=("Earnings per share", "Diluted"))
    assert choose("Net income", ctx).qname == "us-gaap:EarningsPerShareDiluted"
    assert choose("Net income", replace(ctx, section=("Basic earnings per share",))).qname == "us-gaap:EarningsPerShareBasic"
    assert choose("Diluted", replace(ctx, section=("Basic earnings per share",))).qname == "us-gaap:EarningsPerShareDiluted"



@pytest.mark.parametrize(
    "label,concept",
    [
        # filers' share-count rows naming the variant in parentheses (label-usage: Hess 2009q3, Broadcom 2009q3,
        # Chipotle's label linkbase of 2020); US GAAP names the two WeightedAverageNumberOfSharesOutstandingBasic and
        # WeightedAverageNumberOfDilutedSharesOutstanding (not one word swapped)
        ("WEIGHTED AVERAGE NUMBER OF COMMON SHARES OUTSTANDING (DILUTED)", "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"),
        ("Weighted average shares (basic)", "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"),
        ("Weighted average shares (diluted)", "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"),
        ("Weighted-average number of common shares outstanding (for diluted calculation)",
         "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"),
    ],
)
def test_basic_or_diluted_share_counts(label, concept):
    assert choose(label, Context(statement="I", period="d", unit="shares")).qname == concept


def test_basic_or_diluted_share_counts_by_the_heading():
    ctx = Context(statement="I", period="d", unit="shares", section=("Weighted average shares outstanding", "Diluted"))
    assert choose("Weighted average shares outstanding", ctx).qname == "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"
    assert concept_index().named_by_words("us-gaap", "weighted average number share outstanding diluted") == \
        "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"



# AIG, 10-Q 2010-03-31 (2010q2): the equity part of the balance sheet, redeemable noncontrolling interests above it
AIG_EQUITY = ("Total liabilities", "Redeemable noncontrolling interests in partially owned consolidated subsidiaries",
              "Preferred stock", "Common stock, $2.50 par value; 5,000,000,000 shares authorized", "Additional paid-in capital",
              "Accumulated deficit", "Accumulated other comprehensive income", "Total AIG shareholders' equity",
              "Noncontrolling nonvoting, callable, junior and senior preferred interests held by Federal Reserve Bank of New York",
              "Total noncontrolling interests", "Total equity", "Total liabilities and equity")


def test_equity_naming_the_company_is_the_parents():
    aig = ("AMERICAN INTERNATIONAL GROUP INC", "AIG")
    ctx = Context(statement="B", period="i", unit="money", labels=AIG_EQUITY, position=7, total=True)
    assert choose(AIG_EQUITY[7], ctx, company=aig).qname == "us-gaap:StockholdersEquity"  # AIG's own concept
    ctx = replace(ctx, position=10)
    assert choose(AIG_EQUITY[10], ctx, company=aig).qname == "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"


def test_net_income_naming_the_company_is_the_parents():
    """Zimmer, 10-Q 2010-03-31 (2010q2): the cash-flow statement starts from the parent's net earnings, though the
    company has a noncontrolling interest ("Acquisition of noncontrolling interest" below)."""
    labels = ("Net earnings of Zimmer Holdings, Inc.", "Depreciation and amortization", "Share-based compensation",
              "Net cash provided by operating activities", "Acquisition of noncontrolling interest")
    ctx = Context(statement="C", period="d", unit="money", labels=labels, position=0, nci=True)
    assert choose(labels[0], ctx, company=("ZIMMER HOLDINGS INC", "Zimmer")).qname == "us-gaap:NetIncomeLoss"
    assert choose("Net earnings", replace(ctx, labels=("Net earnings",) + labels[1:])).qname == "us-gaap:ProfitLoss"


# Amazon Q3 2025 release (corpus): cost of sales is one of the operating expenses, no gross profit is printed
AMAZON_IS = ("Net product sales", "Net service sales", "Total net sales", "Cost of sales", "Fulfillment",
             "Technology and infrastructure", "Sales and marketing", "General and administrative",
             "Other operating expense (income), net", "Total operating expenses", "Operating income")
# Apple Q1 FY2024 release (corpus): the operating expenses follow the gross margin
APPLE_IS = ("Products", "Services", "Total net sales (1)", "Products", "Services", "Total cost of sales", "Gross margin",
            "Research and development", "Selling, general and administrative", "Total operating expenses", "Operating income")


@pytest.mark.parametrize(
    "labels,concept",
    [(AMAZON_IS, "us-gaap:CostsAndExpenses"), (APPLE_IS, "us-gaap:OperatingExpenses")],
)
def test_total_operating_expenses_with_or_without_the_cost_of_revenue(labels, concept):
    """US GAAP: CostsAndExpenses is the cost of revenue and the operating expenses; OperatingExpenses excludes the cost
    of revenue (Amazon's filings tag this total CostsAndExpenses)."""
    at = labels.index("Total operating expenses")
    ctx = Context(statement="I", period="d", unit="money", labels=labels, position=at, total=True)
    assert choose(labels[at], ctx).qname == concept


# General Electric, 10-Q 2010-03-31 (2010q2): the amounts attributable to the company follow its net earnings
GE_IS = ("Sales of goods", "Sales of services", "Other income", "GECS earnings from continuing operations",
         "GECS revenues from services", "Total revenues", "Cost of goods sold", "Cost of services sold",
         "Interest and other financial charges", "Investment contracts, insurance losses and insurance annuity benefits",
         "Provision for losses on GECS financing receivables", "Other costs and expenses", "Total costs and expenses",
         "Earnings (loss) from continuing operations before income taxes", "Benefit (provision) for income taxes",
         "Earnings from continuing operations", "Loss from discontinued operations, net of taxes", "Net earnings",
         "Less net earnings attributable to noncontrolling interests", "Net earnings attributable to the Company",
         "Preferred stock dividends declared", "Net earnings attributable to GE common shareowners",
         "Earnings from continuing operations", "Loss from discontinued operations, net of taxes",
         "Net earnings attributable to the Company")


@pytest.mark.parametrize(
    "position,concept",
    [
        (16, "us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTax"),
        (23, "us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTaxAttributableToReportingEntity"),
    ],
)
def test_discontinued_operations_below_the_parents_net_income_are_the_parents(position, concept):
    ctx = Context(statement="I", period="d", unit="money", labels=GE_IS, position=position)
    assert choose(GE_IS[position], ctx).qname == concept  # GE's own concepts


# EOG Resources, 10-Q 2010-03-31 (2010q2): the current assets and current liabilities close with a bare "Total"
EOG_BS = ("Cash and Cash Equivalents", "Accounts Receivable, Net", "Inventories", "Assets from Price Risk Management Activities",
          "Income Taxes Receivable", "Deferred Income Taxes", "Other", "Total", "Oil and Gas Properties (Successful Efforts Method)",
          "Other Property, Plant and Equipment", "Total Property, Plant and Equipment",
          "Less: Accumulated Depreciation, Depletion and Amortization", "Total Property, Plant and Equipment, Net",
          "Other Assets", "Total Assets", "Accounts Payable", "Accrued Taxes Payable", "Dividends Payable",
          "Liabilities from Price Risk Management Activities", "Deferred Income Taxes", "Current Portion of Long-Term Debt",
          "Other", "Total", "Long-Term Debt", "Other Liabilities", "Deferred Income Taxes",
          "Common Stock, $0.01 Par, 640,000,000 Shares Authorized and 253,120,631 Shares Issued", "Additional Paid in Capital",
          "Retained Earnings", "Total Stockholders' Equity", "Total Liabilities and Stockholders' Equity")


def test_a_bare_total_closes_the_current_part():
    assert [balance_sheet_section(EOG_BS, i) for i in (6, 13, 21, 24)] == [
        "Current assets", "Noncurrent assets", "Current liabilities", "Noncurrent liabilities"]
    ctx = replace(B, labels=EOG_BS, position=13)
    assert choose("Other Assets", ctx).qname == "us-gaap:OtherAssetsNoncurrent"  # EOG's own concept
    # a bare "Total" at the end of an unclassified balance sheet closes no current liabilities
    unclassified = ("Cash", "Loans", "Total assets", "Deposits", "Borrowings", "Common stock", "Retained earnings", "Total")
    assert balance_sheet_section(unclassified, 4) == ""


# Rockwell Automation, 10-Q 2010-03-31: the total assets printed as "TOTAL", no "Total assets" line
ROCKWELL_BS = ("Cash and cash equivalents", "Receivables", "Inventories", "Deferred income taxes", "Other current assets",
               "Total current assets", "Property, net", "Goodwill", "Other intangible assets, net", "Deferred income taxes",
               "Prepaid pension", "Other assets", "TOTAL", "Accounts payable", "Compensation and benefits",
               "Advance payments from customers and deferred revenue", "Customer returns, rebates and incentives",
               "Other current liabilities", "Total current liabilities", "Long-term debt", "Retirement benefits",
               "Other liabilities", "Common stock (shares issued: 181.4)", "Additional paid-in capital", "Retained earnings",
               "Accumulated other comprehensive loss", "Common stock in treasury, at cost (shares held: March 31, 2010, 38.8; "
               "September 30, 2009, 39.3)", "Total shareowners' equity", "TOTAL")


def test_a_bare_total_between_the_current_totals_is_the_total_assets():
    assert [balance_sheet_section(ROCKWELL_BS, i) for i in (3, 9, 11, 12, 13, 21, 23)] == [
        "Current assets", "Noncurrent assets", "Noncurrent assets", "", "Current liabilities", "Noncurrent liabilities", ""]
    at = lambda i: replace(B, labels=ROCKWELL_BS, position=i)  # noqa: E731
    assert choose("Other assets", at(11)).qname == "us-gaap:OtherAssetsNoncurrent"  # Rockwell's own concept
    assert choose("Other liabilities", at(21)).qname == "us-gaap:OtherLiabilitiesNoncurrent"  # Rockwell's own concept
    # among the assets, the deferred income taxes are an asset (had been us-gaap:DeferredIncomeTaxLiabilitiesNet)
    assert choose("Deferred income taxes", at(9)).qname == "us-gaap:DeferredIncomeTaxAssetsNet"
    # two bare totals between them (a subtotal of property, then the assets'): which is the assets' the labels do not say
    two = ROCKWELL_BS[:7] + ("Total",) + ROCKWELL_BS[7:]
    assert balance_sheet_section(two, two.index("Other assets")) == ""


def test_an_asset_above_its_accumulated_depreciation_is_gross():
    ctx = replace(B, labels=EOG_BS, position=10)
    assert choose("Total Property, Plant and Equipment", ctx).qname == "us-gaap:PropertyPlantAndEquipmentGross"
    net = replace(B, labels=EOG_BS, position=12)
    assert choose("Total Property, Plant and Equipment, Net", net).qname == "us-gaap:PropertyPlantAndEquipmentNet"
    # Leucadia (2010q2): no accumulated depreciation printed beside it, the net amount
    alone = ("Intangible assets, net and goodwill", "Other assets", "Property, equipment and leasehold improvements, net", "Total")
    assert choose("Property, equipment and leasehold improvements, net", replace(B, labels=alone, position=2)).qname == \
        "us-gaap:PropertyPlantAndEquipmentNet"


def test_long_term_and_short_term_are_the_taxonomys_other_names_for_the_two_terms():
    """'Investments' among the noncurrent assets (Leucadia-like statements of 2010q2: filers tagged LongTermInvestments),
    among the current ones ShortTermInvestments; US GAAP has no InvestmentsNoncurrent."""
    at = QUEST_BS.index("Goodwill, net")
    labels = QUEST_BS[:at] + ("Investments",) + QUEST_BS[at:]
    assert choose("Investments", replace(B, labels=labels, position=at)).qname == "us-gaap:LongTermInvestments"
    labels = ("Cash and cash equivalents", "Investments") + QUEST_BS[2:]
    assert choose("Investments", replace(B, labels=labels, position=1)).qname == "us-gaap:ShortTermInvestments"


def test_a_label_of_qualifying_words_filers_print_whole_is_a_line_item():
    """SIGA Q2 2026, statement of operations: "Weighted average shares outstanding: basic | 71,752,539 ..." has only
    words that elsewhere qualify a heading (weighted, average, share, outstanding, basic); filers print it word for
    word, so it is us-gaap:WeightedAverageNumberOfSharesOutstandingBasic, not an extension line item. "Basic" or
    "Other, net" alone still names nothing without a heading or a sum."""
    from prxbrl.mapping.indexed import index_choice
    from prxbrl.models import LineItem

    item = LineItem(id="t03.r018", label="Weighted average shares outstanding: basic", section=[], line=115, kind="item")
    ctx = Context(statement="I", period="d", unit="shares")
    company = ("SIGA Technologies, Inc.", "SIGA Technologies")
    assert index_choice(item.label, item, "income", ctx, company, set()).concept == "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"
    diluted = "Weighted average shares outstanding: diluted"
    assert index_choice(diluted, item, "income", ctx, company, set()).concept == "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"
    assert index_choice("Other, net", item, "income", Context(statement="I", period="d", unit="money"), company, set()) is None


def test_a_column_of_the_wrong_period_type_does_not_choose_an_unrelated_concept():
    """CMUV Bancorp Q3 2024 (a bank's summary run together on one line): its income statement's year-to-date figures
    stand under "September 30, 2024", an instant. "Total Interest Expense 3,786,043" there had become
    us-gaap:DeferredTaxAssetInterestCarryforward (an instant some filer labels "Interest expense"), "Provision for
    Loan Loss" us-gaap:ProvisionForLossOnContracts: the label's own meaning is a flow, so no standard concept is
    chosen (the company's own line item). In a duration column the label is the interest expense."""
    from prxbrl.mapping.indexed import index_choice
    from prxbrl.models import LineItem

    item = LineItem(id="t02.r002", label="Total Interest Expense", section=[], line=13, kind="item")
    at_instant = Context(statement="I", period="i", unit="money")
    assert index_choice(item.label, item, "income", at_instant, (), set()) is None
    assert index_choice("Provision for Loan Loss", item, "income", at_instant, (), set()) is None
    flow = index_choice(item.label, item, "income", Context(statement="I", period="d", unit="money"), (), set())
    assert flow is not None and flow.concept == "us-gaap:InterestExpense"
    # outside the statements: "Cash and cash equivalents" in a duration column is no interest income on deposits
    assert index_choice("Cash and cash equivalents", item, "summary", Context(period="d", unit="money"), (), set()) is None
    # a balance sheet's "Deferred income taxes" at an instant stays the liability (its columns are of its kind)
    bs = index_choice("Deferred income taxes", item, "balance_sheet", Context(statement="B", period="i", unit="money"), (), set())
    assert bs is not None and bs.concept.startswith("us-gaap:DeferredIncomeTax") and "Expense" not in bs.concept


def test_a_balance_sheets_assets_hold_no_payable_nor_its_liabilities_a_receivable():
    """Strattec Q4 FY2026 balance sheet: "Value-added tax recoverable | 10,069 | 19,389" under current assets had
    become us-gaap:SalesAndExciseTaxPayableCurrent (filers label that payable "Value added tax payable"), and the
    liabilities' "Value-added tax payable" an extension line item (its concept taken)."""
    recoverable = choose("Value-added tax recoverable", Context(statement="B", period="i", unit="money", section=("Current assets",)))
    assert recoverable.qname == "us-gaap:ValueAddedTaxReceivableCurrent"
    payable = choose("Value-added tax payable", Context(statement="B", period="i", unit="money", section=("Current liabilities",)))
    assert payable.qname == "us-gaap:SalesAndExciseTaxPayableCurrent"
    # contra-assets and liabilities named for an asset stay where they are printed
    assert "AccumulatedDepreciation" in choose("Less accumulated depreciation", Context(statement="B", period="i", unit="money",
                                                                                          section=("ASSETS",))).qname
    aro = choose("Asset retirement obligations", Context(statement="B", period="i", unit="money", section=("Noncurrent liabilities",)))
    assert aro.qname.startswith("us-gaap:AssetRetirementObligation")


def test_an_element_named_for_a_liability_first_is_none_of_the_assets_nor_an_asset_receivable_part_of_equity():
    """Aeropostale Q2 FY2015's untitled balance sheet: "Goodwill and intangible assets | 22,351 | 22,728 | 28,204"
    under "ASSETS" had become us-gaap:DeferredTaxLiabilitiesGoodwillAndIntangibleAssets (a liability qualified by the
    assets it is of). CIK 1053507 Q2 2003: "Note receivable | (6,720 | ) | (6,720" inside "STOCKHOLDERS' EQUITY:" had
    become us-gaap:NotesReceivableNet +6,720 (an asset); equity deducts only receivables for its own shares."""
    untitled = Context(statement="", period="i", unit="money", section=("ASSETS",))
    goodwill = choose("Goodwill and intangible assets", untitled)
    assert goodwill is None or "Liabilit" not in goodwill.qname
    note = choose("Note receivable", Context(statement="B", period="i", unit="money", section=("STOCKHOLDERS' EQUITY",)))
    assert note is None or note.qname != "us-gaap:NotesReceivableNet"
    # an element named for an asset first stays among the assets; a receivable for shares stays in equity
    dta = choose("Deferred tax assets, net", Context(statement="B", period="i", unit="money", section=("Noncurrent assets",)))
    assert dta is not None and "DeferredTax" in dta.qname and "Liabilities" not in dta.qname.partition("Assets")[0]
    subs = choose("Stock subscriptions receivable", Context(statement="B", period="i", unit="money", section=("STOCKHOLDERS' EQUITY",)))
    assert subs is not None and "Receivable" in subs.qname


def test_comprehensive_income_without_a_noncontrolling_interest_is_the_parents():
    """SIGA Q2 2026 "Net and comprehensive income" and Amazon Q3 2025 "Total comprehensive income (loss)": no
    noncontrolling-interest line in the release, so us-gaap:ComprehensiveIncomeNetOfTax, as net income is
    NetIncomeLoss and not ProfitLoss."""
    from prxbrl.mapping.choose import structural

    whole = "us-gaap:ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest"
    labels = ("Net income", "Foreign currency translation adjustments", "Total comprehensive income (loss)")
    assert structural(whole, labels[2], labels, 2, nci=False)[0] == "us-gaap:ComprehensiveIncomeNetOfTax"
    with_nci = labels + ("Comprehensive income attributable to noncontrolling interests",)
    assert structural("us-gaap:ComprehensiveIncomeNetOfTax", labels[2], with_nci, 2)[0] == whole


def test_the_total_a_row_is_added_into_decides_between_close_concepts():
    """Howard Hughes Q4 2025's statement of operations: "Other | 6,744" under "EXPENSES", added into "Total expenses"
    (us-gaap:CostsAndExpenses). The label alone reads as other (nonoperating) expense; US GAAP sums
    OtherCostAndExpenseOperating into CostsAndExpenses, and a close candidate it sums into the total wins (it was
    NonoperatingIncomeExpense +6,744: income)."""
    ctx = Context(statement="I", period="d", unit="money", section=("EXPENSES",))
    assert choose("EXPENSES Other", ctx).qname != "us-gaap:OtherCostAndExpenseOperating"
    assert choose("EXPENSES Other", replace(ctx, whole="us-gaap:CostsAndExpenses")).qname == "us-gaap:OtherCostAndExpenseOperating"


def test_the_total_gives_no_weak_match_its_place():
    """Apple Q1 FY2011's "Excess tax benefits from stock-based compensation" in financing: the concept filers used
    (ExcessTaxBenefitFromShareBasedCompensationFinancingActivities) is gone from US GAAP 2024; a candidate that sums
    into the financing total but matches the label far less (proceeds from issuing shares under plans, similarity
    0.66) is no better a reading."""
    ctx = Context(statement="C", period="d", unit="money", section=("Financing activities:",),
                  whole="us-gaap:NetCashProvidedByUsedInFinancingActivities")
    assert choose("Excess tax benefits from stock-based compensation", ctx).qname != \
        "us-gaap:ProceedsFromIssuanceOfSharesUnderIncentiveAndShareBasedCompensationPlans"


@pytest.mark.parametrize("label, concept", [
    # Adobe Q1 FY2023, UnitedHealth Q4 2024 and Amazon Q3 2025 cash-flow statements: a flow each way, netted
    ("Purchases, sales and maturities of short-term investments, net", "us-gaap:PaymentsForProceedsFromShortTermInvestments"),
    ("Sales and maturities of investments, net of purchases", "us-gaap:PaymentsForProceedsFromInvestments"),
    # one way: the object of the flow is no flow of its own
    ("Repayments of borrowings", "us-gaap:RepaymentsOfLongTermDebt"),
    ("Payments for debt issuance costs", "us-gaap:PaymentsOfDebtIssuanceCosts"),
    ("Proceeds from sales and maturities of investments", "us-gaap:ProceedsFromSaleMaturityAndCollectionsOfInvestments"),
])
def test_a_label_netting_flows_each_way_is_no_one_way_concept(label, concept):
    """"Sales and maturities of investments, net of purchases (1,777)" was us-gaap:ProceedsFromSaleMaturityAnd
    CollectionsOfInvestments -1,777: proceeds cannot be negative; the line is the net of both ways."""
    ctx = Context(statement="C", period="d", unit="money", section=("Cash flows from investing activities",))
    assert choose(label, ctx).qname == concept


@pytest.mark.parametrize("label, concept", [
    # development set zip__2010q2.zip: filers' labels of two-way concepts, and one way where "net" is not said
    ("Proceeds from sale of (payments for acquisition of) treasury stock, net", "us-gaap:ProceedsFromRepurchaseOfEquity"),
    ("Proceeds from sales (purchases) of short-term investments, net", "us-gaap:PaymentsForProceedsFromShortTermInvestments"),
    ("Payment of current maturities and long-term debt", "us-gaap:RepaymentsOfLongTermDebt"),
])
def test_netted_flows_in_financing(label, concept):
    ctx = Context(statement="C", period="d", unit="money", section=("Cash flows from financing activities",))
    assert choose(label, ctx).qname == concept


INCREASE = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecrease"


def test_the_change_in_cash_before_an_exchange_rate_effect_excludes_it():
    """Computer Modelling Group Q3 FY2025 cash flows: "| Increase (decrease) in cash | (23,839 | ) |" then "| Effect of
    foreign exchange on cash | 2,197 |" then "| Cash, beginning of period | 61,373 |": the change before the effect
    excludes it (61,373 - 23,839 + 2,197 = 39,731), and had been ...IncludingExchangeRateEffect. H&M FY2024 prints "Cash
    flow for the year" then "Exchange rate effect" the same way. The effect printed before the change: the change
    includes it."""
    labels = ("Net cash used in investing activities", "Increase (decrease) in cash", "Effect of foreign exchange on cash",
              "Cash, beginning of period", "Cash, end of period")
    ch = choose(labels[1], Context(statement="C", period="d", unit="money", labels=labels, position=1))
    assert ch.qname == INCREASE + "ExcludingExchangeRateEffect"
    labels = ("Net cash used in investing activities", "Effect of foreign exchange on cash", "Increase (decrease) in cash",
              "Cash, beginning of period", "Cash, end of period")
    assert choose(labels[2], Context(statement="C", period="d", unit="money", labels=labels, position=2)).qname == INCREASE + "IncludingExchangeRateEffect"


C = Context(statement="C", period="d", unit="money")
# Baker Hughes, 10-Q 2009-06-30: the operating activities end with the changes in operating balances, then "Other"
BAKER_HUGHES_CF_END = ("Gain on sale of product line", "Accounts receivable", "Inventories", "Accounts payable",
                       "Accrued employee compensation and other accrued liabilities", "Income taxes payable", "Other",
                       "Net cash flows from operating activities")
# Merck, 10-Q 2009-06-30: "Other" among the non-cash adjustments, above the changes in assets and liabilities
MERCK_CF_START = ("Net income", "Gain on distribution from AstraZeneca LP", "Equity income from affiliates",
                  "Dividends and distributions from equity affiliates", "Depreciation and amortization",
                  "Deferred income taxes", "Share-based compensation", "Other", "Net changes in assets and liabilities",
                  "Net Cash Provided by Operating Activities")


def test_other_after_the_changes_in_operating_balances_is_their_change():
    at = BAKER_HUGHES_CF_END.index("Other")
    ch = choose("Other", replace(C, labels=BAKER_HUGHES_CF_END, position=at))
    assert ch.qname == "us-gaap:IncreaseDecreaseInOtherOperatingCapitalNet"
    at = MERCK_CF_START.index("Other")
    assert choose("Other", replace(C, labels=MERCK_CF_START, position=at)).qname == "us-gaap:OtherNoncashIncomeExpense"
