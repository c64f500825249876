"""``load_facts()``: any report format -> a normalized, sorted fact list that compares equal across formats."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..errors import PrxbrlError

from . import _engine
from .results import Finding, NormalizedFact
from .validation import REPORT_TYPES, _summary, resolve_packages, to_finding

# namespace -> conventional prefix (dated namespaces by pattern)
_FIXED_PREFIXES = {
    "http://www.xbrl.org/2003/instance": "xbrli",
    "http://www.xbrl.org/2003/iso4217": "iso4217",
    "http://www.xbrl.org/2009/utr": "utr",
    "http://xbrl.org/2005/xbrldt": "xbrldt",
    "http://xbrl.org/2006/xbrldi": "xbrldi",
}
_PATTERN_PREFIXES = [
    (re.compile(r"^https?://fasb\.org/(us-gaap|srt|us-types|srt-types)/\d{4}(-\d\d-\d\d)?$"), None),
    (re.compile(r"^https?://xbrl\.sec\.gov/(dei|country|stpr|exch|currency|naics|sic|ecd|cyd|ffd|snj|spac|rxp|"
                r"vip|oef|cef|sro|sbs|rr|fnd|ero)/\d{4}(-\d\d-\d\d)?$"), None),
    (re.compile(r"^https?://www\.xbrl\.org/dtr/type/\d{4}-\d\d-\d\d$"), "dtr-types"),
]


class LoadError(PrxbrlError):
    """Arelle could not load the report; ``findings`` has its messages."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


def conventional_prefix(namespace: str | None, fallback: str | None) -> str | None:
    if not namespace:
        return fallback
    if namespace in _FIXED_PREFIXES:
        return _FIXED_PREFIXES[namespace]
    for pattern, prefix in _PATTERN_PREFIXES:
        m = pattern.match(namespace)
        if m:
            return prefix or m.group(1)
    return fallback


def _qname_str(qn: Any, concept: Any = None) -> str:
    """"prefix:name" for an Arelle QName, with the conventional prefix of its namespace.

    Extension namespaces use the prefix the defining schema binds to its target namespace (the same
    in every format of a report), else the prefix used in the document.
    """
    if qn is None:
        return ""
    fallback = qn.prefix
    if concept is not None and getattr(concept, "qname", None) is not None and concept.qname.prefix:
        fallback = concept.qname.prefix
    prefix = conventional_prefix(qn.namespaceURI, fallback)
    if prefix:
        return f"{prefix}:{qn.localName}"
    return f"{{{qn.namespaceURI}}}{qn.localName}" if qn.namespaceURI else qn.localName


def _is_midnight(dt: datetime) -> bool:
    return (dt.hour, dt.minute, dt.second, dt.microsecond) == (0, 0, 0, 0)


def _end_str(dt: datetime) -> str:
    """An end date or instant: midnight means the end of the previous day (XBRL date semantics)."""
    if _is_midnight(dt):
        return (dt - timedelta(days=1)).date().isoformat()
    return dt.replace(tzinfo=None).isoformat() + (dt.strftime("%z") if dt.tzinfo else "")


def _start_str(dt: datetime) -> str:
    if _is_midnight(dt):
        return dt.date().isoformat()
    return dt.replace(tzinfo=None).isoformat() + (dt.strftime("%z") if dt.tzinfo else "")


def _period(ctx: Any) -> tuple[str, ...]:
    if ctx.isForeverPeriod:
        return ("forever",)
    if ctx.isInstantPeriod:
        return ("instant", _end_str(ctx.instantDatetime))
    return ("duration", _start_str(ctx.startDatetime), _end_str(ctx.endDatetime))


def _dims(ctx: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for dim_qn, dv in ctx.qnameDims.items():
        axis = _qname_str(dim_qn, getattr(dv, "dimension", None))
        if dv.isExplicit:
            member = _qname_str(dv.memberQname, getattr(dv, "member", None))
        else:
            tm = dv.typedMember
            member = "" if tm is None else (tm.stringValue or "").strip()
        out.append((axis, member))
    return tuple(sorted(out))


def _unit(unit: Any) -> str | None:
    if unit is None:
        return None
    nums, dens = unit.measures
    num = "*".join(sorted(_qname_str(m) for m in nums))
    den = "*".join(sorted(_qname_str(m) for m in dens))
    return f"{num}/{den}" if den else num


def decimal_text(text: str) -> str:
    """A numeric lexical value as a plain decimal string: no exponent, no trailing zeros, no "-0"."""
    try:
        d = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        return text
    if not d.is_finite():
        return text.strip()
    if d == 0:
        return "0"
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _decimals(fact: Any) -> int | str | None:
    d = fact.decimals
    if d is None:
        return None
    d = str(d).strip()
    if d == "INF":
        return "INF"
    try:
        return int(d)
    except ValueError:
        return None


def _normalize(fact: Any) -> NormalizedFact:
    ctx = fact.context
    scheme, ident = ctx.entityIdentifier if ctx is not None else ("", "")
    numeric = bool(fact.isNumeric)
    nil = bool(fact.isNil)
    if nil:
        value = None
    elif numeric:
        value = decimal_text(fact.value)
    else:
        value = fact.value
    return NormalizedFact(
        concept=_qname_str(fact.qname, fact.concept),
        entity=f"{scheme} {ident}",
        period=_period(ctx) if ctx is not None else (),
        dims=_dims(ctx) if ctx is not None else (),
        unit=_unit(fact.unit) if numeric else None,
        value=value,
        decimals=_decimals(fact) if numeric else None,
        nil=nil,
    )


def _read_facts(model: Any) -> list[NormalizedFact] | None:
    if _summary(model)["type"] not in REPORT_TYPES:
        return None
    facts = getattr(model, "factsInInstance", None) or model.facts
    return sorted(_normalize(f) for f in facts if not getattr(f, "isTuple", False))


def load_facts(path: Path, packages: Sequence[Path] = ()) -> list[NormalizedFact]:
    """Load an XBRL instance, Inline XBRL document, xBRL-JSON or xBRL-CSV report and normalize its facts.

    Without ``packages`` the NOT OFFICIAL stand-in taxonomy (from the prxbrl concept catalog) is used.
    Raises ``LoadError`` when Arelle cannot load the report.
    """
    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(path)
    pkgs, _note = resolve_packages(packages)
    _success, records, facts = _engine.run(path, pkgs, validate=False, inspect=_read_facts)
    if facts is None:
        findings = [to_finding(r, path, "none") for r in records if r["levelno"] >= 30]
        detail = "; ".join(f"[{f.code}] {f.message}" for f in findings[:3])
        raise LoadError(f"Arelle could not load {path.name}" + (f": {detail}" if detail else ""), findings)
    return facts
