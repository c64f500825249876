"""Regression tests from Strattec's Q4 FY2026 release (an 8-K exhibit the converter had never seen): the company
printed only as "Strattec (Nasdaq: STRT)" and, in capitals, as STRATTEC SECURITY CORPORATION; a reconciliation's
GAAP lines ("Net income attributable to Strattec (GAAP)") were written as members of operating income and
"Net Sales (GAAP)" under the heading "NET SALES:" as a member of net sales."""

import csv
from pathlib import Path

from prxbrl.entity import entity_of
from prxbrl.models import SourceDocument
from prxbrl.pipeline import convert
from prxbrl.readers import read_document

# lines 17, 33-110 and 172-186 of the release (SEC filing text): the dates of the statements place its
# 52/53-week fiscal quarters, the reconciliation follows
FIXTURE = Path(__file__).parent / "fixtures" / "strattec-q4-fy2026-excerpt.txt"
RELEASE = FIXTURE.read_text(encoding="utf-8")


def _facts(tmp_path):
    src = tmp_path / "strattec.txt"
    src.write_text(RELEASE, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_company_in_capitals_and_its_short_name_before_the_ticker(tmp_path):
    src = tmp_path / "strattec.txt"
    src.write_text(RELEASE, encoding="utf-8")
    doc = read_document(src)
    entity = entity_of(doc)
    assert entity.name == "STRATTEC SECURITY CORPORATION" and entity.tickers == ["STRT"]


def test_a_name_printed_in_capitals_and_in_text_is_shown_as_the_text_prints_it():
    doc = SourceDocument(path="x.txt", format="text", encoding="utf-8", sha256="0" * 64, lines=[
        "NVIDIA CORPORATION", "CONDENSED CONSOLIDATED STATEMENTS OF INCOME", "NVIDIA CORPORATION",
        "NVIDIA Corporation reported revenue for the quarter."], paragraphs=[], tables=[])
    assert entity_of(doc).name == "NVIDIA Corporation"


def test_gaap_lines_of_a_reconciliation_are_line_items_not_members(tmp_path):
    facts = _facts(tmp_path)
    dims = [k for k in facts[0] if k.endswith("Axis")]
    by_line = {}
    for r in facts:
        by_line.setdefault(r["source_line"], []).append(r)
    net_sales = [r for r in facts if r["label"] == "Net Sales (GAAP)"]
    assert net_sales and all(r["concept"] == "us-gaap:Revenues" and not any(r[d] for d in dims) for r in net_sales)
    net_income = [r for r in facts if r["label"] == "Net income attributable to Strattec (GAAP)"]
    assert net_income and not any(r["concept"] == "us-gaap:OperatingIncomeLoss" for r in net_income)
    assert not any(r[d] for r in net_income for d in dims)


def test_a_release_without_a_legal_name_is_named_by_its_dateline():
    """Apple's Q3 2004 release prints no legal name and no ticker: "CUPERTINO, California—July 14, 2004—Apple® today
    announced financial results ..." (its instance had no registrant name and the prefix 'ext')."""
    doc = SourceDocument(path="x.txt", format="text", encoding="utf-8", sha256="0" * 64, lines=[
        "Apple Reports Third Quarter Results",
        "CUPERTINO, California—July 14, 2004—Apple® today announced financial results for its fiscal 2004 third quarter"
        " ended June 26, 2004."], paragraphs=[], tables=[])
    assert entity_of(doc).name == "Apple"


def test_a_reconciliation_row_a_statement_confirms_is_the_line_item_in_every_column(tmp_path):
    """Strattec's reconciliation prints the eight quarters of two fiscal years; its statement prints only Q4 and the
    years. "Interest expense | 295 | 257 | 243 | 212 | 1,007 | 156 | 96 | 70 | 37 | 359" agrees with the statement's
    interest expense (212, 1,007, 37, 359) and disagrees nowhere: its other quarters are interest expense too (they
    were an extension line item of all ten columns)."""
    facts = _facts(tmp_path)
    # below the operating income, in a release of 2026: US GAAP 2024's nonoperating interest expense (interest_lines)
    interest = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:InterestExpenseNonoperating"}
    assert interest[("2025-06-30", "2025-09-28")] == "156000" and interest[("2024-07-01", "2024-09-29")] == "295000"
    assert interest[("2026-03-30", "2026-06-28")] == "37000"
    assert not [r for r in facts if r["concept"] == "strt:InterestExpense"]
    # "Other (income) expense, net | (129 | 482 ...": income of 129, then an expense of 482
    other = {(r["period_start"], r["label"]): r["value"] for r in facts if r["concept"] == "us-gaap:OtherNonoperatingIncomeExpense"}
    assert other[("2024-07-01", "Other (income) expense, net")] == "129000" and other[("2024-09-30", "Other (income) expense, net")] == "-482000"


def test_the_order_of_the_tables_does_not_change_the_reconciliations_concepts(tmp_path):
    """A reconciliation printed before the statements (Paltalk Q3 2024 prints its reconciliation of net loss to
    adjusted EBITDA first) is read knowing the statements' facts: the release with its reconciliation moved to the top
    gives the same facts."""
    lines = RELEASE.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("RECONCILIATION OF GAAP TO NON-GAAP"))
    reordered = "\n".join(lines[:1] + lines[start:] + [""] + lines[1:start]) + "\n"
    src = tmp_path / "reordered.txt"
    src.write_text(reordered, encoding="utf-8")
    convert(src, tmp_path / "re", formats=["xml", "csv"], validate=False)
    moved = list(csv.DictReader(next((tmp_path / "re").glob("*-facts-plain.csv")).open(encoding="utf-8")))

    def key(rows):
        return sorted((r["concept"], r["period_start"], r["period_end"], r["value"]) for r in rows if not r["concept"].startswith("dei:"))

    (tmp_path / "orig").mkdir()
    assert key(moved) == key(_facts(tmp_path / "orig"))
