"""A line item of one class or series of shares is that line item's concept with the class's member on
us-gaap:StatementClassOfStockAxis (mapping/share_class.py). Labels and lines from real releases."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from prxbrl.mapping.share_class import share_class
from prxbrl.pipeline import convert

CLASS = "us-gaap:StatementClassOfStockAxis"


@pytest.mark.parametrize("label, base, name, standard", [
    ("Class A common stock", "common stock", "Class A common stock", "us-gaap:CommonClassAMember"),  # Reddit Q1 2026
    ("Repurchases of Class A common stock", "Repurchases of common stock", "Class A common stock", "us-gaap:CommonClassAMember"),
    ("Class B common stock ($0.0001 par value; 500.0 million and nil authorized)",  # Circle Q3 2025
     "common stock ($0.0001 par value; 500.0 million and nil authorized)", "Class B common stock", "us-gaap:CommonClassBMember"),
    ("Class D ordinary shares", "ordinary shares", "Class D common stock", "us-gaap:CommonClassDMember"),
    ("Series A convertible preferred stock", "convertible preferred stock", "Series A preferred stock",
     "us-gaap:SeriesAPreferredStockMember"),
])
def test_the_class_a_label_names(label, base, name, standard):
    sc = share_class(label)
    assert (sc.base, sc.name, sc.standard) == (base, name, standard)


@pytest.mark.parametrize("label", [
    "Net income per share attributable to Class A and Class B common stock",  # Reddit Q1 2026: two classes
    "Net income attributable to Class A common stockholders",  # the holders, no share
    "Series B notes",  # a debt series
    "Common stock", "Preferred stock",
])
def test_labels_naming_no_one_class(label):
    assert share_class(label) is None


def test_reddit_classes_of_common_stock(tmp_path):
    """Reddit Q1 2026's balance sheet: "Class A common stock | 14 | 14", "Class B common stock | 5 | 5", "Class C
    common stock | — | —". Class A had been us-gaap:CommonStockValue without a member (14 thousand: the whole common
    stock, which is 19 thousand), Class B and C the company's own concepts."""
    convert(Path(__file__).parent / "fixtures" / "reddit-q1-2026.txt", tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    stock = {(r[CLASS], r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:CommonStockValue"}
    assert stock == {("us-gaap:CommonClassAMember", "2026-03-31"): "14000", ("us-gaap:CommonClassAMember", "2025-12-31"): "14000",
                     ("us-gaap:CommonClassBMember", "2026-03-31"): "5000", ("us-gaap:CommonClassBMember", "2025-12-31"): "5000",
                     ("us-gaap:CommonClassCMember", "2026-03-31"): "0", ("us-gaap:CommonClassCMember", "2025-12-31"): "0"}
    assert not [r for r in facts if r["concept"].startswith("rddt:Class")]
    buyback = [r for r in facts if r["concept"] == "us-gaap:PaymentsForRepurchaseOfCommonStock" and r["period_start"] == "2026-01-01"]
    assert [(r[CLASS], r["value"]) for r in buyback] == [("us-gaap:CommonClassAMember", "4999000")]
