"""Page furniture of a text rendering (the page number and the running header printed beside it at every page break)
is no title, header or row of a table, and no gap between the rows of one.

Lines copied from releases never seen in development: Strattec's third quarter fiscal 2026 release (lines 249-352,
the balance sheet after a page break, the cash-flow statement broken by a page).
"""

from datetime import date
from decimal import Decimal

from conftest import cells
from prxbrl.extract import extract_file

STRATTEC = [
    'For Third Quarter Fiscal 2026, Strattec Continued to Advance Transformation Efforts to Strengthen Business Performance',
    '',
    'May 7, 2026',
    '',
    'Page 6 of 10',
    '',
    'STRATTEC SECURITY CORPORATION',
    'CONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)',
    '(in thousands, except share amounts)',
    'March 29, 2026 | June 29, 2025',
    'ASSETS',
    'Current Assets:',
    'Cash and cash equivalents | 106,957 | 84,579',
    'Receivables, net | 102,164 | 102,061',
    'Inventories, net | 73,401 | 64,701',
    'Pre-production costs | 5,304 | 8,657',
    'Value-added tax recoverable | 9,935 | 19,389',
    'Other current assets | 6,396 | 10,676',
    'Total current assets | 304,157 | 290,063',
    'Noncurrent Assets:',
    'Property, plant and equipment, net | 71,400 | 77,410',
    'Deferred income taxes | 19,694 | 19,531',
    'Other long-term assets | 4,296 | 4,450',
    'Total Assets | 399,547 | 391,454',
    "LIABILITIES AND SHAREHOLDERS' EQUITY",
    'Current Liabilities:',
    'Accounts payable | 64,742 | 65,824',
    'Accrued payroll and benefits | 18,074 | 22,956',
    'Value-added tax payable | 7,905 | 11,933',
    'Warranty reserve | 8,603 | 8,900',
    'Current portion of borrowings under credit facilities | 1,000 | —',
    'Other current liabilities | 15,522 | 9,737',
    'Total current liabilities | 115,846 | 119,350',
    'Noncurrent Liabilities:',
    'Noncurrent portion of borrowings under credit facilities | — | 8,000',
    'Post-employment benefits | 12,774 | 13,325',
    'Other noncurrent liabilities | 3,774 | 4,348',
    'Total Liabilities | 132,394 | 145,023',
    "Shareholders' Equity:",
    'Common stock, authorized 18,000,000 shares, $.01 par value, 7,701,768 issued shares at March 29, 2026 and 7,635,883 issued shares at June 29, 2025 | 77 | 76',
    'Capital in excess of par value | 106,425 | 103,784',
    'Retained earnings | 286,013 | 269,297',
    'Accumulated other comprehensive loss | (15,209 | (16,113',
    'Less: treasury stock, at cost (3,616,086 shares at March 29, 2026 and 3,596,549 shares at June 29, 2025) | (136,795 | (135,452',
    "Total Strattec shareholders' equity | 240,511 | 221,592",
    'Non-controlling interest | 26,642 | 24,839',
    "Total Shareholders' Equity | 267,153 | 246,431",
    "Total Liabilities and Shareholders' Equity | 399,547 | 391,454",
    '',
    'For Third Quarter Fiscal 2026, Strattec Continued to Advance Transformation Efforts to Strengthen Business Performance',
    '',
    'May 7, 2026',
    '',
    'Page 7 of 10',
    '',
    'STRATTEC SECURITY CORPORATION',
    'CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (UNAUDITED)',
    '(in thousands)',
    'Three Months Ended | Nine Months Ended',
    'March 29, 2026 | March 30, 2025 | March 29, 2026 | March 30, 2025',
    'OPERATING ACTIVITIES:',
    'Net income | 3,825 | 5,711 | 18,005 | 10,857',
    'Adjustments to reconcile net income to net cash provided by operating activities:',
    'Depreciation | 3,772 | 3,746 | 11,450 | 10,952',
    'Foreign currency transaction loss (gain) | (603 | 141 | 531 | (1,052',
    'Stock-based compensation expense | 811 | 760 | 2,605 | 1,839',
    'Unrealized (gain) loss on peso forward contracts | 3,182 | (705 | 2,810 | 231',
    'Other, net | (439 | 261 | 105 | 1,077',
    'Change in operating assets and liabilities',
    'Receivables | (11,266 | (17,616 | 1,628 | (10,237',
    'Inventories | (1,467 | 5,920 | (8,700 | 6,058',
    'Prepaids and other assets | 5,333 | (1,850 | 11,982 | 5,994',
    'Accounts payable | 5,428 | 20,720 | (934 | 16,730',
    'Accrued liabilities | 2,865 | 3,632 | (2,832 | (948',
    'Net cash provided by operating activities | 11,441 | 20,720 | 36,650 | 41,501',
    'INVESTING ACTIVITIES:',
    'Purchase of property, plant and equipment | (1,752 | (1,170 | (5,913 | (4,160',
    'Proceeds from sale of property, plant and equipment | — | — | 259 | —',
    'Net cash used in investing activities | (1,752 | (1,170 | (5,654 | (4,160',
    'FINANCING ACTIVITIES:',
    'Borrowings under credit facilities | — | — | — | 3,000',
    'Repayment of borrowings under credit facilities | (1,500 | — | (7,000 | (3,000',
    'Payment for debt issuance costs | — | — | (98 | —',
    'Payment for taxes withheld from stock-based awards | (79 | — | (1,353 | —',
    'Share issuances | 16 | 16 | 47 | 44',
    'Net cash (used in) provided by financing activities | (1,563 | 16 | (8,404 | 44',
    'Foreign currency impact on cash | (196 | (85 | (214 | (689',
    'NET INCREASE IN CASH AND CASH EQUIVALENTS | 7,930 | 19,481 | 22,378 | 36,696',
    'CASH AND CASH EQUIVALENTS',
    'Beginning of period | 99,027 | 42,625 | 84,579 | 25,410',
    'End of period | 106,957 | 62,106 | 106,957 | 62,106',
    'SUPPLEMENTAL DISCLOSURE OF CASH FLOW INFORMATION:',
    '',
    'For Third Quarter Fiscal 2026, Strattec Continued to Advance Transformation Efforts to Strengthen Business Performance',
    '',
    'May 7, 2026',
    '',
    'Page 8 of 10',
    '',
    'Cash paid during the period for:',
    'Income taxes | 764 | 596 | 1,921 | 9,135',
    'Interest | 34 | 172 | 218 | 731',
    'Non-cash investing activities:',
    'Change in capital expenditures in accounts payable | (7 | 1,176 | (7 | 726',
]


