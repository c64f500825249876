"""Words that say how a figure was computed ("computing", "computation", "calculating") carry no meaning for its concept:
"Shares Used For: / Basic Earnings Per Share" are the shares filers label "Shares used in computing basic earnings per
share" (us-gaap:WeightedAverageNumberOfSharesOutstandingBasic); they had been extension concepts
(ext:SharesUsedForBasicEarningsPerShare), the qualified label too far from the filers' in a table of selected data.

The release: sec.gov, CIK 740112, Q3 2003 exhibit 99.1 (tests/fixtures/cik740112-q3-2003-excerpt.txt; SEC filing text
is public domain)."""

from pathlib import Path

from conftest import plain_facts

from prxbrl.mapping.labels import label_key

FIXTURE = Path(__file__).parent / "fixtures" / "cik740112-q3-2003-excerpt.txt"


def test_how_a_figure_was_computed_says_nothing_of_its_concept():
    assert label_key("Shares used in computing basic earnings per share") == label_key("Shares used for basic earnings per share")


def test_shares_used_for_earnings_per_share_are_the_weighted_average_shares(tmp_path):
    facts = plain_facts(FIXTURE, tmp_path / "out")
    shares = {(f["concept"], f["period_start"], f["period_end"], f["value"]) for f in facts if f["unit"] == "xbrli:shares"}
    assert ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2003-07-01", "2003-09-30", "475382000") in shares
    assert ("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "2003-07-01", "2003-09-30", "486749000") in shares
    assert not [f for f in facts if f["concept"].startswith("ext:Shares")]
