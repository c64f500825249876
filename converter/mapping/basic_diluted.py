"""Basic or diluted: a per-share or share-count concept with a basic and a diluted variant, told apart by the
label's words, the nearest heading, or the order the table prints them in (basic first, ASC 260-10-45-2)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .index import concept_index
from .labels import label_key, name_words

if TYPE_CHECKING:
    from .choose import Context


_BASIC = re.compile(r"\bbasic\b", re.I)
_DILUTED = re.compile(r"\bdilut|\bassuming dilution\b", re.I)
# "basic and diluted", "basic & diluted", "basic/diluted"; "(un)diluted", undiluted and diluted (NORMA Group H1 2024's
# "(Un)diluted earnings per share (in EUR)")
_BOTH = re.compile(r"\bbasic\s*(?:and|&|/)\s*diluted\b|\(un\)\s*diluted\b", re.I)


def _basic_diluted_sibling(qname: str, ix) -> str | None:
    """The other variant of a basic or diluted concept: its name with the one word swapped (EarningsPerShareBasic /
    EarningsPerShareDiluted), or US GAAP's concept whose name has the same words in another order
    (WeightedAverageNumberOfSharesOutstandingBasic / WeightedAverageNumberOfDilutedSharesOutstanding)."""
    prefix, _, local = qname.partition(":")
    if ("Basic" in local) == ("Diluted" in local):
        return None
    have, want = ("Basic", "Diluted") if "Basic" in local else ("Diluted", "Basic")
    sibling = f"{prefix}:{local.replace(have, want)}"
    if ix.get(sibling) is not None:
        return sibling
    words = [want.lower() if w == have.lower() else w for w in name_words(qname).split()]
    return ix.named_by_words(prefix, " ".join(words))


def _variant_pair(qname: str, ix) -> str | None:
    """The other variant of a per-share or share-count concept of the same kind and period type (``_basic_diluted_sibling``),
    or None."""
    sibling = _basic_diluted_sibling(qname, ix)
    if sibling is None:
        return None
    c, o = ix.get(qname), ix.get(sibling)
    if c is None or o is None or c.kind not in ("per_share", "shares") or (o.kind, o.period) != (c.kind, c.period):
        return None
    return sibling


def _variant_said(label: str, section) -> str | None:
    """The variant the label, else the nearest heading naming either, says: "Basic", "Diluted", "both" ("Basic and
    diluted"), or None."""
    for words in (label, *reversed(section)):
        if _BOTH.search(words) and not _BASIC.search(words):
            return "both"  # "(Un)diluted"
        basic, diluted = bool(_BASIC.search(words)), bool(_DILUTED.search(words))
        if basic != diluted:
            return "Basic" if basic else "Diluted"
        if basic:
            return "both"
    return None


_SHARE_COUNT = re.compile(r"\bshares?\b(?!.*\bper\b)(?=.*\b(?:outstanding|average|used)\b)|\b(?:outstanding|average)\b.*\bshares?\b(?!.*\bper\b)", re.I)
_PER_SHARE = re.compile(r"\bper\s+(?:common\s+|ordinary\s+)?share\b|\beps\b", re.I)


def _shares_counted(labels, position: int) -> str | None:
    """The one variant the share counts of a table name ("Shares Outstanding (diluted)", "Diluted weighted average
    shares"), where every count names it and no row of another per-share figure names either variant; None where
    the table counts none, both, or a count naming neither."""
    said = set()
    for i, lab in enumerate(labels):
        if i == position:
            continue
        if _variant_said(lab, ()) is not None and (_PER_SHARE.search(lab) or not _SHARE_COUNT.search(lab)):
            return None  # the table names the variants of its per-share figures itself ("Diluted" under a heading)
        if _SHARE_COUNT.search(lab) and not _PER_SHARE.search(lab):
            said.add(_variant_said(lab, ()))
    return said.pop() if len(said) == 1 and None not in said and "both" not in said else None


def basic_or_diluted(qname: str, label: str, ctx: Context, ix=None) -> tuple[str, str | None]:
    """A per-share or share-count concept with a basic and a diluted variant (EarningsPerShareBasic /
    EarningsPerShareDiluted, IncomeLossFromContinuingOperationsPerBasicShare / ...PerDilutedShare,
    WeightedAverageNumberOfSharesOutstandingBasic / WeightedAverageNumberOfDilutedSharesOutstanding): the words of the
    label (parenthesised ones too: "Weighted average shares outstanding (diluted)"), else of the nearest heading naming
    either, decide; a label naming neither that the table prints again after it is the basic figure, one printed
    before it and not after the diluted (basic comes first, ASC 260-10-45-2); one printed once is the basic figure."""
    ix = ix or concept_index()
    local = qname.partition(":")[2]
    sibling = _variant_pair(qname, ix)
    if sibling is None:
        return qname, None
    want = _variant_said(label, ctx.section)
    if want == "both":  # "Basic and diluted": neither variant alone
        return qname, None
    why = "the label or its heading says so"
    if want is None and 0 <= ctx.position < len(ctx.labels):
        key = label_key(label)
        if any(label_key(lab) == key for lab in ctx.labels[ctx.position + 1 :]):
            want, why = "Basic", "the same label follows: basic first, diluted after"
        elif any(label_key(lab) == key for lab in ctx.labels[: ctx.position]):
            want, why = "Diluted", "the same label stands before it: basic first, diluted after"
    if want is None and ix.get(qname).kind == "per_share" and (counted := _shares_counted(ctx.labels, ctx.position)) is not None:
        # a per-share figure that names neither, in a table whose only share count is one variant: the figure per
        # share of that count (Utah Medical Q2 2005's "Earnings Per Share 0.902" over "Shares Outstanding (diluted)
        # 4,277": net income 3,856 / 4,277, had been us-gaap:EarningsPerShareBasic)
        want, why = counted, f"the table counts only the {counted.lower()} shares"
    if want is None and "Diluted" in local:
        # a label that names no dilution, nor a heading over it, printed once: the diluted figure is the basic one
        # adjusted, which a label says (Tokyo Ohka Kogyo Q1 2026's "Average number of shares outstanding during the
        # period" had been us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding)
        want, why = "Basic", "no word of dilution: the basic figure"
    if want is None or want in local:
        return qname, None
    return sibling, f"{want.lower()}: {why}"


def both_variants(qname: str, label: str, section: list[str] | tuple[str, ...] = ()) -> str | None:
    """The other variant of a basic or diluted concept where the row is both: its label, else the nearest heading that
    names either, says "basic and diluted" ("Net income per common share - basic and diluted", "Basic and Diluted"
    under "Weighted average outstanding shares:"). US GAAP 2024 deprecates the ...BasicAndDiluted elements: such a
    figure is tagged with both the basic and the diluted concept. None: the row is one variant, or no such concept."""
    return _variant_pair(qname, concept_index()) if _variant_said(label, section) == "both" else None


def one_variant_key(label: str, key: str) -> str | None:
    """The label's key without its diluted variant, where the label names both ("Net income per common share - basic
    and diluted": "net income per common share basic"): filers print the basic variant's label for the figure that is
    both, which is tagged with the basic and the diluted concept (``both_variants``). None where it names one or none."""
    if not _BOTH.search(label) or len(_DILUTED.findall(label)) != 1:
        # only a label that names both as one phrase, once: not "Weighted average shares outstanding, diluted" read
        # with its heading "Basic and diluted earnings per share:" in front (Karat Q2 2026), the diluted count
        return None
    words = [w for w in key.split() if not _DILUTED.match(w)]
    return " ".join(words) if words and len(words) < len(key.split()) else None


def has_variant_pair(qname: str) -> bool:
    """Whether a per-share or share-count concept has a basic and a diluted variant (``_variant_pair``)."""
    return _variant_pair(qname, concept_index()) is not None
