"""The mapping's options, its results (a cell's outcome, a duplicate print, the mapped filing) and the names it shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..filing import DimensionMember, Filing
from ..models import Span


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
PREVIOUSLY_REPORTED = DimensionMember(axis="srt:RestatementAxis", member="srt:ScenarioPreviouslyReportedMember")
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


