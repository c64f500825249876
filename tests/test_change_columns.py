"""A column of changes beside period columns ("Growth Rates", "% Change", "Change", "Variance") is no period: its
cells are excluded as derived, the period columns beside it read.

Freshworks Q4 2024 (never seen) prints its constant-currency revenue under "Three Months Ended December 31," over
"2024 | 2023 | Growth Rates": the words "Growth Rates" made the line no header, and the whole table was lost
(no_period)."""

from datetime import date
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
