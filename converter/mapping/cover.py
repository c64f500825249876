"""The cover facts (dei) and the convenience translation rate."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from ..filing import Fact, Unit
from ..models import Span
from ..periods import is_month_end
from ..weeks import duration_months, fiscal_month, next_year_end, stated_weeks
from .builder import Builder


def _main_duration(b: Builder) -> tuple[date, date]:
    """The reporting period: the longest duration ending on the document period end among the facts."""
    best = None
    for ctx in b.contexts.values():
        if ctx.period_type == "duration" and ctx.end == b.period_end and not ctx.dims and ctx.start:
            if best is None or ctx.start < best[0]:
                best = (ctx.start, ctx.end)
    if best is None:
        return (b.period_end, b.period_end)
    return best


def _convenience_rate(b: Builder) -> None:
    for tr in b.doc.convenience_translations:
        rate_text = re.search(r"\d[\d,]*(?:\.\d+)?", _line_text(b, tr.span)) if False else None
        del rate_text
        qn = "prx:ConvenienceTranslationExchangeRate"
        concept = b.concept(qn)
        when = tr.as_of or b.period_end
        cid = b.context("instant", None, when, [])
        uid = f"{tr.from_currency}Per{tr.to_currency}"
        b.units.setdefault(uid, Unit(id=uid, numerator=[f"iso4217:{tr.from_currency}"], denominator=[f"iso4217:{tr.to_currency}"]))
        printed = format(tr.rate, "f")
        decimals = -tr.rate.as_tuple().exponent if tr.rate.as_tuple().exponent < 0 else 0
        key = (qn, cid, uid)
        if key in b.facts:
            continue
        fid = f"f{len(b.fact_order) + 1:04d}"
        b.facts[key] = Fact(id=fid, concept=qn, context=cid, unit=uid, value=tr.rate, decimals=decimals, sources=[tr.span],
                            printed=printed, label="Convenience translation rate")
        b.fact_order.append(key)
        b.label(qn, f"Convenience translation rate ({tr.from_currency} per 1 {tr.to_currency})")
        del concept


def _line_text(b: Builder, span: Span) -> str:  # pragma: no cover - kept for symmetry with readers
    return ""


# a gap of two spaces or more between words: three make a line of a fixed-width table (counted, in linear time)
_GAP = re.compile(r"\S {2,}(?=\S)")


def _stated_focus(lines: list[str]) -> tuple[str, str] | None:
    """The period the headline names ("Reports Third Quarter ...", "First Six Months Financial Results"), and the
    words that name it."""
    from ..knowledge import compiled

    pats = compiled("fiscal_calendar", "period_focus")
    for line in lines[:40]:
        if len(_GAP.findall(line[:2000])) >= 3 or "|" in line:
            continue  # a table's line of column heads ("TOTAL 1998 ... Q1 2000  Q2 2000 ...", ChoicePoint's quarters)
        found = [(m.start(), entry["focus"], m.group(0)) for pat, entry in pats if (m := pat.search(line))]
        if found:
            return min(found)[1:]  # the period the line names first (a release run together on one line: its
            # headline, not its outlook, "first quarter of fiscal 2025")
    return None


def _fourth_quarter(words: str) -> bool:
    """Whether the words of a headline name the fourth quarter ("Q4", "fourth quarter"), not the year alone."""
    from ..knowledge import knowledge

    return any(re.search(p, words, re.IGNORECASE) for p in knowledge().raw["fiscal_calendar"]["fourth_quarter"])




def _month_day(d: date) -> tuple[int, int]:
    return d.month, d.day


def _dei(b: Builder) -> None:
    from ..periods import Calendar

    start, end = _main_duration(b)
    fc = b.doc.fiscal_calendar
    cal = Calendar(fc)
    fy = cal.year_containing(end)
    fy_start, fy_end = cal.fiscal_year(fy)
    if start == end:
        start = fy_start  # a release of balances only: the cover facts cover the fiscal year to date
    cid = b.context("duration", start, end, [])
    months = (end.year - fy_start.year) * 12 + end.month - fy_start.month + 1
    year_ends = (fc.year_end_month, fc.year_end_day)  # the calendar's, unless the columns say otherwise
    prior: date | None = None  # the end of the year before, where the columns show it
    if 150 <= (end - start).days <= 300 and start != fy_start:
        # the release prints its fiscal year to date (six or nine months), which starts where the calendar's year
        # does not: the year starts there (a fiscal year the release never states, not a calendar year)
        months = duration_months(start, end)
        prior = start - timedelta(days=1)
        year_ends = _month_day(prior)
    text = b.prose  # an HTML release's paragraphs, not its markup
    stated = _stated_focus(text)
    focus = stated[0] if stated else ("FY" if end == fy_end else f"Q{min(3, max(1, (months + 2) // 3))}")
    if focus == "FY" and 350 <= (end - start).days <= 372:
        # a release of the fiscal year (its headline says so) whose year ends where the assumed calendar's does not
        year_ends, prior = _month_day(end), None
    elif focus == "FY" and stated is not None and _fourth_quarter(stated[1]) and 80 <= (end - start).days <= 100:
        # a release of the fourth quarter (its headline says so) that prints no twelve months: the quarter ends the
        # fiscal year (Oracle Q4 fiscal 2014: "Three Months Ended May 31" -> --05-31)
        year_ends, prior = _month_day(end), None
    elif focus == "Q1" and 80 <= (end - start).days <= 100:
        # a release of the first quarter (its headline says so): the quarter starts the fiscal year
        prior = start - timedelta(days=1)
        year_ends = _month_day(prior)
    year_end: str | None = f"--{year_ends[0]:02d}-{year_ends[1]:02d}"
    if prior is not None and not is_month_end(prior):
        # a 52/53-week year: the columns show the end of the year before, not this one's, which falls 52 or 53 weeks
        # later (nvidia Q1 fiscal 2023: January 30, 2022 -> --01-29); the year is named by the month it ends in (Sears'
        # 26 weeks ended July 3, 2004 are fiscal 2004's, whose year ends near December 31, not fiscal 2005's)
        year_ends = (fiscal_month(prior), monthrange(prior.year, fiscal_month(prior))[1])
        named = Calendar(fc.model_copy(update={"year_end_month": year_ends[0], "year_end_day": year_ends[1]})).year_containing(end)
        weeks = next((w.weeks for w in stated_weeks(text) if w.quarter == 0 and w.fiscal_year == named), None)
        this_end = next_year_end(prior, weeks)
        # nothing says whether the year has 52 or 53 weeks: no year end rather than a wrong one
        year_end = f"--{this_end.month:02d}-{this_end.day:02d}" if this_end is not None else None
    if year_ends != (fc.year_end_month, fc.year_end_day):
        # the year the columns show ends elsewhere than the assumed calendar's: the fiscal year is named by that
        # year ("third fiscal quarter ended December 31, 2024" of a year ending March 31: fiscal 2025)
        fy = Calendar(fc.model_copy(update={"year_end_month": year_ends[0], "year_end_day": year_ends[1]})).year_containing(end)
    values = [
        ("dei:DocumentType", "Other"),
        ("dei:AmendmentFlag", "false"),
        ("dei:DocumentPeriodEndDate", end.isoformat()),
        ("dei:DocumentFiscalYearFocus", str(fy)),
        ("dei:DocumentFiscalPeriodFocus", focus),
    ]
    if year_end is not None:
        values.append(("dei:CurrentFiscalYearEndDate", year_end))
    if b.doc.entity.name:
        values.insert(1, ("dei:EntityRegistrantName", b.doc.entity.name))
    ticker = next((t for t in b.doc.entity.tickers if not t.isdigit()), None)
    if ticker:
        values.append(("dei:TradingSymbol", ticker))
    if b.entity_scheme == "http://www.sec.gov/CIK":
        values.append(("dei:EntityCentralIndexKey", b.entity_id.zfill(10)))
    for qn, v in values:
        b.concept(qn)
        key = (qn, cid, None)
        if key in b.facts:
            continue
        fid = f"f{len(b.fact_order) + 1:04d}"
        b.facts[key] = Fact(id=fid, concept=qn, context=cid, value=v)
        b.fact_order.append(key)
