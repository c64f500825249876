"""Cash-flow statements of releases the converter had never seen: rows under non-cash headings and below the closing
cash balance are no cash flows of the activities, the operating activities hold no investing or financing flow, and a
one-way flow printed against its direction has no known sign. The fixtures are the statements as printed (Royalty
Management Holding Corporation, Q1 and Q2 2025 releases, NEWMEDIAWIRE; cover lines and the cash-flow statement)."""

import csv
import json
from decimal import Decimal
from pathlib import Path

from prxbrl.mapping.cash_sections import below_closing_balance, cash_flow_misfit, noncash_heading
from prxbrl.mapping.one_way_flows import one_way, one_way_against, outflow_convention
from prxbrl.mapping.signs import Sign
from prxbrl.pipeline import convert

FIXTURES = Path(__file__).parent / "fixtures"
_CASH = ("us-gaap:Proceeds", "us-gaap:Payments", "us-gaap:Repayments", "us-gaap:NetCash")


def _convert(tmp_path, fixture: str) -> tuple[list[dict], dict]:
    src = tmp_path / fixture
    src.write_text((FIXTURES / fixture).read_text(encoding="utf-8"), encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    return facts, json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))


def _by_label(facts: list[dict], label: str) -> set[tuple[str, str, str]]:
    return {(r["concept"], r["period_end"], r["value"]) for r in facts if r["label"] == label}


def test_rmco_q1_operating_add_back_and_supplemental_non_cash_row(tmp_path):
    facts, _ = _convert(tmp_path, "rmco-q1-2025-cash-flows.md")
    # "Issuance of Common Shares for Service | - | 350,000" among the adjustments to net income: shares issued for
    # services, added back; it was us-gaap:ProceedsFromIssuanceOfCommonStock (a financing inflow)
    assert _by_label(facts, "Issuance of Common Shares for Service") == {
        ("us-gaap:IssuanceOfStockAndWarrantsForServicesOrClaims", "2025-03-31", "0"),
        ("us-gaap:IssuanceOfStockAndWarrantsForServicesOrClaims", "2024-03-31", "350000")}
    # "Supplemental Information" below "Cash – Ending of Period": "Reclassification of Debt from Related to Non-Related
    # Party | - | 1,681,755" moved no cash; it was us-gaap:ProceedsFromRelatedPartyDebt
    reclassified = _by_label(facts, "Reclassification of Debt from Related to Non-Related Party")
    assert {v for _, _, v in reclassified} == {"0", "1681755"}
    assert not any(c.startswith(_CASH) for c, _, _ in reclassified)
    # the cash paid for interest and taxes below it still is
    assert {c for c, _, _ in _by_label(facts, "Cash Paid for Interest")} <= {"us-gaap:InterestPaid", "us-gaap:InterestPaidNet"}
    assert {c for c, _, _ in _by_label(facts, "Cash Paid for Interest")}
    assert {c for c, _, _ in _by_label(facts, "Cash Paid for Taxes")} <= {"us-gaap:IncomeTaxesPaid", "us-gaap:IncomeTaxesPaidNet"}
    # a repayment printed in parentheses is the repayment
    assert ("us-gaap:RepaymentsOfNotesPayable", "2024-03-31", "1681755") in _by_label(facts, "Payments on Notes Payable")


def test_rmco_q2_supplemental_shares_issued_and_a_payment_printed_as_an_inflow(tmp_path):
    facts, report = _convert(tmp_path, "rmco-q2-2025-cash-flows.md")
    # "Supplemental Information" / "Shares Issued in Purchase of Debt | - | 1,040,000": no cash came in; it was
    # us-gaap:ProceedsFromIssuanceOfLongTermDebt (and, that excluded, an employee stock purchase plan's issuance)
    issued = _by_label(facts, "Shares Issued in Purchase of Debt")
    assert {v for _, _, v in issued} == {"0", "1040000"}
    assert not any(c.startswith(_CASH) or "EmployeeStockPurchase" in c for c, _, _ in issued)
    # "Payments on Notes Payable | - | 1,652,000" where the statement prints its outflows in parentheses ("Common Shares
    # Repurchased (60,000)", "Dividends Paid to Shareholders (37,410)"; the labels of this row and the proceeds' row
    # are swapped in the release): was RepaymentsOfNotesPayable = -1,652,000; the figure's sign is not known
    payments = _by_label(facts, "Payments on Notes Payable")
    assert not any(v.lstrip("-") == "1652000" for _, _, v in payments)
    excluded = [c for c in report["cells"] if c["raw"] == "1,652,000"]
    assert excluded and all(c["reason"] == "sign_unknown" and "outflow" in c["detail"] for c in excluded)
    # the other outflows stay as they are
    assert ("us-gaap:PaymentsForRepurchaseOfCommonStock", "2025-06-30", "60000") in _by_label(facts, "Common Shares Repurchased")


