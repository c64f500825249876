"""mapping.toml and users' override files: patterns, validation when loaded, the --mapping option; rows that no
rule names get their concept from the index (report.json says why), and a sub-label under two headings is two facts."""

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, fact
from prxbrl.errors import PrxbrlError
from prxbrl.mapping.extension_names import concept_name
from prxbrl.mapping.rules import _dashes, load_user_rules, mapping_knowledge, match, normalize

FIXTURES = Path(__file__).parent / "fixtures"


def test_dashes_leave_character_classes_alone():
    """`common[ -]*stock` used to become `common[-]*stock`, which never matches "common stock"."""
    import re

    assert _dashes("common[ -]*stock") == "common[ -]*stock"
    assert re.fullmatch(_dashes("common[ -]*stock"), "common stock")
    assert _dashes("other income - net") == "other income-net"


def test_builtin_rules_load_and_match():
    kn = mapping_knowledge()
    assert 50 < len(kn.rules) < 150  # what the concept index cannot know: prx concepts, post-2010 synonyms, breakdowns
    m = match(normalize("SG&A Expenses and R&D"), "income", "")
    assert m is not None and m.rule.concept == "prx:SellingGeneralAndAdministrativeAndResearchAndDevelopmentExpense"
    # a label the index knows needs no rule
    assert match(normalize("Net cash provided by operating activities"), "cash_flow", "") is None


def _write(tmp_path, text):
    p = tmp_path / "rules.toml"
    p.write_text(text, "utf-8")
    return p


@pytest.mark.parametrize(
    "text,message",
    [
        ('[[rule]]\nconcept = "us-gaap:Revenues"\nlabels = ["turnover"]\ncolour = "red"\n', "unknown key colour"),
        ('[[rule]]\nconcept = "us-gaap:RevenuesTotally"\nlabels = ["turnover"]\n', "unknown concept us-gaap:RevenuesTotally"),
        ('[[rule]]\nconcept = "us-gaap:Revenues"\nlabels = ["turnover"]\nin = ["income_statement"]\n', "can never fire"),
        ('[[rule]]\nconcept = "us-gaap:Revenues"\nlabels = ["turnover"]\n[[rule]]\nconcept = "us-gaap:Revenues"\nlabels = ["turnover"]\n',
         "can never fire"),
        ('[[rule]]\nconcept = "us-gaap:Revenues"\nlabels = ["turn(over"]\n', "not a regular expression"),
        ('[[rule]]\nconcept = "us-gaap:Revenues"\nlabels = ["turnover"]\nmember_from = 1\n', "capture groups"),
        ('[[rules]]\nconcept = "us-gaap:Revenues"\n', "unknown key rules"),
        ('[[rule]\n', "is not TOML"),
    ],
)
def test_override_files_are_validated(tmp_path, text, message):
    with pytest.raises(PrxbrlError, match=message):
        load_user_rules(_write(tmp_path, text))


def test_extension_names_are_short_and_without_figures():
    label = "Common stock, no par value; 1,800,000,000 shares authorized; 15,792,068 and 15,617,376 shares issued and outstanding"
    assert concept_name(label) == "CommonStockNoParValue"
    assert concept_name("Accounts receivable, net of allowance of $1,234 and $987") == "AccountsReceivableNet"
    assert len(concept_name("A very long label " * 10)) <= 60


