"""52/53-week fiscal calendars: periods from the dates real releases print."""

from datetime import date

from prxbrl.models import FiscalCalendar
from prxbrl.periods import Calendar, find_period_exprs, resolve
from prxbrl.weeks import detect_weeks, stated_weeks


def _period(text, cal):
    (e,) = [x for x in find_period_exprs(text) if x.kind not in ("year",)]
    return resolve(e, cal)


def test_apple_three_and_nine_months_are_13_and_39_weeks():
    # "Three Months Ended" / "June 26, 2004  June 28, 2003", "Nine Months Ended", balance sheet "June 26, 2004  September 27, 2003"
    weeks = detect_weeks(
        [(date(2004, 3, 27), date(2004, 6, 26)), (date(2003, 3, 29), date(2003, 6, 28)),
         (date(2003, 9, 27), date(2004, 6, 26)), (date(2002, 9, 29), date(2003, 6, 28))],
        [date(2004, 6, 26), date(2003, 9, 27)], None)
    assert weeks is not None and (weeks.weekday, weeks.month) == (5, 9)
    cal = Calendar(FiscalCalendar(), weeks)
    p = _period("Three Months Ended June 26, 2004", cal)
    assert (p.start, p.end) == (date(2004, 3, 28), date(2004, 6, 26))
    p = _period("Nine Months Ended June 26, 2004", cal)
    assert (p.start, p.end) == (date(2003, 9, 28), date(2004, 6, 26))
    p = _period("Three Months Ended June 28, 2003", cal)
    assert (p.start, p.end) == (date(2003, 3, 30), date(2003, 6, 28))


def test_nvidia_fiscal_labels_follow_the_week_calendar():
    # "Three Months Ended May 1, 2022  May 2, 2021"; balance sheet "May 1, 2022  January 30, 2022"; "Q1 FY23  Q4 FY22  Q1 FY22"
    weeks = detect_weeks([(date(2022, 2, 2), date(2022, 5, 1)), (date(2021, 2, 3), date(2021, 5, 2)),
                          (date(2022, 1, 1), date(2022, 3, 31))], [date(2022, 5, 1), date(2022, 1, 30)], None)
    cal = Calendar(FiscalCalendar(), weeks)
    p = _period("Three Months Ended May 1, 2022", cal)
    assert (p.start, p.end) == (date(2022, 1, 31), date(2022, 5, 1))
    p = _period("Q1 FY23", cal)
    assert (p.start, p.end) == (date(2022, 1, 31), date(2022, 5, 1))
    p = _period("Q4 FY22", cal)
    assert (p.start, p.end) == (date(2021, 11, 1), date(2022, 1, 30))


def test_a_53_week_quarter_needs_evidence():
    # Apple Q1 FY2024: "Three Months Ended December 30, 2023  December 31, 2022"; balance sheet "September 30, 2023";
    # September 30, 2023 fits "last Saturday of September" and "Saturday nearest September 30": the prior year end
    # (September 24 or October 1, 2022) is open, so the 2022 quarter has no start ...
    durations = [(date(2023, 10, 1), date(2023, 12, 30)), (date(2022, 10, 1), date(2022, 12, 31))]
    instants = [date(2023, 12, 30), date(2023, 9, 30)]
    cal = Calendar(FiscalCalendar(), detect_weeks(durations, instants, None))
    p = _period("Three Months Ended December 30, 2023", cal)
    assert (p.start, p.end) == (date(2023, 10, 1), date(2023, 12, 30))
    assert _period("Three Months Ended December 31, 2022", cal) is None
    # ... until the release says how long it was
    stated = stated_weeks(["Based on the Company’s fiscal calendar, the Company’s fiscal 2024 first quarter had 13 weeks, "
                           "while the Company’s fiscal 2023 first quarter had 14 weeks."])
    assert [(q.fiscal_year, q.quarter, q.weeks) for q in stated] == [(2024, 1, 13), (2023, 1, 14)]
    cal = Calendar(FiscalCalendar(), detect_weeks(durations, instants, None, stated))
    p = _period("Three Months Ended December 31, 2022", cal)
    assert (p.start, p.end) == (date(2022, 9, 25), date(2022, 12, 31))


def test_nearest_rule_spills_into_the_next_month():
    # Adobe: "Three Months Ended March 3, 2023  March 4, 2022"; "fiscal year 2022 ended Dec. 2, 2022"
    weeks = detect_weeks([(date(2022, 12, 4), date(2023, 3, 3)), (date(2021, 12, 5), date(2022, 3, 4))],
                         [date(2023, 3, 3), date(2022, 12, 2)], date(2022, 12, 2))
    assert weeks is not None and weeks.month == 11 and weeks.rules == frozenset({"nearest"})
    cal = Calendar(FiscalCalendar(), weeks)
    p = _period("Three Months Ended March 4, 2022", cal)
    assert (p.start, p.end) == (date(2021, 12, 4), date(2022, 3, 4))


def test_calendar_month_ends_are_not_a_week_calendar():
    # "Three Months Ended December 31, 2024  2023", balance sheet "December 31, 2024  December 31, 2023"
    assert detect_weeks([(date(2024, 10, 1), date(2024, 12, 31)), (date(2023, 10, 1), date(2023, 12, 31))],
                        [date(2024, 12, 31), date(2023, 12, 31)], None) is None


def test_fiscal_year_end_stated_in_the_prose():
    from prxbrl.fiscal_calendar import stated_year_ends

    # Adobe Q1 FY2023; the wording of issue 8
    assert stated_year_ends(["refer to Adobe’s Annual Report on Form 10-K for our fiscal year 2022 ended Dec. 2, 2022, and"]) == [date(2022, 12, 2)]
    assert stated_year_ends(["fiscal 2024 ended January 28, 2024"]) == [date(2024, 1, 28)]
    assert date(2011, 3, 31) in stated_year_ends(["Fiscal Year Ending March 31, 2011"])
    # a quarter's end is not the year's
    assert stated_year_ends(["its fiscal 2024 first quarter ended December 30, 2023"]) == []
    # Adobe Q1 FY2023: "its first quarter fiscal year 2023 ended March 3, 2023" is a quarter's end
    assert stated_year_ends(["Adobe today reported financial results for its first quarter fiscal year 2023 ended March 3, 2023."]) == []
