"""Property tests on a small budget (issue 10): mutants of the example and the corpus (tests/mutations.py) never
crash the command line, never hang it, and a refusal is one line with nothing written. benchmarks/fuzz.py runs
the same mutations for hours; this keeps them in the regular suite (about a minute)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from prxbrl import cli
from prxbrl.errors import PrxbrlError
from prxbrl.readers import read_document
from prxbrl.readers.text import xml_safe

from conftest import CORPUS, EXAMPLE
from mutations import KINDS, mutate

SOURCES = [EXAMPLE] + (sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")) if CORPUS.is_dir() else [])
DATA = {p: p.read_bytes() for p in SOURCES}
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

SMALL = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200))
def test_xml_safe_leaves_nothing_xml_cannot_carry(text):
    safe = xml_safe(text)
    assert len(safe) == len(text) and not NOT_XML.search(safe)
    assert safe == text or NOT_XML.search(text)


@SMALL
@given(source=st.sampled_from(SOURCES), kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=3), rnd=st.randoms(use_true_random=False))
def test_a_mutant_is_read_or_refused_in_one_line(tmp_path_factory, source, kinds, rnd):
    data, _ = mutate(DATA[source], rnd, kinds)
    path = tmp_path_factory.mktemp("read") / f"m{source.suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except PrxbrlError as exc:
        assert "\n" not in str(exc)
        return
    assert not any(NOT_XML.search(line) for line in doc.lines)
    for t in doc.tables:
        for r in t.rows:
            assert not any(NOT_XML.search(c.text) for c in r.cells)


@settings(SMALL, max_examples=40)
@given(source=st.sampled_from(SOURCES), kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=2), rnd=st.randoms(use_true_random=False))
def test_a_mutant_converts_or_is_refused_with_nothing_written(tmp_path_factory, capsys, source, kinds, rnd):
    data, _ = mutate(DATA[source], rnd, ["window"])  # a window of the release: small and quick
    data, _ = mutate(data, rnd, kinds)
    work = tmp_path_factory.mktemp("convert")
    path = work / f"m{source.suffix}"
    path.write_bytes(data)
    out = work / "out"
    capsys.readouterr()
    rc = cli.main(["convert", str(path), "-o", str(out), "--no-validate"])
    err = capsys.readouterr().err
    event(f"exit {rc}")
    assert rc in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err
    assert not [p.name for p in work.iterdir() if p.name.startswith(".out.")]
    if rc == 2:
        assert len(err.strip().splitlines()) == 1 and err.startswith("prxbrl: error: ")
        assert not out.exists()
        return
    assert (out / "report.json").is_file()
    for p in out.glob("*.xml"):
        etree.parse(str(p))
