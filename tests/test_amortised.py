"""Amortised validation (prxbrl.arelle_bridge.amortised): the base DTS loaded once, each report in a fork of it.

It reaches into Arelle's internals, so every amortised result is compared with a fresh validation of the same
file, on reports with known errors (a wrong sum, an inconsistent duplicate, a monetary fact in shares, a period
that ends before it starts) and on clean ones, in an order that would expose state leaking between reports.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from lxml import etree

from conftest import EXAMPLE, PACKAGE
from prxbrl.arelle_bridge import TemplateValidator, validate
from prxbrl.arelle_bridge.amortised import base_imports, fork_available

XBRLI = "http://www.xbrl.org/2003/instance"


def _instance(folder: Path) -> Path:
    return next(p for p in folder.glob("*.xml") if "_" not in p.name)


def _break(xml: Path) -> None:
    """Known errors: an inconsistent duplicate, doubled figures (sums no longer hold), a monetary fact in
    shares, a duration that ends before it starts."""
    tree = etree.parse(str(xml))
    root = tree.getroot()
    facts = [e for e in root if e.get("unitRef") and e.text and e.text.strip().lstrip("-").isdigit()]
    dup = copy.deepcopy(facts[0])
    dup.attrib.pop("id", None)
    dup.text = str(int(facts[0].text) + 10**9)
    facts[0].addnext(dup)
    for f in facts[1:30]:
        f.text = str(int(f.text) * 2)
    units = [u.get("id") for u in root.iter(f"{{{XBRLI}}}unit")]
    shares = next(u for u in units if u.lower() == "shares")
    money = next(f for f in facts[30:] if f.get("unitRef") in ("JPY", "USD"))
    money.set("unitRef", shares)
    for ctx in root.iter(f"{{{XBRLI}}}context"):
        start = ctx.find(f".//{{{XBRLI}}}startDate")
        if start is not None:
            end = ctx.find(f".//{{{XBRLI}}}endDate")
            start.text, end.text = end.text, start.text
            break
    tree.write(str(xml), xml_declaration=True, encoding="UTF-8")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from prxbrl.pipeline import convert

    base = tmp_path_factory.mktemp("amortised")
    good = base / "good"
    convert(EXAMPLE, good, formats=["xml", "ixbrl"], validate=False)
    bad = base / "bad"
    shutil.copytree(good, bad)
    _break(_instance(bad))
    return good, bad


def _key(res):
    return (
        res.ok,
        sorted((f.code, f.severity, f.message, tuple(f.lines)) for f in res.findings),
        res.fact_count,
        res.context_count,
        res.unit_count,
        res.taxonomy_note,
    )


def _compare(packages, good: Path, bad: Path) -> TemplateValidator:
    with TemplateValidator(packages) as tv:
        for path in (_instance(bad), _instance(good), _instance(bad)):
            amortised = tv.validate(path)
            fresh = validate(path, packages)
            assert _key(amortised) == _key(fresh), path
        stats = dict(tv.stats)
    if fork_available():
        assert stats["amortised"] == 3 and stats["fresh"] == 0, stats
    return stats


def test_known_errors_are_found(reports):
    _, bad = reports
    res = validate(_instance(bad))
    codes = set(res.codes("error"))
    assert "xbrl.4.7.2:periodStartBeforeEnd" in codes
    assert "xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure" in codes
    assert "calc11e:inconsistentCalculationUsingRounding" in codes
    assert "arelle:duplicateFacts" in codes


def test_amortised_equals_fresh_with_the_standin(reports):
    good, bad = reports
    _compare([], good, bad)


def test_amortised_equals_fresh_with_us_gaap(reports):
    from conftest import need_shared

    good, bad = reports
    _compare([need_shared(PACKAGE)], good, bad)


def test_a_template_of_part_of_the_imports_gives_the_same_findings(reports):
    """A template that lacks some of a report's imports (srt, the dtr types): the child discovers them."""
    good, bad = reports
    partial = lambda imports: tuple(i for i in imports if "srt" not in i[1] and "types" not in i[1])  # noqa: E731
    with TemplateValidator(template_imports=partial) as tv:
        for path in (_instance(bad), _instance(good)):
            assert _key(tv.validate(path)) == _key(validate(path)), path
            assert [f.code for f in tv.validate(path).findings] == [f.code for f in validate(path).findings]
        (template,) = tv._servers
        assert len(template) < len(base_imports(_instance(good)))
        if fork_available():
            assert tv.stats["fresh"] == 0


def test_findings_are_in_one_order(reports):
    """Arelle's own order changes between runs and between fresh and amortised runs: findings are sorted."""
    _, bad = reports
    res = validate(_instance(bad))
    rank = {"error": 0, "warning": 1, "info": 2}
    keys = [(rank[f.severity], f.code, f.lines, f.message) for f in res.findings]
    assert keys == sorted(keys)
    with TemplateValidator() as tv:
        assert tv.validate(_instance(bad)).findings == res.findings


def test_fallback_without_fork_is_fresh(reports):
    good, bad = reports
    with TemplateValidator(amortise=False) as tv:
        res = tv.validate(_instance(bad))
        assert tv.stats["fresh"] == 1 and tv.stats["amortised"] == 0
    assert _key(res) == _key(validate(_instance(bad)))


def test_inline_documents_are_validated_fresh(reports):
    good, _ = reports
    htm = next(good.glob("*.htm"))
    assert base_imports(htm) is None
    with TemplateValidator() as tv:
        res = tv.validate(htm)
        assert tv.stats["fresh"] == 1
    assert res.ok and res.fact_count > 0


def test_base_imports_are_the_extensions_absolute_imports(reports):
    good, _ = reports
    imports = dict((loc, ns) for ns, loc in base_imports(_instance(good)))
    assert imports["https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd"] == "http://fasb.org/us-gaap/2024"
    assert not any("://" not in loc for loc in imports)  # prx-2024.xsd (relative) is loaded with the report
