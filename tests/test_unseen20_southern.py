"""The Southern Company's Q4 and FY2006 earnings 8-K (EDGAR 0000092122-07-000008, filed 2007-01-25; SEC filing text,
public domain; via ryankfrench/sec_cover_page_parser@ae3f4952 test_filings/92122/0000092122-07-000008): the text of its
fixed-width exhibits EX-99.02, EX-99.04 and EX-99.06 as filed, never seen by the converter before. Line numbers are
the fixture's (tests/fixtures/southern-q4-2006.txt). Its filing header is not included: nothing says which
headings name co-registrants."""

import csv
from pathlib import Path

import pytest
from conftest import at_line, dims_of, facts_and_report

from prxbrl.pipeline import convert

FIXTURE = Path(__file__).parent / "fixtures" / "southern-q4-2006.txt"


@pytest.fixture(scope="module")
def southern(tmp_path_factory):
    return facts_and_report(FIXTURE, tmp_path_factory.mktemp("southern06") / "out")


def test_qualifying_words_under_a_heading_that_names_nothing_are_read_alone(southern):
    # line 38 "Average Shares Outstanding (in millions) 745 742 743 744" and line 39 "End of Period Shares Outstanding
    # (in millions) 747 742" under line 20 "Consolidated Earnings-As Reported": the heading was put in front of the
    # label (its words each qualify) and "Consolidated Earnings-As Reported Average Shares Outstanding" named nothing,
    # so both rows were extensions of the company's
    facts, _ = southern
    avg = at_line(facts, 38)
    assert {(r["concept"], r["period_end"], r["value"]) for r in avg} == {
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2006-12-31", "745000000"),
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2005-12-31", "742000000"),
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2006-12-31", "743000000"),
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2005-12-31", "744000000")}
    end = at_line(facts, 39)
    assert len(end) == 2 and all(not r["concept"].startswith("southern:") and r["period_start"] == "" for r in end)
    assert {r["value"] for r in end} == {"747000000", "742000000"}


def test_blocks_repeating_the_consolidated_rows_are_not_the_companys_figures(southern):
    # Exhibit 99.06 (lines 141-177): "Consolidated -" over Operating Revenues $3,152, then "Alabama Power -" over
    # Operating Revenues $1,120, "Georgia Power -" ... over the same rows. Line 155 was written as the company's own
    # southern:OperatingRevenues 1,120,000,000, and the consolidated 3,152 (printed alike on lines 37, 101 and 150) was
    # dropped as figures_disagree. The blocks do not add up to the consolidated figures (1,120 + 1,579 + 275 + 235 +
    # 174 = 3,383, not 3,152), so they are no segment breakdown, and no heading names a company by its legal form: their
    # figures are excluded, never the company's
    facts, report = southern
    for line in (155, 156, 157, 160, 165, 170, 175, 177):
        assert not at_line(facts, line)
    cells = [c for c in report["cells"] if 155 <= c["line"] <= 177 and c["status"] != "excluded"]
    assert cells == []
    parts = [c for c in report["cells"] if c["line"] == 155 and c["reason"] == "part_unknown"]
    assert len(parts) == 6
    revenues = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:Revenues" and not dims_of(r)}
    assert revenues == {("2006-10-01", "3152000000"), ("2005-10-01", "3290000000"),
                        ("2006-01-01", "14356000000"), ("2005-01-01", "13554000000")}
    assert not [f for f in report["findings"] if f["code"] == "source.figuresDisagree"]


EXHIBIT_99_06 = FIXTURE.read_text(encoding="utf-8").splitlines()[135:179]


def _convert(tmp_path, lines: list[str]) -> list[dict]:
    src = tmp_path / "release.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_blocks_headed_by_a_company_by_its_legal_form_are_its_legal_entity(tmp_path):
    # the same exhibit with the subsidiaries' headings written by their legal names ("Alabama Power Company -"): each
    # block is that legal entity's figures, on dei:LegalEntityAxis; the consolidated block stays the company's own
    lines = [ln.replace(" Power -", " Power Company -") for ln in EXHIBIT_99_06]
    facts = _convert(tmp_path, lines)
    alabama = [r for r in facts if r["label"] == "Operating Revenues" and r["value"] == "1120000000"]
    assert len(alabama) == 1 and alabama[0]["dei:LegalEntityAxis"].endswith("AlabamaPowerCompanyMember")
    assert alabama[0]["concept"] == "us-gaap:Revenues"
    whole = [r for r in facts if r["label"] == "Operating Revenues" and not dims_of(r)]
    assert {r["value"] for r in whole} == {"3152000000", "3290000000", "14356000000", "13554000000"}


def test_blocks_adding_up_to_the_consolidated_block_are_its_segments(tmp_path):
    # the same exhibit cut to its consolidated block and two blocks whose figures are made to add up to it: a
    # breakdown of the whole, on the segment axis
    lines = EXHIBIT_99_06[:17] + [
        " Alabama Power -",
        "   Operating Revenues               $1,120    $1,134       -1.2%          $ 5,015    $ 4,648       7.9%",
        "   Earnings Before Income Taxes        136       106       28.4%              873        817       6.8%",
        "",
        " Georgia Power -",
        "   Operating Revenues               $2,032    $2,156       -6.8%          $ 9,341    $ 8,906       2.4%",
        "   Earnings Before Income Taxes         98        68        6.2%            1,482      1,369       3.3%",
        "", "</TABLE>"]
    facts = _convert(tmp_path, lines)
    georgia = [r for r in facts if r["label"] == "Operating Revenues" and r["value"] == "2032000000"]
    assert len(georgia) == 1 and georgia[0]["us-gaap:StatementBusinessSegmentsAxis"].endswith("GeorgiaPowerMember")
    assert georgia[0]["concept"] == "us-gaap:Revenues"


def test_an_exhibit_caption_is_no_row(southern, tmp_path):
    # line 82 "EXHIBIT 99.04", right-aligned over the next exhibit, closed a table the reader had built out of the
    # notes paragraph above it: southern:Exhibit = 99.04 USD. The Q4 2004 highlights fixture's line 9 "Exhibit 99.02"
    # gave southern:Exhibit = 99.02 USD the same way
    facts, report = southern
    assert not at_line(facts, 82) and not any("Exhibit" in r["concept"] for r in facts)
    assert {c["raw"]: c["reason"] for c in report["cells"] if c["line"] in (82, 136)} == {"99.04": "title", "99.06": "title"}
    src = Path(__file__).parent / "fixtures" / "southern-q4-2004-highlights.txt"
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts04 = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    assert not [r for r in facts04 if r["source_line"] == "9" or "Exhibit" in r["concept"]]


def test_a_note_reference_on_a_line_of_its_own_is_no_heading():
    # line 22 "(See Notes)" under "Consolidated Earnings-As Reported" opened a section over "Retail Business",
    # "Competitive Generation" and "Total 199 152 1,597 1,521", whose member became southern:SeeNotesMember
    from prxbrl.extract import extract_file

    doc = extract_file(FIXTURE)
    rows = {r.line: r for t in doc.tables for r in t.rows}
    assert 22 not in rows
    assert rows[24].section == ["Consolidated Earnings-As Reported"]
    assert rows[27].section == ["Consolidated Earnings-As Reported"]


def test_rows_beside_line_items_of_their_own_in_a_total_are_no_members(southern):
    # lines 103-108: "Fuel and Purchased Power 1,231" and "Non-fuel O & M 971" beside "Depreciation and Amortization
    # 304" and "Taxes Other Than Income Taxes 177" (line items of their own) in "Total Operating Expenses 2,683" were
    # us-gaap:OperatingExpenses with members FuelAndPurchasedPowerMember / NonFuelOAndMMember, which the release's own
    # sum refutes (1,231 + 971 is no 2,683: four source.membersDoNotAdd warnings)
    facts, report = southern
    for line in (103, 104):
        rows = at_line(facts, line)
        assert len(rows) == 4 and all(not dims_of(r) and r["concept"] != "us-gaap:OperatingExpenses" for r in rows)
    assert {r["value"] for r in at_line(facts, 103)} == {"1231000000", "1391000000", "5695000000", "5226000000"}
    assert not [f for f in report["findings"] if f["code"] == "source.membersDoNotAdd" and "OperatingExpenses" in f["message"]]
    total = at_line(facts, 108)
    assert {(r["concept"], r["value"]) for r in total if r["period_start"] == "2006-10-01"} == {("us-gaap:OperatingExpenses", "2683000000")}


def test_a_balance_sheets_subtotals_beside_line_items_stay_as_read(tmp_path):
    # H&M FY2024 (tests/fixtures/hm-fy2024-statements.md): the unlabeled subtotals under "TOTAL NON-CURRENT ASSETS
    # 104,487 | 100,744" beside line items of their own; read as line items they took us-gaap:AssetsNoncurrent (8,730)
    # from the total, which became the company's own
    src = Path(__file__).parent / "fixtures" / "hm-fy2024-statements.md"
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    assert {r["value"] for r in facts if r["concept"] == "us-gaap:AssetsNoncurrent" and not dims_of(r)} == {
        "104487000000", "100744000000"}


def test_shares_outstanding_of_one_class_outside_a_statement_of_equity_are_the_common_stocks(southern):
    # line 39 "End of Period Shares Outstanding (in millions) 747 742" in the earnings summary (no preferred stock, no
    # class of shares in the table): filers print the label word for word for us-gaap:SharesOutstanding, a line of the
    # statement of equity; the balance of the common stock is us-gaap:CommonStockSharesOutstanding
    from prxbrl.mapping.choose import Context, choose

    facts, _ = southern
    assert {(r["concept"], r["period_end"], r["value"]) for r in at_line(facts, 39)} == {
        ("us-gaap:CommonStockSharesOutstanding", "2006-12-31", "747000000"),
        ("us-gaap:CommonStockSharesOutstanding", "2005-12-31", "742000000")}
    shares = Context(period="i", unit="shares", labels=("Average Shares Outstanding", "End of Period Shares Outstanding"), position=1)
    assert choose("End of Period Shares Outstanding", shares).qname == "us-gaap:CommonStockSharesOutstanding"
    # a statement of equity, or a table naming a class of shares or preferred stock, keeps the line of shares outstanding
    assert choose("End of Period Shares Outstanding", Context(statement="E", period="i", unit="shares")).qname == "us-gaap:SharesOutstanding"
    classes = Context(period="i", unit="shares", labels=("Class A common stock", "End of Period Shares Outstanding"), position=1)
    assert choose("End of Period Shares Outstanding", classes).qname == "us-gaap:SharesOutstanding"
