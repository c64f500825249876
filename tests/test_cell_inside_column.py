"""An HTML cell whose span ends before its column's last grid column, inside the column's range, stands in that column.

Source: Adobe Q1 FY2023 earnings release (corpus: adobe-q1-fy2023.html), "Reconciliation of GAAP to Non-GAAP Financial
Targets": "| Shares used to compute diluted net income per share | 456 | 456 |" under "Low | High", each "456" in a
cell of colspan 5 where the per-share figures above it end two grid columns further right (the "High" figures end at
grid column 32, the second "456" at 29). The second "456" was "a figure outside every column", unexplained."""

from prxbrl.extract import extract_file

from conftest import CORPUS, need_shared


def test_a_cell_inside_its_columns_range_is_that_columns():
    doc = extract_file(need_shared(CORPUS / "adobe-q1-fy2023.html"))
    shares = [t for t in doc.tokens if t.raw in ("456", "458")]
    assert len(shares) == 4
    # the targets' "Low" and "High" columns are bounds of a range: excluded as such, every one of them
    assert {t.reason for t in shares} == {"range_bound"}
    assert not [t for t in doc.tokens if t.reason in ("unexplained", "cell_outside_columns")]
