"""Label, presentation, calculation and definition linkbases of the extension."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable

from lxml import etree

from ..filing import LABEL_ROLE, Concept, Label
from .common import (
    LINK,
    LINK_XSD,
    LRR_LABEL_ROLES,
    STANDARD_LINK_ROLE,
    XBRLDT,
    XLINK,
    XML_NS,
    XSI,
    Dts,
    XbrlWriteError,
    axis_default,
    element_id,
    ncname,
    order_text,
    q,
    role_ids,
    decimal_text,
)

# Label roles defined by XBRL 2.1 itself (no roleRef needed).
XBRL21_LABEL_ROLES = {
    f"http://www.xbrl.org/2003/role/{r}"
    for r in (
        "label terseLabel verboseLabel positiveLabel positiveTerseLabel positiveVerboseLabel negativeLabel "
        "negativeTerseLabel negativeVerboseLabel zeroLabel zeroTerseLabel zeroVerboseLabel totalLabel "
        "periodStartLabel periodEndLabel documentation definitionGuidance disclosureGuidance "
        "presentationGuidance measurementGuidance commentaryGuidance exampleGuidance"
    ).split()
}

CONCEPT_LABEL = "http://www.xbrl.org/2003/arcrole/concept-label"
PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child"
SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item"
XDT_ARCROLES = {
    "all": "http://xbrl.org/int/dim/arcrole/all",
    "hypercube-dimension": "http://xbrl.org/int/dim/arcrole/hypercube-dimension",
    "dimension-domain": "http://xbrl.org/int/dim/arcrole/dimension-domain",
    "domain-member": "http://xbrl.org/int/dim/arcrole/domain-member",
    "dimension-default": "http://xbrl.org/int/dim/arcrole/dimension-default",
}


# ---------------------------------------------------------------- helpers


def _linkbase(dts: Dts, *, xbrldt: bool = False) -> etree._Element:
    nsmap: dict[str | None, str] = {"link": LINK, "xlink": XLINK, "xsi": XSI}
    if xbrldt:
        nsmap["xbrldt"] = XBRLDT
    root = etree.Element(q(LINK, "linkbase"), nsmap=nsmap)
    root.set(q(XSI, "schemaLocation"), f"{LINK} {LINK_XSD}")
    return root


def _role_refs(dts: Dts, root: etree._Element, uris: Iterable[str]) -> None:
    ids = role_ids(dts)
    done: list[str] = []
    for uri in uris:
        if uri == STANDARD_LINK_ROLE or uri in done:
            continue
        done.append(uri)
        ref = etree.SubElement(root, q(LINK, "roleRef"), roleURI=uri)
        ref.set(q(XLINK, "type"), "simple")
        ref.set(q(XLINK, "href"), f"{dts.names.schema}#{ids[uri]}")


def _arcrole_refs(root: etree._Element, names: Iterable[str]) -> None:
    for name in names:
        ref = etree.SubElement(root, q(LINK, "arcroleRef"), arcroleURI=XDT_ARCROLES[name])
        ref.set(q(XLINK, "type"), "simple")
        ref.set(q(XLINK, "href"), f"http://www.xbrl.org/2005/xbrldt-2005.xsd#{name}")


class _Link:
    """One extended link: locators are written once per concept, before the first arc using them."""

    def __init__(self, dts: Dts, parent: etree._Element, local: str, role: str) -> None:
        self.dts = dts
        self.el = etree.SubElement(parent, q(LINK, local))
        self.el.set(q(XLINK, "type"), "extended")
        self.el.set(q(XLINK, "role"), role)
        self.role = role
        self.locs: dict[str, str] = {}
        self.labels: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()

    def _new_loc(self, qname: str) -> str:
        c = self.dts.concept(qname, f"link role {self.role}")
        base = f"loc_{element_id(c)}"
        label, n = base, 2
        while label in self.labels:
            label, n = f"{base}_{n}", n + 1
        self.labels.add(label)
        el = etree.SubElement(self.el, q(LINK, "loc"))
        el.set(q(XLINK, "type"), "locator")
        el.set(q(XLINK, "href"), self.dts.href(c))
        el.set(q(XLINK, "label"), label)
        return label

    def loc(self, qname: str) -> str:
        label = self.locs.get(qname)
        if label is None:
            label = self.locs[qname] = self._new_loc(qname)
        return label

    def arc(self, local: str, arcrole: str, parent: str, child: str, order: object, **attrs: str) -> etree._Element:
        frm, to = self.loc(parent), self.loc(child)
        if (frm, to) in self.pairs:
            # XLink forbids two arcs between the same labels: a second locator of the child gets the arc
            # (the same concept twice under one parent, or dimension-domain and dimension-default arcs)
            to = self._new_loc(child)
        self.pairs.add((frm, to))
        el = etree.SubElement(self.el, q(LINK, local))
        el.set(q(XLINK, "type"), "arc")
        el.set(q(XLINK, "arcrole"), arcrole)
        el.set(q(XLINK, "from"), frm)
        el.set(q(XLINK, "to"), to)
        el.set("order", order_text(order))  # type: ignore[arg-type]
        for k, v in attrs.items():
            el.set(k, v)
        return el


# ---------------------------------------------------------------- label linkbase


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)


_STANDARD_LABELS_KEYS = {"source", "labels"}


@functools.cache
def standard_labels() -> dict[str, str]:
    """US GAAP / SRT standard labels (``taxonomy/standard_labels.json``, built by scripts/build_standard_labels.py
    from the label role of company label linkbases): qname -> label. Unknown keys, prefixes or empty labels are
    errors."""
    from ..knowledge import taxonomy_files

    data = json.loads(taxonomy_files().joinpath("standard_labels.json").read_text("utf-8"))
    if set(data) != _STANDARD_LABELS_KEYS:
        raise ValueError(f"standard_labels.json: keys {sorted(data)}, expected {sorted(_STANDARD_LABELS_KEYS)}")
    labels = data["labels"]
    for qname, text in labels.items():
        if qname.partition(":")[0] not in ("us-gaap", "srt") or not isinstance(text, str) or not text.strip():
            raise ValueError(f"standard_labels.json: bad entry {qname!r}: {text!r}")
    return labels


def default_label(c: Concept) -> str:
    """The label of a concept the release prints no label for: its standard label, else its name in words."""
    return standard_labels().get(c.qname) or _words(c.name)


def used_concepts(dts: Dts) -> list[Concept]:
    """Every concept of the filing (filing.concepts, extension concepts, standard default domains), in a stable order."""
    return list(dts.concepts.values())


def build_label_linkbase(dts: Dts) -> etree._Element:
    filing = dts.filing
    by_concept: dict[str, list[Label]] = {}
    for lab in filing.labels:
        dts.concept(lab.concept, "label")
        lst = by_concept.setdefault(lab.concept, [])
        if any(x.role == lab.role and x.lang == lab.lang for x in lst):
            continue  # one label per concept, role and language (XBRL 2.1 5.2.2.2.1 duplicate check)
        lst.append(lab)
    default_lang = filing.labels[0].lang if filing.labels else "en-US"

    roles_used: list[str] = []
    for lab in filing.labels:
        if lab.role in XBRL21_LABEL_ROLES:
            continue
        if lab.role not in LRR_LABEL_ROLES:
            raise XbrlWriteError(f"label of {lab.concept}: unknown label role {lab.role}")
        if lab.role not in roles_used:
            roles_used.append(lab.role)

    root = _linkbase(dts)
    for uri in sorted(roles_used):
        ref = etree.SubElement(root, q(LINK, "roleRef"), roleURI=uri)
        ref.set(q(XLINK, "type"), "simple")
        ref.set(q(XLINK, "href"), LRR_LABEL_ROLES[uri])
    link = _Link(dts, root, "labelLink", STANDARD_LINK_ROLE)
    ids: set[str] = set()
    for c in used_concepts(dts):
        labels = list(by_concept.get(c.qname, []))
        if not any(lab.role == LABEL_ROLE for lab in labels):
            labels.insert(0, Label(concept=c.qname, role=LABEL_ROLE, lang=default_lang, text=default_label(c)))
        loc = link.loc(c.qname)
        res_label = f"lab_{element_id(c)}"
        for lab in labels:
            base = ncname(f"lab_{element_id(c)}_{lab.role.rsplit('/', 1)[-1]}_{lab.lang}")
            rid, n = base, 2
            while rid in ids:
                rid, n = f"{base}_{n}", n + 1
            ids.add(rid)
            el = etree.SubElement(link.el, q(LINK, "label"))
            el.set(q(XLINK, "type"), "resource")
            el.set(q(XLINK, "label"), res_label)
            el.set(q(XLINK, "role"), lab.role)
            el.set(q(XML_NS, "lang"), lab.lang)
            el.set("id", rid)
            el.text = lab.text
        arc = etree.SubElement(link.el, q(LINK, "labelArc"))
        arc.set(q(XLINK, "type"), "arc")
        arc.set(q(XLINK, "arcrole"), CONCEPT_LABEL)
        arc.set(q(XLINK, "from"), loc)
        arc.set(q(XLINK, "to"), res_label)
    return root


# ---------------------------------------------------------------- presentation


def build_presentation_linkbase(dts: Dts) -> etree._Element:
    filing = dts.filing
    root = _linkbase(dts)
    _role_refs(dts, root, (r.role_uri for r in filing.presentation))
    for role in filing.presentation:
        link = _Link(dts, root, "presentationLink", role.role_uri)
        link.loc(role.root)
        for a in role.arcs:
            attrs = {"preferredLabel": a.preferred_label} if a.preferred_label else {}
            link.arc("presentationArc", PARENT_CHILD, a.parent, a.child, a.order, **attrs)
    return root


# ---------------------------------------------------------------- calculation


def build_calculation_linkbase(dts: Dts) -> etree._Element:
    filing = dts.filing
    root = _linkbase(dts)
    _role_refs(dts, root, (r.role_uri for r in filing.calculation))
    for role in filing.calculation:
        link = _Link(dts, root, "calculationLink", role.role_uri)
        for a in role.arcs:
            link.arc("calculationArc", SUMMATION_ITEM, a.parent, a.child, a.order, weight=decimal_text(a.weight, "weight"))
    return root


# ---------------------------------------------------------------- definition


def build_definition_linkbase(dts: Dts) -> etree._Element:
    filing = dts.filing
    root = _linkbase(dts, xbrldt=bool(filing.definition))
    _role_refs(dts, root, (h.role_uri for h in filing.definition))
    if filing.definition:
        _arcrole_refs(root, XDT_ARCROLES)
    defaults_done: dict[str, str] = {}  # axis -> default, written once for the whole DTS
    for cube in filing.definition:
        where = f"hypercube {cube.role_uri}"
        link = _Link(dts, root, "definitionLink", cube.role_uri)
        dm = XDT_ARCROLES["domain-member"]
        link.arc(
            "definitionArc",
            XDT_ARCROLES["all"],
            cube.line_items,
            cube.table,
            1,
            **{q(XBRLDT, "closed"): "true", q(XBRLDT, "contextElement"): "segment"},
        )
        for i, axis in enumerate(cube.axes, start=1):
            members = cube.axes[axis]
            if not members:
                raise XbrlWriteError(f"{where}: axis {axis} has no domain")
            domain, rest = members[0], members[1:]
            link.arc("definitionArc", XDT_ARCROLES["hypercube-dimension"], cube.table, axis, i)
            default = axis_default(dts, axis, domain)
            if default != domain:
                # the standard domain heads the axis (its default must be a usable member), the cube's under it
                link.arc("definitionArc", XDT_ARCROLES["dimension-domain"], axis, default, 1)
                link.arc("definitionArc", dm, default, domain, 1)
            else:
                link.arc("definitionArc", XDT_ARCROLES["dimension-domain"], axis, domain, 1)
            order: dict[str, int] = {}
            for member in rest:
                parent = cube.member_parents.get(member, domain)
                if parent not in rest or parent == member:
                    parent = domain  # a parent outside this cube's members: the member hangs from the domain
                order[parent] = order.get(parent, 0) + 1
                link.arc("definitionArc", dm, parent, member, order[parent])
            if axis not in defaults_done:
                defaults_done[axis] = default
                link.arc("definitionArc", XDT_ARCROLES["dimension-default"], axis, default, 1)
            elif defaults_done[axis] != default:
                raise XbrlWriteError(f"{where}: axis {axis} gets two defaults {defaults_done[axis]} and {default}")
        for k, item in enumerate(cube.primary_items, start=1):
            link.arc("definitionArc", dm, cube.line_items, item, k)
    return root
