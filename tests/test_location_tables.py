"""Tables of one amount by the income-statement line items it is recorded in (``mapping/location.py``), and grids
that hold such a footnote table after their rows (``tables/split.py``).

From NVIDIA's Q3 FY2026 release (HTML): inside the grid of its GAAP to non-GAAP reconciliation it prints "(A)
Acquisition-related and other costs are comprised of ... and are included in the following line items:" and "(B)
Stock-based compensation consists of the following:", each over the column header again and rows "Cost of revenue",
"Research and development", "Sales, general and administrative". Read as one table, those rows stood under the
reconciliation's last heading and "Cost of revenue 48" became a non-GAAP cost of revenue of $48 million."""

import copy
import csv
from pathlib import Path

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.mapping import rules
from prxbrl.mapping.location import standard_location
from prxbrl.models import RawCell, RawRow, RawTable, Span
from prxbrl.pipeline import convert
from prxbrl.tables.split import split_repeated_header

FIXTURE = Path(__file__).parent / "fixtures" / "location-sbc-by-line-item.txt"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _row(line: int, *texts: str) -> RawRow:
    return RawRow(line=line, cells=[RawCell(text=t, span=Span(line=line, start=0, end=len(t)), col=i) for i, t in enumerate(texts) if t])


HEADER = [("", "Three Months Ended", "Nine Months Ended"), ("", "October 26,", "July 27,", "October 27,", "October 26,", "October 27,"),
          ("", "2025", "2025", "2024", "2025", "2024")]
# the real rows, in the order NVIDIA's grid prints them
ROWS = ([("NVIDIA CORPORATION",), ("RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES",)] + HEADER
        + [("GAAP cost of revenue", "$", "15,157", "$", "12,890", "$", "8,926", "$", "45,441", "$", "22,031"),
           ("Free cash flow", "$", "22,089", "$", "13,450", "$", "16,787", "$", "61,675", "$", "45,204"),
           ("*Tax expense included represents impact from OBBBA (One Big Beautiful Bill Act).",),
           ("(A) Acquisition-related and other costs are comprised of amortization of intangible assets, transaction costs, "
            "and certain compensation charges and are included in the following line items:",)] + HEADER
        + [("Cost of revenue", "$", "48", "$", "49", "$", "116", "$", "219", "$", "355"),
           ("Research and development", "$", "35", "$", "29", "$", "23", "$", "93", "$", "52"),
           ("(B) Stock-based compensation consists of the following:",)] + HEADER
        + [("Cost of revenue", "$", "70", "$", "58", "$", "50", "$", "192", "$", "125")])


def _table(rows) -> RawTable:
    raw = [_row(i + 1, *r) for i, r in enumerate(rows)]
    return RawTable(layout="grid", first_line=1, last_line=len(raw), rows=raw)


def test_a_grid_that_prints_prose_and_its_header_again_holds_another_table():
    parts = split_repeated_header(_table(ROWS))
    assert [p.rows[0].cells[0].text for p in parts] == [
        "NVIDIA CORPORATION", ROWS[8][0], "(B) Stock-based compensation consists of the following:"]
    assert [len(p.rows) for p in parts] == [8, 6, 5]
    assert parts[0].last_line == 8 and parts[1].first_line == 9 and parts[2].last_line == len(ROWS)


def test_a_header_printed_again_without_prose_before_it_is_no_new_table():
    """A statement continued under its header again ("LIABILITIES AND EQUITY", a heading, not a sentence)."""
    rows = ([("CONDENSED CONSOLIDATED BALANCE SHEETS",)] + HEADER + [("Cash and cash equivalents", "$", "11,486", "$", "8,589")]
            + [("LIABILITIES AND SHAREHOLDERS' EQUITY",)] + HEADER + [("Accounts payable", "$", "8,624", "$", "6,310")])
    assert len(split_repeated_header(_table(rows))) == 1


def test_the_sentence_may_stand_over_a_header_line_that_is_not_repeated():
    """NVIDIA Q1 FY2023's grid: its first header prints "Three Months Ended" in one cell with the title, so the
    footnote's "Three Months Ended" is no repetition; the dates under it are. The sentence over both starts a table."""
    header = [("Three Months Ended",), ("May 1,", "January 30,", "May 2,"), ("2022", "2022", "2021")]
    rows = ([("RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES", "Three Months Ended")] + header[1:]
            + [("GAAP gross profit", "$", "5,431", "$", "4,999", "$", "3,629"),
               ("Free cash flow", "$", "1,348", "$", "2,739", "$", "1,557"),
               ("(A) Acquisition-related and other costs are comprised of amortization of intangible assets, transaction "
                "costs and certain compensation charges presented in the following line items:",)] + header
            + [("Cost of revenue", "$", "94", "$", "86", "$", "87"), ("Research and development", "$", "9", "$", "9", "$", "1"),
               ("(B) Stock-based compensation consists of the following:",)] + header
            + [("Cost of revenue", "$", "38", "$", "39", "$", "25")])
    parts = split_repeated_header(_table(rows))
    assert [p.rows[0].cells[0].text for p in parts] == ["RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES", rows[5][0],
                                                        "(B) Stock-based compensation consists of the following:"]
    assert [len(p.rows) for p in parts] == [5, 6, 5]


