"""Who and when: the document period, the entity whose figures a table prints, and line items that are no member of
a total, on unseen18 releases (their lines copied here with their line numbers). A wrong fact is worse than a missing
one; each test fails without the change it guards."""

import json

from conftest import cells, extracted, plain_facts

# Persimmon plc, half year results to 30 June 2025 (unseen18/persimmon-h1-2025.md, lines 1-39)
PERSIMMON = [
    '<!-- image -->',
    '',
    'RNS',
    '',
    'Half-year/Interim Report',
    '',
    '## HALF YEAR RESULTS',
    '',
    '## PERSIMMON PLC',
    '',
    'Released 07:00:08 13 August 2025',
    '',
    'RNS Number : 0621V Persimmon PLC 13 August 2025',
    '',
    '<!-- image -->',
    '',
    '## HALF YEAR RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 20',
    '',
    '## Continued growth on a differentiated platform; on track for the full',
    '',
    'Persimmon Plc today announces its half year results for the six months ended 30 June 202',
    '',
    '## Financial highlights',
    '',
    '£',
    '',
    '£',
    '',
    '£',
    '',
    '|                                                 | H1 2025   |    |',
    '|-------------------------------------------------|-----------|----|',
    '| New home completions                            | 4,605     |    |',
    '| New home average sales price                    | £284,047  | £  |',
    '| New housing revenue                             | £1.31bn   |    |',
    '| Underlying operating profit 1                   | £172.0m   |    |',
    '| Underlying operating margin 1                   | 13.1%     |    |',
    '| Underlying profit before tax 1                  | £164.9m   |    |',
    '| Underlying return on average capital employed 1 | 11.2%     |    |',
]


def test_a_half_named_before_its_year_is_that_half_not_the_year(tmp_path):
    # "| | H1 2025 | |" was read as the year 2025 ("H1" dropped as a number in the header): the dei facts sat on
    # 2025-01-01..2025-12-31 with DocumentPeriodEndDate 2025-12-31 for a release of the six months to 30 June 2025
    doc = extracted(tmp_path, PERSIMMON)
    price = cells(doc, label="New home average sales price")
    assert [(c.period.start.isoformat(), c.period.end.isoformat()) for c in price] == [("2025-01-01", "2025-06-30")]
    assert doc.document_period_end.isoformat() == "2025-06-30"
    src = tmp_path / "persimmon.md"
    src.write_text("\n".join(PERSIMMON) + "\n", encoding="utf-8")
    facts = plain_facts(src, tmp_path / "out")
    dei = {f["concept"]: f["text"] for f in facts if f["concept"].startswith("dei:")}
    assert dei["dei:DocumentPeriodEndDate"] == "2025-06-30"
    assert dei["dei:DocumentFiscalPeriodFocus"] == "Q2"
    assert all(f["period_end"] == "2025-06-30" for f in facts)
    # "New home completions | 4,605" in the column under the stray "£" lines: a count of homes, never GBP 4,605
    assert not any(f["label"] == "New home completions" for f in facts)


def test_completions_are_a_count_not_money(tmp_path):
    # the H1 column reads now; its "New home completions | 4,605" would be GBP 4,605 under the stray "£" lines
    doc = extracted(tmp_path, PERSIMMON)
    assert [c.unit for c in cells(doc, label="New home completions")] in ([], ["count"])

