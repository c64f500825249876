"""A header of fiscal years over quarters ("Fiscal 2025 | Fiscal 2026" over "Q1 | Q2 | Q3 | Q4 | Total" twice) in
a release made in the third quarter: ten leaves over rows of nine figures, the fourth quarter of the current year
dropped (or printed "-"). A quarter that starts after the release's balance sheet date holds no figure, so the nine
figures stand under the other leaves; the current year's "Total" (its nine months, as its sum shows) is excluded: the
year its header names has not ended. Without a balance sheet date nothing tells which leaf is empty.

Lines copied from Strattec Security Corporation's Form 8-K of May 7, 2026 (fiscal third quarter ended March 29, 2026),
never seen by the converter before."""

from datetime import date
from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file
from prxbrl.tables.leaves import AFTER_RELEASE, UNPLACED, settle
from prxbrl.tables.slots import Slot

RELEASE = """\
Net income attributable to Strattec was $3.2 million, or $0.78 per diluted share; Adjusted EBITDA 1 was $10.1 million, or 7.3% of net sales

MILWAUKEE, WI , May 7, 2026 — Strattec (Nasdaq: STRT), a global provider of highly engineered access solutions for the automotive and mobility industries, today reported financial results for its third quarter of fiscal year 2026, which ended March 29, 2026.

STRATTEC SECURITY CORPORATION
CONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
(in thousands, except per share amounts)
Three Months Ended | Nine Months Ended
March 29, 2026 | March 30, 2025 | March 29, 2026 | March 30, 2025
Net sales | 137,632 | 144,082 | 427,565 | 413,053
Cost of goods sold | 114,971 | 120,977 | 355,848 | 353,876
Gross profit | 22,661 | 23,105 | 71,717 | 59,177
Gross margin | 16.5 | % | 16.0 | % | 16.8 | % | 14.3 | %
Selling, administrative and engineering expenses | 17,615 | 16,020 | 51,362 | 44,895
Income from operations | 5,046 | 7,085 | 20,355 | 14,282

STRATTEC SECURITY CORPORATION
CONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)
(in thousands, except share amounts)
March 29, 2026 | June 29, 2025
ASSETS
Current Assets:
Cash and cash equivalents | 106,957 | 84,579
Receivables, net | 102,164 | 102,061

Strattec Security Corporation Reconciliation of GAAP to Non-GAAP Financial Measures (In thousands, except per share amounts)
Fiscal 2025 | Fiscal 2026
Q1 | Q2 | Q3 | Q4 | Total | Q1 | Q2 | Q3 | Q4 | Total
NET SALES:
Net Sales (GAAP) | 139,052 | 129,919 | 144,082 | 152,013 | 565,066 | 152,399 | 137,534 | 137,632 | 427,565
ADJUSTED EBITDA:
Net income attributable to Strattec (GAAP) | 3,703 | 1,319 | 5,396 | 8,267 | 18,685 | 8,529 | 4,947 | 3,240 | 16,716
Net income (loss) attributable to non-controlling interest | 45 | 79 | 315 | (205 | 234 | 8 | 696 | 585 | 1,289
Income tax expense | 1,498 | 405 | 1,644 | 2,170 | 5,717 | 2,356 | 1,699 | 1,282 | 5,337
Other (income) expense, net | (129 | 482 | 16 | (1,189 | (820 | 275 | (1,691 | 748 | (668
Interest income | (349 | (408 | (529 | (753 | (2,039 | (877 | (885 | (879 | (2,641
Interest expense | 295 | 257 | 243 | 212 | 1,007 | 156 | 96 | 70 | 322
Income from operations | 5,063 | 2,134 | 7,085 | 8,502 | 22,784 | 10,447 | 4,862 | 5,046 | - | 20,355
Adjustments:
Depreciation | 3,662 | 3,544 | 3,746 | 3,812 | 14,764 | 3,785 | 3,893 | 3,772 | 11,450
Non-cash stock-based compensation | 188 | 891 | 760 | 887 | 2,726 | 669 | 1,125 | 811 | 2,605
Restructuring and similar charges | - | 265 | 809 | (676 | 398 | - | 1,305 | 424 | 1,729
Retroactive FY23 one-time pricing recovery, net | - | - | - | - | - | - | - | -
Cancelled program settlements | - | - | - | - | - | - | - | (1,323 | (1,323
Executive transition costs | 941 | 921 | 214 | (17 | 2,058 | 136 | 88 | 423 | 647
Business transformation costs | 74 | 215 | 259 | 479 | 1,027 | 514 | 994 | 960 | 2,468
4,865 | 5,836 | 5,788 | 4,485 | 20,974 | 5,104 | 7,405 | 5,067 | - | 17,576
Adjusted EBITDA (Non-GAAP) | 9,928 | 7,970 | 12,873 | 12,987 | 43,758 | 15,551 | 12,267 | 10,113 | - | 37,931
Adjusted EBITDA as a % of Net Sales | 7.1 | % | 6.1 | % | 8.9 | % | 8.5 | % | 7.7 | % | 10.2 | % | 8.9 | % | 7.3 | % | 8.9 | %
"""


