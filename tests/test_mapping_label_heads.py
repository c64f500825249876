"""What a label's head says it is rules out elements that are no reading of it, whatever filer once labelled them so
(mapping.toml [elements] head_misfits): a gain or loss on something is no change of a balance, an increase or decrease
no write-down; and abbreviations are the words filers also spell out (mapping.toml [normalize] abbreviations, read
into every label key).

Lines of a real statement: Lennar Corporation, 10-Q filed 2025-07-01, consolidated statement of cash flows (SEC
Financial Statement Data Sets, daily file of 2025-07-01, pre.txt; public domain), its operating activities."""

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.labels import label_key

LENNAR_CF = (
    "Net earnings (including net earnings attributable to noncontrolling interests)", "Depreciation and amortization",
    "Amortization of discount/premium and accretion on debt, net", "Equity in (earnings) losses from unconsolidated entities",
    "Distributions of earnings from unconsolidated entities", "Share-based compensation expense", "Deferred income tax expense",
    "Gains on redemption/repurchase of senior notes", "Loans held-for-sale unrealized losses",
    "Gains on sale of other assets and loans receivables", "Gain on sale of investments in unconsolidated entities and other",
    "Valuation adjustments and write-offs of option deposits and pre-acquisition costs on real estate, and other assets",
    "Decrease in receivables", "Increase in inventories, excluding valuation adjustments",
    "Increase In Deposits And Pre-acquisition Costs On Real Estate", "(Increase) decrease in other assets",
    "Decrease in loans held-for-sale", "Decrease in accounts payable and other liabilities",
    "Net cash (used in) provided by operating activities")


def _cf(label: str) -> str | None:
    at = LENNAR_CF.index(label)
    return choose(label, Context(statement="C", period="d", unit="money", labels=LENNAR_CF, position=at)).qname


def test_a_gain_is_no_change_of_a_balance():
    # had been us-gaap:IncreaseDecreaseInReceivables, through filers' "Loans receivable and other assets"; nor is it
    # the gain on mortgage loans its filers' "Gain on loan sale" found (GainLossOnSaleOfMortgageLoans needs a mortgage):
    # the company's own gain, or none of US GAAP's changes in balances
    got = _cf("Gains on sale of other assets and loans receivables") or ""
    assert "IncreaseDecrease" not in got and "Mortgage" not in got, got
    assert _cf("Decrease in receivables") == "us-gaap:IncreaseDecreaseInReceivables"


def test_an_increase_is_no_write_down():
    # had been us-gaap:InventoryWriteDown, through filers' "Inventory valuation adjustments": the words the label excludes
    assert _cf("Increase in inventories, excluding valuation adjustments") != "us-gaap:InventoryWriteDown"
    assert _cf("Decrease in receivables") == "us-gaap:IncreaseDecreaseInReceivables"


def test_abbreviations_are_the_words_spelled_out():
    assert label_key("Purchases of PP&E") == label_key("Purchases of property, plant and equipment")
    assert label_key("Proceeds from FHLB advances") == label_key("Proceeds from Federal Home Loan Bank advances")
    assert label_key("R&D") == label_key("Research and development")
    assert label_key("Class D common stock") == "class d common stock"  # a letter alone is no abbreviation
    ctx = Context(statement="C", period="d", unit="money")
    assert choose("Purchases of PP&E", ctx).qname == "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"


def test_worldwide_is_the_whole_company():
    assert label_key("Worldwide (WW) net sales") == label_key("Net sales")
