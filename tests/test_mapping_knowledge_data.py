"""Knowledge that had been written in the mapping code is data of taxonomy/mapping.toml, validated when loaded:
[index] us_spellings (ConceptIndex.us_spelling), [index] measure_heading (resolve._measure_heading), [index]
equity_heading (choose._side), [elements] outflow (signs.one_way) and [elements] no_statement_line (choose._fits).
Each is read from the file with its meaning; a malformed entry (an unknown key, a pattern that is no regular
expression, a wrong type) is an error that names its place in the file."""

import copy

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.mapping import rules
from prxbrl.mapping.choose import Context, _fits, _side
from prxbrl.mapping.index import concept_index
from prxbrl.mapping.labels import label_key
from prxbrl.mapping.resolve import _measure_heading
from prxbrl.mapping.signs import one_way

BALANCE = Context(statement="B", period="i", unit="money")


def _raw():
    return copy.deepcopy(rules._load_toml("mapping.toml"))


@pytest.fixture
def load(monkeypatch):
    """Load mapping.toml as changed by a test; the shipped file again afterwards."""
    def _load(raw):
        monkeypatch.setattr(rules, "_load_toml", lambda name: raw)
        rules.mapping_knowledge.cache_clear()
        return rules.mapping_knowledge()

    yield _load
    monkeypatch.undo()
    rules.mapping_knowledge.cache_clear()
    rules._abbrev_re.cache_clear()
    rules.normalize.cache_clear()


# ---------------------------------------------------------------- the shipped file's meaning

def test_british_spellings_are_read_from_the_file():
    ix, kn = concept_index(), rules.mapping_knowledge()
    assert [(p.pattern, us) for p, us in kn.us_spellings] == [tuple(p) for p in _raw()["index"]["us_spellings"]]
    # H&M FY2024 balance sheet: "Capitalised development expenditure"
    assert ix.us_spelling(label_key("Capitalised development expenditure")) == "capitalized development expenditure"
    assert ix.us_spelling(label_key("Amortisation leases")) == "amortization lease"
    assert ix.us_spelling(label_key("Labour costs")) == "labor cost"
    assert ix.us_spelling(label_key("Proceeds from exercise of options")) == label_key("Proceeds from exercise of options")


def test_a_measure_heading_is_read_from_the_file():
    kn = rules.mapping_knowledge()
    assert kn.measure_words == _raw()["index"]["measure_heading"]["words"] == 3
    # Shell Q1 2025: "Adjusted Earnings" over its segments; Strattec: "ADJUSTED EBITDA:"
    assert _measure_heading("Adjusted Earnings")
    assert _measure_heading("ADJUSTED EBITDA:")
    # Yelp's and Imperial Petroleum's reconciliations, a computation, adjustments: no measure's name
    for heading in ("Reconciliation of Net Income to Adjusted EBITDA:", "Net income - Adjusted EBITDA",
                    "Non-GAAP adjustments:", "Computation of adjusted free cash flow:"):
        assert not _measure_heading(heading), heading


def test_an_equity_heading_is_read_from_the_file():
    assert _side(("EQUITY",)) == "equity"  # H&M FY2024 balance sheet
    assert _side(("Stockholders' equity:",)) == "equity"
    assert _side(("Shareholders’ deficit",)) == "equity"
    assert _side(("Liabilities and stockholders' equity", "Current liabilities:")) == "liabilities"


def test_outflow_element_names_are_read_from_the_file():
    assert rules.mapping_knowledge().outflow.pattern == _raw()["elements"]["outflow"]
    assert one_way("IncomeTaxesPaid") == "outflow"
    assert one_way("IncomeTaxesPaidNet") is None  # taxes paid net of refunds may be a refund
    assert one_way("InterestPaidNet") is None
    assert one_way("RepaymentsOfNotesPayable") == "outflow"
    assert one_way("FinanceLeasePrincipalPayments") == "outflow"
    assert one_way("ProceedsFromNotesPayable") == "inflow"


def test_a_fair_value_disclosed_in_the_notes_is_read_from_the_file():
    assert rules.mapping_knowledge().no_statement_line == ("FairValueDisclosure",)
    # Brookfield Q4 2024 balance sheet: "Other financial assets"
    c = concept_index().get("us-gaap:OtherAssetsFairValueDisclosure")
    assert _fits(c, BALANCE, "Other financial assets") == "a fair value disclosed in the notes"


def test_label_patterns_are_read_from_the_file():
    kn = rules.mapping_knowledge()
    assert kn.change_label.search("Increase (decrease) in accounts payable") and not kn.change_label.search("Other liability")
    assert kn.flow_label.search("Dividends paid") and not kn.flow_label.search("Net debt")
    assert kn.cash_flow_line.search("Net cash provided by operating activities")


