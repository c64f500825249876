"""An HTML label cell that spans rows of figures: which of its words label which row cannot be told, so the figures
of every row it spans are excluded (label_spans_rows): never one label for two rows' figures, nor the note
reference of the second row ("22,27 28") as its label.

NX (never seen, Japanese IFRS, FY2024) prints "<td rowspan="2">Selling, general and administrative expenses Other
income</td>" beside 146,288 and, in the next row, 16,317 under it: SG&A had been 146,288 m (with a sign from "Other
income") and 16,317 m an extension named after "22,27 28"."""

from prxbrl.extract import extract_file

from conftest import cells

# /tmp/unseen8/nx-fy2024.md lines 80-91, as printed
NX = [
    "b. Consolidated statement of income",
    "",
    '<table id="2-1">',
    '<tr><td id="2-2"></td><td id="2-3">Notes</td><td id="2-4">FY2023 (January 1, 2023 to December 31, 2023) (Millions of yen)</td><td id="2-5">FY2024 (January 1, 2024 to December 31, 2024) (Millions of yen)</td><td id="2-6">FY2024 (January 1, 2024 to December 31, 2024) (Thousands of U.S. dollars)</td></tr>',
    '<tr><td id="2-7">Revenue</td><td id="2-8">4,26</td><td id="2-9">2,239,017</td><td id="2-a">2,577,643</td><td id="2-b">16,295,634</td></tr>',
    '<tr><td id="2-c">Cost of sales</td><td id="2-d">8,10 11,12 13,22</td><td id="2-e">2,011,471</td><td id="2-f">2,355,951</td><td id="2-g">14,894,118</td></tr>',
    '<tr><td id="2-h">Gross profit</td><td id="2-i"></td><td id="2-j">227,545</td><td id="2-k">221,691</td><td id="2-l">1,401,515</td></tr>',
    '<tr><td id="2-m" rowspan="2">Selling, general and administrative expenses Other income</td><td id="2-n">10,11 12,13</td><td id="2-o">146,288</td><td id="2-p">158,107</td><td id="2-q">999,540</td></tr>',
    '<tr><td id="2-r">22,27 28</td><td id="2-s">16,317</td><td id="2-t">13,048</td><td id="2-u">82,490</td></tr>',
    '<tr><td id="2-v">Other expenses</td><td id="2-w">10,11 28</td><td id="2-x">39,262</td><td id="2-y">29,651</td><td id="2-z">187,451</td></tr>',
    '<tr><td id="2-F">Operating profit</td><td id="2-G">4</td><td id="2-H">60,098</td><td id="2-I">49,078</td><td id="2-J">310,271</td></tr>',
    "</table>",
    "",
]


def _doc(tmp_path, lines):
    p = tmp_path / "nx.html"
    p.write_text("<html><body>\n" + "\n".join(lines) + "\n</body></html>\n", encoding="utf-8")
    return extract_file(p)


def test_a_label_cell_over_two_rows_of_figures_labels_neither(tmp_path):
    doc = _doc(tmp_path, ["<h2>NX Holdings FY2024 results</h2>", ""] + NX)
    raws = {c.raw for c in cells(doc)}
    assert not raws & {"146,288", "158,107", "999,540", "16,317", "13,048", "82,490"}
    labels = {r.label for t in doc.tables for r in t.rows}
    assert not [lab for lab in labels if lab.startswith("22,27")]
    assert not cells(doc, label="Selling, general")
    # the rows around it keep their figures
    assert {c.raw for c in cells(doc, label="Other expenses")} >= {"39,262", "29,651"}
    assert {c.raw for c in cells(doc, label="Gross profit")} >= {"227,545", "221,691"}


def test_a_label_cell_over_one_row_of_figures_is_its_label(tmp_path):
    lines = [x.replace('<tr><td id="2-r">22,27 28</td><td id="2-s">16,317</td><td id="2-t">13,048</td><td id="2-u">82,490</td></tr>',
                       '<tr><td id="2-r"></td></tr>') for x in NX]
    doc = _doc(tmp_path, ["<h2>NX Holdings FY2024 results</h2>", ""] + lines)
    assert {c.raw for c in cells(doc, label="Selling, general")} >= {"146,288", "158,107"}
