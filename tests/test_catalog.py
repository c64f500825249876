"""Concept catalog: committed JSON data, the Catalog API, the build script and the prx base taxonomy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from lxml import etree

from converter.catalog import Catalog, catalog
from converter.filing import Concept

from conftest import ROOT as REPO
from conftest import SHARED

CATALOG_DIR = REPO / "taxonomy" / "catalog"
PRX_DIR = REPO / "taxonomy" / "prx"
CATALOG_FILES = ["dei-2024.json", "prx-2024.json", "srt-2024.json", "us-gaap-2024.json"]
PRX_NS = "http://prxbrl.org/taxonomy/prx/2024"

needs_shared = pytest.mark.skipif(
    not (SHARED / "taxonomies" / "us-gaap-2024").is_dir(),
    reason=f"offline taxonomies not available at {SHARED / 'taxonomies' / 'us-gaap-2024'}",
)


@pytest.mark.parametrize(
    "qname, type_, period_type, balance",
    [
        ("us-gaap:Revenues", "xbrli:monetaryItemType", "duration", "credit"),
        ("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "xbrli:monetaryItemType", "duration", "credit"),
        ("us-gaap:CashAndCashEquivalentsAtCarryingValue", "xbrli:monetaryItemType", "instant", "debit"),
        ("us-gaap:EarningsPerShareBasic", "dtr-types:perShareItemType", "duration", None),
        ("us-gaap:NetIncomeLoss", "xbrli:monetaryItemType", "duration", "credit"),
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "xbrli:sharesItemType", "duration", None),
        ("us-gaap:NumberOfStores", "xbrli:integerItemType", "instant", None),
        ("dei:EntityRegistrantName", "xbrli:normalizedStringItemType", "duration", None),
        ("dei:DocumentPeriodEndDate", "xbrli:dateItemType", "duration", None),
        ("prx:AdjustedEBITDA", "xbrli:monetaryItemType", "duration", "credit"),
        ("prx:CapitalExpendituresIncludingCapitalLeases", "xbrli:monetaryItemType", "duration", "debit"),
        ("prx:ConvenienceTranslationExchangeRate", "xbrli:decimalItemType", "instant", None),
    ],
)
def test_item_concepts(qname, type_, period_type, balance):
    concept = catalog().get(qname)
    assert isinstance(concept, Concept)
    assert concept.qname == qname
    assert (concept.type, concept.period_type, concept.balance) == (type_, period_type, balance)
    assert concept.substitution_group == "item"
    assert concept.abstract is False
    assert concept.nillable is True


def test_concept_fields_and_locations():
    c = catalog()
    revenues = c.get("us-gaap:Revenues")
    assert revenues.namespace == "http://fasb.org/us-gaap/2024"
    assert revenues.schema_location == "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd"
    name = c.get("dei:EntityRegistrantName")
    assert name.namespace == "http://xbrl.sec.gov/dei/2024"
    assert name.schema_location == "https://xbrl.sec.gov/dei/2024/dei-2024.xsd"
    ebitda = c.get("prx:AdjustedEBITDA")
    assert ebitda.namespace == PRX_NS
    assert ebitda.schema_location == "https://prxbrl.org/taxonomy/prx/2024/prx-2024.xsd"
    assert c.get("us-gaap:Revenues") is revenues  # built once
    assert c.get("{http://fasb.org/us-gaap/2024}Revenues") is revenues  # Clark notation


def test_dimensions_hypercubes_domains_abstracts():
    c = catalog()
    axis = c.get("srt:ProductOrServiceAxis")
    assert axis.substitution_group == "dimension" and axis.abstract
    assert axis.namespace == "http://fasb.org/srt/2024"
    assert axis.schema_location == "https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd"
    assert c.get("us-gaap:StatementBusinessSegmentsAxis").substitution_group == "dimension"
    table = c.get("us-gaap:StatementTable")
    assert table.substitution_group == "hypercube" and table.abstract
    line_items = c.get("us-gaap:StatementLineItems")
    assert line_items.substitution_group == "item" and line_items.abstract
    assert c.get("srt:ProductsAndServicesDomain").type == "dtr-types:domainItemType"
    assert c.get("us-gaap:IncomeStatementAbstract").abstract


def test_unknown_and_malformed_qnames():
    c = catalog()
    assert c.get("us-gaap:NoSuchConcept") is None
    assert not c.has("us-gaap:NoSuchConcept")
    assert not c.has("xx:Revenues")
    assert not c.has("Revenues")
    assert not c.has("{http://example.com/x}Revenues")
    assert c.has("us-gaap:Revenues") and "srt:ProductOrServiceAxis" in c
    # typed-dimension domain elements are not concepts
    assert not c.has("dei:eventDateTime") and not c.has("dei:lineNo")


def test_namespaces_and_schema_locations():
    c = catalog()
    assert c.namespaces() == {
        "dei": "http://xbrl.sec.gov/dei/2024",
        "prx": PRX_NS,
        "srt": "http://fasb.org/srt/2024",
        "us-gaap": "http://fasb.org/us-gaap/2024",
    }
    assert c.schema_locations() == {
        "dei": "https://xbrl.sec.gov/dei/2024/dei-2024.xsd",
        "prx": "https://prxbrl.org/taxonomy/prx/2024/prx-2024.xsd",
        "srt": "https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd",
        "us-gaap": "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd",
    }
    types = c.type_namespaces()
    assert types["xbrli"] == "http://www.xbrl.org/2003/instance"
    assert types["dtr-types"] == "http://www.xbrl.org/dtr/type/2022-03-31"


def test_catalog_is_cached_and_sized():
    assert catalog() is catalog()
    c = catalog()
    assert c.prefixes() == ["dei", "prx", "srt", "us-gaap"]
    assert len(c.names("us-gaap")) == 17380  # 17,388 global elements minus 8 typed-domain elements
    assert len(c.names("srt")) == 600
    assert len(c.names("dei")) == 207


def test_fresh_load():
    """A load that bypasses the cache reads the committed catalogs (benchmarks/bench.py times it)."""
    from converter import catalog as module

    fresh = module.catalog.__wrapped__()
    assert isinstance(fresh, Catalog) and fresh.has("us-gaap:Revenues")


@pytest.mark.parametrize("name", CATALOG_FILES)
def test_committed_json_format(name):
    raw = (CATALOG_DIR / name).read_bytes()
    assert raw.endswith(b"}\n") and raw.isascii()
    data = json.loads(raw)
    assert sorted(data) == ["concepts", "namespace", "prefix", "schema_location", "source_sha256", "type_namespaces"]
    assert list(data["concepts"]) == sorted(data["concepts"])
    assert len(data["source_sha256"]) == 64
    for entry in data["concepts"].values():
        type_, period_type, balance, abstract, sg, nillable = entry
        assert type_.split(":")[0] in data["type_namespaces"]
        assert period_type in ("duration", "instant")
        assert balance in (None, "debit", "credit")
        assert abstract in (0, 1) and nillable in (0, 1)
        assert sg in ("item", "dimension", "hypercube")


# --- prx base taxonomy ---------------------------------------------------------------------------

PRX_CONCEPTS = {
    # name: (type, periodType, balance)
    "AdjustedEBITDA": ("xbrli:monetaryItemType", "duration", "credit"),
    "CapitalExpendituresIncludingCapitalLeases": ("xbrli:monetaryItemType", "duration", "debit"),
    "ConvenienceTranslationExchangeRate": ("xbrli:decimalItemType", "instant", None),
    "ConvenienceTranslationAxis": ("xbrli:stringItemType", "duration", None),
    "ConvenienceTranslationDomain": ("dtr-types:domainItemType", "duration", None),
    "ConvenienceTranslationMember": ("dtr-types:domainItemType", "duration", None),
    "ContractedBandwidth": ("xbrli:decimalItemType", "instant", None),
    "EarningsPerADSBasic": ("xbrli:decimalItemType", "duration", None),
    "EarningsPerADSDiluted": ("xbrli:decimalItemType", "duration", None),
    "NumberOfContracts": ("xbrli:integerItemType", "instant", None),
    "NumberOfSubscribers": ("xbrli:integerItemType", "instant", None),
    "WeightedAverageNumberOfADSEquivalentsOutstandingBasic": ("xbrli:decimalItemType", "duration", None),
    "WeightedAverageNumberOfADSEquivalentsOutstandingDiluted": ("xbrli:decimalItemType", "duration", None),
    "SellingGeneralAndAdministrativeAndResearchAndDevelopmentExpense": ("xbrli:monetaryItemType", "duration", "debit"),
    "StockholdersEquityToAssetsRatio": ("xbrli:pureItemType", "instant", None),
    "StockholdersEquityPerShare": ("xbrli:decimalItemType", "instant", None),
    "RevenuesFromExternalCustomers": ("xbrli:monetaryItemType", "duration", "credit"),
    "IntersegmentRevenues": ("xbrli:monetaryItemType", "duration", "credit"),
    "AverageForeignCurrencyExchangeRate": ("xbrli:decimalItemType", "duration", None),
}


def test_prx_concepts():
    c = catalog()
    assert c.names("prx") == sorted(PRX_CONCEPTS)
    for name, expected in PRX_CONCEPTS.items():
        concept = c.get(f"prx:{name}")
        assert (concept.type, concept.period_type, concept.balance) == expected, name


def test_prx_does_not_duplicate_standard_concepts():
    c = catalog()
    for name in c.names("prx"):
        for prefix in ("us-gaap", "srt", "dei"):
            assert not c.has(f"{prefix}:{name}"), f"prx:{name} duplicates {prefix}:{name}"
    # what the prx taxonomy deliberately leaves to US GAAP
    assert c.has("us-gaap:NumberOfStores")
    assert c.has("us-gaap:RevenueRemainingPerformanceObligation")


def test_prx_labels_cover_every_concept():
    ns = {"link": "http://www.xbrl.org/2003/linkbase", "xlink": "http://www.w3.org/1999/xlink"}
    lab = etree.parse(str(PRX_DIR / "prx-2024_lab.xml"))
    locs = {loc.get(f"{{{ns['xlink']}}}href").split("#")[1] for loc in lab.iterfind(".//link:loc", ns)}
    assert locs == {f"prx_{name}" for name in PRX_CONCEPTS}
    roles = {
        (lbl.get(f"{{{ns['xlink']}}}role").rsplit("/", 1)[1], lbl.get("{http://www.w3.org/XML/1998/namespace}lang"))
        for lbl in lab.iterfind(".//link:label", ns)
    }
    assert roles == {("label", "en-US"), ("label", "ja"), ("documentation", "en-US")}
    doc = lab.find(".//link:label[@id='prx_ConvenienceTranslationExchangeRate_documentation_en']", ns).text
    assert "units of reporting currency per one unit of translation currency" in doc


def test_prx_package_metadata_and_units():
    cat = etree.parse(str(PRX_DIR / "META-INF" / "catalog.xml")).getroot()
    (rewrite,) = cat
    assert rewrite.get("uriStartString") == "https://prxbrl.org/taxonomy/prx/2024/"
    assert rewrite.get("rewritePrefix") == "../"
    tp = etree.parse(str(PRX_DIR / "META-INF" / "taxonomyPackage.xml")).getroot()
    hrefs = [e.get("href") for e in tp.iter("{http://xbrl.org/2016/taxonomy-package}entryPointDocument")]
    assert hrefs == ["https://prxbrl.org/taxonomy/prx/2024/prx-2024.xsd"]
    units = json.loads((PRX_DIR / "units.json").read_text(encoding="utf-8"))
    assert units["namespace"] == PRX_NS
    by_id = {u["id"]: u for u in units["units"]}
    assert {"ADS", "Contract", "Gbps", "Store", "Subscriber"} <= set(by_id)
    for unit_id, unit in by_id.items():
        assert unit["numerator"] == [f"prx:{unit_id}"] and unit["denominator"] == []
        for qname in unit["concepts"]:
            assert catalog().has(qname), qname


# --- build script --------------------------------------------------------------------------------


def _run_build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_catalog.py"), *args],
        capture_output=True, text=True, timeout=300,
    )


@needs_shared
def test_build_script_reproduces_committed_catalogs(tmp_path):
    result = _run_build("--shared", str(SHARED), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == CATALOG_FILES
    for name in CATALOG_FILES:
        assert (tmp_path / name).read_bytes() == (CATALOG_DIR / name).read_bytes(), f"{name} is stale: rerun the script"


def test_build_script_fails_cleanly_without_shared(tmp_path):
    result = _run_build("--shared", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("build_catalog: error:"), result.stderr
    assert not (tmp_path / "out").exists()
