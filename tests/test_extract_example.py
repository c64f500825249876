"""The example release: cells equal the printed values, with their periods, units and scales."""

from datetime import date
from decimal import Decimal

from conftest import cell_at, cells

H1_10 = (date(2010, 4, 1), date(2010, 9, 30))
H1_09 = (date(2009, 4, 1), date(2009, 9, 30))
Q2_10 = (date(2010, 7, 1), date(2010, 9, 30))


def dur(c):
    assert c.period is not None and c.period.kind == "duration"
    return (c.period.start, c.period.end)


def inst(c):
    assert c.period is not None and c.period.kind == "instant"
    return c.period.end


def test_document_facts(iij):
    assert iij.reporting_currency == "JPY"
    assert iij.entity.name == "Internet Initiative Japan Inc."
    assert iij.entity.tickers == ["IIJI", "3774"]
    fc = iij.fiscal_calendar
    assert (fc.year_end_month, fc.year_end_day, fc.naming) == (3, 31, "start")
    assert iij.document_period_end == date(2010, 9, 30)
    (tr,) = iij.convenience_translations
    assert (tr.rate, tr.from_currency, tr.to_currency, tr.as_of) == (Decimal("83.53"), "JPY", "USD", date(2010, 9, 30))
    assert tr.span.line == 19


def test_balance_sheet(iij):
    c = cell_at(iij, 258, "8,764,415")
    assert (c.value, c.unit, c.scale, c.role, inst(c)) == (Decimal("8764415"), "JPY", 3, "value", date(2010, 3, 31))
    c = cell_at(iij, 258, "112,631")
    assert (c.value, c.unit, c.scale, c.role, inst(c)) == (Decimal("112631"), "USD", 3, "convenience", date(2010, 9, 30))
    c = cell_at(iij, 258, "9,408,031")
    assert inst(c) == date(2010, 9, 30) and c.label == "Cash and cash equivalents"
    c = cell_at(iij, 265, "48.7")
    assert (c.role, c.unit, c.scale, inst(c)) == ("percent_of_total", "pure", -2, date(2010, 3, 31))
    c = cell_at(iij, 308, "(16,113,995)")
    assert c.value == Decimal("-16113995") and c.label == "Accumulated deficit"
    c = cell_at(iij, 310, "(392,079)")
    assert (c.value, c.unit) == (Decimal("-392079"), "JPY")  # treasury stock: money, not shares
    c = cell_at(iij, 317, "65,922,787")
    assert (c.label, c.value, inst(c)) == ("TOTAL", Decimal("65922787"), date(2010, 9, 30))
    c = cell_at(iij, 296, "32,173,491")
    assert c.label == "Total current liabilities"


def test_income_statements(iij):
    c = cell_at(iij, 341, "34,272,080")
    assert (c.value, c.unit, c.scale, dur(c)) == (Decimal("34272080"), "JPY", 3, H1_10)
    c = cell_at(iij, 341, "32,275,024")
    assert dur(c) == H1_09
    c = cell_at(iij, 341, "410,297")
    assert (c.role, c.unit, dur(c)) == ("convenience", "USD", H1_10)
    c = cell_at(iij, 355, "(168,189)")
    assert c.value == Decimal("-168189") and c.label == "Interest expense"
    c = cell_at(iij, 347, "80.7")
    assert (c.role, c.scale, dur(c)) == ("percent_of_total", -2, H1_09)
    # three months
    c = cell_at(iij, 618, "935,412")
    assert (c.label, dur(c)) == ("OPERATING INCOME", Q2_10)
    c = cell_at(iij, 630, "(2,657)")
    assert c.value == Decimal("-2657") and dur(c) == Q2_10
    # sections
    item = next(r for t in iij.tables for r in t.rows if r.line == 334)
    assert item.label == "Total" and item.section == ["REVENUES", "Network services"]


def test_per_share_and_share_counts(iij):
    c = cell_at(iij, 375, "4,241.14")
    assert (c.value, c.unit, c.scale, dur(c)) == (Decimal("4241.14"), "JPY/shares", 0, H1_10)
    c = cell_at(iij, 375, "50.77")
    assert (c.role, c.unit, dur(c)) == ("convenience", "USD/shares", H1_10)
    c = cell_at(iij, 377, "10.60")
    assert (c.unit, c.decimals_printed) == ("JPY/ADS", 2)
    c = cell_at(iij, 371, "202,605")
    assert (c.unit, c.scale, dur(c)) == ("shares", 0, H1_10)
    c = cell_at(iij, 373, "81,042,000")
    assert c.unit == "ADS"


