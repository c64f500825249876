"""A table's title printed with runs of spaces between its words (markdown's bold runs, whose marks the reader leaves
as spaces) names the statement it would name with single spaces.

Lines copied from a release never seen in development: Computer Modelling Group, third quarter fiscal 2025 (lines
199-206, the head of its cash-flow statement).
"""

from prxbrl.extract import extract_file
from prxbrl.mapping.rules import table_kind

CMG_CASH_FLOWS = [
    '**Condensed Consolidated** **Statements** **of** **Cash** **Flows**',
    '',
    '|  | Three months endedDecember 31 | | |  | Nine months endedDecember 31 | | |  |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| UNAUDITED (thousands of Canadian $) | 2024 |  | 2023 |  | 2024 |  | 2023 |  |',
    '| Operating activities |  |  |  |  |  |  |  |  |',
    '| Net income | 9,606 |  | 5,610 |  | 17,333 |  | 19,030 |  |',
    '| Adjustments for: |  |  |  |  |  |  |  |  |',
]


def test_a_title_in_bold_runs_names_its_statement(tmp_path):
    p = tmp_path / "cmg.md"
    p.write_text("\n".join(CMG_CASH_FLOWS) + "\n", encoding="utf-8")
    doc = extract_file(p)
    (table,) = doc.tables
    assert table.title == "Condensed Consolidated Statements of Cash Flows"
    assert table_kind(table.title, table.context) == "cash_flow"
