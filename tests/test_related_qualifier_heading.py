"""A row that is only the related-party qualifier under a colon heading glued behind a section heading, and a division
named like the company among the divisions adding up to a total: Vycor Medical Q1 2025 (benchmarks/unseen/vycor-q1-2025.md, lines
21 and 41, a NewMediaWire rendering with every table on one line).

- "Other Income (Expense) Interest expense: Related Party (12,570) (12,031)Interest expense: Other (13,139) ...": the
  section "Other Income (Expense)" (its total "Total Other Income (Expense)" is printed on the line) and the colon heading
  "Interest expense:" are two headings (``tables.run_on._glued_headings``); "Related Party" is the interest expense with
  related parties, us-gaap:InterestExpense with us-gaap:RelatedPartyMember (``mapping.related_party``). It had been
  us-gaap:RelatedPartyTransactionAmountsOfTransaction, found for the words "related party" alone.
- "Gross Profit  Vycor Medical $341,798 $283,076  NovaVision 16,736 16,886 $358,534 $299,962": "Vycor Medical" is a
  member of us-gaap:GrossProfit as under "Revenue:" (it had been the extension vycor:GrossProfitVycorMedical with no
  member: the company's name alone had found a filer's label "Company" in the concept index).
"""

from __future__ import annotations

import csv
from pathlib import Path

from prxbrl.mapping.choose import choose
from prxbrl.mapping.related_party import broader, headed_label, qualifier_only
from prxbrl.pipeline import convert
from prxbrl.tables.run_on import run_on_records

RELATED = "us-gaap:RelatedPartyTransactionsByRelatedPartyAxis"
PRODUCT = "srt:ProductOrServiceAxis"
HEADLINE = '# Vycor Medical Releases Financial Results for the Three Months Ended March 31, 2025'
DATELINE = (  # line 3
    'BOCA RATON, FL - May 15, 2025 (NEWMEDIAWIRE) - Vycor Medical, Inc. (“Vycor” or the “Company”) (OTCQB - VYCO), '
    'today announced financial results for the three months ended March 31, 2025.'
)
SEGMENTS = (  # line 21
    ' Three Months Ended March 31, 2025 2024Revenue:      Vycor Medical $418,520 $318,558     NovaVision 17,858 18,'
    '410 $436,378 $336,968Gross Profit          Vycor Medical $341,798 $283,076     NovaVision 16,736 16,886 $358,5'
    '34 $299,962'
)
TITLE = ' VYCOR MEDICAL, INC.Consolidated Statements of Comprehensive Loss(unaudited)'
STATEMENT = (  # line 41
    ' For the three months ended March 31, 2025 2024 Revenue $436,378 $336,968Cost of Goods Sold 77,844 37,006Gross'
    ' Profit 358,534 299,962 Operating Expenses: Research and development                             5,762        '
    '                       -  Depreciation and amortization 14,880 14,880Selling, general and administrative 350,6'
    '98 294,614Total Operating Expenses 371,340 309,494Operating loss (12,806) (9,532) Other Income (Expense) Inter'
    'est expense: Related Party                         (12,570)                      (12,031)Interest expense: Oth'
    'er (13,139) (13,338)Other income    0                          4,544Gain (loss) on foreign currency exchange  '
    '                                  1                           (150)Total Other Income (Expense) (25,708) (20,9'
    '75) Loss Before Provision for Income Taxes (38,514) (30,507)         Provision for income taxes               '
    '                   -                                 -  Net Loss from continuing operations (38,514) (30,507)L'
    'oss from discontinued operations, net of tax (49) (101)Net Loss  (38,563) (30,608)         Preferred stock div'
    'idends                       (162,185)                    (162,185)Net Loss Available to Common Stockholders ('
    '$200,748) ($192,793) Other Comprehensive Income (Loss)  Foreign Currency Translation Adjustment               '
    '                   -                                 -  Comprehensive Loss ($38,563) ($30,608) Loss Per Share '
    '- basic and diluted Loss from continuing operations  ($0.01) ($0.01)Loss from discontinued operations ($0.00) '
    '($0.00)Loss available to common stockholders ($0.01) ($0.01) Weighted Average Number of Shares Outstanding – B'
    'asic and Diluted 33,372,796 32,628,835 '
)


