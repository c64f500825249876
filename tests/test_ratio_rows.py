"""A row of ratios is chosen for by its unit (mapping/indexed.row_context). Palomar Q4 2024 (a release the converter
had never seen), "Key Financial and Operating Metrics": "| Annualized return on equity |  | 19.5 | % |  |  | 23.2 | % |".
Its cells are ratios (role "ratio"), and only value cells gave a row its unit: with no unit, the index found
us-gaap:EquityMethodInvestmentDividendsOrDistributions (a filer's "Return on equity investment"), a money concept, and
every figure of the row was excluded as unit_mismatch."""

from test_unseen10_mapping import _facts  # convert a fixture, its facts-plain rows


def test_a_row_of_ratios_gets_no_money_concept(tmp_path):
    facts = _facts(tmp_path, "palomar-q4-2024.md")
    roe = [r for r in facts if r["label"] == "Annualized return on equity"]
    assert roe and all(r["unit"] == "xbrli:pure" and "Dividends" not in r["concept"] for r in roe), roe
    q4 = {r["value"] for r in roe if (r["period_start"], r["period_end"]) == ("2024-10-01", "2024-12-31")}
    assert q4 == {"0.195"}
