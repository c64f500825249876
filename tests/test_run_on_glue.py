"""Statements whose rows run together on one line (a web rendering that dropped the line breaks of its tables):
cells glued to each other are taken apart where the characters prove the boundary, nil dashes are cells, headings
come off labels, a total printed with no label is kept only where its sum proves it; whatever stays in doubt is
excluded (``tables.run_on``, ``tables.run_on_words``, ``tables.glue``)."""

from __future__ import annotations

from decimal import Decimal

import prxbrl
from prxbrl.tables.run_on import run_on_records, several_rows
from prxbrl.tables.run_on_words import split_run_word

# Vycor Medical, results for 2024 (unseen16/vycor-fy2024.md, line 47): the statement of comprehensive loss
VYCOR = (
    ' For the years ended December 31, 2024 2023 Revenue $1,589,324 $1,460,604Cost of Goods Sold 166,809 144,950Gro'
    'ss Profit 1,422,515 1,315,654 Operating Expenses: Research and development                        15,325      '
    '                  22,558Depreciation and amortization 59,521 57,497Selling, general and administrative 1,356,8'
    '14 1,195,408Total Operating Expenses 1,431,660 1,275,463Operating income (loss) (9,145) 40,191 Other Income (E'
    'xpense) Interest expense: Related Party                      (50,013)                      (49,515)Interest ex'
    'pense: Other (53,565) (53,550)Other income    6,002                               -  Loss on foreign currency '
    'exchange                           (230)                           (206)Total Other Income (Expense) (97,806) '
    '(103,271) Loss Before Provision for Income Taxes (106,951) (63,080)         Provision for income taxes        '
    '                       -                                 -  Net Loss from continuing operations (106,951) (63,'
    '080)Loss from discontinued operations, net of tax (249) (6,611)Net Loss  (107,200) (69,691)         Preferred '
    'stock dividends                    (324,370)                    (324,370)Net Loss Available to Common Stockhol'
    'ders ($431,570) ($394,061) Other Comprehensive Income (Loss)  Foreign Currency Translation Adjustment         '
    '                      -                                   2Comprehensive Loss ($107,200) ($69,689) Loss Per Sh'
    'are - basic and diluted Loss from continuing operations  ($0.01) ($0.01)Loss from discontinued operations ($0.'
    '00) ($0.00)Loss available to common stockholders ($0.01) ($0.01) Weighted Average Number of Shares Outstanding'
    ' – Basic and Diluted 32,884,882 32,603,767'
)

# GeoVax Labs, results for 2024 (unseen12/geovax-fy2024.md, lines 94 and 96)
GEOVAX_OPS = (
    ' Year Ended December 31, 2024 2023Revenue from government contract $ 3,955  $  -   Operating expenses: Researc'
    'h and development               23,714               20,721 General and administrative                  5,385 '
    '                  6,022                 29,099                 26,743Loss from operations              (25,144'
    ')          (26,743)Other income (expense), net    152                  776 Net loss  $  (24,992)  $  (25,967) '
    'Net loss per common share $  (4.82)  $  (14.29) Weighted averages shares outstanding         5,187,038        '
    '  1,817,282  Condensed Consolidated Balance Sheet Information(amounts in thousands, except common share inform'
    'ation)'
)
GEOVAX_BS = (
    ' December 31, 2024 2023Assets Cash and cash equivalents $  5,507  $  6,453 Other current assets  2,428   1,433'
    ' Total current assets 7,935 7,886 Property and other assets  221   1,397 Total assets $  8,156  $  9,283 Liabi'
    "lities and stockholders' equity Total liabilities $  3,107  $  3,520 Stockholders' equity  5,049   5,763 Total"
    " liabilities and stockholders' equity  $  8,156  $  9,283Common shares outstanding 10,536,875 1,977,152 "
)

