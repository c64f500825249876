"""Pydantic models of a filing: what the mapping stage produces and the XBRL writers consume.

Values are ``Decimal`` (numeric facts) or ``str`` (non-numeric facts). The writers never compute
figures; they only serialise what is here. All models are frozen.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field

from .models import Frozen, Span

PeriodType = Literal["duration", "instant"]
Balance = Literal["debit", "credit"]

LABEL_ROLE = "http://www.xbrl.org/2003/role/label"
TERSE_LABEL_ROLE = "http://www.xbrl.org/2003/role/terseLabel"
NEGATED_LABEL_ROLE = "http://www.xbrl.org/2009/role/negatedLabel"
TOTAL_LABEL_ROLE = "http://www.xbrl.org/2003/role/totalLabel"
PERIOD_START_LABEL_ROLE = "http://www.xbrl.org/2003/role/periodStartLabel"
PERIOD_END_LABEL_ROLE = "http://www.xbrl.org/2003/role/periodEndLabel"


class Concept(Frozen):
    """A concept the filing uses: from US GAAP, SRT, dei, the prxbrl base taxonomy or the company extension."""

    prefix: str  # us-gaap, srt, dei, prx, <company prefix>
    name: str
    namespace: str
    type: str  # QName of the XBRL type, e.g. "xbrli:monetaryItemType", "dtr-types:perShareItemType"
    period_type: PeriodType
    balance: Balance | None = None
    abstract: bool = False
    substitution_group: Literal["item", "dimension", "hypercube"] = "item"
    nillable: bool = True
    schema_location: str  # where the concept is defined (absolute URL or relative file of the extension)

    @property
    def qname(self) -> str:
        return f"{self.prefix}:{self.name}"


class Label(Frozen):
    concept: str  # qname
    role: str = LABEL_ROLE
    lang: str = "en-US"
    text: str


class Unit(Frozen):
    id: str  # JPY, USD, shares, JPYPerShare, pure, ...
    numerator: list[str]  # QNames: iso4217:JPY, xbrli:shares, xbrli:pure, <prefix>:Contract
    denominator: list[str] = []


class DimensionMember(Frozen):
    axis: str  # qname of the explicit dimension, e.g. srt:ProductOrServiceAxis
    member: str  # qname of the member, e.g. iij:WanServicesMember


class Context(Frozen):
    id: str
    period_type: PeriodType
    start: date | None = None
    end: date  # the instant, or the last day of a duration (XBRL dates without time mean the end of that day)
    dims: list[DimensionMember] = []


class Fact(Frozen):
    id: str
    concept: str  # qname
    context: str  # context id
    unit: str | None = None  # unit id; None for non-numeric facts
    value: Decimal | str | None = None  # None with nil=True
    decimals: int | Literal["INF"] | None = None  # None for non-numeric facts
    nil: bool = False
    sources: list[Span] = []  # printed places of this fact (all of them, the chosen one first)
    printed: str | None = None  # the token as printed at sources[0]
    label: str | None = None  # the line-item label as printed
    table: str | None = None  # table id at sources[0]
    scale: int = 0  # printed scale at sources[0] (3 for thousands)
    sign: Literal[1, -1] = 1  # -1 when the printed figure has the opposite sign of the fact value


class PresentationArc(Frozen):
    parent: str  # qname
    child: str  # qname
    order: int
    preferred_label: str | None = None


class PresentationRole(Frozen):
    role_uri: str
    definition: str  # e.g. "100000 - Statement - Consolidated Balance Sheets"
    root: str  # qname of the abstract root concept
    arcs: list[PresentationArc] = []


class CalculationArc(Frozen):
    parent: str
    child: str
    weight: Decimal = Decimal(1)
    order: int = 0


class CalculationRole(Frozen):
    role_uri: str
    definition: str
    arcs: list[CalculationArc] = []


class Hypercube(Frozen):
    """A definition-linkbase cube: primary items (line items), table, axes with their domains and members."""

    role_uri: str
    definition: str
    table: str  # qname of the hypercube (e.g. us-gaap:StatementTable)
    line_items: str  # qname of the line-items abstract (e.g. us-gaap:StatementLineItems)
    primary_items: list[str]  # qnames reported in the cube
    axes: dict[str, list[str]] = Field(default_factory=dict)  # axis qname -> [domain qname, member qnames...]
    member_parents: dict[str, str] = Field(default_factory=dict)  # member -> the member it is inside (else the domain)


class Extension(Frozen):
    prefix: str  # e.g. iij
    namespace: str  # e.g. http://prxbrl.example/iij/20100930
    date: date  # the document period end, for the file names <prefix>-<yyyymmdd>
    concepts: list[Concept] = []  # concepts defined by the extension (line items, members, abstracts)


class Filing(Frozen):
    entity_scheme: str = "http://www.sec.gov/CIK"
    entity_identifier: str
    extension: Extension
    concepts: list[Concept]  # every concept used by facts or linkbases (standard and extension)
    labels: list[Label] = []
    units: list[Unit] = []
    contexts: list[Context] = []
    facts: list[Fact] = []
    presentation: list[PresentationRole] = []
    calculation: list[CalculationRole] = []
    definition: list[Hypercube] = []
    imports: list[str] = []  # schema locations the extension schema imports (US GAAP entry, dei, srt, prx)
