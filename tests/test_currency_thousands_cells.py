"""Column heads that print the currency and the scale in one cell (``RMB('000)``, ``USD('000)``), each on a line of
its own, six of them under four years: the home-currency columns take the years in order, the US$ column beside
each pair is a convenience translation (never a figure of a CNY period); a label broken after "to" goes on on the
next line.

Lines copied from China Cord Blood Corporation's 6-K exhibit (EX-99.1) for the quarter ended September 30, 2010
(``benchmarks/unseen/ccbc-q2-fy2011.txt``, lines 61-132), never seen by the converter before: a ``|`` before each cell."""

from datetime import date
from decimal import Decimal

from conftest import ROOT, cells

from prxbrl.extract import extract_file
from prxbrl.tables.headers import parse_header

_SOURCE = ROOT / "benchmarks" / "unseen" / "ccbc-q2-fy2011.txt"
_FIRST, _LAST = 61, 132  # 1-based, inclusive


def _lines() -> list[str]:
    with open(_SOURCE, encoding="utf-8") as f:
        return f.read().splitlines()[_FIRST - 1 : _LAST]


def _doc(tmp_path):
    lines = _lines()
    assert lines[0] == "|" and lines[17] == "RMB(‘000)" and lines[53] == "Net Income Attributable to"
    p = tmp_path / "release.txt"
    # a closing sentence, so that the table does not end the document
    p.write_text("\n".join(lines) + "\nAbout the Company\n", encoding="utf-8")
    return extract_file(p)


def test_a_quoted_000_after_a_currency_is_thousands():
    assert [(it.kind, it.currency, it.scale) for it in parse_header("RMB(‘000)")] == [("unit", "CNY", 3)]
    assert [(it.kind, it.currency, it.scale) for it in parse_header("USD('000)")] == [("unit", "USD", 3)]


def test_home_currency_columns_take_the_years_and_the_us_dollar_columns_translate_them(tmp_path):
    doc = _doc(tmp_path)
    revenue = cells(doc, label="Revenue")
    got = [(c.value, c.unit, c.scale, c.period.start, c.period.end) for c in revenue if c.period and c.role == "value"]
    assert got == [
        (Decimal("63897"), "CNY", 3, date(2009, 7, 1), date(2009, 9, 30)),
        (Decimal("82682"), "CNY", 3, date(2010, 7, 1), date(2010, 9, 30)),
        (Decimal("121826"), "CNY", 3, date(2009, 4, 1), date(2009, 9, 30)),
        (Decimal("154378"), "CNY", 3, date(2010, 4, 1), date(2010, 9, 30)),
    ]
    # 12,358 and 23,074 are US$ thousands, the translation of 82,682 and 154,378 (``tables.translation_ratio``)
    assert [(c.value, c.unit, c.period.end, c.role) for c in revenue if c.raw in ("12,358", "23,074")] == [
        (Decimal("12358"), "USD", date(2010, 9, 30), "convenience"), (Decimal("23074"), "USD", date(2010, 9, 30), "convenience")]


def test_a_label_broken_after_to_is_one_label(tmp_path):
    doc = _doc(tmp_path)
    got = [c.value for c in cells(doc, label="Net Income Attributable to Shareholders") if c.period and c.role == "value"]
    assert got == [Decimal("17639"), Decimal("21982"), Decimal("13047"), Decimal("39569")]
