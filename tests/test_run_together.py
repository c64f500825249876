"""Rows run together in text renderings (a renderer that dropped the breaks between cells and rows): a figure glued
to a word or to another figure is no figure, and the rows it joins are excluded with a reason, never shifted.

Lines copied from releases never seen in development (newmediawire renderings): Forian Q3 2024, Vycor Medical Q1
2025, GeoVax Q3 2025; and, for what is no glue, lines of the corpus and of other releases.
"""

from datetime import date
from decimal import Decimal

import pytest
from conftest import cells, extracted
from prxbrl.errors import PrxbrlError
from prxbrl.periods import find_period_exprs
from prxbrl.tables.glue import glued
from prxbrl.tables.records import read_records

# Forian, statement of operations (line 114, the first rows of it): every row's last figure runs into the next label
FORIAN_IS = " FORIAN INC.    CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS    (UNAUDITED)                     For the Three Months Ended September 30,   For the Nine Months Ended September 30,  2024   2023   2024   2023               Revenue  $     4,686,312    $      5,348,469    $   14,340,791    $  15,112,398               Costs and Expenses:              Cost of revenue        1,402,920            1,362,555          4,913,195         3,891,482Research and development           291,962              264,781             989,052         1,100,657Sales and marketing           956,983            1,313,212          3,029,783         3,746,731General and administrative        2,822,253            2,887,771          9,771,343         9,641,536Separation expenses                   -                        -                       -              599,832Depreciation and amortization              6,629                10,598              23,405              64,285Litigation settlements and related expenses              1,394              316,820          1,152,670            751,480Total costs and expenses         5,482,141             6,155,737         19,879,448         19,796,003"

# GeoVax, lines 23-37: the statement of operations on one line, then the balance sheet
GEOVAX = [
    " GEOVAX LABS, INC.Condensed Consolidated Statements of Operations Information(amounts in thousands, except per share data)",
    "",
    "Three Months EndedSeptember 30,",
    "",
    " Nine Months EndedSeptember 30,",
    "",
    "2025 20242025 2024Revenue from government contract $ - $ 2,789 $ 2,489 $ 3,090Operating expenses: Research and development 5,043 7,40215,127 16,105 General and administrative 1,330 1,2414,559 3,785 6,373 8,64319,686 19,890Loss from operations(6,373) (5,854)(17,197) (16,800)Other income (expense) 54 39151 70Net loss $ (6,319) $ (5,815) $ (17,046) $ (16,730)Loss per common share $ (0.31) $ (0.91) $ (0.97) $ (4.52) Condensed Consolidated Balance Sheet Information(amounts in thousands, except common share information)",
    "",
    " ",
    "",
    "Sep 30,2025",
    "",
    "Dec 31,2024",
    "",
    " AssetsCash and cash equivalents$ 5,009 $ 5,507 Other current assets 1,5082,428 Total current assets 6,517 7,935 Property and other assets 214221 Total assets$ 6,731 $ 8,156Liabilities and stockholders' equity Total liabilities $ 1,824 $ 3,107 Stockholders' equity 4,907 5,049 Total liabilities and stockholders' equity $ 6,731 $ 8,156 Common shares outstanding 29,705,360 10,536,875",
]

