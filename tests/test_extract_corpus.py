"""Releases written by other companies in other layouts: every table found, values with their periods."""

from datetime import date
from decimal import Decimal

import pytest

from conftest import cells


def find(doc, label, raw, line=None):
    hits = [c for c in cells(doc, label=label) if c.raw == raw and (line is None or c.span.line == line)]
    assert hits, f"{label!r} {raw!r} not found"
    return hits[0]


def test_every_corpus_document_extracts(corpus_docs):
    expected_tables = {
        "apple-q1-fy2011.txt": 3,
        "apple-q1-fy2011.html": 3,
        "buckle-q3-fy2024.txt": 2,
        "buckle-q3-fy2024.html": 2,
    }
    for name, doc in corpus_docs.items():
        assert doc.tables, name
        assert not [t for t in doc.tokens if t.reason in ("unexplained",)], name
        if name in expected_tables:
            assert len(doc.tables) == expected_tables[name], (name, [t.title for t in doc.tables])
    assert len(corpus_docs["sears-q2-2004.txt"].tables) >= 10


@pytest.mark.parametrize("name", ["apple-q1-fy2011.txt", "apple-q1-fy2011.html"])
def test_apple(corpus_docs, name):
    doc = corpus_docs[name]
    assert doc.reporting_currency == "USD"
    sales = [c for c in cells(doc, label="Net sales") if c.value == Decimal("26741")][0]
    assert (sales.unit, sales.scale) == ("USD", 6)
    assert (sales.period.start, sales.period.end) == (date(2010, 9, 26), date(2010, 12, 25))
    diluted = [c for c in cells(doc, label="Diluted") if c.value == Decimal("6.43")][0]
    assert (diluted.unit, diluted.scale) == ("USD/shares", 0)
    shares = [c for c in cells(doc, label="Diluted") if c.value == Decimal("933154")][0]
    assert (shares.unit, shares.scale) == ("shares", 3)  # "share amounts which are reflected in thousands"
    receivable = [c for c in cells(doc, label="Accounts receivable, net") if c.value == Decimal("-517")][0]
    assert receivable.period.end == date(2010, 12, 25)
    cash = [c for c in cells(doc, label="Cash and cash equivalents") if c.value == Decimal("10734") and c.period.kind == "instant"]
    assert cash and cash[0].period.end == date(2010, 12, 25)
    assert doc.document_period_end == date(2010, 12, 25)


def test_buckle_text_and_html_agree(corpus_docs):
    def key(doc):
        return {(c.value, c.unit, c.scale, c.period.key) for t in doc.tables for r in t.rows for c in r.cells}

    txt, html = corpus_docs["buckle-q3-fy2024.txt"], corpus_docs["buckle-q3-fy2024.html"]
    assert key(txt) == key(html)
    sales = [c for c in cells(html, label="SALES") if c.value == Decimal("838490")][0]
    assert (sales.period.start, sales.period.end, sales.scale) == (date(2024, 2, 4), date(2024, 11, 2), 3)
    shares = [c for c in cells(txt, label="Diluted weighted average shares") if c.value == Decimal("50230")][0]
    assert (shares.unit, shares.scale) == ("shares", 3)  # "Amounts in Thousands Except Per Share Amounts"


def test_sears_fixed_width(corpus_docs):
    doc = corpus_docs["sears-q2-2004.txt"]
    total = find(doc, "Total revenues", "8,781")
    assert (total.scale, total.period.start, total.period.end) == (6, date(2004, 4, 4), date(2004, 7, 3))
    ytd = find(doc, "Total revenues", "19,076")
    assert (ytd.period.start, ytd.period.end) == (date(2002, 12, 29), date(2003, 6, 28))
    wrapped = find(doc, "Credit and financial products revenues", "1,345")
    assert wrapped.period.end == date(2003, 6, 28)
    cash = find(doc, "Cash and cash equivalents", "$ 3,559")
    assert (cash.period.kind, cash.period.end, cash.unit) == ("instant", date(2004, 7, 3), "USD")
    loss = find(doc, "NET INCOME/ (LOSS)", "$  (806)")
    assert loss.value == Decimal("-806")
    domestic = [c for c in cells(doc, label="Merchandise sales and services") if c.raw == "$7,673"][0]
    assert domestic.dimension == "Domestic"
    rate = find(doc, "Foreign exchange rate", "0.7353")
    assert rate.unit == "pure"
