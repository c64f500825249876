"""Adjustments of a GAAP line item in a GAAP to non-GAAP reconciliation where other GAAP measures stand between the
line item and its adjustments (``arithmetic._paired_measures``), and adjustments no mapping rule names that a table of
the release splits by line item (``adjustments._split_elsewhere``).

NVIDIA Q3 FY2026 (HTML), "RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES":

    GAAP cost of revenue $ 15,157 $ 12,890 $ 8,926 $ 45,441 $ 22,031
    GAAP gross profit $ 41,849 $ 33,853 $ 26,156 $ 102,370 $ 69,135
    GAAP gross margin 73.4% 72.4% 74.6% 69.3% 75.8%
    Acquisition-related and other costs (A) 48 49 116 219 355
    Stock-based compensation expense (B) 70 58 50 192 125
    Other - - - 4 (4)
    Non-GAAP cost of revenue $ 15,039 $ 12,783 $ 8,760 $ 45,026 $ 21,555
    ...
    GAAP operating expenses $ 5,839 ...
    Stock-based compensation expense (B) (1,585) ...
    Acquisition-related and other costs (A) (39) (37) (39) (113) (86)
    ...
    (A) Acquisition-related and other costs are comprised of amortization of intangible assets, transaction costs, and
    certain compensation charges and are included in the following line items:
    Cost of revenue $ 48 ...   Research and development $ 35 ...   Sales, general and administrative $ 4 ...
    (B) Stock-based compensation consists of the following:
    Cost of revenue $ 70 ...

The cost-of-revenue block's adjustments had been extension line items (nvda:StockBasedCompensationExpense 70,
nvda:AcquisitionRelatedAndOtherCosts 48) and the opex block's nvda:AcquisitionRelatedAndOtherCostsT06 -39: no sum was
found for "Non-GAAP cost of revenue" (15,157 - 48 - 70 - 0), the gross profit and margin rows standing between.
"""

import csv
from pathlib import Path

import pytest

from prxbrl.pipeline import convert

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
LOC = "us-gaap:IncomeStatementLocationAxis"
SBC = "us-gaap:AllocatedShareBasedCompensationExpense"


def _facts(src: Path, tmp_path: Path) -> list[dict]:
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def _by(facts, start, end, label):
    return {(r["concept"], r.get(LOC) or ""): r["value"] for r in facts
            if r["period_start"] == start and r["period_end"] == end and r["label"] == label}


@pytest.mark.skipif(not (CORPUS / "nvidia-q3-fy2026.html").exists(), reason="../shared/corpus is not beside the project")
def test_adjustments_of_cost_of_revenue_among_the_gross_profit_rows(tmp_path):
    facts = _facts(CORPUS / "nvidia-q3-fy2026.html", tmp_path)
    q3, nine = ("2025-07-28", "2025-10-26"), ("2025-01-27", "2025-10-26")
    sbc = _by(facts, *q3, "Stock-based compensation expense (B)")
    assert sbc == {(SBC, "us-gaap:CostOfSalesMember"): "70000000", (SBC, "us-gaap:OperatingExpenseMember"): "1585000000"}
    # the (A) table's amount, recorded in cost of revenue (the table's own "Cost of revenue $ 48") and in operating
    # expenses (its research and development 35 and sales, general and administrative 4): positive, as costs
    acq = _by(facts, *q3, "Acquisition-related and other costs (A)")
    assert acq == {("nvda:AcquisitionRelatedAndOtherCosts", "us-gaap:CostOfSalesMember"): "48000000",
                   ("nvda:AcquisitionRelatedAndOtherCosts", "us-gaap:OperatingExpenseMember"): "39000000"}
    assert _by(facts, *nine, "Acquisition-related and other costs (A)")[
        ("nvda:AcquisitionRelatedAndOtherCosts", "us-gaap:OperatingExpenseMember")] == "113000000"
    by_item = _by(facts, *q3, "Research and development")
    assert by_item[("nvda:AcquisitionRelatedAndOtherCosts", "us-gaap:ResearchAndDevelopmentExpenseMember")] == "35000000"
    # no adjustment is left without the line item it is recorded in
    assert not [r for r in facts if r["label"] in ("Acquisition-related and other costs (A)", "Stock-based compensation expense (B)")
                and not r.get(LOC)]


@pytest.mark.skipif(not (CORPUS / "nvidia-q1-fy2023.html").exists(), reason="../shared/corpus is not beside the project")
def test_adjustments_of_gross_profit_are_recorded_in_cost_of_revenue(tmp_path):
    """NVIDIA Q1 FY2023: "GAAP gross profit $ 5,431" / "GAAP gross margin 65.5%" / "Acquisition-related and other
    costs (A) 94" / "Stock-based compensation expense (B) 38" / "IP-related costs -" / "Non-GAAP gross profit $ 5,563"
    (5,431 + 94 + 38): expenses added back to gross profit, which is revenue less cost of revenue, are recorded in
    cost of revenue; the (A) and (B) tables print "Cost of revenue $ 94" and "Cost of revenue $ 38"."""
    facts = _facts(CORPUS / "nvidia-q1-fy2023.html", tmp_path)
    q1 = ("2022-01-31", "2022-05-01")
    assert _by(facts, *q1, "Stock-based compensation expense (B)") == {
        (SBC, "us-gaap:CostOfSalesMember"): "38000000", (SBC, "us-gaap:OperatingExpenseMember"): "540000000"}
    assert _by(facts, *q1, "Acquisition-related and other costs (A)") == {
        ("nvda:AcquisitionRelatedAndOtherCosts", "us-gaap:CostOfSalesMember"): "94000000",
        ("nvda:AcquisitionRelatedAndOtherCosts", "us-gaap:OperatingExpenseMember"): "55000000"}
    # the (A) table's rows are the same amount by line item (its "Cost of revenue $ 94" the same fact as the row above)
    assert _by(facts, *q1, "Research and development")[
        ("nvda:AcquisitionRelatedAndOtherCosts", "us-gaap:ResearchAndDevelopmentExpenseMember")] == "9000000"


@pytest.mark.skipif(not (CORPUS / "nvidia-q1-fy2023.html").exists(), reason="../shared/corpus is not beside the project")
def test_other_income_adjustments_need_the_statements_line_item(tmp_path):
    """NVIDIA Q3 FY2026: "GAAP total other income, net $ 1,926" / "Gains from non-marketable equity securities and
    publicly-held equity securities, net (1,354)" / "Interest expense related to amortization of debt discount 1" /
    "Non-GAAP total other income, net $ 573": the amortization recorded in total other income (the statement's
    "Total other income, net 1,926", us-gaap:NonoperatingIncomeExpense), an expense added back: 1.
    NVIDIA Q1 FY2023: "GAAP other income (expense), net $ (63)" was read as OtherNonoperatingIncomeExpense, which the
    statement prints as "Other, net (13)": no member is named from that concept, the rows stay the company's own."""
    q3 = _facts(CORPUS / "nvidia-q3-fy2026.html", tmp_path / "q3")
    assert _by(q3, "2025-07-28", "2025-10-26", "Interest expense related to amortization of debt discount") == {
        ("us-gaap:AmortizationOfDebtDiscountPremium", "us-gaap:NonoperatingIncomeExpenseMember"): "1000000"}
    q1 = _facts(CORPUS / "nvidia-q1-fy2023.html", tmp_path / "q1")
    rows = ("Interest expense related to amortization of debt discount", "Losses (gains) from non-affiliated investments")
    assert not [r for r in q1 if r["label"] in rows and (r.get(LOC) or not r["concept"].startswith("nvda:"))]
