"""Which way a line item goes, as the label's head and the statement's order say it: real lines of releases the
converter had never seen (United Fire Group Q4 2024, Farmers & Merchants Bancshares FY2024; 8-K exhibits, public)."""

import csv

from prxbrl.mapping.choose import Context, choose, unit_kind
from prxbrl.mapping.structural import after_net_income
from prxbrl.pipeline import convert

# United Fire Group, Q4 2024, "Income Statement" (supplemental tables), the expenses part
UNITED_FIRE = """\
| Income Statement | | | | | | | | | | | | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| (Unaudited) | Three Months Ended December 31, | | | | | | |  | Twelve Months Ended December 31, | | | | | | |
| (In thousands) |  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |
| Revenues |  | | |  |  | | |  |  | | |  |  | | |
| Net earned premiums | $ | 308,137 |  |  | $ | 264,366 |  |  | $ | 1,176,750 |  |  | $ | 1,034,587 |  |
| Net investment income |  | 23,156 |  |  |  | 19,098 |  |  |  | 81,986 |  |  |  | 59,606 |  |
| Net investment gains (losses) |  | (1,318 | ) |  |  | 3,855 |  |  |  | (5,429 | ) |  |  | 1,274 |  |
| Other income (loss) |  | 3,200 |  |  |  | — |  |  |  | — |  |  |  | — |  |
| Total revenues | $ | 333,175 |  |  | $ | 287,319 |  |  | $ | 1,253,307 |  |  | $ | 1,095,467 |  |
|  |  | | |  |  | | |  |  | | |  |  | | |
| Benefits, losses and expenses |  | | |  |  | | |  |  | | |  |  | | |
| Losses and loss settlement expenses | $ | 176,486 |  |  | $ | 171,289 |  |  | $ | 744,605 |  |  | $ | 769,414 |  |
| Amortization of deferred policy acquisition costs |  | 76,834 |  |  |  | 63,291 |  |  |  | 281,338 |  |  |  | 244,991 |  |
| Other underwriting expenses |  | 37,410 |  |  |  | 27,569 |  |  |  | 140,942 |  |  |  | 115,800 |  |
| Interest expense |  | 2,481 |  |  |  | 869 |  |  |  | 7,281 |  |  |  | 3,260 |  |
| Other non-underwriting expenses |  | 419 |  |  |  | 170 |  |  |  | 2,107 |  |  |  | 1,723 |  |
| Total benefits, losses and expenses | $ | 293,630 |  |  | $ | 263,188 |  |  | $ | 1,176,273 |  |  | $ | 1,135,188 |  |
|  |  | | |  |  | | |  |  | | |  |  | | |
| Income (loss) before income taxes | $ | 39,545 |  |  | $ | 24,131 |  |  | $ | 77,034 |  |  | $ | (39,721 | ) |
| Federal income tax expense (benefit) |  | 8,103 |  |  |  | 4,523 |  |  |  | 15,077 |  |  |  | (10,021 | ) |
| Net income (loss) | $ | 31,442 |  |  | $ | 19,608 |  |  | $ | 61,957 |  |  | $ | (29,700 | ) |
"""


