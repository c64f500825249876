"""Statements of flows whose columns are headed by a date alone (Royalty Management Holding, FY2024, a flattened HTML
release: one cell a line; /work/unseen14/rmco-fy2024.md, excerpt in fixtures/rmco-fy2024-flows-excerpt.md: its
statement of operations, the top of its balance sheet and its cash flow, lines copied as printed):

    STATEMENTS OF OPERATIONS
    Dec. 31,
     2024
    Dec. 31,
     2023
    ...
     NET LOSS
    (114,261
    )

The columns had been read as balances at 2024-12-31 and 2023-12-31: the income statement's and the cash flow's rows
became point-in-time extensions (rmco:NETLOSS, instant, +114261), flows with a standard concept were dropped
(period_type_mismatch) and "Cash – Beginning of Year 372,286" stood at 2024-12-31 beside the closing cash 309,488.
The prose states the year ("... results for the year ending December 31, 2024"): each column is the year ending on
its date. Without that, the length is unknown and the cells are excluded, never instants."""

import csv
import json
from datetime import date
from pathlib import Path

from prxbrl.pipeline import convert

FIXTURES = Path(__file__).parent / "fixtures"
NAME = "rmco-fy2024-flows-excerpt.md"
YEAR = "results for the year ending December 31, 2024"


def _convert(tmp_path, text: str) -> tuple[list[dict], dict]:
    src = tmp_path / NAME
    src.write_text(text, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    return facts, report


def _source() -> str:
    text = (FIXTURES / NAME).read_text(encoding="utf-8")
    assert YEAR in text
    return text


def test_date_alone_over_a_statement_of_flows_is_the_year_the_release_reports(tmp_path):
    facts, _ = _convert(tmp_path, _source())
    got = {(r["concept"], r["period_start"], r["period_end"], r["value"]) for r in facts}
    assert ("us-gaap:NetIncomeLoss", "2024-01-01", "2024-12-31", "-114261") in got
    assert ("us-gaap:NetIncomeLoss", "2023-01-01", "2023-12-31", "-1113645") in got
    assert ("us-gaap:EarningsPerShareBasic", "2024-01-01", "2024-12-31", "-0.01") in got
    assert ("us-gaap:OperatingIncomeLoss", "2024-01-01", "2024-12-31", "-312358") in got
    assert ("us-gaap:NetCashProvidedByUsedInOperatingActivities", "2024-01-01", "2024-12-31", "646290") in got
    # " Cash – Beginning of Year" / "372,286" / "610,143": the cash at the end of the year before
    cash = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    assert (cash, "", "2023-12-31", "372286") in got
    assert (cash, "", "2022-12-31", "610143") in got
    assert (cash, "", "2024-12-31", "309488") in got
    # no row of a statement of flows is a point in time but the cash balances
    instants = {r["concept"] for r in facts if not r["period_start"] and r["table"] in ("t01", "t03")}
    assert instants == {cash}
    # the balance sheet under the same "Dec. 31," / " 2024" header: balances at those dates
    assert ("us-gaap:CashAndCashEquivalentsAtCarryingValue", "", "2024-12-31", "114138") in got
    assert ("us-gaap:AssetsCurrent", "", "2023-12-31", "700322") in got


def test_without_the_year_stated_the_columns_have_no_length_and_no_fact(tmp_path):
    facts, report = _convert(tmp_path, _source().replace(YEAR, "results for 2024"))
    assert {r["table"] for r in facts if not r["concept"].startswith("dei:")} == {"t02"}  # the balance sheet alone
    reasons = {c["reason"] for c in report["cells"] if c["status"] == "excluded" and c["raw"] in ("(114,261", "372,286")}
    assert reasons == {"period_length_undetermined"}


def test_a_title_that_states_the_length_gives_it(tmp_path):
    """The same statement under a title that states its periods (a line set under "STATEMENTS OF OPERATIONS", the
    prose's year taken out): each column is the year its title states; the cash flow, whose title states none, is
    excluded."""
    text = _source().replace(YEAR, "results for 2024").replace(
        " STATEMENTS OF OPERATIONS\n", " STATEMENTS OF OPERATIONS\n\n For the Years Ended December 31, 2024 and 2023\n", 1)
    facts, report = _convert(tmp_path, text)
    got = {(r["concept"], r["period_start"], r["period_end"], r["value"]) for r in facts}
    assert ("us-gaap:NetIncomeLoss", "2024-01-01", "2024-12-31", "-114261") in got
    assert ("us-gaap:EarningsPerShareBasic", "2023-01-01", "2023-12-31", "-0.08") in got
    assert not [r for r in facts if r["table"] == "t03"]


def test_a_statement_of_flows_classified_by_another_title_mints_no_instant_flows(tmp_path):
    """" CASH FLOW STATEMENT" over the same dated columns: the table is a cash flow (its kind), though its title is
    none that states periods; its columns stay dates. Its flows are no balances at those dates, and the opening cash
    has no date (the period's start is not known): only the closing cash is a fact."""
    text = _source().replace(" STATEMENTS OF CASH FLOWS\n", " CASH FLOW STATEMENT\n")
    facts, report = _convert(tmp_path, text)
    got = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["table"] == "t03"}
    cash = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    assert (cash, "2024-12-31", "309488") in got
    assert not [r for r in facts if r["label"] in ("Cash – Beginning of Year", "Net Loss", "Shares Buyback")]
    by_raw = {c["raw"]: c["reason"] for c in report["cells"] if c["status"] == "excluded" and c["table"] == "t03"}
    assert by_raw["610,143"] == "period_start_undetermined"
    assert by_raw["(28,687"] == "period_type_mismatch"


def test_a_year_stated_beside_its_fourth_quarter_is_no_length_for_a_date_alone():
    """A release of the fourth quarter and the year: a date alone over a column of flows is either."""
    from prxbrl.fiscal_calendar import reported_year_ends

    lines = ["Royalty Management Holding Corporation today announced results for the year ending December 31, 2024"]
    assert reported_year_ends(lines) == {date(2024, 12, 31)}
    assert reported_year_ends(lines + ["Revenue for the fourth quarter rose 10%."]) == frozenset()
    assert reported_year_ends(lines + ["For the three months ended December 31, 2024, revenue rose."]) == frozenset()
    # an outlook for the next year beside a quarter ending on the same day: no year of a date alone either
    assert reported_year_ends(lines + ["For the quarter ended December 31, revenue rose.",
                                       "For the year ending December 31, 2025 we expect growth."]) == frozenset()
