"""The HTML reader: corpus releases (Apple Q1 FY2011, Buckle Q3 FY2024) and small inline documents."""

from __future__ import annotations

import re

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.models import RawRow, SourceDocument
from prxbrl.readers.html import read_html

from conftest import CORPUS, need_shared

NUMERIC = re.compile(r"^[$(]*-?[\d,]*\d(\.\d+)?[)%]*$")


def _load(name: str) -> tuple[bytes, SourceDocument]:
    path = need_shared(CORPUS / name)
    data = path.read_bytes()
    return data, read_html(data, str(path))


@pytest.fixture(scope="module")
def apple() -> SourceDocument:
    return _load("apple-q1-fy2011.html")[1]


@pytest.fixture(scope="module")
def buckle() -> SourceDocument:
    return _load("buckle-q3-fy2024.html")[1]


def _row(doc: SourceDocument, table: int, label: str) -> RawRow:
    rows = [r for r in doc.tables[table].rows if r.cells[0].text == label]
    assert rows, f"no row {label!r} in table {table}"
    return rows[0]


def _cells(row: RawRow) -> list[tuple[int | None, str]]:
    return [(c.col, c.text) for c in row.cells]


def _spanned(doc: SourceDocument, cell) -> str:
    return doc.lines[cell.span.line - 1][cell.span.start : cell.span.end]


def _assert_numeric_spans_exact(doc: SourceDocument) -> int:
    n = 0
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                if NUMERIC.match(cell.text):
                    assert _spanned(doc, cell) == cell.text, (row.text, cell)
                    n += 1
    return n


# ---------------------------------------------------------------- Apple


def test_apple_document(apple: SourceDocument) -> None:
    data = (CORPUS / "apple-q1-fy2011.html").read_bytes()
    assert apple.format == "html"
    assert apple.encoding == "utf-8"
    assert "\n".join(apple.lines) + "\n" == data.decode("utf-8")
    assert len(apple.lines) == 1315


def test_apple_tables(apple: SourceDocument) -> None:
    # statements of operations, balance sheets, cash flows; no other table in the release
    assert len(apple.tables) == 3
    assert [len(t.rows) for t in apple.tables] == [24, 33, 35]
    assert [(t.first_line, t.last_line) for t in apple.tables] == [(62, 388), (396, 854), (862, 1314)]
    assert all(t.layout == "grid" and t.caption == "" for t in apple.tables)
    assert [t.rows[0].cells[0].text for t in apple.tables] == [
        "Three Months Ended",
        "December 25, 2010",
        "Three Months Ended",
    ]


def test_apple_rows(apple: SourceDocument) -> None:
    net_sales = _row(apple, 0, "Net sales")
    assert _cells(net_sales) == [(0, "Net sales"), (2, "$"), (3, "26,741"), (6, "$"), (7, "15,683")]
    assert net_sales.line == 88
    assert net_sales.text == "Net sales $ 26,741 $ 15,683"
    # <br> inside a header cell is a space; the header spans two grid columns
    header = apple.tables[0].rows[1]
    assert [(c.col, c.colspan, c.text) for c in header.cells] == [
        (2, 2, "December 25, 2010"),
        (6, 2, "December 26, 2009"),
    ]
    # a negative typeset as "(517" + ")" in the next cell
    receivables = _row(apple, 2, "Accounts receivable, net")
    assert _cells(receivables) == [(0, "Accounts receivable, net"), (3, "(517"), (4, ")"), (7, "271")]
    # &#146; becomes a right single quote
    assert _row(apple, 1, "Total shareholders\u2019 equity")


def test_apple_indent(apple: SourceDocument) -> None:
    # margin-left 1em / 3em / 5em with a -1em hanging indent
    assert _row(apple, 0, "Operating expenses:").indent == 0
    assert _row(apple, 0, "Research and development (1)").indent == 1
    assert _row(apple, 0, "Total operating expenses").indent == 2


def test_apple_spans(apple: SourceDocument) -> None:
    cell = _row(apple, 0, "Net sales").cells[2]
    assert cell.span.line == 91
    assert _spanned(apple, cell) == "26,741"
    paren = _row(apple, 2, "Accounts receivable, net").cells[1]
    assert _spanned(apple, paren) == "(517"
    assert _assert_numeric_spans_exact(apple) == 142  # every number in the three statements


def test_apple_paragraphs(apple: SourceDocument) -> None:
    texts = [p.text for p in apple.paragraphs]
    lead = [p for p in apple.paragraphs if "fiscal 2011 first quarter ended December 25, 2010" in p.text]
    assert len(lead) == 1
    assert lead[0].text.startswith("CUPERTINO, California\u2014January 18, 2011\u2014Apple\u00ae today announced")
    assert (lead[0].line, lead[0].end_line) == (9, 12)
    # the titles just before each table
    title = next(p for p in apple.paragraphs if p.text == "UNAUDITED CONDENSED CONSOLIDATED BALANCE SHEETS")
    assert title.line == 394 < apple.tables[1].first_line
    assert "(in millions)" in texts
    # table contents are not prose; the <title> is dropped
    assert not any("26,741" in t for t in texts)
    assert not any(t.startswith("Text of press release") for t in texts)
    lines = [p.line for p in apple.paragraphs]
    assert lines == sorted(lines)


