"""The columns of a statement of changes in equity: the components of equity ("Share capital | Capital surplus |
Retained earnings | Treasury shares | ... | Total"), members of us-gaap:StatementEquityComponentsAxis, never segments.

A table is such a statement where two of its value columns at least name components US GAAP has a member for
(mapping.toml [standard_members."us-gaap:StatementEquityComponentsAxis"]: "Share capital", "Retained earnings",
"Treasury shares", "Non-controlling interests" ...); its other named columns ("Other components of equity", "Financial
assets measured at fair value through other comprehensive income") are the company's own components, on the same
axis. Nippon Express FY2024 and China Mobile FY2024 had printed every figure of their equity statements on
us-gaap:StatementBusinessSegmentsAxis, each component a "segment"."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache

from ..models import Table
from .mapped import EQUITY_AXIS
from .rules import mapping_knowledge, member_key


# the whole equity, the column no component heads ("Total equity", "Total"), and the parent's owners' total
_TOTAL_EQUITY = re.compile(r"^\W*total\s+(?:shareholders'?\s+|stockholders'?\s+)?equity\W*$", re.I)
_PARENT_TOTAL = re.compile(r"\b(?:attributable|owners?|shareholders?|stockholders?|holders?)\b.*\btotal\W*$", re.I)


@cache
def _components() -> tuple[tuple[str, str], ...]:
    """(member key, member) of the listed components, the longest key first."""
    listed = mapping_knowledge().standard_members.get(EQUITY_AXIS, {})
    return tuple((k, listed[k]) for k in sorted(listed, key=len, reverse=True))


def component(dimension: str) -> str | None:
    """The US GAAP member of the component of equity a column's heading names last ("(Unit: Millions of yen) Equity
    attributable to owners of parent Retained earnings": us-gaap:RetainedEarningsMember), or None."""
    key = member_key(dimension)
    return next((m for k, m in _components() if key == k or key.endswith(" " + k)), None)


def equity_columns(table: Table) -> bool:
    """Whether the table's columns are components of equity: two of them at least name one US GAAP has a member for."""
    return len({m for c in table.columns if c.role == "value" and c.dimension and (m := component(c.dimension))}) >= 2


def equity_member(b, dimension: str) -> str | None:
    """The member of a column of components of equity: US GAAP's, else the company's own on the same axis; the total
    of the equity attributable to the parent's owners ("Attributable to equity shareholders of the Company Total") is
    us-gaap:ParentMember, and the total equity ("Total equity") no member at all (None)."""
    key = member_key(dimension)
    if key in ("equity", "total equity", "total") or _TOTAL_EQUITY.search(dimension):
        return None
    if _PARENT_TOTAL.search(dimension):
        standard = "us-gaap:ParentMember"
    else:
        standard = component(dimension)
    if standard is not None and b.cat.get(standard):
        b.concept(standard)
        return standard
    return b.member(EQUITY_AXIS, dimension)


def row_dates(table: Table) -> frozenset:
    """The dates the rows of a table print in their labels ("As at 1 January 2023")."""
    from ..periods import find_period_exprs

    return frozenset(d for r in table.rows for e in find_period_exprs(r.label) if (d := e.date()) is not None)


_BALANCE_AT = re.compile(r"^\W*(?:(?:opening|closing)\s+)?(?:balances?\s+)?(?:as\s+(?:at|of|on)|at)\s", re.I)


def roll_forward_dates(table: Table) -> frozenset:
    """The dates of the balances a table's rows open with ("As at April 1, 2023", "Balance as at March 31, 2024"): a
    roll-forward of balances, whatever the table is called (Vodafone Idea FY2025's equity share capital: "As at April 1,
    2023" / issues / "As at March 31, 2024" / ... under no period of its own)."""
    from ..periods import find_period_exprs

    # (a row whose date is read as its own period, in a table of rows dated so, is no such balance: Tokyo Ohka Kogyo's
    # "As of March 31, 2026 127,800,000 shares")
    return frozenset(d for r in table.rows if _BALANCE_AT.match(r.label) and r.period is None
                     for e in find_period_exprs(r.label) if (d := e.date()) is not None)


def dated_balance(label: str, cells) -> str | None:
    """"start" or "end": a roll-forward's balance the label dates at its column's start (or the day before) or end
    ("Balance as at April 1, 2024" under the year to March 31, 2025, Mastek FY2025's statement of changes in equity:
    the opening balance, which had been dated at the year's end or written over the year); None otherwise."""
    from ..periods import find_period_exprs

    if not _BALANCE_AT.match(label):
        return None
    dates = {d for e in find_period_exprs(label) if (d := e.date()) is not None}
    periods = {c.period for c in cells if c.role == "value" and c.period is not None and c.period.kind == "duration" and c.period.start}
    if len(dates) != 1 or not periods:
        return None
    d = dates.pop()
    if all(p.end == d for p in periods):
        return "end"
    if all(d in (p.start, p.start - timedelta(days=1)) for p in periods):
        return "start"
    return None


def dated_outside(dates: frozenset, period) -> bool:
    """Whether a statement of changes in equity prints, in its rows (``dates``: ``row_dates``), dates outside its
    column's period ("As at 1 January 2023" ... "As at 31 December 2023", "As at 1 January 2024" ... under one column
    "for the year ended 31 December 2024", China Mobile FY2024): its rows are movements of more than one period, and
    the column's holds for none of the others'; no fact of such a table is written (until its rows' periods are read).
    The opening balance dated the day before the period or its first day, and the closing balance at its end, are the
    column's own."""
    if period.start is None:
        return False
    own = {period.start - timedelta(days=1), period.start, period.end}
    return any(d not in own for d in dates)
