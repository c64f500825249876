"""Members of a breakdown: a subtotal of some of them is their parent member, not their sibling; a heading naming the
segments puts its rows on the segment axis; two breakdowns of one total printed in two tables add up each on its own.
The rows are the releases' own (labels and figures as printed), in markdown."""

from __future__ import annotations

import json
import re

from conftest import plain_facts

# Oracle Q4 fiscal 2014 (EX-99.1, /work/unseen24/oracle-q4-fy2014.html, lines 175-508 of its statement of operations):
# components indented 3em, the subtotals "Software and Cloud Revenues" and "Hardware Systems Revenues" at 5em after a
# rule, "Total Revenues" at 6em
ORACLE = """# ORACLE CORPORATION

## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS ($ in millions, except per share data)

| | Three Months Ended May 31, 2014 | Three Months Ended May 31, 2013 |
|---|---|---|
| REVENUES | | |
| New software licenses | $ 3,769 | $ 3,769 |
| Cloud software-as-a-service and platform-as-a-service | 322 | 257 |
| Cloud infrastructure-as-a-service | 128 | 113 |
| Software license updates and product support | 4,695 | 4,402 |
| Software and Cloud Revenues | 8,914 | 8,541 |
| Hardware systems products | 870 | 849 |
| Hardware systems support | 596 | 582 |
| Hardware Systems Revenues | 1,466 | 1,431 |
| Services Revenues | 940 | 975 |
| Total Revenues | 11,320 | 10,947 |
| OPERATING EXPENSES | | |
| Sales and marketing | 2,241 | 2,125 |
| Research and development | 1,349 | 1,264 |
| Total Operating Expenses | 3,590 | 3,389 |
"""

# Apple Q1 fiscal 2024 (corpus apple-q1-fy2024): the statement's net sales by products and services, then its footnote
# "(1) Net sales by reportable segment" (the balance sheet's year-end column dates the 52/53-week quarter)
APPLE = """# Apple Inc.

## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited) (In millions)

| | Three Months Ended December 30, 2023 | Three Months Ended December 31, 2022 |
|---|---|---|
| Net sales: | | |
| Products | $ 96,458 | $ 96,388 |
| Services | 23,117 | 20,766 |
| Total net sales (1) | 119,575 | 117,154 |
| Cost of sales: | | |
| Products | 58,440 | 60,765 |
| Services | 6,280 | 6,057 |
| Total cost of sales | 64,720 | 66,822 |
| Gross margin | 54,855 | 50,332 |
| (1) Net sales by reportable segment: | | |
| Americas | $ 50,430 | $ 49,278 |
| Europe | 30,397 | 27,681 |
| Greater China | 20,819 | 23,905 |
| Japan | 7,767 | 6,755 |
| Rest of Asia Pacific | 10,162 | 9,535 |
| Total net sales | $ 119,575 | $ 117,154 |

## CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited) (In millions)

| | December 30, 2023 | September 30, 2023 |
|---|---|---|
| Total current assets | $ 143,692 | $ 143,566 |
| Total non-current assets | 209,822 | 209,017 |
| Total assets | $ 353,514 | $ 352,583 |
"""

# Amazon Q3 2025 (corpus amazon-q3-2025): net product and service sales in the statement of operations (lines 144-146),
# net sales by category in the supplemental table (lines 366-379), Q3 2024 and Q3 2025 columns
AMAZON = """# AMAZON.COM, INC.

## Consolidated Statements of Operations (in millions) (unaudited)

| | Three Months Ended September 30, 2024 | Three Months Ended September 30, 2025 |
|---|---|---|
| Net product sales | $ 67,601 | $ 74,058 |
| Net service sales | 91,276 | 106,111 |
| Total net sales | 158,877 | 180,169 |
| Operating expenses: | | |
| Cost of sales | 80,977 | 88,670 |
| Fulfillment | 24,660 | 27,679 |
| Total operating expenses | 105,637 | 116,349 |

## Supplemental Net Sales Information (in millions) (unaudited)

| | Three Months Ended September 30, 2024 | Three Months Ended September 30, 2025 |
|---|---|---|
| Net Sales: | | |
| Online stores (1) | $ 61,411 | $ 67,407 |
| Physical stores (2) | 5,228 | 5,578 |
| Third-party seller services (3) | 37,864 | 42,486 |
| Advertising services (4) | 14,331 | 17,703 |
| Subscription services (5) | 11,278 | 12,574 |
| AWS | 27,452 | 33,006 |
| Other (6) | 1,313 | 1,415 |
| Total net sales | 158,877 | 180,169 |
"""


