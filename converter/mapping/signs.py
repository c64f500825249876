"""The sign of a row's facts, decided in one place from all the evidence there is: the label's words
("Income tax (expense) benefit", "Net cash provided by (used in)", "Decrease (increase) in", "Less:", "Payments of"),
how real filers print the label (negated or not), an override rule of mapping.toml (``negate``,
``sign = "magnitude"``), the sum the row is printed in and the balance types of the concepts.

A decision is one of three: the fact is the printed figure, its opposite (``negate``), or an amount positive by
nature (``magnitude``: negated only where printed in parentheses); with its reason, which report.json shows.
Where strong evidence disagrees the sign is not known (``unknown``): the row's figures are excluded with the reason,
since a wrong sign is worse than a missing fact.

The words are data (``taxonomy/signs.toml``), validated when loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Literal, Sequence

from ..errors import PrxbrlError
from ..knowledge import _load_toml
from .rules import mapping_knowledge

# where a decision comes from, strongest first: a rule of the mapping, the label's own words naming the direction
# ("(expense) benefit", "decrease (increase)", "provided by (used in)"), the sum the row is printed in, how filers
# print the label, an amount positive by nature (a payment, "Less:", a deduction), nothing (the figure as printed)
Source = Literal["rule", "words", "structure", "filers", "nature", "printed"]


@dataclass(frozen=True)
class Sign:
    negate: bool = False
    magnitude: bool = False  # positive by nature: negated only where printed negative
    source: Source = "printed"
    reason: str | None = None  # evidence for report.json ("sign: ...")
    unknown: str | None = None  # the evidence disagrees: why (the row's figures are excluded)
    # the printed signs (1, -1) of the row's figures that go against the concept's one direction: those figures are
    # excluded (``against``), with the reason
    against_printed: frozenset[int] = frozenset()
    against: str | None = None


AS_PRINTED = Sign()


# ---------------------------------------------------------------- the data

_TOP = frozenset({"direction", "two_way", "negative_words", "extension_balance"})
_DIRECTION_KEYS = frozenset({"name", "positive", "negative"})
_TWO_WAY_KEYS = frozenset({"names", "inflow", "outflow", "net_inflow", "net_outflow"})
_WORD_KEYS = frozenset({"name", "pattern"})
_BALANCE_KEYS = frozenset({"debit", "credit", "phrase_end", "income"})


@dataclass(frozen=True)
class SignWords:
    directions: tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # concept name part, positive, negative words
    two_way: re.Pattern[str]  # parts of concept names that go either way
    inflow: re.Pattern[str]
    outflow: re.Pattern[str]
    net_inflow: re.Pattern[str]  # a flow in ("proceeds", "sales", "maturities") a label nets against one out
    net_outflow: re.Pattern[str]  # a flow out ("purchases", "payments")
    negative_words: tuple[tuple[re.Pattern[str], str], ...]
    debit_words: re.Pattern[str]  # an extension concept's label that names a debit ("costs", "loss", "payments")
    credit_words: re.Pattern[str]
    phrase_end: re.Pattern[str]  # the words that end a noun phrase's head ("of", "on", "from", "before")
    income_words: re.Pattern[str]  # credit words an income statement prints positive as what they name ("gain")


def _keys(entry, known: frozenset[str], where: str) -> dict:
    if not isinstance(entry, dict):
        raise PrxbrlError(f"signs.toml: {where} is a table")
    unknown = sorted(set(entry) - known)
    if unknown:
        raise PrxbrlError(f"signs.toml: {where}: unknown key {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    missing = sorted(known - set(entry))
    if missing:
        raise PrxbrlError(f"signs.toml: {where}: missing {', '.join(missing)}")
    return entry


def _pattern(p, where: str) -> re.Pattern[str]:
    try:
        return re.compile(p, re.IGNORECASE)
    except (re.error, TypeError) as exc:
        raise PrxbrlError(f"signs.toml: {where}: {p!r} is not a regular expression ({exc})") from None


def _words(ws, where: str) -> frozenset[str]:
    if not isinstance(ws, list) or not ws or not all(isinstance(w, str) and w.strip() for w in ws):
        raise PrxbrlError(f"signs.toml: {where} is a list of words")
    return frozenset(w.lower() for w in ws)


def parse(raw: dict) -> SignWords:
    """The sign words of a parsed signs.toml, validated."""
    unknown = sorted(set(raw) - _TOP)
    if unknown:
        raise PrxbrlError(f"signs.toml: unknown section {', '.join(unknown)} (known: {', '.join(sorted(_TOP))})")
    directions = []
    for i, d in enumerate(raw.get("direction", [])):
        d = _keys(d, _DIRECTION_KEYS, f"direction {i + 1}")
        if not re.fullmatch(r"[A-Z][A-Za-z]+", str(d["name"])):
            raise PrxbrlError(f"signs.toml: direction {i + 1}: {d['name']!r} is not a part of a concept name")
        directions.append((d["name"], _words(d["positive"], f"direction {d['name']} positive"),
                           _words(d["negative"], f"direction {d['name']} negative")))
    tw = _keys(raw.get("two_way", {}), _TWO_WAY_KEYS, "two_way")
    names = tw["names"]
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and re.fullmatch(r"[A-Z][A-Za-z]+", n) for n in names):
        raise PrxbrlError("signs.toml: two_way names is a list of parts of concept names")
    negative = []
    for i, w in enumerate(raw.get("negative_words", [])):
        w = _keys(w, _WORD_KEYS, f"negative_words {i + 1}")
        negative.append((_pattern(w["pattern"], f"negative_words {w['name']}"), str(w["name"])))
    bal = _keys(raw.get("extension_balance", {}), _BALANCE_KEYS, "extension_balance")
    return SignWords(directions=tuple(directions), two_way=re.compile("|".join(names)),
                     inflow=_pattern(tw["inflow"], "two_way inflow"), outflow=_pattern(tw["outflow"], "two_way outflow"),
                     net_inflow=_pattern(tw["net_inflow"], "two_way net_inflow"), net_outflow=_pattern(tw["net_outflow"], "two_way net_outflow"),
                     negative_words=tuple(negative), debit_words=_pattern(bal["debit"], "extension_balance debit"),
                     credit_words=_pattern(bal["credit"], "extension_balance credit"),
                     phrase_end=_pattern(bal["phrase_end"], "extension_balance phrase_end"),
                     income_words=_pattern(bal["income"], "extension_balance income"))


@cache
def sign_knowledge() -> SignWords:
    return parse(_load_toml("signs.toml"))


# ---------------------------------------------------------------- the label

def words_of(label: str) -> list[str]:
    """What the wording of a label says about the sign of its figures (evidence for the report)."""
    return [name for pat, name in sign_knowledge().negative_words if pat.search(label)]


def two_way(local: str) -> bool:
    """Whether a concept's value goes either way by its name (positive one way, negative the other)."""
    return bool(sign_knowledge().two_way.search(local))


