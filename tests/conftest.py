"""Shared fixtures: the example release, the corpus and the shared taxonomy package (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prxbrl.filing import Concept

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "iij-1h-fy2010" / "iij-1h-fy2010-release.txt"
CORPUS = SHARED / "corpus"
PACKAGE = SHARED / "taxonomies" / "us-gaap-2024-offline-package-with-srt.zip"  # official US GAAP 2024 with SRT

# the schemas and namespaces that hand-made filings refer to
GAAP = "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd"
SRT = "https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd"
DEI = "https://xbrl.sec.gov/dei/2024/dei-2024.xsd"
GAAP_NS = "http://fasb.org/us-gaap/2024"
SRT_NS = "http://fasb.org/srt/2024"
DEI_NS = "http://xbrl.sec.gov/dei/2024"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared folder (../shared beside the checkout) holds it; CI has it")
    return path


@pytest.fixture(scope="session")
def iij():
    from prxbrl.extract import extract_file

    return extract_file(EXAMPLE)


@pytest.fixture(scope="session")
def corpus_docs():
    from prxbrl.extract import extract_file

    need_shared(CORPUS)
    return {p.name: extract_file(p) for p in sorted(CORPUS.iterdir()) if p.suffix in (".txt", ".html")}


def cells(doc, *, line: int | None = None, label: str | None = None, table: str | None = None):
    """The cells of a line-item document, filtered by source line, label (prefix, case-insensitive) or table id."""
    out = []
    for t in doc.tables:
        if table and t.id != table:
            continue
        for r in t.rows:
            for c in r.cells:
                if line is not None and c.span.line != line:
                    continue
                if label is not None and not c.label.lower().startswith(label.lower()):
                    continue
                out.append(c)
    return out


def cell_at(doc, line: int, raw: str):
    found = [c for c in cells(doc, line=line) if c.raw == raw]
    assert len(found) == 1, f"line {line}: {raw!r} found {len(found)} times: {[c.raw for c in cells(doc, line=line)]}"
    return found[0]


def extracted(tmp_path: Path, lines: list[str], name: str = "release.md"):
    """The line items of a release of ``lines`` (a file ``name`` in ``tmp_path``, its format by its suffix)."""
    from prxbrl.extract import extract_file

    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract_file(p)


def release_lines(name: str, first: int, last: int) -> str:
    """Lines ``first`` to ``last`` (1-based, inclusive) of a release in ``benchmarks/unseen/``, as printed."""
    lines = (ROOT / "benchmarks" / "unseen" / name).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


def line_of(lines: list[str], text: str) -> int:
    """The number (from 1) of the first of ``lines`` that starts with ``text``."""
    return next(i for i, x in enumerate(lines, start=1) if x.startswith(text))


def plain_facts(src: Path, out: Path) -> list[dict]:
    """``src`` converted without validation into ``out``: the rows of its plain facts table (*-facts-plain.csv)."""
    import csv

    from prxbrl.pipeline import convert

    convert(src, out, formats=["xml", "csv"], validate=False)
    with next(out.glob("*-facts-plain.csv")).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def table_rows(text: str, which: int = -1):
    """The rows of the largest table (or table ``which``) found in ``text`` of a text release, interpreted with a
    calendar year and U.S. dollars."""
    from prxbrl.models import FiscalCalendar
    from prxbrl.periods import Calendar
    from prxbrl.tables.interpret import Context, interpret
    from prxbrl.tables.rows import text_rows
    from prxbrl.tables.text_detect import detect_tables

    lines = text.split("\n")
    tables = detect_tables(lines)
    raw = max(tables, key=lambda t: len(t.rows)) if which < 0 else tables[which]
    plain = Context(calendar=Calendar(FiscalCalendar()), reporting_currency="USD", translations=[], lines=[])
    return interpret(raw, text_rows(raw, lines), "t01", plain, None).table.rows


def facts_by_period(tmp_path: Path, text: str) -> dict[tuple[str, ...], str]:
    """``text`` converted as a markdown release: (concept, start, end, members...) -> value, dei left out."""
    src = tmp_path / "release.md"
    src.write_text(text, encoding="utf-8")
    return {(r["concept"], r["period_start"], r["period_end"]) + tuple(v for k, v in r.items() if k.endswith("Axis") and v):
            r["value"] for r in plain_facts(src, tmp_path / "out") if not r["concept"].startswith("dei:")}


def facts_and_report(src: Path, out: Path) -> tuple[list[dict], dict]:
    """``src`` converted without validation into ``out``: its plain facts' rows and its report.json."""
    import json

    return plain_facts(src, out), json.loads((out / "report.json").read_text(encoding="utf-8"))


