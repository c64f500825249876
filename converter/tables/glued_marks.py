"""Footnote marks glued to a row's label ("Revenue1", "Basic earnings per share ($)3"), as a PDF's text rendering
prints a superscript: a digit is such a mark, no part of the label, only where the lines after the table's rows
define that footnote ("1.See Note 2 “Segment information”."). A digit glued to a label elsewhere ("Tier1") is left
as printed."""

from __future__ import annotations

import re

# a footnote's definition at the start of a line: "1.See Note 7", "(2) Includes", "3 See"
_DEFINED = re.compile(r"\s*\(?([1-9])\)?[.)]?\s*(?=[^\W\d_]|[“\"])")
# one digit right after a letter or a closing parenthesis, at the end of the label
_GLUED = re.compile(r"(?<=[^\W\d_)])[1-9]$|(?<=\))[1-9]$")
_AFTER = 10  # lines after the table's last row where its footnotes stand


def defined_marks(lines: list[str], last_row: int) -> frozenset[str]:
    """The footnote numbers defined in the lines after a table's last row (1-based line numbers)."""
    found = set()
    for text in lines[last_row : last_row + _AFTER]:
        m = _DEFINED.match(text)
        if m:
            found.add(m.group(1))
    return frozenset(found)


def unglue(label: str, marks: frozenset[str]) -> tuple[str, str | None]:
    """The label without a footnote mark glued to its end, and the mark (or None)."""
    m = _GLUED.search(label)
    if m is None or m.group(0) not in marks:
        return label, None
    return label[: m.start()], m.group(0)
