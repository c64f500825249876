"""An EDGAR SGML full submission of several registrants: The Southern Company's Q4 2004 earnings 8-K (EDGAR
0000092122-05-000042, filed with six subsidiaries), converted whole. Line numbers are the fixture's (the filing's + 1).

Wrong facts it gave: Exhibit 99.06's title read as a column header became a segment member on other exhibits'
facts; the subsidiaries' figures under " Alabama Power -", " Georgia Power -", ... were the company's, undimensioned;
"Consolidated Earnings- $ 0.24" under "Significant Factors Impacting EPS" was us-gaap:NetIncomeLoss 0.24 USD;
"Basic Earnings Per Share-" put its unit on "Operating Revenues $2,721"."""

from pathlib import Path

import pytest
from conftest import at_line, dims_of, facts_and_report

from prxbrl.extract import extract_file

FIXTURE = Path(__file__).parent / "fixtures" / "southern-co-q4-2004.txt"


@pytest.fixture(scope="module")
def southern(tmp_path_factory):
    return facts_and_report(FIXTURE, tmp_path_factory.mktemp("southern") / "out")


def test_a_title_above_the_table_tag_is_no_column_header():
    # "                                Southern Company" / "Financial Overview" / "(In Millions of Dollars)" centred
    # over the columns, then "<TABLE>" / "<CAPTION>" and the column headers
    doc = extract_file(FIXTURE)
    t = next(t for t in doc.tables if any(r.line == 863 for r in t.rows))
    assert t.title == "Financial Overview"
    assert len(t.columns) == 6
    assert not any("Southern" in c.header for c in t.columns)


def test_a_dash_closing_a_heading_is_no_nil_figure():
    # " Alabama Power -": the dash one space after the words closes the heading; it opened two empty columns
    doc = extract_file(FIXTURE)
    rows = {r.line: r for t in doc.tables for r in t.rows}
    for line in (860, 867, 873, 879, 885, 891, 897):
        assert rows[line].kind == "heading" and not rows[line].cells


def test_the_filers_of_the_sec_header():
    from prxbrl.sgml_header import filers, names_other

    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    fl = filers(lines)
    assert fl.registrant == "SOUTHERN CO"  # CIK 92122, whose number the accession number starts with
    assert len(fl.others) == 6
    assert names_other("Savannah Electric -", fl) == "SAVANNAH ELECTRIC & POWER CO"
    assert names_other("Southern Power -", fl) == "SOUTHERN POWER CO"
    assert names_other("Consolidated -", fl) is None and names_other("Southern Company", fl) is None


def test_a_co_registrants_figures_are_no_facts_of_the_company(southern):
    # " Alabama Power -" / " Operating Revenues  $971  $904  7.5%  $4,236  $3,960  7.0%" ... " Southern Power -"
    facts, report = southern
    assert not [r for r in facts if r["source_line"] and 867 <= int(r["source_line"]) <= 901]
    cells = [c for c in report["cells"] if 867 <= c["line"] <= 901 and c["status"] == "excluded" and c["reason"] == "other_entity"]
    # six registrants, three rows, six figures each (the % changes too), less the four "-" printed for a change
    assert len(cells) == 6 * 3 * 6 - 4
    # " Operating Revenues  $2,721  $2,520 ...": the consolidated revenue is no longer knocked out (figures_disagree)
    rev = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:Revenues" and not dims_of(r)}
    assert ("2004-10-01", "2721000000") in rev and ("2004-01-01", "11903000000") in rev


def test_no_title_becomes_a_segment_member(southern):
    # "NET INCOME AS REPORTED (See Note)  $ 204  $ 125  $ 79  $ 1,532  $ 1,474  $ 58" (Exhibit 99.04) carried
    # so:SouthernCompanyFinancialOverviewInMember on us-gaap:StatementBusinessSegmentsAxis
    facts, report = southern
    assert not [r for r in facts if any("FinancialOverview" in d for d in dims_of(r))]
    assert [c["status"] for c in report["cells"] if c["line"] == 774] == ["fact", "fact", "excluded", "fact", "fact", "excluded"]
    ni = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetIncomeLoss" and not dims_of(r)}
    assert ni == {("2004-10-01", "204000000"), ("2003-10-01", "125000000"), ("2004-01-01", "1532000000"), ("2003-01-01", "1474000000")}


def test_a_per_share_title_reaches_a_row_with_change_columns(southern):
    # "Significant Factors Impacting EPS (Notes)" / "Consolidated Earnings-  $ 0.24  $ 0.22  $0.02  $2.04 ..."
    facts, _ = southern
    assert not [r for r in facts if r["unit"] == "iso4217:USD" and r["value"] in ("0.24", "0.22", "2.04")]
    assert all(r["unit"] == "iso4217:USD/xbrli:shares" for r in at_line(facts, 684))


def test_a_per_share_heading_does_not_reach_a_row_of_whole_millions(southern):
    # "Basic Earnings Per Share-(Notes)" / "- - As Reported  $ 0.27 ..." / "" / "Operating Revenues  $2,721  $2,520 ..."
    facts, _ = southern
    rows = at_line(facts, 625)
    assert {(r["concept"], r["unit"], r["value"]) for r in rows} >= {("us-gaap:Revenues", "iso4217:USD", "2721000000")}


def test_a_dash_label_continues_the_line_item_above(southern):
    # "Net Income - Excluding One-Time Items (See Notes)  $  180 ..." / "  - As Reported  $  204 ...": net income;
    # "- - As Reported" (EDGAR's escape of a leading dash) under "Basic Earnings Per Share-(Notes)"
    facts, _ = southern
    assert {r["concept"] for r in at_line(facts, 617)} == {"us-gaap:NetIncomeLoss"}
    assert {r["label"] for r in at_line(facts, 623)} == {"Basic Earnings Per Share - As Reported"}
    assert all(r["unit"] == "iso4217:USD/xbrli:shares" for r in at_line(facts, 623))


def test_the_registrant_is_named(southern):
    # "Atlanta-based Southern Company (NYSE: SO)"; the SEC header's "COMPANY CONFORMED NAME: SOUTHERN CO"
    facts, _ = southern
    assert {r["text"] for r in facts if r["concept"] == "dei:EntityRegistrantName"} == {"Southern Company"}
