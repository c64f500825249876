"""Currencies printed as ISO 4217 codes and names in headers and notes ("SEK m", "MSEK", "NOK million", "DKK
thousand", "EUR'000s", "(in millions of SEK)", "Swedish kronor"): every ISO 4217 currency (taxonomy/currencies.toml,
validated when loaded), not a few listed ones; and a row that names what an exchange rate did is money, not a rate.

Lines copied from H & M's 2024 annual report (group cash flow statement, HTML) and Ascendis Pharma's Q4 2024 release,
never seen by the converter before."""

from decimal import Decimal

import pytest

from prxbrl.currencies import _name_pattern, iso_currencies
from prxbrl.errors import PrxbrlError
from prxbrl.extract import extract_file
from prxbrl.tables.columns import label_unit
from prxbrl.tables.headers import parse_header

HM_CASH_FLOW = """\
<table id="3-1">
<tr><td id="3-2">SEK m</td><td id="3-3">Note</td><td id="3-4">1 Dec 2023-30 Nov 2024</td><td id="3-5">1 Dec 2022-30 Nov 2023</td></tr>
<tr><td id="3-6" colspan="4">Operating activities</td></tr>
<tr><td id="3-1M">CASH FLOW FOR THE YEAR</td><td id="3-1N"></td><td id="3-1O">-9,023</td><td id="3-1P">5,715</td></tr>
<tr><td id="3-1Q">Cash and cash equivalents at the beginning of the financial year</td><td id="3-1R"></td><td id="3-1S">26,398</td><td id="3-1T">21,707</td></tr>
<tr><td id="3-1U">Cash flow for the year</td><td id="3-1V"></td><td id="3-1W">-9,023</td><td id="3-1X">5,715</td></tr>
<tr><td id="3-1Y">Exchange rate effect</td><td id="3-1Z"></td><td id="3-20">-35</td><td id="3-21">-1,024</td></tr>
<tr><td id="3-22">Cash and cash equivalents at year-end</td><td id="3-23">20</td><td id="3-24">17,340</td><td id="3-25">26,398</td></tr>
</table>
"""


def _unit(text):
    units = [(i.currency, i.scale) for i in parse_header(text) if i.kind == "unit"]
    assert len(units) == 1, units
    return units[0]


@pytest.mark.parametrize("text, unit", [
    ("SEK m", ("SEK", 6)),  # H & M
    ("SEKm", ("SEK", 6)),
    ("MSEK", ("SEK", 6)),
    ("TEUR", ("EUR", 3)),
    ("(in millions of SEK)", ("SEK", 6)),
    ("NOK million", ("NOK", 6)),
    ("DKK thousand", ("DKK", 3)),
    ("(in thousands of NOK)", ("NOK", 3)),
    ("(In EUR'000s, except share and per share data)", ("EUR", 3)),  # Ascendis Pharma
    ("In millions of Swedish kronor", ("SEK", 6)),
    ("PLN m", ("PLN", 6)),
])
def test_iso_currencies_in_headers(text, unit):
    assert _unit(text) == unit


@pytest.mark.parametrize("text", ["AMD Reports Fourth Quarter and Full Year 2024", "ALL AMOUNTS IN MILLIONS", "TOP 10 CUSTOMERS"])
def test_a_word_in_capitals_is_no_currency(text):
    # "AMD" (Armenian dram), "ALL" (lek), "TOP" (pa'anga) name a currency only beside a scale or after "of"/"in"
    assert not any(i.currency for i in parse_header(text))


def test_the_currency_table_is_iso_4217():
    table = iso_currencies()
    assert table["SEK"] == "Swedish Krona" and table["NOK"] == "Norwegian Krone" and table["DKK"] == "Danish Krone"
    assert "XAU" not in table and "XXX" not in table  # gold and "no currency" are no money a release states
    assert len(table) > 150


def test_a_currency_table_with_a_wrong_code_is_refused(monkeypatch, tmp_path):
    import prxbrl.currencies as cur

    (tmp_path / "currencies.toml").write_text('[currencies]\nSEK = "Swedish Krona"\nsek = "Swedish Krona"\n', encoding="utf-8")
    monkeypatch.setattr("prxbrl.knowledge.taxonomy_files", lambda: tmp_path)
    cur.iso_currencies.cache_clear()
    try:
        with pytest.raises(PrxbrlError, match="no ISO 4217 code"):
            cur.iso_currencies()
    finally:
        cur.iso_currencies.cache_clear()


def test_plural_names():
    import re

    assert re.fullmatch(_name_pattern("Swedish Krona"), "Swedish kronor", re.I)
    assert re.fullmatch(_name_pattern("Norwegian Krone"), "Norwegian kroner", re.I)
    assert re.fullmatch(_name_pattern("Singapore Dollar"), "Singapore dollars", re.I)
    assert _name_pattern("Rand") is None  # one word: a name, a word, a company


def test_an_exchange_rate_effect_is_money():
    assert label_unit("Exchange rate effect") is None  # H & M's cash flow statement: the effect on cash, in SEK m
    assert label_unit("Exchange rate") == "pure"


def test_a_statement_in_sek_m_gives_money_in_millions_of_sek(tmp_path):
    p = tmp_path / "hm.html"
    p.write_text("<html><body>" + HM_CASH_FLOW + "</body></html>", encoding="utf-8")
    doc = extract_file(p)
    got = {(r.label, c.raw): (c.unit, c.value, c.scale) for t in doc.tables for r in t.rows for c in r.cells}
    assert got[("Exchange rate effect", "-35")] == ("SEK", Decimal("-35"), 6)
    assert got[("Cash and cash equivalents at year-end", "17,340")] == ("SEK", Decimal("17340"), 6)
    assert not [t for t in doc.tokens if t.reason == "currency_undetermined"]
