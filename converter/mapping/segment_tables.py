"""Tables of one segment each: a short name for a title, under a heading that speaks of segments, and figures that
add up, with the corporate and unallocated amounts printed beside them, to the consolidated statement's.

Releases print a segment's results as a small table of its own, titled only by the segment's name::

    Fourth Quarter and Fiscal Year Reportable Segment Information
    ...
    Semiconductor Systems    Q4 FY2024 Q4 FY2023 FY2024 FY2023
    Net revenue              $ 5,177   $ 4,883   $ 19,911 $ 19,698
    Operating income         $ 1,824   ...
    Applied Global Services  ...
    Display                  ...
    Corporate and Other      ...
    Unallocated net revenue  $ 18 ...

Nothing inside such a table says whose its figures are. They are the segment's when (a) the tables stand together
under a heading that speaks of segments ("Reportable Segment Information", "Segment Results", "by segment") and each
is titled by a short name, not a statement's title nor a measure, and (c) for a line item every one of them prints,
the segments' figures, alone or with one row of a table of the amounts no segment holds ("Corporate and Other",
"Unallocated", "Eliminations") printed beside them, add up to one consolidated statement fact in every period the
statement prints (5,177 + 1,639 + 211 + 18 = 7,045, the statement's net revenue). Where the sums do not hold, or
the heading is missing, nothing is decided: the rows stay line items of the company's own (an extension concept is
not wrong; a wrong member is)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from ..models import Table
from .builder import Builder
from .naming import is_currency
from .indexed import is_indexed_line_item
from .labels import label_key
from .mapped import STATEMENT_KINDS
from .rules import mapping_knowledge, normalize, table_kind

# a sentence: seven words or more, the last ending with a full stop (read token by token: a pattern over the text
# between two tables backtracks on a long line without one)
_WORD = re.compile(r"[\w'’,;:()-]+")
_LAST_WORD = re.compile(r"[\w'’,;:()%$-]*[\w)][.!?]")
_SENTENCE_WORDS = 8
_STOP = re.compile(r"(?<=[.!?])(?=\s|$)")
_PAGE = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b", re.I)
_MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class TableSegment:
    """The segment a whole table is of, and why."""

    name: str
    evidence: str


def _bounds(table: Table) -> tuple[tuple[int, int], tuple[int, int]] | None:
    spans = [(c.span.line, c.span.start, c.span.end) for r in table.rows for c in r.cells]
    if not spans:
        return None
    first, last = min(spans), max(spans)
    return (first[0], first[1]), (last[0], last[2])


def _has_sentence(text: str) -> bool:
    """Whether prose stands in the text: seven words, then one ending with a full stop, before whitespace or the end."""
    for chunk in _STOP.split(text):
        words = chunk[-400:].split()[-_SENTENCE_WORDS:]
        if len(words) == _SENTENCE_WORDS and _LAST_WORD.fullmatch(words[-1]) and all(_WORD.fullmatch(w) for w in words[:-1]):
            return True
    return False


def _between(lines: list[str], start: tuple[int, int], end: tuple[int, int]) -> str:
    """The source text from ``start`` to ``end`` (1-based line, 0-based character)."""
    (l0, c0), (l1, c1) = start, end
    if l0 > l1 or not 1 <= l0 <= len(lines) or not 1 <= l1 <= len(lines):
        return ""
    if l0 == l1:
        return lines[l0 - 1][c0:c1]
    return "\n".join([lines[l0 - 1][c0:], *lines[l0:l1 - 1], lines[l1 - 1][:c1]])


def _pieces(text: str) -> list[str]:
    """The text's lines and sentences, in order, without the empty ones and the table rules ("| | |")."""
    out = []
    for line in text.splitlines():
        for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line):
            part = re.sub(r"[|\s]+", " ", part).strip()
            if re.search(r"[A-Za-z]", part):
                out.append(part)
    return out


def _name(b: Builder, title: str) -> str | None:
    """The table's title as one name: a few words, not a statement's title (a table kind's words), not a measure (a
    line item the concept index knows), with the company's name and a page number dropped."""
    text = normalize(_PAGE.sub(" ", title or ""), b.names).replace("<company>", " ")
    kept = title
    for name in sorted(b.names, key=len, reverse=True):
        kept = re.sub(re.escape(name) + r"[,.]?", " ", kept, flags=re.I)
    kept = re.sub(r"\s+", " ", _PAGE.sub(" ", kept)).strip(" ,.-:")
    words = label_key(text).split()
    if not kept or not words or len(kept.split()) > _MAX_NAME_WORDS or re.search(r"\d", kept):
        return None
    if table_kind(kept, []) != "summary" or is_indexed_line_item(kept, "summary", b.names):
        return None
    return kept


def _statement_values(b: Builder) -> dict[tuple, dict[str, Decimal]]:
    """(start, end, unit id) -> concept -> the consolidated statements' figure (no members)."""
    out: dict[tuple, dict[str, Decimal]] = defaultdict(dict)
    for (cid, unit_id), by_concept in b.statement_facts().items():
        ctx = b.contexts[cid]
        out[(ctx.start, ctx.end, unit_id)].update((qname, f.value) for qname, f in by_concept.items())
    return out


