"""A row that prints more figures than its table has columns: which figure stands in which column is unknown.

Howard Hughes' Q4 2025 release (corpus rendering, lines 393-437): a money figure and a per-diluted-share figure for
each period, under a header that names three periods; the first three figures of "Total | 8,719 | | 0.15 | | |
121,968 | ..." are not the three periods' (0.15 was read as the year 2025 in thousands of dollars)."""

from datetime import date
from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file

HOWARD_HUGHES = [
    'A reconciliation of Net income (loss) from continuing operations attributable to common stockholders to Adjusted Operating Cash Flow is presented in the table below: ',
    ' | | | | | | | | | | | | | | | | | | | | | | | | | | | ',
    ' | Three Months Ended December 31, 2025 | | Year Ended December 31, 2025 | | Year Ended',
    'December 31, 2024',
    ' | ',
    'thousands except per share amounts | | (per diluted share) | | | (per diluted share) | | | (per diluted share) | ',
    'Net income (loss) from continuing operations attributable to common stockholders | $ | 6,000 | | $ | 0.10 | | | $ | 123,897 | | $ | 2.21 | | | $ | 285,926 | | $ | 5.73 | | ',
    ' | | | | | | | | | ',
    'Adjustments to reconcile to Adjusted Operating Cash Flow Performance Measure: | | | | | | | | | ',
    ' | | | | | | | | | ',
    'Corporate Adjustments | | | | | | | | | ',
    'Net (income) loss attributable to noncontrolling interests | (321) | | | | (54) | | | | (711) | | | ',
    'Income tax expense (benefit) | (897) | | | | 37,616 | | | | 80,184 | | | ',
    'Non-cash stock compensation expense | 2,136 | | | | 13,639 | | | | 9,104 | | | ',
    '(Gain) loss on sale of MUD receivables | — | | | | 48,197 | | | | 48,651 | | | ',
    'Other Corporate Items | 7,801 | | | | 22,570 | | | | 17,236 | | | ',
    'Total | 8,719 | | 0.15 | | | 121,968 | | 2.18 | | | 154,464 | | 3.09 | | ',
    ' | | | | | | | | | ',
    'Operating Assets Adjustments | | | | | | | | | ',
    'Depreciation and amortization | 43,996 | | | | 172,835 | | | | 169,040 | | | ',
    'Equity in (earnings) losses from unconsolidated ventures | (376) | | | | (4,829) | | | | (5,819) | | | ',
    '(Gain) loss on sale or disposal of real estate and other assets, net | 9 | | | | (14,354) | | | | (22,907) | | | ',
    '(Gain) loss on extinguishment of debt | 218 | | | | 698 | | | | 465 | | | ',
    ' | | | | | | | | | ',
    ' | | | | | | | | | ',
    'Impact of straight-line rent | (235) | | | | (1,964) | | | | (4,770) | | | ',
    'Other | 649 | | | | 388 | | | | (306) | | | ',
    "Company's share of NOI from unconsolidated ventures | 2,456 | | | | 14,303 | | | | 11,552 | | | ",
    'Total | 46,717 | | 0.79 | | | 167,077 | | 2.98 | | | 147,255 | | 2.95 | | ',
    ' | | | | | | | | | ',
    'Strategic Developments Adjustments | | | | | | | | | ',
    'Rental revenue | — | | | | (33) | | | | (459) | | | ',
    'Other land, rental, and property revenues | (1,856) | | | | (4,174) | | | | (4,321) | | | ',
    'Operating costs | 11,210 | | | | 22,490 | | | | 17,670 | | | ',
    'Rental property real estate taxes | 404 | | | | 2,191 | | | | 2,480 | | | ',
    ' | | | | | | | | | ',
    'Depreciation and amortization | 2,357 | | | | 6,579 | | | | 7,255 | | | ',
    'Other (income) loss, net | 19,423 | | | | 18,487 | | | | (90,534) | | | ',
    'Equity in (earnings) losses from unconsolidated ventures | (86) | | | | (317) | | | | (251) | | | ',
    '(Gain) loss on sale or disposal of real estate and other assets, net | — | | | | (11,721) | | | | — | | | ',
    'Waiea settlement and remediation costs | — | | | | — | | | | 15,091 | | | ',
    'Total | 31,452 | | 0.53 | | | 33,502 | | 0.59 | | | (53,069) | | (1.06) | | ',
    ' | | | | | | | | | ',
    'Adjusted Operating Cash Flow Performance Measure | $ | 92,888 | | $ | 1.57 | | | $ | 446,444 | | $ | 7.97 | | | $ | 534,576 | | $ | 10.71 | | ',
    '14',
]


def _line(text):
    return next(i for i, x in enumerate(HOWARD_HUGHES, start=1) if x.startswith(text))


def test_figures_of_a_row_wider_than_its_table_are_not_placed(tmp_path):
    p = tmp_path / "hhh.txt"
    p.write_text("\n".join(HOWARD_HUGHES) + "\n", encoding="utf-8")
    doc = extract_file(p)
    row = _line("Total")
    assert not cells(doc, line=row)
    assert {t.reason for t in doc.tokens if t.span.line == row and t.raw in ("8,719", "0.15", "121,968")} == {"columns_exceeded"}
    # a row with a figure for each period keeps them, in order
    got = {c.value: (c.period.start, c.period.end) for c in cells(doc, line=_line("Net (income) loss attributable"))}
    assert got[Decimal("-321")] == (date(2025, 10, 1), date(2025, 12, 31))
    assert got[Decimal("-54")] == (date(2025, 1, 1), date(2025, 12, 31))
