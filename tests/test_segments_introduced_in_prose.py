"""Tables that name no kind, right after text that speaks of the company's segments, are the segments' tables
(segment_tables.introduced_as_segments): their breakdowns are by segment. A heading that says it totals ("Total
assets:") names a line item, not a classification (indexed.classification). "Consolidated" under a heading naming a
line item is the whole company's figure, never a segment's (segment_heading.member_heading). The fixture is Parks!
America's first-quarter fiscal 2025 release: "Financial information regarding each of the Company's reportable
segments is summarized in the tables below." over "Total revenues:" / "Georgia $ 1,110,718" ... "Consolidated $
1,770,458", and "As of" / "Total assets:" / "Georgia $ 7,574,529 $ 7,520,918" ... "Consolidated $ 18,700,538 $
19,194,071". A sentence of a note that only mentions the segments introduces no tables (UnitedHealth Group Q4 2024,
its reconciliation of non-GAAP measures, release lines 1-3 and 294-358)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import fact

UNH = """ 
 EX-99.1
 2
 UNITEDHEALTH GROUP 
 RECONCILIATION OF NON-GAAP FINANCIAL MEASURES 
 | | | 
 Use of Non-GAAP Financial Measures | 
 Adjusted net earnings per share, adjusted earnings from operations, adjusted operating margin, adjusted net margin and adjusted revenues are non-GAAP financial measures. Non-GAAP financial measures should be considered in addition to, but not as a substitute for, or superior to, financial measures prepared in accordance with GAAP. Adjustments made to these measures are as follows: 
 Intangible Amortization: Adjusted net earnings per share excludes intangible amortization from the relevant GAAP measure. As amortization fluctuates based on the size and timing of the Company’s acquisition activity, management believes this exclusion presents a more useful comparison of the Company's underlying business performance and trends from period to period. While intangible assets contribute to the Company’s revenue generation, the intangible amortization is not directly related. Therefore, the related revenues are included in adjusted earnings per share. 
 South American Impacts: Adjusted net earnings per share and adjusted net margin excludes the effects of various international transactions, including the loss on sale of our Brazilian operations that was completed on February 6, 2024, the loss on our remaining South American operations being classified as held for sale and certain other non-recurring matters impacting our South American operations. Adjusted earnings from operations, adjusted operating margin and adjusted revenues excludes the effects of certain non-recurring matters impacting our South American operations. As these matters are related to the Company's strategy to exit South America, the impact is not representative of the Company's underlying business performance and therefore management believes the exclusion presents a more useful comparison of the Company's underlying business performance and trends from period to period. 
 Direct Response Costs - Cyberattack: Adjusted net earnings per share, adjusted earnings from operations, adjusted operating margin and adjusted net margin excludes cyberattack direct response costs. Management believes the exclusion of costs incurred to investigate and remediate the attack, other direct and incremental costs incurred as a result of the cyberattack and incremental costs for accommodations to support care providers presents a more useful comparison of the Company's and its reportable segments' underlying business performance and trends from period to period. 
 Note: See pages 4 and 5 for reconciliation of GAAP amounts to adjusted revenues, adjusted earnings from operations and adjusted operating margin. 
 | 
 7 
 UNITEDHEALTH GROUP 
 RECONCILIATION OF NON-GAAP FINANCIAL MEASURES 
 (in millions, except per share data; unaudited) 
 Adjusted Net Earnings Per Share 
 | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | 
 | | Three Months Ended December 31, | | Year Ended December 31, | | Projected Year Ended December 31, | 
 | | 2024 | | 2023 | | 2024 | | 2023 | | 2025 | 
 Net earnings attributable to UnitedHealth Group common shareholders | | $5,543 | | $5,455 | | $14,405 | | $22,381 | | $25,850 - $26,450 | 
 Intangible amortization | | 423 | | 400 | | 1,665 | | 1,578 | | ~1,625 | 
 Tax effect of intangible amortization | | (103) | | (100) | | (408) | | (392) | | ~(400) | 
 South American impacts | | 24 | | — | | 8,459 | | — | | — | 
 Tax effect of South American impacts | | 27 | | — | | (126) | | — | | — | 
 Direct response costs - cyberattack | | 513 | | — | | 2,223 | | — | | — | 
 Tax effect of direct response costs - cyberattack | | (116) | | — | | (519) | | — | | — | 
 Adjusted net earnings attributable to UnitedHealth Group common shareholders | | $6,311 | | $5,755 | | $25,699 | | $23,567 | | $27,075 - $27,675 | 
 | | | | | | | | | | | 
 Diluted earnings per share | | $5.98 | | $5.83 | | $15.51 | | $23.86 | | $28.15 - $28.65 | 
 Intangible amortization per share | | 0.46 | | 0.44 | | 1.79 | | | 1.68 | | ~1.75 | 
 Tax effect of intangible amortization per share | | (0.11) | | | (0.11) | | | (0.44) | | | (0.42) | | | ~(0.40) | 
 South American impacts per share | | 0.03 | | — | | 9.11 | | | — | | — | 
 Tax effect of South American impacts per share | | 0.03 | | — | | (0.14) | | | — | | — | 
 Direct response costs - cyberattack per share | | 0.55 | | — | | 2.39 | | — | | — | 
 Tax effects of direct response costs - cyberattack per share | | (0.13) | | | — | | (0.56) | | | — | | — | 
 Adjusted diluted earnings per share | | $6.81 | | $6.16 | | $27.66 | | $25.12 | | $29.50 - $30.00 | 
 | | | | | | | | | | | 
 Additional Information: Total Cyberattack Impacts | | | | | | | | | | | 
 Business disruption impacts (a) | | $120 | | $— | | $867 | | $— | | $— | 
 Tax effect of business disruption impacts (a) | | (14) | | — | | (153) | | — | | — | 
 Business disruption impacts, net of tax (a) | | $106 | | $— | | $714 | | $— | | $— | 
 | | | | | | | | | | | 
 Business disruption impacts per share (a) | | $0.12 | | $— | | $0.77 | | $— | | $— | 
 | | | | | | | | | | | 
 Total cyberattack impacts | | $633 | | $— | | $3,090 | | $— | | $— | 
 Tax effect of total cyberattack impacts | | (130) | | — | | (672) | | — | | — | 
 Total cyberattack impacts, net of tax | | $503 | | $— | | $2,418 | | $— | | $— | 
 | | | | | | | | | | | 
 Total cyberattack impacts per share | | $0.54 | | $— | | $2.60 | | $— | | $— | 
 (a) Amounts represent reduced revenues due to business disruption. These amounts are not included within the adjustment to net earnings. 
 8 
 Adjusted Net Margin | | | | | | | | | | | | | | | 
 | | Three Months Ended December 31, 2024 | | Year Ended December 31, 2024 | 
 Consolidated revenue | | $100,807 | | $400,278 | 
 South American impacts | | — | | 220 | 
 Adjusted consolidated revenues | | $100,807 | | $400,498 | 
 | | | | | 
 Net earnings attributable to UnitedHealth Group common shareholders | | $5,543 | | $14,405 | 
 South American impacts | | 24 | | 8,459 | 
 Tax effect of South American impacts | | 27 | | (126) | 
 Direct response costs - cyberattack | | 513 | | 2,223 | 
 Tax effect of direct response costs - cyberattack | | (116) | | (519) | 
 Adjusted net earnings attributable to UnitedHealth Group common shareholders for South American impacts and direct response costs | | $5,991 | | $24,442 | 
 | | | | | 
 Net margin attributable to UnitedHealth Group common shareholders | | 5.5 | % | | 3.6 | % | 
 Adjusted net margin attributable to UnitedHealth Group common shareholders for South American impacts and direct response costs | | 5.9 | % | | 6.1 | % | 
"""
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


def test_a_notes_sentence_mentioning_segments_introduces_no_segment_tables(tmp_path):
    """"... presents a more useful comparison of the Company's and its reportable segments' underlying business
    performance and trends from period to period." stands in the notes above the "Adjusted Net Margin" reconciliation:
    its adjustments ("South American Impacts", "Tax effect of ...") are no segments (they went on the segment axis when
    any sentence speaking of segments made the tables after it segment tables)."""
    from prxbrl.pipeline import convert

    src = tmp_path / "unh.txt"
    src.write_text(UNH)
    f = convert(src, tmp_path / "out", validate=False).mapped.filing
    assert f.facts
    assert not [c for c in f.contexts if any(d.axis == SEGMENT for d in c.dims)]
