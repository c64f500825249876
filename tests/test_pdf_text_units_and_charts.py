"""PDF text of an IFRS release (Shell plc, Q1 2025 quarterly press release, /work/unseen15/shell-q1-2025.md; the
line numbers are that rendering's): units printed in row labels, a scale word glued to the next word, an outlook
column, and the data labels of waterfall charts. Each block below is the release's lines, verbatim."""

from datetime import date

from conftest import cells, line_of as _line

from prxbrl.errors import PrxbrlError
from prxbrl.extract import extract_file
from prxbrl.tables import headers, line_items as line_items_module
from prxbrl.tables.columns import label_unit

DATELINE = [
    'London, May 2, 2025 Shell plc Chief Executive Officer, Wael Sawan',  # l.18
]

# "Cash conversion" chart, then the quarterly bridge whose header has the scale and a footnote digit run into it
BRIDGE = [
    '$ billionCash conversion Q1 2025',  # l.63
    '5.65.20.63.9 15.3',  # l.64
    '(0.2) (0.0)',  # l.65
    '(3.1)',  # l.66
    '(2.7)9.3',  # l.67
    'Adj. Earnings',  # l.68
    'DD&A & well write-offsInterest',  # l.69
    'Tax charge & NCIAdj. EBITDA JV dividendsDerivatives',  # l.70
    'Tax paid & otherWCCFFO',  # l.71
    '•CFFO excluding working capital is $ 11.9 billion in Q1 2025 and reflects tax payments of $ 2.9 billion. Working',  # l.72
    'capital outflow is $ 2.7 billion, c onsistent with outflows as we have seen in the first quarters of recent years .',  # l.73
    '•Net debt of $ 41.5 billion includes the lease additions related to the Pavilion Energy acquisition as well as a drawdown',  # l.74
    'on the loan facilities provided at the completion of the sale of SPDC in Nigeria.',  # l.75
    '$ billion1Q1 2024 Q2 2024 Q3 2024 Q4 2024 Q1 2025',  # l.76
    'Working capital (2.8) (0.3) 2.7 2.4 (2.7)',  # l.77
    'Divestment proceeds 1.0 0.8 0.2 0.8 0.6',  # l.78
    'Free cash flow 9.8 10.2 10.8 8.7 5.3',  # l.79
    'Net debt 40.5 38.3 35.2 38.8 41.5',  # l.80
    '1 Reconciliation of non-GAAP measures can be found in the unaudited results, available at www.shell.com/investors .PRESS RELEASE',  # l.81
]

UPSTREAM = [
    '## UPSTREAM',  # l.120
    '',  # l.121
    'Key data Q4 2024 Q1 2025 Q2 2025 outlook',  # l.122
    'Realised liquids price ($/bbl) 71 71 --',  # l.123
    'Realised gas price ($/thousand scf) 7.0 7.4 --',  # l.124
    'Liquids production (kboe/d) 1,332 1,335 --',  # l.125
    'Gas production (million scf/d) 3,056 3,020 --',  # l.126
    'Total production (kboe/d) 1,859 1,855 1,560 - 1,760',  # l.127
]

# the "Adjusted Earnings" and "Adjusted EBITDA" charts of Upstream, its comments and the page break before Marketing
UPSTREAM_CHARTS = [
    '',  # l.128
    '$ billionAdjusted Earnings',  # l.129
    '1.7 0.1',  # l.130
    '(0.4)0.20.40.30.2',  # l.131
    '(0.1)2.3',  # l.132
    'Q4 2024',  # l.133
    'Prices & marginsVolume & mixOpex',  # l.134
    'Expl. & well write-offsDD&A',  # l.135
    'Tax chargeOther',  # l.136
    'Q1 2025',  # l.137
    '$ billionAdjusted EBITDA Q1 2025',  # l.138
    '2.32.20.22.6 7.4',  # l.139
    'Adj. Earnings',  # l.140
    'DD&A & well write-offsInterest',  # l.141
    'Tax chargeAdj. EBITDA',  # l.142
    '•Adjusted Earnings were higher than in Q4 2024, reflecting lower depreciation following year-end reserves updates',  # l.143
    'and lower well write-offs , partially offset by lower sales volumes.',  # l.144
    '•Q2 2025 production outlook reflects scheduled maintenance and the completed sale of SPDC in March 2025.PRESS RELEASE',  # l.145
    '',  # l.146
    '<!-- PAGE 5 -->',  # l.147
    '',  # l.148
    '',  # l.149
]

MARKETING = [
    '## MARKETING',  # l.151
    '',  # l.152
    'Key data Q4 2024 Q1 2025 Q2 2025 outlook',  # l.153
    'Marketing sales volumes (kb/d) 2,795 2,674 2,600 - 3,100',  # l.154
    'Mobility (kb/d) 2,041 1,964 --',  # l.155
    'Lubricants (kb/d) 77 87 --',  # l.156
    'Sectors & Decarbonisation (kb/d) 678 623 --',  # l.157
    '$ billionAdjusted Earnings',  # l.158
    '0.80.10.1 0.0',  # l.159
    '(0.1)0.0 0.9',  # l.160
]

