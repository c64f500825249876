"""One-line statements (a newswire rendering that lost the line breaks of its tables): the heading over a basic/diluted
pair is read as a heading each time it occurs and closes the heading before it; a period phrase whose words lost their
space ("endedDecember") is one header; a footnote mark after a label ("(1)") that the release explains is no figure
(``tables.run_on``, ``tables.run_on_marks``, ``tables.line_items``)."""

from __future__ import annotations

from decimal import Decimal

import prxbrl
from prxbrl.tables.run_on import run_on_records, several_rows

# Aemetis Q4 2024 (unseen23/aemetis-q4-2024.md, line 58): the statement of operations on one line
AEMETIS_OPS = (
    'For the three months ended December 31, For the years ended December 31, 2024 2023 2024 2023 Revenues  $      '
    '47,004  $      70,764  $    267,640  $  186,717Cost of goods sold          49,044          69,900        268,2'
    '20      184,700Gross profit (loss)          (2,040)               864             (580)          2,017 Selling'
    ', general and administrative expenses          11,436            9,823          39,836        39,418Operating '
    'loss        (13,476)          (8,959)        (40,416)      (37,401) Other expense (income):Interest expense In'
    'terest rate expense          11,066            8,869          40,158        32,995 Debt related fees and amort'
    'ization expense            1,571            1,792            6,463          6,524 Accretion and other expenses'
    ' of Series A preferred units            2,643            5,125          12,698        25,313 Other income     '
    '        (190)               (57)          (1,366)        (2,077)Loss before income taxes        (28,566)      '
    '  (24,688)        (98,369)    (100,156) Income tax expense (benefit)        (12,369)               754        '
    '(10,832)      (53,736)Net loss  $    (16,197)  $    (25,442)  $    (87,537)  $  (46,420) Net loss per common s'
    'hare Basic  $        (0.36)  $        (0.64)  $        (1.91)  $      (1.22) Diluted  $        (0.36)  $      '
    '  (0.64)  $        (1.91)  $      (1.22) Weighted average shares outstanding Basic           45,612          3'
    '9,674          45,902        38,061 Diluted          45,612          39,674          45,902        38,061 '
)

# the same release, line 66: the EBITDA reconciliation, "endedDecember" glued in both group headers
AEMETIS_EBITDA = (
    ' For the three months endedDecember 31, For the years endedDecember 31, EBITDA Calculation 2024 2023 2024 2023'
    ' Net income (loss)  $        (16,197)  $      (25,442)  $        (87,537)  $        (46,420) AdjustmentsIntere'
    'st and amortization expense             12,637           10,661             46,621             39,519 Deprecia'
    'tion expense               2,220             1,725               8,341               6,933 Accretion of Series'
    ' A preferred units               2,643             5,125             12,698             25,313 Loss on asset d'
    'isposal                    58                   -                 3,702                     -   Gain on debt e'
    'xtinguishment                      -                     -                   (162)                     -   Sha'
    're-based compensation               1,386             1,437               8,314               7,660 Intangible'
    's amortization expense                     10                  36                    46                    72 '
    'USDA cash grants                     -                     -                       -                (1,774) In'
    'come tax expense (benefit)            (12,369)                754            (10,832)            (53,736) Tota'
    'l adjustments               6,585           19,738             68,728             23,987 Adjusted EBITDA  $   '
    '       (9,612)  $        (5,704)  $        (18,809)  $        (22,433)PRODUCTION AND PRICE PERFORMANCE(unaudit'
    'ed)'
)

# Vycor Medical Q1 2025 (unseen23/vycor-q1-2025.md, line 49): the non-GAAP reconciliation on one line, footnote marks
# "(1)", "(2)" after two labels; "(2)" is explained on line 51
VYCOR_NON_GAAP = (
    '  For the three months ended March 31,   2025     2024    GAAP Operating Expenses                             '
    '  371,340                              309,494    Non-cash depreciation of purchased assets (1)               '
    '                (16,110)                              (15,620)Non-cash stock-based compensation (2)           '
    '                    (18,315)                                (2,364)Total Non-GAAP Operating Expense Adjustment'
    's                               (34,425)                              (17,984)    Non-GAAP Cash Operating Expe'
    'nses  $          336,915 $ 291,510    GAAP Operating Profit (Loss)         (12,806)          (9,532)    Non-GA'
    'AP Operating Expense Adjustments, as above                                 34,425                             '
    '   17,984   Non-GAAP Operating Profit  $ 21,619 $  8,452        GAAP Net Loss available to common shareholders'
    ' $  (200,748) $ (192,793)    Non-GAAP Operating Expense Adjustments, as above 34,425    17,984   Non-GAAP Net '
    'Loss available to common shareholders $  (166,323) $  (174,809)    Non-GAAP Loss Per Share basic and diluted $'
    '  (0.00) $  (0.01)    Weighted Average Number of Shares Outstanding – Basic and Diluted 33,372,79632,628,835 ('
    '1) Non-Cash depreciation of purchased assets. These are non-cash charges related to assets which can be impact'
    'ed by the timing and magnitude of acquisitions. We consider our operating results without these charges when e'
    'valuating our ongoing costs and performance and therefore exclude such charges when presenting non-GAAP financ'
    'ial measures.'
)
VYCOR_NOTE_2 = (
    ' (2) Non-Cash Stock-based compensation expense consists of expense relating to stock-based compensation issued'
    ' to employ'
)

