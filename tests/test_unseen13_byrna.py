"""Wrong facts found on Byrna Technologies' release for its fiscal fourth quarter and year 2024 (the unseen13 triage,
W1), a release the converter had never seen. fixtures/byrna-fy2024q4-excerpt.md holds its lines verbatim: the
front matter and opening paragraph (lines 1-28) and the statements of operations and balance sheet, the non-GAAP
prose and the Adjusted EBITDA reconciliation (lines 121-232) of the release as stored in the public repository
zhigehe/bulwark (content/news/tradingview/tagreuters.com,2025-02-07newsml_GNXXy77N0.en.md, commit 4576aa30).
fixtures/byrna-fy2024q4-untitled-excerpt.md holds the same lines without the statement's title row (line 123): its
first line is the rule line under it, as a table whose title is lost."""

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
    assert not [r for r in facts if r["unit"] == "xbrli:shares"]
    assert ("2024-09-01", "27979000") in {(r["period_start"], r["value"]) for r in facts if r["label"] == "Net revenue"}
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "8 share counts whose scale no table states are excluded (scale_undetermined)" in report

