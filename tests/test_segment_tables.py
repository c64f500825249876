"""Tables of one segment each, titled only by the segment's name (segment_tables.py): the figures are the segment's,
standard concepts with its member, where the tables stand under a heading that speaks of segments and add up, with
the corporate amounts printed beside them, to the consolidated statement's figures; otherwise they stay the
company's own line items. The fixture is copied from Applied Materials' fourth-quarter fiscal 2024 release (one
line, as the release is rendered): "Fourth Quarter and Fiscal Year Reportable Segment Information ... Semiconductor
Systems Q4 FY2024 Q4 FY2023 FY2024 FY2023 (In millions, except percentages) Net revenue $ 5,177 ...", "Applied
Global Services ...", "Display ...", "Corporate and Other ... Unallocated net revenue $ 18 ...", its statement of
operations ("Net revenue $ 7,045 ... Income from operations 2,046 ...") and the GAAP to non-GAAP reconciliation of
the segments' operating income ("Semiconductor Systems Non-GAAP Operating Income GAAP reported operating income $
1,824 ...")."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import fact

FIXTURE = Path(__file__).parent / "fixtures" / "applied-materials-q4-fy2024-segments.txt"
SEGMENT = "us-gaap:StatementBusinessSegmentsAxis"
ITEMS = "srt:ConsolidationItemsAxis"
Q4 = dict(start=date(2024, 7, 29), end=date(2024, 10, 27))
FY23 = dict(start=date(2022, 10, 31), end=date(2023, 10, 29))


def _convert(text: str, tmp: Path):
    from prxbrl.pipeline import convert

    src = tmp / "amat.txt"
    src.write_text(text)
    return convert(src, tmp / "out", validate=False)


@pytest.fixture(scope="module")
def amat(tmp_path_factory):
    return _convert(FIXTURE.read_text(), tmp_path_factory.mktemp("amat"))


def test_a_table_titled_by_a_segments_name_is_the_segments(amat):
    """"Semiconductor Systems ... Net revenue $ 5,177 ... Operating income $ 1,824": us-gaap:Revenues and
    us-gaap:OperatingIncomeLoss of the Semiconductor Systems segment (they were amat:NetRevenue, amat:OperatingIncome,
    amat:NetRevenueAppliedGlobalServices ...: the consolidated concepts print other figures). 5,177 + 1,639 + 211 and
    the unallocated 18 are the statement's 7,045."""
    f = amat.mapped.filing
    for member, revenue, income in (("amat:SemiconductorSystemsMember", "5177", "1824"), ("amat:AppliedGlobalServicesMember", "1639", "492"),
                                    ("amat:DisplayMember", "211", "5")):
        assert fact(f, "us-gaap:Revenues", **Q4, unit="USD", dims={SEGMENT: member}).value == Decimal(revenue) * 1000000
        assert fact(f, "us-gaap:OperatingIncomeLoss", **Q4, unit="USD", dims={SEGMENT: member}).value == Decimal(income) * 1000000
    assert fact(f, "us-gaap:Revenues", **FY23, unit="USD", dims={SEGMENT: "amat:DisplayMember"}).value == Decimal("868000000")
    assert fact(f, "us-gaap:Revenues", **Q4, unit="USD", dims={}).value == Decimal("7045000000")
    # the segment's own measures keep its member: "Operating margin 35.2 %", "Non-GAAP operating income $ 1,834"
    assert fact(f, "amat:OperatingMargin", **Q4, dims={SEGMENT: "amat:SemiconductorSystemsMember"}).value == Decimal("0.352")
    assert not [x for x in f.facts if x.concept in ("amat:NetRevenue", "amat:OperatingIncome", "amat:NetRevenueAppliedGlobalServices")]
    why = [e for x in f.facts if x.concept == "us-gaap:Revenues" and x.value == Decimal("5177000000")
           for e in amat.mapped.evidence[x.id]["evidence"]]
    assert any("Semiconductor Systems" in e and "add up" in e for e in why)


