"""A date in a comparative aside of the prose above a table ("(30 June 2022:$ 59,784,026)") is the date of that
figure, no title of the table's "2022" column.

From Ai-Media's FY2023 Appendix 4E (tests/fixtures/aimedia-fy2023-4e.md): the reconciliation table (line 41) heads its
columns "Consolidated / 2023 2022 / $ $" under prose (lines 29-35) that says "(30 June 2022:$ 59,784,026)". Read as
the date of the 2022 column it made "Loss before interest and taxation (EBIT) (3,352,099)" a balance at 2022-06-30,
the release's period end 2022-06-30 and its FY2023 results ("For the year ended 30 June 2023") forecasts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from prxbrl.pipeline import convert
from prxbrl.tables.slot_period import _without_asides

FIXTURE = Path(__file__).parent / "fixtures" / "aimedia-fy2023-4e.md"


def test_an_asides_date_dates_no_column(tmp_path):
    out = tmp_path / "out"
    convert(FIXTURE, out, formats=["xml", "csv"], validate=False)
    rows = list(csv.DictReader(next(out.glob("*-facts-plain.csv")).open(encoding="utf-8")))
    facts = {r["concept"]: r for r in rows}
    assert facts["dei:DocumentPeriodEndDate"]["text"] == "2023-06-30"
    assert not any("Forecast" in v for r in rows for v in r.values())  # line 21: the year ended 30 June 2023
    # the FY2022 EBIT, as no balance: the year ended 30 June 2022 (its "2022" column, test_june_years)
    assert [(r["period_start"], r["period_end"]) for r in rows if r["value"] == "-3352099"] == [("2021-07-01", "2022-06-30")]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    ebit = [c for c in report["cells"] if c["line"] == 41 and c["raw"] in ("(3,352,099)", "3,352,099")]
    assert ebit and all(c["status"] != "excluded" for c in ebit)


def test_asides_that_print_a_figure_are_blanked():
    text = "Revenue for the period was $61,769,967, up 3.3% from the prior year (30 June 2022:$ 59,784,026)."
    assert "2022" not in _without_asides(text) and "61,769,967" in _without_asides(text)
    assert "2022" not in _without_asides("The loss amounted to $4,017,064 (30 June 2022: 4,923,715).")
    # notes that print no amount stay
    assert _without_asides("Results ($ in thousands)") == "Results ($ in thousands)"
    assert "30 June 2023" in _without_asides("Fiscal 2023 (ended 30 June 2023)")
