"""Whether a row's label names a total: "Total current assets", "TOTAL LIABILITIES", "Consolidated total", and
"Consolidated" by itself (the figure the segments above it add up to). The one reading of ``[layout] total_starts``
and ``total_alone`` (extraction.toml), for the tables (a total closes its section) and the mapping (a total's
concept) alike."""

from __future__ import annotations

import re

from ..knowledge import knowledge


def _words(key: str) -> str:
    words = knowledge().raw["layout"][key]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_STARTS = re.compile(rf"^\W*(?:{_words('total_starts')})\b", re.I)
_TOTAL = re.compile(rf"{_STARTS.pattern}|^\W*(?:{_words('total_alone')})\W*$", re.I)


def is_total(label: str) -> bool:
    return bool(_TOTAL.match(label))


def starts_total(label: str) -> bool:
    """A label that says it totals by its first words ("Total assets:", "Total divested businesses"), not one of
    ``total_alone`` by itself ("Consolidated")."""
    return bool(_STARTS.match(label))


def total_of(label: str) -> str | None:
    """What a total names after its first words ("Other Income (Expense)" of "Total Other Income (Expense)"), or None."""
    m = _STARTS.match(label)
    name = label[m.end():].strip(" :") if m else ""
    return name or None
