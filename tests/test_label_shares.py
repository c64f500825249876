"""tables.label_shares: the share counts and par values real balance sheets print inside their equity labels, each
placed at the dates the label ties it to, and nothing where it ties a figure to none. The labels are real lines:
Palomar Q4 2024, Howard Hughes Q4 2025, Amazon Q3 2025, Apple Q1 FY2011, Strattec Q4 FY2026, Byrna Q4 FY2024,
Circle Q3 2025, Glimpse Q2 FY2025 (benchmarks/unseen and ../shared/corpus)."""

from datetime import date
from decimal import Decimal

import pytest

from prxbrl.models import Cell, Column, LineItem, Period, Span
from prxbrl.tables.label_shares import label_share_items

D24, D23 = date(2024, 12, 31), date(2023, 12, 31)


def read(label: str, dates: list[date], amounts: list[str], *, share_scale: int | None = None,
         table_scale: int | None = None, currency: str = "USD"):
    """The figures the label gives: (new row's label, column) -> value at its scale; and the exclusions."""
    cols = [Column(index=i, header=str(d), period=Period(kind="instant", end=d)) for i, d in enumerate(dates)]
    cells = [Cell(column=i, raw=a, value=-Decimal(a.strip("()").replace(",", "")) if a.startswith("(") else Decimal(a.replace(",", "")), unit=currency, scale=table_scale or 0, label=label,
                  span=Span(line=2, start=10 * i, end=10 * i + len(a))) for i, a in enumerate(amounts)]
    item = LineItem(id="t01.r001", label=label, line=1, cells=cells)
    items, unsure = label_share_items([item], [(1, label, Span(line=1, start=0, end=len(label)))], cols, share_scale, table_scale,
                                      [label, ""], grid=False)
    assert items[0] is item
    got = {}
    for it in items[1:]:
        for c in it.cells:
            assert c.span.line == 1 and label[c.span.start : c.span.end] == c.raw  # the source token it was read from
            got[(it.label, c.column)] = c.value.scaleb(c.scale)  # type: ignore[union-attr]
            assert it.unit == ("per_share" if "par value" in it.label else "shares")
    return got, [(tok[0], why) for tok, why in unsure]


def test_counts_at_the_dates_the_label_names():
    # Palomar Q4 2024, balance sheet (markdown), "(in thousands, except shares and par value data)"
    got, _ = read("Common stock, $0.0001 par value, 500,000,000 shares authorized, 26,529,402 and 24,772,987 shares issued "
                  "and outstanding as of December 31, 2024 and December 31, 2023, respectively", [D24, D23], ["3", "3"],
                  share_scale=0, table_scale=3)
    assert got == {
        ("Common stock, shares authorized", 0): 500_000_000, ("Common stock, shares authorized", 1): 500_000_000,
        ("Common stock, shares issued", 0): 26_529_402, ("Common stock, shares issued", 1): 24_772_987,
        ("Common stock, shares outstanding", 0): 26_529_402, ("Common stock, shares outstanding", 1): 24_772_987,
        ("Common stock, par value", 0): Decimal("0.0001"), ("Common stock, par value", 1): Decimal("0.0001"),
    }


def test_dates_in_the_other_order_than_the_columns():
    got, _ = read("Common stock, $0.0001 par value, 500,000,000 shares authorized, 26,529,402 and 24,772,987 shares issued "
                  "and outstanding as of December 31, 2024 and December 31, 2023, respectively", [D23, D24], ["3", "3"],
                  share_scale=0, table_scale=3)
    assert got[("Common stock, shares issued", 0)] == 24_772_987 and got[("Common stock, shares issued", 1)] == 26_529_402