def _facts(tmp_path: Path, statement: str = STATEMENT) -> list[dict]:
    src = tmp_path / "vycor-q1-2025.md"
    src.write_text("\n\n".join([HEADLINE, DATELINE, SEGMENTS, TITLE, statement]) + "\n", encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def test_a_colon_heading_glued_behind_a_section_heading_is_two_headings():
    texts = [r.label for r in run_on_records(STATEMENT, 41) if r.kind == "text"]
    # the line's "Total Other Income (Expense)" names the section; "Interest expense:" qualifies the row after it
    assert "Other Income (Expense)" in texts
    assert "Interest expense:" in texts
    assert not [t for t in texts if t.startswith("Other Income (Expense) Interest")]
    # a colon heading with no total naming its first words stays one heading
    assert "Operating Expenses:" in texts


def test_related_party_interest_expense_is_interest_expense_with_related_parties(tmp_path):
    facts = _facts(tmp_path)
    related = {(r["concept"], r["period_end"]): r["value"] for r in facts if r.get(RELATED)}
    # below the operating income, in a release of 2025: US GAAP 2024's nonoperating interest expense (interest_lines)
    assert related == {("us-gaap:InterestExpenseNonoperating", "2025-03-31"): "12570", ("us-gaap:InterestExpenseNonoperating", "2024-03-31"): "12031"}
    assert all(r[RELATED] == "us-gaap:RelatedPartyMember" for r in facts if r.get(RELATED))
    assert not [r for r in facts if r["concept"] == "us-gaap:RelatedPartyTransactionAmountsOfTransaction"]
    # the other interest expense, under the same heading printed again, is unchanged
    other = {r["period_end"]: r["value"] for r in facts if r["concept"] == "us-gaap:InterestExpenseOther"}
    assert other == {"2025-03-31": "13139", "2024-03-31": "13338"}


def test_a_division_named_like_the_company_is_a_member_of_gross_profit(tmp_path):
    facts = _facts(tmp_path)
    gross = {(r.get(PRODUCT, ""), r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:GrossProfit"}
    assert gross[("vycor:VycorMedicalMember", "2025-03-31")] == "341798"
    assert gross[("vycor:VycorMedicalMember", "2024-03-31")] == "283076"
    assert gross[("vycor:NovavisionMember", "2025-03-31")] == "16736"
    assert gross[("", "2025-03-31")] == "358534"
    revenue = {(r.get(PRODUCT, ""), r["period_end"]): r["value"] for r in facts if r["concept"] == "us-gaap:Revenues"}
    assert revenue[("vycor:VycorMedicalMember", "2025-03-31")] == "418520"
    assert not [r for r in facts if r["concept"].startswith("vycor:GrossProfit")]


def test_a_related_party_row_under_no_heading_is_excluded(tmp_path):
    # the same statement without its two headings: "Related Party" follows "Operating loss" with no heading over it
    statement = STATEMENT.replace("Other Income (Expense) Interest expense: Related Party", "Related Party")
    facts = _facts(tmp_path, statement)
    assert not [r for r in facts if r["value"] in ("12570", "-12570", "12031", "-12031")]
    report = (tmp_path / "out" / "report.json").read_text(encoding="utf-8")
    assert "line_item_unknown" in report


def test_the_qualifier_alone():
    assert qualifier_only("Related Party") and qualifier_only("- related parties") and qualifier_only("Affiliates")
    assert not qualifier_only("Interest expense - related party") and not qualifier_only("Other")
    assert headed_label("Related Party", ["Other Income (Expense)", "Interest expense"]) == "Interest expense - Related Party"
    assert headed_label("Related Party", []) is None


def test_the_related_parties_element_that_drops_the_line_items_word():
    # "Costs and Expenses, Related Party" says nothing of the interest that us-gaap:InterestExpense names
    assert broader("us-gaap:CostsAndExpensesRelatedParty", "us-gaap:InterestExpense", "Interest expense")
    # "Voyage expenses - related party" (Imperial Petroleum): no concept of the line item names the voyage
    assert not broader("us-gaap:CostsAndExpensesRelatedParty", "us-gaap:OperatingExpenses", "Voyage expenses")


def test_the_company_name_alone_names_no_line_item():
    names = ("Vycor Medical, Inc.", "Vycor Medical")
    assert choose("Vycor Medical", company=names).qname is None
