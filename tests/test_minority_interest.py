""""Minority interest (1,228)" deducted between the income after tax and net income: the pre-2009 name of the
noncontrolling interest's share of the income, positive, a US GAAP concept (it was ext:MinorityInterestSummary).

The title and rows are W. R. Berkley's Q4 2006 EX-99.2 ("Consolidated Financial Summary", tests/fixtures/berkley-q4-2006-ex992.txt, gathered by a triage helper from the
sec.gov exhibit as the pages search corpus stores it), as its
whitespace-collapsed text prints them; its header ("Fourth Quarter Full Year" over "2006 2005 2006 2005") dates no
column without the fiscal year end, which the exhibit never states, so the header here is the one the triage
experiment put in its place (the company's fiscal year ends December 31)."""

import csv

from conftest import ROOT

from prxbrl.api import convert

_ROWS = ("Income before income taxes and minority interest 282,431 237,643 988,645 770,537 Income tax expense (83,147) "
         "(69,157) (286,398) (222,521) Minority interest (1,228) (1,062) (2,729) (3,124) ---------- ---------- ---------- "
         "---------- Net income $ 198,056 $ 167,424 $ 699,518 $ 544,892 ========== ========== ========== ==========")
TEXT = ("EXHIBIT 99.2 Consolidated Financial Summary (Amounts in thousands, except per share data)\n"
        "Three Months Ended December 31, Year Ended December 31, 2006 2005 2006 2005 " + _ROWS + "\n")


def test_the_rows_are_copied_from_the_release():
    with open(ROOT / "tests" / "fixtures" / "berkley-q4-2006-ex992.txt", encoding="utf-8") as f:
        assert _ROWS in f.read()


def test_minority_interest_is_the_noncontrolling_interests_share(tmp_path):
    src = tmp_path / "berkley.txt"
    src.write_text(TEXT, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    got = {(r["concept"], r["period_start"], r["value"]) for r in rows if r["label"] == "Minority interest"}
    assert got == {
        ("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", "2006-10-01", "1228000"),
        ("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", "2005-10-01", "1062000"),
        ("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", "2006-01-01", "2729000"),
        ("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", "2005-01-01", "3124000"),
    }
