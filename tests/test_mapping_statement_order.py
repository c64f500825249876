"""Concepts and signs the order and arithmetic of a statement decide: an after-tax income above the income taxes, the
sign of a noncontrolling interest's share between the taxes and net income."""

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.structural import income_above_tax

# AmTrust Q1 2009's income statement (lines as printed, figures of the 2009 column in the comments)
AMTRUST = ("Gross premium written", "Net premium written", "Change in unearned premium", "",
           "Ceding commission (primarily related party)", "Commission and fee income", "Investment income, net",
           "Net realized gains (losses)", "Other investment gain (loss) on managed assets", "", "Total revenue",  # 171,819
           "Loss and loss adjustment expense", "Acquisition costs and other underwriting expenes", "Other", "",  # 138,263
           "Income from continuing operations",  # 33,556
           "Foreign currency gain (loss)", "Interest expense", "",
           "Income from continuing operations before provision for income taxes",  # 29,418
           "Provision for income taxes", "Minority interest in net loss of subsidiary",
           "Net income available to common shareholders")
AT = AMTRUST.index("Income from continuing operations")


def test_an_income_above_the_income_taxes_is_no_after_tax_income():
    """AmTrust Q1 2009: "Income from continuing operations | 33,556 | 29,150", total revenue less total expenses above
    "Other income (expense):", interest and "Income from continuing operations before provision for income taxes", had
    become us-gaap:IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest."""
    ctx = Context(statement="I", period="d", unit="money", labels=AMTRUST, position=AT)
    got = choose("Income from continuing operations", ctx)
    assert got is None or ("ContinuingOperations" not in got.qname.partition("Before")[0] and "Tax" not in got.qname)
    for q in ("us-gaap:IncomeLossFromContinuingOperations", "us-gaap:ProfitLoss",
              "us-gaap:IncomeLossFromContinuingOperationsIncludingPortionAttributableToNoncontrollingInterest"):
        assert income_above_tax(q, AMTRUST[AT], AMTRUST, AT)
    # nor the income before tax, which is the line below
    assert income_above_tax("us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
                            AMTRUST[AT], AMTRUST, AT)


def test_an_income_below_the_taxes_or_one_a_reconciliation_follows_keeps_its_after_tax_reading():
    # the statement's own after-tax line, below the taxes
    labels = ("Income before income taxes", "Provision for income taxes", "Income from continuing operations",
              "Discontinued operations, net of tax", "Net income")
    assert income_above_tax("us-gaap:IncomeLossFromContinuingOperations", labels[2], labels, 2) is None
    # a discontinued operation's own taxes below the continuing operations' income say nothing of it
    labels = ("Income from continuing operations", "Discontinued operations:", "Income before income taxes",
              "Income tax expense", "Net income")
    assert income_above_tax("us-gaap:IncomeLossFromContinuingOperations", labels[0], labels, 0) is None
    # net income, then a reconciliation of it that adds the taxes back
    labels = ("Revenue", "Net income", "Income tax expense", "Interest expense", "Adjusted EBITDA")
    assert income_above_tax("us-gaap:NetIncomeLoss", labels[1], labels, 1) is None
    # the income before tax and equity-method income, then that income and a second pre-tax total
    labels = ("Income before income taxes and equity in earnings", "Equity in earnings of affiliates",
              "Income before income taxes", "Income taxes", "Net income")
    pre = "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments"
    assert income_above_tax(pre, labels[0], labels, 0) is None


def test_a_row_below_the_taxes_or_a_minority_interest_before_them_keeps_its_reading():
    """Real statements of the SEC's 2010 Q2 financial statement data sets: HCP prints "Income from continuing
    operations" below its income taxes and above "Income before gain on sales of real estate, net of income taxes"
    (the taxes stand above it: it is after tax); CNX Gas subtracts "Noncontrolling Interest" before its income taxes
    (the interest's share of income, printed where the filer prints it)."""
    hcp = ("Total other income (expense)", "Income before income taxes and equity income (loss) from unconsolidated joint ventures",
           "Income taxes", "Equity income (loss) from unconsolidated joint ventures", "Income from continuing operations",
           "Income before gain on sales of real estate, net of income taxes", "Gain on sales of real estate, net of income taxes",
           "Total discontinued operations", "Net income")
    assert income_above_tax("us-gaap:IncomeLossFromContinuingOperations", hcp[4], hcp, 4) is None
    cnx = ("Total Costs and Expenses", "Earnings Before Income Taxes and Noncontrolling Interest", "Noncontrolling Interest",
           "Earnings Before Income Taxes", "Income Taxes", "Net Income Attributable to CNX Gas Shareholders")
    assert income_above_tax("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", cnx[2], cnx, 2) is None


def test_amtrusts_statement_read_whole(tmp_path):
    """AmTrust Q1 2009's income statement (tests/fixtures/amtrust-q1-2009-income.txt, its real lines): "Income from
    continuing operations" above the taxes is no after-tax income; "Minority interest in net loss of subsidiary | - |
    (2,900" between "Provision for income taxes 7,317" and "Net income available to common shareholders 22,263"
    (26,680 - 7,317 + 2,900 = 22,263) is the interest's share of a loss, -2,900 thousand (it had been +2,900,000)."""
    from pathlib import Path

    from conftest import plain_facts

    src = Path(__file__).parent / "fixtures" / "amtrust-q1-2009-income.txt"
    facts = plain_facts(src, tmp_path / "out")
    by_label = {}
    for r in facts:
        by_label.setdefault(r["label"], set()).add((r["concept"], r["period_start"], r["value"]))
    assert not any("ContinuingOperations" in c and "Before" not in c for c, _, _ in by_label["Income from continuing operations"])
    assert by_label["Minority interest in net loss of subsidiary"] >= {
        ("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", "2008-01-01", "-2900000")}
    assert ("us-gaap:IncomeTaxExpenseBenefit", "2008-01-01", "7317000") in by_label["Provision for income taxes"]


def test_rows_under_a_revenue_heading_that_add_into_no_total_beside_one_are_no_members(tmp_path):
    """Employers Holdings Q1 2008 (tests/fixtures/employers-q1-2008-income.txt, its real lines): "Gross written
    premiums 81,674" and "Net written premiums 79,104" under "Revenues", above "Net premiums earned", "Net investment
    income", ... that add up to "Total revenues 93,749", had become us-gaap:Revenues with srt:ProductOrServiceAxis
    members (adding up to 160,778 against that total); they are the premiums written, as AmTrust's are."""
    from pathlib import Path

    from conftest import plain_facts

    src = Path(__file__).parent / "fixtures" / "employers-q1-2008-income.txt"
    facts = plain_facts(src, tmp_path / "out")
    got = {(r["label"], r["concept"], r["value"]) for r in facts if "written" in r["label"]}
    assert {("Gross written premiums", "us-gaap:PremiumsWrittenGross", "81674"),
            ("Net written premiums", "us-gaap:PremiumsWrittenNet", "79104")} <= got
    assert not any(k.endswith("Axis") and v for r in facts if "written" in r["label"] for k, v in r.items())
