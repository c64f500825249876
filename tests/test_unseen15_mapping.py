"""Wrong facts from mapping found on releases the converter had never seen (the unseen15 triage: Foresight Autonomous
Holdings FY2023, Peoples Financial Corporation Q1 2025): each test holds the real lines it was found on.
Sources: fixtures/foresight-fy2023.md is the whole release as stored in the public
repository Newsworthyai/press-release-archive (newsdirect/2024/0327/foresight-announces-fourth-quarter-and-full-year-
2023-financial-results.md, commit 3a4296c9); fixtures/pfbx-q1-2025-tables.md is lines 1-5 and 41-220 of Peoples
Financial's release from the same archive (newsdirect/2025/0423/...)."""

import json

from prxbrl.mapping.choose import Context, choose
from prxbrl.pipeline import convert
from prxbrl.tables.titles import pick_title

from test_unseen10_mapping import FIXTURES, _facts  # convert a fixture, its facts-plain rows


class _Raw:
    caption = None


def test_a_title_wrapped_over_two_lines_is_read_whole(tmp_path):
    """Foresight FY2023 printed its income statement's title over two lines, "INTERIM CONDENSED CONSOLIDATED
    STATEMENTS OF COMPREHENSIVE" / "LOSS": read as "LOSS", the table was no statement (a summary) and the row just
    above "Net loss", "Financing income (expenses), net / -2,119 / -4,221 / -255 / 718", became us-gaap:NetIncomeLoss
    with a srt:ProductOrServiceAxis member (4 wrong facts). Read whole, the title names an income statement."""
    titles = ["FORESIGHT AUTONOMOUS HOLDINGS LTD.", "INTERIM CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE", "LOSS"]
    assert pick_title(titles, None, True, _Raw()) == "INTERIM CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE LOSS"
    # a closed line above stays apart: the company's name, a title of another case
    assert pick_title(["ACME CORP.", "BALANCE SHEETS"], None, True, _Raw()) == "BALANCE SHEETS"
    assert pick_title(["Consolidated Statements of", "Operations"], None, True, _Raw()) == "Consolidated Statements of Operations"
    assert pick_title(["Selected data", "ASSETS"], None, True, _Raw()) == "ASSETS"
    facts = _facts(tmp_path, "foresight-fy2023.md")
    assert not [r for r in facts if r.get("srt:ProductOrServiceAxis")]
    financing = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["label"] == "Financing income (expenses), net"}
    assert financing and all(c not in ("us-gaap:NetIncomeLoss", "us-gaap:NetCashProvidedByUsedInFinancingActivities") for c, _, _ in financing)
    assert {(s, v) for _, s, v in financing} == {("2023-01-01", "-2119000"), ("2022-01-01", "-4221000"),
                                                 ("2023-10-01", "-255000"), ("2022-10-01", "718000")}
    # read as an income statement, its R&D line ("-11,587", printed negative like the lines after it) is the expense
    rd = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["label"] == "Research and development expenses"}
    assert ("us-gaap:ResearchAndDevelopmentExpense", "2023-01-01", "11587000") in rd


def test_an_income_line_is_no_activitys_net_cash():
    """"Financing income (expenses), net", found through filers' "net financing", is no
    us-gaap:NetCashProvidedByUsedInFinancingActivities outside a cash-flow statement."""
    ctx = Context(statement="I", period="d", unit="money")
    assert choose("Financing income (expenses), net", ctx).qname != "us-gaap:NetCashProvidedByUsedInFinancingActivities"


def test_equity_securities_are_no_equity_method_investment(tmp_path):
    """Foresight FY2023 balance sheet: "Investment in equity securities / - / 2,804" (its Rail Vision holding, at fair
    value) had been us-gaap:EquityMethodInvestments: an investment the label calls securities is no equity-method
    investment ([elements] needs_words); no runner-up filers print the label for stands in, so the line item is the
    company's own. Labels filers print for equity-method investments stay theirs, "Equity investments" and
    "Investments in partially owned entities" too."""
    facts = _facts(tmp_path, "foresight-fy2023.md")
    held = {(r["concept"], r["period_end"], r["value"]) for r in facts if r["label"] == "Investment in equity securities"}
    balance = {(c, v) for c, e, v in held if e == "2022-12-31" and v == "2804000"}
    assert balance and not any("EquityMethod" in c or "Affiliates" in c for c, _ in balance)
    ctx = Context(statement="B", period="i", unit="money", section=("Non-current assets:",))
    for label in ("Investments in unconsolidated joint ventures", "Investments in affiliates", "Equity method investments",
                  "Investments in equity companies", "Equity investments", "Investments in partially owned entities"):
        assert choose(label, ctx).qname in ("us-gaap:EquityMethodInvestments",
                                            "us-gaap:InvestmentsInAffiliatesSubsidiariesAssociatesAndJointVentures"), label


