"""Inline XBRL rendition (prxbrl.xbrl.inline), the extension's taxonomy package (prxbrl.xbrl.package).

A small synthetic text release is read and extracted for real; the Filing is built by hand with facts whose
``sources`` are the real cell spans. Arelle runs are module-scoped fixtures (loading US GAAP costs seconds).
"""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from prxbrl.extract import extract
from prxbrl.filing import Concept, Context, Extension, Fact, Filing, PresentationArc, PresentationRole, Unit
from prxbrl.models import LineItemDocument, SourceDocument, Span
from prxbrl.readers import read_document
from prxbrl.xbrl import write_filing
from prxbrl.xbrl.inline import IX, NUM_FORMAT, XHTML, ZERO_FORMAT, render_inline, render_inline_report, write_inline
from prxbrl.xbrl.package import (
    entry_point_url,
    package_url_base,
    render_taxonomy_package,
    validate_package,
    write_taxonomy_package,
)

from conftest import DEI, DEI_NS, GAAP, GAAP_NS, PACKAGE, need_shared

needs_shared = pytest.mark.skipif(
    not PACKAGE.is_file(), reason=f"offline US GAAP package not found at {PACKAGE} (needs the shared folder)"
)

EXN_NS = "http://prxbrl.example/exn/20100930"
ROLE_BS = "http://prxbrl.example/exn/20100930/role/BalanceSheet"
NS = {"h": XHTML, "ix": IX}

RELEASE = """\
Example Networks Inc. Reports Second Quarter Results

TOKYO, October 29, 2010 -- Example Networks Inc. (NASDAQ: EXNW) today announced
its consolidated financial results for the six months ended September 30, 2010.

Total assets were JPY65,923 million at September 30, 2010. For convenience, yen
amounts are translated at JPY83.50 = US$1.00.

Consolidated Balance Sheets (Unaudited)
(Thousands of JPY)
                                        March 31,    September 30,
                                             2010             2010
ASSETS
Cash and cash equivalents               8,764,415        9,408,031
Accounts receivable                    11,396,597       17,623,610
Allowance for doubtful accounts           (37,178)         (56,787)
Short-term investments                         --               --
Total assets                           51,115,450       65,922,787
EQUITY
Accumulated other comprehensive loss       (5,432)          (6,210)

About Example Networks
Example Networks provides network services to enterprises in Japan.
"""


def gaap(name: str, balance: str, period: str = "instant", **kw) -> Concept:
    return Concept(prefix="us-gaap", name=name, namespace=GAAP_NS, type="xbrli:monetaryItemType",
                   period_type=period, balance=balance, schema_location=GAAP, **kw)


def dei(name: str, type_: str) -> Concept:
    return Concept(prefix="dei", name=name, namespace=DEI_NS, type=type_, period_type="duration", schema_location=DEI)


def _cells(doc: LineItemDocument) -> dict[tuple[str, int], Span]:
    """(row label, column) -> the printed cell's span."""
    return {(r.label, c.column): c.span for t in doc.tables for r in t.rows for c in r.cells}


