"""Lines of plain-text tables that carry no row: EDGAR SGML table markup and rule lines.

EDGAR filings in SGML wrap a table in ``<TABLE>`` ... ``</TABLE>``, put its column headers after ``<CAPTION>``
and mark where the stub and the columns begin with a line of ``<S>`` and ``<C>`` tags. Rule lines of ``-``,
``=`` or ``_`` underline headers and subtotals (EDGAR escapes a line that begins with a dash as ``- ---``).
None of these is a row; a table goes on across them, and ``</TABLE>`` ends it.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<\s*/?\s*(?:TABLE|CAPTION|S|C|PAGE|FN|F\d{1,2})\s*>", re.IGNORECASE)
_TABLE_END = re.compile(r"^\s*<\s*/\s*TABLE\s*>\s*$", re.IGNORECASE)
_TABLE_START = re.compile(r"^\s*<\s*TABLE\s*>\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*(?:-\s)?[-=_–—]{3,}(?:\s+[-=_–—]{3,})*\s*$")


def markup(text: str) -> str | None:
    """What a line without a row is: "table_start", "table_end", "tag" (markup only) or "rule"; else None."""
    if _TABLE_END.match(text):
        return "table_end"
    if _TABLE_START.match(text):
        return "table_start"
    if _TAG.search(text) and not _TAG.sub("", text).strip():
        return "tag"
    if _RULE.match(text):
        return "rule"
    return None


def sgml_opening(lines: list[str], first: int, last: int) -> int:
    """The line number (1-based) of the last ``<TABLE>`` tag among lines ``first`` .. ``last``, 0 if none. EDGAR puts
    a table's title above ``<TABLE>`` and its column headers after ``<CAPTION>``, so a line above the tag is a title,
    however its words stand over the columns ("Southern Company / Financial Overview" centred above them)."""
    found = 0
    for no in range(max(first, 1), min(last, len(lines)) + 1):
        if _TABLE_START.match(lines[no - 1]):
            found = no
    return found