# Forian, second quarter 2025 (unseen13/forian-2025q2.md, line 61): the balance sheet
FORIAN = (
    ' (UNAUDITED)   ASSETS   Current assets:Cash and cash equivalents$ 5,369,817 $ 4,590,661Marketable securities 3'
    '0,279,208 30,492,088Accounts receivable, net 5,267,632 3,971,702Contract assets2,666,627 2,586,712Prepaid expe'
    'nses 1,561,617 1,111,234Other assets 1,396,202 1,707,694Total current assets 46,541,10344,460,091 Property and'
    ' equipment, net 37,504 46,652Intangible assets, net1,097,7411,192,044Right of use assets, net 23,988 35,560Dep'
    "osits and other assets 762,301 1,435,496Total assets$ 48,462,637 $47,169,843 LIABILITIES AND STOCKHOLDERS' EQU"
    'ITY  Current liabilities:Accounts payable$ 1,875,222 $ 982,665Accrued expenses3,906,3234,413,267Short-term ope'
    'rating lease liabilities23,98823,423Deferred revenues4,911,4274,487,686Convertible notes payable, net of debt '
    'issuance costs ($6,000,000 in principal is held by a related party)6,804,0166,697,649Total current liabilities'
    '17,520,97616,604,690 Long-term liabilities:Other liabilities-512,137Total long-term liabilities-512,137Total l'
    "iabilities 17,520,976 17,116,827 Commitments and contingenciesStockholders' equity:Preferred Stock; par value "
    '$0.001; 5,000,000 Shares authorized; 0 issued and outstanding as of June 30, 2025 and December 31, 2024--Commo'
    'n Stock; par value $0.001; 95,000,000 Shares authorized; 31,202,312 issued and outstanding as of June 30, 2025'
    ' and 31,010,788 issued and outstanding as of December 31, 2024 31,203 31,011Additional paid-in capital 81,726,'
    "637 79,937,115Accumulated deficit (50,816,179) (49,915,110)Total stockholders' equity30,941,661 30,053,016Tota"
    "l liabilities and stockholders' equity$ 48,462,637 $ 47,169,843 "
)

# CMUV Bancorp, results for 2024 (unseen16/cmuv-fy2024.md, line 11)
CMUV = (
    'Community Valley Bank / CMUV BancorpFinancial SummaryFor Quarter Ending December 31, 2024BALANCE SHEET Decembe'
    'r 31, 2024 December 31, 2023 ASSETSCash & Cash Equivalents $ 28,472,322  $  45,198,375  Total Investments 7,19'
    '1,513  7,426,100  Gross Loans 262,932,710  231,924,633  ACL (2,710,837)(2,534,087) Total Earning Assets $ 295,'
    '885,707  $  282,015,021  Other Assets 15,481,678  $  15,025,617  TOTAL ASSETS $ 311,367,385    $  297,040,638 '
    'LIABILITIESDeposits $ 270,934,149  $  259,604,962  Total Borrowings & Debt Obligations 2,003,400  2,043,630  O'
    'ther Liabilities 896,329  670,975  TOTAL LIABILITIES $ 273,833,877  $  262,319,567 SHAREHOLDER CAPITAL/EQUITYT'
    'otal Stock, Equity, Retained Earnings $ 33,377,158  $  30,716,328  Net Income $ 4,156,350  4,004,744  TOTAL EQ'
    'UITY/CAPITAL $ 37,533,507  $  34,721,071  TOTAL LIABILITIES & CAPITAL/EQUITY $ 311,367,385  $  297,040,638 STA'
    'TEMENT OF INCOME AND EXPENSE December 31, 2024 December 31, 2023 Total Interest Income $ 17,885,742  $  15,927'
    ',961  Total Interest Expense (5,188,631) $ (4,033,266) NET INTEREST INCOME $ 12,697,111  $  11,894,695  Total '
    'Other Non-Interest Income $ 911,349  $838,567  Total Non-Interest Expenses $ (7,564,023) $ (7,065,385) Provisi'
    'on for Loan Loss (210,948) $ (135,600) INCOME BEFORE TAXES $ 5,833,490  $  5,532,277  Income Tax Expense $ (1,'
    '677,141) $ (1,527,533) NET INCOME $ 4,156,350  $  4,004,744 FINANCIAL RATIOSReturn on Average Assets (ROAA) 1.'
    '36%1.37% Return on Average Equity (ROAE) 12.17%12.37% Net Income - Quarter $1,063,184$1,130,729 Earnings Per S'
    'hare (Basic) - Quarter $0.61$0.64 Earnings Per Share (Basic) - YTD $2.38$2.26 Total Shares (Oustanding/Exercis'
    'ed) 1,746,622 1,772,422 Book Value - Basic (CVB - Bank) $21.49$19.59 Book Value - Basic (CMUV - Holding Compan'
    'y) $17.79$16.15** Book Value = Total Equity-Capital/Total Shares (Exercised)'
)


