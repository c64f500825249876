"""The bare "$" of an Australian issuer's ASX report is the Australian dollar (extraction.toml [currencies]
domestic_dollars, the AUD entry), as long as the release names the U.S. dollar nowhere.

From Ai-Media's FY2023 and FY2024 Appendix 4E (tests/fixtures/aimedia-fy202*-4e.md): "ABN: / 12 122 058 708"
(lines 7-9), "Australian Accounting Standards (AASBs)", "Appendix 4E" (FY2024), signed "Sydney"; no currency named."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from prxbrl.pipeline import convert
from prxbrl.reporting_currency import domestic_dollar

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["aimedia-fy2023-4e.md", "aimedia-fy2024-4e.md"])
def test_an_asx_report_is_in_australian_dollars(tmp_path, name):
    out = tmp_path / "out"
    convert(FIXTURES / name, out, formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next(out.glob("*-facts-plain.csv")).open(encoding="utf-8")))
    units = {r["unit"] for r in rows if r["unit"].startswith("iso4217:")}
    assert units == {"iso4217:AUD"}  # "Revenues from ordinary activities ... 61,769,967" (line 21)


def test_the_evidence_must_all_be_there():
    lines = (FIXTURES / "aimedia-fy2023-4e.md").read_text(encoding="utf-8").splitlines()
    assert domestic_dollar(lines, []) == "AUD"
    assert domestic_dollar(lines + ["Revenue was US$41.2 million."], []) is None  # the U.S. dollar named: kept
    # no place in Australia named
    assert domestic_dollar([x.replace("Sydney", "Denver").replace("Australian", "U.K.") for x in lines], []) is None
    # a U.S. issuer with CDIs on the ASX, an Australian dial-in number: no ASX report's marks
    assert domestic_dollar(["ResMed Inc. (NYSE: RMD, ASX: RMD) today announced its results.",
                            "Participants in Australia may dial 1800 000 000."], []) is None
    # "ABN AMRO" is no Australian Business Number
    assert domestic_dollar(["The loan was arranged by ABN AMRO in Sydney, Australia."], []) is None
