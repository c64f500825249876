"""A footnote reference after a column's date ("February 3, 2024 (1)") is no member of the column.

Buckle Q3 FY2024 (``../shared/corpus/buckle-q3-fy2024.html``) heads its balance sheet's middle column
"February 3, 2024 (1)" (the footnote: derived from the audited statements). Rendered as markdown, the cell keeps the
reference beside the date, and the "1" had become a member (bke:X1Member on us-gaap:StatementBusinessSegmentsAxis) of
all 28 balances at that date. Found by converting the corpus's HTML releases rendered as markdown.
"""

from datetime import date
from decimal import Decimal

import pytest

from prxbrl.extract import extract_file
from prxbrl.tables.headers import parse_header

from conftest import cells

# buckle-q3-fy2024.html's balance sheet, its first rows, as a markdown rendering prints them
BUCKLE = [
    "THE BUCKLE, INC.",
    "CONSOLIDATED BALANCE SHEETS",
    "(Amounts in Thousands Except Share and Per Share Amounts)",
    "(Unaudited)",
    "",
    "| ASSETS |  |  | November 2, 2024 |  |  |  |  |  | February 3, 2024 (1) |  |  |  |  |  | October 28, 2023 |  |  |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    "| CURRENT ASSETS: |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |",
    "| Cash and cash equivalents |  |  | $ | 301,958 |  |  |  |  | $ | 268,213 |  |  |  |  | $ | 311,657 |  |",
    "| Short-term investments |  |  | 23,482 |  |  |  |  |  | 22,210 |  |  |  |  |  | 23,446 |  |  |",
]


@pytest.mark.parametrize("text", ["February 3, 2024 (1)", "February 3, 2024(1)", "December 31, 2024 (a)(b)"])
def test_the_reference_is_dropped(text):
    assert [it.kind for it in parse_header(text)] == ["period"]


def test_words_after_the_reference_stay():
    assert [(it.kind, it.text) for it in parse_header("December 31, 2024 (1) Adjusted")][1:] == [("text", "Adjusted")]


def test_a_reference_alone_is_still_read_as_printed():
    assert [it.kind for it in parse_header("(1)")] == ["text"]


def test_the_balances_at_the_footnoted_date_have_no_member(tmp_path):
    p = tmp_path / "bke.md"
    p.write_text("\n".join(["# The Buckle, Inc. Reports Third Quarter Net Income", ""] + BUCKLE) + "\n", encoding="utf-8")
    doc = extract_file(p)
    got = {c.period.end: (c.value.scaleb(c.scale), c.dimension) for c in cells(doc, label="Cash and cash equivalents")}
    assert got[date(2024, 2, 3)] == (Decimal(268213000), got[date(2024, 11, 2)][1])
    assert not got[date(2024, 2, 3)][1]
