"""Mapping: the line-item document -> a filing (concepts, contexts, units, facts, linkbases).

Every cell ends as a fact or as an exclusion with its reason (``CellOutcome``), so that the
report can account for every printed number.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from ..catalog import catalog
from ..errors import PrxbrlError
from ..filing import (
    LABEL_ROLE,
    NEGATED_LABEL_ROLE,
    PERIOD_END_LABEL_ROLE,
    PERIOD_START_LABEL_ROLE,
    TOTAL_LABEL_ROLE,
    CalculationArc,
    CalculationRole,
    Concept,
    Context,
    DimensionMember,
    Extension,
    Fact,
    Filing,
    Hypercube,
    Label,
    PresentationArc,
    PresentationRole,
    Unit,
)
from ..models import Cell, LineItem, LineItemDocument, Period, Span, Table
from ..tokens import dash_is_zero
from .choose import has_nci, section_variant, structural
from .indexed import concept_name, gaap_labelled, index_choice, non_gaap_table, is_indexed_line_item, standard_member, qualified_label, row_context
from .rules import Match, camel, load_user_rules, mapping_knowledge, reset_user_rules, use_user_rules, match, match_all, member_key, normalize, table_kind, title_concept

PRX_NS = "http://prxbrl.org/taxonomy/prx/2024"
PRX_SCHEMA = "https://prxbrl.org/taxonomy/prx/2024/prx-2024.xsd"
PRX_LOCAL = "prx-2024.xsd"
DEFAULT_SCHEME = "https://prxbrl.org/entity/ticker"
FORECAST = DimensionMember(axis="srt:StatementScenarioAxis", member="srt:ScenarioForecastMember")
SEGMENT_AXIS = "us-gaap:StatementBusinessSegmentsAxis"
PRODUCT_AXIS = "srt:ProductOrServiceAxis"
STANDARD_DOMAINS = {
    PRODUCT_AXIS: "srt:ProductsAndServicesDomain",
    "us-gaap:IncomeStatementLocationAxis": "us-gaap:IncomeStatementLocationDomain",
    SEGMENT_AXIS: "us-gaap:SegmentDomain",
    "srt:ConsolidationItemsAxis": "srt:ConsolidationItemsDomain",
    "srt:StatementScenarioAxis": "srt:ScenarioUnspecifiedDomain",
    "srt:RestatementAxis": "srt:RestatementDomain",
    "prx:ConvenienceTranslationAxis": "prx:ConvenienceTranslationDomain",
}
CONVENIENCE = DimensionMember(axis="prx:ConvenienceTranslationAxis", member="prx:ConvenienceTranslationMember")
CONVENIENCE_MODES = ("dimension", "plain", "omit")
STATEMENT_KINDS = frozenset({"income", "balance_sheet", "cash_flow"})
STRUCTURE_KINDS = frozenset({"income", "cash_flow", "summary", "non_gaap", "segment", "breakdown"})
DERIVED_ROLES = {"yoy_percent": "derived_yoy_percent", "percent_of_total": "derived_percent_of_total", "change": "derived_change"}


@dataclass(frozen=True)
class Options:
    entity_id: str | None = None
    entity_scheme: str | None = None
    prefix: str | None = None
    # convenience translations: in contexts of their own on prx:ConvenienceTranslationAxis ("dimension"),
    # in the home-currency contexts with their own unit ("plain"), or left out ("omit")
    convenience: str = "dimension"
    mapping: Path | None = None  # the user's overrides (``--mapping my-rules.toml``), before mapping.toml's rules


@dataclass
class CellOutcome:
    """What became of one cell: a fact, or an exclusion with a reason."""

    span: Span
    raw: str
    table: str
    fact: str | None = None
    reason: str | None = None
    detail: str | None = None


@dataclass
class Duplicate:
    """A figure printed more than once: the kept fact and the other printed place."""

    fact: str
    kept: Span
    other: Span
    kept_value: Decimal
    other_value: Decimal
    other_decimals: int
    agrees: bool


@dataclass
class Mapped:
    filing: Filing
    outcomes: list[CellOutcome]
    duplicates: list[Duplicate]
    table_kinds: dict[str, str]
    notes: list[str] = field(default_factory=list)
    member_parent: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, dict] = field(default_factory=dict)  # fact id -> what chose its concept


# ------------------------------------------------------------------ helpers


def _load_mapping_raw() -> dict:
    from ..knowledge import _load_toml

    return _load_toml("mapping.toml")


PREVIOUSLY_REPORTED = DimensionMember(axis="srt:RestatementAxis", member="srt:ScenarioPreviouslyReportedMember")


def _company_names(doc: LineItemDocument, lines: list[str]) -> tuple[str, ...]:
    names = []
    if doc.entity.name:
        names.append(doc.entity.name)
        # the name without its legal form, and a short name the release defines: Internet Initiative Japan Inc. ("IIJ")
        names.append(re.sub(r",?\s*(?:Inc\.?|Corporation|Corp\.?|Co\.|Company|Ltd\.?|Limited|plc)$", "", doc.entity.name).strip())
        for line in lines[:60]:
            m = re.search(re.escape(doc.entity.name) + r'\s*\(\s*["“]([^"”]{2,20})["”]\s*\)', line)
            if m:
                names.append(m.group(1))
                break
    return tuple(n for n in names if n)


def _prefix(doc: LineItemDocument, names: tuple[str, ...], option: str | None) -> str:
    if option:
        p = option
    elif len(names) >= 3:
        p = names[2].lower()
    elif doc.entity.tickers and not doc.entity.tickers[0].isdigit():
        p = doc.entity.tickers[0].lower()
    elif doc.entity.name:
        p = re.sub(r"[^a-z]", "", doc.entity.name.split()[0].lower()) or "ext"
    else:
        p = "ext"
    p = re.sub(r"[^a-z0-9-]", "", p.lower())
    if not p or not p[0].isalpha():
        p = "x" + p
    if p in ("us-gaap", "srt", "dei", "prx", "xbrli", "iso4217", "link", "xlink", "xbrldi", "xsi"):
        p = p + "x"
    return p


_NON_CURRENCY = frozenset({"ADS", "Gbps", "Mbps", "Tbps", "Contract", "Store", "Subscriber"})


def is_currency(unit: str | None) -> bool:
    """An ISO 4217 code (three capitals), as opposed to the converter's own unit names (ADS, Contract ...)."""
    return bool(unit) and bool(re.fullmatch(r"[A-Z]{3}", unit)) and unit not in _NON_CURRENCY


# ------------------------------------------------------------------ the builder