def test_user_mapping_option_overrides_and_bad_file_exits_2(tmp_path):
    ok = _write(tmp_path, '[[rule]]\nconcept = "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"\nlabels = ["total revenues"]\nin = ["income"]\n')
    out = tmp_path / "o"
    r = subprocess.run([sys.executable, "-m", "prxbrl.cli", "convert", str(EXAMPLE), "-o", str(out), "--no-validate", "--mapping", str(ok)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    report = json.loads((out / "report.json").read_text("utf-8"))
    chosen = [c for c in report["concept_choices"] if c["concept"] == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"]
    assert chosen and all(c["by"] == "override" and c["rule"] == "user mapping rule" for c in chosen)
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nconcept = "us-gaap:NoSuchThing"\nlabels = ["x"]\n', "utf-8")
    r = subprocess.run([sys.executable, "-m", "prxbrl.cli", "convert", str(EXAMPLE), "-o", str(tmp_path / "o2"), "--no-validate", "--mapping", str(bad)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "unknown concept us-gaap:NoSuchThing" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "o2").exists()


def test_repeated_sub_label_under_two_headings_is_two_facts(tmp_path):
    """"Current portion" under "Short-term borrowings" (a dash, then 1,500) and under "Long-term debt" (2,500, 2,000)
    used to be one extension concept, so the dash and 2,500 were merged into one fact."""
    from prxbrl.pipeline import convert

    r = convert(FIXTURES / "synthetic-repeated-sublabels.txt", tmp_path / "o", validate=False)
    f = r.mapped.filing
    y24, y23 = date(2024, 12, 31), date(2023, 12, 31)
    ltd = fact(f, "us-gaap:LongTermDebtCurrent", instant=y24, unit="USD", dims={})
    assert ltd.value == Decimal("2500000") and [s.line for s in ltd.sources] == [20]
    assert fact(f, "us-gaap:LongTermDebtCurrent", instant=y23, unit="USD", dims={}).value == Decimal("2000000")
    short = [x for x in f.facts if any(s.line == 18 for s in x.sources)]
    assert {x.concept for x in short} != {"us-gaap:LongTermDebtCurrent"}
    # the dash is zero (SEC practice), the other year's figure its own fact: two facts, never merged
    assert sorted(x.value for x in short) == [Decimal("0"), Decimal("1500000")] and not any(x.nil for x in short)
    assert fact(f, "us-gaap:LongTermDebtNoncurrent", instant=y24, unit="USD", dims={}).value == Decimal("40000000")
    choices = {c.fact: c for c in r.report.concept_choices}
    assert choices[ltd.id].by == "index" and choices[ltd.id].runners_up and choices[ltd.id].score
    assert r.report.counts.unexplained_cells == 0


def test_repeated_label_under_classifying_headings_is_current_and_noncurrent(tmp_path):
    """"Term debt" under "Current liabilities:" and under "Non-current liabilities:" (Apple's layout): the section
    tells current from noncurrent, and neither takes the concept of "Total non-current liabilities"."""
    from prxbrl.pipeline import convert

    r = convert(FIXTURES / "synthetic-repeated-classified.txt", tmp_path / "o", validate=False)
    f = r.mapped.filing
    y24, y23 = date(2024, 12, 31), date(2023, 12, 31)
    assert fact(f, "us-gaap:LongTermDebtCurrent", instant=y24, unit="USD", dims={}).value == Decimal("100000000")
    assert fact(f, "us-gaap:LongTermDebtCurrent", instant=y23, unit="USD", dims={}).value == 0  # a dash: zero
    assert fact(f, "us-gaap:LongTermDebtNoncurrent", instant=y23, unit="USD", dims={}).value == Decimal("500000000")
    assert fact(f, "us-gaap:LiabilitiesNoncurrent", instant=y24, unit="USD", dims={}).value == Decimal("460000000")
    assert fact(f, "us-gaap:OtherLiabilitiesNoncurrent", instant=y24, unit="USD", dims={}).value == Decimal("60000000")
    assert not [c for c in f.extension.concepts if not c.abstract]


def test_cash_flow_signs_from_the_labels(tmp_path):
    """Payments printed in parentheses are positive payments, "Decrease (increase) in" is a negated change,
    "(used in)" totals keep their printed sign; the change in cash is what US GAAP sums the three activities into."""
    from prxbrl.pipeline import convert

    r = convert(FIXTURES / "synthetic-cash-flow-signs.txt", tmp_path / "o", validate=False)
    f = r.mapped.filing
    y = dict(start=date(2024, 1, 1), end=date(2024, 12, 31))
    value = lambda c: fact(f, f"us-gaap:{c}", **y, unit="USD", dims={}).value  # noqa: E731
    assert value("NetIncomeLoss") == Decimal("41200000")  # no noncontrolling interest in the release
    assert value("IncreaseDecreaseInAccountsReceivable") == Decimal("2100000")  # "(2,100)" under "Decrease (increase)"
    assert value("IncreaseDecreaseInAccountsPayable") == Decimal("900000")
    assert value("PaymentsToAcquirePropertyPlantAndEquipment") == Decimal("15400000")
    assert value("RepaymentsOfLongTermDebt") == Decimal("10000000")
    assert value("PaymentsOfDividends") == Decimal("6500000")
    assert value("NetCashProvidedByUsedInInvestingActivities") == Decimal("-14800000")
    assert value("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseExcludingExchangeRateEffect") == Decimal("21000000")
    assert fact(f, "us-gaap:CashAndCashEquivalentsAtCarryingValue", instant=date(2024, 12, 31), unit="USD", dims={}).value == Decimal("85000000")
    assert r.report.counts.unexplained_cells == 0
