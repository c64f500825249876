"""A segment table with two blocks: "Total revenues:" over the segments and "Consolidated", then "Income (loss) before
income taxes:" over the segments, their "Segment income", and the line items that reconcile it to the consolidated
pre-tax income. Lines of Parks! America's first-quarter fiscal 2025 release."""

from __future__ import annotations

import csv
from pathlib import Path

from prxbrl.pipeline import convert

FIXTURE = Path(__file__).parent / "fixtures" / "parks-q1-fy2025-segments.md"
SEGMENT = "us-gaap:StatementBusinessSegmentsAxis"


def _facts(tmp_path):
    convert(FIXTURE, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_a_consolidated_row_closes_its_block(tmp_path):
    """"| Consolidated | $ | 1,770,458 |" totals the revenues block: the heading after it, "Income (loss) before income
    taxes:", starts a block of its own (it had been read inside "Total revenues", and every row after it, "Interest
    expense" included, was us-gaap:Revenues with a member; the segments' revenues then collided with their pre-tax
    income and were dropped)."""
    facts = _facts(tmp_path)
    q1 = [r for r in facts if r["period_end"] == "2024-12-29" and r["period_start"]]
    # (the segments' member: the tables follow "Financial information regarding each of the Company's reportable
    # segments is summarized in the tables below.", test_segments_introduced_in_prose.py)
    revenues = {r.get(SEGMENT, ""): r["value"] for r in q1 if r["concept"] == "us-gaap:Revenues"}
    assert revenues == {"": "1770458", "parks:GeorgiaMember": "1110718", "parks:MissouriMember": "289761",
                        "parks:TexasMember": "369979"}
    by = {r["concept"]: r["value"] for r in q1 if not r.get(SEGMENT) and not r.get("srt:ProductOrServiceAxis")}
    assert by["us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"] == "276941"
    assert by["us-gaap:InterestExpense"] == "57469"


def test_rows_beside_line_items_are_line_items_not_members(tmp_path):
    """"Contested proxy and related matters, net" and "Other (income), net" add up with "Corporate expenses",
    "Depreciation and amortization" and "Interest expense" (line items of their own) into the consolidated pre-tax
    income: the company's own line items, never members of it."""
    facts = _facts(tmp_path)
    members = [r for r in facts if r.get("srt:ProductOrServiceAxis") or r.get(SEGMENT)]
    assert not [r for r in members if r["label"] in ("Contested proxy and related matters, net", "Other (income), net",
                                                     "Interest expense", "Corporate expenses", "Segment income")]