RENEWABLES = [
    '## RENEWABLES & ENERGY SOLUTIONS',  # l.206
    '',  # l.207
    'Key data Q4 2024 Q1 2025',  # l.208
    'External power sales (TWh) 76 76',  # l.209
    'Sales of pipeline gas to end-use customers (TWh) 165 184',  # l.210
    'Renewables power generation capacity (GW)* 7.4 7.5',  # l.211
    '- in operation (GW) 3.4 3.5',  # l.212
    '- under construction and/or committed for sale (GW) 4.0 4.0',  # l.213
]

INTEGRATED_GAS_CHARTS = [
    '',  # l.98
    '$ billionAdjusted Earnings',  # l.99
    '2.2 0.0',  # l.100
    '(0.1)0.0 0.0',  # l.101
    '(0.0)0.4 2.5',  # l.102
    'Q4 2024',  # l.103
    'Prices & marginsVolume & mixOpex DD&A',  # l.104
    'Tax chargeOther',  # l.105
    'Q1 2025',  # l.106
    '$ billionAdjusted EBITDA Q1 2025',  # l.107
    '2.51.4 0.00.8 4.7',  # l.108
    'Adj. Earnings',  # l.109
    'DD&A & well write-offsInterest',  # l.110
    'Tax chargeAdj. EBITDA',  # l.111
]


def _doc(tmp_path, *blocks, bridge_last=False):
    """The dateline, the quarterly bridge (money the release states), the blocks."""
    blocks = tuple(b for b in blocks if b is not BRIDGE)
    blocks = blocks + (BRIDGE,) if bridge_last else (BRIDGE,) + blocks
    lines = DATELINE + [""] + [x for b in blocks for x in b + [""]]
    p = tmp_path / "shell-q1-2025.md"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract_file(p), lines


def _reasons(doc, line):
    return {t.reason for t in doc.tokens if t.span.line == line and t.status == "excluded"}


# 1. units printed in a row's label (FINDINGS #3)

def test_a_physical_unit_in_the_label_makes_no_money(tmp_path):
    doc, lines = _doc(tmp_path, UPSTREAM, RENEWABLES)
    for text in ("Realised gas price ($/thousand scf)", "Liquids production (kboe/d)", "Gas production (million scf/d)",
                 "External power sales (TWh)", "Renewables power generation capacity (GW)*", "- in operation (GW)"):
        row = _line(lines, text)
        # were USD 7,000 ("thousand" read as the scale), USD 1,332, USD 3,056,000,000, USD 76, USD 7.4
        assert not cells(doc, line=row), text
        assert _reasons(doc, row) == {"not_money"}, text


def test_unit_words_in_labels():
    for text in ("LNG sales volumes (MT)", "Chemicals sales volumes (kT)", "Global indicative chemical margin ($/t)",
                 "Mobility (kb/d)", "Realised liquids price ($/bbl)"):
        assert label_unit(text) == "measure", text
    # written out (Shell's results announcement Q1 2025, unseen17: "76 76 77 +1 External power sales (terawatt hours)2"
    # had been USD 76,000,000 under the page's "$ million"; "Renewable power generation capacity (gigawatt):" heads
    # "In operation 3.5")
    for text in ("External power sales (terawatt hours)2", "Sales of pipeline gas to end-use customers (terawatt hours)3",
                 "Renewable power generation capacity (gigawatt):", "Generating capacity (megawatts)", "Sales (million kilowatt-hours)"):
        assert label_unit(text) == "measure", text
    # what is no physical unit keeps its reading
    assert label_unit("Refinery utilisation (%)") == "pure"  # a percentage the label states (read5: "Equity ratio (%)")
    assert label_unit("Adjusted Earnings ($ billion)") is None
    assert label_unit("Revenue (in millions)") is None
    assert label_unit("Net sales (b)") is None  # an endnote mark, not barrels
    assert label_unit("Dividends per share (US$/share)") != "measure"


# 2. a scale word and a footnote digit glued to the header (FINDINGS #1, #2)

