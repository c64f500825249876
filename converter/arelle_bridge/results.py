"""Results of the Arelle bridge: validation findings and normalized facts.

These models carry no Arelle objects, so the rest of prxbrl can use them without importing arelle.
"""

from __future__ import annotations

from typing import Literal

from ..models import Frozen

Severity = Literal["error", "warning", "info"]


class Finding(Frozen):
    """One message from Arelle (or from the bridge itself when Arelle could not run).

    ``lines`` are the source lines, in the validated document, of the objects the message refers to
    (facts, contexts, units, ...). ``refs`` keeps every reference Arelle gave as ``href`` or
    ``href:line`` (the href may point into the extension schema or a linkbase).
    """

    code: str  # Arelle message code, e.g. "calc11e:inconsistentCalculationUsingRounding"
    severity: Severity
    message: str
    lines: list[int] = []
    source: str = "arelle"
    level: str | None = None  # Arelle's own level name, e.g. "INCONSISTENCY", "ERROR-SEMANTIC"
    refs: list[str] = []


class ValidationResult(Frozen):
    path: str
    ok: bool  # True when no finding has severity "error"
    findings: list[Finding]
    fact_count: int
    context_count: int
    unit_count: int
    taxonomy_note: str | None = None  # set when a stand-in taxonomy replaced the official one

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def codes(self, severity: Severity | None = None) -> list[str]:
        return [f.code for f in self.findings if severity is None or f.severity == severity]


Period = tuple[str, ...]  # ("instant", end) | ("duration", start, end) | ("forever",)


class NormalizedFact(Frozen):
    """A fact reduced to what must agree between the XML, Inline XBRL, xBRL-JSON and xBRL-CSV outputs.

    Dates follow prxbrl's convention (``filing.Context``): a date without a time is the whole day,
    so a duration ending at midnight of 2024-04-01 ends on "2024-03-31" and an instant at midnight
    of 2024-04-01 is "2024-03-31". Values with a time of day other than midnight keep the ISO datetime.
    """

    concept: str  # "us-gaap:Revenues" (conventional prefix for the concept's namespace)
    entity: str  # "<scheme> <identifier>"
    period: Period
    dims: tuple[tuple[str, str], ...] = ()  # sorted (axis, member) pairs; typed members as their text
    unit: str | None = None  # "iso4217:JPY", "iso4217:JPY/xbrli:shares"; None for non-numeric facts
    value: str | None = None  # Decimal text without exponent for numerics; text for non-numerics; None when nil
    decimals: int | Literal["INF"] | None = None
    nil: bool = False

    def sort_key(self) -> tuple:
        return (
            self.concept,
            self.entity,
            self.period,
            self.dims,
            self.unit or "",
            self.value is None,
            self.value or "",
            str(self.decimals) if self.decimals is not None else "",
            self.nil,
        )

    @property
    def key(self) -> tuple:
        """The fact's aspects (what makes two facts duplicates of each other)."""
        return (self.concept, self.entity, self.period, self.dims, self.unit)

    def __lt__(self, other: NormalizedFact) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: NormalizedFact) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: NormalizedFact) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: NormalizedFact) -> bool:
        return self.sort_key() >= other.sort_key()
