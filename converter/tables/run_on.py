"""Rows of tables run together on one line (a release whose line breaks were lost: every row, title and
sentence on one line).

The line is read as words: a run of two or more figures (with their ``$``, ``%`` and ``)``) closes a row whose
label is the text before it. That text may also hold what stood on the lines above the row: sentences (prose),
a title, column headers ("Three Months Ended ... October 27, 2024 October 29, 2023"), a note ("(In millions)")
and section headings ("Operating expenses:"). They are told apart by their structure: a sentence ends with a
full stop, headers are period expressions, a note is in parentheses, a heading ends with a colon. A lone figure
among words (a page number, a figure in a sentence) is text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import knowledge
from ..models import Span
from ..periods import find_period_exprs, mask_dates
from .glue import split_word
from .text_cells import YEAR, Piece, is_figure, is_symbol, text_spans

if TYPE_CHECKING:  # pragma: no cover
    from .text_detect import Line

RUN_ON_MIN_CHARS = 2000  # a line this long that holds rows of figures is a run-on rendering
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[a-z0-9%)”\"'][.!?][\"”’)]?\s+(?=[A-Z(“\"])")
_ABBREVIATIONS = tuple(knowledge().raw["layout"]["abbreviations"])


class _Sentences:
    """Ends of sentences: a full stop before a capital, unless it ends an abbreviation ("vs.", "Inc.")."""

    @staticmethod
    def finditer(text: str):
        for m in _SENTENCE_END.finditer(text):
            head = text[: m.start() + 2].lower()
            if not head.endswith(_ABBREVIATIONS):
                yield m

    @classmethod
    def search(cls, text: str):
        return next(iter(cls.finditer(text)), None)


_SENTENCE = _Sentences()
_CAPS_TITLE = re.compile(r"(?:\b[A-Z][A-Z&.,’'\-]*\s+){2,}[A-Z][A-Z&.,’'\-]*\s*$")
_NOTE = re.compile(r"\((?:[Ii]n |[Uu]naudited|\$ in |[Aa]mounts in )[^()]*\)")


Word = tuple[str, int, int, bool, bool]  # word, start, end, is part of a figure, is a figure glued to a word


def _words(text: str) -> list[Word]:
    """(word, start, end, is part of a figure, glued) for every word of the line; a figure glued to the word after
    or before it ("6,042,986Marketable", "operations(6,373)") is taken apart from it, and marked (``tables.glue``)."""
    dates = text_spans(text)
    out = []
    for m in _WORD.finditer(text):
        in_date = any(ds <= m.start() < de for ds, de in dates)
        for a, b, glue in split_word(m.group(0)) if not in_date else [(0, len(m.group(0)), False)]:
            w = m.group(0)[a:b]
            fig = glue or (not in_date and (is_figure(w) or is_symbol(w)))
            out.append((w, m.start() + a, m.start() + b, fig, glue))
    return out


def _runs(words: list[Word]) -> list[tuple[int, int, int]]:
    """Runs of figure words (start index, end index exclusive, number of figures) that make a row."""
    runs = []
    i = 0
    n = len(words)
    while i < n:
        if not words[i][3]:
            i += 1
            continue
        j = i
        while j < n and words[j][3]:
            j += 1
        figs = [w for w in words[i:j] if is_figure(w[0]) or w[4]]
        numeric = [w for w in figs if any(ch.isdigit() for ch in w[0])]
        # a row: two or more figures, at least one a number, not only years (a header), not a "$" alone
        if len(figs) >= 2 and numeric and not all(YEAR.match(w[0]) for w in figs):
            # symbols before the first figure belong to it; a trailing "$" belongs to the next row
            while j > i and words[j - 1][0] in ("$", "(") and not is_figure(words[j - 1][0]):
                j -= 1
            runs.append((i, j, len(figs)))
        i = j if j > i else i + 1
    return runs


def several_rows(text: str, no: int) -> list[Line]:
    """A line of ordinary length that holds several rows ("Net sales 100 90 Cost of sales 60 55"): two or more
    runs of the same number of figures, each after words of its own; else [] (a line of one row)."""
    if "|" in text or len(text) < 24:
        return []
    words = _words(text)
    runs = _runs(words)
    # rows of as many figures each; rows whose figures were glued to the next label may count apart (their rows
    # are excluded, ``tables.glue``: the line must still read as rows, so that none of its figures goes unseen)
    glue = any(w[4] for w in words)
    if len(runs) < 2 or (len({k for _, _, k in runs}) != 1 and not glue):
        return []
    starts = [0] + [j for _, j, _ in runs[:-1]]
    for (i, _, _), s in zip(runs, starts):
        between = " ".join(w[0] for w in words[s:i])
        if (not glue and not re.search(r"[A-Za-z]{2}", between)) or _SENTENCE.search(between + " X"):
            return []  # a figure run with no label of its own, or a sentence: not rows side by side
    return run_on_records(text, no, min_runs=2)


def run_on_records(text: str, no: int, min_runs: int = 3) -> list[Line]:
    """The rows of a run-on line, or [] when it holds no run of figures that makes a row."""
    from .records import record_line

    words = _words(text)
    runs = _runs(words)
    if len(runs) < min_runs:
        return []
    out: list[Line] = []
    prev = 0
    for i, j, _ in runs:
        lead = words[prev:i]
        label_words = _label_words(text, lead)
        out.extend(_lead_lines(text, lead[: len(lead) - len(label_words)], no))
        pieces = []
        if label_words:
            s, e = label_words[0][1], label_words[-1][2]
            pieces.append(Piece(text[s:e], Span(line=no, start=s, end=e)))
        pieces.extend(Piece(w, Span(line=no, start=s, end=e)) for w, s, e, _, _ in words[i:j])
        rec = record_line(pieces, no, no, "run_on")
        rec.glued = [Span(line=no, start=w[1], end=w[2]) for w in words[i:j] if w[4]]
        out.append(rec)
        prev = j
    out.extend(_lead_lines(text, words[prev:], no))
    return out


def _label_words(text: str, lead: list[Word]) -> list[Word]:
    """The row's own label: the words after the last sentence end, period expression, note or heading colon."""
    if not lead:
        return []
    s0 = lead[0][1]
    seg = text[s0 : lead[-1][2]]
    cut = 0
    for m in _SENTENCE.finditer(seg):
        cut = max(cut, m.end())
    for e in find_period_exprs(seg):
        cut = max(cut, e.end)
    for m in _NOTE.finditer(seg):
        cut = max(cut, m.end())
    for m in re.finditer(r":\s", seg):
        cut = max(cut, m.end())
    return [w for w in lead if w[1] - s0 >= cut]


