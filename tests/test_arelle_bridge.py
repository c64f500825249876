"""Tests of prxbrl.arelle_bridge: Arelle in-process validation, normalized facts, the stand-in taxonomy.

Loading the US GAAP schema costs a few seconds per Arelle run, so the reports are written once per module
and every Arelle run is a module-scoped fixture shared by the assertions.
"""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from prxbrl.arelle_bridge import (
    STANDIN_NOTE,
    Finding,
    LoadError,
    NormalizedFact,
    ValidationResult,
    build_standin_package,
    load_facts,
    set_standin_catalogs,
    validate,
)
from prxbrl.arelle_bridge.standin import load_catalogs

from conftest import DEI, GAAP, PACKAGE, SRT, need_shared

PRX = "https://prxbrl.org/taxonomy/prx/2024/prx-2024.xsd"  # the project's own package (taxonomy/prx), added to every run
EXT_NS = "http://prxbrl.example/tst/20240331"
CIK = "0000000001"

# a small concept catalog in the format of taxonomy/catalog/*.json
# [type, periodType, balance, abstract, substitutionGroup, nillable]
TEST_CATALOGS = [
    {
        "prefix": "us-gaap",
        "namespace": "http://fasb.org/us-gaap/2024",
        "schema_location": GAAP,
        "source_sha256": "test",
        "concepts": {
            "Revenues": ["xbrli:monetaryItemType", "duration", "credit", 0, "item", 1],
            "CostOfRevenue": ["xbrli:monetaryItemType", "duration", "debit", 0, "item", 1],
            "GrossProfit": ["xbrli:monetaryItemType", "duration", "credit", 0, "item", 1],
            "OperatingExpenses": ["xbrli:monetaryItemType", "duration", "debit", 0, "item", 1],
            "OperatingIncomeLoss": ["xbrli:monetaryItemType", "duration", "credit", 0, "item", 1],
            "Assets": ["xbrli:monetaryItemType", "instant", "debit", 0, "item", 1],
            "EarningsPerShareBasic": ["dtr-types:perShareItemType", "duration", None, 0, "item", 1],
            "ProfitLossMarginPercent": ["dtr-types:percentItemType", "duration", None, 0, "item", 1],
            "StatementTable": ["xbrli:stringItemType", "duration", None, 1, "hypercube", 1],
            "StatementLineItems": ["xbrli:stringItemType", "duration", None, 1, "item", 1],
            "ProductMember": ["dtr-types:domainItemType", "duration", None, 1, "item", 1],
            "ServiceMember": ["dtr-types:domainItemType", "duration", None, 1, "item", 1],
            "IncomeStatementAbstract": ["xbrli:stringItemType", "duration", None, 1, "item", 1],
            "FundedStatus": ["us-types:fundedStatusItemType", "duration", None, 0, "item", 1],
            "AccruedInterestWriteOffMethod": ["enum2:enumerationSetItemType", "duration", None, 0, "item", 1],
        },
    },
    {
        "prefix": "srt",
        "namespace": "http://fasb.org/srt/2024",
        "schema_location": SRT,
        "source_sha256": "test",
        "concepts": {
            "ProductOrServiceAxis": ["xbrli:stringItemType", "duration", None, 1, "dimension", 1],
            "ProductsAndServicesDomain": ["dtr-types:domainItemType", "duration", None, 1, "item", 1],
            "SalesRevenueNetPerUnit": ["srt-types:perUnitItemType", "duration", None, 0, "item", 1],
        },
    },
    {
        "prefix": "dei",
        "namespace": "http://xbrl.sec.gov/dei/2024",
        "schema_location": DEI,
        "source_sha256": "test",
        "concepts": {
            "EntityRegistrantName": ["xbrli:normalizedStringItemType", "duration", None, 0, "item", 1],
            "DocumentType": ["dei:submissionTypeItemType", "duration", None, 0, "item", 1],
            "DocumentFiscalPeriodFocus": ["dei:fiscalPeriodItemType", "duration", None, 0, "item", 1],
            "LegalEntityAxis": ["xbrli:stringItemType", "duration", None, 1, "dimension", 1],
        },
    },
]

# ---------------------------------------------------------------- the hand-made report

