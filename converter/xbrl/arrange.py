"""Statements as SEC filings structure them: the Filing's presentation and definition, arranged before writing.

The mapping gives each table of the release a presentation role (its rows in printed order) and one definition
cube per set of axes in a role of its own. This module rearranges that, from the Filing alone, the way SEC
filings are built:

* a role whose tables print dimensional facts (convenience translations, products, segments, forecasts,
  previously reported amounts) presents them ``[Abstract]`` → ``[Table]`` → ``[Axis]`` → ``[Domain]`` →
  members, and ``[Line Items]`` → the rows; its definition linkbase, in the same role, says the same
  (all, hypercube-dimension, dimension-domain, domain-member arcs; the writer adds dimension-default). The
  statements use ``us-gaap:StatementTable`` / ``us-gaap:StatementLineItems`` as SEC filers do; the other roles
  a table and line items of the extension named after the role;
* a role without dimensional facts stays a plain tree with no definition (the facts are the defaults);
* a dimensional fact belongs to the role of the table it was printed in (``Fact.table``): that role is the one
  presenting all the concepts printed in that table, the tightest such role when several do;
* cash-flow statements (the roles that present ``NetCashProvidedByUsedIn...Activities`` totals): an activity's
  total closes its activity section, so rows after it (the next activities, the change in cash, the effect of
  exchange rates, cash at the end) stand beside the section, not inside it; and the cash balance is presented
  twice, with its period-start and its period-end label, when the release labels both.

Consumers that choose a statement's rows by its role (edgartools, the SEC renderer) then show each statement with
the facts printed in it; the other dimensional facts stay reachable in the roles of their own tables.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from ..filing import (
    LABEL_ROLE,
    PERIOD_END_LABEL_ROLE,
    PERIOD_START_LABEL_ROLE,
    Concept,
    Filing,
    Hypercube,
    Label,
    PresentationArc,
    PresentationRole,
)
from ..models import LineItemDocument

STATEMENT_TABLE = "StatementTable"
STATEMENT_LINE_ITEMS = "StatementLineItems"
_ACTIVITY_TOTAL = re.compile(r"^NetCashProvidedByUsedIn(Operating|Investing|Financing)Activities")

Tree = dict[str, list[list]]  # parent -> [[child, preferred_label], ...] in order


def _tree(role: PresentationRole) -> Tree:
    kids: Tree = defaultdict(list)
    for a in sorted(role.arcs, key=lambda a: a.order):  # stable: arcs of one parent keep their given order
        kids[a.parent].append([a.child, a.preferred_label])
    return kids


def _arcs(tree: Tree, root: str) -> list[PresentationArc]:
    out: list[PresentationArc] = []
    seen: set[str] = set()

    def walk(node: str) -> None:
        if node in seen:  # a concept presented twice (cash at start and end) has its children once
            return
        seen.add(node)
        for i, (child, pref) in enumerate(tree.get(node, []), start=1):
            out.append(PresentationArc(parent=node, child=child, order=i, preferred_label=pref))
            walk(child)

    walk(root)
    return out


def _local(qname: str) -> str:
    return qname.partition(":")[2]


# ---------------------------------------------------------------- cash flows


def _parent_of(tree: Tree) -> dict[str, str]:
    return {child: parent for parent, kids in tree.items() for child, _ in kids}


def _subtree_has_total(tree: Tree, node: str) -> bool:
    stack, seen = [node], set()
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        for c, _ in tree.get(n, []):
            if _ACTIVITY_TOTAL.match(_local(c)):
                return True
            stack.append(c)
    return False


def _preorder(tree: Tree, root: str) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    stack = [root]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        out.append(n)
        stack.extend(c for c, _ in reversed(tree.get(n, [])))
    return out


def _arrange_cash_flow(tree: Tree, root: str, abstract: set[str]) -> None:
    """An activity total (``NetCashProvidedByUsedIn<Activity>Activities``) closes its activity's section, the
    heading whose name holds that activity ("Financing activities:"): the section stands at the top level; the
    total is its last row (not under a sub-heading); rows printed after the total (the next activities, the change
    in cash) stand beside the section; rows printed between the heading and its total at the top level are the
    section's. A total whose section cannot be told by its heading is left where it is."""
    order = _preorder(tree, root)
    totals = [n for n in order if _ACTIVITY_TOTAL.match(_local(n))]
    for total in totals:
        activity = _ACTIVITY_TOTAL.match(_local(total)).group(1).lower()
        parent = _parent_of(tree)
        chain = [total]
        while chain[-1] in parent and chain[-1] != root and parent[chain[-1]] not in chain:
            chain.append(parent[chain[-1]])
        if chain[-1] != root:
            continue
        rk = tree[root]

        def is_heading(n: str) -> bool:
            return n in abstract and activity in _local(n).lower()

        if len(chain) == 2:
            # the total stands at the top level: the rows from its heading to it are the section's
            at = next(i for i, e in enumerate(rk) if e[0] == total)
            head = next((i for i in range(at - 1, -1, -1) if rk[i][0] in abstract and tree.get(rk[i][0])), None)
            if head is None or not is_heading(rk[head][0]) or _subtree_has_total(tree, rk[head][0]):
                continue
            tree[rk[head][0]].extend(rk[head + 1:at + 1])
            del rk[head + 1:at + 1]
            continue
        headings = [n for n in chain[1:-1] if is_heading(n)]
        if not headings:
            continue
        section = headings[-1]
        if parent[section] != root:
            # the section printed inside another one ("Investing activities:" read under "Operating activities:"):
            # it moves to the top level, after the section that held it
            holder_kids = tree[parent[section]]
            entry = next(e for e in holder_kids if e[0] == section)
            holder_kids.remove(entry)
            top = chain[-2]
            pos = next(i for i, e in enumerate(rk) if e[0] == top)
            rk.insert(pos + 1, entry)
            chain = chain[:chain.index(section) + 1] + [root]
        holder = chain[1]
        if holder != section:
            # printed under a sub-heading of its section ("Changes in operating assets and liabilities"): the
            # total and the rows after it leave the sub-heading, after it
            hk = tree[holder]
            at = next(i for i, e in enumerate(hk) if e[0] == total)
            moved = hk[at:]
            del hk[at:]
            top_child = chain[-3]  # the child of the section that holds the total
            at = next(i for i, e in enumerate(tree[section]) if e[0] == top_child)
            tree[section][at + 1:at + 1] = moved
        kids = tree[section]
        at = next(i for i, e in enumerate(kids) if e[0] == total)
        after = kids[at + 1:]
        if not after:
            continue
        del kids[at + 1:]
        pos = next(i for i, e in enumerate(rk) if e[0] == section)
        rk[pos + 1:pos + 1] = after


