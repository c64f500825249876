"""A non-GAAP reconciliation's GAAP lines where the statements print an income statement (Reddit Q1 2026,
tests/fixtures/reddit-q1-2026.txt lines 158-175 and 340, its own lines): a total the statement prints as its parts is
the standard concept when its figures are their sum (``mapping/statement_sums``); an operator heading ("Less:") never
names an extension concept (``[labels] operator_heading``)."""

from __future__ import annotations

from conftest import plain_facts

STATEMENT_AND_RECONCILIATION = [
    'Reddit Reports First Quarter 2026 Results',
    '',
    'Reddit, Inc. Consolidated Statements of Operations (in thousands, except share and per share amounts) (unaudited)',
    '',
    'Three months ended March 31,',
    '2026 | 2025',
    'Revenue | 663,411 | 392,361',
    'Costs and expenses:',
    'Cost of revenue | 56,267 | 37,089',
    'Research and development | 207,246 | 191,271',
    'Sales and marketing | 151,472 | 90,685',
    'General and administrative | 65,514 | 69,413',
    'Total costs and expenses | 480,499 | 388,458',
    'Income from operations | 182,912 | 3,903',
    'Other income (expense), net | 22,816 | 20,534',
    'Income before income taxes | 205,728 | 24,437',
    'Income tax expense (benefit) | 1,747 | (1,721)',
    'Net income | 203,981 | 26,158',
    'Net income per share attributable to Class A and Class B common stock',
    'Basic | 1.07 | 0.14',
    '',
    'Reddit, Inc. Reconciliation of Non-GAAP Costs and Expenses (in thousands) (unaudited) 22Q1 2026 • Letter to Shareholders Three months ended March 31, 2026 2025 Total costs and expenses $ 480,499 $ 388,458 Less: Depreciation and amortization 4,210 3,963 Stock-based compensation expense and related taxes 78,848 107,405 Total adjusted costs and expenses $ 397,441 $ 277,090 Total operating expenses $ 424,232 $ 351,369 Less: Depreciation and amortization 4,210 3,963 Stock-based compensation expense and related taxes 78,703 107,188 Non-GAAP operating expenses $ 341,319 $ 240,218 Research and development expenses $ 207,246 $ 191,271 Less: Depreciation and amortization 2,639 2,540 Stock-based compensation expense and related taxes 49,672 65,187 Non-GAAP research and development expenses $ 154,935 $ 123,544 Sales and marketing expenses $ 151,472 $ 90,685 Less: Depreciation and amortization 1,342 1,202 Stock-based compensation expense and related taxes 7,137 14,220 Non-GAAP sales and marketing expenses $ 142,993 $ 75,263 General and administrative expenses $ 65,514 $ 69,413 Less: Depreciation and amortization 229 221 Stock-based compensation expense and related taxes 21,894 27,781 Non-GAAP general and administrative expenses $ 43,391 $ 41,411',
]


def _facts(tmp_path, lines, name="reddit"):
    src = tmp_path / f"{name}.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [r for r in plain_facts(src, tmp_path / name) if not r["concept"].startswith("dei:")]


def test_a_total_the_statement_prints_as_its_parts_is_the_gaap_total(tmp_path):
    facts = _facts(tmp_path, STATEMENT_AND_RECONCILIATION)
    total = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["label"] == "Total operating expenses"}
    # 207,246 + 151,472 + 65,514 and 191,271 + 90,685 + 69,413: R&D, S&M and G&A of the statement
    assert total == {("us-gaap:OperatingExpenses", "2026-03-31", "424232000"), ("us-gaap:OperatingExpenses", "2025-03-31", "351369000")}


def test_a_total_that_is_not_their_sum_stays_the_companys(tmp_path):
    lines = [ln.replace("Total operating expenses $ 424,232", "Total operating expenses $ 424,932") for ln in STATEMENT_AND_RECONCILIATION]
    facts = _facts(tmp_path, lines)
    assert {r["concept"] for r in facts if r["label"] == "Total operating expenses"} == {"reddit:TotalOperatingExpenses"}


def test_an_operator_heading_names_no_extension_concept(tmp_path):
    facts = _facts(tmp_path, STATEMENT_AND_RECONCILIATION)
    assert not [r["concept"] for r in facts if "Less" in r["concept"]]
    # "Less:" over the reconciliation's stock-based compensation names nothing: the row is named by its own label
    assert "reddit:StockBasedCompensationExpenseAndRelatedTaxes" in {r["concept"] for r in facts}
