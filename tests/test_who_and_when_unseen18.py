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


# Brookfield Wealth Solutions, Q4 2024 release (unseen18/brookfield-wealth-q4-2024.md, lines 28, 32-40, 58-68, 184-185)
BROOKFIELD = [
    'BROOKFIELD, NEWS, Feb. 13, 2025 (GLOBE NEWSWIRE) — Brookfield Wealth Solutions (NYSE, TSX: BNT) today announced financial results for the three months and year ended December 31, 2024.',
    '| UnauditedAs of and for the periods ended December 31(US$ millions, except per share amounts) | Three Months Ended | | | | | | |  | Year Ended | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '|  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |',
    '| Total assets | $ | 140,460 |  |  | $ | 61,643 |  |  | $ | 140,460 |  |  | $ | 61,643 |  |',
    '| Adjusted equity1 |  | 12,872 |  |  |  | 8,969 |  |  |  | 12,872 |  |  |  | 8,969 |  |',
    '| Distributable operating earnings1 |  | 427 |  |  |  | 258 |  |  |  | 1,374 |  |  |  | 745 |  |',
    '| Net income |  | 576 |  |  |  | 453 |  |  |  | 1,247 |  |  |  | 797 |  |',
    '| Net income per each class A share | $ | 0.08 |  |  | $ | 0.07 |  |  | $ | 0.32 |  |  | $ | 0.28 |  |',
    '',
    '**Brookfield Corporation Operating Results**An investment in class A shares of our company is intended to be, as nearly as practicable, functionally and economically, equivalent to an investment in the Brookfield class A shares. A summary of Brookfield Corporation’s fourth quarter and full year operating results is provided below:',
    '',
    '| UnauditedFor the periods ended December 31(US$ millions, except per share amounts) | Three Months Ended | | | | | | |  | Years Ended | | | | | | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '|  | 2024 |  |  |  | 2023 |  |  |  | 2024 |  |  |  | 2023 |  |',
    '| Net income of consolidated business1 | $ | 101 |  |  | $ | 3,134 |  |  | $ | 1,853 |  |  | $ | 5,105 |  |',
    '| Net income attributable to Brookfield shareholders2 |  | 432 |  |  |  | 699 |  |  |  | 641 |  |  |  | 1,130 |  |',
    '| Distributable earnings before realizations2,3 |  | 1,498 |  |  |  | 1,209 |  |  |  | 4,871 |  |  |  | 4,223 |  |',
    '| – Per Brookfield class A share2,3 |  | 0.94 |  |  |  | 0.76 |  |  |  | 3.07 |  |  |  | 2.66 |  |',
    '| Distributable earnings2,3 |  | 1,606 |  |  |  | 1,312 |  |  |  | 6,274 |  |  |  | 4,806 |  |',
    '| – Per Brookfield class A share2,3 |  | 1.01 |  |  |  | 0.83 |  |  |  | 3.96 |  |  |  | 3.03 |  |',
    '',
    '**Brookfield Wealth Solutions Ltd.** (NYSE, TSX: BNT) is focused on securing the financial futures of individuals and institutions through a range of wealth protection and retirement services, and tailored capital solutions. Each class A exchangeable limited voting share of Brookfield Wealth Solutions is exchangeable on a one-for-one basis with a class A limited voting share of Brookfield Corporation (NYSE, TSX: BN). For more information, please visit our website at bnt.brookfield.com or contact:'
]


def test_a_table_introduced_as_another_companys_results_is_not_the_registrants(tmp_path):
    # "A summary of Brookfield Corporation's fourth quarter and full year operating results is provided below:" (the
    # parent's): its net income 101 / 3,134 / 1,853 / 5,105 were written as Brookfield Wealth Solutions' facts
    src = tmp_path / "brookfield.md"
    src.write_text("\n".join(BROOKFIELD) + "\n", encoding="utf-8")
    facts = plain_facts(src, tmp_path / "out")
    lines = {int(f["source_line"]) for f in facts if f["source_line"]}
    assert lines and max(lines) <= 10  # the registrant's own table (lines 2-9 here) only
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    other = [c for c in report["cells"] if c["reason"] == "other_entity"]
    assert len(other) == 24 and "Brookfield Corporation" in other[0]["detail"]
    # the registrant's own net income stays: "Net income | 576 | 453 | 1,247 | 797"
    assert sorted(f["value"] for f in facts if f["label"] == "Net income") == ["1247000000", "453000000", "576000000", "797000000"]


