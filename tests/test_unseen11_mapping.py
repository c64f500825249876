"""Wrong facts from mapping found on releases the converter had never seen (the unseen11 and unseen12 triages: United
Fire Group Q4 2024, Paltalk Q3 2024, Farmers and Merchants FY2024, Palomar Q4 2024, PrairieSky Q4 2024, Infinity Bancorp
Q4 2024; Microsoft FY2024 Q4 of the unseen10 set): each test holds the real lines it was found on.
Sources: fixtures/paltalk-q3-2024.md is the whole release as stored in the public repository
Newsworthyai/press-release-archive (newmediawire/2024/1112/paltalk-inc-reports-results-for-third-quarter-2024.md);
fixtures/ufg-q4-2024-premiums.md names its own."""

from prxbrl.mapping.choose import Context, choose

from test_unseen10_mapping import _facts  # convert a fixture, its facts-plain rows


def test_a_line_of_business_is_no_change_in_a_liability(tmp_path):
    """United Fire Group Q4 2024, "Net Written Premiums by Line of Business": "| Other liability(2) | $ | 90,508 |" (a
    line of commercial insurance) had been us-gaap:IncreaseDecreaseInOtherOperatingLiabilities and "| Workers’
    compensation | 14,011 |" IncreaseDecreaseInWorkersCompensationLiabilities: a change in a balance is a cash-flow
    statement's line, or one whose label says it is a change."""
    facts = _facts(tmp_path, "ufg-q4-2024-premiums.md")
    assert not [r for r in facts if r["concept"].startswith("us-gaap:IncreaseDecrease")]
    other = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Other liability(2)"}
    assert ("2024-10-01", "90508000") in other and ("2023-01-01", "325900000") in other
    workers = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Workers’ compensation"}
    assert ("2024-10-01", "14011000") in workers


def test_a_change_in_a_balance_stays_where_the_label_or_the_statement_says_one():
    """The rule above leaves a cash-flow statement's working-capital lines and a label that names a change alone."""
    labels = ("Net income", "Changes in operating assets and liabilities:", "Other liabilities",
              "Net cash provided by operating activities")
    cash = Context(statement="C", period="d", unit="money", labels=labels, position=2)
    assert choose("Other liabilities", cash).qname == "us-gaap:IncreaseDecreaseInOtherOperatingLiabilities"
    assert choose("Increase in accounts receivable", Context(statement="I", period="d", unit="money")).qname == \
        "us-gaap:IncreaseDecreaseInAccountsReceivable"


def test_income_taxes_are_no_debt(tmp_path):
    """Microsoft FY2024 Q4 balance sheet, current liabilities: "Short-term income taxes | 5,017 | 4,152" had been
    us-gaap:DebtCurrent, found through filers' "Short-term debt": the label names a tax, the element a debt
    ([index] exclusive_words)."""
    ctx = Context(statement="B", period="i", unit="money", section=("Liabilities and stockholders' equity", "Current liabilities:"))
    got = choose("Short-term income taxes", ctx).qname
    assert got not in ("us-gaap:DebtCurrent", "us-gaap:ShortTermBorrowings")
    facts = _facts(tmp_path, "microsoft-q4-fy2024-statements.md")
    taxes = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["label"] == "Short-term income taxes"}
    assert taxes and not any("Debt" in c or "Borrowings" in c for c, _, _ in taxes)
    # a debt of a label that says so keeps its element
    assert choose("Short-term debt", ctx).qname in ("us-gaap:ShortTermBorrowings", "us-gaap:DebtCurrent")


def test_a_statement_that_presents_the_concept_wins_over_another_statement(tmp_path):
    """Paltalk Q3 2024 (one cell per line): the income statement's "Income tax(expense) benefit" prints 88,076 (a
    benefit) for the nine months; the cash-flow adjustment "Income tax benefit" (14,072), read as the same
    us-gaap:IncomeTaxExpenseBenefit, disagrees. Both prints had been left out as of equal standing; the statement US
    GAAP presents the concept in wins, and the report says which print was kept."""
    facts = _facts(tmp_path, "paltalk-q3-2024.md")
    tax = {(r["period_start"], r["period_end"], r["value"], r["source_line"]) for r in facts if r["concept"] == "us-gaap:IncomeTaxExpenseBenefit"}
    assert ("2024-01-01", "2024-09-30", "-88076", "483") in tax
    assert ("2023-01-01", "2023-09-30", "13590", "487") in tax
    assert not any(v == "14072" or v == "-14072" for _, _, v, _ in tax)


def test_an_unclassified_balance_sheet_with_unlabelled_totals_takes_the_whole_concepts(tmp_path):
    """Farmers and Merchants Bancshares FY2024 (a bank): its balance sheet says no current or noncurrent anywhere and
    prints its totals without labels ("|  | $ | 844,643,087 |"). "Securities available for sale, at fair value" had
    been AvailableForSaleSecuritiesDebtSecuritiesCurrent and "Other assets" OtherAssetsNoncurrent: the rule for an
    unclassified balance sheet had required the labels "Total assets" and "Total liabilities"."""
    facts = _facts(tmp_path, "fmfg-fy2024-balance.md")
    got = {(r["concept"], r["period_end"], r["value"]) for r in facts}
    assert ("us-gaap:AvailableForSaleSecuritiesDebtSecurities", "2024-12-31", "125712926") in got
    assert ("us-gaap:OtherAssets", "2023-12-31", "5939309") in got
    assert not [r for r in facts if r["concept"].endswith(("Current", "Noncurrent")) and not r["concept"].endswith("CurrentAndNoncurrent")]


