"""A table the release introduces as another company's: its figures are that company's, never the registrant's.

Brookfield Wealth Solutions' year-end release prints its parent's results under "**Brookfield Corporation Operating
Results**... A summary of Brookfield Corporation's fourth quarter and full year operating results is provided below:".
Written as the registrant's facts they state another company's net income as its own. A company is named by its
legal form ("Brookfield Corporation", "Acme Inc.", "Foo Holdings plc"); it is the registrant when the words before its
legal form are the registrant's name's ("Brookfield Wealth Solutions Ltd." is not "Brookfield Corporation", though
both begin "Brookfield"), or a short name the release gives it. Only the heading right above the table, or the
sentence that introduces it (ending in a colon), is read, and only a name the sentence makes the owner of what
follows ("Brookfield Corporation's ... results", "the results of Acme Inc."). Without a registrant name nothing is
told."""

from __future__ import annotations

import re

from ..models import Table

# a company by its legal form: up to five capitalised words before it
_FORMS = r"(?:Corporation|Corp\.?|Incorporated|Inc\.?|Limited|Ltd\.?|plc|PLC|LLC|L\.P\.|N\.V\.|S\.A\.|AG|SE|ASA|AB)"
_NAME = re.compile(rf"(?<![\w.])((?:[A-Z][\w&.'’-]*,?\s+){{1,5}}){_FORMS}(?![\w])")
# the name owns what the sentence introduces: "X Corporation's ...", "... of X Inc.", "... for X Ltd."
_OWNER_AFTER = re.compile(r"^\s*['’]s\b")
_OWNER_BEFORE = re.compile(r"\b(?:of|for)\s+$", re.I)
# words of a name that say nothing of which company it is
_GENERIC = {"the", "our", "its", "this", "a", "an", "company", "parent", "group", "holding", "holdings", "and", "&"}
_HEADING = re.compile(r"^\s*(?:#+\s*(?P<h1>.+)$|\*\*(?P<h2>[^*]+)\*\*)")


def _core(name: str) -> tuple[str, ...]:
    """The words of a company's name that tell which company it is ("Brookfield Wealth Solutions Ltd." ->
    ("brookfield", "wealth", "solutions"))."""
    name = re.sub(rf"[,\s]*{_FORMS}\s*$", "", name.strip())
    words = re.findall(r"[\w&'’-]+", name.lower())
    return tuple(w for w in words if w not in _GENERIC)


def _others(text: str, own: set[tuple[str, ...]], owner: bool) -> str | None:
    """The first company ``text`` names that is not the registrant (as the owner of what follows, if ``owner``)."""
    for m in _NAME.finditer(text):
        core = _core(m.group(0))
        if not core or core in own:
            continue
        if owner and not (_OWNER_AFTER.match(text[m.end():]) or _OWNER_BEFORE.search(text[:m.start()])):
            continue
        return m.group(0).strip()
    return None


def introducing_lines(lines: list[str], table: Table, previous: Table | None) -> list[str]:
    """The non-blank lines right above the table (two at most), after the previous table."""
    floor = previous.last_line if previous is not None else 0
    out: list[str] = []
    n = table.first_line - 1  # the line above the table's first (lines are numbered from 1)
    while n > floor and len(out) < 2:
        text = lines[n - 1].strip()
        if text.startswith("|"):
            break
        if text:
            out.insert(0, text)
        n -= 1
    return out


def other_company(lines: list[str], table: Table, previous: Table | None, names: tuple[str, ...]) -> tuple[str, str] | None:
    """(the words, the company) where the heading or the sentence right above ``table`` introduces it as the figures
    of a company other than the registrant (``names``: the registrant's names, its legal name first)."""
    if not names:
        return None
    own = {c for n in names if (c := _core(n))}
    for text in introducing_lines(lines, table, previous):
        h = _HEADING.match(text)
        if h and (other := _others(h.group("h1") or h.group("h2"), own, owner=False)) is not None:
            return (h.group("h1") or h.group("h2")).strip(), other
        rest = text[h.end():] if h and h.group("h2") else text
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", rest.strip())
        last = sentences[-1] if sentences else ""
        if last.endswith(":") and (other := _others(last, own, owner=True)) is not None:
            return last, other
    return None
