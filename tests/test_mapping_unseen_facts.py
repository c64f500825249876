"""Wrong facts from mapping on releases the converter had never seen (8-K earnings releases; SEC filing text is
public domain): each test holds the real lines it was found on."""

import csv
from pathlib import Path

from prxbrl.pipeline import convert

FIXTURES = Path(__file__).parent / "fixtures"


def _convert(tmp_path, text: str, name: str = "release.txt") -> list[dict]:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def _dims(row: dict) -> list[str]:
    return [v for k, v in row.items() if k.endswith("Axis") and v]


def test_cost_of_goods_sold_is_a_line_item_not_a_category_goods_sold(tmp_path):
    # Karat Packaging Q2 2026 (also BellRing Q3 FY2026, Strattec Q4 FY2026, Applied Materials' "Cost of products
    # sold"): "cost of (.+)" made "goods sold" a member of us-gaap:CostOfRevenue
    facts = _convert(tmp_path, (FIXTURES / "karat-q2-2026-income-excerpt.txt").read_text(encoding="utf-8"))
    cogs = [r for r in facts if r["label"] == "Cost of goods sold"]
    assert len(cogs) == 4
    assert all(not _dims(r) for r in cogs)
    assert all(r["concept"] == "us-gaap:CostOfGoodsAndServicesSold" for r in cogs)
    assert {r["value"] for r in cogs} == {"59142000", "74879000", "134563000", "137741000"}


MILLERKNOLL = (FIXTURES / "millerknoll-q4-fy2026-excerpt.txt").read_text(encoding="utf-8")


def test_investing_activities_under_cash_provided_by_used_in_is_the_net_cash(tmp_path):
    # MillerKnoll Q4 FY2026 (and BellRing Q3 FY2026): "Cash provided by (used in): / Investing activities (115.6)"
    # was us-gaap:PaymentsForProceedsFromOtherInvestingActivities +115.6 (the index's "other investing activities")
    facts = _convert(tmp_path, MILLERKNOLL)
    rows = [r for r in facts if r["label"] == "Investing activities"]
    assert {(r["concept"], r["value"]) for r in rows} == {
        ("us-gaap:NetCashProvidedByUsedInInvestingActivities", "-115600000"),
        ("us-gaap:NetCashProvidedByUsedInInvestingActivities", "-100900000")}
