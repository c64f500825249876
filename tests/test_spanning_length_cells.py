"""A length of period printed as a header cell of its own, beside the column dates (cik740112, Q3 2003 key-figures
tables, a text rendering that keeps each cell on a line of its own; fixtures/cik740112-q3-2003-excerpt.txt, lines
copied as printed):

    The following table presents selected consolidated financial data (in thousands, except earnings per share) ...
    |Quarter Ended:
    |Sept 30, 2003
    |Sept 30, 2002
    ...
    Shares Used For:
    |
    Basic Earnings Per Share
    |475,382
    |512,546

The trailing colon made "Quarter Ended:" a heading of the rows and the file failed ("no figure in them could be
read"); without it, "Quarter Ended Sept 30, 2003" read as one phrase left "Sept 30, 2002" a point in time and every
2002 flow was dropped (period_type_mismatch). The length is each date's. The rows under "Shares Used For:" count
shares (in thousands, as the note says), not dollars per share."""

from pathlib import Path

from conftest import plain_facts
from prxbrl.tables.spanning_cells import spread_length, undated_length

FIXTURES = Path(__file__).parent / "fixtures"
NAME = "cik740112-q3-2003-excerpt.txt"


def _facts(tmp_path) -> set[tuple[str, str, str, str, str]]:
    rows = plain_facts(FIXTURES / NAME, tmp_path / "out")
    return {(r["concept"], r["period_start"], r["period_end"], r["unit"], r["value"]) for r in rows}


def test_a_length_with_a_colon_in_a_cell_of_its_own_is_the_length_of_every_date_beside_it(tmp_path):
    got = _facts(tmp_path)
    usd = "iso4217:USD"
    assert ("us-gaap:Revenues", "2003-07-01", "2003-09-30", usd, "588486000") in got
    assert ("us-gaap:Revenues", "2002-07-01", "2002-09-30", usd, "514389000") in got  # the 2002 quarter, no instant
    assert ("us-gaap:NetIncomeLoss", "2002-07-01", "2002-09-30", usd, "94329000") in got
    # "|Nine Months Ended:" over the second table
    assert ("us-gaap:Revenues", "2003-01-01", "2003-09-30", usd, "1678391000") in got
    assert ("us-gaap:Revenues", "2002-01-01", "2002-09-30", usd, "1424251000") in got
    assert ("us-gaap:EarningsPerShareBasic", "2002-07-01", "2002-09-30", f"{usd}/xbrli:shares", "0.18") in got
    assert not any(p == "" and c.startswith("us-gaap:") and u == usd for c, p, _, u, _ in got)


def test_rows_naming_earnings_per_share_under_shares_used_for_count_shares_in_thousands(tmp_path):
    got = _facts(tmp_path)
    shares = {(s, e, v) for _, s, e, u, v in got if u == "xbrli:shares"}
    assert ("2003-07-01", "2003-09-30", "475382000") in shares
    assert ("2002-07-01", "2002-09-30", "527856000") in shares
    assert ("2002-01-01", "2002-09-30", "530255000") in shares
    assert not any(v in ("475382", "475382000") for *_, u, v in got if u != "xbrli:shares")


def test_the_cells_of_one_header_line():
    assert undated_length("Quarter Ended:") and undated_length("Nine Months Ended:")
    assert not undated_length("Quarter Ended Sept 30, 2003") and not undated_length("Shares Used For:")
    assert spread_length(["Quarter Ended:", "Sept 30, 2003", "Sept 30, 2002"]) == [
        "Quarter Ended Sept 30, 2003", "Quarter Ended Sept 30, 2002"]
    # a line of dates alone, or a length beside another length, is no such line
    assert spread_length(["Sept 30, 2003", "Sept 30, 2002"]) is None
    assert spread_length(["Quarter Ended:", "Nine Months Ended Sept 30, 2003", "Sept 30, 2002"]) is None
