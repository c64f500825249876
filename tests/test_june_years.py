"""A year alone over a column in a release whose fiscal year ends on another day than December 31: the fiscal year
that ends on that day of the year, where the release proves it (``tables.year_columns.named_fiscal_year``).

From Ai-Media's Appendix 4E releases (tests/fixtures/aimedia-fy2023-4e.md, aimedia-fy2024-4e.md): "Reporting period:
For the year ended 30 June 2023" / "Previous period: For the year ended 30 June 2022" (lines 11-17), and the
reconciliation of line 41 headed "Consolidated / 2023 2022 / $ $" ("Revenue 61,769,967 59,784,026" ... "EBITDA
3,310,552 1,100,574"). Its columns had no period (30 no_period cells). The prose above the table speaks of revenue;
read as the table's title it made every row a revenue by product ("Less: Direct employee costs" a member of
us-gaap:Revenues): a reconciliation's rows are its measures and their adjustments."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.models import FiscalCalendar
from prxbrl.fiscal_calendar import reported_year_ends, stated_year_ends
from prxbrl.periods import Calendar, duration_of, find_period_exprs
from prxbrl.pipeline import convert
from prxbrl.tables.slot_period import _year_of_statement
from prxbrl.tables.year_columns import named_fiscal_year, named_year_ends

FIXTURES = Path(__file__).parent / "fixtures"
JUNE = FiscalCalendar(year_end_month=6, year_end_day=30)


def _june(*ends: date) -> Calendar:
    return Calendar(JUNE, year_end_known=True, year_ends=frozenset(ends), named_year_ends=frozenset(ends))


def _facts(tmp_path: Path, name: str) -> list[dict]:
    out = tmp_path / name
    convert(FIXTURES / name, out, formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next(out.glob("*-facts-plain.csv")).open(encoding="utf-8")))


@pytest.mark.parametrize("name, line, now, before", [
    ("aimedia-fy2023-4e.md", "41", {"us-gaap:Revenues": "61769967", "us-gaap:IncomeTaxExpenseBenefit": "1711000",
                                    "aimedia:Ebitda": "3310552"},
     {"us-gaap:Revenues": "59784026", "us-gaap:IncomeTaxExpenseBenefit": "222270", "aimedia:Ebitda": "1100574"}),
    ("aimedia-fy2024-4e.md", "43", {"us-gaap:Revenues": "66236058", "us-gaap:IncomeTaxExpenseBenefit": "1044713"},
     {"us-gaap:Revenues": "61769967", "us-gaap:IncomeTaxExpenseBenefit": "1711000"}),
])
def test_bare_years_of_a_june_year(tmp_path, name, line, now, before):
    rows = [r for r in _facts(tmp_path, name) if r["source_line"] == line]
    year = 2023 if "2023" in name else 2024
    got = {(r["concept"], r["period_start"], r["period_end"]): r["value"] for r in rows}
    for concept, value in now.items():
        assert got[(concept, f"{year - 1}-07-01", f"{year}-06-30")] == value
    for concept, value in before.items():
        assert got[(concept, f"{year - 2}-07-01", f"{year - 1}-06-30")] == value
    assert all(r["period_start"] for r in rows)  # flows of the year, no balance
    assert all(r["unit"] == "iso4217:AUD" for r in rows)
    assert not any(v for r in rows for k, v in r.items() if k.endswith("Axis"))  # no revenue by product


def test_the_fy2022_ebit_is_the_year_ended_30_june_2022(tmp_path):
    rows = _facts(tmp_path, "aimedia-fy2023-4e.md")
    ebit = [r for r in rows if r["value"] == "-3352099"]
    assert [(r["period_start"], r["period_end"]) for r in ebit] == [("2021-07-01", "2022-06-30")]
    report = json.loads((tmp_path / "aimedia-fy2023-4e.md" / "report.json").read_text(encoding="utf-8"))
    assert not [c for c in report["cells"] if c["line"] == 41 and c.get("reason") == "no_period"]


def test_the_year_named_by_the_latest_stated_end():
    cal = _june(date(2024, 6, 30), date(2023, 6, 30))
    assert named_fiscal_year(2024, frozenset({2024, 2023}), cal) == (date(2023, 7, 1), date(2024, 6, 30))
    assert named_fiscal_year(2023, frozenset({2024, 2023}), cal) == (date(2022, 7, 1), date(2023, 6, 30))
    # the comparative alone is stated too: "Previous period: For the year ended 30 June 2023"
    assert named_fiscal_year(2023, frozenset({2024, 2023}), _june(date(2024, 6, 30))) == (date(2022, 7, 1), date(2023, 6, 30))


def test_no_proof_no_year():
    cal = _june(date(2024, 6, 30))
    assert named_fiscal_year(2022, frozenset({2024, 2023, 2022}), cal) is None  # no comparative of the stated year
    assert named_fiscal_year(2023, frozenset({2023, 2022}), cal) is None  # the table's latest year is no stated end's
    assert named_fiscal_year(2025, frozenset({2025, 2024}), cal) is None  # an outlook's year
    assert named_fiscal_year(2024, frozenset({2024, 2023}), _june()) is None  # nothing stated as a year's end
    # the year end stated on two days (a changed year end): which one a year alone means is not known
    assert named_fiscal_year(2024, frozenset({2024, 2023}), _june(date(2024, 6, 30), date(2023, 12, 31))) is None
    # a 52/53-week year ("year ended January 28, 2024"): no month's last day, no twelve calendar months
    jan = Calendar(FiscalCalendar(year_end_month=1, year_end_day=28), year_end_known=True, named_year_ends=frozenset({date(2024, 1, 28)}))
    assert named_fiscal_year(2024, frozenset({2024, 2023}), jan) is None


def _named(*lines: str) -> frozenset[date]:
    return named_year_ends(list(lines), reported_year_ends(list(lines)))


def test_year_ends_a_year_alone_may_name():
    assert _named("Reporting period:", "", "For the year ended 30 June 2024", "Previous period:",
                  "For the year ended 30 June 2023") == {date(2024, 6, 30), date(2023, 6, 30)}
    assert _named("Fiscal 2024 ended June 30, 2024") == {date(2024, 6, 30)}
    # a fiscal label named by its start: "2023" is the year that ends in 2024
    assert _named("Fiscal 2023 ended January 31, 2024, and net sales rose.") == frozenset()
    # a shorter period ending with or after the latest year end: a year alone may be that period's
    assert _named("For the half-year ended 31 December 2023", "the annual report for the year ended 30 June 2023") == frozenset()
    assert _named("For the half-year ended 30 June 2023", "the Annual Report for the year ended 30 June 2023") == frozenset()
    assert _named("three months ended September 30, 2024", "fiscal year ended June 30, 2024") == frozenset()


def test_balances_and_flows_of_a_june_year():
    cal = _june(date(2024, 6, 30))
    years = frozenset({2024, 2023})
    bs = _year_of_statement(2024, cal, ["CONSOLIDATED STATEMENT OF FINANCIAL POSITION"], None, years)
    assert (bs.kind, bs.end) == ("instant", date(2024, 6, 30))
    ops = _year_of_statement(2023, cal, ["CONSOLIDATED STATEMENTS OF OPERATIONS"], None, years)
    assert (ops.kind, ops.start, ops.end, ops.per_row) == ("duration", date(2022, 7, 1), date(2023, 6, 30), False)
    # "Three Months Ended" over the year and no day: not the year
    assert _year_of_statement(2024, cal, ["Summary"], ("months", 3), years) is None


def test_a_half_year_is_no_year():
    # an Appendix 4D's "Reporting period: For the half-year ended 31 December 2023": six months, no year end
    assert stated_year_ends(["For the half-year ended 31 December 2023"]) == []
    assert stated_year_ends(["For the half year ended 30 June 2024"]) == []
    assert not [e for e in find_period_exprs("Half-Year Ended December 31,") if duration_of(e) == ("months", 12)]
    assert [duration_of(e) for e in find_period_exprs("For the year ended 30 June 2023")] == [("months", 12)]


def test_bare_years_of_a_half_year_report_stay_undated(tmp_path):
    # Ai-Media's FY2023 4E (lines 11-17) as a half-year report would print it: its "2023 | 2022" columns are no years
    text = (FIXTURES / "aimedia-fy2023-4e.md").read_text(encoding="utf-8").replace("For the year ended", "For the half-year ended")
    src = tmp_path / "aimedia-h1.md"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    # no twelve months anywhere (the headline table's "half-year" neither): no figure of the release is read
    with pytest.raises(PrxbrlError, match="no figure in them could be read"):
        convert(src, out, formats=["xml", "csv"], validate=False)
