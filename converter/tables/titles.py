"""The title of a table: the lines above it, its caption, or, where nothing but a page break stands between, the
title of the table it continues."""

from __future__ import annotations

import re

from ..knowledge import knowledge
from ..models import RawTable, Table
from .slots import is_parenthetical


def pick_title(titles: list[str], prev: Table | None, has_header: bool, raw: RawTable, lines: list[str] = ()) -> str | None:
    cands = [t for t in titles if t.strip() and not is_parenthetical(t) and not _RELEASE_FURNITURE.match(t.strip())]
    if cands:
        return wrapped_title(cands)
    if raw.caption:
        return raw.caption
    if prev is not None:
        between = [t for ln in lines[prev.last_line : raw.first_line - 1] if _WORD_OR_FIGURE.search(t := ln.strip())] if lines else []
        if not any(is_sentence(ln) for ln in between):
            if not _introduces(prev.title) or any(_PAGE_NUMBER.match(ln) for ln in between):
                return prev.title  # the previous table goes on (a page break, a running header between its parts)
            return None  # the sentence that introduced the previous table ("The following table reconciles net income
            # to FFO (non-GAAP):") introduces no other, where no page break stands between: Alexander's year results
            # after its quarter's reconciliation are a table of their own
        # prose between the two tables: another table, titled by the sentence that introduces it ("A reconciliation
        # of ... is presented in the table below:"), or else by the heading above the prose, if any
        if between[-1].endswith(":"):
            return between[-1]
        heading = None
        for ln in between:
            if is_sentence(ln):
                break
            if _HEADING_LINE.fullmatch(ln):
                heading = ln
        return heading
    return titles[-1].strip() if titles else None


def wrapped_title(cands: list[str]) -> str:
    """The last title line, read whole where the title was wrapped over lines: Foresight FY2023 printed
    'INTERIM CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE' above 'LOSS'. A line is the continuation of the
    one above when both are printed alike (capitals, or every word capitalised) and the phrase is left open: the line
    above ends with a word that cannot end a title (of, and, comprehensive, consolidated...) or the line starts with
    one that cannot start it (of, and...)."""
    title = cands[-1].strip()
    for above in reversed(cands[:-1]):
        above = above.strip()
        if not (_case_style(above) and _case_style(above) == _case_style(title)):
            break
        first, last = title.split()[0].lower(), above.split()[-1].lower()
        if last not in _OPEN_ENDS and first not in _OPEN_STARTS:
            break
        title = f"{above} {title}"
    return title


def _case_style(line: str) -> str | None:
    words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", line)]
    if not words or is_sentence(line) or line.rstrip()[-1:] in ".:;,":
        return None
    if all(w.isupper() for w in words if len(w) > 1 or w.isupper()) and any(len(w) > 1 for w in words):
        return "upper"
    if all(w[0].isupper() or w.lower() in _OPEN_STARTS | _OPEN_ENDS for w in words):
        return "title"
    return None


# words that leave a title's phrase open at the end of a line / that continue one at the start of the next
_OPEN_STARTS = frozenset({"of", "and", "or", "for", "in", "to", "from", "&"})
_OPEN_ENDS = _OPEN_STARTS | frozenset({"the", "a", "an", "comprehensive", "consolidated", "condensed", "interim",
                                       "combined", "financial"})


def is_sentence(line: str) -> bool:
    """A sentence of prose: eight words or more, ending with a full stop or a colon (tested in linear time: a line of
    tag soup hundreds of kilobytes long took minutes with a pattern of nested repeats, fuzz seed 602 #4310)."""
    text = line.rstrip()
    return len(text.split(None, 7)) == 8 and _SENTENCE_END.search(text[-2:]) is not None


# the end of a sentence; a heading line (words, no full stop at the end)
_SENTENCE_END = re.compile(r"[a-z)\]\d%][.!?:]$")
_WORD_OR_FIGURE = re.compile(r"[^\W_]")
_HEADING_LINE = re.compile(r"(?=.*[A-Za-z]{3})[^.|]{3,120}[^.|\s]")


_RELEASE_FURNITURE = re.compile(knowledge().raw["layout"]["release_furniture"], re.I)  # [layout] release_furniture
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.IGNORECASE)


def _introduces(title: str | None) -> bool:
    """A sentence that introduces the table after it ("The following table reconciles net income to FFO (non-GAAP):"),
    as opposed to a statement's title or running header ("CONDENSED CONSOLIDATED BALANCE SHEETS")."""
    return bool(title) and title.rstrip().endswith(":") and sum(w[:1].islower() for w in title.split()) >= 3
