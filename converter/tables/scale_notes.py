"""The scale a table states: in its title, its header or a note on it, in the note of the table above it for a part
of it, or in a note glued to the end of the line before it; and the scale its share counts take apart from it."""

from __future__ import annotations

import re

from ..knowledge import compiled, knowledge
from ..models import RawTable, Table
from .headers import parse_header
from .slots import Context

_share_scale_notes = compiled("scale_notes", "shares")
# an amount stated in words ("to $376 million", "4.5 billion"): no note on the table's scale
# ("$6.1 billion3": a footnote run in; "$(7) million": an amount printed negative, Netflix's "net of income tax (expense)
# benefit of $(7) million, $0, and $0, respectively", which had scaled its row's thousands by a million)
_AMOUNT_IN_WORDS = re.compile(r"\d\)?\s*(?:thousand|million|billion|trillion)s?(?![a-z])", re.I)
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)%][.!?])\s+(?=[A-Z])")
# a title and its scale note run into the first row's label ("Net Revenue by Geography ( In millions ) United States")
_GLUED_NOTE = re.compile(r"\(\s*in\s+(?:thousands|millions|billions)\s*\)(?=\s+\w)", re.I)
# a parenthesised note in a line ("... $ (4.52) Condensed Consolidated Balance Sheet Information(amounts in
# thousands, except common share information)")
_PAREN_NOTE = re.compile(r"\(([^()]*)\)")
# a footnote of the table above: "(1) ...", "* ...", "¹ ..."
_FOOTNOTE_START = re.compile(r"(?:\((?:[a-z]|\d{1,2})\)|\*|[\u00b9\u00b2\u00b3\u2070-\u209f])", re.I)
# blank lines at most between a line that ends with a note and the table under it
_MAX_GAP = 3


def scale_of(texts: list[str]) -> int | None:
    """The scale the first of ``texts`` that states one names ("($ in millions)", "Amounts in billions of euros").
    A sentence that prints an amount in words ("up by EUR 9.1 billion") states none; a rendering that joined the
    sentences above a table with its note ("... EUR 6.2 billion higher. Loan Portfolio Amounts in billions of
    euros") is read sentence by sentence."""
    for text in texts:
        for t in _SENTENCE_BREAK.split(text):
            if _AMOUNT_IN_WORDS.search(t):
                continue
            for it in parse_header(t):
                if it.kind == "unit" and it.scale is not None:
                    return it.scale
    return None


# what a scale note exempts from its scale ("(in millions, except percentages and ARPU)")
_EXCEPT = re.compile(r"\bexcept(?:\s+for)?\s+([^()]+)", re.I)
_EXCEPT_NOUNS = frozenset(knowledge().raw["scale_notes"]["except_nouns"])
_UNIT_WORDS = frozenset(knowledge().raw["scale_notes"]["except_unit_words"])


def exempted_terms(texts: list[str]) -> tuple[str, ...]:
    """The kinds of line item a scale note exempts from its scale by name, lower case: "arpu" of Reddit Q2 2026's
    "(in millions, except percentages and ARPU)", whose "ARPU: Global | 6.18" is $6.18, not $6.18 million. The nouns
    that end such a list's items ("amounts", "data": ``[scale_notes] except_nouns``) are no part of a name; an item
    that names a unit (per share amounts, share counts, percentages) takes its own scale by that unit."""
    from .columns import label_unit

    terms: list[str] = []
    for text in texts:
        if scale_of([text]) is None:
            continue
        for m in _EXCEPT.finditer(text):
            for part in re.split(r",|\band\b|\bor\b", m.group(1).split(";")[0]):
                words = re.findall(r"[a-z0-9&'-]+", part.lower())
                while words and words[-1] in _EXCEPT_NOUNS:
                    words.pop()
                while words and words[0] in ("the", "for"):
                    words.pop(0)
                term = " ".join(words)
                if len(term) >= 3 and not set(term.replace("-", " ").split()) <= _UNIT_WORDS and label_unit(part) is None:
                    terms.append(term)
    return tuple(dict.fromkeys(terms))


def exempted(label: str, terms: tuple[str, ...]) -> bool:
    """Whether a row's label names a kind of line item the table's scale note exempts (``exempted_terms``): begins
    with it ("ARPU: Global"), not one that mentions it ("Common stock ..., $0.00001 par value" under Apple's "(In
    millions, except number of shares, which are reflected in thousands, and par value)")."""
    low = label.strip().lower()
    return any(re.match(rf"{re.escape(t)}(?![a-z0-9])", low) for t in terms)


