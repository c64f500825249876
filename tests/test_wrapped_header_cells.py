"""Column headers wrapped over two lines of a ``|``-rendered table: "% of" over "GWP" heads one column, "Amount" the
column before it (``tables.wrapped_headers``); a period over a line of years and roles still spans its columns.

Source: Palomar Holdings, Inc. Q4 2024 earnings release (unseen12/palomar-q4-2024.md, also
tests/fixtures/palomar-q4-2024.md): gross written premiums by state (lines 355-375) and the loss detail table
(lines 405-415), as printed."""

from pathlib import Path

from prxbrl.extract import extract_file

STATE = """Palomar Holdings, Inc. Reports Fourth Quarter and Full Year 2024 Results

| Total Gross Written Premiums | $ | 1,541,962 |  |  | 100.0 | % |  | $ | 1,141,558 |  |  |  | 100.0 | % |  | $ | 400,404 |  |  |  | 35.1 | % |

(1) - Beginning in 2024, the Company has updated the categorization of its products to align with management's current strategy and view of the business. Prior year amounts have been reclassified for comparability purposes. The recategorization is for presentation purposes only and does not impact overall gross written premiums.

|  | Three Months Ended December 31, | | | | | | | | | | | | | | |  | Year Ended December 31, | | | | | | | | | | | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  | 2024 | | | | | | |  | 2023 | | | | | | |  | 2024 | | | | | | |  | 2023 | | | | | | |
|  | ($ in thousands) | | | | | | | | | | | | | | |  | ($ in thousands) | | | | | | | | | | | | | | |
|  |  |  |  |  | % of | | |  |  |  |  |  | % of | | |  |  |  |  |  | % of | | |  |  |  |  |  | % of | | |
|  | Amount | | |  | GWP | | |  | Amount | | |  | GWP | | |  | Amount | | |  | GWP | | |  | Amount | | |  | GWP | | |
| State |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
| California | $ | 157,786 |  |  |  | 42.2 | % |  | $ | 165,342 |  |  |  | 54.5 | % |  | $ | 668,635 |  |  |  | 43.4 | % |  | $ | 600,791 |  |  |  | 52.6 | % |
| Texas |  | 28,002 |  |  |  | 7.5 | % |  |  | 22,740 |  |  |  | 7.5 | % |  |  | 124,416 |  |  |  | 8.1 | % |  |  | 95,517 |  |  |  | 8.4 | % |
| Hawaii |  | 18,636 |  |  |  | 5.0 | % |  |  | 11,562 |  |  |  | 3.8 | % |  |  | 72,558 |  |  |  | 4.7 | % |  |  | 47,388 |  |  |  | 4.2 | % |
| Washington |  | 16,007 |  |  |  | 4.3 | % |  |  | 14,124 |  |  |  | 4.7 | % |  |  | 57,900 |  |  |  | 3.8 | % |  |  | 49,494 |  |  |  | 4.3 | % |
| New York |  | 14,756 |  |  |  | 3.9 | % |  |  | 6,775 |  |  |  | 2.2 | % |  |  | 38,919 |  |  |  | 2.5 | % |  |  | 18,424 |  |  |  | 1.6 | % |
| Florida |  | 8,855 |  |  |  | 2.4 | % |  |  | 11,286 |  |  |  | 3.7 | % |  |  | 67,008 |  |  |  | 4.3 | % |  |  | 47,595 |  |  |  | 4.2 | % |
| Oregon |  | 8,298 |  |  |  | 2.2 | % |  |  | 6,307 |  |  |  | 2.1 | % |  |  | 29,550 |  |  |  | 1.9 | % |  |  | 23,220 |  |  |  | 2.0 | % |
| Illinois |  | 7,176 |  |  |  | 1.9 | % |  |  | 6,697 |  |  |  | 2.2 | % |  |  | 20,901 |  |  |  | 1.4 | % |  |  | 22,340 |  |  |  | 2.0 | % |
| Other |  | 114,207 |  |  |  | 30.6 | % |  |  | 58,319 |  |  |  | 19.2 | % |  |  | 462,075 |  |  |  | 30.0 | % |  |  | 236,789 |  |  |  | 20.7 | % |
| Total Gross Written Premiums | $ | 373,723 |  |  |  | 100.0 | % |  | $ | 303,152 |  |  |  | 100.0 | % |  | $ | 1,541,962 |  |  |  | 100.0 | % |  | $ | 1,141,558 |  |  |  | 100.0 | % |

"""

