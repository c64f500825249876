"""End to end, per corpus release: the hand-checked key facts of ../shared/corpus/gold-key-facts.csv (revenue,
income, taxes, EPS, shares, cash, assets, liabilities, equity, cash flows: concept, period, unit and the exact value
an instance carries) are in the instance the converter writes from the release a user hands over (the .html where
the corpus has one). Scored by the shared tool keyfacts.py, so the test and the corpus score agree."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from conftest import CORPUS, SHARED, need_shared

GOLD = CORPUS / "gold-key-facts.csv"
KEYFACTS = SHARED / "tools" / "keyfacts.py"


def _docs() -> list[str]:
    if not GOLD.exists():
        return ["(no shared corpus)"]
    return sorted({r["doc"] for r in csv.DictReader(open(GOLD, encoding="utf-8"))})


@pytest.mark.parametrize("doc", _docs())
def test_key_facts_of_each_release(doc, tmp_path):
    from prxbrl.pipeline import convert

    need_shared(GOLD)
    need_shared(KEYFACTS)
    stem = doc.rsplit(".", 1)[0]
    src = next(p for p in (CORPUS / f"{stem}.html", CORPUS / doc) if p.exists())
    res = convert(src, tmp_path / stem, formats=["xml"], validate=False)
    out = subprocess.run([sys.executable, str(KEYFACTS), str(GOLD), doc, str(res.files["xml"]), "--misses", "50"],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()
    hits, rows = (int(x) for x in out[-1].split("(")[1].rstrip(")").split("/"))
    # every release at 95% or more of its key facts (the bar is 85% per release, 95% over the corpus)
    assert hits >= 0.95 * rows, "\n".join(out)


def test_disagreeing_prints_the_statement_wins_or_none_is_kept(tmp_path):
    """Applied Materials prints 'Operating income $ 1,824' for a segment titled only by its name and 'Income from
    operations 2,046' in the statement of operations: the statement's figure is the fact. Howard Hughes prints
    'Total revenues' 117,938 and 135,126 under the headings of two segments: two facts, each with its segment's
    member, never one fact of two figures nor the consolidated revenue (they were read as one product member of the
    segments' operating income and excluded as disagreeing)."""
    from datetime import date

    from conftest import fact
    from prxbrl.pipeline import convert

    amat = convert(need_shared(CORPUS / "applied-materials-q4-fy2024.txt"), tmp_path / "amat", validate=False)
    q4 = dict(start=date(2024, 7, 29), end=date(2024, 10, 27))
    assert fact(amat.mapped.filing, "us-gaap:OperatingIncomeLoss", **q4, unit="USD", dims={}).value == 2_046_000_000

    hhh = convert(need_shared(CORPUS / "howard-hughes-q4-2025.txt"), tmp_path / "hhh", validate=False)
    both = [f for f in hhh.mapped.filing.facts if {s.line for s in f.sources} >= {241, 255}]
    assert not both
    printed = {f.id: f for f in hhh.mapped.filing.facts if {s.line for s in f.sources} & {241, 255}}
    ctx = {c.id: c for c in hhh.mapped.filing.contexts}
    members = {(f.value, tuple((d.axis, d.member) for d in ctx[f.context].dims)) for f in printed.values()
               if f.value in (117_938_000, 135_126_000)}
    assert {(v, m[0][1].split(":")[1]) for v, m in members if len(m) == 1} == {
        (117_938_000, "OperatingAssetsMember"), (135_126_000, "MasterPlannedCommunitiesMember")}
    assert not [m for _, m in members if len(m) != 1 or m[0][0] != "us-gaap:StatementBusinessSegmentsAxis"]
