"""What the sum a row is printed in says about it, found on releases the converter had never seen (the unseen11-13
triages): a row under "Revenues:" adding up with line items of their own into "Total revenues" is no member of
us-gaap:Revenues (Palomar Q4 2024, United Fire Group Q4 2024; UnitedHealth Q4 2024 keeps its breakdown); a
reconciliation's row that takes a line item out of the measure it starts from is that line item of the opposite sign
(Computer Modelling Group Q3 FY2025's "Interest income (474)"); a row adding into a revenue total is no expense (CMG's
"Professional services"). Each test holds the real lines (fixtures name their source)."""

from test_unseen10_mapping import _facts  # convert a fixture, its facts-plain rows

_AXIS = "srt:ProductOrServiceAxis"


def test_rows_of_a_sum_of_line_items_under_a_revenue_heading_are_no_members(tmp_path):
    """Palomar Q4 2024, income statement, under "| Revenues: |", after "| Net earned premiums |  | 144,890 |" (which the
    rows above add up to): "| Net investment income |  | 11,318 |", "| Net realized and unrealized (losses) gains on
    investments |  | (1,201 | ) |", "| Commission and other income |  | 750 |", then "| Total revenues |  | 155,757 |".
    They had been members of us-gaap:Revenues (12 facts; 11,318 - 1,201 + 750 is no "Total revenues"): each names a
    line item US GAAP sums into revenues, so none is a member."""
    facts = _facts(tmp_path, "palomar-q4-2024-income-statement.md")
    members = [r for r in facts if r["concept"] == "us-gaap:Revenues" and r.get(_AXIS)]
    assert not members, members
    q4 = {(r["concept"], r["value"]) for r in facts if r["period_start"] == "2024-10-01" and r["period_end"] == "2024-12-31"}
    assert ("us-gaap:NetInvestmentIncome", "11318000") in q4
    assert ("us-gaap:PremiumsEarnedNet", "144890000") in q4
    assert ("us-gaap:Revenues", "155757000") in q4
    gains = [r for r in facts if r["label"].startswith("Net realized and unrealized") and r["period_start"] == "2024-10-01"]
    assert gains and all(r["value"] == "-1201000" and not r.get(_AXIS) for r in gains)
    commission = [r for r in facts if r["label"] == "Commission and other income" and r["period_start"] == "2024-10-01"]
    assert commission and all(r["value"] == "750000" and r["concept"] != "us-gaap:Revenues" for r in commission)


def test_an_insurers_revenues_are_line_items(tmp_path):
    """United Fire Group Q4 2024, income statement: "| Revenues |", "| Net earned premiums | $ | 308,137 |", "| Net
    investment income |  | 23,156 |", "| Net investment gains (losses) |  | (1,318 | ) |", "| Other income (loss) |  |
    3,200 |", "| Total revenues | $ | 333,175 |": premiums earned, net investment income, gains and other income, each a
    line item US GAAP sums into revenues, had been members of us-gaap:Revenues."""
    facts = _facts(tmp_path, "ufg-q4-2024-income-statement.md")
    assert not [r for r in facts if r["concept"] == "us-gaap:Revenues" and r.get(_AXIS)]
    q4 = {r["label"]: r for r in facts if r["period_start"] == "2024-10-01" and r["period_end"] == "2024-12-31"}
    assert (q4["Net earned premiums"]["concept"], q4["Net earned premiums"]["value"]) == ("us-gaap:PremiumsEarnedNet", "308137000")
    assert (q4["Net investment income"]["concept"], q4["Net investment income"]["value"]) == ("us-gaap:NetInvestmentIncome", "23156000")
    assert q4["Net investment gains (losses)"]["value"] == "-1318000"
    assert q4["Total revenues"]["concept"] == "us-gaap:Revenues"


