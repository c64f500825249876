"""Column headers as a grid: real header lines of real releases (HTML cells with their grid columns, fixed-width
lines as printed), each phrase standing over the columns under it, each column's meaning composed from its stack."""

import re
from datetime import date
from decimal import Decimal

from prxbrl.models import ConvenienceTranslation, FiscalCalendar, RawCell, RawRow, RawTable, Span
from prxbrl.periods import Calendar
from prxbrl.tables.flat_headers import by_order
from prxbrl.tables.grid import by_position
from prxbrl.tables.interpret import Context, interpret
from prxbrl.tables.rows import grid_rows, text_rows
from prxbrl.tables.slots import Slot, label_area_only, positional_slots
from prxbrl.tables.text_detect import detect_tables
from prxbrl.weeks import detect_weeks

PLAIN = Context(calendar=Calendar(FiscalCalendar()), reporting_currency="USD", translations=[], lines=[])
# a release that states (or shows) that its fiscal year is the calendar year
KNOWN = Context(calendar=Calendar(FiscalCalendar(), year_end_known=True), reporting_currency="USD", translations=[], lines=[])


def html_table(rows: list[list[tuple[str, int, int]]]) -> RawTable:
    """An HTML table as the reader gives it: each cell (text, grid column, colspan), one source line per row."""
    raw_rows = []
    for n, cells in enumerate(rows, start=1):
        pos = 0
        out = []
        for text, col, span in cells:
            out.append(RawCell(text=text, span=Span(line=n, start=pos, end=pos + len(text)), col=col, colspan=span))
            pos += len(text) + 1
        raw_rows.append(RawRow(line=n, cells=out, text=" ".join(c[0] for c in cells)))
    return RawTable(layout="grid", first_line=1, last_line=len(rows), rows=raw_rows)


def columns_of(raw: RawTable, ctx: Context = PLAIN, outer=None):
    res = interpret(raw, grid_rows(raw), "t01", ctx, None, outer=outer)
    return res.table.columns, res


def test_row_heading_and_footnote_reference_in_a_header_line():
    # Buckle, CONSOLIDATED BALANCE SHEETS: "ASSETS | November 2, 2024 | February 3, 2024 (1) | October 28, 2023"
    raw = html_table([
        [("ASSETS", 0, 3), ("November 2, 2024", 3, 3), ("February 3, 2024 (1)", 9, 3), ("October 28, 2023", 15, 3)],
        [("CURRENT ASSETS:", 0, 3)],
        [("Cash and cash equivalents", 0, 3), ("$", 3, 1), ("301,958", 4, 1), ("$", 9, 1), ("268,213", 10, 1), ("$", 15, 1), ("311,657", 16, 1)],
        [("Short-term investments", 0, 3), ("23,482", 3, 2), ("22,210", 9, 2), ("23,446", 15, 2)],
    ])
    rows = grid_rows(raw)
    slots = positional_slots([r for r in rows if r.kind == "data"], "grid")
    grid = by_position(rows[:1], [s.pos for s in slots], "grid")
    assert [p.text for p in grid.label_area] == ["ASSETS"]
    assert [p.text for p in grid.markers] == ["(1)"]
    assert [grid.text(i) for i in range(3)] == ["November 2, 2024", "February 3, 2024", "October 28, 2023"]
    cols, _ = columns_of(raw)
    assert [(c.period.kind, c.period.end, c.dimension) for c in cols] == [
        ("instant", date(2024, 11, 2), None), ("instant", date(2024, 2, 3), None), ("instant", date(2023, 10, 28), None)]


def test_a_duration_line_over_dates():
    # Apple Q1 FY2024: "Three Months Ended" spanning "December 30, 2023 | December 31, 2022"
    raw = html_table([
        [("Three Months Ended", 3, 9)],
        [("December 30, 2023", 3, 3), ("December 31, 2022", 9, 3)],
        [("Net sales:", 0, 3)],
        [("Products", 0, 3), ("$", 3, 1), ("96,458", 4, 1), ("$", 9, 1), ("96,388", 10, 1)],
    ])
    cols, _ = columns_of(raw)
    assert [(c.period.start, c.period.end) for c in cols] == [
        (date(2023, 10, 1), date(2023, 12, 30)), (date(2022, 10, 1), date(2022, 12, 31))]  # calendar months: no week rule given
    weeks = detect_weeks([(date(2023, 10, 1), date(2023, 12, 30)), (date(2022, 10, 1), date(2022, 12, 31))],
                         [date(2023, 12, 30), date(2023, 9, 30)], None)
    ctx = Context(calendar=Calendar(FiscalCalendar(), weeks), reporting_currency="USD", translations=[], lines=[])
    cols, res = columns_of(raw, ctx)
    assert cols[0].period.start == date(2023, 10, 1)
    assert cols[1].period is None  # 13 or 14 weeks: the release does not say here
    assert [reason for _, reason in res.excluded] == ["period_start_undetermined"]


