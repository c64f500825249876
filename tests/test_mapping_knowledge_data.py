"""Knowledge that had been written in the mapping code is data of taxonomy/mapping.toml, validated when loaded:
[index] us_spellings (ConceptIndex.us_spelling), [index] measure_heading (resolve._measure_heading), [index]
equity_heading (placement.balance_sheet_side), [elements] outflow (one_way_flows.one_way), [elements] no_statement_line (row_fit.row_misfit), and
[labels] exchange_label and balance_label (structural.structural), [elements] net_gross (placement.gross_or_net),
[labels] total_assets_label and claims_label (placement: a whole balance sheet).
Each is read from the file with its meaning; a malformed entry (an unknown key, a pattern that is no regular
expression, a wrong type) is an error that names its place in the file."""

import copy

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.mapping import rules
from prxbrl.mapping.choose import Context
from prxbrl.mapping.placement import balance_sheet_side
from prxbrl.mapping.row_fit import row_misfit
from prxbrl.mapping.index import concept_index
from prxbrl.mapping.labels import label_key
from prxbrl.mapping.resolve import _measure_heading
from prxbrl.mapping.placement import gross_or_net, section_variant
from prxbrl.mapping.one_way_flows import one_way
from prxbrl.mapping.structural import structural

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
    assert balance_sheet_side(("EQUITY",)) == "equity"  # H&M FY2024 balance sheet
    assert balance_sheet_side(("Stockholders' equity:",)) == "equity"
    assert balance_sheet_side(("Shareholders’ deficit",)) == "equity"
    assert balance_sheet_side(("Liabilities and stockholders' equity", "Current liabilities:")) == "liabilities"


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
    assert row_misfit(c, BALANCE, "Other financial assets") == "a fair value disclosed in the notes"


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
    assert balance_sheet_side(("EQUITY",)) is None
    assert one_way("IncomeTaxesPaid") is None
    assert row_misfit(concept_index().get("us-gaap:OtherAssetsFairValueDisclosure"), BALANCE, "Other financial assets") is None


# Computer Modelling Group Q3 FY2025 cash flows: "| Increase (decrease) in cash | (23,839 | ) |" then "| Effect of foreign
# exchange on cash | 2,197 |" then "| Cash, beginning of period | 61,373 |"
CHANGE_IN_CASH = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"
CMG_CASH = ("Net cash used in investing activities", "Increase (decrease) in cash", "Effect of foreign exchange on cash",
            "Cash, beginning of period", "Cash, end of period")


def test_exchange_and_balance_labels_are_read_from_the_file(load):
    """[labels] exchange_label and balance_label (mapping/structural.py): the change in cash above an exchange-rate
    effect, before the opening balance, excludes the effect; with the file's words changed, it no longer does."""
    kn = rules.mapping_knowledge()
    assert kn.exchange_label.pattern == _raw()["labels"]["exchange_label"]
    assert kn.balance_label.pattern == _raw()["labels"]["balance_label"]
    excluding = CHANGE_IN_CASH.replace("Including", "Excluding")
    assert structural(CHANGE_IN_CASH, CMG_CASH[1], CMG_CASH, 1)[0] == excluding
    raw = _raw()
    raw["labels"]["exchange_label"] = "\\bno such words\\b"
    load(raw)
    assert structural(CHANGE_IN_CASH, CMG_CASH[1], CMG_CASH, 1)[0] == CHANGE_IN_CASH
    raw = _raw()
    raw["labels"]["balance_label"] = "\\beffect\\b"  # the effect's line read as a balance: the change's lines end there
    load(raw)
    assert structural(CHANGE_IN_CASH, CMG_CASH[1], CMG_CASH, 1)[0] == CHANGE_IN_CASH


def _at(labels, position):
    return type("Ctx", (), {"labels": labels, "position": position})()


# lines of Computer Modelling Group Q3 FY2025's balance sheet (abridged), which deducts no accumulated depreciation:
# "Property and equipment 9,808"
CMG_ASSETS = ("Cash", "Trade and other receivables", "Property and equipment", "Total assets", "Total liabilities")
PPE_ABOVE_DEPRECIATION = ("Property, plant and equipment", "Less accumulated depreciation", "Total assets")
# a bank's balance sheet, classifying nothing as current
BANK = ("Cash and due from banks", "Total Loans", "Other assets", "TOTAL ASSETS", "Total deposits", "TOTAL LIABILITIES")


def test_net_gross_parts_are_read_from_the_file(load):
    """[elements] net_gross: an asset right above its accumulated depreciation is the gross amount; on a balance sheet
    that deducts none, the net amount. Without the pair in the file neither is told."""
    assert [list(p) for p in rules.mapping_knowledge().net_gross] == _raw()["elements"]["net_gross"]
    gross, net = "us-gaap:PropertyPlantAndEquipmentGross", "us-gaap:PropertyPlantAndEquipmentNet"
    assert gross_or_net(net, PPE_ABOVE_DEPRECIATION[0], _at(PPE_ABOVE_DEPRECIATION, 0))[0] == gross
    assert gross_or_net(gross, CMG_ASSETS[2], _at(CMG_ASSETS, 2))[0] == net
    raw = _raw()
    raw["elements"]["net_gross"] = [["AfterAllowance", "BeforeAllowance"]]
    load(raw)
    assert gross_or_net(net, PPE_ABOVE_DEPRECIATION[0], _at(PPE_ABOVE_DEPRECIATION, 0)) == (net, None)
    assert gross_or_net(gross, CMG_ASSETS[2], _at(CMG_ASSETS, 2)) == (gross, None)


