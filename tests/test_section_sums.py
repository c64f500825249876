"""A section closed by the unlabelled row that adds up its rows (``tables.section_sums``). From the unseen22 release
Shopify Q3 2025 (benchmarks/unseen/shopify-q3-2025.md, PDF rendered as markdown pipe tables; sources in benchmarks/unseen/SOURCES.tsv),
and, where the heading's own total is printed, Brookfield Wealth Solutions Q4 2024 (fixtures)."""

from pathlib import Path

from conftest import facts_by_period, release_lines, table_rows


# shopify-q3-2025.md lines 65-91
SHOP_OPS = release_lines("shopify-q3-2025.md", 65, 91)


def test_an_unlabelled_row_that_adds_up_a_heading_closes_it(tmp_path):
    """Line 74 "| | 2,844 | 2,162 |" adds up the two rows under "Revenues" (699 + 2,145, 610 + 1,552): "Revenues"
    closes there, and line 78 closes "Cost of revenues". Left open, every row to the end of the statement stood under
    "Revenues", and "Net other (expense) income, including taxes" was written as a member of the revenues."""
    rows = {r.line + 64: r for r in table_rows(SHOP_OPS)}
    assert rows[74].section == ["Revenues"] and rows[78].section == ["Cost of revenues"]
    assert rows[79].section == [] and rows[87].section == [] and rows[88].section == []
    facts = facts_by_period(tmp_path, SHOP_OPS)
    assert facts[("us-gaap:Revenues", "2025-07-01", "2025-09-30")] == "2844000000"
    assert not any("NetOther" in m for k in facts for m in k[3:])
    assert not any(k[0] == "us-gaap:Revenues" and len(k) > 3 and "NetOther" in k[3] for k in facts)


def test_an_unlabelled_row_that_adds_up_nothing_closes_nothing():
    """An unlabelled row whose figures are not the sum of the heading's rows is no total of that heading."""
    text = SHOP_OPS.replace("|                                                              | 2,844              | 2,162   | |",
                            "|                                                              | 2,845              | 2,162   | |")
    rows = {r.line + 64: r for r in table_rows(text)}
    assert rows[79].section[0] == "Revenues"


def test_a_heading_whose_total_is_printed_is_not_closed_by_a_sum_of_its_firsttable_rows():
    """Brookfield Wealth Solutions Q4 2024 (fixtures/brookfield-wealth-q4-2024-balance-sheet.md, lines 11-47): under
    "Liabilities and equity" the unlabelled "| | 111,826 |" adds up the insurance liabilities above it, but the
    heading's own total is "Total liabilities and equity": the borrowings and the equity after it stay under it."""
    text = (Path(__file__).parent / "fixtures" / "brookfield-wealth-q4-2024-balance-sheet.md").read_text(encoding="utf-8")
    lines = text.split("\n")[:47]
    rows = {r.label: r for r in table_rows("\n".join(lines))}
    assert rows["Class A and class B"].section == ["Liabilities and equity"]
    assert rows["Corporate borrowings"].section == ["Liabilities and equity"]
