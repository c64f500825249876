"""extraction.toml is validated when loaded: unknown sections and keys, missing keys and word lists that are not
lists of words are errors (a misspelt key must not silently leave a word list empty)."""

import copy

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.knowledge import _load_toml, knowledge, validate


def _raw():
    return copy.deepcopy(_load_toml("extraction.toml"))


def test_the_shipped_file_is_valid_and_holds_the_words_before_a_year():
    validate(_raw())
    assert {"fiscal", "in", "december"} <= set(knowledge().raw["layout"]["before_a_year"])


@pytest.mark.parametrize("change, message", [
    (lambda r: r.update(layouts={}), "unknown section layouts"),
    (lambda r: r["layout"].update(before_year=["in"]), "unknown key before_year"),
    (lambda r: r["layout"].pop("before_a_year"), "missing before_a_year"),
    (lambda r: r["layout"].update(before_a_year="fiscal"), "before_a_year is a list of words"),
    (lambda r: r["layout"].update(function_words=[]), "function_words is a list of words"),
    (lambda r: r["currencies"].update(stated_in=[]), "unknown key stated_in"),
    (lambda r: r["currencies"]["stated"].append("all amounts are in canadian dollars"), r"stated\[2\] names no currency"),
    (lambda r: r["currencies"].update(us_dollars="USD"), r"\[currencies\]: unknown key us_dollars"),
    (lambda r: r["currencies"].pop("us_dollar"), r"\[currencies\]: missing us_dollar"),
    (lambda r: r["currencies"].update(us_dollar="\\bUS\\$|(USD"), r"\[currencies\] us_dollar: the pattern .* is not a regular expression"),
    (lambda r: r["currencies"].update(us_dollar=["USD"]), r"\[currencies\] us_dollar: a pattern \(a string\)"),
    (lambda r: r["layout"]["period_headings"].update(averages="\\baverage"), r"\[layout.period_headings\]: unknown key averages"),
    (lambda r: r["layout"]["period_headings"].pop("duration"), r"\[layout.period_headings\]: a table of average, instant, duration"),
    (lambda r: r["layout"].update(period_headings="\\baverage"), r"\[layout.period_headings\]: a table of average, instant, duration"),
    (lambda r: r["layout"].pop("period_headings"), r"\[layout\]: missing period_headings"),
    (lambda r: r["layout"]["period_headings"].update(instant="\\b(?:at|as of"), r"\[layout.period_headings\] instant: the pattern .* is not a regular expression"),
    (lambda r: r["layout"]["period_headings"].update(average=1), r"\[layout.period_headings\] average: a pattern \(a string\)"),
    (lambda r: r["currencies"]["domestic_dollars"][0].update(country="Canada"), r"domestic_dollars\[0\]: a table of code, listed, based"),
    (lambda r: r["currencies"]["domestic_dollars"][0].update(code="C$"), r"domestic_dollars\[0\]: code 'C\$' is no ISO 4217 code"),
    (lambda r: r["currencies"]["domestic_dollars"][0].update(based="(Alberta"), r"domestic_dollars\[0\] based: the pattern"),
    (lambda r: r["layout"].update(total_labels=["total"]), r"\[layout\]: unknown key total_labels"),
])
def test_a_wrong_file_is_an_error(change, message):
    raw = _raw()
    change(raw)
    with pytest.raises(PrxbrlError, match=message):
        validate(raw)



def test_a_period_pattern_of_a_kind_no_reader_knows_is_an_error():
    raw = _raw()
    raw["period_patterns"]["patterns"][0]["kind"] = "quarter_end"  # a misspelt kind would never resolve
    with pytest.raises(PrxbrlError, match=r"patterns\[0\]: kind 'quarter_end' is none of"):
        validate(raw)


def test_the_us_dollar_is_named_by_the_words_of_the_file():
    """[currencies] us_dollar (reporting_currency): a figure, row, column or table that names the U.S. dollar keeps it
    where a release's bare "$" is another dollar."""
    from prxbrl.reporting_currency import _US_DOLLAR

    assert _US_DOLLAR.pattern == _raw()["currencies"]["us_dollar"]
    for text in ("(US$/bbl)", "US$ 1.00", "(In USD millions)", "U.S. $ 12", "in U.S. dollars"):
        assert _US_DOLLAR.search(text), text
    for text in ("($ thousands, except per share data)", "thousands of Canadian $", "Canadian dollars", "USDA grants"):
        assert not _US_DOLLAR.search(text), text


def test_what_a_heading_over_years_says_is_read_from_the_file():
    """[layout.period_headings] (tables/year_columns.py): the heading over the rows of a table headed by years alone
    says they are averages, balances at the year end or flows."""
    from prxbrl.tables.year_columns import _HEADING_KINDS, heading_period_kind

    assert [(k, p.pattern) for k, p in _HEADING_KINDS] == list(_raw()["layout"]["period_headings"].items())
    assert heading_period_kind("SELECTED AVERAGE BALANCES") == "average"
    assert heading_period_kind("AT PERIOD END") == "instant"
    assert heading_period_kind("OPERATING DATA") == "duration"
    assert heading_period_kind("Selected ratios") is None
