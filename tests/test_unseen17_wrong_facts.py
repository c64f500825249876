"""Wrong facts on releases no rule was written for, each fixed at its mechanism.

Sources: fixtures/southern-co-q4-2004.txt (The Southern Company's Q4 2004 8-K, EDGAR full submission, whole; line N of
the filing is line N+1 of the fixture), fixtures/shell-qra-q1-2025.md (Shell plc's Q1 2025 quarterly results
announcement as PDF-to-text, whole; line N is line N+1), fixtures/cmuv-fy2024.md (CMUV Bancorp's Q4/FY2024 newswire
release, whole; line N is line N+1), and NVIDIA's Q1 FY2023 release (corpus: nvidia-q1-fy2023.txt line 151)."""

import pytest

from conftest import plain_facts
from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.labels import label_key
from prxbrl.models import Span
from prxbrl.tables.grid import by_position
from prxbrl.tables.rows import Row
from test_unseen10_mapping import FIXTURES


@pytest.fixture(scope="module")
def southern(tmp_path_factory) -> list[dict]:
    return plain_facts(FIXTURES / "southern-co-q4-2004.txt", tmp_path_factory.mktemp("so") / "out")


@pytest.fixture(scope="module")
def shell(tmp_path_factory) -> list[dict]:
    return plain_facts(FIXTURES / "shell-qra-q1-2025.md", tmp_path_factory.mktemp("shell") / "out")


@pytest.fixture(scope="module")
def cmuv(tmp_path_factory) -> list[dict]:
    return plain_facts(FIXTURES / "cmuv-fy2024.md", tmp_path_factory.mktemp("cmuv") / "out")


def test_a_year_and_a_change_one_space_apart_head_two_columns():
    """Southern Company Q4 2004, Exhibit 99.03 ("Significant Factors Impacting EPS"):
        "                                       2004    2003  Change            2004    2003 Change"
        "Consolidated Earnings-               $ 0.24  $ 0.22   $0.02           $2.04   $1.97  $0.07"
    "2003 Change" (one space) had been one phrase over both "$1.97" and "$0.07": the 2003 year's figure a change."""
    line = "                                       2004    2003  Change            2004    2003 Change"
    frags = [(t, Span(line=679, start=a, end=a + len(t)), (float(a), float(a + len(t))))
             for t, a in (("2004", 39), ("2003", 47), ("Change", 53), ("2004", 71), ("2003 Change", 79))]
    row = Row(line=679, kind="text", label=line.strip(), label_span=None, cells=[], fragments=frags)
    columns = [(37.0, 43.0), (45.0, 51.0), (54.0, 60.0), (70.0, 75.0), (78.0, 83.0), (85.0, 91.0)]
    grid = by_position([row], columns, "fixed")
    assert [grid.text(i) for i in range(6)] == ["2004", "2003", "Change", "2004", "2003", "Change"]


def test_a_date_one_space_apart_stays_one_phrase():
    """Sears Q2 2004 (corpus): "June 28, 2003" over two columns of figures is one date, not "June" and "28, 2003"."""
    frags = [("June 28, 2003", Span(line=5, start=41, end=54), (41.0, 54.0))]
    row = Row(line=5, kind="text", label="June 28, 2003", label_span=None, cells=[], fragments=frags)
    grid = by_position([row], [(42.0, 46.0), (51.0, 55.0)], "fixed")
    assert grid.text(0) == grid.text(1) == "June 28, 2003"


def test_earnings_per_share_excluding_one_time_items_printed_again_is_no_reported_eps(southern):
    """Southern Company Q4 2004: Exhibit 99.02 prints "- - Excluding One-Time Items (See Notes)  $ 0.24  $ 0.22
    $ 2.04  $ 1.97" under "Basic Earnings Per Share-(Notes)" (and "- - As Reported  $ 0.27 ..."); Exhibit 99.03's
    "Consolidated Earnings-  $ 0.24  $ 0.22  $0.02  $2.04  $1.97  $0.07" is the same measure. It had been
    us-gaap:EarningsPerShareBasic 0.24 (and $1.97 a change): now the company's own line item, 1.97 its 2003 figure."""
    assert not [r for r in southern if r["concept"] == "us-gaap:EarningsPerShareBasic" and r["value"] in ("0.24", "0.22", "2.04", "1.97")]
    own = {(r["period_start"], r["value"]) for r in southern if r["concept"] == "so:BasicEarningsPerShareExcludingOneTimeItems"}
    assert own == {("2004-10-01", "0.24"), ("2003-10-01", "0.22"), ("2004-01-01", "2.04"), ("2003-01-01", "1.97")}


def test_debt_in_a_summary_of_quarters_is_a_balance_at_the_quarter_end(shell):
    """Shell Q1 2025, "SUMMARY OF UNAUDITED RESULTS" under "Quarters $ million / Q1 2025 Q4 2024 Q1 2024":
        "76,511 77,078 79,931 Total debt E"
        "41,521 38,809 40,513 Net debt E"
    had been durations over the quarters. Total debt is word for word the label of balances (LongTermDebt, ...) in
    nearly all filer uses: instants at the quarters' ends. Net debt is filers' word for flows nearly as often
    (ProceedsFromRepaymentsOfShortTermDebt): no fact rather than a guess; never a duration."""
    debt = {(r["period_start"], r["period_end"], r["value"]) for r in shell if r["label"] == "Total debt E"}
    assert debt == {("", "2025-03-31", "76511000000"), ("", "2024-12-31", "77078000000"), ("", "2024-03-31", "79931000000")}
    assert not [r for r in shell if r["label"] == "Net debt E" and r["period_start"]]


def test_totals_of_several_line_items_are_the_banks_own(cmuv):
    """CMUV FY2024 under "BALANCE SHEET": "Total Earning Assets $ 295,885,707" (= cash + investments + gross loans -
    ACL) had been us-gaap:Investments; "Total Stock, Equity, Retained Earnings $ 33,377,158" (with "Net Income" it
    adds up to "TOTAL EQUITY/CAPITAL") us-gaap:RetainedEarningsAccumulatedDeficit."""
    got = {r["label"]: r["concept"] for r in cmuv}
    assert got["Total Earning Assets"] == "cmuv:TotalEarningAssets"
    assert got["Total Stock, Equity, Retained Earnings"].startswith("cmuv:")
    # a line item of its own is no total of several: not made the bank's own by that rule. (Its former
    # us-gaap:LongTermInvestments names a term this balance sheet says nowhere: qualifiers.unsaid_term, wrong3)
    assert got["Total Investments"] in ("us-gaap:Investments", "cmuv:TotalInvestments")
    assert got["TOTAL EQUITY/CAPITAL"] == "us-gaap:StockholdersEquity"


def test_non_affiliates_spaced_is_not_affiliates():
    """NVIDIA Q1 FY2023: "Losses (gains) on investments in non affiliates, net 17 (133)" had been
    us-gaap:IncomeLossFromEquityMethodInvestments (investees it has significant influence over): "non affiliates"
    is "non-affiliates", not affiliates."""
    assert label_key("Losses (gains) on investments in non affiliates, net") == label_key("Losses (gains) on investments in non-affiliates, net")
    ch = choose("Losses (gains) on investments in non affiliates, net", Context(statement="C", unit="money", period="d"))
    assert ch.qname != "us-gaap:IncomeLossFromEquityMethodInvestments"
