"""Tables that name no kind, right after text that speaks of the company's segments, are the segments' tables
(segment_tables.introduced_as_segments): their breakdowns are by segment. A heading that says it totals ("Total
assets:") names a line item, not a classification (indexed.classification). "Consolidated" under a heading naming a
line item is the whole company's figure, never a segment's (segment_heading.member_heading). The fixture is Parks!
America's first-quarter fiscal 2025 release: "Financial information regarding each of the Company's reportable
segments is summarized in the tables below." over "Total revenues:" / "Georgia $ 1,110,718" ... "Consolidated $
1,770,458", and "As of" / "Total assets:" / "Georgia $ 7,574,529 $ 7,520,918" ... "Consolidated $ 18,700,538 $
19,194,071"."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import fact

FIXTURE = Path(__file__).parent / "fixtures" / "parks-q1-fy2025-segments.md"
SEGMENT = "us-gaap:StatementBusinessSegmentsAxis"
PRODUCT = "srt:ProductOrServiceAxis"
Q1 = dict(end=date(2024, 12, 29))


@pytest.fixture(scope="module")
def parks(tmp_path_factory):
    from prxbrl.pipeline import convert

    tmp = tmp_path_factory.mktemp("parks")
    return convert(FIXTURE, tmp / "out", validate=False)


def test_rows_breaking_down_a_line_item_after_segment_prose_are_segments(parks):
    """"Georgia $ 1,110,718" under "Total revenues:" is us-gaap:Revenues of the Georgia segment (it was on the
    product axis); "Georgia $ 89,416" under "Depreciation and amortization:" likewise, in the next table of the run."""
    f = parks.mapped.filing
    assert fact(f, "us-gaap:Revenues", **Q1, unit="USD", dims={SEGMENT: "parks:GeorgiaMember"}).value == Decimal("1110718")
    assert fact(f, "us-gaap:DepreciationAndAmortization", **Q1, unit="USD", dims={SEGMENT: "parks:GeorgiaMember"}).value == Decimal("89416")
    ctx = {c.id: c for c in f.contexts}
    assert not [x for x in f.facts if any(d.axis == PRODUCT for d in ctx[x.context].dims)]


def test_total_assets_heading_names_the_line_item(parks):
    """"Total assets:" / "Consolidated $ 18,700,538 $ 19,194,071" is us-gaap:Assets (it was parks:TotalAssetsConsolidated,
    the heading read as a classification of assets); "Texas $ 7,818,685" is the Texas segment's assets."""
    f = parks.mapped.filing
    assert fact(f, "us-gaap:Assets", instant=date(2024, 12, 29), unit="USD", dims={}).value == Decimal("18700538")
    assert fact(f, "us-gaap:Assets", instant=date(2024, 9, 29), unit="USD", dims={}).value == Decimal("19194071")
    assert fact(f, "us-gaap:Assets", instant=date(2024, 12, 29), unit="USD", dims={SEGMENT: "parks:TexasMember"}).value == Decimal("7818685")
    assert not [x for x in f.facts if x.concept == "parks:TotalAssetsConsolidated"]


def test_consolidated_under_a_line_items_heading_is_no_segment(parks):
    """"Consolidated $ 276,941" under "Income (loss) before income taxes:" in the segments' table is the company's
    income before income taxes, not a segment named by the heading (nor parks:IncomeBeforeIncomeTaxesConsolidated)."""
    f = parks.mapped.filing
    concept = "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
    assert fact(f, concept, **Q1, unit="USD", dims={}).value == Decimal("276941")
