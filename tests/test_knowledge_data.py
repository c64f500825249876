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