def _doc(tmp_path, text=RELEASE):
    p = tmp_path / "strattec.md"
    p.write_text(text, encoding="utf-8")
    return extract_file(p)


def _reasons(doc, text, start):
    no = next(i for i, x in enumerate(text.splitlines(), start=1) if x.startswith(start))
    return [(t.raw, t.reason) for t in doc.tokens if t.span.line == no and t.reason not in (None, "label_number")]


def test_the_quarter_to_come_is_the_leaf_the_rows_leave_out(tmp_path):
    doc = _doc(tmp_path)
    sales = [c for c in cells(doc, label="Net Sales (GAAP)")]
    assert [(c.value, c.period.start, c.period.end) for c in sales] == [
        (Decimal("139052"), date(2024, 7, 1), date(2024, 9, 29)), (Decimal("129919"), date(2024, 9, 30), date(2024, 12, 29)),
        (Decimal("144082"), date(2024, 12, 30), date(2025, 3, 30)), (Decimal("152013"), date(2025, 3, 31), date(2025, 6, 29)),
        (Decimal("565066"), date(2024, 7, 1), date(2025, 6, 29)),
        (Decimal("152399"), date(2025, 6, 30), date(2025, 9, 28)), (Decimal("137534"), date(2025, 9, 29), date(2025, 12, 28)),
        (Decimal("137632"), date(2025, 12, 29), date(2026, 3, 29))]
    # the third quarter of fiscal 2026 agrees with the income statement's "Three Months Ended March 29, 2026"
    assert [c.value for c in cells(doc, label="Net sales") if c.period.start == date(2025, 12, 29)] == [Decimal("137632")] * 2
    assert _reasons(doc, RELEASE, "Net Sales (GAAP)") == [("427,565", "period_after_release")]
    # a row that prints "-" under the fourth quarter: ten cells, the "-" no fact, the year's total excluded
    assert _reasons(doc, RELEASE, "Income from operations | 5,063") == [("20,355", "period_after_release")]
    assert [c.value for c in cells(doc, label="Income from operations") if c.period.start == date(2025, 12, 29)] == [
        Decimal("5046")] * 2
    assert not [c for c in cells(doc, label="Income from operations") if c.period.end > date(2026, 3, 29)]


def test_no_leaf_is_known_to_be_empty_without_the_release_date_or_when_the_counts_differ(tmp_path):
    doc = _doc(tmp_path)
    (table,) = [t for t in doc.tables if t.title.startswith("Strattec Security Corporation Reconciliation")]
    periods = [c.period for c in table.columns]

    def settled(anchor):
        slots = [Slot(pos=(float(i), float(i)), period=p) for i, p in enumerate(periods)]
        settle(slots, 9, anchor)
        return [(s.empty, s.excluded) for s in slots]

    assert settled(None) == [(False, UNPLACED)] * 10  # no balance sheet: the release's own period end is not known
    # a balance sheet at the end of the second quarter: two quarters to come, one figure missing
    assert settled(date(2025, 12, 28)) == [(False, UNPLACED)] * 10
    assert settled(date(2026, 3, 29)) == [(False, None)] * 8 + [(True, AFTER_RELEASE), (False, AFTER_RELEASE)]


def test_the_gaap_figure_a_reconciliation_starts_from_is_no_member_of_its_total(tmp_path):
    # the whole 8-K (tests/fixtures/strattec-q3-fy2026-8k.md): "Net income attributable to Strattec (GAAP)" adds (with
    # the tax, interest and other rows) into "Income from operations" of a table of non-GAAP measures; a label that
    # says "(GAAP)" after its words had not counted as the GAAP figure, so the row became us-gaap:OperatingIncomeLoss
    # with a segment named after it (8 facts). It is the GAAP line item, no member of its total
    import csv
    from pathlib import Path

    from prxbrl.pipeline import convert

    src = Path(__file__).parent / "fixtures" / "strattec-q3-fy2026-8k.md"
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    gaap = [r for r in rows if r["label"] == "Net income attributable to Strattec (GAAP)"]
    assert gaap
    assert all(r["concept"] != "us-gaap:OperatingIncomeLoss" for r in gaap)
    assert all(not v for r in gaap for k, v in r.items() if k.endswith("Axis"))
