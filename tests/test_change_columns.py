"""A column of changes beside period columns ("Growth Rates", "% Change", "Change", "Variance") is no period: its
cells are excluded as derived, the period columns beside it read.

Freshworks Q4 2024 (never seen) prints its constant-currency revenue under "Three Months Ended December 31," over
"2024 | 2023 | Growth Rates": the words "Growth Rates" made the line no header, and the whole table was lost
(no_period)."""

from datetime import date
from pathlib import Path
from decimal import Decimal

import pytest

from prxbrl.extract import extract_file
from prxbrl.tables.headers import parse_header

from conftest import cells

# /tmp/unseen8/frsh-q4-2024.md lines 121-129, as printed
FRSH = [
    "| FRESHWORKS INC.RECONCILIATION OF SELECTED GAAP MEASURES TO NON-GAAP MEASURES(in thousands, except percentages and per share data)(unaudited) | | | | | | | | | | |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    "|  | | | | | | | | | | |",
    "|  |  | Three Months EndedDecember 31, | | | | | |  |  | |",
    "|  |  |  | 2024 |  |  |  | 2023 |  | Growth Rates | |",
    "| Revenue |  |  | | |  |  | |  |  | |",
    "| GAAP revenue |  | $ | 194,571 |  |  | $ | 160,111 |  | 22% |  |",
    "| Effects of foreign currency rate fluctuations |  |  | (1,044 | ) |  |  | |  |  | |",
    "| Revenue adjusted for constant currency |  | $ | 193,527 |  |  | $ | 160,111 |  | 21% |  |",
]


@pytest.mark.parametrize("words", ["Growth Rates", "Growth Rate", "% Growth", "Y/Y Growth"])
def test_a_rate_of_growth_is_a_change_in_percent(words):
    assert [it.role for it in parse_header(words) if it.kind == "role"] == ["yoy_percent"]


def test_growth_alone_is_a_change():
    assert [it.role for it in parse_header("Growth") if it.kind == "role"] == ["change"]


def test_a_growth_rates_column_beside_the_periods(tmp_path):
    p = tmp_path / "frsh.md"
    p.write_text("\n".join(["# Freshworks Reports Fourth Quarter and Full Year 2024 Results", ""] + FRSH) + "\n", encoding="utf-8")
    doc = extract_file(p)
    k = Decimal(1000)
    got = {(c.period.start, c.period.end, c.value.scaleb(c.scale), c.role) for c in cells(doc, label="Revenue adjusted")}
    assert {g for g in got if g[3] == "value"} == {(date(2024, 10, 1), date(2024, 12, 31), 193527 * k, "value"),
                                                   (date(2023, 10, 1), date(2023, 12, 31), 160111 * k, "value")}
    # the growth rate is no value of a period
    assert {g[3] for g in got} == {"value", "yoy_percent"}
    (t,) = doc.tables
    assert [c.role for c in t.columns] == ["value", "value", "yoy_percent"]


def test_a_short_row_keeps_the_cell_of_its_column(tmp_path):
    """A pipe rendering that prints every cell of a short row keeps its figure in its column's cell: "(1,044" stands
    in the cell of "194,571" (the 2024 column), though the full rows print a "$" cell before their figures where the
    short row prints an empty one; it had been column_unknown."""
    p = tmp_path / "frsh.md"
    p.write_text("\n".join(["# Freshworks Reports Fourth Quarter and Full Year 2024 Results", ""] + FRSH) + "\n", encoding="utf-8")
    doc = extract_file(p)
    (c,) = cells(doc, label="Effects of foreign currency")
    assert (c.period.start, c.period.end, c.value.scaleb(c.scale), c.role) == (date(2024, 10, 1), date(2024, 12, 31),
                                                                               Decimal(-1044000), "value")


def test_full_rows_that_disagree_on_cells_place_no_short_row():
    from prxbrl.tables.pipes import _cells_as_printed
    from prxbrl.tables.text_cells import Figure
    from prxbrl.models import Span

    class Rec:
        def __init__(self, cells):
            self.figures = [Figure("1", Span(line=1, start=0, end=1), k, c) for k, c in enumerate(cells)]

    assert _cells_as_printed([Rec([3, 7]), Rec([3, 7])], 2) == {3: 0, 7: 1}
    # one row prints a "$" cell the other does not: the cells say nothing
    assert _cells_as_printed([Rec([3, 7]), Rec([2, 6])], 2) == {}


INFT = Path(__file__).parent / "fixtures" / "inft-q4-2024-tables.md"  # Infinity Bancorp Q4 2024, lines 68-131


def test_a_figure_printed_to_the_cent_takes_no_inferred_thousands(tmp_path):
    """Infinity Bancorp (never seen): "| Book value of common stock |  | **$** | **11.79** |  |  | $ | 11.50 |  |  | $ |
    10.20 |" prints its figures in the cells of the three quarter columns (now placed by their cells); its table
    states no scale and takes thousands from the note over the statement above it. A figure printed to the cent is
    no amount in thousands ($11,790 of book value): whole dollars or per share, which is not said; it is excluded."""
    doc = extract_file(INFT)
    assert not cells(doc, label="Book value of common stock")
    assert {t.reason for t in doc.tokens if t.span.line == 65} == {"scale_undetermined"}  # the release's line 130
    # the statement's money keeps its thousands
    loans = {c.value.scaleb(c.scale) for c in cells(doc, label="Loans") if c.period.end == date(2024, 12, 31)}
    assert Decimal(5159000) in loans
