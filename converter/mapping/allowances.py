"""An amount before its allowance: the gross amount, not the allowance nor the net.

"Accounts receivable, before allowance for credit loss, current" shares every word but "before" with filers'
"Accounts receivable, allowance for credit loss, current" (AllowanceForDoubtfulAccountsReceivableCurrent); the label
names the amount the allowance is deducted from. US GAAP's calculation linkbase says which that is: the net amount
(AccountsReceivableNetCurrent) adds the gross amount (AccountsReceivableGrossCurrent, weight 1) and deducts the
allowance (weight -1); its element names say it too (...BeforeAllowanceForCreditLoss beside ...AllowanceForCreditLoss
and ...AfterAllowanceForCreditLoss).
"""

from __future__ import annotations

import re

from .index import concept_index

# "before allowance for credit loss", "before allowances", "gross of reserves", "before deducting the allowance"
BEFORE_ALLOWANCE = re.compile(r"\b(?:before|gross of|prior to)\s+(?:deducting\s+)?(?:the\s+)?(?:\w+\s+)?(?:allowances?|reserves?)\b", re.I)
_GROSS_NAME = re.compile(r"Gross|BeforeAllowance")
_ALLOWANCE_NAME = re.compile(r"Allowance|Reserve")


def _children(ix) -> dict[str, list[tuple[str, int]]]:
    kids: dict[str, list[tuple[str, int]]] = {}
    for c in ix.concepts:
        for p, w in zip(c.parents, c.weights or (0,) * len(c.parents)):
            kids.setdefault(p, []).append((c.qname, w))
    return kids


_KIDS: dict[int, dict[str, list[tuple[str, int]]]] = {}


def _kids(ix) -> dict[str, list[tuple[str, int]]]:
    key = id(ix)
    if key not in _KIDS:
        _KIDS.clear()
        _KIDS[key] = _children(ix)
    return _KIDS[key]


def gross_of(qname: str, ix=None) -> str | None:
    """The gross amount an allowance is deducted from, or that a net amount is of: the one child of weight 1 named gross
    (or before allowance) of the net amount the allowance is deducted from (or of the net amount itself); else the
    element named ...BeforeAllowance... where ``qname`` is named ...AllowanceFor... or ...AfterAllowance...; None where
    US GAAP says none, or more than one."""
    ix = ix or concept_index()
    info = ix.get(qname)
    if info is None or info.period != "i" or info.kind != "money":
        return None
    kids = _kids(ix)
    prefix, _, local = qname.partition(":")
    nets = [p for p, w in zip(info.parents, info.weights) if w == -1] if _ALLOWANCE_NAME.search(local) else [qname]
    found = {k for net in nets for k, w in kids.get(net, ()) if w == 1 and _GROSS_NAME.search(k.partition(":")[2])}
    if len(found) == 1:
        return found.pop()
    names = []
    for old in ("AfterAllowance", "AllowanceFor"):
        if old in local and "BeforeAllowance" not in local:
            names.append(f"{prefix}:{local.replace(old, 'BeforeAllowance' if old == 'AfterAllowance' else 'BeforeAllowanceFor', 1)}")
    if m := _OF_AMOUNT.fullmatch(local):
        # ContractWithCustomerAssetAccumulatedAllowanceForCreditLossCurrent: ContractWithCustomerAssetGrossCurrent
        names.append(f"{prefix}:{m.group(1)}Gross{m.group(2) or ''}")
    for name in names:
        other = ix.get(name)
        if other is not None and other.period == "i" and other.kind == "money":
            return name
    return None


# an allowance element named after the amount it is of: that amount's words, then the allowance's, then the term
_OF_AMOUNT = re.compile(r"([A-Z]\w*?)(?:Accumulated)?AllowanceFor\w*?(Current|Noncurrent)?")


def before_allowance(qname: str, label: str, ix=None) -> tuple[str | None, str | None]:
    """A balance the label says is before its allowance ("Accounts receivable, before allowance for credit loss") is the
    gross amount: an allowance or a net amount chosen for it becomes the gross amount US GAAP deducts the allowance from;
    None (with the reason) where US GAAP names no such amount, for the allowance is not what the label says."""
    local = qname.partition(":")[2]
    if not BEFORE_ALLOWANCE.search(label) or _GROSS_NAME.search(local):
        return qname, None
    allowance = bool(_ALLOWANCE_NAME.search(local)) and "AfterAllowance" not in local
    if not allowance and not re.search(r"Net(?:Current|Noncurrent)?$|AfterAllowance", local):
        return qname, None
    gross = gross_of(qname, ix)
    if gross is not None:
        return gross, f"before its allowance: the gross amount ({gross.partition(':')[2]}), not {local}"
    if allowance:
        return None, f"the label is an amount before its allowance, {local} the allowance, and US GAAP names no gross amount of it"
    return qname, None