# Vycor Medical, lines 25-35: the statement of comprehensive loss on one line, then the non-GAAP reconciliation
VYCOR = [
    " VYCOR MEDICAL, INC.Consolidated Statements of Comprehensive Loss(unaudited)",
    "",
    " For the three months ended March 31, 2025 2024 Revenue $436,378 $336,968Cost of Goods Sold 77,844 37,006Gross Profit 358,534 299,962 Operating Expenses: Research and development                             5,762                               -  Depreciation and amortization 14,880 14,880Selling, general and administrative 350,698 294,614Total Operating Expenses 371,340 309,494Operating loss (12,806) (9,532) Other Income (Expense) Interest expense: Related Party                         (12,570)                      (12,031)Interest expense: Other (13,139) (13,338)Other income    0                          4,544Gain (loss) on foreign currency exchange                                    1                           (150)Total Other Income (Expense) (25,708) (20,975) Loss Before Provision for Income Taxes (38,514) (30,507)         Provision for income taxes                                  -                                 -  Net Loss from continuing operations (38,514) (30,507)Loss from discontinued operations, net of tax (49) (101)Net Loss  (38,563) (30,608)         Preferred stock dividends                       (162,185)                    (162,185)Net Loss Available to Common Stockholders ($200,748) ($192,793) Other Comprehensive Income (Loss)  Foreign Currency Translation Adjustment                                  -                                 -  Comprehensive Loss ($38,563) ($30,608) Loss Per Share - basic and diluted Loss from continuing operations  ($0.01) ($0.01)Loss from discontinued operations ($0.00) ($0.00)Loss available to common stockholders ($0.01) ($0.01) Weighted Average Number of Shares Outstanding – Basic and Diluted 33,372,796 32,628,835 ",
    "",
    " ",
    "",
    " ",
    "",
    " VYCOR MEDICAL, INC.Non-GAAP Reconciliation of Operating Loss and Net Loss(unaudited)",
    "",
    "  For the three months ended March 31,   2025     2024    GAAP Operating Expenses                               371,340                              309,494    Non-cash depreciation of purchased assets (1)                               (16,110)                              (15,620)Non-cash stock-based compensation (2)                               (18,315)                                (2,364)Total Non-GAAP Operating Expense Adjustments                               (34,425)                              (17,984)    Non-GAAP Cash Operating Expenses  $          336,915 $ 291,510    GAAP Operating Profit (Loss)         (12,806)          (9,532)    Non-GAAP Operating Expense Adjustments, as above                                 34,425                                17,984   Non-GAAP Operating Profit  $ 21,619 $  8,452        GAAP Net Loss available to common shareholders $  (200,748) $ (192,793)    Non-GAAP Operating Expense Adjustments, as above 34,425    17,984   Non-GAAP Net Loss available to common shareholders $  (166,323) $  (174,809)    Non-GAAP Loss Per Share basic and diluted $  (0.00) $  (0.01)    Weighted Average Number of Shares Outstanding – Basic and Diluted 33,372,79632,628,835 (1) Non-Cash depreciation of purchased assets. These are non-cash charges related to assets which can be impacted by the timing and magnitude of acquisitions. We consider our operating results without these charges when evaluating our ongoing costs and performance and therefore exclude such charges when presenting non-GAAP financial measures.",
]


# Reddit, Q1 2026 letter (line 421): two tables of key metrics on one line
REDDIT_METRICS = "Q1 2026 • Letter to Shareholders Reddit, Inc. Key Operating Metrics by Geography (in millions, except percentages and ARPU) (unaudited) 16 Three months ended March 31, 2026 2025 % Change Revenue: Global $ 663.4 $ 392.4 69 % Revenue: U.S. $ 525.6 $ 313.9 67 % Revenue: International $ 137.8 $ 78.5 76 % Three months ended March 31, 2026 2025 % Change DAUq: Global 126.8 108.1 17 % DAUq: U.S. 53.5 50.1 7 % DAUq: International 73.3 58.0 26 % Logged-in DAUq: Global 52.0 48.7 7 % Logged-in DAUq: U.S. 23.2 23.0 1 % Logged-in DAUq: International 28.8 25.8 12 % Logged-out DAUq: Global 74.8 59.4 26 % Logged-out DAUq: U.S. 30.3 27.1 12 % Logged-out DAUq: International 44.5 32.2 38 % WAUq: Global 493.1 401.3 23 % WAUq: U.S. 196.5 178.3 10 % WAUq: International 296.6 223.0 33 % ARPU: Global $ 5.23 $ 3.63 44 % ARPU: U.S. $ 9.63 $ 6.27 54 % ARPU: International $ 2.02 $ 1.34 51 %"


