"""The arithmetic structure of a table: which rows add up to which."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..models import LineItem, Table
from ..tables.totals import is_total
from .rules import mapping_knowledge, normalize


@dataclass
class Node:
    index: int
    item: LineItem
    values: dict[int, Decimal]  # column -> printed value (value columns of the primary currency, or per share of it)
    parent: int | None = None
    weight: int = 1  # printed weight towards the parent
    children: list[int] = field(default_factory=list)
    elimination: bool = False  # an "Elimination" row: subtracted from the total it belongs to
    unit: str | None = None  # the unit of ``values``: rows of two units never add up into one another


def _row_unit(item: LineItem, currency: str | None) -> str | None:
    """The unit a row's figures add up in: the primary currency, or, for a row printing none, its amount per share
    ("Continuing operations" / "Discontinued operations" / "Net income" under "Basic earnings per share")."""
    if currency is None:
        return None
    units = {c.unit for c in item.cells if c.role == "value"}
    return currency if currency in units or f"{currency}/shares" not in units else f"{currency}/shares"


def _row_values(item: LineItem, unit: str | None) -> dict[int, Decimal]:
    """The row's printed values in ``unit`` (every value column's where no unit is known), by column."""
    out = {}
    for c in item.cells:
        if c.role == "value" and (c.unit == unit or unit is None):
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


_ATTRIBUTION = re.compile(r"\battributable\s+to\W*$", re.I)
_SHARE_OF = re.compile(r"\b(?:attributable|allocable|allocated)\s+to\b", re.I)


def arithmetic_tree(table: Table, currency: str | None, is_line_item=None, is_side=None, is_part_item=None,
                    statement: bool = False) -> list[Node]:
    """Which rows add up to which: totals after their items (statements), or parents before them (summaries).

    ``is_line_item(label)``: whether a label names a line item of its own ("Cost of revenue"); a row is
    broken down into the rows after it only when those are not line items ("Network Services", "SI").
    ``is_part_item(label)``: whether a row below a line item is another line item, not a part of it (default
    ``is_line_item``): a label the index finds only through filers' labels of another amount is no line item there
    (Reddit Q2 2026's "U.S." and "International" under "Revenue": filers' labels of the domestic and foreign income
    before income taxes).
    ``is_side(label)``: whether a row totals a side of the balance sheet (total assets): it adds into nothing, so
    that the identity assets = liabilities + equity does not make the last equity line "total assets less
    total liabilities less the other equity lines".
    ``statement``: the table is a statement, whose rows of another unit (a percentage of revenue) stand in no sum of
    its money (elsewhere, a summary of measures and their rates, such a row ends the run above it), and whose results
    follow the items that add up to them (no row the rows above it add up to is broken down into the rows below it).
    """
    kn = mapping_knowledge()
    nodes: list[Node] = []
    for i, r in enumerate(table.rows):
        if r.kind != "heading":
            unit = _row_unit(r, currency)
            nodes.append(Node(i, r, _row_values(r, unit), unit=unit))
    side: set[int] = set()
    for k, n in enumerate(nodes):
        n.index = k
        n.elimination = bool(kn.elimination.match(normalize(n.item.label)))
        if is_side is not None and n.values and is_side(n.item.label):
            side.add(k)

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
    def sums_above(n: Node) -> bool:
        # the rows just above a row add up to it: a statement's result after its items ("Operating income", "Interest
        # expense", "Interest income (316)", then "Income ... before minority interest and taxes"), whatever rows
        # after it happen to add up to it too ("Minority interest (205)" and "Income ... before taxes 69,318"). Only in
        # a statement: a summary or a segment table breaks its totals down below them
        if not statement:
            return False
        after = nodes[n.index + 1] if n.index + 1 < len(nodes) else None
        if after is not None and _ATTRIBUTION.search(" ".join(after.item.section)):
            return False  # ("Profit for the year" over "Attributable to:" shares it out in the rows below it)
        for k in range(2, min(n.index, 3) + 1):
            cand = list(range(n.index - k, n.index))
            if any(not nodes[i].values or nodes[i].parent is not None or nodes[i].unit != n.unit or i in side for i in cand):
                return False
            if any(_sums(nodes, cand, w, n, tol) for w in weight_sets(k, cand)):
                return True
        return False

    def summed_below(n: Node, visible: list[int]) -> bool:
        # the row and the rows just above it add up to the total printed right under it: Meta Q2 2026's "Cash and cash
        # equivalents 15,462", "Restricted cash ..., included in prepaid expenses and other current assets 702",
        # "Restricted cash ..., included in other assets 13,107", then "Total cash, cash equivalents, restricted cash
        # ... 29,271": the last part is no difference of the closing balance printed above them and the other parts
        # (which had made the current restricted cash -702)
        below = nodes[n.index + 1] if n.index + 1 < len(nodes) else None
        if below is None or not below.values or below.unit != n.unit or below.index in side:
            return False
        if not is_total(below.item.label) and not _closes_heading(below, n):
            return False
        for k in range(1, min(len(visible), 29) + 1):
            cand = visible[-k:] + [n.index]
            if any(not nodes[i].values or nodes[i].unit != n.unit or nodes[i].elimination for i in cand):
                return False
            if _sums(nodes, cand, tuple(1 for _ in cand), below, tol):
                return True
        return False

    for n in nodes:
        if n.children or n.parent is not None or not n.values or sums_above(n):
            continue
        parent_is_item = is_line_item is not None and is_line_item(n.item.label)
        # (a total's rows stand above it: below a "Total net sales" any line items of their own, Apple's products
        # under its segments, are no parts of it)
        part_item = is_part_item if is_part_item is not None and not is_total(n.item.label) else is_line_item
        run: list[int] = []
        for m in nodes[n.index + 1 : n.index + 1 + MAX_BREAKDOWN]:
            if m.parent is not None or m.children or not m.values or m.index in side or m.unit != n.unit:
                break
            if parent_is_item and not m.elimination and part_item(m.item.label) and not _ATTRIBUTION.search(" ".join(m.item.section)):
                break  # (rows under "Attributable to:" share out the line item above them: H&M FY2024's "Profit for
                # the year" / "Attributable to:" / "The shareholders of H & M ..." / "Non-controlling interest")
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
    blocks = _parallel_blocks(nodes)
    visible: list[int] = []
    for n in nodes:
        if n.parent is not None:
            continue  # inside a parent found above
        if n.values and len(visible) >= 2 and not n.children:
            for k in range(2, min(len(visible), 30) + 1):
                cand = visible[-k:]
                if any(not nodes[i].values or i in side or nodes[i].unit != n.unit for i in cand):
                    break
                if tuple(n.item.section) in blocks and any(tuple(nodes[i].item.section) != tuple(n.item.section) for i in cand):
                    break  # a row of one of parallel blocks sums nothing across them (``_parallel_blocks``)
                hit = next((w for w in weight_sets(k, cand) if _sums(nodes, cand, w, n, tol)), None)
                if hit is not None and -1 in hit and summed_below(n, visible):
                    break  # a part of the total printed right under it, no difference of the rows above it
                if hit is not None and -1 in hit and _SHARE_OF.search(n.item.label):
                    break  # a share attributed ("... attributable to noncontrolling interests" under the whole and the
                    # parent's share: Accenture's comprehensive income), no difference of the rows above it
                if hit is not None:
                    for i, w in zip(cand, hit):
                        nodes[i].parent, nodes[i].weight = n.index, w
                        n.children.append(i)
                    visible = visible[:-k]
                    break
        if n.values or n.unit is None or not statement or not any(c.value is not None and c.unit != n.unit for c in n.item.cells):
            visible.append(n.index)
        # (a row of another unit, "Operating income (loss) as a percentage of operating revenues 5.8%", stands in no
        # sum of the money around it: "Total nonoperating expense" and the operating income above it add up below it)
    _paired_measures(nodes, tol)
    return nodes


def _closes_heading(below: Node, n: Node) -> bool:
    """Whether ``below`` is the line the heading ``n`` stands under names: Applied Digital FY2026's "Net loss attributable
    to common stockholders" (a heading) / "Continuing operations (110,560)" / "Discontinued operations (1,020)" / "Net
    loss attributable to common stockholders (111,580)": the whole the parts under the heading add up to."""
    return bool(n.item.section) and normalize(below.item.label) == normalize(n.item.section[-1])


