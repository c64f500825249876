""""Fourth Quarter | Full Year" over "2006 2005 2006 2005": the quarter or the whole fiscal year named, its year from
the year row, dated only where the release states its fiscal year end.

Lines 1-2 of W. R. Berkley's Q4 2006 EX-99.2 (tests/fixtures/berkley-q4-2006-ex992.txt: sec.gov/Archives/edgar/data/11544/000095012307001662/y30247exv99w2.txt
as the pages search corpus stores it, a plain-text exhibit whose
whitespace was collapsed: the whole statement on line 2, underlines between its rows). The exhibit itself never states
the year end; the press release it came with does (the company's fiscal year ends December 31): that sentence is put
above the exhibit's lines here."""

import csv

import pytest

from conftest import ROOT

from prxbrl.api import convert
from prxbrl.errors import PrxbrlError

_SOURCE = ROOT / "tests" / "fixtures" / "berkley-q4-2006-ex992.txt"
_STATED = "W. R. Berkley reports results for the fourth quarter and year ended December 31, 2006.\n\n"


def _facts(tmp_path, text):
    src = tmp_path / "berkley.txt"
    src.write_text(text, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def _exhibit() -> str:
    with open(_SOURCE, encoding="utf-8") as f:
        return f.read()


def test_fourth_quarter_and_full_year_over_years(tmp_path):
    rows = _facts(tmp_path, _STATED + _exhibit())
    got = [(r["period_start"], r["period_end"], r["value"]) for r in rows if r["label"] == "Premiums earned"]
    assert got == [
        ("2006-10-01", "2006-12-31", "1165708000"),
        ("2005-10-01", "2005-12-31", "1197915000"),
        ("2006-01-01", "2006-12-31", "4692622000"),
        ("2005-01-01", "2005-12-31", "4460935000"),
    ]
    net = {(r["period_start"], r["value"]) for r in rows if r["concept"] == "us-gaap:NetIncomeLoss"}
    assert net == {("2006-10-01", "198056000"), ("2005-10-01", "167424000"), ("2006-01-01", "699518000"), ("2005-01-01", "544892000")}


def test_no_year_end_stated_no_period(tmp_path):
    # the exhibit alone: which months its quarter and year are is not known; no figure is dated by a guess
    with pytest.raises(PrxbrlError):
        _facts(tmp_path, _exhibit())
