"""A row of a table that no override in mapping.toml names: its concept from the concept index, or a short
extension name, with the evidence for report.json.

The table gives what must fit (``choose.Context``): the statement of the table kind, the period type and unit
of the row's figures, its section headings, the other labels (a noncontrolling-interest line or not). A label
printed twice under different headings ("Current portion" under "Short-term borrowings" and under "Long-term
debt") is two line items: the heading becomes part of its name. (The extension name itself is ``extension_names.py``;
the standard member a label names, ``standard_members.py``.)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..models import LineItem
from ..tables.totals import is_total, starts_total
from .choose import STATEMENT_OF_KIND, Choice, Context, choose, summation_parent, unit_kind
from .naming import naming_heading
from . import signs
from .index import adds_into, concept_index, era_cache
from .labels import balance_date, label_key, name_words, sign_words, stated_boundary
from .resolution import Resolution
from .rules import mapping_knowledge

# table kinds where a printed label may be a standard concept found by the index (with the similarity it needs):
# outside the statements no statement, section or sum narrows the candidates, so only a near word-for-word match
# (a reconciliation's row only where a statement confirms it: emit)
INDEX_KINDS = {"income": 0.62, "balance_sheet": 0.62, "cash_flow": 0.62, "summary": 0.9, "segment": 0.9, "breakdown": 0.9, "targets": 0.9,
               "non_gaap": 0.9,
               "dividends": 0.9}


@dataclass(frozen=True)
class IndexChoice:
    concept: str | None
    ext_name: str | None
    negate: bool
    magnitude: bool
    period_mode: str | None
    evidence: dict
    sign: signs.Sign = signs.AS_PRINTED

    def resolution(self, total: bool = False, dims: list | None = None) -> Resolution:
        """The row resolved to this choice: its concept, sign, period mode and evidence."""
        return Resolution(concept=self.concept, negate=self.negate, magnitude=self.magnitude, sign=self.sign,
                          period_mode=self.period_mode, total=total, evidence=self.evidence, dims=dims or [])


def row_context(item: LineItem, kind: str, labels: tuple[str, ...], position: int, nci: bool | None = None,
                children: tuple[str, ...] = (), whole: str | None = None) -> Context:
    cells = [c for c in item.cells if c.role == "value"]
    # a row of ratios only ("Annualized return on equity | 19.5 | % |": cells of the role "ratio") is chosen for by
    # their unit, as a row of values is by theirs: else no unit constrains the choice and a money concept is found for
    # a ratio, whose cells are then excluded (unit_mismatch). Not by their columns' period type: a ratio at a date
    # under a quarter's column ("Tier 1 leverage ratio") is the instant concept's
    units = Counter(c.unit for c in cells or [c for c in item.cells if c.role == "ratio"] if c.unit)
    unit = units.most_common(1)[0][0] if units else None
    kinds = {c.period.kind for c in cells if c.period is not None}
    period = ("i" if kinds == {"instant"} else "d") if len(kinds) == 1 else None
    total = bool(children) or item.kind == "total" or is_total(item.label)
    return Context(statement=STATEMENT_OF_KIND.get(kind, ""), period=period, unit=unit_kind(unit), section=tuple(item.section),
                   labels=labels, position=position, nci=nci, children=children, total=total, whole=whole)


# a label that begins with "per" ("Per share basic and diluted", "Per diluted share"): an amount per share of a measure
# it does not name
PER_LEAD = re.compile(r"^\W*per\b", re.I)


def qualified_label(item: LineItem, repeated: bool, above: str | None = None) -> str:
    """The label, with its heading in front when the same label stands under another heading of the table too,
    or when its words only qualify the heading ("Current portion", "Basic", "Other" under "Long-term debt") or say
    that it sums the heading's rows ("Net change" under "Available-for-sale debt securities:"). A label
    that begins with "per" names the amount per share of the measure the row above prints (``above``), whose name it
    takes: Pulse Seismic FY2024's "Net earnings", "Per share basic and diluted", "Cash provided by operating
    activities", "Per share basic and diluted", "EBITDA (a)", "Per share basic and diluted (a)": three measures per
    share, never one line item."""
    if above and PER_LEAD.match(item.label):
        return f"{above.strip().rstrip(':')} {item.label.strip()}"
    named = naming_heading(item.section)  # "Less:" names nothing
    if named and _ATTRIBUTABLE_ONLY.match(named) and (above_it := naming_heading(item.section[: item.section.index(named)])):
        # "Attributable to:" names no measure: the heading over it does ("Profit for the year / period" / "Attributable
        # to:" / "Owners of the parent", then the same under "Total comprehensive income ...": IFB Industries Q3 FY2026)
        named = f"{above_it.strip().rstrip(':')} {named.strip()}"
    if named and label_key(named) == label_key(item.label):
        return item.label  # the line its heading names, printed under it (the whole of the parts above it), no qualifier
    if named and (_qualifier_only(item.label) or _sum_only(item.label) or _SIGN_ONLY.fullmatch(item.label) or repeated and not classification(named)
                  or _asset_acquired(item)):
        return f"{named.strip().rstrip(':')} {item.label.strip()}"
    return item.label


# a label of sign words only ("(Increase)/decrease" under "c) Changes in inventories (Finished goods and
# work-in-progress)", Chennai Petroleum Q3 FY2026): the heading names the line item
_SIGN_ONLY = re.compile(r"\W*(?:(?:increase|decrease)\W*){1,2}", re.I)
_ATTRIBUTABLE_ONLY = re.compile(r"^\W*attributable\s+to\W*$", re.I)
# a label that only says it sums the rows above it ("Net change", "Total"): its heading names what it sums
_SUM_WORDS = frozenset({"net", "change", "total", "subtotal"})


def _sum_only(label: str) -> bool:
    words = label_key(label).split()
    return bool(words) and all(w in _SUM_WORDS for w in words)


def _asset_acquired(item: LineItem) -> bool:
    """A row of flows under a heading that names what was spent on assets ([labels] acquired_heading: "Capital
    expenditures") whose label alone names an asset, a balance ("Property and equipment"): the payment for it."""
    if not mapping_knowledge().acquired_heading.search(item.section[-1]):
        return False
    kinds = {c.period.kind for c in item.cells if c.role == "value" and c.period is not None}
    if kinds != {"duration"}:
        return False
    ch = choose(item.label, Context(statement="", period="i", unit="money"), min_similarity=LINE_ITEM_SIMILARITY)
    info = concept_index().by_qname.get(ch.qname) if ch.qname else None
    return info is not None and info.period == "i"


def classification(heading: str) -> bool:
    """A heading that classifies ("Current liabilities:", "Investing activities:") rather than names a line item
    ("Long-term debt:"): the section's words are evidence for the choice (current or noncurrent), not its name. A
    heading that says it totals ("Total assets:" over each segment's assets and the consolidated figure) names that
    line item."""
    if starts_total(heading):
        return False
    words = label_key(heading).split()
    return bool(words) and all(w in mapping_knowledge().section_words for w in words)


def _qualifier_only(label: str) -> bool:
    """Whether a label only qualifies ("Net", "Other", "Basic"): not where its words are an element's name ("Cash" is
    us-gaap:Cash, though "cash" qualifies in "Cash dividends": under "Current assets" it had become
    us-gaap:AssetsCurrent, "current asset cash" read as "current asset")."""
    key = label_key(label)
    words = key.split()
    if not words or not all(w in mapping_knowledge().qualifier_words for w in words):
        return False
    # a label that is an element's name ("Cash": us-gaap:Cash), or begins with one of two words or more, names that
    # line item ("Shares outstanding at period-end": us-gaap:SharesOutstanding, at a date), not a qualifier of its heading
    names = concept_index().element_names
    return key not in names and not any(" ".join(words[:n]) in names for n in range(2, len(words) + 1))


_PART_MARGIN = 0.1  # how much lower a runner-up that adds into the concept another row took may score
_OTHER_MARGIN = 0.05  # how much lower a runner-up that says "other" may score, for a residual line ("Other")


def _residual_only(label: str, section: tuple[str, ...] = ()) -> bool:
    """A label that says only that it is the rest of its heading ("Other", "Other, net"; "Other adjustments, net" under
    "Adjustments to reconcile net income to net cash provided by operating activities:")."""
    words = set(label_key(label).split())
    if starts_total(label):
        return False  # "Total other income and expense" sums its heading's rows, the rest among them
    heading = naming_heading(section) if section else None
    said = set(label_key(heading).split()) if heading else set()
    return "other" in words and words - {"other", "net"} <= said


def _names_other(qname: str) -> bool:
    return "other" in name_words(qname).split()


def _names_all(qname: str, text: str) -> bool:
    words = set(name_words(qname).split())
    return bool(said := set(label_key(text).split())) and said <= words


def _residual_heading(item: LineItem, qname: str) -> str | None:
    """The heading a residual line ("Other") is the rest of, where the chosen element names "other" but not it."""
    if not _residual_only(item.label, tuple(item.section)):
        return None
    heading = naming_heading(tuple(item.section))
    return heading if heading and not _names_all(qname, heading) else None


def residual_of_heading(item: LineItem, qname: str) -> bool:
    """Whether a standard concept is no reading of a row that is the rest of its heading (``_residual_only``): its
    element names no "other"."""
    return qname.startswith(("us-gaap:", "srt:")) and _residual_only(item.label, tuple(item.section)) and not _names_other(qname)


_GAAP_PREFIX = re.compile(r"^\s*(?:U\.?S\.? )?GAAP\s+(?=\w)")
_GAAP_SUFFIX = re.compile(r"\s*[(\[]\s*(?:U\.?S\.? )?GAAP\s*[)\]]\s*$", re.I)

def gaap_labelled(label: str) -> bool:
    """A label that says it is the GAAP figure, before or after its words ("GAAP net income", "Net income attributable
    to Strattec (GAAP)")."""
    return bool(_GAAP_PREFIX.match(label) or _GAAP_SUFFIX.search(label))


def non_gaap_table(title: str) -> bool:
    """A table of non-GAAP measures (its title says so and it does not reconcile them to GAAP)."""
    kn = mapping_knowledge()
    return bool(kn.non_gaap_title.search(title or "")) and not kn.reconciliation_title.search(title or "")


# a label that real filers print, word for word, for a line item of this kind of statement
LINE_ITEM_SIMILARITY = 0.9
# how much better the label's own meaning must score than the concept its column's period type or unit leaves
_OWN_MEANING_MARGIN = 0.15
# a label of qualifying words alone names a line item of its own when it has this many and filers print it
_WHOLE_QUALIFIER_WORDS = 3


def is_indexed_line_item(label: str, kind: str, company: tuple[str, ...]) -> bool:
    """Whether a label names a line item of its own (not a member of the row above) by the concept index."""
    return indexed_line_item(label, kind, company) is not None


def indexed_line_item(label: str, kind: str, company: tuple[str, ...]) -> str | None:
    """The concept of the line item of its own a label names by the concept index, or None."""
    if kind == "non_gaap":
        # a reconciliation's GAAP lines ("Net income attributable to X (GAAP)", "Income tax expense") are line items
        # of their own, never members of the measure they reconcile to
        label, kind = _GAAP_SUFFIX.sub("", label[m.end():] if (m := _GAAP_PREFIX.match(label)) else label), "summary"
    if kind not in INDEX_KINDS or _non_gaap(label) or _qualifier_only(label):
        return None
    return choose(label, Context(statement=STATEMENT_OF_KIND.get(kind, "")), company=company, min_similarity=LINE_ITEM_SIMILARITY).qname


def _debit(qname: str) -> bool:
    from .index import concept_index

    info = concept_index().by_qname.get(qname)
    return info is not None and info.balance == "d" and info.kind == "money"


def _non_gaap(label: str) -> bool:
    return bool(mapping_knowledge().index_blocked.search(label))


def index_choice(label: str, item: LineItem, kind: str, ctx: Context, company: tuple[str, ...], taken: set[str],
                 floor: float | None = None) -> IndexChoice | None:
    """A standard concept for the row, or None (the caller names an extension). ``floor``: the similarity the label
    needs, below the table kind's (``twins.near_twin``: a concept the statements' figures must confirm)."""
    need = INDEX_KINDS.get(kind)
    gaap = _GAAP_PREFIX.match(label) or _GAAP_SUFFIX.search(label)
    if gaap:
        # "GAAP net income", "Net income (GAAP)": the GAAP line item itself, in a reconciliation or a summary
        label = label[gaap.end():] if gaap.start() == 0 else label[:gaap.start()]
        if kind == "non_gaap":
            need, ctx = INDEX_KINDS["summary"], replace(ctx, statement="", total=ctx.total or is_total(label))
    # a British spelling is the US word the index knows ("amortisation" is "amortization"), as ``choose`` reads it
    key = concept_index().us_spelling(label_key(label, company))
    if need is None or _non_gaap(label) or not key:
        return None
    known = concept_index().idf
    abbreviations = mapping_knowledge().abbreviations
    if need >= INDEX_KINDS["summary"] and any(w not in known and w not in abbreviations for w in key.split()):
        # outside the statements a concept needs the label word for word: a word no filer's label and no element
        # name has ("Synthetic Fuels" in a table of earnings by business: not us-gaap:FuelCosts; "Azure revenue")
        # narrows the line item to something of the company's own
        return None
    ch: Choice | None = None
    if _qualifier_only(label):
        # "Net" with no heading: only the sum the table prints can name it (US GAAP's summation parent)
        parent = summation_parent(label, ctx)
        if parent is not None:
            return IndexChoice(parent[0], None, False, False, None, {"by": "structure", "evidence": [parent[1]]})
        if len(key.split()) < _WHOLE_QUALIFIER_WORDS and not balance_date(label) and ctx.unit not in ("shares", "per_share"):
            # ("Cash – Ending of Period": a balance at a date, named whole, filers print it word for word; a count of
            # shares or an amount per share named by its variant alone, "Basic shares" under CONMED Q2 2026's "Basic
            # EPS", "Diluted EPS", as filers print it word for word)
            return None
        # words that each qualify, together a line item filers print word for word ("Weighted average shares
        # outstanding: basic")
        ch = choose(label, ctx, company=company, min_similarity=max(need, LINE_ITEM_SIMILARITY))
        if ch.qname is None:
            return None
    ch = ch or choose(label, ctx, company=company, min_similarity=need if floor is None else min(need, floor))
    boundary = stated_boundary(label) if ctx.period == "d" else None
    if ch.qname is None and boundary is not None and len(boundary[1].split()) >= 2 and need >= INDEX_KINDS["summary"]:
        # outside the statements, a balance the label dates at the start or end of the column's period ("Shares
        # outstanding at period end" in highlights): the balance its other words name, at that date (``period_mode``);
        # the dating words are no words of the line item. (A statement's roll-forward names its own balance: H&M's
        # "Cash and cash equivalents at year-end" closes the cash flow statement's cash, restricted cash included where
        # there is any, not the balance sheet's cash.)
        ch = choose(boundary[1], replace(ctx, period="i"), company=company,
                    min_similarity=need if floor is None else min(need, floor))
    if ch.qname is None and not ctx.statement and ctx.period == "d":
        # outside the statements, a balance filers print word for word under a column of a period ("Total shares of
        # common stock outstanding" under "For the quarter ended:", Gladstone Investment FY2025 Q3): at the period's
        # end, where nothing says average (us-gaap:CommonStockSharesOutstanding, never the weighted average)
        free = choose(label, replace(ctx, period="i"), company=company, min_similarity=need)
        if _balance_at_end(free, item, ctx, label, company):
            ch = replace(free, evidence=free.evidence + ("a balance under a column of a period: at its end",))
    misread = not ctx.statement or ctx.period == ("d" if ctx.statement == "B" else "i" if ctx.statement in "IC" else None)
    if ch.qname is not None and misread and (ctx.period or ctx.unit):
        # outside the statements, or in a statement whose columns are not of its kind (an income statement's
        # figures at an instant), a column's period type or unit may be misread: where the label's own meaning (the
        # choice that neither constrains) is another concept that fits it clearly better, the period type or unit
        # chose an unrelated concept ("Total Interest Expense" in an instant column: not the deferred tax asset of
        # interest carryforwards some filer labels "Interest expense"; "Cash and cash equivalents" in a duration
        # column: not interest income on deposits)
        free = choose(label, replace(ctx, period=None, unit=None), company=company, min_similarity=need)
        if free.qname not in (None, ch.qname) and free.similarity >= ch.similarity and free.score - ch.score >= _OWN_MEANING_MARGIN:
            return None
    qname = ch.qname
    evidence = {"by": "index", "score": ch.score, "matched": ch.matched, "evidence": list(ch.evidence),
                "runners_up": [{"concept": q, "score": s} for q, s in ch.runners_up]}
    if qname is not None and residual_of_heading(item, qname):
        # the residual line of its heading ("Other" under "Investment income:", United Fire Q4 2024): an element whose
        # name says no "other" is the heading's whole or another of its lines (us-gaap:InvestmentIncomeInterestAnd-
        # Dividend, which five filers label "Other investment income"), never the rest of them; a close runner-up
        # that says it, else the company's own line item
        qname = next((q for q, s in ch.runners_up if _names_other(q) and s >= ch.score - _OTHER_MARGIN), None)
        if qname is None:
            return None
        evidence["evidence"].append(f"the label is its heading's residual line: {ch.qname} names no other, {qname} does")
    if qname is not None and (heading := _residual_heading(item, qname)) is not None:
        # the rest of a heading that names a line item ("Other" under "Investments:") is that line item's other part,
        # where an element names both: us-gaap:OtherInvestments, not the balance sheet's us-gaap:OtherAssets
        alt = choose(f"Other {heading}", ctx, company=company, min_similarity=need)
        if alt.qname is not None and alt.qname not in taken and _names_other(alt.qname) and _names_all(alt.qname, heading):
            evidence["evidence"].append(f"the label is the rest of its heading {heading!r}: {alt.qname}, not {qname}")
            qname = alt.qname
    if qname is not None and qname in taken:
        # another row of this table already is that concept: the next candidate that is as close, or none
        # (or a part US GAAP's calculations add into the concept taken, a little farther: "Deficit" under
        # "Shareholders' equity:", whose total is StockholdersEquity, some filers' "Deficit", is the accumulated deficit)
        alt = next((q for q, s in ch.runners_up if q not in taken and (s >= ch.score - 0.05 or _word_for_word(q, ch, key)
                                                                       or _part_of(q, qname, s, ch))), None)
        if alt is None:
            return None
        evidence["evidence"].append(f"{qname} is another row of this table: {alt}")
        qname = alt
    if qname is None:
        return None
    printed = [c.value for c in item.cells if c.role == "value"]

    def signed(q: str, negated: bool) -> signs.Sign:
        return signs.from_label(q, label, kind, filers_negated=negated, printed=printed, debit_money=kind == "income" and _debit(q))

    sign = signed(qname, ch.negated)
    if sign.unknown and signs.positive_by_nature(qname):
        # an expense printed negative: the next candidate as close that may be negative ("Other non-cash items" (971)
        # on OtherNoncashIncomeExpense, not OtherNoncashExpense), else the row's sign stays unknown
        alt = next((q for q, s in ch.runners_up if q not in taken and s >= ch.score - 0.05 and not signs.positive_by_nature(q)), None)
        if alt is not None:
            evidence["evidence"].append(f"{qname} is positive by nature, printed negative: {alt}")
            qname = alt
            # how filers print the label for it (Choice.negated is the first candidate's)
            negated = any(c.qname == alt and c.negated >= 0.5 for c in ch.candidates) or bool(sign_words(label))
            sign = signed(qname, negated)
    local = qname.split(":")[1]
    if sign.reason:
        evidence["evidence"].append("sign: " + sign.reason)
    period_mode = None
    c_period = ctx.period
    if c_period == "d" and local.startswith(("Cash", "CashAndCashEquivalents")) and re.search(r"\b(?:beginning|start|opening)\b", label, re.I):
        period_mode = "start"
    elif c_period == "d" and local.startswith(("Cash", "CashAndCashEquivalents")) and re.search(r"\b(?:end|ending|closing)\b", label, re.I):
        period_mode = "end"
    if period_mode is None and boundary is not None and (info := concept_index().get(qname)) is not None and info.period == "i":
        # a balance under a column of a period, dated by the label at its start or end: at that date, not at the
        # column's end whatever the label says
        period_mode = boundary[0]
    return IndexChoice(qname, None, sign.negate, sign.magnitude, period_mode, evidence, sign)


def _balance_at_end(free: Choice, item: LineItem, ctx: Context, label: str, company: tuple[str, ...]) -> bool:
    """Whether the label's own meaning, found with no period type, is a balance to read at the end of the row's
    columns of a period: filers print the label word for word for that balance (an instant concept of the unit the
    row's figures are), and neither the label nor a heading over it names an average over the period."""
    info = concept_index().get(free.qname) if free.qname else None
    # (cash, which a period's cash flows roll forward from its start to its end, is either under a column of a period
    # whose label says neither: no date tells which)
    if not (info is not None and info.period == "i" and free.similarity >= 0.999
            and not free.qname.split(":")[1].startswith("Cash")
            and (ctx.unit is None or info.kind == ctx.unit) and not any(average_named(t) for t in (label, *item.section))):
        return False
    # ... and filers print the label for balances in nearly all its uses, on enough of them (``balance_by_filers``):
    # "Minority Interest in Subsidiary" between income taxes and net income is the minority's share of the income
    said = balance_by_filers(label, company)
    return said is not None and said[0]


def _part_of(qname: str, taken: str, score: float, ch: Choice) -> bool:
    """Whether a runner-up is a part US GAAP adds into the concept another row took, scored a little lower, and a
    reading of a filer's label word for word (not a residual that shares a word with it: "Contract liabilities-current"
    is no OtherLiabilitiesCurrent)."""
    return (score >= ch.score - _PART_MARGIN and adds_into(qname, taken)
            and any(c.qname == qname and c.similarity >= 0.999 for c in ch.candidates))


def _word_for_word(qname: str, ch: Choice, key: str) -> bool:
    """Whether a runner-up is the label's word for word, each word as often, where the closest candidate was only the
    same words once each (the index compares the sets of words): Amazon Q3 2025's "Other, net of tax of $3, ..." under
    "Other comprehensive income (loss):" is "other comprehensive income other net", a label filers print for
    us-gaap:OtherComprehensiveIncomeOtherNetOfTax; its words once each are "net other comprehensive income", a label of
    us-gaap:OtherComprehensiveIncomeLossNetOfTax, the total another row of the table is. Scored lower for its few uses
    and no statement, it is still the closer reading once that total is taken."""
    words = sorted(concept_index().us_spelling(key).split())
    if ch.similarity < 0.999 or sorted(ch.matched.split()) == words:
        return False
    return any(c.qname == qname and c.similarity >= 0.999 and sorted(c.matched.split()) == words for c in ch.candidates)


def average_named(label: str) -> bool:
    """Whether the label names an average over a period (mapping.toml [labels] period_average: "Average loans and
    leases", "Weighted average shares"): a flow, never a balance at a date."""
    return bool(mapping_knowledge().period_average.search(label))


@era_cache(maxsize=4096)  # asked of each instant cell of a row of the company's own
def flow_named(label: str, kind: str, company: tuple[str, ...], unit: str | None = None) -> str | None:
    """Why a row of the company's own is a flow whatever its column's date says (None: the label does not say):
    its label names an average over a period (mapping.toml [labels] period_average: "Weighted average shares",
    "Return on average assets" under Peoples Financial's "March 31,") or an earnings or cash-flow measure ([labels]
    flow_measure: Pulse Seismic's "EBITDA" under "December 31, 2024"), or, outside a balance sheet, it is word for
    word a label filers print for a standard flow of the row's unit (the choice its period type does not constrain:
    Reddit's "Class B common stock" in thousands of dollars is no dividend per share)."""
    if average_named(label):
        return "the label names an average over a period (a flow)"
    if mapping_knowledge().flow_measure.search(label):
        return "the label names an earnings or cash-flow measure (a flow)"
    need = INDEX_KINDS.get(kind)
    if kind == "balance_sheet" or need is None or _non_gaap(label) or _qualifier_only(label) or not label_key(label, company):
        return None
    ch = choose(label, Context(statement=STATEMENT_OF_KIND.get(kind, ""), unit=unit_kind(unit)), company=company,
                min_similarity=max(need, LINE_ITEM_SIMILARITY))
    info = concept_index().by_qname.get(ch.qname) if ch.qname else None
    if info is not None and info.period == "d":
        return f"the label is {ch.qname}'s, a flow"
    return None


_REFERENCE_LETTER = re.compile(r"(?<=[a-z)])\s+[A-Z]$")  # "Total debt E": a reference to a note, no word of the label
BALANCE_SHARE = 0.9  # of the filer uses of the concepts whose labels are the row's word for word
# and at least this many such uses: fewer say too little to read a figure under a period's column as a balance at its
# end (CIK 740112 Q3 2003's "Minority Interest in Subsidiary 255" between its income taxes and its net income, the
# minority's share of the quarter's income, was word for word us-gaap:MinorityInterest in 2 filer uses)
BALANCE_USES = 10


@era_cache(maxsize=4096)  # asked of each flow cell of a row of the company's own
def balance_by_filers(label: str, company: tuple[str, ...], unit: str | None = None) -> tuple[bool, str] | None:
    """Whether a row of the company's own under a column of a period is a balance, by the standard concepts whose
    filer labels are the row's label word for word (the words that name a balance by what it is, mapping.toml
    [labels] balance_named, are read by ``labels.balance_date``): (True, why) where they are balances in nearly all their uses (a
    balance at the period's end), (False, why) where balances are most but not nearly all of them (flow or balance is
    not told: no fact), None where flows are as many (a flow, as the column says). Shell's "Total debt E" under "Q1 2025" is, word for word,
    us-gaap:DebtAndCapitalLeaseObligations, LongTermDebt, DebtInstrumentCarryingAmount ... (balances) in 96 of 103
    filer uses (us-gaap:InterestExpenseDebt the rest): the debt at the quarter's end, not a flow over the quarter."""
    text = _REFERENCE_LETTER.sub("", label.strip())
    if average_named(text) or _non_gaap(text) or _qualifier_only(text) or not label_key(text, company):
        return None
    ch = choose(text, Context(unit=unit_kind(unit)), company=company)
    uses = {"i": 0, "d": 0}
    names = {"i": [], "d": []}
    for c in ch.candidates:
        info = concept_index().by_qname.get(c.qname)
        if c.similarity < 1.0 or info is None or info.period not in uses:
            continue
        uses[info.period] += max(c.uses, 1)
        names[info.period].append(c.qname)
    share = uses["i"] / (uses["i"] + uses["d"]) if uses["i"] else 0.0
    if share < 0.5:
        return None  # filers print the label for flows more often: a flow, as its column says
    why = (f"the label is word for word that of balances ({', '.join(names['i'][:3])}) in {uses['i']} of "
           f"{uses['i'] + uses['d']} filer uses")
    if uses["i"] < BALANCE_USES:
        return (False, why + ", too few to tell a balance from a flow")
    return (share >= BALANCE_SHARE, why)
