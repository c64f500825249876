"""Segment, trailing-twelve-months and per-share rows outside the statements (issue 9): a standard concept with the
segment's member or the twelve months' period, never an extension concept for a line item US GAAP has, and never
the consolidated fact for a segment's figure. Lines copied from Amazon's third-quarter 2025 release."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import fact
from prxbrl.models import Period
from prxbrl.mapping.rows import trailing_label, trailing_period

FIXTURES = Path(__file__).parent / "fixtures"
SEGMENT = "us-gaap:StatementBusinessSegmentsAxis"
Q3_24 = dict(start=date(2024, 7, 1), end=date(2024, 9, 30))
Q2_24 = dict(start=date(2024, 4, 1), end=date(2024, 6, 30))


@pytest.fixture(scope="module")
def amazon(tmp_path_factory):
    from prxbrl.pipeline import convert

    return convert(FIXTURES / "amazon-q3-2025-segments.txt", tmp_path_factory.mktemp("amzn"), validate=False)


def test_segment_headings_give_members(amazon):
    """"North America | Net sales | $ | 95,537" in the segment table is us-gaap:Revenues of the North America
    segment (it used to be amzn:NetSales: the consolidated concept disagreed with 158,877); "Consolidated" is the
    statement's own figure, without a member."""
    f = amazon.mapped.filing
    assert fact(f, "us-gaap:Revenues", **Q3_24, unit="USD", dims={SEGMENT: "amzn:NorthAmericaMember"}).value == Decimal("95537000000")
    assert fact(f, "us-gaap:Revenues", **Q3_24, unit="USD", dims={SEGMENT: "amzn:InternationalMember"}).value == Decimal("35888000000")
    assert fact(f, "us-gaap:OperatingIncomeLoss", **Q3_24, unit="USD", dims={SEGMENT: "amzn:AwsMember"}).value == Decimal("10447000000")
    assert fact(f, "us-gaap:Revenues", **Q3_24, unit="USD", dims={}).value == Decimal("158877000000")
    assert fact(f, "us-gaap:OperatingIncomeLoss", **Q3_24, unit="USD", dims={}).value == Decimal("17411000000")


def test_segment_heading_with_the_word_segment(amazon):
    """"Segments / North America Segment: | Net sales | $ | 90,033" (Q2 2024, printed nowhere else) was tagged as the
    consolidated us-gaap:Revenues: it is the North America segment's, the same member as in the segment table."""
    f = amazon.mapped.filing
    assert fact(f, "us-gaap:Revenues", **Q2_24, unit="USD", dims={SEGMENT: "amzn:NorthAmericaMember"}).value == Decimal("90033000000")
    assert not [x for x in f.facts if x.value == Decimal("90033000000") and not x.concept.startswith("amzn:")
                and not {d.member for c in f.contexts if c.id == x.context for d in c.dims}]
    assert amazon.report.counts.unexplained_cells == 0
    assert not [d for d in amazon.mapped.duplicates if not d.agrees]


def test_a_segments_own_line_item_has_its_member(amazon):
    """"North America Segment: | Operating income -- Y/Y growth (decline), excluding F/X | 58 | % | 32 | %": no US GAAP
    concept; the company's line item is the worldwide one ("Operating income -- Y/Y growth, excluding F/X | 91 | % |
    55 | %"), with the segment's member, not a second concept without it that says nothing of whose figure it is."""
    f = amazon.mapped.filing
    growth = "amzn:OperatingIncomeYYGrowthExcludingFX"
    assert fact(f, growth, **Q3_24, dims={SEGMENT: "amzn:NorthAmericaMember"}).value == Decimal("0.32")
    assert fact(f, growth, **Q3_24, dims={}).value == Decimal("0.55")
    margin = "amzn:OperatingMarginPercentOfNorthAmericaNetSales"
    assert fact(f, margin, **Q3_24, dims={SEGMENT: "amzn:NorthAmericaMember"}).value == Decimal("0.059")


