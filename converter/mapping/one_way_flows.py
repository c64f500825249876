"""One-way cash flows (split from ``signs.py``): the one direction a cash flow's concept names (a payment, a repayment:
an outflow; proceeds: an inflow), how a cash-flow statement prints its outflows (in parentheses or unsigned), and the
figures of a row that go against its concept's direction, whose sign is then not known."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Sequence

from .rules import mapping_knowledge
from .signs import Sign, _nonzero, both_ways, factor, nets_flows, two_way, words_of

_INFLOW = re.compile(r"^Proceeds(?=[A-Z])")
# words of a label that name cash coming in: a row that names them is no evidence of how outflows are printed
_INFLOW_WORDS = re.compile(r"\b(?:proceeds|received|receipts?|collections?|sales?|sold|issuance|issued|borrowings?|refunds?|maturities)\b", re.I)


def one_way(local: str) -> str | None:
    """The one direction of a cash flow a concept's name says: "outflow" (PaymentsToAcquire..., RepaymentsOf...,
    FinanceLeasePrincipalPayments, IncomeTaxesPaid), "inflow" (ProceedsFrom...), None (either way or not a flow).
    The outflow pattern is data: mapping.toml [elements] outflow."""
    if two_way(local):
        return None
    if mapping_knowledge().outflow.search(local):
        return "outflow"
    if _INFLOW.match(local):
        return "inflow"
    return None


def outflow_convention(rows: Sequence[tuple[str, str | None, Sequence[Decimal | None]]]) -> int | None:
    """How a cash-flow statement prints its outflows, from its rows of an outflow: their concept says so (``one_way``)
    or, where none is known yet, their label ("Purchases of property and equipment (407)", "Dividends paid (37,410)";
    ``rows``: label, concept or None, printed figures): -1 in parentheses, 1 unsigned, None where no such row says (or
    they say both as often)."""
    neg = pos = 0
    for label, qname, printed in rows:
        if qname is not None:
            if one_way(qname.split(":")[-1]) != "outflow":
                continue
        elif "outflow" not in words_of(label) or _INFLOW_WORDS.search(label) or both_ways(label) or nets_flows(label):
            continue
        for v in _nonzero(printed):
            neg, pos = neg + (v < 0), pos + (v > 0)
    return -1 if neg > pos else 1 if pos > neg else None


def one_way_against(sign: Sign, qname: str, printed: Sequence[Decimal | None], convention: int | None) -> Sign:
    """The sign of a cash-flow row with the figures that go against its concept's one direction (``one_way``) marked
    (``Sign.against_printed``): a figure whose fact would be negative (a repayment of -1,652,000 is no repayment), and
    an outflow printed with the inflow's sign where the statement prints its outflows in parentheses (``convention``
    -1: RMCO "Payments on Notes Payable | - | 1,652,000" beside "Common Shares Repurchased (60,000)", its labels
    swapped with the proceeds' row; AMAT "Repayments of principal on finance leases (90) 1 (102) (7)"). A statement that
    prints its outflows unsigned is read by the sum they are subtracted in. Those figures' sign is not known."""
    local = qname.split(":")[-1]
    way = one_way(local)
    values = _nonzero(printed)
    if way is None or not values:
        return sign
    f = factor(sign.negate, sign.magnitude, printed)
    against, why = set(), []
    if any(v * f < 0 for v in values):
        against.add(-f)
        why.append(f"{local} is an {way}: the fact would be negative")
    if way == "outflow" and convention == -1 and any(v > 0 for v in values):
        against.add(1)
        why.append(f"{local} is an outflow, printed as an inflow where the statement prints its outflows in parentheses")
    if not against:
        return sign
    return replace(sign, against_printed=frozenset(against), against="; ".join(why))
