"""Outputs for XBRL-aware tools, on the example release converted once in every format (``converted``).

* Inline XBRL, xBRL-JSON and xBRL-CSV validate with zero Arelle errors and carry the XML instance's facts.
* The Inline XBRL rendition tags the printed figures (transformation, scale, sign), keeps dei facts hidden,
  and reads like the release (every table title, the prose).
* The people's facts CSV, the extension's taxonomy package, the iXBRL viewer.
* An independent XBRL library (py-xbrl, import name ``xbrl``) reads the XML instance (and the Inline XBRL)
  offline from a prepopulated cache and finds the same facts.

Arelle runs (about 3 s each with the US GAAP package): 3 validations + 4 fact loads + 1 package check + 1 viewer.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import shutil
import zipfile
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from conftest import PACKAGE, ROOT, fact, need_shared

XHTML = "http://www.w3.org/1999/xhtml"
IX = "http://www.xbrl.org/2013/inlineXBRL"
IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
NS = {"h": XHTML, "ix": IX}

H1 = dict(start=date(2010, 4, 1), end=date(2010, 9, 30))
PRX_URL_PATH = "prxbrl.org/taxonomy/prx/2024"  # https://prxbrl.org/taxonomy/prx/2024/prx-2024.xsd


def text_of(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


# ------------------------------------------------------------------ Arelle: every format, same facts


@pytest.fixture(scope="module")
def xml_facts(converted):
    from converter.arelle_bridge import load_facts

    return load_facts(converted.files["xml"], [PACKAGE])


def test_xml_instance_is_valid(converted, xml_facts):
    v = converted.validation
    assert not v.errors, [(f.code, f.message) for f in v.errors[:5]]
    assert len(xml_facts) == v.fact_count == len(converted.mapped.filing.facts) > 700


@pytest.mark.parametrize("kind", ["ixbrl", "json", "csv"])
def test_rendering_validates_and_has_the_instance_facts(converted, xml_facts, kind):
    from converter.arelle_bridge import load_facts, validate

    path = converted.files[kind]
    v = validate(path, [PACKAGE])
    assert not v.errors, [(f.code, f.message, f.lines) for f in v.errors[:5]]
    assert v.ok
    facts = load_facts(path, [PACKAGE])
    assert len(facts) == len(xml_facts) == v.fact_count > 700
    missing = sorted(set(xml_facts) - set(facts), key=lambda f: f.sort_key())
    extra = sorted(set(facts) - set(xml_facts), key=lambda f: f.sort_key())
    assert not missing and not extra, (missing[:3], extra[:3])
    assert facts == xml_facts


# ------------------------------------------------------------------ the Inline XBRL rendition


@pytest.fixture(scope="module")
def ix_tree(converted):
    return etree.parse(str(converted.files["ixbrl"]))


def ix_element(tree, f) -> etree._Element:
    """The ix element of a Filing fact: by @id, else by @name + @contextRef (+ @unitRef)."""
    found = tree.xpath("//ix:*[@id=$id]", namespaces=NS, id=f.id)
    if not found:
        found = tree.xpath("//ix:*[@name=$n and @contextRef=$c]", namespaces=NS, n=f.concept, c=f.context)
        found = [e for e in found if e.get("unitRef") == f.unit]
    assert len(found) == 1, f"{f.id} {f.concept} {f.context}: {len(found)} ix elements"
    return found[0]


def check_printed_cell(tree, f, *, line: int, printed: str, cell_text: str, sign: str | None, table_title: str, row_label: str):
    assert f.sources and f.sources[0].line == line, f.sources[:1]
    el = ix_element(tree, f)
    assert etree.QName(el).namespace == IX and etree.QName(el).localname == "nonFraction"
    assert el.get("name") == f.concept and el.get("contextRef") == f.context and el.get("unitRef") == f.unit
    assert el.text == printed and len(el) == 0
    assert el.get("scale") == "3"
    assert el.get("decimals") == "-3"
    prefix, local = el.get("format").split(":")
    assert (el.nsmap.get(prefix), local) == (IXT, "num-dot-decimal"), el.get("format")
    assert el.get("sign") == sign
    # printed where the release prints it: in its statement's table, on its row, the cell showing the figure
    td = el.getparent()
    assert etree.QName(td).localname == "td" and text_of(td) == cell_text
    tr = td.getparent()
    assert text_of(tr.xpath("h:td[1]", namespaces=NS)[0]) == row_label
    caption = tr.xpath("ancestor::h:table[1]/h:caption", namespaces=NS)
    assert caption and table_title in text_of(caption[0])
    assert not el.xpath("ancestor::ix:hidden", namespaces=NS)
    return el


def test_inline_tags_balance_sheet_cash_where_printed(converted, ix_tree):
    f = fact(converted.mapped.filing, "us-gaap:CashAndCashEquivalentsAtCarryingValue",
             instant=date(2010, 9, 30), unit="JPY", dims={})
    assert f.value == Decimal("9408031000")
    check_printed_cell(ix_tree, f, line=258, printed="9,408,031", cell_text="9,408,031", sign=None,
                       table_title="Quarterly Consolidated Balance Sheets", row_label="Cash and cash equivalents")


def test_inline_payment_printed_negative_has_no_sign(converted, ix_tree):
    f = fact(converted.mapped.filing, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", **H1, unit="JPY", dims={})
    assert f.value == Decimal("2163732000") and f.printed == "(2,163,732)"  # printed negative, positive fact
    check_printed_cell(ix_tree, f, line=413, printed="2,163,732", cell_text="(2,163,732)", sign=None,
                       table_title="Quarterly Consolidated Statements of Cash Flows",
                       row_label="Purchase of property and equipment")


def test_inline_negative_fact_has_minus_sign(converted, ix_tree):
    f = fact(converted.mapped.filing, "us-gaap:NetCashProvidedByUsedInInvestingActivities", **H1, unit="JPY", dims={})
    assert f.value == Decimal("-11736854000")
    check_printed_cell(ix_tree, f, line=426, printed="11,736,854", cell_text="(11,736,854)", sign="-",
                       table_title="Quarterly Consolidated Statements of Cash Flows",
                       row_label="Net cash used in investing activities")


def test_inline_dei_facts_are_hidden_non_numeric(converted, ix_tree):
    dei = [f for f in converted.mapped.filing.facts if f.concept.startswith("dei:")]
    concepts = {f.concept for f in dei}
    assert {"dei:DocumentType", "dei:EntityRegistrantName", "dei:DocumentPeriodEndDate"} <= concepts
    for f in dei:
        el = ix_element(ix_tree, f)
        assert etree.QName(el).localname == "nonNumeric", f.concept
        assert el.xpath("ancestor::ix:hidden/parent::ix:header", namespaces=NS), f.concept
        assert el.text == str(f.value), f.concept
    registrant = ix_element(ix_tree, fact(converted.mapped.filing, "dei:EntityRegistrantName"))
    assert registrant.text == "Internet Initiative Japan Inc."


def test_inline_every_fact_is_tagged_once(converted, ix_tree):
    ids = [e.get("id") for e in ix_tree.xpath("//ix:nonFraction | //ix:nonNumeric", namespaces=NS)]
    assert Counter(ids).most_common(1)[0][1] == 1
    assert sorted(ids) == sorted(f.id for f in converted.mapped.filing.facts)


def test_rendition_has_every_table_title_and_the_prose(converted, ix_tree):
    titles = [" ".join(t.title.split()) for t in converted.doc.tables if t.title and t.title.strip()]
    assert len(titles) > 10
    captions = [text_of(s) for s in ix_tree.xpath("//h:table/h:caption//h:span[@class='title']", namespaces=NS)]
    missing = Counter(titles) - Counter(captions)
    assert not missing, f"table titles not rendered as table captions: {dict(missing)}"
    assert len(ix_tree.xpath("//h:table", namespaces=NS)) >= len(converted.doc.tables)
    paragraphs = [text_of(p) for p in ix_tree.xpath("//h:body//h:p", namespaces=NS)]
    sentence = ("The rate used for the translation was JPY83.53 per US$1.00, "
                "which was the noon buying rate on September 30, 2010.")
    assert any(sentence in p for p in paragraphs)
    assert any("Overview of 1H FY2010 Financial Results and Business Outlook" in p
               for p in [*paragraphs, *(text_of(h) for h in ix_tree.xpath("//h:h1|//h:h2|//h:h3|//h:h4", namespaces=NS))])


# ------------------------------------------------------------------ the people's facts CSV


FACTS_CSV_COLUMNS = ["concept", "label", "period_start", "period_end", "unit", "value", "text", "decimals", "nil", "source_line"]


def test_plain_facts_csv(converted):
    with open(converted.files["facts_csv"], newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = list(reader.fieldnames or [])
        rows = list(reader)
    assert [c for c in header if c in FACTS_CSV_COLUMNS] == FACTS_CSV_COLUMNS, header
    assert len(rows) == len(converted.mapped.filing.facts)
    axes = [c for c in header if ":" in c and c.endswith("Axis")]
    assert axes == sorted({d.axis for c in converted.mapped.filing.contexts for d in c.dims}) and axes
    keys = Counter((r["concept"], r["period_start"], r["period_end"], *(r[a] for a in axes), r["unit"]) for r in rows)
    assert keys.most_common(1)[0][1] == 1, keys.most_common(1)
    assets = [r for r in rows if r["concept"] == "us-gaap:Assets" and r["period_end"] == "2010-09-30"
              and not r["period_start"] and not any(r[a] for a in axes) and r["unit"] == "iso4217:JPY"]
    assert len(assets) == 1, assets
    a = assets[0]
    assert (a["value"], a["decimals"], a["source_line"]) == ("65922787000", "-3", "283")
    assert a["label"] == "TOTAL"
    # pandas reads the value column as numbers and the dates as dates
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(converted.files["facts_csv"], parse_dates=["period_start", "period_end"])
    assert str(frame["value"].dtype) == "float64" and str(frame["period_end"].dtype).startswith("datetime64")


# ------------------------------------------------------------------ the taxonomy package


def test_taxonomy_package_layout_and_loads(converted):
    from converter.xbrl.package import entry_point_url, validate_package

    pkg = converted.files["package"]
    filing = converted.mapped.filing
    with zipfile.ZipFile(pkg) as zf:
        names = zf.namelist()
        manifest = etree.fromstring(zf.read("iij-20100930/META-INF/taxonomyPackage.xml"))
    assert {n.split("/")[0] for n in names} == {"iij-20100930"}
    assert {"iij-20100930/META-INF/taxonomyPackage.xml", "iij-20100930/META-INF/catalog.xml"} <= set(names)
    assert any(n.endswith("/iij-20100930.xsd") for n in names)
    assert not any(n.endswith("/iij-20100930.xml") for n in names)  # the instance is not in the package
    hrefs = manifest.xpath("//tp:entryPointDocument/@href", namespaces={"tp": "http://xbrl.org/2016/taxonomy-package"})
    assert hrefs == [entry_point_url(filing)]
    v = validate_package(pkg, filing, [PACKAGE])
    assert not v.errors, [(f.code, f.message) for f in v.errors[:5]]
    assert v.ok and v.fact_count == len(filing.facts)


# ------------------------------------------------------------------ an independent library: py-xbrl


def _arelle_resources_cache() -> Path:
    """Arelle's bundled copies of the xbrl.org / w3.org schemas (located, not imported: tests don't import arelle)."""
    spec = importlib.util.find_spec("arelle")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("Arelle is not installed: its bundled xbrl.org schemas feed py-xbrl's offline cache")
    cache = Path(next(iter(spec.submodule_search_locations))) / "resources" / "cache"
    if not (cache / "http" / "www.xbrl.org" / "2003" / "xbrl-instance-2003-12-31.xsd").is_file():
        pytest.skip(f"Arelle's bundled schema cache not found at {cache}")
    return cache


@pytest.fixture(scope="module")
def pyxbrl(tmp_path_factory):
    """A py-xbrl parser whose HttpCache is prepopulated (URL host/path, scheme dropped) and never downloads."""
    pytest.importorskip("xbrl.cache", reason="py-xbrl (PyPI py-xbrl, import name xbrl) is not installed: the test extra has it")
    from xbrl.cache import HttpCache
    from xbrl.instance import XbrlParser

    need_shared(PACKAGE)
    arelle_cache = _arelle_resources_cache()
    root = tmp_path_factory.mktemp("py-xbrl-cache")
    # the US GAAP package's files (with its NOT OFFICIAL srt-types/srt-roles stand-ins, which srt-2024.xsd
    # imports), laid out by URL: <top>/xbrl.fasb.org/us-gaap/2024/elts/... -> <cache>/xbrl.fasb.org/...
    with zipfile.ZipFile(PACKAGE) as zf:
        for info in zf.infolist():
            parts = info.filename.split("/")
            if info.is_dir() or len(parts) < 3 or parts[1] not in ("xbrl.fasb.org", "xbrl.sec.gov"):
                continue
            target = root.joinpath(*parts[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
    shutil.copytree(ROOT / "taxonomy" / "prx", root / PRX_URL_PATH, dirs_exist_ok=True)
    for scheme in ("http", "https"):  # www.xbrl.org (instance, linkbase, xl, xlink, xbrldt, dtr types), www.w3.org
        for host in ("www.xbrl.org", "www.w3.org"):
            if (arelle_cache / scheme / host).is_dir():
                shutil.copytree(arelle_cache / scheme / host, root / host, dirs_exist_ok=True)
    cache = HttpCache(str(root))
    requested: list[str] = []

    def offline(url, headers=None):
        requested.append(url)
        raise RuntimeError(f"offline test: py-xbrl requested {url}, which is not in the prepopulated cache")

    cache.connection_manager.download = offline
    return XbrlParser(cache), requested


def _py_facts(instance) -> dict[str, object]:
    facts = {f.xml_id: f for f in instance.facts}
    assert len(facts) == len(instance.facts)  # every fact has its own id
    return facts


def _py_key(f) -> tuple:
    from xbrl.instance import NumericFact

    unit = str(f.unit) if isinstance(f, NumericFact) else None
    return (f.concept.namespace, f.concept.name, f.context.xml_id, unit, f.value)


def test_py_xbrl_reads_the_xml_instance(converted, pyxbrl):
    from xbrl.instance import InstantContext, NumericFact, TimeFrameContext

    parser, requested = pyxbrl
    filing = converted.mapped.filing
    inst = parser.parse_instance(str(converted.files["xml"]))
    assert not requested
    assert len(inst.facts) == len(filing.facts) == converted.validation.fact_count

    def plain(f):
        return not f.context.segments

    assets = [f for f in inst.facts if f.concept.name == "Assets" and plain(f)
              and isinstance(f.context, InstantContext) and f.context.instant_date == date(2010, 9, 30)
              and str(f.unit) == "iso4217:JPY"]
    assert len(assets) == 1
    assert assets[0].concept.namespace == "http://fasb.org/us-gaap/2024"
    assert isinstance(assets[0], NumericFact) and assets[0].value == 65922787000 and assets[0].decimals == -3
    revenues = [f for f in inst.facts if f.concept.name == "Revenues" and plain(f)
                and isinstance(f.context, TimeFrameContext) and str(f.unit) == "iso4217:JPY"
                and (f.context.start_date, f.context.end_date) == (date(2010, 4, 1), date(2010, 9, 30))]
    assert len(revenues) == 1 and revenues[0].value == 34272080000

    # every fact agrees with the Filing: concept (namespace and name), context, unit, value
    ns = {c.qname: c.namespace for c in filing.concepts}
    units = {u.id: u for u in filing.units}
    py = _py_facts(inst)
    for f in filing.facts:
        p = py[f.id]
        prefix, name = f.concept.split(":")
        assert (p.concept.namespace, p.concept.name, p.context.xml_id) == (ns[f.concept], name, f.context), f.id
        if f.unit is None:
            assert p.value == ("" if f.value is None else str(f.value)), f.id
            continue
        u = units[f.unit]
        assert str(p.unit) == "/".join(["*".join(u.numerator), *(["*".join(u.denominator)] if u.denominator else [])]), f.id
        if f.nil:
            assert p.value is None, f.id
        else:
            assert Decimal(repr(p.value)) == f.value, (f.id, p.value, f.value)


def test_py_xbrl_reads_the_inline_xbrl_like_the_instance(converted, pyxbrl):
    """py-xbrl's iXBRL reader applies the transformations, scale and sign itself; it drops nil ix:nonFraction
    facts (instance.py: ``if fact_value is not None``), so only the non-nil facts are compared."""
    parser, requested = pyxbrl
    xml = _py_facts(parser.parse_instance(str(converted.files["xml"])))
    ix = _py_facts(parser.parse_instance(str(converted.files["ixbrl"])))
    assert not requested
    nils = {f.id for f in converted.mapped.filing.facts if f.nil}
    assert not nils  # the example prints dashes (zero in SEC practice) but no "n/a": py-xbrl keeps every fact
    assert set(ix) == set(xml) - nils
    differ = [(i, _py_key(xml[i]), _py_key(ix[i])) for i in ix if not _same(xml[i], ix[i])]
    assert not differ, differ[:5]


def _same(a, b) -> bool:
    """Same aspects and value; py-xbrl scales iXBRL values in floats (42.1 * 10**-2 == 0.42100000000000004)."""
    ka, kb = _py_key(a), _py_key(b)
    if ka[:-1] != kb[:-1]:
        return False
    if isinstance(ka[-1], float) and isinstance(kb[-1], float):
        return math.isclose(ka[-1], kb[-1], rel_tol=1e-12)
    return ka[-1] == kb[-1]


# ------------------------------------------------------------------ prxbrl view (the ixbrl-viewer extra)


def test_viewer(converted, tmp_path):
    from converter.arelle_bridge.viewer import PLUGIN_MODULE, VIEWER_SCRIPT, build_viewer

    if importlib.util.find_spec(PLUGIN_MODULE) is None:
        pytest.skip("ixbrl-viewer is not installed (the viewer extra: pip install 'prxbrl[viewer]')")
    out = build_viewer(converted.files["ixbrl"], tmp_path / "iij-viewer.html", [PACKAGE])
    assert out == (tmp_path / "iij-viewer.html").resolve() and out.is_file()
    assert (tmp_path / VIEWER_SCRIPT).is_file()
    tree = etree.parse(str(out), etree.HTMLParser(huge_tree=True))
    assert tree.xpath("//script/@src") == [VIEWER_SCRIPT]
    data = tree.xpath("//script[@type='application/x.ixbrl-viewer+json']")
    assert len(data) == 1
    report = json.loads(data[0].text)["sourceReports"][0]["targetReports"][0]
    assert len(report["facts"]) == len(converted.mapped.filing.facts)
    cash = fact(converted.mapped.filing, "us-gaap:CashAndCashEquivalentsAtCarryingValue",
                instant=date(2010, 9, 30), unit="JPY", dims={})
    assert report["facts"][cash.id]["v"] == "9408031000"
    assert report["facts"][cash.id]["a"]["c"] == "us-gaap:CashAndCashEquivalentsAtCarryingValue"