def test_trailing_twelve_months_rows(amazon):
    """"Net income -- TTM | $ | 44,419" in the Q2 2024 column is net income of the twelve months ending June 30, 2024,
    not a second figure for the quarter; "Operating income -- TTM" of the North America segment likewise."""
    f = amazon.mapped.filing
    ttm = dict(start=date(2023, 7, 1), end=date(2024, 6, 30))
    assert fact(f, "us-gaap:NetIncomeLoss", **ttm, unit="USD", dims={}).value == Decimal("44419000000")
    assert fact(f, "us-gaap:NetIncomeLoss", **Q2_24, unit="USD", dims={}).value == Decimal("13485000000")
    assert fact(f, "us-gaap:OperatingIncomeLoss", **ttm, unit="USD", dims={SEGMENT: "amzn:NorthAmericaMember"}).value == Decimal("20816000000")
    assert fact(f, "us-gaap:EarningsPerShareDiluted", **ttm, unit="USDPerShare", dims={}).value == Decimal("4.18")
    printed = [x for x in f.facts if x.value == Decimal("44419000000")]
    assert [x.label for x in printed] == ["Net income -- TTM"]  # the fact keeps the label as printed
    # growth rates and non-GAAP measures stay extension concepts, in the column's own quarter
    fcf = [x for x in f.facts if (x.label or "").startswith("Free cash flow")]
    assert fcf and all(x.concept.startswith("amzn:") for x in fcf)


def test_per_share_row_printed_with_a_dollar_sign(amazon):
    """"Net income per diluted share | $ | 1.26" in a table "in millions, except per share data": 1.26 dollars per
    share (us-gaap:EarningsPerShareDiluted), not 1,260,000 dollars."""
    f = amazon.mapped.filing
    assert fact(f, "us-gaap:EarningsPerShareDiluted", **Q2_24, unit="USDPerShare", dims={}).value == Decimal("1.26")


@pytest.mark.parametrize("label, rest", [
    ("Net sales -- TTM", "Net sales"),
    ("Operating cash flow -- trailing twelve months (TTM)", "Operating cash flow"),
    ("Net income per diluted share -- TTM", "Net income per diluted share"),
    ("Net income", None),
    ("Net sales -- Y/Y growth, excluding F/X", None),
])
def test_trailing_label(label, rest):
    assert trailing_label(label) == rest


def test_trailing_period_only_for_a_calendar_of_months():
    q2 = Period(kind="duration", start=date(2024, 4, 1), end=date(2024, 6, 30))
    p = trailing_period(q2)
    assert (p.start, p.end) == (date(2023, 7, 1), date(2024, 6, 30))
    # a 13-week quarter ending on a Saturday: twelve months and four quarters are not the same days
    assert trailing_period(Period(kind="duration", start=date(2024, 5, 5), end=date(2024, 8, 3))) is None


def test_stock_based_compensation_by_line_item(amazon):
    """"Stock-based Compensation Expense" over "Cost of sales | $ | 266": stock-based compensation in cost of sales
    (us-gaap:CostOfSalesMember), never us-gaap:CostOfRevenue, which the statement prints as 80,977 for the quarter."""
    f = amazon.mapped.filing
    location = "us-gaap:IncomeStatementLocationAxis"
    sbc = "us-gaap:AllocatedShareBasedCompensationExpense"
    assert fact(f, sbc, **Q2_24, unit="USD", dims={location: "us-gaap:CostOfSalesMember"}).value == Decimal("266000000")
    assert fact(f, sbc, **Q2_24, unit="USD", dims={}).value == Decimal("6722000000")
    assert fact(f, "us-gaap:CostOfRevenue", **Q3_24, unit="USD", dims={}).value == Decimal("80977000000")
    assert not [x for x in f.facts if x.concept == "us-gaap:CostOfRevenue" and x.value == Decimal("266000000")]


@pytest.fixture(scope="module")
def hhh(tmp_path_factory):
    from prxbrl.pipeline import convert

    return convert(FIXTURES / "howard-hughes-q4-2025-segment-ebt.txt", tmp_path_factory.mktemp("hhh"), validate=False)


