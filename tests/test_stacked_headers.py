"""Tables of United Fire Group's Q4 2024 release (unseen11) that the converter had read wrong.

"Consolidated Financial Highlights": the money rows after "Additional ratios:" (a heading of rates) had been read as
changes of a rate in percentage points, and "(4.0 | )%" (a negative percentage whose ")" and "%" share a cell) as no
percentage. "Net Earned Premiums, Net Losses and Loss Settlement Expenses and Net Loss Ratio by Line of Business":
the measure of each column is printed one word per header row ("Net" / "Earned" / "Premiums"), every column had been
excluded as columns_undistinguished. Sources: the fixtures name them (zhigehe/bulwark, GlobeNewswire via Reuters)."""

import csv
from pathlib import Path

from prxbrl.pipeline import convert

FIXTURES = Path(__file__).parent / "fixtures"


def _convert(tmp_path, name: str) -> tuple[list[dict], list[dict]]:
    import json

    src = tmp_path / name
    src.write_text((FIXTURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    facts = list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))
    cells = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["cells"]
    return facts, cells


def _line(name: str, start: str) -> int:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return next(i + 1 for i, t in enumerate(lines) if t.startswith(start))


def test_money_rows_after_a_heading_of_rates_are_money(tmp_path):
    """"| Net investment income | $ | 23,156 |" ends "Additional ratios:": "| Net investment gains (losses) |  | (1,318
    | ) |" and "| Adjusted operating income (loss) |  | 32,483 |" print no "%" and are amounts, not rates."""
    name = "ufg-q4-2024-highlights.md"
    facts, cells = _convert(tmp_path, name)
    for start in ("| Net investment gains", "| Other income (loss)", "| Adjusted operating income (loss) |"):
        line = _line(name, start)
        mine = [c for c in cells if c["line"] == line and c["raw"][:1] in "(0123456789"
                and c["reason"] != "label_number"]
        assert len(mine) == 4 and all(c["status"] == "fact" for c in mine), (start, mine)
    adjusted = {(r["period_start"], r["unit"], r["value"]) for r in facts if r["label"] == "Adjusted operating income (loss)"}
    assert ("2024-10-01", "iso4217:USD", "32483000") in adjusted
    assert ("2023-01-01", "iso4217:USD", "-30706000") in adjusted
    # the rates under the heading stay rates
    assert {r["unit"] for r in facts if r["label"] == "Catastrophes"} == {"xbrli:pure"}


def test_a_negative_percentage_whose_parenthesis_and_sign_share_a_cell(tmp_path):
    """"| Return on equity(3) | ... | 8.2 | % | ... | (4.0 | )% |": the second is -4.0%."""
    facts, _ = _convert(tmp_path, "ufg-q4-2024-highlights.md")
    roe = {(r["period_start"], r["unit"], r["value"]) for r in facts if r["label"].startswith("Return on equity")}
    assert roe == {("2024-01-01", "xbrli:pure", "0.082"), ("2023-01-01", "xbrli:pure", "-0.040")}


def test_a_measure_printed_one_word_per_header_row_heads_its_column(tmp_path):
    """"| Net | | |  | Settlement | ..." / "| Earned | ..." / "| (Unaudited) | Premiums | | |  | Incurred | ..." (the rows
    of one word short of a cell, the renderer having dropped an empty one): each column is a measure of a period,
    every figure a fact of its measure; the rows that add up are its members."""
    name = "ufg-q4-2024-loss-ratio.md"
    facts, cells = _convert(tmp_path, name)
    figures = [c for c in cells if c["line"] > _line(name, "| (Unaudited)") and c["reason"] not in ("label_number",)]
    assert figures and not [c for c in figures if c["reason"] == "columns_undistinguished"]
    three = {(r["concept"], r["value"]) for r in facts if r["label"] == "Total" and r["period_start"] == "2024-10-01"}
    assert {v for _, v in three} == {"308137000", "176486000"}
    premiums = next(c for c, v in three if v == "308137000")
    losses = next(c for c, v in three if v == "176486000")
    assert premiums != losses
    # a line of business is a member of the measure, in each measure's columns
    fire = {(r["concept"], r["value"]) for r in facts if r["label"] == "Fire and allied lines"
            and r["period_start"] == "2023-10-01" and r["srt:ProductOrServiceAxis"]}
    assert (premiums, "61869000") in fire and (losses, "31994000") in fire
    # a rate printed without "%" under a column whose figures print it elsewhere is a percentage
    ratio = {(r["label"], r["value"]) for r in facts if r["unit"] == "xbrli:pure" and r["period_start"] == "2024-10-01"}
    assert ("Workers’ compensation Net Loss Ratio", "0.552") in ratio and ("Surety Net Loss Ratio", "-0.012") in ratio
    assert ("Total Net Loss Ratio", "0.573") in ratio
    # the twelve months' table below it reads alike
    year = {r["value"] for r in facts if r["label"].startswith("Total") and r["period_start"] == "2024-01-01"
            and not r["srt:ProductOrServiceAxis"] and r["label"] in ("Total", "Total Net Loss Ratio")}
    assert year == {"1176750000", "744605000", "0.633"}
