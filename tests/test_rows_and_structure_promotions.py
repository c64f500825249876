"""Two rows of one table are never one fact of other figures, and the statement's sums do not turn a line item into
a residual "Other..." element its label does not name.

NVIDIA Q1 FY2023 (../shared/corpus/nvidia-q1-fy2023.txt, its cash flows' financing activities, as printed):

    Payments related to tax on restricted stock units (532) (477)
    ...
    Other - (2)
    Net cash used in financing activities (2,446) (471)

The index had read the first as the other financing flows (filers' "tax payments related to restricted stock
issuance"), the concept "Other" among the financing activities is (taxonomy/mapping.toml): written first, the
index's row kept it and the two rows' figures were left out as two prints of one fact that disagree. Now an
override whose concept a row already written took yields (the index's next choice, or the company's own), and the
first row is the tax withheld on share-based awards (taxonomy/mapping.toml), a payment: 532, 477.

Eversource Energy Q4 2018 (benchmarks/unseen/eversource-q4-2018-ex992.txt, cells on lines of their own):

    Operations and Maintenance
    364,333
    ...
    Total Operating Expenses

The index's reading is us-gaap:UtilitiesOperatingExpenseMaintenanceAndOperations; US GAAP's calculations place it
under no total, and the runner-up OtherCostAndExpenseOperating, which they sum into operating expenses, is a
residual "other" line the label does not name: the structure is no reason to take it."""

from pathlib import Path

from conftest import CORPUS, ROOT, at_line, facts_and_report, need_shared


def _line(path: Path, text: str) -> int:
    return next(i for i, x in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if x.startswith(text))


def test_other_financing_row_does_not_take_the_concept_of_a_row_already_written(tmp_path):
    src = need_shared(CORPUS / "nvidia-q1-fy2023.txt")
    facts, report = facts_and_report(src, tmp_path / "out")
    tax, other = _line(src, "Payments related to tax on restricted stock units"), _line(src, "Other - (2)")
    assert not [f for f in report["findings"] if f["code"] == "source.figuresDisagree"]
    tax_facts, other_facts = at_line(facts, tax), at_line(facts, other)
    assert {(r["concept"], r["value"]) for r in tax_facts} == {
        ("us-gaap:PaymentsRelatedToTaxWithholdingForShareBasedCompensation", "532000000"),
        ("us-gaap:PaymentsRelatedToTaxWithholdingForShareBasedCompensation", "477000000")}
    assert {(r["concept"], r["value"]) for r in other_facts} == {
        ("us-gaap:ProceedsFromPaymentsForOtherFinancingActivities", "0"),
        ("us-gaap:ProceedsFromPaymentsForOtherFinancingActivities", "-2000000")}
    assert {r["concept"] for r in tax_facts}.isdisjoint({r["concept"] for r in other_facts})
    excluded = [c for c in report["cells"] if c["line"] in (tax, other) and c["status"] != "fact"]
    assert not excluded


def test_structure_does_not_promote_a_residual_other_element_the_label_does_not_name(tmp_path):
    src = ROOT / "benchmarks" / "unseen" / "eversource-q4-2018-ex992.txt"
    facts, _ = facts_and_report(src, tmp_path / "out")
    om = [r for r in facts if r["label"] == "Operations and Maintenance" and not r.get("StatementBusinessSegmentsAxis")]
    assert om
    assert {r["concept"] for r in om} == {"us-gaap:UtilitiesOperatingExpenseMaintenanceAndOperations"}
    assert ("2018-10-01", "2018-12-31", "364333000") in {(r["period_start"], r["period_end"], r["value"]) for r in om}
