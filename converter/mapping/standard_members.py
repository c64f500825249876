"""Standard members (split from ``indexed.py``): the US GAAP or SRT member a label names on an axis, before any
extension member: by mapping.toml's [standard_members], else whose name is the label, within the axis's domain."""

from __future__ import annotations

import re
from functools import cache

from .indexed import _non_gaap, _qualifier_only
from .mapped import GEOGRAPHIC_AXIS
from .rules import mapping_knowledge, member_key


# axes whose members can be standard ones named like the label (segments are the company's own), and the words
# a standard member's name must have to belong to the axis's domain (a region is not a product)
STANDARD_MEMBER_AXES = {
    "srt:ProductOrServiceAxis": re.compile(r"Product|Service|Goods|License|Subscription|Maintenance|Hardware|Software|Royalt"),
    "us-gaap:IncomeStatementLocationAxis": re.compile(r"Expense|Cost|Revenue|Income"),
}


@cache
def geographic_members() -> frozenset[str]:
    """The members of srt:SegmentGeographicalDomain in US GAAP 2024 (taxonomy/geographic_members.json, built by
    scripts/build_geographic_members.py)."""
    import json

    from ..knowledge import taxonomy_files

    return frozenset(json.loads(taxonomy_files().joinpath("geographic_members.json").read_text("utf-8"))["members"])


def standard_member(axis: str, label: str) -> str | None:
    """A US GAAP or SRT member the label names, before any extension member: by mapping.toml's [standard_members]
    (looked up by the label's member key: "Cost of revenue" -> us-gaap:CostOfSalesMember), else whose name is the
    label ("Cost of sales" -> us-gaap:CostOfSalesMember); labels that only qualify ("Other", "Net") name none."""
    listed = mapping_knowledge().standard_members.get(axis, {}).get(member_key(label))
    if listed:
        return listed
    if axis not in STANDARD_MEMBER_AXES and axis != GEOGRAPHIC_AXIS or _qualifier_only(label) or _non_gaap(label):
        return None
    from .index import concept_index

    ix = concept_index()
    if axis == GEOGRAPHIC_AXIS:
        # a place whose member is in the axis's domain ("North America" -> srt:NorthAmericaMember)
        m = ix.standard_member(label)
        return m if m in geographic_members() else None
    tries = [label] + ([f"{label} expense"] if axis == "us-gaap:IncomeStatementLocationAxis" else [])
    for text in tries:
        m = ix.standard_member(text)
        if m is not None and STANDARD_MEMBER_AXES[axis].search(m.split(":")[1]):
            return m
    return None
