"""Row readers for text renderings of HTML tables: pipes, a cell per line, a release run together on one line.

Every test is built from real lines of the corpus releases (copied here, so the tests need nothing else).
"""

from decimal import Decimal

from prxbrl.models import Span
from prxbrl.tables.cell_lines import merge_cell_lines
from prxbrl.tables.pipes import is_pipe_line, record_end, split_record
from prxbrl.tables.rows import text_rows
from prxbrl.tables.run_on import run_on_records
from prxbrl.tables.text_cells import Piece, assemble
from prxbrl.tables.records import read_records
from prxbrl.tables.text_detect import detect_tables, split_line
from prxbrl.tokens import parse_amount

# ------------------------------------------------------------------ cells and their symbols


def _pieces(*texts):
    return [Piece(t, Span(line=1, start=10 * k, end=10 * k + len(t)), k) for k, t in enumerate(texts)]


def test_symbols_in_cells_of_their_own_join_their_figure():
    # Howard Hughes: "Office | $ | 36,081 | | | $ | 28,993 | | | $ | 7,088 | | 24 | % |"
    label, figures, rest = assemble(_pieces("Office", "$", "36,081", "$", "28,993", "$", "7,088", "24", "%"))
    assert [p.text for p in label] == ["Office"]
    assert [f.text for f in figures] == ["$36,081", "$28,993", "$7,088", "24%"]
    assert parse_amount(figures[-1].text).percent
    # the span is the digits' own span: the token ledger finds the figure where it is printed
    assert figures[0].span == Span(line=1, start=20, end=26)


def test_negative_after_a_figure_is_not_a_footnote_but_a_letter_is():
    # Amazon: "Operating income | $ | 273 | | ... | $ | 1,199 | | (8) | % |"
    _, figures, _ = assemble(_pieces("Operating income", "$", "1,199", "(8)", "%"))
    assert [f.text for f in figures] == ["$1,199", "(8)%"]
    # UnitedHealth: "Direct response costs - cyberattack | | 494 | | (a) | 160 | (a) | 1,296"
    _, figures, _ = assemble(_pieces("Direct response costs - cyberattack", "494", "(a)", "160", "(a)", "1,296"))
    assert [f.text for f in figures] == ["494", "160", "1,296"]


# ------------------------------------------------------------------ pipes

AMAZON = [
    " (in millions) ",
    " | | | | | | | | | | | | | | | | | | | | | | | | ",
    " | Three Months Ended",
    "September 30, | | Nine Months Ended",
    "September 30, | ",
    " | 2024 | | 2025 | | 2024 | | 2025 | ",
    " | | | | | | | | ",
    " Net product sales | $ | 67,601 | | | $ | 74,058 | | | $ | 190,085 | | | $ | 206,274 | | ",
    " Net service sales | 91,276 | | | 106,111 | | | 260,082 | | | 297,264 | | ",
    " Total net sales | 158,877 | | | 180,169 | | | 450,167 | | | 503,538 | | ",
    " Foreign currency translation adjustments, net of tax of $(45), $27, $43, and $(181) ",
    " | 1,911 | | | (690) | | | 178 | | | 4,159 | | ",
]


def test_pipe_rows_over_several_lines():
    assert is_pipe_line(AMAZON[2]) and not is_pipe_line(AMAZON[0])
    assert record_end(AMAZON, 2) == 4  # "| Three Months Ended" / "September 30, | | Nine ..." / "September 30, |"
    pieces = split_record(AMAZON, 2, 4)
    assert [p.text for p in pieces] == ["Three Months Ended", "September 30,", "Nine Months Ended", "September 30,"]
    assert pieces[1].span == Span(line=4, start=0, end=13)


def test_currency_cells_do_not_count_so_a_column_keeps_its_index():
    with_sign = split_record(AMAZON, 7, 7)
    without = split_record(AMAZON, 8, 8)
    idx = lambda ps: [p.index for p in ps if p.text[0].isdigit()]  # noqa: E731
    assert idx(with_sign) == idx(without)


