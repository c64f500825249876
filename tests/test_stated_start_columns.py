"""A column and a row that state where their period starts (Employers Holdings Q1 2008, an insurer converted from a
mutual on February 5, 2007; fixtures/employers-q1-2008-excerpt.txt, a cell per line, lines copied as printed):

    Three months ended
    March 31, 2008
    |
    Period February 5,
    through March 31,
    |
    2008
    |
    2007
    ...
    Net income after date of conversion, February 5 through March 31, 2007
    | $ | N/A | $ | 21,395

The header was read as three phrases over two columns ("Three months ended" / "March 31, 2008" / "Period February 5,"):
the 2008 column became the point in time March 31, 2008 (its EPS 0.51 and weighted shares 49,611,213 dropped as
flows at a date) and the 2007 column the whole first quarter, so 21,395 for February 5 to March 31 stood where the
quarter's 27,866 belongs (both were then dropped as disagreeing figures). The label's range was ignored likewise, and
"N/A" under 2008 became a nil fact."""

from pathlib import Path

from conftest import plain_facts
from prxbrl.models import Span
from prxbrl.tables.period_cells import pair_broken
from prxbrl.tables.text_cells import Piece

FIXTURES = Path(__file__).parent / "fixtures"
NAME = "employers-q1-2008-excerpt.txt"


def _facts(tmp_path, text: str) -> list[dict]:
    src = tmp_path / NAME
    src.write_text(text, encoding="utf-8")
    return plain_facts(src, tmp_path / "out")


def _source() -> str:
    return (FIXTURES / NAME).read_text(encoding="utf-8")


def _got(facts: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(r["concept"], r["period_start"], r["period_end"], r["value"]) for r in facts}


def test_a_column_headed_by_its_own_start_is_that_range_and_the_other_column_the_quarter(tmp_path):
    facts = _facts(tmp_path, _source())
    got = _got(facts)
    assert ("us-gaap:NetIncomeLoss", "2007-02-05", "2007-03-31", "21395") in got
    assert ("us-gaap:NetIncomeLoss", "2007-01-01", "2007-03-31", "27866") in got  # line 118, no longer disagreeing
    assert ("us-gaap:EarningsPerShareBasic", "2008-01-01", "2008-03-31", "0.51") in got
    assert ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2008-01-01", "2008-03-31", "49611213") in got
    assert ("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "2008-01-01", "2008-03-31", "49646553") in got
    assert ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2007-02-05", "2007-03-31", "53527907") in got
    assert not any(v == "21395" and s == "2007-01-01" for _, s, _, v in got)
    assert not any(any("PeriodMember" in x for x in r.values() if x) for r in facts)  # "Period" names no segment


def test_a_row_that_states_its_range_takes_it_and_no_other_column(tmp_path):
    facts = _facts(tmp_path, _source())
    row = [r for r in facts if r["label"].startswith("Net income after date of conversion")]
    assert [(r["period_start"], r["period_end"], r["value"]) for r in row] == [("2007-02-05", "2007-03-31", "21395")]


def test_a_start_that_cannot_be_read_leaves_the_column_out_never_the_quarter(tmp_path):
    text = _source().replace("Period February 5,\n", "Period February 31,\n")  # no such day: no range
    got = _got(_facts(tmp_path, text))
    assert not any(v in ("53527907", "0.40") for *_, v in got)
    assert not any(v == "21395" and s == "2007-01-01" for _, s, _, v in got)


def _pieces(*texts: str) -> list[str]:
    return [p.text for p in pair_broken([Piece(t, Span(line=k + 1, start=0, end=len(t))) for k, t in enumerate(texts)])]


def test_a_length_pairs_with_a_full_date_only_where_every_full_date_has_its_length():
    assert _pieces("Three months ended", "March 31, 2008", "Period February 5,", "through March 31,") == [
        "Three months ended March 31, 2008", "Period February 5, through March 31,"]
    # one length over two dated columns: not the first date's alone
    assert _pieces("Three Months Ended", "June 30, 2024", "June 30, 2023") == [
        "Three Months Ended", "June 30, 2024", "June 30, 2023"]