EXT_XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:tst="{EXT_NS}" targetNamespace="{EXT_NS}" elementFormDefault="qualified">
  <xs:annotation><xs:appinfo>
    <link:linkbaseRef xlink:type="simple" xlink:href="tst-20240331_cal.xml" xlink:role="http://www.xbrl.org/2003/role/calculationLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
    <link:linkbaseRef xlink:type="simple" xlink:href="tst-20240331_def.xml" xlink:role="http://www.xbrl.org/2003/role/definitionLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
  </xs:appinfo></xs:annotation>
  <xs:import namespace="http://fasb.org/us-gaap/2024" schemaLocation="{GAAP}"/>
  <xs:import namespace="http://fasb.org/srt/2024" schemaLocation="{SRT}"/>
  <xs:import namespace="http://xbrl.sec.gov/dei/2024" schemaLocation="{DEI}"/>
  <xs:import namespace="http://prxbrl.org/taxonomy/prx/2024" schemaLocation="{PRX}"/>
</xs:schema>
"""


def _loc(schema: str, prefix: str, name: str, label: str) -> str:
    return f'<link:loc xlink:type="locator" xlink:href="{schema}#{prefix}_{name}" xlink:label="{label}"/>'


CAL_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
  <link:calculationLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    {_loc(GAAP, "us-gaap", "GrossProfit", "gp")}
    {_loc(GAAP, "us-gaap", "Revenues", "rev")}
    {_loc(GAAP, "us-gaap", "CostOfRevenue", "cor")}
    <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="gp" xlink:to="rev" order="1" weight="1"/>
    <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="gp" xlink:to="cor" order="2" weight="-1"/>
  </link:calculationLink>
</link:linkbase>
"""

# Revenues may be broken down by srt:ProductOrServiceAxis (closed cube, domain is the default)
DEF_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldt="http://xbrl.org/2005/xbrldt">
  <link:arcroleRef arcroleURI="http://xbrl.org/int/dim/arcrole/all" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#all"/>
  <link:arcroleRef arcroleURI="http://xbrl.org/int/dim/arcrole/hypercube-dimension" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#hypercube-dimension"/>
  <link:arcroleRef arcroleURI="http://xbrl.org/int/dim/arcrole/dimension-domain" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#dimension-domain"/>
  <link:arcroleRef arcroleURI="http://xbrl.org/int/dim/arcrole/domain-member" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#domain-member"/>
  <link:arcroleRef arcroleURI="http://xbrl.org/int/dim/arcrole/dimension-default" xlink:type="simple" xlink:href="http://www.xbrl.org/2005/xbrldt-2005.xsd#dimension-default"/>
  <link:definitionLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    {_loc(GAAP, "us-gaap", "Revenues", "rev")}
    {_loc(GAAP, "us-gaap", "StatementTable", "table")}
    {_loc(SRT, "srt", "ProductOrServiceAxis", "axis")}
    {_loc(SRT, "srt", "ProductsAndServicesDomain", "domain")}
    {_loc(GAAP, "us-gaap", "ProductMember", "product")}
    {_loc(SRT, "srt", "ProductsAndServicesDomain", "default")}
    <link:definitionArc xlink:type="arc" xlink:arcrole="http://xbrl.org/int/dim/arcrole/all" xlink:from="rev" xlink:to="table" xbrldt:contextElement="segment" xbrldt:closed="true" order="1"/>
    <link:definitionArc xlink:type="arc" xlink:arcrole="http://xbrl.org/int/dim/arcrole/hypercube-dimension" xlink:from="table" xlink:to="axis" order="1"/>
    <link:definitionArc xlink:type="arc" xlink:arcrole="http://xbrl.org/int/dim/arcrole/dimension-domain" xlink:from="axis" xlink:to="domain" order="1"/>
    <link:definitionArc xlink:type="arc" xlink:arcrole="http://xbrl.org/int/dim/arcrole/domain-member" xlink:from="domain" xlink:to="product" order="1"/>
    <link:definitionArc xlink:type="arc" xlink:arcrole="http://xbrl.org/int/dim/arcrole/dimension-default" xlink:from="axis" xlink:to="default" order="1"/>
  </link:definitionLink>
