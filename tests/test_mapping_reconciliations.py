"""Reconciliation tables (issue 9): their rows are the adjustments between two measures, line items of their own,
never members of a breakdown, and a reconciliation is never read as a statement. Lines copied from Howard Hughes
Holdings' fourth-quarter 2025 release (EX-99.1): the statement of operations and the reconciliations after it."""

from datetime import date
from pathlib import Path

import pytest

from conftest import fact
from prxbrl.mapping.rules import table_kind
from prxbrl.tables.titles import pick_title as _pick_title

FIXTURES = Path(__file__).parent / "fixtures"
Q4_25 = dict(start=date(2025, 10, 1), end=date(2025, 12, 31))


@pytest.fixture(scope="module")
def hhh(tmp_path_factory):
    from prxbrl.pipeline import convert

    return convert(FIXTURES / "howard-hughes-q4-2025-reconciliations.txt", tmp_path_factory.mktemp("hhh"), validate=False)


def test_a_table_after_prose_is_no_continuation_of_the_one_before():
    # the tables after the segment EBT reconciliation all took its title: "Same Store NOI" (a breakdown by
    # property type), "Adjusted Condo Gross Profit", and the reconciliation of net income to adjusted operating cash flow
    class Prev:
        title = "A reconciliation of segment EBT to NOI for Operating Assets is presented in the table below:"
        last_line = 2

    class Raw:
        caption = ""
        first_line = 8

    lines = ["Total Operating Assets NOI | $ | 67,997 | | | $ | 61,199", "Other | 649 | 69",
             "11",
             "Same Store NOI - Operating Assets Segment",
             "The Company defines Same Store Properties as consolidated and unconsolidated properties that are acquired "
             "or placed in service prior to the beginning of the earliest period presented.",
             "We calculate Same Store Net Operating Income (Same Store NOI) as Operating Assets NOI applicable to Same Store Properties.",
             " | | | | | | | ",
             " | Three Months Ended December 31, | | Year Ended December 31, | "]
    assert _pick_title([], Prev(), True, Raw(), lines) == "Same Store NOI - Operating Assets Segment"
    # a sentence introducing the table titles it
    lines[5] = ("A reconciliation of Net income (loss) from continuing operations attributable to common stockholders to "
                "Adjusted Operating Cash Flow is presented in the table below: ")
    assert _pick_title([], Prev(), True, Raw(), lines).startswith("A reconciliation of Net income (loss)")
    # a page number and a running header between two parts of one table: it goes on
    lines[3:6] = ["12", "HOWARD HUGHES HOLDINGS INC.", ""]
    assert _pick_title([], Prev(), True, Raw(), lines) == Prev.title


def test_a_reconciliation_is_no_statement():
    title = ("A reconciliation of Net income (loss) from continuing operations attributable to common stockholders to "
             "Adjusted Operating Cash Flow is presented in the table below:")
    assert table_kind(title, []) == "non_gaap"
    assert table_kind("UNAUDITED RECONCILIATION OF NON-GAAP FREE CASH FLOW", []) == "non_gaap"
    assert table_kind("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", []) == "cash_flow"


def test_the_statement_keeps_its_income_tax_beside_the_reconciliation(hhh):
    # "Income tax expense (benefit) | (897)" in the reconciliation to adjusted operating cash flow (an add-back, read
    # as a cash-flow statement) disagreed with the statement's (897): both were dropped
    assert fact(hhh.mapped.filing, "us-gaap:IncomeTaxExpenseBenefit", **Q4_25, dims={}).value == -897000


def test_reconciling_rows_are_no_members(hhh):
    # "Operating Assets segment EBT (12,960)" + add-backs + "Impact of straight-line rent (235)" = "Operating Assets
    # NOI 65,541": each row was a "segment" member of the NOI total (hhh:ImpactOfStraightLineRentMember ...)
    filing = hhh.mapped.filing
    ctx = {c.id: c for c in filing.contexts}
    kinds = hhh.mapped.table_kinds
    members = {d.member for f in filing.facts if kinds.get(f.table) == "non_gaap" for d in ctx[f.context].dims}
    # the one segment a heading names ("Operating Assets Segment": Total revenues ...), no row's label
    assert members == {"howard:OperatingAssetsMember"}


