"""A cell per paragraph: every cell of a table a line of its own with a blank line after it, a negative figure's ")"
on the line after its digits, and column headings whose line break was dropped ("Three Months EndedSeptember 30,").

Lines copied from Paltalk, Inc.'s Q3 2024 release as archived by a newswire (NewMediaWire, November 12, 2024),
never seen by the converter before."""

from datetime import date
from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file
from prxbrl.periods import find_period_exprs

STATEMENT = """\
PALTALK, INC.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS

(Unaudited)

 

Three Months EndedSeptember 30,

Nine Months EndedSeptember 30,

 

2024

2023

2024

2023

 Revenues:

 Subscription revenue

$

2,033,324

$

2,673,333

$

6,649,206

$

8,063,992

 Advertising revenue

87,910

94,606

294,383

223,966

 Total revenues

2,121,234

2,767,939

6,943,589

8,287,958

 Costs and expenses:

 Cost of revenue

760,166

826,662

2,389,734

2,403,165

 Sales and marketing expense

202,876

210,573

585,987

685,953

 Product development expense

1,209,326

1,193,430

3,633,247

3,605,652

 General and administrative expense

1,636,400

926,690

3,958,406

3,169,321

 

 Total costs and expenses

3,808,768

3,157,355

10,567,374

9,864,091

 Loss from operations

(1,687,534

)

(389,416

)

(3,623,785

)

(1,576,133

)

 Interest income, net

157,517

169,925

453,732

462,433

 Other income, net

-

-

146,269

343,045

 Loss from operations before provision for income taxes

(1,530,017

)

(219,491

)

(3,023,784

)

(770,655

)

 Income tax(expense) benefit

20,767

   

37,915

   

88,076

   

(13,590

)

 Net loss

$

(1,509,250

)

$

(181,576

)

$

(2,935,708

)

$

(784,245

)
"""


def _doc(tmp_path):
    p = tmp_path / "paltalk.md"
    p.write_text(STATEMENT, encoding="utf-8")
    return extract_file(p)


def _line(text, start):
    return next(i for i, x in enumerate(text.splitlines(), start=1) if x.strip() == start)


def test_a_heading_run_into_its_month_still_names_the_period():
    assert [(e.kind, e.groups["n"], e.groups["md"]) for e in find_period_exprs("Three Months EndedSeptember 30,")] == [
        ("months_ended", "Three", "September 30")]
    assert [e.kind for e in find_period_exprs("Nine Months EndedSeptember 30,")] == ["months_ended"]


def test_cells_a_paragraph_each_make_rows(tmp_path):
    doc = _doc(tmp_path)
    total = cells(doc, label="Total revenues")
    assert [c.value for c in total] == [Decimal("2121234"), Decimal("2767939"), Decimal("6943589"), Decimal("8287958")]
    assert [(c.period.start, c.period.end) for c in total] == [
        (date(2024, 7, 1), date(2024, 9, 30)), (date(2023, 7, 1), date(2023, 9, 30)),
        (date(2024, 1, 1), date(2024, 9, 30)), (date(2023, 1, 1), date(2023, 9, 30))]
    # "(1,509,250" with its ")" on the line after: a negative figure
    loss = cells(doc, label="Net loss")
    assert [c.value for c in loss] == [Decimal("-1509250"), Decimal("-181576"), Decimal("-2935708"), Decimal("-784245")]
    assert loss[0].span.line == _line(STATEMENT, "(1,509,250")
    # a row with no "$" and a blank cell of spaces between its figures keeps four figures
    tax = cells(doc, label="Income tax(expense) benefit")
    assert [c.value for c in tax] == [Decimal("20767"), Decimal("37915"), Decimal("88076"), Decimal("-13590")]


# Peoples Financial Corporation's Q1 2025 release (News Direct, a cell per paragraph; never seen by the converter
# before): labels wrapped over two paragraphs, the second starting in lower case. Only the second had been the
# label ("percentage of loans", "still accruing"), and the first a line of its own.
PEOPLES = """\
PERIOD END DATA

March 31,

2025

2024

Allowance for credit losses on loans as a

percentage of loans

1.28%

1.31%

Loans past due 90 days and

still accruing

$61

$21

Nonaccrual loans

$441

$352

Leverage ratio

13.32%

11.48%
"""


def test_a_label_wrapped_over_two_paragraphs_is_one_label(tmp_path):
    p = tmp_path / "peoples-financial-q1-2025.md"
    p.write_text(PEOPLES, encoding="utf-8")
    doc = extract_file(p)
    ratio = cells(doc, label="Allowance for credit losses on loans as a percentage of loans")
    assert [c.value for c in ratio] == [Decimal("1.28"), Decimal("1.31")]
    past_due = cells(doc, label="Loans past due 90 days and still accruing")
    assert [c.value for c in past_due] == [Decimal("61"), Decimal("21")]
    assert [(c.period.kind, c.period.end) for c in past_due] == [("instant", date(2025, 3, 31)), ("instant", date(2024, 3, 31))]
    # a label that starts on its own line stays its own
    assert [c.value for c in cells(doc, label="Nonaccrual loans")] == [Decimal("441"), Decimal("352")]
