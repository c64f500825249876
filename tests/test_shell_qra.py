"""Wrong facts found on Shell plc's quarterly results announcement Q1 2025 (the unseen17 triage, finding 6):
fixtures/shell-qra-q1-2025.md is the release as PDF-to-text (provenance on its first line; line N of the release is
line N+1 of the fixture). Rows print their figures first ("2,789 1,744 2,761 +60 Income/(loss) for the period"), a
reference letter after the label under a "Reference" column, one page per segment under "## SEGMENT"."""

import pytest


from conftest import plain_facts
from test_unseen10_mapping import FIXTURES

SEGMENT_AXIS = "us-gaap:StatementBusinessSegmentsAxis"
PRODUCT_AXIS = "srt:ProductOrServiceAxis"


def _line(n: int) -> str:
    return str(n + 1)  # the release's line n (the fixture's first line is its provenance)


@pytest.fixture(scope="module")
def shell(tmp_path_factory) -> list[dict]:
    return plain_facts(FIXTURES / "shell-qra-q1-2025.md", tmp_path_factory.mktemp("shell") / "out")


def _rows(facts: list[dict], first: int, last: int) -> list[dict]:
    return [r for r in facts if r["source_line"] and int(_line(first)) <= int(r["source_line"]) <= int(_line(last))]


@pytest.mark.parametrize("first,last,member", [(113, 118, "IntegratedGasMember"), (156, 161, "UpstreamMember"),
                                               (193, 198, "MarketingMember"), (232, 237, "ChemicalsAndProductsMember"),
                                               (276, 281, "RenewablesAndEnergySolutionsMember")])
def test_every_row_of_a_segment_page_is_the_segments(shell, first, last, member):
    """Each page "## INTEGRATED GAS" / "## UPSTREAM" / "## MARKETING" / "## CHEMICALS AND PRODUCTS" / "## RENEWABLES
    AND ENERGY SOLUTIONS" prints "Income/(loss) for the period", "Of which: Identified items A", "Adjusted Earnings
    A", "Adjusted EBITDA A", "Cash flow from operating activities A", "Cash capital expenditure C". The pages whose
    names read as line items by their words (Marketing: MarketingExpense; Integrated Gas, Chemicals and Products:
    inventories) had had no segment, "2,789 1,744 2,761 +60 Income/(loss) for the period" (line 113) the group's
    (whose is 4,875), or the segment in the concept's name (shell:IncomeForThePeriodMarketing); "Of which:
    Identified items" and "Adjusted Earnings" had become members of the row above, on the segment axis in place of
    the segment, or on the product axis with the segment lost ("(257) (651) 339 Of which: Identified items A",
    Upstream, read as the group's). Now every row of the page is its own line item with the page's segment."""
    rows = _rows(shell, first, last)
    assert len(rows) == 18, [(r["source_line"], r["concept"]) for r in rows]
    assert all(r[SEGMENT_AXIS].endswith(":" + member) and not r.get(PRODUCT_AXIS) for r in rows)
    concepts = {r["concept"] for r in rows}
    assert len(concepts) == 6 and not any(member.removesuffix("Member").lower() in c.lower() for c in concepts)
    of_which = {r["concept"] for r in rows if r["source_line"] == _line(first + 1)}
    assert of_which and of_which.isdisjoint({r["concept"] for r in rows if r["source_line"] == _line(first)})
