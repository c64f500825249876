"""Wrong facts found on a release the converter had never seen (the unseen16 triage: Bank of America Q4 2024): each
test holds the real lines it was found on. Source: fixtures/bofa-q4-2024.md is the first 29,760 characters of
pdfs/bofa10k.pdf.md in the public repository bscolinos/autonomous_fin_demo (commit f5a04d60), a PDF-to-markdown
transcription of Bank of America's fourth-quarter 2024 earnings release: segment pages under '# <segment>' headings.
The last test holds a line of the existing fixture reddit-q1-2026.txt, where the same mechanism (two tables outside
the statements printing two figures for one fact) had kept the wrong one."""

import pytest

from prxbrl.mapping.segment_pages import _a_name, _outline
from prxbrl.tables.text_detect import _is_prose

from conftest import plain_facts
from test_unseen10_mapping import FIXTURES

SEGMENT_AXIS = "us-gaap:StatementBusinessSegmentsAxis"
Q4_2024 = ("2024-10-01", "2024-12-31")


@pytest.fixture(scope="module")
def bofa(tmp_path_factory) -> list[dict]:
    return plain_facts(FIXTURES / "bofa-q4-2024.md", tmp_path_factory.mktemp("bofa") / "out")


def test_a_segment_page_scopes_its_tables(bofa):
    """Lines 415-432: the page headed "# All Other¹,²", then "## Financial Results" and
    "| Total revenue²                 | ($2,078)          | ($2,152)  | ($3,468)  |" ...
    "| Net income (loss)              | ($407)            | ($295)    | ($3,751)  |": read as the consolidated income
    statement, the segment's figures had become us-gaap:Revenues and us-gaap:NetIncomeLoss of the company, and the
    consolidated summary's "| Net income | 6.7 | 3.1 |" (line 93) had been demoted to an extension because "another
    table prints another figure for it". The release speaks of segments and its pages "# Consumer Banking", "# Global
    Wealth and Investment Management", "# Global Banking", "# Global Markets", "# All Other" print the same line
    items: each page's tables are that segment's."""
    page = [r for r in bofa if r["source_line"] and 427 <= int(r["source_line"]) <= 432]
    # (the extension prefix is the company's: "bank", from "Bank of America", since the registrant is read)
    assert page and all(str(r.get(SEGMENT_AXIS)).endswith(":AllOtherMember") or r["concept"].split(":")[1].startswith("AllOther")
                        for r in page)
    net = {(r["concept"], r["value"]) for r in bofa if (r["period_start"], r["period_end"]) == Q4_2024 and not r.get(SEGMENT_AXIS)
           and r["concept"] == "us-gaap:NetIncomeLoss"}
    assert net == {("us-gaap:NetIncomeLoss", "6700000000")}
    pretax = {r["value"] for r in bofa if r["source_line"] == "90" and r["period_end"] == "2024-12-31"
              and r["concept"].startswith("us-gaap:IncomeLoss")}
    assert pretax == {"7100000000"}
    assert not [r for r in bofa if r["value"] in ("-407000000", "-2078000000") and not r.get(SEGMENT_AXIS)
                and not r["concept"].split(":")[1].startswith("AllOther")]


def test_a_heading_of_periods_or_parts_names_no_segment():
    """Only a short name is a segment's: not a period, a basis, a release's part, the company's name or a figure."""
    class _B:
        names = ("Bank of America Corporation",)
    assert _a_name(_B, "All Other") and _a_name(_B, "Global Wealth and Investment Management")
    for heading in ("Fourth Quarter", "Full Year", "GAAP", "As Reported", "Financial Results", "Financial Information", "Business Highlights",
                    "Bank of America Corporation", "Bank of America Reports 4Q24 Net Income of $6.7 Billion", "Other",
                    "Balance Sheet", "Net income"):
        assert not _a_name(_B, heading), heading
    # a horizontal rule (a page break) ends the headings above it; footnote marks are no part of a heading's name
    outline = _outline(["# Global Banking1,2", "## Financial Results", "| a | 1 |", "---", "| b | 2 |", "# All Other¹,²"])
    assert [h[2] for h in outline[2]] == ["Global Banking", "Financial Results"]
    assert outline[4] == () and outline[5][-1][2] == "All Other"


def test_an_average_is_no_balance_whatever_path_chose_the_concept(bofa):
    """Line 495 under "| **Average Balance Sheet** |": "| Average loans and leases | 1,081.0 | 1,059.7 | 1,050.7 |"
    had become the period-end us-gaap:LoansAndLeasesReceivableNetReportedAmount (1,081.0 billion at 2024-12-31): the
    closest concept was another row's ("Total loans and leases", line 490), and the runner-up taken instead skipped
    the guard that an average over a period is no balance at the column's date. Line 499 "| Global Liquidity
    Sources, average| 953 |" names its average after a comma."""
    assert not [r for r in bofa if r["source_line"] in ("495", "499")]
    assert not [r for r in bofa if r["concept"] == "us-gaap:LoansAndLeasesReceivableNetReportedAmount"]
    ending = {r["value"] for r in bofa if r["source_line"] == "490" and r["period_end"] == "2024-12-31"}
    assert ending == {"1095800000000"}


