"""A row's own line item: from the concept index (or an extension line item named for it), a located amount's
(``location.py``), and the rows whose figures repeat another row's (split from ``resolve.py``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..filing import DimensionMember
from ..tables.totals import is_total
from .arithmetic import Node, open_section
from .index import adds_into, concept_index, summation_weight
from .choose import MIN_SIMILARITY, STATEMENT_OF_KIND, Context, choose
from .naming import naming_heading
from .indexed import PER_LEAD, _qualifier_only, classification, index_choice, qualified_label, row_context
from .extension_names import concept_name, whose
from .location import LOCATION_AXIS
from .mapped import PRODUCT_AXIS, SEGMENT_AXIS, STATEMENT_KINDS
from .related_party import RELATED, choose_related, headed_label, qualifier_only, related_base
from .resolution import Resolution, without_inclusions
from .share_class import CLASS_AXIS, share_class
from .rules import mapping_knowledge
from .signs import deducted_in_every_column
from .sums import adds_segment_lines
from .balance_fit import contradicts
from .structural import NET_INCOME_LINE

if TYPE_CHECKING:
    from .resolve import TableMapper

# a row named only by its place: its extension name says whose it is
_BARE = re.compile(r"others?|of total|% of total|subtotal")
# a row's label that begins with the word: the segment its heading names ("Segment operating income (loss)")
_SEGMENT_LEAD = re.compile(r"^\s*segments?\s+(?=\w)", re.I)


def _balance(concept: str | None) -> bool:
    """Whether a concept is a balance at an instant (no product breaks an asset or a liability down), or a transaction
    with the owners, which the statement of equity prints and the income statement does not (no product breaks a
    dividend down: Pulse Seismic FY2024's "Regular dividends declared" and "Special dividends declared" adding up to
    "Total dividends declared" are kinds of dividend)."""
    info = concept_index().get(concept) if concept else None
    return info is not None and (info.period == "i" or "E" in info.statements and "I" not in info.statements)


def located_name(b, ext_name: str | None) -> str | None:
    """The extension name of an amount split by income-statement line item: its own, or, where another row's line
    item already has the name (a reconciling amount of one line item), that name and "ByLineItem"."""
    if ext_name and f"{b.prefix}:{ext_name}" in b.concepts and ext_name not in b.located_names:
        ext_name += "ByLineItem"
    if ext_name:
        b.located_names.add(ext_name)
    return ext_name


def located(tm: TableMapper, item) -> Resolution:
    """A row of a table of one amount by income-statement line item (``location.py``): the amount recorded in
    that line item (its location member); the total row, the amount."""
    loc = tm.location
    part = item.id in loc.parts
    dims = [DimensionMember(axis=LOCATION_AXIS, member=tm.b.member(LOCATION_AXIS, item.label))] if part else []
    why = (f"structure: the title names {loc.concept or repr(loc.subject)} by the income-statement line item it is recorded in; "
           + (f"this row is {dims[0].member}" if part else "this row is the total"))
    return Resolution(concept=loc.concept, ext_name=located_name(tm.b, loc.ext_name), dims=dims, total=not part, concept_label=loc.subject,
                      evidence={"by": "structure", "evidence": [why]})


def printed_again(tm: TableMapper, node: Node) -> set[str]:
    """The concepts other rows of the table took from the index whose figures this row prints again, column for
    column (H&M's "CASH FLOW FOR THE YEAR -9,023" and, below the opening balance, "Cash flow for the year -9,023"):
    the same fact printed twice under the same label, not another row's line item (a total of one row prints that
    row's figures under its own label: Apple's "Total other income and expense 13 13")."""
    mine = printed_figures(node)
    if not mine or all(v is None for _, v in mine):
        return set()
    label = tm.norm(node.item.label)
    prints = [mine]
    if any(mapping_knowledge().adjustments_heading.search(h) for h in node.item.section):
        prints.append([(p, -v if v is not None else None) for p, v in mine])
    return {q for q, i in tm.taken_by.items() if tm.norm(tm.nodes[i].item.label) == label and printed_figures(tm.nodes[i]) in prints}


# results shared out to the parent and the noncontrolling interest, each share printed under the whole
_SHARED_OUT = frozenset({"us-gaap:NetIncomeLoss", "us-gaap:ProfitLoss", "us-gaap:ComprehensiveIncomeNetOfTax",
                         "us-gaap:ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest",
                         "us-gaap:StockholdersEquity", "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"})


def _subtracted(node: Node) -> bool:
    """Whether the table's sum takes the row away: subtracted, or added as printed negative in every column."""
    return node.weight < 0 or deducted_in_every_column([c.value for c in node.item.cells if c.role == "value"])