def make_filing(doc: LineItemDocument) -> Filing:
    cells = _cells(doc)
    exn_ar = Concept(prefix="exn", name="AccountsReceivableGross", namespace=EXN_NS, type="xbrli:monetaryItemType",
                     period_type="instant", balance="debit", schema_location="exn-20100930.xsd")
    concepts = [
        gaap("StatementOfFinancialPositionAbstract", None, "duration", abstract=True),
        gaap("CashAndCashEquivalentsAtCarryingValue", "debit"),
        gaap("AllowanceForDoubtfulAccountsReceivableCurrent", "credit"),
        gaap("ShortTermInvestments", "debit"),
        gaap("Assets", "debit"),
        gaap("LiabilitiesAndStockholdersEquity", "credit"),
        gaap("AccumulatedOtherComprehensiveIncomeLossNetOfTax", "credit"),
        dei("DocumentType", "dei:submissionTypeItemType"),
        dei("EntityRegistrantName", "xbrli:normalizedStringItemType"),
        dei("DocumentPeriodEndDate", "xbrli:dateItemType"),
        exn_ar,
    ]
    d = Context(id="D2010H1", period_type="duration", start=date(2010, 4, 1), end=date(2010, 9, 30))
    i0 = Context(id="I20100331", period_type="instant", end=date(2010, 3, 31))
    i1 = Context(id="I20100930", period_type="instant", end=date(2010, 9, 30))

    def num(id_, concept, ctx, value, cell=None, *, span=None, sign=1, decimals=-3, scale=3, nil=False):
        src = span or (cells[cell] if cell else None)
        return Fact(id=id_, concept=concept, context=ctx.id, unit="JPY", value=None if nil else Decimal(value),
                    decimals=None if nil else decimals, nil=nil, sources=[src] if src else [], scale=scale, sign=sign)

    allowance = cells[("Allowance for doubtful accounts", 0)]
    facts = [
        Fact(id="f-doctype", concept="dei:DocumentType", context=d.id, value="8-K"),
        Fact(id="f-name", concept="dei:EntityRegistrantName", context=d.id, value="Example Networks Inc."),
        Fact(id="f-end", concept="dei:DocumentPeriodEndDate", context=d.id, value="2010-09-30"),
        num("f-cash0", "us-gaap:CashAndCashEquivalentsAtCarryingValue", i0, "8764415000", ("Cash and cash equivalents", 0)),
        num("f-cash1", "us-gaap:CashAndCashEquivalentsAtCarryingValue", i1, "9408031000", ("Cash and cash equivalents", 1)),
        num("f-ar0", "exn:AccountsReceivableGross", i0, "11396597000", ("Accounts receivable", 0)),
        # a value the printed digits do not give: must go hidden, still reported
        num("f-ar1", "exn:AccountsReceivableGross", i1, "17623611000", ("Accounts receivable", 1)),
        # printed "(37,178)", value positive: sign -1 between print and value; the source is the digits only
        num("f-allow0", "us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent", i0, "37178000",
            span=Span(line=allowance.line, start=allowance.start + 1, end=allowance.end - 1), sign=-1),
        num("f-allow1", "us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent", i1, "56787000",
            ("Allowance for doubtful accounts", 1), sign=-1),
        num("f-sti0", "us-gaap:ShortTermInvestments", i0, None, ("Short-term investments", 0), nil=True),
        num("f-sti1", "us-gaap:ShortTermInvestments", i1, "0", ("Short-term investments", 1)),
        num("f-assets0", "us-gaap:Assets", i0, "51115450000", ("Total assets", 0)),
        num("f-assets1", "us-gaap:Assets", i1, "65922787000", ("Total assets", 1)),
        # the same printed token as f-assets0: tagged hidden
        num("f-lse0", "us-gaap:LiabilitiesAndStockholdersEquity", i0, "51115450000", ("Total assets", 0)),
        # printed in a sentence ("JPY65,923 million"): hidden
        num("f-lse1", "us-gaap:LiabilitiesAndStockholdersEquity", i1, "65923000000",
            span=Span(line=5, start=18, end=35), decimals=-6, scale=6),
        # printed "(5,432)", value negative: sign="-"
        num("f-aoci0", "us-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax", i0, "-5432000",
            ("Accumulated other comprehensive loss", 0)),
        num("f-aoci1", "us-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax", i1, "-6210000",
            ("Accumulated other comprehensive loss", 1)),
    ]
    items = ["us-gaap:CashAndCashEquivalentsAtCarryingValue", "exn:AccountsReceivableGross",
             "us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent", "us-gaap:ShortTermInvestments", "us-gaap:Assets",
             "us-gaap:LiabilitiesAndStockholdersEquity", "us-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax"]
    presentation = [PresentationRole(
        role_uri=ROLE_BS, definition="100000 - Statement - Consolidated Balance Sheets",
        root="us-gaap:StatementOfFinancialPositionAbstract",
        arcs=[PresentationArc(parent="us-gaap:StatementOfFinancialPositionAbstract", child=c, order=n)
              for n, c in enumerate(items, start=1)],
    )]
    return Filing(
        entity_identifier="0001234567",
        extension=Extension(prefix="exn", namespace=EXN_NS, date=date(2010, 9, 30), concepts=[exn_ar]),
        concepts=concepts,
        units=[Unit(id="JPY", numerator=["iso4217:JPY"])],
        contexts=[d, i0, i1],
        facts=facts,
        presentation=presentation,
        imports=[GAAP, DEI],
    )


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> tuple[SourceDocument, LineItemDocument, Filing]:
    path = tmp_path_factory.mktemp("release") / "exn-release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    source = read_document(path)
    doc = extract(source)
    return source, doc, make_filing(doc)


@pytest.fixture(scope="module")
def written(release, tmp_path_factory) -> Path:
    source, doc, filing = release
    out = tmp_path_factory.mktemp("out")
    write_filing(filing, out)
    htm = write_inline(source, doc, filing, out)
    assert htm == out / "exn-20100930.htm"
    return out


