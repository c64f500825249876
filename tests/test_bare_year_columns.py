"""A column headed by a year alone ("2024 | 2023 | 2022") under titles that name no statement ("Selected Consolidated
Financial Data"): the fiscal year, where the release establishes its year end (Farmers and Merchants Bancshares FY2024,
unseen: its income statement heads "Year Ended December 31,"), a flow over the year and a balance at its end, as the
row's line item or the heading above it says; where nothing establishes the year end, no period, as before."""

import csv
from pathlib import Path

from prxbrl.pipeline import convert

FIXTURES = Path(__file__).parent / "fixtures"
RELEASE = (FIXTURES / "fmfg-fy2024-selected.md").read_text(encoding="utf-8").splitlines()
SELECTED = RELEASE.index("| Farmers and Merchants Bancshares, Inc. | | | | | | | | | |")


def _convert(tmp_path, lines: list[str]):
    src = tmp_path / "release.md"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    return facts, (tmp_path / "out" / "report.md").read_text(encoding="utf-8")


def _line(prefix: str) -> int:
    """The fixture line (1-based) of the selected data table's row that starts with ``prefix``."""
    return 1 + next(i for i in range(SELECTED, len(RELEASE)) if RELEASE[i].startswith(prefix))


def _at(facts, line: int) -> set[tuple]:
    return {(r["concept"], r["period_start"], r["period_end"], r["value"]) for r in facts if r["source_line"] == str(line)}


def test_a_year_alone_is_the_fiscal_year_for_a_flow(tmp_path):
    facts, _ = _convert(tmp_path, RELEASE)
    # a bank's interest income above its net interest income, in a release of 2024: US GAAP 2024's operating interest
    # income (interest_lines)
    assert _at(facts, _line("| Interest income | $ | 38,363,463")) >= {
        ("us-gaap:InterestIncomeOperating", "2022-01-01", "2022-12-31", "26269653")}
    # 2023 and 2024 agree with the income statement's "Year Ended December 31," facts: one fact, two sources
    interest = {(r["period_start"], r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:InterestIncomeOperating"}
    assert ("2023-01-01", "2023-12-31", "31323138") in interest and ("2024-01-01", "2024-12-31", "38363463") in interest
    net = {(r["period_start"], r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetIncomeLoss"}
    assert ("2022-01-01", "2022-12-31", "8090127") in net
    dividends = _at(facts, _line("| Dividends |"))
    assert dividends == {("us-gaap:CommonStockDividendsPerShareCashPaid", f"{y}-01-01", f"{y}-12-31", v)
                         for y, v in (("2024", "0.67"), ("2023", "0.66"), ("2022", "0.63"))}


def test_a_year_alone_is_the_year_end_for_a_balance(tmp_path):
    facts, _ = _convert(tmp_path, RELEASE)
    at_end = _line("| Total assets | $ | 844,643,087")
    assert ("us-gaap:Assets", "", "2022-12-31", "718210672") in _at(facts, at_end)
    assert _at(facts, _line("| Stockholders' equity |  | 56,271,790")) == {
        ("us-gaap:StockholdersEquity", "", f"{y}-12-31", v)
        for y, v in (("2024", "56271790"), ("2023", "52178291"), ("2022", "47774963"))}
    # under "AT PERIOD END" every line is a balance at the year end, whatever its concept
    borrowings = _at(facts, _line("| Borrowings |  | 10,564,103"))
    assert {(start, end, v) for _, start, end, v in borrowings} == {
        ("", f"{y}-12-31", v) for y, v in (("2024", "10564103"), ("2023", "57972871"), ("2022", "40270945"))}


def test_averages_ratios_and_rows_of_no_known_period_type_have_no_fact(tmp_path):
    facts, report = _convert(tmp_path, RELEASE)
    averages = _line("| Total assets | $ | 810,042,767")
    assert not [r for r in facts if r["source_line"] in {str(n) for n in range(averages, averages + 7)}]
    assert not _at(facts, _line("| Book value |"))  # a line of the company's own under "PER SHARE DATA": flow or balance?
    assert not _at(facts, _line("| Return on average equity |"))  # percentages stay as they were: no period
    assert "| period_type_undetermined |" in report
    # basic earnings per share equal to diluted in the statement stay basic
    assert _at(facts, _line("| Net income (Basic) |")) == {("us-gaap:EarningsPerShareBasic", "2022-01-01", "2022-12-31", "2.66")}


def test_a_year_alone_where_nothing_establishes_the_year_end_has_no_period(tmp_path):
    """The selected data table after a quarter's table alone: no year-long column, no sentence states the year end."""
    quarter = ["|  | Three Months Ended December 31, 2024 |", "| --- | --- |", "| Net income | $ 856,080 |", ""]
    facts, report = _convert(tmp_path, quarter + RELEASE[SELECTED:])
    assert {r["source_line"] for r in facts} - {""} == {"3"}  # and the cover facts
    assert "| no_period | 102 |" in report and "period_type_undetermined" not in report