def test_scale_note_over_the_label_column_and_change_columns():
    # NVIDIA Q3 FY26 summary: "($ in millions, except earnings per share) | Q3 FY26 | Q2 FY26 | Q3 FY25 | Q/Q | Y/Y"
    raw = html_table([
        [("GAAP", 0, 6)],
        [("($ in millions, except earnings per share)", 0, 1), ("Q3 FY26", 1, 1), ("Q2 FY26", 2, 1), ("Q3 FY25", 3, 1),
         ("Q/Q", 4, 1), ("Y/Y", 5, 1)],
        [("Revenue", 0, 1), ("$57,006", 1, 1), ("$46,743", 2, 1), ("$35,082", 3, 1), ("22%", 4, 1), ("62%", 5, 1)],
        [("Operating income", 0, 1), ("$36,010", 1, 1), ("$28,440", 2, 1), ("$21,869", 3, 1), ("27%", 4, 1), ("65%", 5, 1)],
    ])
    weeks = detect_weeks([(date(2025, 7, 28), date(2025, 10, 26)), (date(2024, 7, 29), date(2024, 10, 27)),
                          (date(2025, 1, 27), date(2025, 10, 26))], [date(2025, 10, 26), date(2025, 1, 26)], None)
    ctx = Context(calendar=Calendar(FiscalCalendar(year_end_month=1, year_end_day=26), weeks), reporting_currency="USD",
                  translations=[], lines=[])
    cols, res = columns_of(raw, ctx)
    assert [c.role for c in cols] == ["value", "value", "value", "yoy_percent", "yoy_percent"]
    assert [c.scale for c in cols[:3]] == [6, 6, 6]
    assert [(c.period.start, c.period.end) for c in cols[:3]] == [
        (date(2025, 7, 28), date(2025, 10, 26)), (date(2025, 4, 28), date(2025, 7, 27)), (date(2024, 7, 29), date(2024, 10, 27))]
    assert all(c.dimension is None for c in cols)


def test_a_spanning_period_over_low_and_high_target_columns():
    # Adobe Q1 FY2023 targets: "(Shares in millions) | Fiscal Year 2023" over "Low | High"; the High figures sit in
    # grid columns the "High" cell only partly covers
    raw = html_table([
        [("(Shares in millions)", 0, 3), ("Fiscal Year 2023", 3, 21)],
        [("Low", 3, 9), ("High", 21, 9)],
        [("Diluted net income per share:", 0, 3)],
        [("GAAP diluted net income per share", 0, 3), ("$", 3, 3), ("10.85", 6, 2), ("$", 27, 3), ("11.15", 30, 2)],
        [("Amortization of intangibles", 0, 3), ("0.82", 6, 2), ("0.82", 30, 2)],
    ])
    cols, res = columns_of(raw)
    assert len(cols) == 2
    assert all("Fiscal Year 2023" in c.header for c in cols)
    assert not [c for r in res.table.rows for c in r.cells]  # the ends of a range are not facts
    assert [reason for _, reason in res.excluded] == ["range_bound"] * 4


def test_fixed_width_stacked_phrases():
    # Sears Q2 2004, CONSOLIDATED INCOME
    lines = [
        "    SEARS, ROEBUCK AND CO.",
        "    CONSOLIDATED INCOME",
        "",
        "                                          For the 13         For the 26",
        "                                          Weeks Ended        Weeks Ended",
        "                                        July 3, 2004 and   July 3, 2004 and",
        "                                         June 28, 2003      June 28, 2003",
        "    (millions, except earnings per",
        "     common share)                       2004     2003      2004      2003",
        "",
        "    REVENUES",
        "    Merchandise sales and services     $ 8,700  $ 8,851   $16,865   $17,252",
        "    Credit and financial products",
        "      revenues                              81    1,345       227     2,709",
    ]
    (raw,) = detect_tables(lines)
    res = interpret(raw, text_rows(raw, lines), "t01", PLAIN, None)
    cols = res.table.columns
    assert [(c.period.start, c.period.end) for c in cols] == [
        (date(2004, 4, 4), date(2004, 7, 3)), (date(2003, 3, 30), date(2003, 6, 28)),
        (date(2004, 1, 4), date(2004, 7, 3)), (date(2002, 12, 29), date(2003, 6, 28))]
    assert all(c.scale == 6 for c in cols)


def test_by_count_and_order():
    # "Three Months Ended  Nine Months Ended" over four figures: each phrase stands over two columns
    assert by_order(2, 4) == [[0, 1], [2, 3]]
    assert by_order(4, 4) == [[0], [1], [2], [3]]
    assert by_order(3, 4) is None


def test_a_wide_row_makes_one_column_per_figure():
    # issue 10: one row of 4,000 figures; the columns are found in one sorted pass
    n = 4000
    raw = html_table([[("Row", 0, 1)] + [(f"{k:,}", k + 1, 1) for k in range(n)]])
    rows = grid_rows(raw)
    slots = positional_slots(rows, "grid")
    assert len(slots) == n and slots[0].pos == (1.0, 2.0) and slots[-1].pos == (float(n), float(n + 1))


def test_header_rows_without_figures():
    # issue 10: a table of header lines only ("Three Months Ended" / "December 30, 2023  December 31, 2022") has no
    # columns; asking whether a line stands left of them must not fail
    raw = html_table([[("Three Months Ended", 3, 9)], [("December 30, 2023", 3, 3), ("December 31, 2022", 9, 3)]])
    rows = grid_rows(raw)
    assert label_area_only(rows[0], []) is False
    assert label_area_only(rows[0], [Slot(pos=(3.0, 5.0))]) is False
    cols, res = columns_of(raw)
    assert cols == [] and res.table.rows == []


