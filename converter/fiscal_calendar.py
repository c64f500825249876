"""The fiscal calendar a release states in its prose: the year end a phrase gives ("fiscal year ending March 31,
2011"), or that a fiscal quarter's stated end implies; whether its fiscal labels ("FY2010", "1H10") name a year by the
year it starts or ends in; and the year ends it reports results for (a column headed by such a date alone is that
year). Patterns are data: extraction.toml [fiscal_calendar]."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from .knowledge import knowledge
from .models import FiscalCalendar, Span
from .periods import _ORDINALS, add_months, duration_of, find_period_exprs, full_year, is_month_end, month_day, parse_date


def _quarterstated_ends(lines: list[str], kn) -> list[tuple[int, date, Span]]:
    """The fiscal year's ends a statement of a fiscal quarter's end implies ([fiscal_calendar] quarter_end): "its third
    fiscal quarter ended December 31, 2024" is a year ending March 31, 2025. Only a quarter ending at a month's end
    (a 52/53-week quarter's end says no day of the year's)."""
    pats = [re.compile(p.replace("{date}", kn.date_re), re.IGNORECASE) for p in kn.raw["fiscal_calendar"]["quarter_end"]]
    out = []
    for i, line in enumerate(lines):
        for pat in pats:
            for m in pat.finditer(line):
                d = parse_date(m["date"])
                if d is None or not is_month_end(d):
                    continue
                first = add_months(date(d.year, d.month, 1), 3 * (4 - _ORDINALS[m["q"].lower()]) + 1)
                out.append((i, first - timedelta(days=1), Span(line=i + 1, start=m.start(), end=m.end())))
    return out


def detect_calendar(lines: list[str]) -> FiscalCalendar:
    """The fiscal year end and the naming convention, from what the release states.

    Votes: a fiscal label ("FY2010", "1H10") printed within three lines of a fiscal-year-end phrase
    ("fiscal year ending March 31, 2011") names the year that starts (Japanese usage) or ends then.
    """
    ends = stated_ends(lines)
    if not ends:
        return _stated_day(lines)
    md = Counter((d.month, d.day) for _, d, _ in ends)
    (month, day), _ = md.most_common(1)[0]
    # 52/53-week years end on different days: take the day of the most recent statement
    source = next(s for _, d, s in ends if (d.month, d.day) == (month, day))
    votes = naming_votes(lines, ends, month)
    naming = "start" if votes["start"] > votes["end"] else "end"
    return FiscalCalendar(year_end_month=month, year_end_day=day, naming=naming, source=source)


def _stated_day(lines: list[str]) -> FiscalCalendar:
    """The year end a phrase states by its month and day alone ([fiscal_calendar] year_end_day: "Years Ended December
    31", Merck's 10-K statements over "2024 | 2023 | 2022"), where every such phrase names the same last day of a month;
    a year named by the year it ends in."""
    kn = knowledge()
    pats = [re.compile(p.replace("{md}", kn.md_re), re.IGNORECASE) for p in kn.raw["fiscal_calendar"].get("year_end_day", [])]
    found: dict[tuple[int, int], Span] = {}
    for i, line in enumerate(lines):
        for pat in pats:
            for m in pat.finditer(line):
                md = _md(m["md"])
                if md is not None:
                    found.setdefault(md, Span(line=i + 1, start=m.start(), end=m.end()))
    if len(found) != 1:
        return FiscalCalendar()
    (month, day), source = next(iter(found.items()))
    if month == 2 or not is_month_end(date(2001, month, day)):
        return FiscalCalendar()
    return FiscalCalendar(year_end_month=month, year_end_day=day, naming="end", source=source)


def _md(text: str) -> tuple[int, int] | None:
    from .periods import PeriodExpr

    return month_day(PeriodExpr("month_day", 0, len(text), text, {"md": text}))


def stated_ends(lines: list[str]) -> list[tuple[int, date, Span]]:
    """(line index, date, span) of the fiscal year ends the release states, or that a quarter's end it states implies."""
    kn = knowledge()
    ye_pats = [re.compile(p.replace("{date}", kn.date_re), re.IGNORECASE) for p in kn.raw["fiscal_calendar"]["year_end"]]
    ends: list[tuple[int, date, Span]] = []
    for i, line in enumerate(lines):
        for pat in ye_pats:
            for m in pat.finditer(line):
                d = parse_date(m["date"])
                if d:
                    ends.append((i, d, Span(line=i + 1, start=m.start(), end=m.end())))
            if ends and ends[-1][0] == i:
                break
    return ends or _quarterstated_ends(lines, kn)


def naming_votes(lines: list[str], ends: list[tuple[int, date, Span]], month: int | None = None) -> Counter[str]:
    """"start" / "end": how many fiscal labels printed within three lines of a stated year end name the year that
    starts or ends then; a year ending in December (``month``, else each end's own) is named by its year."""
    label_pats = [re.compile(p, re.IGNORECASE) for p in knowledge().raw["fiscal_calendar"]["labels"]]
    votes: Counter[str] = Counter()
    for i, d, _ in ends:
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            for pat in label_pats:
                for m in pat.finditer(lines[j]):
                    y = full_year(m["yy"])
                    if d.year == y + 1 and (month or d.month) < 12:
                        votes["start"] += 1
                    elif d.year == y:
                        votes["end"] += 1
    return votes


def stated_year_ends(lines: list[str]) -> list[date]:
    """Fiscal year ends the prose states with their year ("fiscal year ended January 28, 2024")."""
    kn = knowledge()
    pats = [re.compile(p.replace("{date}", kn.date_re), re.IGNORECASE) for p in kn.raw["fiscal_calendar"]["year_end"]]
    out = []
    for line in lines:
        for pat in pats:
            for m in pat.finditer(line):
                d = parse_date(m["date"])
                if d:
                    out.append(d)
    return out


def reported_year_ends(lines: list[str]) -> frozenset[date]:
    """The dates the prose states as the end of a year it reports ("results for the year ending December 31, 2024"),
    where it names no shorter period ending then: no fourth quarter, no "three months ended" that date. A column of
    flows headed by such a date alone ("Dec. 31, 2024") is that year; in a release of the fourth quarter and the year
    it could be either."""
    ends = set(stated_year_ends(lines))
    if not ends:
        return frozenset()
    fourth = [re.compile(p, re.IGNORECASE) for p in knowledge().raw["fiscal_calendar"]["fourth_quarter"]]
    if any(p.search(line) for line in lines for p in fourth):
        return frozenset()
    shorter = set()  # the month and day shorter periods the prose names end on ("three months ended December 31")
    for line in lines:
        for e in find_period_exprs(line):
            d = duration_of(e)
            if d is None or not ((d[0] == "months" and d[1] < 12) or (d[0] == "weeks" and d[1] < 52)):
                continue
            end = e.date()
            shorter.add((end.month, end.day) if end is not None else month_day(e))
    return frozenset(d for d in ends if (d.month, d.day) not in shorter)


def off_month_ends(lines: list[str]) -> bool:
    """Whether the prose states a period that ends on no month's last day ("for the first quarter ended March 28,
    2004", P.F. Chang's Q1 2004): a 52/53-week calendar, whose fiscal labels ("1Q04", "Q4 2003") name no calendar
    quarters, so none is dated as one where the release states no year end."""
    for line in lines:
        for e in find_period_exprs(line):
            if e.kind in ("months_ended", "weeks_ended", "quarter_ended", "fiscal_year_ended") and (d := e.date()) is not None \
                    and not is_month_end(d):
                return True
    return False

