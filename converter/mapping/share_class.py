"""A line item of one class or series of shares: "Class A common stock", "Class B ordinary shares", "Series A
preferred stock", "Repurchases of Class A common stock".

Such a row is the amount of that class only: the line item's own concept (us-gaap:CommonStockValue for "Class A
common stock, $0.0001 par value") with ``us-gaap:StatementClassOfStockAxis`` = the class's member, as filers tag it.
Undimensioned, "Class A common stock | 14" would state the company's whole common stock (Reddit Q1 2026 prints
Class A 14, Class B 5 and Class C nil: its common stock is 19), and the next class would find the concept taken.
US GAAP has members for some classes (us-gaap:CommonClassAMember .. CommonClassCMember, PreferredClassAMember and
PreferredClassBMember, SeriesAPreferredStockMember .. SeriesHPreferredStockMember); any other class is the company's
own member. A label naming two classes ("Class A and Class B common stock") names no one class and is read whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CLASS_AXIS = "us-gaap:StatementClassOfStockAxis"

# a class or series letter before the kind of share it qualifies (one adjective between: "Series A convertible
# preferred stock"); the share itself, not its holders ("Class A common stockholders" is no share)
_CLASS = re.compile(
    r"\b(?P<q>class|series)\s+(?P<x>[a-z])\s+(?:(?P<adj>convertible|redeemable|voting|non-?voting|cumulative|"
    r"non-?cumulative|participating|exchangeable|subordinate|special)\s+)?(?P<kind>common|ordinary|preferred|preference)"
    r"\s+(?:stock|shares?)\b(?!holder)", re.I)
_ANY_CLASS = re.compile(r"\b(?:class|series)\s+[a-z]\b", re.I)


@dataclass(frozen=True)
class ShareClass:
    base: str  # the label without the class qualifier ("common stock, $0.0001 par value")
    name: str  # the class as a member label ("Class A common stock")
    standard: str | None  # US GAAP's member for it, if the taxonomy has one (checked by the caller)


def share_class(label: str) -> ShareClass | None:
    """The one class of shares a label names, or None (none, or more than one)."""
    found = list(_CLASS.finditer(label))
    if len(found) != 1 or len(_ANY_CLASS.findall(label)) != 1:
        return None
    m = found[0]
    q, x, kind = m.group("q").lower(), m.group("x").upper(), m.group("kind").lower()
    base = re.sub(r"\s{2,}", " ", label[:m.start("q")] + label[m.end("x"):].lstrip()).strip()
    preferred = kind in ("preferred", "preference")
    if preferred:
        standard = f"us-gaap:Series{x}PreferredStockMember" if q == "series" else f"us-gaap:PreferredClass{x}Member"
    else:
        standard = f"us-gaap:CommonClass{x}Member" if q == "class" else None
    noun = "preferred stock" if preferred else "common stock"
    return ShareClass(base=base, name=f"{q.title()} {x} {noun}", standard=standard)
