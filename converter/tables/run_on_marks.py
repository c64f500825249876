"""Footnote marks after a row's label on a line of rows run together ("Non-cash depreciation of purchased assets (1)
(16,110) (15,620)Non-cash stock-based compensation (2) (18,315) (2,364)Total ...", Vycor Medical Q1 2025).

A parenthesised single digit reads as a figure (minus one), and the row then prints one figure more than the other
rows of the line: its figures look run together and are excluded. It is the label's footnote mark where both hold:
the release explains that mark ("(1) Non-Cash depreciation of purchased assets. These are ..." after the rows, or at
the start of one of the lines after the line), and without it the row prints as many figures as most rows of the line.
So is the mark that opens such an explanation right after the last row ("... 32,628,835 (1) Non-Cash depreciation").
Otherwise it stays a figure (a row "Other (1) (2)" of two figures is minus one and minus two)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

_MARK = re.compile(r"^\(([1-9])\)$")
# a footnote's explanation on the line: the mark, then words ("(1) Non-Cash depreciation ...")
_EXPLAINED = re.compile(r"(?<!\S)\(([1-9])\)\s+(?=[A-Z][a-z])")

Word = tuple[str, int, int, bool, bool, bool]  # as ``run_on.Word``


def unmark(text: str, words: list[Word], runs: Callable[[list[Word]], list[tuple[int, int, int]]],
           explained: frozenset[str]) -> list[Word]:
    """The words with the footnote marks that open a row's figures read as words of its label. ``explained``: the
    marks the lines after the line explain; ``runs``: ``run_on._runs``."""
    if not any(_MARK.match(w[0]) for w in words):
        return words  # no mark to read: the line's runs are not worked out twice
    found = runs(words)
    counts = Counter(n for _, _, n in found)
    if not counts:
        return words
    usual = max(counts, key=lambda c: (counts[c], -c))
    here = {m.group(1): m.start() for m in _EXPLAINED.finditer(text)}
    out = list(words)
    for k, (i, j, n) in enumerate(found):
        if n != usual + 1:
            continue
        w = words[i]
        m = _MARK.match(w[0])
        if m is not None and i > 0 and not words[i - 1][3] and not (w[4] or w[5]) and (
                m.group(1) in explained or here.get(m.group(1), -1) > w[2]):
            out[i] = (w[0], w[1], w[2], False, False, False)  # the label's mark, explained after the rows
            continue
        w = words[j - 1]
        m = _MARK.match(w[0])
        if m is not None and k == len(found) - 1 and here.get(m.group(1)) == w[1] and not (w[4] or w[5]):
            # after the last row, the mark that opens its explanation ("... 32,628,835 (1) Non-Cash depreciation")
            out[j - 1] = (w[0], w[1], w[2], False, False, False)
    return out
