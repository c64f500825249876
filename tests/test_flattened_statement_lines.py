"""Statements flattened onto one line each (NewMediaWire copies whose tables lost their breaks), from the unseen20
releases: Nephros Q4 2024 (fixtures/nephros-q4-2024.md, balance sheet on line 95, statement of operations on line 97)
and GeoVax 2024 (fixtures/geovax-fy2024.md, statement of operations on line 96). Provenance in each fixture's first
line."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import prxbrl
from prxbrl.tables.run_on import run_on_records
from prxbrl.tables.run_on_words import split_run_word

FIXTURES = Path(__file__).parent / "fixtures"
NEPHROS = FIXTURES / "nephros-q4-2024.md"

Q4_24, Q4_23, FY24, FY23 = ("2024-10-01", "2024-12-31"), ("2023-10-01", "2023-12-31"), ("2024-01-01", "2024-12-31"), (
    "2023-01-01", "2023-12-31")


@pytest.fixture(scope="module")
def nephros(tmp_path_factory):
    out = tmp_path_factory.mktemp("nephros")
    res = prxbrl.convert(NEPHROS, out, validate=False)
    facts: dict[tuple, Decimal] = {}
    for f in res.facts:
        if f.concept.startswith("dei:") or f.dimensions:
            continue
        when = (str(f.period_start), str(f.period_end)) if f.period_start else str(f.period_end)
        facts[(f.concept.split(":")[1], when)] = f.value
    cells = json.loads((out / "report.json").read_text())["cells"]
    return facts, cells


def _line(no: int) -> str:
    return NEPHROS.read_text(encoding="utf-8").split("\n")[no - 1]


def test_dates_in_the_stock_rows_descriptions_head_no_columns(nephros):
    """Line 95: "Preferred stock, $.001 par value; 5,000,000 shares authorized at December 31, 2024 and 2023; no shares
    issued and outstanding at December 31, 2024 and 2023 - -Common stock, $.001 par value; 40,000,000 shares authorized
    at December 31, 2024 and 2023; 10,544,691 and 10,543,675 shares issued and outstanding at December 31, 2024 and
    2023, respectively 11 10Additional paid-in capital ...". The dates the descriptions name ("at December 31, 2024 and
    2023", also after "; no shares issued and outstanding") were read as column headers, and every row after them
    (paid-in capital, deficit, equity, the balance sheet's total) was excluded as columns undistinguished."""
    facts, _ = nephros
    assert facts[("StockholdersEquity", "2024-12-31")] == Decimal("8585000")
    assert facts[("StockholdersEquity", "2023-12-31")] == Decimal("8358000")
    assert facts[("AdditionalPaidInCapital", "2024-12-31")] == Decimal("152906000")
    assert facts[("RetainedEarningsAccumulatedDeficit", "2023-12-31")] == Decimal("-144406000")
    assert facts[("LiabilitiesAndStockholdersEquity", "2024-12-31")] == Decimal("11210000")
    # the common stock's row keeps its whole description as its label; the preferred stock's nil row gives nothing
    assert facts[("CommonStockValue", "2024-12-31")] == Decimal("11000")
    assert facts[("CommonStockValue", "2023-12-31")] == Decimal("10000")
    assert not any(c.startswith("PreferredStock") for c, _ in facts)
    rows = {r.label: [f.text for f in r.figures or []] for r in run_on_records(_line(95), 95) if r.kind == "data"}
    stock = next(label for label in rows if label.startswith("Common stock"))
    assert stock.endswith("at December 31, 2024 and 2023, respectively") and rows[stock] == ["11", "10"]


def test_figures_glued_by_their_parentheses_are_taken_apart(nephros):
    """Line 97: "Operating income (loss)  317(649)6(1,593)Other (expense) income:" and "Income (loss) before income taxes
    364(654)89(1,575)Income tax expense (15) - (15) -". The parentheses prove every boundary and each run gives the
    four figures of the statement's columns: operating income, pre-tax income and the tax row whose label the glued
    run had run into (both excluded before, the first as a header, the second as run together)."""
    facts, _ = nephros
    assert [facts[("OperatingIncomeLoss", p)] for p in (Q4_24, Q4_23, FY24, FY23)] == [
        Decimal("317000"), Decimal("-649000"), Decimal("6000"), Decimal("-1593000")]
    pretax = "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"
    assert [facts[(pretax, p)] for p in (Q4_24, Q4_23, FY24, FY23)] == [
        Decimal("364000"), Decimal("-654000"), Decimal("89000"), Decimal("-1575000")]
    assert facts[("IncomeTaxExpenseBenefit", Q4_24)] == Decimal("15000")
    assert facts[("IncomeTaxExpenseBenefit", FY24)] == Decimal("15000")

    def parts(word, after=False):
        return [(word[a:b], fig, glued, split) for a, b, fig, glued, split in split_run_word(word, after)]

    assert parts("317(649)6(1,593)Other") == [("317", True, False, True), ("(649)", True, False, True),
                                             ("6", True, False, True), ("(1,593)", True, False, True),
                                             ("Other", False, False, False)]
    # a lone figure run into a word may be a footnote mark; nothing proves the boundaries of "28289464"
    assert parts("2Comprehensive") == [("2Comprehensive", False, False, False)]
    assert not any(split for _, _, _, split in parts("28289464Other"))
    # "Interest income 28289464Other (expense) net  19   (32)(10)(44)Total other expense:": 28 28 94 64 cannot be told
    # from the characters, so neither that row nor the row whose label it ran into gives a fact
    facts, cells = nephros
    got = {c["raw"]: c["reason"] for c in cells if c["line"] == 97}
    assert got["28289464Other"] == "run_together" and got["(32)(10)(44)Total"] == "run_together"
    assert not any(c.startswith("InvestmentIncomeInterest") or c == "InterestIncomeOperating" for c, _ in facts)


def test_a_total_ending_in_a_colon_with_a_figure_for_each_column_is_a_row(nephros):
    """"Total other expense:  47  (5)  83  18Income (loss) before income taxes": small figures after a colon were read
    as a heading's footnote marks; four figures in a table of four columns are the row's."""
    facts, cells = nephros
    assert [facts[("NonoperatingIncomeExpense", p)] for p in (Q4_24, Q4_23, FY24, FY23)] == [
        Decimal("47000"), Decimal("-5000"), Decimal("83000"), Decimal("18000")]
    assert not any(c["reason"] in ("heading", "footnote_marker") for c in cells if c["line"] == 97)


GEOVAX = FIXTURES / "geovax-fy2024.md"


def _revenue_facts(text: str, out: Path) -> dict[str, Decimal]:
    res = prxbrl.convert(text, out, validate=False, name="geovax-fy2024")
    return {f"{f.concept} {f.period_end}": f.value for f in res.facts if "Revenue" in f.concept and not f.dimensions}


def test_a_statements_only_revenue_line_is_its_revenue(tmp_path):
    """Line 96: "Revenue from government contract $ 3,955 $ - Operating expenses: Research and development 23,714 20,721
    General and administrative 5,385 6,022 29,099 26,743Loss from operations (25,144) (26,743)". No filer's label is
    close enough for the index (the row was govx:RevenueFromGovernmentContract), but 3,955 - 29,099 = -25,144: the one
    amount the statement adds into its operating loss, the rest deducted, under a label naming revenue."""
    text = GEOVAX.read_text(encoding="utf-8")
    facts = _revenue_facts(text, tmp_path / "a")
    assert facts == {"us-gaap:Revenues 2024-12-31": Decimal("3955000"), "us-gaap:Revenues 2023-12-31": Decimal("0")}
    # where the statement prints another amount it adds beside it, which may be revenue too, the row stays the
    # company's own ("Grant income" added; the operating loss still adds up)
    line = text.split("\n")[95]
    other = line.replace("$  -   Operating expenses:", "$  -  Grant income 100 100 Operating expenses:").replace(
        "(25,144)          (26,743)", "(25,044)          (26,643)")
    assert other.count("Grant income") == 1 and "(25,044)" in other
    facts = _revenue_facts(text.replace(line, other), tmp_path / "b")
    assert "us-gaap:Revenues 2024-12-31" not in facts
    # nor where the operating loss does not add up from it (the sum proves nothing)
    broken = line.replace("(25,144)          (26,743)", "(25,244)          (26,843)")
    facts = _revenue_facts(text.replace(line, broken), tmp_path / "c")
    assert "us-gaap:Revenues 2024-12-31" not in facts
