"""Dollar columns with no period of their own and no stated rate, read as convenience translations by their figures
(China Cord Blood's Q2 FY2011 6-K: "2009 | 2010" over "RMB('000) RMB('000) USD('000)", twice)."""

from datetime import date
from decimal import Decimal as D

from prxbrl.tables.translation_ratio import common_rate

from conftest import cells, extracted, release_lines

# Revenue, Gross Profit, Operating Income, Net Income Attributable to Shareholders, EPS – Basic (RMB/USD): the six
# months of 2010 in RMB('000) and the dollar column beside them
SIX_MONTHS_2010 = [(D("154378"), D("23074")), (D("117972"), D("17633")), (D("52549"), D("7856")),
                   (D("39569"), D("5915")), (D("0.59"), D("0.09"))]
SIX_MONTHS_2009 = [(D("121826"), D("23074")), (D("87938"), D("17633")), (D("47199"), D("7856")),
                   (D("13047"), D("5915")), (D("0.12"), D("0.09"))]


def test_one_rate_translates_every_row_of_the_column_it_belongs_to():
    rate = common_rate(SIX_MONTHS_2010, (3, 3))
    assert rate is not None and D("6.68") < rate < D("6.70")
    # "Operating Income | 52,549 | 7,856": 7,854.2 at that rate; the release translated from unrounded figures
    assert abs(D("52549") / rate - D("7856")) < 2


def test_another_column_of_the_table_keeps_no_one_rate():
    assert common_rate(SIX_MONTHS_2009, (3, 3)) is None


def test_too_few_rows_or_opposite_signs_say_nothing():
    assert common_rate(SIX_MONTHS_2010[:2], (3, 3)) is None
    assert common_rate(SIX_MONTHS_2010[:2] + [(D("0"), D("0"))] * 3, (3, 3)) is None
    assert common_rate(SIX_MONTHS_2010[:4] + [(D("-52549"), D("7856"))], (3, 3)) is None


def test_the_dollar_columns_translate_the_latest_periods(tmp_path):
    doc = extracted(tmp_path, release_lines("ccbc-q2-fy2011.txt", 1, 170).splitlines(), name="ccbc.txt")
    got = {(c.period.start, c.period.end, c.value, c.unit, c.scale, c.role) for c in cells(doc, label="Revenue")}
    assert got == {
        (date(2009, 7, 1), date(2009, 9, 30), D(63897), "CNY", 3, "value"),
        (date(2010, 7, 1), date(2010, 9, 30), D(82682), "CNY", 3, "value"),
        (date(2010, 7, 1), date(2010, 9, 30), D(12358), "USD", 3, "convenience"),
        (date(2009, 4, 1), date(2009, 9, 30), D(121826), "CNY", 3, "value"),
        (date(2010, 4, 1), date(2010, 9, 30), D(154378), "CNY", 3, "value"),
        (date(2010, 4, 1), date(2010, 9, 30), D(23074), "USD", 3, "convenience"),
    }
