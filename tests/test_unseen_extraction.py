"""Regression tests from releases the converter had never seen (8-K exhibits, SEC filing text): wrong facts that
extraction made."""

import pytest

from prxbrl.tables.columns import label_unit
from prxbrl.tables.scale_notes import share_scale_of as _share_scale
from prxbrl.tables.text_detect import split_line


@pytest.mark.parametrize("label, unit", [
    # Strattec Q4 FY2026 cash flows: a money row was counted in contracts (and so never scaled to thousands)
    ("Unrealized (gain) loss on peso forward contracts", None),
    ("Sales at comparable stores", None),
    # IIJ (the example) and Sears Q2 2004 count contracts and stores
    ("Number of Contracts for Connectivity Services", "Contract"),
    ("Domestic Retail Stores:", "Store"),
])
def test_counts_of_contracts_and_stores_never_speak_of_money(label, unit):
    assert label_unit(label) == unit


def test_share_data_excepted_from_a_scale_note_is_not_scaled():
    """MillerKnoll Q4 FY2026: "(Unaudited) (Dollars in millions, except per share and common share data)" over
    "Weighted average basic common shares | 68,798,344": the count was written 68,798,344,000,000 shares."""
    assert _share_scale(["(Unaudited) (Dollars in millions, except per share and common share data)"]) == 0
    assert _share_scale(["(In millions, except per share data)"]) is None  # shares take the table's scale


def test_a_year_that_ends_a_phrase_is_no_figure():
    """Strattec Q4 FY2026's running page header under each statement ("Strattec Transformation Delivers Margin
    Improvement and Strong Cash Generation in Fiscal 2026") was a fact worth 2,026,000."""
    line = split_line(60, "Strattec Transformation Delivers Margin Improvement and Strong Cash Generation in Fiscal 2026")
    assert line.kind == "text"
    assert split_line(61, "Net sales | 151,827 | 152,013").kind == "data"


def test_a_company_named_in_its_about_section_is_named_without_it(tmp_path):
    # Paltalk Q3 2024: its name before the first ticker is parted from it by "(“Paltalk,” the “Company,” ...)", so the
    # name came from the boilerplate heading "ABOUT PALTALK, INC. (Nasdaq: PALT)"
    from prxbrl.entity import entity_of
    from prxbrl.readers import read_document

    src = tmp_path / "paltalk.md"
    src.write_text("\n".join([
        "# Paltalk, Inc. Reports Results for Third Quarter 2024",
        "JERICHO, N.Y. - (NewMediaWire) - November 12, 2024 - Paltalk, Inc. (“Paltalk,” the “Company,” “we,” “our” or "
        "“us”) (Nasdaq: PALT), a communications software innovator that powers multimedia social applications, today "
        "announced financial and operational results for the third quarter ended September 30, 2024.",
        " ABOUT PALTALK, INC. (Nasdaq: PALT)",
        "Paltalk, Inc. is a communications software innovator that powers multimedia social applications.",
    ]) + "\n", "utf-8")
    entity = entity_of(read_document(src))
    assert entity.name == "Paltalk, Inc." and entity.tickers == ["PALT"]


# Kimco Realty Q4 2024 (GlobeNewswire): its dateline names the company without its legal form
KIMCO_DATELINE = ("JERICHO, N.Y., Feb. 07, 2025 (GLOBE NEWSWIRE) — Kimco Realty® , a real estate investment trust (REIT) and "
                  "leading owner and operator of high-quality, open-air, grocery-anchored shopping centers and mixed-use "
                  "properties in the United States, today reported results for the fourth quarter and full year ended "
                  "December 31, 2024.")


def _entity_of(lines: list[str]):
    """The entity the converter reads from a release of these text lines."""
    from prxbrl.entity import entity_of
    from prxbrl.models import SourceDocument

    return entity_of(SourceDocument(path="release.md", format="text", encoding="utf-8", sha256="0" * 64, lines=lines))


def test_a_name_does_not_run_over_a_blank_line():
    """Kimco Realty's fourth-quarter 2024 release (GlobeNewswire): its contact block printed a title above the company
    name, a blank line between; the registrant had become "President, Investor Relations and Strategy Kimco Realty
    Corporation" and the extension prefix "president"."""
    lines = [
        KIMCO_DATELINE,
        "",
        "CONTACT:",
        "",
        "David F. Bujnicki",
        "",
        "Senior Vice President, Investor Relations and Strategy",
        "",
        "Kimco Realty Corporation",
        "",
        "(833) 800-4343",
    ]
    assert _entity_of(lines).name == "Kimco Realty Corporation"


