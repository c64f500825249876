"""Rows of tables run together on one line (a release whose line breaks were lost: every row, title and
sentence on one line).

The line is read as words: a run of two or more figures (with their ``$``, ``%`` and ``)``) closes a row whose
label is the text before it. That text may also hold what stood on the lines above the row: sentences (prose),
a title, column headers ("Three Months Ended ... October 27, 2024 October 29, 2023"), a note ("(In millions)")
and section headings ("Operating expenses:"). They are told apart by their structure: a sentence ends with a
full stop, headers are period expressions, a note is in parentheses, a heading ends with a colon, stands in
capitals or in a cell of its own before the label ("ASSETSCash", "Gross Profit          Vycor Medical"), speaks per
share, or stands before a total's label. A lone figure among words (a page number, a figure in a sentence) is text;
a run of nil dashes ("- -") is a row. Cells glued together are taken apart by ``tables.run_on_words``.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

from ..knowledge import knowledge
from ..models import Span
from ..periods import find_period_exprs, mask_dates
from ..tokens import parse_amount
from .run_on_marks import unmark
from .run_on_words import split_run_word
from .text_cells import YEAR, Piece, is_figure, text_spans
from .totals import total_of

if TYPE_CHECKING:  # pragma: no cover
    from .text_detect import Line

NIL_DASHES = ("-", "–", "—", "−", "--", "---")
RUN_ON_MIN_CHARS = 2000  # a line this long that holds rows of figures is a run-on rendering
_WORD = re.compile(r"\S+")
_UNDERLINE = re.compile(r"^(?:-{5,}|={5,}|_{5,})$")
_UNDERLINES = re.compile(r"(?<!\S)(?:-{5,}|={5,}|_{5,})(?:\s+(?:-{5,}|={5,}|_{5,}))*(?!\S)")
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


_JOINED_YEAR = re.compile(r"\s*,?\s+(?:and|&)\s+((?:19|20)\d{2})\b")
Word = tuple[str, int, int, bool, bool, bool]  # word, start, end, part of a figure, glued (in doubt), split (proven)


def _words(text: str) -> list[Word]:
    """(word, start, end, is part of a figure, glued, split) for every word of the line; cells a lost break glued
    together are taken apart (``tables.run_on_words``): where the characters prove the boundary they are marked
    split, else the figure is marked glued (``tables.glue``)."""
    dates = text_spans(text)
    # a year joined to a date ("at December 31, 2024 and 2023"): a date too, no figure opening a row's run
    dates += [m.span(1) for _, de in list(dates) if (m := _JOINED_YEAR.match(text, de))]
    heads = _heading_ends(text)
    out: list[Word] = []
    for m in _pieces(text, heads):
        word, start = m
        if _UNDERLINE.match(word):
            continue  # "----------", "==========": a fixed-width exhibit's underline, printed on a line of its own there
        date_end = max((de for ds, de in dates if ds <= start < de), default=None)
        if date_end is not None:
            # a date, and what a lost break glued to its end ("December 31, 2023Current assets:")
            cut = min(date_end, start + len(word))
            out.append((text[start:cut], start, cut, False, False, False))
            word, start = word[cut - start :], cut
            if not word:
                continue
        after = bool(out) and (out[-1][3] or out[-1][2] == start or any(de == out[-1][2] for _, de in dates))
        for a, b, fig, glue, split in split_run_word(word, after):
            out.append((word[a:b], start + a, start + b, fig, glue, split))
    return out


def _pieces(text: str, cuts: list[int]) -> list[tuple[str, int]]:
    """The words of the line (word, start), a word cut where a heading ends inside it ("ASSETSCash")."""
    out = []
    for m in _WORD.finditer(text):
        pos = m.start()
        for c in cuts:
            if pos < c < m.end():
                out.append((text[pos:c], pos))
                pos = c
        out.append((text[pos : m.end()], pos))
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
        # a row: two or more figures, at least one a number or all nil dashes ("Provision for income taxes - -"),
        # not only years (a header), not a "$" alone
        # nil dashes glued to the next label count as one or two cells ("December 31, 2024--Common Stock"): a row
        nil = (len(figs) >= 2 or (len(figs) == 1 and figs[0][4])) and all(w[0] in NIL_DASHES for w in figs)
        if (len(figs) >= 2 or nil) and (numeric or nil) and not all(YEAR.match(w[0]) for w in figs):
            # symbols before the first figure belong to it; a trailing "$" belongs to the next row
            while j > i and words[j - 1][0] in ("$", "(") and not is_figure(words[j - 1][0]):
                j -= 1
            runs.append((i, j, len(figs)))
        i = j if j > i else i + 1
    return runs


def _periods_only(text: str) -> bool:
    """Whether every digit of a line stands in a period it names: a header line of periods ("1 Jan – 30 June 1 Jan –
    30 June 1 Jan to 31 Dec", Kojamo H1 2014), no rows side by side."""
    spans = [(e.start, e.end) for e in find_period_exprs(text)]
    return bool(spans) and all(any(s <= i < e for s, e in spans) for i, ch in enumerate(text) if ch.isdigit())


def several_rows(text: str, no: int, marks: frozenset[str] = frozenset()) -> list[Line]:
    """A line of ordinary length that holds several rows ("Net sales 100 90 Cost of sales 60 55"): two or more
    runs of the same number of figures, each after words of its own; else [] (a line of one row). ``marks``: the
    footnote marks the lines after it explain (``run_on_marks``)."""
    if "|" in text or len(text) < 24 or _periods_only(text):
        return []
    words = unmark(text, _words(text), _runs, marks)
    runs = _runs(words)
    # rows of as many figures each; rows whose figures were glued to the next label may count apart (their rows
    # are excluded, ``tables.glue``: the line must still read as rows, so that none of its figures goes unseen)
    glue = any(w[4] or w[5] for w in words)
    if len(runs) < 2 or (len({k for _, _, k in runs}) != 1 and not glue):
        return []
    starts = [0] + [j for _, j, _ in runs[:-1]]
    for (i, _, _), s in zip(runs, starts):
        between = " ".join(w[0] for w in words[s:i])
        if (not glue and not re.search(r"[A-Za-z]{2}", between)) or _SENTENCE.search(between + " X"):
            return []  # a figure run with no label of its own, or a sentence: not rows side by side
    return run_on_records(text, no, min_runs=2, marks=marks)


_PAGE_NUMBER = re.compile(r"\d{1,3}")
_RUNNING_PAGES = 3  # run-on pages that must open with the same words for them to be a running header
_RUNNING_WORDS = 3  # the fewest words of a running header


def running_header(lines: list[str]) -> str | None:
    """The running header that opens the run-on pages of a text (a slide deck or letter rendered one page per line:
    Yelp Q2 2026's "Ye lp Q 2 20 26 2 23 Note: ...", "Ye lp Q 2 20 26 4 23 Q2 Results ...", "Yelp Q2 2026" and the
    page of pages spaced out), as the words every such page opens with; None where fewer than three run-on lines
    open with three words or more in common."""
    pages = [t.split() for t in lines if len(t) > RUN_ON_MIN_CHARS]
    if len(pages) < _RUNNING_PAGES:
        return None
    common: list[str] = []
    for words in zip(*pages):
        if len(set(words)) != 1:
            break
        common.append(words[0])
    return " ".join(common) if len(common) >= _RUNNING_WORDS else None


def running_header_end(text: str, running: str) -> int:
    """Where a page's running header (``running_header``) and the page numbers after it ("2 23": page 2 of 23)
    end in the line."""
    words = list(re.finditer(r"\S+", text))
    k = len(running.split())
    end = words[k - 1].end()
    for w in words[k : k + 2]:
        if not _PAGE_NUMBER.fullmatch(w.group(0)):
            break
        end = w.end()
    return end


def run_on_records(text: str, no: int, min_runs: int = 3, marks: frozenset[str] = frozenset()) -> list[Line]:
    """The rows of a run-on line, or [] when it holds no run of figures that makes a row."""
    from .records import record_line

    words = unmark(text, _words(text), _runs, marks)
    runs = _runs(words)
    if len(runs) < min_runs:
        return []
    out: list[Line] = []
    totaled = _totaled(text, words, runs)
    prev = 0
    for i, j, _ in runs:
        lead = words[prev:i]
        label_words = _label_words(text, lead)
        out.extend(_lead_lines(text, lead[: len(lead) - len(label_words)], no, totaled))
        pieces = []
        if label_words:
            s, e = label_words[0][1], label_words[-1][2]
            pieces.append(Piece(text[s:e], Span(line=no, start=s, end=e)))
        pieces.extend(Piece(w, Span(line=no, start=s, end=e)) for w, s, e, _, _, _ in words[i:j])
        rec = record_line(pieces, no, no, "run_on")
        rec.glued = [Span(line=no, start=w[1], end=w[2]) for w in words[i:j] if w[4]]
        rec.split = [Span(line=no, start=w[1], end=w[2]) for w in words[i:j] if w[5]]
        # a label lost, or cut by a date it names ("... authorized at December 31, 2024 | and 2023, respectively 11
        # 10"): the row's own label is not known
        before = text[lead[0][1] : label_words[0][1]].rstrip() if lead and label_words else ""
        dated = bool(before) and any(e.end == len(before) for e in find_period_exprs(before))
        # a run that opens with a bare year ("Q1 2026 44% 91%", "... at December 31, 2024 and 2023 - -"): the year
        # may name the label's period or head a column; the row's figures are not told apart
        opens_year = len(rec.figures or []) > 1 and bool(YEAR.match(rec.figures[0].text))
        # a row of nil dashes alone ("Provision for income taxes - -") keeps its label apart from the next row's, but
        # with no amount to check its reading against it gives no fact
        nil = bool(rec.figures) and all(f.text.strip("$ ") in NIL_DASHES for f in rec.figures)
        rec.fragment = rec.kind == "data" and (not rec.label.strip() or (dated and rec.label[:1].islower()) or opens_year or nil)
        out.append(rec)
        prev = j
    out.extend(_lead_lines(text, words[prev:], no, totaled))
    return _totals_apart(out, no)


def _totaled(text: str, words: list[Word], runs: list[tuple[int, int, int]]) -> frozenset[str]:
    """What the line's totals name, in lower case ("other income (expense)" of "Total Other Income (Expense) (25,708)")."""
    out, prev = set(), 0
    for i, j, _ in runs:
        lw = _label_words(text, words[prev:i])
        if lw and (name := total_of(text[lw[0][1] : lw[-1][2]])):
            out.add(" ".join(name.lower().split()))
        prev = j
    return frozenset(out)


def _glued_headings(part: str, totaled: frozenset[str]) -> int | None:
    """Where a section heading ends that a colon heading is glued behind ("Other Income (Expense) Interest expense:",
    a lost break between two headings): the section is one a total of the line names ("Total Other Income (Expense)"),
    the colon heading after it (a capital, then words) qualifies the rows under it (Vycor Medical Q1 2025). None: one
    heading."""
    t = part.strip()
    if not t.endswith(":") or not totaled:
        return None
    lead = len(part) - len(part.lstrip())
    words = list(_WORD.finditer(t))
    for k in range(1, len(words) - 1):
        if " ".join(w.group(0) for w in words[:k]).lower() in totaled and words[k].group(0)[:1].isupper():
            return lead + words[k].start()
    return None


def _value(text: str) -> Decimal | None:
    a = parse_amount(text)
    return None if a is None or a.percent else (a.value if a.value is not None else Decimal(0))


def _totals_apart(rows: list[Line], no: int) -> list[Line]:
    """A row that prints a multiple of the line's column count ("General and administrative 5,385 6,022 29,099
    26,743Loss from operations"): a total printed without a label ran into the row above it. The row's own figures
    are the first ones only where each further group is, column by column, the sum of the rows above it under their
    heading (the row itself included); each such group stays in the table as a total with no label
    (``Line.total``). Otherwise nothing tells the row's columns: every figure of it is in doubt (glued)."""
    from .records import record_line

    counts = Counter(len(x.figures or []) for x in rows if x.kind == "data" and x.reader == "run_on")
    counts.pop(1, None)
    if not counts:
        return rows
    k = max(counts, key=lambda c: (counts[c], -c))
    out: list[Line] = []
    for x in rows:
        figs = x.figures or []
        if x.kind != "data" or len(figs) <= k or len(figs) % k:
            out.append(x)
            continue
        above = []
        for y in reversed(out):
            if y.kind != "data" or len(y.figures or []) != k:
                break
            above.insert(0, [_value(f.text) for f in y.figures or []])
        own = [_value(f.text) for f in figs[:k]]
        groups = [figs[g : g + k] for g in range(k, len(figs), k)]
        if all(_sums(above + [own], [_value(f.text) for f in grp]) for grp in groups):
            head = record_line(list(x.pieces or []) + [Piece(f.text, f.span) for f in figs[:k]], no, no, "run_on")
            head.split = [sp for sp in x.split or [] if sp.end <= figs[k - 1].span.end]
            out.append(head)
            for grp in groups:
                total = record_line([Piece(f.text, f.span) for f in grp], no, no, "run_on")
                total.split = [sp for sp in x.split or [] if grp[0].span.start <= sp.start < grp[-1].span.end + 1]
                total.total = True
                out.append(total)
            continue
        x.glued = [f.span for f in figs]
        out.append(x)
    return out


def _sums(rows: list[list[Decimal | None]], total: list[Decimal | None]) -> bool:
    """Whether ``total`` is, column by column, the sum of the last two or more of ``rows``."""
    if any(v is None for v in total) or not any(total):
        return False
    for s in range(len(rows) - 2, -1, -1):
        part = rows[s:]
        if any(v is None for r in part for v in r):
            return False
        if all(sum((r[c] for r in part), Decimal(0)) == total[c] for c in range(len(total))):
            return True
    return False


def _label_words(text: str, lead: list[Word]) -> list[Word]:
    """The row's own label: the words after the last sentence end, period expression, note or heading colon."""
    if not lead:
        return []
    s0 = lead[0][1]
    seg = text[s0 : lead[-1][2]]
    cut = 0
    for m in _SENTENCE.finditer(seg):
        cut = max(cut, m.end())
    exprs = find_period_exprs(seg)
    own = _own_dates(seg, exprs)
    for e in exprs:
        # column headers before the label; not the dates its own description names, where the description goes on
        # after them (a clause: "; 10,544,691 and ... shares issued", ", respectively") or the row's figures follow
        if (e.start, e.end) not in own or _GOES_ON.match(seg, e.end) is None:
            cut = max(cut, e.end)
    for m in _NOTE.finditer(seg):
        cut = max(cut, m.end())
    for c in _heading_ends(seg):
        cut = max(cut, c)
    for m in _CELL_GAP.finditer(seg):
        cut = max(cut, m.end())  # a heading in a cell of its own ("Gross Profit          Vycor Medical $1,355,878")
    for m in _TOTAL_AFTER.finditer(seg):
        cut = max(cut, m.end())  # "Liabilities and stockholders' equity Total liabilities $ 3,107": a total opens its label
    for m in _PER_SHARE_HEADING.finditer(seg):
        cut = max(cut, m.end())  # "Loss Per Share - basic and diluted Loss from continuing operations ($0.01)"
    m = _PAIR_ROW.search(seg)
    if m:
        cut = max(cut, m.end())  # "Weighted average shares outstanding Basic 45,612": the heading of a basic/diluted pair
    for m in _UNDERLINES.finditer(seg):
        cut = max(cut, m.end())  # a rule under the column headers ("(D) (E) (F) ------ ------ Net sales"): no label's words
    return [w for w in lead if w[1] - s0 >= cut]


# where a heading or column header ends before a label: a colon ("Operating expenses: Research", "Current
# assets:Cash"); where a lost break glued a label to a heading in capitals ("ASSETSCash & Cash Equivalents",
# "CAPITAL/EQUITYTotal Stock"), to a word ("contingenciesStockholders' equity") or to a header year
# ("December 31, 2024 2023Revenue")
# (each run of capitals or of lower-case letters is tried from its start only: a line of 100,000 characters is read in
# linear time)
_HEADING_END = re.compile(r":(?=\s|[A-Z])|(?<![\w/&])[A-Z][A-Z/&]*[A-Z](?=[A-Z][a-z])|(?<![a-z])[a-z]{4,}(?=[A-Z][a-z]{2})"
                          r"|\b(?:19|20)\d{2}(?=[A-Z][a-z])")


_DATE_THEN_YEARS = re.compile(r"\b\d{1,2},?\s+((?:19|20)\d{2})(?:\s+(?:19|20)\d{2})+\s*$")
# a heading that speaks per share, before the label of the first row under it (as "Earnings per share:" / "Basic")
_PER_SHARE_HEADING = re.compile(r"\b[Pp]er (?:[Cc]ommon )?[Ss]hare\b(?:\s*[-–]\s*[a-z][a-z ,]*?)?\s+(?=[A-Z][a-z]+\b)")
# the first or second row of a basic/diluted pair after the heading over both, its break lost ("Weighted average
# shares outstanding Basic 45,612 ... Diluted 45,612"): the capitalised word alone is the row's label, the words
# before it the heading (not after a dash or a colon, where the word qualifies the label: "Shares - Basic"; nor
# after "and": "Shares Outstanding – Basic and Diluted" is one label)
_PAIR_ROW = re.compile(r"(?<=[a-z)])(?<!\band)(?<!\bor)\s+(?=(?:Basic|Diluted)\s*$)")  # not "Basic and Diluted"
_TOTAL_AFTER = re.compile(r"(?<=[\w)’'])\s+(?=(?:Total|TOTAL)\s+[A-Za-z])")
_CELL_GAP = re.compile(r"(?<=[\w)])[ \u00a0]{2,}(?=[A-Z])")


def _heading_ends(seg: str) -> list[int]:
    """Where a heading or a column header ends before what follows it; not inside a period phrase whose words lost
    their space ("For the three months endedDecember 31,": the length and its date are one header, not a heading
    "For the three months ended" over a title "December 31, ...")."""
    ends = [(m.start(), m.end() + (1 if m.group(0) == ":" and seg[m.end() : m.end() + 1].isspace() else 0))
            for m in _HEADING_END.finditer(seg)]
    glued = [(s, e) for s, e in ends if seg[e - 1 : e].islower()]
    if glued:
        phrases = [(x.start, x.end) for x in find_period_exprs(seg)]
        ends = [(s, e) for s, e in ends if not (seg[e - 1 : e].islower() and any(a <= s and e < b for a, b in phrases))]
    return [e for _, e in ends]


def _is_sentence(text: str) -> bool:
    t = text.strip()
    return len(t) > 200 or (len(t.split()) > 12 and _SENTENCE.search(t + " X") is not None)


# a count and the lower-case words that qualify it, then "as of" or "at" a date, since the last ";"; or, after a ";"
# (a clause of a line item's description: headers hold none), lower-case words alone ("; no shares issued and
# outstanding at")
_DESCRIBED = re.compile(r"\d[^;]*\b[a-z]+\s+(?:as\s+of|at)\s*$")
_CLAUSE = re.compile(r"^\s*[a-z][a-z, ]*\b[a-z]+\s+(?:as\s+of|at)\s*$")
# what joins a second date to a described one ("at December 31, 2024 and 2023", "as of June 30, 2025 and December
# 31, 2024")
_GOES_ON = re.compile(r"\s*(?:$|[;,]|(?:and|&)\s|[a-z])")
_JOINED = re.compile(r"^\s*(?:,\s*)?(?:and|&)\s*$")


def _described(part: str, start: int) -> bool:
    """A period phrase that goes on a clause stating a figure at a date ("5,000,000 Shares authorized; 0 issued and
    outstanding as of June 30, 2025", "40,000,000 shares authorized at December 31, 2024", "...; no shares issued and
    outstanding at December 31, 2024"): the description of a line item, not a header over its columns."""
    head = part[:start]
    m = re.match(r"(?:as\s+of|at)\b", part[start:], re.IGNORECASE)
    if m:
        head += m.group(0)
    semi = head.rfind(";")
    clause = head[semi + 1 :]
    return bool(_DESCRIBED.search(clause) or (semi >= 0 and _CLAUSE.match(clause)))


def _own_dates(part: str, exprs: list) -> list[tuple[int, int]]:
    """The spans of the period phrases of ``part`` that describe a line item (``_described``), each with the dates
    joined to it ("at December 31, 2024 and 2023": both)."""
    own: list[tuple[int, int]] = []
    for e in exprs:
        if _described(part, e.start) or (own and own[-1][1] <= e.start and _JOINED.match(part[own[-1][1] : e.start])):
            own.append((e.start, e.end))
    return own


def _lead_lines(text: str, lead: list[Word], no: int, totaled: frozenset[str] = frozenset()) -> list[Line]:
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
    cuts.update(_heading_ends(seg))
    # in each part: column headers start with the first period expression (a title stands before it); the
    # dates under a line of durations ("Three Months Ended Twelve Months Ended" / "October 27, 2024 ...") start
    # a line of their own
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        part = seg[a:b]
        exprs = find_period_exprs(part)
        # dates a line item's own description names ("Common Stock; par value $0.001; ... 31,202,312 issued and
        # outstanding as of June 30, 2025"): words of its label, no column headers
        own = _own_dates(part, exprs)
        exprs = [e for e in exprs if (e.start, e.end) not in own]
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
            if any(os <= ds < oe for os, oe in own):
                continue
            if last_end is None or part[last_end:ds].strip():
                cuts.add(a + ds)
            last_end = de
        years = _DATE_THEN_YEARS.search(part)
        if years:
            cuts.add(a + years.start(1))  # "December 31, 2024 2023": the day over a line of years, as printed in two lines
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        if (c := _glued_headings(seg[a:b], totaled)) is not None:
            cuts.add(a + c)
    for m in _UNDERLINES.finditer(seg):
        cuts.update((m.start(), m.end()))  # underlines between a header's lines: no words of either
    out: list[Line] = []
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        part = seg[a:b]
        t = part.strip()
        if not t or _UNDERLINES.fullmatch(t):
            continue
        s = s0 + a + (len(part) - len(part.lstrip()))
        piece = Piece(t, Span(line=no, start=s, end=s + len(t)))
        if len(t) > 200 or _is_sentence(t):
            out.append(Line(no, t, "prose", label=t, last=no, reader="run_on"))
        else:
            out.append(record_line([piece], no, no, "run_on"))
    return out
