"""The concept of a row of the company's own (split from ``emit.py``): an extension element, never named as a
standard one is, of the type its figures' unit gives, a period type by its column (or the label's date), and the
balance its section or its label's words name; a cash-flow row named after a balance of the company's own among the
operating activities is the change in that balance."""

from __future__ import annotations

import re
from dataclasses import replace

from ..filing import Concept
from ..models import Cell, LineItem
from .extension_names import concept_name
from .rules import camel
from .signs import extension_balance
from .mapped import STATEMENT_KINDS
from .builder import Builder
from .naming import is_currency, naming_heading
from .resolution import Resolution
from .cash_sections import heading_activity

# statements of flows: their line items are periods, a balance among them is dated by its label
_FLOW_STATEMENTS = frozenset({"income", "cash_flow", "comprehensive_income"})


def _ext_type(unit: str | None, concept_hint: str | None = None) -> str:
    if unit is None:
        return "xbrli:decimalItemType"
    if is_currency(unit):
        return "xbrli:monetaryItemType"
    if unit == "shares":
        return "xbrli:sharesItemType"
    if unit == "pure":
        return "xbrli:pureItemType"
    return "xbrli:decimalItemType"


def _ext_balance(label: str, kind: str, section: list[str]) -> str | None:
    text = " ".join(section + [label])
    if kind == "balance_sheet":
        return "credit" if re.search(r"liabilit|equity", text, re.I) else "debit"
    if kind == "cash_flow":
        return None
    return extension_balance(label, income=kind in _FLOW_STATEMENTS)  # the label's words (taxonomy/signs.toml)


def _not_standard(b: Builder, name: str, item: LineItem, kind: str) -> str:
    """An extension element's name, never a standard one's: a row the company's own where a standard element has its
    name (a reconciliation's "Gross profit" no statement prints) is that line item in its section or table."""
    if not any(f"{p}:{name}" in b.cat for p in ("us-gaap", "srt")):
        return name
    named = naming_heading(item.section)
    heading = concept_name(named, limit=30) if named else ""
    qualifier = heading if heading[:1].isalpha() and heading != "X" else kind.replace("_", " ").title().replace(" ", "")
    return f"{name}{qualifier}" if not name.endswith(qualifier) else f"{name}Other"


def _change_of_own_balance(b: Builder, kind: str, item: LineItem, res: Resolution) -> Resolution:
    """A row of the company's own among the operating activities of a cash-flow statement whose name is a line item
    of the release's balance sheet ("Employee retention tax credit receivable, net" under "Changes in operating assets
    and liabilities", Paltalk Q3 2024): the change in that balance, as US GAAP names the change in its own balances
    (``balance_changes``): IncreaseDecreaseIn + its name, an increase in an asset (a debit) the opposite of the cash
    the statement prints for it, a liability's as printed."""
    if kind != "cash_flow" or res.concept or res.dims or res.negate or res.magnitude or res.sign is not None or res.period_mode:
        return res
    if heading_activity(tuple(item.section)) != "operating" or not any(c.role == "value" and c.period is not None and c.period.kind == "duration"
                                                                        for c in item.cells):
        return res
    name = _not_standard(b, res.ext_name or camel(item.label), item, kind)
    balance = b.concepts.get(f"{b.prefix}:{name}")
    if balance is None or balance.period_type != "instant" or balance.type != "xbrli:monetaryItemType" or balance.balance not in ("debit", "credit"):
        return res
    why = (f"structure: the change in the balance sheet's {balance.name} among the operating activities; sign: "
           + ("an increase in an asset uses cash, the opposite of the printed figure" if balance.balance == "debit" else "as printed"))
    evidence = dict(res.evidence or {})
    evidence["evidence"] = list(evidence.get("evidence", [])) + [why]
    return replace(res, ext_name=f"IncreaseDecreaseIn{name}", negate=balance.balance == "debit", evidence=evidence)


def _concept_for(b: Builder, res: Resolution, item: LineItem, cell: Cell, kind: str, period_mode: str | None = None) -> Concept:
    if res.concept:
        return b.concept(res.concept)
    # a balance the label states at the start or end of a flow column's period is a point in time
    # a figure of the twelve months to the column's date (rows.prepare) is a flow over them, whatever the column
    # ("duration": a flow, whatever a year alone over its column leaves open: build._summed_with_flows)
    period_type = "instant" if not res.trailing and period_mode != "duration" and (
        (cell.period and cell.period.kind == "instant") or period_mode) else "duration"
    type_ = _ext_type(cell.unit)
    balance = _ext_balance(res.concept_label or item.label, kind, item.section) if type_ == "xbrli:monetaryItemType" else None
    name = _not_standard(b, res.ext_name or camel(item.label), item, kind)
    qn = f"{b.prefix}:{name}"
    existing = b.concepts.get(qn)
    if existing is not None and kind not in STATEMENT_KINDS and (existing.type, existing.period_type) == (type_, period_type):
        balance = existing.balance  # outside the statements, a statement's line item of that name is that line item
    if existing is not None and (existing.type != type_ or existing.period_type != period_type):
        name = f"{name}{'Instant' if period_type == 'instant' else ''}{type_.split(':')[1].replace('ItemType', '').capitalize()}"
    return b.ext_concept(name, type_=type_, period_type=period_type, balance=balance)
