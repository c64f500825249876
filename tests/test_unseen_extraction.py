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


# Amazon Q3 2025 (lines 359-370): "stores" names the sales line, not a count: under "Net Sales", a "$" on each figure
AMZN = [
    ' AMAZON.COM, INC. ',
    ' Supplemental Financial Information and Business Metrics ',
    ' (in millions, except employee data) ',
    ' (unaudited) ',
    ' | | | | | | | | | | | | | | | | | | | | | | | | ',
    ' | Q2 2024 | Q3 2024 | Q4 2024 | Q1 2025 | Q2 2025 | Q3 2025 | Y/Y %',
    'Change | ',
    ' Net Sales | | | | | | | | ',
    ' Online stores (1) | $ | 55,392 | | $ | 61,411 | | $ | 75,556 | | $ | 57,407 | | $ | 61,485 | | $ | 67,407 | | 10 | % | ',
    ' Online stores -- Y/Y growth, excluding F/X | 6 | % | 8 | % | 8 | % | 6 | % | 10 | % | 8 | % | N/A | ',
    ' Physical stores (2) | $ | 5,206 | | $ | 5,228 | | $ | 5,579 | | $ | 5,533 | | $ | 5,595 | | $ | 5,578 | | 7 | % | ',
    # lines 389-394: a count of people under "Other" stays a count
    ' Other | | | | | | | | ',
    ' WW shipping costs | $ | 21,965 | | $ | 23,501 | | $ | 28,549 | | $ | 22,495 | | $ | 23,370 | | $ | 25,384 | | 8 | % | ',
    ' WW shipping costs -- Y/Y growth | 8 | % | 8 | % | 4 | % | 3 | % | 6 | % | 8 | % | N/A | ',
    ' WW paid units -- Y/Y growth (7) | 11 | % | 12 | % | 11 | % | 8 | % | 12 | % | 11 | % | N/A | ',
    ' WW seller unit mix -- % of WW paid units (7) | 61 | % | 60 | % | 62 | % | 61 | % | 62 | % | 62 | % | N/A | ',
    ' Employees (full-time and part-time; excludes contractors & temporary personnel) | 1,532,000 | | 1,551,000 | | 1,556,000 | | 1,560,000 | | 1,546,000 | | 1,578,000 | | 2 | % | ',
]

# Sears Q2 2004 (lines 495-516): a count of stores under a heading that names them
SEARS = [
    '    SEARS, ROEBUCK AND CO.',
    '    SUPPLEMENTAL INFORMATION - INVENTORY, STORE COUNT AND SUMMARY OF CERTAIN',
    '     SIGNIFICANT ITEMS',
    '',
    '    ($ in millions, except earnings per share)',
    '',
    '    Domestic Inventories:',
    '                               July 3,  June 28, January 3,',
    '                                2004     2003      2004',
    '',
    '                    -LIFO      $4,945   $4,881    $4,728',
    '                    -FIFO      $5,526   $5,507    $5,308',
    '',
    '',
    '    Domestic Retail Stores:',
    '                               July 3,  June 28, January 3,',
    '                                2004     2003      2004',
    '      Full-line                   871      869       871',
    '      Specialty                 1,109    1,307     1,105',
    "      Lands' End                   16       15        16",
    '        Total Domestic Retail',
    '         Stores                 1,996    2,191     1,992',
]


def _extracted_rows(tmp_path, name, lines):
    from prxbrl.extract import extract_file
    src = tmp_path / name
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {r.label: r for t in extract_file(src).tables for r in t.rows if r.cells}


@pytest.mark.parametrize("drop_heading", [False, True])
def test_a_line_of_sales_named_stores_is_money(tmp_path, drop_heading):
    # under "Net Sales" or, without it, by the "$" each figure prints: net sales in millions, not a count of stores
    lines = [ln for ln in AMZN if not (drop_heading and ln.startswith(" Net Sales"))]
    rows = _extracted_rows(tmp_path, "amzn.txt", lines)
    for label, first in (("Online stores (1)", "55392"), ("Physical stores (2)", "5206")):
        assert rows[label].unit is None
        assert (str(rows[label].cells[0].value), rows[label].cells[0].unit, rows[label].cells[0].scale) == (first, "USD", 6)


def test_a_count_of_people_under_a_heading_without_money_words_stays_a_count(tmp_path):
    rows = _extracted_rows(tmp_path, "amzn.txt", AMZN)
    employees = next(r for label, r in rows.items() if label.startswith("Employees (full-time"))
    assert employees.unit == "people"  # excluded as a count, never money in millions


def test_stores_under_a_heading_that_counts_them_stay_counts(tmp_path):
    rows = _extracted_rows(tmp_path, "sears.txt", SEARS)
    assert [(str(c.value), c.unit, c.scale) for c in rows["Specialty"].cells] == [("1109", "Store", 0), ("1307", "Store", 0), ("1105", "Store", 0)]