def test_no_cash_flow_concepts_in_the_reconciliation_of_net_income(hhh):
    # read as a cash-flow statement, "Operating costs 11,210" was us-gaap:OperatingLeaseCost, "Rental property real
    # estate taxes 404" us-gaap:PaymentsToAcquireRealEstate, "Company's share of NOI from unconsolidated ventures"
    # us-gaap:PaymentsToAcquireBusinessesAndInterestInAffiliates
    last = max(hhh.mapped.table_kinds)
    concepts = {f.concept for f in hhh.mapped.filing.facts if f.table == last}
    assert not {c for c in concepts if c.startswith(("us-gaap:Payments", "us-gaap:Proceeds", "us-gaap:OperatingLeaseCost"))}


def test_a_reconciliation_row_is_the_standard_line_item_where_the_statement_confirms_it(tmp_path):
    # BellRing Q3 FY2026: "RECONCILIATION OF GROSS PROFIT TO ADJUSTED GROSS PROFIT" / "Gross Profit | 163.3 | 193.6 |
    # 485.8 | 583.0" was an extension (brbr:GrossProfitNonGaap) beside the statement's us-gaap:GrossProfit of the same
    # figures; the adjustment is no line item any table confirms and stays the company's own
    from prxbrl.pipeline import convert

    r = convert(FIXTURES / "bellring-q3-fy2026-gross-profit.txt", tmp_path / "o", validate=False)
    facts = r.mapped.filing.facts
    gross = [f for f in facts if f.concept == "us-gaap:GrossProfit"]
    assert len(gross) == 4 and all(sorted(s.line for s in f.sources) == [16, 38] for f in gross)
    assert not [f for f in facts if f.concept.startswith("brbr:GrossProfit") and "percentage" not in f.label]
    mtm = [f for f in facts if f.label == "Mark-to-market adjustments on commodity hedges"]
    assert len(mtm) == 4 and all(f.concept.startswith("brbr:") for f in mtm)


def test_changes_of_a_tax_rate_are_percentage_points_not_money(tmp_path):
    # Adobe Q1 FY2023: under "Effective income tax rate:", "Acquisition-related expenses (*) (0.3)" was
    # adbe:AcquisitionRelatedExpenses of -$300,000 (the table's millions), "Amortization of intangibles (0.7)"
    # us-gaap:AmortizationOfIntangibleAssets of -$700,000 (lines 191-197, and the outlook's at 226-232)
    from prxbrl.pipeline import convert

    from conftest import CORPUS, need_shared

    r = convert(need_shared(CORPUS / "adobe-q1-fy2023.txt"), tmp_path / "o", validate=False)
    reasons = {(c.line, c.raw): c.reason for c in r.report.cells}
    assert reasons[(196, "(0.3)")] == "percentage_points"
    assert reasons[(195, "(0.7)")] == "percentage_points"
    assert reasons[(193, "0.5")] == "percentage_points"
    rate = [f for f in r.mapped.filing.facts if f.label == "GAAP effective income tax rate"]
    assert rate and all(f.unit == "pure" for f in rate)
    assert not [f for f in r.mapped.filing.facts if any(s.line in range(192, 197) for s in f.sources) and f.unit == "USD"]


def test_a_sentence_is_told_in_linear_time():
    """A line of tag soup hundreds of kilobytes long between two tables (fuzz seed 602 #4310, a mutant of Apple's Q3
    2004 release) took minutes in a pattern of nested repeats; the test is a word count and the line's end."""
    from prxbrl.tables.titles import is_sentence as _sentence

    soup = "<td><b>Net sales</b> 2,014 </td><i>" * 2000  # 72,000 characters, no full stop at the end
    assert not _sentence(soup)
    assert _sentence(soup + " is presented in the table below:")
    assert _sentence("The Company defines Same Store Properties as consolidated and unconsolidated properties.")
    assert not _sentence("Same Store NOI - Operating Assets Segment")
    assert not _sentence("Net income is up.")  # four words
