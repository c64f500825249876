"""The XBRL 2.1 writers (prxbrl.xbrl): file names, Arelle validity, value text, determinism, structure."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from prxbrl.filing import (
    NEGATED_LABEL_ROLE,
    PERIOD_END_LABEL_ROLE,
    PERIOD_START_LABEL_ROLE,
    TERSE_LABEL_ROLE,
    TOTAL_LABEL_ROLE,
    CalculationArc,
    CalculationRole,
    Concept,
    Context,
    DimensionMember,
    Extension,
    Fact,
    Filing,
    Hypercube,
    Label,
    PresentationArc,
    PresentationRole,
    Unit,
)
from prxbrl.xbrl import XbrlWriteError, render_filing, write_filing
from prxbrl.xbrl.common import decimal_text

from conftest import DEI, DEI_NS, GAAP, GAAP_NS, PACKAGE, SRT, SRT_NS, gaap, need_shared

TST_NS = "http://prxbrl.example/tst/20100930"
ROLE_IS = "http://prxbrl.example/tst/20100930/role/ConsolidatedStatementsOfIncome"
ROLE_CASH = "http://prxbrl.example/tst/20100930/role/CashPosition"

NS = {
    "xbrli": "http://www.xbrl.org/2003/instance",
    "link": "http://www.xbrl.org/2003/linkbase",
    "xlink": "http://www.w3.org/1999/xlink",
    "xbrldi": "http://xbrl.org/2006/xbrldi",
    "xbrldt": "http://xbrl.org/2005/xbrldt",
    "xs": "http://www.w3.org/2001/XMLSchema",
    "us-gaap": GAAP_NS,
    "dei": DEI_NS,
    "tst": TST_NS,
}


def make_filing() -> Filing:
    tst_contracts = Concept(
        prefix="tst", name="NumberOfContracts", namespace=TST_NS, type="xbrli:decimalItemType",
        period_type="duration", schema_location="tst-20100930.xsd",
    )
    tst_wan = Concept(
        prefix="tst", name="WanServicesMember", namespace=TST_NS, type="dtr-types:domainItemType",
        period_type="duration", abstract=True, schema_location="tst-20100930.xsd",
    )
    concepts = [
        gaap("IncomeStatementAbstract", "xbrli:stringItemType", abstract=True),
        gaap("StatementOfCashFlowsAbstract", "xbrli:stringItemType", abstract=True),
        gaap("StatementTable", "xbrli:stringItemType", abstract=True, substitution_group="hypercube"),
        gaap("StatementLineItems", "xbrli:stringItemType", abstract=True),
        gaap("Revenues", balance="credit"),
        gaap("CostOfRevenue", balance="debit"),
        gaap("GrossProfit", balance="credit"),
        gaap("EarningsPerShareBasic", "dtr-types:perShareItemType"),
        gaap("WeightedAverageNumberOfSharesOutstandingBasic", "xbrli:sharesItemType"),
        gaap("EffectiveIncomeTaxRateContinuingOperations", "dtr-types:percentItemType"),
        gaap("CashAndCashEquivalentsAtCarryingValue", period="instant", balance="debit"),
        Concept(prefix="srt", name="ProductOrServiceAxis", namespace=SRT_NS, type="xbrli:stringItemType",
                period_type="duration", abstract=True, substitution_group="dimension", schema_location=SRT),
        Concept(prefix="srt", name="ProductsAndServicesDomain", namespace=SRT_NS, type="dtr-types:domainItemType",
                period_type="duration", abstract=True, schema_location=SRT),
        Concept(prefix="dei", name="DocumentType", namespace=DEI_NS, type="dei:submissionTypeItemType",
                period_type="duration", schema_location=DEI),
        Concept(prefix="dei", name="EntityRegistrantName", namespace=DEI_NS, type="xbrli:normalizedStringItemType",
                period_type="duration", schema_location=DEI),
        tst_contracts,
        tst_wan,
    ]
    labels = [
        Label(concept="us-gaap:Revenues", text="Total revenues"),
        Label(concept="us-gaap:Revenues", role=TERSE_LABEL_ROLE, text="Revenues"),
        Label(concept="us-gaap:CostOfRevenue", text="Cost of revenues"),
        Label(concept="us-gaap:CostOfRevenue", role=NEGATED_LABEL_ROLE, text="Less: cost of revenues"),
        Label(concept="us-gaap:GrossProfit", text="Gross profit"),
        Label(concept="us-gaap:GrossProfit", role=TOTAL_LABEL_ROLE, text="Gross profit, total"),
        Label(concept="us-gaap:CashAndCashEquivalentsAtCarryingValue", text="Cash and cash equivalents"),
        Label(concept="us-gaap:CashAndCashEquivalentsAtCarryingValue", role=PERIOD_START_LABEL_ROLE,
              text="Cash and cash equivalents, beginning of period"),
        Label(concept="us-gaap:CashAndCashEquivalentsAtCarryingValue", role=PERIOD_END_LABEL_ROLE,
              text="Cash and cash equivalents, end of period"),
        Label(concept="tst:NumberOfContracts", text="Number of contracts"),
        Label(concept="tst:WanServicesMember", text="WAN services [Member]"),
        Label(concept="tst:WanServicesMember", lang="ja", text="WANサービス"),
    ]
    h1 = Context(id="D2010Q2YTD", period_type="duration", start=date(2010, 4, 1), end=date(2010, 9, 30))
    i1 = Context(id="I20100930", period_type="instant", end=date(2010, 9, 30))
    i0 = Context(id="I20100331", period_type="instant", end=date(2010, 3, 31))
    dim = Context(
        id="D2010Q2YTD_WanServices", period_type="duration", start=date(2010, 4, 1), end=date(2010, 9, 30),
        dims=[DimensionMember(axis="srt:ProductOrServiceAxis", member="tst:WanServicesMember")],
    )
    units = [
        Unit(id="JPY", numerator=["iso4217:JPY"]),
        Unit(id="USD", numerator=["iso4217:USD"]),
        Unit(id="JPYPerShare", numerator=["iso4217:JPY"], denominator=["xbrli:shares"]),
        Unit(id="shares", numerator=["xbrli:shares"]),
        Unit(id="pure", numerator=["xbrli:pure"]),
        Unit(id="Contract", numerator=["tst:Contract"]),
    ]

    def num(id_, concept, ctx, unit, value, decimals):
        return Fact(id=id_, concept=concept, context=ctx.id, unit=unit, value=Decimal(value), decimals=decimals)

    facts = [
        Fact(id="f-doctype", concept="dei:DocumentType", context=h1.id, value="8-K"),
        Fact(id="f-name", concept="dei:EntityRegistrantName", context=h1.id, value="Test Networks & Co., Ltd."),
        num("f-rev", "us-gaap:Revenues", h1, "JPY", "1.2E+7", -3),
        num("f-cor", "us-gaap:CostOfRevenue", h1, "JPY", "9500000", -3),
        num("f-gp", "us-gaap:GrossProfit", h1, "JPY", "2500000", -3),
        num("f-rev-usd", "us-gaap:Revenues", h1, "USD", "144006", 0),
        num("f-cor-usd", "us-gaap:CostOfRevenue", h1, "USD", "114005", 0),
        num("f-gp-usd", "us-gaap:GrossProfit", h1, "USD", "30001", 0),
        num("f-eps", "us-gaap:EarningsPerShareBasic", h1, "JPYPerShare", "1234.50", 2),
        num("f-shares", "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", h1, "shares", "204000", 0),
        num("f-tax", "us-gaap:EffectiveIncomeTaxRateContinuingOperations", h1, "pure", "0.407", 3),
        num("f-cash", "us-gaap:CashAndCashEquivalentsAtCarryingValue", i1, "JPY", "15000000", -3),
        num("f-cash0", "us-gaap:CashAndCashEquivalentsAtCarryingValue", i0, "JPY", "14000000", -3),
        num("f-contracts", "tst:NumberOfContracts", h1, "Contract", "1500", "INF"),
        num("f-rev-wan", "us-gaap:Revenues", dim, "JPY", "3.0E+6", -3),
        Fact(id="f-cor-wan", concept="us-gaap:CostOfRevenue", context=dim.id, unit="JPY", nil=True),
    ]
    presentation = [
        PresentationRole(
            role_uri=ROLE_IS, definition="100000 - Statement - Consolidated Statements of Income",
            root="us-gaap:IncomeStatementAbstract",
            arcs=[
                PresentationArc(parent="us-gaap:IncomeStatementAbstract", child="us-gaap:StatementTable", order=1),
                PresentationArc(parent="us-gaap:StatementTable", child="srt:ProductOrServiceAxis", order=1),
                PresentationArc(parent="srt:ProductOrServiceAxis", child="srt:ProductsAndServicesDomain", order=1),
                PresentationArc(parent="srt:ProductsAndServicesDomain", child="tst:WanServicesMember", order=1),
                PresentationArc(parent="us-gaap:StatementTable", child="us-gaap:StatementLineItems", order=2),
                PresentationArc(parent="us-gaap:StatementLineItems", child="us-gaap:Revenues", order=1),
                PresentationArc(parent="us-gaap:StatementLineItems", child="us-gaap:CostOfRevenue", order=2,
                                preferred_label=NEGATED_LABEL_ROLE),
                PresentationArc(parent="us-gaap:StatementLineItems", child="us-gaap:GrossProfit", order=3,
                                preferred_label=TOTAL_LABEL_ROLE),
                PresentationArc(parent="us-gaap:StatementLineItems", child="us-gaap:EarningsPerShareBasic", order=4),
                PresentationArc(parent="us-gaap:StatementLineItems",
                                child="us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", order=5),
                PresentationArc(parent="us-gaap:StatementLineItems",
                                child="us-gaap:EffectiveIncomeTaxRateContinuingOperations", order=6),
                PresentationArc(parent="us-gaap:StatementLineItems", child="tst:NumberOfContracts", order=7),
            ],
        ),
        PresentationRole(
            role_uri=ROLE_CASH, definition="200000 - Statement - Cash Position",
            root="us-gaap:StatementOfCashFlowsAbstract",
            arcs=[
                PresentationArc(parent="us-gaap:StatementOfCashFlowsAbstract",
                                child="us-gaap:CashAndCashEquivalentsAtCarryingValue", order=1,
                                preferred_label=PERIOD_START_LABEL_ROLE),
                PresentationArc(parent="us-gaap:StatementOfCashFlowsAbstract",
                                child="us-gaap:CashAndCashEquivalentsAtCarryingValue", order=2,
                                preferred_label=PERIOD_END_LABEL_ROLE),
            ],
        ),
    ]
    calculation = [
        CalculationRole(
            role_uri=ROLE_IS, definition="100000 - Statement - Consolidated Statements of Income",
            arcs=[
                CalculationArc(parent="us-gaap:GrossProfit", child="us-gaap:Revenues", weight=Decimal(1), order=1),
                CalculationArc(parent="us-gaap:GrossProfit", child="us-gaap:CostOfRevenue", weight=Decimal(-1), order=2),
            ],
        )
    ]
    definition = [
        Hypercube(
            role_uri=ROLE_IS, definition="100000 - Statement - Consolidated Statements of Income",
            table="us-gaap:StatementTable", line_items="us-gaap:StatementLineItems",
            primary_items=["us-gaap:Revenues", "us-gaap:CostOfRevenue", "us-gaap:GrossProfit"],
            axes={"srt:ProductOrServiceAxis": ["srt:ProductsAndServicesDomain", "tst:WanServicesMember"]},
        )
    ]
    return Filing(
        entity_identifier="0001234567",
        extension=Extension(prefix="tst", namespace=TST_NS, date=date(2010, 9, 30), concepts=[tst_contracts, tst_wan]),
        concepts=concepts,
        labels=labels,
        units=units,
        contexts=[h1, i1, i0, dim],
        facts=facts,
        presentation=presentation,
        calculation=calculation,
        definition=definition,
        imports=[GAAP, DEI],
    )


EXPECTED = ["tst-20100930.xml", "tst-20100930.xsd", "tst-20100930_lab.xml", "tst-20100930_pre.xml",
            "tst-20100930_cal.xml", "tst-20100930_def.xml"]


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("xbrl")
    paths = write_filing(make_filing(), out)
    assert [p.name for p in paths] == EXPECTED
    return out


def _arelle_errors(instance: Path) -> list[str]:
    """Error- and warning-level messages of an offline Arelle validation."""
    from prxbrl.arelle_bridge import validate

    result = validate(instance, packages=[PACKAGE])
    return [f"[{f.code}] {f.message}" for f in result.findings if f.severity in ("error", "warning")]


@pytest.fixture(scope="module")
def arelle_messages(written) -> list[str]:
    need_shared(PACKAGE)
    return _arelle_errors(written / "tst-20100930.xml")


def parse(path: Path) -> etree._ElementTree:
    return etree.parse(str(path))


def test_conventional_file_names(written):
    assert sorted(p.name for p in written.iterdir() if not p.name.startswith("arelle")) == sorted(EXPECTED)
    assert not [p for p in written.iterdir() if p.name.endswith(".tmp")]


def test_arelle_validates_without_errors(arelle_messages):
    assert arelle_messages == []


def test_decimal_values_never_use_exponents(written):
    inst = parse(written / "tst-20100930.xml")
    assert inst.xpath("//us-gaap:Revenues[@id='f-rev']/text()", namespaces=NS) == ["12000000"]
    assert inst.xpath("//us-gaap:Revenues[@id='f-rev-wan']/text()", namespaces=NS) == ["3000000"]
    assert inst.xpath("//us-gaap:EarningsPerShareBasic/text()", namespaces=NS) == ["1234.50"]
    assert b"E+" not in (written / "tst-20100930.xml").read_bytes()


@pytest.mark.parametrize(
    ("value", "text"),
    [("1.2E+7", "12000000"), ("1E+3", "1000"), ("-0", "0"), ("-0.00", "0.00"), ("1.50", "1.50"),
     ("-1234.5", "-1234.5"), ("1E-3", "0.001"), ("0E+2", "0")],
)
def test_decimal_text(value, text):
    assert decimal_text(Decimal(value)) == text


def test_byte_identical_when_written_twice(written, tmp_path):
    again = write_filing(make_filing(), tmp_path)
    for p in again:
        assert p.read_bytes() == (written / p.name).read_bytes(), p.name
    assert render_filing(make_filing()) == {p.name: p.read_bytes() for p in again}


def test_instance_structure(written):
    inst = parse(written / "tst-20100930.xml")
    root = inst.getroot()
    for prefix in ("xbrli", "link", "xlink", "xbrldi", "iso4217", "us-gaap", "srt", "dei", "tst", "xsi"):
        assert prefix in root.nsmap
    assert inst.xpath("/xbrli:xbrl/link:schemaRef/@xlink:href", namespaces=NS) == ["tst-20100930.xsd"]
    (rev,) = inst.xpath("//us-gaap:Revenues[@id='f-rev']", namespaces=NS)
    assert (rev.get("contextRef"), rev.get("unitRef"), rev.get("decimals")) == ("D2010Q2YTD", "JPY", "-3")
    (member,) = inst.xpath(
        "//xbrli:context[@id='D2010Q2YTD_WanServices']/xbrli:entity/xbrli:segment/xbrldi:explicitMember",
        namespaces=NS,
    )
    assert member.get("dimension") == "srt:ProductOrServiceAxis"
    assert member.text == "tst:WanServicesMember"
    assert inst.xpath("//xbrli:context[@id='D2010Q2YTD']//xbrli:startDate/text()", namespaces=NS) == ["2010-04-01"]
    assert inst.xpath("//xbrli:context[@id='I20100331']//xbrli:instant/text()", namespaces=NS) == ["2010-03-31"]
    assert inst.xpath("//xbrli:unit[@id='JPYPerShare']/xbrli:divide/xbrli:unitDenominator/xbrli:measure/text()",
                      namespaces=NS) == ["xbrli:shares"]
    (nil,) = inst.xpath("//us-gaap:CostOfRevenue[@id='f-cor-wan']", namespaces=NS)
    assert nil.get("{http://www.w3.org/2001/XMLSchema-instance}nil") == "true" and nil.get("decimals") is None
    assert inst.xpath("//dei:DocumentType/@decimals", namespaces=NS) == []
    ids = [el.get("id") for el in root if el.get("contextRef")]
    assert ids == [f.id for f in make_filing().facts]


def test_schema(written):
    xsd = parse(written / "tst-20100930.xsd")
    assert xsd.getroot().get("targetNamespace") == TST_NS
    imports = {el.get("namespace"): el.get("schemaLocation") for el in xsd.xpath("/xs:schema/xs:import", namespaces=NS)}
    assert imports[GAAP_NS] == GAAP and imports[DEI_NS] == DEI and imports[SRT_NS] == SRT
    refs = xsd.xpath("//link:linkbaseRef/@xlink:href", namespaces=NS)
    assert refs == ["tst-20100930_lab.xml", "tst-20100930_pre.xml", "tst-20100930_cal.xml", "tst-20100930_def.xml"]
    used_on = xsd.xpath(f"//link:roleType[@roleURI='{ROLE_IS}']/link:usedOn/text()", namespaces=NS)
    assert used_on == ["link:presentationLink", "link:calculationLink", "link:definitionLink"]
    (el,) = xsd.xpath("//xs:element[@name='NumberOfContracts']", namespaces=NS)
    assert el.get("id") == "tst_NumberOfContracts" and el.get("substitutionGroup") == "xbrli:item"
    assert el.get("{http://www.xbrl.org/2003/instance}periodType") == "duration"


def test_linkbases(written):
    cal = parse(written / "tst-20100930_cal.xml")
    (arc,) = cal.xpath("//link:calculationArc[@xlink:to='loc_us-gaap_CostOfRevenue']", namespaces=NS)
    assert arc.get("weight") == "-1" and arc.get("{http://www.w3.org/1999/xlink}from") == "loc_us-gaap_GrossProfit"
    (href,) = cal.xpath("//link:loc[@xlink:label='loc_us-gaap_Revenues']/@xlink:href", namespaces=NS)
    assert href == "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_Revenues"

    lab = parse(written / "tst-20100930_lab.xml")
    negated = lab.xpath(f"//link:label[@xlink:role='{NEGATED_LABEL_ROLE}']/text()", namespaces=NS)
    assert negated == ["Less: cost of revenues"]
    assert lab.xpath(f"//link:roleRef[@roleURI='{NEGATED_LABEL_ROLE}']", namespaces=NS)
    # a standard label for every concept, including those the filing gave no label for
    located = set(lab.xpath("//link:loc/@xlink:label", namespaces=NS))
    labelled = {f"loc_{lbl[4:]}" for lbl in lab.xpath(
        "//link:label[@xlink:role='http://www.xbrl.org/2003/role/label']/@xlink:label", namespaces=NS)}
    assert "loc_us-gaap_EarningsPerShareBasic" in located and located == labelled
    assert lab.xpath("//link:loc[@xlink:label='loc_tst_WanServicesMember']/@xlink:href", namespaces=NS) == [
        "tst-20100930.xsd#tst_WanServicesMember"]

    pre = parse(written / "tst-20100930_pre.xml")
    assert pre.xpath("//link:presentationArc[@xlink:to='loc_us-gaap_CostOfRevenue']/@preferredLabel",
                     namespaces=NS) == [NEGATED_LABEL_ROLE]

    d = parse(written / "tst-20100930_def.xml")
    (all_arc,) = d.xpath("//link:definitionArc[@xlink:arcrole='http://xbrl.org/int/dim/arcrole/all']", namespaces=NS)
    assert all_arc.get("{http://xbrl.org/2005/xbrldt}closed") == "true"
    assert all_arc.get("{http://xbrl.org/2005/xbrldt}contextElement") == "segment"
    assert all_arc.get("{http://www.w3.org/1999/xlink}from") == "loc_us-gaap_StatementLineItems"
    (default,) = d.xpath("//link:definitionArc[@xlink:arcrole='http://xbrl.org/int/dim/arcrole/dimension-default']",
                         namespaces=NS)
    to = default.get("{http://www.w3.org/1999/xlink}to")
    assert d.xpath(f"//link:loc[@xlink:label='{to}']/@xlink:href", namespaces=NS) == [
        "https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd#srt_ProductsAndServicesDomain"]


def test_standard_axis_keeps_its_standard_default():
    """A standard axis with an extension domain: the default stays srt:ProductsAndServicesDomain, heading the domain."""
    f = make_filing()
    services = Concept(prefix="tst", name="ServicesDomain", namespace=TST_NS, type="dtr-types:domainItemType",
                       period_type="duration", abstract=True, schema_location="tst-20100930.xsd")
    cube = f.definition[0].model_copy(
        update={"axes": {"srt:ProductOrServiceAxis": ["tst:ServicesDomain", "tst:WanServicesMember"]}})
    g = f.model_copy(update={
        "concepts": [c for c in f.concepts if c.name != "ProductsAndServicesDomain"] + [services],
        "presentation": f.presentation[1:],
        "definition": [cube],
    })
    d = etree.fromstring(render_filing(g)["tst-20100930_def.xml"])

    def arcs(arcrole):
        out = []
        for a in d.iter("{http://www.xbrl.org/2003/linkbase}definitionArc"):
            if a.get("{http://www.w3.org/1999/xlink}arcrole").endswith(arcrole):
                out.append(tuple(
                    d.xpath(f"//link:loc[@xlink:label='{a.get('{http://www.w3.org/1999/xlink}' + end)}']/@xlink:href",
                            namespaces=NS)[0].rsplit("#", 1)[1] for end in ("from", "to")))
        return out

    assert arcs("/dimension-default") == [("srt_ProductOrServiceAxis", "srt_ProductsAndServicesDomain")]
    assert arcs("/dimension-domain") == [("srt_ProductOrServiceAxis", "srt_ProductsAndServicesDomain")]
    assert ("srt_ProductsAndServicesDomain", "tst_ServicesDomain") in arcs("/domain-member")
    assert ("tst_ServicesDomain", "tst_WanServicesMember") in arcs("/domain-member")


def test_prx_import_namespace_from_official_location():
    f = make_filing()
    g = f.model_copy(update={"imports": f.imports + ["https://prxbrl.org/taxonomy/prx/2024/prx-2024.xsd"],
                             "units": f.units + [Unit(id="prxContract", numerator=["prx:Contract"])]})
    files = render_filing(g)
    assert etree.fromstring(files["tst-20100930.xml"]).nsmap["prx"] == "http://prxbrl.org/taxonomy/prx/2024"
    xsd = etree.fromstring(files["tst-20100930.xsd"])
    imports = {el.get("namespace"): el.get("schemaLocation") for el in xsd.xpath("/xs:schema/xs:import", namespaces=NS)}
    assert imports["http://prxbrl.org/taxonomy/prx/2024"] == "https://prxbrl.org/taxonomy/prx/2024/prx-2024.xsd"


def test_bad_filing_writes_nothing(tmp_path):
    f = make_filing()
    bad = f.model_copy(update={"facts": f.facts + [Fact(id="x", concept="us-gaap:Nope", context="I20100930",
                                                          unit="JPY", value=Decimal(1), decimals=0)]})
    with pytest.raises(XbrlWriteError, match="us-gaap:Nope"):
        write_filing(bad, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_prx_measures_without_a_prx_concept_or_import():
    """Regression (issue 10): per-ADS figures and store counts ended in 'measure prx:ADS has an unknown prefix' when
    the filing used no prx concept. A measure is a QName only: the writers declare the prx base taxonomy's prefix."""
    f = make_filing()
    stores = gaap("NumberOfStores", "xbrli:integerItemType", period="instant")
    ctx = f.contexts[1]
    g = f.model_copy(update={
        "concepts": f.concepts + [stores],
        "units": f.units + [Unit(id="Store", numerator=["prx:Store"]),
                            Unit(id="JPYPerADS", numerator=["iso4217:JPY"], denominator=["prx:ADS"])],
        "facts": f.facts + [Fact(id="f-stores", concept="us-gaap:NumberOfStores", context=ctx.id, unit="Store",
                                 value=Decimal("1203"), decimals="INF")],
    })
    files = render_filing(g)
    root = etree.fromstring(files["tst-20100930.xml"])
    assert root.nsmap["prx"] == "http://prxbrl.org/taxonomy/prx/2024"
    assert root.xpath("//xbrli:unit[@id='JPYPerADS']//xbrli:unitDenominator/xbrli:measure/text()", namespaces=NS) == ["prx:ADS"]
    from prxbrl.xbrl.oim import render_xbrl_json

    doc = json.loads(render_xbrl_json(g))  # the OIM writers resolve measures the same way
    assert doc["documentInfo"]["namespaces"]["prx"] == "http://prxbrl.org/taxonomy/prx/2024"
    assert any(f["dimensions"].get("unit") == "prx:Store" for f in doc["facts"].values())
    bad = g.model_copy(update={"units": g.units + [Unit(id="Widget", numerator=["prx:Widget"])]})
    with pytest.raises(XbrlWriteError, match="prx:Widget is not declared in the prx base taxonomy"):
        render_filing(bad)