def test_a_scale_glued_to_the_header_is_read_and_the_columns_keep_their_periods(tmp_path):
    doc, lines = _doc(tmp_path, BRIDGE)
    row = _line(lines, "Working capital")
    got = sorted((c.period.start, c.period.end, c.value, c.scale) for c in cells(doc, line=row))
    # were Q2 2024 = 2.7 (the Q3 figure), Q3 = 2.4, Q4 = (2.7) (the Q1 2025 figure), in USD as printed
    assert [(s, e, str(v), k) for s, e, v, k in got] == [
        (date(2024, 1, 1), date(2024, 3, 31), "-2.8", 9),
        (date(2024, 4, 1), date(2024, 6, 30), "-0.3", 9),
        (date(2024, 7, 1), date(2024, 9, 30), "2.7", 9),
        (date(2024, 10, 1), date(2024, 12, 31), "2.4", 9),
        (date(2025, 1, 1), date(2025, 3, 31), "-2.7", 9),
    ]
    debt = {c.period.end: c.value for c in cells(doc, line=_line(lines, "Net debt"))}
    assert str(debt[date(2024, 9, 30)]) == "35.2"


def test_a_header_of_more_phrases_than_figures_is_not_realigned(tmp_path, monkeypatch):
    # the header as read before the glued scale word was: "$" + "billion1Q1" + "2024" + four quarters over five
    # figures; "$" took the first column and every figure moved a quarter back. No figure is placed by such a guess.
    monkeypatch.setattr(headers, "_unglue_mark", lambda text: text)
    monkeypatch.setattr(headers, "_GLUED_SCALE", headers.re.compile(r"(?!x)x"))
    headers._parse_header.cache_clear()
    try:
        doc, lines = _doc(tmp_path, BRIDGE)
    except PrxbrlError as exc:  # no figure of the release placed: refused, nothing guessed
        assert "no figure in them could be read" in str(exc)
        return
    finally:
        headers._parse_header.cache_clear()
    for text in ("Working capital", "Divestment proceeds", "Free cash flow", "Net debt"):
        row = _line(lines, text)
        assert not cells(doc, line=row), text


def test_two_figures_after_a_label_are_no_footnote_marks():
    # "Lubricants (kb/d) | 77 | 87 | --" read against one column (as the chart rows under it once made the count):
    # 77 and 87 were taken for footnote marks and "--" placed in the column; the row has more figures than columns,
    # none is placed by guess
    from prxbrl.tables.rows import text_rows
    from prxbrl.tables.slots import Slot, fit_cells
    from prxbrl.tables.text_detect import detect_tables

    lines = MARKETING
    row = next(r for raw in detect_tables(lines) for r in text_rows(raw, lines) if r.label.startswith("Lubricants"))
    mapping, marks, extra = fit_cells(row, [Slot(pos=(0.0, 0.0))], positional=False)
    assert not mapping
    assert [c.text for c in marks + extra] == ["77", "87", "--"]
    # with as many columns as figures, each stands in its own
    three = [Slot(pos=(float(i), float(i))) for i in range(3)]
    mapping, marks, _ = fit_cells(row, three, positional=False)
    assert [c.text for c, _ in mapping] == ["77", "87", "--"] and not marks


# 3. outlook columns (FINDINGS #6, #7)

def test_an_outlook_column_sets_no_document_period(tmp_path):
    doc, lines = _doc(tmp_path, UPSTREAM + UPSTREAM_CHARTS + MARKETING)
    # was 2025-06-30 (fiscal year focus 2026), from the "Q2 2025 outlook" column read without its "outlook"
    assert doc.document_period_end == date(2025, 3, 31)
    assert not [c for t in doc.tables for r in t.rows for c in r.cells if c.period and c.period.end > date(2025, 3, 31)
                and not c.period.forecast]


def test_a_nil_mark_under_an_outlook_column_is_no_figure(tmp_path, monkeypatch):
    # a row of a unit the converter would not know ("--" under "Q2 2025 outlook" was a nil fact, 0)
    known = line_items_module.label_unit  # a row's unit from its label: tables/line_items.py
    monkeypatch.setattr(line_items_module, "label_unit", lambda text: None if known(text) == "measure" else known(text))
    doc, lines = _doc(tmp_path, UPSTREAM, bridge_last=True)
    forecast = [c for t in doc.tables for r in t.rows for c in r.cells if c.period and c.period.forecast]
    assert not [c for c in forecast if c.nil]
    assert {c.period.end for c in cells(doc, line=_line(lines, "Realised gas price"))} == {date(2024, 12, 31), date(2025, 3, 31)}


# 4. chart data labels (FINDINGS #4)

def test_a_row_whose_label_is_only_figures_makes_no_fact(tmp_path):
    doc, lines = _doc(tmp_path, BRIDGE, INTEGRATED_GAS_CHARTS, MARKETING)
    for text in ("5.65.20.63.9 15.3", "(0.1)0.0 0.0", "(0.0)0.4 2.5", "2.51.4 0.00.8 4.7", "0.80.10.1 0.0", "(0.1)0.0 0.9"):
        row = _line(lines, text)
        assert not cells(doc, line=row), text  # were shell:X = 15.3, shell:XIntegratedGAS2 = 2.5, ...
        assert "unexplained" not in _reasons(doc, row)
