"""Scales and units that made figures 1000 times wrong in releases the converter had never seen (the lines are the
releases' own): a share count scaled by a note that excepts shares, an amount per share scaled as money, a scale
note glued to the line before its table, a scale printed as "($B)"."""

import csv

import pytest

from prxbrl.extract import extract_file
from prxbrl.pipeline import convert
from prxbrl.tables.columns import label_unit
from prxbrl.tables.scale_notes import scale_of, share_scale_of


def _rows(tmp_path, name, lines):
    src = tmp_path / name
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = extract_file(src)
    return {(r.label, r.line): r for t in doc.tables for r in t.rows if r.cells}


# Palomar Q4 2024 (lines 68-76, 111-122, 143-148): the income statement's title row is read as prose (it is long),
# so the statement takes the scale of the balance sheet above it, whose note excepts shares as its own does
PLMR = [
    '*Condensed Consolidated Balance sheets*',
    '',
    '| Palomar Holdings, Inc. and SubsidiariesCondensed Consolidated Balance Sheets (unaudited)(in thousands, except shares and par value data) | | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    '|  |  | |  |  |  | |  |',
    '|  | December 31, 2024 | | |  | December 31, 2023 | | |',
    '| Assets |  | |  |  |  | |  |',
    '| Investments: |  | |  |  |  | |  |',
    '| Fixed maturity securities available for sale, at fair value (amortized cost: $973,330 in 2024; $675,130 in 2023) | $ | 939,046 |  |  | $ | 643,799 |  |',
    "| Total liabilities and stockholders' equity | $ | 2,262,220 |  |  | $ | 1,708,022 |  |",
    '',
    '*Condensed Consolidated Income Statement*',
    '',
    '| Palomar Holdings, Inc. and SubsidiariesCondensed Consolidated Statements of Income and Comprehensive Income (loss) (Unaudited)(in thousands, except shares and per share data) | | | | | | | | | | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '|  |  | | | | | |  |  |  | | | | | |  |',
    '|  | Three Months Ended | | | | | | |  | Year Ended | | | | | | |',
    '|  | December 31, | | | | | | |  | December 31, | | | | | | |',
    '|  | 2024 | | |  | 2023 | | |  | 2024 | | |  | 2023 | | |',
    '| Revenues: |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |',
    '| Gross written premiums | $ | 373,723 |  |  | $ | 303,152 |  |  | $ | 1,541,962 |  |  | $ | 1,141,558 |  |',
    '| Per Share Data: |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |',
    '| Basic earnings per share | $ | 1.32 |  |  | $ | 1.05 |  |  | $ | 4.61 |  |  | $ | 3.19 |  |',
    '| Diluted earnings per share | $ | 1.29 |  |  | $ | 1.02 |  |  | $ | 4.48 |  |  | $ | 3.13 |  |',
    '| Weighted-average common shares outstanding: |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |',
    '| Basic |  | 26,491,939 |  |  |  | 24,747,347 |  |  |  | 25,520,343 |  |  |  | 24,822,004 |  |',
    '| Diluted |  | 27,206,225 |  |  |  | 25,272,149 |  |  |  | 26,223,842 |  |  |  | 25,327,091 |  |',
]


def test_the_note_of_the_table_above_excepts_shares_in_the_part_under_it(tmp_path):
    rows = _rows(tmp_path, "plmr.md", PLMR)
    basic = rows[("Basic", 26)]
    assert basic.unit == "shares" and [(str(c.value), c.scale) for c in basic.cells][:2] == [("26491939", 0), ("24747347", 0)]
    assert rows[("Gross written premiums", 21)].cells[0].scale == 3  # the money keeps the note's thousands
    assert rows[("Basic earnings per share", 23)].cells[0].unit == "USD/shares"


