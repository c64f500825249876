"""Period expressions and the fiscal calendar: "1H09", "2Q10", "FY2008", "Six Months Ended September 30, 2010".
The calendar a release states in its prose is read by fiscal_calendar.py."""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from .knowledge import date_pattern, knowledge
from .models import FiscalCalendar, Period
from .weeks import WeekCalendar

_MONTHS = {m: i + 1 for i, m in enumerate(knowledge().raw["periods"]["months"])}
_MONTHS.update({m: i + 1 for i, m in enumerate(knowledge().raw["periods"]["month_abbreviations"])})
_MONTHS["sept"] = 9
_NUMBER_WORDS = knowledge().raw["periods"]["numbers"]
_FISCAL_WORD = re.compile(r"\bFY|\bfiscal\b", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})")
_HYPHENED = re.compile(r"(\d{1,2})-([a-z]{3,4})-(\d{4}|\d{2})", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")


def parse_date(text: str, order: str | None = None) -> date | None:
    """A printed date. A numeric one ("12/31/2024", "3/31/24") is month/day or day/month: read when a number over
    12 fixes the order, or when ``order`` ("md" or "dm", from other dates printed with it: ``numeric_order``) does;
    "1/2/2024" alone is None, never a guess. A two-digit year is 20YY up to 2049; an earlier century is none."""
    m = _NUMERIC.fullmatch(text.strip())
    if m:
        return _numeric_date(int(m[1]), int(m[2]), m[3], order)
    m = _DOTTED.fullmatch(text.strip())
    if m:
        return _safe_date(int(m[3]), int(m[2]), int(m[1]))  # "31.12.2025": day first, always
    m = _HYPHENED.fullmatch(text.strip())
    if m:
        return _hyphened_date(int(m[1]), m[2].lower(), m[3])
    t = text.strip().lower().replace(",", " ").replace(".", " ")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    parts = t.split()
    if len(parts) != 3:
        return None
    if parts[0][:1].isdigit():  # 30 September 2010
        day, month, year = parts
    else:
        month, day, year = parts
    day = _ORDINAL_DAY.sub("", day)  # "December 31st, 2024"
    mon = _MONTHS.get(month)
    if not mon or not day.isdigit() or not year.isdigit():
        return None
    return _safe_date(int(year), mon, int(day))


def _printed_year(yy: str) -> int | None:
    """A date's year as printed: four digits, or two of this century up to 2049 ("6/30/97": no period of a release in
    XBRL, None)."""
    if len(yy) == 2 and int(yy) >= 50:
        return None
    return int(yy) + (2000 if len(yy) == 2 else 0)


def _hyphened_date(day: int, month: str, yy: str) -> date | None:
    """"31-Dec-06", "1-Jan-2006"."""
    mon, year = _MONTHS.get(month), _printed_year(yy)
    return _safe_date(year, mon, day) if mon is not None and year is not None else None


def _numeric_date(a: int, b: int, yy: str, order: str | None) -> date | None:
    year = _printed_year(yy)
    if year is None:
        return None
    if a == b:
        return _safe_date(year, a, b)
    fixed = _numeric_fixed(a, b)
    if fixed == "either":
        fixed = order  # "1/2/2024": the order the dates printed with it fix, or none
    elif order is not None and fixed != order:
        return None  # "31/12/2024" among month-first dates: a misprint, or no date
    if fixed is None:
        return None
    month, day = (a, b) if fixed == "md" else (b, a)
    return _safe_date(year, month, day)


def _numeric_fixed(a: int, b: int) -> str | None:
    """"md" or "dm" when the numbers fix the order; "either" when both read as a date; None when neither does."""
    md = 1 <= a <= 12 and 1 <= b <= 31
    dm = 1 <= b <= 12 and 1 <= a <= 31
    if md and dm:
        return "either"
    return "md" if md else "dm" if dm else None


def numeric_order(texts: Iterable[str]) -> str | None:
    """"md" or "dm": the order the numeric dates printed together ("12/31/2024 | 9/30/2024 | 1/2/2024") fix, when
    some fix it and none contradicts it; else None."""
    seen = set()
    for t in texts:
        for m in _NUMERIC.finditer(t):
            fixed = _numeric_fixed(int(m[1]), int(m[2]))
            if fixed in ("md", "dm"):
                seen.add(fixed)
    return seen.pop() if len(seen) == 1 else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_number(name: str) -> int:
    return _MONTHS[name.strip().lower().rstrip(".")]


def number_word(text: str) -> int | None:
    t = text.strip().lower()
    if t.isdigit():
        return int(t)
    return _NUMBER_WORDS.get(t)


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, _cal.monthrange(year, month)[1])
    return date(year, month, day)