def test_each_date_its_own_clause_and_treasury_shares():
    # Howard Hughes Q4 2025, "thousands except par values and share amounts"
    d25 = date(2025, 12, 31)
    got, _ = read("Common stock: $0.01 par value; 150,000,000 shares authorized, 65,910,640 issued, and 59,370,353 outstanding "
                  "as of December 31, 2025, 56,610,009 shares issued, and 50,116,150 outstanding as of December 31, 2024",
                  [d25, D24], ["659", "566"], share_scale=0, table_scale=3)
    assert got[("Common stock, shares issued", 0)] == 65_910_640 and got[("Common stock, shares issued", 1)] == 56_610_009
    assert got[("Common stock, shares outstanding", 0)] == 59_370_353 and got[("Common stock, shares outstanding", 1)] == 50_116_150
    assert got[("Common stock, shares authorized", 1)] == 150_000_000
    got, _ = read("Treasury stock, at cost, 6,540,287 shares as of December 31, 2025, and 6,493,859 shares as of December 31, 2024",
                  [d25, D24], ["(620,118)", "(616,589)"], share_scale=0, table_scale=3)
    assert got == {("Treasury stock, shares", 0): 6_540_287, ("Treasury stock, shares", 1): 6_493_859}


def test_no_dates_the_columns_order_and_the_tables_scale():
    # Amazon Q3 2025: "(in millions, except per share data)"; its shares are in millions as its amounts
    d25 = date(2025, 9, 30)
    got, _ = read("Common stock ($0.01 par value; 100,000 shares authorized; 11,108 and 11,202 shares issued; 10,593 and "
                  "10,687 shares outstanding)", [D24, d25], ["111", "112"], table_scale=6)
    assert got[("Common stock, shares authorized", 0)] == 100_000_000_000
    assert got[("Common stock, shares issued", 0)] == 11_108_000_000 and got[("Common stock, shares issued", 1)] == 11_202_000_000
    assert got[("Common stock, shares outstanding", 1)] == 10_687_000_000
    assert got[("Common stock, par value", 1)] == Decimal("0.01")


def test_no_par_value_and_respectively():
    # Apple Q1 FY2011 (HTML), "(In millions, except share amounts)"
    got, _ = read("Common stock, no par value; 1,800,000,000 shares authorized; 921,035,475 and 915,970,050 shares issued "
                  "and outstanding, respectively", [date(2010, 12, 25), date(2010, 9, 25)], ["11,502", "10,668"],
                  share_scale=0, table_scale=6)
    assert got[("Common stock, shares issued", 0)] == 921_035_475 and got[("Common stock, shares outstanding", 1)] == 915_970_050
    assert not any("par value" in k for k, _ in got)


def test_count_before_its_word_and_issued_shares_at_each_date():
    # Strattec Q4 FY2026, "(in thousands, except share amounts)"
    a, b = date(2026, 6, 28), date(2025, 6, 29)
    got, _ = read("Common stock, authorized 18,000,000 shares, $.01 par value, 7,704,994 issued shares at June 28, 2026 and "
                  "7,635,883 issued shares at June 29, 2025", [a, b], ["77", "76"], share_scale=0, table_scale=3)
    assert got == {
        ("Common stock, shares authorized", 0): 18_000_000, ("Common stock, shares authorized", 1): 18_000_000,
        ("Common stock, shares issued", 0): 7_704_994, ("Common stock, shares issued", 1): 7_635_883,
        ("Common stock, par value", 0): Decimal("0.01"), ("Common stock, par value", 1): Decimal("0.01"),
    }
    got, _ = read("Less: treasury stock, at cost (3,727,322 shares at June 28, 2026 and 3,596,549 shares at June 29, 2025)",
                  [a, b], ["(144,321)", "(135,452)"], share_scale=0, table_scale=3)
    assert got == {("treasury stock, shares", 0): 3_727_322, ("treasury stock, shares", 1): 3_596_549}