# Kimco Q4 2024 (lines 77-90, 112-126): "Diluted (2)" under "Per common share:" had become an extension worth 230 USD
KIM = [
    '| Condensed Consolidated Statements of Income | | | | | | | | | | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| (in thousands, except per share data) | | | | | | | | | | | | | | | |',
    '| (unaudited) | | | | | | | | | | | | | | | |',
    '|  |  | | |  |  | | |  |  | | |  |  | | |',
    '|  | Three Months Ended December 31, | | | | | | |  | Year Ended December 31, | | | | | | |',
    '|  |  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |',
    '| Revenues |  | | |  |  | | |  |  | | |  |  | | |',
    '| Revenues from rental properties, net | $ | 521,064 |  |  | $ | 447,895 |  |  | $ | 2,019,065 |  |  | $ | 1,767,057 |  |',
    '| Management and other fee income |  | 4,333 |  |  |  | 3,708 |  |  |  | 17,949 |  |  |  | 16,343 |  |',
    '| Total revenues |  | 525,397 |  |  |  | 451,603 |  |  |  | 2,037,014 |  |  |  | 1,783,400 |  |',
    '| Operating expenses |  | | |  |  | | |  |  | | |  |  | | |',
    '| Rent |  | (4,093 | ) |  |  | (3,900 | ) |  |  | (16,837 | ) |  |  | (15,997 | ) |',
    '| Real estate taxes |  | (67,162 | ) |  |  | (58,576 | ) |  |  | (261,700 | ) |  |  | (231,578 | ) |',
    '|  |  | | |  |  | | |  |  | | |  |  | | |',
    '| Net income |  | 167,999 |  |  |  | 142,113 |  |  |  | 419,439 |  |  |  | 665,949 |  |',
    '| Net income attributable to noncontrolling interests |  | (1,961 | ) |  |  | (2,468 | ) |  |  | (8,654 | ) |  |  | (11,676 | ) |',
    '| Net income attributable to the company |  | 166,038 |  |  |  | 139,645 |  |  |  | 410,785 |  |  |  | 654,273 |  |',
    '| Preferred stock redemption charges |  | (3,304 | ) |  |  | - |  |  |  | (3,304 | ) |  |  | - |  |',
    '| Preferred dividends, net |  | (7,899 | ) |  |  | (6,285 | ) |  |  | (31,763 | ) |  |  | (25,021 | ) |',
    "| Net income available to the company's common shareholders | $ | 154,835 |  |  | $ | 133,360 |  |  | $ | 375,718 |  |  | $ | 629,252 |  |",
    '|  |  | | |  |  | | |  |  | | |  |  | | |',
    '| Per common share: |  | | |  |  | | |  |  | | |  |  | | |',
    "| Net income available to the company's common shareholders: (1) |  | | |  |  | | |  |  | | |  |  | | |",
    '| Basic | $ | 0.23 |  |  | $ | 0.22 |  |  | $ | 0.55 |  |  | $ | 1.02 |  |',
    '| Diluted (2) | $ | 0.23 |  |  | $ | 0.22 |  |  | $ | 0.55 |  |  | $ | 1.02 |  |',
    '| Weighted average shares: |  | | |  |  | | |  |  | | |  |  | | |',
    '| Basic |  | 673,676 |  |  |  | 617,122 |  |  |  | 671,561 |  |  |  | 616,947 |  |',
    '| Diluted |  | 674,531 |  |  |  | 618,092 |  |  |  | 672,136 |  |  |  | 618,199 |  |',
]


def test_a_footnote_mark_does_not_hide_diluted(tmp_path):
    rows = _rows(tmp_path, "kim.md", KIM)
    diluted = rows[("Diluted (2)", 26)]
    assert diluted.unit == "per_share"
    assert [(str(c.value), c.unit, c.scale) for c in diluted.cells] == [
        ("0.23", "USD/shares", 0), ("0.22", "USD/shares", 0), ("0.55", "USD/shares", 0), ("1.02", "USD/shares", 0)]
    assert rows[("Diluted", 29)].cells[0].scale == 3  # "Weighted average shares:" in the table's thousands


@pytest.mark.parametrize("label, unit", [
    ("Diluted (2)", "per_share"), ("Basic (a)", "per_share"), ("Diluted*", "per_share"), ("Diluted²", "per_share"),
    ("Revenue (1)", None), ("Class (A) common", None),
])
def test_footnote_marks_name_no_unit(label, unit):
    assert label_unit(label) == unit


