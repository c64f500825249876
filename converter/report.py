"""report.json: every numeric token accounted for, the converter's own checks of the source, Arelle's findings."""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Literal

from .models import Frozen, LineItemDocument
from .reporting_currency import INFERRED_DOLLAR
from .tables.row_heading import NOTE as ROW_HEADING

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Result

Severity = Literal["error", "warning", "info"]


class CellStatus(Frozen):
    line: int
    start: int
    end: int
    raw: str
    table: str | None = None
    status: Literal["fact", "excluded"]
    fact: str | None = None
    reason: str | None = None
    detail: str | None = None


class Finding(Frozen):
    code: str
    severity: Severity
    message: str
    lines: list[int] = []
    source: Literal["prxbrl", "arelle"] = "prxbrl"


class Counts(Frozen):
    numeric_tokens: int
    cells_fact: int
    cells_excluded: int
    unexplained_cells: int
    facts: int
    contexts: int
    units: int
    concepts_standard: int
    concepts_extension: int
    error_findings: int
    warning_findings: int


class RunnerUp(Frozen):
    concept: str
    score: float


class ConceptChoice(Frozen):
    """What chose a fact's concept: an override rule, the concept index (its match and score), the table's
    structure (a breakdown of a row above), or nothing standard (an extension concept); and the runners-up."""

    fact: str
    concept: str
    by: Literal["override", "index", "structure", "extension"]
    rule: str | None = None
    score: float | None = None
    matched: str | None = None
    evidence: list[str] = []
    runners_up: list[RunnerUp] = []


class Report(Frozen):
    source: str
    instance: str | None = None
    valid: bool | None = None
    taxonomy_note: str | None = None
    counts: Counts
    findings: list[Finding]
    cells: list[CellStatus]
    notes: list[str] = []
    concept_choices: list[ConceptChoice] = []

    def summary_text(self) -> str:
        c = self.counts
        state = "not validated" if self.valid is None else ("valid" if self.valid else "INVALID")
        lines = [
            f"{self.source}: {c.facts} facts ({c.concepts_standard} standard and {c.concepts_extension} extension concepts), "
            f"{c.contexts} contexts, {c.units} units; instance {state}",
            f"  {c.numeric_tokens} numeric tokens: {c.cells_fact} in facts, {c.cells_excluded} excluded with a reason, "
            f"{c.unexplained_cells} unexplained",
            f"  findings: {c.error_findings} errors, {c.warning_findings} warnings"
            + (" (see report.md)" if self.findings else ""),
        ]
        if self.taxonomy_note:
            lines.append(f"  note: {self.taxonomy_note}")
        return "\n".join(lines)


# ------------------------------------------------------------------ building


