"""IFRS words for what US GAAP names otherwise (mapping.toml [index] synonyms, applied in labels.label_key and in the
concept index built with it). Labels from IFRS releases the converter was never built on."""

from __future__ import annotations

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.labels import label_key
from prxbrl.mapping.mapping_entries import _synonym_pairs

BALANCE = Context(statement="B", period="i", unit="money")
INCOME = Context(statement="I", period="d", unit="money")


def test_keys_say_us_gaap_words():
    assert label_key("Share capital") == label_key("Common stock")
    assert label_key("Proceeds from issue of share capital") == label_key("Proceeds from issue of common stock")
    # IAS 1's finance costs are no interest expense: they hold exchange losses and remeasurements too (mapping.toml
    # rules make them the company's own FinanceCosts)
    assert label_key("Net finance costs") != label_key("Net interest expense")
    assert label_key("Sharecapital") != label_key("Common stock")  # whole words only


@pytest.mark.parametrize("label, ctx, concept", [
    # Computer Modelling Group Q3 FY2025 and NX FY2024 equity: "| Share capital |" had been us-gaap:StockholdersEquity
    # (a filer's "Capital", similarity 0.76), so the equity total collided with it
    ("Share capital", BALANCE, "us-gaap:CommonStockValue"),
    ("Share premium", BALANCE, "us-gaap:AdditionalPaidInCapital"),
    # Shell Q1 2025, current liabilities: "Trade and other payables 60,870 60,693"
    ("Trade and other payables", Context(statement="B", period="i", unit="money", section=("Current liabilities",)),
     "us-gaap:AccountsPayableAndAccruedLiabilitiesCurrent"),
])
def test_ifrs_labels(label, ctx, concept):
    assert choose(label, ctx).qname == concept


def test_synonyms_are_validated():
    with pytest.raises(PrxbrlError, match="pairs"):
        _synonym_pairs([["share capital"]])
    with pytest.raises(PrxbrlError, match="never change"):
        _synonym_pairs([["the", "common stock"]])


def test_ordinary_shares_and_eps_are_keyed_as_common_shares_and_earnings_per_share():
    assert label_key("EPS Attributable to Ordinary Shares – Basic") == label_key("Earnings per share attributable to common shares - basic")
    assert label_key("Net income attributable to ordinary shareholders") == label_key("Net income attributable to common shareholders")
    assert label_key("Ordinary income") == "ordinary income"  # only the shares and their holders


def test_a_foreign_private_issuers_eps_outside_the_statements():
    # China Cord Blood Q2 FY2011 (lines 124-126), a table of highlights (an index concept needs similarity 0.9 there):
    # "EPS Attributable to Ordinary Shares" over "– Basic (RMB/USD) | 0.29 | 0.33" was the company's own
    # ext:EPSAttributableToOrdinarySharesBasic (us-gaap:EarningsPerShareBasic at similarity 0.69, through "basic eps")
    ch = choose("EPS Attributable to Ordinary Shares – Basic (RMB/USD)", Context(unit="per_share"), min_similarity=0.9)
    assert ch.qname == "us-gaap:EarningsPerShareBasic"
