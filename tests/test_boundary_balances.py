"""A balance a label dates at the start or end of its column's period, outside the statements
(``labels.stated_boundary``, ``indexed.index_choice``).

PrairieSky Royalty Q4 2024 (tests/fixtures/prairiesky-q4-2024-highlights.md, line 25): "Shares outstanding at period
end | 239.0 | 239.0 | 239.0 | 239.0 | 239.0" under "Three months ended December 31 2024 / September 30 2024 / December
31 2023" and "Year ended December 31 2024 / 2023" ($ millions). Its dating words kept the highlights' row below the
similarity the index needs outside the statements: ``prairiesky:SharesOutstandingAtPeriodEnd``. Without them the row
is us-gaap:CommonStockSharesOutstanding, at each column's end.

Peoples Financial Q4 2024 (benchmarks/unseen/pfbx-q4-2024.md, lines 155 and 213): "Allowance for credit losses on
loans, beginning of period" / "..., end of period" in the allowance roll-forward: a standard balance the index finds
for such a label is dated at the start of the column's period where the label says beginning (the day before it),
not at the column's end."""

from __future__ import annotations

from pathlib import Path

from conftest import plain_facts

from prxbrl.mapping.choose import Context
from prxbrl.mapping.indexed import index_choice
from prxbrl.mapping.labels import stated_boundary
from prxbrl.models import LineItem

FIXTURES = Path(__file__).parent / "fixtures"


def test_shares_outstanding_at_period_end_in_highlights(tmp_path):
    facts = plain_facts(FIXTURES / "prairiesky-q4-2024-highlights.md", tmp_path / "out")
    rows = [r for r in facts if r["source_line"] == "25"]
    assert {(r["concept"], r["period_start"], r["period_end"], r["value"]) for r in rows} == {
        ("us-gaap:CommonStockSharesOutstanding", "", end, "239000000") for end in ("2024-12-31", "2024-09-30", "2023-12-31")}


def test_the_dating_words_and_the_balance_they_date():
    assert stated_boundary("Allowance for credit losses on loans, beginning of period") == ("start", "Allowance for credit losses on loans")
    assert stated_boundary("Allowance for credit losses on loans, end of period") == ("end", "Allowance for credit losses on loans")
    assert stated_boundary("Shares outstanding at period end") == ("end", "Shares outstanding")
    assert stated_boundary("Provision for (reduction of ) loan losses") is None


def test_a_standard_balance_dated_at_the_start_of_the_column():
    label = "Allowance for credit losses on loans, beginning of period"
    item = LineItem(id="r1", label=label, line=155, cells=[])
    ic = index_choice(label, item, "income", Context(period="d", unit="money"), (), set())
    assert ic is not None and ic.period_mode == "start"