# GeoVax Q3 2025 (lines 23-37): the balance sheet's title and note run into the end of the statement of operations
# printed on one line above it; "Cash and cash equivalents $ 5,009" was 5,009 USD (the text: "$5,008,997")
GEOVAX = [
    ' GEOVAX LABS, INC.Condensed Consolidated Statements of Operations Information(amounts in thousands, except per share data)',
    '',
    'Three Months EndedSeptember 30,',
    '',
    ' Nine Months EndedSeptember 30,',
    '',
    '2025 20242025 2024Revenue from government contract $ - $ 2,789 $ 2,489 $ 3,090Operating expenses: Research and development 5,043 7,40215,127 16,105 General and administrative 1,330 1,2414,559 3,785 6,373 8,64319,686 19,890Loss from operations(6,373) (5,854)(17,197) (16,800)Other income (expense) 54 39151 70Net loss $ (6,319) $ (5,815) $ (17,046) $ (16,730)Loss per common share $ (0.31) $ (0.91) $ (0.97) $ (4.52) Condensed Consolidated Balance Sheet Information(amounts in thousands, except common share information)',
    '',
    ' ',
    '',
    'Sep 30,2025',
    '',
    'Dec 31,2024',
    '',
    " AssetsCash and cash equivalents$ 5,009 $ 5,507 Other current assets 1,5082,428 Total current assets 6,517 7,935 Property and other assets 214221 Total assets$ 6,731 $ 8,156Liabilities and stockholders' equity Total liabilities $ 1,824 $ 3,107 Stockholders' equity 4,907 5,049 Total liabilities and stockholders' equity $ 6,731 $ 8,156 Common shares outstanding 29,705,360 10,536,875",
]


def test_a_scale_note_that_ends_the_line_before_the_table_is_its_note(tmp_path):
    rows = _rows(tmp_path, "geovax.md", GEOVAX)
    cash = next(r for (label, _), r in rows.items() if "Cash and cash equivalents" in label)
    assert [(str(c.value), c.scale) for c in cash.cells] == [("5009", 3), ("5507", 3)]
    shares = rows[("Common shares outstanding", 15)]  # "except common share information"
    assert [(str(c.value), c.unit, c.scale) for c in shares.cells] == [("29705360", "shares", 0), ("10536875", "shares", 0)]


def test_a_note_inside_prose_is_no_note_on_the_table_after_it(tmp_path):
    # no note on either statement: only the sentence's "(in thousands of dollars ...)" could give the balance sheet a
    # scale (the statement of operations' own note would stand over the tables after it)
    lines = list(GEOVAX)
    lines[0] = lines[0].replace("(amounts in thousands, except per share data)", "")
    lines[6] = lines[6].replace("Condensed Consolidated Balance Sheet Information(amounts in thousands, except common share information)", "")
    lines.insert(8, "Cash balances were $5.0 million (in thousands of dollars at the prior year end: 5,507) and the company")
    rows = _rows(tmp_path, "geovax2.md", lines)
    cash = next(r for (label, _), r in rows.items() if "Cash and cash equivalents" in label)
    assert all(c.scale == 0 for c in cash.cells)


# Bank of America Q4 2024 (lines 53-63): "($B)" in the heading over the average deposits
BAC = [
    '## Spotlight on Average Deposits and Net Interest Income ($B)',
    '',
    '### Average Deposits',
    '',
    '| Quarter | Amount |',
    '|---------|--------|',
    '| 4Q23 | $1,905 |',
    '| 1Q24 | $1,907 |',
    '| 2Q24 | $1,910 |',
    '| 3Q24 | $1,921 |',
    '| 4Q24 | $1,958 |',
]


def test_a_letter_after_a_dollar_sign_is_a_scale(tmp_path):
    rows = _rows(tmp_path, "bac.md", BAC)
    assert [(str(c.value), c.scale) for c in rows[("4Q23", 7)].cells] == [("1905", 9)]
    assert scale_of(["Revenue ($M)"]) == 6 and scale_of(["($K)"]) == 3 and scale_of(["($bn)"]) == 9
    assert scale_of(["Class B common stock"]) is None and scale_of(["### 4Q24 Financial Highlights(B)"]) is None


