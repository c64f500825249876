"""Where a row stands in its statement, from the labels printed around it: the part of a balance sheet (current or
noncurrent assets or liabilities, from the totals), the term a label names ("less current portion"), the activity of a
cash-flow row (operating, investing, financing) and of a concept (US GAAP's summation parents), the supplemental
lines below a cash-flow statement's closing balance, the discontinued operations' part of a cash-flow statement."""

from __future__ import annotations

import re
from functools import lru_cache

from .index import adds_into, concept_index
from .labels import label_key, name_words
from .rules import mapping_knowledge

NONCURRENT = re.compile(r"non-?current|long-?term", re.I)
CURRENT = re.compile(r"(?<!non)(?<!non-)\bcurrent\b|short-?term", re.I)
_CURRENT_WORD = re.compile(r"(?<!non)(?<!non-)\bcurrent\b", re.I)
# the current part taken out of a line ("Long-term debt, less current portion", "net of current maturities",
# "excluding current installments"): what is left is noncurrent
_LESS_CURRENT = re.compile(r"\b(?:less|net of|excluding|exclusive of|excludes?|without|other than)\b[^;]{0,20}?\bcurrent\b", re.I)


# a term the label states as a time ("Long-term debt due within one year", "Amounts falling due after more than one
# year"): within a year is current, whatever "long-term" says of the debt it is part of; after a year noncurrent
_WITHIN_A_YEAR = re.compile(r"\bwithin (?:one|1|a) year\b|\bwithin (?:twelve|12) months\b", re.I)
_LESS_WITHIN_A_YEAR = re.compile(r"\b(?:less|net of|excluding|exclusive of|excludes?|without|other than)\b[^;]{0,30}?\bwithin (?:one|1|a) year\b", re.I)
_AFTER_A_YEAR = re.compile(r"\b(?:after|beyond|in more than) (?:more than )?(?:one|1|a) year\b|\bafter (?:twelve|12) months\b", re.I)


def label_term(label: str) -> str | None:
    """What the words of a label say about its term: "Noncurrent" ("Non-current deferred tax", "Long-term debt,
    less current portion", "due after one year", "less amount due within one year"), "Current" ("Current portion of
    long-term debt", "Long-term debt due within one year"), None (nothing)."""
    if re.search(r"non-?current", label, re.I) or _LESS_CURRENT.search(label) or _AFTER_A_YEAR.search(label) \
            or _LESS_WITHIN_A_YEAR.search(label):
        return "Noncurrent"
    return "Current" if _CURRENT_WORD.search(label) or _WITHIN_A_YEAR.search(label) else None


_TOTAL_ASSETS = re.compile(r"^\W*total\s+assets\b", re.I)
_TOTAL_CURRENT_ASSETS = re.compile(r"^\W*total\s+current\s+assets\b", re.I)
_TOTAL_CURRENT_LIABILITIES = re.compile(r"^\W*total\s+current\s+liabilities\b", re.I)
_BARE_TOTAL = re.compile(r"^\W*(?:total)?\W*$", re.I)  # "Total", or a row of figures with no label
_TOTAL_LIABILITIES = re.compile(r"^\W*total\s+liabilities\W*$", re.I)
# a total of the noncurrent liabilities ("Total long-term liabilities", "Total noncurrent liabilities")
_TOTAL_NONCURRENT_LIABILITIES = re.compile(r"^\W*total\s+(?:non-?current|long-?term|other)\s+liabilities\b", re.I)
# the first line of the equity (or mezzanine) part of a balance sheet: no liability stands after it
_EQUITY_START = re.compile(r"^\W*(?:commitments\b|contingenc|redeemable\b|temporary equity|(?:\w+\s+)?(?:stockholders|shareholders|"
                           r"shareowners)'?\s*(?:equity|investment|deficit)|(?:total\s+)?equity\b|preferred\s+(?:stock|shares)|"
                           r"common\s+(?:stock|shares)|capital stock|additional paid|retained earnings|accumulated deficit)", re.I)
# a heading of the liabilities and equity side of a balance sheet, of its assets
LIABILITY_SECTION = re.compile(r"liabilit|equity|deficit", re.I)
ASSET_SECTION = re.compile(r"\bassets?\b", re.I)
CLASSIFYING = re.compile(r"\bassets?\b|liabilit|equity|deficit|current|long-?term|short-?term", re.I)