def is_scale_note(text: str) -> bool:
    """A line that opens with a scale ("thousands except per share amounts"), not a line item that states one."""
    items = parse_header(text)
    return bool(items) and items[0].kind == "unit" and items[0].scale is not None


def share_scale_of(texts: list[str]) -> int | None:
    for t in texts:
        for pat, entry in _share_scale_notes:
            if pat.search(t):
                return int(entry["scale"])
    return None


def part_heading(text: str) -> bool:
    """A heading of one part of a block of tables ("Reconciliation of Free Cash Flow:", "(Unaudited)"), not the
    title of a statement of its own."""
    t = text.strip()
    return t.endswith(":") or (t.startswith("(") and t.endswith(")") and scale_of([t]) is None)


def note_before(raw: RawTable, ctx: Context, prev: Table | None) -> str | None:
    """A scale note in the line just before a text table, outside it and outside the table above it, which the
    detector left out of the table because prose runs on in that line: the table's title run into the previous line
    by the rendering (GeoVax: "... Loss per common share $ (0.31) ... $ (4.52) Condensed Consolidated Balance Sheet
    Information(amounts in thousands, except common share information)" over "Sep 30,2025 / Dec 31,2024 / Cash and
    cash equivalents $ 5,009"), or a caption and the sentence that introduces the table in one line ("(In thousands,
    except per share amounts) The following table ...", "Statements of Operations (dollars in thousands) The
    following table ...", "Amounts in thousands, except per share amounts. The following table ...").

    The note is a parenthesis anywhere in that line (every such note in it stating the same scale) or the line's
    first sentence; a scale stated in running prose ("amounts in the following paragraph are in thousands") and a
    footnote of the table above ("(1) ...") are none."""
    if raw.layout == "grid" or not ctx.lines:
        return None
    k = raw.first_line - 2  # 0-based index of the line before the table
    while k >= 0 and not ctx.lines[k].strip(" \t\u00a0"):
        k -= 1
    if k < 0 or raw.first_line - 2 - k > _MAX_GAP or (prev is not None and prev.last_line >= k + 1):
        return None
    line = ctx.lines[k].strip(" \t\u00a0|")
    if _FOOTNOTE_START.match(line) or _AMOUNT_IN_WORDS.search(line):
        return None  # a footnote of the table above; prose that states amounts ("Cash balances were $5.0 million (...)")
    notes = [g for g in _PAREN_NOTE.findall(line) if is_scale_note(g)]
    if notes:
        return notes[0] if len({scale_of([g]) for g in notes}) == 1 else None
    first = _SENTENCE_BREAK.split(line, maxsplit=1)[0]
    if len(first) < len(line) and is_scale_note(first):
        return first
    return None


def stated_scales(
    texts: list[str], context_texts: list[str], titles: list[str], prev: Table | None, first_label: str | None, before: str | None,
) -> tuple[int | None, int | None]:
    """The scale of the table's money and the scale of its share counts apart from it (None: not stated).

    ``texts``: the title, header and notes of the table; ``context_texts``: its title and notes; ``titles``: its
    title lines; ``prev``: the table just above it; ``first_label``: its first row's label; ``before``: a note that
    ends the line before it (``note_before``)."""
    table_scale = scale_of(texts)
    share_scale = share_scale_of(context_texts)
    if table_scale is None and prev is not None and prev.columns and all(part_heading(t) for t in titles):
        # no title, or the heading of a part ("Selected Cash Flow Information:") under the scale of the table above;
        # the note of the table above stands over its share counts too ("(in thousands, except shares and per
        # share data)" over a balance sheet and the statement under it: "Basic | 26,491,939" is shares)
        table_scale = next((c.scale for c in prev.columns if c.role == "value" and c.scale), None)
        if table_scale is not None and share_scale is None:
            share_scale = share_scale_of(prev.context)
    if table_scale is None and first_label:
        # a title and its scale note run into the first row's label ("Net Revenue by Geography ( In millions ) United
        # States | $1,153"): a note with words after it is the table's, not that row's ("Backlog (in billions)")
        glued = _GLUED_NOTE.search(first_label)
        if glued:
            table_scale = scale_of([glued.group(0)])
    if table_scale is None and before is not None:
        table_scale = scale_of([before])
        if share_scale is None:
            share_scale = share_scale_of([before])
    return table_scale, share_scale
