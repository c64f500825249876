"""A candidate whose element name carries a qualifier its row and statement never print (mapping/qualifiers.py): a
cash-flow statement that names no discontinued operations has no row of theirs."""

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.qualifiers import unsaid_qualifier

# Amazon.com, Q3 2025 earnings release (corpus amazon-q3-2025), its consolidated statements of cash flows, line by line;
# it prints no discontinued operations anywhere
AMAZON_CF = ("CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, BEGINNING OF PERIOD", "Net income",
             "Depreciation and amortization of property and equipment and capitalized content costs, operating lease "
             "assets, and other", "Stock-based compensation", "Non-operating expense (income), net", "Deferred income taxes",
             "Inventories", "Accounts receivable, net and other", "Other assets", "Accounts payable",
             "Accrued expenses and other", "Unearned revenue", "Net cash provided by (used in) operating activities",
             "Purchases of property and equipment", "Proceeds from property and equipment sales and incentives",
             "Acquisitions, net of cash acquired, non-marketable investments, and other, net",
             "Sales and maturities of marketable securities", "Purchases of marketable securities",
             "Net cash provided by (used in) investing activities", "Proceeds from short-term debt, and other",
             "Repayments of short-term debt, and other", "Proceeds from long-term debt", "Repayments of long-term debt",
             "Principal repayments of finance leases", "Principal repayments of financing obligations",
             "Net cash provided by (used in) financing activities",
             "Foreign currency effect on cash, cash equivalents, and restricted cash",
             "Net increase (decrease) in cash, cash equivalents, and restricted cash",
             "CASH, CASH EQUIVALENTS, AND RESTRICTED CASH, END OF PERIOD")


def test_no_discontinued_operations_concept_where_the_statement_prints_none():
    # "Foreign currency effect on cash, cash equivalents, and restricted cash 690 (397) ..." was
    # ...IncludingDisposalGroupAndDiscontinuedOperations, the effect on a total that includes a disposal group's cash
    label = "Foreign currency effect on cash, cash equivalents, and restricted cash"
    ctx = Context(statement="C", period="d", unit="money", labels=AMAZON_CF, position=AMAZON_CF.index(label))
    assert choose(label, ctx).qname == "us-gaap:EffectOfExchangeRateOnCashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"


def test_discontinued_operations_concepts_stay_where_the_statement_names_them():
    # a 2010 cash-flow statement (label-usage/sec-fsds zip__2010q2.zip) printing its discontinued operations' part
    # under a heading the rows do not repeat: "Operating cash flows" there is theirs; the place decides, not this rule
    labels = ("Net income", "Net cash provided by operating activities", "Cash flows from discontinued operations:",
              "Operating cash flows", "Investing cash flows", "Financing cash flows")
    ctx = Context(statement="C", period="d", unit="money", labels=labels, position=3)
    q = "us-gaap:CashProvidedByUsedInOperatingActivitiesDiscontinuedOperations"
    assert unsaid_qualifier(q, "Operating cash flows", ctx) is None
    assert unsaid_qualifier(q, "Operating cash flows", Context(statement="C", labels=labels[:2] + labels[3:])) is not None
    # not a disposal group that is not a discontinued operation
    assert unsaid_qualifier("us-gaap:DisposalGroupNotDiscontinuedOperationGainLossOnDisposal", "Gain on sale of assets",
                            Context(statement="C")) is None
