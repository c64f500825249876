"""Fixed-width EDGAR exhibits (SGML <TABLE>/<CAPTION>): a scale note naming what is counted, and "(Notes)" under years.

Lines copied from The Southern Company's Q4 2004 earnings 8-K (EDGAR 0000092122-05-000042, exhibits 99.02 and 99.05),
never seen by the converter before."""

from decimal import Decimal

from conftest import cells

from prxbrl.extract import extract_file
from prxbrl.tables.counted import counted_measure

HIGHLIGHTS = """<DOCUMENT>
<TYPE>EX-99.02
<TEXT>
                                                                   Exhibit 99.02
                                Southern Company
                              Financial Highlights
               (In Millions of Dollars Except Earnings Per Share)


<TABLE>
<CAPTION>

                                                 3 Months Ended December   12 Months Ended December
                                                 -----------------------   ------------------------
                                                     2004       2003            2004         2003
                                                     ----       ----            ----         ----
                                                  (Notes)    (Notes)         (Notes)      (Notes)
Consolidated Earnings-
(See Notes)
<S>                                                <C>        <C>            <C>          <C>
Retail Business                                    $  122     $  117         $ 1,200      $ 1,153
Competitive Generation                                 44         30             220          224
                                                   ------     ------         -------      -------
Total                                                 166        147           1,420        1,377
Synthetic Fuels                                        14         14              74           58
Leasing Business                                        1          8              24           29
Parent Company and Other                               (1)        (7)            (10)         (36)
                                                   ------     ------         -------      -------
Net Income - Excluding One-Time Items (See Notes)  $  180     $  162         $ 1,508      $ 1,428
                                                   ======     ======         =======      =======
  - As Reported                                    $  204     $  125         $ 1,532      $ 1,474
                                                   ======     ======         =======      =======
</TABLE>
</TEXT>
</DOCUMENT>
"""

KWH = """<DOCUMENT>
<TYPE>EX-99.05
<TEXT>
                                                                   Exhibit 99.05


                               Kilowatt-Hour Sales
                              (In Millions of KWHs)

<TABLE>
<CAPTION>

                           3 Months Ended December          12 Months Ended December
                         ----------------------------     ----------------------------
                           2004      2003    Change          2004       2003   Change
                           ----      ----    ------          ----       ----   ------
Kilowatt-Hour Sales-

<S>                      <C>       <C>         <C>        <C>        <C>         <C>
Total Sales              45,217    47,147     -4.1%       192,382    192,138     0.1%

Total Retail Sales-      37,056    35,474      4.5%       157,143    151,618     3.6%
Residential              10,748    10,275      4.6%        49,703     47,833     3.9%
Commercial               12,020    11,460      4.9%        50,037     48,372     3.4%
Industrial               14,039    13,492      4.0%        56,399     54,415     3.6%

Total Wholesale Sales     8,161    11,673    -30.1%        35,239     40,520   -13.0%

</TABLE>
</TEXT>
</DOCUMENT>
"""


def _doc(tmp_path, text):
    p = tmp_path / "southern.txt"
    p.write_text(text, encoding="utf-8")
    return extract_file(p)


def _line(text, start):
    return next(i for i, x in enumerate(text.splitlines(), start=1) if x.strip().startswith(start))


def test_notes_under_the_years_do_not_make_note_columns(tmp_path):
    doc = _doc(tmp_path, HIGHLIGHTS)
    row = cells(doc, line=_line(HIGHLIGHTS, "- As Reported"))
    # "(Notes)" under "2004" says the year's figures carry notes; the columns hold the figures, not note numbers
    assert [c.value for c in row] == [Decimal("204"), Decimal("125"), Decimal("1532"), Decimal("1474")]
    assert {c.scale for c in row} == {6} and {c.unit for c in row} == {"USD"}
    assert [(str(c.period.start), str(c.period.end)) for c in row] == [
        ("2004-10-01", "2004-12-31"), ("2003-10-01", "2003-12-31"), ("2004-01-01", "2004-12-31"), ("2003-01-01", "2003-12-31")]
    assert [c.value for c in cells(doc, line=_line(HIGHLIGHTS, "Parent Company and Other"))] == [
        Decimal("-1"), Decimal("-7"), Decimal("-10"), Decimal("-36")]


def test_a_scale_note_counting_kilowatt_hours_is_not_money(tmp_path):
    text = HIGHLIGHTS + KWH  # in the filing, after the dollar tables: the release reports in USD
    doc = _doc(tmp_path, text)
    assert doc.reporting_currency == "USD"
    row = _line(text, "Residential")
    # "(In Millions of KWHs)": 10,748 million kilowatt-hours, not USD 10,748,000,000
    assert [c.raw for c in cells(doc, line=row) if c.unit != "pure"] == []
    assert [c.raw for c in cells(doc, line=row)] == ["4.6%", "3.9%"]  # the changes in percent stay
    assert "not_money" in {t.reason for t in doc.tokens if t.span.line == row}
    assert {c.unit for c in cells(doc, line=_line(text, "Total Sales"))} == {"pure"}


def test_what_a_scale_note_counts():
    assert counted_measure(["(In Millions of KWHs)"]) == "KWHs"
    # money and share scales are read by other rules
    assert counted_measure(["(In Millions of Dollars Except Earnings Per Share)"]) is None
    assert counted_measure(["(in thousands of U.S. dollars, except per share data)"]) is None
    assert counted_measure(["(in thousands of shares)"]) is None
    assert counted_measure(["(In millions of Japanese yen)"]) is None
    assert counted_measure(["(in thousands, except per share amounts)"]) is None
