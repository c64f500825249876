"""No extension element is named like a standard one (issue 9: "never one that duplicates a standard element").

A row the mapper leaves to the company although the index reads it as a standard concept (a reconciliation's row that
no statement prints: "Gross profit" in Ai-Media's EBITDA reconciliation, "Share-based compensation" in Aemetis' Adjusted
EBITDA bridge, "Depreciation" in Foresight's and Howard Hughes' reconciliations) took the standard element's own name
as its extension name (``aimedia:GrossProfit`` beside ``us-gaap:GrossProfit``): emit.py's guard against such names
stood on one of the two paths that name a row's own element."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from prxbrl.catalog import catalog
from prxbrl.pipeline import convert

RELEASES = [ROOT / "benchmarks" / "unseen" / "aimedia-fy2023-4e.md", ROOT / "benchmarks" / "unseen" / "aemetis-q4-2024.md",
            ROOT / "tests" / "fixtures" / "foresight-fy2023.md", ROOT / "tests" / "fixtures" / "howard-hughes-q4-2025-reconciliations.txt"]


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.stem)
def test_no_extension_element_is_named_like_a_standard_one(release, tmp_path):
    convert(release, tmp_path / "out", validate=False)
    schema = next(p for p in (tmp_path / "out").glob("*.xsd") if not p.name.startswith("prx-"))
    elements = re.findall(r"<xs:element [^>]*>", schema.read_text(encoding="utf-8"))
    # line items, members and the abstracts of section headings ("ASSETS" is us-gaap:AssetsAbstract, no AssetsAbstract of
    # the company's)
    names = [re.search(r'\bname="([A-Za-z0-9_]+)"', e).group(1) for e in elements]
    assert names
    cat = catalog()
    assert [n for n in names if cat.has(f"us-gaap:{n}") or cat.has(f"srt:{n}")] == []


def test_the_reconciliations_gross_profit_is_no_extension_named_like_the_standard_one(tmp_path):
    # Ai-Media FY2023 4E, the EBITDA reconciliation: "Gross profit 36,860,819 32,868,063", no statement printing it;
    # the release prints no income statement, so it is us-gaap:GrossProfit itself (reconciling.whole_line_item)
    convert(RELEASES[0], tmp_path / "out", validate=False)
    schema = next(p for p in (tmp_path / "out").glob("*.xsd") if not p.name.startswith("prx-")).read_text(encoding="utf-8")
    assert 'name="GrossProfit"' not in schema
