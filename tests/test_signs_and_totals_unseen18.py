"""Signs and total concepts of three unseen releases (/work/unseen18, FINDINGS.md items 5 and 6); each fixture is the
release's lines, verbatim (the line numbers below are the release's):

- Persimmon plc, half year results 2025 (persimmon-h1-2025.md l.483-536): a UK balance sheet that prints its
  liabilities in parentheses, "| Trade and other payables | | (171.5) |" (l.514), "| Deferred tax liabilities | |
  (56.7) |" (l.515), "| Partnership liability | | (5.1) |" (l.516), "| Dividend liability | 7 | (128.1) |" (l.522); and
  "| Current tax assets | | 13.6 |" (l.505), which the index read as 3,480 filers' "Current assets" (us-gaap:AssetsCurrent).
- Microsoft FY24 Q4 (microsoft-fy24q4.md l.1-6, 480-520, 640-728, one cell per line): "Net change related to
  derivatives" / "(4)" / "20" / "24" / "(14)" (l.496-500) in comprehensive income, and "Net recognized losses on
  investments and derivatives" / "44" / "44" / "305" / "196" (l.668-672) added back in the cash flows.
- Brookfield Wealth Solutions Q4 2024 (brookfield-wealth-q4-2024.md l.76-117): under "Liabilities and equity" an
  unlabelled "111,826" (l.105) adds up the insurance liabilities; "Total liabilities and equity 140,460" (l.116) is
  the section's total.
"""

import csv
import json
from pathlib import Path

from prxbrl.api import convert

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(name: str, tmp_path: Path) -> list[dict]:
    convert(FIXTURES / name, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_liabilities_printed_in_parentheses_are_never_negative_facts(tmp_path):
    """The parentheses are the presentation of the liabilities section, every row alike: "Trade and other payables
    (171.5)" had been -171.5 while "Deferred tax liabilities (56.7)" was +56.7 (positive by nature). The balance sheet
    prints its money to tenths under no stated scale (its PDF conversion lost the "£m" the other statements print), so
    its figures are now excluded (scale_undetermined) rather than written as pounds; whatever is written of it, no
    liability is negative (``sums._liabilities_printed_negative`` gives the section's credit rows their sign where the
    scale is known)."""
    facts = _facts("persimmon-h1-2025-balance-sheet.md", tmp_path)
    assert not [r for r in facts if r["value"].startswith("-") and "iabilit" in r["concept"] + r["label"]]
    assert not [r for r in facts if r["label"] == "Trade and other payables" and r["value"] != "171500000"]
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert {c["reason"] for c in report["cells"] if c["raw"] in ("(171.5)", "(917.9)")} == {"scale_undetermined"}


def test_current_tax_assets_are_no_total_of_current_assets():
    """"Current tax assets 13.6" under "Current assets" is a part of them (l.510 prints their total 4,557.6): the
    concept filers print the label for word for word (us-gaap:IncomeTaxesReceivable), not us-gaap:AssetsCurrent found
    through 3,480 filers' "Current assets" (the label less "tax")."""
    from prxbrl.mapping.choose import Context, choose

    ch = choose("Current tax assets", Context(statement="B", unit="money", period="i", section=("Current assets",)))
    assert ch.qname == "us-gaap:IncomeTaxesReceivable"


def test_a_gain_or_loss_in_comprehensive_income_is_printed_in_its_direction(tmp_path):
    """A gain-or-loss concept is positive by nature nowhere but where a cash-flow statement subtracts gains: "(4)" of
    "Net change related to derivatives" is -4 (all four signs had been inverted, filers printing the label negated)."""
    facts = _facts("microsoft-fy24q4-oci-cash-flows.md", tmp_path)
    deriv = {(r["period_start"], r["period_end"]): r["value"] for r in facts if r["label"] == "Net change related to derivatives"}
    assert deriv == {("2024-04-01", "2024-06-30"): "-4000000", ("2023-04-01", "2023-06-30"): "20000000",
                     ("2023-07-01", "2024-06-30"): "24000000", ("2022-07-01", "2023-06-30"): "-14000000"}


def test_losses_added_back_are_losses(tmp_path):
    """A loss added back in the cash flows, "Net recognized losses on investments and derivatives 44" on
    us-gaap:GainLossOnSaleOfInvestments (a concept of two directions whose label names only the negative one), is a loss
    of -44 (it had been a gain of +44)."""
    facts = _facts("microsoft-fy24q4-oci-cash-flows.md", tmp_path)
    losses = {(r["period_start"], r["period_end"]): r["value"] for r in facts
              if r["label"] == "Net recognized losses on investments and derivatives"}
    assert losses == {("2024-04-01", "2024-06-30"): "-44000000", ("2023-04-01", "2023-06-30"): "-44000000",
                      ("2023-07-01", "2024-06-30"): "-305000000", ("2022-07-01", "2023-06-30"): "-196000000"}


def test_unlabelled_subtotal_is_not_the_total_printed_below(tmp_path):
    """The unlabelled "111,826" had been us-gaap:LiabilitiesAndStockholdersEquity ("Total Liabilities and equity",
    generated), pushing the printed "Total liabilities and equity 140,460" into an extension."""
    facts = _facts("brookfield-wealth-q4-2024-balance-sheet.md", tmp_path)
    total = {r["period_end"]: r["value"] for r in facts if r["concept"] == "us-gaap:LiabilitiesAndStockholdersEquity"}
    assert total == {"2024-12-31": "140460000000", "2023-12-31": "61643000000"}
    assert not [r for r in facts if r["value"] in ("111826000000", "45762000000")
                and r["concept"] in ("us-gaap:LiabilitiesAndStockholdersEquity", "us-gaap:Liabilities")]