@pytest.fixture(scope="module")
def tree(written) -> etree._ElementTree:
    return etree.parse(str(written / "exn-20100930.htm"))


def fact_el(tree, fact_id: str) -> etree._Element:
    (el,) = tree.xpath(f"//ix:*[@id='{fact_id}']", namespaces=NS)
    return el


# ---------------------------------------------------------------- structure (no Arelle)


def test_fact_tagged_in_its_table_cell(tree):
    (el,) = tree.xpath("//h:table//h:tr[h:td[1][normalize-space()='Cash and cash equivalents']]"
                       "/h:td[3]/ix:nonFraction", namespaces=NS)
    assert el.get("id") == "f-cash1"
    assert el.get("name") == "us-gaap:CashAndCashEquivalentsAtCarryingValue"
    assert (el.get("contextRef"), el.get("unitRef"), el.get("decimals")) == ("I20100930", "JPY", "-3")
    assert (el.get("format"), el.get("scale"), el.get("sign")) == (NUM_FORMAT, "3", None)
    assert el.text == "9,408,031"


def test_parentheses_stay_outside_and_sign_follows_the_value(tree):
    allow = fact_el(tree, "f-allow0")  # printed "(37,178)", value +37178000: no sign attribute
    assert allow.text == "37,178" and allow.get("sign") is None
    assert allow.getparent().text == "(" and allow.tail == ")"
    aoci = fact_el(tree, "f-aoci1")  # printed "(6,210)", value -6210000
    assert aoci.text == "6,210" and aoci.get("sign") == "-" and aoci.get("scale") == "3"
    assert aoci.getparent().tag == f"{{{XHTML}}}td"


def test_nil_and_dash_zero(tree):
    nil = fact_el(tree, "f-sti0")
    assert nil.get("{http://www.w3.org/2001/XMLSchema-instance}nil") == "true"
    assert nil.text is None and len(nil) == 0 and nil.get("decimals") is None and nil.get("format") is None
    assert nil.tail == "--" and nil.getparent().tag == f"{{{XHTML}}}td"
    zero = fact_el(tree, "f-sti1")
    assert zero.get("format") == ZERO_FORMAT and zero.text == "--"


def test_hidden_section(release, tree):
    hidden = tree.xpath("//ix:header/ix:hidden/ix:*", namespaces=NS)
    assert [el.get("id") for el in hidden] == ["f-doctype", "f-name", "f-end", "f-ar1", "f-lse0", "f-lse1"]
    assert [el.get("name") for el in tree.xpath("//ix:hidden/ix:nonNumeric", namespaces=NS)] == [
        "dei:DocumentType", "dei:EntityRegistrantName", "dei:DocumentPeriodEndDate"]
    assert fact_el(tree, "f-name").text == "Example Networks Inc."
    assert fact_el(tree, "f-lse1").text == "65923000000"
    _, report = render_inline_report(*release)
    assert report.hidden["f-lse0"] == "same printed token as fact f-assets0"
    assert report.hidden["f-lse1"] == "printed outside the rendered tables"
    assert report.hidden["f-doctype"] == "non-numeric fact"
    assert report.unreproducible == 1 and "f-ar1" in report.hidden
    assert len(report.tagged) == 11


def test_whole_release_is_rendered(tree):
    text = " ".join(tree.xpath("//h:body//text()", namespaces=NS))
    for words in ("today announced", "JPY83.50 = US$1.00", "About Example Networks", "enterprises in Japan",
                  "Consolidated Balance Sheets (Unaudited)", "(Thousands of JPY)", "March 31, 2010"):
        assert words in " ".join(text.split()), words
    paragraphs = tree.xpath("/h:html/h:body/h:p", namespaces=NS)
    assert len(paragraphs) == 3
    body = tree.xpath("/h:html/h:body/*", namespaces=NS)
    # the headline is a heading; prose stays paragraphs
    assert [etree.QName(el).localname for el in body] == ["div", "h1", "p", "p", "table", "p"]
    assert tree.xpath("//h:table/h:caption//text()", namespaces=NS)
    assert tree.xpath("//h:tr[@class='heading']/h:td/@colspan", namespaces=NS) == ["3", "3"]
    assert tree.xpath("//ix:references/*[local-name()='schemaRef']/@*[local-name()='href']",
                      namespaces=NS) == ["exn-20100930.xsd"]
    assert len(tree.xpath("//ix:resources/*", namespaces=NS)) == 4  # 3 contexts, 1 unit


