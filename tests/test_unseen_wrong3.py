"""Wrong facts the converter wrote on releases nobody wrote rules for (8-K earnings releases; SEC filing text is public
domain), each fixed at its mechanism: the tests hold the real lines they were found on."""

from dataclasses import replace
from pathlib import Path

from prxbrl.mapping.choose import Context, choose

FIXTURES = Path(__file__).parent / "fixtures"

# Kentucky First Federal Bancorp Q2 FY2025 (/work/unseen16/kffb-fy25q2.md lines 55-68), "SUMMARY OF FINANCIAL
# HIGHLIGHTS" / "Condensed Consolidated Balance Sheets" (in thousands):
#     | LIABILITIES AND SHAREHOLDERS' EQUITY |
#     | Deposits | ... | $ | | 263,055 | ... | $ | 256,139 |
#     | FHLB Advances | ... | 61,792 | ... | 68,988 |
#     | Other Liabilities | ... | 1,306 | ... | 1,844 |
#     | Total liabilities | ... | 326,153 | ... | 326,971 |
KFFB = ("ASSETS", "Cash and cash equivalents", "Investment Securities", "Loans available-for sale", "Loans, net",
        "Real estate acquired through foreclosure", "Other Assets", "Total Assets", "LIABILITIES AND SHAREHOLDERS' EQUITY",
        "Deposits", "FHLB Advances", "Other Liabilities", "Total liabilities", "Shareholders' Equity",
        "Total liabilities and shareholders' equity")


def test_fhlb_advances_say_no_term():
    """"FHLB Advances" had been us-gaap:FederalHomeLoanBankAdvancesLongTerm (two filers' "FHLB advances"): the
    balance sheet says no term anywhere, so the long-term advances are no reading of it. Spelled out (the abbreviation
    is: mapping.toml [normalize] abbreviations), the label is the one filers print for
    us-gaap:AdvancesFromFederalHomeLoanBanks, the advances whatever their term."""
    pos = KFFB.index("FHLB Advances")
    ctx = Context(statement="B", period="i", unit="money", section=("LIABILITIES AND SHAREHOLDERS' EQUITY",), labels=KFFB,
                  position=pos)
    assert choose("FHLB Advances", ctx).qname == "us-gaap:AdvancesFromFederalHomeLoanBanks"
    spelled = KFFB[:pos] + ("Federal Home Loan Bank advances",) + KFFB[pos + 1:]
    assert choose("Federal Home Loan Bank advances", replace(ctx, labels=spelled)).qname == "us-gaap:AdvancesFromFederalHomeLoanBanks"
    # a balance sheet that says a term somewhere: its totals and the filers decide, as before
    classified = spelled + ("Long-term debt",)
    assert choose("Federal Home Loan Bank advances", replace(ctx, labels=classified)).qname == "us-gaap:FederalHomeLoanBankAdvancesLongTerm"


# Bank of America Q4 2024 (/work/unseen16/bofa-q4-2024.md lines 485-503), "Balance Sheet, Liquidity, and Capital
# Highlights ($ in billions except per share data, end of period, unless otherwise noted)":
#     | **Equity**                       |              |              |              |
#     | Common shareholders' equity      | $272.4       | $272.0       | $263.2       |
#     | Common equity ratio              | 8.4 %        | 8.2 %        | 8.3 %        |
#     | Tangible common shareholders' equity¹ | $202.3  | $201.9       | $193.1       |
BOFA = ("Ending Balance Sheet", "Total assets", "Total loans and leases",
        "Total loans and leases in business segments (excluding All Other)", "Total deposits", "Average Balance Sheet",
        "Average total assets", "Average loans and leases", "Average deposits", "Funding and Liquidity", "Long-term debt",
        "Global Liquidity Sources, average", "Equity", "Common shareholders' equity", "Common equity ratio",
        "Tangible common shareholders' equity¹", "Tangible common equity ratio¹", "Per Share Data",
        "Common shares outstanding (in billions)", "Book value per common share", "Tangible book value per common share¹")


def test_common_shareholders_equity_is_no_stockholders_equity_where_preferred_stock_may_stand():
    """"Common shareholders' equity" had been us-gaap:StockholdersEquity (38 filers' label for it: companies with no
    preferred stock). Bank of America's equity includes preferred stock, which the highlights do not print: the
    common holders' part, which no US GAAP element names, is the company's own line item; no runner-up
    (LiabilitiesAndStockholdersEquity, CommonStockValue) either."""
    ctx = Context(statement="B", period="i", unit="money", section=("Equity",), labels=BOFA,
                  position=BOFA.index("Common shareholders' equity"))
    ch = choose("Common shareholders' equity", ctx)
    assert ch.qname is None and "preferred stock" in ch.evidence[0]
    # nor the tangible common equity, which would otherwise take StockholdersEquity the row above no longer holds
    tangible = replace(ctx, position=BOFA.index("Tangible common shareholders' equity¹"))
    assert choose("Tangible common shareholders' equity¹", tangible).qname is None
    # a balance sheet that prints its equity section with common stock and no preferred stock: the whole equity
    sheet = ("Common stock, $1 par value", "Additional paid-in capital", "Retained earnings", "Total common shareholders' equity")
    whole = Context(statement="B", period="i", unit="money", section=("Shareholders' equity",), labels=sheet, position=3)
    assert choose("Total common shareholders' equity", whole).qname == "us-gaap:StockholdersEquity"
    with_preferred = replace(whole, labels=("Preferred stock",) + sheet, position=4)
    assert choose("Total common shareholders' equity", with_preferred).qname is None


def test_an_adjustment_printed_negative_is_the_line_item_taken_out(tmp_path):
    """Palomar Q4 2024 (/work/unseen12/palomar-q4-2024.md lines 148-195, 539-557; the excerpt keeps them): the key
    metrics print "| Catastrophe losses | $ | 8,122 | ... | $ | 10 |" (us-gaap:LossFromCatastrophes); the reconciliation
    of the "Adjusted combined ratio excluding catastrophe losses" prints under "| Adjustments to numerator: |"
    "| Catastrophe losses |  | (8,122 | ) | ... | (10 | ) | ... | (27,846 | ) | ... | (3,442 | ) |". Its figures had
    disagreed with the key metrics' and made the company's own palomar:CatastropheLosses of -8,122: the adjustment
    takes the line item out, us-gaap:LossFromCatastrophes of 8,122 (mapping/reconciling.py deducted_again)."""
    import csv
    import shutil

    from prxbrl.pipeline import convert

    src = tmp_path / "palomar-q4-2024.md"
    shutil.copy(FIXTURES / "palomar-q4-2024-catastrophe-excerpt.md", src)
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    cat = {(r["concept"], r["period_start"], r["value"]) for r in rows if r["label"] == "Catastrophe losses"}
    assert cat == {("us-gaap:LossFromCatastrophes", "2024-10-01", "8122000"), ("us-gaap:LossFromCatastrophes", "2023-10-01", "10000"),
                   ("us-gaap:LossFromCatastrophes", "2024-01-01", "27846000"), ("us-gaap:LossFromCatastrophes", "2023-01-01", "3442000")}
