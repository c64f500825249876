"""A period printed as a row heading over columns of segments under a two-level header flattened with pipes
(``tables/row_heading.py``). Lines 185-263 of UnitedHealth's fourth-quarter 2024 release (REVENUES BY BUSINESS,
UnitedHealthcare Revenues, EARNINGS BY BUSINESS) in tests/fixtures/unitedhealth-q4-2024-by-business.txt:

     | | | | Optum | | UnitedHealth Group Consolidated (a) |
     | | UnitedHealthcare | | Optum Health | | Optum Insight | | Optum Rx | | Total Optum (a) | |
     Three Months Ended December 31, 2024 | | | | | | | | | | | | |
     Total revenues | | $74,132 | | $25,660 | | $4,781 | | $35,774 | | $65,101 | | $100,807 |

Every cell of those tables was excluded as ``columns_undistinguished`` (one period over six columns).
"""

from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import fact
from prxbrl.extract import extract
from prxbrl.readers import read_document

FIXTURE = Path(__file__).parent / "fixtures" / "unitedhealth-q4-2024-by-business.txt"
SEGMENT = "us-gaap:StatementBusinessSegmentsAxis"
Q4_24 = dict(start=date(2024, 10, 1), end=date(2024, 12, 31))
Q4_23 = dict(start=date(2023, 10, 1), end=date(2023, 12, 31))


def _doc(text: str | None = None, tmp_path: Path | None = None):
    if text is None:
        return extract(read_document(FIXTURE))
    assert tmp_path is not None
    p = tmp_path / "unh.txt"
    p.write_text(text, encoding="utf-8")
    return extract(read_document(p))


def _cell(doc, label: str, raw: str, line: int | None = None):
    hits = [(t, c) for t in doc.tables for r in t.rows if r.label == label for c in r.cells
            if c.raw == raw and line in (None, c.span.line)]
    assert len(hits) == 1, f"{label!r} {raw}: {len(hits)} cells"
    return hits[0]


@pytest.fixture(scope="module")
def doc():
    return _doc()


def test_the_row_heading_gives_the_period_and_the_header_the_segment(doc):
    # "Optum Health" under "Optum", in the quarter the heading above the row names
    t, c = _cell(doc, "Total revenues", "$25,660")
    assert (c.period.start, c.period.end, c.dimension, c.unit, c.scale) == (Q4_24["start"], Q4_24["end"], "Optum Health", "USD", 6)
    assert t.columns[c.column].group == "Optum"
    # "UnitedHealthcare" stands left of where "Optum" starts: no group
    t, c = _cell(doc, "Total revenues", "$74,132", line=9)
    assert (c.dimension, t.columns[c.column].group) == ("UnitedHealthcare", None)
    # the same figure under "Total UnitedHealthcare" in the table of UnitedHealthcare's revenues
    assert _cell(doc, "Total revenues", "$74,132", line=27)[1].dimension == "Total UnitedHealthcare"
    # "Total Optum (a)": the group's total, its footnote mark left out
    assert _cell(doc, "Total revenues", "$65,101")[1].dimension == "Total Optum"


def test_the_consolidated_column_is_the_upper_cell_over_no_lower_cell(doc):
    # "UnitedHealth Group Consolidated (a)" stands over the column the lower line leaves empty: no member; the block of
    # the prior-year quarter ("Three Months Ended December 31 , 2023", a space before the comma) takes the columns above
    t, c = _cell(doc, "Total revenues", "$94,427")
    assert (c.period.start, c.period.end, c.dimension) == (Q4_23["start"], Q4_23["end"], None)
    assert t.columns[c.column].header.endswith("UnitedHealth Group Consolidated")
    assert any("the columns are those of" in n for n in t.notes)


def test_a_lower_cell_that_does_not_name_its_group_is_read_with_it(doc):
    # "Employer & Individual (E&I)" over "Domestic | Global | Total E&I"; "Medicare & Retirement", "Community & State"
    # and "Total UnitedHealthcare" over no lower cell
    t, c = _cell(doc, "Total revenues", "$19,019")
    assert (c.dimension, t.columns[c.column].group) == ("Employer & Individual (E&I) Domestic", "Employer & Individual (E&I)")
    assert _cell(doc, "Total revenues", "$19,794")[1].dimension == "Total E&I"
    t, c = _cell(doc, "Total revenues", "$34,188")
    assert (c.dimension, t.columns[c.column].group, c.period.start) == ("Medicare & Retirement", None, Q4_24["start"])
    assert _cell(doc, "Total revenues", "$298,208", line=32)[1].dimension == "Total UnitedHealthcare"  # the year 2024
    assert _cell(doc, "Total revenues", "$67,187")[1].period.start == date(2023, 1, 1)


def test_percent_rows_keep_their_unit(doc):
    # "Operating margin | | 4.0 | % | | | 7.0 | % | ...": the percent sign in a cell of its own shifts the row's cells,
    # the figures stay in their columns
    t, c = _cell(doc, "Operating margin", "26.6%")
    assert (c.dimension, c.unit, c.value.scaleb(c.scale), c.period.start) == ("Optum Insight", "pure", Decimal("0.266"), Q4_24["start"])
    assert _cell(doc, "Operating margin", "7.7%", line=52)[1].dimension is None  # the consolidated column


def test_every_figure_is_read(doc):
    reasons = Counter(tok.reason for tok in doc.tokens if tok.status == "excluded")
    assert "columns_undistinguished" not in reasons and set(reasons) == {"date"}


