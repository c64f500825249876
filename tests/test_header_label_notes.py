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


def test_cmg_segment_summary_period_in_label_cell(tmp_path):
    """CMG Q3 FY2025, lines 86-94 of the release:
    "|  | Reservoir & Production Solutions | | |  | Seismic Solutions | | |  | Consolidated | | |  |" over
    "| Three months ended December 31,($ thousands, except per share data) | 2024 |  | 2023 |  | 2024 | ..." over
    "| Total revenue | 21,691 |  | 21,803 |  | 14,082 |  | 11,204 |  | 35,773 |  | 33,007 |  |".
    The period phrase in the label cell had been read as a note on the table, the years alone had no period (all 431
    figures of the four segment tables excluded, no revenue fact in the release), and the line of segment names had
    been the table's title. The "$" of a release whose statements say "thousands of Canadian $" is the Canadian
    dollar; "| (1 | %) |" is -1 %."""
    facts = _facts("cmg-q3-fy2025-segments.md", tmp_path)
    axis = "us-gaap:StatementBusinessSegmentsAxis"
    revenue = {(r["period_start"], r[axis]): r["value"] for r in facts
               if r["concept"] == "us-gaap:Revenues" and r["label"] == "Total revenue" and r["unit"] == "iso4217:CAD"}
    assert revenue == {
        ("2024-10-01", "computer:ReservoirAndProductionSolutionsMember"): "21691000",
        ("2023-10-01", "computer:ReservoirAndProductionSolutionsMember"): "21803000",
        ("2024-10-01", "computer:SeismicSolutionsMember"): "14082000",
        ("2023-10-01", "computer:SeismicSolutionsMember"): "11204000",
        ("2024-10-01", ""): "35773000",  # Consolidated: the total, no member
        ("2023-10-01", ""): "33007000",
        ("2024-04-01", "computer:ReservoirAndProductionSolutionsMember"): "67163000",  # "Nine months ended ..."
        ("2023-04-01", "computer:ReservoirAndProductionSolutionsMember"): "64620000",
        ("2024-04-01", "computer:SeismicSolutionsMember"): "28600000",
        ("2023-04-01", "computer:SeismicSolutionsMember"): "11768000",
        ("2024-04-01", ""): "95763000",
        ("2023-04-01", ""): "76388000",
    }
    assert all(r["period_end"] in ("2024-12-31", "2023-12-31") for r in facts if r["table"] in ("t01", "t02"))
    growth = [r for r in facts if r["label"] == "Total revenue growth" and r["period_start"] == "2024-10-01"
              and r[axis] == "computer:ReservoirAndProductionSolutionsMember"]
    assert [(r["unit"], r["value"]) for r in growth] == [("xbrli:pure", "-0.01")]
    assert not [r for r in facts if r["unit"].startswith("iso4217:USD")]