# Royalty Management Q2 2025, lines 541-606: the cash flow statement, a cell per line, under period phrases whose
# spaces the rendering dropped
RMCO_CASH_FLOWS = [
    " CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWSUNAUDITED",
    "",
    "For the SixMonths EndedJune 30,2025",
    "",
    "For the SixMonths EndedJune 30,2024",
    "",
    " Cash Flows from Operating Activities:",
    "",
    " ",
    "",
    " Net (Loss) Income",
    "",
    "$",
    "",
    "(108,283)",
    "",
    " $",
    "",
    "35,996",
    "",
    " Adjustments to Reconcile Net (Loss) Income to Net Cash Used in Operations",
    "",
    " Amortization Expense of Operating Lease Right-of-Use Assets",
    "",
    "19,169",
    "",
    "2,682",
    "",
    " Amortization of Intangibles",
    "",
    "28,423",
    "",
    "28,423",
    "",
    " Depreciation Expense",
    "",
    "793",
    "",
    "793",
    "",
    " Issuance of Preferred Shares for Service",
    "",
    "118,750",
    "",
    "-",
    "",
    " Stock Compensation – Warrants",
    "",
    "13,813",
    "",
    "-",
    "",
    " Fair Value Adjustment of Public Warrants",
    "",
    "16,810",
    "",
    "(65,131)",
    "",
    " Fair Value Adjustment of Private Warrants",
    "",
    "-",
    "",
    "(117,036)",
    "",
    " ",
    "",
]


# Howard Hughes Q4 2025 (corpus), lines 83-95: a heading with its footnote mark over the rows it heads
HOWARD_HUGHES_NOI = [
    " | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | ",
    " | Three Months Ended December 31, | | Year Ended December 31, | ",
    "$ in thousands | 2025 | | 2024 | | $ Change | % Change | | 2025 | | 2024 | | $ Change | % Change | ",
    "Operating Assets NOI (1)",
    " | | | | | | | | | | | | | | ",
    "Office | $ | 36,081 | | | $ | 28,993 | | | $ | 7,088 | | 24 | % | | $ | 138,173 | | | $ | 124,594 | | | $ | 13,579 | | 11 | % | ",
    "Retail | 14,230 | | | 13,027 | | | 1,203 | | 9 | % | | 55,132 | | | 54,163 | | | 969 | | 2 | % | ",
    "Multifamily | 13,838 | | | 15,000 | | | (1,162) | | (8) | % | | 62,694 | | | 58,827 | | | 3,867 | | 7 | % | ",
    "Other | 1,392 | | | 1,459 | | | (67) | | (5) | % | | 5,986 | | | 6,153 | | | (167) | | (3) | % | ",
    " | | | | | | | | | | | | | | ",
    "Dispositions (a) | — | | | 432 | | | (432) | | (100) | % | | — | | | 1,718 | | | (1,718) | | (100) | % | ",
    "Operating Assets NOI | 65,541 | | | 58,911 | | | 6,630 | | 11 | % | | 261,985 | | | 245,455 | | | 16,530 | | 7 | % | ",
    "Company's share of NOI from unconsolidated ventures | 2,456 | | | 2,288 | | | 168 | | 7 | % | | 14,303 | | | 11,552 | | | 2,751 | | 24 | % | ",
]


def _doc(tmp_path, lines, name="release.txt"):
    return extracted(tmp_path, lines, name)


def _texts(text):
    return [text[s:e] for s, e in glued(text)]


def test_a_figure_glued_to_a_word_or_to_another_figure():
    assert _texts("1,362,555          4,913,195         3,891,482Research and development") == ["3,891,482"]
    assert _texts("Revenue $436,378 $336,968Cost of Goods Sold 77,844 37,006Gross Profit") == ["$336,968", "37,006"]
    assert _texts("(159,287)(Loss) income from continuing operations, net of tax") == ["(159,287)"]
    assert _texts("$           0.23Net (loss) income per share - basic") == ["0.23"]
    # two grouped figures fused: a group of four digits after a comma
    assert _texts("Other current assets 1,5082,428 Total current assets 6,517 7,935") == ["1,5082,428"]
    assert _texts("Total net revenues 3,8703,25414,16214,238") == ["3,8703,25414,16214,238"]
    # figures fused by their parentheses, a label run into its figure
    assert _texts("Loss from operations(6,373) (5,854)(17,197) (16,800)") == ["(6,373)", "(5,854)(17,197)"]


