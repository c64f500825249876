"""The Python API: ``prxbrl.convert``, ``prxbrl.extract``, ``prxbrl.validate``, ``prxbrl.batch``.

    >>> import prxbrl
    >>> result = prxbrl.convert("release.txt", "out/release")      # or the release's text itself
    >>> result.valid, len(result.facts), result.errors
    >>> import pandas as pd; pd.DataFrame(result.rows())            # one row per fact

Results are typed (frozen dataclasses and pydantic models); money is ``Decimal`` throughout.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import PrxbrlError

if TYPE_CHECKING:
    from .arelle_bridge import Finding, ValidationResult
    from .batching import BatchResult
    from .filing import Filing
    from .models import LineItemDocument
    from .report import Report

_RELEASE_SUFFIXES = (".txt", ".text", ".htm", ".html", ".xhtml")


@dataclass(frozen=True)
class FactRow:
    """One fact of the converted release, flat (``Result.rows()`` turns these into dicts for a DataFrame)."""

    id: str
    concept: str  # "us-gaap:Revenues", "iij:NetSalesOfSystemsIntegration"
    label: str  # the line-item label as printed, else the concept's standard label
    value: Decimal | str | None  # Decimal (fixed-point, no exponent) for numeric facts, text for others, None when nil
    decimals: int | Literal["INF"] | None
    unit: str | None  # "iso4217:USD", "iso4217:USD/xbrli:shares", "xbrli:pure"; None for non-numeric facts
    period_type: Literal["instant", "duration"]
    period_start: date | None  # None for an instant
    period_end: date  # the instant, or the last day of the duration (inclusive)
    dimensions: dict[str, str] = field(default_factory=dict)  # axis -> member
    entity: str = ""  # "<scheme> <identifier>"
    source_line: int | None = None  # line of the release the figure was read from
    table: str | None = None
    printed: str | None = None  # the token as printed there


@dataclass(frozen=True)
class Result:
    """What ``convert`` produced: the facts, the validation, report.json's content and the written files."""

    input: str
    facts: tuple[FactRow, ...]
    valid: bool | None  # None when not validated
    validation: ValidationResult | None
    report: Report
    document: LineItemDocument
    filing: Filing
    files: dict[str, Path]  # role ("xml", "ixbrl", "json", "csv", "report", ...) -> path; empty without outdir
    timings: dict[str, float]

    @property
    def ok(self) -> bool:
        """Valid, or converted without validation."""
        return self.valid is not False

    @property
    def errors(self) -> list[Finding]:
        return self.validation.errors if self.validation is not None else []

    @property
    def warnings(self) -> list[Finding]:
        return self.validation.warnings if self.validation is not None else []

    @property
    def unexplained_tokens(self) -> int:
        return self.report.counts.unexplained_cells

    def rows(self) -> list[dict[str, Any]]:
        """The facts as dicts (``pandas.DataFrame(result.rows())``)."""
        return [asdict(f) for f in self.facts]

    def to_dataframe(self):  # noqa: ANN201 - pandas is optional
        """A ``pandas.DataFrame`` of the facts (needs pandas, which prxbrl does not install)."""
        try:
            import pandas as pd
        except ImportError:
            raise PrxbrlError("to_dataframe needs pandas: pip install pandas (or use result.rows())") from None
        return pd.DataFrame(self.rows())


def fact_rows(filing: Filing) -> tuple[FactRow, ...]:
    """The filing's facts as ``FactRow``s, in the order of the plain facts CSV (document order)."""
    from .xbrl.facts_csv import _standard_labels
    from .xbrl.oim import numeric_text, unit_text

    contexts = {c.id: c for c in filing.contexts}
    units = {u.id: u for u in filing.units}
    labels = _standard_labels(filing)
    entity = f"{filing.entity_scheme} {filing.entity_identifier}"
    keyed = []
    for i, f in enumerate(filing.facts):
        ctx = contexts[f.context]
        unit = (unit_text(units[f.unit]) or "xbrli:pure") if f.unit is not None else None
        src = f.sources[0] if f.sources else None
        row = FactRow(
            id=f.id,
            concept=f.concept,
            label=f.label or labels.get(f.concept, ""),
            value=None if f.nil else (Decimal(numeric_text(f)) if f.unit is not None else f.value),
            decimals=None if f.nil else f.decimals,
            unit=unit,
            period_type=ctx.period_type,
            period_start=ctx.start if ctx.period_type == "duration" else None,
            period_end=ctx.end,
            dimensions={d.axis: d.member for d in sorted(ctx.dims, key=lambda d: (d.axis, d.member))},
            entity=entity,
            source_line=src.line if src else None,
            table=f.table,
            printed=f.printed,
        )
        keyed.append(((1, src.line, src.start, 0) if src else (0, 0, 0, i), f.id, row))
    keyed.sort(key=lambda k: k[:2])
    return tuple(r for *_, r in keyed)


