"""The second line of a label whose figures stand on its first: a PDF rendering prints a row's figures beside the
first line of its label and the rest of the label on a line of its own below them::

    | Cash, cash equivalents and restricted cash – | 2,414 | 1,507 |
    | end of period                                 |       |       |        (Shopify Q3 2025, pipe tables)

    Operating income (loss) from continuing
    81,020 63,799 (151,622) 166,364
    operations                                                            (Circle Q3 2025, page text)

Read as a line of its own, such a line is a heading over the rows below it ("end of period" over nothing, "beginning
of period" over the next row's cash at the end of the period) and the row above keeps half its label ("Net income |
367" beside the GAAP "Net income | 264", where the line below says "excluding the impact of equity investments").

A line of words is such a tail only on strong evidence: it starts in lower case, prints no figure, ends with no colon
(it opens nothing), names no period or scale, stands right under a row of figures, and either that row's label stops
mid-phrase (a comma, a dash, a word no label ends with: ``[layout] unfinished_end_words``), or the line opens with a
word that continues a phrase (``[layout] continuation_start_words``: "and", "excluding", "before"), or the row above
is itself a wrapped label's line (its label starts in lower case), or the row above prints figures with no label
between a line of words and this one (the label's two halves around its figures)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..knowledge import knowledge
from ..periods import find_period_exprs

_kn = knowledge().raw["layout"]
_UNFINISHED_END = frozenset(_kn["unfinished_end_words"])
_STARTS = frozenset(_kn["continuation_start_words"])
_SCALE_WORD = re.compile(r"\b(?:thousands|millions|billions)\b", re.I)
_DASH_END = ("-", "\u2013", "\u2014", ",")
_MAX_WORDS = 10
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_MARK = re.compile(r"\(\d{1,2}\)$|\*+$")  # a footnote mark after a word ("expense(1)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")


def _words(text: str) -> bool:
    """A line of words: every token a word of letters (with its hyphens, apostrophes, parentheses and a footnote
    mark), no file name, code or figure ("strt-ex99_2.htm", "EX-99.2")."""
    tokens = [_MARK.sub("", w).strip(",;()") for w in text.split()]
    return bool(tokens) and all(_WORD.fullmatch(w) for w in tokens if w)


def ends_mid_phrase(label: str) -> bool:
    """A label that stops mid-phrase: after a comma or a dash, or on a word no label ends with."""
    t = label.rstrip()
    if t.endswith(_DASH_END):
        return True
    words = t.split()
    return bool(words) and words[-1].lower() in _UNFINISHED_END


def is_tail(line: str, above: str, over: str | None = None) -> bool:
    """Whether ``line``, a line of words without figures right under a row of figures labelled ``above``, finishes
    that row's label. ``over``: the row above prints no label, and this line of words without figures (no colon)
    stands over it: the label's first half."""
    t = line.strip()
    if not t[:1].islower() or t.endswith((":", ";")) or len(t.split()) > _MAX_WORDS or not _words(t):
        return False
    if find_period_exprs(t) or _SCALE_WORD.search(t) or t.endswith(".") or unbalanced(t) or unbalanced(above):
        return False  # a header's line ("in thousands"), a sentence, a parenthesis of prose ("(up 11%" / "in constant currency)")
    first = re.split(r"[\s,(]", t, maxsplit=1)[0].lower()
    a = above.strip()
    bare = not a and over is not None and _words(over) and not over.rstrip().endswith(":")
    return bare or first in _STARTS or (bool(a) and (ends_mid_phrase(a) or a[:1].islower()))


def join_label_tails(rows: list) -> list:
    """The rows with each label tail (``is_tail``) joined to the row of figures above it: the label runs on, the row
    keeps its line and its figures."""
    out: list = []
    for r in rows:
        prev = out[-1] if out else None
        if (
            prev is not None
            and r.kind == "text"
            and not r.cells
            and prev.kind == "data"
            and prev.values
            and r.indent >= prev.indent
        ):
            before = out[-2] if len(out) > 1 else None
            over = before.label if before is not None and before.kind == "text" and not before.cells else None
            if is_tail(r.label, prev.label, over):
                label = f"{prev.label} {r.label.strip()}".strip()
                out[-1] = replace(prev, label=label, label_span=prev.label_span or r.label_span)
                continue
        out.append(r)
    return out


def runs_on(text: str) -> bool:
    """A line of a sentence run on over lines (a stock's description in a balance sheet rendered as page text): it
    says "respectively", opens or closes a parenthesis it does not close or did not open ("2025 and December 31,
    2024)", the end of Circle Q3 2025's "Class C common stock ($0.0001 par value; 500.0 million and nil authorized as
    of September 30," on page 8), or holds a semicolon outside a note in parentheses ("(In thousands; unaudited)" is a
    header's). Though it names dates it heads no columns, and it opens no section."""
    t = text.strip()
    return bool(_RESPECTIVELY.search(t)) or unbalanced(t) or (";" in t and not t.startswith("("))


def unbalanced(text: str) -> bool:
    """A piece of a longer label: it opens a parenthesis it does not close, or closes one it did not open ("Class C
    common stock ($0.0001 par value; ... as of September 30," / "2025 and December 31, 2024)"). No heading: a heading
    is a whole phrase (a line that only says "respectively" or holds a semicolon may be the first half of a label,
    a heading over its second: "Common stock, par value $.01 per share, authorized 5,000,000 shares; issued and
    outstanding" over "| 3,166,653 in 2024 and 3,116,966 shares in 2023 | 31,667 |", FMFG's balance sheet)."""
    return text.count(")") != text.count("(")
