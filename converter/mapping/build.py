"""Mapping: the line-item document -> a filing (concepts, contexts, units, facts, linkbases).

Every cell ends as a fact or as an exclusion with its reason (``CellOutcome``), so that the
report can account for every printed number.

The work is split by concern: ``mapped`` (options, results, shared names), ``builder`` (the filing under
construction), ``arithmetic`` (which rows add up), ``resolve`` (a row's concept and dimensions), ``emit`` (a
row's facts), ``structure`` (presentation and calculation roles), ``cover`` (dei, convenience rate) and
``finish`` (ambiguous facts, calculations that hold, cubes). This module runs them, table by table, and
exports what the rest of the converter imports from ``prxbrl.mapping.build``.
"""

from __future__ import annotations

import dataclasses

import re

from ..models import LineItemDocument, Table
from .index import release_year
from .rules import load_user_rules, mapping_knowledge, reset_user_rules, use_user_rules, table_kind
from .arithmetic import Node, arithmetic_tree
from .builder import Builder, _agree
from .naming import _NON_CURRENCY, is_currency
from .mapped import STATEMENT_KINDS, CellOutcome, Duplicate, Mapped, Options
from .resolve import TableMapper
from .segment_columns import column_segments
from ..sgml_header import names_other
from ..tables.titles import is_sentence
from .segment_tables import introduced_as_segments, reconciling, row_segments, table_segments
from .segment_pages import page_segments
from .rows import prepare
from .related_party import qualifier_only
from .measure_columns import by_measure
from .emit import _emit_row, _map_transposed_row
from .reconciling import whole_line_item
from .unlabeled import unlabeled_name
from .structure import _structure
from .cover import _convenience_rate, _dei
from .finish import _finish
from .other_company import other_company

__all__ = ["Builder", "CellOutcome", "Duplicate", "Mapped", "Node", "Options", "TableMapper", "arithmetic_tree", "is_currency", "map_document",
           "_NON_CURRENCY", "_agree"]


def map_document(doc: LineItemDocument, lines: list[str], options: Options = Options(), prose: list[str] | None = None) -> Mapped:
    """The filing of a release's line items. ``prose``: the release's text as its prose reads (an HTML release's
    paragraphs, not its markup: ``extract.prose_of``); its lines where not given."""
    token = use_user_rules(load_user_rules(options.mapping) if options.mapping else ())
    # filers' labels weigh as filers of the release's era used them (index.RELEASE_ERA_WEIGHTS): its period end's year
    year = doc.document_period_end.year if doc.document_period_end else None
    try:
        with release_year(year):
            return _map_document(doc, lines, options, lines if prose is None else prose)
    finally:
        reset_user_rules(token)


def _map_document(doc: LineItemDocument, lines: list[str], options: Options, prose: list[str]) -> Mapped:
    b = Builder(doc, lines, options)
    b.prose = prose
    # tables the release introduces as another company's results (other_company.py): none of their figures is the company's
    names = b.company_names
    b.other_company = {t.id: other for n, t in enumerate(doc.tables)
                       if (other := other_company(lines, t, doc.tables[n - 1] if n else None, names)) is not None}
    prev_kind: str | None = None
    prev_title: str | None = None
    for table in doc.tables:
        kind = table_kind(table.title, table.context)
        if kind == "summary" and (_income_and_comprehensive(table) or _reads_as_income_statement(table)):
            kind = "income"
        if table.title == prev_title and prev_kind and _headed_kind(table) in ("summary", prev_kind) and _names_something(table.title):
            kind = prev_kind  # (a "title" that names nothing, "(Unaudited)" over an income statement and a table of balances, ties none)
        b.kinds[table.id] = kind
        prev_kind, prev_title = kind, table.title
    # tables that name no kind, right after text that speaks of the company's segments: the segments' (segment_tables.py)
    for tid in introduced_as_segments(lines, doc.tables, b.kinds):
        b.kinds[tid] = "segment"
    # tables on a segment's page ("# All Other" over "## Financial Results"): the segment's, never the consolidated
    # statements, whatever their titles say (segment_pages.py)
    pages = page_segments(b, lines, doc.tables)
    for tid in pages:
        if b.kinds[tid] in STATEMENT_KINDS:
            b.kinds[tid] = "segment"
    # the statements first: a reconciliation or a summary printed before them is read knowing their facts ("Net loss"
    # in a reconciliation to adjusted EBITDA at the top of a release is the statement's net loss where the figures agree)
    for table in [t for t in doc.tables if b.kinds[t.id] in STATEMENT_KINDS]:
        _map_table(b, table, b.kinds[table.id])
    # tables of one segment each: told by their figures adding up to the statements' (segment_tables.py)
    whole = pages | table_segments(b, lines, doc.tables)
    whole |= column_segments(b, doc.tables, set(whole))
    b.row_segment = {(t.id, r.id): s for t in doc.tables if (s := whole.get(t.id)) for r in t.rows} | row_segments(b, doc.tables, whole)
    for table in [t for t in doc.tables if b.kinds[t.id] not in STATEMENT_KINDS]:
        _map_table(b, table, b.kinds[table.id])
    _convenience_rate(b)
    _dei(b)
    return _finish(b)


