"""``tables.totals.is_total``: which printed labels name a total (``[layout] total_starts`` / ``total_alone``), the one
reading the tables (a total closes its section) and the mapping (a total's concept) share. Labels from the corpus."""

from prxbrl.tables.totals import is_total


def test_labels_that_start_with_total():
    # Amazon Q3 2025 (line 286), Adobe Q1 FY2023 (line 128): the balance sheet's closing line
    assert is_total("Total liabilities and stockholders’ equity")
    assert is_total("TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY")
    assert is_total("Total")
    assert is_total("Consolidated total")


def test_consolidated_alone_is_the_total_of_the_segments_above_it():
    # Amazon Q3 2025 segment information (line 241): "Consolidated | 11 | | | 13 |" under the segments' rows
    assert is_total("Consolidated")
    assert is_total("Consolidated:")
    # a line item of the consolidated statements is no total
    assert not is_total("Consolidated net sales")


def test_labels_that_only_contain_the_word():
    assert not is_total("Net sales")
    assert not is_total("Percentage of total net sales")
    assert not is_total("Totaled shares")
