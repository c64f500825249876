"""A balance sheet whose header row prints "(Unaudited)" in a cell of its own, and that states no scale in a release
whose other tables are in millions: its columns are read, and its whole figures are not written as dollars.

Lines copied from Meta Platforms' Q1 2024 release (a PDF rendered as markdown), never seen by the converter before."""

from datetime import date

from conftest import cells

from prxbrl.extract import extract_file
from prxbrl.tables.headers import parse_header

BALANCE_SHEET = """\
# META PLATFORMS, INC. - CONDENSED CONSOLIDATED BALANCE SHEETS

|Assets|(Unaudited)|March 31, 2024|December 31, 2023|
|---|---|---|---|
|Current assets:| | | |
|Cash and cash equivalents|$|32,307|41,862|
|Marketable securities| |25,813|23,541|
|Accounts receivable, net| |13,430|16,169|
|Prepaid expenses and other current assets| |3,780|3,793|
|Total current assets| |75,330|85,365|
|Non-marketable equity securities| |6,218|6,141|
|Property and equipment, net| |98,908|96,587|
|Operating lease right-of-use assets| |13,555|13,294|
|Goodwill| |20,654|20,654|
|Other assets| |8,179|7,582|
|Total assets|$|222,844|229,623|

|Liabilities and Stockholders' Equity| | | |
|---|---|---|---|
|Current liabilities:| | | |
|Accounts payable|$|3,785|4,849|
|Operating lease liabilities, current| |1,676|1,623|
|Accrued expenses and other current liabilities| |22,640|25,488|
|Total current liabilities| |28,101|31,960|
|Operating lease liabilities, non-current| |17,570|17,226|
|Long-term debt| |18,387|18,385|
|Long-term income taxes| |7,795|7,514|
|Other liabilities| |1,462|1,370|
|Total liabilities| |73,315|76,455|
|Stockholders' equity:| | | |
|Common stock and additional paid-in capital| |75,391|73,253|
|Accumulated other comprehensive loss| |(2,655)|(2,155)|
|Retained earnings| |76,793|82,070|
|Total stockholders' equity| |149,529|153,168|
|Total liabilities and stockholders' equity|$|222,844|229,623|
"""

CASH_FLOWS = """\

# Condensed Consolidated Statements of Cash Flows (In millions)

Three Months Ended March 31, 2024
Three Months Ended March 31, 2023

Net income
$12,369
$5,709

Adjustments to reconcile net income to net cash provided by operating activities:

Depreciation and amortization
$3,374
$2,524

Share-based compensation
$3,562
$3,051

Deferred income taxes
($456)
($620)

Impairment charges for facilities consolidation, net
$240
$770

Other
($66)
($7)

"""


def test_unaudited_in_a_header_cell_is_no_column_text():
    items = parse_header("Assets (Unaudited) March 31, 2024 December 31, 2023")
    assert [(i.kind, i.text) for i in items] == [("text", "Assets"), ("period", "March 31, 2024"), ("period", "December 31, 2023")]


def test_an_unscaled_balance_sheet_among_tables_in_millions(tmp_path):
    p = tmp_path / "meta.md"
    p.write_text(BALANCE_SHEET + "\n" + CASH_FLOWS + "\nEnd of the release.\n", encoding="utf-8")
    doc = extract_file(p)
    sheet = next(t for t in doc.tables if "BALANCE SHEETS" in t.title)
    assert [(c.period.kind, c.period.end) for c in sheet.columns if c.role == "value"] == [
        ("instant", date(2024, 3, 31)), ("instant", date(2023, 12, 31))]
    # "Cash and cash equivalents | $ | 32,307": millions like every other table of the release, or dollars: not told,
    # so not written as 32,307 dollars
    assert not cells(doc, label="Cash and cash equivalents", table=sheet.id)
    assert any("scale_undetermined" in n for n in sheet.notes)
    # the cash flow statement states its scale and keeps its figures
    assert [c.value for c in cells(doc, label="Net income")][:1]