def test_rows_below_the_closing_cash_balance_are_supplemental():
    # Applied Materials Q4 FY2024 cash-flow statement (corpus), its last lines
    labels = ("Cash used in financing activities", "Increase (decrease) in cash, cash equivalents and restricted cash equivalents",
              "Cash, cash equivalents and restricted cash equivalents—beginning of period",
              "Cash, cash equivalents and restricted cash equivalents — end of period", "Cash and cash equivalents",
              "Cash payments for income taxes", "Cash refunds from income taxes", "Cash payments for interest")
    assert not below_closing_balance(labels, 2) and not below_closing_balance(labels, 3)
    assert all(below_closing_balance(labels, i) for i in (4, 5, 6, 7))
    # under the heading "Supplemental cash flow information", what is paid or refunded for taxes and interest is
    # disclosed; no investing or financing flow is
    supplemental = ("Supplemental cash flow information",)
    for q in ("us-gaap:IncomeTaxesPaid", "us-gaap:ProceedsFromIncomeTaxRefunds", "us-gaap:InterestPaidNet"):
        assert cash_flow_misfit(q, "C", supplemental, labels, 6) is None
    assert cash_flow_misfit("us-gaap:ProceedsFromIssuanceOfLongTermDebt", "C", supplemental, labels, 6)
    assert cash_flow_misfit("us-gaap:NetCashProvidedByUsedInFinancingActivities", "C", supplemental, labels, 6)
    # nor a line of another statement (an equity statement's shares issued under a stock purchase plan)
    assert cash_flow_misfit("us-gaap:StockIssuedDuringPeriodValueEmployeeStockPurchasePlan", "Ec", supplemental, labels, 6)
    # above the closing balance the financing flows are the statement's own; below it, with no heading that says the
    # rows are supplemental (the reconciliation of cash), nothing is decided
    assert cash_flow_misfit("us-gaap:ProceedsFromIssuanceOfLongTermDebt", "C", (), labels, 0) is None
    assert cash_flow_misfit("us-gaap:ProceedsFromIssuanceOfLongTermDebt", "C", (), labels, 6) is None
    # a closing balance with the activities printed after it (a filer's presentation order) ends nothing
    assert not below_closing_balance(("Cash at end of period", "Net cash provided by operating activities", "Accounts payable"), 2)
    # "Cash paid at closing" or "Cash acquired at closing" is no closing balance
    assert not below_closing_balance(("Net cash used in operating activities", "Cash acquired at closing", "Other"), 2)


def test_a_heading_of_non_cash_activities_holds_no_cash_flow():
    labels = ("Net cash provided by financing activities", "Net increase in cash", "Common stock issued for conversion of notes")
    section = ("Supplemental disclosure of non-cash investing and financing activities:",)
    assert noncash_heading(section, labels, 2)
    assert cash_flow_misfit("us-gaap:ProceedsFromConvertibleDebt", "C", section, labels, 2)
    assert cash_flow_misfit("us-gaap:InterestPaidNet", "C", section, labels, 2)  # not even cash paid for interest
    assert cash_flow_misfit("us-gaap:DebtConversionConvertedInstrumentAmount1", "C", section, labels, 2) is None
    # the operating activities' "Non-cash items:" are add-backs, judged as the operating section's rows
    ops = ("Net income", "Depreciation and amortization", "Net cash provided by operating activities")
    assert noncash_heading(("Adjustments for non-cash items:",), ops, 1) is None
    assert noncash_heading(("Non-cash items:",), ops, 1) is None


