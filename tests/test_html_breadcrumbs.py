"""A line of an HTML file that starts with "<<" ("<<Contents Financial information/Group financial statements", a
page's breadcrumb above the first table): text, not the start of a tag that swallows the table after it.

Lines copied from H & M's 2024 annual report (HTML), never seen by the converter before."""

from decimal import Decimal

from prxbrl.extract import extract_file
from prxbrl.readers.html import read_html

HM = """\
<<Contents Financial information/Group financial statements

Group income statement

<table id="0-1">
<tr><td id="0-2">SEK m</td><td id="0-3">Note</td><td id="0-4">1 Dec 2023-30 Nov 2024</td><td id="0-5">1 Dec 2022-30 Nov 2023</td></tr>
<tr><td id="0-6">Net sales</td><td id="0-7">3, 5</td><td id="0-8">234,478</td><td id="0-9">236,035</td></tr>
<tr><td id="0-a">Cost of goods sold</td><td id="0-b">7, 8, 10</td><td id="0-c">-109,179</td><td id="0-d">-115,139</td></tr>
<tr><td id="0-e">Gross profit</td><td id="0-f"></td><td id="0-g">125,299</td><td id="0-h">120,896</td></tr>
<tr><td id="0-i">Selling expenses</td><td id="0-j">7, 8, 10</td><td id="0-k">-97,153</td><td id="0-l">-96,435</td></tr>
</table>
"""


def test_a_breadcrumb_with_double_angle_brackets_hides_no_table(tmp_path):
    doc = read_html(HM.encode("utf-8"), "hm.html")
    assert len(doc.tables) == 1
    assert doc.lines[0] == "<<Contents Financial information/Group financial statements"  # the source, as printed
    p = tmp_path / "hm.html"
    p.write_text(HM, encoding="utf-8")
    got = extract_file(p)
    sales = [c for t in got.tables for r in t.rows if r.label.startswith("Net sales") for c in r.cells]
    assert [(c.value, c.unit, c.scale) for c in sales] == [(Decimal("234478"), "SEK", 6), (Decimal("236035"), "SEK", 6)]
