"""A statement of operations rendered one cell a line, each amount beside its percent of sales (Aeropostale Q2 FY2015,
EX-99.1, https://www.sec.gov/Archives/edgar/data/1168213/000116821315000065/q2-15xexhibit991.htm; its lines in
fixtures/aeropostale-q2-fy2015-operations-excerpt.txt, as printed):

    13 weeks ended
    August 1, 2015
    August 2, 2014
    % of sales
    % of sales
    Net sales
    $
    326,861
    100.0
    %
    ...
    Cost of sales (including certain buying, occupancy and warehousing expenses) (1)
    268,532
    82.2
    %

Three things had lost the whole statement:
- "% of sales" twice over four columns was read as heading both columns of each pair, so the amounts were read as
  percents (derived_percent_of_total): the rows print an amount and then its percent, 100 % on net sales, so the
  phrase heads the second column of each pair;
- "13 weeks ended August 1, 2015" | "August 2, 2014": the duration printed once stands over both dates (the second
  column was read as an instant);
- a label line ending with its footnote marker ("... expenses (1)") was read as a row with the figure (1), and the
  figures under it as rows without a label (no_label)."""

from pathlib import Path

from conftest import at_line, facts_and_report

FIXTURE = Path(__file__).parent / "fixtures" / "aeropostale-q2-fy2015-operations-excerpt.txt"
Q2_2015, Q2_2014 = ("2015-05-03", "2015-08-01"), ("2014-05-04", "2014-08-02")


def _facts(tmp_path):
    facts, report = facts_and_report(FIXTURE, tmp_path / "out")
    return {(r["concept"], r["period_start"], r["period_end"]): r["value"] for r in facts if not r["concept"].startswith("dei:")}, facts, report


def test_amounts_beside_their_percent_of_sales_are_the_thirteen_weeks_amounts(tmp_path):
    got, _, _ = _facts(tmp_path)
    assert got[("us-gaap:Revenues", *Q2_2015)] == "326861"
    assert got[("us-gaap:Revenues", *Q2_2014)] == "396155"
    assert got[("us-gaap:GrossProfit", *Q2_2015)] == "58329"
    assert got[("us-gaap:OperatingIncomeLoss", *Q2_2014)] == "-61651"
    assert got[("us-gaap:NetIncomeLoss", *Q2_2015)] == "-43659"
    assert got[("us-gaap:NetIncomeLoss", *Q2_2014)] == "-63819"
    # the percents stay out: no fact of 100.0, 82.2 ...
    assert not [k for k, v in got.items() if v in ("100.0", "100", "82.2", "0.822")]


def test_label_ending_with_its_footnote_marker_keeps_its_figures(tmp_path):
    got, facts, report = _facts(tmp_path)
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    cost = next(i for i, x in enumerate(lines, start=1) if x.startswith("Cost of sales (including"))
    assert got[("us-gaap:CostOfRevenue", *Q2_2015)] == "268532"
    assert got[("us-gaap:CostOfRevenue", *Q2_2014)] == "333605"
    assert got[("us-gaap:IncomeTaxExpenseBenefit", *Q2_2015)] == "3380"
    assert got[("us-gaap:IncomeTaxExpenseBenefit", *Q2_2014)] == "-256"
    assert not at_line(facts, cost)  # the marker (1) is no figure of the row
    assert not [c for c in report["cells"] if c["reason"] == "no_label"]
    assert report["counts"]["unexplained_cells"] == 0