def test_a_breakdown_whose_rows_name_no_summed_line_item_stays_members(tmp_path):
    """UnitedHealth Q4 2024: " Revenues |", " Premiums | | $76,483 |", " Products | | 13,475 |", " Services | | 9,298 |",
    " Investment and other income | | 1,551 |", " Total revenues | | 100,807 |": "Products" and "Services" name no line
    item US GAAP sums into revenues, so the four rows stay the members of us-gaap:Revenues they add up to."""
    facts = _facts(tmp_path, "unitedhealth-q4-2024-income-excerpt.txt")
    q4 = {r["label"]: r for r in facts if r["period_start"] == "2024-10-01" and r["period_end"] == "2024-12-31" and r["concept"] == "us-gaap:Revenues"}
    for label in ("Premiums", "Products", "Services", "Investment and other income"):
        assert q4[label].get(_AXIS), label
    assert q4["Investment and other income"]["value"] == "1551000000"


def test_income_taken_out_of_net_income_in_a_reconciliation_is_positive(tmp_path):
    """CMG Q3 FY2025, "Adjusted EBITDA and Adjusted EBITDA Margin" by segment: "| Net income (loss) | 5,496 |", "| Add
    (deduct): |", ..., "| Interest income | (474 | ) | (982 | ) | (179 | ) | (2 | ) |", ..., "| Adjusted EBITDA (1) |
    9,003 |": interest income, which net income holds, deducted on the way to Adjusted EBITDA, is interest income of
    474, not -474 (8 facts by segment had been negative)."""
    facts = _facts(tmp_path, "cmg-q3-fy2025-adjusted-ebitda.md")
    interest = {(r["us-gaap:StatementBusinessSegmentsAxis"], r["period_start"], r["value"]) for r in facts
                if r["concept"] == "us-gaap:InvestmentIncomeInterest" and r.get("us-gaap:StatementBusinessSegmentsAxis")}
    assert ("computer:ReservoirAndProductionSolutionsMember", "2024-10-01", "474000") in interest
    assert ("computer:SeismicSolutionsMember", "2023-10-01", "2000") in interest
    assert ("computer:ReservoirAndProductionSolutionsMember", "2024-04-01", "1934000") in interest
    assert all(not v.startswith("-") for _, _, v in interest), interest


def test_a_row_adding_into_a_revenue_total_is_no_expense(tmp_path):
    """CMG Q3 FY2025 segment summary: "| Total software license revenue | 18,510 |" and "| Professional services | 3,181
    |" add up to "| Total revenue | 21,691 |": professional services there are revenue, not us-gaap:ProfessionalFees
    (a debit; 12 facts had been)."""
    facts = _facts(tmp_path, "cmg-q3-fy2025-segments.md")
    services = [r for r in facts if r["label"] == "Professional services"]
    assert services and not [r for r in services if r["concept"] == "us-gaap:ProfessionalFees"]
    q3 = {(r["concept"], r.get(_AXIS), r["value"]) for r in services if r["period_start"] == "2024-10-01"
          and not r.get("us-gaap:StatementBusinessSegmentsAxis")}
    assert ("us-gaap:Revenues", "computer:ProfessionalServicesMember", "10214000") in q3


def test_a_row_beside_a_line_item_of_its_own_is_no_member_of_the_total(tmp_path):
    """Palomar Q4 2024, "*Loss detail*": "| Catastrophe losses | $ | 8,122 |" (us-gaap:LossFromCatastrophes) and "|
    Non-catastrophe losses |  | 29,054 |" add up to "| Total losses and loss adjustment expenses | $ | 37,176 |". The index
    names no concept of a loss for the second that fits; the balance check (balance_fit) had made it a member of the
    losses by product or service (srt:ProductOrServiceAxis, 4 facts), beside a line item of its own: it is a line item
    too, the company's."""
    facts = _facts(tmp_path, "palomar-q4-2024.md")  # the whole release: its loss detail (lines 402-415)
    non_cat = [r for r in facts if r["label"] == "Non-catastrophe losses"]
    assert non_cat and not any(r.get(_AXIS) for r in non_cat), non_cat
    q4 = {r["value"] for r in non_cat if r["period_start"] == "2024-10-01"}
    assert q4 == {"29054000"}
    cat = [r for r in facts if r["concept"] == "us-gaap:LossFromCatastrophes" and r["period_start"] == "2024-10-01"]
    assert [r["value"] for r in cat] == ["8122000"]