def is_month_end(d: date) -> bool:
    return d.day == _cal.monthrange(d.year, d.month)[1]


def months_ending(end: date, n: int) -> date:
    """First day of the n months that end on ``end``."""
    if is_month_end(end):
        return add_months(date(end.year, end.month, 1), -(n - 1))
    return add_months(end, -n) + timedelta(days=1)


def full_year(yy: str) -> int:
    y = int(yy)
    if len(yy) <= 2:
        y += 2000 if y < 70 else 1900
    return y


# ------------------------------------------------------------------ expressions


@dataclass(frozen=True)
class PeriodExpr:
    kind: str
    start: int  # character offsets in the text searched
    end: int
    text: str
    groups: dict[str, str | None]
    order: str | None = None  # of numeric dates: "md" or "dm", when the dates printed with this one fix it

    def date(self, key: str = "date") -> date | None:
        g = self.groups.get(key)
        return parse_date(g, self.order) if g else None


# dash-like characters a range of periods may be printed with ("10\u02d712/2024": U+02D7 MODIFIER LETTER MINUS SIGN;
# hyphens U+2010/U+2011, the figure dash, the minus sign, the small and the fullwidth hyphen-minus) read as the
# hyphen-minus, the horizontal bar as the em dash, one character for one (the expressions' offsets stay the text's)
DASHES = str.maketrans({"\u02d7": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\ufe63": "-",
                        "\uff0d": "-", "\u2015": "\u2014"})


def find_period_exprs(text: str) -> list[PeriodExpr]:
    """Non-overlapping period expressions in ``text``, left to right (earlier patterns win overlaps); dash-like
    characters read as dashes (``DASHES``)."""
    return list(_find_period_exprs(_mend_months(text.translate(DASHES))))


