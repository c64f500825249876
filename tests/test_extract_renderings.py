"""Text renderings of HTML releases, end to end: the statements are found and their figures read with periods."""

from datetime import date
from decimal import Decimal

from conftest import cells


def find(doc, label, value, *, end=None, start=None):
    hits = [
        c
        for c in cells(doc, label=label)
        if c.value == Decimal(value) and (end is None or c.period.end == end) and (start is None or c.period.start == start)
    ]
    assert hits, f"{label!r} {value} not found"
    return hits[0]


def no_unexplained(doc):
    return not [t for t in doc.tokens if t.reason == "unexplained"]


def test_amazon_pipes(corpus_docs):
    doc = corpus_docs["amazon-q3-2025.txt"]
    assert no_unexplained(doc)
    sales = find(doc, "Total net sales", "180169", end=date(2025, 9, 30))
    assert (sales.period.start, sales.unit, sales.scale) == (date(2025, 7, 1), "USD", 6)
    assert find(doc, "Total net sales", "158877").period.start == date(2024, 7, 1)
    assert find(doc, "Total assets", "727921").period == find(doc, "Total assets", "727921").period
    assets = find(doc, "Total assets", "727921")
    assert (assets.period.kind, assets.period.end) == ("instant", date(2025, 9, 30))
    # a label alone on the line before its figures
    fx = find(doc, "Foreign currency translation adjustments", "1911")
    assert fx.span.line == 184
    # a negative percent in cells of its own: "(8) | %"
    pct = [c for c in cells(doc, line=343) if c.raw == "(8)%"]
    assert pct and pct[0].value == Decimal("-8")


def test_howard_hughes_pipes(corpus_docs):
    doc = corpus_docs["howard-hughes-q4-2025.txt"]
    assert no_unexplained(doc)
    rev = find(doc, "Total revenues", "624449", end=date(2025, 12, 31))
    assert (rev.period.start, rev.scale) == (date(2025, 10, 1), 3)
    year = find(doc, "Total revenues", "1474892")
    assert year.period.start == date(2025, 1, 1)
    assets = find(doc, "Total assets", "10639461")
    assert (assets.period.kind, assets.period.end) == ("instant", date(2025, 12, 31))


def test_unitedhealth_pipes(corpus_docs):
    doc = corpus_docs["unitedhealth-q4-2024.txt"]
    assert no_unexplained(doc)
    rev = find(doc, "Total revenues", "100807")
    assert (rev.period.start, rev.period.end, rev.scale) == (date(2024, 10, 1), date(2024, 12, 31), 6)
    assert find(doc, "Total revenues", "400278").period.start == date(2024, 1, 1)
    assets = find(doc, "Total assets", "298278")
    assert (assets.period.kind, assets.period.end) == ("instant", date(2024, 12, 31))
    # "$" glued to the figure; the cash flow statement is read to its end
    cash = find(doc, "Cash and cash equivalents, end of period", "25312")
    assert cash.span.line == 184


def test_columbia_cell_per_line(corpus_docs):
    doc = corpus_docs["columbia-sportswear-q4-fy2022.txt"]
    assert no_unexplained(doc)
    sales = find(doc, "Net sales", "1169520")
    assert (sales.period.start, sales.period.end, sales.scale, sales.span.line) == (date(2022, 10, 1), date(2022, 12, 31), 3, 217)
    assert find(doc, "Net sales", "3464152").period.start == date(2022, 1, 1)
    ocf = find(doc, "Net cash provided by (used in) operating activities", "-25241")
    assert (ocf.period.start, ocf.period.end) == (date(2022, 1, 1), date(2022, 12, 31))
    # the balance sheet's rows are read (the periods of a header of years alone are the header model's task)
    assert any(r.label == "Total assets" and r.line == 157 for t in doc.tables for r in t.rows)


def test_applied_materials_one_line(corpus_docs):
    doc = corpus_docs["applied-materials-q4-fy2024.txt"]
    assert no_unexplained(doc)
    assert len(doc.tables) >= 8
    rev = find(doc, "Net revenue", "27176", end=date(2024, 10, 27))
    assert rev.scale == 6 and rev.span.line == 1
    assets = find(doc, "Total assets", "34409")
    assert (assets.period.kind, assets.period.end) == ("instant", date(2024, 10, 27))
    # the statement's column headers stood in a long run of text: durations over dates
    quarter = [c for c in cells(doc, label="Income from operations") if c.value == Decimal("2046")]
    assert quarter and all(c.period.start == date(2024, 7, 29) and c.period.end == date(2024, 10, 27) for c in quarter)
    capex = find(doc, "Capital expenditures", "-407")
    assert capex.period.end == date(2024, 10, 27)
    # every numeric token of the one line is accounted for once, not once per table
    spans = [(t.span.start, t.span.end) for t in doc.tokens]
    assert len(spans) == len(set(spans))
