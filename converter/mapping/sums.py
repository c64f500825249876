"""What the sums a table prints say about its rows' concepts and signs: a row the index chose adds into its total with
the sign the balance types give; a row that adds up into a total with line items of their own, or that names a line
item US GAAP sums into the total, is a line item, no member of it. (A total's own concept from the rows it adds up is
``row_totals.py``.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..tables.totals import is_total
from .loss_heading import loss_under_expenses
from . import income_split, one_way_flows, signs
from .index import adds_into, concept_index, summation_weight
from .extension_names import concept_name
from .arithmetic import Node
from .cash_sections import below_closing_balance
from .printed_liabilities import liabilities_printed_negative
from .resolution import Resolution
from .rules import mapping_knowledge

if TYPE_CHECKING:
    from .resolve import TableMapper


def signed(tm: TableMapper, node: Node, res: Resolution) -> Resolution:
    """The row's sign (``_signed``); in a cash-flow statement, with the figures that go against its concept's one
    direction marked (``one_way_flows.one_way_against``)."""
    res = _signed(tm, node, res)
    if tm.kind != "cash_flow" or not res.concept or res.dims or (res.sign is not None and res.sign.unknown):
        return res
    sign = res.sign or signs.Sign(negate=res.negate, magnitude=res.magnitude)
    printed = [c.value for c in node.item.cells if c.role == "value"]
    supplemental = below_closing_balance(tm.labels, node.index)
    convention = None if supplemental else one_way_flows.outflow_convention(
        [(n.item.label, r.concept if (r := tm.res.get(n.index)) is not None and not r.dims else None,
          [c.value for c in n.item.cells if c.role == "value"]) for n in tm.nodes
         if n.index != node.index and not below_closing_balance(tm.labels, n.index)])
    if convention == -1 and sign.source in ("printed", "rule") and not sign.negate and not sign.magnitude \
            and mapping_knowledge().net_outflow.search(res.concept.split(":")[-1]):
        # a payment net of refunds (IncomeTaxesPaidNet) where the statement prints its outflows in parentheses: a
        # printed (9,138) is 9,138 paid, a printed 200 a net refund of 200 (Himax FY2024: "Income tax paid (9,138)")
        sign = signs.Sign(negate=True, source="convention", reason="negated: a payment net of refunds, where the statement prints its outflows in parentheses")
        res.sign, res.negate, res.magnitude = sign, True, False
        res.evidence = dict(res.evidence or {})
        res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + ["sign: " + (sign.reason or "")]
    marked = one_way_flows.one_way_against(sign, res.concept, printed, convention)
    if marked is not sign:
        res.sign = marked
        res.evidence = dict(res.evidence or {})
        res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + [f"sign: unknown for some figures: {marked.against}"]
    return res


def _signed(tm: TableMapper, node: Node, res: Resolution) -> Resolution:
    """The sign of a row the index chose, from the sum it is printed in (the index only guesses it from filers' labels:
    "positive by nature", negated or as printed), where the row adds into (or is subtracted from) a row whose concept
    US GAAP sums it into: ``signs.from_sum`` decides. A row an override rule names keeps the rule's sign, unless the
    sum says the opposite: then its sign is not known. A row with members (a segment's) is decided by a total with the
    same members; a segment's row printed negative whose sign the sum cannot tell (``Resolution.unsure``) is the
    company's own line item."""
    res = _regrouped(tm, node, res)
    if (presented := liabilities_printed_negative(tm, node, res)) is not None:
        return _with_sign(tm, node, res, presented)
    decided = _from_sum(tm, node, res)
    if res.unsure is None:
        return decided or _by_convention(tm, node, res) or _gain_among_losses(tm, node, res) or _subtracted_as_printed(tm, node, res) or res
    if decided is None:
        decided = _from_segment_subtotal(tm, node, res)
    # a segment's row printed negative: the sum decides its sign, or it is the company's own line item
    again = res.unsure if decided is None or decided.sign is not None and decided.sign.unknown else decided
    if again is res:
        res.evidence = dict(res.evidence or {})
        res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + ["sign: structure: the sum it is printed in agrees"]
    again.unsure = None
    tm.res[node.index] = again
    return again


def _regrouped(tm: TableMapper, node: Node, res: Resolution) -> Resolution:
    """A row the index chose whose concept US GAAP does not sum into the US GAAP total the table adds it into,
    chosen again knowing that total ("Other 6,744" under "EXPENSES", added into "Total expenses":
    us-gaap:OtherCostAndExpenseOperating, not NonoperatingIncomeExpense). Kept where no close candidate sums into it."""
    if not res.concept or res.dims or node.parent is None or (res.evidence or {}).get("by") != "index" or res.unsure is not None:
        return res
    pres = tm.res.get(node.parent) or tm.resolve(tm.nodes[node.parent])
    if not pres.concept or pres.dims or pres.magnitude or (pres.sign is not None and pres.sign.unknown):
        return res
    if not concept_index().sums(pres.concept) or adds_into(res.concept, pres.concept):
        return res
    taken = tm.taken - {res.concept} if tm.taken_by.get(res.concept) == node.index else tm.taken
    again = tm._indexed(node, tm.norm(node.item.label), taken, whole=pres.concept)
    if not again.concept or again.concept == res.concept or again.concept in tm.taken or not adds_into(again.concept, pres.concept):
        if adds_into(pres.concept, res.concept) and node.parent > node.index and is_total(tm.nodes[node.parent].item.label):
            # a part named as what its whole adds into cannot be (FedEx FY2025's "Facilities and other 16,505" among the
            # classes of "Total property and equipment, at cost": no us-gaap:PropertyPlantAndEquipmentNet, into which
            # the gross total adds; read so, it had taken the net total's concept from "Net property and equipment"):
            # the company's own line item
            if tm.taken_by.get(res.concept) == node.index:
                tm.taken.discard(res.concept)
            part = Resolution(concept=None, ext_name=concept_name(node.item.label), evidence={"by": "extension", "evidence": [
                f"a part of {pres.concept} ({tm.nodes[node.parent].item.label!r}), which US GAAP adds into {res.concept}: no reading of it"]})
            tm.res[node.index] = part
            return part
        return res
    tm.taken.discard(res.concept)
    tm.taken.add(again.concept)
    tm.taken_by[again.concept] = node.index
    tm.res[node.index] = again
    return again


def _same_dims(a: list, b: list) -> bool:
    return sorted((d.axis, d.member) for d in a) == sorted((d.axis, d.member) for d in b)


def _from_sum(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """The row with the sign its sum gives (itself where the sum agrees), or None where no sum tells."""
    if not res.concept and res.ext_name and (res.evidence or {}).get("by") == "extension":
        return _extension_from_sum(tm, node, res)
    if not res.concept or node.parent is None or (res.evidence or {}).get("by") not in ("index", "override"):
        return None
    parent = tm.nodes[node.parent]
    pres = tm.res.get(parent.index) or tm.resolve(parent)
    # a row and its total of the same members (a segment's "Total operating expenses" in its operating income) add
    # as the line items do
    if not pres.concept or not _same_dims(res.dims, pres.dims) or pres.magnitude or pres.unsure is not None:
        return None
    if pres.sign is not None and pres.sign.unknown:
        return None
    child, whole = tm.b.cat.get(res.concept), tm.b.cat.get(pres.concept)
    if child is None or whole is None or not child.balance:
        return None
    whole_balance = whole.balance or _summed_as(res.concept, pres.concept, child.balance)
    if not whole_balance:
        return None
    by_rule = res.evidence["by"] == "override"
    sign = res.sign or signs.Sign(negate=res.negate, magnitude=res.magnitude, source="rule" if by_rule else "printed")
    if (split := income_split.deducted_sign(tm, node, sign, child.balance)) is not None:  # income_split.py
        return _with_sign(tm, node, res, split)
    third = _common_parent(res.concept, pres.concept)
    if (third is not None and third[1] == 1 and node.weight == 1 and not pres.negate and not adds_into(res.concept, pres.concept)
            and not by_rule and sign.source not in ("rule", "words")):
        # US GAAP subtracts the row's concept from the total's into a third (NetIncomeLoss = ProfitLoss -
        # NetIncomeLossAttributableToNoncontrollingInterest): the total is that third and the row added, whatever the
        # balance types say (H&M's "Attributable to: The shareholders ... 11,621 / Non-controlling interest -37" under
        # "Profit for the year 11,584": the noncontrolling interest's share of a loss, -37). Not the other way round
        # (both added into a third: the table's total may hold the row, "Result from investments in associated
        # companies" in "Operating profit")
        return _with_sign(tm, node, res, signs.Sign(source="structure", reason=(
            f"structure: added into {pres.concept}, from which US GAAP subtracts it into {third[0]}: "
            "the fact is the printed figure")))
    if not adds_into(res.concept, pres.concept):
        # no US GAAP calculation relates the two: the sum the table prints (its figures add up) and the balance types
        # still say which way the row's figures go, where only weak evidence (how filers print the label, "positive
        # by nature", as printed) says otherwise: Imperial Petroleum's "Other operating income (1,900,000)" and "Net
        # gain on sale of vessel (8,182,777)" among the expenses that add up to "Total expenses" are an income and a
        # gain, positive. Only such a deduction (``_deduction_of_own_balance``); a rule or the label's own words
        # stand: the sum alone makes no sign unknown
        silent = (by_rule and sign.source == "rule" and not sign.negate and not sign.magnitude
                  and signs.positive_by_nature(res.concept) and not signs.two_way(res.concept.rpartition(":")[2]))
        if silent:
            # a rule that names the concept and says nothing of its sign, on an amount positive by nature: the table's
            # sum says which way it is printed (Astec Q2 2026's reconciliation of segment EBITDA to income before taxes
            # prints "Depreciation and amortization (14.4)" deducted: an expense of 14.4, no -14.4)
            sign = signs.Sign(source="printed", reason=sign.reason)
        if (by_rule and not silent) or sign.source in ("rule", "words") or child.type != whole.type or not whole.balance or not _deduction_of_own_balance(
                node, pres.negate, child.balance, whole.balance):
            loss = loss_under_expenses(tm.kind, node, res.concept, sign, child.balance)
            return None if loss is None else _with_sign(tm, node, res, loss)
    sign = signs.from_sum(sign, [c.value for c in node.item.cells if c.role == "value"], node.weight, pres.negate, child.balance,
                          pres.concept, whole_balance, child=res.concept)
    return res if sign is None else _with_sign(tm, node, res, sign)


def _common_parent(child: str, whole: str) -> tuple[str, int] | None:
    """A concept US GAAP sums both into, directly, and the child's weight in ``whole`` were that sum rearranged
    (P = W + c*C gives W = P - c*C: weight -c/w)."""
    ix = concept_index()
    c, w = ix.get(child), ix.get(whole)
    if c is None or w is None or not c.weights or not w.weights:
        return None
    for p, wc in sorted(zip(c.parents, c.weights)):
        for q, ww in zip(w.parents, w.weights):
            if p == q and wc and ww:
                return p, -wc * ww
    return None


def _summed_as(child: str, whole: str, child_balance: str) -> str | None:
    """The balance a total without one (a cash-flow statement's "Net cash provided by operating activities") has for
    the sum of one of its rows: the row's own where US GAAP adds it in, the other where it subtracts it
    (``index.summation_weight``: us-gaap:IncreaseDecreaseInReceivables, a credit, is subtracted: an increase in
    receivables is cash used). None where the calculations do not say."""
    weight = summation_weight(child, whole)
    if weight is None:
        return None
    return child_balance if weight > 0 else {"debit": "credit", "credit": "debit"}.get(child_balance)


def _deduction_of_own_balance(node: Node, whole_negated: bool, child_balance: str, whole_balance: str) -> bool:
    """Whether a row printed negative in every column adds into a total of the other balance (an income printed as a
    deduction among expenses): the one case the balance types decide without US GAAP's calculations. A row printed
    positive keeps its figures: the table's arithmetic can relate rows no statement sums (a balance sheet's equity, a
    reconciliation's add-backs), and as printed is then the safer reading."""
    return (signs.deducted_in_every_column([c.value for c in node.item.cells if c.role == "value"])
            and signs.sum_direction(node.weight, whole_negated, child_balance, whole_balance) < 0)


def _extension_from_sum(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """An income statement's line item of the company's own, added into (or subtracted from) a standard total: the
    balance its label names against the total's gives its sign, as for a standard concept the index chose ("Net gain on
    sale of vessel - related party (8,182,777)" among the expenses that add up to "Total expenses": a gain of
    8,182,777)."""
    if tm.kind == "non_gaap":
        return _extension_adjustment(tm, node, res)
    if tm.kind != "income" or node.parent is None or res.dims or res.negate or res.magnitude or res.sign is not None:
        return None
    pres = tm.res.get(node.parent) or tm.resolve(tm.nodes[node.parent])
    if not pres.concept or pres.dims or pres.magnitude or pres.unsure is not None or (pres.sign is not None and pres.sign.unknown):
        return None
    whole = tm.b.cat.get(pres.concept)
    balance = signs.extension_balance(res.concept_label or tm.printed.get(node.item.id, node.item.label), income=True)
    if whole is None or not whole.balance or balance is None or whole.type != "xbrli:monetaryItemType":
        return None
    if not _deduction_of_own_balance(node, pres.negate, balance, whole.balance):
        return None
    sign = signs.from_sum(signs.Sign(source="printed"), [c.value for c in node.item.cells if c.role == "value"], node.weight, pres.negate,
                          balance, pres.concept, whole.balance)
    return res if sign is None else _with_sign(tm, node, res, sign)


# a row that names itself an adjustment, or the effect of the others: no amount recorded in the line item it adjusts
_ADJUSTMENT_WORDS = re.compile(r"\b(?:adjust\w*|impacts?|effects?|total|reconcil\w*)\b", re.I)


def _extension_adjustment(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """A reconciliation's adjustment of a GAAP income-statement line item, of the company's own: the non-GAAP total
    adds the line item and the adjustments, so an amount of the line item's balance (by its label's words) is taken
    out of it where the row adds a deduction, as ``adjustments.located_adjustment`` signs a standard concept: Kornit
    Q4 2024's "GAAP cost of revenues 29,567" / "Cost of product recorded for share-based compensation (1) (524)" /
    ... / "Non-GAAP cost of revenues 27,231" is a cost of 524, not of -524. Only a row printed as a deduction in every
    column, that names no adjustment of its own ("Income tax adjustments", "Total impact of non-GAAP adjustments")."""
    from .adjustments import adjusted_line_item  # (adjustments imports row_indexed, which imports this module)

    if node.parent is None or res.dims or res.negate or res.magnitude or res.sign is not None:
        return None
    label = res.concept_label or tm.printed.get(node.item.id, node.item.label)
    if _ADJUSTMENT_WORDS.search(label) or not signs.deducted_in_every_column([c.value for c in node.item.cells if c.role == "value"]):
        return None  # an adjustment of its own ("Income tax adjustments", "Total impact of non-GAAP adjustments"), or added
    base = adjusted_line_item(tm, node)
    balance = signs.extension_balance(label, income=True)
    whole = tm.b.cat.get(base.concept) if base is not None else None
    if whole is None or not whole.balance or balance is None or not mapping_knowledge().index_blocked.search(tm.nodes[node.parent].item.label):
        return None
    if (node.weight > 0) != (balance == whole.balance):
        return None  # as printed: an amount of the other balance added back
    return _with_sign(tm, node, res, signs.Sign(negate=True, source="structure", reason=(
        f"structure: an adjustment of {base.concept} ({tm.nodes[tm.nodes[node.parent].children[0]].item.label!r}) of its "
        f"balance ({balance}), taken out of it: the opposite of the printed figure")))


def _subtracted_as_printed(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """A row "positive by nature" (filers print its label deducted) that the table's sum subtracts, printed negative
    in a column: the subtraction is printed apart, so its parentheses are its own sign (Complete Production Q2 2007:
    "Income ... before minority interest and taxes 69,113", "Minority interest, net of tax (205)", "Income ... before
    taxes 69,318": the minority's share is a loss of 205, and its 56 of the six months a profit)."""
    sign = res.sign or signs.Sign(negate=res.negate, magnitude=res.magnitude)
    if not res.concept or res.dims or node.parent is None or node.weight != -1 or not sign.magnitude or sign.source != "nature":
        return None
    if not any(c.value is not None and c.value < 0 for c in node.item.cells if c.role == "value"):
        return None
    return _with_sign(tm, node, res, signs.Sign(source="structure", reason=(
        "structure: subtracted in the table's sum and printed negative: the fact is the printed figure")))


_ATTRIBUTED = re.compile(r"\battributable\b|\battributed\b", re.I)


def _by_convention(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """An income statement's debit line item that no sum the table prints relates to a total, where the table prints
    its deductions negative: at least two other debit rows it subtracts from a credit total, and none the other way
    (H&M's "Cost of goods sold -109,179", "Selling expenses -97,153"): its figures are printed as deductions too, the
    fact their opposite ("Tax² -3,859" between "Profit after financial items" and "Profit for the year", whose sum the
    table prints as the attribution's below it: a tax expense of 3,859)."""
    if tm.kind != "income" or not res.concept or res.dims or node.parent is not None or (res.evidence or {}).get("by") != "index":
        return None
    sign = res.sign or signs.Sign(negate=res.negate, magnitude=res.magnitude)
    own = tm.b.cat.get(res.concept)
    if sign.negate or sign.magnitude or sign.source != "printed" or own is None or own.balance != "debit" or own.type != "xbrli:monetaryItemType":
        return None
    before = [tm.nodes[node.index - 1].item.label] if node.index > 0 else []
    if "Attributable" in res.concept and any(_ATTRIBUTED.search(t) for t in (node.item.label, *node.item.section, *before)):
        # a share of the result attributed ("Profit attributable to Shareholders of the parent company 14,896" /
        # "Non-controlling interests 107", NORMA Group H1 2024) is the share as printed, no deduction of the
        # statement's (it had been a loss of 107)
        return None
    neg = pos = 0
    for n in tm.nodes:
        r, p = tm.res.get(n.index), tm.res.get(n.parent) if n.parent is not None else None
        if n.index == node.index or r is None or p is None or not r.concept or not p.concept or r.dims or p.dims:
            continue
        rc, pc = tm.b.cat.get(r.concept), tm.b.cat.get(p.concept)
        if rc is None or pc is None or rc.balance != "debit" or pc.balance != "credit" or not adds_into(r.concept, p.concept):
            continue
        # (its figures as printed: a deduction printed negative the sum adds, H&M's; one printed positive that the sum
        # subtracts is printed as a cost, whatever its sign in the sum: Shin-Etsu FY2026's "Cost of sales 1,577,127" and
        # SG&A under "Net sales" had made its "Total income taxes 246,128" a benefit)
        printed = [c.value for c in n.item.cells if c.role == "value" and c.value]
        if printed:
            neg += n.weight > 0 and all(v < 0 for v in printed)
            pos += n.weight < 0 and any(v > 0 for v in printed) or n.weight > 0 and any(v > 0 for v in printed)
    if neg < 2 or pos:
        return None
    return _with_sign(tm, node, res, signs.Sign(negate=True, source="structure", reason=(
        f"structure: the table prints its deductions negative ({neg} debit rows it subtracts in its sums), a debit concept: "
        "the fact is the opposite of the printed figure")))


# a label that names only a loss ("Loss on extinguishment of debt", "Losses from ..."), no gain
_LOSS_ONLY = re.compile(r"^\W*(?:net\s+)?(?:realized\s+|unrealized\s+)?loss(?:es)?\s+(?:on|from)\b(?!.*\bgains?\b)", re.I)


def _gain_among_losses(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """A gain printed negative among losses printed positive: an income statement's row of a gain-or-loss concept whose
    label names only the gain, in parentheses in every column that prints a figure, beside rows whose labels name only
    a loss printed positive in every such column (read as losses: their facts negated). The table lists these items as
    charges, a gain deducted (Applied Digital FY2026: "Loss on change in fair value of debt 85,439", "Loss on
    extinguishment of debt 1,177", and "Gain on change in fair value of derivatives (53,276)", which had been a loss of
    53,276 on us-gaap:GainLossOnDerivativeInstrumentsNetPretax): the gain is the opposite of the printed figure."""
    if tm.kind != "income" or not res.concept or res.dims or (res.evidence or {}).get("by") != "index":
        return None
    sign = res.sign or signs.Sign(negate=res.negate, magnitude=res.magnitude)
    local = res.concept.split(":")[-1]
    printed = [c.value for c in node.item.cells if c.role == "value" and c.value]
    if sign.negate or sign.magnitude or not signs.two_way(local) or not printed or any(v > 0 for v in printed) \
            or not signs.names_only_positive(local, node.item.label):
        return None
    losses = 0
    for n in tm.nodes:
        if n.index == node.index or n.children or not _LOSS_ONLY.match(n.item.label):
            continue
        values = [c.value for c in n.item.cells if c.role == "value" and c.value]
        losses += bool(values) and all(v > 0 for v in values)
    if not losses:
        return None
    return _with_sign(tm, node, res, signs.Sign(negate=True, source="structure", reason=(
        f"structure: a gain printed in parentheses among {losses} loss{'es' if losses > 1 else ''} printed positive: the "
        "table lists charges, the gain deducted; the fact is the opposite of the printed figure")))


# a heading that names the liabilities ("Liabilities", "Non-current liabilities"), and one that names more than them
# ("Liabilities and equity", "Net assets"): a section under the latter holds rows of the other balance too
def _with_sign(tm: TableMapper, node: Node, res: Resolution, sign: signs.Sign) -> Resolution:
    """The row with the sign its sum gives, and that sum as the sign's evidence."""
    evidence = dict(res.evidence or {})
    evidence["evidence"] = [e for e in evidence.get("evidence", []) if not e.startswith("sign:")] + [f"sign: {sign.reason}"]
    again = Resolution(concept=res.concept, ext_name=res.ext_name, concept_label=res.concept_label, dims=list(res.dims), negate=sign.negate,
                       magnitude=sign.magnitude, period_mode=res.period_mode,
                       breakdown=res.breakdown, unit_hint=res.unit_hint, total=res.total, evidence=evidence, trailing=res.trailing, sign=sign)
    tm.res[node.index] = again
    return again


def _from_segment_subtotal(tm: TableMapper, node: Node, res: Resolution) -> Resolution | None:
    """A segment's row printed negative in the subtotal of that segment's line items that no US GAAP concept names
    ("Depreciation and amortization (43,996)" in "Operating Assets segment EBT", after "Segment operating income
    (loss)"): outside a reconciliation, such a subtotal adds its line items as an income statement does, so the
    balance its label names (``signs.extension_balance``: EBT, earnings, income) against the row's concept's gives
    the sign, as US GAAP's own totals do in ``_from_sum``. A reconciliation adds back what its total excludes, against
    the balance types: it says nothing, but for the measure it starts from (``_starts_reconciliation``)."""
    if not res.concept or node.parent is None:
        return None
    parent = tm.nodes[node.parent]
    if (tm.reconciliation or tm.kind == "non_gaap") and not _starts_reconciliation(tm, parent):
        return None
    pres = tm.res.get(parent.index) or tm.resolve(parent)
    if pres.concept or not pres.ext_name or pres.dims or pres.magnitude or pres.negate or pres.unsure is not None:
        return None
    if pres.sign is not None and pres.sign.unknown or not adds_segment_lines(tm, parent):
        return None
    child = tm.b.cat.get(res.concept)
    whole_balance = signs.extension_balance(pres.concept_label or tm.printed.get(parent.item.id, parent.item.label))
    if child is None or not child.balance or whole_balance is None:
        return None
    sign = res.sign or signs.Sign(negate=res.negate, magnitude=res.magnitude, source="printed")
    if sign.source == "rule" and not sign.negate and not sign.magnitude:
        # a rule naming the concept says nothing of the table's convention the row is unsure of
        sign = signs.Sign(source="printed", reason=sign.reason)
    sign = signs.from_sum(sign, [c.value for c in node.item.cells if c.role == "value"], node.weight, False, child.balance,
                          f"{tm.b.prefix}:{pres.ext_name}", whole_balance)
    return res if sign is None else _with_sign(tm, node, res, sign)


def _starts_reconciliation(tm: TableMapper, node: Node) -> bool:
    """Whether a subtotal is the measure a reconciliation starts from: the first of the rows the reconciliation's total
    adds up ("Operating Assets segment EBT", then "Add back: Depreciation and amortization" ... = "Operating Assets
    NOI"). Its own rows, above it, are the statement's line items as printed there (Howard Hughes prints the segment's
    EBT again over its NOI reconciliation), not adjustments; a subtotal of adjustments ("Total adjustments") follows the
    measure it adjusts, never starts the sum."""
    if node.parent is None or not node.children or node.weight != 1:
        return False
    siblings = tm.nodes[node.parent].children
    return min(siblings) == node.index and max(node.children) < node.index


def adds_segment_lines(tm: TableMapper, node: Node) -> bool:
    """Whether a row adds up a segment's line items ("Segment operating income (loss)" + "Depreciation and
    amortization" + "Interest income (expense), net" + ... = "Operating Assets segment EBT", under the heading
    "Operating Assets Segment EBT"): rows of their own, with the segment's member, are no members of the total; a row
    no standard concept fits that adds them is a subtotal of the segment's line items, not one line item broken down
    by members, and its other rows ("Gain (loss) on sale or disposal of real estate and other assets, net") are the
    segment's line items too. Rows under no segment's heading ("Corporate expenses" beside the segments that add up to
    an adjusted EBITDA) say nothing of it."""
    return any(tm._is_line_item(c.label) and tm.member_heading(c, tm.norm(c.label)) is not None
               for c in (tm.nodes[i].item for i in node.children))


def among_line_items(tm: TableMapper, parent: Node | None, node: Node) -> bool:
    """Whether a row adds up with line items of their own (two or more, most of the others) of both balances
    ("Corporate expenses", "Interest expense" and "(Gain) loss on asset disposals, net" beside "Contested proxy and
    related matters, net"): an income computed, whose other rows are line items too, not members of a total (the
    parts of one amount are of one balance: "Environmental Services" beside "Fee Income" and "Rental Income" in "TOTAL
    REVENUE" is a revenue by product)."""
    others = [tm.nodes[i].item.label for i in parent.children if i != node.index] if parent is not None else []
    concepts = [q for label in others if (q := tm._line_item(label)[1])]
    balances = {c.balance for q in concepts if (c := tm.b.cat.get(q)) is not None and c.balance}
    return len(concepts) >= 2 and len(concepts) * 2 > len(others) and len(balances) > 1


# a label names a line item US GAAP sums into the total when its closest concepts are found this close (a label
# of more words than the filers' one: "Foreign currency translation adjustment for the period")
_SUMMED_SIMILARITY = 0.85


def summed_into(tm: TableMapper, label: str, whole: str | None) -> str | None:
    """The line item of its own a row that adds up into a total names, where US GAAP's calculations sum it into the
    total's concept (the closest concept the index finds for the label, or one of its runners-up), not a part of the
    total by product: Byrna's "Foreign currency translation adjustment for the period (133)" between "NET INCOME (LOSS)"
    and "COMPREHENSIVE INCOME (LOSS)" is other comprehensive income
    (OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax adds into
    ComprehensiveIncomeNetOfTax), never a product of comprehensive income. None: no such concept, or the label's
    closest is the total's own ("Services" under revenues is a part of it)."""
    if not whole or concept_index().get(whole) is None:
        return None
    from .choose import STATEMENT_OF_KIND, Context, choose

    ch = choose(label, Context(statement=STATEMENT_OF_KIND.get(tm.kind, "")), company=tm.b.names, min_similarity=_SUMMED_SIMILARITY)
    if ch.qname is None or ch.qname == whole:
        return None
    return next((q for q in (ch.qname, *(q for q, _ in ch.runners_up)) if q != whole and adds_into(q, whole)), None)


def summed_line_item(node: Node, concept: str, whole: str) -> Resolution:
    """The row as the line item ``summed_into`` found, its sign by the weight US GAAP sums it into the total with and
    the weight the table's sum adds it with; the company's own line item where the weights are not known."""
    weight = summation_weight(concept, whole)
    why = f"structure: US GAAP sums {concept} into {whole}, the total the row adds up into: a line item, not a member"
    if weight is None or node.weight not in (1, -1):
        return Resolution(concept=None, ext_name=concept_name(node.item.label), evidence={"by": "extension", "evidence": [why]})
    return Resolution(concept=concept, negate=weight != node.weight, evidence={"by": "structure", "evidence": [why]})