class Builder:
    def __init__(self, doc: LineItemDocument, lines: list[str], options: Options):
        self.doc = doc
        self.cat = catalog()
        self.names = _company_names(doc, lines)
        if doc.document_period_end is None:
            raise PrxbrlError("no reported period could be read from the release: nothing to convert")
        self.period_end = doc.document_period_end
        self.prefix = _prefix(doc, self.names, options.prefix)
        self.namespace = f"http://prxbrl.org/ext/{self.prefix}/{self.period_end:%Y%m%d}"
        self.schema_file = f"{self.prefix}-{self.period_end:%Y%m%d}.xsd"
        ticker = next((t for t in doc.entity.tickers if not t.isdigit()), doc.entity.tickers[0] if doc.entity.tickers else None)
        self.entity_id = options.entity_id or ticker or self.prefix.upper()
        if options.convenience not in CONVENIENCE_MODES:
            raise PrxbrlError(f"--convenience {options.convenience}: expected one of {', '.join(CONVENIENCE_MODES)}")
        self.convenience = options.convenience
        self.entity_scheme = options.entity_scheme or ("http://www.sec.gov/CIK" if (options.entity_id or "").isdigit() else DEFAULT_SCHEME)
        self.concepts: dict[str, Concept] = {}
        self.labels: dict[tuple[str, str], str] = {}
        self.units: dict[str, Unit] = {}
        self.contexts: dict[str, Context] = {}
        self.facts: dict[tuple[str, str, str | None], Fact] = {}
        self.fact_order: list[tuple[str, str, str | None]] = []
        self.outcomes: list[CellOutcome] = []
        self.duplicates: list[Duplicate] = []
        self.members: dict[tuple[str, str], str] = {}  # (axis, member key) -> qname
        self.member_parent: dict[str, str] = {}
        self.axis_facts: dict[frozenset[str], set[str]] = defaultdict(set)  # axes -> primary items
        self.presentation: list[PresentationRole] = []
        self.calculation: list[CalculationRole] = []
        self.kinds: dict[str, str] = {}
        self.ambiguous: set[tuple[str, str, str | None]] = set()  # facts printed with disagreeing figures of equal standing
        self.titles = {t.id: t.title for t in doc.tables}
        self.flipped: set[tuple[str, str]] = set()  # (table, concept) printed with the opposite sign of the fact
        self.member_concept: dict[str, str] = {}  # a product/service member -> the line item it first broke down
        raw = _load_mapping_raw()
        self.previously = re.compile(raw["reclassification"]["previously"], re.IGNORECASE)
        self.lines = lines
        self.notes: list[str] = []
        self._role_names: Counter[str] = Counter()
        self.evidence: dict[str, dict] = {}  # fact id -> what chose its concept
        # a noncontrolling-interest line anywhere in the release's tables (NetIncomeLoss vs ProfitLoss)
        self.nci = any(has_nci([r.label for r in t.rows]) for t in doc.tables)

    # -------------------------------------------------------------- concepts and members

    def concept(self, qname: str) -> Concept:
        if qname in self.concepts:
            return self.concepts[qname]
        c = self.cat.get(qname)
        if c is None:
            raise PrxbrlError(f"the mapping names {qname}, which the concept catalog does not know")
        if c.prefix == "prx":
            c = c.model_copy(update={"schema_location": PRX_LOCAL})  # written beside the instance
        self.concepts[qname] = c
        return c

    def ext_concept(self, name: str, *, type_: str, period_type: str, balance: str | None = None, abstract: bool = False, substitution: str = "item") -> Concept:
        qname = f"{self.prefix}:{name}"
        base, n = name, 1
        while qname in self.concepts:
            c = self.concepts[qname]
            if (c.type, c.period_type, c.abstract, c.substitution_group) == (type_, period_type, abstract, substitution) and (
                    c.balance == balance or abstract):
                return c
            # the name is taken by an element of another type, period type or balance (a balance and a flow with
            # one label): an element of its own, never a fact in a context its element cannot have
            n += 1
            name = f"{base}{n}"
            qname = f"{self.prefix}:{name}"
        c = Concept(
            prefix=self.prefix,
            name=name,
            namespace=self.namespace,
            type=type_,
            period_type=period_type,  # type: ignore[arg-type]
            balance=balance,  # type: ignore[arg-type]
            abstract=abstract,
            substitution_group=substitution,  # type: ignore[arg-type]
            nillable=True,
            schema_location=self.schema_file,
        )
        self.concepts[qname] = c
        return c

    def label(self, qname: str, text: str, role: str = LABEL_ROLE) -> None:
        text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
        if text and (qname, role) not in self.labels:
            self.labels[(qname, role)] = text

    def member(self, axis: str, label: str, parent: str | None = None) -> str:
        key = member_key(label) or normalize(label)
        standard = mapping_knowledge().standard_members.get(axis, {}).get(key.replace(",", "")) or standard_member(axis, label)
        if standard and self.cat.get(standard):
            self.concept(standard)
            self.members[(axis, key)] = standard
            return standard
        if (axis, key) in self.members:
            found = self.members[(axis, key)]
            if parent and found not in self.member_parent and parent != found:
                self.member_parent[found] = parent
            return found
        if key in ("other", "others", "") and parent:
            plabel = self.labels.get((parent, LABEL_ROLE), parent.split(":")[1].removesuffix("Member"))
            return self.member(axis, f"{plabel} {label}", parent=parent)
        name = camel(label)
        if not name.endswith("Member"):
            name += "Member"
        qname = f"{self.prefix}:{name}"
        taken = set(self.members.values())
        if qname in taken and axis == SEGMENT_AXIS:
            qname = f"{self.prefix}:{name[:-6]}SegmentMember"
        n = 2
        while qname in taken:
            qname = f"{self.prefix}:{name[:-6]}{n}Member"
            n += 1
        self.ext_concept(qname.split(":")[1], type_="dtr-types:domainItemType", period_type="duration", abstract=True)
        self.label(qname, label.strip())
        self.members[(axis, key)] = qname
        if parent:
            self.member_parent[qname] = parent
        return qname

    # -------------------------------------------------------------- units and contexts

    def unit(self, unit: str) -> str:
        """A unit id for the line-item document's unit names (JPY, JPY/shares, shares, ADS, pure, Contract ...)."""
        def measure(u: str) -> str:
            if is_currency(u):
                return f"iso4217:{u}"
            if u == "shares":
                return "xbrli:shares"
            if u == "pure":
                return "xbrli:pure"
            return f"prx:{u}"

        if "/" in unit:
            num, den = unit.split("/", 1)
            uid = f"{num}Per{'Share' if den == 'shares' else den}"
            numer, denom = [measure(num)], [measure(den)]
        else:
            uid = unit
            numer, denom = [measure(unit)], []
        if uid not in self.units:
            self.units[uid] = Unit(id=uid, numerator=numer, denominator=denom)
        return uid

    def context(self, kind: str, start: date | None, end: date, dims: list[DimensionMember]) -> str:
        dims = sorted(set(dims), key=lambda d: (d.axis, d.member))
        if kind == "instant":
            cid = f"I{end:%Y%m%d}"
        else:
            cid = f"D{start:%Y%m%d}_{end:%Y%m%d}"
        for d in dims:
            cid += "_" + d.member.split(":")[1].removesuffix("Member")
        if cid not in self.contexts:
            self.contexts[cid] = Context(id=cid, period_type=kind, start=start if kind == "duration" else None, end=end, dims=dims)  # type: ignore[arg-type]
        return cid

    # -------------------------------------------------------------- facts

    def add_fact(
        self,
        concept: Concept,
        period: Period,
        dims: list[DimensionMember],
        cell: Cell,
        table: Table,
        factor: int,
        period_mode: str | None,
        label: str,
        soft: bool = False,
    ) -> Concept:
        """Add the cell's fact (or exclude it with a reason); the concept it was added under. ``soft``: the concept
        is the index's guess outside a statement; a figure that disagrees with the same fact printed elsewhere
        makes it an extension line item instead (a wrong fact is worse than an extension concept)."""
        qname = concept.qname
        # the period the concept needs
        if concept.period_type == "instant":
            if period.kind == "instant":
                end = period.end
            elif period_mode == "start" and period.start is not None:
                end = period.start - timedelta(days=1)
            else:
                end = period.end
            pkind, start = "instant", None
        else:
            if period.kind != "duration" or period.start is None:
                self.exclude(cell, table, "period_type_mismatch", f"{qname} is a flow, the column is a point in time")
                return concept
            pkind, start, end = "duration", period.start, period.end
        if period.forecast:
            dims = dims + [FORECAST]
        if cell.role == "convenience":
            if self.convenience == "omit":
                self.exclude(cell, table, "convenience_omitted", "a convenience translation, left out (--convenience omit)")
                return concept
            if self.convenience == "dimension":
                dims = dims + [CONVENIENCE]
        # value, unit, decimals
        unit_id = None
        value: Decimal | None = None
        decimals: int | None = None
        if cell.unit is None:
            self.exclude(cell, table, "no_unit", "no currency or unit is stated for this figure")
            return concept
        if not self._unit_fits(concept, cell.unit):
            self.exclude(cell, table, "unit_mismatch", f"{cell.unit} does not fit {qname} ({concept.type})")
            return concept
        unit_id = self.unit(cell.unit)
        nil = cell.nil and not dash_is_zero(cell.raw)
        if cell.nil and not nil:
            # SEC practice: a dash in a numeric cell of a statement is zero, as precise as the column's scale
            value, decimals = Decimal(0), -cell.scale
        elif not nil:
            assert cell.value is not None
            value = (cell.value * factor).scaleb(cell.scale)
            decimals = cell.decimals_printed - cell.scale
            if concept.type == "xbrli:integerItemType":
                if value != value.to_integral_value():
                    self.exclude(cell, table, "unit_mismatch", f"{qname} counts whole units")
                    return concept
                value = value.quantize(Decimal(1))
        cid = self.context(pkind, start, end, dims)
        key = (qname, cid, unit_id)
        if soft and key in self.facts and value is not None and not _agree(self.facts[key].value, self.facts[key].decimals, value, decimals):
            self.notes.append(f"index concept left: {label!r} in {table.id} is not {qname}: another table prints {self.facts[key].printed} for it")
            concept = self.ext_concept(concept_name(label), type_=concept.type, period_type=concept.period_type, balance=concept.balance)
            qname = concept.qname
            key = (qname, cid, unit_id)
        if key in self.facts and concept.prefix == self.prefix and value is not None:
            kept = self.facts[key]
            other_title = self.titles.get(kept.table or "", "")
            if not _agree(kept.value, kept.decimals, value, decimals):
                # the same line item under another classification ("[New Classification]"), or an extension label
                # printed in two tables for two different figures: its own concept
                suffix = table.id.upper() if other_title == table.title else concept_name(table.title, limit=30)
                base, n = f"{concept.name}{suffix}", 1
                name, text = base, f"{label} ({table.title.strip('[]() ')})"
                # rows whose labels differ only in figures ("Product line 0001", "5.0% notes due 2030") are
                # line items of their own: a name of this label's own, never another row's fact
                while self.labels.get((f"{self.prefix}:{name}", LABEL_ROLE), text) != text:
                    n += 1
                    name = f"{base}{n}"
                concept = self.ext_concept(name, type_=concept.type, period_type=concept.period_type, balance=concept.balance)
                self.label(concept.qname, text)
                qname = concept.qname
                key = (qname, cid, unit_id)
        fid = f"f{len(self.fact_order) + 1:04d}"
        if key in self.facts:
            kept = self.facts[key]
            new_dec = decimals if decimals is not None else -99
            old_dec = kept.decimals if isinstance(kept.decimals, int) else -99
            agrees = _agree(kept.value, kept.decimals, value, decimals)
            new_first = new_dec > old_dec  # the more precise figure wins
            if not agrees and value is not None and kept.value is not None:
                new_stmt = self.kinds.get(table.id) in STATEMENT_KINDS
                old_stmt = self.kinds.get(kept.table or "") in STATEMENT_KINDS
                if new_stmt != old_stmt:
                    new_first = new_stmt  # a statement's own figure wins over a summary's or a note's
                elif new_dec == old_dec:
                    self.ambiguous.add(key)  # neither print can be preferred: a wrong fact is worse than none
            if new_first and value is not None:
                # the more precise figure wins; the other becomes the duplicate
                self.duplicates.append(Duplicate(kept.id, cell.span, kept.sources[0], value, kept.value, old_dec, agrees))  # type: ignore[arg-type]
                self.facts[key] = kept.model_copy(
                    update={"value": value, "decimals": decimals, "nil": False, "sources": [cell.span] + kept.sources, "printed": cell.raw,
                            "label": label, "table": table.id, "scale": cell.scale, "sign": factor}
                )
            else:
                if value is not None and kept.value is not None:
                    self.duplicates.append(Duplicate(kept.id, kept.sources[0], cell.span, kept.value, value, new_dec, agrees))  # type: ignore[arg-type]
                self.facts[key] = kept.model_copy(update={"sources": kept.sources + [cell.span]})
            self.outcomes.append(CellOutcome(cell.span, cell.raw, table.id, fact=kept.id))
            return concept
        fact = Fact(
            id=fid,
            concept=qname,
            context=cid,
            unit=unit_id,
            value=value,
            decimals=decimals,
            nil=nil,
            sources=[cell.span],
            printed=cell.raw,
            label=label,
            table=table.id,
            scale=cell.scale,
            sign=factor,  # type: ignore[arg-type]
        )
        self.facts[key] = fact
        self.fact_order.append(key)
        self.outcomes.append(CellOutcome(cell.span, cell.raw, table.id, fact=fid))
        if dims:
            axes = frozenset(d.axis for d in dims)
            self.axis_facts[axes].add(qname)
        return concept

    def exclude(self, cell: Cell, table: Table, reason: str, detail: str | None = None) -> None:
        self.outcomes.append(CellOutcome(cell.span, cell.raw, table.id, reason=reason, detail=detail))

    @staticmethod
    def _unit_fits(concept: Concept, unit: str) -> bool:
        t = concept.type
        currency = is_currency(unit)
        if t == "xbrli:monetaryItemType":
            return currency
        if t == "dtr-types:perShareItemType":
            return unit.endswith("/shares")
        if t == "xbrli:sharesItemType":
            return unit == "shares"
        if t == "xbrli:pureItemType":
            return unit == "pure"
        if t in ("xbrli:decimalItemType", "xbrli:integerItemType"):
            return not currency
        return False


