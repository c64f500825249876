"""A statement of flows headed by dates alone, its length proved by a figure the prose states. CMUV Bancorp's 2024
results (fixtures/cmuv-fy2024-statements.md, lines 1-13 of unseen16/cmuv-fy2024.md, one run-on line of tables): the
headline says "2024 4th Quarter Financial Results", the tables' title "For Quarter Ending December 31, 2024", and
"STATEMENT OF INCOME AND EXPENSE December 31, 2024 December 31, 2023" heads the income statement; the prose says
"Earnings for the year ending December 31, 2024, were $4,156,350", the statement's "NET INCOME $ 4,156,350  $  4,004,744".
The columns are the years 2024 and 2023; the "FINANCIAL RATIOS" run on after it ("Net Income - Quarter",
"Earnings Per Share (Basic) - Quarter", book values) are no flows of the year and stay excluded."""

from pathlib import Path

from conftest import plain_facts

FIXTURE = Path(__file__).parent / "fixtures" / "cmuv-fy2024-statements.md"


def test_the_year_the_prose_states_a_figure_for(tmp_path):
    """Before, every cell of the statement was excluded as period_length_undetermined."""
    facts = plain_facts(FIXTURE, tmp_path / "out")
    flows = {(r["label"], r["period_start"], r["period_end"], r["value"]) for r in facts if r["period_start"]}
    assert ("NET INCOME", "2024-01-01", "2024-12-31", "4156350") in flows
    assert ("NET INCOME", "2023-01-01", "2023-12-31", "4004744") in flows
    assert ("Total Interest Income", "2024-01-01", "2024-12-31", "17885742") in flows
    assert ("Income Tax Expense", "2023-01-01", "2023-12-31", "1527533") in flows
    labels = {r["label"] for r in facts}
    assert not labels & {"Net Income - Quarter", "Earnings Per Share (Basic) - Quarter", "Book Value - Basic (CVB - Bank)",
                         "Total Shares (Oustanding/Exercised)", "Return on Average Equity (ROAE)"}
