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
        if not any(_SENTENCE.search(ln) for ln in between):
            return prev.title  # the previous table goes on (a page break, a running header between its parts)
        # prose between the two tables: another table, titled by the sentence that introduces it ("A reconciliation
        # of ... is presented in the table below:"), or else by the heading above the prose, if any
        if between[-1].endswith(":"):
            return between[-1]
        heading = None
        for ln in between:
            if _SENTENCE.search(ln):
                break
            if _HEADING_LINE.fullmatch(ln):
                heading = ln
        return heading
    return titles[-1].strip() if titles else None


# a sentence of prose (eight words or more, ending with a full stop or a colon); a heading line (words, no full stop at the end)
_SENTENCE = re.compile(r"^(?:\S+\s+){7,}.*[a-z)\]\d%][.!?:]\s*$")
_WORD_OR_FIGURE = re.compile(r"[^\W_]")
_HEADING_LINE = re.compile(r"(?=.*[A-Za-z]{3})[^.|]{3,120}[^.|\s]")