def test_the_registrants_own_name_is_no_other_company():
    from prxbrl.mapping.other_company import _others, _core

    own = {_core("Brookfield Wealth Solutions Ltd.")}
    assert _others("A summary of Brookfield Corporation's results is provided below:", own, owner=True) == "Brookfield Corporation"
    assert _others("A summary of Brookfield Wealth Solutions Ltd.'s results is provided below:", own, owner=True) is None
    # a company named in passing, not as the owner of the figures, is no other company's table
    assert _others("Compared with Acme Inc. peers, our results were as follows:", own, owner=True) is None


# Gladstone Investment, Q3 FY2025 release (unseen18/gladstone-investment-fy25q3.md, lines 28-40)
GLADSTONE = [
    '**MCLEAN, VA / ACCESS Newswire / February 12, 2025 /** Gladstone Investment Corporation (the "Company") today announced earnings for its third fiscal quarter ended December 31, 2024. Please read the Company\'s Quarterly Report on Form 10-Q, filed today with the U.S. Securities and Exchange Commission (the "SEC"), which is available on the SEC\'s website at www.sec.gov or the investors section of the Company\'s website at www.gladstoneinvestment.com.',
    '',
    '**Summary Information:** (dollars in thousands, except per share data (unaudited)):',
    '',
    '|  | December 31,  2024 | |  |  | September 30,  2024 | |  |  | $Change | |  | %Change | |  |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| For the quarter ended: |  | |  |  |  | |  |  |  | |  |  | |  |',
    '| Total investment income | $ | 21,371 |  |  | $ | 22,565 |  | $ | (1,194 | ) |  |  | (5.3) | % |',
    '| Total expenses, net(A) |  | 20,210 |  |  |  | 15,274 |  |  | 4,936 |  |  |  | 32.3 | % |',
    '| Net investment income(A) |  | 1,161 |  |  |  | 7,291 |  |  | (6,130 | ) |  |  | (84.1) | % |',
    '| Net realized gain |  | - |  |  |  | 42,303 |  |  | (42,303 | ) |  |  | (100.0) | % |',
    '| Net unrealized appreciation (depreciation) |  | 37,329 |  |  |  | (34,112 | ) |  | 71,441 |  |  | NM | |  |',
    '| Net increase in net assets resulting from operations(A) | $ | 38,490 |  |  | $ | 15,482 |  | $ | 23,008 |  |  |  | 148.6 | % |',
]


def test_a_part_of_a_total_computed_from_line_items_is_a_line_item(tmp_path):
    # 1,161 + - + 37,329 = 38,490: "Net unrealized appreciation (depreciation)" beside NetInvestmentIncome and
    # DebtAndEquitySecuritiesRealizedGainLoss (both summed into NetIncomeLoss by US GAAP) was written as
    # us-gaap:NetIncomeLoss on a member "Net Unrealized Appreciation (Depreciation)": a net income that is none
    src = tmp_path / "gladstone.md"
    src.write_text("\n".join(GLADSTONE) + "\n", encoding="utf-8")
    facts = plain_facts(src, tmp_path / "out")
    unrealized = [f for f in facts if f["label"] == "Net unrealized appreciation (depreciation)"]
    assert sorted(f["value"] for f in unrealized) == ["-34112000", "37329000"]
    assert all(f["concept"] != "us-gaap:NetIncomeLoss" and not f.get("srt:ProductOrServiceAxis") for f in unrealized)
    assert not any(k.endswith("Axis") and v for f in facts for k, v in f.items())
    net = sorted(f["value"] for f in facts if f["concept"] == "us-gaap:NetIncomeLoss")
    assert net == ["15482000", "38490000"]  # the total alone