def test_segment_heading_names_the_rows_after_its_first_total(hhh):
    """"Operating Assets Segment EBT" over "Total revenues", then "Interest income (expense), net | (34,240)": readers
    close the heading's section at the first total, yet the row is the Operating Assets segment's (it was the
    consolidated us-gaap:InterestIncomeExpenseNet). "Operating Assets" is a name there, though its words classify."""
    f = hhh.mapped.filing
    q4 = dict(start=date(2025, 10, 1), end=date(2025, 12, 31))
    p = f.extension.prefix  # the company's prefix (the fixture names the company only in capitals)
    member = {SEGMENT: f"{p}:OperatingAssetsMember"}
    assert fact(f, "us-gaap:InterestIncomeExpenseNet", **q4, unit="USD", dims=member).value == Decimal("-34240000")
    assert fact(f, "us-gaap:InterestIncomeExpenseNet", **q4, unit="USD", dims={SEGMENT: f"{p}:MasterPlannedCommunitiesMember"}).value == Decimal("20853000")
    ctx = {c.id: c for c in f.contexts}
    assert not [x for x in f.facts if x.concept == "us-gaap:InterestIncomeExpenseNet" and not ctx[x.context].dims]


def test_an_expense_printed_negative_in_a_segments_earnings_subtotal(hhh):
    """"Depreciation and amortization | (43,996)" subtracted in "Operating Assets segment EBT": no US GAAP concept is
    that subtotal, but its label names earnings (before taxes), a credit, and a segment's subtotal of its own line
    items adds them as an income statement does: the debit concept's fact is 43,996 thousand, the Operating Assets
    segment's (it was the extension "OperatingAssetsDepreciationAndAmortization" of -43,996, "printed negative, its
    sign is not known"). 63,662 - 43,996 - 34,240 + 1,465 + 376 - 9 - 218 = -12,960. Never a negative expense."""
    f = hhh.mapped.filing
    p = f.extension.prefix
    assert not [x for x in f.facts if x.concept in ("us-gaap:OperatingExpenses", "us-gaap:CostsAndExpenses",
                                                     "us-gaap:DepreciationDepletionAndAmortization") and x.value is not None and x.value < 0]
    da = "us-gaap:DepreciationDepletionAndAmortization"
    q4 = dict(start=date(2025, 10, 1), end=date(2025, 12, 31))
    assert fact(f, da, **q4, unit="USD", dims={SEGMENT: f"{p}:OperatingAssetsMember"}).value == Decimal("43996000")
    assert fact(f, da, **q4, unit="USD", dims={SEGMENT: f"{p}:MasterPlannedCommunitiesMember"}).value == Decimal("99000")
    assert not [x for x in f.facts if x.concept.endswith("DepreciationAndAmortization") and x.concept.startswith(p)]
    ebt = next(c for c in f.extension.concepts if c.name == "OperatingAssetsSegmentEBT")
    assert ebt.balance == "credit"  # "Assets" in the segment's name is no asset


Q4_25 = dict(start=date(2025, 10, 1), end=date(2025, 12, 31))
FY_25 = dict(start=date(2025, 1, 1), end=date(2025, 12, 31))


def test_the_sum_decides_a_segment_rows_sign(hhh):
    """"Total revenues 117,938 | Total operating expenses (54,276) | Segment operating income (loss) 63,662": the
    rows and their total are the same segment's, and US GAAP subtracts us-gaap:OperatingExpenses (debit) in
    us-gaap:OperatingIncomeLoss (credit), so 117,938 + (-54,276) = 63,662 says the expenses are 54,276 thousand (they
    were an extension concept, "printed negative, its sign is not known"). Strategic Developments' loss
    (371,335 - 379,910 = -8,575) the same way."""
    f = hhh.mapped.filing
    p = f.extension.prefix
    oa, sd = {SEGMENT: f"{p}:OperatingAssetsMember"}, {SEGMENT: f"{p}:StrategicDevelopmentsMember"}
    assert fact(f, "us-gaap:OperatingExpenses", **Q4_25, unit="USD", dims=oa).value == Decimal("54276000")
    assert fact(f, "us-gaap:OperatingExpenses", **FY_25, unit="USD", dims=oa).value == Decimal("204273000")
    assert fact(f, "us-gaap:OperatingExpenses", **Q4_25, unit="USD", dims=sd).value == Decimal("379910000")
    assert fact(f, "us-gaap:OperatingIncomeLoss", **Q4_25, unit="USD", dims=sd).value == Decimal("-8575000")
    assert not [x for x in f.facts if x.concept.endswith("TotalOperatingExpenses")]