def flattened(lines: list[str], ctx: Context = PLAIN):
    (raw,) = [t for t in detect_tables(lines) if t.layout == "flattened"]
    res = interpret(raw, text_rows(raw, lines), "t01", ctx, None)
    return res.table.columns


def test_flattened_duration_line_over_month_and_day_over_years():
    # NVIDIA Q3 FY2026 (text rendering), CONDENSED CONSOLIDATED STATEMENTS OF INCOME
    cols = flattened([
        "NVIDIA CORPORATION",
        "CONDENSED CONSOLIDATED STATEMENTS OF INCOME",
        "(In millions, except per share data)",
        "(Unaudited)",
        "Three Months Ended Nine Months Ended",
        "October 26, October 27, October 26, October 27,",
        "2025 2024 2025 2024",
        "Revenue $ 57,006 $ 35,082 $ 147,811 $ 91,166",
        "Cost of revenue 15,157 8,926 45,441 22,031",
        "Gross profit 41,849 26,156 102,370 69,135",
    ])
    assert [(c.period.start, c.period.end, c.scale) for c in cols] == [
        (date(2025, 7, 27), date(2025, 10, 26), 6), (date(2024, 7, 28), date(2024, 10, 27), 6),
        (date(2025, 1, 27), date(2025, 10, 26), 6), (date(2024, 1, 28), date(2024, 10, 27), 6)]  # calendar months: no week rule


