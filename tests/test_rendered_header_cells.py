"""Header rows of rendered (pipe) tables that carry more than column headers: the statement's title and its note in
the label cell ("| Ascendis Pharma A/SConsolidated Statements of Profit or (Loss) ...(In EUR'000s, except share and
per share data) | Three Months EndedDecember 31, |"), a footnote mark on a column's date ("December 31, 2023
(Restated)\\*"), and a row label that names a date ("Convertible notes, matures in April 2028"), which heads the rows
under it and starts no table.

Lines copied from Ascendis Pharma's Q4 2024 release (February 2025), never seen by the converter before."""

from datetime import date
from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file
from prxbrl.tables.headers import parse_header

PRODUCT_REVENUE = """\
| Commercial Product Revenue(In EUR'000s) | Three Months EndedDecember 31, | | | | | Twelve Months EndedDecember 31, | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  | 2024 | | 2023 | |  | 2024 | |  | 2023 | |
| Revenue from commercial products |  |  |  |  |  |  |  |  |  |  |
| SKYTROFA® | 58,546 |  | 64,249 |  |  | 197,001 |  |  | 178,663 |  |
| YORVIPATH® | 13,584 |  | — |  |  | 28,727 |  |  | — |  |
| Total revenue from commercial products | 72,130 |  | 64,249 |  |  | 225,728 |  |  | 178,663 |  |

"""

STATEMENT = """\
FINANCIAL TABLES FOLLOW

| Ascendis Pharma A/SConsolidated Statements of Profit or (Loss) and OtherComprehensive Income or (Loss)(In EUR'000s, except share and per share data) | Three Months EndedDecember 31, | | | | |  | Twelve Months EndedDecember 31, | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  | 2024 | |  | 2023 | |  | 2024 | |  | 2023 | |
| Consolidated Statement of Profit or (Loss) |  | |  |  | |  |  | |  |  | |
| Revenue | 173,916 |  |  | 137,703 |  |  | 363,641 |  |  | 266,718 |  |
| Cost of sales | 14,023 |  |  | 19,457 |  |  | 44,258 |  |  | 44,395 |  |
| Gross profit | 159,893 |  |  | 118,246 |  |  | 319,383 |  |  | 222,323 |  |
| Research and development costs | 79,294 |  |  | 90,881 |  |  | 307,004 |  |  | 413,454 |  |

Text after the table.
"""

BALANCE_SHEET = """\
| Ascendis Pharma A/SConsolidated Statements of Financial Position(In EUR'000s) |  | December 31, 2024 | |  | December 31, 2023 (Restated)\\* | |  | January 1, 2023 (Restated)\\* | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  |  |  | |  |  | |  |  |  |
| Assets |  |  | |  |  | |  |  |  |
| Non-current assets |  |  | |  |  | |  |  |  |
| Intangible assets |  | 4,028 |  |  | 4,419 |  |  | 4,828 |  |
| Property, plant and equipment |  | 98,714 |  |  | 110,634 |  |  | 129,095 |  |
| Investments in associates |  | 13,575 |  |  | 5,686 |  |  | 22,932 |  |
| Other receivables |  | 2,317 |  |  | 2,127 |  |  | 1,920 |  |
| Marketable securities |  | — |  |  | — |  |  | 7,492 |  |
|  |  | 118,634 |  |  | 122,866 |  |  | 166,267 |  |
| Current assets |  |  | |  |  | |  |  |  |
| Inventories |  | 295,609 |  |  | 208,931 |  |  | 130,673 |  |
| Trade receivables |  | 166,280 |  |  | 35,874 |  |  | 11,910 |  |
| Income tax receivables |  | 1,775 |  |  | 802 |  |  | 883 |  |
| Other receivables |  | 9,385 |  |  | 19,097 |  |  | 12,833 |  |
| Prepayments |  | 28,269 |  |  | 38,578 |  |  | 31,717 |  |
| Marketable securities |  | — |  |  | 7,275 |  |  | 290,688 |  |
| Cash and cash equivalents |  | 559,543 |  |  | 392,164 |  |  | 444,767 |  |
|  |  | 1,060,861 |  |  | 702,721 |  |  | 923,471 |  |
| Total assets |  | 1,179,495 |  |  | 825,587 |  |  | 1,089,738 |  |
|  |  |  | |  |  | |  |  |  |
| Equity and liabilities |  |  | |  |  | |  |  |  |
| Equity |  |  | |  |  | |  |  |  |
| Share capital |  | 8,149 |  |  | 7,749 |  |  | 7,675 |  |
| Distributable equity |  | (113,855 | ) |  | (153,446 | ) |  | 255,673 |  |
| Total equity |  | (105,706 | ) |  | (145,697 | ) |  | 263,348 |  |
|  |  |  | |  |  | |  |  |  |
| Non-current liabilities |  |  | |  |  | |  |  |  |
| Borrowings |  | 365,080 |  |  | 222,996 |  |  | 95,400 |  |
| Contract liabilities |  | 5,000 |  |  | 5,949 |  |  | 14,213 |  |
| Deferred tax liabilities |  | 7,258 |  |  | 5,830 |  |  | — |  |
|  |  | 377,338 |  |  | 234,775 |  |  | 109,613 |  |
| Current liabilities |  |  | |  |  | |  |  |  |
| Convertible notes, matures in April 2028 |  |  | |  |  | |  |  |  |
| Borrowings |  | 458,207 |  |  | 407,095 |  |  | 399,186 |  |
| Derivative liabilities |  | 150,670 |  |  | 143,296 |  |  | 157,950 |  |
|  |  | 608,877 |  |  | 550,391 |  |  | 557,136 |  |
| Other current liabilities |  |  | |  |  | |  |  |  |
| Borrowings |  | 33,329 |  |  | 14,174 |  |  | 13,791 |  |
| Contract liabilities |  | 936 |  |  | 1,184 |  |  | — |  |
| Trade payables and accrued expenses |  | 96,394 |  |  | 94,566 |  |  | 101,032 |  |
| Other liabilities |  | 67,956 |  |  | 41,176 |  |  | 31,989 |  |
| Income tax payables |  | 1,222 |  |  | 2,299 |  |  | 5,490 |  |
| Provisions |  | 99,149 |  |  | 32,719 |  |  | 7,339 |  |
|  |  | 298,986 |  |  | 186,118 |  |  | 159,641 |  |
|  |  | 907,863 |  |  | 736,509 |  |  | 716,777 |  |
| Total liabilities |  | 1,285,201 |  |  | 971,284 |  |  | 826,390 |  |
| Total equity and liabilities |  | 1,179,495 |  |  | 825,587 |  |  | 1,089,738 |  |
| \\*Restatement relates to adoption of amendments to IAS 1 “Presentation of Financial Statements.” | | | | | | | | | |
"""

