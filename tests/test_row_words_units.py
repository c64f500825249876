"""The unit and scale of a row from its own words and its section, and rows that are no line item at all.

A wrong fact is worse than a missing one: the table's money scale is never put on a figure the label says is per
share, a share count or a count of things; a ratio takes its percent from the section whose rows print "%"; a date
of a header row, page furniture and prose broken over lines are no rows. The lines are copied from the unseen18
releases (their line numbers in the comments); each test fails without the change it guards."""

from decimal import Decimal

import pytest
from conftest import cells, extracted as _doc, line_of as _line

from prxbrl.errors import PrxbrlError
from prxbrl.tables.columns import label_unit

# Brookfield Wealth Solutions, Q4 2024 release (unseen18/brookfield-wealth-q4-2024.md, lines 28, 32-39)
BROOKFIELD = [
    'BROOKFIELD, NEWS, Feb. 13, 2025 (GLOBE NEWSWIRE) — Brookfield Wealth Solutions (NYSE, TSX: BNT) today announced financial results for the three months and year ended December 31, 2024.',
    '| UnauditedAs of and for the periods ended December 31(US$ millions, except per share amounts) | Three Months Ended | | | | | | |  | Year Ended | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '|  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |',
    '| Total assets | $ | 140,460 |  |  | $ | 61,643 |  |  | $ | 140,460 |  |  | $ | 61,643 |  |',
    '| Adjusted equity1 |  | 12,872 |  |  |  | 8,969 |  |  |  | 12,872 |  |  |  | 8,969 |  |',
    '| Distributable operating earnings1 |  | 427 |  |  |  | 258 |  |  |  | 1,374 |  |  |  | 745 |  |',
    '| Net income |  | 576 |  |  |  | 453 |  |  |  | 1,247 |  |  |  | 797 |  |',
    '| Net income per each class A share | $ | 0.08 |  |  | $ | 0.07 |  |  | $ | 0.32 |  |  | $ | 0.28 |  |',
]

# Gladstone Investment, Q3 FY2025 release (unseen18/gladstone-investment-fy25q3.md, lines 28, 30-34, 49-58)
GLADSTONE = [
    '**MCLEAN, VA / ACCESS Newswire / February 12, 2025 /** Gladstone Investment Corporation (the "Company") today announced earnings for its third fiscal quarter ended December 31, 2024. Please read the Company\'s Quarterly Report on Form 10-Q, filed today with the U.S. Securities and Exchange Commission (the "SEC"), which is available on the SEC\'s website at www.sec.gov or the investors section of the Company\'s website at www.gladstoneinvestment.com.',
    '**Summary Information:** (dollars in thousands, except per share data (unaudited)):',
    '',
    '|  | December 31,  2024 | |  |  | September 30,  2024 | |  |  | $Change | |  | %Change | |  |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| For the quarter ended: |  | |  |  |  | |  |  |  | |  |  | |  |',
    '| Weighted-average shares of common stock outstanding - basic and diluted |  | 36,727,873 |  |  |  | 36,688,667 |  |  | 39,206 |  |  |  | 0.1 | % |',
    '| Total shares of common stock outstanding |  | 36,837,381 |  |  |  | 36,688,667 |  |  | 148,714 |  |  |  | 0.4 | % |',
    '| As of: |  |  |  |  |  |  |  |  |  |  |  |  |  |  |',
    '| Total investments, at fair value | $ | 1,072,230 |  |  | $ | 853,307 |  | $ | 218,923 |  |  |  | 25.7 | % |',
    '| Fair value, as a percent of cost |  | 104.9 | % |  |  | 101.6 | % |  | 3.3 | % |  |  | 3.2 | % |',
    '| Net assets | $ | 490,053 |  |  | $ | 458,375 |  | $ | 31,678 |  |  |  | 6.9 | % |',
    '| Net asset value per common share | $ | 13.30 |  |  | $ | 12.49 |  | $ | 0.81 |  |  |  | 6.5 | % |',
    '| Number of portfolio companies |  | 26 |  |  |  | 22 |  |  | 4 |  |  |  | 18.2 | % |',
    '',
    'NM = Not Meaningful',
]

