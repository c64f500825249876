"""``validate()``: XBRL 2.1 + Dimensions + Calculations 1.1 + duplicate facts + UTR, by Arelle, offline.

Severity mapping (Arelle level -> Finding.severity):

* ERROR, CRITICAL, ERROR-SEMANTIC, ASSERTION-NOT-SATISFIED -> "error"
* INCONSISTENCY -> "error". Arelle reports calculation inconsistencies at this level
  (``calc11e:inconsistentCalculationUsingRounding`` under Calc 1.1 round-to-nearest, which already
  tolerates rounding to the reported decimals; ``xbrl.5.2.5.2:calcInconsistency`` under XBRL 2.1 calcs).
  For a converter that must reproduce printed figures, a summation that does not hold after rounding is
  a mapping or sign error, so it fails the validation.
* WARNING, WARNING-SEMANTIC -> "warning", except ``arelle:duplicateFacts`` when only inconsistent
  duplicates were requested (the default ``duplicates="inconsistent"``): two different values for the
  same concept, context and unit are contradictory figures -> "error". With other duplicate modes
  ("all", "consistent", ...) Arelle does not say which kind a set is, so those stay warnings.
* everything else (INFO, INFO-SEMANTIC, ASSERTION-SATISFIED) -> "info"; Arelle's progress messages
  (code "info": "loaded in ...", "validated in ...") are dropped.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import _engine
from .results import Finding, Severity, ValidationResult
from .packages import project_packages
from .standin import STANDIN_NOTE, build_standin_package, catalogs_digest, load_catalogs

CALC_MODES = ("none", "c10", "c10d", "xbrl21", "xbrl21-dedup", "c11r", "round-to-nearest", "c11t", "truncation")
DUPLICATE_MODES = ("none", "inconsistent", "consistent", "incomplete", "complete", "all")

_ERROR_LEVELS = {"ERROR", "CRITICAL", "FATAL", "ERROR-SEMANTIC", "ASSERTION-NOT-SATISFIED", "INCONSISTENCY"}
_WARNING_LEVELS = {"WARNING", "WARNING-SEMANTIC"}
_PROGRESS_CODES = {"", "info"}
_RANK = {"error": 0, "warning": 1, "info": 2}

_standin_cache: dict[str, Path] = {}
_default_catalogs: list[dict] | None = None  # None: the prxbrl concept catalog (load_catalogs())
_default_standin: Path | None = None


def set_standin_catalogs(catalogs: Sequence[dict] | None) -> None:
    """Use ``catalogs`` instead of the prxbrl concept catalog for the default stand-in (None restores it)."""
    global _default_catalogs, _default_standin
    with _engine._LOCK:
        _default_catalogs = None if catalogs is None else list(catalogs)
        _default_standin = None


def standin_package(catalogs: Sequence[dict] | None = None) -> Path:
    """The NOT OFFICIAL stand-in package for ``catalogs`` (default: the prxbrl concept catalog).

    Built in the per-process work directory, once per process for the default catalogs and once per
    distinct catalog content otherwise.
    """
    global _default_standin
    with _engine._LOCK:
        if catalogs is None and _default_standin is not None and _default_standin.is_file():
            return _default_standin
        if catalogs is not None:
            cats = list(catalogs)
        elif _default_catalogs is not None:
            cats = list(_default_catalogs)
        else:
            # catalogs whose schemas a project package provides for real (prx) are not stood in for
            project = project_packages()
            cats = [c for c in load_catalogs() if not any(p.covers(str(c.get("schema_location"))) for p in project)]
        digest = catalogs_digest(cats)
        zp = _standin_cache.get(digest)
        if zp is None or not zp.is_file():
            zp = build_standin_package(_engine.work_dir() / f"prxbrl-standin-NOT-OFFICIAL-{digest[:16]}.zip", cats)
            _standin_cache[digest] = zp
        if catalogs is None:
            _default_standin = zp
        return zp


def severity_of(record: dict[str, Any], duplicates: str = "inconsistent") -> Severity:
    level = str(record.get("level", "")).upper()
    if level in _ERROR_LEVELS:
        return "error"
    if level in _WARNING_LEVELS:
        if record.get("code") == "arelle:duplicateFacts" and duplicates == "inconsistent":
            return "error"
        return "warning"
    levelno = record.get("levelno")
    if isinstance(levelno, int) and levelno >= logging.ERROR - 2:  # unknown custom levels at error rank
        return "error"
    if isinstance(levelno, int) and levelno >= logging.WARNING:
        return "warning"
    return "info"


_FRAGMENT = re.compile(r"#.*$")


def _same_document(href: str, path: Path) -> bool:
    """Whether a ref's href (absolute, file: URL, or relative to the entry document's folder) is ``path``."""
    doc = _FRAGMENT.sub("", href)
    if doc.startswith("file://"):
        doc = doc[7:]
    if not doc or "://" in doc:
        return False
    try:
        full = Path(doc) if os.path.isabs(doc) else path.parent / doc
        return os.path.normpath(full) == os.path.normpath(path)
    except (OSError, ValueError):
        return False


def to_finding(record: dict[str, Any], path: Path, duplicates: str) -> Finding:
    lines: set[int] = set()
    refs: list[str] = []
    for ref in record.get("refs", []):
        href = ref.get("href", "")
        line = ref.get("sourceLine")
        try:
            line = int(line) if line is not None else None
        except (TypeError, ValueError):
            line = None
        refs.append(f"{href}:{line}" if line else href)
        if line and _same_document(href, path):
            lines.add(line)
    return Finding(
        code=record.get("code") or "arelle:message",
        severity=severity_of(record, duplicates),
        message=record.get("message", ""),
        lines=sorted(lines),
        level=record.get("level"),
        refs=refs,
    )


def resolve_packages(packages: Sequence[Path]) -> tuple[list[Path], str | None]:
    """The packages of a run: the caller's (or the stand-in, with its note) plus the project's own (prx)."""
    pkgs = [Path(p).resolve() for p in packages]
    for p in pkgs:
        if not p.exists():
            raise FileNotFoundError(p)
    note = None
    if not pkgs:
        pkgs = [standin_package()]
        note = STANDIN_NOTE
    return pkgs + [p.zip_path for p in project_packages()], note


REPORT_TYPES = ("instance", "inline XBRL instance", "inline XBRL document set")


def _summary(model: Any) -> dict[str, Any]:
    from arelle.ModelDocument import Type

    doc_type = model.modelDocument.type
    facts = getattr(model, "factsInInstance", None) or getattr(model, "facts", [])
    return {
        "type": Type.typeName[doc_type] if 0 <= doc_type < len(Type.typeName) else str(doc_type),
        "facts": len(facts),
        "contexts": len(model.contexts),
        "units": len(model.units),
    }


def validate(
    path: Path,
    packages: Sequence[Path] = (),
    *,
    calc: str = "c11r",
    duplicates: str = "inconsistent",
    utr: bool = True,
    base_taxonomy: str = "none",
) -> ValidationResult:
    """Validate an XBRL instance (.xml/.xbrl), Inline XBRL (.xhtml/.html), xBRL-JSON or xBRL-CSV (.json).

    Arelle runs in-process and offline. With no ``packages`` the NOT OFFICIAL stand-in generated from
    the prxbrl concept catalog is used and ``taxonomy_note`` says so. The project's own taxonomy
    packages (``taxonomy/prx``) are always added, so reports importing the prx base taxonomy resolve.

    ``calc``: Arelle's calculation mode ("c11r" = Calculations 1.1 round-to-nearest, "c10" = XBRL 2.1,
    "none"); ``duplicates``: which duplicate fact sets to report ("inconsistent", "all", "none", ...);
    ``utr``: check units against the Unit Type Registry; ``base_taxonomy``: "none" skips Arelle's
    schema checks of the base taxonomy documents (the package's, not the report's: ~2 s saved per run
    on US GAAP), "all" checks them too. Instance, extension and linkbase checks are the same either way.
    """
    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(path)
    check_options(calc, duplicates, base_taxonomy)
    pkgs, note = resolve_packages(packages)

    success, records, summary = _engine.run(
        path, pkgs, validate=True, calc=calc, duplicates=duplicates, utr=utr,
        base_taxonomy=base_taxonomy, inspect=_summary
    )
    return result_of(path, success, records, summary, duplicates, note)


def check_options(calc: str, duplicates: str, base_taxonomy: str) -> None:
    if calc not in CALC_MODES:
        raise ValueError(f"calc must be one of {CALC_MODES}, not {calc!r}")
    if base_taxonomy not in ("none", "all", "disclosureSystem"):
        raise ValueError(f"base_taxonomy must be 'none', 'all' or 'disclosureSystem', not {base_taxonomy!r}")
    if duplicates not in DUPLICATE_MODES:
        raise ValueError(f"duplicates must be one of {DUPLICATE_MODES}, not {duplicates!r}")


def result_of(
    path: Path, success: bool, records: list[dict[str, Any]], summary: dict[str, Any] | None, duplicates: str, note: str | None
) -> ValidationResult:
    """A ``ValidationResult`` from a run's captured records and model summary (fresh or amortised run alike)."""
    findings = [
        to_finding(r, path, duplicates)
        for r in records
        if not (r["levelno"] < logging.WARNING and r["code"] in _PROGRESS_CODES)
    ]
    # Arelle's order follows sets of model objects (it changes from run to run) and the order documents were
    # discovered in (a fresh run and an amortised one differ): one canonical order, so output is deterministic
    findings.sort(key=lambda f: (_RANK[f.severity], f.code, f.lines, f.message, f.refs))
    if summary is not None and summary["type"] not in REPORT_TYPES:
        findings.append(
            Finding(
                code="prxbrl:notAReport",
                severity="error",
                message=f"{path.name} loaded as {summary['type']}, not as an XBRL report "
                "(instance, Inline XBRL, xBRL-JSON or xBRL-CSV)",
                source="prxbrl",
            )
        )
    if summary is None:
        findings.append(
            Finding(
                code="prxbrl:notLoaded",
                severity="error",
                message=f"Arelle could not load {path.name} as an XBRL report",
                source="prxbrl",
            )
        )
    elif not success and not any(f.severity == "error" for f in findings):
        findings.append(
            Finding(
                code="prxbrl:arelleFailed",
                severity="error",
                message="Arelle reported an unsuccessful run without an error message",
                source="prxbrl",
            )
        )
    summary = summary or {"facts": 0, "contexts": 0, "units": 0}
    return ValidationResult(
        path=str(path),
        ok=not any(f.severity == "error" for f in findings),
        findings=findings,
        fact_count=summary["facts"],
        context_count=summary["contexts"],
        unit_count=summary["units"],
        taxonomy_note=note,
    )