Q4_2024 = (date(2024, 10, 1), date(2024, 12, 31))
FY_2023 = (date(2023, 1, 1), date(2023, 12, 31))


def _doc(tmp_path, text):
    p = tmp_path / "ascendis.md"
    p.write_text(text, encoding="utf-8")
    return extract_file(p)


def test_a_note_after_a_label_in_the_header_row(tmp_path):
    # "| Commercial Product Revenue(In EUR'000s) | Three Months EndedDecember 31, | ..." over "| | 2024 | | 2023 |"
    doc = _doc(tmp_path, PRODUCT_REVENUE)
    sky = cells(doc, label="SKYTROFA")
    assert [c.value for c in sky] == [Decimal(v) for v in ("58546", "64249", "197001", "178663")]
    assert (sky[0].period.start, sky[0].period.end) == Q4_2024 and (sky[3].period.start, sky[3].period.end) == FY_2023
    assert {(c.unit, c.scale) for c in sky} == {("EUR", 3)}


def test_a_statement_title_and_its_note_in_the_header_rows_label_cell(tmp_path):
    doc = _doc(tmp_path, STATEMENT)
    revenue = cells(doc, label="Revenue")
    assert [c.value for c in revenue] == [Decimal(v) for v in ("173916", "137703", "363641", "266718")]
    assert (revenue[0].period.start, revenue[0].period.end) == Q4_2024
    assert {(c.unit, c.scale) for c in revenue} == {("EUR", 3)}
    assert not [t for t in doc.tokens if t.reason == "columns_undistinguished"]


def test_a_restated_column_and_a_dated_row_label(tmp_path):
    assert [i.kind for i in parse_header("December 31, 2023 (Restated)\\*")] == ["period"]
    doc = _doc(tmp_path, BALANCE_SHEET)
    intangibles = cells(doc, label="Intangible assets")
    assert [(c.value, c.period.end) for c in intangibles] == [
        (Decimal("4028"), date(2024, 12, 31)), (Decimal("4419"), date(2023, 12, 31)), (Decimal("4828"), date(2023, 1, 1))]
    # "Convertible notes, matures in April 2028" heads the rows under it: one table, the liabilities keep their dates
    assert len(doc.tables) == 1
    total = cells(doc, label="Total equity and liabilities")
    assert [(c.value, c.period.end) for c in total] == [
        (Decimal("1179495"), date(2024, 12, 31)), (Decimal("825587"), date(2023, 12, 31)), (Decimal("1089738"), date(2023, 1, 1))]
    assert not [t for t in doc.tokens if t.reason == "no_period"]
