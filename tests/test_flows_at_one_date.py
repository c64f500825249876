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
