"""Numbers that belong to a line's text, not to its figures: a number inside a parenthesis the label opens
("(Note 14)"), a year in a subtitle printed between dashes.

Lines copied from releases never seen in development: Royalty Management Q1 2025 (line 360) and Kimco Realty Q4
2024 (line 8).
"""

from prxbrl.tables.text_detect import split_line


def test_a_number_inside_a_parenthesis_of_the_label_is_no_figure():
    line = split_line(360, " COMMITMENTS AND CONTINGENCIES (Note 14)")
    assert line.kind == "text" and line.label == "COMMITMENTS AND CONTINGENCIES (Note 14)"
    line = split_line(1, "Commitments and contingencies (Note 14) 1,234 5,678")
    assert line.label.endswith("(Note 14)") and [c[0] for c in line.cells] == ["1,234", "5,678"]
    # a negative figure keeps its parentheses
    assert [c[0] for c in split_line(1, "Net loss (1,234) (5)").cells] == ["(1,234)", "(5)"]


def test_a_subtitle_between_dashes_is_text():
    assert split_line(8, "– Leased Over 11 Million Square Feet in 2024 –").kind == "text"
    # a row with a bullet dash keeps its figure and its nil
    row = split_line(1, "- Other 12 -")
    assert row.kind == "data" and [c[0] for c in row.cells] == ["12", "-"]