# the reconciliation as a release printing the quarter group only would print it (the first two columns of line 66)
AEMETIS_QUARTER = (
    ' For the three months endedDecember 31, EBITDA Calculation 2024 2023 Net income (loss)  $        (16,197)  $     '
    ' (25,442) AdjustmentsInterest and amortization expense             12,637           10,661 Depreciation expense  '
    '             2,220             1,725 Share-based compensation               1,386             1,437 Income tax ex'
    'pense (benefit)            (12,369)                754 '
)


def _rows(recs):
    return [(r.kind, r.label, [f.text for f in r.figures or []]) for r in recs if r.kind in ("data", "text")]


def _facts(text, tmp_path, name):
    res = prxbrl.convert(text, tmp_path / "out", validate=False, name=name)
    return res, {(f.concept, str(f.period_start), str(f.period_end)): f.value for f in res.facts if not f.concept.startswith("dei:")}


def test_the_heading_over_a_basic_diluted_pair_is_read_each_time():
    rows = _rows(run_on_records(AEMETIS_OPS, 58))
    tail = rows[-6:]
    # "Weighted average shares outstanding Basic 45,612 ...": the heading comes off "Basic", as "Net loss per common
    # share" does
    assert tail == [
        ("text", "Net loss per common share", []),
        ("data", "Basic", ["$(0.36)", "$(0.64)", "$(1.91)", "$(1.22)"]),
        ("data", "Diluted", ["$(0.36)", "$(0.64)", "$(1.91)", "$(1.22)"]),
        ("text", "Weighted average shares outstanding", []),
        ("data", "Basic", ["45,612", "39,674", "45,902", "38,061"]),
        ("data", "Diluted", ["45,612", "39,674", "45,902", "38,061"]),
    ]


def test_basic_and_diluted_stays_one_label():
    from test_run_on_glue import VYCOR

    rows = _rows(run_on_records(VYCOR, 47))
    assert ("data", "Weighted Average Number of Shares Outstanding – Basic and Diluted", ["32,884,882", "32,603,767"]) in rows