class _Input:
    """A release given as a path or as its text; text goes to a temporary file named ``name``."""

    def __init__(self, path_or_text: str | Path, name: str | None) -> None:
        self.tmp: Path | None = None
        if isinstance(path_or_text, Path):
            self.path = path_or_text
        elif isinstance(path_or_text, str) and _is_path(path_or_text):
            self.path = Path(path_or_text)
        elif isinstance(path_or_text, (str, bytes)):
            data = path_or_text.encode("utf-8") if isinstance(path_or_text, str) else path_or_text
            from .readers import is_html

            self.tmp = Path(tempfile.mkdtemp(prefix="prxbrl-input-"))
            default = "release.html" if is_html(data, "") else "release.txt"
            self.path = self.tmp / Path(name or default).name
            self.path.write_bytes(data)
        else:
            raise PrxbrlError(f"expected a path or the release's text, not {type(path_or_text).__name__}")

    def close(self) -> None:
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)


def _is_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    p = Path(text)
    return p.suffix.lower() in _RELEASE_SUFFIXES or p.exists()


def convert(
    path_or_text: str | Path | bytes,
    outdir: str | Path | None = None,
    *,
    formats: Sequence[str] = ("xml",),
    validate: bool = True,
    taxonomy_packages: Sequence[str | Path] = (),
    entity_id: str | None = None,
    entity_scheme: str | None = None,
    prefix: str | None = None,
    name: str | None = None,
    currency: str | None = None,
) -> Result:
    """Convert one release (a path, or its text) into XBRL.

    With ``outdir`` the files are written there (as ``prxbrl convert`` does); without, they are written to a
    temporary folder for the validation and removed, and ``Result.files`` is empty. ``formats``: any of
    "xml", "ixbrl", "json", "csv" ("all" for every one). ``name``: the file name a release given as text is
    known by (default ``release.txt`` / ``release.html``). ``currency``: the reporting currency (ISO 4217) of a release
    that states none. Bad input raises ``PrxbrlError``.
    """
    from .mapping.build import Options
    from .pipeline import convert as run, parse_formats

    fmts = parse_formats(",".join(formats))
    if currency is not None:
        from .currencies import iso_currencies

        if currency not in iso_currencies():
            raise PrxbrlError(f"currency {currency!r}: give an ISO 4217 currency code (for example USD, EUR, JPY)")
    options = Options(entity_id=entity_id, entity_scheme=entity_scheme, prefix=prefix, currency=currency)
    packages = [Path(p) for p in taxonomy_packages]
    for p in packages:
        if not p.is_file():
            raise PrxbrlError(f"{p}: no such taxonomy package")
    source = _Input(path_or_text, name)
    scratch = None
    try:
        if outdir is None:
            scratch = Path(tempfile.mkdtemp(prefix="prxbrl-convert-"))
            target = scratch / "out"
        else:
            target = Path(outdir)
        res = run(source.path, target, formats=fmts, options=options, validate=validate, packages=packages)
        files = {} if outdir is None else dict(res.files)
    finally:
        source.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return Result(
        input=str(source.path) if source.tmp is None else (name or source.path.name),
        facts=fact_rows(res.mapped.filing),
        valid=None if res.validation is None else res.validation.ok,
        validation=res.validation,
        report=res.report,
        document=res.doc,
        filing=res.mapped.filing,
        files=files,
        timings=dict(res.timings),
    )


def extract(path_or_text: str | Path | bytes, *, name: str | None = None) -> LineItemDocument:
    """The release's tables and line items (the document ``prxbrl extract`` prints), without XBRL."""
    from .extract import extract_file

    source = _Input(path_or_text, name)
    try:
        return extract_file(source.path)
    finally:
        source.close()


def validate(path: str | Path, taxonomy_packages: Sequence[str | Path] = (), **options: Any) -> ValidationResult:
    """Validate an XBRL instance, Inline XBRL document, xBRL-JSON or xBRL-CSV report with Arelle (offline).

    Without ``taxonomy_packages`` a NOT OFFICIAL stand-in of US GAAP is used (``taxonomy_note`` says so).
    ``options``: ``calc``, ``duplicates``, ``utr``, ``base_taxonomy`` (see ``prxbrl.arelle_bridge.validate``).
    """
    from .arelle_bridge import validate as arelle_validate

    p = Path(path)
    if not p.is_file():
        raise PrxbrlError(f"{p}: no such file")
    return arelle_validate(p, [Path(t) for t in taxonomy_packages], **options)


def batch(
    inputs: Iterable[str | Path],
    outdir: str | Path,
    *,
    workers: int | None = None,
    dask: str | bool | None = None,
    validate: bool = True,
    formats: Sequence[str] = ("xml",),
    taxonomy_packages: Sequence[str | Path] = (),
    force: bool = False,
    progress: bool = False,
) -> BatchResult:
    """Convert many releases (files, folders searched recursively for .txt/.htm/.html, ``@list`` files) into
    ``outdir/<name>/``, with ``outdir/batch.jsonl`` and ``batch.csv`` (one row per release).

    ``workers``: local processes (default: the number of cores); ``dask``: a scheduler address, or True for a
    ``LocalCluster``. Releases converted before with the same input and options are skipped unless ``force``.
    """
    from .batching import BatchOptions, run_batch

    opts = BatchOptions(
        formats=tuple(formats),
        validate=validate,
        packages=tuple(str(Path(p).resolve()) for p in taxonomy_packages),
    )
    return run_batch([Path(i) for i in inputs], Path(outdir), opts, workers=workers, dask=dask, force=force,
                     progress=progress)