def build_report(result: Result) -> Report:
    doc, mapped = result.doc, result.mapped
    filing = mapped.filing
    cells = _cells(doc, mapped)
    findings: list[Finding] = []
    findings += _duplicate_findings(mapped)
    findings += _convenience_findings(doc, mapped)
    findings += _dimension_findings(mapped)
    findings += _reclassification_findings(doc)
    findings += _currency_findings(cells)
    for n in mapped.notes:
        if n.startswith("calculation left out: balance: "):
            findings.append(Finding(code="calc.balanceConflict", severity="info", message=n.removeprefix("calculation left out: balance: ")
                                    + "; XBRL 2.1 forbids such a calculation, so the linkbase leaves it out"))
        elif n.startswith("calculation left out: incomplete: "):
            findings.append(Finding(code="calc.incomplete", severity="info", message=n.removeprefix("calculation left out: incomplete: ")
                                    + "; a calculation must hold wherever its total is reported, so the linkbase leaves it out"))
        elif n.startswith("calculation left out: "):
            findings.append(Finding(code="calc.notAdded", severity="warning", message=n.removeprefix("calculation left out: ")
                                    + "; the release's figures do not add up, so the linkbase leaves the calculation out"))
    for t in doc.tables:
        for n in t.notes:
            # a period read from a row heading (tables/row_heading.py) is no note on the scale
            code = "table.rowHeading" if n.startswith(ROW_HEADING) else "table.currency" if n.startswith(INFERRED_DOLLAR) else "table.scale"
            findings.append(Finding(code=code, severity="info", message=f"table {t.id} ({t.title}): {n}", lines=[t.first_line]))
    valid = None
    note = None
    instance = None
    if result.validation is not None:
        v = result.validation
        valid = v.ok
        note = v.taxonomy_note
        lines_of = _instance_lines(result.files.get("xml"), filing)
        for f in v.findings:
            src = sorted({ln for il in f.lines for ln in lines_of.get(il, [])})
            findings.append(Finding(code=f.code, severity=f.severity, message=f.message, lines=src, source="arelle"))
    if "xml" in result.files:
        instance = result.files["xml"].name
    std = {f.concept for f in filing.facts if not f.concept.startswith(filing.extension.prefix + ":")}
    ext = {f.concept for f in filing.facts if f.concept.startswith(filing.extension.prefix + ":")}
    counts = Counts(
        numeric_tokens=len(cells),
        cells_fact=sum(1 for c in cells if c.status == "fact"),
        cells_excluded=sum(1 for c in cells if c.status == "excluded"),
        unexplained_cells=sum(1 for c in cells if c.reason in ("unexplained", "cell_outside_columns")),
        facts=len(filing.facts),
        contexts=len(filing.contexts),
        units=len(filing.units),
        concepts_standard=len(std),
        concepts_extension=len(ext),
        error_findings=sum(1 for f in findings if f.severity == "error"),
        warning_findings=sum(1 for f in findings if f.severity == "warning"),
    )
    return Report(
        source=doc.source.path,
        instance=instance,
        valid=valid,
        taxonomy_note=note,
        counts=counts,
        findings=findings,
        cells=cells,
        notes=[f"table {k}: {v}" for k, v in sorted(mapped.table_kinds.items())],
        concept_choices=_concept_choices(mapped),
    )


def _concept_choices(mapped) -> list[ConceptChoice]:
    out = []
    for f in mapped.filing.facts:
        ev = mapped.evidence.get(f.id)
        if ev is None:
            continue
        out.append(ConceptChoice(fact=f.id, concept=f.concept, by=ev["by"], rule=ev.get("rule"), score=ev.get("score"),
                                 matched=ev.get("matched"), evidence=list(ev.get("evidence", [])),
                                 runners_up=[RunnerUp(**r) for r in ev.get("runners_up", [])]))
    return out


def _instance_lines(xml, filing) -> dict[int, list[int]]:
    """Lines of the written instance -> the release lines of the fact written there (Arelle reports instance lines)."""
    if xml is None or not xml.exists():
        return {}
    from lxml import etree

    sources = {f.id: [s.line for s in f.sources] for f in filing.facts}
    out: dict[int, list[int]] = {}
    for el in etree.parse(str(xml)).getroot():
        fid = el.get("id") if isinstance(el.tag, str) else None
        if fid in sources and el.sourceline:
            out[el.sourceline] = sources[fid]
    return out


def _cells(doc: LineItemDocument, mapped) -> list[CellStatus]:
    """Every numeric token of every table region: a fact (with its id) or an exclusion with its reason."""
    cell_span = {}
    for t in doc.tables:
        for r in t.rows:
            for c in r.cells:
                cell_span[f"{r.id}/{c.column}"] = (c.span.line, c.span.start)
    outcome = {(o.span.line, o.span.start): o for o in mapped.outcomes}
    out = []
    for tok in doc.tokens:
        s = tok.span
        if tok.status == "cell":
            o = outcome.get(cell_span.get(tok.cell or "", (0, 0)))
            if o is None:
                out.append(CellStatus(line=s.line, start=s.start, end=s.end, raw=tok.raw, table=tok.table, status="excluded",
                                      reason="unexplained", detail="a cell the mapping did not reach"))
            elif o.fact:
                out.append(CellStatus(line=s.line, start=s.start, end=s.end, raw=tok.raw, table=tok.table, status="fact", fact=o.fact))
            else:
                out.append(CellStatus(line=s.line, start=s.start, end=s.end, raw=tok.raw, table=tok.table, status="excluded",
                                      reason=o.reason, detail=o.detail))
        else:
            out.append(CellStatus(line=s.line, start=s.start, end=s.end, raw=tok.raw, table=tok.table, status="excluded", reason=tok.reason))
    return out