LOSSES = """Palomar Holdings, Inc. Reports Fourth Quarter and Full Year 2024 Results

|  | Three Months Ended | | | | | | |  |  |  |  |  |  |  |  |  | Year Ended | | | | | | |  |  |  |  |  |  |  |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  | December 31, | | | | | | |  |  |  |  |  |  |  |  |  | December 31, | | | | | | |  |  |  |  |  |  |  |  |
|  | 2024 | | |  | 2023 | | |  | Change | | |  | % Change | | |  | 2024 | | |  | 2023 | | |  | Change | | |  | % Change | | |
|  | ($ in thousands) | | | | | | | | | | | | | | |  | ($ in thousands) | | | | | | | | | | | | | | |
| Catastrophe losses | $ | 8,122 |  |  | $ | 10 |  |  | $ | 8,112 |  |  |  | NM |  |  | $ | 27,846 |  |  | $ | 3,442 |  |  | $ | 24,404 |  |  |  | NM |  |
| Non-catastrophe losses |  | 29,054 |  |  |  | 17,886 |  |  |  | 11,168 |  |  |  | 62.4 | % |  |  | 106,913 |  |  |  | 69,150 |  |  |  | 37,763 |  |  |  | 54.6 | % |
| Total losses and loss adjustment expenses | $ | 37,176 |  |  | $ | 17,896 |  |  | $ | 19,280 |  |  |  | 107.7 | % |  | $ | 134,759 |  |  | $ | 72,592 |  |  | $ | 62,167 |  |  |  | 85.6 | % |
| Catastrophe loss ratio |  | 5.6 | % |  |  | 0.0 | % |  |  |  |  |  |  |  |  |  |  | 5.5 | % |  |  | 1.0 | % |  |  |  |  |  |  |  |  |
| Non-catastrophe loss ratio |  | 20.1 | % |  |  | 19.1 | % |  |  |  |  |  |  |  |  |  |  | 20.9 | % |  |  | 20.0 | % |  |  |  |  |  |  |  |  |
| Total loss ratio |  | 25.7 | % |  |  | 19.1 | % |  |  |  |  |  |  |  |  |  |  | 26.4 | % |  |  | 21.0 | % |  |  |  |  |  |  |  |  |

NM-Not meaningful
"""


def _tables(tmp_path: Path, text: str):
    src = tmp_path / "release.md"
    src.write_text(text, encoding="utf-8")
    return [t for t in extract_file(src).tables if t.columns]


def test_percent_of_wrapped_over_its_column_only(tmp_path):
    table = _tables(tmp_path, STATE)[-1]
    # was: four "% of" over eight columns by order, every column a percent of the total (the amounts excluded)
    assert [c.role for c in table.columns] == ["value", "percent_of_total"] * 4
    assert [c.period.end.isoformat() for c in table.columns] == ["2024-12-31"] * 2 + ["2023-12-31"] * 2 + ["2024-12-31"] * 2 + ["2023-12-31"] * 2
    assert [c.period.start.isoformat() for c in table.columns[::2]] == ["2024-10-01", "2023-10-01", "2024-01-01", "2023-01-01"]
    assert "Amount" in table.columns[0].header and "GWP" in table.columns[1].header


def test_a_period_over_years_and_roles_still_spans_them(tmp_path):
    table = _tables(tmp_path, LOSSES)[-1]
    # "December 31," over "2024 | 2023 | Change | % Change" stands in the cell of "2024": not one column's header
    assert [c.role for c in table.columns] == ["value", "value", "change", "yoy_percent"] * 2
    assert [c.period.end.isoformat() for c in table.columns[:2]] == ["2024-12-31", "2023-12-31"]


GLADSTONE = """Gladstone Investment Corporation Reports Financial Results for its Third Quarter Ended December 31, 2024

|  | December 31,  2024 | |  |  | September 30,  2024 | |  |  | $Change | |  | %Change | |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| For the quarter ended: |  | |  |  |  | |  |  |  | |  |  | |  |
| Total investment income | $ | 21,371 |  |  | $ | 22,565 |  | $ | (1,194 | ) |  |  | (5.3) | % |
| Total expenses, net(A) |  | 20,210 |  |  |  | 15,274 |  |  | 4,936 |  |  |  | 32.3 | % |
| Net investment income(A) |  | 1,161 |  |  |  | 7,291 |  |  | (6,130 | ) |  |  | (84.1) | % |

The following table provides a reconciliation of net investment income (the most comparable GAAP measure) to Adjusted net investment income for the periods presented (dollars in thousands, except per share amounts; unaudited):

|  | For the quarter ended | | | | | | | | | | | | | |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  | December 31, 2024 | | | | | |  |  | September 30, 2024 | | | | | |  |
|  | Amount | |  |  | Per ShareAmount | |  |  | Amount | |  |  | Per ShareAmount | |  |
| Net investment income | $ | 1,161 |  |  | $ | 0.03 |  |  | $ | 7,291 |  |  | $ | 0.20 |  |
| Capital gains-based incentive fee |  | 7,466 |  |  |  | 0.20 |  |  |  | 1,638 |  |  |  | 0.04 |  |
| Adjusted net investment income | $ | 8,627 |  |  | $ | 0.23 |  |  | $ | 8,929 |  |  | $ | 0.24 |  |
| Weighted-average shares of common stock outstanding - basic and diluted |  |  |  |  |  | 36,727,873 |  |  |  |  |  |  |  | 36,688,667 |  |

"""


def test_names_under_periods_are_no_wrapped_header(tmp_path):
    # Gladstone Investment Q3 FY2025 (unseen18/gladstone-investment-fy25q3.md lines 32-37 and 120-128): "Amount | Per ShareAmount"
    # under two dates is not the second line of header cells (no role above it goes on with it): not read as the
    # columns' headers, whose names would make "Per ShareAmount" a member and the amounts unscaled
    table = _tables(tmp_path, GLADSTONE)[-1]
    assert not any("Amount" in c.header for c in table.columns)
