"""Period expressions and the fiscal calendar."""

from datetime import date

from prxbrl.models import FiscalCalendar
from prxbrl.periods import Calendar, detect_calendar, duration_of, find_period_exprs, month_day, months_ending, resolve

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


def test_calendar_detected_from_the_release():
    lines = [
        "IIJ Announces First Six Months Financial Results For The Fiscal Year Ending March 31, 2011",
        "",
        "the first six months of Fiscal Year Ending March 31, 2011 (from April 1 to September 30, 2010, \"1H10\").",
        "FY2010 Financial Targets",
    ]
    fc = detect_calendar(lines)
    assert (fc.year_end_month, fc.year_end_day, fc.naming) == (3, 31, "start")
    assert fc.source.line == 1
    assert detect_calendar(["No calendar here."]).year_end_month == 12


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


def test_a_fiscal_quarters_stated_end_dates_the_year_end():
    """Gladstone Investment FY2025 Q3 (unseen18 gladstone-investment-fy25q3.md line 28): "**MCLEAN, VA / ACCESS
    Newswire / February 12, 2025 /** Gladstone Investment Corporation (the "Company") today announced earnings for its
    third fiscal quarter ended December 31, 2024." No phrase states the year's end: the third quarter ending on
    December 31 puts it on March 31 (the cover had been a calendar year, --12-31, fiscal 2024)."""
    line = ('**MCLEAN, VA / ACCESS Newswire / February 12, 2025 /** Gladstone Investment Corporation (the "Company") today '
            "announced earnings for its third fiscal quarter ended December 31, 2024.")
    fc = detect_calendar([line])
    assert (fc.year_end_month, fc.year_end_day) == (3, 31)
    # Luvu Brands Q2 FY2025 (unseen13 luvu-fy25q2.md line 30): "... results for the second quarter of fiscal 2025
    # ending December 31, 2024."
    luvu = "announced today its financial and operational results for the second quarter of fiscal 2025 ending December 31, 2024."
    assert (detect_calendar([luvu]).year_end_month, detect_calendar([luvu]).year_end_day) == (6, 30)
    # a 52/53-week quarter's end names no day of the year's end; a quarter not called fiscal says nothing
    assert detect_calendar(["results for its third fiscal quarter ended December 28, 2024"]).year_end_month == 12
    assert detect_calendar(["results for the second quarter ended June 30, 2024"]).year_end_month == 12