def _balance_labels(filing: Filing, contexts: dict) -> list[Label]:
    """The missing one of a balance's period-start and period-end labels, from the release: a balance printed in a
    table with its start label ("Cash, beginning balances") and, in the same table, with another label ("Cash,
    ending balances") has that other label for the end (and the reverse)."""
    have = {(lab.concept, lab.role): lab.text for lab in filing.labels}
    out: list[Label] = []
    for role, other in ((PERIOD_START_LABEL_ROLE, PERIOD_END_LABEL_ROLE), (PERIOD_END_LABEL_ROLE, PERIOD_START_LABEL_ROLE)):
        for (concept, r), text in sorted(have.items()):
            if r != role or (concept, other) in have:
                continue
            plain = [f for f in filing.facts if f.concept == concept and not contexts[f.context].dims and f.label]
            tables = {f.table for f in plain if f.label.strip() == text.strip()}
            counts: dict[str, int] = defaultdict(int)
            for f in plain:
                if f.table in tables and f.label.strip() != text.strip():
                    counts[f.label.strip()] += 1
            if counts:
                best = min(counts, key=lambda t: (-counts[t], t))
                out.append(Label(concept=concept, role=other, text=best))
                have[(concept, other)] = best
    return out


def _cash_balances(tree: Tree, labels: set[tuple[str, str]], abstract: set[str]) -> None:
    """A balance labelled for both the start and the end of the period is presented twice: the end row right after
    the start row, or, when the start row heads the statement, after the rows that follow the last activity (the
    change in cash)."""
    for kids in list(tree.values()):
        for entry in list(kids):
            concept, pref = entry
            if pref not in (PERIOD_START_LABEL_ROLE, PERIOD_END_LABEL_ROLE):
                continue
            other = PERIOD_END_LABEL_ROLE if pref == PERIOD_START_LABEL_ROLE else PERIOD_START_LABEL_ROLE
            if (concept, other) not in labels or any(c == concept and p == other for c, p in kids):
                continue
            at = kids.index(entry)
            if pref == PERIOD_END_LABEL_ROLE:
                kids.insert(at, [concept, PERIOD_START_LABEL_ROLE])
                continue
            activities = [i for i, (c, _) in enumerate(kids) if c in abstract and _subtree_has_total(tree, c)]
            end = at
            if activities and activities[-1] > at:
                end = activities[-1]
                while end + 1 < len(kids) and kids[end + 1][0] not in abstract:
                    end += 1
            kids.insert(end + 1, [concept, PERIOD_END_LABEL_ROLE])


