"""A header row whose label cell holds the table's note (scale, currency, "For the periods ended December 31"):
the note speaks of the whole table, the cells beside it are the column headers. Lines of two IFRS releases the
converter was never built on (tables/label_caption.py, tables/columns.py, extraction.toml currencies)."""

from __future__ import annotations

import csv
from pathlib import Path

from prxbrl.pipeline import convert
from prxbrl.tables.headers import parse_header

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(name: str, tmp_path: Path) -> list[dict]:
    convert(FIXTURES / name, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_a_canadian_dollar_sign_is_one_unit():
    """"(thousands of Canadian $)" had been three items: "thousands", "of Canadian" and a "$" (U.S. dollars)."""
    items = parse_header("UNAUDITED (thousands of Canadian $)")
    assert [(i.kind, i.currency, i.scale) for i in items] == [("unit", "CAD", 3)]
    assert [i.kind for i in parse_header("Years Ended 2024")] == ["period", "period"]  # no text left over


def test_cmg_financial_position(tmp_path):
    """"| UNAUDITED (thousands of Canadian $) | December 31, 2024 |  | March 31, 2024 |  | April 1, 2023 |": the "$"
    of the note had stood for a column, every figure of the statement shifted by one (Cash at December 31, 2024 was
    the April 1, 2023 figure 66,850), and every amount was U.S. dollars."""
    facts = _facts("cmg-q3-fy2025-financial-position.md", tmp_path)
    cash = {r["period_end"]: (r["unit"], r["value"]) for r in facts if r["concept"] == "us-gaap:Cash"}
    assert cash == {"2024-12-31": ("iso4217:CAD", "39731000"), "2024-03-31": ("iso4217:CAD", "63083000"),
                    "2023-04-01": ("iso4217:CAD", "66850000")}
    assert not [r for r in facts if r["unit"].startswith("iso4217:USD")]


def test_brookfield_statement_of_operations(tmp_path):
    """"| UnauditedFor the periods ended December 31(US$ millions, except per share amounts) | Three Months Ended |
    ... | Years Ended |" over "| | 2024 | | 2023 | ... |": the label cell had been the table's title and its
    header row with it, the years alone then full years in every column (columns_undistinguished); "Years Ended"
    over a year was a segment "YearsEndedMember". The day the periods end is the note's."""
    facts = _facts("brookfield-q4-2024-operations.md", tmp_path)
    revenues = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:Revenues"}
    assert revenues == {("2024-10-01", "2024-12-31"): "19426000000", ("2023-10-01", "2023-12-31"): "24518000000",
                        ("2024-01-01", "2024-12-31"): "86006000000", ("2023-01-01", "2023-12-31"): "95924000000"}
    assert not [r for r in facts if any(k.endswith("Axis") and v for k, v in r.items())]
