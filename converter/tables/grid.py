"""Column headers as a grid: each header line is a row of phrases, each phrase stands over one or more columns."""

from __future__ import annotations

from ..models import Span
from .headers import parse_header
from .rows import Row
from .slots import Slot


def assign_positional(slots: list[Slot], header_rows: list[Row], layout: str) -> None:
    """Fixed-width text and HTML: header pieces belong to the columns they stand over.

    Pieces stacked over one column ("For the 13" / "Weeks Ended" / "July 3, 2004 and") are read as one phrase.
    """
    stacks: list[list[tuple[str, Span, tuple[float, float], int]]] = [[] for _ in slots]
    years: list[list[tuple[str, Span, tuple[float, float], int]]] = [[] for _ in slots]
    left = min(s.pos[0] for s in slots) if slots else 0
    for r in header_rows:
        frags = r.fragments or []
        is_years = r.years_only
        if is_years:
            frags = [(c.text, c.span, c.pos) for c in r.cells if not c.empty]
        frags = [f for f in frags if f[2][1] > left - (1 if layout == "grid" else 0.5)]
        for text, span, (x0, x1) in frags:
            targets = []
            for i, s in enumerate(slots):
                if layout == "grid":
                    inside = x0 < s.pos[1] and s.pos[0] < x1
                else:
                    inside = x0 < s.pos[1] + 1 and s.pos[0] - 1 < x1
                if inside:
                    targets.append(i)
            if not targets and slots:
                cx = (x0 + x1) / 2
                best = min(range(len(slots)), key=lambda i: abs((slots[i].pos[0] + slots[i].pos[1]) / 2 - cx))
                targets = [best]
            for i in targets:
                (years if is_years else stacks)[i].append((text, span, (x0, x1), r.line))
    for i, s in enumerate(slots):
        pieces = sorted(stacks[i] + years[i], key=lambda p: (p[3], p[2][0]))
        if pieces:
            joined = " ".join(t for t, _, _, _ in pieces)
            for it in parse_header(joined):
                it.span, it.pos, it.line = pieces[0][1], pieces[0][2], pieces[0][3]
                s.items.append(it)


def spread(k: int, n: int) -> list[list[int]] | None:
    """By count and order: k phrases over n columns stand over n // k consecutive columns each."""
    if k <= 0 or n % k:
        return None
    per = n // k
    return [list(range(i * per, (i + 1) * per)) for i in range(k)]
