"""A label that dates its figure at the start or end of the period is a balance, never a flow the index finds for its
other words. Reddit Q1 2026 (fixtures/reddit-q1-2026.txt, line 334, its cash-flow statement run together on one line):
"... Cash and cash equivalents at the end of the period $ 1,374,348 $ 635,727" in a table read as an income statement
had become us-gaap:InterestIncomeDepositsWithFinancialInstitutions (interest income, a flow over the quarter)."""

from pathlib import Path

from conftest import plain_facts

FIXTURE = Path(__file__).parent / "fixtures" / "reddit-q1-2026.txt"


def test_a_balance_at_the_end_of_the_period_is_no_flow(tmp_path):
    facts = plain_facts(FIXTURE, tmp_path / "out")
    at_end = [r for r in facts if r["label"] == "Cash and cash equivalents at the end of the period"]
    assert all(not r["period_start"] for r in at_end), at_end
    assert not [r for r in facts if r["concept"] == "us-gaap:InterestIncomeDepositsWithFinancialInstitutions"]
