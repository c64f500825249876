"""Nordic period headers: month ranges by number with a space for the slash ("10–12 2024"), by name ("Oct-Dec
2024", "Oct–Dec/2024", "October-December 2024"), and by name over a line of years ("Oct-Dec" over "2024"); and key
figures whose label names the percent sign as their unit ("Operative EBITDA, %": a percentage, never money).

Lines copied from Kemira's and Teleste's Q4 2024 releases (February 2025), never seen by the converter before."""

from datetime import date
from decimal import Decimal

import pytest
from conftest import cells

from prxbrl.extract import extract_file
from prxbrl.models import FiscalCalendar
from prxbrl.periods import Calendar, find_period_exprs, resolve
from prxbrl.tables.columns import label_unit

KEMIRA = """\
**KEY FIGURES AND RATIOS**

| EUR million | Oct-Dec | Oct-Dec | Jan-Dec | Jan-Dec |
| --- | --- | --- | --- | --- |
| 2024 | 2023 | 2024 | 2023 |
| Revenue | 723.7 | 808.8 | 2,948.1 | 3,383.7 |
| Revenue, O&G divestment adjusted | 723.7 | 690.2 | 2,903.5 | 2,889.0 |
| Operative EBITDA | 135.0 | 162.7 | 585.4 | 666.7 |
| Operative EBITDA, O&G divestment adjusted | 135.0 | 149.3 | 582.1 | 595.9 |
| Operative EBITDA, % | 18.7 | 20.1 | 19.9 | 19.7 |
| Operative EBITDA %, O&G divestment adjusted | 18.7 | 21.6 | 20.0 | 20.6 |
| EBITDA | 116.5 | 51.3 | 550.7 | 540.0 |
| EBITDA, % | 16.1 | 6.3 | 18.7 | 16.0 |
| Operative EBIT | 86.2 | 112.6 | 398.7 | 463.0 |
| Operative EBIT, O&G divestment adjusted | 86.2 | 103.7 | 395.5 | 415.5 |
| Operative EBIT, % | 11.9 | 13.9 | 13.5 | 13.7 |
| Operative EBIT %, O&G divestment adjusted | 11.9 | 15.0 | 13.6 | 14.4 |
| EBIT | 67.0 | 1.3 | 363.2 | 336.4 |
| EBIT, % | 9.3 | 0.2 | 12.3 | 9.9 |
| Net profit for the period | 51.1 | -27.1 | 262.7 | 211.3 |
| Earnings per share, diluted, EUR | 0.31 | -0.20 | 1.61 | 1.28 |
| Capital employed\\* | 1,920.1 | 2,155.5 | 1,920.1 | 2,155.5 |
| Capital employed\\*, O&G divestment adjusted | 1,920.1 | 1,856.0 | 1,920.1 | 1,856.0 |
| Operative ROCE\\*, % | 20.8 | 21.5 | 20.8 | 21.5 |
| Operative ROCE, %, O&G divestment adjusted | 20.6 | 22.4 | 20.6 | 22.4 |
| ROCE\\*, % | 18.9 | 15.6 | 18.9 | 15.6 |
| Cash flow from operating activities | 165.4 | 133.3 | 484.6 | 546.0 |
| Capital expenditure excl. acquisition | 71.1 | 72.7 | 167.3 | 204.9 |
| Capital Expenditure excl. Acquisitions, O&G divestment adjusted | 71.1 | 66.1 | 167.3 | 187.7 |
| Capital expenditure | 71.1 | 72.7 | 170.5 | 206.8 |
| Cash flow after investing activities | 95.5 | 60.5 | 411.8 | 349.3 |
| Equity ratio, % at period-end | 53 | 48 | 53 | 48 |
| Equity per share, EUR | 11.59 | 10.84 | 11.59 | 10.84 |
| Gearing, % at period-end | 16 | 32 | 16 | 32 |

\\*12-month rolling average
"""

