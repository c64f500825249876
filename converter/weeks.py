"""52/53-week fiscal calendars: years that end on a weekday ("the last Saturday of September", "the Sunday nearest
the end of January") and quarters of 13 weeks.

A "three months ended October 29, 2023" of such a company is 13 (or 14) weeks ending that day, not a calendar
quarter: its start is the day after the prior period's end. The rule of the year end is read from the dates the
release prints (the balance sheet compares with the prior fiscal year end; a year-to-date column starts the day
after it); where the start still cannot be determined (a 53-week year whose extra week could fall in several
quarters), ``start_of`` returns None and the column is excluded with a reason.
"""

from __future__ import annotations

import calendar as _cal
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from .knowledge import knowledge

_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _last_weekday(year: int, month: int, weekday: int) -> date:
    d = date(year, month, _cal.monthrange(year, month)[1])
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def _nearest_weekday(year: int, month: int, weekday: int) -> date:
    d = date(year, month, _cal.monthrange(year, month)[1])
    back = (d.weekday() - weekday) % 7
    return d - timedelta(days=back) if back <= 3 else d + timedelta(days=7 - back)


_RULES = {"last": _last_weekday, "nearest": _nearest_weekday}


def fiscal_month(d: date) -> int:
    """The month a weekday year end belongs to: a "nearest" rule may spill up to three days into the next month."""
    return 12 if (d.day <= 3 and d.month == 1) else (d.month - 1 if d.day <= 3 else d.month)


def _year_of(d: date, month: int) -> int:
    """The calendar year of the month a year end belongs to (a January 2 end of a December year: the year before)."""
    return d.year if d.month == month else (d.year - 1 if month == 12 else d.year)


def next_year_end(prior: date, weeks: int | None = None) -> date | None:
    """The end of the fiscal year after ``prior``, a 52/53-week year's end: where the rules ``prior`` follows (the last
    or the nearest weekday of its month) put it a year on, 52 or 53 weeks later; ``weeks``, the year's stated length,
    decides where they disagree (YETI: December 28, 2024 is both the last Saturday of December and the Saturday nearest
    its end; a year on, those are December 27, 2025 and January 3, 2026, and "Fiscal 2025, a 53-week period" says which).
    None when nothing decides, or the stated length contradicts the rules."""
    month, weekday = fiscal_month(prior), prior.weekday()
    year = _year_of(prior, month)
    found = {rule(year + 1, month, weekday) for rule in _RULES.values() if rule(year, month, weekday) == prior}
    if weeks is not None:
        stated = prior + timedelta(weeks=weeks)
        return stated if not found or stated in found else None
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class QuarterWeeks:
    """A stated length: "the Company's fiscal 2023 first quarter had 14 weeks"."""

    fiscal_year: int
    quarter: int  # 0: the whole year
    weeks: int


@dataclass(frozen=True)
class WeekCalendar:
    weekday: int  # 0 Monday .. 6 Sunday
    month: int  # the month the fiscal year ends in (or nearest to its end)
    rules: frozenset[str]  # the rules ("last", "nearest") consistent with every year end the release prints
    known_ends: frozenset[date] = frozenset()  # year ends the release prints
    anchors: frozenset[date] = frozenset()  # other period ends the release prints (prior quarters)
    stated: tuple[QuarterWeeks, ...] = field(default_factory=tuple)
    naming: str = "end"  # fiscal 2024 ends in 2024 ("end") or begins in 2024 ("start")

    def year_end(self, y: int) -> date | None:
        """The end of the fiscal year that ends in (or just after) month ``month`` of calendar year ``y``."""
        found = {_RULES[r](y, self.month, self.weekday) for r in self.rules}
        known = [d for d in found if d in self.known_ends]
        if known:
            return known[0]
        return found.pop() if len(found) == 1 else None

    def _prior_end(self, d: date) -> date | None:
        """The fiscal year end before ``d``; None when a year end that could fall in between is open."""
        prev = None
        for y in range(d.year - 2, d.year + 1):
            e = self.year_end(y)
            if e is not None and e < d and (prev is None or e > prev):
                prev = e
        for y in range(d.year - 2, d.year + 1):
            if self.year_end(y) is None:
                approx = date(y, self.month, 28)
                if approx - timedelta(days=7) < d and (prev is None or approx + timedelta(days=7) > prev):
                    return None
        return prev

    def label_of(self, end: date) -> int | None:
        """The fiscal year label of the year that ends on ``end``."""
        return end.year if self.naming == "end" else end.year - 1

    def start_of(self, end: date, months: int) -> date | None:
        """First day of the ``months``-month (13 weeks a quarter) period that ends on ``end``; None when undetermined."""
        if months % 3 or not 3 <= months <= 12:
            return None
        w = 13 * months // 3
        prev = self._prior_end(end)
        if prev is not None:
            elapsed = (end - prev).days
            if elapsed in (7 * w, 7 * (w + 1)):
                return prev + timedelta(days=1)  # year to date (or a first quarter)
            if elapsed > 7 * w and elapsed % 91 == 0:
                return end - timedelta(days=7 * w - 1)  # every quarter so far had 13 weeks, so has this one
        # a printed period end 13 (or 14) weeks before
        hits = [a for a in (end - timedelta(days=7 * w), end - timedelta(days=7 * (w + 1))) if a in self.anchors | self.known_ends]
        if len(hits) == 1:
            return hits[0] + timedelta(days=1)
        # a stated length ("fiscal 2023 first quarter had 14 weeks")
        if months == 3:
            for cand in (w, w + 1):
                start = end - timedelta(days=7 * cand - 1)
                q = self._stated_quarter(end, start)
                if q is not None and q.weeks == cand:
                    return start
        if months == 12:
            for q in self.stated:
                if q.quarter == 0 and self.label_of(end) == q.fiscal_year:
                    return end - timedelta(days=7 * q.weeks - 1)
        return None

    def _stated_quarter(self, end: date, start: date) -> QuarterWeeks | None:
        this = self.year_end(end.year)
        nxt = this if this is not None and this >= end else self.year_end(end.year + 1)
        if nxt is None:
            return None
        fy = self.label_of(nxt)
        # which quarter: count 13-week steps back from the next year end
        steps = round((nxt - end).days / 91)
        quarter = 4 - steps
        for q in self.stated:
            if q.fiscal_year == fy and q.quarter == quarter:
                return q
        return None

    def fiscal_year(self, label: int) -> tuple[date, date] | None:
        end = self.year_end(label if self.naming == "end" else label + 1)
        prev = self.year_end((label if self.naming == "end" else label + 1) - 1)
        if end is None or prev is None:
            return None
        return prev + timedelta(days=1), end