# ---------------------------------------------------------------- dimensional facts and their roles


def _role_concepts(role: PresentationRole) -> set[str]:
    return {role.root} | {a.child for a in role.arcs} | {a.parent for a in role.arcs}


@dataclass(frozen=True)
class Tables:
    """What the line-item document says about its tables: each table's title (the mapping names a table's role by
    it) and the table of each printed cell, by place (line, start)."""

    titles: Mapping[str, str]
    cells: Mapping[tuple[int, int], str]

    @classmethod
    def of(cls, doc: LineItemDocument) -> Tables:
        return cls(titles={t.id: t.title or t.id for t in doc.tables},
                   cells={(c.span.line, c.span.start): t.id for t in doc.tables for row in t.rows for c in row.cells})


def _fact_roles(filing: Filing, tables: Tables | None) -> dict[str, list[PresentationRole]]:
    """Fact id -> the roles of the tables it was printed in, for the dimensional facts.

    With the line-item document's ``tables``: the tables of each print of the fact, and the role the mapping gave
    each table's title (the role whose definition ends with " - {title}"). From the Filing alone: the table of
    the fact's first print (``Fact.table``) and the tables of its other prints by place (a table spans the places
    of the first prints made in it); a table's role is the one presenting every concept printed in it (the
    tightest one when several do, the first of equals)."""
    contexts = {c.id: c for c in filing.contexts}
    where: dict[str, list[tuple[int, int]]] = {}  # table -> [first, last] (line, start) of the first prints in it
    for f in filing.facts:
        if f.table is not None and f.sources:
            at = (f.sources[0].line, f.sources[0].start)
            lo_hi = where.setdefault(f.table, [at, at])
            lo_hi[0], lo_hi[1] = min(lo_hi[0], at), max(lo_hi[1], at)
    spans = sorted((lo, hi, t) for t, (lo, hi) in where.items())
    starts = [lo for lo, _, _ in spans]

    def table_at(at: tuple[int, int]) -> str | None:
        if tables is not None:
            return tables.cells.get(at)
        i = bisect_right(starts, at) - 1
        return spans[i][2] if i >= 0 and spans[i][1] >= at else None

    def tables_of(f) -> list[str]:
        out = [f.table] if f.table is not None else []
        for s in f.sources:
            t = table_at((s.line, s.start))
            if t is not None and t not in out:
                out.append(t)
        return out

    fact_tables = {f.id: tables_of(f) for f in filing.facts}
    concepts_of_table: dict[str, set[str]] = defaultdict(set)
    for f in filing.facts:
        for t in fact_tables[f.id]:
            concepts_of_table[t].add(f.concept)
    role_concepts = [(r, _role_concepts(r)) for r in filing.presentation]
    concepts_of_role = {r.role_uri: cs for r, cs in role_concepts}
    table_role: dict[str, PresentationRole] = {}
    for table, concepts in concepts_of_table.items():
        title = tables.titles.get(table) if tables is not None else None
        if title is not None:
            named = next((r for r in filing.presentation if r.definition.endswith(f" - {title}")), None)
            if named is not None:
                table_role[table] = named
                continue
        fits = [(len(cs), i, r) for i, (r, cs) in enumerate(role_concepts) if concepts <= cs]
        if fits:
            table_role[table] = min(fits, key=lambda t: (t[0], t[1]))[2]
    out: dict[str, list[PresentationRole]] = {}
    for f in filing.facts:
        if not contexts[f.context].dims:
            continue
        roles: list[PresentationRole] = []
        for t in fact_tables[f.id]:
            r = table_role.get(t)
            if r is not None and r.role_uri not in {x.role_uri for x in roles} and f.concept in concepts_of_role[r.role_uri]:
                roles.append(r)
        if not roles:
            # printed nowhere a role presents: the first role presenting the concept
            roles = [r for r, cs in role_concepts if f.concept in cs][:1]
        if roles:
            out[f.id] = roles
    return out


