"""A line item that names a balance by what it is, under columns of periods. Teleste's financial statement release for
2024 (fixtures/teleste-fy2024-key-figures.md, the release's opening lines and its key figures table, lines 77-98 of
unseen15/teleste-fy2024.md) heads "| EUR million | 10–12 2024 | 10–12 2023 | Change | 1–12 2024 | 1–12 2023 | Change |"
and prints the order book and the balance-sheet ratios under the year columns only:
"| Order book |  |  |  | 118.3 | 125.9 | -6.1% |", "| Net gearing, % |  |  |  | 46% | 52% |  |",
"| Equity ratio, % |  |  |  | 45% | 45% |  |". They are balances at the end of each year, not flows over it."""

from pathlib import Path

from conftest import plain_facts

FIXTURE = Path(__file__).parent / "fixtures" / "teleste-fy2024-key-figures.md"


def _rows(tmp_path):
    facts = plain_facts(FIXTURE, tmp_path / "out")
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    at = {t.split("|")[1].strip(): str(i + 1) for i, t in enumerate(lines) if t.startswith("| ")}
    return facts, at


def test_order_book_and_balance_sheet_ratios_at_the_year_end(tmp_path):
    """Read with the column's period, each was a flow over the year (2024-01-01..2024-12-31): the order book and the
    ratios are dated at the end of each year now."""
    facts, at = _rows(tmp_path)
    got = {(r["label"], r["period_start"], r["period_end"], r["value"]) for r in facts
           if r["source_line"] in (at["Order book"], at["Net gearing, %"], at["Equity ratio, %"])}
    assert got == {
        ("Order book", "", "2024-12-31", "118300000"),
        ("Order book", "", "2023-12-31", "125900000"),
        ("Net gearing, %", "", "2024-12-31", "0.46"),
        ("Net gearing, %", "", "2023-12-31", "0.52"),
        ("Equity ratio, %", "", "2024-12-31", "0.45"),
        ("Equity ratio, %", "", "2023-12-31", "0.45"),
    }


def test_flows_beside_them_keep_their_periods(tmp_path):
    """"Orders received | 36.3 | 32.1 | 13.2% | 124.9 | 149.6 | -16.5% |" is a flow: its quarter and year stay."""
    facts, at = _rows(tmp_path)
    got = {(r["period_start"], r["period_end"], r["value"]) for r in facts if r["source_line"] == at["Orders received"]}
    assert ("2024-01-01", "2024-12-31", "124900000") in got and ("2024-10-01", "2024-12-31", "36300000") in got
