"""What a table's labels name, for ``TableMapper`` (split from ``resolve.py``): a line item of its own, by the
mapping's rules or the concept index, or a part of the row above it; a side of the balance sheet; the figures of a
footnote on another row; the segments of a total a table says it breaks down by segment; a rule's member only where
the release prints its category."""

from __future__ import annotations

import re

from ..tables.columns import strip_marks
from .choose import Context, choose
from .index import adds_into
from .indexed import indexed_line_item
from .labels import label_key, name_words
from .mapped import PRODUCT_AXIS, STATEMENT_KINDS
from .resolution import without_inclusions
from .rules import Match, match, member_key
from .arithmetic import Node
from .balance_fit import beside_a_result

# a label that opens with a footnote's mark: "(1) Hedge gain/(loss)"
_FOOTNOTE_LEAD = re.compile(r"^\s*(\(\d{1,2}\))\s*\S")
# the two sides of a balance sheet: US GAAP adds them into nothing
_SIDES = frozenset({"us-gaap:Assets", "us-gaap:LiabilitiesAndStockholdersEquity"})


class ItemLabels:
    """The tests of ``TableMapper`` of what its rows' labels name (the answers memoised in ``line_items`` and
    ``named_items``)."""

    def _is_line_item(self, label: str) -> bool:
        """A label that names a line item of its own (a breakdown parent such as "Total Revenues" does too)."""
        return self._line_item(label)[0]

    def _line_item(self, label: str) -> tuple[bool, str | None]:
        """Whether a label names a line item of its own, and its concept where a rule or the index names one."""
        if label not in self.line_items:
            m = self._own(match(self.norm(label), self.kind, "", self.table.title))
            if m is not None:
                self.line_items[label] = (m.rule.member_from is None, m.rule.concept if m.rule.member_from is None else None)
            else:
                q = indexed_line_item(without_inclusions(label), self.kind, self.b.names)
                self.line_items[label] = (q is not None, q)
        return self.line_items[label]

    def _is_named_line_item(self, label: str) -> bool:
        """A line item of its own whose concept a rule names, or whose element's name says a word of the label: not
        one the index finds only through filers' labels of another amount ("U.S.": the domestic income before income
        taxes of a tax note), which below a line item is a part of it (``arithmetic_tree``)."""
        if label not in self.named_items:
            line, concept = self._line_item(label)
            if not line or concept is None or self._own(match(self.norm(label), self.kind, "", self.table.title)) is not None:
                self.named_items[label] = line
            else:
                self.named_items[label] = bool(set(label_key(label).split()) & set(name_words(concept).split()))
        return self.named_items[label]

    def _part_named_apart(self, node: Node) -> bool:
        """Whether a row that adds up into a line item is a part of it though the index finds it a line item of its
        own: only through filers' labels of another amount (``_is_named_line_item``), which US GAAP does not sum into
        the total's, and no row beside it names a line item of its own ("U.S. 638" and "International 167" under
        Reddit's "Revenue 805": the revenue in each place, not the domestic and foreign income before income taxes)."""
        if node.parent is None or self._is_named_line_item(node.item.label) or beside_a_result(self, node):
            return False
        parent = self.nodes[node.parent]
        if any(self._is_named_line_item(self.nodes[i].item.label) for i in parent.children if i != node.index):
            return False  # beside a line item of its own it is one too (Palomar's "Non-catastrophe losses" beside
            # "Catastrophe losses", us-gaap:LossFromCatastrophes: balance_fit.unfit_line_item)
        total = self._line_item(parent.item.label)[1]
        line = self._line_item(node.item.label)[1]
        return bool(total and line) and line != total and not adds_into(line, total)

    def _footnote_detail(self, label: str) -> bool:
        """Whether a row is the figures of a footnote on another row: its label opens with a mark ("(1) Hedge
        gain/(loss)") another row's label carries ("Total net revenues (1)(2)", eBay Q3 2025): a detail of that row,
        no part of what the title breaks down."""
        m = _FOOTNOTE_LEAD.match(label)
        return m is not None and any(m.group(1) in other and other.strip() != label.strip() for other in self.labels)

    def _is_side(self, label: str) -> bool:
        """A row that totals a side of the balance sheet: a US GAAP concept that is no part of any sum (us-gaap:Assets,
        us-gaap:LiabilitiesAndStockholdersEquity), by the mapping's rules or, for the label alone, the index."""
        m = self._own(match(self.norm(label), self.kind, "", self.table.title))
        if m is not None:
            qn = m.rule.concept
        else:
            qn = choose(label, Context(statement="B"), company=self.b.names, min_similarity=0.9).qname
        return qn in _SIDES

    def _own(self, m: Match | None) -> Match | None:
        """A rule's match, unless it takes a member from part of the label ("cost of (.+)") that names no category the
        release prints (a row of this table or a member already made on the axis): "Cost of goods sold", "Cost of
        products sold", "Cost of sales, buying and occupancy" are whole line items, not the cost of revenue of a
        category "Goods sold"."""
        if m is None or not m.rule.member_from or m.member_label is None:
            return m
        key = member_key(m.member_label)
        axis = m.rule.breakdown or PRODUCT_AXIS
        if key and (key in self.row_keys or (axis, key) in self.b.members):
            return m
        # "Cost of licensing and other revenue, excluding depreciation and amortization" with a row "Licensing and
        # other revenue": that category's cost, qualified after the comma
        named = member_key(m.member_label.split(",")[0])
        if named in self.row_keys and named != key:
            return Match(rule=m.rule, member_label=self.row_keys[named])
        return None

    def _by_segment(self, node: Node) -> bool:
        """Whether a table outside the statements that says it is "<the row's measure> by segment" (its title or the
        sentence over it: Air T Q3 FY2025's "The following table shows the Company's Adjusted EBITDA by segment ...")
        prints the row as the last, adding up the rows above it: those rows are its segments."""
        if self.kind in STATEMENT_KINDS or not node.children or node.index != len(self.nodes) - 1:
            return False
        title = " ".join([self.table.title or ""] + list(self.table.context or []))
        label = strip_marks(node.item.label).strip()
        return bool(label) and re.search(
            rf"\b{re.escape(label)}\s+by\s+(?:reportable\s+|business\s+|operating\s+)?segments?\b", title, re.I) is not None
