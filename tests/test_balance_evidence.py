"""A figure under a period's column is read as a balance at the period's end, by the standard balances whose filer
labels are the row's word for word (mapping/indexed.balance_by_filers), only on enough filer uses: CIK 740112's
"Minority Interest in Subsidiary 255 / 311", printed between its income taxes and its net income (the minority's share
of the quarter's income, a flow), had been written as a balance at September 30 on two filer uses of
us-gaap:MinorityInterest. Too few to tell: no fact, with the reason.

The release: sec.gov, CIK 740112, Q3 2003 exhibit 99.1 (tests/fixtures/cik740112-q3-2003-excerpt.txt; SEC filing text
is public domain)."""

import json
from pathlib import Path

from conftest import plain_facts

FIXTURE = Path(__file__).parent / "fixtures" / "cik740112-q3-2003-excerpt.txt"


def test_a_flow_between_taxes_and_net_income_is_no_balance_on_two_filer_uses(tmp_path):
    facts = plain_facts(FIXTURE, tmp_path / "out")
    assert not [f for f in facts if "Minority" in f["label"]]
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    cells = [c for c in report["cells"] if c["raw"] in ("255", "311", "806", "671")]
    assert len(cells) == 4 and all(c["status"] == "excluded" and "too few to tell" in c["detail"] for c in cells)
    # the rows around it keep their facts
    assert any(f["concept"] == "us-gaap:NetIncomeLoss" and f["label"] == "Net Income" for f in facts)
