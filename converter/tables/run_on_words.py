"""The words of a line read as rows run together (``tables.run_on``), with the cells a lost break glued to each other
taken apart where the characters themselves show the boundary.

A rendering that dropped the breaks between cells glues a figure to the label after it ("132Total current assets",
"26,743Loss from operations"), a label to the figure after it ("Contract assets2,666,627"), a nil dash to the next
label ("-Lease liabilities") and figures to each other ("$1,063,184$1,130,729", "1.36%1.37%",
"(2,710,837)(2,534,087)", "46,541,10344,460,091"). Where a boundary is proven by the characters - a digit next to a
letter, a currency sign or a parenthesis that opens a figure, a percent sign that closes one, a group of three digits
after a comma followed by more digits (a grouped figure ends after three) - the word is taken apart and the parts are
marked ``split``: their rows stay rows where the table's rows all print as many figures (``tables.glue``). A boundary
that the characters do not prove (digits fused without grouping, "214221"; a dash before a figure, "-512,137", a minus
sign or a nil cell) keeps the word's figures ``glued``: they exclude their rows.
"""

from __future__ import annotations

import re

from .glue import _UNITS, split_word
from .text_cells import YEAR, is_figure, is_symbol

# a figure inside a run-together word: signs, a grouped number (a group ends after three digits) or a plain one
_NUM = re.compile(r"\(?\$?\(?(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:,\d{3})+(?=\d)|\d+)(?:\.\d+)?\)?%?")
_GROUPED = re.compile(r"^\(?\$?\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?$")
_UNIT = re.compile(rf"(?:{_UNITS})\b") if _UNITS else re.compile(r"(?!)")
_DASHES = ("-", "–", "—", "−", "--")
_LABEL_START = re.compile(r"^[A-Z][A-Za-z][^\d$%()]*$")  # the next label's first word: "Selling,", "TOTAL"
_PAREN_WORD = re.compile(r"^\(?[A-Za-z]+\)$")  # "(loss)" of "Net income (loss)$ 349"
_LETTERS = re.compile(r"^[A-Za-z][A-Za-z&'’./-]*\)?$")

Part = tuple[int, int, bool, bool, bool]  # start, end (in the word), a figure, glued (in doubt), split (proven)


def _figure_parts(word: str) -> list[tuple[int, int, bool]] | None:
    """The word as (start, end, is a figure) where it is text and figures only, every boundary proven; else None.
    Text stands before the figures (a label run into its first figure: only a grouped or signed one, "assets2,666,627";
    "Q4", "FY2024" are words) or after them (the next label: a capital opens it, "132Total"), never between them."""
    parts: list[tuple[int, int, bool]] = []
    pos = 0
    for m in _NUM.finditer(word):
        if m.start() > pos:
            parts.append((pos, m.start(), False))
        parts.append((m.start(), m.end(), True))
        pos = m.end()
    if pos < len(word):
        parts.append((pos, len(word), False))
    flags = [f for _, _, f in parts]
    if not any(flags) or (flags[0] is False and flags[1:2] != [True]) or False in flags[1:-1]:
        return None
    for k, (s, e, f) in enumerate(parts):
        w = word[s:e]
        if not f:
            if not (_LABEL_START.match(w) and not _UNIT.match(w)) if k > 0 else not _LETTERS.match(w):
                return None
            continue
        if not is_figure(w):
            return None
        if k == 1 and not parts[0][2] and not (_GROUPED.match(w) or w[:1] in "($"):
            return None
        nxt = parts[k + 1] if k + 1 < len(parts) else None
        if nxt and nxt[2]:
            # a figure before another: the boundary must be shown by the first one's end ("%", ")", a third digit
            # after its last comma) or the next one's start ("$", "(")
            closes = w.endswith(("%", ")")) or bool(_GROUPED.match(w))
            if not (closes or word[nxt[0] : nxt[1]].startswith(("$", "("))):
                return None
    return parts


def split_run_word(word: str, after_figure: bool) -> list[Part]:
    """``word`` as parts: (start, end, a figure, glued, split). ``after_figure``: the word before it is a figure or
    a date (the word stands in a row's run of figures or under column headers, so digits that open it are a cell or a
    header, not a footnote mark)."""
    if len(word) < 2 or is_figure(word) or is_symbol(word):
        return [(0, len(word), is_figure(word) or is_symbol(word), False, False)]
    # a nil dash glued to the label after it ("-Lease liabilities"), in a row's run of figures; two dashes ("--Common
    # Stock") are one nil or two: in doubt
    dash = len(word) - len(word.lstrip("".join(_DASHES)))
    if after_figure and word[:dash] in _DASHES and word[dash : dash + 1].isupper() and word[dash : dash + 2].isalpha():
        return [(0, dash, True, dash > 1, dash == 1), (dash, len(word), False, False, False)]
    # a label whose last word carries the currency sign of its first figure ("Total assets$ 48,462,637",
    # "Net income (loss)$ 349")
    if word.endswith("$") and (_LETTERS.match(word[:-1]) or _PAREN_WORD.match(word[:-1])):
        return [(0, len(word) - 1, False, False, False), (len(word) - 1, len(word), True, False, False)]
    parts = _figure_parts(word)
    if parts is not None:
        first = word[parts[0][0] : parts[0][1]]
        figs = [word[s:e] for s, e, f in parts if f]
        if parts[0][2] and len(figs) == 1 and YEAR.match(first):
            if after_figure:
                return [(s, e, f, False, False) for s, e, f in parts]  # a header year run into the first label
        elif not (parts[0][2] and not after_figure and not parts[-1][2] and not _GROUPED.match(first) and first[:1] not in "($"
                  and len(figs) == 1):
            # digits that open a word after words ("2Comprehensive") may be a footnote mark: not taken apart; a run of
            # figures whose boundaries the characters prove ("317(649)6(1,593)Other") is the row's figures
            return [(s, e, f, False, f) for s, e, f in parts]
    return [(a, b, g, g, False) for a, b, g in split_word(word)]
