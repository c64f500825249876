"""Week counts printed under the dated columns of a 52/53-week calendar's table pin its periods ("(13 weeks)")."""

from datetime import date
from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file
from prxbrl.tables.slot_period import in_weeks
from prxbrl.tables.weeks_line import week_counts, weeks_under_dates
from prxbrl.tables.headers import Item
from prxbrl.tables.slots import Slot
from prxbrl.periods import find_period_exprs

# MillerKnoll, Inc., EX-99.1 of the 8-K of June 24, 2026 (lines 1-20 and 59-81)
MILLERKNOLL = [
    "Zeeland, Mich., June 24, 2026 – MillerKnoll Inc. (NASDAQ: MLKN), a growth-oriented small-cap value company in the "
    "industrial and consumer sectors, today reported results for the fourth quarter and full fiscal year 2026, ended May "
    "30, 2026.",
    "",
    "Fourth Quarter and Fiscal 2026 Financial Results",
    "",
    "(Unaudited) | (Unaudited)",
    "Three Months Ended | Twelve Months Ended",
    "(Dollars in millions, except per share data) | May 30, 2026 | May 31, 2025 | % Chg. | May 30, 2026 | May 31, 2025 | % Chg.",
    "(13 weeks) | (13 weeks) | (52 weeks) | (52 weeks)",
    "Net sales | 1,004.2 | 961.8 | 4.4 | % | 3,841.7 | 3,669.9 | 4.7 | %",
    "Operating expenses | 344.2 | 321.9 | 6.9 | % | 1,290.5 | 1,372.1 | (5.9) | %",
    "Earnings (loss) per share - diluted (1) | 0.34 | (0.84) | 140.5 | % | 1.32 | (0.54) | 344.4 | %",
    "",
    'Condensed Consolidated Statements of Operations',
    '(Unaudited) (Dollars in millions, except per share and common share data) | Three Months Ended | Twelve Months Ended',
    'May 30, 2026 | May 31, 2025 | May 30, 2026 | May 31, 2025',
    'Net sales | 1,004.2 | 100.0 | % | 961.8 | 100.0 | % | 3,841.7 | 100.0 | % | 3,669.9 | 100.0 | %',
    'Cost of sales | 608.6 | 60.6 | % | 584.9 | 60.8 | % | 2,352.9 | 61.2 | % | 2,247.3 | 61.2 | %',
    'Gross margin | 395.6 | 39.4 | % | 376.9 | 39.2 | % | 1,488.8 | 38.8 | % | 1,422.6 | 38.8 | %',
    'Operating expenses | 344.2 | 34.3 | % | 321.9 | 33.5 | % | 1,290.5 | 33.6 | % | 1,372.1 | 37.4 | %',
    'Operating earnings | 51.4 | 5.1 | % | 55.0 | 5.7 | % | 198.3 | 5.2 | % | 50.5 | 1.4 | %',
    'Other expenses, net | 13.6 | 1.4 | % | 19.3 | 2.0 | % | 70.1 | 1.8 | % | 72.4 | 2.0 | %',
    'Earnings (loss) before income taxes and equity income | 37.8 | 3.8 | % | 35.7 | 3.7 | % | 128.2 | 3.3 | % | (21.9) | (0.6) | %',
    'Income tax expense | 11.9 | 1.2 | % | 91.9 | 9.6 | % | 32.4 | 0.8 | % | 11.6 | 0.3 | %',
    'Equity (loss) income, net of tax | (1.0) | (0.1) | % | — | — | % | (0.1) | — | % | 0.3 | — | %',
    'Net earnings (loss) | 24.9 | 2.5 | % | (56.2) | (5.8) | % | 95.7 | 2.5 | % | (33.2) | (0.9) | %',
    'Net earnings attributable to redeemable noncontrolling interests | 1.3 | 0.1 | % | 0.9 | 0.1 | % | 4.2 | 0.1 | % | 3.7 | 0.1 | %',
    'Net earnings (loss) attributable to MillerKnoll, Inc. | 23.6 | 2.4 | % | (57.1) | (5.9) | % | 91.5 | 2.4 | % | (36.9) | (1.0) | %',
    'Amounts per common share attributable to MillerKnoll, Inc.',
    'Earnings (loss) per share - basic | $0.34 | ($0.84) | $1.33 | ($0.54)',
    'Weighted average basic common shares | 68,798,344 | 68,091,762 | 68,736,117 | 68,977,267',
    'Earnings (loss) per share - diluted | $0.34 | ($0.84) | $1.32 | ($0.54)',
    'Weighted average diluted common shares | 69,416,668 | 68,091,762 | 69,321,661 | 68,977,267',
    'MillerKnoll, Inc.',
    "MillerKnoll, Inc.",
]


def _write(tmp_path, lines):
    p = tmp_path / "millerknoll.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _line(lines, prefix, nth=0):
    return [i for i, x in enumerate(lines, start=1) if x.startswith(prefix)][nth]


def _span(c):
    return (c.period.start, c.period.end)


