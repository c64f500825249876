"""Telephone numbers in a release's sentences are text, never figures (Nephros FY2024, a release never seen before,
line 69, stored in the public repository zhigehe/bulwark: its conference-call paragraph had become a table row, with
facts "At" = -877 and "Or" = -412 USD and a document period ending on the replay date)."""

from prxbrl.tables.run_on import _words
from prxbrl.tables.text_cells import PHONE
from prxbrl.tables.text_detect import split_line

NEPHROS_69 = (" Alternatively, a replay of the call may be accessed until March 13th, 2025 at 1 (877) 344-7529 or 1 (412) "
              "317-0088 for international callers and entering replay access code: 1414130.")


def test_a_telephone_number_is_no_figure():
    assert [m.group(0) for m in PHONE.finditer(NEPHROS_69)] == ["1 (877) 344-7529", "1 (412) 317-0088"]
    assert not [w for w in _words(NEPHROS_69) if w[3]]
    assert split_line(69, NEPHROS_69).kind == "text"


def test_figures_are_no_telephone_numbers():
    # a row of figures in parentheses and a fiscal-year range stay figures
    row = "Net loss (877) (344) (412)"
    assert not PHONE.search(row)
    assert [w[0] for w in _words(row) if w[3]] == ["(877)", "(344)", "(412)"]
    assert not PHONE.search("Revenue 2024-2025 344 317")