def balance_sheet_section(labels: tuple[str, ...], position: int) -> str:
    """The part of a balance sheet a row stands in, from the totals printed around it: before "Total current
    assets" current assets, between it and "Total assets" noncurrent assets, after "Total assets" and before "Total
    current liabilities" current liabilities, between that and the end of the liabilities (a "Total liabilities" or
    "Total long-term liabilities" line, else the first line of equity: "Commitments and contingencies",
    "Stockholders' equity", "Common stock") noncurrent liabilities; ""  where the totals do not say (no such totals,
    a total itself, equity)."""
    if not 0 <= position < len(labels):
        return ""

    def find(pat, start=0):
        return _find(labels, pat, start)

    ta = find(_TOTAL_ASSETS)
    if ta is None:
        ta = _bare_total_assets(labels)
    if ta is None or position == ta:
        return ""
    if position < ta:
        tca = find(_TOTAL_CURRENT_ASSETS)
        if tca is None:  # a bare "Total" before "Total assets" closes the current assets
            tca = find(_BARE_TOTAL)
        if tca is None or tca > ta or position == tca:
            return ""
        return "Current assets" if position < tca else "Noncurrent assets"
    tcl = find(_TOTAL_CURRENT_LIABILITIES, ta + 1)
    if tcl is None:  # a bare "Total" after "Total assets", before the equity, closes the current liabilities
        tcl, equity = find(_BARE_TOTAL, ta + 1), find(_EQUITY_START, ta + 1)
        if tcl is not None and equity is not None and equity < tcl:
            tcl = None
    if tcl is None or position == tcl:
        return ""
    if position < tcl:
        return "Current liabilities"
    ends = [i for i in (find(_TOTAL_LIABILITIES, tcl + 1), find(_TOTAL_NONCURRENT_LIABILITIES, tcl + 1), find(_EQUITY_START, tcl + 1))
            if i is not None]
    return "Noncurrent liabilities" if ends and position < min(ends) else ""


def _find(labels: tuple[str, ...], pat: re.Pattern[str], start: int = 0) -> int | None:
    """The first line from ``start`` on whose label ``pat`` finds."""
    return next((i for i in range(start, len(labels)) if pat.search(labels[i])), None)


def _bare_total_assets(labels: tuple[str, ...]) -> int | None:
    """The total assets of a balance sheet that prints them as "Total" (or as figures with no label): the one bare total
    between "Total current assets" and "Total current liabilities" (Rockwell Automation's "Other assets", "TOTAL",
    "Accounts payable", ..., "Total current liabilities"); None where there is no such line or more than one (a
    subtotal of property among the assets, of debt among the liabilities: which is the assets' total the labels do
    not say)."""
    tca, tcl = _find(labels, _TOTAL_CURRENT_ASSETS), _find(labels, _TOTAL_CURRENT_LIABILITIES)
    if tca is None or tcl is None or tcl < tca:
        return None
    bare = [i for i in range(tca + 1, tcl) if _BARE_TOTAL.search(labels[i])]
    return bare[0] if len(bare) == 1 else None


def classified_section(section: tuple[str, ...], labels: tuple[str, ...], position: int) -> tuple[str, ...]:
    """A balance-sheet row's headings, with the part of the balance sheet the totals around it say
    (:func:`balance_sheet_section`) where no heading says current or noncurrent: "Deferred revenue" after "Total
    current liabilities" under no heading but "Liabilities and stockholders' equity" is a noncurrent liability."""
    if any(CURRENT.search(s) or NONCURRENT.search(s) for s in section):
        return section
    part = balance_sheet_section(labels, position)
    return section + (part,) if part else section


_ACTIVITY = re.compile(r"\b(operating|investing|financing)\s+activit", re.I)
# a section header ("Cash flows from investing activities:", "INVESTING ACTIVITIES") as opposed to its total
# ("Net cash used in investing activities", "Cash provided by operating activities")
_CF_HEADER = re.compile(r"^\W*(?:cash\s+flows?\s+(?:from|of|(?:provided\s+by|used\s+in)\b.*)\s+)?(?:operating|investing|financing)\s+activities\W*$|:\s*$", re.I)


def cash_flow_activity(labels: tuple[str, ...], position: int) -> str | None:
    """The activity (operating, investing, financing) of the cash-flow section a row stands in: the header above
    it ("Cash flows from investing activities:") or else the section total below it ("Net cash used in investing
    activities"); None for the total itself, rows outside the three sections, or when the table does not say."""
    if not 0 <= position < len(labels) or _ACTIVITY.search(labels[position]):
        return None
    for i in range(position - 1, -1, -1):
        m = _ACTIVITY.search(labels[i])
        if m:
            if _header(labels, i, m.group(1)):
                return m.group(1).lower()
            break  # the section above has ended: the row's own section total is below
    for i in range(position + 1, len(labels)):
        m = _ACTIVITY.search(labels[i])
        if m:
            return None if _header(labels, i, m.group(1)) else m.group(1).lower()
    return None