def test_pipe_table_reads_headers_labels_and_wrapped_labels():
    recs = read_records(AMAZON)
    kinds = [(r.kind, r.no) for r in recs]
    assert ("years", 6) in kinds
    header = next(r for r in recs if r.no == 3)
    assert header.kind == "text" and header.label == "Three Months Ended September 30, Nine Months Ended September 30,"
    wrapped = next(r for r in recs if r.no == 11)
    assert wrapped.kind == "data" and wrapped.label.startswith("Foreign currency translation adjustments")
    assert [f.text for f in wrapped.figures] == ["1,911", "(690)", "178", "4,159"]
    assert wrapped.figures[0].span.line == 12
    [table] = detect_tables(AMAZON)
    rows = text_rows(table, AMAZON)
    total = next(r for r in rows if r.label == "Total net sales")
    assert [c.amount.value for c in total.cells] == [Decimal(x) for x in ("158877", "180169", "450167", "503538")]


def test_label_column_text_beside_header_phrases_is_a_note_above_them():
    # Howard Hughes: the scale note stands in the label column of the line of years
    lines = [
        " | | | | | | | | | | | | | | | | | | | | | | | | ",
        " | Three Months Ended December 31, | | Year Ended December 31, | ",
        "thousands except per share amounts | 2025 | | 2024 | | 2025 | | 2024 | ",
        "REVENUES | | | | | | | | ",
        "Condominium rights and unit sales | $ | 369,479 | | | $ | 778,590 | | | $ | 370,156 | | | $ | 778,616 | | ",
        "Master Planned Communities land sales | 117,436 | | | 67,751 | | | 562,586 | | | 453,195 | | ",
    ]
    recs = [r for r in read_records(lines) if r.kind != "blank"]
    assert [r.label for r in recs[:2]] == [
        "thousands except per share amounts",
        "Three Months Ended December 31, Year Ended December 31,",
    ]
    assert recs[2].kind == "years" and [f.text for f in recs[2].figures] == ["2025", "2024", "2025", "2024"]


def test_page_number_after_a_rendered_table_is_no_row():
    # UnitedHealth: a footnote and the page number after the statement of operations
    lines = [
        " Diluted weighted-average common shares outstanding | | 927 | | 935 | | 929 | | 938 | ",
        " (a) See page 7 for a reconciliation of non-GAAP measures. ",
        " 1 ",
        " UNITEDHEALTH GROUP ",
    ]
    recs = read_records(lines)
    page = next(r for r in recs if r.no == 3)
    assert page.kind == "blank" and page.reader == "page"


# ------------------------------------------------------------------ a cell per line

COLUMBIA = """COLUMBIA SPORTSWEAR COMPANY
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(Unaudited)
Three Months Ended December 31,
Twelve Months Ended December 31,
(In thousands, except per share amounts)
2022
2021
2022
2021
Net sales
$
1,169,520
$
1,129,720
$
3,464,152
$
3,126,402
Cost of sales
579,544
539,544
1,753,074
1,513,947
Gross margin
50.4
%
52.2
%
49.4
%
51.6
%
Impairment of goodwill and intangibles assets
35,600
—
35,600
—
Earnings per share:
Basic
$
2.02
$
2.41
$
4.96
$
5.37
8
COLUMBIA SPORTSWEAR COMPANY""".split("\n")


def test_cell_per_line_rows():
    recs = read_records(COLUMBIA)
    # the header cells of one row, each on its own line, are one header line with a phrase per cell
    header = next(r for r in recs if r.no == 4)
    assert header.kind == "text" and [p.text for p in header.pieces] == [
        "Three Months Ended December 31,",
        "Twelve Months Ended December 31,",
    ]
    years = [r for r in recs if r.kind == "years"]
    assert [[f.text for f in r.figures] for r in years] == [["2022", "2021", "2022", "2021"]]
    rows = {r.label: [f.text for f in r.figures] for r in recs if r.kind == "data"}
    assert rows["Net sales"] == ["$1,169,520", "$1,129,720", "$3,464,152", "$3,126,402"]
    assert rows["Gross margin"] == ["50.4%", "52.2%", "49.4%", "51.6%"]
    assert rows["Impairment of goodwill and intangibles assets"] == ["35,600", "—", "35,600", "—"]
    # the page number after the last row is not a fifth figure
    assert rows["Basic"] == ["$2.02", "$2.41", "$4.96", "$5.37"]
    assert any(r.reader == "page" and r.no == 49 for r in recs)
    assert next(r for r in recs if r.label == "Earnings per share:").kind == "text"