def both_ways(label: str) -> bool:
    """Whether a label names both directions of a cash flow ("provided by (used in)", "(used in) generated by")."""
    kn = sign_knowledge()
    return bool(kn.inflow.search(label)) and bool(kn.outflow.search(label))


def nets_flows(label: str) -> bool:
    """Whether a label nets a flow each way ("Purchases, sales and maturities of short-term investments, net",
    "Sales and maturities of investments, net of purchases"): a net amount, either way."""
    kn = sign_knowledge()
    return bool(_NET.search(label)) and bool(kn.net_inflow.search(label)) and bool(kn.net_outflow.search(label))


_NET = re.compile(r"\bnet\b", re.I)


_PAREN_WORD = re.compile(r"\(\s*([A-Za-z]+)\s*\)")


def _direction_words(local: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words of a two-way concept's positive and negative direction, by the first direction its name names
    (leftmost: signs.toml [[direction]]), or None."""
    found = [(local.find(name), pos, neg) for name, pos, neg in sign_knowledge().directions if name in local]
    if not found:
        return None
    _, pos, neg = min(found, key=lambda t: t[0])
    return pos, neg


def parenthesised_direction(local: str, label: str) -> bool | None:
    """Whether the figures must be negated, from the direction a label puts in parentheses (the one printed negative):
    "Income tax (expense) benefit" on IncomeTaxExpenseBenefit prints expenses negative -> negate; "Net (loss) income"
    on NetIncomeLoss prints losses negative, as the concept -> keep; None where the label says nothing of it."""
    words = _direction_words(local)
    if words is None:
        return None
    pos, neg = words
    for m in _PAREN_WORD.finditer(label):
        w = m.group(1).lower()
        if w in pos:
            return True
        if w in neg:
            return False
    return None


def names_only_negative(local: str, label: str) -> bool:
    """Whether a label names only the direction a two-way concept's name puts second, outside parentheses ("Income tax
    benefit" on IncomeTaxExpenseBenefit), and not its first ("Income tax expense (benefit)", "Provision for (benefit
    from) income taxes")."""
    named = _direction_words(local)
    if named is None:
        return False
    pos, neg = named
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", _PARENTHESISED.sub(" ", label))}
    return bool(words & neg) and not words & pos


def names_both_directions(local: str, label: str) -> bool:
    """Whether a label names both directions of its amount, the concept's own outside parentheses and the opposite
    one in them ("Interest (income) expense, net" on us-gaap:InterestExpense): its figures are printed with the
    concept's sign, a figure in parentheses being the direction the parentheses name. Concepts named for two
    directions are read by ``parenthesised_direction``."""
    if two_way(local):
        return False
    own = {w.lower() for w in re.findall(r"[A-Z][a-z]+", local)}
    inside = {m.group(1).lower() for m in _PAREN_WORD.finditer(label)}
    outside = {w.lower() for w in re.findall(r"[A-Za-z]+", _PAREN_WORD.sub(" ", label))}
    for _, pos, neg in sign_knowledge().directions:
        for this, other in ((pos, neg), (neg, pos)):
            if inside & other and outside & this & own:
                return True
    return False


def _nonzero(printed: Sequence[Decimal | None]) -> list[Decimal]:
    return [v for v in printed if v is not None and v != 0]


def deducted_in_every_column(printed: Sequence[Decimal | None]) -> bool:
    """Whether a row prints a figure, negative, in every column it prints one in (zeros and blanks aside)."""
    values = _nonzero(printed)
    return bool(values) and all(v < 0 for v in values)


def sum_direction(weight: int, whole_negated: bool, child_balance: str, whole_balance: str) -> int:
    """1 where a row's facts are its printed figures by the sum it is printed in and the balance types (added into a
    total of its own balance, or subtracted from one of the other), -1 where they are their opposite."""
    return (-1 if whole_negated else 1) * weight * (1 if child_balance == whole_balance else -1)


def from_label(qname: str, label: str, kind: str, *, filers_negated: bool, printed: Sequence[Decimal | None],
               debit_money: bool) -> Sign:
    """The sign of a row whose concept the index chose, from its label: the direction it puts in parentheses, its
    words ("Decrease (increase) in", "(used in)", "Less:", "Payments of"), how filers print it (``filers_negated``),
    and, on an income statement, an expense (``debit_money``) deducted in every column."""
    words = words_of(label)
    local = qname.split(":")[-1]
    said = f" ({', '.join(words)})" if words else ""
    paren = parenthesised_direction(local, label)
    if paren is False and kind == "cash_flow":
        # a cash-flow adjustment prints a gain negative whatever its income-statement label says ("Gain (loss) on
        # sale (48,651)" is a gain subtracted): the label's parentheses say nothing there
        paren = None
    if paren is True:
        # "Income tax (expense) benefit": the word in parentheses is the direction printed negative
        return Sign(negate=True, source="words", reason="negated label" + said)
    if paren is False:
        return Sign(source="words", reason="as printed: the label puts the concept's negative direction in parentheses")
    if "decrease_increase" in words:
        return Sign(negate=True, source="words", reason="negated label" + said)
    if local.startswith("IncreaseDecrease") and filers_negated and "used_in" not in words:
        # filers print the change in an operating asset negated ("Accounts receivable (1,234)")
        return Sign(negate=True, source="filers", reason="negated label" + said)
    if two_way(local) and both_ways(label):
        # "Net cash (used in) provided by ...": the label names both directions, the printed sign is the sign
        return Sign(source="words", reason="as printed: the label names both directions")
    if names_both_directions(local, label) and "less" not in words:
        # "Interest (income) expense, net (23,885)" on us-gaap:InterestExpense: net income of interest, an expense of
        # -23,885, not an amount positive by nature
        return Sign(source="words", reason="as printed: the label names both directions")
    if kind == "income" and debit_money and not two_way(local) and sign_knowledge().income_words.fullmatch(label_head(label)[1]):
        # a debit concept that names no direction (us-gaap:FairValueAdjustmentOfWarrants: positive a loss) under a label
        # whose head is a credit ("(Loss) Gain on Warrant Fair Value Adjustment (36,246)"): an income statement prints
        # what the label names, a gain, positive; the concept's figure is the opposite
        return Sign(negate=True, source="words", reason=f"negated: the label names a credit ({label_head(label)[1].lower()}), {local} is a debit")
    if kind == "income" and debit_money and filers_negated and names_only_negative(local, label):
        # a debit concept of two directions under a label that names only its other one ("Income tax benefit 5,634"
        # on IncomeTaxExpenseBenefit, positive an expense): the statement prints what the label names, as filers do
        # (they negate the label); a sum the row is printed in decides before this
        return Sign(negate=True, source="filers", reason=f"negated: the label names only the opposite of {local}'s positive direction")
    if kind == "cash_flow" and local.startswith("Proceeds") and not two_way(local) and any(v < 0 for v in _nonzero(printed)):
        # an inflow the cash-flow statement prints as an outflow (RMCO: "Proceeds from Notes Payable | - | (1,013,658)"):
        # the label or the figure is misread, and neither sign can be told
        return Sign(source="words", reason="unknown: an inflow printed negative",
                    unknown=f"{local} is an inflow, printed negative in the cash-flow statement")
    if two_way(local) and names_only_negative(local, label) and all(v > 0 for v in _nonzero(printed)) and _nonzero(printed):
        # a concept of two directions under a label that names only its negative one, printed positive: the figure is
        # the amount of what the label names (Microsoft's cash flows: "Net recognized losses on investments and
        # derivatives 44" on GainLossOnSaleOfInvestments, a loss added back, is a loss of -44)
        return Sign(negate=True, source="words", reason=f"negated: the label names only the negative direction of {local}")
    if filers_negated and kind != "cash_flow" and _gain_or_loss(local) and "outflow" not in words and "less" not in words:
        # filers print a gain-or-loss label negated where a cash-flow statement subtracts the gain from net income;
        # elsewhere a gain or loss is printed in its own direction, a loss in parentheses, never positive by nature:
        # Microsoft FY24 Q4's "Net change related to derivatives (4) 20" in comprehensive income is -4 and +20
        return Sign(source="printed", reason=f"as printed: {local} is a gain or a loss, printed in its own direction outside a cash-flow statement")
    if filers_negated or "outflow" in words or "less" in words:
        # positive by nature: printed in parentheses it is taken as positive
        return Sign(magnitude=True, source="nature", reason="an amount positive by nature" + said)
    if kind == "income" and not two_way(local) and debit_money and deducted_in_every_column(printed):
        # an expense an income statement prints as a deduction in every column ("Interest expense - debt (684)"):
        # positive by nature (a row of mixed signs keeps them: a reconciliation's GAAP 8 and adjustment (8))
        return Sign(magnitude=True, source="nature", reason="an amount positive by nature" + said)
    return AS_PRINTED


def _gain_or_loss(local: str) -> bool:
    """Whether a concept's first direction (signs.toml [[direction]], leftmost) is a gain against a loss."""
    found = [(local.find(name), name) for name, _, _ in sign_knowledge().directions if name in local]
    return bool(found) and min(found)[1] in ("GainLoss", "GainsLosses")


_PARENTHESISED = re.compile(r"\([^()]*\)")
# "Operating Assets segment EBT": the words before "segment" name the segment, not the line item
_SEGMENT_NAMED = re.compile(r"^.*\bsegments?\b(?=.*\w)", re.I)


def extension_balance(label: str) -> str | None:
    """The balance type an extension concept's label names: "debit" ("Cost of ...", "... expense", "Loss on ..."),
    "credit" ("... revenue", "Gain on ...", "Proceeds from ...", "Investment income"), or None.

    The label's head names it: the last such word before the phrase ends ("of", "on", "from", "before": "Loss on
    sale of investments" is a loss, "Investment income" an income, "Company's share of NOI from equity investments"
    an NOI), read in the direction the label prints, without the opposite it names in parentheses ("Gain (loss) on
    sale", "Interest income (expense), net"), and without the segment's name ("Operating Assets segment EBT")."""
    return label_head(label)[0]


def label_head(label: str) -> tuple[str | None, str]:
    """The balance type the label's head names (``extension_balance``) and the word that names it ("", None: none)."""
    kn = sign_knowledge()
    for text in (_PARENTHESISED.sub(" ", label), label):
        text = _SEGMENT_NAMED.sub(" ", text)
        for phrase in kn.phrase_end.split(text):
            hits = [(m.end(), "debit", m.group(0)) for m in kn.debit_words.finditer(phrase)]
            hits += [(m.end(), "credit", m.group(0)) for m in kn.credit_words.finditer(phrase)]
            if hits:
                _, balance, word = max(hits)
                return balance, word
    return None, ""


# ---------------------------------------------------------------- a rule, a consolidation's eliminations

def deducted_expense(qname: str, kind: str, printed: Sequence[Decimal | None]) -> bool:
    """A debit money concept that names no direction, in an income statement that prints it negative in every column
    (Kimco: "| Depreciation and amortization |  | (156,130 | ) |" among operating expenses all printed as deductions)."""
    from .index import concept_index

    info = concept_index().get(qname)
    return (kind == "income" and info is not None and info.balance == "d" and info.kind == "money" and not two_way(qname.split(":")[-1])
            and deducted_in_every_column(printed))


def from_rule(negate: bool, magnitude: bool, rule: str, deducted: bool = False) -> Sign:
    """The sign an override rule states (``rule``: "mapping.toml rule 12" or "user mapping rule"); where it states
    none, an expense an income statement prints as a deduction in every column (``deducted``: ``deducted_expense``)
    is positive by nature, as for a concept the index chose."""
    if negate:
        return Sign(negate=True, source="rule", reason=f"{rule}: the statement prints the opposite of the fact")
    if magnitude:
        return Sign(magnitude=True, source="rule", reason=f"{rule}: an amount positive by nature")
    if deducted:
        return Sign(magnitude=True, source="nature", reason=f"{rule}: an expense printed as a deduction in every column, positive by nature")
    return Sign(source="rule", reason=f"{rule}: the figure as printed")


def elimination(weight: int) -> Sign:
    """Eliminations subtracted in a consolidation are the eliminations' negative amount."""
    if weight < 0:
        return Sign(negate=True, source="structure", reason="structure: eliminations subtracted in the consolidation")
    return Sign(source="structure")


# ---------------------------------------------------------------- the sum the row is printed in

def from_sum(sign: Sign, printed: Sequence[Decimal | None], weight: int, whole_negated: bool, child_balance: str,
             whole: str, whole_balance: str) -> Sign | None:
    """The sign of a row from the sum it is printed in, where US GAAP sums its concept into the sum's (``whole``):
    the balance types say which way its figures go ("Other expenses, net 13.6" subtracted from operating earnings is
    other nonoperating income -13.6; "Gain (loss) on sale 21 | (8,310)" added into earnings before taxes is +21 and
    -8,310). None: the sum agrees with ``sign``. Where the label's own words name the direction, or a mapping rule
    gives the facts, and the sum says the opposite, the sign is not known (``unknown``): one of them is misread, and a
    wrong sign is worse than none.
    Weaker evidence (how filers print the label, "positive by nature") gives way to the sum: "Repayments of
    commercial paper, net (3,984)" on ProceedsFromRepaymentsOfCommercialPaper is -3,984, no repayment of +3,984."""
    want = sum_direction(weight, whole_negated, child_balance, whole_balance)
    reason = (f"structure: {'subtracted from' if weight < 0 else 'added into'} {whole} ({whole_balance}), "
              f"a {child_balance} concept: the fact is {'the opposite of ' if want < 0 else ''}the printed figure")
    return _by_structure(sign, printed, want, reason)


def removed_from(sign: Sign, printed: Sequence[Decimal | None], weight: int, part_weight: int, part: str, start: str) -> Sign | None:
    """The sign of a row of a reconciliation that adjusts the measure it starts from (``start``) by a line item
    (``part``) US GAAP's calculations sum into that measure with ``part_weight``: the row takes the line item out of the
    measure, so the fact is the opposite of what the row adds (``weight``: +1 added, -1 subtracted in the table's sum).
    CMG's "Net income (loss)" ... "Interest income (474)" ... = "Adjusted EBITDA": interest income, which net income
    holds, deducted, is interest income of +474; "Income and other tax expense 2,497" added back is a tax expense of
    +2,497. None: the sum agrees with ``sign``; unknown where a rule or the label's words say the opposite."""
    want = -weight * part_weight
    reason = (f"structure: {'subtracted from' if weight < 0 else 'added to'} {start}, the measure the reconciliation starts from, "
              f"which US GAAP's calculations sum {part} into with weight {part_weight}: the row takes it out, the fact is "
              f"{'the opposite of ' if want < 0 else ''}the printed figure")
    return _by_structure(sign, printed, want, reason)


def _by_structure(sign: Sign, printed: Sequence[Decimal | None], want: int, reason: str) -> Sign | None:
    """The sign the structure gives (``want``: 1 the printed figure, -1 its opposite) against the decision so far:
    None where they agree; a rule's or the label's words' sign against it is not known."""
    values = _nonzero(printed)
    if sign.source == "rule":
        # a rule's sign stands where the sum agrees with the facts it gives
        if not values or factor(sign.negate, sign.magnitude, printed) == want:
            return None
        return _conflict(sign, reason)
    if sign.magnitude:
        # positive by nature: the fact is the figure where it is printed plain, its opposite where in parentheses
        if all(v > 0 for v in values) and want == 1 or all(v < 0 for v in values) and want == -1:
            return None
    elif (-1 if sign.negate else 1) == want:
        return None
    if sign.source == "words":
        return _conflict(sign, reason)
    return Sign(negate=want < 0, source="structure", reason=reason)


def _conflict(sign: Sign, structure: str) -> Sign:
    said = "the label's words" if sign.source == "words" else "the mapping rule"
    return Sign(source="structure", reason=f"unknown: {said} ({sign.reason}) against the sum ({structure})",
                unknown=f"{said} ({sign.reason}) and the sum the row is printed in ({structure}) disagree")


# ---------------------------------------------------------------- applying a decision

def factor(negate: bool, magnitude: bool, printed: Sequence[Decimal | None]) -> int:
    """-1 where the facts are the opposite of the printed figures: negated, or positive by nature and printed in
    parentheses in at least half of the row's columns."""
    if negate:
        return -1
    if magnitude:
        values = _nonzero(printed)
        if values and sum(1 for v in values if v < 0) * 2 >= len(values):
            return -1
    return 1


def unsure(negate: bool, magnitude: bool, printed: Sequence[Decimal | None], balance: str | None) -> bool:
    """Whether a row printed negative in some column is the fact or its opposite depends on the table's convention
    ("Total operating expenses (54,276)" subtracted in a segment's EBT), which neither the label nor the rule says:
    an expense (debit) concept printed negative, or an amount positive by nature printed with both signs."""
    values = _nonzero(printed)
    if negate or not any(v < 0 for v in values):
        return False
    if magnitude:
        return any(v > 0 for v in values)
    return balance == "debit"


# ---------------------------------------------------------------- one-way cash flows

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