def _header(labels: tuple[str, ...], i: int, activity: str) -> bool:
    """Whether the label at ``i`` that names an activity heads its section: worded as a heading ("Cash flows from
    investing activities:") and, unless it ends in a colon, followed by that activity's total; a statement that prints
    only totals worded so (IFRS "Cash flow from operating activities" under the operating rows, with no heading above
    them) closes each section with it."""
    lab = labels[i]
    if not _CF_HEADER.search(lab):
        return False
    if lab.rstrip().endswith(":"):
        return True
    return any((m := ACTIVITY_TOTAL.search(later)) and m.group(1).lower() == activity.lower() for later in labels[i + 1:])


@lru_cache(maxsize=16384)
def concept_activity(qname: str) -> str | None:
    """The cash-flow activity a concept belongs to: from its name, or from the US GAAP summation parents it adds up
    to (calculation linkbase: NetCashProvidedByUsedInInvestingActivities...)."""
    ix = concept_index()
    seen, todo = set(), [qname]
    while todo and len(seen) < 40:
        q = todo.pop(0)
        if q in seen:
            continue
        seen.add(q)
        m = re.search(r"(Operating|Investing|Financing)Activities", q)
        if m:
            return m.group(1).lower()
        info = ix.get(q)
        if info is not None:
            todo.extend(info.parents)
    return None


_WORKING_CAPITAL = "us-gaap:IncreaseDecreaseInOperatingCapital"
_CLOSING_CASH = re.compile(r"\bcash\b.*\b(?:end|ending|closing)\b", re.I)


def supplemental_row(labels: tuple[str, ...], position: int) -> bool:
    """A cash-flow row below the statement's closing cash balance ("Cash and cash equivalents, end of period"):
    supplemental information ("Cash paid during the period for: Income taxes"), not a line of the activities."""
    return 0 < position <= len(labels) and any(_CLOSING_CASH.search(lab) for lab in labels[:position])


def working_capital_change(qname: str) -> bool:
    """Whether US GAAP sums the concept into the change in operating assets and liabilities."""
    return qname == _WORKING_CAPITAL or adds_into(qname, _WORKING_CAPITAL)


_DISCONTINUED_WORD = re.compile(r"\bdiscontinued\b", re.I)
_CONTINUING = re.compile(r"\bcontinuing\b", re.I)
ACTIVITY_TOTAL = re.compile(r"^\W*(?:net\s+)?cash\b.*\b(operating|investing|financing)\s+activit", re.I)


def discontinued_part(label: str, section: tuple[str, ...], labels: tuple[str, ...], position: int) -> bool:
    """Whether a cash-flow row stands in the discontinued operations' part of the statement (and does not say it is
    of continuing operations): under a heading that names them, or an activity's net cash printed a second time in a
    statement that names discontinued operations (after "Net cash provided by operating activities" of the whole, the
    discontinued operations' "Net cash provided by operating activities"; not the sum printed after that activity's net
    cash of continuing and of discontinued operations)."""
    if _CONTINUING.search(label):
        return False
    if any(_DISCONTINUED_WORD.search(h) and not _CONTINUING.search(h) for h in section):
        return True
    m = ACTIVITY_TOTAL.search(label)
    if not m or not 0 <= position < len(labels) or not any(_DISCONTINUED_WORD.search(lab) for lab in labels):
        return False
    activity = m.group(1).lower()
    for lab in reversed(labels[:position]):
        e = ACTIVITY_TOTAL.search(lab)
        if e and e.group(1).lower() == activity:
            # the activity's net cash of continuing or of discontinued operations just above: this row is their sum
            return not (_CONTINUING.search(lab) or _DISCONTINUED_WORD.search(lab))
    return False


_ACCUMULATED = re.compile(r"\baccumulated (?:depreciation|amortization|depletion)|\ballowance\b", re.I)