def test_cash_flow_statements(iij):
    c = cell_at(iij, 413, "(2,163,732)")
    assert (c.value, c.scale, dur(c)) == (Decimal("-2163732"), 3, H1_10)
    c = cell_at(iij, 426, "(11,736,854)")
    assert c.label == "Net cash used in investing activities"
    c = cell_at(iij, 443, "9,408,031")
    assert dur(c) == H1_10  # the statement column; the writer turns beginning/end balances into instants
    (nil,) = [c for c in cells(iij, line=394) if c.nil]
    assert nil.raw == "--" and nil.value is None and dur(nil) == H1_09
    c = cell_at(iij, 708, "270,886")
    assert dur(c) == Q2_10


def test_contracts_and_bandwidth(iij):
    c = cell_at(iij, 92, "33,906")
    assert (c.unit, c.scale, inst(c)) == ("Contract", 0, date(2010, 9, 30))
    c = cell_at(iij, 92, "6,579")
    assert c.role == "change"
    c = cell_at(iij, 98, "702.5 Gbps")
    assert (c.value, c.unit) == (Decimal("702.5"), "Gbps")
    (marker,) = [t for t in iij.tokens if t.span.line == 92 and t.raw == "4"]
    assert (marker.status, marker.reason) == ("excluded", "footnote_marker")


def test_summaries_and_highlights(iij):
    c = cell_at(iij, 8, "JPY34,272 million")
    assert (c.value, c.unit, c.scale, dur(c)) == (Decimal("34272"), "JPY", 6, H1_10)
    c = cell_at(iij, 8, "($410.3 million)")
    assert (c.value, c.unit, c.role) == (Decimal("410.3"), "USD", "convenience")  # parentheses mark the translation
    c = cell_at(iij, 8, "JPY32,300 million")
    assert c.period.forecast
    c = cell_at(iij, 38, "20,686")
    assert (c.value, c.scale, dur(c)) == (Decimal("20686"), 6, H1_10)
    c = cell_at(iij, 38, "13.0")
    assert c.role == "yoy_percent"
    (marker,) = [t for t in iij.tokens if t.span.line == 38 and t.raw == "2"]
    assert marker.reason == "footnote_marker"
    c = cell_at(iij, 62, "(301)")
    assert (c.value, c.scale) == (Decimal("-301"), 6)
    c = cell_at(iij, 221, "3,920")
    assert c.label == "Adjusted EBITDA" and dur(c) == H1_10
    c = cell_at(iij, 560, "15,395,833")
    assert (c.scale, dur(c)) == (3, (date(2008, 4, 1), date(2009, 3, 31)))


def test_tokyo_stock_exchange_summary(iij):
    c = cell_at(iij, 744, "34,272")
    assert (c.label, c.scale, dur(c)) == ("Total Revenues", 6, H1_10)
    c = cell_at(iij, 744, "(1.9)")
    assert (c.role, c.label) == ("yoy_percent", "Income before Income Tax Expense")
    c = cell_at(iij, 758, "136,987.09")
    assert (c.unit, c.label, inst(c)) == ("JPY/shares", "Shareholders' Equity per share", date(2010, 9, 30))
    c = cell_at(iij, 758, "42.1")
    assert (c.role, c.label) == ("ratio", "Shareholders' Equity as a percentage of Total Assets")
    c = cell_at(iij, 767, "1,250.00")  # interim dividend of FY2010: the second quarter
    assert (c.unit, dur(c)) == ("JPY/shares", Q2_10)
    c = cell_at(iij, 768, "2,500.00")
    assert c.period.forecast and dur(c) == (date(2010, 4, 1), date(2011, 3, 31))
    c = cell_at(iij, 776, "84,500")
    assert (c.scale, c.period.forecast, c.label) == (6, True, "Total Revenues")
    c = cell_at(iij, 209, "84,500")  # the targets table states no scale: taken from the TSE table
    assert (c.scale, c.period.forecast) == (6, True)
    c = cell_at(iij, 807, "3,794 shares")
    assert (c.value, c.unit, inst(c)) == (Decimal("3794"), "shares", date(2010, 9, 30))


def test_every_numeric_token_is_accounted_for(iij):
    assert iij.tokens
    assert not [t for t in iij.tokens if t.reason in ("unexplained", "cell_outside_columns")]
    by_reason = {}
    for t in iij.tokens:
        by_reason.setdefault(t.reason or "cell", []).append(t)
    assert len(by_reason["cell"]) > 1000
    label_numbers = {(t.span.line, t.raw) for t in by_reason["label_number"]}
    assert (259, "37,178") in label_numbers
    dates = {(t.span.line, t.raw) for t in by_reason["date"]}
    assert (259, "2010") in dates
    cell_refs = {t.cell for t in by_reason["cell"]}
    assert len(cell_refs) == len(by_reason["cell"])  # one token, one cell


def test_extraction_is_deterministic(iij):
    from conftest import EXAMPLE
    from prxbrl.extract import extract_file

    assert extract_file(EXAMPLE).model_dump_json() == iij.model_dump_json()
