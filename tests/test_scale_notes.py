"""A scale note above a run of tables applies to the tables after it (``tables/scales.py``).

Peoples Financial Corporation's Q1 2025 release (a newswire copy of the 8-K exhibit, one cell per line) prints
"(In thousands, except per share figures) (Unaudited)" once, above its earnings summary, and then, with only their
headings between them, its allowance for credit losses, performance ratios, balance sheet summary and period-end
data. Those tables state no scale of their own: their money was taken as printed, so "Total assets 866,613" was
$866,613 (the release says "$867 million in total assets") and "Recoveries 40" $40."""

import csv
from pathlib import Path

from prxbrl.pipeline import convert

FIXTURE = Path(__file__).parent / "fixtures" / "pfbx-q1-2025-tables.md"  # lines 1-5 and 41-220 of the release


def _facts(src: Path, out: Path) -> dict:
    convert(src, out, formats=["xml", "csv"], validate=False)
    rows = csv.DictReader(next(out.glob("*-facts-plain.csv")).open(encoding="utf-8"))
    return {(r["concept"], r["period_end"]): r["value"] for r in rows if not any(v for k, v in r.items() if k.endswith("Axis"))}


def test_the_note_above_the_first_table_scales_the_tables_after_it(tmp_path):
    facts = _facts(FIXTURE, tmp_path / "out")
    assert facts[("us-gaap:NetIncomeLoss", "2025-03-31")] == "1310000"  # the table under the note
    assert facts[("us-gaap:Assets", "2025-03-31")] == "866613000"
    assert facts[("us-gaap:Deposits", "2024-03-31")] == "811499000"
    assert facts[("us-gaap:AllowanceForLoanAndLeaseLossRecoveryOfBadDebts", "2025-03-31")] == "40000"
    # share counts are not said to be in thousands ("Weighted average shares 4,617,466"), nor per-share figures
    # (the weighted average is a flow under the summary's "March 31,": no fact, test_unseen15_mapping)
    assert "4617466000" not in facts.values()
    assert facts[("prx:StockholdersEquityPerShare", "2025-03-31")] == "20.46"


def test_prose_between_the_tables_ends_the_notes_reach(tmp_path):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    at = lines.index("BALANCE SHEET SUMMARY")
    prose = ("The Company's capital ratios continue to exceed all regulatory requirements for well-capitalized "
             "institutions, as shown in the balance sheet summary below.")
    src = tmp_path / "prose.md"
    src.write_text("\n".join(lines[:at] + ["", prose, ""] + lines[at:]) + "\n", encoding="utf-8")
    facts = _facts(src, tmp_path / "out")
    assert facts[("us-gaap:AllowanceForLoanAndLeaseLossRecoveryOfBadDebts", "2025-03-31")] == "40000"
    assert facts.get(("us-gaap:Assets", "2025-03-31")) != "866613000"  # no note stands over it: not scaled by it


def test_an_amount_in_words_is_no_scale_note():
    """Yelp Q2 2026: "Net Revenue increased by 1% year over year to $376 million" printed just above a statement
    "(In thousands, except per share data)" had made its figures millions (cost of revenue $41.8 billion)."""
    from prxbrl.tables.interpret import _scale_of

    assert _scale_of(["Net Revenue increased by 1% year over year to $376 million", "(In thousands, except per share data)"]) == 3
    assert _scale_of(["Net Income decreased from the prior year to $32 million, reflecting an 8% margin"]) is None
    assert _scale_of(["(Dollars in millions, except per share amounts)"]) == 6