</link:linkbase>
"""

NSDECL = (
    'xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" '
    'xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:us-gaap="http://fasb.org/us-gaap/2024" '
    'xmlns:srt="http://fasb.org/srt/2024" xmlns:dei="http://xbrl.sec.gov/dei/2024" '
    'xmlns:prx="http://prxbrl.org/taxonomy/prx/2024"'
)


def _context(cid: str, period: str, member: str | None = None) -> str:
    seg = (
        f'<xbrli:segment><xbrldi:explicitMember dimension="srt:ProductOrServiceAxis">{member}</xbrldi:explicitMember>'
        "</xbrli:segment>"
        if member
        else ""
    )
    return (
        f'<xbrli:context id="{cid}"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">{CIK}'
        f"</xbrli:identifier>{seg}</xbrli:entity><xbrli:period>{period}</xbrli:period></xbrli:context>"
    )


DURATION = "<xbrli:startDate>2023-04-01</xbrli:startDate><xbrli:endDate>2024-03-31</xbrli:endDate>"
INSTANT = "<xbrli:instant>2024-03-31</xbrli:instant>"
CONTEXTS = "\n".join(
    [
        _context("FY2024", DURATION),
        _context("FY2024_Product", DURATION, "us-gaap:ProductMember"),
        _context("FY2024_Service", DURATION, "us-gaap:ServiceMember"),
        _context("AsOf2024", INSTANT),
    ]
)
UNITS = """<xbrli:unit id="JPY"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>
<xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>
<xbrli:unit id="JPYPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>"""

# (concept, context, unit, decimals, value); value as the instance writes it
VALID_FACTS = [
    ("dei:EntityRegistrantName", "FY2024", None, None, "Example Corp"),
    ("dei:DocumentType", "FY2024", None, None, "8-K"),
    ("us-gaap:Revenues", "FY2024", "JPY", "-6", "1000000000"),
    ("us-gaap:Revenues", "FY2024_Product", "JPY", "-6", "700000000"),
    ("us-gaap:CostOfRevenue", "FY2024", "JPY", "-6", "600000000"),
    ("us-gaap:GrossProfit", "FY2024", "JPY", "-6", "400000000"),
    ("us-gaap:Assets", "AsOf2024", "JPY", "-6", "5000000000"),
    ("us-gaap:EarningsPerShareBasic", "FY2024", "JPYPerShare", "2", "12.50"),
    ("prx:AdjustedEBITDA", "FY2024", "JPY", "-6", "450000000"),
]
VALID_LINES: dict[str, int] = {}  # concept@context -> source line in valid.xml / bad.xml (filled by _instance)


def _instance(facts: list[tuple[str, str, str | None, str | None, str]]) -> tuple[str, dict[str, int]]:
    head = f"""<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl {NSDECL}>
<link:schemaRef xlink:type="simple" xlink:href="tst-20240331.xsd"/>
{CONTEXTS}
{UNITS}"""
    lines = head.count("\n") + 1
    body, where = [], {}
    for concept, ctx, unit, dec, value in facts:
        lines += 1
        where.setdefault(f"{concept}@{ctx}", lines)
        attrs = f' unitRef="{unit}" decimals="{dec}"' if unit else ""
        body.append(f'<{concept} contextRef="{ctx}"{attrs}>{value}</{concept}>')
    return head + "\n" + "\n".join(body) + "\n</xbrli:xbrl>\n", where


BAD_FACTS = [
    ("us-gaap:Revenues", "FY2024", "JPY", "-6", "1000000000"),
    ("us-gaap:CostOfRevenue", "FY2024", "JPY", "-6", "600000000"),
    ("us-gaap:GrossProfit", "FY2024", "JPY", "-6", "500000000"),  # calc: 1000 - 600 != 500
    ("us-gaap:OperatingExpenses", "FY2024", "JPY", "-6", "100000000"),  # inconsistent duplicates
    ("us-gaap:OperatingExpenses", "FY2024", "JPY", "-6", "200000000"),
    ("us-gaap:OperatingIncomeLoss", "FY2024", "shares", "0", "300"),  # monetary fact with a shares unit
    ("us-gaap:EarningsPerShareBasic", "FY2024", "JPY", "2", "12.50"),  # perShare fact without /shares
    ("us-gaap:NoSuchConcept", "FY2024", "JPY", "-6", "1000000"),  # undefined concept
    ("us-gaap:Revenues", "FY2024_Service", "JPY", "-6", "300000000"),  # member outside the closed cube
]

IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"


