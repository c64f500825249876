"""The Builder: the filing under construction (concepts, members, units, contexts and facts), one cell at a time."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ..catalog import catalog
from ..errors import PrxbrlError
from ..filing import LABEL_ROLE, CalculationRole, Concept, Context, DimensionMember, Fact, PresentationRole, Unit
from ..models import Cell, LineItemDocument, Period, Table
from ..sgml_header import filers
from ..tokens import dash_is_zero
from .labels import label_key
from .spelling import corrected
from .structural import has_nci
from .extension_names import concept_name
from .standard_members import standard_member
from .naming import OPENING_LINES, _company_names, _context_id, _prefix, _unit_id, is_currency, label_names
from .rules import camel, member_key, normalize
from .mapped import (
    CONVENIENCE, CONVENIENCE_MODES, CellOutcome,
    DEFAULT_SCHEME,
    Duplicate,
    FORECAST,
    Options,
    PRX_LOCAL,
    SEGMENT_AXIS,
    STATEMENT_KINDS, home_first,
    _agree,
    _apart,
)


def _load_mapping_raw() -> dict:
    from ..knowledge import _load_toml

    return _load_toml("mapping.toml")


@dataclass(frozen=True)
class _Plan:
    """A cell's fact before it is written: its period, dimensions, value and precision."""

    kind: str
    start: date | None
    end: date
    dims: list[DimensionMember]
    value: Decimal | None
    decimals: int | None
    nil: bool


# ------------------------------------------------------------------ the builder