def test_a_heading_over_a_header_printed_again_is_still_no_new_table():
    """Header lines over the repeated one are walked over only up to a sentence: a heading is none."""
    rows = ([("CONDENSED CONSOLIDATED BALANCE SHEETS",)] + HEADER + [("Cash and cash equivalents", "$", "11,486", "$", "8,589")]
            + [("LIABILITIES AND SHAREHOLDERS' EQUITY",), ("Three Months Ended",)] + HEADER[1:]
            + [("Accounts payable", "$", "8,624", "$", "6,310")])
    assert len(split_repeated_header(_table(rows))) == 1


@pytest.mark.skipif(not (CORPUS / "nvidia-q1-fy2023.html").exists(), reason="../shared/corpus is not beside the project")
def test_nvidia_q1_footnote_tables_under_a_length_line(tmp_path):
    facts = _facts(CORPUS / "nvidia-q1-fy2023.html", tmp_path)
    q1 = [r for r in facts if r["period_start"] == "2022-01-31" and r["period_end"] == "2022-05-01"]
    by = {(r["concept"], r.get("us-gaap:IncomeStatementLocationAxis")): r["value"] for r in q1}
    assert by[("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:ResearchAndDevelopmentExpenseMember")] == "384000000"
    assert by[("nvda:AcquisitionRelatedAndOtherCosts", "us-gaap:CostOfSalesMember")] == "94000000"
    assert not [r for r in q1 if r["label"] == "Cost of revenue" and r["value"] in ("94000000", "38000000")
                and not r.get("us-gaap:IncomeStatementLocationAxis")]


def test_location_members_by_member_key():
    assert standard_location("Cost of revenue") == "us-gaap:CostOfSalesMember"
    assert standard_location("Cost of revenues") == "us-gaap:CostOfSalesMember"
    assert standard_location("Sales, general and administrative") == "us-gaap:SellingGeneralAndAdministrativeExpensesMember"
    assert standard_location("Research and development") == "us-gaap:ResearchAndDevelopmentExpenseMember"
    assert standard_location("Restricted stock units") is None


def test_a_standard_member_key_no_label_has_is_an_error(monkeypatch):
    raw = copy.deepcopy(rules._load_toml("mapping.toml"))
    raw["standard_members"]["us-gaap:IncomeStatementLocationAxis"]["cost of revenue"] = "us-gaap:CostOfSalesMember"
    monkeypatch.setattr(rules, "_load_toml", lambda name: raw)
    rules.mapping_knowledge.cache_clear()
    try:
        with pytest.raises(PrxbrlError, match="'cost of revenue': not a member key"):
            rules.mapping_knowledge()
    finally:
        monkeypatch.undo()
        rules.mapping_knowledge.cache_clear()
        rules._abbrev_re.cache_clear()
        rules.normalize.cache_clear()


def _facts(src: Path, tmp_path: Path) -> list[dict]:
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_stock_based_compensation_by_line_item_and_by_award_type(tmp_path):
    facts = _facts(FIXTURE, tmp_path)
    located = {(r["label"], r["period_end"]): (r["concept"], r["value"]) for r in facts if r.get("us-gaap:IncomeStatementLocationAxis")}
    assert located[("Research and development", "2025-12-31")] == ("us-gaap:AllocatedShareBasedCompensationExpense", "8432000")
    assert {r["us-gaap:IncomeStatementLocationAxis"] for r in facts if r.get("us-gaap:IncomeStatementLocationAxis")} == {
        "us-gaap:CostOfSalesMember", "us-gaap:ResearchAndDevelopmentExpenseMember", "us-gaap:SellingGeneralAndAdministrativeExpensesMember"}
    total = [r for r in facts if r["label"] == "Total stock-based compensation" and r["period_end"] == "2025-12-31"]
    assert total and all(r["concept"] == "us-gaap:AllocatedShareBasedCompensationExpense" and r["value"] == "14759000"
                         and not r["us-gaap:IncomeStatementLocationAxis"] for r in total)
    # by award type: no line items, so no location members
    assert not any(r["us-gaap:IncomeStatementLocationAxis"] for r in facts if r["label"] == "Restricted stock units")


