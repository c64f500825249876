"""The fiscal calendar a release states (``fiscal_calendar.detect_calendar``): its year end and how its fiscal labels
name a year."""

from prxbrl.fiscal_calendar import detect_calendar


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