def test_every_unit_of_the_mapping_is_declared_by_the_prx_base_taxonomy():
    """The mapping's own unit names (non-currency) are measures of taxonomy/prx/units.json."""
    from prxbrl.mapping.build import _NON_CURRENCY
    from prxbrl.xbrl.common import base_measures

    prefix, namespace, measures = base_measures()
    assert prefix == "prx" and namespace == "http://prxbrl.org/taxonomy/prx/2024"
    assert {f"prx:{u}" for u in _NON_CURRENCY} <= measures


def test_concepts_without_a_printed_label_get_their_standard_label(written):
    """The axis, domain and table of the statement's product lines (IIJ line 329 "Network services:" and below) are
    not printed: they are labelled as the US GAAP / SRT taxonomy labels them, not with their names in words."""
    lab = parse(written / "tst-20100930_lab.xml")

    def text(concept: str) -> list[str]:
        loc = lab.xpath(f"//link:loc[substring-after(@xlink:href, '#') = '{concept}']/@xlink:label", namespaces=NS)
        return lab.xpath(f"//link:label[@xlink:label = //link:labelArc[@xlink:from = '{loc[0]}']/@xlink:to]/text()",
                         namespaces=NS)

    assert text("srt_ProductOrServiceAxis") == ["Product and Service [Axis]"]
    assert text("srt_ProductsAndServicesDomain") == ["Product and Service [Domain]"]
    assert text("us-gaap_StatementTable") == ["Statement [Table]"]
    assert text("us-gaap_Revenues") == ["Total revenues", "Revenues"]  # the release's labels stay


def test_standard_labels_are_validated_when_loaded(tmp_path, monkeypatch):
    import prxbrl.knowledge
    from prxbrl.xbrl.linkbases import standard_labels

    assert standard_labels()["us-gaap:StatementLineItems"] == "Statement [Line Items]"
    for bad in ({"source": "x", "labels": {"ifrs-full:Revenue": "Revenue"}},
                {"source": "x", "labels": {"us-gaap:Revenues": " "}},
                {"source": "x", "labels": {}, "extra": 1}):
        (tmp_path / "standard_labels.json").write_text(json.dumps(bad), "utf-8")
        monkeypatch.setattr(prxbrl.knowledge, "taxonomy_files", lambda: tmp_path)
        with pytest.raises(ValueError, match="standard_labels.json"):
            standard_labels.__wrapped__()
