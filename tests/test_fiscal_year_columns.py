"""Fiscal-year columns ("FY 2024 | FY 2023"): the fiscal year ending at the year end the release states; where
nothing states it, no period, with the reason."""

from datetime import date
from decimal import Decimal

from conftest import cells, extracted as _doc

# Bank of America, 4Q24 (unseen): the quarter's highlights, then the year's
BAC = [
    "# Bank of America Reports 4Q24 Net Income of $6.7 Billion, EPS of $0.82",
    "",
    "| ($ in billions, except per share data) | 4Q24 | 4Q23 |",
    "|---------------------------------------|------|------|",
    "| Total revenue, net of interest expense | $25.3 | $22.0 |",
    "| Net income | 6.7 | 3.1 |",
    "",
    "| ($ in billions, except per share data) | FY 2024 | FY 2023 |",
    "|---------------------------------------|---------|---------|",
    "| Total revenue, net of interest expense | $101.9 | $98.6 |",
    "| Net income | 27.1 | 26.5 |",
    "",
]
FY_NET_INCOME = 1 + BAC.index("| Net income | 27.1 | 26.5 |")
# Farmers and Merchants Bancshares, FY 2024 (unseen): a sentence that states the year end
STATED = ("HAMPSTEAD, Md., Feb. 10, 2025 (GLOBE NEWSWIRE) — Farmers and Merchants Bancshares, Inc. announced that net "
          "income for the year ended December 31, 2024 was $4,277,703.")


def test_a_fiscal_year_column_where_nothing_states_the_year_end_has_no_period_and_says_why(tmp_path):
    doc = _doc(tmp_path, BAC)
    assert not cells(doc, line=FY_NET_INCOME)
    assert {t.raw: t.reason for t in doc.tokens if t.span.line == FY_NET_INCOME} == {
        "27.1": "fiscal_year_end_unknown", "26.5": "fiscal_year_end_unknown"}
    assert cells(doc, line=FY_NET_INCOME - 6)  # the quarter's table stands


def test_a_fiscal_year_column_is_the_year_ending_at_the_stated_year_end(tmp_path):
    doc = _doc(tmp_path, BAC[:2] + [STATED, ""] + BAC[2:])
    got = {(c.period.start, c.period.end, c.value, c.scale) for c in cells(doc, line=FY_NET_INCOME + 2)}
    assert got == {(date(2024, 1, 1), date(2024, 12, 31), Decimal("27.1"), 9),
                   (date(2023, 1, 1), date(2023, 12, 31), Decimal("26.5"), 9)}
