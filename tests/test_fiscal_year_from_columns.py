"""The fiscal year a release never states, from the columns it prints, and a header that names too few columns to
place them by order. Computer Modelling Group's third quarter of fiscal 2025 (fixtures/cmg-q3-fy2025-free-cash-flow.md,
the release's own lines): its statement of operations prints "Three months ended December 31" and "Nine months ended
December 31" (no year-long column), and its free cash flow table heads eight quarters with
"|  | Fiscal 2023 |  | Fiscal 2024 | | | | | | |  | Fiscal 2025 | | | | |  |" over
"| ($ thousands, unless otherwise stated) | Q4 |  | Q1 |  | Q2 | ...": each quarter under the fiscal year it belongs to."""

from pathlib import Path

from prxbrl.extract import extract_file

from conftest import plain_facts

FIXTURE = Path(__file__).parent / "fixtures" / "cmg-q3-fy2025-free-cash-flow.md"


def test_nine_months_to_date_start_the_fiscal_year():
    """Nine months ended December 31 begin April 1: the year ends March 31 (as the cover's
    dei:CurrentFiscalYearEndDate already said), and fiscal labels are read on that calendar."""
    doc = extract_file(FIXTURE)
    assert (doc.fiscal_calendar.year_end_month, doc.fiscal_calendar.year_end_day) == (3, 31)


def _table_facts(tmp_path, fixture=FIXTURE):
    facts = plain_facts(fixture, tmp_path / "out")
    lines = fixture.read_text(encoding="utf-8").splitlines()
    first = 1 + next(i for i, t in enumerate(lines) if t.startswith("| Funds flow from operations | 7,656"))
    return [r for r in facts if r["source_line"] and first <= int(r["source_line"]) < first + 7]


def test_three_fiscal_years_over_eight_quarters(tmp_path):
    """Read by order, "Fiscal 2023 / 2024 / 2025" had stood over the first three of eight figures: "Funds flow from
    operations | 7,656 | | 7,920 | | 11,491 |" became the fiscal years 2023, 2024 and 2025 (the last a forecast), while
    they are the fourth quarter of 2023 and the first two of 2024. Each year stands over its cell and the empty cells
    after it, and the quarters start over with each year ("Q4 | Q1 Q2 Q3 Q4 | Q1 Q2 Q3"): every column is that quarter of
    that fiscal year, on the calendar the nine months to December 31 give (years ending March 31). The table's bare "$"
    is the release's Canadian dollar, as its statements name it ("(thousands of Canadian $)")."""
    facts = {(r["concept"].split(":")[1], r["period_start"], r["period_end"]): r for r in _table_facts(tmp_path)}
    assert len(facts) == 7 * 8
    ffo = facts[("FundsFlowFromOperations", "2023-01-01", "2023-03-31")]  # Q4 fiscal 2023
    assert (ffo["value"], ffo["unit"]) == ("7656000", "iso4217:CAD")
    assert facts[("FundsFlowFromOperations", "2023-04-01", "2023-06-30")]["value"] == "7920000"  # Q1 fiscal 2024
    assert facts[("FundsFlowFromOperations", "2024-01-01", "2024-03-31")]["value"] == "10367000"  # Q4 fiscal 2024
    assert facts[("FundsFlowFromOperations", "2024-10-01", "2024-12-31")]["value"] == "9937000"  # Q3 fiscal 2025
    shares = facts[("WeightedAverageNumberOfSharesOutstandingBasic", "2024-10-01", "2024-12-31")]
    assert (shares["value"], shares["unit"]) == ("82753000", "xbrli:shares")
    per_share = facts[("FundsFlowFromOperationsPerShareBasic", "2023-01-01", "2023-03-31")]
    assert (per_share["value"], per_share["unit"]) == ("0.09", "iso4217:CAD/xbrli:shares")
    assert facts[("FreeCashFlowPerShareBasic", "2024-10-01", "2024-12-31")]["value"] == "0.11"


def _variant(tmp_path, old: str, new: str) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    assert old in text
    out = tmp_path / "variant.md"
    out.write_text(text.replace(old, new), encoding="utf-8")
    return out


YEARS = "|  | Fiscal 2023 |  | Fiscal 2024 | | | | | | |  | Fiscal 2025 | | | | |  |"


def test_years_whose_cells_contradict_the_quarters_place_no_column(tmp_path):
    """The same lines with "Fiscal 2025" printed one cell left, over the fourth quarter of fiscal 2024: the cells put
    that Q4 in fiscal 2025, the quarters' order in 2024; which is meant is not known, and no figure is a fact."""
    shifted = _variant(tmp_path, YEARS, "|  | Fiscal 2023 |  | Fiscal 2024 | | | | | Fiscal 2025 |  |  | | | | |  |")
    assert _table_facts(tmp_path, shifted) == []


def test_calendar_years_over_quarters_of_a_march_year_place_no_column(tmp_path):
    """"2023 | 2024 | 2025" over the quarters of a company whose fiscal year ends March 31: "2024 Q1" may be January to
    March (the calendar's) or April to June 2023 (the fiscal year's); no figure is a fact."""
    bare = _variant(tmp_path, YEARS, "|  | 2023 |  | 2024 | | | | | | |  | 2025 | | | | |  |")
    assert _table_facts(tmp_path, bare) == []


def test_an_html_grid_that_lost_the_year_spans(tmp_path):
    """The release's lines as an HTML grid that kept no colspan: "Fiscal 2024" in one cell and four empty cells
    after it, over "Q1 | Q2 | Q3 | Q4" one per column. Read by position it had stood over its first quarter only;
    it stands over every column up to "Fiscal 2025", as the quarters starting over say."""
    import html
    import re

    rows, out = [], ["<html><body>"]
    for line in FIXTURE.read_text(encoding="utf-8").splitlines() + [""]:
        if re.match(r"^\|\s*---", line):
            continue  # the rule under a markdown header row
        if line.startswith("|"):
            rows.append("<tr>" + "".join(f"<td>{html.escape(c.strip())}</td>" for c in line.strip().strip("|").split("|")) + "</tr>")
            continue
        if rows:
            out.append("<table>" + "\n".join(rows) + "</table>")
            rows = []
        if line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    page = tmp_path / "cmg.html"
    page.write_text("\n".join(out + ["</body></html>"]), encoding="utf-8")
    doc = extract_file(page)
    table = next(t for t in doc.tables if any(r.label == "Funds flow from operations" for r in t.rows))
    spans = [(c.period.start.isoformat(), c.period.end.isoformat()) for c in table.columns]
    assert spans[0] == ("2023-01-01", "2023-03-31") and spans[2] == ("2023-07-01", "2023-09-30")
    assert spans[4] == ("2024-01-01", "2024-03-31") and spans[7] == ("2024-10-01", "2024-12-31")
