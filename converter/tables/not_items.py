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
    return None