def _parallel_blocks(nodes: list[Node]) -> set[tuple[str, ...]]:
    """Whether the table is blocks of the same rows under headings of their own: Parks! America Q1 FY2025's "Total
    assets:", "Total cash & short-term investments:", "Asset less cash & short-term investments:", each over
    "Georgia", "Missouri", "Texas", "Corporate", "Consolidated". A sum there stays inside its block: across them the
    blocks' own arithmetic makes false ones ("Corporate" of the last block = the first block's total less the
    second's less the last block's other parks). The sections that are such blocks; a row outside them (a grand total
    under no heading) may add up rows of several."""
    by_section: dict[tuple[str, ...], list[str]] = {}
    for n in nodes:
        if n.item.section:
            by_section.setdefault(tuple(n.item.section), []).append(normalize(n.item.label))
    lists = [(section, set(labels)) for section, labels in by_section.items() if len(labels) >= 3]
    return {s for s, a in lists if any(len(a & b) >= 3 for t, b in lists if t != s)}


_NON_GAAP = re.compile(r"^\s*non[-\s]gaap\s+(?=\w)", re.I)
_GAAP = re.compile(r"^\s*(?:u\.?s\.?\s+)?gaap\s+(?=\w)", re.I)
_MARKS = re.compile(r"(?:\s*(?:\([A-Za-z0-9]{1,2}\)|\*+))+\s*$")