def test_counts_waiting_for_their_date():
    # Byrna Q4 FY2024: the issued count's date comes after the outstanding count's
    a, b = date(2024, 11, 30), date(2023, 11, 30)
    got, _ = read("Common stock, $0.001 par value, 50,000,000 shares authorized. 24,168,014 shares issued and 22,002,027 "
                  "outstanding as of November 30, 2024 and, 24,018,612 shares issued and 21,852,625 outstanding as of "
                  "November 30, 2023", [a, b], ["24", "24"], share_scale=0, table_scale=3)
    assert got[("Common stock, shares issued", 0)] == 24_168_014 and got[("Common stock, shares issued", 1)] == 24_018_612
    assert got[("Common stock, shares outstanding", 0)] == 22_002_027 and got[("Common stock, shares outstanding", 1)] == 21_852_625


def test_scale_words_and_classes():
    # Circle Q3 2025: counts in words, a class of common stock
    a = date(2025, 9, 30)
    got, _ = read("Class A common stock ($0.0001 par value; 2.5 billion and 300.0 million authorized as of September 30, 2025 "
                  "and December 31, 2024, respectively; 215.2 million and 56.4 million issued and outstanding as of September "
                  "30, 2025 and December 31, 2024, respectively)", [a, D24], ["0", "0"], table_scale=3)
    assert got[("Class A common stock, shares authorized", 0)] == 2_500_000_000
    assert got[("Class A common stock, shares authorized", 1)] == 300_000_000
    assert got[("Class A common stock, shares issued", 0)] == 215_200_000
    assert got[("Class A common stock, shares outstanding", 1)] == 56_400_000
    got, _ = read("Treasury stock at cost (5.0 million shares held as of September 30, 2025 and December 31, 2024)", [a, D24],
                  ["(2,877)", "(2,877)"], table_scale=3)
    assert got == {("Treasury stock, shares", 0): 5_000_000, ("Treasury stock, shares", 1): 5_000_000}


def test_one_issued_count_for_two_dates_is_not_placed():
    # a count of issued shares the label ties to no date, beside two dates: whose it is, is not guessed
    got, _ = read("Common stock, $0.01 par value, 175,000,000 shares authorized, 76,834,057 shares issued", [D24, D23],
                  ["766", "765"], share_scale=0, table_scale=3)
    assert ("Common stock, shares issued", 0) not in got and ("Common stock, shares issued", 1) not in got
    assert got[("Common stock, shares authorized", 1)] == 175_000_000


@pytest.mark.parametrize("scale, kept", [(None, False), (0, True)])
def test_a_count_in_full_under_a_scale_nothing_confirms(scale, kept):
    # Palomar Q4 2024's preferred stock line, as under a table in thousands whose note said nothing of shares: 5,000,000
    # printed in full, no shares issued to check it against; 5,000,000 thousand shares is not written
    got, unsure = read("Preferred stock, $0.0001 par value, 5,000,000 shares authorized as of December 31, 2024 and December 31, "
                       "2023, 0 shares issued and outstanding as of December 31, 2024 and December 31, 2023", [D24, D23],
                       ["0", "0"], share_scale=scale, table_scale=3)
    assert (("Preferred stock, shares authorized", 0) in got) is kept
    assert (("5,000,000", "scale_undetermined") in unsure) is not kept
    assert got[("Preferred stock, shares issued", 1)] == 0


def test_the_par_value_times_the_issued_count_decides_the_scale():
    # Palomar Q4 2024's common stock line, as under a note that said nothing of shares: 26,529,402 shares at $0.0001 are
    # $2,653, the "3" (thousands) the row prints; 26,529,402 thousand shares would be $2.65 million
    got, unsure = read("Common stock, $0.0001 par value, 500,000,000 shares authorized, 26,529,402 and 24,772,987 shares issued "
                       "and outstanding as of December 31, 2024 and December 31, 2023, respectively", [D24, D23], ["3", "2"],
                       table_scale=3)
    assert got[("Common stock, shares issued", 0)] == 26_529_402 and got[("Common stock, shares outstanding", 1)] == 24_772_987
    assert got[("Common stock, shares authorized", 0)] == 500_000_000 and unsure == []
    # the same figures beside amounts they do not make at either scale: the counts in full are not confirmed
    got, unsure = read("Common stock, $0.0001 par value, 500,000,000 shares authorized, 26,529,402 and 24,772,987 shares issued "
                       "and outstanding as of December 31, 2024 and December 31, 2023, respectively", [D24, D23], ["30", "20"],
                       table_scale=3)
    assert got == {("Common stock, par value", 0): Decimal("0.0001"), ("Common stock, par value", 1): Decimal("0.0001")}
    assert ("26,529,402", "scale_undetermined") in unsure