def test_a_lone_number_under_a_line_is_not_a_table():
    # a contact block and a page number: no repeated label-and-figures layout
    lines = ["Contact:", "Andrew Burns, CFA", "(503) 985-4112", "aburns@columbia.com", "5"]
    recs = [split_line(i + 1, t) for i, t in enumerate(lines)]
    assert merge_cell_lines(recs) == recs


# ------------------------------------------------------------------ a release on one line

APPLIED = (
    "Applied Materials, Inc. Page 7 of 13 APPLIED MATERIALS, INC. UNAUDITED CONSOLIDATED CONDENSED BALANCE SHEETS "
    "(In millions) October 27, 2024 October 29, 2023 ASSETS Current assets: Cash and cash equivalents $ 8,022 $ 6,132 "
    "Short-term investments 1,449 737 Accounts receivable, net 5,234 5,165 Inventories 5,421 5,725 Other current "
    "assets 1,094 1,388 Total current assets 21,220 19,147 Long-term investments 2,787 2,281 Total assets $ 34,409 "
    "$ 30,729 Applied Materials, Inc. Page 8 of 13 The company reported results. "
)


def test_run_on_rows_titles_headers_and_headings():
    recs = run_on_records(APPLIED, 1)
    texts = [r.label for r in recs if r.kind == "text"]
    assert "(In millions)" in texts
    assert "October 27, 2024 October 29, 2023" in texts
    # the section "ASSETS" (the line's "Total assets" names it) and the colon heading glued behind it are two headings
    assert "ASSETS" in texts and "Current assets:" in texts
    rows = {r.label: [f.text for f in r.figures] for r in recs if r.kind == "data"}
    assert rows["Cash and cash equivalents"] == ["$8,022", "$6,132"]
    assert rows["Other current assets"] == ["1,094", "1,388"]
    assert rows["Total assets"] == ["$34,409", "$30,729"]
    # "Page 7 of 13": lone figures among words are text, not rows
    assert not any("Page" in label for label in rows)
    cash = next(r for r in recs if r.label == "Cash and cash equivalents")
    assert APPLIED[cash.figures[0].span.start : cash.figures[0].span.end] == "8,022"


def test_short_line_is_not_run_on():
    assert run_on_records("Net revenue $ 7,045 $ 6,723", 1) == []


# ------------------------------------------------------------------ EDGAR SGML tables and rule lines

# real lines of an EDGAR SGML filing (accession 0001011438-98-000429, EX-20.1), as stored in the public
# dgunning/edgartools repository (data/sgml/); shortened to three classes
AAMES = """                         STATEMENT TO CERTIFICATEHOLDERS
<TABLE>
<CAPTION>
- ----------------------------------------------------------------------------------------------------------------------------------
                       DISTRIBUTIONS IN DOLLARS
                                   PRIOR                                                                                  CURRENT
                 ORIGINAL      PRINCIPAL                                                   REALIZED       DEFERRED      PRINCIPAL
CLASS          FACE VALUE        BALANCE       INTEREST      PRINCIPAL         TOTAL         LOSSES       INTEREST        BALANCE
- ----------------------------------------------------------------------------------------------------------------------------------

<S>          <C>            <C>                <C>           <C>           <C>                 <C>            <C>    <C>
     I-1F    1,184,000.00   1,156,444.26       9,162.44      25,739.98     34,902.42           0.00           0.00   1,130,704.28
     I-2F      803,000.00     803,000.00       6,362.12           0.00      6,362.12           0.00           0.00     803,000.00
     R-I             0.00           0.00           0.00           0.00          0.00           0.00           0.00           0.00





- ----------------------------------------------------------------------------------------------------------------------------------
TOTALS     650,000,000.00 645,008,411.46   5,019,097.96   4,816,463.12  9,835,561.08           0.00           0.00 640,191,948.34
- ----------------------------------------------------------------------------------------------------------------------------------
</TABLE>
This    statement   is   also    available   on   Bankers    Trust's    website,""".split("\n")