def test_a_whole_balance_sheet_is_told_by_the_words_of_the_file(load):
    """[labels] total_assets_label and claims_label: a bank's balance sheet, its assets totalled and its deposits and
    liabilities printed, is whole, and classifies nothing as current: its "Other assets" are us-gaap:OtherAssets."""
    kn = rules.mapping_knowledge()
    assert kn.total_assets_label.pattern == _raw()["labels"]["total_assets_label"]
    assert kn.claims_label.pattern == _raw()["labels"]["claims_label"]
    noncurrent = "us-gaap:OtherAssetsNoncurrent"
    assert section_variant(noncurrent, "Other assets", (), labels=BANK)[0] == "us-gaap:OtherAssets"
    raw = _raw()
    raw["labels"]["claims_label"] = "^no such line$"
    load(raw)
    assert section_variant(noncurrent, "Other assets", (), labels=BANK)[0] == noncurrent
    raw = _raw()
    raw["labels"]["total_assets_label"] = "^no such line$"
    load(raw)
    assert section_variant(noncurrent, "Other assets", (), labels=BANK)[0] == noncurrent
    assert gross_or_net("us-gaap:PropertyPlantAndEquipmentGross", CMG_ASSETS[2], _at(CMG_ASSETS, 2))[1] is None


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
    (lambda r: r.pop("elements"), r"\[elements\]: a table of head_misfits, needs_words, net_gross, net_outflow, no_statement_line, outflow, said_kinds"),
    (lambda r: r["elements"].pop("net_outflow"), r"\[elements\]: missing net_outflow"),
    (lambda r: r["elements"].update(net_outflow="(?<=[a-z]+)PaidNet$"), r"\[elements\] net_outflow: the pattern .* is not a regular expression"),
    (lambda r: r["elements"].pop("said_kinds"), r"\[elements\]: missing said_kinds"),
    (lambda r: r["elements"].pop("head_misfits"), r"\[elements\]: missing head_misfits"),
    (lambda r: r["elements"].update(head_misfits=[["^gains?", "IncreaseDecrease", "x"]]), r"\[elements\] head_misfits: a list of \[label pattern, element-name pattern\] pairs"),
    (lambda r: r["labels"].pop("operating_income_line"), r"\[labels\]: missing operating_income_line"),
    (lambda r: r["labels"].update(net_interest_line="(net interest"), r"\[labels\] net_interest_line: the pattern .* is not a regular expression"),
    (lambda r: r["elements"].update(said_kinds=["lease", "Lease"]), r"\[elements\] said_kinds: a list of \[label-key pattern, element-name pattern\] pairs"),
    (lambda r: r["elements"].update(said_kinds=[["(lease", "Lease"]]), r"\[elements\] said_kinds\[0\]: the pattern .* is not a regular expression"),
    (lambda r: r["elements"].update(gross_net=[]), r"\[elements\]: unknown key gross_net"),
    (lambda r: r["elements"].pop("net_gross"), r"\[elements\]: missing net_gross"),
    (lambda r: r["elements"].update(net_gross=[["Net", "Net"]]), r"\[elements\] net_gross: a list of \[net, gross\] pairs"),
    (lambda r: r["elements"].update(net_gross=[["net", "gross"]]), r"\[elements\] net_gross: a list of \[net, gross\] pairs"),
    (lambda r: r["elements"].update(net_gross=["Net", "Gross"]), r"\[elements\] net_gross: a list of \[net, gross\] pairs"),
    (lambda r: r["elements"].update(net_gross=[]), r"\[elements\] net_gross: a list of \[net, gross\] pairs"),
    (lambda r: r["labels"].update(change_words="change"), r"\[labels\]: unknown key change_words"),
    (lambda r: r["labels"].pop("flow_label"), r"\[labels\]: missing flow_label"),
    (lambda r: r["labels"].update(cash_flow_line="\\bnet cash(\\b"), r"\[labels\] cash_flow_line: the pattern .* is not a regular expression"),
    (lambda r: r["labels"].update(change_label=["change"]), r"\[labels\] change_label: a pattern \(a string\)"),
    (lambda r: r["labels"].update(exchange_labels="exchange"), r"\[labels\]: unknown key exchange_labels"),
    (lambda r: r["labels"].pop("exchange_label"), r"\[labels\]: missing exchange_label"),
    (lambda r: r["labels"].update(exchange_label="\\b(?:exchange\\b"), r"\[labels\] exchange_label: the pattern .* is not a regular expression"),
    (lambda r: r["labels"].update(balance_label="(?:beginning"), r"\[labels\] balance_label: the pattern .* is not a regular expression"),
    (lambda r: r["labels"].update(balance_label=["beginning"]), r"\[labels\] balance_label: a pattern \(a string\)"),
    (lambda r: r["labels"].pop("total_assets_label"), r"\[labels\]: missing total_assets_label"),
    (lambda r: r["labels"].update(total_assets_label="\\btotal assets(\\b"), r"\[labels\] total_assets_label: the pattern .* is not a regular expression"),
    (lambda r: r["labels"].update(claims_label="liabilit|(equity"), r"\[labels\] claims_label: the pattern .* is not a regular expression"),
    (lambda r: r["labels"].update(claims_label=None), r"\[labels\] claims_label: a pattern \(a string\)"),
])
def test_a_malformed_entry_is_an_error_naming_its_place(load, change, message):
    raw = _raw()
    change(raw)
    with pytest.raises(PrxbrlError, match=r"^mapping\.toml: " + message):
        load(raw)
