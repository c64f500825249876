"""Statements of a PDF converted to markdown (docling) whose scale stands in a column header, whose period is worded
the UK way, and whose right-hand column the conversion cut off at the page's edge.

The fixture ``persimmon-h1-2025-statements.md`` is Persimmon plc's half year results 2025 (unseen18/
persimmon-h1-2025.md): its opening lines (as in ``persimmon-h1-2025-balance-sheet.md``) and, verbatim, release lines
434-534, the condensed consolidated statement of comprehensive income and balance sheet. Fixture line = release line
- 422 for the statements:

- l.438 "For the six months to 30 June 2025 (unaudited)", l.440-442 "| Six months to | Six mon |" / "| 30 June 2025 |
  30 June |" (the comparative column's header cut off), l.444 "| | Note | £m | |": the scale is in the header;
- l.446 "| Total revenue | 3 | 1,502.8 | 1,3 |", l.447 "| Cost of sales | | (1,240.4) | (1,0 |", l.448 "| Gross
  profit | | 262.4 | 2 |": the comparative figures cut to their first digits;
- l.479-481 "| Earnings per share | | |", "| Basic | 6 | 31.2p |", "| Diluted | 6 | 30.9p |": a note reference
  beside an amount in pence;
- l.483-534 the balance sheet, which lost its "£m" in the conversion and prints unlabelled subtotals
  ("| | | 434.2 | |").

Before the change the whole statement of comprehensive income was excluded (period_length_undetermined: "six months
to" was no period and "£m" no scale) while "Basic | 6" would have been read as earnings of GBP 6 a share.
"""

import csv
import json
from pathlib import Path

from prxbrl.api import convert

FIXTURES = Path(__file__).parent / "fixtures"
SIX_MONTHS = ("2025-01-01", "2025-06-30")


def _convert(tmp_path: Path) -> tuple[list[dict], list[dict]]:
    convert(FIXTURES / "persimmon-h1-2025-statements.md", tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    cells = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))["cells"]
    return facts, cells


def _reasons(cells: list[dict], line: int) -> dict[str, str]:
    return {c["raw"]: c["reason"] for c in cells if c["line"] == line}


def test_pound_millions_in_a_column_header_and_six_months_to(tmp_path):
    """"£m" over the figures states millions of pounds as "$m" does dollars; "For the six months to 30 June 2025" is
    the six months ended that day."""
    from prxbrl.periods import find_period_exprs
    from prxbrl.tables.headers import parse_header

    assert [(i.kind, i.scale) for i in parse_header("£m") if i.kind == "unit"] == [("unit", 6)]
    assert [(i.kind, i.scale) for i in parse_header("€bn") if i.kind == "unit"] == [("unit", 9)]
    assert [e.kind for e in find_period_exprs("For the six months to 30 June 2025 (unaudited)")] == ["months_ended"]
    assert [e.kind for e in find_period_exprs("52 weeks to 1 March 2025")] == ["weeks_ended"]
    assert not [e for e in find_period_exprs("up 5% to 30 June 2025") if e.kind == "months_ended"]

    facts, _ = _convert(tmp_path)
    flows = {r["label"]: r["value"] for r in facts if (r["period_start"], r["period_end"]) == SIX_MONTHS and r["table"]}
    assert flows["Total revenue"] == "1502800000"
    assert flows["Cost of sales"] == "1240400000"
    assert flows["Profit before tax"] == "146700000"


def test_figures_of_a_column_cut_off_are_excluded_and_the_row_kept(tmp_path):
    """"| Gross profit | | 262.4 | 2 |": the "2" stands where other rows print "1,3" and "(1,0", a column the PDF's
    conversion cut off. It is no figure 2 (excluded, truncated_column); the row's own figure is read (it had been
    excluded with it: more figures than the table's one column)."""
    facts, cells = _convert(tmp_path)
    gross = [r for r in facts if r["label"] == "Gross profit"]
    assert [(r["period_start"], r["period_end"], r["value"]) for r in gross] == [(*SIX_MONTHS, "262400000")]
    assert _reasons(cells, 448 - 422)["2"] == "truncated_column"
    assert _reasons(cells, 446 - 422)["1,3"] == "not_a_figure"
    assert not [r for r in facts if r["value"] in ("2000000", "1000000") and r["label"] in ("Gross profit", "Profit before tax")]


def test_a_note_reference_is_no_amount(tmp_path):
    """"| Basic | 6 | 31.2p |" under "| | Note | £m | |": the "6" is note 6, never earnings of 6 a share."""
    facts, cells = _convert(tmp_path)
    assert not [r for r in facts if r["label"] in ("Basic", "Diluted")]
    assert _reasons(cells, 480 - 422)["6"] == "footnote_marker"
    assert _reasons(cells, 446 - 422)["3"] == "footnote_marker"


def test_an_unlabelled_subtotal_lends_no_scale(tmp_path):
    """The balance sheet states no scale; the statement above it states "£m" and prints a row without a label (the
    cut-off "1" under "Analysed as: Underlying profit before tax"), as the balance sheet prints its subtotals. A row
    without a label is no line item both tables print: the balance sheet's money stays excluded (scale_undetermined),
    not scaled by the statement above it."""
    facts, cells = _convert(tmp_path)
    assert not [r for r in facts if r["period_start"] == "" and r["period_end"] == "2025-06-30" and r["value"] not in ("0",)]
    assert _reasons(cells, 493 - 422)["163.8"] == "scale_undetermined"


def test_total_recognised_income_is_comprehensive_income(tmp_path):
    """"| Total recognised income for the period | | 99.6 |" (release l.478) is IAS 1's older name of total
    comprehensive income (profit 100.0 less other comprehensive expense 0.4), not net income (the concept index had
    matched "net income period")."""
    facts, _ = _convert(tmp_path)
    total = [r["concept"] for r in facts if r["label"] == "Total recognised income for the period"]
    assert total == ["us-gaap:ComprehensiveIncomeNetOfTax"]


def test_one_axis_for_the_names_under_a_segment_tables_heading(tmp_path):
    """Microsoft FY24 Q4 (unseen18/microsoft-fy24q4.md, a cell per line; fixture ``microsoft-fy24q4-segments.md`` =
    release lines 1-6 and 826-877): "SEGMENT REVENUE AND OPERATING INCOME" / "Revenue" / "Productivity and Business
    Processes" / "$20,317" ... / "Intelligent Cloud" / "28,515" ... / "More Personal Computing" / "15,895" ...
    Under "Revenue" the first name had gone on the segment axis (its word "Business") and the other two on the product
    axis, as under "Operating Income" all three went on the segment axis: every name under a segment table's heading
    is a segment."""
    from conftest import plain_facts

    facts = plain_facts(FIXTURES / "microsoft-fy24q4-segments.md", tmp_path / "out")
    members = [r for r in facts if r["label"] in ("Productivity and Business Processes", "Intelligent Cloud", "More Personal Computing")]
    assert len(members) == 24
    assert all(r.get("us-gaap:StatementBusinessSegmentsAxis") for r in members)
    assert not any(r.get("srt:ProductOrServiceAxis") for r in members)
    by_name = {(r["concept"], r["label"]): r["us-gaap:StatementBusinessSegmentsAxis"] for r in members}
    assert by_name[("us-gaap:Revenues", "Intelligent Cloud")] == by_name[("us-gaap:OperatingIncomeLoss", "Intelligent Cloud")]
