"""A rendering that prints each row's label on a line of its own, a lone "|" under it, then the row's cells between
pipes starting with the "$" cell.

Lines copied from Amphastar Pharmaceuticals' Q3 2023 release as a web page republished it (ACCESSWIRE, November 8,
2023), never seen by the converter before."""

from datetime import date
from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file

LINES = """\
RANCHO CUCAMONGA, CA / ACCESSWIRE / November 8, 2023 / Amphastar Pharmaceuticals, Inc. (NASDAQ:AMPH) ("Amphastar" or the "Company") today reported results for the three months ended September 30, 2023.
|
Three Months Ended | Nine Months Ended | ||||||||||||||
September 30, | September 30, | |||||||||||||||
2023 | 2022 | 2023 | 2022 | |||||||||||||
(in thousands, except per share data) | ||||||||||||||||
Net revenues
|
$ | 180,556 | $ | 120,129 | $ | 466,290 | $ | 363,964 | ||||||||
GAAP net income
|
$ | 49,222 | $ | 15,874 | $ | 101,378 | $ | 57,473 | ||||||||
GAAP diluted EPS
|
$ | 0.91 | $ | 0.30 | $ | 1.91 | $ | 1.09 | ||||||||
"""


def test_a_label_above_a_lone_pipe_labels_the_row_under_it(tmp_path):
    p = tmp_path / "amphastar.txt"
    p.write_text(LINES, encoding="utf-8")
    doc = extract_file(p)
    revenue = cells(doc, label="Net revenues")
    assert [c.value for c in revenue] == [Decimal("180556"), Decimal("120129"), Decimal("466290"), Decimal("363964")]
    assert [(c.period.start, c.period.end) for c in revenue][:2] == [
        (date(2023, 7, 1), date(2023, 9, 30)), (date(2022, 7, 1), date(2022, 9, 30))]
    assert {c.scale for c in revenue} == {3}
    assert [c.value for c in cells(doc, label="GAAP net income")] == [
        Decimal("49222"), Decimal("15874"), Decimal("101378"), Decimal("57473")]
    eps = cells(doc, label="GAAP diluted EPS")
    assert [c.value for c in eps] == [Decimal("0.91"), Decimal("0.30"), Decimal("1.91"), Decimal("1.09")]
    assert {c.unit for c in eps} == {"USD/shares"} and {c.scale for c in eps} == {0}
    assert not any(c.label.startswith("Unlabeled") for t in doc.tables for r in t.rows for c in r.cells)