@pytest.mark.parametrize("lower", [
    " | | UnitedHealthcare | | Optum Health | | Optum Insight | | | | Total Optum (a) | | ",  # "Optum Rx" left blank
    " | | UnitedHealthcare | | Optum Health | | Optum Insight | | Total Optum (a) | | | | ",  # and the cells after it moved up
])
def test_names_that_do_not_fit_the_columns_leave_them_undistinguished(tmp_path, lower):
    # without "Optum Rx" the lower line names four columns and the upper line two more: six, but "Optum" does not stand
    # where the column the lower line leaves empty is; which name heads which column cannot be told, no figure is taken
    text = FIXTURE.read_text(encoding="utf-8")
    printed = " | | UnitedHealthcare | | Optum Health | | Optum Insight | | Optum Rx | | Total Optum (a) | | "
    assert printed in text
    doc = _doc(text.replace(printed, lower), tmp_path)
    block = [tok for tok in doc.tokens if 8 <= tok.span.line <= 20]
    assert block and all(tok.reason in ("columns_undistinguished", "date") for tok in block)
    # the other tables are read as before
    assert _cell(doc, "Total revenues", "$19,019")[1].dimension == "Employer & Individual (E&I) Domestic"


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    from prxbrl.pipeline import convert

    return convert(FIXTURE, tmp_path_factory.mktemp("unh"), validate=False)


def test_segment_facts_and_members(converted):
    filing = converted.mapped.filing
    members = converted.mapped.member_parent
    rev = fact(filing, "us-gaap:Revenues", **Q4_24, dims={SEGMENT: "ext:OptumHealthMember"})
    assert rev.value == Decimal("25660000000")
    assert fact(filing, "us-gaap:Revenues", **Q4_24, dims={}).value == Decimal("100807000000")
    assert fact(filing, "us-gaap:OperatingIncomeLoss", **Q4_23, dims={SEGMENT: "ext:OptumMember"}).value == Decimal("4567000000")
    # the group is the parent of its columns; UnitedHealthcare beside it is not inside Optum
    assert members["ext:OptumHealthMember"] == "ext:OptumMember"
    assert "ext:UnitedhealthcareMember" not in members and "ext:OptumMember" not in members
    assert members["ext:EmployerAndIndividualEAndIDomesticMember"] == "ext:EmployerAndIndividualEAndIMember"
    assert members["ext:EmployerAndIndividualEAndIMember"] == "ext:UnitedhealthcareMember"
    assert members["ext:MedicareAndRetirementMember"] == "ext:UnitedhealthcareMember"


def test_the_title_names_what_the_columns_break_down(converted):
    # "REVENUES BY BUSINESS" over segment columns: "Business disruption impacts - cyberattack (c)" is no product of
    # revenues (us-gaap:Revenues on srt:ProductOrServiceAxis), it is a line item of its own
    filing = converted.mapped.filing
    ctx = {c.id: c for c in filing.contexts}
    assert not [f for f in filing.facts if f.concept == "us-gaap:Revenues" and any(d.axis == "srt:ProductOrServiceAxis" for d in ctx[f.context].dims)]
    f = fact(filing, "ext:BusinessDisruptionImpactsCyberattack", **Q4_24, dims={SEGMENT: "ext:OptumInsightMember"})
    assert f.value == Decimal("120000000")


def test_margins_of_members_are_not_added_up(converted):
    # "Operating margin" of UnitedHealthcare and Optum (4.0% and 7.4%) against the consolidated 7.7%: no finding that
    # the members do not add up
    found = [f for f in converted.report.findings if f.code == "source.membersDoNotAdd"]
    assert found and not [f for f in found if "(pure)" in f.message]


def test_the_report_says_where_the_period_comes_from(converted):
    notes = [f for f in converted.report.findings if f.code == "table.rowHeading"]
    assert len(notes) == 12 and "the period of the rows is the row heading (line 8)" in notes[0].message
    assert not [f for f in converted.report.findings if f.code == "table.scale" and "row heading" in f.message]


def test_a_total_alone_under_a_group_is_the_groups_total(tmp_path):
    # "Total" printed alone where the release prints "Total Optum (a)": the group's total, "Total Optum"
    text = FIXTURE.read_text(encoding="utf-8")
    printed = " | | UnitedHealthcare | | Optum Health | | Optum Insight | | Optum Rx | | Total Optum (a) | | "
    doc = _doc(text.replace(printed, printed.replace("Total Optum (a)", "Total")), tmp_path)
    t, c = _cell(doc, "Total revenues", "$65,101")
    assert (c.dimension, t.columns[c.column].group) == ("Total Optum", "Optum")


def test_a_label_printed_again_with_a_variants_figures_is_that_variant(tmp_path):
    """"Direct response costs - cyberattack" is 429 in EARNINGS BY BUSINESS (line 47 of the fixture) and 513 in both
    reconciliations of the release (its lines 317 and 353, the fixture's 92 and 128): the second print of 513 is the
    first's line item again, one concept, not a third one named after its table."""
    import csv

    from prxbrl.pipeline import convert

    convert(Path(__file__).parent / "fixtures" / "unitedhealth-q4-2024-direct-response.txt", tmp_path / "o",
            formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next((tmp_path / "o").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    q4 = {r["concept"]: r["value"] for r in rows if r["label"] == "Direct response costs - cyberattack"
          and r["period_start"] == "2024-10-01" and not any(v for k, v in r.items() if k.endswith("Axis"))}
    assert sorted(q4.values()) == ["429000000", "513000000"]
    assert len({r["concept"] for r in rows if r["label"] == "Direct response costs - cyberattack"}) == 2