# ------------------------------------------------------------------ detection


def duration_months(start: date, end: date) -> int:
    """The number of months a period from ``start`` to ``end`` (both inclusive) spans, to the nearest month."""
    return round(((end - start).days + 1) / 30.44)


def detect_weeks(
    durations: list[tuple[date, date]],
    instants: list[date],
    stated_end: date | None,
    stated: list[QuarterWeeks] = (),  # type: ignore[assignment]
    naming: str = "end",
    week_labelled: bool = False,
) -> WeekCalendar | None:
    """A weekday calendar from the periods the release's columns print (first reading, calendar months).

    Week-based when the period ends share one weekday and some of them are not month ends (or the headers
    count weeks). The fiscal year end: a date printed both as a balance-sheet instant and as the day before a
    year-to-date column starts, or a year end the prose states.
    """
    # a date after every period the columns report is no period's end (the release's date over a table of its own)
    last = max((e for _, e in durations), default=None)
    instants = [d for d in instants if last is None or d <= last]
    ends = {e for _, e in durations} | set(instants)
    if not ends or all(d.day == _cal.monthrange(d.year, d.month)[1] for d in ends):
        return None  # calendar months
    weekday, n = Counter(d.weekday() for d in ends).most_common(1)[0]
    if not week_labelled and (n < 2 or n * 4 < len(ends) * 3):
        return None
    # candidates for the prior fiscal year end: the day before each column's start, 13 weeks a quarter
    before: set[date] = set()
    for s, e in durations:
        if e.weekday() != weekday:
            continue
        m = duration_months(s, e)
        if m % 3 == 0 and 3 <= m <= 12:
            w = 13 * m // 3
            before |= {e - timedelta(days=7 * w), e - timedelta(days=7 * (w + 1))}
        if m == 12:
            before.add(e)
    confirmed = {d for d in instants if d in before and d.weekday() == weekday}
    confirmed |= _consecutive_years(durations, weekday)
    if stated_end is not None and stated_end.weekday() == weekday:
        confirmed.add(stated_end)
    if not confirmed:
        return None
    months = Counter(fiscal_month(d) for d in confirmed)
    month = months.most_common(1)[0][0]
    confirmed = {d for d in confirmed if fiscal_month(d) == month}
    rules = frozenset(r for r, f in _RULES.items() if all(f(_year_of(d, month), month, weekday) == d for d in confirmed))
    if not rules:
        return None
    anchors = frozenset(d for d in ends if d.weekday() == weekday)
    return WeekCalendar(weekday=weekday, month=month, rules=rules, known_ends=frozenset(confirmed), anchors=anchors,
                        stated=tuple(stated), naming=naming)


def _consecutive_years(durations: list[tuple[date, date]], weekday: int) -> set[date]:
    """The ends of twelve-month columns a year apart ("Twelve Months Ended 31-Dec-06 | 1-Jan-06"), 52 or 53 weeks
    between them on one weekday: the later year starts the day after the earlier one ends, so both ends are ends of
    the calendar's years (or of trailing years, whose quarters the same steps count)."""
    ends = {e for s, e in durations if e.weekday() == weekday and duration_months(s, e) == 12}
    out: set[date] = set()
    for e in ends:
        prior = {e - timedelta(weeks=w) for w in (52, 53)} & ends
        if prior:
            out |= prior | {e}
    return out


def stated_weeks(lines: list[str]) -> list[QuarterWeeks]:
    """Lengths the prose states: "fiscal 2023 first quarter had 14 weeks", "fiscal 2024 was a 53-week year"."""
    out: list[QuarterWeeks] = []
    for pat in _stated_patterns():
        for line in lines:
            for m in pat.finditer(line):
                g = m.groupdict()
                y = int(g["yy"]) if len(g["yy"]) == 4 else 2000 + int(g["yy"])
                q = _ORDINAL_Q.get((g.get("q") or "").lower(), 0)
                out.append(QuarterWeeks(y, q, int(g["n"])))
    return out


def _stated_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in knowledge().raw["fiscal_calendar"]["stated_weeks"]]


def pinned_by_week_counts(columns) -> dict[tuple[date, int], date]:
    """(end, months) -> start of the dated columns whose length a week count printed under them gives ("Three Months
    Ended May 31, 2025" over "(13 weeks)"); a period two counts disagree on is left out."""
    from .periods import find_period_exprs

    found: dict[tuple[date, int], set[date]] = {}
    for c in columns:
        p = c.period
        if c.role != "value" or p is None or p.start is None or p.forecast:
            continue
        if not any(e.kind == "weeks_length" for e in find_period_exprs(c.header)):
            continue
        months = duration_months(p.start, p.end)
        found.setdefault((p.end, months), set()).add(p.start)
    return {k: v.pop() for k, v in found.items() if len(v) == 1}
