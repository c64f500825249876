"""Regression tests from the unseen16 triage (FINDINGS.md #2, #5): the registrant read from a label word with a legal
form after it, and a label's ordinary word taken for the company's name. Each test holds the release's real lines."""

from prxbrl.entity import entity_of
from prxbrl.mapping.labels import label_key
from prxbrl.mapping.naming import label_names
from prxbrl.mapping.rules import normalize
from prxbrl.models import SourceDocument


def _entity_of(lines: list[str]):
    return entity_of(SourceDocument(path="release.md", format="text", encoding="utf-8", sha256="0" * 64, lines=lines))


# Bank of America Q4 2024 (PDF -> markdown): line 1, and line 312 under a segment page. The release never prints its
# legal name; the only "<Capitalised> Corporation" in it is a bullet's "Total Corporation investment banking fees".
BOFA = [
    "# Bank of America Reports 4Q24 Net Income of $6.7 Billion, EPS of $0.82",
    "",
    "4Q24 Revenue of $25.3 Billion, Includes Net Interest Income of $14.4 Billion ($14.5 Billion FTE)(A)",
    "",
    "- Total Corporation investment banking fees (excl. self-led) of $1.7 billion increased 44%",
]


def test_a_label_word_with_a_legal_form_is_no_registrant():
    """The registrant had been "Total Corporation" (and the extension prefix "total"): the headline names it."""
    assert _entity_of(BOFA).name == "Bank of America"


def test_a_subject_that_is_an_ordinary_word_keeps_its_legal_name():
    """An ordinary word is a name where the headline says so ("Total Reports ..." of Total S.A.)."""
    lines = ["# Total Reports Fourth Quarter 2004 Results", "", "Total S.A. shareholders received a dividend."]
    assert _entity_of(lines).name == "Total S.A."


# CMUV Bancorp FY2024 (NEWMEDIAWIRE, one-line flattened HTML): lines 1 and 3, and the end of line 11 (its ratio table)
CMUV = [
    "# CMUV Bancorp Announces 2024 4th Quarter Financial Results",
    "",
    "EL CENTRO, CA - January 31, 2025 (NEWMEDIAWIRE) - CMUV Bancorp, the holding company for Community Valley Bank "
    "(“CVB”), is pleased to announce unaudited year-end results for 2024. Earnings for the year ending December 31, "
    "2024, were $4,156,350.",
    "",
    "Earnings Per Share (Basic) - YTD $2.38$2.26 Total Shares (Oustanding/Exercised) 1,746,622 1,772,422 Book Value - "
    "Basic (CVB - Bank) $21.49$19.59 Book Value - Basic (CMUV - Holding Company) $17.79$16.15** Book Value = Total "
    "Equity-Capital/Total Shares",
]


def test_a_bank_holding_company_is_named_by_its_bancorp_not_by_a_generic_noun():
    """The registrant had been "Holding Company" (from "(CMUV - Holding Company)"), prefix "holding": "Bancorp" ends
    the name the dateline opens with as "Inc." ends others'."""
    assert _entity_of(CMUV).name == "CMUV Bancorp"


def test_an_ordinary_word_is_never_the_company_in_a_label():
    """BofA line 489 "| Total assets | $3,261.8 | $3,324.3 | $3,180.2 |" had the key "company asset" (the company's
    name misread as "Total Corporation"), and became us-gaap:StockholdersEquity."""
    names = label_names(("Total Corporation", "Total"))
    assert names == ("Total Corporation",)
    assert label_key("Total assets", names) == label_key("Total assets") == "asset"
    assert normalize("Total assets", names) == normalize("Total assets")
    assert label_names(("Holding Company", "Holding")) == ("Holding Company",)
    # a distinctive name still stands for the company: Strattec Q4 FY2026's "Net income attributable to Strattec", and
    # AIG's "Total AIG shareholders' equity" (filers' labels print "AIG", no element name has it)
    names = label_names(("STRATTEC SECURITY CORPORATION", "Strattec"))
    assert label_key("Net income attributable to Strattec", names).endswith("company")
    assert label_names(("AMERICAN INTERNATIONAL GROUP INC", "AIG")) == ("AMERICAN INTERNATIONAL GROUP INC", "AIG")


def test_a_name_with_two_legal_forms_is_one_name():
    """Farmers and Merchants Bancshares FY2024 (GlobeNewswire), its balance sheet's title (line 6 of the fixture): with
    "Bancshares" a legal form, "Farmers and Merchants Bancshares" and "..., Inc." are one company, named in full."""
    lines = ["Farmers and Merchants Bancshares FY2024 results",
             "| Farmers and Merchants Bancshares, Inc. and SubsidiariesConsolidated Balance Sheets(Unaudited) | | |"]
    assert _entity_of(lines).name == "Farmers and Merchants Bancshares, Inc."