@pytest.mark.skipif(not (CORPUS / "nvidia-q3-fy2026.html").exists(), reason="../shared/corpus is not beside the project")
def test_nvidia_footnote_tables_inside_the_reconciliation_grid(tmp_path):
    facts = _facts(CORPUS / "nvidia-q3-fy2026.html", tmp_path)
    q3 = [r for r in facts if r["period_start"] == "2025-07-28" and r["period_end"] == "2025-10-26"]
    by = {(r["concept"], r.get("us-gaap:IncomeStatementLocationAxis")): r["value"] for r in q3}
    assert by[("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:ResearchAndDevelopmentExpenseMember")] == "1206000000"
    assert by[("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:CostOfSalesMember")] == "70000000"
    acquisition = {r["us-gaap:IncomeStatementLocationAxis"]: r for r in q3 if r["concept"] == "nvda:AcquisitionRelatedAndOtherCosts"}
    assert acquisition["us-gaap:CostOfSalesMember"]["value"] == "48000000"
    assert acquisition["us-gaap:SellingGeneralAndAdministrativeExpensesMember"]["value"] == "4000000"
    # no row of the footnotes is a line item of the reconciliation ("non-GAAP cost of revenue" of $48 million)
    footnote_rows = ("Cost of revenue", "Research and development", "Sales, general and administrative")
    assert not [r for r in q3 if r["label"] in footnote_rows and r["value"] in ("48000000", "35000000", "70000000", "1206000000")
                and not r.get("us-gaap:IncomeStatementLocationAxis")]


YELP = Path(__file__).parent / "fixtures" / "yelp-q2-2026-operations.md"  # lines 98-100 and 215-251 of the release (8-K text)


def test_a_footnote_that_includes_the_amount_as_follows(tmp_path):
    """Yelp Q2 2026: the statement's "Cost of revenue (1)" ... and below it "(1) Includes stock-based compensation
    expense as follows:" over "Cost of revenue | 1,242 ...": the stock-based compensation in each line item (those rows
    had been extension line items named like the statement's, 'another table prints another figure for it')."""
    facts = _facts(YELP, tmp_path)
    q2 = {(r["concept"], r.get("us-gaap:IncomeStatementLocationAxis")): r["value"]
          for r in facts if r["period_start"] == "2026-04-01" and r["period_end"] == "2026-06-30"}
    assert q2[("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:CostOfSalesMember")] == "1242000"
    assert q2[("us-gaap:AllocatedShareBasedCompensationExpense", "us-gaap:GeneralAndAdministrativeExpenseMember")] == "7754000"
    assert q2[("us-gaap:AllocatedShareBasedCompensationExpense", "")] == "25749000"  # the total
    assert q2[("us-gaap:CostOfRevenue", "")] == "41776000"  # the statement's own line item


@pytest.mark.skipif(not (CORPUS / "nvidia-q3-fy2026.html").exists(), reason="../shared/corpus is not beside the project")
def test_an_adjustment_of_a_gaap_line_item_is_the_amount_recorded_in_it(tmp_path):
    """NVIDIA Q3 FY2026 reconciliation: "GAAP operating expenses $ 5,839" / "Stock-based compensation expense (B)
    (1,585)" / ... / "Non-GAAP operating expenses $ 4,215": the stock-based compensation recorded in operating
    expenses, 1,585 (it had been an extension line item of -1,585). It is the (B) table's research and development
    (1,206) and sales, general and administrative (379) together."""
    facts = _facts(CORPUS / "nvidia-q3-fy2026.html", tmp_path)
    q3 = {(r["concept"], r.get("us-gaap:IncomeStatementLocationAxis")): r["value"] for r in facts
          if r["period_start"] == "2025-07-28" and r["period_end"] == "2025-10-26"}
    sbc = "us-gaap:AllocatedShareBasedCompensationExpense"
    assert q3[(sbc, "us-gaap:OperatingExpenseMember")] == "1585000000"
    assert int(q3[(sbc, "us-gaap:ResearchAndDevelopmentExpenseMember")]) + int(
        q3[(sbc, "us-gaap:SellingGeneralAndAdministrativeExpensesMember")]) == 1585000000
    # an adjustment no rule names is the amount the (A) table splits by line item, the company's own concept; and
    # "Other", taken out of cost of revenue and of operating expenses alike, is its part in each (adjustments.py)
    assert {k[0] for k in q3 if k[1] == "us-gaap:OperatingExpenseMember"} == {sbc, "nvda:AcquisitionRelatedAndOtherCosts", "nvda:Other"}