TELESTE = """\

| EUR million | 10–12 2024 | 10–12 2023 | Change | 1–12 2024 | 1–12 2023 | Change |
| --- | --- | --- | --- | --- | --- | --- |
| Net sales | 36.5 | 30.7 | 19.0 % | 132.5 | 151.3 | -12.4% |
| Adjusted EBITDA 1) | 2.1 | 0.4 | 503.0% | 9.2 | 7.2 | 27.2% |
| Adjusted EBITDA, % 1) | 5.8% | 1.2% |  | 6.9% | 4.8% |  |
| Adjusted EBIT 1) | 0.8 | -1.4 | n/a | 4.0 | 1.2 | 248.2% |
| Adjusted EBIT, % 1) | 2.3 % | -4.6% |  | 3.0 % | 0.8% |  |
| EBIT | -5.7 | -2.3 | n/a | -5.5 | -0.5 | n/a |
| EBIT, % | -15.6% | -7.6% |  | -4.2% | -0.3% |  |
| Net result for the period | -5.0 | -2.8 | n/a | -6.1 | -0.5 | n/a |
| Adjusted earnings per share, EUR 1) | 0.08 | -0.10 | n/a | 0.20 | 0.09 | 137.7% |
| Earnings per share, EUR | -0.27 | -0.15 | n/a | -0.32 | 0.00 | n/a |
| Cash flow from operations | 1.8 | -1.9 | n/a | 12.4 | 10.8 | 15.2% |
| Orders received | 36.3 | 32.1 | 13.2% | 124.9 | 149.6 | -16.5% |
| Order book |  |  |  | 118.3 | 125.9 | -6.1% |
| Net gearing, % |  |  |  | 46% | 52% |  |
| Equity ratio, % |  |  |  | 45% | 45% |  |
| Personnel at period-end |  |  |  | 619 | 750 | -17.5% |

* An alternative performance measure defined in the tables section of the report.
"""

Q4_2024 = (date(2024, 10, 1), date(2024, 12, 31))
FY_2024 = (date(2024, 1, 1), date(2024, 12, 31))
Q4_2023 = (date(2023, 10, 1), date(2023, 12, 31))
FY_2023 = (date(2023, 1, 1), date(2023, 12, 31))