def _total_names_it(tm: TableMapper, node: Node, concept: str, label: str) -> str | None:
    """``concept`` where the total the row adds into, printed below it, reads as it word for word and the row does not
    ("index: ... similarity 1.00" against a row's weaker match), or the row (read as ``label``) only by its heading's
    words, else None."""
    if node.parent is None or node.parent < node.index or node.weight != 1 or tm.reconciliation \
            or tm.kind not in ("income", "balance_sheet", "cash_flow"):
        return None  # (a statement's: a reconciliation's rows adjust its measures, NVIDIA's stock-based compensation)
    if concept in _SHARED_OUT:
        return None  # (the parent's share under the whole: structural.py tells those apart)
    ctx = Context(statement=STATEMENT_OF_KIND.get(tm.kind, ""), period="d", unit="money")
    mine, theirs = choose(node.item.label, ctx), choose(tm.nodes[node.parent].item.label, ctx)
    heading_words = label != node.item.label and mine.qname != concept
    if theirs.qname == concept and theirs.similarity >= 0.99 and (mine.qname == concept and mine.similarity < 0.8 or heading_words):
        # (or a row read as the whole only by its heading's words: a Canadian issuer's Q3 2024 "Direct costs" under
        # "Selling, general and administrative expenses:" over "Total selling, general and administrative expenses")
        return concept
    return None


def _part_of_a_part(concept: str | None, kids: tuple[str, ...]) -> str | None:
    """Why a total cannot be ``concept``: US GAAP adds it into the concept of a row the total adds up (a whole is no part
    of its own part: Shin-Etsu FY2026's "Total fixed assets" over "Total property, plant and equipment" (net), intangible
    assets and investments had been us-gaap:PropertyPlantAndEquipmentGross, which adds into the net)."""
    part = next((k for k in kids if k and concept and k != concept and adds_into(concept, k)), None)
    if part is None or any(summation_weight(x, part) == -1 for x in kids if x and x != part):
        # (the whole US GAAP gets the part from by subtracting another row it adds up: HOYA's "Total profit for the year"
        # of the owners' share and the noncontrolling interests' is us-gaap:ProfitLoss, NetIncomeLoss = ProfitLoss - NCI)
        return None
    return f"{concept} adds into {part}, a row it adds up"


def printed_figures(node: Node) -> list:
    """The row's figures, column for column: (period, value) of each value cell."""
    return [(c.period, c.value) for c in node.item.cells if c.role == "value"]


def measure_above(tm: TableMapper, node: Node) -> str | None:
    """The label of the row right above under the same heading, where it prints figures and names a measure (no
    "per ..." row of its own): the measure a "Per share" row below it is an amount per share of."""
    if node.index == 0:
        return None
    above = tm.nodes[node.index - 1].item
    if tuple(above.section) != tuple(node.item.section) or not any(c.role == "value" for c in above.cells):
        return None
    return None if PER_LEAD.match(above.label) else tm.printed.get(above.id, above.label)


