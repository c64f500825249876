"""A scale note inside a table: a parenthesised line among its rows that states a scale gives the rows under it their
scale; one that names different scales for different subjects gives each row the scale of the subject its label names.

Circle Q3 2025 (lines 75 and 108): under "($ in millions unless noted otherwise)" a key-indicators table restates
"(USDC related figures in $ billions; meaningful wallets in millions)" over its rows: "USDC in Circulation, end of
period | $73.7" is 73.7 billion (the prose says "$73.7 billion"), written as 73,700,000 when the note was read as a
heading. Each clause of such a note ("USDC related figures in $ billions") names its subject (the words before the
scale, general words such as "figures" or "related" aside) and its scale; a row takes the scale of the one clause whose
subject words its label prints ("USDC"), its money cells are excluded (``scale_undetermined``) where no clause or more
than one names it. A note of one clause with no subject ("(in billions)") stands over every row under it.
Only amounts of money change: percentages, counts (excluded as no money: ``[units] label_units``) and share counts
(their own scale: ``share_scale``) are left as read. The notes above a table (its context) that name two subjects or
more are read the same way, over all its rows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..currencies import iso_currencies
from ..models import Table
from .headers import parse_header

if TYPE_CHECKING:  # pragma: no cover
    from .interpret import Result

SCALE_UNDETERMINED = "scale_undetermined"
# words of a clause's subject that name no subject ("USDC related figures", "all other amounts")
_GENERAL = frozenset({"related", "figures", "figure", "amounts", "amount", "all", "other", "and", "of", "the", "in", "are",
                      "is", "data", "numbers", "values", "stated", "expressed", "presented", "reported", "unless", "noted",
                      "otherwise", "except", "where", "indicated"})
_SHARES = re.compile(r"(?<!\bper )\bshares?\b", re.I)  # shares counted, not "per share" amounts
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")

Clause = tuple[frozenset[str], int]  # the subject's words (empty: every row), the scale (a power of ten)


def _words(text: str) -> set[str]:
    """Words as a subject is matched: lower case, a plural's "s" dropped."""
    out = set()
    for w in _WORD.findall(text):
        w = w.lower().rstrip("'’")
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def note_clauses(text: str) -> list[Clause] | None:
    """The clauses of a parenthesised scale note ("(USDC related figures in $ billions; meaningful wallets in
    millions)" -> [({"usdc"}, 9), ({"meaningful", "wallet"}, 6)]); None where ``text`` is no such note (a clause that
    states no scale, or two)."""
    t = text.strip()
    if not (t.startswith("(") and t.endswith(")")) or t.count("(") != 1:
        return None
    out: list[Clause] = []
    for clause in (c.strip() for c in t[1:-1].split(";")):
        if not clause:
            continue
        scales = [it for it in parse_header(clause) if it.kind == "unit" and it.scale is not None]
        if len(scales) != 1 or any(it.kind not in ("unit", "text") for it in parse_header(clause)):
            return None
        subject = clause[: scales[0].start]
        if re.search(r"\d", subject):
            return None  # an amount in words ("$73.7 billion"), no note
        words = _words(subject) - _GENERAL
        if _SHARES.search(clause):
            words |= {"share"}  # "(in thousands of shares)": the scale of share counts, never of the money under it
        out.append((frozenset(words), scales[0].scale))
    return out or None


def _scale_for(label: str, clauses: list[Clause], current: int | None) -> int | None:
    """The scale of a row under ``clauses``: the clause without a subject, or the one whose subject the label names;
    ``current`` where one clause with a subject names another thing; None where it is not told."""
    if len(clauses) == 1 and not clauses[0][0]:
        return clauses[0][1]
    words = _words(label)
    named = [s for subject, s in clauses if subject and subject & words]
    if len(named) == 1:
        return named[0]
    if len(clauses) == 1 and not named:
        return current
    return None


def settle_inner_scales(res: Result) -> Result:
    """The reading with the money of the rows under a scale note among them (or under a note above the table naming
    scales for two subjects or more) in the scale that note gives them (see the module's docstring)."""
    table: Table = res.table
    above = [c for c in (note_clauses(t) for t in table.context) if c is not None and len(c) >= 2]
    clauses: list[Clause] | None = above[-1] if len(above) == 1 else None
    note_line: int | None = None
    excluded = list(res.excluded)
    rows = []
    changed = False
    for item in table.rows:
        if item.kind == "heading" and not item.cells:
            got = note_clauses(item.label)
            if got is not None:
                clauses, note_line = got, item.line
                rows.append(item)
                continue
        if clauses is None:
            rows.append(item)
            continue
        kept = []
        for c in item.cells:
            if c.role != "value" or c.value is None or c.unit not in iso_currencies():
                kept.append(c)
                continue
            scale = _scale_for(item.label, clauses, c.scale)
            if scale is None:
                excluded.append(((c.raw, c.span), SCALE_UNDETERMINED))
                changed = True
                continue
            if scale != c.scale:
                c = c.model_copy(update={"scale": scale})
                changed = True
            kept.append(c)
        rows.append(item.model_copy(update={"cells": kept}) if kept != item.cells else item)
    if not changed:
        return res
    where = f"the note on line {note_line}" if note_line is not None else "the note above the table"
    note = f"the money of the rows under {where} takes the scale it names for what their labels name"
    return replace(res, table=table.model_copy(update={"rows": rows, "notes": [*table.notes, note]}), excluded=excluded)