class Builder:
    def __init__(self, doc: LineItemDocument, lines: list[str], options: Options):
        self.doc = doc
        self.cat = catalog()
        self.company_names = _company_names(doc, lines)  # the company's names (``build``: another company's tables)
        self.names = label_names(self.company_names)  # the names a label may print for the company
        if doc.document_period_end is None:
            raise PrxbrlError("no reported period could be read from the release: nothing to convert")
        self.period_end = doc.document_period_end
        self.prefix = _prefix(doc, _company_names(doc, lines, OPENING_LINES), options.prefix)
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
        self.variants: dict[str, list[Concept]] = {}  # an extension's concepts for the same label printed apart
        # tables read from one line of text that holds them whole (a rendering that ran a statement together):
        # of lower standing than a table laid out in rows, where the two print disagreeing figures
        self.run_on = {t.id for t in doc.tables if t.first_line == t.last_line and len(t.rows) > 3}
        self.flipped: set[tuple[str, str]] = set()  # (table, concept) printed with the opposite sign of the fact
        self._statement_facts: dict | None = None  # (context, unit) -> concept -> statement fact (statement_facts)
        self._statement_values: dict | None = None  # (context, unit, value) -> statement concepts (statement_twin)
        self.located_names: set[str] = set()  # extension amounts split by income-statement line item (location.py)
        self.doc_locations: list | None = None  # the amounts the release's tables split by line item (adjustments.py)
        self.statement_lines: dict | None = None  # the statements' line items by label (reconciling.label_twin)
        self.member_concept: dict[str, str] = {}  # a product/service member -> the line item it first broke down
        self.row_segment: dict = {}  # (table id, row id) -> the segment of a row's table or heading (segment_tables.py)
        # "table id/row id" -> (concept, consolidation item, why): a row of the amounts no segment holds (segment_tables)
        self.reconciling: dict[str, tuple[str, str, str]] = {}
        self.other_company: dict[str, tuple[str, str]] = {}  # table id -> (words, company): another company's table
        raw = _load_mapping_raw()
        self.previously = re.compile(raw["reclassification"]["previously"], re.IGNORECASE)
        self.lines = lines
        self.prose = lines  # the release's text as its prose reads (build.map_document)
        self.filers = filers(lines)  # the registrants an EDGAR full submission's header names (sgml_header.py)
        self.notes: list[str] = []
        self._role_names: Counter[str] = Counter()
        self.evidence: dict[str, dict] = {}  # fact id -> what chose its concept
        # a noncontrolling-interest line anywhere in the release's tables (NetIncomeLoss vs ProfitLoss)
        # (its words as read, misspellings mended: Merck's "Net Income Atributable to Nonocontroling Interests")
        self.nci = any(has_nci([corrected(r.label) for r in t.rows]) for t in doc.tables)

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
        standard = standard_member(axis, label)
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
        uid = _unit_id(unit)
        if uid not in self.units:
            def measure(u: str) -> str:
                if is_currency(u):
                    return f"iso4217:{u}"
                if u == "shares":
                    return "xbrli:shares"
                if u == "pure":
                    return "xbrli:pure"
                return f"prx:{u}"

            num, _, den = unit.partition("/")
            self.units[uid] = Unit(id=uid, numerator=[measure(num)], denominator=[measure(den)] if den else [])
        return uid

    def context(self, kind: str, start: date | None, end: date, dims: list[DimensionMember]) -> str:
        cid, dims = _context_id(kind, start, end, dims)
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
        plan = self._planned(concept, period, dims, cell, factor, period_mode)
        if isinstance(plan, tuple):
            self.exclude(cell, table, *plan)
            return concept
        pkind, start, end, dims, value, decimals, nil = plan.kind, plan.start, plan.end, plan.dims, plan.value, plan.decimals, plan.nil
        unit_id = self.unit(cell.unit)
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
            # a third table printing the figures of a second one's variant ("Direct response costs 513" in two
            # reconciliations, 429 in the segment table): that variant's fact again, not a variant of its own
            again = next((v for v in self.variants.get(qname, ()) if (v.qname, cid, unit_id) in self.facts
                          and _agree(self.facts[(v.qname, cid, unit_id)].value, self.facts[(v.qname, cid, unit_id)].decimals, value, decimals)), None)
            if again is not None and not _agree(kept.value, kept.decimals, value, decimals):
                concept, qname, key = again, again.qname, (again.qname, cid, unit_id)
            elif not _agree(kept.value, kept.decimals, value, decimals):
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
                self.variants.setdefault(qname, []).append(concept)
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
                new_run_on, old_run_on = table.id in self.run_on, (kept.table or "") in self.run_on
                if new_stmt != old_stmt:
                    new_first = new_stmt  # a statement's own figure wins over a summary's or a note's
                elif new_stmt and (home := home_first(qname, self.kinds.get(table.id), self.kinds.get(kept.table or ""))) is not None:
                    new_first = home  # the statement US GAAP presents the concept in wins over another statement
                elif new_run_on != old_run_on:
                    new_first = old_run_on  # a table laid out in rows wins over one run together on a line
                elif new_dec == old_dec or _apart(kept.value, kept.decimals, value, decimals):
                    # neither print can be preferred: a wrong fact is worse than none (the more precise print wins
                    # only over a rounding slip of the other, ``mapped._apart``)
                    self.ambiguous.add(key)
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
                update: dict = {"sources": kept.sources + [cell.span]}
                if agrees and self.kinds.get(table.id) in STATEMENT_KINDS and self.kinds.get(kept.table or "") not in STATEMENT_KINDS:
                    update["table"] = table.id  # a statement prints the figure too: it stands as the statement's
                self.facts[key] = kept.model_copy(update=update)
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

    def _planned(self, concept: Concept, period: Period, dims: list[DimensionMember], cell: Cell, factor: int,
                 period_mode: str | None) -> _Plan | tuple[str, str]:
        """The context, value and precision the cell's fact would have under ``concept``, or why it cannot be one
        (a reason and its detail); nothing is added."""
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
                return "period_type_mismatch", f"{qname} is a flow, the column is a point in time"
            pkind, start, end = "duration", period.start, period.end
        if period.forecast:
            dims = dims + [FORECAST]
        if cell.role == "convenience":
            if self.convenience == "omit":
                return "convenience_omitted", "a convenience translation, left out (--convenience omit)"
            if self.convenience == "dimension":
                dims = dims + [CONVENIENCE]
        # value, unit, decimals
        value: Decimal | None = None
        decimals: int | None = None
        if cell.unit is None:
            return "no_unit", "no currency or unit is stated for this figure"
        if not self._unit_fits(concept, cell.unit):
            return "unit_mismatch", f"{cell.unit} does not fit {qname} ({concept.type})"
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
                    return "unit_mismatch", f"{qname} counts whole units"
                value = value.quantize(Decimal(1))
        return _Plan(pkind, start, end, dims, value, decimals, nil)

    def agreement(self, concept: Concept, period: Period, dims: list[DimensionMember], cell: Cell, factor: int, period_mode: str | None) -> bool | None:
        """Whether the cell's figure agrees with the fact of ``concept`` already written for its context and unit;
        None where there is no such fact (or the cell would be none)."""
        plan = self._planned(concept, period, dims, cell, factor, period_mode)
        if isinstance(plan, tuple) or plan.value is None:
            return None
        cid, _ = _context_id(plan.kind, plan.start, plan.end, plan.dims)
        kept = self.facts.get((concept.qname, cid, _unit_id(cell.unit)))
        if kept is None or kept.value is None:
            return None
        return _agree(kept.value, kept.decimals, plan.value, plan.decimals)

    def dispute(self, concept: Concept, period: Period, dims: list[DimensionMember], cell: Cell, factor: int, period_mode: str | None) -> None:
        """Another table outside the statements printed another figure for the cell's fact: neither is preferred (a
        missing dimension, a segment's or a net figure, is the likely cause), so the fact written first leaves the
        instance too (``finish._drop_ambiguous``), as the row's own leaves the standard concept (``emit``); a
        statement's fact stays, the statement is the better print."""
        plan = self._planned(concept, period, dims, cell, factor, period_mode)
        if isinstance(plan, tuple) or plan.value is None:
            return
        cid, _ = _context_id(plan.kind, plan.start, plan.end, plan.dims)
        key = (concept.qname, cid, _unit_id(cell.unit))
        kept = self.facts.get(key)
        if kept is not None and kept.value is not None and self.kinds.get(kept.table or "") not in STATEMENT_KINDS \
                and _apart(abs(kept.value), kept.decimals, abs(plan.value), plan.decimals):
            # (not a rounding slip of one print, nor the same figure with a reconciliation's sign: another figure)
            self.ambiguous.add(key)

    def statement_facts(self) -> dict[tuple[str, str | None], dict[str, Fact]]:
        """(context, unit) -> concept -> the statements' fact there, with no members. Read once, when a table after
        the statements first asks: the statements are mapped first (build.py), so their facts are all written."""
        if self._statement_facts is None:
            self._statement_facts = defaultdict(dict)
            for (qname, cid, unit_id), f in self.facts.items():
                if f.value is not None and self.kinds.get(f.table or "") in STATEMENT_KINDS and not self.contexts[cid].dims:
                    self._statement_facts[(cid, unit_id)][qname] = f
        return self._statement_facts

    def planned_values(self, concept: Concept, cells: list[tuple[Period, DimensionMember, Cell, int, str | None]]):
        """(plan, context id, unit id) of each of the row's cells (period, dims, cell, factor, mode) planned as
        ``concept`` with a value and no members."""
        for period, dims, cell, factor, mode in cells:
            plan = self._planned(concept, period, dims, cell, factor, mode)
            if isinstance(plan, tuple) or plan.value is None or plan.dims:
                continue
            yield plan, _context_id(plan.kind, plan.start, plan.end, plan.dims)[0], _unit_id(cell.unit)

    def statement_twin(self, concept: Concept, cells: list[tuple[Period, DimensionMember, Cell, int, str | None]],
                       label: str | None = None) -> str | None:
        """The one other concept whose statement facts are the row's figures in at least two columns and in every
        column the statements print ("Operating expenses 402,777" in a segment table, where the statement's total
        including cost of sales is us-gaap:CostsAndExpenses): the same line item under another label. In one column,
        only under the same label (``label``: "Interest expense 2,952" in the total column of a segment table of one
        quarter, the statement's us-gaap:InterestExpenseNonoperating). None where no statement says so, two concepts
        do, or a column disagrees."""
        printed = self.statement_facts()
        if self._statement_values is None:
            self._statement_values = defaultdict(set)
            for (cid, unit_id), by_concept in printed.items():
                for qname, f in by_concept.items():
                    self._statement_values[(cid, unit_id, f.value)].add(qname)
        common: set[str] | None = None
        labelled: set[str] | None = None  # the concepts whose statement facts print the row's label too
        key = label_key(label) if label is not None else None
        matched = 0
        for plan, cid, unit_id in self.planned_values(concept, cells):
            found = self._statement_values.get((cid, unit_id, plan.value), set())
            if concept.qname in found:  # the statements print the figure as the row's own concept too: that line item
                return None
            found = found - {concept.qname}
            if not found:
                if (cid, unit_id) in printed:
                    return None  # the statements print this period and no concept of theirs has the figure
                continue
            common = found if common is None else common & found
            matched += 1
            if key is not None:
                same = {q for q in found if label_key(printed[(cid, unit_id)][q].label or "") == key}
                labelled = same if labelled is None else labelled & same
        if common is not None and len(common) == 1 and matched == 1 and labelled is not None and labelled == common:
            return next(iter(common))
        return next(iter(common)) if common is not None and len(common) == 1 and matched >= 2 else None

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
        if t in ("xbrli:pureItemType", "dtr-types:percentItemType"):
            return unit == "pure"
        if t in ("xbrli:decimalItemType", "xbrli:integerItemType"):
            return not currency
        return False