def _headed_kind(table: Table) -> str:
    """The kind that the headings over a table name, its title aside ("summary": none). A table whose title is the
    previous table's goes on with that table's kind (a statement continued over a page, titled by its running header),
    unless a heading of its own names another: YETI Q3 2025 prints "(Unaudited) (In thousands)" under the name of every
    statement, so that line titles both its balance sheet and, under "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS",
    its cash flows. Footnotes and sentences over the table are the previous table's notes, no heading ("(1) Free cash
    flow is cash flow from operations reduced by ..." under Amazon's supplemental metrics)."""
    return table_kind("", [t for t in table.context if not is_sentence(t) and not _FOOTNOTE.match(t)])


_FOOTNOTE = re.compile(r"\s*(?:\(\w{1,2}\)|\[\d{1,2}\]|\d{1,2}[.)]\s|[*\u2020\u2021]+)")


def _other_entity(b: Builder, item) -> tuple[str, str] | None:
    """The heading over a row that names another registrant of an EDGAR filing, and that registrant."""
    for heading in reversed(item.section):
        if (other := names_other(heading, b.filers)) is not None:
            return heading, other
    return None


def _names_something(title: str | None) -> bool:
    """Whether a table's title names anything: a word outside parentheses that is no audit status ("ASSETS" does;
    "(Unaudited)" or a contact's phone number "651-236-5158" does not)."""
    words = re.findall(r"[A-Za-z]{3,}", re.sub(r"\([^()]*\)", " ", title or ""))
    return any(w.lower() not in _AUDIT_STATUS for w in words)


_AUDIT_STATUS = frozenset({"unaudited", "audited"})


def _reads_as_income_statement(table: Table) -> bool:
    """A table that names no kind and prints an income statement's lines (mapping.toml [labels] pretax_line,
    net_income_line; eight rows of figures or more), under columns of periods only, and no total of assets: an income
    statement (Luby's Q1 FY2009, an EDGAR exhibit's excerpt without its title: "Payroll and related costs" is the
    expense, never the liability accrued for it at the column's end)."""
    kn = mapping_knowledge()
    if _names_something(table.title) or any(
            c.period is None or c.period.kind != "duration" for c in table.columns if c.role == "value"):
        return False  # (a "title" that names nothing: H.B. Fuller Q3 2006's "651-236-5158", a phone number)
    rows = [r for r in table.rows if any(c.role == "value" for c in r.cells)]
    labels = [r.label.strip() for r in rows]
    # (no adjusted measure among them: a statement prints none; a table that goes on to reconcile its net income to
    # an adjusted one stays a summary, Palomar's "Adjustments:" ... "Adjusted net income")
    headings = [r.label for r in table.rows if not any(c.role == "value" for c in r.cells)]
    return (len(rows) >= 8 and any(kn.pretax_line.search(x) for x in labels) and any(kn.net_income_line.search(x) for x in labels)
            and not any(kn.total_assets_label.search(x) for x in labels)
            and not any(kn.index_blocked.search(x) for x in labels + headings)
            and not any(kn.adjustments_heading.search(x) for x in headings))


def _summed_with_flows(tm: TableMapper, node: Node) -> bool:
    """Whether the rows a row's sum relates it to (its total, the rows it adds up, the other parts of its total) hold
    standard concepts, all of them flows over a period."""
    related = set(node.children)
    if node.parent is not None:
        related |= {node.parent} | set(tm.nodes[node.parent].children)
    related.discard(node.index)
    types = [tm.b.concept(r.concept).period_type for i in sorted(related)
             if (r := tm.res.get(i)) is not None and r.concept and not r.dims and tm.b.concept(r.concept) is not None]
    return bool(types) and all(t == "duration" for t in types)