def _currency_findings(cells: list[CellStatus]) -> list[Finding]:
    """A warning where amounts are left out because the release states no currency (no sign, code or name in its
    tables or sentences: an exhibit cut from its release, "(in millions, except per share data)" alone): the figures
    are not lost silently, and the user can name the currency."""
    lost = [c for c in cells if c.reason == "currency_undetermined"]
    if not lost:
        return []
    tables = sorted({c.table for c in lost if c.table}, key=lambda t: (len(t), t))
    lines = sorted({c.line for c in lost})
    return [Finding(
        code="source.currencyUndetermined",
        severity="warning",
        message=(f"{len(lost)} amounts in {len(tables)} table(s) ({', '.join(tables[:8])}{', ...' if len(tables) > 8 else ''}) "
                 "are left out: the release states no currency in its tables or sentences (name it with --currency)"),
        lines=lines[:20],
    )]


def _duplicate_findings(mapped) -> list[Finding]:
    facts = {f.id: f for f in mapped.filing.facts}
    out = []
    seen = set()
    for d in mapped.duplicates:
        if d.agrees:
            continue
        key = (d.fact, d.kept.line, d.other.line)
        if key in seen:
            continue
        seen.add(key)
        f = facts.get(d.fact)
        name = f.concept if f else d.fact
        if d.kept_value is None or d.other_value is None:
            kind = "value"  # a dash against a figure: the values disagree, no sign to compare
        else:
            kind = "sign" if d.kept_value == -d.other_value or (d.kept_value * d.other_value < 0) else "value"
        out.append(Finding(
            code="source.figuresDisagree" if kind == "value" else "source.signsDisagree",
            severity="warning",
            message=(f"{name} ({f.context if f else ''}): line {d.kept.line} prints {_fmt(d.kept_value)}, line {d.other.line} prints "
                     f"{_fmt(d.other_value)}, which does not agree after rounding to its precision; "
                     + (f"the instance keeps line {d.kept.line}" if f else "no print can be preferred (tables of equal standing, the same precision), so the instance leaves the fact out")),
            lines=sorted({d.kept.line, d.other.line}),
        ))
    return out


def _fmt(v: Decimal | None) -> str:
    from .tokens import canonical

    return "a dash (nil)" if v is None else canonical(v)


def _convenience_findings(doc: LineItemDocument, mapped) -> list[Finding]:
    """Every convenience translation should be round(amount / rate) at its printed scale."""
    if not doc.convenience_translations:
        return []
    rate = doc.convenience_translations[0].rate
    out = []
    for t in doc.tables:
        cols = {c.index: c for c in t.columns}
        for r in t.rows:
            by_col = {c.column: c for c in r.cells}
            for c in r.cells:
                if c.role != "convenience" or c.value is None:
                    continue
                src_col = cols.get(c.column).translates if c.column in cols else None
                src = by_col.get(src_col) if src_col is not None else None
                if src is None or src.value is None:
                    continue
                amount = src.value.scaleb(src.scale)
                q = Decimal(1).scaleb(c.scale - c.decimals_printed)
                expected = (amount / rate).quantize(q, rounding=ROUND_HALF_UP)
                printed = c.value.scaleb(c.scale)
                if expected != printed:
                    diff = (printed - expected) / q
                    out.append(Finding(
                        code="source.convenienceTranslation",
                        severity="warning",
                        message=(f"line {c.span.line} ({r.label[:60]}): {src.raw} at {rate} per {doc.convenience_translations[0].to_currency} "
                                 f"is {_fmt(expected.scaleb(-c.scale))} at the printed scale, the release prints {c.raw} "
                                 f"({_fmt(diff)} unit{'s' if abs(diff) != 1 else ''} off)"),
                        lines=[c.span.line],
                    ))
    return out


