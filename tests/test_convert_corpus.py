"""Releases nobody wrote rules for: each converts to an instance Arelle accepts with zero errors."""

from datetime import date
from decimal import Decimal

import pytest

from conftest import CORPUS, PACKAGE, fact, need_shared

NAMES = ["apple-q1-fy2011.txt", "apple-q1-fy2011.html", "buckle-q3-fy2024.txt", "buckle-q3-fy2024.html", "sears-q2-2004.txt"]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    from prxbrl.pipeline import convert

    need_shared(PACKAGE)
    out = {}
    for name in NAMES:
        out[name] = convert(CORPUS / name, tmp_path_factory.mktemp(name.replace(".", "-")), packages=[PACKAGE])
    return out


@pytest.mark.parametrize("name", NAMES)
def test_converts_with_zero_arelle_errors(results, name):
    r = results[name]
    errors = [f for f in r.validation.findings if f.severity == "error"]
    assert r.validation.ok and not errors, errors[:3]
    assert r.report.counts.unexplained_cells == 0
    assert r.report.counts.facts > 100


def test_apple_statements(results):
    for name in ("apple-q1-fy2011.txt", "apple-q1-fy2011.html"):
        f = results[name].mapped.filing
        q1 = dict(start=date(2010, 9, 26), end=date(2010, 12, 25))
        assert fact(f, "us-gaap:Revenues", **q1, unit="USD", dims={}).value == Decimal("26741000000")
        # no noncontrolling-interest line in the release: net income is NetIncomeLoss (issue 9)
        assert fact(f, "us-gaap:NetIncomeLoss", **q1, unit="USD", dims={}).value == Decimal("6004000000")
        assert fact(f, "us-gaap:EarningsPerShareDiluted", **q1, unit="USDPerShare", dims={}).value == Decimal("6.43")
        assert fact(f, "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", **q1, unit="shares", dims={}).value == Decimal("933154000")
        assert fact(f, "us-gaap:Assets", instant=date(2010, 12, 25), unit="USD", dims={}).value == Decimal("86742000000")
        capex = fact(f, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", **q1, unit="USD", dims={})
        assert capex.value == Decimal("1214000000")
        sbc = fact(f, "us-gaap:AllocatedShareBasedCompensationExpense", **q1, unit="USD",
                   dims={"us-gaap:IncomeStatementLocationAxis": "us-gaap:ResearchAndDevelopmentExpenseMember"})
        assert sbc.value == Decimal("113000000")
        assert f.extension.prefix == "apple"


def test_buckle_text_and_html_give_the_same_facts(results):
    def key(r):
        ctx = {c.id: c for c in r.mapped.filing.contexts}
        return {(f.concept, ctx[f.context].start, ctx[f.context].end, f.unit, f.value) for f in r.mapped.filing.facts if not f.concept.startswith("dei:")}

    a, b = results["buckle-q3-fy2024.txt"], results["buckle-q3-fy2024.html"]
    assert key(a) == key(b)
    f = a.mapped.filing
    ytd = dict(start=date(2024, 2, 4), end=date(2024, 11, 2))
    assert fact(f, "us-gaap:Revenues", **ytd, unit="USD", dims={}).value == Decimal("838490000")
    assert fact(f, "us-gaap:OperatingExpenses", start=date(2024, 8, 4), end=date(2024, 11, 2), unit="USD", dims={}).value == Decimal("85588000")
    assert fact(f, "us-gaap:PropertyPlantAndEquipmentNet", instant=date(2024, 11, 2), unit="USD", dims={}).value == Decimal("143032000")
    dei = {x.concept: x.value for x in f.facts if x.concept.startswith("dei:")}
    assert dei["dei:DocumentFiscalPeriodFocus"] == "Q3" and dei["dei:TradingSymbol"] == "BKE"


def test_sears_fixed_width(results):
    f = results["sears-q2-2004.txt"].mapped.filing
    q2 = dict(start=date(2004, 4, 4), end=date(2004, 7, 3))
    assert fact(f, "us-gaap:Revenues", **q2, unit="USD", dims={}).value == Decimal("8781000000")
    tax = fact(f, "us-gaap:IncomeTaxExpenseBenefit", **q2, unit="USD", dims={})
    assert tax.value == Decimal("32000000")  # printed (32): an expense is positive
    domestic = fact(f, "us-gaap:OperatingIncomeLoss", **q2, unit="USD", dims={"us-gaap:StatementBusinessSegmentsAxis": "s:DomesticMember"})
    assert domestic.value == Decimal("42000000")
    assert fact(f, "us-gaap:Assets", instant=date(2004, 7, 3), unit="USD", dims={}).value == Decimal("21927000000")


@pytest.mark.parametrize("name, focus, year_end", [
    # the headline of a release run together on one line names "FOURTH QUARTER AND FISCAL YEAR" before its outlook's
    # "first quarter of fiscal 2025" (was Q1)
    ("applied-materials-q4-fy2024.txt", "FY", "--10-27"),
    # a first quarter starts the fiscal year: the year before ended the day before (was --12-31, the calendar's); of a
    # 52/53-week year that is the end of the year before, and this one ends 52 weeks later, on the same rule (the last
    # or nearest Sunday of January: January 29, 2023; was --01-30, the year before's)
    ("nvidia-q1-fy2023.txt", "Q1", "--01-29"),
    # (September 30, 2023 is a month's end: read as a calendar month's year end, though Apple's fiscal 2024 ended on
    # September 28, 2024)
    ("apple-q1-fy2024.html", "Q1", "--09-30"),
    # nine months to date start the fiscal year (was --12-31); of Buckle's 52/53-week year the one after February 3,
    # 2024, the Saturday nearest January 31: February 1, 2025 (was --02-03, the year before's end)
    ("buckle-q3-fy2024.txt", "Q3", "--02-01"),
    # Sears' year ends on the Saturday nearest December 31: fiscal 2004 on January 1, 2005 (was --01-03)
    ("sears-q2-2004.txt", "Q2", "--01-01"),
    ("columbia-sportswear-q4-fy2022.txt", "FY", "--12-31"),
])
def test_the_cover_names_the_fiscal_period_and_year_end(tmp_path, name, focus, year_end):
    from prxbrl.pipeline import convert

    r = convert(need_shared(CORPUS / name), tmp_path / "o", validate=False)
    dei = {x.concept: x.value for x in r.mapped.filing.facts if x.concept.startswith("dei:")}
    assert (dei["dei:DocumentFiscalPeriodFocus"], dei["dei:CurrentFiscalYearEndDate"]) == (focus, year_end)