def _income_and_comprehensive(table: Table) -> bool:
    """A statement of comprehensive income or loss whose first line is the income statement's, not the net income or
    loss a statement of other comprehensive income starts from (mapping.toml [labels] comprehensive_title)."""
    kn = mapping_knowledge()
    if not kn.comprehensive_title.search(table.title or ""):
        return False
    first = next((r for r in table.rows if r.kind != "heading" and any(c.role == "value" for c in r.cells)), None)
    return first is not None and not kn.net_income_line.search(first.label.strip())


def _map_table(b: Builder, table: Table, kind: str) -> None:
    if (parts := by_measure(table)) is not None:
        for part in parts:  # columns of several measures: each measure's its own table (measure_columns.py)
            _map_table(b, part, kind)
        return
    if (other := b.other_company.get(table.id)) is not None:
        # "A summary of Brookfield Corporation's ... operating results is provided below:" in Brookfield Wealth
        # Solutions' release: the parent's figures, not the company's; no fact of the company's context
        for r in table.rows:
            for cell in r.cells:
                b.exclude(cell, table, "other_entity", f"the table is introduced as {other[1]}'s ({other[0]!r}), another "
                          "company than the registrant")
        return
    prep = prepare(table, b.lines)
    table = prep.table
    tm = TableMapper(b, table, kind, prep.trailing, prep.printed)
    unknown: dict[int, str] = {}
    for node in tm.nodes:
        if not node.item.label.strip():
            name = unlabeled_name(tm, node)
            if table.orientation != "periods_in_rows":
                if not node.children:
                    unknown[node.index] = "a figure printed without a label, adding up no rows"
                elif name is None:
                    unknown[node.index] = ("a figure printed without a label, adding up rows that no name tells the total of "
                                           "(more than its section, a section whose total is printed labelled below, or "
                                           "several line items, not one net of others)")
            node.item = node.item.model_copy(update={"label": name or f"Subtotal at line {node.item.line}"})
    for node in tm.nodes:
        item = node.item
        if table.orientation == "periods_in_rows":
            _map_transposed_row(b, table, kind, item)
            continue
        if (other := _other_entity(b, item)) is not None:
            # figures under a heading naming another registrant of the filing ("Alabama Power -" in Southern Co's
            # combined 8-K): that legal entity's, not the company's; no fact of the company's context
            for cell in item.cells:
                b.exclude(cell, table, "other_entity", f"under the heading {other[0]!r}: figures of {other[1]}, another "
                          "registrant of the filing (its SEC header), not the company's")
            continue
        if item.section and item.section[0] in tm.parallel and tm.parallel[item.section[0]] is None:
            # a block repeating the consolidated block's rows under another heading ("Alabama Power -"), whose figures
            # do not add up to the consolidated ones: a part of the company of no axis that can be told (parallel_blocks.py)
            for cell in item.cells:
                b.exclude(cell, table, "part_unknown", f"under the heading {item.section[0].strip()!r}, a block repeating the "
                          "consolidated block's rows whose figures do not add up to it: a part of the company (a subsidiary, "
                          "a segment) that cannot be told, not the company's own figures")
            continue
        if node.index in unknown:
            # a figure printed without a label ("EX-99.1 / 2 / ...htm": an exhibit's sequence number; a stray page
            # number), or a sum of rows under other headings than its own: its line item is unknown, so it is no fact
            for cell in item.cells:
                b.exclude(cell, table, "no_label", unknown[node.index])
            continue
        if not item.section and qualifier_only(item.label):
            # "Related party" under no heading: the line item it qualifies is not printed (related_party.py)
            for cell in item.cells:
                b.exclude(cell, table, "line_item_unknown", "the label only says the amount is with related parties; no "
                          "heading names the line item")
            continue
        res = tm.signed(node, tm.settle(node, tm.resolve(node)))
        if (rec := b.reconciling.get(f"{table.id}/{item.id}")) is not None:
            res = tm.res[node.index] = reconciling(b, *rec)
        if res.concept is None and res.period_mode is None and any(c.period is not None and c.period.per_row for c in item.cells) \
                and _summed_with_flows(tm, node):
            # a line item of the company's own under a year alone, in a sum of the statements' flows (Ai-Media's
            # "Less: Direct employee costs" between "Revenue" and "Gross profit*" in its reconciliation to EBITDA):
            # a flow over the year, as they are
            res = tm.res[node.index] = dataclasses.replace(res, period_mode="duration")
        _emit_row(b, table, kind, item, res, node, printed=prep.printed.get(item.id), whole=whole_line_item(tm, node))
        tm.emitted.add(node.index)
    _structure(b, table, kind, tm)
