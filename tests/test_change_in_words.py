"""A change printed with its direction in words ("Up 8%", "Down 37%") in a table's change columns.

NVIDIA's summary tables (Q1 FY2023, ``../shared/corpus/nvidia-q1-fy2023.{html,txt}``) print
"Revenue | $8,288 | $7,643 | $5,661 | Up 8% | Up 46%" under "Q1 FY23 | Q4 FY22 | Q1 FY22 | Q/Q | Y/Y". The HTML reader
had joined the change cells to the label ("Revenue Up 8% Up 46%": 21 facts of extension concepts such as
nvda:RevenueUpUp instead of the revenue of each quarter), and the text reader had stopped the row's figures at the word
"Up", taking "Revenue $8,288 $7,643 $5,661 Up 8% Up" as the label of one figure, 46%, written as nvda:RevenueUpUp 0.46
for the fiscal year's forecast. The direction is the change's sign; the words after a row's figures are no label.
"""

import json
from datetime import date
from decimal import Decimal

from prxbrl.tables.text_detect import split_line

from conftest import cells

# nvidia-q1-fy2023.txt lines 12-21, as printed
TEXT = [
    "Q1 Fiscal 2023 Summary",
    "GAAP",
    "($ in millions, except earnings per share) Q1 FY23 Q4 FY22 Q1 FY22 Q/Q Y/Y",
    "Revenue $8,288 $7,643 $5,661 Up 8% Up 46%",
    "Gross margin 65.5% 65.4% 64.1% Up 10 bps Up 140 bps",
    "Operating expenses $3,563 $2,029 $1,673 Up 76% Up 113%",
    "Operating income $1,868 $2,970 $1,956 Down 37% Down 4%",
    "Net income $1,618 $3,003 $1,912 Down 46% Down 15%",
    "Diluted earnings per share $0.64 $1.18 $0.76 Down 46% Down 16%",
]
M = Decimal(10) ** 6
QUARTERS = {(date(2022, 1, 31), date(2022, 5, 1)), (date(2021, 11, 1), date(2022, 1, 30)), (date(2021, 2, 1), date(2021, 5, 2))}


def test_the_direction_word_is_the_sign_of_the_change_after_it():
    assert split_line(15, TEXT[3]).label == "Revenue"
    assert [c[0] for c in split_line(15, TEXT[3]).cells] == ["$8,288", "$7,643", "$5,661", "8%", "46%"]
    line = split_line(18, TEXT[6])
    assert line.label == "Operating income"
    assert [c[0] for c in line.cells] == ["$1,868", "$2,970", "$1,956", "-37%", "-4%"]
    # each cell keeps the span of its digits ("Down 37%": "37%")
    assert [TEXT[6][s:e] for _, s, e in line.cells[3:]] == ["37%", "4%"]


def test_a_direction_word_with_no_figure_of_the_row_before_it_stays_in_the_sentence():
    """Bank of America Q4 2024 (never seen), a list item: the word is the sentence's, its figure the change it tells."""
    assert split_line(1, "- Revenue of $10.6 billion, up 3%").kind == "prose"
    assert split_line(1, "Revenue up 8%").label == "Revenue up"


def _read(doc, label):
    got = cells(doc, label=label, table="t01")
    return {(c.period.start, c.period.end): c.value.scaleb(c.scale) for c in got if c.role == "value"}, {c.label for c in got}


def test_text_summary_table_reads_each_quarter(corpus_docs):
    doc = corpus_docs["nvidia-q1-fy2023.txt"]
    values, labels = _read(doc, "Revenue")
    assert labels == {"Revenue"}
    assert set(values) == QUARTERS
    assert values[(date(2022, 1, 31), date(2022, 5, 1))] == 8288 * M
    values, _ = _read(doc, "Operating income")
    assert values[(date(2021, 2, 1), date(2021, 5, 2))] == 1956 * M
    # the changes are no value of a period, nor a forecast
    assert {c.role for c in cells(doc, line=18)} == {"value", "yoy_percent"}


def test_html_summary_table_keeps_the_change_cells_out_of_the_label(corpus_docs):
    doc = corpus_docs["nvidia-q1-fy2023.html"]
    labels = {c.label for c in cells(doc, table="t01")}
    assert not [x for x in labels if "Up" in x or "Down" in x], labels
    values, _ = _read(doc, "Net income")
    assert set(values) == QUARTERS
    assert values[(date(2021, 11, 1), date(2022, 1, 30))] == 3003 * M


def test_html_change_cells_are_excluded_as_no_figure(tmp_path):
    """Their digits are accounted for: words after the row's figures, no figure and no label."""
    from prxbrl.api import convert

    from conftest import CORPUS, need_shared

    convert(need_shared(CORPUS / "nvidia-q1-fy2023.html"), tmp_path / "out", formats=["xml"], validate=False)
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    row = [c for c in report["cells"] if c["table"] == "t01" and c["raw"] in ("8%", "46%", "37%", "113%")]
    assert row and {(c["status"], c["reason"]) for c in row} == {("excluded", "not_a_figure")}
