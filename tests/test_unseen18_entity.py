"""Regression tests from the unseen18 triage (FINDINGS.md #1, #9): the registrant named by the headline of a markdown
front matter and by a dateline with its wire service and listing in parentheses. Each test holds the release's real
lines (/work/unseen18: GLOBE NEWSWIRE releases saved as markdown with a YAML front matter)."""

from prxbrl.entity import entity_of
from prxbrl.models import SourceDocument


def _entity_of(lines: list[str]):
    return entity_of(SourceDocument(path="release.md", format="text", encoding="utf-8", sha256="0" * 64, lines=lines))


def test_a_dateline_with_its_wire_service_and_listing_names_the_registrant():
    """Brookfield Wealth Solutions Q4 2024, lines 2, 28 and 58, 185: the release also reports its parent's results,
    and "Brookfield Corporation" is the legal name it prints most often; the registrant had been the parent. The
    dateline's subject ("Feb. 13, 2025 (GLOBE NEWSWIRE) — Brookfield Wealth Solutions (NYSE, TSX: BNT) today
    announced") names the legal name printed in the boilerplate."""
    lines = [
        "---",
        'title: "Brookfield Wealth Solutions Announces Year End 2024 Results and Declares Quarterly Distribution Increase"',
        "---",
        "BROOKFIELD, NEWS, Feb. 13, 2025 (GLOBE NEWSWIRE) — Brookfield Wealth Solutions (NYSE, TSX: BNT) today announced "
        "financial results for the three months and year ended December 31, 2024.",
        "**Brookfield Corporation Operating Results**An investment in class A shares of our company is intended to be, "
        "as nearly as practicable, functionally and economically, equivalent to an investment in the Brookfield "
        "Corporation class A shares. Brookfield Corporation reported net income. Brookfield Corporation distributable "
        "earnings increased.",
        "**Brookfield Wealth Solutions Ltd.** (NYSE, TSX: BNT) is focused on securing the financial futures of "
        "individuals and institutions through a range of wealth protection and retirement services.",
    ]
    assert _entity_of(lines).name == "Brookfield Wealth Solutions Ltd."


def test_a_front_matter_title_is_the_headline():
    """Federal Home Loan Bank of Des Moines Q4 2024, lines 1-2 and 30: no legal form, no ticker (a cooperative); the
    headline is the front matter's title. The registrant had been none (no dei:EntityRegistrantName, prefix "ext")."""
    lines = [
        "---",
        'title: "Federal Home Loan Bank of Des Moines Announces 2024 Fourth Quarter and Annual Financial Results, '
        'Declares Dividend"',
        'date: "2025-02-13 00:00:00"',
        "---",
        "",
        "DES MOINES, Iowa, Feb. 12, 2025 (GLOBE NEWSWIRE) —",
    ]
    assert _entity_of(lines).name == "Federal Home Loan Bank of Des Moines"