def _is_sentence(text: str) -> bool:
    t = text.strip()
    return len(t) > 200 or (len(t.split()) > 12 and _SENTENCE.search(t + " X") is not None)


def _lead_lines(text: str, lead: list[Word], no: int) -> list[Line]:
    """What stood above a row: sentences, a title, notes, column headers and headings, one record each."""
    from .records import record_line
    from .text_detect import Line

    if not lead:
        return []
    s0, e0 = lead[0][1], lead[-1][2]
    seg = text[s0:e0]
    cuts = {0, len(seg)}
    for m in _SENTENCE.finditer(seg):
        cuts.add(m.end())
    for m in _NOTE.finditer(seg):
        cuts.update((m.start(), m.end()))
    for m in re.finditer(r":\s", seg):
        cuts.add(m.end())
    # in each part: column headers start with the first period expression (a title stands before it); the
    # dates under a line of durations ("Three Months Ended Twelve Months Ended" / "October 27, 2024 ...") start
    # a line of their own
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        part = seg[a:b]
        exprs = find_period_exprs(part)
        if exprs and not part[exprs[-1].end :].strip():
            # a run of period expressions that ends the part heads columns, even after a long title
            k = len(exprs) - 1
            while k > 0 and not part[exprs[k - 1].end : exprs[k].start].strip():
                k -= 1
            cuts.add(a + exprs[k].start)
            caps = _CAPS_TITLE.search(part[: exprs[k].start])
            if caps:
                cuts.add(a + caps.start())  # the statement's title in capitals before its headers
        if _is_sentence(part):
            continue
        if exprs:
            cuts.add(a + exprs[0].start)
            cuts.add(a + exprs[-1].end)
        last_end = None
        for ds, de in mask_dates(part):
            if last_end is None or part[last_end:ds].strip():
                cuts.add(a + ds)
            last_end = de
    out: list[Line] = []
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        part = seg[a:b]
        t = part.strip()
        if not t:
            continue
        s = s0 + a + (len(part) - len(part.lstrip()))
        piece = Piece(t, Span(line=no, start=s, end=s + len(t)))
        if len(t) > 200 or _is_sentence(t):
            out.append(Line(no, t, "prose", label=t, last=no, reader="run_on"))
        else:
            out.append(record_line([piece], no, no, "run_on"))
    return out
