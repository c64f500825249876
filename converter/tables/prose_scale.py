"""The scale of a table that states none, from the release's own sentences: "Revenues rose 0.7% to $33.8 million"
above a statement that prints "TOTAL REVENUES ... 33,757" and no "(in thousands)" (Rubio's Q1 2005, an EDGAR exhibit
whose rendering kept no note) says the table is in thousands.

A sentence's amount is evidence for a row only where the sentence names the row's line item (a word of its label) and
the amount has three significant figures or more; a scale is taken only where no other scale (units included) finds
such a match. Amounts in a sentence are the release's headline figures: a coincidence of three or more figures with a
row of the same name is not to be expected, but a table the sentences never mention is left as before."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..currencies import iso_currencies
from ..models import Table

_WORDS = {"thousand": 3, "million": 6, "billion": 9}
# words of a label too common to say which line item a sentence speaks of
_COMMON = frozenset({"total", "other", "from", "with", "that", "this", "each", "share", "shares", "period", "year",
                     "quarter", "months", "ended", "before", "after", "less", "plus", "including", "excluding"})
SCALES = (0, 3, 6)


@cache
def _amount_pattern() -> re.Pattern[str]:
    """An amount of money in a sentence: a currency sign or ISO code, the figure, a scale word after it."""
    codes = "|".join(sorted(iso_currencies(), key=len, reverse=True))
    return re.compile(r"(?:[$€£¥]|\b(?:" + codes + r")\s?)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
                      r"(?:\s*(thousand|million|billion)s?\b)?")


def prose_amounts(sentences: list[str]) -> list[tuple[Decimal, Decimal, frozenset[str], str]]:
    """Each amount of money the sentences print, in units, with its precision (the step of its last figure) and the
    words of its sentence and the amount as printed; only amounts of three significant figures or more ("$489,000", "$33.8 million")."""
    out = []
    for s in sentences:
        words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]{4,}", s))
        for m in _amount_pattern().finditer(s):
            whole, frac, word = m.group(1).replace(",", ""), m.group(2) or "", m.group(3)
            digits = (whole + frac).lstrip("0")
            significant = len(digits.rstrip("0")) if not frac else len(digits)
            if significant < 3:
                continue
            scale = _WORDS[word.lower()] if word else 0
            value = Decimal(whole + ("." + frac if frac else "")).scaleb(scale)
            step = Decimal(1).scaleb(scale - len(frac))
            if not frac and not word:
                step = Decimal(1).scaleb(len(whole) - len(whole.rstrip("0")))  # "$489,000": to the thousand
            out.append((value, step, words, m.group(0).strip()))
    return out


def prose_scale(table: Table, currency: str | None, amounts: list[tuple[Decimal, Decimal, frozenset[str], str]]) -> tuple[int, str] | None:
    """The one scale at which the sentences print figures of the table's rows whose line items they name, and the
    first such sentence amount with its row; None where none does, or more than one scale does."""
    if not amounts:
        return None
    found: dict[int, str] = {}
    for r in table.rows:
        label = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", r.label)} - _COMMON
        if not label:
            continue
        for c in r.cells:
            if c.value is None or c.unit != currency or c.role != "value" or c.scale != 0 or c.decimals_printed:
                continue
            v = abs(c.value)
            for p, step, words, printed in amounts:
                if not label & words:
                    continue
                for s in SCALES:
                    if Decimal(1).scaleb(s) <= step and abs(v.scaleb(s) - p) * 2 <= step and s not in found:
                        found[s] = f"{r.label.strip()!r} {c.raw.strip()} as {printed}"
    if len(found) != 1:
        return None
    (s, why), = found.items()
    return s, why
