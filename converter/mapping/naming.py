"""How the filing names its parts: the company's names (taken out of labels) and its extension prefix, the ids of its
units and contexts, and which units are currencies."""

from __future__ import annotations

import re
from datetime import date

from ..filing import DimensionMember
from ..models import LineItemDocument
from .labels import distinctive


OPENING_LINES = 80  # the lines of a release's opening, where it names itself for its extension prefix


def _company_names(doc: LineItemDocument, lines: list[str], opening: int | None = None) -> tuple[str, ...]:
    """The company's names: its legal name, without the legal form, and a short name the release defines or prints
    before its ticker. ``opening``: only the release's first lines name the short one (the extension prefix is the short
    name the release opens with: ``_prefix``); labels may print a short name defined anywhere (Strattec's 8-K prints its
    cover page first, "Strattec (Nasdaq: STRT)" on line 129)."""
    lines = lines[:opening] if opening is not None else lines
    names = []
    if doc.entity.name:
        names.append(doc.entity.name)
        # the name without its legal form, and a short name the release defines: Internet Initiative Japan Inc. ("IIJ")
        names.append(re.sub(r",?\s*(?:Inc\.?|Corporation|Corp\.?|Co\.|Company|Ltd\.?|Limited|plc)$", "", doc.entity.name).strip())
        for line in lines:
            m = re.search(re.escape(doc.entity.name) + r'\s*\(\s*["“]([^"”]{2,20})["”]\s*\)', line)
            if m:
                names.append(m.group(1))
                break
    # the short name the release prints before its ticker: "Strattec (Nasdaq: STRT)" of STRATTEC SECURITY CORPORATION
    for line in lines:
        m = _SHORT_BEFORE_TICKER.search(line)
        if m and (not names or names[0].lower().startswith(m.group(1).lower())):
            names.append(m.group(1))
            break
    return tuple(dict.fromkeys(n for n in names if n))


def label_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The company's names that stand for "company" in its labels: the distinctive ones (``labels.distinctive``): a
    release read as "Total Corporation" had made "Total assets" "company assets", us-gaap:StockholdersEquity."""
    return tuple(n for n in names if distinctive(n))


_SHORT_BEFORE_TICKER = re.compile(r"(?:^|[—–,;:]\s*|\s-\s)([A-Z][A-Za-z0-9&'’.\-]*(?:\s+[A-Z][A-Za-z0-9&'’.\-]*){0,3})[®™]?\s*\(\s*"
                                  r"(?:NYSE|Nasdaq|NASDAQ|AMEX|TSE|LSE|TSX)\s*:")


def _prefix(doc: LineItemDocument, names: tuple[str, ...], option: str | None) -> str:
    if option:
        p = option
    elif len(names) >= 3:
        p = names[2].lower()
    elif doc.entity.tickers and not doc.entity.tickers[0].isdigit():
        p = doc.entity.tickers[0].lower()
    elif doc.entity.name:
        p = re.sub(r"[^a-z]", "", doc.entity.name.split()[0].lower()) or "ext"
    else:
        p = "ext"
    p = re.sub(r"[^a-z0-9-]", "", p.lower())
    if not p or not p[0].isalpha():
        p = "x" + p
    if p in ("us-gaap", "srt", "dei", "prx", "xbrli", "iso4217", "link", "xlink", "xbrldi", "xsi"):
        p = p + "x"
    return p


_NON_CURRENCY = frozenset({"ADS", "Gbps", "Mbps", "Tbps", "Contract", "Store", "Subscriber"})


def is_currency(unit: str | None) -> bool:
    """An ISO 4217 code (three capitals), as opposed to the converter's own unit names (ADS, Contract ...)."""
    return bool(unit) and bool(re.fullmatch(r"[A-Z]{3}", unit)) and unit not in _NON_CURRENCY


def _unit_id(unit: str) -> str:
    if "/" in unit:
        num, den = unit.split("/", 1)
        return f"{num}Per{'Share' if den == 'shares' else den}"
    return unit


def _context_id(kind: str, start: date | None, end: date, dims: list[DimensionMember]) -> tuple[str, list[DimensionMember]]:
    dims = sorted(set(dims), key=lambda d: (d.axis, d.member))
    cid = f"I{end:%Y%m%d}" if kind == "instant" else f"D{start:%Y%m%d}_{end:%Y%m%d}"
    for d in dims:
        cid += "_" + d.member.split(":")[1].removesuffix("Member")
    return cid, dims


def naming_heading(section: list[str] | tuple[str, ...]) -> str | None:
    """The heading that names what a row is part of: the last of its section's headings that is no operator of a
    reconciliation's arithmetic ("Less:", "Add back:": ``[labels] operator_heading``), which says how the rows under
    it count and nothing of what they are. None: no such heading."""
    from .rules import mapping_knowledge

    operator = mapping_knowledge().operator_heading
    return next((h for h in reversed(section) if not operator.search(h)), None)
