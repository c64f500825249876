"""Outside the statements (summaries, segment tables, breakdowns, targets) a row's label must name a standard
concept nearly word for word: a partial match there gave wrong facts (regression, corpus runs of 2026-12-01)."""

from pathlib import Path

import pytest

from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.indexed import INDEX_KINDS

OUTSIDE = ["summary", "segment", "breakdown", "targets", "dividends"]


@pytest.mark.parametrize("kind", OUTSIDE)
@pytest.mark.parametrize("label", [
    # Howard Hughes Q4 2025, segment NOI table: was us-gaap:IncreaseDecreaseInOtherOperatingAssets (similarity 0.85)
    "Operating Assets NOI",
    # Applied Materials Q4 FY2024, "Net Revenue by Geography (In millions)" read run-on with its first row: was
    # us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesDomestic (similarity 0.80)
    "Net Revenue by Geography ( In millions ) United States",
])
def test_a_partial_match_names_no_standard_concept(kind, label):
    assert choose(label, Context(), min_similarity=INDEX_KINDS[kind]).qname is None


@pytest.mark.parametrize("kind", OUTSIDE)
@pytest.mark.parametrize("label, concept", [
    ("Net revenue", "us-gaap:Revenues"),  # Applied Materials' segment tables
    ("Operating income", "us-gaap:OperatingIncomeLoss"),
    ("Net cash provided by operating activities", "us-gaap:NetCashProvidedByUsedInOperatingActivities"),  # free cash flow reconciliations
    ("Diluted earnings per share", "us-gaap:EarningsPerShareDiluted"),
])
def test_a_label_filers_print_still_names_its_concept(kind, label, concept):
    assert choose(label, Context(), min_similarity=INDEX_KINDS[kind]).qname == concept


def test_a_total_no_line_item_of_it_sums_into_is_the_companys_own(tmp_path):
    """CMUV Bancorp Q3 2024: "Cash & Cash Equivalents 34,778,590 | Total Investments 7,198,675 | Gross Loans
    261,101,594 | ACL (2,697,627) | Total Earning Assets 300,381,233". Two filers once labelled us-gaap:Investments
    "Earning assets", and the total had become that concept, its rows the concept without a standard line item of
    their own "products" of it (Investments of an ACL product: -2,697,627). Loans and investments sum into no
    investments in US GAAP: the total is the bank's own line item; and a balance is no total broken down by
    products, so cash and the allowance are line items of their own."""
    from prxbrl.pipeline import convert

    f = convert(Path(__file__).parent / "fixtures" / "cmuv-q3-2024.md", tmp_path / "o", validate=False).mapped.filing
    ctx = {c.id: c for c in f.contexts}
    assert not [x for x in f.facts if x.concept == "us-gaap:Investments"]
    assert not [x for x in f.facts if any(d.axis == "srt:ProductOrServiceAxis" for d in ctx[x.context].dims)]
    total = [x for x in f.facts if x.label == "Total Earning Assets"]
    assert total and all(x.concept.startswith(f.extension.prefix + ":") for x in total)
    loans = [x for x in f.facts if x.label == "Gross Loans"]
    assert loans and loans[0].concept == "us-gaap:LoansAndLeasesReceivableGrossCarryingAmount"
    # "Financial Summary For / Quarter Ending / September 30, 2024 BALANCE SHEET / September 30, 2024 2023": the
    # quarter heads the summary; the balance sheet's column is a balance at its date, not the quarter
    assert all(ctx[x.context].period_type == "instant" for x in loans + total)
