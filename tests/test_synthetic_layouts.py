"""Layouts the example and the corpus do not have, in small synthetic releases (tests/fixtures)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from conftest import fact

FIXTURES = Path(__file__).parent / "fixtures"


def test_month_and_day_over_a_line_of_years(tmp_path):
    """"Three Months Ended September 30,  Nine Months Ended September 30," over "2024 2023 2024 2023"."""
    from prxbrl.pipeline import convert

    r = convert(FIXTURES / "synthetic-us-quarterly.txt", tmp_path / "o", validate=False)
    cols = r.doc.tables[0].columns
    assert [(c.period.start, c.period.end) for c in cols] == [
        (date(2024, 7, 1), date(2024, 9, 30)),
        (date(2023, 7, 1), date(2023, 9, 30)),
        (date(2024, 1, 1), date(2024, 9, 30)),
        (date(2023, 1, 1), date(2023, 9, 30)),
    ]
    f = r.mapped.filing
    nine = dict(start=date(2024, 1, 1), end=date(2024, 9, 30))
    assert fact(f, "us-gaap:Revenues", **nine, unit="USD", dims={}).value == Decimal("361900000")
    # below the operating income, in a release of 2024: US GAAP 2024's nonoperating interest expense (interest_lines)
    assert fact(f, "us-gaap:InterestExpenseNonoperating", **nine, unit="USD", dims={}).value == Decimal("3700000")
    assert fact(f, "us-gaap:EarningsPerShareDiluted", **nine, unit="USDPerShare", dims={}).value == Decimal("1.76")
    assert fact(f, "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", **nine, unit="shares", dims={}).value == Decimal("20230000")
    assert fact(f, "us-gaap:LongTermDebtNoncurrent", instant=date(2024, 9, 30), unit="USD", dims={}).value == Decimal("40000000")
    assert not f.extension.concepts or all(c.abstract for c in f.extension.concepts)  # every line item is US GAAP
    calc = {(a.parent, a.child): a.weight for role in f.calculation for a in role.arcs}
    assert calc[("us-gaap:GrossProfit", "us-gaap:CostOfRevenue")] == -1
    assert calc[("us-gaap:OperatingExpenses", "us-gaap:ResearchAndDevelopmentExpense")] == 1
    assert r.report.counts.unexplained_cells == 0


def test_html_spanning_headers_and_split_cells(tmp_path):
    """"Three Months Ended December 31," and "Year Ended December 31," spanning year columns; "$" and ")" in cells of their own."""
    from prxbrl.pipeline import convert

    r = convert(FIXTURES / "synthetic-html-annual.html", tmp_path / "o", validate=False)
    assert [(c.period.start, c.period.end) for c in r.doc.tables[0].columns] == [
        (date(2023, 10, 1), date(2023, 12, 31)),
        (date(2022, 10, 1), date(2022, 12, 31)),
        (date(2023, 1, 1), date(2023, 12, 31)),
        (date(2022, 1, 1), date(2022, 12, 31)),
    ]
    f = r.mapped.filing
    year = dict(start=date(2023, 1, 1), end=date(2023, 12, 31))
    assert fact(f, "us-gaap:Revenues", **year, unit="USD", dims={}).value == Decimal("4830000000")
    interest = fact(f, "us-gaap:InterestExpense", start=date(2022, 1, 1), end=date(2022, 12, 31), unit="USD", dims={})
    assert (interest.value, interest.printed) == (Decimal("90000000"), "(90)")
    assert fact(f, "us-gaap:EarningsPerShareDiluted", **year, unit="USDPerShare", dims={}).value == Decimal("6.06")
    assert fact(f, "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", **year, unit="shares", dims={}).value == Decimal("100000000")
    dei = {x.concept: x.value for x in f.facts if x.concept.startswith("dei:")}
    assert (dei["dei:TradingSymbol"], dei["dei:DocumentFiscalPeriodFocus"], dei["dei:EntityRegistrantName"]) == ("GDGT", "FY", "Gadget Corp.")
    assert r.report.counts.unexplained_cells == 0
