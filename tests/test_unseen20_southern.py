"""The Southern Company's Q4 and FY2006 earnings 8-K (EDGAR 0000092122-07-000008, filed 2007-01-25; SEC filing text,
public domain; via ryankfrench/sec_cover_page_parser@ae3f4952 test_filings/92122/0000092122-07-000008): the text of its
fixed-width exhibits EX-99.02, EX-99.04 and EX-99.06 as filed, never seen by the converter before. Line numbers are
the fixture's (tests/fixtures/southern-q4-2006.txt). Its filing header is not included: nothing says which
headings name co-registrants."""

import csv
import json
from pathlib import Path

import pytest

from prxbrl.pipeline import convert

FIXTURE = Path(__file__).parent / "fixtures" / "southern-q4-2006.txt"


@pytest.fixture(scope="module")
def southern(tmp_path_factory):
    out = tmp_path_factory.mktemp("southern06") / "out"
    convert(FIXTURE, out, formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next(out.glob("*-facts-plain.csv")).open(encoding="utf-8")))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return facts, report


def _dims(row: dict) -> list[str]:
    return [v for k, v in row.items() if k.endswith("Axis") and v]


def _at(facts, line: int) -> list[dict]:
    return [r for r in facts if r["source_line"] == str(line)]


def test_qualifying_words_under_a_heading_that_names_nothing_are_read_alone(southern):
    # line 38 "Average Shares Outstanding (in millions) 745 742 743 744" and line 39 "End of Period Shares Outstanding
    # (in millions) 747 742" under line 20 "Consolidated Earnings-As Reported": the heading was put in front of the
    # label (its words each qualify) and "Consolidated Earnings-As Reported Average Shares Outstanding" named nothing,
    # so both rows were extensions of the company's
    facts, _ = southern
    avg = _at(facts, 38)
    assert {(r["concept"], r["period_end"], r["value"]) for r in avg} == {
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2006-12-31", "745000000"),
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2005-12-31", "742000000"),
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2006-12-31", "743000000"),
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2005-12-31", "744000000")}
    end = _at(facts, 39)
    assert len(end) == 2 and all(not r["concept"].startswith("southern:") and r["period_start"] == "" for r in end)
    assert {r["value"] for r in end} == {"747000000", "742000000"}

