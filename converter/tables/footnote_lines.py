"""A footnote line under a table ("*-Includes discrete item of $15,194 ...", "(1) Excludes ..."): a sentence, yet no
prose between tables, when it opens with a marker the table above it prints ("Return on average assets | * | 2.65")."""

from __future__ import annotations

import re

# the marker a footnote line opens with, then a break, a dash or the first word ("*-Includes", "(1) Excludes", "†Net")
_OPENS = re.compile(r"^\s*(\*{1,3}|†{1,2}|‡|\(\d{1,2}\)|\([a-z]\)|\[\d{1,2}\])(?=[\s\-–—:.]|[A-Z])")


def _used(marker: str, table_lines: list[str]) -> bool:
    """Whether the table prints the marker as a reference: alone in a cell or after a label or figure, an asterisk
    run not part of a longer run nor opening a bold word ("**Total**")."""
    if marker.startswith("*"):
        ref = re.compile(r"(?<!\*)" + re.escape(marker) + r"(?![*\w])")
    else:
        ref = re.compile(re.escape(marker))
    return any(ref.search(ln) for ln in table_lines)


def footnote_of(line: str, table_lines: list[str]) -> bool:
    """Whether ``line`` is a footnote of the table whose source lines are ``table_lines``: it opens with a marker
    the table uses."""
    m = _OPENS.match(line)
    return m is not None and _used(m.group(1), table_lines)


def after_footnotes(lines: list[str], table_lines: list[str]) -> list[str]:
    """The lines under a table after its footnotes: the leading run of blank lines and lines that are footnotes of
    the table dropped (a footnote further down, after other text, is the prose's own)."""
    k = 0
    while k < len(lines) and (not lines[k].strip() or footnote_of(lines[k], table_lines)):
        k += 1
    return lines[k:]
