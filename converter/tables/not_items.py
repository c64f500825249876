"""Rows that are no line item although a figure stands beside words: a date (or what a truncated column left of one)
of a header row, and prose whose figure sits inside a parenthesis the label opens (page headings are no rows at all:
``records``).

Their figures are excluded with the reason, never written as facts:

- "| | | 30 June 2025 | 30 |" (the header row of a balance sheet whose comparative column a PDF conversion cut to
  "30"), "30 June 2" over a cash-flow statement: a label that is a date, or the start of one, names a column, never a
  line item (Persimmon H1 2025);
- "Net income was" / "$22.0 billion and increased 10% (up 11%" / "in constant currency)": a bullet of prose broken
  over lines, its figure inside the parenthesis the words open (Microsoft FY24 Q4);
- "112  bps" / "28": a figure and its unit where a label stands (PepsiCo Q1 2023, cells a line each).
"""

from __future__ import annotations

import re

from ..knowledge import knowledge

_raw = knowledge().raw
_MONTH = "(?:" + "|".join(_raw["periods"]["months"] + [a + r"\.?" for a in _raw["periods"]["month_abbreviations"]] + [r"sept\.?"]) + ")"
# a date, or its start: "30 June 2025", "30 June 2", "30 June", "June 30, 2025", "June 30,", "June 2025"
_DATE = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s*,?\s*\d{{0,4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*\d{{0,4}})?"
                   rf"|{_MONTH},?\s+(?:19|20)\d{{2}})\s*,?$", re.I)
# a parenthesis the label opens and does not close, with words in it ("... increased 10% (up"); not a sign's "(" alone
_OPEN_PARENTHESIS = re.compile(r"\((?=[^()]*[A-Za-z])[^()]*$")

# a figure and its unit and nothing else ("112  bps", "(1,778)  bps" over PepsiCo Q1 2023's margin changes, a PDF's
# cells a line each): a column's figure, no line item's name
_FIGURE_AND_UNIT = re.compile(r"^[-+(]?\$?\d[\d,.]*\)?\s*(?:bps|basis points|pts|points|pp|%|x)$", re.I)

DATE_LABEL = "date_label"
PROSE = "prose"
FIGURE_LABEL = "not_a_label"


def not_a_line_item(label: str) -> str | None:
    """Why a row's label makes it no line item (the reason its figures are excluded), or None."""
    text = label.strip(" *:")
    if _DATE.match(text):
        return DATE_LABEL
    if _OPEN_PARENTHESIS.search(text):
        return PROSE
    if _FIGURE_AND_UNIT.match(text):
        return FIGURE_LABEL
    if _all_period(text):
        return DATE_LABEL
    return None


def _all_period(text: str) -> bool:
    """A label that is a period and nothing else, in parentheses or not ("(From April 1, 2025 to March 31, 2026)": the
    header of a column printed where a label stands, Sumitomo Bakelite FY2026's scrambled text)."""
    from ..periods import find_period_exprs

    bare = text.strip(" ()")
    exprs = find_period_exprs(bare)
    covered = sum(e.end - e.start for e in exprs)
    # (not a balance's date, "As at 1 January 2023": a roll-forward's row, which the statement's reading needs:
    # ``equity_columns.row_dates``)
    if exprs and exprs[0].kind not in ("year", "month_day", "as_of", "date") and covered >= 0.9 * len(bare.rstrip(" ,")):
        return True
    # ... or a header line's words alone ("1st quarter 2nd quarter 4th quarter Total", "April 2024 -March")
    words = re.findall(r"[A-Za-z]+|\d+", bare)
    return sum(1 for w in words if w.lower() in _MONTH_WORDS or w.lower() == "quarter") >= 2 and all(
        w.isdigit() or w.lower() in _HEADER_WORDS or w.lower() in _MONTH_WORDS for w in words)


_HEADER_WORDS = frozenset({"total", "and", "to", "from", "as", "of", "at", "the", "year", "years", "ended", "ending", "quarter",
                           "quarters", "st", "nd", "rd", "th", "first", "second", "third", "fourth", "half", "fiscal", "fy",
                           "q", "h", "months", "month", "period"})
_MONTH_WORDS = frozenset(m.lower() for m in _raw["periods"]["months"]) | frozenset(a.lower() for a in _raw["periods"]["month_abbreviations"])
