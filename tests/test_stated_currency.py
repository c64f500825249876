"""A release that says its amounts are in another dollar: its "$" is that dollar; physical quantities and prices per
one are no money; shares counted under a heading that words them "outstanding shares" are shares.

Lines copied from PrairieSky Royalty's Q4 2024 release (GlobeNewswire markdown, lines 7 and 11-62) and Kentucky
First Federal Bancorp's Q2 FY2025 release (lines 33-49)."""

from decimal import Decimal

import pytest
from conftest import cells, extracted as _doc, line_of as _line

from prxbrl.reporting_currency import stated_dollar
from prxbrl.tables.columns import label_unit

PRAIRIESKY = [
    "# PrairieSky Announces Fourth Quarter and Year-End Results for 2024, Including Record Annual Oil Royalty Production and Increased Annual Dividend",
    "",
    "The following table summarizes select operational and financial information of the Company for the periods noted. All dollar amounts are stated in Canadian dollars unless otherwise noted.",
    "",
    "|  | Three months ended | | | | | | Year ended | | | |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    "|  | December 31 | | September 30 | | December 31 | | December 31 | | December 31 | |",
    "| ($ millions, except per share or as otherwise noted) | 2024 | | 2024 | | 2023 | | 2024 | | 2023 | |",
    "| FINANCIAL |  | |  | |  | |  | |  | |",
    "| Revenues | 135.6 |  | 117.3 |  | 136.6 |  | 509.2 |  | 513.2 |  |",
    "| Net earnings | 60.2 |  | 47.3 |  | 67.4 |  | 215.3 |  | 227.6 |  |",
    "| Per share - basic and diluted(1) | 0.25 |  | 0.20 |  | 0.28 |  | 0.90 |  | 0.95 |  |",
    "| OPERATIONAL |  | |  | |  | |  | |  | |",
    "| Royalty production volumes |  | |  | |  | |  | |  | |",
    "| Crude oil (bbls/d) | 13,317 |  | 12,733 |  | 12,844 |  | 13,125 |  | 12,438 |  |",
    "| Natural gas (MMcf/d) | 55.1 |  | 57.0 |  | 60.4 |  | 58.1 |  | 59.5 |  |",
    "| Realized pricing |  | |  | |  | |  | |  | |",
    "| Crude oil ($/bbl) | 81.66 |  | 85.90 |  | 83.27 |  | 84.12 |  | 82.52 |  |",
    "| Operating netback per BOE(7) | 45.86 |  | 46.65 |  | 48.68 |  | 45.82 |  | 46.32 |  |",
    "| West Texas Intermediate (WTI) (US$/bbl) | 70.27 |  | 75.10 |  | 78.32 |  | 75.72 |  | 77.62 |  |",
]


def test_a_release_stating_canadian_dollars_reports_its_dollar_amounts_in_cad(tmp_path):
    doc = _doc(tmp_path, PRAIRIESKY)
    assert doc.reporting_currency == "CAD"
    rev = cells(doc, line=_line(PRAIRIESKY, "| Revenues"))
    assert [c.value * 10 ** c.scale for c in rev][:1] == [Decimal("135600000.0")]
    assert {c.unit for c in rev} == {"CAD"}
    assert {c.unit for c in cells(doc, line=_line(PRAIRIESKY, "| Per share"))} == {"CAD/shares"}


def test_volumes_and_prices_per_barrel_are_no_money(tmp_path):
    doc = _doc(tmp_path, PRAIRIESKY)
    for text in ("| Crude oil (bbls/d)", "| Natural gas (MMcf/d)", "| Crude oil ($/bbl)", "| Operating netback per BOE", "| West Texas"):
        row = _line(PRAIRIESKY, text)
        # under "($ millions ...)" 13,317 barrels a day had been CAD 13,317,000,000; 81.66 a barrel CAD 81,660,000
        assert not cells(doc, line=row), text
        # (the footnote number after a label is its own token: "per BOE(7)")
        assert {t.reason for t in doc.tokens if t.span.line == row} - {"label_number"} == {"not_money"}, text


@pytest.mark.parametrize("sentence, code", [
    ("All dollar amounts are stated in Canadian dollars unless otherwise noted.", "CAD"),
    ("Unless otherwise noted, all amounts are in Canadian dollars.", "CAD"),
    ("(Expressed in thousands of Canadian dollars)", "CAD"),
    ("All amounts are in Australian dollars unless otherwise stated.", "AUD"),
    # the U.S. dollar, a currency that is no dollar, or a sentence about a part of the business: no restatement
    ("All dollar amounts are in U.S. dollars unless otherwise noted.", None),
    ("All amounts are in euros.", None),
    ("Sales in Canada, expressed in Canadian dollars, grew 5%.", None),
])
def test_the_dollar_a_release_states(sentence, code):
    assert stated_dollar(["Results", sentence]) == code


