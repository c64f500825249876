"""A note on the table's figures in the label cells of its header rows: wrapped over two rows (the first opens the
parenthesis, the second closes it) it is one note, the cells beside it the column headers; and a row of figures the
reader cannot read as amounts ("5.1:1") is no heading over the rows under it.

Pulse Seismic Inc. (never seen, Calgary, FY2024) prints its selected information under "| (Thousands of dollars
except per share data, | Three months ended December 31, | ..." / "| numbers of shares and kilometres of seismic
data) | 2024 | 2023 | 2024 | 2023 |": every figure of the table had been no_period. Its financial position under
"(Thousands of dollars except working capital ratio)" prints "Working capital ratio | 5.1:1 | 1.5:1": read as a
heading of rates, it had made "Cash and cash equivalents 8,722" and "Total assets 21,516" percentage points."""

from datetime import date
from decimal import Decimal

from prxbrl.extract import extract_file

from conftest import cells

# /tmp/unseen8/pulse-fy2024.md lines 13-53, as printed
PULSE = [
    "| SELECTED FINANCIAL AND OPERATING INFORMATION |  |  |  |  |",
    "| --- | --- | --- | --- | --- |",
    "| (Thousands of dollars except per share data, | Three months ended December 31, | | Years ended December 31, | |",
    "| numbers of shares and kilometres of seismic data) | 2024 | 2023 | 2024 | 2023 |",
    "|  |  | |  | |",
    "| Revenue | 5,576 | 16,861 | 23,379 | 39,127 |",
    "| Amortization of seismic data library | 2,263 | 2,270 | 9,090 | 9,103 |",
    "| Net earnings | 774 | 8,307 | 3,391 | 15,007 |",
    "| Per share basic and diluted | 0.02 | 0.16 | 0.07 | 0.28 |",
    "| Normal course issuer bid |  |  |  |  |",
    "| Number of shares purchased and cancelled | 97,700 | 59,500 | 1,784,000 | 1,005,006 |",
    "| Cost of shares purchased and cancelled | 227 | 112 | 3,880 | 1,943 |",
    "| Weighted average shares outstanding |  |  |  |  |",
    "| Basic and diluted | 50,878,652 | 52,647,740 | 51,448,985 | 53,237,569 |",
    "| Shares outstanding at period-end |  |  | 50,837,863 | 52,621,863 |",
    "| Seismic library |  |  |  |  |",
    "| 2D in kilometres |  |  | 829,207 | 829,207 |",
    "| 3D in square kilometres |  |  | 65,310 | 65,310 |",
    "| FINANCIAL POSITION |  |  |  |  |",
    "|  |  |  | December 31, | December 31, |",
    "| (Thousands of dollars except working capital ratio) |  |  | 2024 | 2023 |",
    "| Working capital |  |  | 9,222 | 7,468 |",
    "| Working capital ratio |  |  | 5.1:1 | 1.5:1 |",
    "| Cash and cash equivalents |  |  | 8,722 | 15,948 |",
    "| Total assets |  |  | 21,516 | 41,249 |",
    "| EBITDA |  |  | 15,496 | 30,431 |",
    "| Shareholders’ equity |  |  | 18,295 | 25,655 |",
    "|  | | | | |",
]
Q4_24, Q4_23 = (date(2024, 10, 1), date(2024, 12, 31)), (date(2023, 10, 1), date(2023, 12, 31))
FY_24, FY_23 = (date(2024, 1, 1), date(2024, 12, 31)), (date(2023, 1, 1), date(2023, 12, 31))


def _doc(tmp_path):
    p = tmp_path / "pulse.md"
    p.write_text("\n".join(["# Pulse Seismic Inc. Reports 2024 Financial Results", ""] + PULSE) + "\n", encoding="utf-8")
    return extract_file(p)


def _got(doc, label):
    return {(c.period.start, c.period.end, c.value * 10 ** c.scale, c.unit) for c in cells(doc, label=label)}


def test_a_note_wrapped_over_the_label_cells_of_two_header_rows(tmp_path):
    doc = _doc(tmp_path)
    k = Decimal(1000)
    assert _got(doc, "Revenue") == {(*Q4_24, 5576 * k, "USD"), (*Q4_23, 16861 * k, "USD"), (*FY_24, 23379 * k, "USD"),
                                    (*FY_23, 39127 * k, "USD")}
    assert _got(doc, "Per share basic") == {(*Q4_24, Decimal("0.02"), "USD/shares"), (*Q4_23, Decimal("0.16"), "USD/shares"),
                                            (*FY_24, Decimal("0.07"), "USD/shares"), (*FY_23, Decimal("0.28"), "USD/shares")}
    # "except ... numbers of shares": share counts as printed, not thousands
    assert (*Q4_24, Decimal(50878652), "shares") in _got(doc, "Basic and diluted")
    assert (*Q4_24, Decimal(97700), "shares") in _got(doc, "Number of shares purchased")
    # the note is the table's, read whole
    t01 = doc.tables[0]
    assert any(t.startswith("(Thousands of dollars") and t.endswith("seismic data)") for t in t01.context)
    # lengths in kilometres are no money
    assert not cells(doc, label="2D in kilometres") and not cells(doc, label="3D in square kilometres")


def test_a_row_of_ratios_printed_as_proportions_is_no_heading(tmp_path):
    doc = _doc(tmp_path)
    k = Decimal(1000)
    assert _got(doc, "Cash and cash equivalents") == {(None, date(2024, 12, 31), 8722 * k, "USD"),
                                                      (None, date(2023, 12, 31), 15948 * k, "USD")}
    assert _got(doc, "Total assets") == {(None, date(2024, 12, 31), 21516 * k, "USD"), (None, date(2023, 12, 31), 41249 * k, "USD")}
    assert not cells(doc, label="Working capital ratio")
    (t02,) = [t for t in doc.tables if t.title == "FINANCIAL POSITION"]
    assert not [r for r in t02.rows if r.kind == "heading" and "ratio" in r.label.lower()]


def test_a_parenthesis_no_later_label_cell_closes_is_left_as_printed():
    from prxbrl.tables.label_caption import caption_in_label_cells
    from prxbrl.tables.rows import Row
    from prxbrl.models import Span

    def row(line, *texts):
        frags = [(t, Span(line=line, start=10 * i, end=10 * i + len(t)), (float(i), float(i))) for i, t in enumerate(texts)]
        return Row(line=line, kind="text", label=" ".join(texts), label_span=frags[0][1], cells=[], fragments=frags)

    lead = [row(1, "(Thousands of dollars except", "Three months ended"), row(2, "Revenue (restated", "2024")]
    out, notes = caption_in_label_cells(lead)
    assert notes == [] and [r.label for r in out] == [r.label for r in lead]
