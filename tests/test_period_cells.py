"""A header read a cell per line whose first group's period phrase is glued to the table's title ("Earnings
SummaryThree Months Ended December 31,") and whose second is broken over two lines ("Year Ended" / "December 31,"):
the title is split off, the broken phrase joined, each phrase heads two of the four year columns
(``tables.period_cells``).

Source: Peoples Financial Corporation Q4 2024 earnings release (benchmarks/unseen/pfbx-q4-2024.md, lines 37-139),
as printed: newswire markdown, one cell per line, a blank line after each."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from prxbrl.extract import extract_file
from prxbrl.models import Span
from prxbrl.tables.period_cells import pair_broken
from prxbrl.tables.text_cells import Piece

LINES = [
    "PEOPLES FINANCIAL CORPORATION",
    "(In thousands, except per share figures) (Unaudited)",
    "Earnings SummaryThree Months Ended December 31,",
    "Year Ended",
    "December 31,",
    "2024", "2023", "2024", "2023",
    "Net interest income", "$", "5,576", "$", "5,873", "$", "23,451", "$", "26,474",
    "Provision for credit losses", "(114)", "3", "(162)", "(272)",
    "Non-interest income", "1,760", "1,639", "7,014", "6,894",
    "Non-interest expense", "5,550", "5,250", "22,247", "22,353",
    "Income tax expense (benefit)", "372", "536", "(13,323)", "922",
]


def _table(tmp_path: Path, lines: list[str]):
    src = tmp_path / "release.md"
    src.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return next(t for t in extract_file(src).tables if t.columns)


def test_glued_title_and_broken_phrase_head_their_own_columns(tmp_path):
    t = _table(tmp_path, LINES)
    assert t.title == "Earnings Summary"
    spans = [(c.period.start, c.period.end) for c in t.columns]
    assert spans == [
        (date(2024, 10, 1), date(2024, 12, 31)),
        (date(2023, 10, 1), date(2023, 12, 31)),
        (date(2024, 1, 1), date(2024, 12, 31)),
        (date(2023, 1, 1), date(2023, 12, 31)),
    ]
    assert all(c.scale == 3 for c in t.columns)
    nii = next(r for r in t.rows if r.label == "Net interest income")
    assert [c.value for c in nii.cells] == [Decimal("5576"), Decimal("5873"), Decimal("23451"), Decimal("26474")]
    tax = next(r for r in t.rows if r.label.startswith("Income tax"))
    assert tax.cells[2].value == Decimal("-13323") and tax.cells[2].period.start == date(2024, 1, 1)


def test_the_date_line_of_a_broken_phrase_is_header(tmp_path):
    """"December 31," on its own line, read with "Year Ended" above it as one phrase (the phrase's span on the first
    line): its "31" is header text, not a token left unexplained."""
    src = tmp_path / "release.md"
    src.write_text("\n\n".join(LINES) + "\n", encoding="utf-8")
    doc = extract_file(src)
    date_line = 2 * LINES.index("December 31,") + 1
    assert [t.reason for t in doc.tokens if t.span.line == date_line] == ["header"]
    assert not [t for t in doc.tokens if t.reason == "unexplained"]


def test_broken_phrase_alone_is_joined(tmp_path):
    # the title on a line of its own: only the broken "Year Ended" / "December 31," is mended
    lines = LINES[:2] + ["Earnings Summary", "Three Months Ended December 31,"] + LINES[3:]
    t = _table(tmp_path, lines)
    assert [c.header for c in t.columns] == [
        "Three Months Ended December 31, 2024", "Three Months Ended December 31, 2023",
        "Year Ended December 31, 2024", "Year Ended December 31, 2023"]


def _p(text: str, line: int) -> Piece:
    return Piece(text, Span(line=line, start=0, end=len(text)))


def test_pairs_only_when_every_length_finds_its_date():
    run = [_p("Three Months Ended December 31,", 41), _p("Year Ended", 43), _p("December 31,", 45)]
    assert [p.text for p in pair_broken(run)] == ["Three Months Ended December 31,", "Year Ended December 31,"]
    # two cells each wrapped, printed a line of the header row at a time: not paired here (read down elsewhere)
    down = [_p("Three Months Ended", 1), _p("Year Ended", 2), _p("December 31,", 3), _p("December 31,", 4)]
    assert pair_broken(down) is down


def test_glued_title_alone_is_split(tmp_path):
    # the second phrase on one line: only the title glued to the first is mended
    lines = LINES[:3] + ["Year Ended December 31,"] + LINES[5:]
    t = _table(tmp_path, lines)
    assert t.title == "Earnings Summary"
    assert [c.header for c in t.columns] == [
        "Three Months Ended December 31, 2024", "Three Months Ended December 31, 2023",
        "Year Ended December 31, 2024", "Year Ended December 31, 2023"]


def test_no_glue_where_the_phrase_reads_whole():
    from prxbrl.tables.period_cells import unglued
    from prxbrl.tables.text_detect import Line

    line = "Earnings Summary Three Months Ended December 31,"
    assert unglued(Line(1, line, "text", label=line, label_span=(0, len(line)))) is None
