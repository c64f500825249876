"""A release that states no currency anywhere: its amounts are left out with a warning, and the user can name the
currency (``--currency``).

Lines 1-20 of BellRing Brands' Q3 FY2026 statement of operations as its 8-K's text carries it
(davespinelli/Claude-Space@083f5f14d51bc67140a6cdbbebe956fc7ae6f111:research/deepvalue/filings/BRBR/8-K_2026-08-04_2-02-
results.md): the exhibit's tables say "(in millions, except for per share data)", never "$"."""

import json
import subprocess
import sys

import pytest

from prxbrl.api import convert
from prxbrl.errors import PrxbrlError

BELLRING = """\
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)

(in millions, except for per share data)
Three Months Ended June 30, | Nine Months Ended June 30,
2026 | 2025 | 2026 | 2025
Net Sales | 570.4 | 547.5 | 1,706.4 | 1,668.4
Cost of goods sold | 407.1 | 353.9 | 1,220.6 | 1,085.4
Gross Profit | 163.3 | 193.6 | 485.8 | 583.0
Selling, general and administrative expenses | 93.7 | 144.5 | 263.2 | 315.1
Amortization of intangible assets | 4.2 | 4.3 | 12.7 | 12.7
Operating Profit | 65.4 | 44.8 | 209.9 | 255.2
Interest expense, net | 19.9 | 18.4 | 60.0 | 49.3
Earnings before Income Taxes | 45.5 | 26.4 | 149.9 | 205.9
Income tax expense | 11.3 | 5.4 | 38.1 | 49.3
Net Earnings | 34.2 | 21.0 | 111.8 | 156.6
Earnings per Common Share:
Basic | 0.29 | 0.17 | 0.95 | 1.22
Diluted | 0.29 | 0.16 | 0.95 | 1.21
Weighted-Average Common Shares Outstanding:
Basic | 116.4 | 126.6 | 117.7 | 127.9
"""


def _run(tmp_path, *extra):
    src = tmp_path / "bellring.md"
    src.write_text(BELLRING, encoding="utf-8")
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "prxbrl.cli", "convert", str(src), "-o", str(out), "--no-validate", *extra],
                       capture_output=True, text=True)
    return p, out


def test_amounts_of_no_stated_currency_are_excluded_with_a_warning(tmp_path):
    p, out = _run(tmp_path)
    assert p.returncode == 0, p.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    lost = [c for c in report["cells"] if c["reason"] == "currency_undetermined"]
    assert {c["raw"] for c in lost if c["line"] == 6} == {"570.4", "547.5", "1,706.4", "1,668.4"}
    warning = [f for f in report["findings"] if f["code"] == "source.currencyUndetermined"]
    assert len(warning) == 1 and warning[0]["severity"] == "warning"
    assert warning[0]["message"].startswith(f"{len(lost)} amounts in 1 table(s) (t01)")
    assert "source.currencyUndetermined" in p.stderr
    # no amount is written in a currency the release does not state; its share counts are
    facts = next(out.glob("*.xml")).read_text(encoding="utf-8")
    assert "iso4217:" not in facts and "WeightedAverageNumberOfSharesOutstandingBasic" in facts


def test_currency_option_names_the_currency_of_such_a_release(tmp_path):
    p, out = _run(tmp_path, "--currency", "USD")
    assert p.returncode == 0, p.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert not [c for c in report["cells"] if c["reason"] == "currency_undetermined"]
    assert not [f for f in report["findings"] if f["code"] == "source.currencyUndetermined"]
    facts = (next(out.glob("*-facts-plain.csv"))).read_text(encoding="utf-8")
    assert "us-gaap:Revenues" in facts or "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax" in facts
    assert ",iso4217:USD,570400000," in facts and ",iso4217:USD,34200000," in facts  # net sales, net earnings Q3 FY2026


def test_currency_option_refuses_what_is_no_iso_code(tmp_path):
    p, _ = _run(tmp_path, "--currency", "dollars")
    assert p.returncode == 2
    assert p.stderr.strip().count("\n") == 0 and "ISO 4217" in p.stderr
    with pytest.raises(PrxbrlError, match="ISO 4217"):
        convert(tmp_path / "bellring.md", currency="usd", validate=False)


def test_a_release_of_amounts_only_in_no_stated_currency_is_refused_with_the_remedy(tmp_path):
    # every figure of the tables an amount (no share counts): nothing could be written; the one-line error says why
    src = tmp_path / "bellring.md"
    src.write_text("\n".join(BELLRING.split("\n")[:14]) + "\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "prxbrl.cli", "convert", str(src), "-o", str(tmp_path / "out"), "--no-validate"],
                       capture_output=True, text=True)
    assert p.returncode == 2 and p.stderr.count("\n") == 1
    assert "states no currency" in p.stderr and "--currency" in p.stderr
    assert not (tmp_path / "out").exists()
