"""Cells on lines of their own, a ``|`` before each (a text rendering of an EDGAR HTML exhibit: ``|`` / ``23,668``,
``|$``, ``|(91``), and a balance summary whose year row spans its month-day cells (``2007 | 2006`` over ``June 30 |
March 31 | December 31(a) | September 30 | June 30``).

Lines copied from the Q2 2007 earnings exhibit (EX-99.1) of a bank holding company, CIK 1071992
(``benchmarks/unseen/bank1071992-q2-2007.txt``), never seen by the converter before."""

from datetime import date
from decimal import Decimal

from conftest import ROOT, cells

from prxbrl.extract import extract_file
from prxbrl.tables.year_turns import years_by_turns

_SOURCE = ROOT / "benchmarks" / "unseen" / "bank1071992-q2-2007.txt"

INCOME = [
    "|", "(Unaudited)", "|", "Three Months Ended", "June 30, 2007", "|", "Three Months Ended", "June 30, 2006", "|",
    "Six Months Ended", "June 30, 2007", "|", "Six Months Ended", "June 30, 2006", "|",
    "(In thousands except per share data)", "|", "|", "|", "|", "|", "|", "|", "|",
    "Interest income", "|$", "|", "23,668", "|$", "|", "21,109", "|$", "|", "46,843", "|$", "|", "40,779", "|",
    "Interest expense", "|", "12,414", "|", "9,501", "|", "24,866", "|", "17,781", "|",
    "Net interest income", "|", "11,254", "|", "11,608", "|", "21,977", "|", "22,998", "|",
    "Provision (credit) for loan losses", "|(91", "|)", "|", "249", "|", "246", "|", "661", "|",
]

BALANCES = [
    "(Unaudited)", "|", "2007", "|", "2006", "|", "|", "June 30", "|", "March 31", "|", "December 31(a)", "|",
    "September 30", "|", "June 30", "|", "(Dollars in thousands except per share data)", "|", "|", "|", "|", "|", "|",
    "|", "|", "|", "|", "|", "|",
    "Total assets", "|$", "|", "1,440,240", "|$", "|", "1,481,141", "|$", "|", "1,422,384", "|$", "|", "1,399,673",
    "|$", "|", "1,364,030", "|",
    "Investment securities", "|", "241,666", "|", "248,726", "|", "239,047", "|", "200,647", "|", "189,669", "|",
    "Loans (gross)*", "|", "1,022,147", "|", "1,025,464", "|", "1,008,052", "|", "1,003,835", "|", "965,484", "|",
]


def _doc(tmp_path, lines):
    p = tmp_path / "release.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract_file(p)


def test_the_lines_are_copied_from_the_release():
    with open(_SOURCE, encoding="utf-8") as f:
        text = f.read().splitlines()
    assert text[:len(INCOME)] == INCOME
    assert text[182:182 + len(BALANCES)] == BALANCES


def test_pipe_marked_cells_are_rows_of_four_periods(tmp_path):
    doc = _doc(tmp_path, INCOME)
    got = [(c.value, c.period.start, c.period.end) for c in cells(doc, label="Interest income")]
    assert got == [
        (Decimal("23668"), date(2007, 4, 1), date(2007, 6, 30)),
        (Decimal("21109"), date(2006, 4, 1), date(2006, 6, 30)),
        (Decimal("46843"), date(2007, 1, 1), date(2007, 6, 30)),
        (Decimal("40779"), date(2006, 1, 1), date(2006, 6, 30)),
    ]
    # "|(91" / "|)": the credit of the current quarter, in its own column (it was put in the six months of 2006)
    provision = cells(doc, label="Provision (credit)")
    assert [(c.value, c.period.end, c.period.start) for c in provision][:2] == [
        (Decimal("-91"), date(2007, 6, 30), date(2007, 4, 1)), (Decimal("249"), date(2006, 6, 30), date(2006, 4, 1))]
    assert all(c.scale == 3 for c in provision)


def test_a_year_row_over_month_day_cells_dates_five_instants(tmp_path):
    doc = _doc(tmp_path, BALANCES)
    got = [(c.value, c.period.kind, c.period.end) for c in cells(doc, label="Total assets")]
    assert got == [
        (Decimal("1440240"), "instant", date(2007, 6, 30)),
        (Decimal("1481141"), "instant", date(2007, 3, 31)),
        (Decimal("1422384"), "instant", date(2006, 12, 31)),
        (Decimal("1399673"), "instant", date(2006, 9, 30)),
        (Decimal("1364030"), "instant", date(2006, 6, 30)),
    ]
    # "June 30" alone on its line is a header cell's date, never a row "June" of 30
    assert not cells(doc, label="June") and not cells(doc, label="March")


def test_years_turn_where_the_months_turn():
    keys = ["June 30", "March 31", "December 31(a)", "September 30", "June 30"]
    assert years_by_turns(["2007", "2006"], keys) == [[0, 1], [2, 3, 4]]
    assert years_by_turns(["2006", "2007"], ["September 30", "December 31", "March 31", "June 30"]) == [[0, 1], [2, 3]]
    # turns that do not give one run per year: no column is dated
    assert years_by_turns(["2007", "2006"], ["June 30", "March 31"]) is None
    # not years over month-day cells: another rule decides
    assert years_by_turns(["Three Months Ended", "Six Months Ended"], keys) is False


def test_a_pipe_glued_before_a_figure_is_no_unexplained_token(tmp_path):
    from prxbrl.api import convert

    src = tmp_path / "release.txt"
    src.write_text("\n".join(INCOME) + "\n", encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    report = (tmp_path / "out" / "report.json").read_text(encoding="utf-8")
    assert '"unexplained"' not in report  # "|(91" is the token "(91" of a cell


def test_underlines_of_a_collapsed_fixed_width_exhibit_are_no_words():
    """W. R. Berkley's Q4 2006 EX-99.2 (plain text, its whitespace collapsed to one line): the underlines
    ("-----------", "==========") between rows are neither labels nor headers."""
    from prxbrl.tables.run_on import several_rows

    with open(ROOT / "tests" / "fixtures" / "berkley-q4-2006-ex992.txt", encoding="utf-8") as f:
        line = f.read().splitlines()[1]
    rows = several_rows(line, 2)
    assert [r.label for r in rows[:3]] == ["Fourth Quarter Full Year", "2006 2005 2006 2005", "Revenues:"]
    earned = next(r for r in rows if r.label.endswith("Premiums earned"))
    assert earned.label == "Premiums earned"
    assert [f.text for f in earned.figures] == ["1,165,708", "1,197,915", "4,692,622", "4,460,935"]


def test_fully_diluted_weighted_average_shares_are_the_diluted_shares(tmp_path):
    """"Fully diluted" under "Weighted average shares outstanding:" (the statement's lines 161-181) is the old name of
    diluted: us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding (it was ProFormaWeightedAverageSharesOutstandingDiluted,
    a business combination's pro forma figure)."""
    import csv

    from prxbrl.api import convert

    with open(_SOURCE, encoding="utf-8") as f:
        text = f.read().splitlines()
    shares = text[160:181]
    assert shares[0] == "Weighted average shares outstanding:" and shares[12] == "Fully diluted"
    src = tmp_path / "release.txt"
    src.write_text("\n".join(INCOME + shares) + "\n", encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    got = {(r["concept"], r["period_start"], r["value"]) for r in rows if r["label"] == "Fully diluted"}
    assert got == {("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", s, v) for s, v in
                   (("2007-04-01", "11574000"), ("2006-04-01", "11727000"), ("2007-01-01", "11574000"), ("2006-01-01", "11716000"))}