# ---------------------------------------------------------------- Buckle


def test_buckle_tables(buckle: SourceDocument) -> None:
    # the letterhead and the contact block are layout tables; income statement and balance sheet are data
    assert len(buckle.lines) == 12
    assert len(buckle.tables) == 2
    assert [len(t.rows) for t in buckle.tables] == [19, 35]
    assert [t.rows[0].cells[0].text for t in buckle.tables] == ["Thirteen Weeks Ended", "ASSETS"]
    assert all(t.first_line == t.last_line == 10 for t in buckle.tables)
    sales = _row(buckle, 0, "SALES, Net of returns and allowances")
    assert _cells(sales) == [
        (0, "SALES, Net of returns and allowances"),
        (3, "$"),
        (4, "293,618"),
        (9, "$"),
        (10, "303,457"),
        (15, "$"),
        (16, "838,490"),
        (21, "$"),
        (22, "878,719"),
    ]
    assert [c.colspan for c in sales.cells] == [3, 1, 1, 1, 1, 1, 1, 1, 1]
    cost = _row(buckle, 0, "COST OF SALES (Including buying, distribution, and occupancy costs)")
    assert [(c.col, c.colspan, c.text) for c in cost.cells[1:]] == [
        (3, 2, "153,547"),
        (9, 2, "156,242"),
        (15, 2, "445,188"),
        (21, 2, "459,835"),
    ]
    depreciation = _row(buckle, 1, "Less accumulated depreciation and amortization")
    assert [c.text for c in depreciation.cells[1:]] == ["(365,241)", "(360,200)", "(359,367)"]
    assert [c.text for c in buckle.tables[1].rows[0].cells] == [
        "ASSETS",
        "November 2, 2024",
        "February 3, 2024 (1)",
        "October 28, 2023",
    ]
    assert buckle.tables[1].rows[-1].text == "(1) Derived from audited financial statements."


def test_buckle_spans(buckle: SourceDocument) -> None:
    sales = _row(buckle, 0, "SALES, Net of returns and allowances")
    cell = sales.cells[2]
    assert cell.span.line == 10
    assert _spanned(buckle, cell) == "293,618"
    # the same number twice in the row: each cell has its own occurrence
    assert _assert_numeric_spans_exact(buckle) == 144
    offsets = [c.span.start for t in buckle.tables for r in t.rows for c in r.cells]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)


def test_buckle_paragraphs(buckle: SourceDocument) -> None:
    texts = [p.text for p in buckle.paragraphs]
    assert "phone: 308-236-8491" in texts  # from the letterhead layout table
    assert "2407 W. 24th St. Kearney, NE 68845" in texts
    assert "CONSOLIDATED STATEMENTS OF INCOME" in texts
    assert any("The Buckle, Inc. (NYSE: BKE) announced today" in t for t in texts)
    # the EDGAR wrapper (<TYPE>EX-99.1 <FILENAME>...) is not prose
    assert not any("bke20241122-8kexhibit.htm" in t for t in texts)
    assert texts[0] == "Exhibit 99.1"


# ---------------------------------------------------------------- inline documents


def _doc(body: str, encoding: str = "utf-8") -> SourceDocument:
    return read_html(f"<html><body>\n{body}\n</body></html>".encode(encoding), "inline.html")


def test_colspan_rowspan() -> None:
    doc = _doc(
        """<table>
<tr><th rowspan="2">Item</th><th colspan="2">2010</th><td rowspan=3>x</td><th>2009</th></tr>
<tr><th>Q1</th><th>Q2</th><th>Q1</th></tr>
<tr><td>Sales</td><td>1,000</td><td></td><td>3,000</td></tr>
</table>"""
    )
    (table,) = doc.tables
    assert [[(c.col, c.colspan, c.text) for c in r.cells] for r in table.rows] == [
        [(0, 1, "Item"), (1, 2, "2010"), (3, 1, "x"), (4, 1, "2009")],
        [(1, 1, "Q1"), (2, 1, "Q2"), (4, 1, "Q1")],
        [(0, 1, "Sales"), (1, 1, "1,000"), (4, 1, "3,000")],  # the empty cell keeps its column
    ]
    assert (table.first_line, table.last_line) == (2, 6)
    assert [r.line for r in table.rows] == [3, 4, 5]