def _figures(table: Table, key: str) -> dict[tuple, tuple[Decimal, int]]:
    """The row's figures by (start, end, unit id): value (as printed, scaled) and its decimals."""
    from .naming import _unit_id

    row = next((r for r in table.rows if r.kind != "heading" and label_key(r.label) == key), None)
    out = {}
    for c in row.cells if row is not None else ():
        if c.role == "value" and c.value is not None and c.period is not None and c.period.kind == "duration" and is_currency(c.unit):
            out[(c.period.start, c.period.end, _unit_id(c.unit))] = (c.value.scaleb(c.scale), c.decimals_printed - c.scale)
    return out


def _adds_up(b: Builder, segments: list[Table], others: list[Table], key: str, statements: dict) -> tuple[str, str | None] | None:
    """The consolidated concept the segments' figures of the line item add up to, in every period the statements
    print and at least two, alone or with the same row of a reconciling table in every one, and that row ("table
    id/row id", None where the segments add up alone or more than one row would do); None where no concept does, or
    more than one."""
    figures = [_figures(t, key) for t in segments]
    periods = set.intersection(*(set(f) for f in figures)) if figures else set()
    extra_rows = [(t.id, r.id, _row_figures(r)) for t in others for r in t.rows if r.kind != "heading"]
    found: set[tuple[str, str | None]] | None = None
    matched = 0
    for period in sorted(periods, key=str):
        consolidated = statements.get(period)
        if not consolidated:
            continue
        parts = [f[period] for f in figures]
        total = sum((v for v, _ in parts), Decimal(0))
        unit = Decimal(1).scaleb(-min(d for _, d in parts))
        options: set[tuple[str, str | None]] = set()
        for qname, value in consolidated.items():
            if abs(value - total) <= unit * len(parts) / 2:
                options.add((qname, None))
            for tid, rid, fig in extra_rows:
                if period in fig and abs(value - total - fig[period][0]) <= unit * (len(parts) + 1) / 2:
                    options.add((qname, f"{tid}/{rid}"))
        found = options if found is None else found & options
        matched += 1
        if not found:
            return None
    if found is None or matched < 2:
        return None
    concepts = {q for q, _ in found}
    if len(concepts) != 1:
        return None
    return next(iter(concepts)), (next(iter(found))[1] if len(found) == 1 else None)


def _row_figures(row) -> dict[tuple, tuple[Decimal, int]]:
    from .naming import _unit_id

    return {(c.period.start, c.period.end, _unit_id(c.unit)): (c.value.scaleb(c.scale), c.decimals_printed - c.scale)
            for c in row.cells if c.role == "value" and c.value is not None and c.period is not None and c.period.kind == "duration"
            and is_currency(c.unit)}


def table_runs(lines: list[str], tables: list[Table], whole: bool = False) -> list[list[tuple[str, Table]]]:
    """The tables printed one after another with no prose between them, in printed order, each with the text before it:
    before its first figure (its title and header with it), or, ``whole``, before its first line."""
    placed = [(((t.first_line, 0), bounds[1]) if whole else bounds, t) for t in tables if (bounds := _bounds(t)) is not None]
    placed.sort(key=lambda x: x[0][0])
    runs: list[list[tuple[str, Table]]] = []
    prev_end = (1, 0)
    for (start, end), t in placed:
        gap = _between(lines, prev_end, start)
        if runs and not _has_sentence(gap) and prev_end != (1, 0):
            runs[-1].append((gap, t))
        else:
            runs.append([(gap, t)])
        prev_end = end
    return runs


def segments_heading(run: list[tuple[str, Table]]) -> str | None:
    """The heading or sentence right before a run of tables that speaks of the company's segments, or None."""
    kn = mapping_knowledge()
    return next((p for p in reversed(_pieces(run[0][0])[-3:]) if kn.segment_heading.search(p)), None)


def introduced_as_segments(lines: list[str], tables: list[Table], kinds: dict[str, str]) -> set[str]:
    """Tables that say nothing of what they are (the kind no title nor note names: "summary"), printed in a run right
    after a heading or sentence that speaks of the company's segments (Parks! America Q1 FY2025: "Financial information
    regarding each of the Company's reportable segments is summarized in the tables below." over tables whose rows
    "Georgia", "Missouri", "Texas" break down "Total revenues:", "Total assets:"): the segments' tables, whose
    breakdowns are by segment, not by product."""
    kn = mapping_knowledge()
    out = set()
    for run in table_runs(lines, tables, whole=True):
        # a heading (no sentence), or a sentence that points at the tables after it
        said = [p for p in _pieces(run[0][0])[-3:] if kn.segment_heading.search(p)
                and (not _has_sentence(p + " ") or kn.introduces_tables.search(p))]
        if said:
            out |= {t.id for _, t in run if kinds.get(t.id) == "summary"}
    return out