def test_a_note_that_excepts_common_share_information():
    assert share_scale_of(["(amounts in thousands, except common share information)"]) == 0


def test_a_scale_note_in_a_header_rows_label_cell_excepts_share_counts(tmp_path):
    # Alexander's Q4 2024 "selected financial results": the note stands in the label cell of the header row of years;
    # its "except share and per share amounts" had been lost: 5,133,534 weighted average shares were 5,133,534,000
    text = """\
|  | QUARTER ENDED DECEMBER 31, | | | | | | |
| (Amounts in thousands, except share and per share amounts) | 2024 | | |  | 2023 | | |
|  |  | | |  |  | | |
| Revenues | $ | 55,910 |  |  | $ | 62,935 |  |
|  |  | | |  |  | | |
| Net Income | $ | 12,277 |  |  | $ | 16,286 |  |
|  |  | | |  |  | | |
| Net income per common share - basic and diluted | $ | 2.39 |  |  | $ | 3.17 |  |
|  |  | | |  |  | | |
| Weighted average shares outstanding - basic and diluted |  | 5,133,534 |  |  |  | 5,130,678 |  |
"""
    src = tmp_path / "alx.md"
    src.write_text(text, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    shares = {r["value"] for r in rows if r["label"].startswith("Weighted average shares")}
    assert shares == {"5133534", "5130678"}
    assert {r["value"] for r in rows if r["label"] == "Revenues"} == {"55910000", "62935000"}


# sec.gov, CIK 740112, Q3 2003 exhibit 99.1 (its lines, rendered as text): the sentence that introduces the table holds
# its scale note; the detector leaves the sentence out of the table (prose), and the note was lost with it (amounts
# in thousands written as dollars)
SELECTED = [
    'Exhibit 99.1',
    '',
    'The following table presents selected consolidated financial data (in thousands, except earnings per share) for the third quarter 2003 and 2002.',
    '',
    ' | Quarter Ended: | ',
    ' | Sept 30, 2003 | | Sept 30, 2002 | ',
    ' Revenue | $ | 588,486 | | $ | 514,389 | ',
    ' Cost of Operations | 421,922 | | 367,179 | ',
    ' Net Income | $ | 92,584 | | $ | 94,329 | ',
    ' Basic Earnings Per Share | $ | 0.19 | | $ | 0.18 | ',
]


def test_a_scale_note_inside_the_sentence_that_introduces_the_table_is_its_note(tmp_path):
    rows = _rows(tmp_path, "selected.txt", SELECTED)
    assert [(str(c.value), c.scale) for c in rows[("Revenue", 7)].cells] == [("588486", 3), ("514389", 3)]
    assert [(str(c.value), c.unit, c.scale) for c in rows[("Basic Earnings Per Share", 10)].cells] == [
        ("0.19", "USD/shares", 0), ("0.18", "USD/shares", 0)]


@pytest.mark.parametrize("line", [
    # the same note opening the line, a caption before it, or a first sentence of its own
    '(In thousands, except earnings per share) The following table presents selected consolidated financial data.',
    'Selected Consolidated Financial Data (dollars in thousands) The following table presents selected data.',
    'Amounts in thousands, except earnings per share. The following table presents selected consolidated financial data.',
])
def test_a_scale_note_run_into_the_line_before_the_table_is_its_note(tmp_path, line):
    rows = _rows(tmp_path, "selected.txt", SELECTED[:2] + [line] + SELECTED[3:])
    assert [c.scale for c in rows[("Revenue", 7)].cells] == [3, 3]


@pytest.mark.parametrize("line", [
    # a scale in running prose, of other amounts; two notes that disagree
    'The amounts in the following paragraph are in thousands, except earnings per share, unless stated otherwise.',
    'Revenue (in millions) and customers (in thousands) are presented for the third quarter 2003 and 2002.',
])
def test_a_scale_in_prose_before_the_table_is_no_note_on_it(tmp_path, line):
    rows = _rows(tmp_path, "selected.txt", SELECTED[:2] + [line] + SELECTED[3:])
    assert [c.scale for c in rows[("Revenue", 7)].cells] == [0, 0]