def test_what_is_no_glue():
    # footnote marks and a slide number run into words (corpus: Adobe, Howard Hughes; unseen: Yelp, BellRing)
    assert not glued("1Targets assume")
    assert not glued("(1)See the accompanying")
    assert not glued("Restructuring and other (1)(2) | — | — | %")
    assert not glued("Consumption Grew in Q2 FY2026 14Notes: Circana")
    # a date whose year lost its space (Royalty Management, GeoVax), a sign after a label, a unit after its figure
    # (NVIDIA)
    assert not glued("For the SixMonths EndedJune 30,2025")
    assert not glued("Sep 30,2025")
    assert not glued(" AssetsCash and cash equivalents$ 5,009 $ 5,507 ")
    assert not glued("the world’s first 400Gbps end-")


def test_a_row_run_together_reads_as_rows_with_its_glued_figures_marked():
    recs = [x for x in read_records([FORIAN_IS]) if x.kind == "data"]
    cost = next(x for x in recs if x.label == "Cost of revenue")
    # taken apart from "Research" where the digits end: the row's four figures, the last one marked split (a
    # boundary the characters prove, ``tables.run_on_words``), none in doubt
    assert [f.text for f in cost.figures] == ["1,402,920", "1,362,555", "4,913,195", "3,891,482"]
    assert [FORIAN_IS[s.start : s.end] for s in cost.split] == ["3,891,482"] and not cost.glued
    assert next(x for x in recs if x.label == "Research and development").figures[0].text == "291,962"


def test_a_statement_whose_rows_run_together_gives_no_fact(tmp_path):
    doc = _doc(tmp_path, ["Forian reports.", "", FORIAN_IS, ""] + GEOVAX[10:])
    # not one figure of the statement is a fact (its columns were one off: Cost of revenue for nine months of 2024
    # was read as 1,362,555, the quarter of 2023)
    assert not cells(doc, line=3)
    # every row now reads its four figures (the boundaries glued are proven, every row prints four), but the
    # header's two phrases over four years do not place them: excluded with that reason, none shifted
    reasons = {t.raw: t.reason for t in doc.tokens if t.span.line == 3}
    assert reasons["1,362,555"] == reasons["3,891,482Research"] == reasons["4,686,312"] == "no_period"
    assert set(reasons.values()) <= {"run_together", "no_period", "header", "title", "date"}
    assert cells(doc, label="Stockholders' equity")  # the other table of the release stands


def test_a_balance_sheet_keeps_the_rows_the_glue_does_not_touch(tmp_path):
    doc = _doc(tmp_path, ["GeoVax reports.", ""] + GEOVAX, "geovax.txt")
    row = 2 + GEOVAX.index(next(x for x in GEOVAX if "Other current assets" in x)) + 1
    facts = {(c.label, c.value, c.unit, c.scale) for c in cells(doc, line=row)}
    # "Other current assets 1,5082,428 Total current assets 6,517 7,935": 1,508 and 2,428 (a grouped figure ends
    # three digits after its comma), so 6,517 stays the total current assets; "Property and other assets 214221":
    # the digits' boundary is not shown, no row; "Liabilities and stockholders' equity Total liabilities $ 1,824":
    # the heading comes off the total's label
    assert ("Other current assets", Decimal(1508), "USD", 3) in facts and ("Other current assets", Decimal(2428), "USD", 3) in facts
    assert ("Total current assets", Decimal(6517), "USD", 3) in facts
    assert ("Total liabilities", Decimal(1824), "USD", 3) in facts
    assert not [f for f in facts if "Property" in f[0] or f[1] in (Decimal(214221), Decimal(214), Decimal(221))]
    # the rows apart from the glue stand, under the title's "(amounts in thousands, except common share information)"
    assert ("Stockholders' equity", Decimal(4907), "USD", 3) in facts
    assert ("Common shares outstanding", Decimal(29705360), "shares", 0) in facts
    # every token of the statement of operations on line 29 is excluded with its reason, none unexplained
    assert {t.reason for t in doc.tokens if t.span.line == 2 + 7} == {"run_together"}
    assert not [t for t in doc.tokens if t.reason in ("unexplained", "cell_outside_columns")]