# Federal Home Loan Bank of Des Moines, Q4 2024 release (unseen18/fhlb-des-moines-q4-2024.md, lines 89-106)
FHLB = [
    '|  | For the Three Months Ended | | | | | | |  | For the Year Ended | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '|  | December 31, | | | | | | |  | December 31, | | | | | | |',
    '| Operating Results |  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |',
    '| Net interest income | $ | 241 |  |  | $ | 347 |  |  | $ | 1,236 |  |  | $ | 1,306 |  |',
    '| Provision (reversal) for credit losses on mortgage loans |  | 1 |  |  |  | — |  |  |  | (1 | ) |  |  | 1 |  |',
    '| Other income (loss) |  | 56 |  |  |  | 14 |  |  |  | 37 |  |  |  | (15 | ) |',
    '| Other expense |  | 67 |  |  |  | 77 |  |  |  | 258 |  |  |  | 221 |  |',
    '| Affordable Housing Program assessments |  | 23 |  |  |  | 28 |  |  |  | 102 |  |  |  | 107 |  |',
    '| Net income | $ | 206 |  |  | $ | 256 |  |  | $ | 914 |  |  | $ | 962 |  |',
    '| Performance Ratios |  | | |  |  | | |  |  | | |  |  | | |',
    '| Net interest spread |  | 0.26 | % |  |  | 0.45 | % |  |  | 0.41 | % |  |  | 0.43 | % |',
    '| Net interest margin |  | 0.56 |  |  |  | 0.74 |  |  |  | 0.70 |  |  |  | 0.72 |  |',
    '| Return on average equity (annualized) |  | 8.76 |  |  |  | 10.36 |  |  |  | 9.52 |  |  |  | 10.30 |  |',
    '| Return on average assets (annualized) |  | 0.47 |  |  |  | 0.53 |  |  |  | 0.51 |  |  |  | 0.52 |  |',
    '| The financial results reported in this earnings release for 2024 are preliminary until the Bank announces audited financial results in its 2024 Form 10-K filed with the Securities and Exchange Commission, expected to be available next month at www.fhlbdm.com and www.sec.gov. | | | | | | | | | | | | | | | |',
    '',
    'The Bank is a member-owned cooperative whose mission is to be a reliable provider of funding, liquidity, and services for its members so that they can meet the housing, business, and economic development needs of the communities they serve. The Bank is wholly owned by nearly *1,250 members,* including commercial banks, savings institutions, credit unions, insurance companies, and community development financial institutions. The Bank serves Alaska, Hawaii, Idaho, Iowa, Minnesota, Missouri, Montana, North Dakota, Oregon, South Dakota, Utah, Washington, Wyoming, and the U.S. Pacific territories of American Samoa, Guam, and the Commonwealth of the Northern Mariana Islands. The Bank is one of 11 regional banks that make up the Federal Home Loan Bank System.',
]

