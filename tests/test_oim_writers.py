"""The OIM writers (xBRL-JSON, xBRL-CSV) and the people's facts CSV: structure, exact value/period/unit text,
Arelle loading with zero errors and the same facts as the XML instance, determinism, atomic writes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from converter.filing import (
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
from converter.models import Span
from converter.xbrl import XbrlWriteError, write_filing
from converter.xbrl.facts_csv import LEADING, TRAILING, render_facts_csv, write_facts_csv
from converter.xbrl.oim import (
    oim_file_names,
    period_text,
    render_xbrl_csv,
    render_xbrl_json,
    unit_text,
    write_xbrl_csv,
    write_xbrl_json,
)

from conftest import DEI, DEI_NS, GAAP, GAAP_NS, PACKAGE, SRT, SRT_NS, gaap, need_shared

TST_NS = "http://prxbrl.example/tst/20100930"
ROLE_IS = "http://prxbrl.example/tst/20100930/role/ConsolidatedStatementsOfIncome"

H1 = "2010-04-01T00:00:00/2010-10-01T00:00:00"  # 2010-04-01 .. 2010-09-30 inclusive
ENTITY = "cik:0001234567"


def src(line: int, start: int = 40) -> list[Span]:
    return [Span(line=line, start=start, end=start + 8)]


def make_filing() -> Filing:
    wan = Concept(prefix="tst", name="WanServicesMember", namespace=TST_NS, type="dtr-types:domainItemType",
                  period_type="duration", abstract=True, schema_location="tst-20100930.xsd")
    concepts = [
        gaap("IncomeStatementAbstract", "xbrli:stringItemType", abstract=True),
        gaap("StatementTable", "xbrli:stringItemType", abstract=True, substitution_group="hypercube"),
        gaap("StatementLineItems", "xbrli:stringItemType", abstract=True),
        gaap("Revenues", balance="credit"),
        gaap("CostOfRevenue", balance="debit"),
        gaap("EarningsPerShareBasic", "dtr-types:perShareItemType"),
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
        wan,
    ]
    labels = [
        Label(concept="us-gaap:Revenues", lang="ja", text="売上高"),
        Label(concept="us-gaap:Revenues", text="Revenues"),
        Label(concept="us-gaap:CostOfRevenue", text="Cost of revenue"),
        Label(concept="us-gaap:CashAndCashEquivalentsAtCarryingValue", text="Cash and cash equivalents"),
        Label(concept="dei:EntityRegistrantName", text="Entity Registrant Name"),
        Label(concept="tst:WanServicesMember", text="WAN services [Member]"),
    ]
    h1 = Context(id="D2010H1", period_type="duration", start=date(2010, 4, 1), end=date(2010, 9, 30))
    i1 = Context(id="I20100930", period_type="instant", end=date(2010, 9, 30))
    i0 = Context(id="I20100331", period_type="instant", end=date(2010, 3, 31))  # the day before the start
    wan_h1 = Context(id="D2010H1_Wan", period_type="duration", start=date(2010, 4, 1), end=date(2010, 9, 30),
                     dims=[DimensionMember(axis="srt:ProductOrServiceAxis", member="tst:WanServicesMember")])
    units = [
        Unit(id="JPY", numerator=["iso4217:JPY"]),
        Unit(id="USD", numerator=["iso4217:USD"]),
        Unit(id="JPYPerShare", numerator=["iso4217:JPY"], denominator=["xbrli:shares"]),
        Unit(id="pure", numerator=["xbrli:pure"]),
    ]

    def num(id_, concept, ctx, unit, value, decimals, line, label=None, table="t1"):
        return Fact(id=id_, concept=concept, context=ctx.id, unit=unit, value=Decimal(value), decimals=decimals,
                    sources=src(line), printed=value, label=label, table=table)

    facts = [
        Fact(id="f-doctype", concept="dei:DocumentType", context=h1.id, value="8-K"),
        Fact(id="f-name", concept="dei:EntityRegistrantName", context=h1.id, value='Test "Networks", Inc.'),
        num("f-rev", "us-gaap:Revenues", h1, "JPY", "1.2E+7", -6, 12, label="Total revenues"),
        num("f-rev-usd", "us-gaap:Revenues", h1, "USD", "144006", 0, 13, label="Total revenues (USD)"),
        num("f-rev-wan", "us-gaap:Revenues", wan_h1, "JPY", "3.0E+6", -6, 10, label="WAN services"),
        Fact(id="f-cor-wan", concept="us-gaap:CostOfRevenue", context=wan_h1.id, unit="JPY", nil=True,
             sources=src(11), label="Cost of WAN services", table="t1"),
        num("f-eps", "us-gaap:EarningsPerShareBasic", h1, "JPYPerShare", "1234.50", 2, 14, label="Basic EPS"),
        num("f-tax", "us-gaap:EffectiveIncomeTaxRateContinuingOperations", h1, "pure", "0.407", 3, 15),
        num("f-cash", "us-gaap:CashAndCashEquivalentsAtCarryingValue", i1, "JPY", "15000000", -6, 20, table="t2"),
        num("f-cash0", "us-gaap:CashAndCashEquivalentsAtCarryingValue", i0, "JPY", "1.4E+7", -6, 19, table="t2"),
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
                PresentationArc(parent="us-gaap:StatementLineItems", child="us-gaap:CostOfRevenue", order=2),
            ],
        )
    ]
    definition = [
        Hypercube(
            role_uri=ROLE_IS, definition="100000 - Statement - Consolidated Statements of Income",
            table="us-gaap:StatementTable", line_items="us-gaap:StatementLineItems",
            primary_items=["us-gaap:Revenues", "us-gaap:CostOfRevenue"],
            axes={"srt:ProductOrServiceAxis": ["srt:ProductsAndServicesDomain", "tst:WanServicesMember"]},
        )
    ]
    return Filing(
        entity_identifier="0001234567",
        extension=Extension(prefix="tst", namespace=TST_NS, date=date(2010, 9, 30), concepts=[wan]),
        concepts=concepts,
        labels=labels,
        units=units,
        contexts=[h1, i1, i0, wan_h1],
        facts=facts,
        presentation=presentation,
        definition=definition,
        imports=[GAAP, SRT, DEI],
    )


NAMES = oim_file_names(make_filing())


def write_all(filing: Filing, out: Path) -> list[Path]:
    paths = write_filing(filing, out)
    paths.append(write_xbrl_json(filing, out / NAMES.json))
    paths.append(write_xbrl_csv(filing, out))
    paths.append(out / NAMES.csv_table)
    paths.append(write_facts_csv(filing, out / "tst-20100930-facts-readable.csv"))
    return paths


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("oim")
    write_all(make_filing(), out)
    return out


@pytest.fixture(scope="module")
def report(written) -> dict:
    return json.loads((written / NAMES.json).read_text(encoding="utf-8"))


# ---------------------------------------------------------------- value representations


@pytest.mark.parametrize(
    ("ctx", "text"),
    [
        (Context(id="i", period_type="instant", end=date(2010, 9, 30)), "2010-10-01T00:00:00"),
        (Context(id="i", period_type="instant", end=date(2010, 3, 31)), "2010-04-01T00:00:00"),
        (Context(id="i", period_type="instant", end=date(2010, 12, 31)), "2011-01-01T00:00:00"),
        (Context(id="i", period_type="instant", end=date(2012, 2, 28)), "2012-02-29T00:00:00"),
        (Context(id="d", period_type="duration", start=date(2010, 4, 1), end=date(2010, 9, 30)), H1),
        (Context(id="d", period_type="duration", start=date(2010, 1, 1), end=date(2010, 12, 31)),
         "2010-01-01T00:00:00/2011-01-01T00:00:00"),
        (Context(id="d", period_type="duration", start=date(2010, 9, 30), end=date(2010, 9, 30)),
         "2010-09-30T00:00:00/2010-10-01T00:00:00"),
    ],
)
def test_period_text_uses_end_of_day_semantics(ctx, text):
    assert period_text(ctx) == text


@pytest.mark.parametrize(
    ("num", "den", "text"),
    [
        (["iso4217:JPY"], [], "iso4217:JPY"),
        (["iso4217:JPY"], ["xbrli:shares"], "iso4217:JPY/xbrli:shares"),
        (["xbrli:pure"], [], None),
        (["xbrli:shares"], [], "xbrli:shares"),
        (["xbrli:shares", "iso4217:USD"], [], "iso4217:USD*xbrli:shares"),
        (["iso4217:USD"], ["xbrli:shares", "utr:Y"], "iso4217:USD/(utr:Y*xbrli:shares)"),
    ],
)
def test_unit_text(num, den, text):
    assert unit_text(Unit(id="u", numerator=num, denominator=den)) == text


# ---------------------------------------------------------------- xBRL-JSON


def test_json_document_info(report):
    info = report["documentInfo"]
    assert info["documentType"] == "https://xbrl.org/2021/xbrl-json"
    assert info["taxonomy"] == ["tst-20100930.xsd"]
    ns = info["namespaces"]
    assert ns["xbrli"] == "http://www.xbrl.org/2003/instance"
    assert ns["iso4217"] == "http://www.xbrl.org/2003/iso4217"
    assert (ns["us-gaap"], ns["srt"], ns["dei"], ns["tst"]) == (GAAP_NS, SRT_NS, DEI_NS, TST_NS)
    assert ns["cik"] == "http://www.sec.gov/CIK"
    assert list(ns) == sorted(ns)
    assert list(report["facts"]) == [f.id for f in make_filing().facts]


def test_json_facts(report):
    facts = report["facts"]
    assert facts["f-rev"] == {
        "value": "12000000",
        "decimals": -6,
        "dimensions": {"concept": "us-gaap:Revenues", "entity": ENTITY, "period": H1, "unit": "iso4217:JPY"},
    }
    assert facts["f-rev-usd"]["value"] == "144006" and facts["f-rev-usd"]["dimensions"]["unit"] == "iso4217:USD"
    assert facts["f-rev-wan"]["dimensions"] == {
        "concept": "us-gaap:Revenues", "entity": ENTITY, "period": H1, "unit": "iso4217:JPY",
        "srt:ProductOrServiceAxis": "tst:WanServicesMember",
    }
    assert facts["f-rev-wan"]["value"] == "3000000"
    assert facts["f-cash"]["dimensions"]["period"] == "2010-10-01T00:00:00"
    assert facts["f-cash0"]["dimensions"]["period"] == "2010-04-01T00:00:00"  # 2010-03-31, end of day
    assert facts["f-cash0"]["value"] == "14000000"
    assert facts["f-eps"]["value"] == "1234.50" and facts["f-eps"]["decimals"] == 2
    assert facts["f-eps"]["dimensions"]["unit"] == "iso4217:JPY/xbrli:shares"
    assert facts["f-tax"] == {  # xbrli:pure: no unit dimension
        "value": "0.407", "decimals": 3,
        "dimensions": {"concept": "us-gaap:EffectiveIncomeTaxRateContinuingOperations", "entity": ENTITY,
                       "period": H1},
    }
    assert facts["f-cor-wan"]["value"] is None and "decimals" not in facts["f-cor-wan"]  # nil
    assert facts["f-name"] == {
        "value": 'Test "Networks", Inc.',
        "dimensions": {"concept": "dei:EntityRegistrantName", "entity": ENTITY, "period": H1},
    }
    assert facts["f-doctype"]["value"] == "8-K" and "decimals" not in facts["f-doctype"]


def test_json_text_format(written):
    data = (written / NAMES.json).read_bytes()
    assert data.endswith(b"}\n") and b"\r" not in data
    assert data.startswith(b'{\n  "documentInfo": {\n    "documentType"')
    assert b"E+" not in data and b"e+" not in data


def test_json_inf_decimals_omitted():
    f = make_filing()
    g = f.model_copy(update={"facts": [f.facts[2].model_copy(update={"decimals": "INF"})]})
    (fact,) = json.loads(render_xbrl_json(g))["facts"].values()
    assert fact == {"value": "12000000", "dimensions": {"concept": "us-gaap:Revenues", "entity": ENTITY,
                                                         "period": H1, "unit": "iso4217:JPY"}}


def test_json_other_entity_scheme():
    g = make_filing().model_copy(update={"entity_scheme": "http://example.com/entity", "entity_identifier": "E-1"})
    doc = json.loads(render_xbrl_json(g))
    assert doc["documentInfo"]["namespaces"]["scheme"] == "http://example.com/entity"
    assert doc["facts"]["f-rev"]["dimensions"]["entity"] == "scheme:E-1"


# ---------------------------------------------------------------- xBRL-CSV


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_metadata(written):
    meta = json.loads((written / NAMES.csv_metadata).read_text(encoding="utf-8"))
    info = meta["documentInfo"]
    assert info["documentType"] == "https://xbrl.org/2021/xbrl-csv"
    assert info["taxonomy"] == ["tst-20100930.xsd"]
    assert info["namespaces"]["tst"] == TST_NS and info["namespaces"]["cik"] == "http://www.sec.gov/CIK"
    assert meta["dimensions"] == {"entity": ENTITY}
    assert meta["tables"] == {"facts": {"url": "tst-20100930-facts.csv", "template": "facts"}}
    columns = meta["tableTemplates"]["facts"]["columns"]
    assert list(columns) == ["id", "concept", "period", "unit", "srt_ProductOrServiceAxis", "decimals", "value"]
    assert columns["id"] == {"comment": True}
    assert columns["value"] == {
        "dimensions": {"concept": "$concept", "period": "$period", "unit": "$unit",
                       "srt:ProductOrServiceAxis": "$srt_ProductOrServiceAxis"},
        "decimals": "$decimals",
    }


def test_csv_table(written):
    data = (written / NAMES.csv_table).read_bytes()
    assert b"\r" not in data and data.endswith(b"\n") and b"E+" not in data
    rows = {r["id"]: r for r in read_csv(written / NAMES.csv_table)}
    assert list(rows) == [f.id for f in make_filing().facts]
    assert rows["f-rev"] == {"id": "f-rev", "concept": "us-gaap:Revenues", "period": H1, "unit": "iso4217:JPY",
                             "srt_ProductOrServiceAxis": "", "decimals": "-6", "value": "12000000"}
    assert rows["f-rev-wan"]["srt_ProductOrServiceAxis"] == "tst:WanServicesMember"
    assert (rows["f-cor-wan"]["value"], rows["f-cor-wan"]["decimals"]) == ("#nil", "")
    assert (rows["f-tax"]["unit"], rows["f-tax"]["value"]) == ("", "0.407")
    assert rows["f-eps"]["unit"] == "iso4217:JPY/xbrli:shares"
    assert rows["f-cash0"]["period"] == "2010-04-01T00:00:00"
    assert rows["f-name"] == {"id": "f-name", "concept": "dei:EntityRegistrantName", "period": H1, "unit": "",
                              "srt_ProductOrServiceAxis": "", "decimals": "", "value": 'Test "Networks", Inc.'}
    assert b'"Test ""Networks"", Inc."' in data


def test_csv_special_values_are_escaped():
    f = make_filing()
    name = f.facts[1]
    g = f.model_copy(update={"facts": [name.model_copy(update={"id": "a", "value": ""}),
                                       name.model_copy(update={"id": "b", "value": "#1 company"}),
                                       name.model_copy(update={"id": "c", "value": None, "nil": True})]})
    table = render_xbrl_csv(g)[NAMES.csv_table].decode()
    values = {r["id"]: r["value"] for r in csv.DictReader(io.StringIO(table))}
    assert values == {"a": "#empty", "b": "##1 company", "c": "#nil"}
    assert list(csv.DictReader(io.StringIO(table)))[0].keys() == {"id", "concept", "period", "unit", "decimals",
                                                                  "value"}  # no axis column without dimensions


# ---------------------------------------------------------------- facts CSV for people


def test_facts_csv(written):
    path = written / "tst-20100930-facts-readable.csv"
    data = path.read_bytes()
    header = LEADING + ["srt:ProductOrServiceAxis"] + TRAILING  # one column per axis the filing uses
    assert data.startswith(",".join(header).encode() + b"\n") and b"\r" not in data
    rows = read_csv(path)
    assert [r["concept"] for r in rows] == [
        "dei:DocumentType", "dei:EntityRegistrantName",  # no source: first, in filing order
        "us-gaap:Revenues", "us-gaap:CostOfRevenue", "us-gaap:Revenues", "us-gaap:Revenues",  # lines 10..13
        "us-gaap:EarningsPerShareBasic", "us-gaap:EffectiveIncomeTaxRateContinuingOperations",
        "us-gaap:CashAndCashEquivalentsAtCarryingValue", "us-gaap:CashAndCashEquivalentsAtCarryingValue",
    ]
    by_line = {r["source_line"]: r for r in rows}
    assert by_line["12"] == {
        "concept": "us-gaap:Revenues", "label": "Total revenues", "period_start": "2010-04-01",
        "period_end": "2010-09-30", "srt:ProductOrServiceAxis": "", "unit": "iso4217:JPY", "value": "12000000",
        "text": "", "decimals": "-6", "nil": "", "source_line": "12", "table": "t1",
    }
    assert by_line["10"]["srt:ProductOrServiceAxis"] == "tst:WanServicesMember"
    assert (by_line["11"]["value"], by_line["11"]["decimals"], by_line["11"]["nil"]) == ("", "", "true")
    assert by_line["19"]["period_start"] == "" and by_line["19"]["period_end"] == "2010-03-31"
    assert by_line["19"]["label"] == "Cash and cash equivalents"  # standard label: no printed label
    assert by_line["19"]["value"] == "14000000" and by_line["19"]["table"] == "t2"
    assert by_line["15"]["unit"] == "xbrli:pure" and by_line["15"]["label"] == ""
    assert by_line["14"]["unit"] == "iso4217:JPY/xbrli:shares" and by_line["14"]["value"] == "1234.50"
    assert rows[1]["label"] == "Entity Registrant Name" and rows[1]["text"] == 'Test "Networks", Inc.' and rows[1]["value"] == ""
    assert b'"Test ""Networks"", Inc."' in data


def test_facts_csv_english_label_preferred():
    f = make_filing()
    g = f.model_copy(update={"facts": [f.facts[2].model_copy(update={"label": None})]})
    (row,) = list(csv.DictReader(io.StringIO(render_facts_csv(g).decode())))
    assert row["label"] == "Revenues"


# ---------------------------------------------------------------- determinism, atomicity


def test_byte_identical_when_written_twice(written, tmp_path):
    for p in write_all(make_filing(), tmp_path):
        assert p.read_bytes() == (written / p.name).read_bytes(), p.name


def test_no_temporary_files_left(written):
    assert not [p for p in written.iterdir() if p.name.startswith(".") or p.name.endswith(".tmp")]


def test_bad_filing_writes_nothing(tmp_path):
    f = make_filing()
    bad = f.model_copy(update={"facts": f.facts + [Fact(id="x", concept="us-gaap:Revenues", context="nope",
                                                          unit="JPY", value=Decimal(1), decimals=0)]})
    with pytest.raises(XbrlWriteError, match="nope"):
        write_xbrl_json(bad, tmp_path / NAMES.json)
    with pytest.raises(XbrlWriteError, match="nope"):
        write_xbrl_csv(bad, tmp_path)
    with pytest.raises(XbrlWriteError, match="nope"):
        write_facts_csv(bad, tmp_path / "facts.csv")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- Arelle


@pytest.fixture(scope="module")
def bridge():
    need_shared(PACKAGE)
    return pytest.importorskip("converter.arelle_bridge", reason="converter.arelle_bridge is not available")


@pytest.fixture(scope="module")
def xml_facts(bridge, written):
    return bridge.load_facts(written / "tst-20100930.xml", packages=[PACKAGE])


@pytest.mark.parametrize("name", [NAMES.json, NAMES.csv_metadata], ids=["xbrl-json", "xbrl-csv"])
def test_arelle_loads_oim_without_errors_and_same_facts(bridge, written, xml_facts, name):
    path = written / name
    result = bridge.validate(path, packages=[PACKAGE])
    messages = [f"[{f.code}] {f.message}" for f in result.findings if f.severity in ("error", "warning")]
    assert messages == []
    assert result.ok and result.fact_count == len(make_filing().facts)
    facts = bridge.load_facts(path, packages=[PACKAGE])
    assert len(xml_facts) == len(make_filing().facts)
    assert facts == xml_facts