def indexed(tm: TableMapper, node: Node, norm: str, taken: set[str], plain: bool = False, whole: str | None = None) -> Resolution:
    """The row's concept from the concept index (none of ``taken``), or an extension line item. ``plain``: the
    label alone, not qualified by a heading that names a member (a segment's "Operating expenses")."""

    item = node.item
    if item.section and not classification(item.section[-1]) and (section := open_section(tm.nodes, node.index)) != tuple(item.section):
        # a row after the sum of its heading's rows (arithmetic.py); not after a part of a heading that classifies
        # ("Assets", "Liabilities and equity", "Adjustments": the sum of some of its rows closes no such heading)
        item = item.model_copy(update={"section": list(section)})
    above = None if plain else measure_above(tm, node)
    label = without_inclusions(item.label if plain else qualified_label(item, norm in tm.repeated, above))
    related_only = qualifier_only(item.label)
    if related_only and (headed := headed_label(item.label, item.section)) is not None:
        # "Related Party" under "Interest expense:": the heading's line item with related parties (related_party.py)
        label = headed
    # the rows it adds up: a standard concept's, or "" for a line item of the company's own (no US GAAP sum holds
    # it: "Total Current liabilities" over H&M's payables, accruals and its own leasing liabilities is no
    # AccountsPayableAndAccruedLiabilitiesCurrent, which two of them sum into)
    # (a noncontrolling interest's share the row subtracts says nothing of what the row adds up: "Profit before taxes",
    # "Income tax", "Minority interest -134", "Profit for the period 40,495" is the parent's share, Kojamo H1 2014)
    kids = tuple("" if (r.concept or "").endswith("AttributableToNoncontrollingInterest") and _subtracted(tm.nodes[i]) else r.concept or ""
                 for i in node.children if (r := tm.res.get(i)) is not None and (r.concept or r.ext_name) and not r.dims)
    ctx = row_context(item, tm.kind, tm.labels, node.index, tm.b.nci, kids, whole)
    # under a segment's heading "Segment operating income (loss)" is that segment's operating income
    ic = index_choice(_SEGMENT_LEAD.sub("", label) if plain else label, item, tm.kind, ctx, tm.b.names, taken)
    if ic is None and above and (alone := without_inclusions(qualified_label(item, norm in tm.repeated))) != label:
        # "Per share basic and diluted" under "Net earnings": the label alone names a per-share concept, which the
        # measure's name with it reads as too, below the table's similarity (us-gaap:EarningsPerShareBasic); under
        # "EBITDA" or "Cash provided by operating activities" it is no earnings per share
        ic = index_choice(alone, item, tm.kind, ctx, tm.b.names, taken)
        near = index_choice(label, item, tm.kind, ctx, tm.b.names, taken, floor=MIN_SIMILARITY) if ic is not None else None
        if near is None or near.concept != ic.concept:
            ic = None
    if ic is None and not plain and not related_only and not PER_LEAD.match(item.label) and norm not in tm.repeated and _qualifier_only(item.label) \
            and (alone := without_inclusions(item.label)) != label:
        # words that each qualify but together name a line item filers print word for word ("Average Shares
        # Outstanding (in millions)" under "Consolidated Earnings-As Reported"): the heading was put in front only to
        # say what they qualify; where heading and label together name nothing, the label alone is read (index_choice
        # holds such a label to three words at least and a near word-for-word match)
        ic = index_choice(alone, item, tm.kind, ctx, tm.b.names, taken)
        if ic is not None:
            label = alone
    related = False
    if (base := related_base(label)) is not None:
        # a line item with related parties: that line item's concept, with their member (related_party.py)
        ic, related = choose_related(ic, base, index_choice(base, item, tm.kind, ctx, tm.b.names, set()), tm.b.names)
    shares = None
    if not related and (sc := share_class(label)) is not None \
            and (by_base := index_choice(sc.base, item, tm.kind, ctx, tm.b.names, set())) is not None and by_base.concept:
        # one class of shares: the line item's concept with the class's member, not the whole line item (share_class.py)
        member = sc.standard if sc.standard and tm.b.cat.get(sc.standard) else tm.b.member(CLASS_AXIS, sc.name)
        ic, shares = by_base, DimensionMember(axis=CLASS_AXIS, member=member)
    balances = {q for q, i in tm.taken_by.items() if (r := tm.res.get(i)) is not None and r.period_mode} & taken
    if ic is None and balances:
        # a balance printed at the beginning and at the end of the period is one concept in two rows
        again = index_choice(label, item, tm.kind, ctx, tm.b.names, taken - balances)
        if again is not None and again.period_mode:
            ic = again
    if ic is not None and ic.concept and (whole := _total_names_it(tm, node, ic.concept, label)) is not None:
        # a part the index reads as the whole its total below names word for word (Vodafone Idea's "Service revenue", by
        # "revenue" alone, over "Revenue from operations"): the total's concept; the part's the next reading, if any
        ic = index_choice(label, item, tm.kind, ctx, tm.b.names, taken | {ic.concept})
        if ic is not None and ic.concept == whole:
            ic = None
    unfit: dict[str, str] = {}  # concepts whose balance the sum the row is printed in contradicts (balance_fit)
    while ic is not None and not related and shares is None and (why := contradicts(tm, node, ic.concept) or (
            _part_of_a_part(ic.concept, kids) if len(kids) == len(node.children) else None)) is not None:
        # the index's next choice, if any (three at most), else the company's own line item
        unfit[ic.concept] = why
        ic = index_choice(label, item, tm.kind, ctx, tm.b.names, taken | set(unfit)) if len(unfit) < 3 else None
    if ic is not None:
        res = ic.resolution(total=is_total(item.label), dims=[RELATED] if related else [shares] if shares else [])
    else:
        # an extension line item printed under two headings is two concepts, named with their heading
        # under a heading of what was spent on assets, the spending on what the row names ("Capital expenditures" /
        # "Seismic data": the company's capital expenditures on seismic data, not its seismic data)
        named = naming_heading(item.section)
        headed = named and (norm in tm.repeated or not norm.startswith("total")
                            and mapping_knowledge().acquired_heading.search(named))
        ext_label = f"{named.strip().rstrip(':')} {item.label.strip()}" if headed else label
        if _BARE.fullmatch(norm) or mapping_knowledge().consolidated.match(norm):
            ext_label = f"{whose(node, tm.nodes, norm, tm.table.title, tm.b.names)} {item.label.strip()}".strip()
        res = Resolution(concept=None, ext_name=concept_name(ext_label), total=is_total(item.label),
                         evidence={"by": "extension", "evidence": [f"unfit: {w}" for w in unfit.values()] or ["no standard concept fits the label"]})
        if tm.kind not in STATEMENT_KINDS and not unfit and not related \
                and (near := index_choice(label, item, tm.kind, ctx, tm.b.names, taken, floor=MIN_SIMILARITY)) is not None:
            res.near = near.resolution(total=res.total)
    if ic is not None and unfit:
        res.evidence = dict(res.evidence or {})
        res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + [f"unfit: {w}" for w in unfit.values()]
    if (node.children and tm.kind in ("breakdown", "kpi", "summary", "segment") and not tm.reconciliation
            and not (res.concept is None and adds_segment_lines(tm, node)) and not (tm.kind != "segment" and _balance(res.concept))
            and node.index not in tm.bridges and not NET_INCOME_LINE.search(tm.nodes[node.children[0]].item.label)
            and all(tm.nodes[c].weight == 1 for c in node.children)):
        # the rows a total adds up break it down by members; a reconciliation's rows are line items of their own
        # ("Operating Assets segment EBT" + "Depreciation and amortization" + ... = "Operating Assets NOI"), as are
        # those of a total that starts from net income (Imperial Petroleum Q4 2024's "Net income" / "Less/Plus net
        # (gain)/loss on sale of vessel" / "Plus impairment loss" / ... = "Adjusted Net Income": no gain on a vessel
        # sale is a product of adjusted net income). Not where it subtracts one ("DRILLING AND RENTAL OPERATING INCOME"
        # of the revenues less the expenses, Parker Drilling Q3 2006): a difference breaks nothing down
        res.breakdown = SEGMENT_AXIS if tm.kind == "segment" else tm.place(PRODUCT_AXIS)
    return res