def test_labels_that_are_no_equity_line():
    for label in ("Weighted average shares outstanding, 26,491,939", "Stock options outstanding, 1,200,000 shares issued",
                  "Accounts receivable, net of allowance of $1,136,870 and $924,859"):
        got, unsure = read(label, [D24, D23], ["1", "2"], share_scale=0, table_scale=3)
        assert got == {} and unsure == []


PALOMAR_EQUITY = """\
*Condensed Consolidated Balance sheets*

| Palomar Holdings, Inc. and SubsidiariesCondensed Consolidated Balance Sheets (unaudited)(in thousands, except shares and par value data) | | | | | | | |
| --- | --- | --- | --- | --- | --- | --- | --- |
|  |  | |  |  |  | |  |
|  | December 31, 2024 | | |  | December 31, 2023 | | |
| Total liabilities |  | 1,533,190 |  |  |  | 1,236,770 |  |
| Stockholders' equity: |  |  |  |  |  |  |  |
| Preferred stock, $0.0001 par value, 5,000,000 shares authorized as of December 31, 2024 and December 31, 2023, 0 shares issued and outstanding as of December 31, 2024 and December 31, 2023 |  | — |  |  |  | — |  |
| Common stock, $0.0001 par value, 500,000,000 shares authorized, 26,529,402 and 24,772,987 shares issued and outstanding as of December 31, 2024 and December 31, 2023, respectively |  | 3 |  |  |  | 3 |  |
| Additional paid-in capital |  | 493,656 |  |  |  | 350,597 |  |
| Accumulated other comprehensive loss |  | (26,845 | ) |  |  | (23,991 | ) |
| Retained earnings |  | 262,216 |  |  |  | 144,643 |  |
| Total stockholders' equity |  | 729,030 |  |  |  | 471,252 |  |
| Total liabilities and stockholders' equity | $ | 2,262,220 |  |  | $ | 1,708,022 |  |
"""