def _doc(tmp_path, text, name="release.md"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract_file(p)


@pytest.mark.parametrize("text, months", [
    ("10–12 2024", Q4_2024), ("1–12 2024", FY_2024), ("10-12/2024", Q4_2024), ("Oct-Dec 2024", Q4_2024),
    ("Oct–Dec/2024", Q4_2024), ("October-December 2024", Q4_2024), ("Jan-Dec 2023", FY_2023),
])
def test_month_ranges(text, months):
    exprs = find_period_exprs(text)
    assert [e.kind for e in exprs] == ["month_range"]
    p = resolve(exprs[0], Calendar(FiscalCalendar()))
    assert (p.start, p.end) == months


def test_a_month_range_without_a_year_or_into_the_next_year_is_no_period():
    cal = Calendar(FiscalCalendar())
    assert resolve(find_period_exprs("Oct-Dec")[0], cal) is None  # the year comes from the line of years under it
    assert resolve(find_period_exprs("Dec-Nov 2024")[0], cal) is None


def test_month_names_over_a_line_of_years(tmp_path):
    doc = _doc(tmp_path, KEMIRA)
    revenue = cells(doc, label="Revenue")[:4]
    assert [c.value for c in revenue] == [Decimal("723.7"), Decimal("808.8"), Decimal("2948.1"), Decimal("3383.7")]
    assert [(c.period.start, c.period.end) for c in revenue] == [Q4_2024, Q4_2023, FY_2024, FY_2023]
    assert {(c.unit, c.scale) for c in revenue} == {("EUR", 6)}


def test_a_label_naming_the_percent_sign_is_a_percentage(tmp_path):
    assert label_unit("Operative EBITDA, %") == "pure"
    assert label_unit("Gearing, % at period-end") == "pure"
    assert label_unit("Operative EBITDA %, O&G divestment adjusted") == "pure"
    assert label_unit("Earnings per share, diluted, EUR") == "per_share"
    doc = _doc(tmp_path, KEMIRA)
    margin = cells(doc, label="Operative EBITDA, %")
    # 18.7 percent: 0.187, never EUR 18.7 million
    assert [(c.value, c.unit, c.scale) for c in margin] == [(Decimal(v), "pure", -2) for v in ("18.7", "20.1", "19.9", "19.7")]
    adjusted = cells(doc, label="Operative EBITDA %, O&G")
    assert {(c.unit, c.scale) for c in adjusted} == {("pure", -2)}
    gearing = cells(doc, label="Gearing, %")
    assert [(c.value, c.unit, c.scale) for c in gearing] == [(Decimal(v), "pure", -2) for v in ("16", "32", "16", "32")]


def test_month_numbers_with_a_space_for_the_slash(tmp_path):
    doc = _doc(tmp_path, TELESTE)
    sales = [c for c in cells(doc, label="Net sales") if c.role == "value"]
    assert [c.value for c in sales] == [Decimal("36.5"), Decimal("30.7"), Decimal("132.5"), Decimal("151.3")]
    assert [(c.period.start, c.period.end) for c in sales] == [Q4_2024, Q4_2023, FY_2024, FY_2023]


def test_a_fiscal_year_beside_its_fourth_quarter(tmp_path):
    # Teleste's key figures with the headers written "Q4 2024 | Q4 2023 | Change | FY 2024 | FY 2023 | Change" (as
    # many Nordic releases print them): the fourth quarters are read as October to December, and a fourth quarter ends
    # its fiscal year, so FY 2024 is the calendar year, not refused as a year whose end nothing states
    text = TELESTE.replace("10–12 2024", "Q4 2024").replace("10–12 2023", "Q4 2023")
    text = text.replace("1–12 2024", "FY 2024").replace("1–12 2023", "FY 2023")
    doc = _doc(tmp_path, text)
    sales = [c for c in cells(doc, label="Net sales") if c.role == "value"]
    assert [(c.value, (c.period.start, c.period.end)) for c in sales] == [
        (Decimal("36.5"), Q4_2024), (Decimal("30.7"), Q4_2023), (Decimal("132.5"), FY_2024), (Decimal("151.3"), FY_2023)]
    # a fiscal year with no fourth quarter of its own beside it stays refused
    text = text.replace("Q4 2024", "Q3 2024").replace("Q4 2023", "Q3 2023")
    doc = _doc(tmp_path, text)
    assert [c.value for c in cells(doc, label="Net sales") if c.role == "value"] == [Decimal("36.5"), Decimal("30.7")]
    assert any(t.reason == "fiscal_year_end_unknown" for t in doc.tokens)


def test_personnel_is_a_count_of_people_not_money(tmp_path):
    # "Personnel at period-end | | | | 619 | 750 |" in a table of EUR million: 619 people, never EUR 619 million
    doc = _doc(tmp_path, TELESTE)
    assert not [c for c in cells(doc, label="Personnel at period-end") if c.role == "value"]
    assert [t.raw for t in doc.tokens if t.reason == "count_of_people"] == ["619", "750"]
    assert label_unit("Personnel expenses") is None


def test_a_percentage_with_a_space_before_its_sign_is_one_figure(tmp_path):
    # Teleste's "| Adjusted EBIT, % 1) | 2.3 % | -4.6% |  | 3.0 % | 0.8% |  |": "2.3 %" had been no figure
    doc = _doc(tmp_path, TELESTE)
    got = {(c.period.start, c.period.end): (c.value, c.unit) for c in cells(doc, label="Adjusted EBIT, %")}
    assert got == {Q4_2024: (Decimal("2.3"), "pure"), Q4_2023: (Decimal("-4.6"), "pure"),
                   FY_2024: (Decimal("3.0"), "pure"), FY_2023: (Decimal("0.8"), "pure")}
