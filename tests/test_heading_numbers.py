"""Every figure a reading leaves is named: a number after a heading's colon, where the row is read as a heading, is the
heading's (or a footnote reference), never an unexplained token.

Source: Shell plc Q1 2025 quarterly press release, converted from PDF to Markdown (unseen15/shell-q1-2025.md lines
1-12, its metadata block, and lines 76-81, the table of working capital and net debt), as printed."""

from prxbrl.extract import extract_file

SHELL = """# Shell QPR Q1'25

## Document Information
- **Company Code**: SHELL
- **Quarter**: Q1
- **Year**: 2025
- **Source**: q1-2025-quarterly-press-release.pdf
- **Document Type**: PDF (Converted to Markdown)
- **Page Count**: 9
- **Author**: anonymous

---
$ billion1Q1 2024 Q2 2024 Q3 2024 Q4 2024 Q1 2025
Working capital (2.8) (0.3) 2.7 2.4 (2.7)
Divestment proceeds 1.0 0.8 0.2 0.8 0.6
Free cash flow 9.8 10.2 10.8 8.7 5.3
Net debt 40.5 38.3 35.2 38.8 41.5
1 Reconciliation of non-GAAP measures can be found in the unaudited results, available at www.shell.com/investors .PRESS RELEASE
"""


def test_a_number_after_a_headings_colon_is_the_headings(tmp_path):
    src = tmp_path / "release.md"
    src.write_text(SHELL, encoding="utf-8")
    doc = extract_file(src)
    (page_count,) = [t for t in doc.tokens if t.span.line == 9]
    # was "unexplained": the row "- **Page Count**: 9" is read as a heading, its figure carried by no cell
    assert page_count.raw == "9" and page_count.status == "excluded" and page_count.reason == "heading"
    assert not [t for t in doc.tokens if t.reason in ("unexplained", "cell_outside_columns")]