def test_the_corporate_row_that_closes_the_sum_is_the_amount_no_segment_holds(amat):
    """"Corporate and Other ... Unallocated net revenue $ 18" is us-gaap:Revenues of corporate, not a segment; its
    "Total $ (275)" closes the segments' operating income (1,824 + 492 + 5 - 275 = 2,046)."""
    f = amat.mapped.filing
    corporate = {ITEMS: "us-gaap:CorporateNonSegmentMember"}
    assert fact(f, "us-gaap:Revenues", **Q4, unit="USD", dims=corporate).value == Decimal("18000000")
    assert fact(f, "us-gaap:OperatingIncomeLoss", **Q4, unit="USD", dims=corporate).value == Decimal("-275000000")
    assert not [x for x in amat.report.findings if x.code == "source.membersDoNotAdd" and "us-gaap:" in x.message]


def test_a_reconciliation_headed_by_the_segments_names(amat):
    """The reconciliation's "Applied Global Services Non-GAAP Operating Income GAAP reported operating income $ 492 ...
    Non-GAAP operating income $ 492 ... Non-GAAP operating margin 30.0 %" stand under the segment's name: its figures,
    not the company's (they had been one concept without a member, and its figures disagreed)."""
    f = amat.mapped.filing
    ags = {SEGMENT: "amat:AppliedGlobalServicesMember"}
    assert fact(f, "amat:NonGAAPOperatingIncome", **Q4, unit="USD", dims=ags).value == Decimal("492000000")
    assert fact(f, "amat:NonGAAPOperatingIncome", **Q4, unit="USD", dims={SEGMENT: "amat:DisplayMember"}).value == Decimal("5000000")
    assert fact(f, "amat:NonGAAPOperatingMargin", **Q4, dims=ags).value == Decimal("0.300")
    assert not [d for d in amat.mapped.duplicates if not d.agrees]


def test_without_a_heading_of_segments_the_tables_are_the_companys_own(tmp_path):
    """The same tables after a paragraph that does not speak of segments: their names could be anything's
    (regions, product lines): no member, the company's own line items as before."""
    text = FIXTURE.read_text()
    start = text.index("Fourth Quarter and Fiscal Year Reportable Segment Information")
    end = text.index("Semiconductor Systems Q4 FY2024")
    out = _convert(text[:start] + "Prior-year numbers have been recast to conform to the current-year presentation. " + text[end:], tmp_path)
    f = out.mapped.filing
    assert not [c for c in f.contexts if any(d.axis == SEGMENT for d in c.dims)]
    assert [x for x in f.facts if x.value == Decimal("5177000000") and x.concept.startswith("amat:")]


def test_figures_that_do_not_add_up_decide_nothing(tmp_path):
    """Display's net revenue and operating income printed 10 higher: neither line item adds up to the consolidated
    figure any more; the tables stay the company's own line items, without members."""
    text = FIXTURE.read_text().replace("Net revenue $ 211 $ 298 $ 885 $ 868 Operating income $ 5 $ 63 $ 51 $ 114",
                                       "Net revenue $ 221 $ 308 $ 895 $ 878 Operating income $ 15 $ 73 $ 61 $ 124")
    out = _convert(text, tmp_path)
    f = out.mapped.filing
    assert [x for x in f.facts if x.value == Decimal("221000000")]
    assert not [c for c in f.contexts if any(d.axis in (SEGMENT, ITEMS) for d in c.dims)]


# UnitedHealth's fourth-quarter 2024 release: three "Quarterly and Annual Financial Performance" tables (in billions)
# named only by the paragraph before them, then its statement of operations and the "REVENUES BY BUSINESS" /
# "EARNINGS BY BUSINESS" tables of segment columns (lines 1-64, 95-123 and 187-259 of the release)
UNH = Path(__file__).parent / "fixtures" / "unitedhealth-q4-2024-segment-summaries.txt"
UNH_Q4 = dict(start=date(2024, 10, 1), end=date(2024, 12, 31))
UNH_FY = dict(start=date(2024, 1, 1), end=date(2024, 12, 31))


