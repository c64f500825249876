"""Wrong axes and members found on releases the converter had never seen (the unseen13 triage: Ubiquiti Q2 FY2025,
Byrna Q4 FY2024); each test holds the real lines it was found on.
Sources: fixtures/ubiquiti-fy25q2.md is the whole release as stored in the public repository zhigehe/bulwark
(content/news/morningstar/1c606e902d27703dc418375cf36f19ac.en.md, commit 869d47a); fixtures/byrna-fy2024q4.md the
whole release as stored there too (content/news/tradingview/tagreuters.com,2025-02-07newsml_GNXXy77N0.en.md, commit
4576aa3)."""

from prxbrl.mapping.standard_members import geographic_members, standard_member

from test_unseen10_mapping import _facts  # convert a fixture, its facts-plain rows

GEO = "srt:StatementGeographicalAxis"


def test_a_breakdown_titled_by_geographic_area_is_on_the_geographical_axis(tmp_path):
    """Ubiquiti Q2 FY2025: under "| **Revenues by Geographical Area** |", "| North America |  | $ | 321,644 |",
    "| Europe, the Middle East and Africa |  |  | 208,579 |", "| Asia Pacific | ... 43,081", "| South America | ...
    26,575" had been us-gaap:Revenues on srt:ProductOrServiceAxis with the company's own members (ui:NorthAmericaMember),
    beside the product table's members on the same axis (the converter's own check: "the 6 members of
    srt:ProductOrServiceAxis add up to 1199758000, the total is 599879000"). They are places: the geographical axis,
    with the members US GAAP and SRT define."""
    facts = _facts(tmp_path, "ubiquiti-fy25q2.md")
    geo = {(r["label"], r[GEO], r["value"]) for r in facts if r["concept"] == "us-gaap:Revenues" and r.get(GEO)
           and r["period_start"] == "2024-10-01"}
    assert geo == {("North America", "srt:NorthAmericaMember", "321644000"),
                   ("Europe, the Middle East and Africa", "us-gaap:EMEAMember", "208579000"),
                   ("Asia Pacific", "srt:AsiaPacificMember", "43081000"),
                   ("South America", "srt:SouthAmericaMember", "26575000")}
    product = {r["srt:ProductOrServiceAxis"] for r in facts if r["concept"] == "us-gaap:Revenues" and r.get("srt:ProductOrServiceAxis")}
    assert product == {"ui:EnterpriseTechnologyMember", "ui:ServiceProviderTechnologyMember"}


def test_geographic_members_are_the_domain_of_the_geographical_axis():
    """taxonomy/geographic_members.json (scripts/build_geographic_members.py, from the US GAAP 2024 definition
    linkbase): a region names its member only on the geographical axis, never a product."""
    assert {"srt:NorthAmericaMember", "us-gaap:EMEAMember", "srt:AsiaPacificMember"} <= geographic_members()
    assert standard_member(GEO, "North America") == "srt:NorthAmericaMember"
    assert standard_member(GEO, "Europe, Middle East and Africa") == "us-gaap:EMEAMember"
    assert standard_member(GEO, "Enterprise Technology") is None
    assert standard_member("srt:ProductOrServiceAxis", "North America") is None


def test_a_heading_of_share_based_compensation_in_a_reconciliation_locates_its_rows(tmp_path):
    """Ubiquiti Q2 FY2025, "Reconciliation of GAAP Net Income to Non-GAAP Net Income": "| Net Income | $ | 136,795 |",
    "| Share-based compensation: |", "| Cost of revenues |  | 57 |", "| Research and development |  | 1,318 |",
    "| Sales, general and administrative |  | 418 |" had been the company's own ui:CostOfRevenues 57,000,
    ui:ResearchAndDevelopment 1,318,000, ui:SalesGeneralAndAdministrative 418,000, read as the line items themselves.
    Under the heading they are the share-based compensation recorded in each line item, added back to net income."""
    facts = _facts(tmp_path, "ubiquiti-fy25q2.md")
    loc = "us-gaap:IncomeStatementLocationAxis"
    got = {(r["concept"], r[loc], r["value"]) for r in facts if r["source_line"] in ("175", "176", "177") and r["period_start"] == "2024-10-01"}
    assert got == {("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:CostOfSalesMember", "57000"),
                   ("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:ResearchAndDevelopmentExpenseMember", "1318000"),
                   ("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:SellingGeneralAndAdministrativeExpensesMember", "418000")}
    assert not [r for r in facts if r["concept"] in ("ui:CostOfRevenues", "ui:ResearchAndDevelopment", "ui:SalesGeneralAndAdministrative")]


def test_other_comprehensive_income_is_no_member_of_comprehensive_income(tmp_path):
    """Byrna Q4 FY2024, statement of operations and comprehensive income: "| NET INCOME (LOSS) | $ | 9,674 |", "| Foreign
    currency translation adjustment for the period |  | (133 | ) |", "| Unrealized gain (loss) on marketable securities
    |  | 65 |", "| COMPREHENSIVE INCOME (LOSS) | $ | 9,606 |": the translation adjustment had been
    us-gaap:ComprehensiveIncomeNetOfTax with a product member byrna:ForeignCurrencyTranslationAdjustmentForThePeriodMember.
    US GAAP sums the foreign currency translation into comprehensive income: a line item, no member."""
    facts = _facts(tmp_path, "byrna-fy2024q4.md")
    fx = [r for r in facts if r["label"] == "Foreign currency translation adjustment for the period"]
    assert fx and not [r for r in fx if r.get("srt:ProductOrServiceAxis")]
    # the translation adjustment net of tax, which US GAAP sums into comprehensive income through the other
    # comprehensive income (not the tax on it, nor the amount before tax, which adds into it less directly)
    assert {r["concept"] for r in fx} == {"us-gaap:OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax"}
    assert {(r["period_start"], r["value"]) for r in fx} >= {("2024-09-01", "-133000"), ("2022-12-01", "-436000")}
    total = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:ComprehensiveIncomeNetOfTax" and not r.get("srt:ProductOrServiceAxis")}
    assert ("2024-09-01", "9606000") in total
