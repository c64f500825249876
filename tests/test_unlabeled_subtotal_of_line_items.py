"""An unlabelled subtotal of several line items is no net of the first (AmTrust Financial Services Q1 2009, EX-99.1,
https://www.sec.gov/Archives/edgar/data/1365555/000114420409024278/v148194_ex99-1.htm; its income statement's lines,
a cell a line behind "|", in fixtures/amtrust-q1-2009-income-excerpt.txt, as printed):

    Ceding commission (primarily related party)   |27,591  |20,875
    Commission and fee income                     |7,454   |6,287
    Investment income, net                        |13,589  |13,531
    Net realized gains (losses)                   |(9,238) |(5,220)
    Other investment gain (loss) on managed assets|-       |(2,900)
                                                  |39,396  |32,573
    Total revenue                                 |171,819 |129,986

The unlabelled 39,396 adds five line items, a loss among them; it had been named "Ceding commission (primarily
related party), net" and written as us-gaap:Revenues of a member of that name (a wrong fact: the ceding commission
is 27,591). Only the first row less the rows it deducts is "<first>, net" ("Property and equipment" / "Less
accumulated depreciation" / unlabelled). And "Other" adding into the unlabelled "138,263" of the expenses is not named
after the placeholder of that subtotal ("SubtotalAtLineOther")."""

from pathlib import Path

from conftest import facts_and_report

FIXTURE = Path(__file__).parent / "fixtures" / "amtrust-q1-2009-income-excerpt.txt"


def _line(text: str) -> int:
    return next(i for i, x in enumerate(FIXTURE.read_text(encoding="utf-8").splitlines(), start=1) if x == text)


def test_unlabelled_subtotal_of_several_line_items_is_excluded_not_a_net_of_the_first(tmp_path):
    facts, report = facts_and_report(FIXTURE, tmp_path / "out")
    at = _line("|39,396")
    cells = [c for c in report["cells"] if c["line"] in (at, at + 1)]
    assert cells and all(c["status"] == "excluded" and c["reason"] == "no_label" for c in cells)
    assert not [r for r in facts if r["value"] in ("39396000", "32573000")]
    assert not [r for r in facts if "CedingCommissionPrimarilyRelatedPartyNet" in ",".join(r.values())]
    # the line items themselves stay
    got = {(r["concept"], r["period_end"], r["value"]) for r in facts}
    assert ("ext:CedingCommission", "2009-03-31", "27591000") in got
    assert ("us-gaap:Revenues", "2009-03-31", "171819000") in got


def test_other_under_an_unlabelled_subtotal_is_not_named_after_its_placeholder(tmp_path):
    facts, _ = facts_and_report(FIXTURE, tmp_path / "out")
    other = [r for r in facts if r["label"] == "Other"]
    assert {r["value"] for r in other} == {"5194000", "4794000"}
    assert not [r for r in facts if "SubtotalAtLine" in r["concept"]]
