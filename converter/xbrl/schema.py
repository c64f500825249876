"""The extension schema ``<prefix>-<yyyymmdd>.xsd``: imports, linkbaseRefs, roleTypes, extension elements."""

from __future__ import annotations

from lxml import etree

from ..filing import Concept
from .common import (
    LINK,
    TYPE_LIBRARIES,
    XBRLDT,
    XBRLDT_XSD,
    XBRLI,
    XBRLI_XSD,
    XLINK,
    XS,
    Dts,
    XbrlWriteError,
    namespace_of_location,
    q,
    role_ids,
    split_qname,
)

LINKBASE_ARCROLE = "http://www.w3.org/1999/xlink/properties/linkbase"
LINKBASE_REF_ROLES = {
    "definition": "http://www.xbrl.org/2003/role/definitionLinkbaseRef",
    "label": "http://www.xbrl.org/2003/role/labelLinkbaseRef",
    "presentation": "http://www.xbrl.org/2003/role/presentationLinkbaseRef",
    "calculation": "http://www.xbrl.org/2003/role/calculationLinkbaseRef",
}
SUBSTITUTION_GROUPS = {"item": "xbrli:item", "dimension": "xbrldt:dimensionItem", "hypercube": "xbrldt:hypercubeItem"}


def _type_library(dts: Dts, type_prefix: str, where: str) -> tuple[str, str]:
    """(namespace, schema location) of the schema defining an extension concept's type."""
    if type_prefix in TYPE_LIBRARIES:
        return TYPE_LIBRARIES[type_prefix]
    if type_prefix == dts.ext_prefix:
        raise XbrlWriteError(f"{where}: extension types are not supported (type prefix {type_prefix})")
    if type_prefix in dts.prefixes:  # e.g. dei:submissionTypeItemType, defined in the dei schema
        c = next(c for c in dts.concepts.values() if c.prefix == type_prefix)
        return c.namespace, c.schema_location
    for lib, owner in (("us-types", "us-gaap"), ("srt-types", "srt")):
        if type_prefix == lib:
            c = next((c for c in dts.concepts.values() if c.prefix == owner), None)
            if c is not None:
                year = c.namespace.rstrip("/").rsplit("/", 1)[-1]
                base = c.schema_location.rsplit("/", 1)[0]
                return f"http://fasb.org/{lib}/{year}", f"{base}/{lib}-{year}.xsd"
    raise XbrlWriteError(f"{where}: unknown type library prefix {type_prefix}")


def schema_imports(dts: Dts) -> list[tuple[str, str]]:
    """(namespace, schemaLocation) pairs the extension schema imports, deduplicated, in a stable order."""
    out: list[tuple[str, str]] = [(XBRLI, XBRLI_XSD)]
    by_location = {c.schema_location: c.namespace for c in dts.concepts.values() if not dts.is_extension(c)}

    def add(ns: str, loc: str) -> None:
        if (ns, loc) not in out:
            out.append((ns, loc))

    for loc in dts.filing.imports:
        ns = by_location.get(loc) or namespace_of_location(loc)
        if ns is None:
            raise XbrlWriteError(
                f"filing.imports: cannot tell the namespace of {loc} (no concept of filing.concepts is defined there)"
            )
        add(ns, loc)
    for c in dts.concepts.values():
        if not dts.is_extension(c):
            add(c.namespace, c.schema_location)
    if any(c.substitution_group != "item" for c in dts.extension_concepts):
        add(XBRLDT, XBRLDT_XSD)
    for c in dts.extension_concepts:
        tprefix, _ = split_qname(c.type, f"type of {c.qname}")
        add(*_type_library(dts, tprefix, f"type of {c.qname}"))
    return out


def _element(c: Concept) -> etree._Element:
    el = etree.Element(q(XS, "element"))
    el.set("id", f"{c.prefix}_{c.name}")
    el.set("name", c.name)
    el.set("type", c.type)
    el.set("substitutionGroup", SUBSTITUTION_GROUPS[c.substitution_group])
    el.set(q(XBRLI, "periodType"), c.period_type)
    if c.balance is not None:
        el.set(q(XBRLI, "balance"), c.balance)
    # XDT requires hypercubes and dimensions to be abstract
    el.set("abstract", "true" if (c.abstract or c.substitution_group != "item") else "false")
    el.set("nillable", "true" if c.nillable else "false")
    return el


def build_schema(dts: Dts) -> etree._Element:
    filing = dts.filing
    names = dts.names
    imports = schema_imports(dts)

    nsmap: dict[str | None, str] = {"xs": XS, "link": LINK, "xlink": XLINK, "xbrli": XBRLI, "xbrldt": XBRLDT}
    ns_prefixes = dts.nsmap()
    for p, ns in ns_prefixes.items():
        nsmap.setdefault(p, ns)
    for c in dts.extension_concepts:  # type prefixes (dtr-types, num, us-types ...)
        tprefix, _ = split_qname(c.type, f"type of {c.qname}")
        if tprefix not in nsmap:
            nsmap[tprefix] = _type_library(dts, tprefix, f"type of {c.qname}")[0]

    root = etree.Element(q(XS, "schema"), nsmap=nsmap)
    root.set("targetNamespace", filing.extension.namespace)
    root.set("elementFormDefault", "qualified")
    root.set("attributeFormDefault", "unqualified")

    appinfo = etree.SubElement(etree.SubElement(root, q(XS, "annotation")), q(XS, "appinfo"))
    for kind, href in (
        ("label", names.label),
        ("presentation", names.presentation),
        ("calculation", names.calculation),
        ("definition", names.definition),
    ):
        ref = etree.SubElement(appinfo, q(LINK, "linkbaseRef"))
        ref.set(q(XLINK, "type"), "simple")
        ref.set(q(XLINK, "href"), href)
        ref.set(q(XLINK, "role"), LINKBASE_REF_ROLES[kind])
        ref.set(q(XLINK, "arcrole"), LINKBASE_ARCROLE)

    definitions: dict[str, str] = {}
    used_on: dict[str, list[str]] = {}
    for uri, text, link in (
        [(r.role_uri, r.definition, "link:presentationLink") for r in filing.presentation]
        + [(r.role_uri, r.definition, "link:calculationLink") for r in filing.calculation]
        + [(h.role_uri, h.definition, "link:definitionLink") for h in filing.definition]
    ):
        definitions.setdefault(uri, text)
        links = used_on.setdefault(uri, [])
        if link not in links:
            links.append(link)
    for uri, rid in role_ids(dts).items():
        rt = etree.SubElement(appinfo, q(LINK, "roleType"))
        rt.set("roleURI", uri)
        rt.set("id", rid)
        etree.SubElement(rt, q(LINK, "definition")).text = definitions[uri]
        for link in used_on[uri]:
            etree.SubElement(rt, q(LINK, "usedOn")).text = link

    for ns, loc in imports:
        imp = etree.SubElement(root, q(XS, "import"))
        imp.set("namespace", ns)
        imp.set("schemaLocation", loc)

    for c in dts.extension_concepts:
        root.append(_element(c))
    return root
