"""A row of the company's own that prints two figures for periods ending on one date is a flow over each period, not
a balance at that date, whatever filers' labels say of its words.

Source: Brookfield Wealth Solutions' Q4 2024 release (unseen18 brookfield-wealth-q4-2024.md lines 60-67, a table of its
parent's operating results "For the periods ended December 31 (US$ millions, except per share amounts)" under "Three
Months Ended | | Years Ended" over "2024 | 2023 | 2024 | 2023")."""

from datetime import date
from decimal import Decimal

from prxbrl.mapping.mapped import differs_at_one_date
from prxbrl.models import Cell, Period, Span

Q24 = Period(kind="duration", start=date(2024, 10, 1), end=date(2024, 12, 31), label="2024")
Q23 = Period(kind="duration", start=date(2023, 10, 1), end=date(2023, 12, 31), label="2023")
Y24 = Period(kind="duration", start=date(2024, 1, 1), end=date(2024, 12, 31), label="2024")
Y23 = Period(kind="duration", start=date(2023, 1, 1), end=date(2023, 12, 31), label="2023")


def _row(label: str, figures: list[str], line: int) -> list[Cell]:
    return [Cell(column=i, raw=f, value=Decimal(f.replace(",", "")), period=p, unit="USD", scale=6, label=label,
                 span=Span(line=line, start=10 * i, end=10 * i + len(f)))
            for i, (f, p) in enumerate(zip(figures, (Q24, Q23, Y24, Y23)))]


def test_a_quarter_and_its_year_with_two_figures_are_flows():
    """"| Distributable earnings2,3 | | 1,606 | ... | 1,312 | ... | 6,274 | ... | 4,806 |": filers label
    us-gaap:RetainedEarningsAccumulatedDeficit (a balance) "Distributable earnings", so the row had been a balance at
    December 31: 1,606 and 6,274 both at 2024-12-31, the second an element of its own ("DistributableEarningsT02")."""
    assert differs_at_one_date(_row("Distributable earnings2,3", ["1,606", "1,312", "6,274", "4,806"], 67))


def test_one_figure_at_each_date_says_nothing():
    """The same figure under the quarter and the year (a balance printed in both, "Adjusted equity1 | 12,872 | 8,969 |
    12,872 | 8,969", line 36), or columns of different dates: nothing tells a flow."""
    assert not differs_at_one_date(_row("Adjusted equity1", ["12,872", "8,969", "12,872", "8,969"], 36))
    assert not differs_at_one_date(_row("Net income", ["101", "3,134"], 63))


def test_a_heading_stating_a_length_makes_a_dates_column_flows(tmp_path):
    """Gladstone Investment Q3 FY2025 (fixtures/gladstone-fy25q3-summary.md, unseen18 gladstone-investment-fy25q3.md
    lines 28-58): columns headed "December 31, 2024 | September 30, 2024", "| For the quarter ended: |" over the
    income rows, "| As of: |" over the balances. "Total dollars invested | $ | 187,094 | ... | 19,500 |" had been
    a balance at each date (and "Total investment income" excluded, a flow at a date): they are the quarters ending
    then; "Net assets | $ | 490,053 | ... | 458,375 |" under "As of:" stays a balance at each date."""
    from pathlib import Path

    from conftest import plain_facts

    facts = plain_facts(Path(__file__).parent / "fixtures" / "gladstone-fy25q3-summary.md", tmp_path / "out")
    got = {(f["label"], f["period_start"], f["period_end"]): f["value"] for f in facts}
    assert got[("Total dollars invested", "2024-10-01", "2024-12-31")] == "187094000"
    assert got[("Total dollars invested", "2024-07-01", "2024-09-30")] == "19500000"
    assert got[("Total investment income", "2024-10-01", "2024-12-31")] == "21371000"
    assert got[("Net assets", "", "2024-12-31")] == "490053000"
    assert not any(f["label"] == "Total dollars invested" and not f["period_start"] for f in facts)


def test_a_heading_states_a_length_alone():
    from prxbrl.tables.year_columns import heading_length

    assert heading_length("For the quarter ended:") == ("months", 3)
    assert heading_length("For the nine months ended") == ("months", 9)
    assert heading_length("As of:") is None
    assert heading_length("Three Months Ended December 31, 2024") is None  # a date too: a column's own header


def test_a_table_ending_the_document_with_a_count_is_whole(tmp_path):
    """The same table as the document's end (fixtures/gladstone-fy25q3-summary.md without the note after it): its last
    row "| Number of portfolio companies | | 26 | | | | 22 | | | 4 | ... | 18.2 | % |" prints its four figures, the
    counts excluded as no money; it had been refused as truncated ("line 33 has 1 of 4 figures")."""
    from pathlib import Path

    from conftest import plain_facts

    lines = (Path(__file__).parent / "fixtures" / "gladstone-fy25q3-summary.md").read_text("utf-8").splitlines()
    cut = tmp_path / "summary.md"
    cut.write_text("\n".join(lines[: next(i for i, line in enumerate(lines) if "Number of portfolio companies" in line) + 1]) + "\n", "utf-8")
    facts = plain_facts(cut, tmp_path / "out")
    assert any(f["label"] == "Net assets" for f in facts)