def _rows(recs):
    return {r.label: [f.text for f in r.figures or []] for r in recs if r.kind == "data"}


def _read(text):
    return run_on_records(text, 1) if len(text) > 2000 else several_rows(text, 1)


def test_glued_cells_are_taken_apart_where_the_characters_prove_the_boundary():
    def parts(word, after=True):
        return [(word[a:b], fig, glued, split) for a, b, fig, glued, split in split_run_word(word, after)]

    # figures fused to each other: a group of three digits closes a grouped figure, "$" and "(" open one
    assert parts("46,541,10344,460,091") == [("46,541,103", True, False, True), ("44,460,091", True, False, True)]
    assert parts("$1,063,184$1,130,729")[1] == ("$1,130,729", True, False, True)
    assert parts("1.36%1.37%") == [("1.36%", True, False, True), ("1.37%", True, False, True)]
    # a label run into its figures, the next label run into the last one
    assert [p[0] for p in parts("net1,097,7411,192,044Right", False)] == ["net", "1,097,741", "1,192,044", "Right"]
    # a nil dash glued to the next label; a header year glued to the first label (no figure in doubt)
    assert parts("-Lease") == [("-", True, False, True), ("Lease", False, False, False)]
    assert parts("2023Revenue") == [("2023", True, False, False), ("Revenue", False, False, False)]
    # what the characters do not prove stays in doubt: a dash before a figure (nil or minus?), ungrouped digits
    assert any(glued for _, _, glued, _ in parts("-512,137Total"))
    assert parts("214221") == [("214221", True, False, False)]
    # digits that open a word after words may be a footnote mark; "Q4", "FY2024" are words
    assert parts("2Comprehensive", False) == [("2Comprehensive", False, False, False)]
    assert parts("Q4", False) == [("Q4", False, False, False)]


def test_nil_dashes_are_cells_and_the_years_head_two_columns():
    recs = _read(VYCOR)
    rows = _rows(recs)
    # "Provision for income taxes - - Net Loss from continuing operations (106,951) (63,080)": two rows, not one
    assert rows["Provision for income taxes"] == ["-", "-"]
    assert rows["Net Loss from continuing operations"] == ["(106,951)", "(63,080)"]
    assert rows["Other income"] == ["6,002", "-"]
    # "Foreign Currency Translation Adjustment - 2Comprehensive Loss": the "2" is the second column's figure
    assert any(label.endswith("Foreign Currency Translation Adjustment") and figs == ["-", "2"] for label, figs in rows.items())
    assert rows["Comprehensive Loss"] == ["($107,200)", "($69,689)"]
    # "December 31, 2024 2023": the day over a line of years, so that 2023 heads the second column
    assert "2024 2023" in [r.label for r in recs if r.kind == "text"]
    # the per-share heading comes off the first label under it
    assert rows["Loss from continuing operations"] == ["($0.01)", "($0.01)"]


def test_a_total_with_no_label_is_a_row_only_where_its_sum_proves_it():
    rows = [r for r in _read(GEOVAX_OPS) if r.kind == "data"]
    got = [(r.label, [f.text for f in r.figures]) for r in rows]
    # "General and administrative 5,385 6,022 29,099 26,743Loss from operations": 23,714 + 5,385 = 29,099 and
    # 20,721 + 6,022 = 26,743
    assert ("General and administrative", ["5,385", "6,022"]) in got
    assert ("", ["29,099", "26,743"]) in got
    assert next(r for r in rows if not r.label).total
    assert ("Revenue from government contract", ["$3,955", "$-"]) in got  # "2023Revenue": the year is a header
    # a total that does not add up is not placed: every figure of its row is in doubt
    wrong = GEOVAX_OPS.replace("29,099", "29,199")
    row = next(r for r in _read(wrong) if r.kind == "data" and r.label == "General and administrative")
    assert len(row.glued) == 4


