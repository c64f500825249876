"""The Python API (import prxbrl) and the installed package name."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest

import prxbrl
from conftest import EXAMPLE


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = tmp_path_factory.mktemp("api") / "iij"
    return prxbrl.convert(EXAMPLE, out, formats=["xml", "json"]), out


def test_convert_a_path(converted):
    res, out = converted
    assert res.valid is True and res.ok and res.errors == []
    assert res.validation.taxonomy_note  # the stand-in, said so
    assert res.files["xml"] == out / "iij-20100930.xml" and res.files["xml"].is_file()
    assert res.files["json"].is_file() and res.files["report"].is_file()
    assert len(res.facts) == res.report.counts.facts == len(res.filing.facts)
    assert res.unexplained_tokens == res.report.counts.unexplained_cells


def test_facts_are_typed_rows(converted):
    res, _ = converted
    money = [f for f in res.facts if f.unit == "iso4217:JPY" and f.value is not None]
    assert money and all(isinstance(f.value, Decimal) and "E" not in str(f.value) for f in money)
    revenue = next(f for f in money if f.concept == "us-gaap:Revenues" and f.printed == "JPY32,300 million")
    assert revenue.value == Decimal("32300000000") and str(revenue.value) == "32300000000"
    assert all(isinstance(f.period_end, date) for f in res.facts)
    instants = [f for f in res.facts if f.period_type == "instant"]
    assert instants and all(f.period_start is None for f in instants)
    sourced = [f for f in res.facts if f.source_line is not None]
    assert sourced and all(f.printed for f in sourced)
    assert [f.source_line for f in sourced] == sorted(f.source_line for f in sourced)  # document order
    rows = res.rows()
    assert set(rows[0]) == {f.name for f in fields(prxbrl.FactRow)}
    assert any(r["dimensions"] for r in rows)


def test_to_dataframe(converted):
    pd = pytest.importorskip("pandas", reason="pandas is optional; rows() is what a DataFrame is built from")
    res, _ = converted
    df = res.to_dataframe()
    assert len(df) == len(res.facts) and "concept" in df.columns


def test_convert_text_without_outdir_gives_the_same_facts(converted, tmp_path):
    res, _ = converted
    text = EXAMPLE.read_text("utf-8")
    from_text = prxbrl.convert(text, validate=False, name=EXAMPLE.name)
    assert from_text.files == {} and from_text.valid is None and from_text.ok
    assert [(f.concept, f.value, f.period_end, f.dimensions) for f in from_text.facts] == [
        (f.concept, f.value, f.period_end, f.dimensions) for f in res.facts
    ]


def test_extract_and_validate(converted):
    res, _ = converted
    doc = prxbrl.extract(str(EXAMPLE))
    assert doc.tables and doc.model_dump() == res.document.model_dump()
    v = prxbrl.validate(res.files["xml"])
    assert v.ok and v.fact_count == len(res.facts)


def test_bad_input_raises_prxbrl_error(tmp_path):
    with pytest.raises(prxbrl.PrxbrlError, match="empty"):
        prxbrl.extract(" \n\n")
    with pytest.raises(prxbrl.PrxbrlError, match="no such file"):
        prxbrl.convert(tmp_path / "absent.txt")
    with pytest.raises(prxbrl.PrxbrlError, match="no such file"):
        prxbrl.validate(tmp_path / "absent.xml")


def test_batch_api(tmp_path):
    res = prxbrl.batch([EXAMPLE], tmp_path / "out", validate=False, workers=1)
    assert isinstance(res, prxbrl.BatchResult)
    assert res.exit_code == 0 and res.rows[0]["status"] == "converted"


def test_installed_as_prxbrl_not_converter(tmp_path):
    code = (
        "import importlib.util, importlib.resources as r, prxbrl\n"
        "assert importlib.util.find_spec('converter') is None, 'converter is importable'\n"
        "assert r.files('prxbrl.taxonomy').joinpath('mapping.toml').is_file()\n"
        "assert callable(prxbrl.extract) and callable(prxbrl.batch)\n"
        "import prxbrl.pipeline, prxbrl.batching\n"
        "assert callable(prxbrl.extract) and callable(prxbrl.batch)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