@pytest.fixture(scope="module")
def hhh_noi(tmp_path_factory):
    from prxbrl.pipeline import convert

    return convert(FIXTURES / "howard-hughes-q4-2025-segment-noi.txt", tmp_path_factory.mktemp("hhh-noi"), validate=False)


def test_a_segments_figures_printed_again_are_its_facts(hhh_noi):
    """The reconciliation of the Operating Assets segment's EBT to NOI adds back "Depreciation and amortization |
    43,996 | 43,137 | ... | 172,835 | 169,040" and "Equity in (earnings) losses from unconsolidated ventures | (376) |
    (1,775) | ...": the segment table has written these figures, in every column, as the Operating Assets segment's
    us-gaap:DepreciationDepletionAndAmortization and IncomeLossFromEquityMethodInvestments (376: earnings). They are
    those facts printed again, not the consolidated line items (the release's statement prints 47,387 for
    depreciation: they were extension concepts there, and consolidated facts of the segment's figures here)."""
    f = hhh_noi.mapped.filing
    p = f.extension.prefix
    oa = {SEGMENT: f"{p}:OperatingAssetsMember"}
    ctx = {c.id: c for c in f.contexts}
    da = fact(f, "us-gaap:DepreciationDepletionAndAmortization", **Q4_25, unit="USD", dims=oa)
    # the segment table, the reconciliation's EBT (the measure it starts from: ``sums._starts_reconciliation``), the add-back
    assert da.value == Decimal("43996000") and len(da.sources) == 3
    eq = fact(f, "us-gaap:IncomeLossFromEquityMethodInvestments", **FY_25, unit="USD", dims=oa)
    assert eq.value == Decimal("4829000") and len(eq.sources) == 3  # the segment table, the reconciliation's EBT, the add-back
    assert not [x for x in f.facts if x.concept in ("us-gaap:DepreciationDepletionAndAmortization", "us-gaap:IncomeLossFromEquityMethodInvestments")
                and not ctx[x.context].dims]
    assert not [x for x in f.facts if x.concept == f"{p}:DepreciationAndAmortization"]
    # the EBT the reconciliation starts from prints "Depreciation and amortization | (43,996)" as the segment table does:
    # subtracted in that EBT, the same expense of 43,996 (it was an extension concept of -43,996, "printed negative, its
    # sign is not known", for the reconciliation's sake); the add-backs below it keep their figures
    assert not [x for x in f.facts if x.concept.endswith("DepreciationAndAmortization") and x.concept.startswith(p)]


def test_a_segments_subtotal_is_its_line_item_not_a_member(hhh):
    """"Segment operating income (loss)" under "Operating Assets Segment EBT" is the segment's operating income
    (us-gaap:OperatingIncomeLoss with its member), not a product "SegmentOperatingIncomeLossMember" of the segment's
    EBT; "Total revenues" under it is the segment's revenue (it was a product member of that subtotal, disagreeing
    across segments: none was kept); "Gain (loss) on sale or disposal of real estate and other assets, net", which
    no US GAAP concept fits word for word, is the company's own line item with the segment's member."""
    f = hhh.mapped.filing
    p = f.extension.prefix
    oa, mpc = {SEGMENT: f"{p}:OperatingAssetsMember"}, {SEGMENT: f"{p}:MasterPlannedCommunitiesMember"}
    assert fact(f, "us-gaap:OperatingIncomeLoss", **Q4_25, unit="USD", dims=oa).value == Decimal("63662000")
    assert fact(f, "us-gaap:Revenues", **Q4_25, unit="USD", dims=oa).value == Decimal("117938000")
    assert fact(f, "us-gaap:Revenues", **FY_25, unit="USD", dims=mpc).value == Decimal("634856000")
    gain = f"{p}:GainOnSaleOrDisposalOfRealEstateAndOtherAssetsNet"
    assert fact(f, gain, **Q4_25, unit="USD", dims=oa).value == Decimal("-9000")
    assert fact(f, gain, **FY_25, unit="USD", dims=mpc).value == Decimal("3750000")
    ctx = {c.id: c for c in f.contexts}
    assert not [x for x in f.facts if any(d.axis == "srt:ProductOrServiceAxis" for d in ctx[x.context].dims)]


