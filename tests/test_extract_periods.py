"""The release's calendar applied to whole documents: week-based periods, forecasts, exclusions (corpus releases)."""

from datetime import date

from conftest import CORPUS, need_shared


def _doc(name):
    from prxbrl.extract import extract_file

    return extract_file(need_shared(CORPUS / name))


def test_targets_after_the_balance_sheet_date_are_forecasts():
    # Adobe Q1 FY2023 (text rendering): "Second Quarter Fiscal 2023" targets whose title stands in the prose before them
    doc = _doc("adobe-q1-fy2023.txt")
    q2 = [c for t in doc.tables for r in t.rows for c in r.cells if c.period and c.period.end == date(2023, 6, 2)]
    assert q2 and all(c.period.forecast for c in q2)
    assert not [c for t in doc.tables for r in t.rows for c in r.cells if c.period and c.period.end > date(2023, 3, 3) and not c.period.forecast]


def test_week_based_quarters_in_html_and_text():
    for name in ("nvidia-q1-fy2023.html", "nvidia-q1-fy2023.txt"):
        doc = _doc(name)
        revenue = [c for t in doc.tables for r in t.rows if r.label == "Revenue" for c in r.cells if c.raw.endswith("8,288")]
        assert revenue and {(c.period.start, c.period.end) for c in revenue} == {(date(2022, 1, 31), date(2022, 5, 1))}, name


def test_a_53_week_quarter_the_release_describes():
    # Apple Q1 FY2024: "the Company's fiscal 2023 first quarter had 14 weeks"
    doc = _doc("apple-q1-fy2024.html")
    sales = [c for t in doc.tables for r in t.rows if r.label == "Total net sales" for c in r.cells]
    assert {(c.period.start, c.period.end) for c in sales} == {
        (date(2023, 10, 1), date(2023, 12, 30)), (date(2022, 9, 25), date(2022, 12, 31))}


def test_a_balance_sheet_headed_by_years_alone():
    # Columbia Sportswear Q4 2022: the balance sheet prints "2022  2021"; the statements print twelve months ended December 31
    doc = _doc("columbia-sportswear-q4-fy2022.txt")
    assets = [c for t in doc.tables for r in t.rows if r.label == "Total assets" for c in r.cells]
    assert {(c.period.kind, c.period.end) for c in assets} >= {("instant", date(2022, 12, 31)), ("instant", date(2021, 12, 31))}
