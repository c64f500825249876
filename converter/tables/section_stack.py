"""The sections a table's headings open over its rows (``line_items.read_rows``): which stay open at a row's indent,
which a new heading closes (one of the other side of a balance sheet, the other variant of basic and diluted, one of
another unit), which a total closes, and a heading that names nothing of its own ("Attributable to:")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import knowledge
from .columns import label_unit, strip_marks

_SIDES = [re.compile(p, re.I) for p in knowledge().raw["layout"]["balance_sides"]]
# a heading that names no measure of its own: inside the heading above it ("Profit for the year / period" /
# "Attributable to:" / "Owners of the parent", IFB Industries Q3 FY2026)
NAMES_NOTHING = re.compile(r"^\W*(?:attributable\s+to|of\s+which)\W*$", re.I)


@dataclass
class Open:
    """An open section: its heading and level, and where its heading stands: its indent, and whether a row deeper than
    it has been read (then its rows are told by their indent)."""

    heading: str
    level: int
    indent: int = 0
    deeper: bool = False
    start: int = -1  # the index of its heading among the table's items (``section_sums``)


def by_indent(sections: list[Open], indent: int, positional: bool) -> list[Open]:
    """The sections still open at a row of this indent. Where the layout shows indents (fixed-width text, HTML
    grids), a heading whose rows stand deeper than it closes at the next row at its own indent or left of it (Sears
    Q2 2004: "Proforma effects on the prior year:" at four spaces over "Divested Businesses:" and its rows deeper,
    then "Retirement plan accounting change (2)" and "Total" back at four spaces: no rows of that heading). A heading
    whose rows stand at its own indent (no deeper row read) stays open as before."""
    if not positional:
        return sections
    k = next((i for i, s in enumerate(sections) if s.deeper and indent <= s.indent), None)
    kept = sections[:k] if k is not None else sections
    for s in kept:
        if indent > s.indent:
            s.deeper = True
    return kept


def other_side(heading: str, sections: list[Open]) -> bool:
    """A heading of one side of a balance sheet under an open section of the other side."""
    mine = {k for k, p in enumerate(_SIDES) if p.search(heading)}
    return len(mine) == 1 and any(p.search(s) for k, p in enumerate(_SIDES) if k not in mine for s in (o.heading for o in sections))


_COUNTED = ("per_share", "per_ADS", "shares", "ADS")


_VARIANT = re.compile(r"\b(?:basic|diluted|dilution|assuming dilution)\b", re.I)


def variant_sibling(label: str, sections: list[Open]) -> int | None:
    """The place of an open heading that is ``label`` with the other of basic and diluted."""
    mine = _VARIANT.findall(label)
    if not mine:
        return None
    bare = " ".join(_VARIANT.sub(" ", label.rstrip(":")).lower().split())
    return next((k for k, s in enumerate(sections) if (theirs := _VARIANT.findall(s.heading))
                 and {w.lower() for w in theirs} != {w.lower() for w in mine}
                 and " ".join(_VARIANT.sub(" ", s.heading.rstrip(":")).lower().split()) == bare), None)


def total_of(label: str, sections: list[Open]) -> int | None:
    """The place in ``sections`` of the heading a total names ("Total revenues": "Revenues:"), below the innermost."""
    m = re.match(r"\s*total\s+(.+?)\s*:?\s*$", strip_marks(label), re.I)
    if m is None or len(sections) < 2:
        return None
    named = m.group(1).lower()
    return next((k for k in range(len(sections) - 2, -1, -1) if sections[k].heading.rstrip(":").strip().lower() == named), None)


def counted_closes(heading: str, sections: list[Open]) -> list[Open]:
    """The sections still open at a heading that names a count of shares or an amount per share ("Net loss per common
    share", "Weighted average shares outstanding"): only those of the same unit ("Basic:" under "Earnings per
    share:"). A heading of money ("Other expense (income):") or of the other unit is no section such a heading stands
    in: its rows ("Basic", "Diluted") are read under the new heading alone."""
    unit = label_unit(heading)
    if unit not in _COUNTED:
        return sections
    k = next((i for i, s in enumerate(sections) if label_unit(s.heading) != unit), len(sections))
    return sections[:k]


_CLASS = re.compile(r"\b(?:non-?\s*current|current|long-term|short-term)\b", re.I)


def heading_key(label: str) -> str:
    """A heading as compared with the table's other headings: lower case, spaces collapsed, no colon at its end, no
    serial number before it (Titan FY2025's "(h) Financial assets" under "(1) Non-current assets" and "(b) Financial
    assets" under "(2) Current assets": one kind, printed under each class)."""
    from .text_cells import SERIAL_LEAD

    return " ".join(SERIAL_LEAD.sub("", label.strip()).rstrip(":").lower().split())


def kind_within_class(label: str, sections: list[Open], repeated: frozenset[str]) -> bool:
    """A heading of a kind printed under each class of a classified balance sheet ("Financial Assets" under
    "Non-current assets" and again under "Current Assets", Ind AS statements: VRL Logistics FY2024): inside the
    class heading open above it, not beside it. Only a heading the table prints more than once, naming no class of
    its own, under an open heading that names one."""
    return heading_key(label) in repeated and not _CLASS.search(label) and bool(sections) and bool(_CLASS.search(sections[-1].heading))


def part_of_whole(label: str, heading: str) -> bool:
    """Whether a total is of a part of the balance-sheet whole its heading names: "Total Current Assets" under
    "ASSETS"; "Total Current Liabilities", "Total liabilities" or "Total Shareholders' Equity" under "LIABILITIES AND
    SHAREHOLDERS' EQUITY" (cik90896's Q3 FY2007 balance sheet: the noncurrent assets and the unlabelled total assets
    after them still stand under "ASSETS", the unlabelled total after the equity under its heading). A heading of the
    part itself ("Current assets:") is closed by its total as any other."""
    m = _PART_TOTAL.match(strip_marks(label))
    whole = _WHOLE.match(heading)
    if m is None or whole is None:
        return False
    part = m.group(1).lower().split()[-1]  # assets, liabilities, equity, deficit
    return part in whole.group(0).lower() and " ".join(m.group(1).lower().split()) != " ".join(whole.group(0).lower().rstrip(":").split())


_PART_TOTAL = re.compile(r"\s*total\s+((?:current\s+)?(?:assets|liabilities)|(?:(?:share|stock)holders[’']?|owners[’']?|shareowners[’']?)\s+"
                         r"(?:equity|deficit))\W*$", re.I)
_WHOLE = re.compile(r"\s*(?:assets|liabilities\s+and\s+(?:(?:share|stock)holders[’']?|owners[’']?|shareowners[’']?)\s+"
                    r"(?:equity|deficit)(?:\s*\(deficit\))?)\s*:?\s*$", re.I)