def test_a_bridge_with_deductions_is_no_breakdown(tmp_path):
    """Palomar Q4 2024: "Gross earned premiums 371,654" less "Ceded earned premiums (226,764)" = "Net earned premiums",
    and "Total revenue 155,757" less "Net investment income (11,318)" and the gains = "Underwriting revenue" (a measure
    of the company's own, the table's title). Their rows had been members of the total (PremiumsEarnedNet
    [GrossEarnedPremiumsMember]) or of the title's Revenues (Revenues [NetInvestmentIncomeMember] = -11,318,000): a
    row printed as a deduction in every column where the total is positive makes a bridge, not a breakdown."""
    facts = _facts(tmp_path, "palomar-q4-2024-bridges.md")
    assert not [r for r in facts if r.get("srt:ProductOrServiceAxis")]
    assert not [r for r in facts if r["concept"] == "us-gaap:Revenues" and r["value"].startswith("-")]
    gross = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["label"] == "Gross earned premiums"}
    assert gross and not any(c == "us-gaap:PremiumsEarnedNet" for c, _, _ in gross)
    ceded = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["label"] == "Ceded earned premiums"}
    assert ("us-gaap:CededPremiumsEarned", "2024-10-01", "226764000") in ceded
    underwriting = {(r["concept"], r["value"]) for r in facts if r["label"] == "Underwriting revenue"}
    assert underwriting and not any(c.startswith("us-gaap:") for c, _ in underwriting)


def test_a_cash_flow_element_needs_a_label_or_a_table_of_cash_flows(tmp_path):
    """PrairieSky Q4 2024 highlights: "| Net debt(5) | 134.9 | ..." had been us-gaap:ProceedsFromRepaymentsOfShortTermDebt
    (cash received or paid), found through filers' "Net debt" in their cash-flow statements: outside a cash-flow statement
    a cash flow is a label's that names one ("Acquisitions - including non-cash consideration" keeps its reading)."""
    facts = _facts(tmp_path, "prairiesky-q4-2024-highlights.md")
    debt = {(r["concept"], r["value"]) for r in facts if r["label"].startswith("Net debt")}
    assert debt and not any(c.startswith("us-gaap:") for c, _ in debt)
    ctx = Context(statement="I", period="d", unit="money")
    assert choose("Net debt", ctx).qname != "us-gaap:ProceedsFromRepaymentsOfShortTermDebt"
    cash = Context(statement="C", period="d", unit="money", labels=("Net debt", "Net cash provided by financing activities"), position=0)
    assert choose("Proceeds from issuance of common stock", cash).qname == "us-gaap:ProceedsFromIssuanceOfCommonStock"


def test_loans_printed_above_their_allowance_are_the_gross_amount(tmp_path):
    """Infinity Bancorp Q4 2024, statement of financial condition: "Total Loans 226,305", "Allowance for loan and lease
    losses (3,702)", "Net Loans 222,603". Total loans had been FinancingReceivableExcludingAccruedInterestAfterAllowance-
    ForCreditLoss (the net amount): printed right above the allowance, it is the amount before it."""
    facts = _facts(tmp_path, "infinity-q4-2024-condition.md")
    total = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["label"] == "Total Loans"}
    assert ("us-gaap:FinancingReceivableExcludingAccruedInterestBeforeAllowanceForCreditLoss", "2024-12-31", "226305000") in total
    net = {(r["concept"], r["value"]) for r in facts if r["label"] == "Net Loans" and r["period_end"] == "2024-12-31"}
    assert net and all("Before" not in c and "Gross" not in c for c, _ in net)


def test_parts_of_a_line_item_under_a_revenue_heading_are_no_members(tmp_path):
    """Palomar Q4 2024, income statement, under "| Revenues: |": "| Gross written premiums | $ | 373,723 |", "| Ceded
    written premiums |  | (204,492 | ) |" adding up to "| Net written premiums |  | 169,231 |", which with "| Change in
    unearned premiums |  | (24,341 | ) |" adds up to "| Net earned premiums |  | 144,890 |". With the statement's title
    read, every row under the heading had become a member of us-gaap:Revenues (8 members adding up to three times
    "Total revenues"): a row that adds into another line item, or that rows add up to, is that line item's part or the
    line item itself."""
    facts = _facts(tmp_path, "palomar-q4-2024-income-statement.md")
    q4 = {r["label"]: r for r in facts if r["period_start"] == "2024-10-01" and r["period_end"] == "2024-12-31"}
    assert q4["Gross written premiums"]["concept"] == "us-gaap:PremiumsWrittenGross"
    assert q4["Net written premiums"]["concept"] == "us-gaap:PremiumsWrittenNet"
    assert q4["Net earned premiums"]["concept"] == "us-gaap:PremiumsEarnedNet"
    assert q4["Change in unearned premiums"]["concept"] == "us-gaap:IncreaseDecreaseInUnearnedPremiums"
    for label in ("Gross written premiums", "Ceded written premiums", "Net written premiums", "Net earned premiums"):
        assert not q4[label].get("srt:ProductOrServiceAxis"), label