def test_week_counts_under_the_dates_pin_the_quarter_and_the_year(tmp_path):
    doc = extract_file(_write(tmp_path, MILLERKNOLL))
    got = {c.value: _span(c) for c in cells(doc, line=_line(MILLERKNOLL, "Net sales"))}
    # a quarter of 13 weeks ending on May 30, 2026 starts 91 days before its day after: March 1, 2026
    assert got[Decimal("1004.2")] == (date(2026, 3, 1), date(2026, 5, 30))
    assert got[Decimal("961.8")] == (date(2025, 3, 2), date(2025, 5, 31))
    # 52 weeks: the day after the prior year end (May 31, 2025, itself the end of 52 weeks from June 2, 2024)
    assert got[Decimal("3841.7")] == (date(2025, 6, 1), date(2026, 5, 30))
    assert got[Decimal("3669.9")] == (date(2024, 6, 2), date(2025, 5, 31))
    # the "% Chg." columns print no date: no count stands over them (four counts, four dated columns)
    assert not [c for c in cells(doc, line=_line(MILLERKNOLL, "Net sales")) if c.value == Decimal("4.4") and c.role == "value"]


def test_the_same_dated_columns_in_another_table_take_the_pinned_periods(tmp_path):
    doc = extract_file(_write(tmp_path, MILLERKNOLL))
    # the statement of operations prints no week counts: its "Three Months Ended May 31, 2025" is the same 13 weeks
    got = {c.value: _span(c) for c in cells(doc, line=_line(MILLERKNOLL, "Cost of sales")) if c.role == "value"}
    assert got[Decimal("608.6")] == (date(2026, 3, 1), date(2026, 5, 30))
    assert got[Decimal("584.9")] == (date(2025, 3, 2), date(2025, 5, 31))
    assert got[Decimal("2247.3")] == (date(2024, 6, 2), date(2025, 5, 31))
    eps = {c.value: (_span(c), c.unit) for c in cells(doc, line=_line(MILLERKNOLL, "Earnings (loss) per share - basic"))}
    assert eps[Decimal("-0.84")] == ((date(2025, 3, 2), date(2025, 5, 31)), "USD/shares")


def test_without_the_counts_the_months_ending_on_a_weekday_are_not_guessed(tmp_path):
    # the twelve-month columns 52 weeks apart pin the later year and its quarter as the counts do (weeks._consecutive_years);
    # the prior year's columns, whose start nothing tells without the counts, are left out
    lines = [x for x in MILLERKNOLL if "weeks)" not in x]
    doc = extract_file(_write(tmp_path, lines))
    got = {c.value: _span(c) for c in cells(doc, line=_line(lines, "Cost of sales")) if c.role == "value"}
    assert got == {Decimal("608.6"): (date(2026, 3, 1), date(2026, 5, 30)), Decimal("2352.9"): (date(2025, 6, 1), date(2026, 5, 30))}


def test_a_line_of_week_counts_and_where_it_stands():
    counts = week_counts("(13 weeks) | (13 weeks) | (52 weeks) | (52 weeks)")
    assert [c.text for c in counts] == ["(13 weeks)", "(13 weeks)", "(52 weeks)", "(52 weeks)"]
    assert week_counts("(Fourteen Weeks)") and week_counts("(13 weeks) | (53 weeks)")
    # a line that prints anything else is no line of counts
    assert week_counts("(13 weeks) | Total") == []
    assert week_counts("(Dollars in millions, except per share data)") == []
    assert week_counts("Thirteen Weeks Ended") == []

    def slot(*texts):
        s = Slot(pos=(0.0, 0.0))
        for t in texts:
            for e in find_period_exprs(t):
                s.items.append(Item("period", e.text, 0, len(e.text), expr=e))
        return s

    dated = [slot("Three Months Ended May 30, 2026"), slot("Three Months Ended May 31, 2025")]
    change = slot("Three Months Ended")
    change.items.append(Item("role", "% Chg", 0, 5, role="yoy_percent"))
    # three counts over two dated columns: they do not pair, none is placed
    assert not weeks_under_dates(dated + [change], week_counts("(13 weeks) | (13 weeks) | (52 weeks)"))
    assert weeks_under_dates(dated + [change], week_counts("(13 weeks) | (13 weeks)"))
    assert [it.text for it in dated[1].items] == ["Three Months Ended May 31, 2025", "(13 weeks)"]
    assert [it.text for it in change.items] == ["Three Months Ended", "% Chg"]


def test_weeks_that_contradict_the_months_are_no_length():
    assert in_weeks(("months", 3), ("weeks", 13)) == ("weeks", 13)
    assert in_weeks(("months", 3), ("weeks", 14)) == ("weeks", 14)
    assert in_weeks(("months", 12), ("weeks", 53)) == ("weeks", 53)
    assert in_weeks(("months", 3), ("weeks", 52)) is None  # "Three Months Ended" over "(52 weeks)"
    assert in_weeks(None, ("weeks", 13)) == ("weeks", 13)  # a date alone over "(13 weeks)"
    assert in_weeks(("months", 6), None) == ("months", 6)


def test_a_column_whose_weeks_contradict_its_months_is_excluded(tmp_path):
    lines = [x.replace("(13 weeks) | (13 weeks) | (52 weeks) | (52 weeks)", "(52 weeks) | (13 weeks) | (52 weeks) | (52 weeks)")
             for x in MILLERKNOLL]
    doc = extract_file(_write(tmp_path, lines))
    row = _line(lines, "Net sales")
    assert not [c for c in cells(doc, line=row) if c.value == Decimal("1004.2")]
    assert [t.reason for t in doc.tokens if t.span.line == row and t.raw == "1,004.2"] == ["period_start_undetermined"]