def test_sgml_markup_and_rules_are_no_rows_and_do_not_end_the_table():
    [table] = detect_tables(AAMES)
    texts = [r.text for r in table.rows if r.kind == "text"]
    assert not [t for t in texts if t.startswith(("<", "- ---"))]  # tags and rules are not headings
    assert "CLASS          FACE VALUE        BALANCE       INTEREST      PRINCIPAL         TOTAL         LOSSES       INTEREST        BALANCE" in texts
    data = [r for r in table.rows if r.kind == "data"]
    # the totals after five blank lines and a rule line still belong to the table; </TABLE> ends it
    assert [r.cells[0].text for r in data] == ["I-1F", "I-2F", "R-I", "TOTALS"]
    assert [c.text for c in data[-1].cells[1:3]] == ["650,000,000.00", "645,008,411.46"]
    assert table.last_line == 21


def test_several_rows_on_one_line_between_rules():
    # the balance sheet of the Applied Materials release, whose rows stand on one line, between rule lines
    lines = [
        "(In millions) October 27, 2024 October 29, 2023",
        "--------------------------------------------------",
        "Cash and cash equivalents $ 8,022 $ 6,132 Short-term investments 1,449 737 Accounts receivable, net 5,234 5,165",
        "--------------------------------------------------",
        "Total current assets 21,220 19,147",
    ]
    recs = [r for r in read_records(lines) if r.kind == "data" and r.reader]
    assert [(r.no, r.label, [f.text for f in r.figures]) for r in recs] == [
        (3, "Cash and cash equivalents", ["$8,022", "$6,132"]),
        (3, "Short-term investments", ["1,449", "737"]),
        (3, "Accounts receivable, net", ["5,234", "5,165"]),
    ]
    [table] = detect_tables(lines)
    assert [r.line for r in table.rows if r.kind == "data"] == [3, 3, 3, 5]


def test_a_row_with_its_leading_cells_merged_takes_the_last_columns():
    # Howard Hughes: a row that prints only the full-year figures, its quarter cells merged into a run of empties
    lines = [
        " | Three Months Ended December 31, | | Year Ended December 31, | ",
        "$ in thousands | 2025 | | 2024 | | $ Change | % Change | | 2025 | | 2024 | | $ Change | % Change | ",
        "Office | $ | 36,081 | | | $ | 28,993 | | | $ | 7,088 | | 24 | % | | $ | 138,173 | | | $ | 124,594 | | | $ | 13,579 | | 11 | % | ",
        "Retail | 14,230 | | | 13,027 | | | 1,203 | | 9 | % | | 55,132 | | | 54,163 | | | 969 | | 2 | % | ",
        "Projected stabilized NOI Operating Assets ($ in millions) | | | | | | | | $ | 360.5 | | | $ | 352.2 | | | $ | 8.3 | | 2 | % | ",
        "Acres Sold - Commercial | 30 | | | 10 | | | 20 | | NM | | 30 | | | 14 | | | 16 | | 114 | % | ",
    ]
    [table] = detect_tables(lines)
    rows = {r.label: r for r in text_rows(table, lines) if r.kind == "data"}
    projected = rows["Projected stabilized NOI Operating Assets ($ in millions)"]
    assert [c.text for c in projected.cells] == ["", "", "", "", "$360.5", "$352.2", "$8.3", "2%"]
    assert [c.text for c in rows["Acres Sold - Commercial"].cells] == ["30", "10", "20", "NM", "30", "14", "16", "114%"]


