"""The title of a table: the lines above it, its caption, or, where nothing but a page break stands between, the
title of the table it continues."""

from __future__ import annotations

import re

from ..models import RawTable, Table
from .slots import is_parenthetical


def pick_title(titles: list[str], prev: Table | None, has_header: bool, raw: RawTable, lines: list[str] = ()) -> str | None:
    cands = [t for t in titles if t.strip() and not is_parenthetical(t)]
    if cands:
        return cands[-1].strip()
    if raw.caption:
        return raw.caption
    if prev is not None:
        between = [t for ln in lines[prev.last_line : raw.first_line - 1] if _WORD_OR_FIGURE.search(t := ln.strip())] if lines else []
        if not any(is_sentence(ln) for ln in between):
            return prev.title  # the previous table goes on (a page break, a running header between its parts)
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


def is_sentence(line: str) -> bool:
    """A sentence of prose: eight words or more, ending with a full stop or a colon (tested in linear time: a line of
    tag soup hundreds of kilobytes long took minutes with a pattern of nested repeats, fuzz seed 602 #4310)."""
    text = line.rstrip()
    return len(text.split(None, 7)) == 8 and _SENTENCE_END.search(text[-2:]) is not None


# the end of a sentence; a heading line (words, no full stop at the end)
_SENTENCE_END = re.compile(r"[a-z)\]\d%][.!?:]$")
_WORD_OR_FIGURE = re.compile(r"[^\W_]")
_HEADING_LINE = re.compile(r"(?=.*[A-Za-z]{3})[^.|]{3,120}[^.|\s]")