# Persimmon plc, H1 2025 results (unseen18/persimmon-h1-2025.md, lines 487-497 and 582-612)
PERSIMMON = [
    'As at 30 June 2025 (unaudited)',
    '',
    '|                                                   |    | 30 June 2025   | 30   |',
    '|---------------------------------------------------|----|----------------|------|',
    '| Assets                                            |    |                |      |',
    '| Non-current assets                                |    |                |      |',
    '| Intangible assets                                 |    | 163.8          |      |',
    '| Property, plant and equipment                     |    | 111.6          |      |',
    '| Investments accounted for using the equity method |    | 0.3            |      |',
    '| Shared equity loan receivables                    | 9  | 24.6           |      |',
    '| Trade and other receivables                       |    | 0.4            |      |',
    '## Condensed Consolidated Cash Flow Statement',
    '',
    'For the six months to 30 June 2025 (unaudited)',
    '',
    'Six months to',
    '',
    '30 June 2025',
    '',
    'Six month',
    '',
    '30 June 2',
    '',
    'Note',
    '',
    '£m',
    '',
    '## Cash flows from operating',
    '',
    'activities:',
    '',
    '| Profit for the period                           |    | 100.0   | 11   |',
    '|-------------------------------------------------|----|---------|------|',
    '| Tax charge                                      | 5  | 46.7    | 3    |',
    '| Finance income                                  |    | (6.2)   | (    |',
    '| Finance costs                                   |    | 13.3    |      |',
    '| Depreciation charge                             |    | 10.7    |      |',
    '| Impairment of intangible assets                 |    | 2.0     |      |',
    '| Exceptional items (non-cash)                    | 4  | 16.2    |      |',
    '| Profit on disposal of fixed assets              |    | (0.4)   | (    |',
    '| Share-based payment charge                      |    | 8.4     |      |',
    '| Net imputed interest expense                    |    | (7.4)   | (    |',
]

# Spotify Technology, Q3 2024 6-K (unseen18/spotify-q3-2024.md, lines 17-22)
SPOTIFY = [
    '### Interim Condensed Consolidated Financial Statements',
    'For the three and nine months ended September 30, 2024',
    '',
    '# Page 3',
    '',
    '## Table of Contents',
]

# Microsoft, FY24 Q4 earnings release (unseen18/microsoft-fy24q4.md, lines 4-18)
MICROSOFT = [
    'REDMOND, Wash. — July 30, 2024 —',
    'Microsoft Corp. today announced the following results for the quarter ended June 30, 2024, as compared to the corresponding period of last fiscal year:',
    '·',
    'Revenue was $64.7 billion and increased 15% (up 16% in constant currency)',
    '·',
    'Operating income was $27.9 billion and increased 15% (up 16% in constant currency)',
    '·',
    'Net income was',
    '$22.0 billion and increased 10% (up 11%',
    'in constant currency)',
    '·',
    'Diluted earnings per',
    'share',
    'was $2.95 and increased 10% (up 11% in',
    'constant currency)',
]


def _reasons(doc, line):
    return {t.reason for t in doc.tokens if t.span.line == line and t.status == "excluded"}


def test_a_share_named_by_its_class_is_per_share_never_money_in_millions(tmp_path):
    # "(US$ millions, except per share amounts)" over "Net income per each class A share | $ | 0.08": USD 0.08 a share,
    # not USD 80,000
    doc = _doc(tmp_path, BROOKFIELD)
    got = cells(doc, line=_line(BROOKFIELD, "| Net income per each class A share"))
    assert {(c.value, c.unit, c.scale) for c in got} == {(Decimal(v), "USD/shares", 0) for v in ("0.08", "0.07", "0.32", "0.28")}
    assert {(c.unit, c.scale) for c in cells(doc, line=_line(BROOKFIELD, "| Net income |"))} == {("USD", 6)}
    assert label_unit("– Per Brookfield class A share2,3") == "per_share"  # Brookfield line 66: a glued footnote mark


def test_shares_and_counts_under_a_note_that_scales_dollars_are_no_dollars(tmp_path):
    # "(dollars in thousands, except per share data)": "Total shares of common stock outstanding | 36,837,381" is
    # 36,837,381 shares, not USD 36,837,381,000; "Number of portfolio companies | 26" is no money at all
    doc = _doc(tmp_path, GLADSTONE)
    shares = cells(doc, line=_line(GLADSTONE, "| Total shares of common stock outstanding"))
    assert {(c.value, c.unit, c.scale) for c in shares if c.role == "value"} == {
        (Decimal("36837381"), "shares", 0), (Decimal("36688667"), "shares", 0)}
    row = _line(GLADSTONE, "| Number of portfolio companies")
    assert not [c for c in cells(doc, line=row) if c.role == "value"]
    assert "not_money" in _reasons(doc, row)
    assert {(c.unit, c.scale) for c in cells(doc, line=_line(GLADSTONE, "| Net assets")) if c.role == "value"} == {("USD", 3)}