def test_the_operating_activities_hold_no_investing_or_financing_flow():
    # RMCO Q1 2025: under "Cash Flows from Operating Activities:", before "Net Cash Used in Operating Activities"
    labels = ("Net (Loss) Income", "Depreciation Expense", "Issuance of Common Shares for Service", "Accounts Receivable",
              "Net Cash Used in Operating Activities", "Investments in Notes Receivable", "Net Cash Used in Investing Activities",
              "Preferred Shares Issued for Purchase of Debt", "Net Cash Provided by Financing Activities")
    operating = ("Cash Flows from Operating Activities:", "Adjustments to Reconcile Net (Loss) Income to Net Cash Used in Operations")
    assert "financing" in cash_flow_misfit("us-gaap:ProceedsFromIssuanceOfCommonStock", "Ce", operating, labels, 2)
    assert cash_flow_misfit("us-gaap:IssuanceOfStockAndWarrantsForServicesOrClaims", "C", operating, labels, 2) is None
    financing = ("Cash Flows from Financing Activities:",)
    assert cash_flow_misfit("us-gaap:ProceedsFromIssuanceOfCommonStock", "Ce", financing, labels, 7) is None
    # the headings decide: the order of the labels alone (a filer's presentation order) does not
    assert cash_flow_misfit("us-gaap:ProceedsFromIssuanceOfCommonStock", "Ce", (), labels, 2) is None
    # UnitedHealth Q4 2024: "Investing Activities" read under "Operating Activities", its operating total labelled "Cash
    # flows from operating activities": the innermost heading is the row's section
    unh = ("Cash flows from operating activities", "Purchases of property, equipment and capitalized software")
    assert cash_flow_misfit("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "C", ("Operating Activities", "Investing Activities"), unh, 1) is None


def test_one_way_flows():
    assert one_way("RepaymentsOfNotesPayable") == "outflow"
    assert one_way("FinanceLeasePrincipalPayments") == "outflow"
    assert one_way("ProceedsFromNotesPayable") == "inflow"
    assert one_way("ProceedsFromRepaymentsOfShortTermDebt") is None
    assert one_way("PaymentsForProceedsFromOtherInvestingActivities") is None
    assert one_way("InterestPaidNet") is None


def test_an_outflow_printed_against_the_statements_convention():
    d = Decimal
    # RMCO Q2 2025 financing activities: the outflows print in parentheses
    rows = [("Common Shares Repurchased", None, [d(-60000), d(-9592)]), ("Dividends Paid to Shareholders", None, [d(-37410), None]),
            ("Preferred Shares Issued for Purchase of Debt", None, [d(381243), None]),
            ("Proceeds from Notes Payable", None, [None, d(-1013658)])]
    assert outflow_convention(rows) == -1
    magnitude = Sign(magnitude=True, source="nature")
    marked = one_way_against(magnitude, "us-gaap:RepaymentsOfNotesPayable", [None, d(1652000)], -1)
    assert marked.against_printed == {1} and "parentheses" in marked.against
    # Applied Materials Q4 FY2024: "Repayments of principal on finance leases (90) 1 (102) (7)": the 1 alone
    marked = one_way_against(magnitude, "us-gaap:FinanceLeasePrincipalPayments", [d(-90), d(1), d(-102), d(-7)], -1)
    assert marked.against_printed == {1}
    # printed in parentheses it is the outflow; a statement printing its outflows unsigned ("Purchase of property and
    # equipment 621") says nothing against a payment printed plain
    assert one_way_against(magnitude, "us-gaap:RepaymentsOfNotesPayable", [d(-1681755)], -1) is magnitude
    assert outflow_convention([("Purchase of property and equipment", None, [d(621), d(274)])]) == 1
    assert one_way_against(magnitude, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", [d(621), d(274)], 1) is magnitude
    # the sum the row is added into negated it: a repayment of -1,652,000 is no repayment, whatever the convention
    negated = Sign(negate=True, source="structure")
    assert one_way_against(negated, "us-gaap:RepaymentsOfNotesPayable", [None, d(1652000)], None).against_printed == {1}
    # a flow either way takes either sign
    assert one_way_against(negated, "us-gaap:ProceedsFromRepaymentsOfShortTermDebt", [d(100)], -1) is negated