def test_two_currencies_stated_restate_nothing():
    lines = ["All amounts are in Canadian dollars.", "All amounts are in Australian dollars."]
    assert stated_dollar(lines) is None


KFFB = [
    "Kentucky First Federal Bancorp Releases Earnings",
    "",
    "| (In thousands, except share data) |  |  | |  |  |  | |  |  | |  | |  |  |  | |",
    "|  |  | Six months ended | | | | | |  | Three months ended | | | | | | |",
    "|  |  | December 31, | | | | | |  | December 31, | | | | | | |",
    "|  |  | 2024 | |  |  | 2023 | |  |  | 2024 | |  |  | 2023 | |",
    "| Net Income (Loss) | $ | (2 | ) |  | $ | (536 | ) |  | $ | | 13 |  |  | $ | (361 | ) |",
    "| Weighted average outstanding shares: |  |  | |  |  |  | |  |  | |  | |  |  |  | |",
    "| Basic and Diluted |  | 8,098,715 |  |  |  | 8,098,715 |  |  |  | | 8,098,715 |  |  |  | 8,098,715 |  |",
]


def test_weighted_average_outstanding_shares_are_shares_unscaled(tmp_path):
    assert label_unit("Weighted average outstanding shares:") == "shares"
    doc = _doc(tmp_path, KFFB)
    shares = cells(doc, line=_line(KFFB, "| Basic and Diluted"))
    # "(In thousands, except share data)": 8,098,715 shares, not USD 8,098,715,000
    assert shares and {(c.unit, c.scale, c.value) for c in shares} == {("shares", 0, Decimal("8098715"))}


UNITED_FIRE = [
    "| Financial Highlights | | | | | | | | | | | | | | | |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    "| (Unaudited) | Three Months Ended December 31, | | | | | | |  | Twelve Months Ended December 31, | | | | | | |",
    "| (In thousands, except per share data) |  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |",
    "| Net earned premiums | $ | 308,137 |  |  | $ | 264,366 |  |  | $ | 1,176,750 |  |  | $ | 1,034,587 |  |",
    "| Net written premiums |  | 278,529 |  |  |  | 246,830 |  |  |  | 1,231,470 |  |  |  | 1,066,901 |  |",
    "|  |  | | |  |  | | |  |  | | |  |  | | |",
    "| Combined ratio: |  | | |  |  | | |  |  | | |  |  | | |",
    "| Net loss ratio |  | 57.3 | % |  |  | 64.8 | % |  |  | 63.3 | % |  |  | 74.4 | % |",
    "| Underwriting expense ratio |  | 37.1 | % |  |  | 34.4 | % |  |  | 35.9 | % |  |  | 34.9 | % |",
    "| Combined ratio |  | 94.4 | % |  |  | 99.2 | % |  |  | 99.2 | % |  |  | 109.3 | % |",
    "|  |  | | |  |  | | |  |  | | |  |  | | |",
    "| Additional ratios: |  | | |  |  | | |  |  | | |  |  | | |",
    "| Net loss ratio |  | 57.3 | % |  |  | 64.8 | % |  |  | 63.3 | % |  |  | 74.4 | % |",
    "| Catastrophes |  | 1.6 | % |  |  | 1.5 | % |  |  | 5.4 | % |  |  | 6.2 | % |",
    "| Reserve development |  | — | % |  |  | 3.3 | % |  |  | — | % |  |  | 6.0 | % |",
    "| Underlying loss ratio (non-GAAP) |  | 55.7 | % |  |  | 60.0 | % |  |  | 57.9 | % |  |  | 62.2 | % |",
    "| Underwriting expense ratio |  | 37.1 | % |  |  | 34.4 | % |  |  | 35.9 | % |  |  | 34.9 | % |",
    "| Underlying combined ratio (non-GAAP) |  | 92.8 | % |  |  | 94.4 | % |  |  | 93.8 | % |  |  | 97.1 | % |",
    "|  |  | | |  |  | | |  |  | | |  |  | | |",
    "| Net investment income | $ | 23,156 |  |  | $ | 19,098 |  |  | $ | 81,986 |  |  | $ | 59,606 |  |",
]


def test_a_row_printing_a_currency_under_a_heading_of_ratios_is_money(tmp_path):
    # United Fire Group's Q4 2024 release (lines 8-27): "Net investment income | $ | 23,156" after the rows of
    # "Additional ratios:" had been excluded as a change of a rate in percentage points
    doc = _doc(tmp_path, UNITED_FIRE)
    nii = cells(doc, line=_line(UNITED_FIRE, "| Net investment income"))
    assert [(c.unit, c.value * 10 ** c.scale) for c in nii][0] == ("USD", Decimal("23156000"))
    assert {c.unit for c in cells(doc, line=_line(UNITED_FIRE, "| Catastrophes"))} == {"pure"}