def dims_of(row: dict) -> list[str]:
    """The members of a plain facts row (its columns named after axes)."""
    return [v for k, v in row.items() if k.endswith("Axis") and v]


def at_line(facts: list[dict], line: int) -> list[dict]:
    """The plain facts rows read from a source line."""
    return [r for r in facts if r["source_line"] == str(line)]


@pytest.fixture(scope="session")
def converted(tmp_path_factory):
    """The example converted once, in every format, validated with the shared US GAAP package."""
    from prxbrl.pipeline import FORMATS, convert

    need_shared(PACKAGE)
    out = tmp_path_factory.mktemp("iij")
    return convert(EXAMPLE, out, formats=list(FORMATS), packages=[PACKAGE])


def fact(filing, concept, *, start=None, end=None, instant=None, unit=None, dims=None):
    """The one fact of a concept in a period (and unit, and dimensions: {axis: member}, {} for none)."""
    ctx = {c.id: c for c in filing.contexts}
    hits = []
    for f in filing.facts:
        if f.concept != concept:
            continue
        c = ctx[f.context]
        if instant is not None and (c.period_type != "instant" or c.end != instant):
            continue
        if end is not None and (c.period_type != "duration" or c.end != end or (start is not None and c.start != start)):
            continue
        if unit is not None and f.unit != unit:
            continue
        if dims is not None and {d.axis: d.member for d in c.dims} != dims:
            continue
        hits.append(f)
    assert len(hits) == 1, f"{concept}: {len(hits)} facts match: {[(h.context, h.unit, h.value) for h in hits]}"
    return hits[0]


def gaap(name: str, type_: str = "xbrli:monetaryItemType", period: str = "duration", **kw) -> Concept:
    """A us-gaap concept of a hand-made filing."""
    return Concept(prefix="us-gaap", name=name, namespace=GAAP_NS, type=type_, period_type=period, schema_location=GAAP, **kw)


@pytest.fixture(scope="session")
def dev_index():
    """The concept index without the recent-era development companies (Clorox, Workiva, Exxon Mobil, ...), as
    ``label_accuracy.py --linkbase-dev`` builds it: their labels are labels it never saw. Built once a session."""
    import sys

    from prxbrl.mapping import index

    pytest.importorskip("pyarrow", reason="building the index reads parquet files: pip install -e '.[index]'")
    need_shared(SHARED / "label-usage")
    sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "benchmarks")]
    from build_concept_index import build
    from label_accuracy import dev_files

    return index.ConceptIndex(build(SHARED, tuple(dev_files(SHARED))))


@pytest.fixture(scope="module")
def held_out(dev_index):
    """``dev_index`` in place of the converter's own index, for the tests of one module."""
    from prxbrl.mapping import choose as choose_module
    from prxbrl.mapping import index, placement, scoring

    saved = index.concept_index, choose_module.concept_index, placement.concept_index, scoring.concept_index
    index.concept_index = choose_module.concept_index = placement.concept_index = scoring.concept_index = lambda: dev_index
    choose_module.choose.cache_clear()
    yield
    index.concept_index, choose_module.concept_index, placement.concept_index, scoring.concept_index = saved
    choose_module.choose.cache_clear()