def test_cell_per_line_subtotal_without_label():
    # Columbia's balance sheet rows, with the subtotal under "Other non-current assets" printed without a label
    # (the two figures of "Total assets" standing alone after the row's own two)
    lines = """(in thousands)
2022
2021
Intangible assets, net
81,558
101,908
Goodwill
51,694
68,594
Other non-current assets
71,568
68,452
$
3,051,546
$
3,067,128
Accounts payable
$
322,472
$
283,349""".split("\n")
    recs = [r for r in read_records(lines) if r.kind == "data"]
    assert [(r.label, [f.text for f in r.figures]) for r in recs] == [
        ("Intangible assets, net", ["81,558", "101,908"]),
        ("Goodwill", ["51,694", "68,594"]),
        ("Other non-current assets", ["71,568", "68,452"]),
        ("", ["$3,051,546", "$3,067,128"]),
        ("Accounts payable", ["$322,472", "$283,349"]),
    ]


def test_text_in_the_label_column_of_a_pipe_table_is_a_heading_not_a_header():
    # UnitedHealth: "Operating Activities" under the years stands in the label column: a section heading,
    # not two words over the two columns
    lines = [
        " | | | | | | | | | | | | | | | ",
        " | | Year Ended December 31, | ",
        " | | 2024 | | 2023 | ",
        " Operating Activities | | | | | ",
        " Net earnings | | $15,242 | | $23,144 | ",
        " Noncash items: | | | | | ",
        " Depreciation and amortization | | 4,099 | | 3,972 | ",
    ]
    [table] = detect_tables(lines)
    rows = {r.label: r for r in text_rows(table, lines)}
    assert rows["Operating Activities"].kind == "text" and rows["Operating Activities"].stub
    assert not rows["Year Ended December 31,"].stub
    assert [c.text for c in rows["Net earnings"].cells] == ["$15,242", "$23,144"]


def test_rule_row_of_a_pipe_table_is_no_row_of_dashes():
    # a markdown rendering of a balance sheet (public repository azuma-4260/Azure-AI-OCR, output.md): the
    # "|---|" row underlines the header; its dashes are no nil figures
    lines = [
        "|                                        | Notes            | Millions of Yen (As at 31 Mar 2023) | Millions of Yen (As at 31 Mar 2024) |",
        "|----------------------------------------|------------------|-------------------------------------|-------------------------------------|",
        "| **ASSETS**                             |                  |                                     |                                     |",
        "| Property, plant and equipment – net    | 6, 9, 33         | 178,648                             | 198,225                             |",
        "| Goodwill                               | 8, 9             | 46,818                              | 52,742                              |",
    ]
    recs = read_records(lines)
    assert recs[1].kind == "blank" and recs[1].reader == "rule"
    goodwill = next(r for r in recs if r.label == "Goodwill")  # the note references "8, 9" are not in the label
    assert [f.text for f in goodwill.figures] == ["46,818", "52,742"] and [p.text for p in goodwill.rest] == ["8, 9"]


def test_footnote_numbers_run_into_figures_are_kept_apart():
    # Applied Materials (a release on one line): footnote numbers printed against the label or after the last figure
    text = (
        "APPLIED MATERIALS, INC. UNAUDITED RECONCILIATION OF GAAP TO NON-GAAP RESULTS Three Months Ended Twelve Months "
        "Ended (In millions, except percentages) October 27, 2024 October 29, 2023 October 27, 2024 October 29, 2023 "
        "Non-GAAP Gross Profit GAAP reported gross profit $ 3,335 $ 3,169 $ 12,897 $ 12,384 Certain items associated "
        "with acquisitions 1 6 8 26 29 Impairment of long-lived assets 3 — 3 — Non-GAAP gross profit $ 3,344 $ 3,177 "
        "$ 12,926 $ 12,413 Non-GAAP gross margin 47.5 % 47.3 % 47.6 % 46.8 % "
    ) * 4  # a run-on line is long: the same statement four times over
    [table, *_] = detect_tables([text])
    rows = {r.cells[0].text: r for r in table.rows if r.kind == "data"}
    items = rows["Certain items associated with acquisitions"]
    assert [c.text for c in items.cells if c.col and c.col > 0] == ["6", "8", "26", "29"]
    assert [c.text for c in items.cells if c.col == -1] == ["1"]