@pytest.fixture(scope="module")
def unh(tmp_path_factory):
    return _convert(UNH.read_text(), tmp_path_factory.mktemp("unh"))


def _fact_of(out, table: str, raw: str):
    fid = next(o.fact for o in out.mapped.outcomes if o.table == table and o.raw == raw and o.fact)
    return next(x for x in out.mapped.filing.facts if x.id == fid)


def test_a_segments_summary_is_its_column_of_the_segment_table(unh):
    """"UnitedHealthcare provides health care benefits ..." / "Revenues | $74.1 | | $74.1 | | $70.8 | | | $298.2 ...":
    the "UnitedHealthcare" column of "REVENUES BY BUSINESS" ("Total revenues | | $74,132 | ...", $70,808, $298,208,
    $281,360) rounded: us-gaap:Revenues of that segment (it was unh:Revenues, beside the consolidated $100.8);
    "Earnings from Operations | $3.0" is its $2,973. The Optum table's "$65.1" is the "Total Optum" column's $65,101."""
    f = unh.mapped.filing
    uhc, optum = {SEGMENT: "unh:UnitedhealthcareMember"}, {SEGMENT: "unh:OptumMember"}
    revenue = _fact_of(unh, "t02", "$74.1")
    assert (revenue.concept, revenue.value) == ("us-gaap:Revenues", Decimal("74132000000"))
    assert revenue is fact(f, "us-gaap:Revenues", **UNH_Q4, unit="USD", dims=uhc)
    assert _fact_of(unh, "t02", "$3.0") is fact(f, "us-gaap:OperatingIncomeLoss", **UNH_Q4, unit="USD", dims=uhc)
    assert _fact_of(unh, "t03", "$65.1") is fact(f, "us-gaap:Revenues", **UNH_Q4, unit="USD", dims=optum)
    assert fact(f, "unh:OperatingMargin", **UNH_FY, dims=uhc).value == Decimal("0.052")  # "Operating Margin ... 5.2%"
    # the consolidated summary stays the consolidated facts
    assert _fact_of(unh, "t01", "$100.8") is fact(f, "us-gaap:Revenues", **UNH_Q4, unit="USD", dims={})
    assert not [x for x in f.facts if x.concept in ("unh:Revenues", "unh:RevenuesT03", "unh:EarningsFromOperations")]


def test_a_summary_that_disagrees_with_the_column_in_one_period_is_left(tmp_path):
    """The UnitedHealthcare table's fourth-quarter revenues printed $75.1 instead of $74.1: its revenues agree with the
    segment's column in three periods and not in the fourth: not that segment's table, its rows stay the company's own."""
    text = UNH.read_text().replace("Revenues | $74.1 | | $74.1 |", "Revenues | $75.1 | | $74.1 |")
    out = _convert(text, tmp_path)
    assert _fact_of(out, "t02", "$75.1").concept.startswith("unh:")
    assert _fact_of(out, "t02", "$3.0").concept.startswith("unh:")


def test_prose_between_tables_read_token_by_token():
    """Whether prose stands between two tables (segment_tables._has_sentence): seven words, then one ending with a full
    stop. Read from the end of each stop, not by a pattern over the whole text: a fuzzed IIJ release whose text
    between two tables was one 200 KB line without a full stop took four minutes to map (the pattern backtracked)."""
    from prxbrl.mapping.segment_tables import _has_sentence

    # Howard Hughes Q4 2025, before its NOI reconciliation; Applied Materials' segment tables stand after a heading
    assert _has_sentence("We use NOI to evaluate our operating performance on a property-by-property basis because NOI "
                         "allows us to evaluate the impact that property-specific factors have on our operating results.")
    assert not _has_sentence("A reconciliation of segment EBT to NOI for Operating Assets is presented in the table below:")
    assert not _has_sentence("Semiconductor Systems\n(In millions)")
    assert not _has_sentence("| | | |\n" + "1,234 5,678 " * 20000)
    assert _has_sentence("1,234 5,678 " * 20000 + "\nThe segments below are the ones the company reports to its chief officer.")
