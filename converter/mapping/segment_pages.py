"""Pages of one segment each: a markdown heading that names a business segment over the tables of its page.

Releases transcribed from PDF print each segment's results on a page of its own, headed only by the segment's name::

    # Consumer Banking¹
    ## Financial Results
    | ($ in millions) | 12/31/2024 | 9/30/2024 | 12/31/2023 |
    | Total revenue²  | $10,646    | ...
    | Net income      | $2,821     | ...
    ---
    # All Other¹,²
    ## Financial Results
    | Total revenue²  | ($2,078)   | ...
    | Net income (loss) | ($407)   | ...

Nothing inside such a table says whose its figures are; read as the consolidated statement, the All Other segment's
net loss of $407 million became Bank of America's net income (Q4 2024: the company earned $6.7 billion). The tables
are the segment's when (a) the release speaks of segments, (b) headings of one level, each a short name (no statement's
title, measure, period, basis of preparation, the company's or a classification's words; each name once), stand over
tables that print the same line items (at least two, and at least half the rows of the smaller table) as a table under
another such heading, and (c) the page is not closed before the table (a horizontal rule, a page break, ends the
headings above it). Every table under such a heading is then the segment's: its figures take the segment's member,
never the consolidated facts. A heading over tables no other heading's tables resemble names no segment."""

from __future__ import annotations

import re

from ..models import Table
from .builder import Builder
from .indexed import is_indexed_line_item
from .labels import label_key
from .rules import mapping_knowledge, normalize, table_kind
from .segment_tables import TableSegment

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
# footnote marks printed after a heading's words: superscripts ("¹,²", "⁽ᴮ⁾"), digits and letters run on ("1,2,3(B)")
_MARKS = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f\u1d2c-\u1dbf\u02b0-\u02ff]+")
_TRAILING = re.compile(r"(?:\s*(?:\d{1,2}(?:\s*,\s*\d{1,2})*|\([A-Z]\)|\*+|[,;:]))+\s*$")
_SEGMENT_WORD = re.compile(r"(?<![-\w])segments?\b", re.I)  # not "inter-segment"
_MAX_NAME_WORDS = 6
_MIN_SHARED = 2


def _clean(text: str) -> str:
    return _TRAILING.sub("", _MARKS.sub("", text)).strip(" *_:")


def _outline(lines: list[str]) -> list[tuple[tuple[int, int, str], ...]]:
    """Per line (0-based), the markdown headings in force: (level, line, text), outermost first."""
    out: list[tuple[tuple[int, int, str], ...]] = []
    stack: tuple[tuple[int, int, str], ...] = ()
    for no, line in enumerate(lines, 1):
        if _RULE.match(line):
            stack = ()  # a page break: the headings above stand over no table after it
        elif m := _HEADING.match(line):
            level = len(m.group(1))
            stack = tuple(h for h in stack if h[0] < level) + ((level, no, _clean(m.group(2))),)
        out.append(stack)
    return out


def _a_name(b: Builder, name: str) -> bool:
    """A heading that names a segment by its words alone: of a name's shape (``_shaped``), and no line item."""
    return _shaped(b, name) and not _line_item(b, name)


def _shaped(b: Builder, name: str) -> bool:
    """A heading that can be a segment's name: a few words, no figure, not a statement's title or a measure, not the
    company's name, no period, basis or classification (mapping.toml [members] page_not_segment)."""
    kn = mapping_knowledge()
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or re.search(r"\d", name) or not re.search(r"[A-Za-z]", name):
        return False
    key = label_key(name)
    if not key or all(w in kn.section_words for w in key.split()) or kn.consolidated.match(key):
        return False
    if "<company>" in normalize(name, b.names) or kn.page_not_segment.search(name) or kn.index_blocked.search(name):
        return False
    return table_kind(name, []) == "summary"


def _line_item(b: Builder, name: str) -> bool:
    """A heading whose words read as a line item by the concept index ("Revenue", but also "Marketing": filers print it
    for MarketingExpense under "Operating expenses:")."""
    return is_indexed_line_item(name, "summary", b.names)


def _keys(table: Table) -> set[str]:
    """The table's line items (its rows' label keys, whether or not their figures were read)."""
    return {k for r in table.rows if r.kind != "heading" and (k := label_key(r.label))}


def _alike(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= _MIN_SHARED and 2 * shared >= min(len(a), len(b))


def page_segments(b: Builder, lines: list[str], tables: list[Table]) -> dict[str, TableSegment]:
    """Table id -> the segment whose page the table stands on (see the module's docstring)."""
    if not any(_SEGMENT_WORD.search(line) for line in lines):
        return {}
    outline = _outline(lines)
    under: dict[str, tuple[tuple[int, int, str], ...]] = {}
    for t in tables:
        first = min((r.line for r in t.rows if r.kind != "heading"), default=0)  # below the title the table may take
        if any(c.dimension for c in t.columns) or not 1 <= first <= len(outline):
            continue
        under[t.id] = outline[first - 1]
    by_id = {t.id: t for t in tables}
    keys = {tid: _keys(by_id[tid]) for tid in under}
    found: dict[tuple[int, int, str], bool] = {}
    for level in sorted({h[0] for hs in under.values() for h in hs}):
        # the heading of this level over each table, where it can be a segment's name
        heads = {tid: h for tid, hs in under.items() for h in hs if h[0] == level and _shaped(b, h[2])}
        item = {h: _line_item(b, h[2]) for h in heads.values()}
        names: dict[str, set[int]] = {}
        for h in heads.values():
            names.setdefault(label_key(h[2]), set()).add(h[1])
        heads = {tid: h for tid, h in heads.items() if len(names[label_key(h[2])]) == 1}  # a segment's page is printed once
        family: dict[tuple[int, int, str], bool] = {}
        for t1, h1 in heads.items():
            for t2, h2 in heads.items():
                if label_key(h1[2]) != label_key(h2[2]) and _alike(keys[t1], keys[t2]):
                    family[h1] = family[h2] = True
        # headings whose words read as line items are measures over the same rows ("Revenue", "Operating income" over
        # the segments' rows), unless they are at most half of siblings the rest of which name no line item: then they
        # are parts like their siblings ("Integrated Gas", "Marketing", "Chemicals and Products" beside "Upstream",
        # "Renewables and Energy Solutions", "Corporate", each over the same rows)
        names_of = {label_key(h[2]) for h in family if not item[h]}
        measures = {label_key(h[2]) for h in family if item[h]}
        for h in family:
            if not item[h] or len(measures) <= len(names_of):
                found[h] = True
    if len({label_key(h[2]) for h in found}) < 2:
        return {}
    out: dict[str, TableSegment] = {}
    for tid, hs in under.items():
        h = next((h for h in reversed(hs) if h in found), None)
        if h is not None:
            out[tid] = TableSegment(name=h[2], evidence=(
                f"structure: the table stands on the page headed {h[2]!r} (line {h[1]}), a segment's: the release speaks of "
                f"segments, and tables under sibling headings naming other segments print the same line items"))
    return out
