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
GEOGRAPHIC_AXIS = "srt:StatementGeographicalAxis"  # a breakdown by place (a title "by geographic area")
RANGE_AXIS = "srt:RangeAxis"  # a statistical measurement's bounds ("Low | High" columns)
ENTITY_AXIS = "dei:LegalEntityAxis"  # a breakdown by the company's legal entities (a heading "Subsidiary")
PARENT_COMPANY = DimensionMember(axis="srt:ConsolidatedEntitiesAxis", member="srt:ParentCompanyMember")  # its own statements
RELATED_AXIS = "us-gaap:RelatedPartyTransactionsByRelatedPartyAxis"  # a line item with related parties (related_party.py)
EQUITY_AXIS = "us-gaap:StatementEquityComponentsAxis"  # the columns of a statement of changes in equity (equity_columns.py)
STANDARD_DOMAINS = {
    PRODUCT_AXIS: "srt:ProductsAndServicesDomain",
    GEOGRAPHIC_AXIS: "srt:SegmentGeographicalDomain",
    "us-gaap:IncomeStatementLocationAxis": "us-gaap:IncomeStatementLocationDomain",
    SEGMENT_AXIS: "us-gaap:SegmentDomain",
    "srt:ConsolidationItemsAxis": "srt:ConsolidationItemsDomain",
    "srt:StatementScenarioAxis": "srt:ScenarioUnspecifiedDomain",
    "srt:RestatementAxis": "srt:RestatementDomain",
    "prx:ConvenienceTranslationAxis": "prx:ConvenienceTranslationDomain",
    RELATED_AXIS: "us-gaap:RelatedPartyDomain",
    "us-gaap:StatementClassOfStockAxis": "us-gaap:ClassOfStockDomain",
    ENTITY_AXIS: "dei:EntityDomain",
    PARENT_COMPANY.axis: "srt:ConsolidatedEntitiesDomain",
    EQUITY_AXIS: "us-gaap:EquityComponentDomain",
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
    currency: str | None = None  # the reporting currency where the release states none (``--currency``, ISO 4217)


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


def _agree(a, a_dec, b, b_dec) -> bool:
    """Two printed figures of one fact agree when they are equal after rounding to the coarser precision, or when the
    coarser is the finer cut off there: releases that truncate (IIJ prints the statement's JPY 101,702 thousand as
    JPY 101 million in its summary, and 309,586 as 309)."""
    if a is None or b is None:
        return a is None and b is None
    da = a_dec if isinstance(a_dec, int) else 99
    db = b_dec if isinstance(b_dec, int) else 99
    d = min(da, db)
    q = Decimal(1).scaleb(-d)
    from decimal import ROUND_DOWN, ROUND_HALF_UP, localcontext

    with localcontext() as ctx:  # figures of any length (the default 28 digits make quantize fail past them)
        ctx.prec = max(28, max(a.adjusted(), b.adjusted()) + 1 + max(d, 0) + 2)  # the digits the quantized figures have
        if a.quantize(q, rounding=ROUND_HALF_UP) == b.quantize(q, rounding=ROUND_HALF_UP):
            return True
        fine, coarse = (a, b) if da > db else (b, a)
        # a zero ("—") is nothing printed, not a figure cut off: 0.5 million is no "—"
        return da != db and coarse != 0 and fine.quantize(q, rounding=ROUND_DOWN) == coarse


def _apart(a, a_dec, b, b_dec) -> bool:
    """Whether two disagreeing prints of a fact are more than a rounding slip apart: a dash (no precision) against a
    figure, or a difference above one unit of the coarser print's last digit (IIJ's summary "10,050" million against
    its statement's "10,049,470" thousand is a slip; "Accounts receivable —" against "Other receivables 7.2" is not)."""
    if a is None or b is None or not isinstance(a_dec, int) or not isinstance(b_dec, int):
        return True
    return abs(a - b) > Decimal(1).scaleb(-min(a_dec, b_dec))


_STATEMENT_CODE = {"income": "I", "balance_sheet": "B", "cash_flow": "C"}


def home_first(qname: str, new_kind: str | None, old_kind: str | None) -> bool | None:
    """Of two statements that print disagreeing figures for one standard fact, whether the new print wins: the
    statement US GAAP presents the concept in, over one it does not (Paltalk Q3 2024: the income statement's
    "Income tax(expense) benefit 88,076" over a cash-flow adjustment "Income tax benefit (14,072" read as the same
    us-gaap:IncomeTaxExpenseBenefit). None: neither is, or both are."""
    from .index import concept_index

    info = concept_index().get(qname)
    if info is None or new_kind == old_kind:
        return None
    new_home = _STATEMENT_CODE.get(new_kind or "", "-") in info.statements
    old_home = _STATEMENT_CODE.get(old_kind or "", "-") in info.statements
    return new_home if new_home != old_home else None


def differs_at_one_date(cells) -> bool:
    """Whether a row prints two different figures under columns of periods ending on the same date (a quarter and the
    year to its end): a flow over each period, never one balance at that date. Brookfield Wealth Solutions Q4 2024:
    "Distributable earnings | 1,606 | 1,312 | 6,274 | 4,806" under "Three Months Ended 2024 | 2023", "Years Ended 2024 |
    2023" (filers label a balance, us-gaap:RetainedEarningsAccumulatedDeficit, "Distributable earnings")."""
    seen: dict = {}
    for c in cells:
        if c.role == "value" and c.value is not None and c.period is not None and c.period.kind == "duration":
            if seen.setdefault((c.period.end, c.dimension, c.unit), c.value) != c.value:
                return True
    return False