def table_segments(b: Builder, lines: list[str], tables: list[Table]) -> dict[str, TableSegment]:
    """Table id -> the segment the whole table is of (see the module's docstring); run once the statements' facts are
    written."""
    statements = _statement_values(b)
    kn = mapping_knowledge()
    out: dict[str, TableSegment] = {}
    for run in table_runs(lines, tables):
        heading = segments_heading(run)
        if heading is None:
            continue
        usable = [t for _, t in run if b.kinds.get(t.id) not in STATEMENT_KINDS and t.orientation == "periods_in_columns"
                  and not any(c.dimension for c in t.columns)]
        others = [t for t in usable if kn.reconciling_title.search(t.title or "")]
        named = [(t, n) for t in usable if t not in others and (n := _name(b, t.title)) is not None]
        if len(named) < 2 or len({label_key(n) for _, n in named}) < len(named):
            continue
        segments = [t for t, _ in named]
        shared = set.intersection(*({label_key(r.label) for r in t.rows if r.kind != "heading"} for t in segments)) - {""}
        proven = {}
        for key in sorted(shared):
            found = _adds_up(b, segments, others, key, statements)
            if found is not None:
                proven[key] = found
        if not proven:
            continue
        sums = "; ".join(f"{next(r.label for r in segments[0].rows if label_key(r.label) == k)!r} adds up to {q}"
                         + (" with the reconciling row" if row else "") for k, (q, row) in sorted(proven.items()))
        for t, n in named:
            out[t.id] = TableSegment(name=n, evidence=(
                f"structure: the table is the segment {n!r}'s: titled by its name under the heading {heading[:80]!r}, and the "
                f"segments' tables add up to the consolidated figures ({sums})"))
        for key, (concept, row) in proven.items():
            member = _reconciling_member(row, others)
            if member is not None:
                b.reconciling[row] = (concept, member, (
                    f"structure: the amount no segment holds: the segments' {key!r} with this row add up to the consolidated {concept}"))
    return out


def _reconciling_member(ref: str | None, others: list[Table]) -> str | None:
    """The consolidation item a reconciling row is: an elimination between the segments, or what is corporate or
    unallocated (by the row's words, else its table's title); None where neither says."""
    if ref is None:
        return None
    tid, rid = ref.split("/", 1)
    table = next(t for t in others if t.id == tid)
    row = next(r for r in table.rows if r.id == rid)
    for text in (row.label, table.title or ""):
        for pattern, member in mapping_knowledge().reconciling_members:
            if pattern.search(text):
                return member
    return None


def reconciling(b: Builder, concept: str, member: str, why: str):
    """A reconciling row's resolution: the consolidated concept, of the consolidation item, as printed."""
    from ..filing import DimensionMember
    from .resolution import Resolution

    b.concept(member)
    return Resolution(concept=concept, dims=[DimensionMember(axis="srt:ConsolidationItemsAxis", member=member)],
                      evidence={"by": "structure", "evidence": [why]})


def row_segments(b: Builder, tables: list[Table], known: dict[str, TableSegment]) -> dict[tuple[str, str], TableSegment]:
    """(table id, row id) -> the segment a row stands under, in a table printed in sections headed by the segments'
    names (a reconciliation's "Semiconductor Systems Non-GAAP Operating Income" over "GAAP reported operating income",
    "Certain items associated with acquisitions", "Non-GAAP operating income", then "Applied Global Services ..."):
    the segments their own tables have proven (``table_segments``), at least two, each heading once, and the rows of
    the last section's line items ones an earlier section prints (no row after the last section that is no part of it). A
    heading is a heading row of the name, or a row whose label begins with it and goes on (a heading run together
    with the first row's label)."""
    names = {label_key(s.name): s for s in known.values()}
    out: dict[tuple[str, str], TableSegment] = {}
    for t in tables:
        if t.id in known or b.kinds.get(t.id) in STATEMENT_KINDS or any(c.dimension for c in t.columns):
            continue
        sections: list[tuple[TableSegment, list]] = []
        for r in t.rows:
            seg = _heads(r, names)
            if seg is not None:
                if any(s is seg for s, _ in sections):
                    sections = []
                    break  # a segment named twice: no sections of segments
                sections.append((seg, [r] if r.kind != "heading" else []))
            elif sections:
                sections[-1][1].append(r)
        if len(sections) < 2:
            continue
        keys = [{label_key(r.label) for r in rows if _heads(r, names) is None} for _, rows in sections]
        if not set.intersection(*keys) or not keys[-1] <= set().union(*keys[:-1]):
            continue  # the sections print no line item in common, or the last one rows no other prints
        for seg, rows in sections:
            for r in rows:
                out[(t.id, r.id)] = TableSegment(name=seg.name, evidence=(
                    f"structure: the row stands under the heading that names the segment {seg.name!r}, whose own table adds "
                    f"up to the consolidated figures"))
    return out


def _heads(row, names: dict[str, TableSegment]) -> TableSegment | None:
    """The proven segment whose name the row's label is (a heading row) or begins with (a heading run together with
    the label)."""
    words = label_key(row.label).split()
    for key, seg in names.items():
        n = len(key.split())
        if words[:n] == key.split() and (row.kind == "heading" or len(words) > n):
            return seg
    return None