def test_changed_data_changes_the_behaviour(load):
    """The code holds no copy of its own: what the file says is what the converter does."""
    raw = _raw()
    raw["index"]["us_spellings"] = [p for p in raw["index"]["us_spellings"] if p[1] != "iz"]
    raw["index"]["measure_heading"]["words"] = 1
    raw["index"]["equity_heading"] = "^nothing$"
    raw["elements"]["outflow"] = "^(?:Payments|Repayments)(?=[A-Z])|PrincipalPayments$"
    raw["elements"]["no_statement_line"] = ["NoSuchSuffix"]
    load(raw)
    assert concept_index().us_spelling(label_key("Amortisation leases")) == "amortisation lease"
    assert not _measure_heading("Adjusted Earnings")
    assert _side(("EQUITY",)) is None
    assert one_way("IncomeTaxesPaid") is None
    assert _fits(concept_index().get("us-gaap:OtherAssetsFairValueDisclosure"), BALANCE, "Other financial assets") is None


# ---------------------------------------------------------------- a malformed file

@pytest.mark.parametrize("change, message", [
    (lambda r: r["index"].update(us_spelling=[]), r"\[index\]: unknown key us_spelling"),
    (lambda r: r.update(element={}), r"unknown section element"),
    (lambda r: r["index"].update(us_spellings="is:iz"), r"\[index\] us_spellings: a list of \[pattern, US spelling\] pairs"),
    (lambda r: r["index"]["us_spellings"][2].__setitem__(0, "(?:tre$"), r"\[index\] us_spellings\[2\]: the pattern '\(\?:tre\$' is not a regular expression"),
    (lambda r: r["index"]["us_spellings"][0].__setitem__(1, "IZ"), r"\[index\] us_spellings: 'IZ': a spelling is lower-case letters"),
    (lambda r: r["index"].pop("us_spellings"), r"\[index\] us_spellings: a list"),
    (lambda r: r["index"]["measure_heading"].update(word=3), r"\[index\] measure_heading: unknown key word"),
    (lambda r: r["index"]["measure_heading"].pop("joined"), r"\[index\] measure_heading: missing joined"),
    (lambda r: r["index"]["measure_heading"].update(words="3"), r"\[index\] measure_heading words: a number of words"),
    (lambda r: r["index"]["measure_heading"].update(words=True), r"\[index\] measure_heading words: a number of words"),
    (lambda r: r["index"]["measure_heading"].update(joined="\\bto(\\b"), r"\[index\] measure_heading joined: the pattern .* is not a regular expression"),
    (lambda r: r["index"].update(measure_heading=3), r"\[index\] measure_heading: a table of joined, words"),
    (lambda r: r["index"].update(equity_heading=["equity"]), r"\[index\] equity_heading: a pattern \(a string\)"),
    (lambda r: r["index"].update(equity_heading="^(?:equity"), r"\[index\] equity_heading: the pattern .* is not a regular expression"),
    (lambda r: r["elements"].update(inflow="^Proceeds"), r"\[elements\]: unknown key inflow"),
    (lambda r: r["elements"].update(outflow="(?<=[a-z]+)Paid$"), r"\[elements\] outflow: the pattern .* is not a regular expression"),
    (lambda r: r["elements"].update(outflow=1), r"\[elements\] outflow: a pattern \(a string\)"),
    (lambda r: r["elements"].pop("outflow"), r"\[elements\]: missing outflow"),
    (lambda r: r["elements"].update(no_statement_line="FairValueDisclosure"), r"\[elements\] no_statement_line: a list of element-name suffixes"),
    (lambda r: r["elements"].update(no_statement_line=["fair value"]), r"\[elements\] no_statement_line: a list of element-name suffixes"),
    (lambda r: r.pop("elements"), r"\[elements\]: a table of needs_words, no_statement_line, outflow"),
    (lambda r: r["labels"].update(change_words="change"), r"\[labels\]: unknown key change_words"),
    (lambda r: r["labels"].pop("flow_label"), r"\[labels\]: missing flow_label"),
    (lambda r: r["labels"].update(cash_flow_line="\\bnet cash(\\b"), r"\[labels\] cash_flow_line: the pattern .* is not a regular expression"),
    (lambda r: r["labels"].update(change_label=["change"]), r"\[labels\] change_label: a pattern \(a string\)"),
])
def test_a_malformed_entry_is_an_error_naming_its_place(load, change, message):
    raw = _raw()
    change(raw)
    with pytest.raises(PrxbrlError, match=r"^mapping\.toml: " + message):
        load(raw)