def gross_or_net(qname: str, label: str, ctx, ix=None) -> tuple[str, str | None]:
    """An asset printed right above its accumulated depreciation ("Property, plant and equipment" over "Less accumulated
    depreciation") is the gross amount; printed right below it, the net amount (US GAAP's ...Gross and ...Net)."""
    ix = ix or concept_index()
    if _SAYS_NET.search(label) and (net := _net_of_gross(qname, ix)) is not None:
        return net, "the label says net: the net amount, not the gross one US GAAP sums it into"
    if not 0 <= ctx.position < len(ctx.labels) or re.search(r"\b(?:net|gross)\b", label, re.I) or _ACCUMULATED.search(label):
        return qname, None
    for net, gross in mapping_knowledge().net_gross:  # [elements] net_gross
        for have, want, at in ((net, gross, ctx.position + 1), (gross, net, ctx.position - 1)):
            if have in qname and 0 <= at < len(ctx.labels) and _ACCUMULATED.search(ctx.labels[at]):
                other = _swapped(qname, have, want, ix)
                if other is not None:
                    where = "above" if want == gross else "below"
                    return other, f"{where} the accumulated depreciation or allowance: the {'gross' if want == gross else 'net'} amount"
    if _deducts_nothing(ctx.labels):
        # a whole balance sheet that deducts no accumulated depreciation nor allowance anywhere carries its assets at
        # their net amounts: Computer Modelling Group's "Property and equipment 9,808" among its assets is
        # PropertyPlantAndEquipmentNet, whichever filers tagged the words the gross amount
        for net, gross in mapping_knowledge().net_gross:  # [elements] net_gross
            if gross in qname and (other := _swapped(qname, gross, net, ix)) is not None:
                return other, "no accumulated depreciation nor allowance deducted on the balance sheet: the net amount"
    return qname, None


# a label that says its amount is net of accumulated depreciation or an allowance ("Tools, Machinery & Equipment, Net",
# "Property and equipment, net of accumulated depreciation")
_SAYS_NET = re.compile(r",\s*net\b(?!\s+(?:of\s+(?:tax|taxes|income|deferred|cash|discount|premium|issuance|unamortized|current)|income|loss|revenue|sales|assets acquired|cash))|\bnet of (?:accumulated|allowance|depreciation|amortization|reserves?)\b", re.I)


@lru_cache(maxsize=1)
def _gross_totals() -> frozenset[str]:
    """The US GAAP totals whose names say gross (PropertyPlantAndEquipmentGross, FiniteLivedIntangibleAssetsGross)."""
    return frozenset(q for q in concept_index()._sums if q.endswith("Gross"))


def _net_of_gross(qname: str, ix) -> str | None:
    """The net balance of a gross one: its name's "Gross" for "Net", or "Net" after a name US GAAP sums into a gross total
    (PropertyPlantAndEquipmentOther, a part of PropertyPlantAndEquipmentGross: ...OtherNet). None: ``qname`` is no gross
    balance, or US GAAP has no net twin of it."""
    c = ix.get(qname)
    if c is None or c.period != "i" or c.kind != "money":
        return None
    local = qname.partition(":")[2]
    if "Gross" in local:
        return _swapped(qname, "Gross", "Net", ix)
    if any(adds_into(qname, total) for total in _gross_totals()):
        other = ix.get(qname + "Net")
        return other.qname if other is not None and other.period == "i" else None
    return None


def _swapped(qname: str, have: str, want: str, ix) -> str | None:
    """The balance whose element name says ``want`` where ``qname``'s last says ``have`` (PropertyPlantAndEquipmentGross
    for ...Net), if US GAAP has one."""
    head, _, tail = qname.rpartition(have)
    other = ix.get(head + want + tail)
    return other.qname if other is not None and other.period == "i" else None


def _deducts_nothing(labels: tuple[str, ...]) -> bool:
    """A whole balance sheet (its assets totalled) none of whose lines deducts accumulated depreciation or an allowance."""
    total_assets = mapping_knowledge().total_assets_label  # [labels] total_assets_label
    return any(total_assets.search(x) for x in labels) and not any(_ACCUMULATED.search(x) for x in labels)


_CLASSIFIED = re.compile(r"\b(?:non-?)?current\b", re.I)  # a balance sheet that classifies its lines says so somewhere


def _unclassified(labels: tuple[str, ...]) -> bool:
    """A whole balance sheet none of whose lines speaks of current or noncurrent (a bank's, an insurer's, a REIT's). Its
    totals need not be labelled ("|  | $ | 844,643,087 |" under a bank's assets, "Total liabilities" printed nowhere):
    its assets totalled and its liabilities or equity printed make it whole."""
    kn = mapping_knowledge()  # [labels] total_assets_label, claims_label: a whole balance sheet
    whole = any(kn.total_assets_label.search(x) or not x.strip() for x in labels) and any(kn.claims_label.search(x) for x in labels)
    return whole and not any(_CLASSIFIED.search(x) for x in labels)