def _us_gaap_concept(filing: Filing, name: str, hypercube: bool) -> Concept | None:
    ref = next((c for c in filing.concepts if c.prefix == "us-gaap"), None)
    if ref is None:
        return None
    return Concept(prefix="us-gaap", name=name, namespace=ref.namespace, type="xbrli:stringItemType",
                   period_type="duration", abstract=True, substitution_group="hypercube" if hypercube else "item",
                   schema_location=ref.schema_location)


def _ext_concept(filing: Filing, taken: dict[str, Concept], name: str, hypercube: bool) -> Concept:
    ext = filing.extension
    group = "hypercube" if hypercube else "item"
    base, n = name, 1
    while f"{ext.prefix}:{name}" in taken:
        c = taken[f"{ext.prefix}:{name}"]
        if c.substitution_group == group and c.abstract:
            return c
        n += 1
        name = f"{base}{n}"
    schema = next((c.schema_location for c in ext.concepts), f"{ext.prefix}-{ext.date:%Y%m%d}.xsd")
    c = Concept(prefix=ext.prefix, name=name, namespace=ext.namespace, type="xbrli:stringItemType",
                period_type="duration", abstract=True, substitution_group=group, schema_location=schema)
    taken[c.qname] = c
    return c


def arrange(filing: Filing, tables: Tables | None = None) -> Filing:
    """The Filing with its presentation and definition arranged as SEC filings are (see the module doc).
    ``tables``: what the line-item document says about its tables (``Tables.of(doc)``); without it the tables'
    roles are inferred from the Filing."""
    if not filing.presentation:
        return filing
    contexts = {c.id: c for c in filing.contexts}
    concepts: dict[str, Concept] = {c.qname: c for c in list(filing.extension.concepts) + list(filing.concepts)}
    abstract = {q for q, c in concepts.items() if c.abstract}
    labels: list[Label] = _balance_labels(filing, contexts)
    label_roles = {(lab.concept, lab.role) for lab in list(filing.labels) + labels}
    old_cubes = list(filing.definition)
    # a role that comes with a cube of its own is arranged already (its table, axes and line items are presented)
    own = {c.role_uri for c in old_cubes} & {r.role_uri for r in filing.presentation}
    domain_of: dict[str, str] = {}
    member_parents: dict[str, str] = {}
    for cube in old_cubes:
        for axis, members in cube.axes.items():
            if members:
                domain_of.setdefault(axis, members[0])
        for m, p in cube.member_parents.items():
            member_parents.setdefault(m, p)

    fact_role = _fact_roles(filing, tables)
    dims_of_role: dict[str, dict[str, list[str]]] = defaultdict(dict)  # role uri -> axis -> members in order
    for f in filing.facts:
        for role in fact_role.get(f.id, []):
            for d in contexts[f.context].dims:
                members = dims_of_role[role.role_uri].setdefault(d.axis, [])
                if d.member not in members:
                    members.append(d.member)
    # a role with an axis no cube gives a domain for stays plain; its dimensional facts keep the mapping's cubes
    plain = {uri for uri, axes in dims_of_role.items() if any(a not in domain_of for a in axes)} | own
    fact_role = {k: rs for k, v in fact_role.items() if (rs := [r for r in v if r.role_uri not in plain])}

    added: dict[str, Concept] = {}
    statement_table = _us_gaap_concept(filing, STATEMENT_TABLE, True)
    statement_items = _us_gaap_concept(filing, STATEMENT_LINE_ITEMS, False)
    roles: list[PresentationRole] = []
    cubes: list[Hypercube] = []
    for role in filing.presentation:
        if role.role_uri in own:
            roles.append(role)
            continue
        tree = _tree(role)
        _arrange_cash_flow(tree, role.root, abstract)
        _cash_balances(tree, label_roles, abstract)
        axes = dims_of_role.get(role.role_uri)
        if not axes or role.role_uri in plain:
            roles.append(role.model_copy(update={"arcs": _arcs(tree, role.root)}))
            continue
        is_statement = " - Statement - " in role.definition
        name = role.role_uri.rstrip("/").rsplit("/", 1)[-1]
        title = role.definition.split(" - ", 2)[-1]
        if is_statement and statement_table is not None and statement_items is not None:
            table, items = statement_table, statement_items
        else:
            taken = dict(concepts) | added
            table = _ext_concept(filing, taken, f"{name}Table", True)
            items = _ext_concept(filing, taken | {table.qname: table}, f"{name}LineItems", False)
            if table.qname not in concepts:
                labels.append(Label(concept=table.qname, role=LABEL_ROLE, text=f"{title} [Table]"))
            if items.qname not in concepts:
                labels.append(Label(concept=items.qname, role=LABEL_ROLE, text=f"{title} [Line Items]"))
        for c in (table, items):
            if c.qname not in concepts:
                added.setdefault(c.qname, c)
        # [Abstract] > [Table] > [Axis] ... and [Line Items] > the rows, as the US GAAP taxonomy presents its tables
        line_items = list(tree.get(role.root, []))
        primary = [q for q in dict.fromkeys(a.child for a in _arcs(tree, role.root)) if q not in abstract]
        tree[items.qname] = line_items
        tree[role.root] = [[table.qname, None]]
        cube_axes: dict[str, list[str]] = {}
        parents: dict[str, str] = {}
        tree[table.qname] = []
        for axis in sorted(axes):
            domain = domain_of[axis]
            members = axes[axis]
            cube_axes[axis] = [domain] + members
            tree[table.qname].append([axis, None])
            tree[axis] = [[domain, None]]
            inside = set(members)
            for m in members:
                p = member_parents.get(m)
                if p in inside and p != m:
                    parents[m] = p
            # members under the domain in printed order, as SEC filings present them (their hierarchy is in the
            # definition linkbase)
            tree[domain] = [[m, None] for m in members]
        tree[table.qname].append([items.qname, None])
        roles.append(role.model_copy(update={"arcs": _arcs(tree, role.root)}))
        cubes.append(Hypercube(role_uri=role.role_uri, definition=role.definition, table=table.qname,
                               line_items=items.qname, primary_items=primary, axes=cube_axes, member_parents=parents))

    # dimensional facts no role presents keep the mapping's cube (its primary items narrowed to theirs)
    left: dict[frozenset[str], set[str]] = defaultdict(set)
    for f in filing.facts:
        dims = contexts[f.context].dims
        if dims and f.id not in fact_role:
            left[frozenset(d.axis for d in dims)].add(f.concept)
    used_cubes: set[str] = {q for c in old_cubes if c.role_uri in own for q in (c.table, c.line_items)}
    for cube in old_cubes:
        primaries = left.get(frozenset(cube.axes))
        if cube.role_uri in own:
            cubes.append(cube)
        elif primaries:
            cubes.append(cube.model_copy(update={"primary_items": sorted(primaries & set(cube.primary_items)) or sorted(primaries)}))
            used_cubes.update((cube.table, cube.line_items))
    dropped = {q for cube in old_cubes for q in (cube.table, cube.line_items)} - used_cubes
    ext = filing.extension
    ext_concepts = [c for c in ext.concepts if c.qname not in dropped] + [c for c in added.values() if c.prefix == ext.prefix]
    all_concepts = [c for c in filing.concepts if c.qname not in dropped] + list(added.values())
    return filing.model_copy(update={
        "extension": ext.model_copy(update={"concepts": ext_concepts}),
        "concepts": all_concepts,
        "labels": [lab for lab in filing.labels if lab.concept not in dropped] + labels,
        "presentation": roles,
        "definition": cubes,
        # the reported amounts before their dimensional breakdowns and translations: consumers that take a row's
        # currency from the first fact of its concept and period (edgartools) then take the reported currency
        "facts": [f for f in filing.facts if not contexts[f.context].dims] + [f for f in filing.facts if contexts[f.context].dims],
    })
