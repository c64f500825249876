"""Outside the statements (summaries, segment tables, breakdowns, targets) a row's label must name a standard
concept nearly word for word: a partial match there gave wrong facts (regression, corpus runs of 2026-12-01)."""

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