def test_diluted_eps_and_diluted_shares_of_a_one_line_statement(tmp_path):
    text = ("# Aemetis Reports Fourth Quarter and Full Year 2024 Financial Results\n\n"
            " AEMETIS, INC.CONSOLIDATED CONDENSED STATEMENTS OF OPERATIONS(In thousands, except per share data)\n\n"
            + AEMETIS_OPS + "\n")
    res, facts = _facts(text, tmp_path, "aemetis-q4-2024")
    q4 = ("2024-10-01", "2024-12-31")
    # both "Diluted" rows read as EPS and cancelled each other: the second is the diluted share count
    assert facts[("us-gaap:EarningsPerShareDiluted", *q4)] == Decimal("-0.36")
    assert facts[("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", *q4)] == Decimal("45612000")
    assert facts[("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "2023-01-01", "2023-12-31")] == Decimal("38061000")
    assert facts[("us-gaap:EarningsPerShareBasic", "2023-01-01", "2023-12-31")] == Decimal("-1.22")
    # the heading of the shares closes the sections above it: no "Other expense (income)" over the per-share rows
    rows = [r for t in res.document.tables for r in t.rows if r.label in ("Basic", "Diluted")]
    assert [r.section for r in rows] == [["Net loss per common share"]] * 2 + [["Weighted average shares outstanding"]] * 2


def test_glued_period_phrase_keeps_its_length(tmp_path):
    rows = _rows(several_rows(AEMETIS_EBITDA, 66))
    # "For the three months endedDecember 31,": one header, no heading "For the three months ended" over a title
    # "December 31, EBITDA Calculation" (every column was then read as a year, and the two groups collided)
    assert rows[0] == ("text", "For the three months endedDecember 31, For the years endedDecember 31, EBITDA Calculation", [])
    assert not any(label == "For the three months ended" for _, label, _ in rows)
    text = ("# Aemetis Reports Fourth Quarter and Full Year 2024 Financial Results\n\n"
            " RECONCILIATION OF ADJUSTED EBITDA TO NET INCOME / (LOSS) (In thousands, unaudited)\n\n" + AEMETIS_EBITDA + "\n")
    res, _ = _facts(text, tmp_path, "aemetis-q4-2024")
    depreciation = {(str(f.period_start), str(f.period_end)): f.value for f in res.facts if f.label == "Depreciation expense"}
    assert depreciation == {("2024-10-01", "2024-12-31"): Decimal("2220000"), ("2023-10-01", "2023-12-31"): Decimal("1725000"),
                            ("2024-01-01", "2024-12-31"): Decimal("8341000"), ("2023-01-01", "2023-12-31"): Decimal("6933000")}


def test_a_quarter_group_over_years_is_read_as_quarters(tmp_path):
    # "For the three months endedDecember 31, EBITDA Calculation" over "2024 2023": the words of the label column
    # part the phrase from the years; the years are the quarters ending December 31, never the years
    text = ("# Aemetis Reports Fourth Quarter 2024 Financial Results\n\n"
            " RECONCILIATION OF ADJUSTED EBITDA TO NET INCOME / (LOSS) (In thousands, unaudited)\n\n" + AEMETIS_QUARTER + "\n")
    _, facts = _facts(text, tmp_path, "aemetis-q4-2024")
    periods = {(s, e) for _, s, e in facts}
    assert periods == {("2024-10-01", "2024-12-31"), ("2023-10-01", "2023-12-31")}
    assert facts[("us-gaap:NetIncomeLoss", "2024-10-01", "2024-12-31")] == Decimal("-16197000")
    assert facts[("us-gaap:IncomeTaxExpenseBenefit", "2023-10-01", "2023-12-31")] == Decimal("754000")
    # the same with the space printed: the same reading
    _, spaced = _facts(text.replace("endedDecember", "ended December"), tmp_path / "s", "aemetis-q4-2024")
    assert spaced == facts


def test_two_lengths_in_the_titles_over_years_alone_are_not_guessed():
    from prxbrl.periods import Calendar, FiscalCalendar
    from prxbrl.tables.slot_period import slot_period
    from prxbrl.tables.slots import Slot

    cal = Calendar(FiscalCalendar(), year_end_known=True)
    quarter = Slot(pos=(0, 0))
    assert slot_period([], [2024], quarter, cal, ["For the three months endedDecember 31, EBITDA Calculation"]).start.isoformat() == "2024-10-01"
    # both groups' phrases in the titles over a year alone: which length is the column's is not told
    both = Slot(pos=(0, 0))
    assert slot_period([], [2024], both, cal, ["For the three months endedDecember 31, For the years endedDecember 31, EBITDA Calculation"]) is None
    assert both.excluded == "period_length_ambiguous"


def test_explained_footnote_marks_after_labels_are_no_figures():
    lines = ["", VYCOR_NON_GAAP, "", VYCOR_NOTE_2]
    from prxbrl.tables.glued_marks import defined_marks

    marks = defined_marks(lines, 2)
    assert marks == frozenset({"2"})
    rows = _rows(several_rows(VYCOR_NON_GAAP, 2, marks))
    data = {label: figs for kind, label, figs in rows if kind == "data"}
    # "(1)" is explained on the same line after the rows, "(2)" on line 51
    assert data["Non-cash depreciation of purchased assets (1)"] == ["(16,110)", "(15,620)"]
    assert data["Non-cash stock-based compensation (2)"] == ["(18,315)", "(2,364)"]
    assert data["Total Non-GAAP Operating Expense Adjustments"] == ["(34,425)", "(17,984)"]
    # the mark that opens the explanation after the last row is no figure of that row
    assert data["Weighted Average Number of Shares Outstanding – Basic and Diluted"] == ["33,372,796", "32,628,835"]
    # a mark the release does not explain stays a figure (minus one): the row is not taken apart
    unexplained = VYCOR_NON_GAAP.replace(" (1) Non-Cash depreciation", " Non-Cash depreciation")
    data = {label: figs for kind, label, figs in _rows(several_rows(unexplained, 2)) if kind == "data"}
    assert data["Non-cash depreciation of purchased assets"] == ["(1)", "(16,110)", "(15,620)"]


def test_footnote_marks_give_the_reconciliation_its_rows(tmp_path):
    text = ("# Vycor Medical Reports First Quarter 2025 Results\n\n"
            " VYCOR MEDICAL, INC.Non-GAAP Reconciliation of Operating Loss and Net Loss(unaudited)\n\n"
            + VYCOR_NON_GAAP + "\n\n" + VYCOR_NOTE_2 + "\n")
    res, facts = _facts(text, tmp_path, "vycor-q1-2025")
    got = {f.value for f in res.facts if f.source_line == 5 and f.period_end.isoformat() == "2025-03-31"}
    assert {Decimal("-16110"), Decimal("-18315"), Decimal("-34425")} <= got
    assert Decimal("-1") not in got


# Bank of America Q4 2024 (tests/fixtures/bofa-q4-2024.md): "Per Share Data" over its rows, then "Regulatory Capital"
BOFA_HIGHLIGHTS = """\
| Balance Sheet, Liquidity, and Capital Highlights ($ in billions except per share data, end of period, unless otherwise noted) | Three months ended |
|----------------------------------|--------------|--------------|--------------|
|                                  | 12/31/2024   | 9/30/2024    | 12/31/2023   |
| **Ending Balance Sheet**         |              |              |              |
| Total assets                     | $3,261.8     | $3,324.3     | $3,180.2     |
| Total loans and leases           | 1,095.8      | 1,075.8      | 1,053.7      |
| Total loans and leases in business segments (excluding All Other) | 1,087.7 | 1,067.0 | 1,044.9 |
| Total deposits                   | 1,965.5      | 1,930.4      | 1,923.8      |
| **Average Balance Sheet**        |              |              |              |
| Average total assets             | $3,318.1     | $3,296.2     | $3,213.2     |
| Average loans and leases         | 1,081.0      | 1,059.7      | 1,050.7      |
| Average deposits                 | 1,958.0      | 1,920.7      | 1,905.0      |
| **Funding and Liquidity**        |              |              |              |
| Long-term debt                   | $283.3       | $296.9       | $302.2       |
| Global Liquidity Sources, average| 953          | 947          | 897          |
| **Equity**                       |              |              |              |
| Common shareholders' equity      | $272.4       | $272.0       | $263.2       |
| Common equity ratio              | 8.4 %        | 8.2 %        | 8.3 %        |
| Tangible common shareholders' equity¹ | $202.3  | $201.9       | $193.1       |
| Tangible common equity ratio¹    | 6.3 %        | 6.2 %        | 6.2 %        |
| **Per Share Data**               |              |              |              |
| Common shares outstanding (in billions) | 7.61  | 7.69         | 7.90         |
| Book value per common share      | $35.79       | $35.37       | $33.34       |
| Tangible book value per common share¹ | 26.58   | 26.25        | 24.46        |
| **Regulatory Capital**           |              |              |              |
| CET1 capital                     | $201.1       | $199.8       | $194.9       |
| **Standardized approach**        |              |              |              |
| Risk-weighted assets             | $1,696       | $1,689       | $1,651       |
| CET1 ratio                       | 11.9 %       | 11.8 %       | 11.8 %       |
| **Advanced approaches**          |              |              |              |
| Risk-weighted assets             | $1,491       | $1,482       | $1,459       |
| CET1 ratio                       | 13.5 %       | 13.5 %       | 13.4 %       |
| **Supplementary leverage**       |              |              |              |
| Supplementary leverage ratio (SLR) | 5.9 %      | 5.9 %        | 6.1 %        |
"""


def test_a_heading_after_a_per_share_heading_closes_it(tmp_path):
    text = "# Bank of America Reports Fourth-Quarter 2024 Financial Results\n\n" + BOFA_HIGHLIGHTS
    res, _ = _facts(text, tmp_path, "bofa-q4-2024")
    # "CET1 capital" stands under "Regulatory Capital", no longer under "Per Share Data" (whose rows are per share)
    cet1 = {str(f.period_end): f.value for f in res.facts if f.label == "CET1 capital"}
    assert cet1 == {"2024-12-31": Decimal("201100000000"), "2024-09-30": Decimal("199800000000"),
                    "2023-12-31": Decimal("194900000000")}
    row = next(r for t in res.document.tables for r in t.rows if r.label == "CET1 capital")
    assert row.section == ["Regulatory Capital"]