def test_a_company_named_in_passing_is_no_registrant():
    """Kimco Realty's fourth-quarter 2024 release names another company once, in a highlight, before its own legal
    name in the contact block: the registrant had become "Albertsons Companies Inc." and every extension concept
    "albertsons:". The boilerplate heading "About Kimco Realty®" says whose release it is."""
    lines = [
        KIMCO_DATELINE,
        "",
        "* $46.8 million in increased benefit for income taxes, net, due to a reduction in the tax provision related to "
        "the sale of Albertsons Companies Inc. shares.",
        "",
        "**About Kimco Realty****®**",
        "",
        "Kimco Realty® is a real estate investment trust (REIT) and leading owner and operator of high-quality, "
        "open-air, grocery-anchored shopping centers and mixed-use properties in the United States.",
        "",
        "CONTACT:",
        "",
        "Kimco Realty Corporation",
        "",
        "(833) 800-4343",
    ]
    assert _entity_of(lines).name == "Kimco Realty Corporation"


def test_the_legal_name_the_dateline_opens_with_is_the_registrant():
    """Agios FY2024 names its legal name once, after the dateline, and its drug candidates "AG-236 and AG-181" twice,
    which read as a name in the German legal form "AG": the registrant had been "AG-236 and AG". And a subsidiary
    whose name begins with the headline's subject is no registrant (IIJ 1H FY2010: "IIJ Announces ..." and "IIJ
    Global Solutions Inc."; the example's "Internet Initiative Japan Inc.")."""
    lines = [
        "Agios Reports Fourth Quarter and Full Year 2024 Financial Results and Recent Business Highlights",
        "",
        "CAMBRIDGE, Mass., Feb. 13, 2025 (GLOBE NEWSWIRE) — Agios Pharmaceuticals, Inc. , a leader in cellular "
        "metabolism and pyruvate kinase (PK) activation pioneering therapies for rare diseases, today reported business "
        "highlights and financial results for the fourth quarter and year ended December 31, 2024.",
        "",
        "**About Agios**",
        "",
        "Such forward-looking statements include those regarding the potential benefits of PYRUKYND® (mitapivat), "
        "tebapivat (AG-946), AG-236 and AG-181, Agios’ PAH stabilizer; ... including PYRUKYND®, tebapivat, AG-236 and AG-181;",
    ]
    assert _entity_of(lines).name == "Agios Pharmaceuticals, Inc."
    lines = [
        "IIJ Announces Its Financial Results for the First Half of Fiscal Year Ending March 31, 2011",
        "",
        "TOKYO, Nov. 15, 2010 (GLOBE NEWSWIRE) -- Internet Initiative Japan Inc. (\"IIJ\") (Nasdaq:IIJI) (TSE:3774) today "
        "announced its consolidated financial results for the first six months of Fiscal Year Ending March 31, 2011.",
        "  •  IIJ made IIJ Global Solutions Inc. (\"IIJ-GS\") its 100% owned subsidiary on Sep. 1, 2010",
        "the transaction ... began its operation by the name 'IIJ Global Solutions Inc.' on September 1, 2010.",
        "Company name: Internet Initiative Japan Inc.       Exchange listed: Tokyo Stock Exchange First Section",
        "CONTACT:  Internet Initiative Japan Inc.           Investor Relations Office",
        "Total Internet Initiative Japan Inc. shareholders' equity",
    ]
    assert _entity_of(lines).name == "Internet Initiative Japan Inc."


def test_a_company_without_a_legal_suffix_is_named_by_its_about_heading_and_its_symbol():
    """Kentucky First Federal Bancorp's Q2 FY2025 release (GlobeNewswire markdown, lines 1-7): no "Inc." anywhere and
    no "(Nasdaq: KFFB)": the entity had been unnamed and the extension prefix "ext". Its boilerplate heading names it,
    and its shares trade "on the Nasdaq National Market under the symbol KFFB"."""
    lines = [
        "# Kentucky First Federal Bancorp Reports Earnings",
        "",
        "HAZARD, Ky. and FRANKFORT, Ky. and DANVILLE, Ky. and LANCASTER, Ky., Feb. 11, 2025 (GLOBE NEWSWIRE) — Kentucky "
        "First Federal Bancorp , the holding company (the “Company”) for First Federal Savings and Loan Association of "
        "Hazard and First Federal Savings Bank of Kentucky, Frankfort, Kentucky, announced earnings.",
        "",
        "  About Kentucky First Federal Bancorp  ",  # "**About Kentucky First Federal Bancorp**" as read
        "",
        "Kentucky First Federal Bancorp is the parent company of First Federal Savings and Loan Association of Hazard. "
        "Kentucky First Federal Bancorp shares are traded on the Nasdaq National Market under the symbol KFFB. At "
        "December 31, 2024, the Company had approximately 8,086,715 shares outstanding.",
    ]
    entity = _entity_of(lines)
    assert entity.name == "Kentucky First Federal Bancorp"
    assert entity.tickers == ["KFFB"] and entity.exchanges == ["NASDAQ"]