def test_purchases_of_equity_securities_are_no_equity_method_investment():
    """A bank's cash-flow statement of 2025 (SEC Financial Statement Data Sets, 2025q3): "Purchases of equity
    securities" had been us-gaap:PaymentsToAcquireEquityMethodInvestments, as two filers of 2009-2010 labelled it.
    Securities are held at fair value: the word need covers every equity-method element, its purchase, sale and
    distributions too. Labels that say equity method keep their elements."""
    ctx = Context(statement="C", period="d", unit="money")
    for label in ("Purchases of equity securities", "Proceeds from sale of equity securities"):
        assert "EquityMethod" not in (choose(label, ctx).qname or ""), label
    assert choose("Purchase of equity method investments", ctx).qname == "us-gaap:PaymentsToAcquireEquityMethodInvestments"
    assert choose("Distributions from equity method investments", ctx).qname == (
        "us-gaap:EquityMethodInvestmentDividendsOrDistributions")


def test_charge_offs_beside_recoveries_are_the_gross_write_off(tmp_path):
    """Peoples Financial Q1 2025, allowance for credit losses: "Recoveries / 40 / 58", then "Charge-offs / (53) /
    (135)": had been ...AllowanceForCreditLossWriteoffAfterRecovery = -53,000, a net figure the release does not print.
    A write-off after recoveries is a label's that says it nets them; the gross write-off is positive (the
    roll-forward deducts it)."""
    facts = _facts(tmp_path, "pfbx-q1-2025-tables.md")
    off = {(r["concept"], r["period_start"], r["value"]) for r in facts if r["label"] == "Charge-offs"}
    assert off and not any("AfterRecovery" in c for c, _, _ in off)
    assert {(s, v) for _, s, v in off} == {("2025-01-01", "53000"), ("2024-01-01", "135000")}
    assert all(c.endswith(("WriteOffs", "Writeoff")) for c, _, _ in off)
    # a label that nets them keeps the net element
    ctx = Context(statement="", period="d", unit="money")
    assert choose("Net charge-offs", ctx).qname.endswith("AfterRecovery")


def test_an_average_over_a_period_is_no_instant(tmp_path):
    """Peoples Financial Q1 2025: under "BALANCE SHEET SUMMARY / March 31, / 2025 / 2024", "Weighted average shares /
    4,617,466 / 4,661,686" had been an instant extension fact (peoples:WeightedAverageShares at 2025-03-31), and under
    "PERFORMANCE RATIOS / March 31,", "Return on average assets / 0.62%" and "Return on average equity / 5.76%"
    instants too. They are flows over a period the column does not state: no fact, an exclusion that says why."""
    out = tmp_path / "out"
    src = tmp_path / "pfbx.md"
    src.write_text((FIXTURES / "pfbx-q1-2025-tables.md").read_text(encoding="utf-8"), encoding="utf-8")
    convert(src, out, formats=["xml", "csv"], validate=False)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    text = (FIXTURES / "pfbx-q1-2025-tables.md").read_text(encoding="utf-8").splitlines()
    for label in ("Weighted average shares", "Return on average assets", "Return on average equity"):
        first = text.index(label) + 1
        cells = [c for c in report["cells"] if first < c["line"] <= first + 4]
        assert cells and all(c["status"] != "fact" and c["reason"] == "period_type_mismatch" for c in cells), (label, cells)
    from prxbrl.mapping.indexed import flow_named

    assert flow_named("Weighted average shares", "summary", ()) is not None
    assert flow_named("Net income", "summary", ()) is not None  # a standard flow's label, word for word
    assert flow_named("Total deposits", "summary", ()) is None
    assert flow_named("Class B common stock", "summary", (), "USD") is None  # Reddit's: no dividend per share
    assert flow_named("Weighted average discount rate", "summary", ()) is None  # a rate at a date
