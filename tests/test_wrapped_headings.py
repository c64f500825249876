"""A heading wrapped over two lines is one heading: NVIDIA Q3 FY2026 (text rendering) prints "Adjustments to
reconcile net income to net cash" and, on the next line, "provided by operating activities:". Read as two, the
rows under it stood in a section "provided by operating activities" and its "Other (80)" became an extension
concept; as one, it is US GAAP's other noncash income (us-gaap:OtherNoncashIncomeExpense)."""

import csv
from pathlib import Path

import pytest

from prxbrl.models import FiscalCalendar
from prxbrl.periods import Calendar
from prxbrl.pipeline import convert
from prxbrl.tables.interpret import Context, interpret
from prxbrl.tables.rows import text_rows
from prxbrl.tables.text_detect import detect_tables

PLAIN = Context(calendar=Calendar(FiscalCalendar()), reporting_currency="USD", translations=[], lines=[])
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

LINES = [
    "NVIDIA CORPORATION",
    "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS",
    "(In millions)",
    "(Unaudited)",
    "Three Months Ended Nine Months Ended",
    "October 26, October 27, October 26, October 27,",
    "2025 2024 2025 2024",
    "Cash flows from operating activities:",
    "Net income $ 31,910 $ 19,309 $ 77,107 $ 50,789",
    "Adjustments to reconcile net income to net cash",
    "provided by operating activities:",
    "Stock-based compensation expense 1,655 1,252 4,753 3,416",
    "Depreciation and amortization 752 478 2,031 1,321",
    "Other (80) (79) (276) (365)",
    "Changes in operating assets and liabilities, net of acquisitions:",
    "Accounts receivable (5,583) (3,561) (10,325) (7,694)",
    "Net cash provided by operating activities 23,750 17,629 66,530 47,460",
]


def _items(lines):
    tables = detect_tables(lines)
    raw = max(tables, key=lambda t: len(t.rows))
    return interpret(raw, text_rows(raw, lines), "t01", PLAIN, None).table.rows


def test_a_lower_case_line_continues_the_heading_above_it():
    rows = {r.label: r for r in _items(LINES)}
    assert "Adjustments to reconcile net income to net cash provided by operating activities" in rows
    assert "provided by operating activities" not in rows
    assert rows["Other"].section == ["Cash flows from operating activities",
                                     "Adjustments to reconcile net income to net cash provided by operating activities"]
    assert rows["Accounts receivable"].section[-1] == "Changes in operating assets and liabilities, net of acquisitions"


def test_a_heading_with_a_colon_is_not_continued():
    lines = LINES[:9] + ["Adjustments to reconcile net income to net cash:", "provided by operating activities:"] + LINES[11:]
    rows = {r.label: r for r in _items(lines)}
    assert "Adjustments to reconcile net income to net cash" in rows and rows["provided by operating activities"].kind == "heading"


@pytest.mark.skipif(not (CORPUS / "nvidia-q3-fy2026.txt").exists(), reason="../shared/corpus is not beside the project")
def test_nvidia_other_noncash_item(tmp_path):
    convert(CORPUS / "nvidia-q3-fy2026.txt", tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    other = {r["period_end"] + "/" + r["period_start"]: r["value"] for r in facts if r["concept"] == "us-gaap:OtherNoncashIncomeExpense"}
    # printed "(80)": it lowers operating cash flow, so it is income of 80 (a credit concept)
    assert other["2025-10-26/2025-07-28"] == "80000000"
