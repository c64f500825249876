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


def test_forecasts_only_when_few_figures_end_after_the_balance_sheet():
    from test_grid import flattened

    from prxbrl.extract import _future_periods_are_forecasts

    balance = flattened(["Condensed Consolidated Balance Sheets", "(In millions; unaudited)", "March 3, 2023 December 2, 2022",
                         "Cash and cash equivalents $ 4,072 $ 4,236", "Short-term investments 1,581 1,860",
                         "Trade receivables 1,801 2,065"])
    income = flattened(["Condensed Consolidated Statements of Income", "(In millions)", "Three Months Ended",
                        "March 3, 2023 March 4, 2022", "Total revenue $ 4,655 $ 4,262", "Operating income 1,586 1,515",
                        "Net income 1,247 1,266"])
    from test_grid import KNOWN

    targets = flattened(["(Shares in millions) Second Quarter Fiscal 2023", "GAAP tax rate 21.5% 22.0%",
                         "Non-GAAP tax rate 18.5% 18.5%"], KNOWN)
    from prxbrl.models import Table

    def table(tid, cols, rows):
        return Table(id=tid, title="", first_line=1, last_line=2, layout="flattened", columns=cols, rows=rows)

    def cells_of(cols, n):
        from decimal import Decimal

        from prxbrl.models import Cell, LineItem, Span
        return [LineItem(id=f"r{k}", label=f"row {k}", line=k + 1, cells=[
            Cell(column=c.index, raw="1", value=Decimal(1), period=c.period, unit="USD", label=f"row {k}",
                 span=Span(line=k + 1, start=c.index, end=c.index + 1)) for c in cols]) for k in range(n)]

    tables = [table("t1", balance, cells_of(balance, 3)), table("t2", income, cells_of(income, 6)),
              table("t3", targets, cells_of(targets, 1))]
    out = _future_periods_are_forecasts(tables)
    assert [c.period.forecast for r in out[2].rows for c in r.cells] == [True, True]
    assert not any(c.period.forecast for t in out[:2] for r in t.rows for c in r.cells)
    # a release whose figures mostly end after its only balance sheet: that balance sheet is an earlier one
    out = _future_periods_are_forecasts([table("t1", balance, cells_of(balance, 2)), table("t3", targets, cells_of(targets, 3))])
    assert not any(c.period.forecast for t in out for r in t.rows for c in r.cells)


def test_trailing_twelve_months_do_not_make_a_fiscal_year():
    # Amazon Q3 2025: "Twelve Months Ended September 30," beside "Nine Months Ended September 30,": trailing twelve
    # months; the fiscal year stays the calendar year and "Q2 2024" is April to June
    doc = _doc("amazon-q3-2025.txt")
    assert (doc.fiscal_calendar.year_end_month, doc.fiscal_calendar.year_end_day) == (12, 31)
    q2 = {c.period for t in doc.tables for c in t.columns if c.period and c.period.label == "Q2 2024"}
    assert q2 and all((p.start, p.end) == (date(2024, 4, 1), date(2024, 6, 30)) for p in q2)
