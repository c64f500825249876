"""Period expressions and the fiscal calendar."""

from datetime import date

from prxbrl.models import FiscalCalendar
from prxbrl.periods import Calendar, duration_of, find_period_exprs, month_day, months_ending, resolve

JP = Calendar(FiscalCalendar(year_end_month=3, year_end_day=31, naming="start"), year_end_known=True)
US = Calendar(FiscalCalendar(year_end_month=12, year_end_day=31, naming="end"), year_end_known=True)


def period(text, cal=JP):
    (e,) = [x for x in find_period_exprs(text) if x.kind != "year"]
    return resolve(e, cal)


def test_japanese_fiscal_labels():
    p = period("1H09")
    assert (p.start, p.end) == (date(2009, 4, 1), date(2009, 9, 30))
    p = period("2Q10")
    assert (p.start, p.end) == (date(2010, 7, 1), date(2010, 9, 30))
    p = period("1Q08")
    assert (p.start, p.end) == (date(2008, 4, 1), date(2008, 6, 30))
    p = period("4Q08")
    assert (p.start, p.end) == (date(2009, 1, 1), date(2009, 3, 31))
    p = period("FY2008")
    assert (p.start, p.end) == (date(2008, 4, 1), date(2009, 3, 31))
    p = period("Full FY2010")
    assert (p.start, p.end) == (date(2010, 4, 1), date(2011, 3, 31))


def test_dated_periods():
    p = period("Six Months Ended September 30, 2010")
    assert (p.kind, p.start, p.end) == ("duration", date(2010, 4, 1), date(2010, 9, 30))
    p = period("As of March 31, 2010")
    assert (p.kind, p.end) == ("instant", date(2010, 3, 31))
    p = period("Fiscal year ending March 31, 2011")
    assert (p.start, p.end) == (date(2010, 4, 1), date(2011, 3, 31))
    p = period("Thirteen Weeks Ended November 2, 2024")
    assert (p.start, p.end) == (date(2024, 8, 4), date(2024, 11, 2))


def test_months_ending_off_month_end():
    assert months_ending(date(2010, 12, 25), 3) == date(2010, 9, 26)
    assert months_ending(date(2010, 9, 30), 6) == date(2010, 4, 1)


def test_fiscal_labels_need_a_known_year_end():
    # "Q3 FY24", "Fiscal 2014": without a year end the release states or shows, their months are unknown
    unknown = Calendar(FiscalCalendar())
    for text in ("Q3 FY24", "Fiscal 2014", "FY2010"):
        (e,) = [x for x in find_period_exprs(text) if x.kind != "year"]
        assert resolve(e, unknown) is None, text
    # a quarter of a calendar year says which months it is
    (e,) = [x for x in find_period_exprs("Q2 2024") if x.kind != "year"]
    assert (resolve(e, unknown).start, resolve(e, unknown).end) == (date(2024, 4, 1), date(2024, 6, 30))


def test_a_quarter_ended_is_three_months_to_its_date():
    # "Quarter Ended | Six Months Ended" over dates, "Fiscal Quarter Ended July 4, 2026" (CRA International's
    # reconciliation): a quarter's header names no ordinal, yet is three months ending on the date under it
    p = period("Quarter Ended June 30, 2026", US)
    assert (p.kind, p.start, p.end) == ("duration", date(2026, 4, 1), date(2026, 6, 30))
    p = period("Fiscal Quarter Ended March 31, 2010", US)
    assert (p.start, p.end) == (date(2010, 1, 1), date(2010, 3, 31))
    # undated, over a line of dates or of years: its length is known, its end comes from below
    (e,) = find_period_exprs("Fiscal Quarter Ended")
    assert (e.kind, duration_of(e)) == ("quarter_ended", ("months", 3))
    (e,) = find_period_exprs("Quarter Ended September 30,")
    assert (e.kind, month_day(e)) == ("quarter_ended", (9, 30))
    # the ordinal forms are read as before
    assert [x.kind for x in find_period_exprs("for the second quarter ended June 30, 2026")] == ["quarter_ended"]


def test_year_to_date_runs_from_the_start_of_a_known_fiscal_year():
    p = period("Fiscal Year-to-Date Period Ended July 4, 2026", US)
    assert (p.kind, p.start, p.end) == ("duration", date(2026, 1, 1), date(2026, 7, 4))
    p = period("Year-to-date period ended September 30, 2010", JP)
    assert (p.start, p.end) == (date(2010, 4, 1), date(2010, 9, 30))
    # a year end the release does not give: no start, no guess
    plain = Calendar(FiscalCalendar(year_end_month=12, year_end_day=31, naming="end"))
    assert period("Fiscal Year-to-Date Period Ended July 4, 2026", plain) is None
    # the words alone, in a sentence, are no period
    assert find_period_exprs("reflecting the year-to-date results and a reduced revenue outlook") == []
