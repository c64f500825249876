"""Wrong facts found on Byrna Technologies' release for its fiscal fourth quarter and year 2024 (the unseen13 triage,
W1 and W3), a release the converter had never seen. fixtures/byrna-fy2024q4-excerpt.md holds its lines verbatim: the
front matter and opening paragraph (lines 1-28) and the statements of operations and balance sheet, the non-GAAP
prose and the Adjusted EBITDA reconciliation (lines 121-232) of the release as stored in the public repository
zhigehe/bulwark (content/news/tradingview/tagreuters.com,2025-02-07newsml_GNXXy77N0.en.md, commit 4576aa30).
fixtures/byrna-fy2024q4-untitled-excerpt.md holds the same lines without the statement's title row (line 123): its
first line is the rule line under it, as a table whose title is lost."""

import re

from prxbrl.mapping.builder import _load_mapping_raw
from prxbrl.mapping.emit import previously_reported
from prxbrl.models import Table

from test_unseen10_mapping import _facts  # convert a fixture, its facts-plain rows

FIXTURE = "byrna-fy2024q4-excerpt.md"


def test_a_long_title_row_of_a_markdown_table_is_its_title(tmp_path):
    """The statement of operations prints its title and scale note in the header row of its markdown table, one cell
    of 164 characters: "| BYRNA TECHNOLOGIES INC.Condensed Consolidated Statements of Operations and Comprehensive
    Income (Loss)(Amounts in thousands except share and per share data)(Unaudited) | | ...", a rule line under it.
    Read as prose for its length, the table had no title and took the scale of the reconciliation that prints its
    net income, share counts too: "| Weighted-average number of common shares outstanding - basic | | 22,514,644 |"
    was 22,514,644,000 shares. The header row is a row of the table: its title, whose note excepts the shares."""
    facts = _facts(tmp_path, FIXTURE)
    basic = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"}
    assert basic == {("2024-09-01", "22514644"), ("2023-09-01", "21991313"), ("2023-12-01", "22504938"), ("2022-12-01", "21919624")}
    diluted = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"}
    assert ("2024-09-01", "23754328") in diluted and ("2023-12-01", "23139549") in diluted
    # the money is in thousands, as the title says: "| Net revenue | $ | 27,979 |"
    revenue = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Net revenue"}
    assert ("2024-09-01", "27979000") in revenue


def test_a_borrowed_scale_reaches_no_share_count_no_table_states(tmp_path):
    """The statement of operations without its title row states no scale; its money takes the reconciliation's
    thousands (it prints the same net income, "| Net Income (Loss) | |  | $ | 9,673 |" aside), and its share counts had
    taken them too ("22,514,644" as 22,514,644,000 shares). No table that states its scale prints them, so their scale
    is not told: they are excluded (scale_undetermined), never multiplied."""
    facts = _facts(tmp_path, "byrna-fy2024q4-untitled-excerpt.md")
    assert not [r for r in facts if r["unit"] == "xbrli:shares" and r["period_start"]]  # no weighted share count
    # the balance sheet's, "(Amounts in thousands, except share and per share data)", are as printed in its captions
    counts = {(r["concept"], r["period_end"]): r["value"] for r in facts if r["unit"] == "xbrli:shares"}
    assert counts[("us-gaap:CommonStockSharesIssued", "2024-11-30")] == "24168014"
    assert counts[("us-gaap:CommonStockSharesOutstanding", "2023-11-30")] == "21852625"
    assert ("2024-09-01", "27979000") in {(r["period_start"], r["value"]) for r in facts if r["label"] == "Net revenue"}
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "8 share counts whose scale no table states are excluded (scale_undetermined)" in report


def test_a_sentence_saying_as_reported_is_no_restatement(tmp_path):
    """The reconciliation is introduced by "Adjusted EBITDA is defined as net (loss) income as reported in our
    condensed consolidated statements of operations ... is as follows (in thousands):", and its "| Net Income (Loss) |
    |  | $ | 9,673 |" disagrees by one with the statement's "| NET INCOME (LOSS) | $ | 9,674 |". Its 32 facts had
    carried srt:RestatementAxis = srt:ScenarioPreviouslyReportedMember, standard concepts with the reconciliation's
    signs among them ("|  | Interest income |  |  | (141 | ) |" as us-gaap:InvestmentIncomeInterest -141,000 beside
    the statement's 141,000). Nothing in the release is restated."""
    facts = _facts(tmp_path, FIXTURE)
    instance = next(p for p in (tmp_path / "out").glob("*.xml") if "_" not in p.name).read_text(encoding="utf-8")
    assert "RestatementAxis" not in instance and "ScenarioPreviouslyReportedMember" not in instance
    # no standard concept carries a figure of the opposite sign of the statement's for the same period
    interest = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:InvestmentIncomeInterest"}
    assert ("2024-09-01", "141000") in interest and not any(v.startswith("-") for _, v in interest)
    tax = {(r["period_start"], r["source_line"], r["value"]) for r in facts if r["concept"] == "us-gaap:IncomeTaxExpenseBenefit"}
    assert not any(line == "134" for _, line, _ in tax)  # the reconciliation's "Income tax benefit (5,634)"
    net = {(r["period_start"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetIncomeLoss"}
    assert ("2024-09-01", "9674000") in net and ("2024-09-01", "9673000") not in net
    # the one-unit slip between the two prints of the quarter's net income is a disagreement the report states
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "us-gaap:NetIncomeLoss (D20240901_20241130): line 50 prints 9674000, line 130 prints 9673000" in report


def test_only_a_heading_says_the_figures_are_as_previously_reported():
    """The words that show a table's figures as they were before a restatement stand in a heading ("[Old
    Classification]", IIJ 1H FY2010); a sentence that introduces a table and mentions figures "as reported" elsewhere,
    or a reconciliation's "as reported", does not."""
    class _B:
        previously = re.compile(_load_mapping_raw()["reclassification"]["previously"], re.IGNORECASE)

    def table(title: str) -> Table:
        return Table.model_construct(id="t01", title=title)

    assert previously_reported(_B, table("[Old Classification] (Thousands of Yen)"))
    assert previously_reported(_B, table("Segment results, as previously reported"))
    assert not previously_reported(_B, table(
        "Adjusted EBITDA is defined as net (loss) income as reported in our condensed consolidated statements of "
        "operations and comprehensive (loss) income excluding the impact of (I) depreciation and amortization. "
        "Reconciliation of Adjusted EBITDA to net (loss) income, the most directly comparable GAAP measure, is as "
        "follows (in thousands):"))
    assert not previously_reported(_B, table("Reconciliation of GAAP Net Income, as reported, to Adjusted EBITDA"))

