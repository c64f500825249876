"""Shared pieces of the XBRL 2.1 writers: namespaces, QName resolution, file names, serialisation.

Everything here is deterministic: no timestamps, no set iteration, no dependence on dict order other
than insertion order of the inputs.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from lxml import etree

from ..errors import PrxbrlError
from ..fsutil import write_atomically  # noqa: F401  (re-exported for the writers)
from ..filing import Concept, Fact, Filing

# ---------------------------------------------------------------- namespaces

XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
XBRLDI = "http://xbrl.org/2006/xbrldi"
XBRLDT = "http://xbrl.org/2005/xbrldt"
ISO4217 = "http://www.xbrl.org/2003/iso4217"
UTR = "http://www.xbrl.org/2009/utr"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XS = "http://www.w3.org/2001/XMLSchema"
XML_NS = "http://www.w3.org/XML/1998/namespace"

XBRLI_XSD = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
LINK_XSD = "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"
XBRLDT_XSD = "http://www.xbrl.org/2005/xbrldt-2005.xsd"

# Prefixes the writers know without a Concept telling them (measures, types, dimensions).
FIXED_PREFIXES: dict[str, str] = {
    "xbrli": XBRLI,
    "link": LINK,
    "xlink": XLINK,
    "xbrldi": XBRLDI,
    "xbrldt": XBRLDT,
    "iso4217": ISO4217,
    "utr": UTR,
    "xsi": XSI,
}

# Conventional order of prefix declarations on the root elements.
CONVENTIONAL_ORDER = ["xbrli", "link", "xlink", "xbrldi", "iso4217", "us-gaap", "srt", "dei", "prx"]

# Type libraries an extension concept's type may come from: prefix -> (namespace, schema location).
TYPE_LIBRARIES: dict[str, tuple[str, str]] = {
    "xbrli": (XBRLI, XBRLI_XSD),
    "dtr-types": ("http://www.xbrl.org/dtr/type/2022-03-31", "https://www.xbrl.org/dtr/type/2022-03-31/types.xsd"),
    "num": ("http://www.xbrl.org/dtr/type/numeric", "http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd"),
    "nonnum": ("http://www.xbrl.org/dtr/type/non-numeric", "http://www.xbrl.org/dtr/type/nonNumeric-2009-12-16.xsd"),
}

# Label roles outside XBRL 2.1 itself, defined in the Link Role Registry: role -> roleType location.
LRR_LABEL_ROLES: dict[str, str] = {
    f"http://www.xbrl.org/2009/role/{name}": f"http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd#{name}"
    for name in (
        "negatedLabel",
        "negatedPeriodEndLabel",
        "negatedPeriodStartLabel",
        "negatedTotalLabel",
        "negatedNetLabel",
        "negatedTerseLabel",
    )
} | {"http://www.xbrl.org/2009/role/netLabel": "http://www.xbrl.org/lrr/role/net-2009-12-16.xsd#netLabel"}

STANDARD_LINK_ROLE = "http://www.xbrl.org/2003/role/link"

# Where the namespace of a standard schema can be read off its official location.
_KNOWN_LOCATIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^https?://xbrl\.fasb\.org/us-gaap/(\d{4})/elts/us-gaap-\d{4}\.xsd$"), "http://fasb.org/us-gaap/{0}"),
    (re.compile(r"^https?://xbrl\.fasb\.org/us-gaap/(\d{4})/elts/us-gaap-all-\d{4}\.xsd$"), "http://fasb.org/us-gaap-all/{0}"),
    (re.compile(r"^https?://xbrl\.fasb\.org/us-gaap/(\d{4})/elts/us-types-\d{4}\.xsd$"), "http://fasb.org/us-types/{0}"),
    (
        re.compile(r"^https?://xbrl\.fasb\.org/us-gaap/(\d{4})/entire/us-gaap-entryPoint-(std|all)-\d{4}\.xsd$"),
        "http://fasb.org/us-gaap-entryPoint-{1}/{0}",
    ),
    (re.compile(r"^https?://xbrl\.fasb\.org/srt/(\d{4})/elts/srt-\d{4}\.xsd$"), "http://fasb.org/srt/{0}"),
    (re.compile(r"^https?://xbrl\.fasb\.org/srt/(\d{4})/elts/srt-types-\d{4}\.xsd$"), "http://fasb.org/srt-types/{0}"),
    (
        re.compile(r"^https?://xbrl\.sec\.gov/(dei|country|stpr|currency|exch|naics|sic|snj|cyd|ecd|ffd)/(\d{4})/\1-\d{4}\.xsd$"),
        "http://xbrl.sec.gov/{0}/{1}",
    ),
    (re.compile(r"^https?://prxbrl\.org/taxonomy/prx/(\d{4})/prx-\d{4}\.xsd$"), "http://prxbrl.org/taxonomy/prx/{0}"),
    (re.compile(r"^https?://www\.xbrl\.org/dtr/type/(\d{4}-\d{2}-\d{2})/types\.xsd$"), "http://www.xbrl.org/dtr/type/{0}"),
    (re.compile(r"^http://www\.xbrl\.org/2003/xbrl-instance-2003-12-31\.xsd$"), XBRLI),
    (re.compile(r"^http://www\.xbrl\.org/2005/xbrldt-2005\.xsd$"), XBRLDT),
]

# Defaults of standard axes (from the US GAAP 2024 / SRT / dei definition linkbases). An extension must not
# give a standard axis another default: two defaults for one dimension is xbrldte:TooManyDefaultMembersError
# as soon as the standard linkbases are in the DTS.
STANDARD_AXIS_DEFAULTS: dict[str, str] = {
    "dei:LegalEntityAxis": "dei:EntityDomain",
    "srt:ConsolidatedEntitiesAxis": "srt:ConsolidatedEntitiesDomain",
    "srt:ConsolidationItemsAxis": "srt:ConsolidationItemsDomain",
    "srt:CumulativeEffectPeriodOfAdoptionAxis": "srt:CumulativeEffectPeriodOfAdoptionDomain",
    "srt:MajorCustomersAxis": "srt:NameOfMajorCustomerDomain",
    "srt:OwnershipAxis": "srt:OwnershipDomain",
    "srt:ProductOrServiceAxis": "srt:ProductsAndServicesDomain",
    "srt:RangeAxis": "srt:RangeMember",
    "srt:RealEstateAndAccumulatedDepreciationDescriptionOfPropertyAxis": "srt:RealEstateAndAccumulatedDepreciationNameOfPropertyDomain",
    "srt:RestatementAxis": "srt:RestatementDomain",
    "srt:ScheduleOfEquityMethodInvestmentEquityMethodInvesteeNameAxis": "srt:EquityMethodInvesteeNameDomain",
    "srt:StatementGeographicalAxis": "srt:SegmentGeographicalDomain",
    "srt:StatementScenarioAxis": "srt:ScenarioUnspecifiedDomain",
    "srt:TitleOfIndividualAxis": "srt:TitleOfIndividualWithRelationshipToEntityDomain",
    "us-gaap:AdjustmentsForChangeInAccountingPrincipleAxis": "us-gaap:ChangeInAccountingPrincipleMember",
    "us-gaap:AdjustmentsForNewAccountingPronouncementsAxis": "us-gaap:TypeOfAdoptionMember",
    "us-gaap:BalanceSheetLocationAxis": "us-gaap:BalanceSheetLocationDomain",
    "us-gaap:ConversionOfStockByUniqueDescriptionAxis": "us-gaap:ConversionOfStockNameDomain",
    "us-gaap:DebtConversionByUniqueDescriptionAxis": "us-gaap:DebtConversionNameDomain",
    "us-gaap:DividendsAxis": "us-gaap:DividendsDomain",
    "us-gaap:EquitySecuritiesByIndustryAxis": "us-gaap:EquitySecuritiesIndustryMember",
    "us-gaap:ErrorCorrectionsAndPriorPeriodAdjustmentsRestatementByRestatementPeriodAndAmountAxis": "us-gaap:AdjustmentsForErrorCorrectionDomain",
    "us-gaap:GeographicDistributionAxis": "us-gaap:GeographicDistributionDomain",
    "us-gaap:IncomeStatementLocationAxis": "us-gaap:IncomeStatementLocationDomain",
    "us-gaap:IncomeTaxAuthorityAxis": "us-gaap:IncomeTaxAuthorityDomain",
    "us-gaap:NoncashOrPartNoncashAcquisitionsByUniqueDescriptionAxis": "us-gaap:NoncashOrPartNoncashAcquisitionNameDomain",
    "us-gaap:NoncashOrPartNoncashDivestituresByUniqueNameAxis": "us-gaap:NoncashOrPartNoncashDivestitureNameDomain",
    "us-gaap:OtherComprehensiveIncomeLocationAxis": "us-gaap:OtherComprehensiveIncomeLocationDomain",
    "us-gaap:OtherSignificantNoncashTransactionsByUniqueDescriptionAxis": "us-gaap:OtherSignificantNoncashTransactionNameDomain",
    "us-gaap:PartnerCapitalComponentsAxis": "us-gaap:PartnerCapitalComponentsDomain",
    "us-gaap:PartnerTypeOfPartnersCapitalAccountAxis": "us-gaap:PartnerTypeOfPartnersCapitalAccountNameDomain",
    "us-gaap:ShareBasedGoodsAndNonemployeeServicesTransactionBySupplierAxis": "us-gaap:ShareBasedGoodsAndNonemployeeServicesTransactionSupplierDomain",
    "us-gaap:StatementBusinessSegmentsAxis": "us-gaap:SegmentDomain",
    "us-gaap:StatementClassOfStockAxis": "us-gaap:ClassOfStockDomain",
    "us-gaap:StatementEquityComponentsAxis": "us-gaap:EquityComponentDomain",
    "us-gaap:StatementOfFinancialPositionLocationActivityAccrualAxis": "us-gaap:StatementOfFinancialPositionLocationActivityAccrualDomain",
    "us-gaap:StatementOfFinancialPositionLocationActivityCapitalizationAxis": "us-gaap:StatementOfFinancialPositionLocationActivityCapitalizationDomain",
    "us-gaap:StatementOperatingActivitiesSegmentAxis": "us-gaap:SegmentOperatingActivitiesDomain",
    "us-gaap:SubsegmentsAxis": "us-gaap:SubsegmentsDomain",
    "us-gaap:SubsegmentsConsolidationItemsAxis": "us-gaap:SubsegmentsConsolidationItemsDomain",
}


_CONVENTIONAL_PREFIX = re.compile(r"^http://(?:fasb\.org|xbrl\.sec\.gov|prxbrl\.org/taxonomy)/(us-gaap|srt|dei|prx)/\d{4}$")


class XbrlWriteError(PrxbrlError):
    """The Filing cannot be serialised as valid XBRL (unknown concept, missing decimals, prefix clash ...).

    The mapping builds every Filing, so this is an inconsistency of ours, not bad input: exit status 3."""

    exit_code = 3


_UNITS_KEYS = {"description", "namespace", "prefix", "units", "unit_patterns"}
_UNIT_KEYS = {"id", "numerator", "denominator", "label", "concepts", "note"}


@functools.cache
def base_measures() -> tuple[str, str, frozenset[str]]:
    """The measures of the prx base taxonomy (``taxonomy/prx/units.json``): (prefix, namespace, measure QNames).

    A measure is a QName only, with no schema element, so a filing may use ``prx:Store`` without any prx
    concept or import: the writers then declare the prefix themselves. Unknown keys are errors."""
    from ..knowledge import taxonomy_files

    data = json.loads(taxonomy_files().joinpath("prx/units.json").read_text("utf-8"))
    if set(data) - _UNITS_KEYS:
        raise ValueError(f"prx/units.json: unknown keys {sorted(set(data) - _UNITS_KEYS)}")
    prefix, namespace = data["prefix"], data["namespace"]
    measures: set[str] = set()
    for u in data["units"] + data["unit_patterns"]:
        if set(u) - _UNIT_KEYS or not {"id", "numerator", "denominator"} <= set(u):
            raise ValueError(f"prx/units.json: unit {u.get('id')}: keys {sorted(u)}")
        measures.update(m for m in u["numerator"] + u["denominator"] if m.startswith(prefix + ":"))
    return prefix, namespace, frozenset(measures)


def measure_namespaces(filing: Filing) -> dict[str, str]:
    """The namespaces of the filing's measures that no concept need bring: the prx base taxonomy's, for prx:ADS,
    prx:Store ... (every writer resolves measures through here). A prx measure units.json does not declare is
    an XbrlWriteError."""
    base_prefix, base_ns, base = base_measures()
    out: dict[str, str] = {}
    for unit in filing.units:
        for m in unit.numerator + unit.denominator:
            if m.partition(":")[0] == base_prefix:
                if m not in base:
                    raise XbrlWriteError(f"unit {unit.id}: measure {m} is not declared in the prx base taxonomy (prx/units.json)")
                out[base_prefix] = base_ns
    return out


def namespace_of_location(location: str) -> str | None:
    """The target namespace of a standard schema, read off its official location; None when unknown."""
    for pattern, template in _KNOWN_LOCATIONS:
        m = pattern.match(location)
        if m:
            return template.format(*m.groups())
    return None


# ---------------------------------------------------------------- file names


@dataclass(frozen=True)
class FileNames:
    schema: str
    instance: str
    label: str
    presentation: str
    calculation: str
    definition: str


def file_names(filing: Filing) -> FileNames:
    base = f"{filing.extension.prefix}-{filing.extension.date.strftime('%Y%m%d')}"
    return FileNames(
        schema=f"{base}.xsd",
        instance=f"{base}.xml",
        label=f"{base}_lab.xml",
        presentation=f"{base}_pre.xml",
        calculation=f"{base}_cal.xml",
        definition=f"{base}_def.xml",
    )


# ---------------------------------------------------------------- the filing's concepts and prefixes


@dataclass
class Dts:
    """What the writers need to know about the filing's concepts: resolved once, shared by all writers."""

    filing: Filing
    names: FileNames
    concepts: dict[str, Concept]  # qname -> concept (standard and extension, plus synthesised standard domains)
    extension_concepts: list[Concept]  # declared in the extension schema, in order
    prefixes: dict[str, str]  # prefix -> namespace, for concepts and measures
    added_concepts: list[str] = field(default_factory=list)  # qnames not in filing.concepts (standard defaults)

    @property
    def ext_prefix(self) -> str:
        return self.filing.extension.prefix

    def concept(self, qname: str, where: str) -> Concept:
        c = self.concepts.get(qname)
        if c is None:
            raise XbrlWriteError(f"{where}: concept {qname} is not in filing.concepts")
        return c

    def is_extension(self, c: Concept) -> bool:
        return c.prefix == self.ext_prefix

    def href(self, c: Concept) -> str:
        """Locator target of a concept: the extension schema or the concept's own (absolute) schema."""
        loc = self.names.schema if self.is_extension(c) else c.schema_location
        return f"{loc}#{element_id(c)}"

    def nsmap(self, *fixed: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        """Root namespace declarations: the fixed prefixes asked for, then concept prefixes conventionally ordered."""
        out: dict[str, str] = {p: FIXED_PREFIXES[p] for p in fixed}
        out.update(extra or {})
        for p in CONVENTIONAL_ORDER:
            if p in self.prefixes and p not in out:
                out[p] = self.prefixes[p]
        if self.ext_prefix in self.prefixes and self.ext_prefix not in out:
            out[self.ext_prefix] = self.prefixes[self.ext_prefix]
        for p in sorted(self.prefixes):
            if p not in out:
                out[p] = self.prefixes[p]
        return out


def element_id(c: Concept) -> str:
    """The id of a concept's element declaration: ``us-gaap_Revenues``, ``srt_...``, ``dei_...``, ``prx_...``."""
    return f"{c.prefix}_{c.name}"


def split_qname(qname: str, where: str) -> tuple[str, str]:
    prefix, sep, local = qname.partition(":")
    if not sep or not prefix or not local:
        raise XbrlWriteError(f"{where}: {qname!r} is not a prefixed QName")
    return prefix, local


def build_dts(filing: Filing) -> Dts:
    names = file_names(filing)
    ext = filing.extension
    prefixes: dict[str, str] = {ext.prefix: ext.namespace}
    concepts: dict[str, Concept] = {}

    def add_prefix(prefix: str, namespace: str, where: str) -> None:
        known = prefixes.get(prefix) or FIXED_PREFIXES.get(prefix)
        if known is not None and known != namespace:
            raise XbrlWriteError(f"{where}: prefix {prefix} is bound to both {known} and {namespace}")
        if prefix in FIXED_PREFIXES:
            return
        prefixes[prefix] = namespace

    def add(c: Concept, where: str) -> None:
        if c.prefix == ext.prefix and c.namespace != ext.namespace:
            raise XbrlWriteError(f"{where}: {c.qname} has namespace {c.namespace}, the extension's is {ext.namespace}")
        add_prefix(c.prefix, c.namespace, where)
        old = concepts.get(c.qname)
        if old is not None and old != c:
            raise XbrlWriteError(f"{where}: concept {c.qname} is given twice with different definitions")
        concepts.setdefault(c.qname, c)

    for c in ext.concepts:
        add(c, "extension.concepts")
    for c in filing.concepts:
        add(c, "filing.concepts")
    # conventional prefixes of imported standard taxonomies (for measures such as prx:Contract)
    for loc in filing.imports:
        ns = namespace_of_location(loc)
        m = _CONVENTIONAL_PREFIX.match(ns or "")
        if ns and m and m.group(1) not in prefixes and ns not in prefixes.values():
            prefixes[m.group(1)] = ns

    # measures of the prx base taxonomy (prx:ADS, prx:Store ...) need its prefix even when no prx concept is used
    for prefix, namespace in measure_namespaces(filing).items():
        add_prefix(prefix, namespace, "units")

    extension_concepts = [c for c in concepts.values() if c.prefix == ext.prefix]
    dts = Dts(filing=filing, names=names, concepts=concepts, extension_concepts=extension_concepts, prefixes=prefixes)

    # standard domains that become defaults of standard axes without being in filing.concepts
    for cube in filing.definition:
        for axis, dom in cube.axes.items():
            std = STANDARD_AXIS_DEFAULTS.get(axis)
            if std is None or std in concepts:
                continue
            if not dom:
                continue
            axis_c = dts.concept(axis, f"hypercube {cube.role_uri}")
            dprefix, dname = split_qname(std, "standard default")
            # the standard domain lives in the schema of a concept with its prefix (the axis's own, usually)
            same = axis_c if axis_c.prefix == dprefix else next((c for c in concepts.values() if c.prefix == dprefix), None)
            if same is None:
                continue  # cannot locate it: the given domain will be the default
            concepts[std] = Concept(
                prefix=dprefix,
                name=dname,
                namespace=same.namespace,
                type="dtr-types:domainItemType",
                period_type="duration",
                abstract=True,
                schema_location=same.schema_location,
            )
            dts.added_concepts.append(std)
    return dts


def axis_default(dts: Dts, axis: str, domain: str) -> str:
    """The default member of an axis: the standard domain for a standard axis, else the cube's domain."""
    std = STANDARD_AXIS_DEFAULTS.get(axis)
    if std is not None and std in dts.concepts:
        return std
    return domain


# ---------------------------------------------------------------- values


def decimal_text(value: Decimal, where: str = "value") -> str:
    """Fixed-point text of a Decimal, never an exponent, never ``-0``: 1.2E+7 -> 12000000, 1.50 -> 1.50."""
    if not isinstance(value, Decimal):
        raise XbrlWriteError(f"{where}: {value!r} is not a Decimal")
    if not value.is_finite():
        raise XbrlWriteError(f"{where}: {value} is not a finite number")
    if value.is_zero():
        value = value.copy_abs()
    return format(value, "f")


def fact_decimal(fact: Fact) -> Decimal:
    """A numeric fact's value as a finite Decimal (a numeric string is parsed); XbrlWriteError otherwise."""
    where = f"fact {fact.id} ({fact.concept})"
    value = fact.value
    if value is None:
        raise XbrlWriteError(f"{where}: no value and not nil")
    if isinstance(value, str):
        try:
            value = Decimal(value)
        except InvalidOperation as exc:
            raise XbrlWriteError(f"{where}: {fact.value!r} is not a number") from exc
    if not isinstance(value, Decimal) or not value.is_finite():
        raise XbrlWriteError(f"{where}: {value!r} is not a finite number")
    return value


def order_text(order: int | Decimal) -> str:
    return decimal_text(Decimal(order), "order")


# ---------------------------------------------------------------- serialisation and atomic writes


def q(ns: str, local: str) -> str:
    return f"{{{ns}}}{local}"


def serialise(root: etree._Element) -> bytes:
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


_NCNAME_BAD = re.compile(r"[^A-Za-z0-9_.\-]")


def ncname(text: str) -> str:
    s = _NCNAME_BAD.sub("_", text)
    if not s or not (s[0].isalpha() or s[0] == "_"):
        s = "_" + s
    return s


def role_ids(dts: Dts) -> dict[str, str]:
    """roleURI -> roleType id for every extended-link role the filing defines (not the standard link role)."""
    filing = dts.filing
    out: dict[str, str] = {}
    used: set[str] = {element_id(c) for c in dts.extension_concepts}
    uris = [r.role_uri for r in filing.presentation] + [r.role_uri for r in filing.calculation]
    uris += [h.role_uri for h in filing.definition]
    for uri in uris:
        if uri == STANDARD_LINK_ROLE or uri in out:
            continue
        base = ncname(uri.rstrip("/").rsplit("/", 1)[-1])
        rid, n = base, 2
        while rid in used:
            rid, n = f"{base}_{n}", n + 1
        used.add(rid)
        out[uri] = rid
    return out