def test_a_reconciliation_keeps_its_rows_apart_from_the_glue(tmp_path):
    doc = _doc(tmp_path, ["Vycor reports.", ""] + VYCOR, "vycor.txt")
    recon = 2 + 11
    got = {(c.label, c.value) for c in cells(doc, line=recon)}
    assert ("GAAP Operating Expenses", Decimal(371340)) in got
    assert ("Non-GAAP Cash Operating Expenses", Decimal(336915)) in got
    # "(16,110) (15,620)Non-cash stock-based compensation (2) (18,315) (2,364)Total Non-GAAP ...": those rows
    # are no rows; no "(1)" or "(2)" became a value
    labels = {label for label, _ in got}
    assert not [x for x in labels if x.startswith(("Non-cash", "Total Non-GAAP"))]
    assert not [v for _, v in got if v in (-1, -2)]
    # the statement of comprehensive loss on line 27: every boundary the glue hid is proven, every row prints two
    # figures: the rows stand, each figure in its column ("Provision for income taxes - - Net Loss from continuing
    # operations (38,514) (30,507)": the dashes are the provision's cells, no fact)
    got = {(c.label, c.value, c.period.end.year) for c in cells(doc, line=2 + 3)}
    assert ("Net Loss from continuing operations", Decimal(-38514), 2025) in got
    assert ("Net Loss from continuing operations", Decimal(-30507), 2024) in got
    assert ("Cost of Goods Sold", Decimal(37006), 2024) in got
    assert not [x for x in got if x[0].startswith("Provision")]


def test_a_release_whose_every_table_runs_together_is_refused_saying_why(tmp_path):
    # its rows read (the glue's boundaries are proven) but the header places none of their figures
    with pytest.raises(PrxbrlError, match=r"tables found \(lines 1-3\), but no figure in them could be read"):
        _doc(tmp_path, ["Forian reports.", "", FORIAN_IS])


def test_tables_that_share_a_line_count_each_token_once(tmp_path):
    doc = _doc(tmp_path, [REDDIT_METRICS])
    places = [(t.span.line, t.span.start) for t in doc.tokens]
    assert len(places) == len(set(places))
    # both tables' figures are counted; the page's running header before them ("Q1 2026 • Letter to Shareholders")
    # stands outside every table
    assert {"663.4", "126.8", "44.5"} <= {t.raw for t in doc.tokens}
    assert not [t for t in doc.tokens if t.raw == "Q1"]


def test_period_phrases_whose_words_run_together_are_read():
    (e,) = find_period_exprs("For the SixMonths EndedJune 30,2025")
    assert (e.kind, e.groups["n"], e.groups["date"]) == ("months_ended", "Six", "June 30,2025")
    # a number word in lower case run into "months" is no phrase: nothing says where one word ends
    assert [x.kind for x in find_period_exprs("Sixmonths ended June 30, 2025")] == ["date"]


def test_a_statement_read_a_cell_per_line_under_glued_headers_is_a_table(tmp_path):
    # the whole cash flow statement was invisible: neither a table nor counted among the tokens
    doc = _doc(tmp_path, ["Royalty Management reports.", ""] + RMCO_CASH_FLOWS, "rmco.txt")
    (net,) = [c for c in cells(doc, label="Net (Loss) Income") if c.period.end == date(2025, 6, 30)]
    assert (net.value, net.period.start) == (Decimal(-108283), date(2025, 1, 1))
    (prior,) = [c for c in cells(doc, label="Net (Loss) Income") if c.period.end == date(2024, 6, 30)]
    assert (prior.value, prior.period.start) == (Decimal(35996), date(2024, 1, 1))
    assert not [t for t in doc.tokens if t.reason in ("unexplained", "cell_outside_columns", "no_period")]


def test_a_row_of_fewer_figures_than_columns_is_not_placed_by_guess(tmp_path):
    doc = _doc(tmp_path, HOWARD_HUGHES_NOI)
    # "Operating Assets NOI (1)" heads the rows: its "(1)" is a footnote mark, not -1 (thousand) in the first column
    assert not cells(doc, line=4)
    assert [(t.raw, t.reason) for t in doc.tokens if t.span.line == 4] == [("(1)", "footnote_marker")]
    (noi,) = [c for c in cells(doc, line=12) if c.period.start == date(2025, 10, 1) and c.role == "value"]
    assert noi.value == Decimal(65541)
