"""Labels wrapped over lines of a fixed-width table: a line that ends with a word no label ends with ("Negative carry
related to") continues on the next whatever its case, and a line at the indent of the continuation line before it
continues the label too (a hanging indent).

Source: Sears, Roebuck and Co. Q2 2004 earnings release (corpus: sears-q2-2004.txt lines 570-611, the table "Summary
of Certain Significant Items" for the 26 weeks), as printed."""

from pathlib import Path

from prxbrl.extract import extract_file
from prxbrl.tables.rows import ends_mid_phrase

SEARS = """    ($ in millions, except earnings per share)

    Summary of Certain Significant Items: (1)

                                 For the 26 Weeks       For the 26 Weeks
                                Ended July 3, 2004     Ended June 28, 2003
                                          Earnings              Earnings
                                  Pretax  Per Share    Pretax   Per Share

    Cumulative effect of
     change in accounting for
     retirement plans              $  -     $3.86     $   -      $    -

    Curtailment gain on medical
     plans                          (30)    (0.09)        -           -

    Negative carry related to
     Credit legacy debt and
     related debt retirement
     costs                           57      0.17         -           -

    Special Charges                  41      0.12        28        0.06

    Accelerated Depreciation
     resulting from CSC Purchased
     Services transaction            39      0.12         -           -

    Proforma effects on the
     prior year:
      Divested Businesses:
        Operating income              -         -      (769)      (1.59)
        Zero-percent financing
         costs                        -         -       116        0.24
        Pro forma revenues
         earned under Citigroup
         alliance                     -         -        72        0.15
        Total divested businesses     -         -      (581)      (1.20)

    Retirement plan accounting
     change (2)                       -         -        33        0.07

    Total                          $107     $4.18     $(520)     $(1.07)
"""


def _labels(tmp_path: Path, text: str) -> dict[int, str]:
    src = tmp_path / "release.txt"
    src.write_text(text, encoding="utf-8")
    doc = extract_file(src)
    return {r.line: r.label for t in doc.tables for r in t.rows if r.cells}


def test_a_line_ending_mid_phrase_continues_on_the_next(tmp_path):
    labels = _labels(tmp_path, SEARS)
    # was "Credit legacy debt and related debt retirement costs" under a heading "Negative carry related to"
    assert labels[20] == "Negative carry related to Credit legacy debt and related debt retirement costs"
    assert labels[12] == "Cumulative effect of change in accounting for retirement plans"


def test_a_line_at_the_continuation_indent_continues_the_label(tmp_path):
    labels = _labels(tmp_path, SEARS)
    # was "Services transaction" under a heading "Accelerated Depreciation resulting from CSC Purchased"
    assert labels[26] == "Accelerated Depreciation resulting from CSC Purchased Services transaction"
    # a heading's children stand deeper than its continuation line: still rows of their own
    assert labels[31] == "Operating income"
    assert labels[33] == "Zero-percent financing costs"


def test_words_no_label_ends_with():
    assert ends_mid_phrase("Negative carry related to")
    assert ends_mid_phrase("Proforma effects on the")
    assert not ends_mid_phrase("Accelerated Depreciation")
    assert not ends_mid_phrase("Write down")
    assert not ends_mid_phrase("")

