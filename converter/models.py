"""Pydantic models of the line-item document and of the readers' raw output.

Flow: readers -> ``SourceDocument`` (lines, paragraphs, raw table blocks) ->
tables -> ``LineItemDocument`` (tables, columns, line items, cells, token ledger).

All amounts are ``Decimal``; all models are frozen.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ---------------------------------------------------------------- provenance


class Span(Frozen):
    """Where a piece of text stands in the source: 1-based line, 0-based [start, end) characters."""

    line: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


# ---------------------------------------------------------------- reader output

Layout = Literal["flattened", "fixed", "grid"]


class RawCell(Frozen):
    """One cell as the reader saw it. ``col`` is a grid column (HTML, colspan-expanded) or an ordinal."""

    text: str
    span: Span
    col: int | None = None
    colspan: int = 1
    rowspan: int = 1  # HTML: the rows the cell stands in, this one and those under it


class RawRow(Frozen):
    line: int
    cells: list[RawCell]
    text: str = ""
    indent: int = 0
    # text layouts: "data" (label cell, then value cells), "text" (one cell: a title, header or
    # heading line), "blank"; grid rows (HTML) leave it None and are classified later
    kind: Literal["data", "text", "blank"] | None = None


class Paragraph(Frozen):
    line: int
    end_line: int
    text: str
    offset: int = 0  # character offset in the decoded source: orders paragraphs and tables of one line


class RawTable(Frozen):
    """A table region as a reader or the text table detector found it."""

    layout: Layout
    first_line: int
    last_line: int
    rows: list[RawRow]
    caption: str = ""
    offset: int = 0  # character offset in the decoded source (HTML)
    # stretches whose figures the reader excluded, with the reason (text: rows run together, ``tables.glue``)
    excluded: list[tuple[Span, str]] = []


class SourceDocument(Frozen):
    path: str
    format: Literal["text", "html"]
    encoding: str
    sha256: str
    lines: list[str]
    paragraphs: list[Paragraph] = []
    tables: list[RawTable] = []  # HTML: filled by the reader; text: by the table detector


# ---------------------------------------------------------------- line-item document

ColumnRole = Literal[
    "value",  # a reported figure
    "convenience",  # a convenience translation of a value column
    "percent_of_total",
    "yoy_percent",
    "change",  # absolute change between two columns
    "ratio",
]


class Period(Frozen):
    kind: Literal["duration", "instant"]
    start: date | None = None  # durations only
    end: date  # instant date, or last day of a duration
    label: str = ""  # as printed: "1H10", "As of March 31, 2010"
    forecast: bool = False
    # a year alone over a table that states no period type ("Selected Financial Data" over "2024  2023"), in a
    # release that states its fiscal year end: the fiscal year for a flow, its last day for a balance; the row's
    # line item decides, and a row whose period type cannot be told has no fact
    per_row: bool = False

    @property
    def key(self) -> str:
        s = f"{self.start.isoformat()}--{self.end.isoformat()}" if self.kind == "duration" else self.end.isoformat()
        return s + ("#forecast" if self.forecast else "")


class Measure(Frozen):
    """What a column or row measures: unit (``JPY``, ``USD``, ``shares``, ``JPY/shares``, ``pure``, ``Gbps`` ...) and scale."""

    unit: str | None = None
    scale: int = 0  # power of ten: 3 thousands, 6 millions
    role: ColumnRole = "value"


class Column(Frozen):
    index: int
    header: str  # all header text over this column, joined
    role: ColumnRole = "value"
    period: Period | None = None
    unit: str | None = None
    scale: int = 0
    measure_label: str | None = None  # transposed tables: the line item named by the column header
    translates: int | None = None  # convenience columns: index of the column translated
    dimension: str | None = None  # a member named by the header (segment, region) for matrix tables
    group: str | None = None  # a two-level header's upper cell over this column and others ("Optum" over "Optum Rx")
    position: tuple[float, float] | None = None  # fixed-width text: characters; HTML: grid columns


class Cell(Frozen):
    column: int
    raw: str
    value: Decimal | None  # None for a printed nil (--, -, —)
    nil: bool = False
    role: ColumnRole = "value"
    period: Period | None = None
    unit: str | None = None
    scale: int = 0
    decimals_printed: int = 0  # digits after the decimal point as printed
    label: str  # the line item this cell measures (row label, or column label in transposed tables)
    dimension: str | None = None
    span: Span


class LineItem(Frozen):
    id: str
    label: str
    section: list[str] = []  # enclosing section headers, outermost first
    line: int
    kind: Literal["item", "total", "heading"] = "item"
    unit: str | None = None  # a row-level unit override (shares, per-share)
    footnotes: list[str] = []
    period: Period | None = None  # transposed tables: the row's period
    cells: list[Cell] = []


class Table(Frozen):
    id: str
    title: str
    context: list[str] = []  # title lines, captions and notes around the table
    first_line: int
    last_line: int
    layout: Layout
    orientation: Literal["periods_in_columns", "periods_in_rows"] = "periods_in_columns"
    columns: list[Column]
    rows: list[LineItem]
    scale_stated: bool = True  # False: neither the header nor the notes around the table state a scale
    notes: list[str] = []  # what the converter inferred about the table, in words


TokenStatus = Literal["cell", "excluded"]


class TokenRecord(Frozen):
    """A numeric token inside a table region and what became of it."""

    raw: str
    span: Span
    status: TokenStatus
    table: str | None = None
    cell: str | None = None  # "<line item id>/<column>" where status == "cell"
    reason: str | None = None  # where status == "excluded": date, footnote_marker, label_number, header, ...


class ConvenienceTranslation(Frozen):
    rate: Decimal  # units of the reporting currency per one unit of the translation currency
    from_currency: str
    to_currency: str
    as_of: date | None = None
    span: Span


class FiscalCalendar(Frozen):
    year_end_month: int = 12
    year_end_day: int = 31
    # FY naming: "start" means FY2010 begins in calendar 2010 (Japanese style), "end" means it ends in 2010
    naming: Literal["start", "end"] = "end"
    source: Span | None = None


class Entity(Frozen):
    name: str | None = None
    tickers: list[str] = []
    exchanges: list[str] = []


class SourceInfo(Frozen):
    path: str
    format: Literal["text", "html"]
    encoding: str
    sha256: str
    lines: int


class LineItemDocument(Frozen):
    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    entity: Entity
    reporting_currency: str | None = None
    fiscal_calendar: FiscalCalendar
    document_period_end: date | None = None
    convenience_translations: list[ConvenienceTranslation] = []
    tables: list[Table]
    tokens: list[TokenRecord]
