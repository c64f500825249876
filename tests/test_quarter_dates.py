"""Dated columns a quarter apart (``tables.quarter_dates``), from the header lines of real releases: Bank of
America Q4 2024's segment pages ("| ($ in millions) | 12/31/2024 | 9/30/2024 | 12/31/2023 |") and year-end columns
that say nothing of their flows' length."""

from datetime import date

from prxbrl.periods import Calendar, FiscalCalendar
from prxbrl.tables.quarter_dates import quarter_trend
from prxbrl.tables.slots import Slot


def _slots(*ends: date) -> list[Slot]:
    out = []
    for i, end in enumerate(ends):
        s = Slot(pos=(i * 10.0, i * 10.0 + 8))
        s.excluded, s.undetermined_end = "period_kind_undetermined", end
        out.append(s)
    return out


def test_consecutive_quarter_ends_and_the_year_ago_quarter_are_quarters():
    slots = _slots(date(2024, 12, 31), date(2024, 9, 30), date(2023, 12, 31))  # 12/31/2024 | 9/30/2024 | 12/31/2023
    quarter_trend(slots, Calendar(FiscalCalendar()))
    assert [(s.period.start, s.period.end, s.period.per_row) for s in slots] == [
        (date(2024, 10, 1), date(2024, 12, 31), True), (date(2024, 7, 1), date(2024, 9, 30), True),
        (date(2023, 10, 1), date(2023, 12, 31), True)]
    assert not any(s.excluded for s in slots)


def test_year_ends_alone_or_dates_off_the_quarters_stay_excluded():
    for ends in ((date(2024, 12, 31), date(2023, 12, 31)),  # a year apart: years, years to date or quarters
                 (date(2024, 12, 31),),  # one column
                 (date(2024, 12, 31), date(2024, 10, 31)),  # two months apart
                 (date(2024, 12, 15), date(2024, 9, 15))):  # not month ends
        slots = _slots(*ends)
        quarter_trend(slots, Calendar(FiscalCalendar()))
        assert all(s.period is None and s.excluded == "period_kind_undetermined" for s in slots), ends
