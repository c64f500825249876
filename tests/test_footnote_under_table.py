"""A footnote line under a table is no prose ending the reach of the scale note above a run of tables; where the note's
table yields no figures, whole figures in the thousands under no note are excluded, not written as units.

From PFBX Q4 2024 (tests/fixtures/pfbx-q4-2024.md): line 39 "(In thousands, except per share figures) (Unaudited)"
stands over all its tables; line 281 "*-Includes discrete item of $15,194 ..." is the footnote of the "*" cells of the
Performance Ratios (lines 239, 251) right above the BALANCE SHEET SUMMARY (line 283, "Total assets | $ | 831,849")."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from prxbrl.pipeline import convert
from prxbrl.tables.footnote_lines import after_footnotes, footnote_of

FIXTURE = Path(__file__).parent / "fixtures" / "pfbx-q4-2024.md"
FOOTNOTE = "*-Includes discrete item of $15,194 for the reversal of valuation allowance in Q3 2024."


def _convert(src: Path, out: Path) -> tuple[dict, dict]:
    convert(src, out, formats=["xml", "csv"], validate=False)
    rows = csv.DictReader(next(out.glob("*-facts-plain.csv")).open(encoding="utf-8"))
    facts = {(r["concept"], r["period_end"]): r["value"] for r in rows}
    return facts, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_a_footnote_line_under_the_table_above_keeps_the_note_in_reach(tmp_path):
    facts, _ = _convert(FIXTURE, tmp_path / "out")
    assert facts[("us-gaap:Assets", "2024-12-31")] == "831849000"  # line 295, "$ 831,849" in thousands
    assert facts[("us-gaap:Assets", "2023-12-31")] == "797738000"
    assert facts[("us-gaap:Deposits", "2024-12-31")] == "720730000"  # prose: "total deposits ... to $720,730,000"
    assert facts[("us-gaap:StockholdersEquity", "2024-12-31")] == "90001000"
    assert facts[("us-gaap:FinancingReceivableExcludingAccruedInterestNonaccrual", "2024-12-31")] == "418000"  # t05, line 377
    assert "831849" not in facts.values()


def test_without_a_readable_scaled_table_unscaled_thousands_are_excluded(tmp_path):
    # the footnote turned into prose: the note no longer reaches the balance sheet; its whole figures look like those
    # of the earnings summary under the note, so the money is excluded, and so is that of the period-end table printed
    # right under it ("Nonaccrual loans $ 418", too small to look scaled by itself): the run shares that doubt
    # (the release's sentences, "total deposits increased by $32,240,000 to $720,730,000", "$832 million", would prove
    # the thousands by themselves, ``tables.prose_scale``: their amounts are taken out too, so nothing says the scale)
    src = tmp_path / "prose.md"
    text = FIXTURE.read_text(encoding="utf-8")
    assert FOOTNOTE in text and "$720,730,000" in text
    text = text.replace(FOOTNOTE, "The bank reported strong results for the year.")
    text = "\n".join(line if line.lstrip().startswith("|") else re.sub(r"\$\s?[\d,.]+(?:\s+(?:million|billion))?", "an amount", line)
                     for line in text.split("\n"))
    src.write_text(text, encoding="utf-8")
    facts, report = _convert(src, tmp_path / "out")
    assert ("us-gaap:Assets", "2024-12-31") not in facts
    assert "831849" not in facts.values() and "418" not in facts.values()
    cell = next(c for c in report["cells"] if c["line"] == 295 and c["raw"] == "831,849")
    assert (cell["status"], cell["reason"]) == ("excluded", "scale_undetermined")


def test_footnote_lines():
    ratios = ["Return on average assets", "*", "2.65", "%"]
    assert footnote_of(FOOTNOTE, ratios)
    assert not footnote_of(FOOTNOTE, ["**Total assets**", "831,849"])  # asterisks of bold type are no marker
    assert footnote_of("(1) Excludes the gain on sale.", ["Net income (1)", "1,310"])
    assert not footnote_of("(1) Excludes the gain on sale.", ["Net income", "1,310"])  # a marker the table lacks
    assert not footnote_of("The Company's capital ratios exceed all requirements.", ratios)
    gap = ["", FOOTNOTE, "", "The bank reported strong results."]
    assert after_footnotes(gap, ratios) == ["The bank reported strong results."]


def test_the_sentences_prove_the_thousands_where_no_note_reaches(tmp_path):
    # the same release, its footnote turned into prose: the balance sheet summary states no scale and no note reaches
    # it, but the sentence "total deposits increased by $32,240,000 to $720,730,000 at December 31, 2024" prints its
    # "Total deposits | 720,730": thousands (``tables.prose_scale``)
    src = tmp_path / "prose.md"
    src.write_text(FIXTURE.read_text(encoding="utf-8").replace(FOOTNOTE, "The bank reported strong results for the year."), encoding="utf-8")
    facts, _ = _convert(src, tmp_path / "out")
    assert facts[("us-gaap:Assets", "2024-12-31")] == "831849000"
    assert facts[("us-gaap:Deposits", "2024-12-31")] == "720730000"
