"""Header cells a line each, the length of each period group on its own line ("Year ended" / "Three months ended"),
then the day of each group ("December 31," twice), then the years of every column: four columns, read as two groups
of two. A header whose cells do not divide the columns is left unread, with the reason.

Lines copied from Foresight Autonomous Holdings' Q4 2023 release as a newswire printed it in markdown (News Direct),
never seen by the converter before."""

from datetime import date
from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file

BALANCE_SHEET = """\
FORESIGHT AUTONOMOUS HOLDINGS LTD.

INTERIM CONDENSED CONSOLIDATED BALANCE SHEETS

U.S. dollars in thousands

As of

As of

December 31, 2023

December 31, 2022

ASSETS

Current assets:

Cash and cash equivalents

$

15,635

$

19,173

Restricted cash

99

102

Short term deposits

-

7,216

Marketable equity securities

"""

STATEMENT = """\
FORESIGHT AUTONOMOUS HOLDINGS LTD.

INTERIM CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE

LOSS

U.S. dollars in thousands

Year ended

Three months ended

December 31,

December 31,

2023

2022

2023

2022

Revenues

497

550

138

99

Cost of revenues

143

252

39

44

Gross profit

354

298

99

55

Research and development expenses

-11,587

-11,534

-2,430

-3,035

Sales and marketing expenses

-1,939

-2,230

-290

-471
"""


# the same release, cash flow adjustments: the header cells wrap, "Year" / "Three months" then "ended" / "ended"
ADJUSTMENTS = """\
FORESIGHT AUTONOMOUS HOLDINGS LTD.

INTERIM CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOW

U.S. dollars in thousands

Adjustments to reconcile loss to net cash provided by (used in) operating activities:

Year

Three months

ended

ended

December 31,

December 31,

2023

2022

2023

2022

Share-based payment

1,441

1,826

258

443

Depreciation

263

218

72

57

Revaluation of marketable equity securities

2,330

2,217

754

-1,268

exchange rate changes on cash and cash equivalents

-112

839

-1,094

-197

"""


def _doc(tmp_path, text=STATEMENT):
    p = tmp_path / "foresight.md"
    p.write_text(text, encoding="utf-8")
    return extract_file(p)


def test_lengths_and_days_a_line_each_head_two_groups_of_two_columns(tmp_path):
    doc = _doc(tmp_path)
    revenues = cells(doc, label="Revenues")
    assert [c.value for c in revenues] == [Decimal("497"), Decimal("550"), Decimal("138"), Decimal("99")]
    assert [(c.period.start, c.period.end) for c in revenues] == [
        (date(2023, 1, 1), date(2023, 12, 31)), (date(2022, 1, 1), date(2022, 12, 31)),
        (date(2023, 10, 1), date(2023, 12, 31)), (date(2022, 10, 1), date(2022, 12, 31))]
    # the fourth quarter of 2023: revenue 138 thousand, research and development -2,430 thousand
    q4 = [c for c in revenues if c.period.start == date(2023, 10, 1)]
    assert [(c.value, c.scale) for c in q4] == [(Decimal("138"), 3)]
    rd = cells(doc, label="Research and development")
    assert [c.value for c in rd if c.period.start == date(2023, 10, 1)] == [Decimal("-2430")]


def _reasons(doc, text, line_text):
    no = next(i for i, x in enumerate(text.splitlines(), start=1) if x == line_text) + BALANCE_SHEET.count("\n")
    return [t.reason for t in doc.tokens if t.span.line == no]


def test_three_lengths_over_four_columns_are_left_unread(tmp_path):
    # a rendering that printed "Three months ended" twice: three lengths do not divide four columns, and each column
    # would stand under a year and a quarter at once
    text = STATEMENT.replace("Three months ended\n", "Three months ended\n\nThree months ended\n")
    doc = _doc(tmp_path, BALANCE_SHEET + text)
    assert cells(doc, label="Revenues") == []
    assert [c.value for c in cells(doc, label="Restricted cash")] == [Decimal("99"), Decimal("102")]
    assert _reasons(doc, text, "497") == ["period_length_ambiguous"]


def test_wrapped_cells_printed_a_line_of_the_header_row_at_a_time(tmp_path):
    doc = _doc(tmp_path, ADJUSTMENTS)
    depreciation = cells(doc, label="Depreciation")
    assert [c.value for c in depreciation] == [Decimal("263"), Decimal("218"), Decimal("72"), Decimal("57")]
    assert [(c.period.start, c.period.end) for c in depreciation] == [
        (date(2023, 1, 1), date(2023, 12, 31)), (date(2022, 1, 1), date(2022, 12, 31)),
        (date(2023, 10, 1), date(2023, 12, 31)), (date(2022, 10, 1), date(2022, 12, 31))]