def _inline(facts: list[tuple[str, str, str | None, str | None, str]]) -> str:
    """The same facts as Inline XBRL: numbers printed in millions with thousands separators."""
    body = []
    for concept, ctx, unit, dec, value in facts:
        if unit is None:
            body.append(f'<p><ix:nonNumeric name="{concept}" contextRef="{ctx}">{value}</ix:nonNumeric></p>')
            continue
        d = Decimal(value)
        scale = 6 if dec == "-6" else 0
        shown = f"{d.scaleb(-scale):,f}"
        body.append(
            f'<p><ix:nonFraction name="{concept}" contextRef="{ctx}" unitRef="{unit}" decimals="{dec}" '
            f'scale="{scale}" format="ixt:num-dot-decimal">{shown}</ix:nonFraction></p>'
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:ixt="{IXT}" {NSDECL}>
<head><title>Example Corp results</title></head>
<body>
<div style="display:none"><ix:header>
<ix:references><link:schemaRef xlink:type="simple" xlink:href="tst-20240331.xsd"/></ix:references>
<ix:resources>
{CONTEXTS}
{UNITS}
</ix:resources>
</ix:header></div>
{chr(10).join(body)}
</body>
</html>
"""


JSON_NAMESPACES = {
    "xbrli": "http://www.xbrl.org/2003/instance",
    "iso4217": "http://www.xbrl.org/2003/iso4217",
    "us-gaap": "http://fasb.org/us-gaap/2024",
    "srt": "http://fasb.org/srt/2024",
    "dei": "http://xbrl.sec.gov/dei/2024",
    "prx": "http://prxbrl.org/taxonomy/prx/2024",
    "cik": "http://www.sec.gov/CIK",
}
OIM_PERIODS = {
    "FY2024": "2023-04-01T00:00:00/2024-04-01T00:00:00",
    "FY2024_Product": "2023-04-01T00:00:00/2024-04-01T00:00:00",
    "AsOf2024": "2024-04-01T00:00:00",
}
OIM_UNITS = {"JPY": "iso4217:JPY", "JPYPerShare": "iso4217:JPY/xbrli:shares"}


def _xbrl_json(facts: list[tuple[str, str, str | None, str | None, str]]) -> str:
    out = {}
    for i, (concept, ctx, unit, dec, value) in enumerate(facts, 1):
        dims = {"concept": concept, "entity": f"cik:{CIK}", "period": OIM_PERIODS[ctx]}
        if ctx.endswith("_Product"):
            dims["srt:ProductOrServiceAxis"] = "us-gaap:ProductMember"
        fact: dict = {"value": value, "dimensions": dims}
        if unit:
            dims["unit"] = OIM_UNITS[unit]
            fact["decimals"] = int(dec)
        out[f"f{i}"] = fact
    return json.dumps(
        {
            "documentInfo": {
                "documentType": "https://xbrl.org/2021/xbrl-json",
                "namespaces": JSON_NAMESPACES,
                "taxonomy": ["tst-20240331.xsd"],
            },
            "facts": out,
        },
        indent=1,
    )


def _xbrl_csv(facts: list[tuple[str, str, str | None, str | None, str]]) -> tuple[str, str]:
    """(metadata JSON, CSV table): one row per fact, aspects as parameter columns."""
    meta = {
        "documentInfo": {
            "documentType": "https://xbrl.org/2021/xbrl-csv",
            "namespaces": JSON_NAMESPACES,
            "taxonomy": ["tst-20240331.xsd"],
        },
        "tableTemplates": {
            "facts": {
                "dimensions": {
                    "concept": "$concept",
                    "entity": f"cik:{CIK}",
                    "period": "$period",
                    "unit": "$unit",
                    "srt:ProductOrServiceAxis": "$product",
                },
                "columns": {
                    "concept": {},
                    "period": {},
                    "unit": {},
                    "product": {},
                    "decimals": {},
                    "value": {"dimensions": {}, "decimals": "$decimals"},
                },
            }
        },
        "tables": {"facts": {"url": "tst-20240331-facts.csv", "template": "facts"}},
    }
    rows = ["concept,period,unit,product,decimals,value"]
    for concept, ctx, unit, dec, value in facts:
        product = "us-gaap:ProductMember" if ctx.endswith("_Product") else ""
        rows.append(
            f"{concept},{OIM_PERIODS[ctx]},{OIM_UNITS[unit] if unit else ''},{product},{dec or ''},{value}"
        )
    return json.dumps(meta, indent=1), "\n".join(rows) + "\n"


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("report")
    (d / "tst-20240331.xsd").write_text(EXT_XSD, encoding="utf-8")
    (d / "tst-20240331_cal.xml").write_text(CAL_XML, encoding="utf-8")
    (d / "tst-20240331_def.xml").write_text(DEF_XML, encoding="utf-8")
    valid, where_valid = _instance(VALID_FACTS)
    bad, where_bad = _instance(BAD_FACTS)
    (d / "valid.xml").write_text(valid, encoding="utf-8")
    (d / "bad.xml").write_text(bad, encoding="utf-8")
    VALID_LINES.update({f"valid:{k}": v for k, v in where_valid.items()})
    VALID_LINES.update({f"bad:{k}": v for k, v in where_bad.items()})
    (d / "valid.xhtml").write_text(_inline(VALID_FACTS), encoding="utf-8")
    (d / "valid.html").write_text(_inline(VALID_FACTS), encoding="utf-8")
    (d / "valid-xbrl.json").write_text(_xbrl_json(VALID_FACTS), encoding="utf-8")
    meta, table = _xbrl_csv(VALID_FACTS)
    (d / "valid-csv.json").write_text(meta, encoding="utf-8")
    (d / "tst-20240331-facts.csv").write_text(table, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def shared_package() -> Path:
    return need_shared(PACKAGE)


@pytest.fixture(scope="module")
def test_standin():
    """Validate 'without packages' against a stand-in made from TEST_CATALOGS (the real catalog may not exist yet)."""
    set_standin_catalogs(TEST_CATALOGS)
    yield
    set_standin_catalogs(None)


@pytest.fixture(scope="module")
def valid_shared(report_dir: Path, shared_package: Path) -> ValidationResult:
    return validate(report_dir / "valid.xml", [shared_package])


@pytest.fixture(scope="module")
def bad_shared(report_dir: Path, shared_package: Path) -> ValidationResult:
    return validate(report_dir / "bad.xml", [shared_package])


@pytest.fixture(scope="module")
def valid_standin(report_dir: Path, test_standin) -> ValidationResult:
    # base_taxonomy="all": also validate the generated stand-in schemas themselves
    return validate(report_dir / "valid.xml", base_taxonomy="all")


def _codes(result: ValidationResult, severity: str | None = None) -> set[str]:
    return {f.code for f in result.findings if severity is None or f.severity == severity}


def _dump(result: ValidationResult) -> str:
    return "\n".join(f"{f.severity} {f.level} {f.code} {f.lines} {f.message[:200]}" for f in result.findings)


# ---------------------------------------------------------------- validation with the shared package


def test_valid_instance_has_no_errors(valid_shared: ValidationResult) -> None:
    assert valid_shared.ok, _dump(valid_shared)
    assert valid_shared.errors == []
    assert valid_shared.warnings == [], _dump(valid_shared)
    assert valid_shared.taxonomy_note is None
    assert (valid_shared.fact_count, valid_shared.context_count, valid_shared.unit_count) == (9, 4, 3)
    assert Path(valid_shared.path).name == "valid.xml"


def test_calc_inconsistency_is_an_error_with_source_lines(bad_shared: ValidationResult) -> None:
    calc = [f for f in bad_shared.findings if f.code.startswith("calc11e:inconsistentCalculation")]
    assert calc, _dump(bad_shared)
    f = calc[0]
    assert f.severity == "error" and f.level == "INCONSISTENCY"
    assert f.code == "calc11e:inconsistentCalculationUsingRounding"
    assert VALID_LINES["bad:us-gaap:GrossProfit@FY2024"] in f.lines
    assert VALID_LINES["bad:us-gaap:Revenues@FY2024"] in f.lines
    assert "GrossProfit" in f.message
    assert any(r.endswith(f":{VALID_LINES['bad:us-gaap:GrossProfit@FY2024']}") for r in f.refs)


def test_inconsistent_duplicates_are_reported(bad_shared: ValidationResult) -> None:
    dups = [f for f in bad_shared.findings if f.code == "arelle:duplicateFacts"]
    assert len(dups) == 1, _dump(bad_shared)
    assert dups[0].severity == "error"  # promoted from Arelle's WARNING (see validation.py)
    first = VALID_LINES["bad:us-gaap:OperatingExpenses@FY2024"]
    assert dups[0].lines == [first, first + 1]
    assert "OperatingExpenses" in dups[0].message


def test_undefined_concept_is_an_error(bad_shared: ValidationResult) -> None:
    line = VALID_LINES["bad:us-gaap:NoSuchConcept@FY2024"]
    undefined = [f for f in bad_shared.findings if line in f.lines and f.severity == "error"]
    assert {f.code for f in undefined} >= {"xbrl:schemaImportMissing"}, _dump(bad_shared)


def test_utr_violations_are_reported(bad_shared: ValidationResult) -> None:
    utr = [f for f in bad_shared.findings if f.code.startswith("utre:")]
    lines = {line for f in utr for line in f.lines}
    assert VALID_LINES["bad:us-gaap:OperatingIncomeLoss@FY2024"] in lines, _dump(bad_shared)  # monetary in shares
    assert VALID_LINES["bad:us-gaap:EarningsPerShareBasic@FY2024"] in lines  # perShare without /shares
    assert all(f.severity == "error" for f in utr)
    assert "utre:error-NumericFactUtrInvalid" in _codes(bad_shared)


def test_dimension_outside_closed_cube_is_an_error(bad_shared: ValidationResult) -> None:
    line = VALID_LINES["bad:us-gaap:Revenues@FY2024_Service"]
    dims = [f for f in bad_shared.findings if f.code.startswith("xbrldie:") and line in f.lines]
    assert dims and all(f.severity == "error" for f in dims), _dump(bad_shared)
    assert not bad_shared.ok


def test_findings_are_plain_models(bad_shared: ValidationResult) -> None:
    for f in bad_shared.findings:
        assert isinstance(f, Finding) and f.source == "arelle"
        assert f.severity in ("error", "warning", "info") and f.code and f.message
    # no Arelle progress messages ("loaded in ... secs")
    assert not any(f.code == "info" for f in bad_shared.findings)
    again = ValidationResult.model_validate_json(bad_shared.model_dump_json())
    assert again == bad_shared


# ---------------------------------------------------------------- the stand-in taxonomy


def test_standin_validation_is_clean_and_says_so(valid_standin: ValidationResult) -> None:
    assert valid_standin.ok, _dump(valid_standin)
    assert valid_standin.findings == [], _dump(valid_standin)
    assert valid_standin.taxonomy_note == STANDIN_NOTE
    assert "stand-in" in valid_standin.taxonomy_note and "not the official" in valid_standin.taxonomy_note
    assert valid_standin.fact_count == 9


def test_standin_catches_the_same_errors(report_dir: Path, test_standin) -> None:
    result = validate(report_dir / "bad.xml")
    codes = _codes(result, "error")
    assert {
        "calc11e:inconsistentCalculationUsingRounding",
        "arelle:duplicateFacts",
        "utre:error-NumericFactUtrInvalid",
        "xbrl:schemaImportMissing",
    } <= codes, _dump(result)
    assert any(c.startswith("xbrldie:") for c in codes)
    assert result.taxonomy_note == STANDIN_NOTE


def test_standin_package_layout(tmp_path: Path) -> None:
    zp = build_standin_package(tmp_path / "standin.zip", TEST_CATALOGS)
    with zipfile.ZipFile(zp) as zf:
        names = set(zf.namelist())
        top = "prxbrl-standin-NOT-OFFICIAL/"
        assert {
            top + "META-INF/taxonomyPackage.xml",
            top + "META-INF/catalog.xml",
            top + "xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd",
            top + "xbrl.fasb.org/us-gaap/2024/elts/us-types-2024.xsd",
            top + "xbrl.fasb.org/srt/2024/elts/srt-2024.xsd",
            top + "xbrl.fasb.org/srt/2024/elts/srt-types-2024.xsd",
            top + "xbrl.sec.gov/dei/2024/dei-2024.xsd",
        } == names
        catalog = zf.read(top + "META-INF/catalog.xml").decode()
        for host in ("https://xbrl.fasb.org/", "http://xbrl.fasb.org/", "https://xbrl.sec.gov/", "http://xbrl.sec.gov/"):
            assert f'uriStartString="{host}"' in catalog
        assert "NOT OFFICIAL" in zf.read(top + "META-INF/taxonomyPackage.xml").decode()
        gaap = zf.read(top + "xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd").decode()
        assert "NOT OFFICIAL" in gaap
        assert (
            '<xs:element id="us-gaap_Revenues" name="Revenues" type="xbrli:monetaryItemType" '
            'substitutionGroup="xbrli:item" xbrli:periodType="duration" xbrli:balance="credit" '
            'abstract="false" nillable="true"/>'
        ) in gaap
        assert 'substitutionGroup="xbrldt:hypercubeItem"' in gaap
        dei = zf.read(top + "xbrl.sec.gov/dei/2024/dei-2024.xsd").decode()
        assert '<xs:complexType name="submissionTypeItemType">' in dei
    # deterministic
    again = build_standin_package(tmp_path / "again.zip", TEST_CATALOGS)
    assert again.read_bytes() == zp.read_bytes()


def test_standin_from_the_real_catalog(report_dir: Path, test_standin) -> None:
    """When the prxbrl concept catalog exists, its stand-in must load with zero errors (schemas validated too)."""
    catalogs = load_catalogs()
    gaap = next((c for c in catalogs if c.get("prefix") == "us-gaap"), None)
    needed = {"Revenues", "CostOfRevenue", "GrossProfit", "Assets", "EarningsPerShareBasic", "StatementTable"}
    if gaap is None or not needed <= set(gaap.get("concepts", {})):
        pytest.skip("the prxbrl concept catalog (taxonomy/catalog/us-gaap-2024.json) is not available yet")
    set_standin_catalogs(None)  # the default: the prxbrl catalog
    try:
        result = validate(report_dir / "valid.xml", base_taxonomy="all")
    finally:
        set_standin_catalogs(TEST_CATALOGS)
    assert result.ok, _dump(result)
    assert result.findings == [], _dump(result)
    assert result.taxonomy_note == STANDIN_NOTE


# ---------------------------------------------------------------- normalized facts


@pytest.fixture(scope="module")
def xml_facts(report_dir: Path, test_standin) -> list[NormalizedFact]:
    return load_facts(report_dir / "valid.xml")


def test_load_facts_normalizes(xml_facts: list[NormalizedFact]) -> None:
    assert xml_facts == sorted(xml_facts)
    assert len(xml_facts) == 9
    entity = f"http://www.sec.gov/CIK {CIK}"
    by = {(f.concept, f.dims): f for f in xml_facts}
    rev = by[("us-gaap:Revenues", ())]
    assert rev == NormalizedFact(
        concept="us-gaap:Revenues",
        entity=entity,
        period=("duration", "2023-04-01", "2024-03-31"),
        unit="iso4217:JPY",
        value="1000000000",
        decimals=-6,
    )
    assert Decimal(rev.value) == Decimal("1E9")
    product = by[("us-gaap:Revenues", (("srt:ProductOrServiceAxis", "us-gaap:ProductMember"),))]
    assert product.value == "700000000"
    assert by[("us-gaap:Assets", ())].period == ("instant", "2024-03-31")
    eps = by[("us-gaap:EarningsPerShareBasic", ())]
    assert (eps.unit, eps.value, eps.decimals) == ("iso4217:JPY/xbrli:shares", "12.5", 2)
    name = by[("dei:EntityRegistrantName", ())]
    assert (name.value, name.unit, name.decimals) == ("Example Corp", None, None)
    assert by[("prx:AdjustedEBITDA", ())].value == "450000000"
    assert len({f.key for f in xml_facts}) == 9


@pytest.mark.parametrize("name", ["valid.xhtml", "valid.html", "valid-xbrl.json", "valid-csv.json"])
def test_all_formats_carry_the_same_facts(
    report_dir: Path, xml_facts: list[NormalizedFact], name: str, test_standin
) -> None:
    facts = load_facts(report_dir / name)
    assert facts == xml_facts


def test_other_formats_validate(report_dir: Path, test_standin) -> None:
    for name in ("valid.xhtml", "valid-xbrl.json", "valid-csv.json"):
        result = validate(report_dir / name)
        assert result.ok, f"{name}\n{_dump(result)}"
        assert result.fact_count == 9, name
        assert not result.warnings, f"{name}\n{_dump(result)}"


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        validate(tmp_path / "nope.xml")


def test_not_xbrl_is_an_error(tmp_path: Path, test_standin) -> None:
    p = tmp_path / "not.xml"
    p.write_text("<?xml version='1.0'?><root/>", encoding="utf-8")
    result = validate(p)
    assert not result.ok and "prxbrl:notAReport" in result.codes("error")
    with pytest.raises(LoadError):
        load_facts(p)

