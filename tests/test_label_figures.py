"""Figures that are no cells of a table row: a dateline's dash, the figures of a label that wraps over lines, and
figures that each name their own year.

Lines copied from Microsoft's FY24 Q4 release (July 30, 2024; a cell per line) and Meta's Q1 2024 release
(a PDF rendered as markdown), and Glaston's 2024 bulletin, never seen by the converter before."""

from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file
from prxbrl.tables.text_detect import split_line

MICROSOFT_HEAD = """\
Press Release & Webcast
Earnings Release FY24 Q4
Microsoft Cloud Strength Drives Fourth Quarter Results
REDMOND, Wash. — July 30, 2024 —
Microsoft Corp. today announced the following results for the quarter ended June 30, 2024, as compared to the corresponding period of last fiscal year:
MICROSOFT CORPORATION
INCOME STATEMENTS
(In millions, except per share amounts) (Unaudited)
Three Months Ended
June 30,
Twelve Months Ended
June 30,
2024
2023
2024
2023
Revenue:
Product
$13,217
$16,853
$64,773
$64,699
Service and other
51,510
39,336
180,349
147,216
Total revenue
64,727
56,189
245,122
211,915
Cost of revenue:
Product
1,438
3,871
15,272
17,804
Service and other
18,246
12,924
58,842
48,059
Total cost of revenue
19,684
16,795
74,114
65,863
Gross margin
45,043
39,394
171,008
146,052
Research and development
8,056
6,739
29,510
27,195
Sales and marketing
6,816
6,204
24,456
22,759
General and administrative
2,246
2,197
7,609
7,575
Operating income
27,925
24,254
109,433
88,523
Other income (expense), net
(675)
473
(1,646)
788
"""

MICROSOFT_BALANCE_SHEET = """\
$88,889
$70,696
BALANCE SHEETS
(In millions) (Unaudited)
June 30,
2024
June 30,
2023
Assets
Current assets:
Cash and cash equivalents
$18,315
$34,704
Short-term investments
57,228
76,558
Total cash, cash equivalents, and short-term investments
75,543
111,262
Accounts receivable, net of allowance for doubtful accounts of
$830
and $650
56,924
48,688
Inventories
1,246
2,500
Other current assets
26,021
21,807
Total current assets
159,734
184,257
Property and equipment, net of accumulated depreciation of
$76,421
and $68,251
135,591
95,641
Operating lease right-of-use assets
18,961
14,346
Equity and other investments
14,600
9,879
Goodwill
119,220
67,886
"""

GLASTON_BULLETS = """\
**OCTOBER–DECEMBER 2024 IN BRIEF**

* Orders received totaled EUR 53.1 (57.6) million
* Net sales totaled EUR 56.8 (59.7) million
* Comparable EBITA was EUR 4.2 (4.6) million, i.e. 7.5 (7.6)% of net sales
* The operating result (EBIT) was EUR 0.6 (2.7) million
* Comparable earnings per share were EUR 0.025 (0.039)

**JANUARY–DECEMBER 2024 IN BRIEF**

* Orders received totaled EUR 202.7 (220.3) million
* Net sales totaled EUR 217.9 (219.7) million
* Comparable EBITA was EUR 15.3 (14.9) million, i.e. 7.0 (6.8)% of net sales
* The operating result (EBIT) was EUR 5.8 (8.1) million
"""

META_SHARES = """\

| |Three Months Ended March 31, 2024|Three Months Ended March 31, 2023|
|---|---|---|
|Basic|$4.86|$2.21|
|Diluted|$4.71|$2.20|

Weighted-average shares used to compute earnings per share:

- Basic: 2,545 (2024), 2,587 (2023)
- Diluted: 2,625 (2024), 2,596 (2023)
"""


def _doc(tmp_path, text, name="release.md"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract_file(p)


def test_a_dateline_is_no_row():
    # the dash after the date closes the dateline: no nil figure of a row "REDMOND, Wash. — July 30, 2024"
    assert split_line(4, "REDMOND, Wash. — July 30, 2024 —").kind == "text"
    # a row whose label holds no date keeps its dash as a nil figure
    assert split_line(9, "Restructuring charges —").kind == "data"


def test_the_dateline_above_a_statement_gives_no_cell(tmp_path):
    doc = _doc(tmp_path, MICROSOFT_HEAD)
    assert not cells(doc, line=4)
    assert [c.value for c in cells(doc, label="Operating income")] == [Decimal(v) for v in ("27925", "24254", "109433", "88523")]


def test_a_wrapped_label_keeps_its_figures_in_the_label(tmp_path):
    doc = _doc(tmp_path, MICROSOFT_BALANCE_SHEET)
    # "Accounts receivable, net of allowance for doubtful accounts of" / "$830" / "and $650" / "56,924" / "48,688"
    ar = cells(doc, label="Accounts receivable, net of allowance")
    assert [c.value for c in ar] == [Decimal("56924"), Decimal("48688")]
    assert ar[0].label == "Accounts receivable, net of allowance for doubtful accounts of $830 and $650"
    ppe = cells(doc, label="Property and equipment, net")
    assert [c.value for c in ppe] == [Decimal("135591"), Decimal("95641")]
    assert not cells(doc, label="and ")
    reasons = {t.raw: t.reason for t in doc.tokens if t.raw in ("$830", "$650", "$76,421", "$68,251")}
    assert reasons == {"$830": "label_number", "$650": "label_number", "$76,421": "label_number", "$68,251": "label_number"}


def test_figures_that_name_their_years_are_no_row(tmp_path):
    doc = _doc(tmp_path, META_SHARES)
    # "- Basic: 2,545 (2024), 2,587 (2023)": not 2,587 for the first column and -2,023 for the second
    assert [c.value for c in cells(doc, label="Basic")] == [Decimal("4.86"), Decimal("2.21")]
    assert not cells(doc, label="- Basic")
    assert not cells(doc, label="- Diluted")
    assert split_line(46, "- Basic: 2,545 (2024), 2,587 (2023)").kind == "prose"
    # one figure in parentheses is a negative figure, whatever its digits
    assert split_line(9, "Net loss 1,203 (2023)").kind == "data"


def test_a_figure_compared_in_parentheses_with_the_scale_after_both_is_prose(tmp_path):
    # "Net sales totaled EUR 56.8 (59.7) million": not EUR 56.8 for Q4 2024 (the scale stands after the comparison)
    assert split_line(12, "* Net sales totaled EUR 56.8 (59.7) million").kind == "prose"
    assert split_line(9, "Net sales 56.8 (59.7)").kind == "data"
    p = tmp_path / "glaston.md"
    p.write_text(GLASTON_BULLETS + "\n| EUR million | 10-12/2024 | 10-12/2023 |\n|---|---|---|\n| Net sales | 56.8 | 59.7 |\n| EBITA | 4.2 | 4.6 |\n\nEnd.\n", encoding="utf-8")
    doc = extract_file(p)
    assert {(c.value, c.scale) for c in cells(doc, label="Net sales")} == {(Decimal("56.8"), 6), (Decimal("59.7"), 6)}
    assert not cells(doc, label="* Net sales")
