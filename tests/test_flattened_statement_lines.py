"""Statements flattened onto one line each (NewMediaWire copies whose tables lost their breaks), from the unseen20
releases: Nephros Q4 2024 (fixtures/nephros-q4-2024.md, balance sheet on line 95, statement of operations on line 97)
and GeoVax 2024 (fixtures/geovax-fy2024.md, statement of operations on line 96). Provenance in each fixture's first
line."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import prxbrl
from prxbrl.tables.run_on import run_on_records

FIXTURES = Path(__file__).parent / "fixtures"
NEPHROS = FIXTURES / "nephros-q4-2024.md"

Q4_24, Q4_23, FY24, FY23 = ("2024-10-01", "2024-12-31"), ("2023-10-01", "2023-12-31"), ("2024-01-01", "2024-12-31"), (
    "2023-01-01", "2023-12-31")


@pytest.fixture(scope="module")
def nephros(tmp_path_factory):
    out = tmp_path_factory.mktemp("nephros")
    res = prxbrl.convert(NEPHROS, out, validate=False)
    facts: dict[tuple, Decimal] = {}
    for f in res.facts:
        if f.concept.startswith("dei:") or f.dimensions:
            continue
        when = (str(f.period_start), str(f.period_end)) if f.period_start else str(f.period_end)
        facts[(f.concept.split(":")[1], when)] = f.value
    cells = json.loads((out / "report.json").read_text())["cells"]
    return facts, cells


def _line(no: int) -> str:
    return NEPHROS.read_text(encoding="utf-8").split("\n")[no - 1]


def test_dates_in_the_stock_rows_descriptions_head_no_columns(nephros):
    """Line 95: "Preferred stock, $.001 par value; 5,000,000 shares authorized at December 31, 2024 and 2023; no shares
    issued and outstanding at December 31, 2024 and 2023 - -Common stock, $.001 par value; 40,000,000 shares authorized
    at December 31, 2024 and 2023; 10,544,691 and 10,543,675 shares issued and outstanding at December 31, 2024 and
    2023, respectively 11 10Additional paid-in capital ...". The dates the descriptions name ("at December 31, 2024 and
    2023", also after "; no shares issued and outstanding") were read as column headers, and every row after them
    (paid-in capital, deficit, equity, the balance sheet's total) was excluded as columns undistinguished."""
    facts, _ = nephros
    assert facts[("StockholdersEquity", "2024-12-31")] == Decimal("8585000")
    assert facts[("StockholdersEquity", "2023-12-31")] == Decimal("8358000")
    assert facts[("AdditionalPaidInCapital", "2024-12-31")] == Decimal("152906000")
    assert facts[("RetainedEarningsAccumulatedDeficit", "2023-12-31")] == Decimal("-144406000")
    assert facts[("LiabilitiesAndStockholdersEquity", "2024-12-31")] == Decimal("11210000")
    # the common stock's row keeps its whole description as its label; the preferred stock's nil row gives nothing
    assert facts[("CommonStockValue", "2024-12-31")] == Decimal("11000")
    assert facts[("CommonStockValue", "2023-12-31")] == Decimal("10000")
    assert not any(c.startswith("PreferredStock") for c, _ in facts)
    rows = {r.label: [f.text for f in r.figures or []] for r in run_on_records(_line(95), 95) if r.kind == "data"}
    stock = next(label for label in rows if label.startswith("Common stock"))
    assert stock.endswith("at December 31, 2024 and 2023, respectively") and rows[stock] == ["11", "10"]
