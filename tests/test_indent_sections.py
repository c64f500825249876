"""Sections of a fixed-width table told by indent: a heading whose rows stand deeper than it closes at the next row at
its own indent, or left of it; a heading whose rows stand at its own indent stays open as before.

Source: Sears, Roebuck and Co. Q2 2004 earnings release (corpus: sears-q2-2004.txt lines 519-563, "Summary of Certain
Significant Items" for the 13 weeks), as printed."""

from pathlib import Path

from prxbrl.extract import extract_file

SEARS = """    ($ in millions, except earnings per share)

    Summary of Certain Significant Items:(1)

                                   For the 13 Weeks     For the 13 Weeks
                                  Ended July 3, 2004   Ended June 28, 2003
                                            Earnings             Earnings
                                  Pretax   Per Share   Pretax    Per Share

    Negative carry related to
     Credit legacy debt             $19      $0.05     $   -      $    -

    Special Charges                  41       0.12        28        0.06

    Accelerated Depreciation
     resulting from CSC Purchased
     Services transaction            39       0.12         -           -

    Proforma effects on the
     prior year:
      Divested Businesses:
        Operating income              -         -       (364)      (0.78)
        Zero-percent financing
         costs                        -         -         60        0.13
        Pro forma revenues
         earned under Citigroup
         alliance                     -         -         40        0.09
        Total divested businesses     -         -       (264)      (0.56)

    Retirement plan accounting
     change (2)                       -         -         17        0.04

    Total                           $99      $0.29     $(219)     $(0.46)

    Average common equivalent
     shares outstanding                     216.5                  298.0

    (1) These items relate to the Company's initiatives to streamline its home
        office and field operations, the results of operations of divested
        businesses and the change in accounting for retirement plans.
        Management believes that consideration of these items in addition to
        reported results provides a better understanding of the Company's
        financial performance.

    (2) Represents the effect on the 13 weeks ended June 28, 2003 assuming
        that the change in accounting for retirement plans occurred at the
        beginning of fiscal 2003.
"""

HEADING = "Proforma effects on the prior year"


def _items(tmp_path: Path, text: str) -> dict[str, list[str]]:
    src = tmp_path / "release.txt"
    src.write_text(text, encoding="utf-8")
    doc = extract_file(src)
    return {r.label: r.section for t in doc.tables for r in t.rows if r.cells}


def test_a_row_back_at_the_headings_indent_is_outside_it(tmp_path):
    sections = _items(tmp_path, SEARS)
    # was under "Proforma effects on the prior year:": the table's "Total" was named after that heading
    assert sections["Retirement plan accounting change"] == []
    assert sections["Total"] == []
    # the rows deeper than the heading are its own
    assert sections["Operating income"] == [HEADING, "Divested Businesses"]
    assert sections["Total divested businesses"] == [HEADING, "Divested Businesses"]


def test_rows_at_the_headings_own_indent_stay_under_it(tmp_path):
    text = SEARS.replace("      Divested Businesses:\n", "    Divested Businesses:\n").replace("        Operating income  ", "    Operating income      ")
    sections = _items(tmp_path, text)
    # no row deeper than "Divested Businesses:" has been read when "Operating income" comes at its indent
    assert sections["Operating income"][-1] == "Divested Businesses"


def test_a_row_without_a_label_stands_at_no_indent():
    # Buckle Q3 FY2024 (corpus: buckle-q3-fy2024.html), an HTML grid: "OPERATING EXPENSES:" over "Selling" and "General
    # and administrative" one level deeper, then "|  | 85,588 |", the section's sum printed without its label: still
    # the section's (its total), not a row outside it
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import CORPUS, need_shared

    doc = extract_file(need_shared(CORPUS / "buckle-q3-fy2024.html"))
    (table,) = [t for t in doc.tables if any(r.label == "General and administrative" for r in t.rows)]
    (unlabelled,) = [r for r in table.rows if not r.label.strip() and r.cells]
    assert unlabelled.section == ["OPERATING EXPENSES"]