def test_palomar_equity_end_to_end(tmp_path):
    # Palomar Q4 2024 (benchmarks' helpers' release unseen30, lines 242-285): the counts become US GAAP facts beside the
    # rows' amounts, each token a fact or excluded (dates), the Inline XBRL tagging each token once
    import json
    import re as _re

    from prxbrl.pipeline import convert

    src = tmp_path / "palomar.md"
    src.write_text(PALOMAR_EQUITY, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "ixbrl", "csv"], validate=False)
    import csv

    rows = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    got = {(r["concept"], r["period_end"]): r["value"] for r in rows if not r["concept"].startswith("dei:")}
    assert got[("us-gaap:CommonStockSharesIssued", "2024-12-31")] == "26529402"
    assert got[("us-gaap:CommonStockSharesOutstanding", "2023-12-31")] == "24772987"
    assert got[("us-gaap:CommonStockSharesAuthorized", "2023-12-31")] == "500000000"
    assert got[("us-gaap:CommonStockParOrStatedValuePerShare", "2024-12-31")] == "0.0001"
    assert got[("us-gaap:PreferredStockSharesAuthorized", "2024-12-31")] == "5000000"
    assert got[("us-gaap:PreferredStockSharesIssued", "2023-12-31")] == "0"
    assert got[("us-gaap:CommonStockValue", "2024-12-31")] == "3000"
    assert got[("us-gaap:StockholdersEquity", "2024-12-31")] == "729030000"
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    label_tokens = [c for c in report["cells"] if c["line"] == 10]
    assert {c["raw"]: c["status"] for c in label_tokens if c["status"] == "fact"} == {
        "$0.0001": "fact", "500,000,000": "fact", "26,529,402": "fact", "24,772,987": "fact", "3": "fact"}
    assert {c["reason"] for c in label_tokens if c["status"] != "fact"} == {"date"}
    page = next((tmp_path / "out").glob("*.htm")).read_text(encoding="utf-8")
    ids = _re.findall(r'<ix:nonFraction[^>]* id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert len(_re.findall(r'name="us-gaap:CommonStockSharesOutstanding"', page)) == 2


def test_an_html_label_cell_over_lines_and_with_entities():
    # Apple Q3 FY2004 (../shared/corpus/apple-q3-fy2004.html, lines 845-847): the label cell wraps over three source
    # lines; Apple Q1 FY2024's prints "&#58;" and "&#59;" for its colon and semicolons
    from prxbrl.tables.label_shares import _source_tokens

    lines = ['  <p style="margin:0in 0in .0001pt 30.0pt;text-indent:-10.0pt;"><font size="2" face="Times New Roman" '
             'style="font-size:10.0pt;">Common stock, no',
             "  par value; 900,000,000 shares authorized; 385,192,286 and 366,726,584 shares",
             "  issued and outstanding, respectively</font></p></td>",
             '<td><font size="2">3,025</font></td>']
    start = lines[0].index("Common")
    got = _source_tokens(lines, Span(line=1, start=start, end=len(lines[0])), grid=True)
    assert [(t, s.line, lines[s.line - 1][s.start : s.end]) for t, s, _ in got] == [
        ("900,000,000", 2, "900,000,000"), ("385,192,286", 2, "385,192,286"), ("366,726,584", 2, "366,726,584")]
    line = ('<font style="color:#000000">Common stock and additional paid-in capital, $0.00001 par value&#58; 50,400,000 '
            'shares authorized&#59; 15,460,223 and 15,550,061 shares issued and outstanding, respectively</font></div></td>'
            '<td colspan="2"><font>75,236&#160;</font></td>')
    start = line.index("Common")
    got = _source_tokens([line], Span(line=1, start=start, end=start + 48), grid=True)
    assert [d for _, _, d in got] == ["000001", "50400000", "15460223", "15550061"]


def test_the_word_before_and_more_of_the_same_at_each_date():
    # Buckle Q3 FY2024 (../shared/corpus/buckle-q3-fy2024.txt, line 80), three balance sheet dates
    a, b, c = date(2024, 11, 2), date(2024, 2, 3), date(2023, 10, 28)
    got, _ = read("Common stock, authorized 100,000,000 shares of $.01 par value; issued and outstanding; 50,773,796 shares at "
                  "November 2, 2024, 50,445,186 shares at February 3, 2024, and 50,445,386 shares at October 28, 2023",
                  [a, b, c], ["508", "504", "504"], table_scale=3)
    assert got[("Common stock, shares issued", 0)] == 50_773_796 and got[("Common stock, shares outstanding", 1)] == 50_445_186
    assert got[("Common stock, shares issued", 2)] == 50_445_386 and got[("Common stock, shares authorized", 2)] == 100_000_000
    assert got[("Common stock, par value", 1)] == Decimal("0.01")


def test_treasury_shares_purchased_at_both_dates():
    # Byrna Q4 FY2024 (unseen29 of the helpers; tests/fixtures/byrna-fy2024q4-untitled-excerpt.md, line 102)
    a, b = date(2024, 11, 30), date(2023, 11, 30)
    got, _ = read("Treasury stock (2,165,987 shares purchased as of November 30, 2024 and 2023)", [a, b],
                  ["(21,253)", "(17,500)"], share_scale=0, table_scale=3)
    assert got == {("Treasury stock, shares", 0): 2_165_987, ("Treasury stock, shares", 1): 2_165_987}