def test_flattened_groups_of_unequal_width():
    # NVIDIA Q3 FY2026 (text rendering): two durations over five dates, each group led by the current period
    cols = flattened([
        "RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES",
        "(In millions, except per share data)",
        "Three Months Ended Nine Months Ended",
        "October 26, July 27, October 27, October 26, October 27,",
        "2025 2025 2024 2025 2024",
        "GAAP cost of revenue $ 15,157 $ 12,890 $ 8,926 $ 45,441 $ 22,031",
        "GAAP gross profit $ 41,849 $ 33,853 $ 26,156 $ 102,370 $ 69,135",
    ])
    assert [(c.period.end, (c.period.end - c.period.start).days // 30) for c in cols] == [
        (date(2025, 10, 26), 3), (date(2025, 7, 27), 3), (date(2024, 10, 27), 3), (date(2025, 10, 26), 9), (date(2024, 10, 27), 9)]


def test_flattened_note_before_the_column_phrases():
    # NVIDIA Q3 FY2026 (text rendering), Q3 Fiscal 2026 Summary
    weeks = detect_weeks([(date(2025, 7, 28), date(2025, 10, 26)), (date(2025, 1, 27), date(2025, 10, 26))],
                         [date(2025, 10, 26), date(2025, 1, 26)], None)
    ctx = Context(calendar=Calendar(FiscalCalendar(), weeks), reporting_currency="USD", translations=[], lines=[])
    cols = flattened([
        "Q3 Fiscal 2026 Summary",
        "GAAP",
        "($ in millions, except earnings per share) Q3 FY26 Q2 FY26 Q3 FY25 Q/Q Y/Y",
        "Revenue $57,006 $46,743 $35,082 22% 62%",
        "Operating income $36,010 $28,440 $21,869 27% 65%",
    ], ctx)
    assert [c.role for c in cols] == ["value", "value", "value", "yoy_percent", "yoy_percent"]
    assert [(c.period.start, c.period.end) for c in cols[:3]] == [
        (date(2025, 7, 28), date(2025, 10, 26)), (date(2025, 4, 28), date(2025, 7, 27)), (date(2024, 7, 29), date(2024, 10, 27))]
    assert [c.scale for c in cols[:3]] == [6, 6, 6]


def test_month_without_a_day():
    # "Three Months Ended June" / "Twelve Months Ended June" over years (issue 8): the day from the calendar
    cols = flattened([
        "CONSOLIDATED STATEMENTS OF INCOME",
        "(In thousands)",
        "Three Months Ended June Twelve Months Ended June",
        "2011 2010 2011 2010",
        "Net revenues $ 1,234 $ 1,100 $ 4,800 $ 4,400",
        "Net income 123 110 480 440",
    ])
    assert [(c.period.start, c.period.end) for c in cols] == [
        (date(2011, 4, 1), date(2011, 6, 30)), (date(2010, 4, 1), date(2010, 6, 30)),
        (date(2010, 7, 1), date(2011, 6, 30)), (date(2009, 7, 1), date(2010, 6, 30))]


def test_flattened_low_and_high_under_a_period_note():
    # Adobe Q1 FY2023 (text rendering): the targets table; its header line is read as a row whose figure is "2023"
    lines = [
        "(Shares in millions) Fiscal Year 2023",
        "Low High",
        "Diluted net income per share:",
        "GAAP diluted net income per share $ 10.85 $ 11.15",
        "Stock-based and deferred compensation expense 3.96 3.94",
        "Amortization of intangibles 0.82 0.82",
    ]
    (raw,) = [t for t in detect_tables(lines) if t.layout == "flattened"]
    res = interpret(raw, text_rows(raw, lines), "t01", KNOWN, None)
    assert len(res.table.columns) == 2
    assert all(c.period and (c.period.start, c.period.end) == (date(2023, 1, 1), date(2023, 12, 31)) for c in res.table.columns)
    assert not [c for r in res.table.rows for c in r.cells]
    assert {reason for _, reason in res.excluded} == {"range_bound"}


def test_flattened_continuation_takes_the_columns_of_the_table_it_continues():
    # Adobe Q1 FY2023 (text rendering): the balance sheet is cut where a label prints "$17 and $23"; the part after
    # the cut has no header of its own
    lines = [
        "Condensed Consolidated Balance Sheets",
        "(In millions; unaudited)",
        "March 3, 2023 December 2, 2022",
        "ASSETS",
        "Current assets:",
        "Cash and cash equivalents $ 4,072 $ 4,236",
        "Short-term investments 1,581 1,860",
    ]
    more = [
        "Prepaid expenses and other current assets 888 835",
        "Total current assets 8,342 8,996",
        "Property and equipment, net 1,967 1,908",
    ]
    (first,) = [t for t in detect_tables(lines) if t.layout == "flattened"]
    prev = interpret(first, text_rows(first, lines), "t01", PLAIN, None).table
    (raw,) = [t for t in detect_tables(more) if t.layout == "flattened"]
    res = interpret(raw, text_rows(raw, more), "t02", PLAIN, prev)
    assert [c.period.end for c in res.table.columns] == [date(2023, 3, 3), date(2022, 12, 2)]
    assert [c.scale for c in res.table.columns] == [6, 6]


def test_a_share_scale_in_the_row_heading():
    # Apple Q3 FY2004 (text rendering): "Shares used in computing earnings per share (in thousands):" in a table in millions
    lines = [
        "UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (In millions, except share and per share amounts)",
        "THREE MONTHS ENDED NINE MONTHS ENDED",
        "June 26, June 28, June 26, June 28,",
        "2004 2003 2004 2003",
        "Net sales $ 2,014 $ 1,545 $ 5,929 $ 4,492",
        "Earnings per common share:",
        "Basic $ 0.16 $ 0.05 $ 0.46 $ 0.07",
        "Diluted $ 0.16 $ 0.05 $ 0.45 $ 0.07",
        "Shares used in computing earnings per share (in thousands):",
        "Basic 375,023 360,793 367,606 360,113",
        "Diluted 392,621 363,777 381,259 362,421",
    ]
    (raw,) = [t for t in detect_tables(lines) if t.layout == "flattened"]
    rows = interpret(raw, text_rows(raw, lines), "t01", PLAIN, None).table.rows
    sales = next(r for r in rows if r.label == "Net sales")
    assert (sales.cells[0].unit, sales.cells[0].scale) == ("USD", 6)
    diluted = [r for r in rows if r.label == "Diluted"]
    assert (diluted[0].cells[0].unit, diluted[0].cells[0].scale) == ("USD/shares", 0)
    assert (diluted[1].cells[0].unit, diluted[1].cells[0].scale) == ("shares", 3)


def text_table(rows: list[list[str]]) -> RawTable:
    """A text rendering read one row per line: the first cell a label (or a whole header/title line), then figures."""
    raw_rows = []
    for n, cells in enumerate(rows, start=1):
        out, pos = [], 0
        for k, text in enumerate(cells):
            out.append(RawCell(text=text, span=Span(line=n, start=pos, end=pos + len(text)), col=None if len(cells) == 1 else k))
            pos += len(text) + 1
        kind = "text" if len(cells) == 1 else "data"
        raw_rows.append(RawRow(line=n, cells=out, text=" ".join(cells), kind=kind))
    return RawTable(layout="flattened", first_line=1, last_line=len(rows), rows=raw_rows)


def test_phrases_printed_one_per_line():
    # Columbia Sportswear Q4 2022 (text rendering of an HTML table, one cell per line)
    lines = ["COLUMBIA SPORTSWEAR COMPANY", "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "(Unaudited)",
             "Three Months Ended December 31,", "Twelve Months Ended December 31,", "(In thousands, except per share amounts)",
             "2022", "2021", "2022", "2021"]
    raw = text_table([[t] for t in lines] + [["Net sales", "$ 1,169,520", "$ 1,129,720", "$ 3,464,152", "$ 3,126,402"],
                                             ["Cost of sales", "579,544", "539,544", "1,753,074", "1,513,947"]])
    rows = text_rows(raw, [r.text for r in raw.rows])
    res = interpret(raw, rows, "t01", PLAIN, None)
    assert [(c.period.start, c.period.end, c.scale) for c in res.table.columns] == [
        (date(2022, 10, 1), date(2022, 12, 31), 3), (date(2021, 10, 1), date(2021, 12, 31), 3),
        (date(2022, 1, 1), date(2022, 12, 31), 3), (date(2021, 1, 1), date(2021, 12, 31), 3)]


def test_quarters_under_fiscal_years():
    # "Fiscal 2019  Fiscal 2020" over "Q1 Q2 Q3 Q4 Total" repeated (issue 8)
    lines = ["Revenue by quarter", "(In millions)", "Fiscal 2019 Fiscal 2020", "Q1 Q2 Q3 Q4 Total Q1 Q2 Q3 Q4 Total",
             "Revenue 1,100 1,110 1,120 1,130 4,460 1,140 1,150 1,160 1,170 4,620",
             "Net income 110 111 112 113 446 114 115 116 117 462"]
    assert [c.period for c in flattened(lines)] == [None] * 10  # the fiscal year end is not known
    cols = flattened(lines, KNOWN)
    assert [(c.period.start, c.period.end) for c in cols] == [
        (date(2019, 1, 1), date(2019, 3, 31)), (date(2019, 4, 1), date(2019, 6, 30)), (date(2019, 7, 1), date(2019, 9, 30)),
        (date(2019, 10, 1), date(2019, 12, 31)), (date(2019, 1, 1), date(2019, 12, 31)),
        (date(2020, 1, 1), date(2020, 3, 31)), (date(2020, 4, 1), date(2020, 6, 30)), (date(2020, 7, 1), date(2020, 9, 30)),
        (date(2020, 10, 1), date(2020, 12, 31)), (date(2020, 1, 1), date(2020, 12, 31))]
    assert all(c.dimension is None for c in cols)


def test_ratio_and_change_columns_between_amounts():
    # "2019  % of Sales  2018  % of Sales  % Change  % Change in Constant Currency" (issue 8) under "Year Ended December 31,"
    cols = flattened([
        "Year Ended December 31,", "(In thousands)",
        "2019 % of Sales 2018 % of Sales % Change % Change in Constant Currency",
        "Net sales $ 1,000 100.0% $ 900 100.0% 11.1% 12.0%", "Gross profit 400 40.0% 350 38.9% 14.3% 15.0%"])
    assert [c.role for c in cols] == ["value", "percent_of_total", "value", "percent_of_total", "yoy_percent", "yoy_percent"]
    assert [(c.period.start, c.period.end) for c in cols[:3]] == [
        (date(2019, 1, 1), date(2019, 12, 31)), (date(2019, 1, 1), date(2019, 12, 31)), (date(2018, 1, 1), date(2018, 12, 31))]
    assert [c.scale for c in cols] == [3, -2, 3, -2, -2, -2]


def test_years_whose_dates_are_in_the_title():
    # "... for the years ended December 31, 2022 and 2021" over "2022  2021"; "December 31," over "2022  2021"
    cols = flattened(["Consolidated Statements of Income for the years ended December 31, 2022 and 2021", "(In thousands)",
                      "2022 2021", "Revenue 1,100 990", "Net income 110 99"])
    assert [(c.period.start, c.period.end) for c in cols] == [(date(2022, 1, 1), date(2022, 12, 31)), (date(2021, 1, 1), date(2021, 12, 31))]
    cols = flattened(["CONSOLIDATED BALANCE SHEETS", "(In thousands)", "December 31,", "2022 2021", "Cash 1,100 990", "Total assets 1,110 999"])
    assert [(c.period.kind, c.period.end) for c in cols] == [("instant", date(2022, 12, 31)), ("instant", date(2021, 12, 31))]
    # years alone, no date anywhere: no period
    cols = flattened(["CONSOLIDATED BALANCE SHEETS", "(In millions of yen)", "2024 2023", "Cash and cash equivalents 1,000 900", "Inventories 500 450"])
    assert [c.period for c in cols] == [None, None]


def test_a_convenience_translation_column():
    # "RMB RMB US$" under the dates, the rate stated in the prose ("translated at RMB7.0651 to US$1.00", issue 8)
    from prxbrl.extract import _translations
    from prxbrl.models import SourceDocument

    for text in ("Translations of amounts from RMB into US$ were made at the rate of RMB7.0651 to US$1.00.",
                 "US$1.00 = RMB7.0651"):
        (tr,) = _translations(SourceDocument(path="x", format="text", encoding="utf-8", sha256="0", lines=[text]))
        assert (tr.rate, tr.from_currency, tr.to_currency) == (Decimal("7.0651"), "CNY", "USD")
    for text, rate in (("at the rate of 110 yen = 1 U.S. dollar", "110"), ("JPY83.53 per US$1.00", "83.53")):
        (tr,) = _translations(SourceDocument(path="x", format="text", encoding="utf-8", sha256="0", lines=[text]))
        assert (tr.rate, tr.from_currency, tr.to_currency) == (Decimal(rate), "JPY", "USD")
    ctx = Context(calendar=Calendar(FiscalCalendar()), reporting_currency="CNY", translations=[tr.model_copy(update={
        "rate": Decimal("7.0651"), "from_currency": "CNY"})], lines=[])
    cols = flattened(["UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
                      "(In thousands, except for share and per share data)",
                      "Three Months Ended June 30,", "2022 2023 2023", "RMB RMB US$",
                      "Net revenues 1,000,000 1,200,000 169,849", "Cost of revenues (500,000) (600,000) (84,924)"], ctx)
    assert [(c.role, c.unit, c.scale) for c in cols] == [("value", "CNY", 3), ("value", "CNY", 3), ("convenience", "USD", 3)]
    assert cols[2].translates == 1 and cols[2].period == cols[1].period
    assert (cols[1].period.start, cols[1].period.end) == (date(2023, 4, 1), date(2023, 6, 30))


def cells_table(rows: list[list[str]]) -> RawTable:
    """A text rendering whose reader kept the cells of each line (pipes): header lines are text rows of several cells."""
    raw_rows = []
    for n, cells in enumerate(rows, start=1):
        out, pos = [], 0
        data = len(cells) > 1 and any(re.search(r"\d[,.]\d", c) for c in cells[1:])  # figures, not years or dates
        for k, text in enumerate(cells):
            out.append(RawCell(text=text, span=Span(line=n, start=pos, end=pos + len(text)), col=k if data else None))
            pos += len(text) + 3
        raw_rows.append(RawRow(line=n, cells=out, text=" | ".join(cells), kind="data" if data else "text"))
    return RawTable(layout="flattened", first_line=1, last_line=len(rows), rows=raw_rows)


def test_header_cells_kept_by_the_reader():
    # UnitedHealth Q4 2024 (pipes): "| Three Months Ended | | Year Ended |" / "| Dec 31, | ..." / "| 2024 | | 2024 (Adj) | ..."
    raw = cells_table([
        ["Quarterly and Annual Financial Performance"], ["(in billions, except percentages)"],
        ["Three Months Ended", "Year Ended"], ["Dec 31,"] * 6, ["2024", "2024 (Adj)", "2023", "2024", "2024 (Adj)", "2023"],
        ["Revenues", "$100.8", "$100.8", "$94.4", "$400.3", "$400.5", "$371.6"],
        ["Earnings from Operations", "$7.8", "$8.3", "$7.7", "$32.3", "$34.4", "$32.4"],
    ])
    res = interpret(raw, text_rows(raw, [r.text for r in raw.rows]), "t01", PLAIN, None)
    cols = res.table.columns
    assert [(c.period.start, c.period.end) for c in cols] == [
        (date(2024, 10, 1), date(2024, 12, 31)), (date(2024, 10, 1), date(2024, 12, 31)), (date(2023, 10, 1), date(2023, 12, 31)),
        (date(2024, 1, 1), date(2024, 12, 31)), (date(2024, 1, 1), date(2024, 12, 31)), (date(2023, 1, 1), date(2023, 12, 31))]
    assert [c.dimension for c in cols] == [None, "Adj", None, None, "Adj", None]
    assert [c.scale for c in cols] == [9] * 6


def test_a_row_heading_is_not_a_line_of_column_words():
    # UnitedHealth Q4 2024: "Operating Activities" right under "2024  2023" heads rows, not the two columns
    cols = flattened(["CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", "(in millions; unaudited)", "Year Ended December 31,",
                      "2024 2023", "Operating Activities", "Net earnings $15,242 $23,144", "Depreciation and amortization 4,099 3,972"])
    assert [c.dimension for c in cols] == [None, None]
    assert [(c.period.start, c.period.end) for c in cols] == [(date(2024, 1, 1), date(2024, 12, 31)), (date(2023, 1, 1), date(2023, 12, 31))]


def test_comparison_columns_and_a_wrapped_header_line():
    # Applied Materials Q4 FY2024 (text rendering), Results Summary: the last header cell wraps after "vs."
    weeks = detect_weeks([(date(2024, 7, 29), date(2024, 10, 27)), (date(2023, 10, 30), date(2024, 10, 27))],
                         [date(2024, 10, 27), date(2023, 10, 29)], None)
    ctx = Context(calendar=Calendar(FiscalCalendar(), weeks), reporting_currency="USD", translations=[], lines=[])
    cols = flattened(["Results Summary",
                      "Q4 FY2024 Q4 FY2023 FY2024 FY2023 Q4 FY2024 vs. Q4 FY2023 FY2024 vs.", "FY2023",
                      "(In millions, except per share amounts and percentages)",
                      "Net revenue $7,045 $6,723 $27,176 $26,517 5% 2%",
                      "Net income $1,731 $2,004 $7,177 $6,856 (14)% 5%"], ctx)
    assert [c.role for c in cols] == ["value"] * 4 + ["change"] * 2
    assert [(c.period.start, c.period.end) for c in cols] == [
        (date(2024, 7, 29), date(2024, 10, 27)), (date(2023, 7, 31), date(2023, 10, 29)),
        (date(2023, 10, 30), date(2024, 10, 27)), (date(2022, 10, 31), date(2023, 10, 29)),
        (date(2024, 7, 29), date(2024, 10, 27)), (date(2023, 10, 30), date(2024, 10, 27))]


def test_columns_the_header_does_not_tell_apart_are_not_facts():
    # UnitedHealth Q4 2024, revenues by business: the segment names do not reach this part of the table, whose only
    # header is the period: six figures would be one fact
    raw = cells_table([
        ["Three Months Ended December 31 , 2023"],
        ["Total revenues", "$70,808", "$24,534", "$4,785", "$31,166", "$59,495", "$94,427"],
        ["Operating earnings", "$3,312", "$1,880", "$1,022", "$1,290", "$4,192", "$7,504"],
    ])
    res = interpret(raw, text_rows(raw, [r.text for r in raw.rows]), "t01", PLAIN, None)
    assert not [c for r in res.table.rows for c in r.cells]
    assert {reason for _, reason in res.excluded} == {"columns_undistinguished"}


def test_years_alone_over_a_statement_whose_title_says_what_it_is():
    # Columbia Sportswear Q4 2022 (text rendering): "CONDENSED CONSOLIDATED BALANCE SHEETS" / "(in thousands)" / "2022  2021";
    # the release prints "Twelve Months Ended December 31, 2022" elsewhere, so its fiscal year is the calendar year
    lines = ["CONDENSED CONSOLIDATED BALANCE SHEETS", "(Unaudited)", "(in thousands)", "2022 2021", "ASSETS",
             "Current Assets:", "Cash and cash equivalents $ 430,241 $ 804,558", "Short-term investments 1,112 1,020"]
    assert [c.period for c in flattened(lines)] == [None, None]  # the year end is not known
    known = Context(calendar=Calendar(FiscalCalendar(), year_end_known=True), reporting_currency="USD", translations=[], lines=[])
    assert [(c.period.kind, c.period.end) for c in flattened(lines, known)] == [("instant", date(2022, 12, 31)), ("instant", date(2021, 12, 31))]
    flows = ["CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "(in thousands)", "2022 2021",
             "Net sales $ 3,464,152 $ 3,126,402", "Cost of sales 1,753,074 1,513,947"]
    assert [(c.period.start, c.period.end) for c in flattened(flows, known)] == [
        (date(2022, 1, 1), date(2022, 12, 31)), (date(2021, 1, 1), date(2021, 12, 31))]


def test_dollar_change_and_percent_change_columns_in_two_groups():
    # Howard Hughes Q4 2025 (pipes): "| Three Months Ended December 31, | | Year Ended December 31, |" over
    # "$ in thousands | 2025 | | 2024 | | $ Change | % Change | | 2025 | | 2024 | | $ Change | % Change |"
    raw = cells_table([
        ["Three Months Ended December 31,", "Year Ended December 31,"],
        ["$ in thousands", "2025", "2024", "$ Change", "% Change", "2025", "2024", "$ Change", "% Change"],
        ["Office", "$ 36,081", "$ 28,993", "$ 7,088", "24 %", "$ 138,173", "$ 124,594", "$ 13,579", "11 %"],
        ["Retail", "14,230", "13,027", "1,203", "9 %", "55,132", "54,163", "969", "2 %"],
    ])
    res = interpret(raw, text_rows(raw, [r.text for r in raw.rows]), "t01", PLAIN, None)
    cols = res.table.columns
    assert [c.role for c in cols] == ["value", "value", "change", "yoy_percent"] * 2
    q, fy = (date(2025, 10, 1), date(2025, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31))
    assert [(c.period.start, c.period.end) for c in cols] == [
        q, (date(2024, 10, 1), date(2024, 12, 31)), q, q, fy, (date(2024, 1, 1), date(2024, 12, 31)), fy, fy]
    assert [c.scale for c in cols[:3]] == [3, 3, 3]


def test_a_continuation_that_starts_with_a_section_heading():
    # Adobe Q1 FY2023 (text rendering), cash flows: the part after a cut starts with "Cash flows from investing activities:"
    lines = ["Condensed Consolidated Statements of Cash Flows", "(In millions; unaudited)", "Three Months Ended",
             "March 3, 2023 March 4, 2022", "Cash flows from operating activities:", "Net income $ 1,247 $ 1,266",
             "Depreciation, amortization and accretion 210 212"]
    more = ["Cash flows from investing activities:", "Purchases of short-term investments (371) (572)",
            "Maturities of short-term investments 296 439"]
    (first,) = [t for t in detect_tables(lines) if t.layout == "flattened"]
    prev = interpret(first, text_rows(first, lines), "t01", PLAIN, None).table
    (raw,) = [t for t in detect_tables(more) if t.layout == "flattened"]
    table = interpret(raw, text_rows(raw, more), "t02", PLAIN, prev).table
    assert [c.period.end for c in table.columns] == [date(2023, 3, 3), date(2022, 3, 4)]
    assert table.title == prev.title
    assert [(r.kind, r.section) for r in table.rows] == [("heading", []), ("item", ["Cash flows from investing activities"]),
                                                          ("item", ["Cash flows from investing activities"])]


def test_share_counts_in_a_convenience_column_are_share_counts():
    # "RMB RMB US$" (issue 8): per-share figures in the US$ column are US$ per share, share counts are share counts
    ctx = Context(calendar=Calendar(FiscalCalendar()), reporting_currency="CNY", translations=[
        ConvenienceTranslation(rate=Decimal("7.0651"), from_currency="CNY", to_currency="USD", span=Span(line=1, start=0, end=1))],
        lines=[])
    lines = ["UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
             "(In thousands, except for share and per share data)", "Three Months Ended June 30,", "2022 2023 2023",
             "RMB RMB US$", "Net revenues 1,000,000 1,200,000 169,849",
             "Net income per share - diluted 1.25 1.50 0.21",
             "Weighted average shares outstanding - diluted 800,000,000 800,000,000 800,000,000"]
    (raw,) = [t for t in detect_tables(lines) if t.layout == "flattened"]
    rows = interpret(raw, text_rows(raw, lines), "t01", ctx, None).table.rows
    eps = next(r for r in rows if r.label.startswith("Net income per share"))
    assert [(c.unit, c.role) for c in eps.cells] == [("CNY/shares", "value"), ("CNY/shares", "value"), ("USD/shares", "convenience")]
    shares = next(r for r in rows if r.label.startswith("Weighted average shares"))
    assert [(c.unit, c.role) for c in shares.cells] == [("shares", "value")] * 3


def test_fixed_width_segments_over_years_under_a_dated_title():
    # Sears Q2 2004, Segment Income Statements: segment names centred over pairs of years, the dates in the title
    lines = [
        "    SEARS, ROEBUCK AND CO.",
        "    Segment Income Statements",
        "    (millions)",
        "",
        "    For the 13 Weeks Ended July 3, 2004 and June 28, 2003",
        "",
        "                            Domestic        Sears Canada      Consolidated",
        "",
        "                         2004     2003*    2004     2003     2004     2003",
        "",
        "    Merchandise sales",
        "     and services       $7,673   $7,871   $1,027   $  980   $8,700  $ 8,851",
        "    Credit and financial",
        "     products revenues       -    1,266       81       79       81    1,345",
        "",
        "    Total revenues       7,673    9,137    1,108    1,059    8,781   10,196",
    ]
    (raw,) = detect_tables(lines)
    cols = interpret(raw, text_rows(raw, lines), "t01", PLAIN, None).table.columns
    q04, q03 = (date(2004, 4, 4), date(2004, 7, 3)), (date(2003, 3, 30), date(2003, 6, 28))
    assert [(c.period.start, c.period.end) for c in cols] == [q04, q03] * 3
    assert [c.dimension for c in cols] == ["Domestic", "Domestic", "Sears Canada", "Sears Canada", None, None]
    assert all(c.scale == 6 for c in cols)


def test_groups_of_unequal_width_with_the_current_period_on_the_right():
    # the NVIDIA reconciliation header printed oldest first: each group ends with the current period
    cols = flattened([
        "RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES",
        "(In millions, except per share data)",
        "Three Months Ended Nine Months Ended",
        "October 27, July 27, October 26, October 27, October 26,",
        "2024 2025 2025 2024 2025",
        "GAAP cost of revenue $ 8,926 $ 12,890 $ 15,157 $ 22,031 $ 45,441",
        "GAAP gross profit $ 26,156 $ 33,853 $ 41,849 $ 69,135 $ 102,370",
    ])
    assert [(c.period.end, round((c.period.end - c.period.start).days / 30.44)) for c in cols] == [
        (date(2024, 10, 27), 3), (date(2025, 7, 27), 3), (date(2025, 10, 26), 3), (date(2024, 10, 27), 9), (date(2025, 10, 26), 9)]


def test_a_note_column_is_not_figures():
    # "Notes | 2024 | 2023" over a statement whose title gives the period (an IFRS layout, issue 8: note columns)
    raw = html_table([
        [("Consolidated statement of profit or loss for the year ended 31 March 2024", 0, 4)],
        [("(in millions of yen)", 0, 1), ("Notes", 1, 1), ("2024", 2, 1), ("2023", 3, 1)],
        [("Revenue", 0, 1), ("5", 1, 1), ("1,234,567", 2, 1), ("1,100,000", 3, 1)],
        [("Operating profit", 0, 1), ("6", 1, 1), ("234,567", 2, 1), ("200,000", 3, 1)],
    ])
    cols, res = columns_of(raw)
    note = [c for c in cols if c.period is None]
    assert note and not [c for r in res.table.rows for c in r.cells if c.column == note[0].index]
    assert {reason for _, reason in res.excluded} <= {"note_reference", "footnote_marker"}
    assert [(c.period.start, c.period.end) for c in cols if c.period] == [
        (date(2023, 4, 1), date(2024, 3, 31)), (date(2022, 4, 1), date(2023, 3, 31))]


def test_a_dollar_column_is_a_translation_only_where_a_rate_is_stated():
    # IIJ 1H FY2010 (example), balance sheet: three figures under two period phrases and a unit line; the U.S. dollar
    # column is a translation of the latest period only if the release states a rate
    lines = ["CONSOLIDATED BALANCE SHEETS", "As of March 31, 2010 As of September 30, 2010",
             "Thousands of Japanese Yen Thousands of Japanese Yen Thousands of U.S. Dollars",
             "Cash and cash equivalents 12,617,196 10,999,578 131,685", "Accounts receivable 17,500,123 18,100,456 216,708"]
    cols = flattened(lines)
    assert [(c.role, c.unit) for c in cols] == [("value", "JPY"), ("value", "JPY"), ("value", "USD")]
    assert cols[0].period.end == date(2010, 3, 31) and cols[1].period.end == date(2010, 9, 30)
    assert cols[2].period is None  # no rate: U.S. dollars of no stated period
    ctx = Context(calendar=Calendar(FiscalCalendar()), reporting_currency="JPY", translations=[
        ConvenienceTranslation(rate=Decimal("83.53"), from_currency="JPY", to_currency="USD", span=Span(line=1, start=0, end=1))],
        lines=[])
    cols = flattened(lines, ctx)
    assert (cols[2].role, cols[2].unit, cols[2].translates, cols[2].period.end) == ("convenience", "USD", 1, date(2010, 9, 30))


def test_words_that_join_a_headers_phrases_name_no_column():
    from prxbrl.tables.headers import parse_header

    # Infinity Bancorp's ratios: "At and For the Three Months Ended" had left "At and" over the column, a segment
    assert [(i.kind, i.text) for i in parse_header("At and For the Three Months Ended")] == [("period", "For the Three Months Ended")]
    # a segment's name keeps its words ("Americas and Europe")
    assert [(i.kind, i.text) for i in parse_header("Americas and Europe")] == [("text", "Americas and Europe")]
