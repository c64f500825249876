"""A one-column table printed a cell per paragraph with no column header: every label and every figure a paragraph of
its own, the period only in the title's year and the prose's fiscal year end (``tables.one_column``).

Lines of RJD Green Inc.'s release of its fiscal year ended August 31, 2024 (NewMediaWire, November 13, 2024;
``benchmarks/unseen/rjdgreen-fy2024.md``): "RJD Green Financial Snapshot 2024" (line 15), "Profit and Loss", then
"Revenue" / "$5,718,024" ... "Net Income" / "$894,054", "Balance Sheets", "Current Assets" / "$2,927,560" ... "Total
Liabilities" / "$330,238", and "Shareholder Equity" / "$ 3,016,04" (line 77: a digit lost; 3,346,280 - 330,238 =
3,016,042)."""

import json
from pathlib import Path

import pytest
from conftest import ROOT, plain_facts, release_lines

from prxbrl.errors import PrxbrlError
from prxbrl.extract import extract_file
from prxbrl.fiscal_calendar import detect_calendar
from prxbrl.tables.one_column import malformed
from prxbrl.tables.records import read_records
from prxbrl.tables.text_detect import detect_tables

RELEASE = ROOT / "benchmarks" / "unseen" / "rjdgreen-fy2024.md"
FY = ("2023-09-01", "2024-08-31")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = tmp_path_factory.mktemp("rjdg") / "out"
    facts = plain_facts(RELEASE, out)
    return facts, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_label_and_figure_paragraphs_are_rows_of_one_table():
    """Each label takes the lone figure under it (never an unlabeled row, never a "total" of the label above), and the
    title line, which ends with its year, is no row of one figure 2024."""
    lines = RELEASE.read_text(encoding="utf-8").split("\n")
    tables = detect_tables(lines)
    assert len(tables) == 1
    t = tables[0]
    assert (t.first_line, t.last_line) == (15, 77)
    data = {r.line: [c.text for c in r.cells] for r in t.rows if r.kind == "data"}
    assert data[19] == ["Revenue", "$5,718,024"]
    assert data[23] == ["Cost of Goods", "3,314,536"]
    assert data[43] == ["Net Income", "$894,054"]
    assert data[49] == ["Current Assets", "$2,927,560"]
    assert data[71] == ["Total Liabilities", "$330,238"]
    assert all(cells[0] for cells in data.values())  # no row without its label
    assert [r.cells[0].text for r in t.rows if r.line == 15] == ["RJD Green Financial Snapshot 2024"]
    assert [r.kind for r in t.rows if r.line == 15] == ["text"]


def test_fiscal_year_flows_and_balances_at_its_end(converted):
    """The title's "2024" with "2024 fiscal year-ended August 31, 2024" (line 3): the fiscal year for the profit and loss,
    its last day for the rows under "Balance Sheets" and "Liabilities and Shareholder's Equity"."""
    facts, _ = converted
    got = {(f["concept"], f["period_start"], f["period_end"]): f["value"] for f in facts
           if f["concept"].startswith("us-gaap:") and not any(v for k, v in f.items() if k.endswith("Axis"))}
    assert got[("us-gaap:Revenues", *FY)] == "5718024"
    assert got[("us-gaap:GrossProfit", *FY)] == "2404426"
    assert got[("us-gaap:OperatingIncomeLoss", *FY)] == "750123"
    assert got[("us-gaap:NetIncomeLoss", *FY)] == "894054"
    assert got[("us-gaap:AssetsCurrent", "", "2024-08-31")] == "2927560"
    assert got[("us-gaap:Assets", "", "2024-08-31")] == "3346280"
    assert got[("us-gaap:LiabilitiesCurrent", "", "2024-08-31")] == "330238"
    assert got[("us-gaap:Liabilities", "", "2024-08-31")] == "330238"
    # "Cost of Goods" under "Profit and Loss" (a heading of flows): the year, whatever its line item
    assert {(f["period_start"], f["period_end"]) for f in facts if f["value"] == "3314536"} == {FY}
    # no balance written as a flow over the year
    assert not any(c in ("us-gaap:Assets", "us-gaap:AssetsCurrent", "us-gaap:Liabilities", "us-gaap:LiabilitiesCurrent") and s
                   for c, s, _ in got)


def test_a_row_subtracted_from_its_total_is_no_part_of_it(converted):
    """"Gross Profit 2,404,426 / G & A 1,654,303 / Net Operating Income 750,123": G & A adds into operating income with
    the weight -1, so it is no member of it (it was OperatingIncomeLoss with a "G And A" product member, 1,654,303)."""
    facts, _ = converted
    ga = [f for f in facts if f["value"] == "1654303"]
    assert ga and not any(f["concept"] == "us-gaap:OperatingIncomeLoss" for f in ga)
    assert not any(v for f in ga for k, v in f.items() if k.endswith("Axis"))


def test_misprinted_figure_is_excluded_never_read(converted):
    """"$ 3,016,04" (a comma group of two digits) is no amount: excluded with its reason, never 301,604."""
    facts, report = converted
    assert not any(f["value"].startswith(("301604", "3016040", "3016041", "3016042")) for f in facts)
    assert not any("Equity" in f["concept"] for f in facts)
    cell = next(c for c in report["cells"] if c["line"] == 77)
    assert (cell["raw"], cell["status"], cell["reason"]) == ("3,016,04", "excluded", "malformed_figure")
    assert malformed("$ 3,016,04") and malformed("(1,23,456)")
    assert not malformed("$ 3,016,042") and not malformed("$5,718,024") and not malformed("0") and not malformed("2024")


def test_fiscal_year_ended_with_a_hyphen_states_the_year_end():
    """Line 3: "updates shareholders on 2024 fiscal year-ended August 31, 2024 results": the year ends on August 31."""
    fc = detect_calendar(release_lines("rjdgreen-fy2024.md", 3, 3).split("\n"))
    assert (fc.year_end_month, fc.year_end_day, fc.source.line) == (8, 31, 1)


def test_without_a_stated_year_end_the_column_has_no_period(tmp_path: Path):
    """The snapshot alone (lines 15-77), without the prose's fiscal year end: the title's "2024" could be the calendar
    year or a fiscal year ending in it; no figure has a period, and the release is refused with one line."""
    src = tmp_path / "snapshot.md"
    src.write_text(release_lines("rjdgreen-fy2024.md", 15, 77), encoding="utf-8")
    with pytest.raises(PrxbrlError, match=r"tables found \(lines 1-63\), but no figure in them could be read"):
        extract_file(src)


def test_prose_before_a_page_number_is_no_table():
    """Reddit's Q1 2026 release: bullets of prose, each paragraph then a page number on a line of its own ("1", line 44;
    "2", line 83; "4", line 119; "5", line 129). A paragraph of prose with a figure under it is no row of a one-column
    table, however often it repeats."""
    path = ROOT / "tests" / "fixtures" / "reddit-q1-2026.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert not any(x.one_column for x in read_records(lines))
    rows = {r.line for t in detect_tables(lines) for r in t.rows if r.kind == "data"}
    assert rows.isdisjoint({44, 83, 119, 129})
