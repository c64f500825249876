"""Names for line items of the company's own (split from ``indexed.py``): a short XBRL-style name from the label, whether
such a name says whose figure it is, and what a bare "Total", "Other" or "of Total" row belongs to for its name."""

from __future__ import annotations

import re

from .labels import DATE
from .rules import mapping_knowledge, normalize


def concept_name(label: str, limit: int = 60) -> str:
    """A short XBRL-style name for an extension line item: no figures, dates or parenthesised details."""
    s = re.sub(r"\([^()]*\)|\[[^\]]*\]", " ", label)
    s = DATE.sub(" ", s)  # "Balance as at March 31, 2025" is a Balance (Colgate-Palmolive India: no BalanceAsAtMarch)
    s = s.split(";")[0]  # "Common stock, no par value; 1,800,000,000 shares authorized ..."
    s = re.sub(r"\bnet of\b.*$", " net", s, flags=re.I)
    s = re.sub(r"[$€£¥]?\d[\d,]*(?:\.\d+)?%?", " ", s)
    s = s.replace("&", " and ").replace("%", " percent ")
    words = re.findall(r"[A-Za-z0-9]+", s)
    name = ""
    for w in words:
        part = w[:1].upper() + w[1:].lower() if not w.isupper() or len(w) > 4 else w.upper()
        if len(name) + len(part) > limit:
            break
        name += part
    if not name or name[0].isdigit():
        name = "X" + name
    return name


_SEGMENT_WORD = re.compile(r"\bsegments?\b", re.I)


def whose_unsaid(label: str, ext_name: str) -> bool:
    """Whether an extension line item's name leaves unsaid whose figure it is: named by the row's label alone
    ("Gain (loss) on sale or disposal of real estate and other assets, net" under a segment's heading), not by its
    heading ("North America Segment Net sales -- Y/Y growth") nor by a label that names its segment ("MPC segment
    EBT")."""
    from .resolution import without_inclusions

    label = without_inclusions(label)
    named = _SEGMENT_WORD.search(label)
    return ext_name == concept_name(label) and not (named and label[: named.start()].strip(" -\u2013\u2014:,"))


_PLACEHOLDER = re.compile(r"^(?:Subtotal at line|Unlabeled line) \d+$")


def whose(node, nodes, norm: str, title: str | None, company: tuple[str, ...]) -> str:
    """What a bare "Total", "Other" or "of Total" row belongs to, for its extension name: its heading, the row it
    adds up to, the row before it ("% of Total" after "Europe"), or else the table's title."""
    item = node.item
    if item.section:
        return item.section[-1].strip().rstrip(":")
    if node.parent is not None and not _PLACEHOLDER.match(nodes[node.parent].item.label):
        # (not the name a row printed without a label stands under: "Other" adding into an unlabelled "138,263" is
        # no "Subtotal at line 110 Other")
        return nodes[node.parent].item.label
    if norm.startswith("of ") and node.index > 0:
        return nodes[node.index - 1].item.label
    if mapping_knowledge().consolidated.match(norm):
        title = re.sub(r"\bpage \d+ of \d+\b", " ", title or "", flags=re.I)
        title = normalize(title, company).replace("<company>", " ")
        return re.sub(r"\b(?:inc|corp|corporation|ltd|plc)\b\.?", " ", title).strip(" ,.")
    return ""