def test_a_consolidated_row_the_statement_prints_as_another_concept(tmp_path):
    """Amazon Q3 2025: the segment table's consolidated "Operating expenses | 141,466 | 162,747 | 402,777 | 448,540"
    (line 229) is the statement's "Total operating expenses" (line 154), which includes cost of sales: us-gaap:
    CostsAndExpenses, not us-gaap:OperatingExpenses (which excludes it)."""
    from decimal import Decimal

    from conftest import CORPUS, need_shared
    from prxbrl.pipeline import convert

    src = CORPUS / "amazon-q3-2025.txt"
    need_shared(src)
    f = convert(src, tmp_path / "out", validate=False).mapped.filing
    assert not [x for x in f.facts if x.concept == "us-gaap:OperatingExpenses" and x.value == Decimal("402777000000")]
    costs = [x for x in f.facts if x.concept == "us-gaap:CostsAndExpenses" and x.value == Decimal("402777000000")]
    assert costs and {s.line for x in costs for s in x.sources} >= {154, 229}


def test_the_same_amount_in_another_statements_role_is_no_twin():
    from prxbrl.mapping.emit import same_statement

    assert same_statement("us-gaap:OperatingExpenses", "us-gaap:CostsAndExpenses")
    # stock-based compensation by line item totals the expense; the cash-flow add-back is another role
    assert not same_statement("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:ShareBasedCompensation")


@pytest.fixture(scope="module")
def hhh_ops(tmp_path_factory):
    from prxbrl.pipeline import convert

    return convert(FIXTURES / "howard-hughes-q4-2025-operations.txt", tmp_path_factory.mktemp("hhh-ops"), validate=False)


def test_the_statements_print_no_segments(hhh_ops):
    """Under "OTHER" in the statement of operations, "Gain (loss) on sale or disposal of real estate and other
    assets, net | (9)" and "Total other | (17,995)" add into "Operating income (loss)", whose mapping rule breaks it
    down by segment elsewhere: they had become "segments" of us-gaap:OperatingIncomeLoss (a GainLossOnSale... segment
    of -9). In a statement a row adding into a total is a line item."""
    f = hhh_ops.mapped.filing
    ctx = {c.id: c for c in f.contexts}
    assert not [x for x in f.facts if any(d.axis == SEGMENT for d in ctx[x.context].dims)]
    assert fact(f, "us-gaap:OperatingIncomeLoss", **Q4_25, unit="USD", dims={}).value == Decimal("26157000")


def test_other_under_expenses_is_an_operating_expense(hhh_ops):
    """"Other | 6,744" under "EXPENSES", added into "Total expenses": us-gaap:OtherCostAndExpenseOperating (a rule
    made every bare "Other" of an income statement other nonoperating income: +6,744 of income); "Other income
    (loss), net | (17,986)" under "OTHER" is then the other nonoperating income (it was the company's own line item,
    the concept being taken)."""
    f = hhh_ops.mapped.filing
    assert fact(f, "us-gaap:OtherCostAndExpenseOperating", **Q4_25, unit="USD", dims={}).value == Decimal("6744000")
    assert fact(f, "us-gaap:OtherNonoperatingIncomeExpense", **Q4_25, unit="USD", dims={}).value == Decimal("-17986000")
