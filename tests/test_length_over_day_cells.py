"""Header cells wrapped a line at a time, each length over its day, then the years (cik1053507 Q2 2003, a tower
company's statement of operations; fixtures/cik1053507-q2-2003-excerpt.txt, lines copied as printed, the excerpt
ending inside the statement):

    (In thousands, except per share data)
    |Three Months Ended
    June 30,
    |Six Months Ended
    June 30,
    |2003
    |2002
    |2003
    |2002
    |
    REVENUES:
    |
    Rental and management
    |$
    |151,916
    |$
    |132,017
    |$
    |298,378
    |$
    |258,618

Each header line stood over every column ("Three Months Ended June 30, Six Months Ended June 30, 2003") and every
figure was no_period; the row's eight lines of signs and figures also passed the six lines a record may hold, so its
fourth figure fell into a row of its own."""

from pathlib import Path

from conftest import plain_facts
from prxbrl.tables.spanning_cells import pair_length_lines

FIXTURES = Path(__file__).parent / "fixtures"
NAME = "cik1053507-q2-2003-excerpt.txt"


def test_each_length_with_its_day_over_its_two_years(tmp_path):
    rows = plain_facts(FIXTURES / NAME, tmp_path / "out")
    got = {(r["period_start"], r["period_end"], r["value"]) for r in rows if r["label"] == "Rental and management"}
    assert got == {
        ("2003-04-01", "2003-06-30", "151916000"),
        ("2002-04-01", "2002-06-30", "132017000"),
        ("2003-01-01", "2003-06-30", "298378000"),
        ("2002-01-01", "2002-06-30", "258618000"),
    }
    # the balance sheet before it keeps its two dates
    cash = {(r["period_end"], r["value"]) for r in rows if r["concept"] == "us-gaap:CashAndCashEquivalentsAtCarryingValue"}
    assert cash == {("2003-06-30", "107597000"), ("2002-12-31", "127292000")}


def test_lines_of_lengths_and_days():
    read = [["Three Months Ended"], ["June 30,"], ["Six Months Ended"], ["June 30,"], ["2003", "2002", "2003", "2002"]]
    assert pair_length_lines(read) == [["Three Months Ended June 30,", "Six Months Ended June 30,"],
                                       ["2003", "2002", "2003", "2002"]]
    # one length over its day stacks over every column as it is
    assert pair_length_lines([["Three Months Ended"], ["June 30,"], ["2003", "2002"]]) == [
        ["Three Months Ended"], ["June 30,"], ["2003", "2002"]]