# a month's name broken by one space before its day, as a PDF's text prints it ("Ap ril 1, 2025 -", Shin-Etsu's
# tanshin): read as the name, the space moved after it (the expressions' offsets stay the text's)
_BROKEN_MONTH = re.compile(r"(?i)\b(?:" + "|".join(" ?".join(m) for m in (
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December")) + r")(?=\s+\d)")


def _mend_months(text: str) -> str:
    if " " not in text:
        return text
    return _BROKEN_MONTH.sub(lambda m: m.group(0).replace(" ", "") + " " if m.group(0).count(" ") == 1 else m.group(0), text)


@lru_cache(maxsize=16384)
def _find_period_exprs(text: str) -> tuple[PeriodExpr, ...]:
    return tuple(_find_period_exprs_uncached(text))


def _find_period_exprs_uncached(text: str) -> list[PeriodExpr]:
    found: list[PeriodExpr] = []
    taken = bytearray(len(text) + 1)  # characters an earlier expression holds
    order = numeric_order([text])
    for pat, kind in knowledge().period_patterns:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            if kind == "date_range" and _date_range(PeriodExpr(kind, s, e, m.group(0), m.groupdict(), order), "", False) is None:
                continue  # "December 31, 2024 - December 31, 2023": two dates, no range
            taken[s:e] = b"\x01" * (e - s)
            found.append(PeriodExpr(kind, s, e, m.group(0), m.groupdict(), order))
    found.sort(key=lambda x: x.start)
    return found


# ------------------------------------------------------------------ calendar


class Calendar:
    """Resolves fiscal labels and dated durations against a ``FiscalCalendar`` (and its weekday rule, if any)."""

    def __init__(self, fc: FiscalCalendar, weeks: WeekCalendar | None = None, year_end_known: bool = False,
                 week_ends: frozenset[int] = frozenset(), pinned: dict[tuple[date, int], date] | None = None,
                 year_ends: frozenset[date] = frozenset(), named_year_ends: frozenset[date] = frozenset(),
                 off_month: bool = False):
        self.fc = fc
        # the prose states a period ending on no month's end (``fiscal_calendar.off_month_ends``)
        self.off_month = off_month
        # the year ends a year printed alone may name (``tables.year_columns.named_year_ends``)
        self.named_year_ends = named_year_ends
        # the ends of the years the release reports and of no shorter period it reports (``reported_year_ends``): a
        # column of flows headed by such a date alone is that year
        self.year_ends = year_ends
        self.weeks = weeks
        # (end, months) -> start of the periods a week count printed under their dates pins ("(13 weeks)"): the same
        # "Three Months Ended May 31, 2025" in another table of the release is the same 13 weeks
        self.pinned = pinned or {}
        # weekdays that periods of a 52/53-week year end on ("Twelve Months Ended May 30, 2026", a Saturday) when no
        # weekday rule could be read: months ending on them, on a month's last day or not ("May 31, 2025" is a
        # Saturday too), have no start that calendar months can tell
        self.week_ends = week_ends
        # the release states its fiscal year end, or prints a year-long period ending on it
        self.year_end_known = year_end_known or weeks is not None

    def start_of(self, end: date, unit: str, n: int) -> date | None:
        """First day of the n months (or weeks) ending on ``end``; None when a weekday calendar leaves it open, or
        for a length no reporting period has (more than five years: a misread number, never a period)."""
        if n <= 0 or n > (261 if unit == "weeks" else 60):
            return None
        if unit == "weeks":
            return end - timedelta(days=7 * n - 1)
        if (end, n) in self.pinned:
            return self.pinned[(end, n)]
        if self.weeks is not None and end.weekday() == self.weeks.weekday:
            return self.weeks.start_of(end, n)
        if self.weeks is None and end.weekday() in self.week_ends:
            return None
        return months_ending(end, n)

    def month_end(self, y: int, month: int) -> date | None:
        """The day a period "ended June" of calendar year ``y`` ends: the fiscal calendar's day, or the month's last."""
        if self.weeks is not None:
            return self.weeks.year_end(y) if self.weeks.month == month else None
        if month == self.fc.year_end_month:
            return _safe_date(y, month, self.fc.year_end_day)
        return date(y, month, _cal.monthrange(y, month)[1])

    def fiscal_year(self, y: int) -> tuple[date, date]:
        fc = self.fc
        if self.weeks is not None:
            fy = self.weeks.fiscal_year(y)
            if fy is not None:
                return fy
        end_year = y + 1 if (fc.naming == "start" and fc.year_end_month < 12) else y
        end = _safe_date(end_year, fc.year_end_month, fc.year_end_day) or date(
            end_year, fc.year_end_month, _cal.monthrange(end_year, fc.year_end_month)[1]
        )
        if is_month_end(end):
            start = add_months(date(end.year, end.month, 1), -11)
        else:
            start = add_months(end, -12) + timedelta(days=1)
        return start, end

    def fiscal_part(self, y: int, index: int, months: int) -> tuple[date, date] | None:
        start, end = self.fiscal_year(y)
        if self.weeks is not None and end.weekday() == self.weeks.weekday:
            # 13-week quarters; a 53-week year's extra week could fall in any of them
            if (end - start).days != 363:
                return None
            weeks = 13 * months // 3
            s = start + timedelta(days=7 * weeks * (index - 1))
            return s, s + timedelta(days=7 * weeks - 1)
        s = add_months(start, months * (index - 1))
        e = add_months(s, months) - timedelta(days=1)
        return s, e

    def year_containing(self, d: date) -> int:
        """The fiscal year label whose year contains ``d``."""
        for y in (d.year - 1, d.year, d.year + 1):
            s, e = self.fiscal_year(y)
            if s <= d <= e:
                return y
        return d.year


def resolve(expr: PeriodExpr, cal: Calendar, *, label: str | None = None, forecast: bool = False) -> Period | None:
    """A Period for an expression that names one completely (dates or a fiscal label)."""
    g = expr.groups
    lab = label if label is not None else expr.text
    k = expr.kind
    if k in ("months_ended", "weeks_ended", "quarter_ended", "fiscal_year_ended"):
        end = expr.date()
        if end is None:
            return None
        if k == "weeks_ended":
            n = number_word(g["n"] or "") or 0
            start = cal.start_of(end, "weeks", n) if n else None
        else:
            n = 12 if k == "fiscal_year_ended" else 3 if k == "quarter_ended" else (number_word(g["n"] or "") or 0)
            start = cal.start_of(end, "months", n) if n else None
        if start is None:
            return None
        return Period(kind="duration", start=start, end=end, label=lab, forecast=forecast)
    if k == "year_to_date":
        end = expr.date()
        if end is None or not cal.year_end_known:
            return None  # from the start of a fiscal year the release does not give
        start = cal.fiscal_year(cal.year_containing(end))[0]
        return Period(kind="duration", start=start, end=end, label=lab, forecast=forecast) if start < end else None
    if k == "date_range":
        return _date_range(expr, lab, forecast)
    if k == "month_range":
        return month_range(expr, int(g["year"]) if g.get("year") else None, lab, forecast)
    if k in ("as_of", "date"):
        d = expr.date()
        return Period(kind="instant", end=d, label=lab, forecast=forecast) if d else None
    if year_end_unknown(expr, cal):
        return None  # "Q3 FY24", "Fiscal 2014": which months they are depends on a fiscal year end the release does not give
    if k == "fiscal_year" and g.get("y2"):
        return _split_year(int(g["yy"]), int(g["y2"]), cal, lab, forecast)
    if k == "fiscal_year":
        s, e = cal.fiscal_year(full_year(g["yy"]))
        return Period(kind="duration", start=s, end=e, label=lab, forecast=forecast)
    if k == "fiscal_months":
        y, n = full_year(g["yy"]), int(g["m"])
        se = cal.fiscal_year(y) if n == 12 else cal.fiscal_part(y, 1, n)
        return Period(kind="duration", start=se[0], end=se[1], label=lab, forecast=forecast) if se else None
    if k == "fiscal_half":
        h = g["h"]
        idx = int(h) if h.isdigit() else _ORDINALS[h.lower()]
        se = cal.fiscal_part(full_year(g["yy"]), idx, 6)
        return Period(kind="duration", start=se[0], end=se[1], label=lab, forecast=forecast) if se else None
    if k == "fiscal_quarter":
        q = g["q"]
        idx = int(q) if q.isdigit() else _ORDINALS[q.lower()]
        se = cal.fiscal_part(full_year(g["yy"]), idx, 3)
        return Period(kind="duration", start=se[0], end=se[1], label=lab, forecast=forecast) if se else None
    return None


def _date_range(expr: PeriodExpr, label: str, forecast: bool) -> Period | None:
    """"January 1, 2023 to December 31, 2023": exactly those days. A start printed without its year ("April 1 to
    June 30, 2024") is in the end's year, or in the year before when its day comes later in the year than the end's.
    None when the start is not before the end ("December 31, 2024 - December 31, 2023" compares two dates) or the
    range is longer than a reporting period could be."""
    end = expr.date()
    if end is None:
        return None
    start = expr.date("start")
    if start is None:
        md = _numeric_month_day(expr.groups.get("start") or "", expr.order) or \
            month_day(PeriodExpr("month_day", 0, 0, "", {"md": expr.groups.get("start")}))
        if md is None:
            return None
        start = _safe_date(end.year if md <= (end.month, end.day) else end.year - 1, *md)
    if start is None or start >= end or add_months(start, 60) <= end:
        return None
    return Period(kind="duration", start=start, end=end, label=label, forecast=forecast)


def _numeric_month_day(text: str, order: str | None) -> tuple[int, int] | None:
    """(month, day) of a numeric start without its year ("04/01" in "04/01–12/31/2024"), in the order its numbers or
    the dates printed with it fix (``numeric_order``); None when neither does. Between dots the day comes first
    ("1.10." in "1.10.-31.12.2024")."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", text.strip())
    if m is None:
        # a day and a month between dots, day first ("1.1." in "1.1.-31.12.2024", a German or Austrian report's year)
        d = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.", text.strip())
        return (int(d[2]), int(d[1])) if d and 1 <= int(d[2]) <= 12 and 1 <= int(d[1]) <= 31 else None
    a, b = int(m[1]), int(m[2])
    fixed = _numeric_fixed(a, b)
    if fixed == "either":
        fixed = order
    elif order is not None and fixed != order:
        return None
    if fixed not in ("md", "dm"):
        return None
    return (a, b) if fixed == "md" else (b, a)


def month_range(expr: PeriodExpr, year: int | None, label: str, forecast: bool = False) -> Period | None:
    """The months of one year a range names ("10–12/2024", "Oct-Dec 2024"; "Oct-Dec" over a line of years: ``year``).
    None without a year, and for a range that runs into the next year ("Dec-Nov")."""
    g = expr.groups
    m1, m2 = (int(m) if m.isdigit() else month_number(m) for m in (g["m1"], g["m2"]))
    if year is None or m1 > m2:
        return None
    return Period(kind="duration", start=date(year, m1, 1), end=date(year, m2, _cal.monthrange(year, m2)[1]), label=label, forecast=forecast)


def _split_year(first: int, second: int, cal: Calendar, label: str, forecast: bool) -> Period | None:
    """"2024-25": the fiscal year that spans the two calendar years, ending in the second; None where the second is not
    the year after the first ("2024-26") or the release's fiscal year ends in December (no year spans two)."""
    if second != (first + 1) % 100 or cal.fc.year_end_month == 12:
        return None
    for y in (first + 1, first):
        s, e = cal.fiscal_year(y)
        if e.year == first + 1 and s.year == first:
            return Period(kind="duration", start=s, end=e, label=label, forecast=forecast)
    return None


def year_end_unknown(expr: PeriodExpr, cal: Calendar) -> bool:
    """A fiscal label ("FY 2024", "Q3 FY24"; "1Q04" too where the prose states a period ending on no month's end) in a
    release that states no fiscal year end (no phrase, no year-long dated column): which months it names is not known."""
    return expr.kind in ("fiscal_year", "fiscal_half", "fiscal_quarter", "fiscal_months") \
        and (bool(_FISCAL_WORD.search(expr.text)) or (cal.off_month and cal.weeks is None)) and not cal.year_end_known


_PLAIN = Calendar(FiscalCalendar())


def duration_of(expr: PeriodExpr) -> tuple[str, int] | None:
    """("months"|"weeks", n) for an undated "Three Months Ended" header."""
    if expr.kind in ("months_ended", "weeks_ended") and expr.groups.get("n"):
        n = number_word(expr.groups["n"] or "")
        if n:
            return ("months" if expr.kind == "months_ended" else "weeks", n)
    if expr.kind == "weeks_length":
        days = int(expr.groups.get("days") or 0)
        n = days // 7 if days and days % 7 == 0 else number_word(expr.groups.get("n") or "")
        return ("weeks", n) if n else None
    if expr.kind == "quarter_ended":
        return ("months", 3)
    if expr.kind == "fiscal_year_ended":
        return ("months", 12)  # "Year Ended December 31," over a line of years, "years ended December 31, 2022 and 2021"
    return None


def month_day(expr: PeriodExpr) -> tuple[int, int] | None:
    """(month, day) of "Three Months Ended September 30," (a header whose years stand on the next line)."""
    md = expr.groups.get("md")
    if not md:
        return None
    parts = md.lower().replace(".", " ").replace(",", " ").split()
    mon = _MONTHS.get(parts[0]) if parts else None
    day = _ORDINAL_DAY.sub("", parts[1]) if len(parts) >= 2 else ""
    if mon is None or not day.isdigit():
        return None
    return mon, int(day)


def period_for(duration: tuple[str, int] | None, end: date, label: str, forecast: bool = False, cal: Calendar | None = None) -> Period | None:
    """An instant (no duration) or the duration ending on ``end``; None when the calendar cannot tell its start."""
    if duration is None:
        return Period(kind="instant", end=end, label=label, forecast=forecast)
    unit, n = duration
    start = (cal or _PLAIN).start_of(end, unit, n)
    if start is None:
        return None
    return Period(kind="duration", start=start, end=end, label=label, forecast=forecast)


def relative_part(expr: PeriodExpr, fy: Period) -> Period | None:
    """"2nd quarter-end" / "Year-end" inside a fiscal year row."""
    if fy.start is None:
        return None
    if expr.kind == "relative_quarter_end":
        idx = _ORDINALS[(expr.groups["q"] or "").lower()]
    elif expr.kind == "relative_year_end":
        idx = 4
    else:
        return None
    s = add_months(fy.start, 3 * (idx - 1))
    e = add_months(s, 3) - timedelta(days=1)
    return Period(kind="duration", start=s, end=e, label=f"{expr.text} of {fy.label}".strip(), forecast=fy.forecast)


def mask_dates(text: str) -> list[tuple[int, int]]:
    """Character ranges of printed dates in ``text``."""
    return [m.span() for m in date_pattern().finditer(text)]
