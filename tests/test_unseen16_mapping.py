"""Wrong facts found on a release the converter had never seen (the unseen16 triage: Bank of America Q4 2024): each
test holds the real lines it was found on. Source: fixtures/bofa-q4-2024.md is the first 29,760 characters of
pdfs/bofa10k.pdf.md in the public repository bscolinos/autonomous_fin_demo (commit f5a04d60), a PDF-to-markdown
transcription of Bank of America's fourth-quarter 2024 earnings release: segment pages under '# <segment>' headings."""

import csv

import pytest

from prxbrl.pipeline import convert
from prxbrl.tables.text_detect import _is_prose

from test_unseen10_mapping import FIXTURES

SEGMENT_AXIS = "us-gaap:StatementBusinessSegmentsAxis"
Q4_2024 = ("2024-10-01", "2024-12-31")


@pytest.fixture(scope="module")
def bofa(tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("bofa")
    src = out / "bofa-q4-2024.md"
    src.write_text((FIXTURES / "bofa-q4-2024.md").read_text(encoding="utf-8"), encoding="utf-8")
    convert(src, out / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((out / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_an_average_is_no_balance_whatever_path_chose_the_concept(bofa):
    """Line 495 under "| **Average Balance Sheet** |": "| Average loans and leases | 1,081.0 | 1,059.7 | 1,050.7 |"
    had become the period-end us-gaap:LoansAndLeasesReceivableNetReportedAmount (1,081.0 billion at 2024-12-31): the
    closest concept was another row's ("Total loans and leases", line 490), and the runner-up taken instead skipped
    the guard that an average over a period is no balance at the column's date. Line 499 "| Global Liquidity
    Sources, average| 953 |" names its average after a comma."""
    assert not [r for r in bofa if r["source_line"] in ("495", "499")]
    assert not [r for r in bofa if r["concept"] == "us-gaap:LoansAndLeasesReceivableNetReportedAmount"]
    ending = {r["value"] for r in bofa if r["source_line"] == "490" and r["period_end"] == "2024-12-31"}
    assert ending == {"1095800000000"}


def test_a_list_item_telling_a_change_is_prose(bofa):
    """Line 36 "- Revenue of $10.6 billion, up 3%" had become total:RevenueOfBillionUp 0.03 and line 232 "- Average
    deposits of $285 billion decreased 3%" total:AverageDepositsOfBillionDecreased +0.03 (the sign lost): a list item
    that tells a change in words is a sentence, not a one-row table."""
    assert not [r for r in bofa if r["source_line"] in ("36", "232", "233")]
    assert _is_prose("- Average deposits of $285 billion decreased")
    assert _is_prose("- Revenue of $10.6 billion, up")
    assert not _is_prose("- Currency translation differences")
    assert not _is_prose("- Write-down of inventories")