def _convert(tmp_path, text: str, name: str):
    src = tmp_path / f"{name}.md"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / name
    facts = [r for r in plain_facts(src, out) if not r["concept"].startswith("dei:")]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    definition = next(out.glob("*_def.xml")).read_text(encoding="utf-8")
    arcs = set(re.findall(r'xlink:from="loc_([^"]+)" xlink:to="loc_([^"]+)"', definition))
    return facts, report, arcs


def _members_warnings(report) -> list[str]:
    return [f["message"] for f in report["findings"] if f["code"] == "source.membersDoNotAdd"]


def test_a_subtotal_of_revenue_lines_is_their_parent_member(tmp_path):
    facts, report, arcs = _convert(tmp_path, ORACLE, "oracle")
    rev = {(r["label"], r["period_end"]): (r["value"], r["srt:ProductOrServiceAxis"]) for r in facts if r["concept"] == "us-gaap:Revenues"}
    assert rev[("Hardware systems products", "2014-05-31")] == ("870000000", "oracle:HardwareSystemsProductsMember")
    assert rev[("Hardware Systems Revenues", "2014-05-31")] == ("1466000000", "oracle:HardwareSystemsRevenuesMember")
    assert rev[("Total Revenues", "2013-05-31")] == ("10947000000", "")
    # each part nests in the member of the subtotal it adds up into; the subtotals are the domain's
    for part in ("HardwareSystemsProductsMember", "HardwareSystemsSupportMember"):
        assert ("oracle_HardwareSystemsRevenuesMember", f"oracle_{part}") in arcs
        assert ("srt_ProductsAndServicesDomain", f"oracle_{part}") not in arcs
    for part in ("NewSoftwareLicensesMember", "SoftwareLicenseUpdatesAndProductSupportMember"):
        assert ("oracle_SoftwareAndCloudRevenuesMember", f"oracle_{part}") in arcs
    for top in ("SoftwareAndCloudRevenuesMember", "HardwareSystemsRevenuesMember", "ServicesRevenuesMember"):
        assert ("srt_ProductsAndServicesDomain", f"oracle_{top}") in arcs
    # 8,914 + 1,466 + 940 = 11,320: the top members add up, so no warning
    assert _members_warnings(report) == []


def test_a_heading_naming_the_reportable_segments_puts_its_rows_on_the_segment_axis(tmp_path):
    facts, report, _ = _convert(tmp_path, APPLE, "apple")
    rows = {r["label"]: r for r in facts if r["concept"] == "us-gaap:Revenues" and r["period_end"] == "2023-12-30"}
    assert rows["Americas"]["value"] == "50430000000"
    assert rows["Americas"]["us-gaap:StatementBusinessSegmentsAxis"] == "apple:AmericasMember"
    assert rows["Americas"].get("srt:ProductOrServiceAxis", "") == ""
    assert rows["Products"]["srt:ProductOrServiceAxis"] == "us-gaap:ProductMember"
    assert rows["Services"]["srt:ProductOrServiceAxis"] == "us-gaap:ServiceMember"
    # products + services and the five segments each add up to 119,575
    assert _members_warnings(report) == []


def test_two_breakdowns_of_one_total_in_two_tables_add_up_each_on_its_own(tmp_path):
    facts, report, _ = _convert(tmp_path, AMAZON, "amazon")
    members = {r["srt:ProductOrServiceAxis"] for r in facts if r["concept"] == "us-gaap:Revenues" and r["period_end"] == "2024-09-30"}
    assert {"amazoncom:NetProductSalesMember", "amazoncom:NetServiceSalesMember", "amazoncom:AdvertisingServicesMember"} <= members
    # net product and service sales add up to 158,877 on their own; so do the seven categories, the stores' rows among
    # them (lines of net sales under "Net Sales:", never counts of stores), each breakdown checked on its own
    assert {"amazoncom:OnlineStoresMember", "amazoncom:PhysicalStoresMember"} <= members
    stores = {(r["label"], r["period_end"]): r["value"] for r in facts if r["srt:ProductOrServiceAxis"] == "amazoncom:PhysicalStoresMember"}
    assert stores == {("Physical stores (2)", "2024-09-30"): "5228000000", ("Physical stores (2)", "2025-09-30"): "5578000000"}
    assert _members_warnings(report) == []