def section_variant(qname: str, label: str, section: tuple[str, ...], ix=None, add: bool = True,
                    labels: tuple[str, ...] = ()) -> tuple[str, str | None]:
    """A balance-sheet line under "Current liabilities" is the current variant of its concept, under "Long-term
    liabilities" the noncurrent one, when US GAAP has that variant. ``add``: a concept without a current or
    noncurrent variant in its name may take one (not for totals, which readers may nest in the last section).
    ``labels``: the balance sheet's lines; where none of them classifies (a bank's, an insurer's, a REIT's: no
    current or noncurrent line anywhere), a line is the concept itself ("Other assets": us-gaap:OtherAssets)."""
    ix = ix or concept_index()
    if _unclassified(labels) and qname.endswith(("Current", "Noncurrent")) and not label_term(label):
        whole = ix.get(qname.removesuffix("Noncurrent").removesuffix("Current"))
        if whole is not None and whole.period == "i":
            return whole.qname, "an unclassified balance sheet: the whole, not a current or noncurrent part"
        return qname, None
    # the innermost heading that classifies: "(h) Financial assets" under "(1) Non-current assets" (Ind AS prints the
    # same kinds under each class, Titan FY2025) is in the noncurrent part
    sect = next((s for s in reversed(section) if NONCURRENT.search(s) or CURRENT.search(s)), section[-1] if section else "")
    term = label_term(label)
    if term:  # the label says so, whatever the section
        want = term
    elif NONCURRENT.search(sect):
        want = "Noncurrent"
    elif CURRENT.search(sect):
        want = "Current"
    elif NONCURRENT.search(label):  # "Long-term debt" outside any section
        want = "Noncurrent"
    else:
        return qname, None
    other = "Current" if want == "Noncurrent" else "Noncurrent"
    if qname.endswith("Noncurrent") and want == "Noncurrent" or qname.endswith("Current") and not qname.endswith("Noncurrent") and want == "Current":
        return qname, None
    if qname.endswith(other):
        names = [qname[: -len(other)] + want]
    elif qname.endswith(("Current", "Noncurrent")) or not add:
        return qname, None
    else:
        names = [qname + want, qname.removesuffix("Net") + want]
        prefix, _, local = qname.partition(":")
        if not local.startswith(("LongTerm", "ShortTerm", "Other")):  # US GAAP's other names for the two terms
            names.append(f"{prefix}:{'LongTerm' if want == 'Noncurrent' else 'ShortTerm'}{local}")
        if local.startswith("ShortTerm") and want == "Noncurrent" and {"borrowing", "debt"} & set(label_key(label).split()):
            # IFRS's "Borrowings" under "Non-current liabilities" (Titan FY2025): long-term debt, never the short-term
            # borrowings the index reads the word as
            names.append("us-gaap:LongTermDebtNoncurrent")
    for name in names:
        c = ix.get(name)
        if c is not None and c.period == "i":
            return name, f"section {want.lower()}: {name}"
    if add and term == want:
        # the one part of the whole US GAAP sums it from whose name says the term the label says, where its name says
        # it elsewhere
        # (Clearfield Q3 FY2026's "Non-current assets held for sale" is DisposalGroupIncludingDiscontinuedOperation-
        # AssetsNoncurrent, a part of AssetsOfDisposalGroupIncludingDiscontinuedOperation, which holds the current too)
        whole_words = set(name_words(qname).split())
        termed = [p for p in ix.parts(qname) if want in (local := p.partition(":")[2]) and (want == "Noncurrent" or "Noncurrent" not in local)
                  and "Other" not in local and (c := ix.get(p)) is not None and c.period == "i"
                  and whole_words <= set(name_words(p).split())]  # the whole's own words, the term added (no other thing)
        if len(termed) == 1:
            return termed[0], f"section {want.lower()}: {termed[0]}, the {want.lower()} part of {qname}"
    return qname, None


def balance_sheet_side(section: tuple[str, ...]) -> str | None:
    """Which side of a balance sheet the row's innermost heading that names one puts it on: "assets", "liabilities",
    "equity" (mapping.toml [index] equity_heading), None."""
    for heading in reversed(section):
        liabilities, assets = re.search(r"liabilit", heading, re.I), ASSET_SECTION.search(heading)
        if mapping_knowledge().equity_heading.match(heading):
            return "equity"
        if liabilities and not assets:
            return "liabilities"
        if assets and not liabilities:
            return "assets"
    return None