def _facts(tmp_path, text: str) -> list[dict]:
    src = tmp_path / "release.md"
    src.write_text(text, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_an_expense_among_expenses_is_no_element_of_both_directions_whose_balance_is_a_credit(tmp_path):
    # "Other non-underwriting expenses 419" was us-gaap:NonoperatingIncomeExpense +419 (a credit: other income of
    # 419); filers print "Other expense" for both it and OtherNonoperatingExpense, and the label says an expense
    rows = [r for r in _facts(tmp_path, UNITED_FIRE) if r["label"] == "Other non-underwriting expenses"]
    assert {(r["concept"], r["value"]) for r in rows} == {
        ("us-gaap:OtherNonoperatingExpense", v) for v in ("419000", "170000", "2107000", "1723000")}


def test_losses_and_loss_settlement_expenses_are_no_gain_or_loss_on_litigation(tmp_path):
    # an insurer's claims: they had been us-gaap:GainLossRelatedToLitigationSettlement (a filer's "Settlement
    # expense, net"), a credit of both directions, under a label that names only expenses
    rows = [r for r in _facts(tmp_path, UNITED_FIRE) if r["label"] == "Losses and loss settlement expenses"]
    assert len(rows) == 4
    assert not any("Litigation" in r["concept"] for r in rows)


def test_other_comprehensive_income_stands_after_net_income_only():
    # Farmers & Merchants Bancshares FY2024, noninterest income: "Gain (loss) on sale of debt securities 18,708" had
    # been us-gaap:OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax, an OCI element (a
    # filer's "Net unrealized gain on available-for-sale debt securities"), above net income
    labels = ("Noninterest income", "Service charges on deposit accounts", "Mortgage banking income",
              "Gain (loss) on sale of debt securities", "Total noninterest income", "Income before income taxes",
              "Income taxes", "Net income", "Unrealized gain (loss) on available-for-sale debt securities")
    assert not after_net_income(labels, 3)
    assert after_net_income(labels, 8)
    ctx = Context(statement="I", period="d", unit=unit_kind("USD"), labels=labels, position=3, nci=False)
    chosen = choose("Gain (loss) on sale of debt securities", ctx).qname
    assert chosen is None or "ComprehensiveIncome" not in chosen


# Intelligent Bio Solutions Q2 FY2025 (8-K exhibit): expenses printed as deductions in every column
INBS = """\
| Intelligent Bio Solutions Inc.Condensed Consolidated Statements of Operations and Other Comprehensive Income (Loss)(Unaudited) | | | | | | | | | | | | | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  | | | | | | | | | | | | | | | | |
|  |  | Three months ended December 31, | | | | | |  |  | Six months ended December 31, | | | | | |  |
|  |  | 2024 | |  |  | 2023 | |  |  | 2024 | |  |  | 2023 | |  |
| Revenue |  | $ | 607,494 |  |  | $ | 764,063 |  |  | $ | 1,479,781 |  |  | $ | 1,560,157 |  |
| Cost of revenue (exclusive of amortization shown separately below) |  |  | (384,381 | ) |  |  | (564,815 | ) |  |  | (909,867 | ) |  |  | (1,128,578 | ) |
| Gross profit |  |  | 223,113 |  |  |  | 199,248 |  |  |  | 569,914 |  |  |  | 431,579 |  |
| Other income: |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
| Government support income |  |  | 133,640 |  |  |  | 153,204 |  |  |  | 259,768 |  |  |  | 263,075 |  |
| Operating expenses |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
| Selling, general and administrative expenses |  |  | (1,809,114 | ) |  |  | (1,705,044 | ) |  |  | (3,758,130 | ) |  |  | (4,162,104 | ) |
| Development and regulatory approval expenses |  |  | (506,944 | ) |  |  | (348,452 | ) |  |  | (1,455,696 | ) |  |  | (452,399 | ) |
| Depreciation and amortization |  |  | (305,177 | ) |  |  | (290,313 | ) |  |  | (605,599 | ) |  |  | (597,873 | ) |
| Total operating expenses |  |  | (2,621,235 | ) |  |  | (2,343,809 | ) |  |  | (5,819,425 | ) |  |  | (5,212,376 | ) |
| Loss from operations |  |  | (2,264,482 | ) |  |  | (1,991,357 | ) |  |  | (4,989,743 | ) |  |  | (4,517,722 | ) |
"""


def test_an_expense_of_the_companys_own_printed_as_a_deduction_is_positive(tmp_path):
    # "Development and regulatory approval expenses (506,944)" had been its extension (a debit) at -506,944 while the
    # standard expenses beside it were positive
    facts = _facts(tmp_path, INBS)
    dev = {r["value"] for r in facts if r["label"] == "Development and regulatory approval expenses"}
    assert dev == {"506944", "348452", "1455696", "452399"}
    sga = {r["value"] for r in facts if r["label"] == "Selling, general and administrative expenses"}
    assert sga == {"1809114", "1705044", "3758130", "4162104"}


# Imperial Petroleum Q4 2024 (6-K exhibit), the statement of income to income from operations
IMPP = """\
**Imperial Petroleum Inc.**

**Unaudited Consolidated Statements of Income**

(Expressed in United States Dollars, except for number of shares)

|  |  | Quarters Ended December 31, | | | |  |  | Twelve Month Periods Ended December 31, | | | |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  |  | 2023 |  |  | 2024 |  |  | 2023 |  |  | 2024 |  |
|  |  |  |  |  |  |  |  | | | |  |  |
| Revenues |  |  |  |  |  |  |  |  |  |  |  |  |
| Revenues |  | 29,881,814 |  |  | 26,211,665 |  |  | 183,725,820 |  |  | 147,479,980 |  |
| Expenses |  |  |  |  |  |  |  |  |  |  |  |  |
| Voyage expenses |  | 13,470,678 |  |  | 8,122,190 |  |  | 60,276,962 |  |  | 50,168,529 |  |
| Voyage expenses - related party |  | 348,535 |  |  | 338,262 |  |  | 2,253,979 |  |  | 1,856,361 |  |
| Vessels' operating expenses |  | 5,541,258 |  |  | 6,561,878 |  |  | 25,295,851 |  |  | 26,044,734 |  |
| Vessels' operating expenses - related party | | 117,500 |  |  | 89,500 |  |  | 346,583 |  |  | 328,000 |  |
| Drydocking costs |  | 2,454,960 |  |  | 195,418 |  |  | 6,551,534 |  |  | 1,691,361 |  |
| Management fees – related party |  | 364,320 |  |  | 445,280 |  |  | 1,606,440 |  |  | 1,672,440 |  |
| General and administrative expenses |  | 1,173,120 |  |  | 994,777 |  |  | 4,934,468 |  |  | 4,894,070 |  |
| Depreciation |  | 3,485,073 |  |  | 4,466,447 |  |  | 15,629,116 |  |  | 16,991,900 |  |
| Other operating income |  | -- |  |  | -- |  |  | -- |  |  | (1,900,000 | ) |
| Impairment loss |  | -- |  |  | -- |  |  | 8,996,023 |  |  | -- |  |
| Net gain on sale of vessel – related party |  | -- |  |  | -- |  |  | (8,182,777 | ) |  | -- |  |
| Net loss on sale of vessel |  | -- |  |  | -- |  |  | -- |  |  | 1,589,702 |  |
| Total expenses |  | 26,955,444 |  |  | 21,213,752 |  |  | 117,708,179 |  |  | 103,337,097 |  |
| Income from operations |  | 2,926,370 |  |  | 4,997,913 |  |  | 66,017,641 |  |  | 44,142,883 |  |
| Other (expenses)/income |  |  |  |  |  |  |  |  |  |  |  |  |
| Interest and finance costs |  | (11,139 | ) |  | (3,508 | ) |  | (1,821,908 | ) |  | (16,269 | ) |
| Interest expense – related party |  | -- |  |  | (273,114 | ) |  | -- |  |  | (382,051 | ) |
"""


def test_an_income_among_the_expenses_adds_into_their_total_with_its_own_sign(tmp_path):
    # "Other operating income (1,900,000)" and "Net gain on sale of vessel – related party (8,182,777)" print a
    # deduction from "Total expenses"; no US GAAP calculation relates the income (or the company's own gain) to total
    # expenses, but the sum the table prints and the balance types do: both are positive (had been -1,900,000 and
    # -8,182,777), and "Net loss on sale of vessel 1,589,702" stays a loss of 1,589,702
    facts = _facts(tmp_path, IMPP)
    year = {r["label"]: r["value"] for r in facts if r["period_start"] == "2024-01-01"}
    older = {r["label"]: r["value"] for r in facts if r["period_start"] == "2023-01-01"}
    assert year["Other operating income"] == "1900000"
    assert older["Net gain on sale of vessel – related party"] == "8182777"
    assert year["Net loss on sale of vessel"] == "1589702"
    assert year["Total expenses"] == "103337097"
