"""Releases gathered after the rules were written (benchmarks/unseen/): no written fact contradicts their key facts.

Their hand-checked gold (gold.csv) is scored by ``benchmarks/unseen_score.py``. A key fact missed is measured there;
a key fact written with another value than the release prints is a defect, asserted here for every release.
"""

from __future__ import annotations

import csv
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from unseen_score import convert_one, score  # noqa: E402

UNSEEN = ROOT / "benchmarks" / "unseen"
GOLD = list(csv.DictReader((UNSEEN / "gold.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("doc", sorted({r["doc"] for r in GOLD}))
def test_no_key_fact_is_written_wrong(doc, tmp_path):
    instance, _ = convert_one(UNSEEN / doc, tmp_path / "out")  # a release refused as bad input writes nothing wrong
    _, _, wrong = score([r for r in GOLD if r["doc"] == doc], instance)
    assert not wrong, [(r["line"], r["concept"], r["period_end_or_instant"], str(v), r["value_xbrl"]) for r, v in wrong]


def test_the_gold_names_only_releases_of_the_folder():
    docs = {r["doc"] for r in GOLD}
    assert docs and all((UNSEEN / d).is_file() for d in docs)
    sources = {r["file"] for r in csv.DictReader((UNSEEN / "SOURCES.tsv").open(encoding="utf-8"), delimiter="\t")}
    assert docs <= sources
