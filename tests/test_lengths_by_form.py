"""Lengths over a header of merged cells printed once each: which dates each length stands over, from the form of the
phrases. Ubiquiti's second quarter of fiscal 2025 (fixtures/ubiquiti-fy25q2-non-gaap-reconciliation.md, the release's
headline, its first sentence and its non-GAAP reconciliation, lines 165-183 of unseen13/ubiquiti-fy25q2.md) heads
five columns with
"|  | **Three Months Ended** | **Six Months Ended****December 31,** |" over
"|  | **December 31, 2024** | **September 30, 2024** | **December 31, 2023** |  | **2024** |  |  | **2023** |":
"Three Months Ended" completes the three full dates, "Six Months Ended December 31," the two bare years."""

from pathlib import Path

from conftest import plain_facts

FIXTURE = Path(__file__).parent / "fixtures" / "ubiquiti-fy25q2-non-gaap-reconciliation.md"


def test_a_length_with_its_day_stands_over_the_bare_years(tmp_path):
    """Spread by count, the two lengths had stood over two and three columns: "December 31, 2023" became the six
    months to that date, the same period as the last column, and both columns were excluded as undistinguished
    ("Net Income | $ | 136,795 | | $ | 127,988 | | $ | 82,116 | | $ | 264,783 | | $ | 169,866 |"). Each full date is
    now the quarter ending then, each bare year the six months to December 31."""
    facts = plain_facts(FIXTURE, tmp_path / "out")
    by = {(r["period_start"], r["period_end"], r["value"]) for r in facts if r["source_line"] == "13"}
    assert by == {
        ("2024-10-01", "2024-12-31", "136795000"),
        ("2024-07-01", "2024-09-30", "127988000"),
        ("2023-10-01", "2023-12-31", "82116000"),
        ("2024-07-01", "2024-12-31", "264783000"),
        ("2023-07-01", "2023-12-31", "169866000"),
    }
    eps = {(r["period_start"], r["period_end"], r["value"]) for r in facts if r["source_line"] == "20"}
    assert ("2023-10-01", "2023-12-31", "1.38") in eps and ("2023-07-01", "2023-12-31", "2.85") in eps