def test_a_list_item_telling_a_change_is_prose(bofa):
    """Line 36 "- Revenue of $10.6 billion, up 3%" had become total:RevenueOfBillionUp 0.03 and line 232 "- Average
    deposits of $285 billion decreased 3%" total:AverageDepositsOfBillionDecreased +0.03 (the sign lost): a list item
    that tells a change in words is a sentence, not a one-row table."""
    assert not [r for r in bofa if r["source_line"] in ("36", "232", "233")]
    assert _is_prose("- Average deposits of $285 billion decreased")
    assert _is_prose("- Revenue of $10.6 billion, up")
    assert not _is_prose("- Currency translation differences")
    assert not _is_prose("- Write-down of inventories")


def test_two_tables_outside_the_statements_with_two_figures_leave_the_standard_concept(tmp_path):
    """Reddit Q1 2026, line 328 (the "Key Operating Metrics by Geography" page run together on one line):
    "Revenue: U.S. $ 525.6 $ 313.9 67 %" read in one table as the row "U.S.", and "DAUq: U.S. 53.5 50.1 7 %" in the
    next as another "U.S." row of the same concept: the first written had kept
    us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesDomestic = 525,600,000 for Q1 2026 (U.S. revenue as
    domestic pretax income), the second became an extension because "another table prints another figure for it".
    Neither table is a statement, so neither print is preferred: the first leaves the standard concept too
    (figures_disagree), as the second does. The Q1 2025 fact of line 51 ("U.S." in the highlights table) stays."""
    import json

    from test_unseen10_mapping import _facts

    facts = _facts(tmp_path, "reddit-q1-2026.txt")
    domestic = {(r["period_start"], r["value"], r["source_line"]) for r in facts
                if r["concept"] == "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesDomestic"}
    assert ("2026-01-01", "525600000", "328") not in domestic
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    left = [c for c in report["cells"] if c["line"] == 328 and c["raw"] == "525.6"]
    # since a place alone names no line item ([labels] place_only), "U.S." is no reading of the domestic pretax income
    # in either table: the figure is the table's own measure for the U.S. (a member), no longer a disagreement left out
    assert left and (left[0]["reason"] == "figures_disagree" or left[0]["status"] == "fact")
    us = [r for r in facts if r["source_line"] == "328" and r["value"] == "525600000"]
    assert us and all(not r["concept"].startswith("us-gaap:") and any("US" in (r.get(k) or "") for k in r if k.endswith("Axis")) for r in us)


def test_dated_columns_a_quarter_apart_are_the_quarters(bofa):
    """Lines 141-151, the page "# Consumer Banking¹", "## Financial Results":
    "| ($ in millions)           | 12/31/2024 | 9/30/2024 | 12/31/2023 |" over "| Total revenue²            | $10,646 ..."
    and "| Net income                | $2,821     | $2,687    | $2,768     |". A date alone over flows does not say how
    long they are, and every such cell was excluded (period_kind_undetermined, 201 of the release's figures). Two
    columns at consecutive quarter ends do: each column is the quarter ending on its date, a flow its quarter and a
    balance its end (``tables.quarter_dates``); a row whose period type nothing states stays out."""
    revenue = {(r["period_start"], r["period_end"], r["value"]) for r in bofa if r["source_line"] == "146"}
    assert revenue == {("2024-10-01", "2024-12-31", "10646000000"), ("2024-07-01", "2024-09-30", "10418000000"),
                       ("2023-10-01", "2023-12-31", "10329000000")}
    assert all(r["concept"] == "us-gaap:Revenues" and r[SEGMENT_AXIS].endswith("ConsumerBankingMember")
               for r in bofa if r["source_line"] == "146")
    # "### At period-end" (line 469): "| Allowance for loan and lease losses | 13,240 |", balances at the column's date
    npl = {(r["period_start"], r["period_end"], r["value"]) for r in bofa if r["source_line"] == "476"}
    assert ("", "2024-12-31", "13240000000") in npl and all(not start for start, _, _ in npl)
    # "| Average deposits | $942.3 |" (line 167): an average is neither the quarter's flow nor a balance at its end
    assert not [r for r in bofa if r["source_line"] in ("167", "168")]


def test_an_amount_in_words_with_a_footnote_run_into_it_sets_no_scale(bofa):
    """Line 293 "- Revenue of $6.1 billion3 increased 3%" (a footnote mark run into "billion") stands in the context of
    the table under "| ($ in millions) | 12/31/2024 |" (line 301): its "billion" had become the table's scale, and
    "| Total revenue2,3 | $6,091 |" 6,091 billion."""
    from prxbrl.tables.scale_notes import scale_of

    assert scale_of(["- Revenue of $6.1 billion3 increased 3%, driven by higher investment banking fees"]) is None
    assert scale_of(["($ in millions)"]) == 6
    revenue = {r["value"] for r in bofa if r["source_line"] == "303" and r["period_end"] == "2024-12-31"}
    assert revenue == {"6091000000"}