def _line(text):
    return next(i for i, x in enumerate(STRATTEC, start=1) if x.startswith(text))


def test_a_table_goes_on_after_a_page_break_and_its_running_header(tmp_path):
    p = tmp_path / "strt.md"
    p.write_text("\n".join(STRATTEC) + "\n", encoding="utf-8")
    doc = extract_file(p)
    # after "Page 8 of 10", the cash-flow statement's columns: three and nine months ended March 29, 2026 / March 30, 2025
    got = {c.value: (c.period.start, c.period.end) for c in cells(doc, line=_line("Interest |"))}
    assert got == {Decimal("34"): (date(2025, 12, 29), date(2026, 3, 29)), Decimal("172"): (date(2024, 12, 30), date(2025, 3, 30)),
                   Decimal("218"): (date(2025, 6, 30), date(2026, 3, 29)), Decimal("731"): (date(2024, 7, 1), date(2025, 3, 30))}
    assert [c.value for c in cells(doc, line=_line("Income taxes |"))] == [Decimal(v) for v in ("764", "596", "1921", "9135")]
    # the running header and the page number are no title of the table, and no header: their numbers are counted
    table = next(t for t in doc.tables if t.first_line <= _line("Interest |") <= t.last_line)
    assert table.title != STRATTEC[_line("For Third Quarter") - 1]
    assert {c.period.end for c in table.columns} == {date(2026, 3, 29), date(2025, 3, 30)}
    page = [t for t in doc.tokens if t.span.line == _line("Page 8 of 10")]
    assert [(t.raw, t.reason) for t in page] == [("8", "page_number"), ("10", "page_number")]
    assert not [t for t in doc.tokens if t.reason in ("unexplained", "cell_outside_columns")]


def test_the_title_after_a_page_number_is_no_furniture(tmp_path):
    # "STRATTEC SECURITY CORPORATION" follows "Page 6 of 10" and "Page 7 of 10": the title of the table on the next
    # page, never taken for a running header (furniture is what stands before the page number)
    p = tmp_path / "strt.md"
    p.write_text("\n".join(STRATTEC) + "\n", encoding="utf-8")
    doc = extract_file(p)
    titles = [t.title or "" for t in doc.tables]
    assert any("BALANCE SHEETS" in t for t in titles) and any("CASH FLOWS" in t for t in titles)
    assert any("STRATTEC SECURITY CORPORATION" in c for t in doc.tables for c in t.context)