def test_entities_and_spans() -> None:
    doc = _doc(
        "<table><tr><td>Net&nbsp;income&#x2014;adjusted &amp; more</td>"
        "<td>&#x2014;</td><td>&nbsp;1,234&nbsp;</td><td>&#36;</td><td>(5<b>6</b>)</td></tr>"
        "<tr><td>&nbsp;&nbsp;&nbsp;Cost</td><td>&#151;</td><td>99</td></tr></table>"
    )
    (table,) = doc.tables
    first, second = table.rows
    assert [c.text for c in first.cells] == ["Net income\u2014adjusted & more", "\u2014", "1,234", "$", "(56)"]
    line = doc.lines[first.line - 1]
    spans = [line[c.span.start : c.span.end] for c in first.cells]
    assert spans == ["Net&nbsp;income&#x2014;adjusted &amp; more", "&#x2014;", "1,234", "&#36;", "(5<b>6</b>)"]
    assert [c.text for c in second.cells] == ["Cost", "\u2014", "99"]  # &#151; is the cp1252 em dash
    assert (first.indent, second.indent) == (0, 1)  # leading NBSPs


def test_nested_layout_table() -> None:
    doc = _doc(
        """<table width="100%"><tr><td>
<p>Acme Corp. reports results for the fiscal 2010 first half ended September 30, 2010.</p>
<table>
<tr><td></td><td>1H10</td><td>1H09</td></tr>
<tr><td>Revenue</td><td>51,234</td><td>48,001</td></tr>
</table>
</td><td>Contact: investor relations</td></tr>
<tr><td>Page 2</td></tr></table>"""
    )
    assert len(doc.tables) == 1
    (table,) = doc.tables
    assert [r.text for r in table.rows] == ["1H10 1H09", "Revenue 51,234 48,001"]
    assert (table.first_line, table.last_line) == (4, 7)
    texts = [p.text for p in doc.paragraphs]
    assert texts == [
        "Acme Corp. reports results for the fiscal 2010 first half ended September 30, 2010.",
        "Contact: investor relations",
        "Page 2",
    ]
    assert [(p.line, p.end_line) for p in doc.paragraphs] == [(3, 3), (8, 8), (9, 9)]


def test_layout_table_with_phone_numbers_is_not_data() -> None:
    doc = _doc(
        "<table><tr><td>phone: 308-236-8491</td><td>fax: 308-236-4493</td></tr>"
        "<tr><td>(308) 236-8491</td></tr></table><p>Sales rose 5%.</p>"
    )
    assert doc.tables == []
    assert [p.text for p in doc.paragraphs] == [
        "phone: 308-236-8491",
        "fax: 308-236-4493",
        "(308) 236-8491",
        "Sales rose 5%.",
    ]


def test_prose_blocks() -> None:
    doc = _doc(
        "<h1>Title</h1><div>Intro <b>bold</b> text<div>inner</div>tail</div>"
        "<p>one<br>two</p><ul><li>item</li></ul>"
        "<script>var x = '<p>no</p>';</script><style>p {}</style><!-- <p>comment</p> --><noscript>ns</noscript>"
    )
    assert [p.text for p in doc.paragraphs] == ["Title", "Intro bold text", "inner", "tail", "one", "two", "item"]


def test_encodings() -> None:
    doc = read_html(b"<p>Sales \x97 up 5% \x93quoted\x94</p>", "a.html")
    assert doc.encoding == "cp1252"
    assert doc.paragraphs[0].text == "Sales \u2014 up 5% \u201cquoted\u201d"
    sjis = '<html><head><meta charset="Shift_JIS"></head><body><p>売上高 1,000百万円</p></body></html>'
    doc = read_html(sjis.encode("cp932"), "b.html")
    assert doc.encoding == "cp932"
    assert doc.paragraphs[0].text == "売上高 1,000百万円"
    doc = read_html(("\ufeff<p>caf\u00e9</p>").encode("utf-16-le"), "c.html")
    assert doc.encoding == "utf-16-le"
    assert doc.paragraphs[0].text == "caf\u00e9"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "no HTML document found"),
        (b"   \n", "no HTML document found"),
        (b"Revenue 100 200\nCost 50 60\n", "no HTML document found"),
        (b"\x00\x01\x02PK\x03\x04binary\xff" * 20, "binary"),
        (b"<html><body>" + b"<div>" * 3000 + b"x" + b"</div>" * 3000 + b"</body></html>", "too deeply nested"),
    ],
)
def test_bad_input(data: bytes, message: str) -> None:
    with pytest.raises(PrxbrlError) as err:
        read_html(data, "bad.html")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_no_entity_expansion() -> None:
    doc = read_html(
        b'<!DOCTYPE html [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<html><body><p>&b;</p><p><img src="http://example.invalid/x.png">ok</p></body></html>',
        "dtd.html",
    )
    texts = [p.text for p in doc.paragraphs]
    assert "&b;" in texts and "ok" in texts
    assert not any("AAAA" in t for t in texts)