def test_byte_identical_when_written_twice(release, written, tmp_path):
    again = write_inline(*release, tmp_path)
    assert again.read_bytes() == (written / "exn-20100930.htm").read_bytes()
    assert render_inline(*release) == again.read_bytes()
    assert again.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>")


# ---------------------------------------------------------------- Arelle


@pytest.fixture(scope="module")
def inline_validation(written):
    need_shared(PACKAGE)
    from prxbrl.arelle_bridge import validate

    return validate(written / "exn-20100930.htm", packages=[PACKAGE])


@needs_shared
def test_inline_validates_without_errors(inline_validation):
    assert [f"[{f.code}] {f.message}" for f in inline_validation.errors] == []
    assert inline_validation.fact_count == 17


@needs_shared
def test_inline_and_xml_carry_the_same_facts(written):
    from prxbrl.arelle_bridge import load_facts

    inline = load_facts(written / "exn-20100930.htm", packages=[PACKAGE])
    xml = load_facts(written / "exn-20100930.xml", packages=[PACKAGE])
    assert len(inline) == 17
    assert inline == xml


# ---------------------------------------------------------------- taxonomy package


def test_taxonomy_package_layout(release, tmp_path):
    _, _, filing = release
    path = write_taxonomy_package(filing, tmp_path)
    assert path.name == "exn-20100930-taxonomy.zip"
    assert path.read_bytes() == render_taxonomy_package(filing)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert {i.date_time for i in zf.infolist()} == {(2010, 9, 30, 0, 0, 0)}
        assert "exn-20100930/META-INF/taxonomyPackage.xml" in names
        assert "exn-20100930/prxbrl.example/exn/20100930/exn-20100930.xsd" in names
        assert "exn-20100930/prxbrl.example/exn/20100930/exn-20100930_pre.xml" in names
        assert not [n for n in names if n.endswith("exn-20100930.xml")]
        tp = etree.fromstring(zf.read("exn-20100930/META-INF/taxonomyPackage.xml"))
        cat = etree.fromstring(zf.read("exn-20100930/META-INF/catalog.xml"))
    tpns = {"tp": "http://xbrl.org/2016/taxonomy-package"}
    assert tp.xpath("//tp:entryPointDocument/@href", namespaces=tpns) == [entry_point_url(filing)]
    assert entry_point_url(filing) == "http://prxbrl.example/exn/20100930/exn-20100930.xsd"
    assert tp.xpath("//tp:publisher/text()", namespaces=tpns) == ["Example Networks Inc."]
    (rw,) = cat
    assert rw.get("uriStartString") == package_url_base(filing)
    assert rw.get("rewritePrefix") == "../prxbrl.example/exn/20100930/"


@needs_shared
def test_taxonomy_package_loads_in_arelle(release, tmp_path):
    _, _, filing = release
    path = write_taxonomy_package(filing, tmp_path)
    result = validate_package(path, filing, packages=[PACKAGE])
    assert [f"[{f.code}] {f.message}" for f in result.errors] == []
    assert result.fact_count == 17


# ---------------------------------------------------------------- viewer


def test_viewer_without_the_extra_says_how_to_install(monkeypatch, tmp_path):
    from prxbrl.arelle_bridge import viewer
    from prxbrl.errors import PrxbrlError

    monkeypatch.setattr(viewer, "PLUGIN_MODULE", "prxbrl_no_such_viewer_plugin")
    with pytest.raises(PrxbrlError) as err:
        viewer.build_viewer(tmp_path / "x.htm", tmp_path / "viewer.html")
    assert str(err.value) == "install the viewer extra: pip install 'prxbrl[viewer]'"


@needs_shared
def test_viewer_is_built_offline(written, tmp_path):
    import importlib.util

    if importlib.util.find_spec("iXBRLViewerPlugin") is None:
        pytest.skip("the viewer extra (ixbrl-viewer) is not installed")
    from prxbrl.arelle_bridge.viewer import build_viewer

    out = build_viewer(written / "exn-20100930.htm", tmp_path / "view" / "exn-viewer.html", packages=[PACKAGE])
    assert out == tmp_path / "view" / "exn-viewer.html"
    html = out.read_text(encoding="utf-8")
    assert '<script src="ixbrlviewer.js"' in html and "f-cash1" in html
    assert (out.parent / "ixbrlviewer.js").stat().st_size > 100_000
    assert sorted(p.name for p in out.parent.iterdir()) == ["exn-viewer.html", "ixbrlviewer.js"]