def _dimension_findings(mapped) -> list[Finding]:
    """Sums the calculation linkbase cannot express: members of an axis against the total. A release may print two
    breakdowns of one total on one axis in two tables (Amazon Q3 2025: net product and service sales in the
    statement of operations, net sales by category in the supplemental table; filers put both on
    srt:ProductOrServiceAxis): the members printed in one table add up on their own, and the members printed one a
    table (a table per segment) together."""
    filing = mapped.filing
    ctx = {c.id: c for c in filing.contexts}
    inner = set(mapped.member_parent)  # members inside another member: not summed with the top level
    by_key: dict[tuple, dict] = defaultdict(dict)
    for f in filing.facts:
        if not isinstance(f.value, Decimal):
            continue
        c = ctx[f.context]
        dims = {d.axis: d.member for d in c.dims}
        base = (f.concept, c.period_type, c.start, c.end, f.unit)
        by_key[base][tuple(sorted(dims.items()))] = f
    out = []
    for base, facts in by_key.items():
        total = facts.get(())
        if total is None or base[4] == "pure":
            continue  # the members' ratios (margins) do not add up to the whole's
        for axis in ("srt:ProductOrServiceAxis", "srt:StatementGeographicalAxis", "us-gaap:StatementBusinessSegmentsAxis"):
            kids = [(k, f) for k, f in facts.items() if len(k) == 1 and k[0][0] == axis]
            if len(kids) < 2:
                continue
            groups: dict[str | None, list] = defaultdict(list)
            for k, f in kids:
                if k[0][1] not in inner:
                    groups[f.table].append(f)
            alone = [g[0] for g in groups.values() if len(g) == 1]
            groups = {t: g for t, g in groups.items() if len(g) > 1} | {None: alone}
            elim = [f for k, f in facts.items() if len(k) == 1 and k[0][0] == "srt:ConsolidationItemsAxis"] if axis.endswith("SegmentsAxis") else []
            for top in groups.values():
                if len(top) >= 2:
                    out += _members_add(base, axis, top + elim, total)
    return out


def _members_add(base: tuple, axis: str, members: list, total) -> list[Finding]:
    """A finding where the members of one breakdown do not add up to the total, within the rounding of their figures."""
    s = sum((f.value for f in members), Decimal(0))
    decs = [f.decimals for f in members + [total] if isinstance(f.decimals, int)]
    q = Decimal(1).scaleb(-min(decs)) if decs else Decimal(1)
    if abs(s - total.value) <= q * len(members) / 2:
        return []
    lines = sorted({x.sources[0].line for x in members + [total] if x.sources})
    return [Finding(
        code="source.membersDoNotAdd",
        severity="warning",
        message=(f"{base[0]} {base[2] or ''}..{base[3]} ({base[4]}): the {len(members)} members of {axis} add up to "
                 f"{_fmt(s)}, the total is {_fmt(total.value)}"),
        lines=lines,
    )]


def _reclassification_findings(doc: LineItemDocument) -> list[Finding]:
    """A table under a new classification against the table it replaces: the same periods, the same totals."""
    import re

    from .mapping.rules import _load_toml  # the mapping knowledge file

    pat = re.compile(_load_toml("mapping.toml")["reclassification"]["pattern"], re.IGNORECASE)
    tables = [t for t in doc.tables if pat.search(t.title or "") and t.orientation == "periods_in_columns"]

    def totals(t):
        out: dict[str, Decimal] = {}
        for r in t.rows:
            for c in r.cells:
                if c.role == "value" and c.value is not None and c.period is not None:
                    out[c.period.key] = out.get(c.period.key, Decimal(0)) + c.value.scaleb(c.scale)
        return out

    out = []
    for i, a in enumerate(tables):
        ta = totals(a)
        for b in tables[i + 1 :]:
            if b.title == a.title:
                continue
            tb = totals(b)
            if not ta or set(ta) != set(tb):
                continue
            lines = sorted({a.first_line, b.first_line})
            diff = {k: (ta[k], tb[k]) for k in ta if ta[k] != tb[k]}
            if diff:
                k, (x, y) = sorted(diff.items())[0]
                out.append(Finding(code="source.reclassificationDiffers", severity="warning",
                                   message=f"tables {a.id} ({a.title}) and {b.id} ({b.title}) print the same periods but their totals differ ({k}: {_fmt(x)} against {_fmt(y)})",
                                   lines=lines))
            else:
                out.append(Finding(code="source.reclassificationAgrees", severity="info",
                                   message=f"tables {a.id} ({a.title}) and {b.id} ({b.title}): the totals of {len(ta)} periods agree under both classifications",
                                   lines=lines))
            break
    return out
