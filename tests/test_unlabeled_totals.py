"""A balance sheet whose totals are printed without labels, with a label wrapped over a line that starts in lower
case: the wrapped label is one row's, the total of a section adds up that section's rows, and a sum of rows under
other headings than its own is no fact of the section it stands in (``rows._unfinished``, ``unlabeled.unlabeled_name``).

Lines 8-57 of Farmers & Merchants Bancshares' FY2024 release (markdown, never seen by the converter): its total
assets had been held-to-maturity securities, its held-to-maturity securities an extension named "LossesOfAnd", and
its total liabilities us-gaap:Assets, and its liabilities asset concepts (the heading "Liabilities and Stockholders'
Equity" had been read as a section inside "Assets", which no labelled total closed)."""

import csv

from prxbrl.pipeline import convert

LINES = [
    "| Farmers and Merchants Bancshares, Inc. and SubsidiariesConsolidated Balance Sheets(Unaudited) | | | | | | |",
    "|  |  | | |  | | |",
    "|  | December 31, | | | December 31, \\* | | |",
    "|  | 2024 | | | 2023 | | |",
    "|  |  | | |  | | |",
    "| Assets | | | |  | | |",
    "|  |  | | |  | | |",
    "| Cash and due from banks | $ | 63,962,047 |  | $ | 44,404,473 |  |",
    "| Federal funds sold and other interest-bearing deposits |  | 697,066 |  |  | 285,864 |  |",
    "| Cash and cash equivalents |  | 64,659,113 |  |  | 44,690,337 |  |",
    "| Certificates of deposit in other banks |  | 100,000 |  |  | 100,000 |  |",
    "| Securities available for sale, at fair value |  | 125,712,926 |  |  | 164,084,673 |  |",
    "| Securities held to maturity, at amortized cost less allowance for credit |  | | |  | | |",
    "| losses of $60,009 and $35,627 |  | 20,498,502 |  |  | 20,163,622 |  |",
    "| Equity security, at fair value |  | 517,550 |  |  | 507,130 |  |",
    "| Restricted stock, at cost |  | 921,000 |  |  | 863,500 |  |",
    "| Mortgage loans held for sale |  | 157,200 |  |  | - |  |",
    "| Loans, less allowance for credit losses of $4,260,189 and $4,285,247 |  | 582,993,314 |  |  | 523,308,044 |  |",
    "| Premises and equipment, net |  | 7,348,800 |  |  | 6,583,452 |  |",
    "| Accrued interest receivable |  | 2,439,108 |  |  | 2,180,734 |  |",
    "| Deferred income taxes, net |  | 7,606,241 |  |  | 8,312,482 |  |",
    "| Other real estate owned, net |  | 1,176,245 |  |  | 1,242,365 |  |",
    "| Bank owned life insurance |  | 15,324,417 |  |  | 14,930,754 |  |",
    "| Goodwill and other intangibles, net |  | 7,026,096 |  |  | 7,034,424 |  |",
    "| Other assets |  | 8,162,575 |  |  | 5,939,309 |  |",
    "|  | $ | 844,643,087 |  | $ | 799,940,826 |  |",
    "|  |  | | |  | | |",
    "| Liabilities and Stockholders' Equity | | | | | | |",
    "|  |  | | |  | | |",
    "| Deposits |  | | |  | | |",
    "| Noninterest-bearing | $ | 107,197,478 |  | $ | 115,284,706 |  |",
    "| Interest-bearing |  | 651,609,250 |  |  | 565,678,145 |  |",
    "| Total deposits |  | 758,806,728 |  |  | 680,962,851 |  |",
    "| Securities sold under repurchase agreements |  | 5,564,103 |  |  | 6,760,493 |  |",
    "| Federal Home Loan Bank of Atlanta advances |  | 5,000,000 |  |  | 5,000,000 |  |",
    "| Federal Reserve Bank advances |  | - |  |  | 33,000,000 |  |",
    "| Long-term debt, net of issuance costs |  | 11,329,115 |  |  | 13,212,378 |  |",
    "| Accrued interest payable |  | 1,002,525 |  |  | 1,482,773 |  |",
    "| Other liabilities |  | 6,668,826 |  |  | 7,344,040 |  |",
    "|  |  | 788,371,297 |  |  | 747,762,535 |  |",
    "| Stockholders' equity |  | | |  | | |",
    "| Common stock, par value $.01 per share, |  | | |  | | |",
    "| authorized 5,000,000 shares; issued and outstanding |  | | |  | | |",
    "| 3,166,653 in 2024 and 3,116,966 shares in 2023 |  | 31,667 |  |  | 31,170 |  |",
    "| Additional paid-in capital |  | 31,135,552 |  |  | 30,398,080 |  |",
    "| Retained earnings |  | 41,612,654 |  |  | 39,433,185 |  |",
    "| Accumulated other comprehensive loss |  | (16,508,083 | ) |  | (17,684,144 | ) |",
    "|  |  | 56,271,790 |  |  | 52,178,291 |  |",
    "|  | $ | 844,643,087 |  | $ | 799,940,826 |  |",
]


def _facts(tmp_path):
    src = tmp_path / "fmb.md"
    src.write_text("\n".join(LINES) + "\n", "utf-8")
    out = tmp_path / "out"
    convert(str(src), str(out), validate=False)
    rows = list(csv.DictReader(open(next(out.glob("*-facts-plain.csv")), encoding="utf-8")))
    return {(r["concept"], r["period_end"]): r["value"] for r in rows}, (out / "report.json").read_text("utf-8")


def test_a_label_wrapped_onto_a_line_in_lower_case_is_one_row(tmp_path):
    facts, _ = _facts(tmp_path)
    assert facts[("us-gaap:HeldToMaturitySecurities", "2024-12-31")] == "20498502"
    assert facts[("us-gaap:HeldToMaturitySecurities", "2023-12-31")] == "20163622"
    assert not any(c.endswith("LossesOfAnd") for c, _ in facts)


def test_the_unlabelled_total_of_the_assets_is_total_assets(tmp_path):
    facts, _ = _facts(tmp_path)
    assert facts[("us-gaap:Assets", "2024-12-31")] == "844643087"
    assert facts[("us-gaap:Assets", "2023-12-31")] == "799940826"


def test_an_unlabelled_sum_of_rows_under_other_headings_is_no_fact(tmp_path):
    facts, report = _facts(tmp_path)
    # the liabilities' total stands in the section "Assets" that no total closed: not total assets, no fact
    assert "788371297" not in facts.values() and "747762535" not in facts.values()
    assert "more than its section" in report


def test_the_liabilities_heading_closes_the_assets_section(tmp_path):
    facts, _ = _facts(tmp_path)
    # "Interest-bearing" under "Deposits" had been InterestBearingDepositsInBanks (an asset), "Other liabilities"
    # DeferredTaxAssetsTaxDeferredExpenseReservesAndAccrualsOther, "Federal Reserve Bank advances" FederalReserveBankStock
    assert facts[("us-gaap:InterestBearingDepositLiabilities", "2024-12-31")] == "651609250"
    assert facts[("us-gaap:OtherLiabilities", "2024-12-31")] == "6668826"
    assert not any(c.endswith("DeferredTaxAssetsTaxDeferredExpenseReservesAndAccrualsOther") or c.endswith("FederalReserveBankStock") or c.endswith("InterestBearingDepositsInBanks")
                   for c, _ in facts)
    # the liabilities' total is followed by the equity its section's heading names: no total of the section
    assert ("us-gaap:LiabilitiesAndStockholdersEquity", "2024-12-31") not in facts