def test_ratios_under_a_section_that_prints_percent_are_in_percent(tmp_path):
    # "Performance Ratios": its first row prints "0.26 | %"; "Net interest margin | 0.56" is 0.0056, not USD 560,000
    doc = _doc(tmp_path, FHLB)
    margin = cells(doc, line=_line(FHLB, "| Net interest margin"))
    assert {(c.value.scaleb(c.scale), c.unit) for c in margin} == {
        (Decimal(v), "pure") for v in ("0.0056", "0.0074", "0.0070", "0.0072")}
    roe = cells(doc, line=_line(FHLB, "| Return on average equity"))
    assert {(c.value.scaleb(c.scale), c.unit) for c in roe} >= {(Decimal("0.0876"), "pure")}
    assert {c.unit for c in cells(doc, line=_line(FHLB, "| Net income"))} == {"USD"}


def test_ratios_under_a_list_that_prints_no_percent_are_excluded(tmp_path):
    # the same section without the "%" of its first row: percent (0.0056) or ratio (0.56) cannot be told
    lines = [x for x in FHLB if not x.startswith("| Net interest spread")]
    doc = _doc(tmp_path, lines)
    row = _line(lines, "| Net interest margin")
    assert not cells(doc, line=row)
    assert _reasons(doc, row) == {"ratio_scale_undetermined"}


def test_a_date_or_the_start_of_one_is_a_header_row_not_a_line_item(tmp_path):
    # "| | | 30 June 2025 | 30 |" (the comparative column cut to "30") and "30 June 2" over the cash-flow statement
    # were cash of GBP 30 and GBP 2; with the balance sheet's money excluded too (no scale: the next test) nothing of
    # these lines is a figure
    with pytest.raises(PrxbrlError, match="no figure in them could be read"):
        _doc(tmp_path, PERSIMMON)
    from prxbrl.tables.not_items import not_a_line_item

    assert not_a_line_item("30 June 2025") == not_a_line_item("30 June") == not_a_line_item("30 June 2") == "date_label"
    assert not_a_line_item("June 30, 2025") == "date_label"
    assert not_a_line_item("Cash at 30 June 2025") is None


def test_money_printed_to_one_decimal_under_no_scale_is_not_taken_as_units(tmp_path):
    # Persimmon's balance sheet lost its "£m" in the conversion of the PDF: "Intangible assets | 163.8" is no GBP 163.8
    # (nor can millions or billions be told); without its header row the rows are read, and their money excluded
    lines = [x for x in PERSIMMON[:11] if "30 June 2025" not in x]
    with pytest.raises(PrxbrlError, match="no figure in them could be read"):
        _doc(tmp_path, lines)
    from prxbrl.tables.scales import _in_tenths
    from types import SimpleNamespace as C

    assert _in_tenths([C(nil=False, value=1, decimals_printed=1), C(nil=False, value=2, decimals_printed=1), C(nil=False, value=3, decimals_printed=0)])
    assert not _in_tenths([C(nil=False, value=1, decimals_printed=2), C(nil=False, value=2, decimals_printed=0)])


def test_a_page_heading_is_no_row(tmp_path):
    # "# Page 3" under "For the three and nine months ended September 30, 2024" was the one fact of the file: EUR 3
    # (a table of one row, "# Page"); a page heading is page furniture, no row of any table
    with pytest.raises(PrxbrlError, match="no tables found"):
        _doc(tmp_path, SPOTIFY)


def test_a_figure_inside_a_parenthesis_the_words_open_is_prose(tmp_path):
    # "Net income was" / "$22.0 billion and increased 10% (up 11%" / "in constant currency)": 11% of nothing
    try:
        doc = _doc(tmp_path, MICROSOFT)
    except PrxbrlError:
        return  # no figure read at all: nothing was made of the bullet
    assert not cells(doc, line=_line(MICROSOFT, "$22.0 billion"))