def test_headings_come_off_labels():
    rows = _rows(_read(CMUV))
    assert rows["Cash & Cash Equivalents"] == ["$28,472,322", "$45,198,375"]  # "ASSETSCash & Cash Equivalents"
    assert rows["Deposits"] == ["$270,934,149", "$259,604,962"]  # "LIABILITIESDeposits"
    assert rows["Total Stock, Equity, Retained Earnings"] == ["$33,377,158", "$30,716,328"]
    assert rows["ACL"] == ["(2,710,837)", "(2,534,087)"]
    assert rows["Return on Average Assets (ROAA)"] == ["1.36%", "1.37%"]
    rows = _rows(_read(FORIAN))
    assert rows["Cash and cash equivalents"] == ["$5,369,817", "$4,590,661"]  # "Current assets:Cash and cash ..."
    assert rows["Intangible assets, net"] == ["1,097,741", "1,192,044"]  # "Intangible assets, net1,097,7411,192,044Right"
    assert rows["Contract assets"] == ["2,666,627", "2,586,712"]
    assert rows["Total assets"] == ["$48,462,637", "$47,169,843"]  # "Total assets$ 48,462,637": no "$" in the label
    rows = _rows(_read(GEOVAX_BS))
    # "Liabilities and stockholders' equity Total liabilities $ 3,107": the heading is no part of the total's label
    assert rows["Total liabilities"] == ["$3,107", "$3,520"]


def test_forian_balance_sheet_converts_without_a_wrong_fact(tmp_path):
    text = "# Forian Inc. reports second quarter 2025 results\n\nCONDENSED CONSOLIDATED BALANCE SHEETS\n\n" \
        " June 30, 2025 December 31, 2024\n\n" + FORIAN + "\n"
    res = prxbrl.convert(text, tmp_path / "out", validate=False, name="forian-2025q2")
    facts = {(f.concept, str(f.period_end)): f.value for f in res.facts if not f.concept.startswith("dei:")}
    assert facts[("us-gaap:IntangibleAssetsNetExcludingGoodwill", "2025-06-30")] == Decimal("1097741")
    assert facts[("us-gaap:IntangibleAssetsNetExcludingGoodwill", "2024-12-31")] == Decimal("1192044")
    assert facts[("us-gaap:Assets", "2025-06-30")] == Decimal("48462637")
    # "Other liabilities-512,137Total long-term liabilities-512,137": nil or minus cannot be told, so neither
    # row, nor the total liabilities whose label they ran into, gives a fact
    assert not any(v in (Decimal("512137"), Decimal("-512137"), Decimal("17116827")) for v in facts.values())


def test_vycor_statement_reads_both_years_and_no_wrong_tax(tmp_path):
    text = "# Vycor Medical Releases Financial Results for the Year Ended December 31, 2024\n\n" + VYCOR + "\n"
    res = prxbrl.convert(text, tmp_path / "out", validate=False, name="vycor-fy2024")
    facts = {(f.concept, str(f.period_end)): f.value for f in res.facts if not f.concept.startswith("dei:")}
    # the lead's reading gave us-gaap:IncomeTaxExpenseBenefit 106,951 (the next row's figure)
    assert facts.get(("us-gaap:IncomeTaxExpenseBenefit", "2024-12-31")) in (None, Decimal(0))
    assert facts[("us-gaap:IncomeLossFromContinuingOperations", "2024-12-31")] == Decimal("-106951")
    assert facts[("us-gaap:Revenues", "2023-12-31")] == Decimal("1460604")
    assert facts[("us-gaap:NetIncomeLoss", "2023-12-31")] == Decimal("-69691")
