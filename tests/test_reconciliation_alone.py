"""A reconciliation that is a release's only report of its GAAP lines (``mapping/reconciling.whole_line_item``).

From Ai-Media's FY2023 and FY2024 Appendix 4E (benchmarks/unseen/aimedia-fy202*-4e.md): the releases print no
statement, only the headline results and, line 41 / 43, "the key reconciling items between statutory loss after income
tax and EBITDA": "Revenue", "Gross profit*", "Less: Income tax expense", "Loss after income tax expense", then "Add:
Finance costs", "Add: Income tax expense", "Less: Interest income" to "Loss before interest and taxation (EBIT)" and
"Depreciation and amortisation expense" to "EBITDA". The guard that keeps a reconciliation's rows off the standard
concepts unless a statement prints the same figures had left gross profit, the net loss, finance costs, interest
income and D&A to the company (``aimedia:LossAfterIncomeTaxExpense``, ``aimedia:AddFinanceCosts`` ...), and
"amortisation" was a word the index does not know (``aimedia:DepreciationAndAmortisationExpense``)."""

from __future__ import annotations

import pytest
from conftest import ROOT, plain_facts

UNSEEN = ROOT / "benchmarks" / "unseen"

FY2023 = {  # line 41: (concept, FY2023 value, FY2022 value)
    "us-gaap:GrossProfit": ("36860819", "32868063"),
    "us-gaap:NetIncomeLoss": ("-4017064", "-4923715"),
    "aimedia:FinanceCosts": ("761594", "1366631"),  # IAS 1's finance costs, no US GAAP interest element (mapping.toml)
    "us-gaap:InvestmentIncomeInterest": ("50169", "17285"),  # "Less: Interest income (50,169)": income, positive
    "us-gaap:IncomeTaxExpenseBenefit": ("1711000", "222270"),
    "us-gaap:DepreciationAndAmortization": ("4905191", "4452673"),
}


@pytest.fixture(scope="module")
def fy2023(tmp_path_factory):
    return plain_facts(UNSEEN / "aimedia-fy2023-4e.md", tmp_path_factory.mktemp("aim") / "out")


def test_the_gaap_lines_of_a_release_without_statements_are_standard_facts(fy2023):
    rows = [r for r in fy2023 if r["source_line"] == "41"]
    got = {(r["concept"], r["period_end"]): r["value"] for r in rows}
    for concept, (now, before) in FY2023.items():
        assert got[(concept, "2023-06-30")] == now, concept
        assert got[(concept, "2022-06-30")] == before, concept
    # EBIT and EBITDA, the measures the sums reach, stay the company's
    concepts = {r["concept"] for r in rows}
    assert {"aimedia:Ebitda", "aimedia:LossBeforeInterestAndTaxation"} <= concepts
    assert not any(c.startswith("us-gaap:") and ("Ebit" in c or "OperatingIncome" in c) for c in concepts)
    # "Less: Income tax expense (1,711,000)" and "Add: Income tax expense 1,711,000" are one fact, positive
    assert {r["value"] for r in rows if r["concept"] == "us-gaap:IncomeTaxExpenseBenefit" and r["period_end"] == "2023-06-30"} == {"1711000"}


def test_a_british_spelling_is_read_outside_the_statements():
    # line 41's "Depreciation and amortisation expense": outside the statements a label's words must be words the
    # index knows; "amortisation" is its "amortization" (mapping.toml [index] us_spellings)
    from prxbrl.mapping.choose import Context
    from prxbrl.mapping.indexed import index_choice
    from prxbrl.models import LineItem

    item = LineItem(id="r1", label="Depreciation and amortisation expense", line=41, cells=[])
    ic = index_choice(item.label, item, "non_gaap", Context(period="d", unit="money"), (), set())
    assert ic is not None and ic.concept == "us-gaap:DepreciationAndAmortization"
