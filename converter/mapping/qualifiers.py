"""Qualifiers an element's name says and a printed row does not: a candidate that is no reading of the row.

A cash-flow statement's discontinued operations' part is a part the statement prints as one: under a heading that
names them, or a label that does ("Net cash used in operating activities of discontinued operations"). An element
named for them (CashProvidedByUsedInOperatingActivitiesDiscontinuedOperations, ...IncludingDisposalGroupAndDiscontinued-
Operations) is no reading of a row of a statement that names them nowhere, whatever words it shares with the label: "Operating cash
flows from operating leases" (Clorox, Tesla: OperatingLeasePayments) shares "operating cash flows" with the first, and
"Cash and cash equivalents and restricted cash, end of period" is the statement's own total, not the one including a
disposal group's cash.
"""

from __future__ import annotations

import re

from .rules import mapping_knowledge

_DISCONTINUED_NAME = re.compile(r"(?<!Not)DiscontinuedOperation")  # not DisposalGroupNotDiscontinuedOperation...


def unsaid_qualifier(qname: str, label: str, ctx) -> str | None:
    """Why the element ``qname`` is no reading of a row of ``label`` in the table ``ctx`` (choose.Context) for a
    qualifier its name says and neither the row nor its statement does (None: no such)."""
    if ctx.statement != "C" or not _DISCONTINUED_NAME.search(qname.partition(":")[2]):
        return None
    if any(mapping_knowledge().discontinued_said.search(text) for text in (label, *ctx.section, *ctx.labels)):
        # a statement that names discontinued operations anywhere may print their part under a heading the row does
        # not repeat ("Operating cash flows", "Profit on sale of business, net" under "Discontinued operations:"):
        # there the statement's place decides (placement.discontinued_part)
        return None
    return "discontinued operations, which neither the row nor its statement names"