def _measure(label: str, prefix: re.Pattern[str]) -> str | None:
    """The line item a "GAAP ..." or "Non-GAAP ..." label names, without footnote marks, or None."""
    m = prefix.match(label)
    return normalize(_MARKS.sub("", label[m.end():])) if m else None


def _paired_measures(nodes: list[Node], tol) -> None:
    """A non-GAAP line item that is its GAAP line item plus the adjustments printed just above it, where other GAAP
    measures stand between them: NVIDIA's "GAAP cost of revenue 15,157", "GAAP gross profit 41,849", "GAAP gross
    margin 73.4%", "Acquisition-related and other costs (A) 48", "Stock-based compensation expense (B) 70", "Other -",
    "Non-GAAP cost of revenue 15,039" (15,157 - 48 - 70 - 0). The run of adjustments is the rows just above the
    non-GAAP row that are neither GAAP nor non-GAAP measures nor part of another sum; only GAAP measures stand between
    them and the GAAP line item of the same words. The sum must hold in every column they share (``_sums``)."""
    for n in nodes:
        if n.parent is not None or n.children or not n.values:
            continue
        name = _measure(n.item.label, _NON_GAAP)
        if not name:
            continue
        run: list[int] = []
        k = n.index - 1
        while k >= 0 and not _GAAP.match(nodes[k].item.label) and not _NON_GAAP.match(nodes[k].item.label):
            m = nodes[k]
            if m.parent is not None or m.children or not m.values:
                run = []
                break
            run.insert(0, k)
            k -= 1
        base = None
        while run and k >= 0 and _GAAP.match(nodes[k].item.label):
            if _measure(nodes[k].item.label, _GAAP) == name:
                base = k
                break
            k -= 1
        if base is None or nodes[base].parent is not None or nodes[base].children or not nodes[base].values:
            continue
        cand = [base] + run
        for w in ([-1] * len(run), [1] * len(run)):
            if _sums(nodes, cand, (1, *w), n, tol):
                for i, wi in zip(cand, (1, *w)):
                    nodes[i].parent, nodes[i].weight = n.index, wi
                    n.children.append(i)
                break


def deducted(node: Node) -> bool:
    """Whether a row is printed negative in every column it prints a figure in."""
    return bool(node.values) and all(v < 0 for v in node.values.values())


def bridges(node: Node, nodes: list[Node], line_item) -> bool:
    """Whether a total's rows include a line item (``line_item(label)``) printed negative in every column where the
    total is positive: a bridge from one measure to another ("Gross earned premiums 371,654" less "Ceded earned premiums
    (226,764)" = "Net earned premiums"), not a breakdown, whose parts add up and are no deductions. A part of the
    company printed negative is a loss, and a part still ("Parent Company and Other (1)" among the businesses' earnings;
    not for segment tables either)."""
    whole = node.values
    if not whole or any(v <= 0 for v in whole.values()):
        return False
    return any(deducted(nodes[i]) and not nodes[i].elimination and set(nodes[i].values) & set(whole)
               and line_item(nodes[i].item.label) for i in node.children)



def open_section(nodes: list[Node], index: int) -> tuple[str, ...]:
    """The headings over a row, without one whose block a row above it already closed: a row under the same
    heading that adds up every row of the heading before it is the block's sum, and a row after that sum stands
    outside the heading, under the heading above it (Amazon Q3 2025: "Available-for-sale debt securities:" over
    "Change in net unrealized gains (losses)" and "Less: reclassification adjustment", "Net change" their sum,
    then "Other, net of tax", which is no available-for-sale security's)."""
    section = tuple(nodes[index].item.section)
    if not section:
        return section
    block = []
    for n in nodes[:index]:
        if tuple(n.item.section) != section:
            if block and tuple(n.item.section[: len(section)]) != section:
                block = []  # another block of a heading of the same name
            continue
        if len(block) >= 2 and sorted(n.children) == block:
            return section[:-1]
        block.append(n.index)
    return section
