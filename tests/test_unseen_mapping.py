"""Regression tests from Strattec's Q4 FY2026 release (an 8-K exhibit the converter had never seen): the company
printed only as "Strattec (Nasdaq: STRT)" and, in capitals, as STRATTEC SECURITY CORPORATION; a reconciliation's
GAAP lines ("Net income attributable to Strattec (GAAP)") were written as members of operating income and
"Net Sales (GAAP)" under the heading "NET SALES:" as a member of net sales."""

import csv
from pathlib import Path

from prxbrl.extract import _entity
from prxbrl.mapping.builder import _company_names
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
    entity = _entity(doc)
    assert entity.name == "STRATTEC SECURITY CORPORATION" and entity.tickers == ["STRT"]


def test_a_name_printed_in_capitals_and_in_text_is_shown_as_the_text_prints_it():
    doc = SourceDocument(path="x.txt", format="text", encoding="utf-8", sha256="0" * 64, lines=[
        "NVIDIA CORPORATION", "CONDENSED CONSOLIDATED STATEMENTS OF INCOME", "NVIDIA CORPORATION",
        "NVIDIA Corporation reported revenue for the quarter."], paragraphs=[], tables=[])
    assert _entity(doc).name == "NVIDIA Corporation"


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
    assert _entity(doc).name == "Apple"