def _agree(a, a_dec, b, b_dec) -> bool:
    """Two printed figures of one fact agree when they are equal after rounding to the coarser precision."""
    if a is None or b is None:
        return a is None and b is None
    da = a_dec if isinstance(a_dec, int) else 99
    db = b_dec if isinstance(b_dec, int) else 99
    d = min(da, db)
    q = Decimal(1).scaleb(-d)
    from decimal import ROUND_HALF_UP, localcontext

    with localcontext() as ctx:  # figures of any length (the default 28 digits make quantize fail past them)
        ctx.prec = max(28, max(a.adjusted(), b.adjusted()) + 1 + max(d, 0) + 2)  # the digits the quantized figures have
        return a.quantize(q, rounding=ROUND_HALF_UP) == b.quantize(q, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------ arithmetic structure of a table


@dataclass
class Node:
    index: int
    item: LineItem
    values: dict[int, Decimal]  # column -> printed value (value columns of the primary currency)
    parent: int | None = None
    weight: int = 1  # printed weight towards the parent
    children: list[int] = field(default_factory=list)
    elimination: bool = False  # an "Elimination" row: subtracted from the total it belongs to


def _row_values(item: LineItem, table: Table, currency: str | None) -> dict[int, Decimal]:
    out = {}
    for c in item.cells:
        if c.role == "value" and (c.unit == currency or currency is None):
            if c.value is not None:
                out[c.column] = c.value.scaleb(c.scale)
            elif c.nil:
                out[c.column] = Decimal(0)  # a printed dash adds nothing
    return out


def _sums(nodes: list[Node], cand: list[int], weights: tuple[int, ...], target: Node, tol_of) -> bool:
    cols = set(target.values)
    for i in cand:
        cols &= set(nodes[i].values)
    if len(cols) < min(2, len(target.values)) or not cols:
        return False
    for col in cols:
        s = sum((w * nodes[i].values[col] for i, w in zip(cand, weights)), Decimal(0))
        if abs(s - target.values[col]) > tol_of(target, cand, col):
            return False
    return True


MAX_BREAKDOWN = 60  # rows searched below a parent for its breakdown: bounds the search, linear in the table's rows


def arithmetic_tree(table: Table, currency: str | None, is_line_item=None) -> list[Node]:
    """Which rows add up to which: totals after their items (statements), or parents before them (summaries).

    ``is_line_item(label)``: whether a label names a line item of its own ("Cost of revenue"); a row is
    broken down into the rows after it only when those are not line items ("Network Services", "SI").
    """
    kn = mapping_knowledge()
    nodes = [Node(i, r, _row_values(r, table, currency)) for i, r in enumerate(table.rows) if r.kind != "heading"]
    for k, n in enumerate(nodes):
        n.index = k
        n.elimination = bool(kn.elimination.match(normalize(n.item.label)))

    def tol(target: Node, cand: list[int], col: int) -> Decimal:
        # rounding: each printed figure is off by at most half a unit of its last digit
        cells = [c for c in target.item.cells if c.column == col]
        unit = Decimal(1).scaleb(cells[0].scale - cells[0].decimals_printed) if cells else Decimal(1)
        return unit * Decimal(len(cand) + 1) / 2 if len(cand) > 2 else unit / 2 * 2

    def weight_sets(k: int, cand: list[int]) -> list[tuple[int, ...]]:
        base = tuple(-1 if nodes[i].elimination else 1 for i in cand)
        sets = [base]
        if k >= 2:
            sets.append(tuple([base[0]] + [-w for w in base[1:]]))
        if k <= 3:
            import itertools

            for combo in itertools.product((1, -1), repeat=k):
                if combo not in sets and combo[0] == 1:
                    sets.append(combo)
        return sets

    # top-down: a row followed by a run of rows that add up to it ("Total Revenues" then its lines); a line
    # item ("Revenue") is not broken down into other line items ("Cost of revenue", "Gross profit") this way
    for n in nodes:
        if n.children or n.parent is not None or not n.values:
            continue
        parent_is_item = is_line_item is not None and is_line_item(n.item.label)
        run: list[int] = []
        for m in nodes[n.index + 1 : n.index + 1 + MAX_BREAKDOWN]:
            if m.parent is not None or m.children or not m.values:
                break
            if parent_is_item and not m.elimination and is_line_item(m.item.label):
                break
            run.append(m.index)
        # the first k rows of the run whose sum (eliminations subtracted) is the parent in every column they
        # share with it: running sums, so the search is linear in the run's length
        cols = set(n.values)
        sums = {c: Decimal(0) for c in cols}
        for k, i in enumerate(run, 1):
            m, wi = nodes[i], (-1 if nodes[i].elimination else 1)
            cols &= set(m.values)
            if not cols or len(cols) < min(2, len(n.values)):
                break
            for c in cols:
                sums[c] += wi * m.values[c]
            if k >= 2 and all(abs(sums[c] - n.values[c]) <= tol(n, run[:k], c) for c in cols):
                for j in run[:k]:
                    nodes[j].parent, nodes[j].weight = n.index, (-1 if nodes[j].elimination else 1)
                    n.children.append(j)
                break
    # bottom-up: a row equal to a run of the visible rows just above it (totals after their items)
    visible: list[int] = []
    for n in nodes:
        if n.parent is not None:
            continue  # inside a parent found above
        if n.values and len(visible) >= 2 and not n.children:
            for k in range(2, min(len(visible), 30) + 1):
                cand = visible[-k:]
                if any(not nodes[i].values for i in cand):
                    break
                hit = next((w for w in weight_sets(k, cand) if _sums(nodes, cand, w, n, tol)), None)
                if hit is not None:
                    for i, w in zip(cand, hit):
                        nodes[i].parent, nodes[i].weight = n.index, w
                        n.children.append(i)
                    visible = visible[:-k]
                    break
        visible.append(n.index)
    return nodes


# ------------------------------------------------------------------ row resolution


@dataclass
class Resolution:
    """The concept (or the extension line item to create), dimensions and sign of one row."""

    concept: str | None  # a known concept; None: an extension line item named ext_name
    ext_name: str | None = None
    dims: list[DimensionMember] = field(default_factory=list)
    negate: bool = False
    magnitude: bool = False  # positive by nature: negated only where printed negative
    period_mode: str | None = None
    breakdown: str | None = None  # the axis this row's children break it down by
    unit_hint: str | None = None
    total: bool = False
    evidence: dict | None = None  # what chose the concept (report.json)


def _bare_total(norm: str) -> bool:
    return bool(mapping_knowledge().consolidated.match(norm))


class TableMapper:
    def __init__(self, b: Builder, table: Table, kind: str):
        self.b = b
        self.table = table
        self.kind = kind
        self.nodes = arithmetic_tree(table, b.doc.reporting_currency, self._is_line_item)
        self.by_item = {id(n.item): n for n in self.nodes}
        self.res: dict[int, Resolution] = {}  # node index -> resolution
        self.labels = tuple(n.item.label for n in self.nodes)
        sections: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for n in self.nodes:
            sections[self.norm(n.item.label)].add(tuple(n.item.section))
        # a label printed under two headings is two line items ("Current portion" of two kinds of debt)
        self.repeated = {k for k, v in sections.items() if len(v) > 1}
        self.taken: set[str] = set()  # standard concepts of plain rows of this table
        self.non_gaap_only = non_gaap_table(table.title)
        self.taken_by: dict[str, int] = {}  # concept -> the row that got it from the index
        self.emitted: set[int] = set()  # rows whose facts are written

    def norm(self, label: str) -> str:
        return normalize(label, self.b.names)

    def _is_line_item(self, label: str) -> bool:
        """A label that names a line item of its own (a breakdown parent such as "Total Revenues" does too)."""
        m = match(self.norm(label), self.kind, "", self.table.title)
        if m is not None:
            return m.rule.member_from is None
        return is_indexed_line_item(label, self.kind, self.b.names)

    def unsub(self, member_label: str, printed: str) -> str:
        """A member label taken from the normalised label: the company's name as printed, not "<company>"."""
        if member_label.strip() == normalize(printed, self.b.names).strip():
            return printed.strip()
        short = self.b.names[-1] if self.b.names else "company"
        return member_label.replace("<company>", short)

    def heading_match(self, heading: str) -> Match | None:
        return match(self.norm(heading), self.kind, "", self.table.title)

    def resolve(self, node: Node) -> Resolution:
        if node.index in self.res:
            return self.res[node.index]
        item = node.item
        norm = self.norm(item.label)
        section_path = " / ".join(self.norm(s) for s in item.section)
        units = Counter(c.unit for c in item.cells if c.role == "value" and c.unit)
        row_unit = units.most_common(1)[0][0] if units else None
        own = match(norm, self.kind, section_path, self.table.title, row_unit)
        if self.non_gaap_only and not gaap_labelled(item.label):
            # a table of non-GAAP measures ("Non-GAAP" summary): "Net income" there is non-GAAP net income
            own = None
        kn = mapping_knowledge()
        if own is not None and _bare_total(norm) and node.children:
            # "TOTAL" under assets or under liabilities and equity: the rule whose balance its lines share
            balances = Counter()
            for i in node.children:
                child = self.nodes[i].item
                cm = match(self.norm(child.label), self.kind, " / ".join(self.norm(x) for x in child.section), self.table.title)
                c = self.b.cat.get(cm.rule.concept) if cm else None
                if c is not None and c.balance:
                    balances[c.balance] += 1
            if balances:
                want = balances.most_common(1)[0][0]
                for m in match_all(norm, self.kind, section_path, self.table.title):
                    c = self.b.cat.get(m.rule.concept)
                    if c is not None and c.balance == want:
                        own = m
                        break
        parent = self.nodes[node.parent] if node.parent is not None else None
        res: Resolution | None = None
        # 1. a breakdown parent: the arithmetic parent, or an enclosing section heading that names a concept
        ctx_concept, ctx_axis, ctx_member = None, None, None
        # a label the concept index knows as a line item of its own is not a member of the row above it
        indexed_item = own is None and not kn.elimination.match(norm) and self._is_line_item(item.label)
        if parent is not None and not indexed_item and not (own and not own.rule.breakdown and own.rule.concept != self.resolve(parent).concept):
            pres = self.resolve(parent)
            if pres.breakdown and (own is None or kn.elimination.match(norm) or own.rule.concept == pres.concept):
                ctx_concept, ctx_axis = pres.concept or pres.ext_name, pres.breakdown
                ctx_member = next((d.member for d in pres.dims if d.axis == ctx_axis), None)
        from_heading = False
        if ctx_concept is None:
            for depth in range(len(item.section) - 1, -1, -1):
                hm = self.heading_match(item.section[depth])
                if hm and hm.rule.breakdown:
                    from_heading = True
                    inner = item.section[depth + 1 :]
                    ctx_concept, ctx_axis = hm.rule.concept, hm.rule.breakdown
                    ctx_member = None
                    for h in inner:
                        ctx_member = self.b.member(ctx_axis, h, parent=ctx_member)
                    break
        if ctx_concept is None and own is None:
            tc = title_concept(self.table.title)
            if tc is not None:
                ctx_concept, ctx_axis = tc
                if self.kind == "segment":
                    ctx_axis = SEGMENT_AXIS
                for h in item.section:
                    ctx_member = self.b.member(ctx_axis, h, parent=ctx_member)
        # a section heading that names a breakdown ("Includes stock-based compensation expense as follows:")
        # makes its rows members, even rows that would be line items of their own ("Cost of sales")
        heading_wins = from_heading and own is not None and own.rule.concept != ctx_concept and not norm.startswith("total")
        own_member = None
        if heading_wins:
            own_member = own.member_label
            own = None
        if own is not None and (ctx_concept is None or own.rule.concept != ctx_concept or norm.startswith("total")):
            r = own.rule
            dims = []
            if own.member_label and r.member_from:
                dims = [DimensionMember(axis=r.breakdown or PRODUCT_AXIS, member=self.b.member(r.breakdown or PRODUCT_AXIS, self.unsub(own.member_label, item.label)))]
            if r.member_from is not None and own.member_label is not None and not dims:
                axis = r.breakdown or PRODUCT_AXIS
                pmember = None
                if parent is not None:
                    pmember = next((d.member for d in self.resolve(parent).dims if d.axis == axis), None)
                dims = [DimensionMember(axis=axis, member=self.b.member(axis, self.unsub(own.member_label, item.label), parent=pmember))]
            # a line of a parent row that is itself a member ("Customers" under a segment) keeps the parent's member
            if parent is not None:
                pdims = self.resolve(parent).dims
                dims = dims + [d for d in pdims if d.axis not in {x.axis for x in dims}]
            res = Resolution(concept=r.concept if not r.concept.startswith("ext:") else None,
                             ext_name=r.concept[4:] if r.concept.startswith("ext:") else None,
                             dims=dims, negate=r.negate, magnitude=r.magnitude, period_mode=r.period,
                             breakdown=r.breakdown if not own.member_label else None, unit_hint=r.unit,
                             total=norm.startswith("total"))
            if self.kind == "segment" and r.breakdown == PRODUCT_AXIS:
                res.breakdown = SEGMENT_AXIS
        elif ctx_concept is not None:
            concept = ctx_concept
            dims: list[DimensionMember] = []
            negate = False
            if kn.elimination.match(norm):
                dims = [DimensionMember(axis=kn.elimination_axis, member=kn.elimination_member)]
                negate = node.weight < 0
            elif _bare_total(norm):
                # "Total" closes the innermost section: that heading's member; "Consolidated total" has none
                if norm == "total" and item.section and not self.heading_match(item.section[-1]):
                    ctx_member = self.b.member(ctx_axis, item.section[-1], parent=None)
                if ctx_member and norm == "total":
                    dims = [DimensionMember(axis=ctx_axis, member=ctx_member)]
            elif norm.startswith("total "):
                # "Total Network Services": the member the total names
                dims = [DimensionMember(axis=ctx_axis, member=self.b.member(ctx_axis, item.label[6:].strip(), parent=ctx_member))]
            else:
                axis = ctx_axis
                if axis == PRODUCT_AXIS and kn.segment_words.search(item.label) and self.kind == "segment":
                    axis = SEGMENT_AXIS
                label = own_member or (own.member_label if own is not None and own.member_label else item.label)
                if member_key(label) in ("other", "others", ""):
                    label = f"{self.b.labels.get((ctx_member, LABEL_ROLE), '') if ctx_member else ''} {label}".strip()
                dims = [DimensionMember(axis=axis, member=self.b.member(axis, label, parent=ctx_member))]
            known = self.b.cat.get(concept) if ":" in concept and not concept.startswith(self.b.prefix + ":") else None
            res = Resolution(concept=concept if known else None, ext_name=None if known else concept.split(":")[-1],
                             dims=dims, negate=negate, breakdown=ctx_axis)
        else:
            res = None
            known = self.b.members.get((PRODUCT_AXIS, member_key(item.label)))
            if known and known in self.b.member_concept:
                # a line the release has already broken down elsewhere ("WAN Service" in a reference table)
                res = Resolution(concept=self.b.member_concept[known], dims=[DimensionMember(axis=PRODUCT_AXIS, member=known)])
            if res is None and self.non_gaap_only and not gaap_labelled(item.label):
                res = Resolution(concept=None, ext_name=concept_name(f"Non-GAAP {item.label}"), total=norm.startswith("total"),
                                 evidence={"by": "extension", "evidence": ["a table of non-GAAP measures"]})
            if res is None:
                res = self._indexed(node, norm, self.taken)
        if res.concept and not res.dims and self.kind == "balance_sheet" and res.evidence is None:
            qn, why = section_variant(res.concept, item.label, tuple(item.section), add=False)
            if why:
                res.concept = qn
                res.evidence = {"by": "structure", "evidence": [f"structure: {why}"]}
        if res.concept and not res.dims and self.kind in STRUCTURE_KINDS:
            qn, why = structural(res.concept, item.label, self.labels, node.index, self.b.nci)
            if why:
                res.concept = qn
                res.evidence = dict(res.evidence or {"by": "structure"})
                res.evidence["evidence"] = list(res.evidence.get("evidence", [])) + [f"structure: {why}"]
        if res.evidence is None:
            by_rule = own is not None and (res.concept or f"ext:{res.ext_name}") == own.rule.concept
            res.evidence = {"by": "override" if by_rule else "structure"}
            if by_rule:
                res.evidence["rule"] = f"mapping.toml rule {own.rule.order + 1}" if own.rule.order >= 0 else "user mapping rule"
        if res.concept and not res.dims:
            other = self.taken_by.get(res.concept)
            if res.evidence.get("by") != "index" and other is not None and other != node.index and other not in self.emitted:
                # an override or the structure names the concept another row got from the index: that row yields
                self.taken.add(res.concept)
                self.res[other] = self._indexed(self.nodes[other], self.norm(self.nodes[other].item.label), self.taken)
            self.taken.add(res.concept)
            if res.evidence.get("by") == "index":
                self.taken_by[res.concept] = node.index
        self.res[node.index] = res
        return res

    def settle(self, node: Node, res: Resolution) -> Resolution:
        """Before its facts are written, an index row that adds up rows resolved after it (a parent is resolved
        while its first child is) is chosen again, now that the concepts of all its rows are known."""
        if not node.children or not res.evidence or res.evidence.get("by") != "index" or res.dims:
            return res
        taken = self.taken - {res.concept} if self.taken_by.get(res.concept or "") == node.index else self.taken
        again = self._indexed(node, self.norm(node.item.label), taken)
        if again.concept and again.concept != res.concept and again.concept not in self.taken:
            self.taken.discard(res.concept)
            self.taken.add(again.concept)
            self.taken_by[again.concept] = node.index
            self.res[node.index] = again
            return again
        return res

    def _indexed(self, node: Node, norm: str, taken: set[str]) -> Resolution:
        """The row's concept from the concept index (none of ``taken``), or an extension line item."""
        item = node.item
        label = qualified_label(item, norm in self.repeated)
        kids = tuple(r.concept for i in node.children if (r := self.res.get(i)) is not None and r.concept and not r.dims)
        ctx = row_context(item, self.kind, self.labels, node.index, self.b.nci, kids)
        ic = index_choice(label, item, self.kind, ctx, self.b.names, taken)
        if ic is not None:
            res = Resolution(concept=ic.concept, negate=ic.negate, magnitude=ic.magnitude, period_mode=ic.period_mode,
                             total=norm.startswith("total"), evidence=ic.evidence)
        else:
            # an extension line item printed under two headings is two concepts, named with their heading
            ext_label = f"{item.section[-1].strip().rstrip(':')} {item.label.strip()}" if norm in self.repeated and item.section else label
            res = Resolution(concept=None, ext_name=concept_name(ext_label), total=norm.startswith("total"),
                             evidence={"by": "extension", "evidence": ["no standard concept fits the label"]})
        if node.children and self.kind in ("breakdown", "kpi", "summary", "segment"):
            res.breakdown = SEGMENT_AXIS if self.kind == "segment" else PRODUCT_AXIS
        return res


# ------------------------------------------------------------------ the document


def map_document(doc: LineItemDocument, lines: list[str], options: Options = Options()) -> Mapped:
    token = use_user_rules(load_user_rules(options.mapping) if options.mapping else ())
    try:
        return _map_document(doc, lines, options)
    finally:
        reset_user_rules(token)


def _map_document(doc: LineItemDocument, lines: list[str], options: Options) -> Mapped:
    b = Builder(doc, lines, options)
    prev_kind: str | None = None
    prev_title: str | None = None
    for table in doc.tables:
        kind = table_kind(table.title, table.context)
        if table.title == prev_title and prev_kind:
            kind = prev_kind
        b.kinds[table.id] = kind
        prev_kind, prev_title = kind, table.title
        _map_table(b, table, kind)
    _convenience_rate(b)
    _dei(b)
    return _finish(b)


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


_CREDIT = re.compile(r"\b(?:revenues?|sales|income|gains?|profit|proceeds|liabilit|equity|borrowings|payable|deferred income)\b", re.I)
_DEBIT = re.compile(r"\b(?:costs?|expenses?|loss(?:es)?|payments?|purchases?|assets?|receivables?|investments?|deposits?|acquisition)\b", re.I)


def _ext_balance(label: str, kind: str, section: list[str]) -> str | None:
    text = " ".join(section + [label])
    if kind == "balance_sheet":
        return "credit" if re.search(r"liabilit|equity", text, re.I) else "debit"
    if kind == "cash_flow":
        return None
    if _DEBIT.search(label):
        return "debit"
    if _CREDIT.search(label):
        return "credit"
    return None


def _map_table(b: Builder, table: Table, kind: str) -> None:
    tm = TableMapper(b, table, kind)
    for node in tm.nodes:
        if not node.item.label.strip():
            node.item = node.item.model_copy(update={"label": _unlabeled(tm, node)})
    for node in tm.nodes:
        item = node.item
        if table.orientation == "periods_in_rows":
            _map_transposed_row(b, table, kind, item)
            continue
        res = tm.settle(node, tm.resolve(node))
        _emit_row(b, table, kind, item, res, node)
        tm.emitted.add(node.index)
    _structure(b, table, kind, tm)


def _column_member(b: Builder, table: Table, header: str) -> str:
    """The segment a column names. "Total Domestic" is the Domestic segment, and the other segment columns of
    that table are inside it (a detail of the segment)."""
    name = header.strip()
    total = None
    for c in table.columns:
        if c.dimension and c.dimension.lower().startswith("total "):
            total = c.dimension[6:].strip()
    if name.lower().startswith("total "):
        return b.member(SEGMENT_AXIS, name[6:].strip())
    parent = b.member(SEGMENT_AXIS, total) if total else None
    return b.member(SEGMENT_AXIS, name, parent=parent)


def _unlabeled(tm: TableMapper, node: Node) -> str:
    """A name for a row printed without a label: the total of its section, or the net of the rows above it."""
    if node.children:
        if node.item.section:
            return f"Total {node.item.section[-1]}"
        first = tm.nodes[node.children[0]].item.label
        return f"{first}, net" if first else f"Subtotal at line {node.item.line}"
    return f"Unlabeled line {node.item.line}"


def _concept_for(b: Builder, res: Resolution, item: LineItem, cell: Cell, kind: str) -> Concept:
    if res.concept:
        return b.concept(res.concept)
    period_type = "instant" if (cell.period and cell.period.kind == "instant") else "duration"
    type_ = _ext_type(cell.unit)
    balance = _ext_balance(item.label, kind, item.section) if type_ == "xbrli:monetaryItemType" else None
    name = res.ext_name or camel(item.label)
    if any(f"{p}:{name}" in b.cat for p in ("us-gaap", "srt")):
        # never an extension element named like a standard one: it is this line item in its section or table
        heading = concept_name(item.section[-1], limit=30) if item.section else ""
        qualifier = heading if heading[:1].isalpha() and heading != "X" else kind.replace("_", " ").title().replace(" ", "")
        name = f"{name}{qualifier}" if not name.endswith(qualifier) else f"{name}Other"
    qn = f"{b.prefix}:{name}"
    existing = b.concepts.get(qn)
    if existing is not None and (existing.type != type_ or existing.period_type != period_type):
        name = f"{name}{'Instant' if period_type == 'instant' else ''}{type_.split(':')[1].replace('ItemType', '').capitalize()}"
    return b.ext_concept(name, type_=type_, period_type=period_type, balance=balance)


def _emit_row(b: Builder, table: Table, kind: str, item: LineItem, res: Resolution, node: Node | None) -> None:
    dims_col: dict[str | None, list[DimensionMember]] = {}
    segment_columns = any(c.dimension for c in table.columns)  # once per row, not once per cell
    for cell in item.cells:
        if cell.role in DERIVED_ROLES:
            b.exclude(cell, table, DERIVED_ROLES[cell.role], "a percentage or change the release derives from other figures")
            continue
        if cell.period is None:
            b.exclude(cell, table, "no_period")
            continue
        concept = _concept_for(b, res, item, cell, kind)
        dims = list(res.dims)
        if segment_columns:
            # the columns are segments: what the rows break down goes on the product axis, in every column
            dims = [DimensionMember(axis=PRODUCT_AXIS, member=b.member(PRODUCT_AXIS, b.labels.get((d.member, LABEL_ROLE), d.member.split(":")[1])))
                    if d.axis == SEGMENT_AXIS else d for d in dims]
        if cell.dimension:
            if cell.dimension not in dims_col:
                dims_col[cell.dimension] = [DimensionMember(axis=SEGMENT_AXIS, member=_column_member(b, table, cell.dimension))]
            dims = dims + dims_col[cell.dimension]
        factor = _factor(res, item)
        for d in dims:
            if d.axis == PRODUCT_AXIS and concept.prefix != b.prefix:
                b.member_concept.setdefault(d.member, concept.qname)
        if b.previously.search(table.title or ""):
            dims = dims + [PREVIOUSLY_REPORTED]
        # outside the statements, a standard line item that another table prints with another figure is not that line item
        soft = kind not in STATEMENT_KINDS and not dims and concept.prefix != b.prefix
        chosen = concept
        concept = b.add_fact(concept, cell.period, dims, cell, table, factor, res.period_mode, item.label, soft=soft)
        qn = concept.qname
        fid = b.outcomes[-1].fact if b.outcomes else None
        if fid and res.evidence and fid not in b.evidence:
            b.evidence[fid] = res.evidence if concept is chosen else {
                "by": "extension", "evidence": [f"{chosen.qname} ({res.evidence.get('by')}) is printed with another figure elsewhere"]}
        b.label(qn, item.label)
        if factor < 0 and not any(d.axis == "srt:ConsolidationItemsAxis" for d in dims):
            b.label(qn, item.label, NEGATED_LABEL_ROLE)
            b.flipped.add((table.id, qn))
        if res.period_mode == "start":
            b.label(qn, item.label, PERIOD_START_LABEL_ROLE)
        elif res.period_mode == "end":
            b.label(qn, item.label, PERIOD_END_LABEL_ROLE)
        if res.total:
            b.label(qn, item.label, TOTAL_LABEL_ROLE)


def _factor(res: Resolution, item: LineItem) -> int:
    if res.negate:
        return -1
    if res.magnitude:
        printed = [c.value for c in item.cells if c.role == "value" and c.value is not None and c.value != 0]
        if printed and sum(1 for v in printed if v < 0) * 2 >= len(printed):
            return -1
    return 1


def _map_transposed_row(b: Builder, table: Table, kind: str, item: LineItem) -> None:
    """Tables whose rows are periods: each cell's line item is its column's (or the heading's) label."""
    for cell in item.cells:
        if cell.role in DERIVED_ROLES:
            b.exclude(cell, table, DERIVED_ROLES[cell.role], "a percentage or change the release derives from other figures")
            continue
        if cell.period is None:
            b.exclude(cell, table, "no_period")
            continue
        norm = normalize(cell.label, b.names)
        m = match(norm, kind, "", table.title, cell.unit) or match(normalize(item.label, b.names), kind, norm, table.title, cell.unit)
        pseudo = LineItem(id=item.id, label=cell.label, line=item.line, cells=[cell])
        ic = None
        if m is None:
            ic = index_choice(cell.label, pseudo, kind, row_context(pseudo, kind, (), -1, b.nci), b.names, set())
        if m is not None and not m.rule.concept.startswith("ext:"):
            res = Resolution(concept=m.rule.concept, negate=m.rule.negate, magnitude=m.rule.magnitude, period_mode=m.rule.period,
                             evidence={"by": "override", "rule": f"mapping.toml rule {m.rule.order + 1}" if m.rule.order >= 0 else "user mapping rule"})
        elif ic is not None:
            res = Resolution(concept=ic.concept, negate=ic.negate, magnitude=ic.magnitude, period_mode=ic.period_mode, evidence=ic.evidence)
        else:
            res = Resolution(concept=None, ext_name=m.rule.concept[4:] if m else concept_name(cell.label),
                             evidence={"by": "override" if m else "extension", "evidence": [] if m else ["no standard concept fits the label"]})
        _emit_row(b, table, kind, pseudo, res, None)


def _role_uri(b: Builder, title: str) -> tuple[str, str]:
    name = camel(title or "Table", limit=60) or "Table"
    b._role_names[name] += 1
    if b._role_names[name] > 1:
        name = f"{name}{b._role_names[name]}"
    return f"{b.namespace}/role/{name}", name


class _LoggedFacts(dict):
    """``Builder.facts`` as ``_structure`` sees it: a dict that logs the keys set, so that the facts printed in a
    table are found through an index of their source spans, not by a scan of every fact for every table."""

    def __init__(self, facts: dict) -> None:
        super().__init__(facts)
        self.log: list = list(facts)
        self.by_span: dict[tuple[int, int], set] = defaultdict(set)
        self._ordinal: dict | None = None

    def __setitem__(self, key, value) -> None:
        if self._ordinal is not None and key not in self:
            self._ordinal[key] = len(self._ordinal)
        super().__setitem__(key, value)
        self.log.append(key)

    def __delitem__(self, key) -> None:
        super().__delitem__(key)
        self._ordinal = None

    def pop(self, *args):
        self._ordinal = None
        return super().pop(*args)

    def popitem(self):
        self._ordinal = None
        return super().popitem()

    def clear(self) -> None:
        self._ordinal = None
        super().clear()

    def update(self, *args, **kw) -> None:
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def ordinal(self) -> dict:
        """Each key's place in iteration order."""
        if self._ordinal is None:
            self._ordinal = {k: i for i, k in enumerate(self)}
        return self._ordinal

    def span_index(self) -> dict[tuple[int, int], set]:
        """(line, start) of a source -> keys of the facts that have it (a superset: filter by the fact's sources)."""
        for k in dict.fromkeys(self.log):  # a fact set many times (a figure printed many times) is indexed once
            f = dict.get(self, k)
            if f is not None:
                for s in f.sources:
                    self.by_span[(s.line, s.start)].add(k)
        self.log.clear()
        return self.by_span


def _structure(b: Builder, table: Table, kind: str, tm: TableMapper) -> None:
    """Presentation (rows in printed order) and calculation (what adds up) for one table."""
    facts_by_row: dict[int, list[Fact]] = defaultdict(list)
    row_of_span = {}
    for node in tm.nodes:
        for c in node.item.cells:
            row_of_span[(c.span.line, c.span.start)] = node.index
    if not isinstance(b.facts, _LoggedFacts):
        b.facts = _LoggedFacts(b.facts)
    logged: _LoggedFacts = b.facts
    by_span = logged.span_index()
    keys: set = set()
    for span in row_of_span:
        keys.update(by_span.get(span, ()))
    ordinal = logged.ordinal()
    for k in sorted(keys, key=ordinal.__getitem__):  # in the order of b.facts, as a scan of every fact would be
        f = logged[k]
        for s in f.sources:
            idx = row_of_span.get((s.line, s.start))
            if idx is not None and f.table is not None:
                facts_by_row[idx].append(f)
    concepts_in_order: list[str] = []
    section_of: dict[str, list[str]] = {}
    plain_section: dict[str, list[str]] = {}
    for node in tm.nodes:
        for f in facts_by_row.get(node.index, []):
            if f.concept not in concepts_in_order:
                concepts_in_order.append(f.concept)
                section_of[f.concept] = list(node.item.section)
            if f.concept not in plain_section and not b.contexts[f.context].dims:
                plain_section[f.concept] = list(node.item.section)
    section_of.update(plain_section)  # a concept stands where its total (no dimension) is printed
    if not concepts_in_order:
        return
    title = table.title or table.id
    existing = next((p for p in b.presentation if p.definition.endswith(f" - {title}")), None)
    if existing is None:
        uri, name = _role_uri(b, title)
        root = b.ext_concept(f"{name}Abstract", type_="xbrli:stringItemType", period_type="duration", abstract=True).qname
        b.label(root, title)
        seq = 100000 + len(b.presentation) * 100
        # SEC role definitions: "{sort code} - Statement|Disclosure - {title}"; the release's statements are
        # Statements, its summaries, segment, KPI, non-GAAP and target tables Disclosures
        category = "Statement" if kind in STATEMENT_KINDS else "Disclosure"
        role = PresentationRole(role_uri=uri, definition=f"{seq} - {category} - {title}", root=root, arcs=[])
        b.presentation.append(role)
    else:
        role = existing
    arcs = list(role.arcs)
    present = {a.child for a in arcs}
    pairs = {(a.parent, a.child) for a in arcs}
    for qn in concepts_in_order:
        if qn in present:
            continue
        # the section headings of the statement become abstracts: REVENUES > Network services > lines
        parent = role.root
        for heading in section_of.get(qn, []):
            abstract = b.ext_concept(f"{camel(heading, limit=60)}Abstract", type_="xbrli:stringItemType", period_type="duration", abstract=True).qname
            b.label(abstract, heading)
            if abstract in (role.root, parent) or abstract == qn:
                continue
            if (parent, abstract) not in pairs:
                if abstract in present:
                    parent = abstract
                    continue
                arcs.append(PresentationArc(parent=parent, child=abstract, order=sum(1 for a in arcs if a.parent == parent) + 1))
                pairs.add((parent, abstract))
                present.add(abstract)
            parent = abstract
        pref = None
        if (table.id, qn) in b.flipped:
            pref = NEGATED_LABEL_ROLE
        elif (qn, PERIOD_START_LABEL_ROLE) in b.labels:
            pref = PERIOD_START_LABEL_ROLE
        elif (qn, PERIOD_END_LABEL_ROLE) in b.labels:
            pref = PERIOD_END_LABEL_ROLE
        arcs.append(PresentationArc(parent=parent, child=qn, order=sum(1 for a in arcs if a.parent == parent) + 1, preferred_label=pref))
        pairs.add((parent, qn))
        present.add(qn)
    idx = b.presentation.index(role)
    b.presentation[idx] = role.model_copy(update={"arcs": arcs})

    if table.orientation != "periods_in_columns":
        return
    # calculation: a parent row and the rows that add up to it, all plain (no dimension) and distinct
    calc_arcs: list[CalculationArc] = []
    for node in tm.nodes:
        if not node.children:
            continue
        pres = tm.res.get(node.index)
        if pres is None or pres.dims:
            continue
        pq = _row_concept(b, facts_by_row.get(node.index, []))
        kids = []
        for i in node.children:
            cres = tm.res.get(i)
            cq = _row_concept(b, facts_by_row.get(i, []))
            if cres is None or cres.dims or cq is None:
                kids = []
                break
            w = tm.nodes[i].weight * _factor(cres, tm.nodes[i].item) * _factor(pres, node.item)
            kids.append((cq, w))
        if pq is None or not kids or len({k for k, _ in kids}) != len(kids) or pq in {k for k, _ in kids}:
            continue
        for order, (cq, w) in enumerate(kids, start=1):
            calc_arcs.append(CalculationArc(parent=pq, child=cq, weight=Decimal(w), order=order))
    if calc_arcs:
        uri = role.role_uri
        existing_calc = next((c for c in b.calculation if c.role_uri == uri), None)
        if existing_calc is None:
            b.calculation.append(CalculationRole(role_uri=uri, definition=role.definition, arcs=calc_arcs))
        else:
            have = {(a.parent, a.child) for a in existing_calc.arcs}
            more = [a for a in calc_arcs if (a.parent, a.child) not in have and a.parent not in {x.parent for x in existing_calc.arcs}]
            b.calculation[b.calculation.index(existing_calc)] = existing_calc.model_copy(update={"arcs": existing_calc.arcs + more})


def _row_concept(b: Builder, facts: list[Fact]) -> str | None:
    """The concept of a row's plain (non-dimensional) facts."""
    plain = [f.concept for f in facts if not b.contexts[f.context].dims]
    if not plain or len(set(plain)) != 1:
        return None
    return plain[0]


def _main_duration(b: Builder) -> tuple[date, date]:
    """The reporting period: the longest duration ending on the document period end among the facts."""
    best = None
    for ctx in b.contexts.values():
        if ctx.period_type == "duration" and ctx.end == b.period_end and not ctx.dims and ctx.start:
            if best is None or ctx.start < best[0]:
                best = (ctx.start, ctx.end)
    if best is None:
        return (b.period_end, b.period_end)
    return best


def _convenience_rate(b: Builder) -> None:
    for tr in b.doc.convenience_translations:
        rate_text = re.search(r"\d[\d,]*(?:\.\d+)?", _line_text(b, tr.span)) if False else None
        del rate_text
        qn = "prx:ConvenienceTranslationExchangeRate"
        concept = b.concept(qn)
        when = tr.as_of or b.period_end
        cid = b.context("instant", None, when, [])
        uid = f"{tr.from_currency}Per{tr.to_currency}"
        b.units.setdefault(uid, Unit(id=uid, numerator=[f"iso4217:{tr.from_currency}"], denominator=[f"iso4217:{tr.to_currency}"]))
        printed = format(tr.rate, "f")
        decimals = -tr.rate.as_tuple().exponent if tr.rate.as_tuple().exponent < 0 else 0
        key = (qn, cid, uid)
        if key in b.facts:
            continue
        fid = f"f{len(b.fact_order) + 1:04d}"
        b.facts[key] = Fact(id=fid, concept=qn, context=cid, unit=uid, value=tr.rate, decimals=decimals, sources=[tr.span],
                            printed=printed, label="Convenience translation rate")
        b.fact_order.append(key)
        b.label(qn, f"Convenience translation rate ({tr.from_currency} per 1 {tr.to_currency})")
        del concept


def _line_text(b: Builder, span: Span) -> str:  # pragma: no cover - kept for symmetry with readers
    return ""


def _stated_focus(lines: list[str]) -> str | None:
    """The period the headline names ("Reports Third Quarter ...", "First Six Months Financial Results")."""
    from ..knowledge import compiled

    pats = compiled("fiscal_calendar", "period_focus")
    for line in lines[:40]:
        for pat, entry in pats:
            if pat.search(line):
                return entry["focus"]
    return None


def _dei(b: Builder) -> None:
    from ..periods import Calendar

    start, end = _main_duration(b)
    fc = b.doc.fiscal_calendar
    cal = Calendar(fc)
    fy = cal.year_containing(end)
    fy_start, fy_end = cal.fiscal_year(fy)
    if start == end:
        start = fy_start  # a release of balances only: the cover facts cover the fiscal year to date
    cid = b.context("duration", start, end, [])
    months = (end.year - fy_start.year) * 12 + end.month - fy_start.month + 1
    focus = _stated_focus(b.lines) or ("FY" if end == fy_end else f"Q{min(3, max(1, (months + 2) // 3))}")
    values = [
        ("dei:DocumentType", "Other"),
        ("dei:AmendmentFlag", "false"),
        ("dei:DocumentPeriodEndDate", end.isoformat()),
        ("dei:DocumentFiscalYearFocus", str(fy)),
        ("dei:DocumentFiscalPeriodFocus", focus),
        ("dei:CurrentFiscalYearEndDate", f"--{fc.year_end_month:02d}-{fc.year_end_day:02d}"),
    ]
    if b.doc.entity.name:
        values.insert(1, ("dei:EntityRegistrantName", b.doc.entity.name))
    ticker = next((t for t in b.doc.entity.tickers if not t.isdigit()), None)
    if ticker:
        values.append(("dei:TradingSymbol", ticker))
    if b.entity_scheme == "http://www.sec.gov/CIK":
        values.append(("dei:EntityCentralIndexKey", b.entity_id.zfill(10)))
    for qn, v in values:
        b.concept(qn)
        key = (qn, cid, None)
        if key in b.facts:
            continue
        fid = f"f{len(b.fact_order) + 1:04d}"
        b.facts[key] = Fact(id=fid, concept=qn, context=cid, value=v)
        b.fact_order.append(key)


def _plain(v: Decimal) -> str:
    from ..tokens import canonical

    return canonical(v)


def _balance_ok(b: Builder, arc: CalculationArc) -> bool:
    """XBRL 2.1 5.1.1.2: a positive weight joins equal balances, a negative one opposite balances."""
    p, c = b.concepts.get(arc.parent), b.concepts.get(arc.child)
    if p is None or c is None or p.balance is None or c.balance is None:
        return True
    return (p.balance == c.balance) == (arc.weight > 0)


def _calc_holds(b: Builder, role: CalculationRole) -> tuple[CalculationRole, list[str]]:
    """Keep only the summations that hold, Calc 1.1 style (round to the coarsest decimals), in every context and unit."""
    from decimal import ROUND_HALF_EVEN

    by_parent: dict[str, list[CalculationArc]] = defaultdict(list)
    for a in role.arcs:
        by_parent[a.parent].append(a)
    index: dict[tuple[str, str, str | None], Fact] = {k: f for k, f in b.facts.items()}
    keep: list[CalculationArc] = []
    dropped: list[str] = []
    for parent, arcs in by_parent.items():
        ok = True
        wrong = [a for a in arcs if not _balance_ok(b, a)]
        if wrong:
            dropped.append(f"balance: {parent}: the release adds {', '.join(a.child for a in wrong)} against the balance types of the concepts")
            continue
        for (qn, cid, uid), pf in index.items():
            if qn != parent or pf.value is None or not isinstance(pf.value, Decimal):
                continue
            kids = [(a, index.get((a.child, cid, uid))) for a in arcs]
            present = [(a, f) for a, f in kids if f is not None and isinstance(f.value, Decimal)]
            if not present:
                continue
            decs = [f.decimals for _, f in present if isinstance(f.decimals, int)] + ([pf.decimals] if isinstance(pf.decimals, int) else [])
            d = min(decs) if decs else 0
            q = Decimal(1).scaleb(-d)
            total = sum((a.weight * f.value.quantize(q, rounding=ROUND_HALF_EVEN) for a, f in present), Decimal(0))
            if total.quantize(q) != pf.value.quantize(q, rounding=ROUND_HALF_EVEN):
                ok = False
                if len(present) < len(arcs):
                    missing = ", ".join(a.child for a, f in kids if f is None or not isinstance(f.value, Decimal))
                    dropped.append(f"incomplete: {parent}: in {cid} ({uid}) the release does not print {missing}")
                else:
                    dropped.append(f"{parent} in {cid} ({uid}): children add up to {_plain(total)}, the fact is {_plain(pf.value)}")
                break
        if ok:
            keep.extend(arcs)
    return role.model_copy(update={"arcs": keep}), dropped


def _ancestor(parents: dict[str, str], node: str, target: str) -> bool:
    """Whether ``target`` is ``node`` or above it (a member tree must have no cycle)."""
    seen = set()
    while node and node not in seen:
        if node == target:
            return True
        seen.add(node)
        node = parents.get(node, "")
    return False


def _drop_ambiguous(b: Builder) -> None:
    """Facts whose prints disagree with no print to prefer leave the instance; each print becomes an exclusion."""
    dropped: dict[str, Fact] = {}
    for key in sorted(b.ambiguous, key=lambda k: (k[0], k[1], k[2] or "")):
        f = b.facts.pop(key, None)
        if f is not None:
            dropped[f.id] = f
    if not dropped:
        return
    b.fact_order = [k for k in b.fact_order if k in b.facts]
    for o in b.outcomes:
        if o.fact in dropped:
            f = dropped[o.fact]
            o.fact, o.reason = None, "figures_disagree"
            o.detail = f"{f.concept}: the release prints disagreeing figures for this fact in tables of equal standing; none is kept"
    for f in dropped.values():
        b.notes.append(f"fact left out: {f.concept} ({f.context}): disagreeing prints at lines {', '.join(str(s.line) for s in f.sources)}")
    used = {f.context for f in b.facts.values()}
    b.contexts = {k: c for k, c in b.contexts.items() if k in used}


def _finish(b: Builder) -> Mapped:
    _drop_ambiguous(b)
    # calculations that hold
    calcs = []
    for role in b.calculation:
        kept, dropped = _calc_holds(b, role)
        b.notes.extend(f"calculation left out: {d}" for d in dropped)
        if kept.arcs:
            calcs.append(kept)
    # axes and domains used, and a definition cube per set of axes
    cubes = []
    used_axes: set[str] = set()
    for axes, primaries in sorted(b.axis_facts.items(), key=lambda kv: sorted(kv[0])):
        name = "".join(a.split(":")[1].removesuffix("Axis") for a in sorted(axes))
        uri = f"{b.namespace}/role/{name}Cube"
        table_q = b.ext_concept(f"{name}Table", type_="xbrli:stringItemType", period_type="duration", abstract=True, substitution="hypercube").qname
        items_q = b.ext_concept(f"{name}LineItems", type_="xbrli:stringItemType", period_type="duration", abstract=True).qname
        b.label(table_q, f"{name} [Table]")
        b.label(items_q, f"{name} [Line Items]")
        axes_map: dict[str, list[str]] = {}
        for axis in sorted(axes):
            used_axes.add(axis)
            domain = STANDARD_DOMAINS.get(axis, "srt:ProductsAndServicesDomain")
            members = sorted({d.member for c in b.contexts.values() for d in c.dims if d.axis == axis})
            axes_map[axis] = [domain] + members
            b.concept(axis)
            b.concept(domain)
            for m in members:
                if not m.startswith(b.prefix + ":"):
                    b.concept(m)
        used = {m for ms in axes_map.values() for m in ms}
        parents = {m: p for m, p in b.member_parent.items() if m in used and p in used and not _ancestor(b.member_parent, p, m)}
        cubes.append(Hypercube(role_uri=uri, definition=f"{900000 + len(cubes)} - Disclosure - Dimensions: {name}", table=table_q,
                               line_items=items_q, primary_items=sorted(primaries), axes=axes_map, member_parents=parents))
    facts = [b.facts[k] for k in b.fact_order]
    labels = [Label(concept=qn, role=role, text=text) for (qn, role), text in sorted(b.labels.items())]
    concepts = sorted(b.concepts.values(), key=lambda c: (c.prefix, c.name))
    imports = sorted({c.schema_location for c in concepts if c.prefix != b.prefix})
    ext = Extension(prefix=b.prefix, namespace=b.namespace, date=b.period_end, concepts=[c for c in concepts if c.prefix == b.prefix])
    filing = Filing(
        entity_scheme=b.entity_scheme,
        entity_identifier=b.entity_id,
        extension=ext,
        concepts=concepts,
        labels=labels,
        units=sorted(b.units.values(), key=lambda u: u.id),
        contexts=sorted(b.contexts.values(), key=lambda c: c.id),
        facts=facts,
        presentation=b.presentation,
        calculation=calcs,
        definition=cubes,
        imports=imports,
    )
    return Mapped(filing=filing, outcomes=b.outcomes, duplicates=b.duplicates, table_kinds=b.kinds, notes=b.notes,
                  member_parent=dict(b.member_parent), evidence=dict(b.evidence))
