"""Reading, currency and entity on six releases no rule was written for (unseen19, February-May 2025; sources in
/work/unseen19/SOURCES.tsv): each test holds the release's own lines, copied verbatim.

- HKFoods FY2024 (Cision via Reuters/TradingView; lines 28-34 and 66-103): period headers "10\u02d712/2024" written with
  U+02D7 MODIFIER LETTER MINUS SIGN, thousands separated by a space ("1 001.8"), "- % of net sales" rows in an
  "(EUR million)" table, a net debt under year columns, the registrant "HKFoods Plc".
- FUSO Chemical FY2024 (skye0402/sap-genai-basics-tutorial, results-mar2025.md, lines 1-68): a language model's
  citation markers in every cell ("[cite_start]69,501 [cite: 34]"), "(%)" labels, a dividends table whose columns the
  reader cannot tell apart, a forecast table.
- Pulse Seismic FY2024 (GlobeNewswire; lines 28 and 54-98): a Calgary issuer filing on SEDAR+ that prints a bare "$".
- Bank of America Q4 2024 (tests/fixtures): a table whose rows are quarters, its columns named alike.
- Parks! America Q1 FY2025 (GlobeNewswire; lines 28-30) and Kemira FY2024 (Cision; lines 26-30): registrant
  names "Parks! America, Inc." and "Kemira Oyj"."""

import csv
from datetime import date
from decimal import Decimal

from conftest import cells, line_of

from prxbrl.entity import entity_of
from prxbrl.extract import extract_file
from prxbrl.readers import read_document
from prxbrl.periods import Calendar, find_period_exprs, resolve
from prxbrl.models import FiscalCalendar
from prxbrl.pipeline import convert

HKFOODS = """\
HKFoods

HKFoods Plc, Financial Statements Bulletin 14 February 2025, at 8.30 am. EET

HKFoods’ Financial Statements Bulletin 1 January–31 December 2024

**October–December 2024**

HKFoods expects that in 2025 the Group’s comparable EBIT will grow compared to 2024.

**KEY FIGURES, NET SALES, CONTINUING OPERATIONS**

| (EUR million) | 10˗12/2024 | 10˗12/2023 | 1˗12/2024 | 1˗12/2023 |
| --- | --- | --- | --- | --- |
| Net sales | 266.9 | 249.7 | 1 001.8 | 933.0 |
| Finland | 266.9 | 249.7 | 1 001.8 | 933.0 |

**KEY FIGURES, EBIT, CONTINUING OPERATIONS**

| (EUR million) | 10˗12/2024 | 10˗12/2023 | 1˗12/2024 | 1˗12/2023 |
| --- | --- | --- | --- | --- |
| EBIT | 6.5 | 3.1 | 22.4 | 14.3 |
| - % of net sales | 2.4 | 1.3 | 2.2 | 1.5 |
| Comparable EBIT | 10.3 | 3.0 | 27.7 | 11.6 |
| - % of net sales | 3.9 | 1.2 | 2.8 | 1.2 |
| Comparable EBIT, Finland | 14.5 | 6.3 | 37.7 | 20.5 |
| - % of net sales | 5.4 | 2.5 | 3.8 | 2.2 |

**KEY FIGURES, OTHER**

| (EUR million) | 10˗12/2024 | 10˗12/2023 | 1˗12/2024 | 1˗12/2023 |
| --- | --- | --- | --- | --- |
| EBITDA, continuing operations | 16.9 | 11.1 | 56.3 | 45.1 |
| Profit before taxes, continuing operations | 2.3 | -3.9 | 4.2 | -10.7 |
| - % of net sales | 0.9 | -1.6 | 0.4 | -1.2 |
| Profit for the period, continuing operations | -2.7 | -7.2 | -1.8 | -17.3 |
| - % of net sales | -1.0 | -2.9 | -0.2 | -1.9 |
| EPS, EUR, continuing operations | -0.06 | -0.10 | -0.09 | -0.24 |
| Comparable EPS, EUR, continuing operations | -0.02 | -0.10 | -0.04 | -0.27 |
| Cash flow from operating activities, incl. discontinued operations | 38.4 | 33.1 | 60.8 | 50.6 |
| Cash flow after investing activities, incl. discontinued operations | 64.3 | 40.2 | 141.7 | 73.3 |
| Return on capital employed (ROCE) before taxes, %, incl. discontinued operations |  |  | 0.9 | 3.0 |
| Interest-bearing net debt |  |  | 149.8 | 287.9 |
| Net gearing % |  |  | 69.5 | 121.0 |

**HKFoods’ CEO Juha Ruohola**
"""

FUSO = """\
# 📊 Summary of Consolidated Financial Results (Year Ended March 31, 2025)

[cite_start]**Company Name:** FUSO CHEMICAL CO., LTD. [cite: 7, 8]
[cite_start]**Stock Code:** 4368 [cite: 10]
[cite_start]**Stock Exchange Listing:** Tokyo [cite: 9]
[cite_start]**Date:** May 12, 2025 [cite: 6]
[cite_start]**URL:** https://fusokk.co.jp [cite: 11]

---

## 1. Consolidated Financial Results (April 1, 2024 to March 31, 2025)

### (1) [cite_start]Consolidated Operating Results (Millions of yen) [cite: 32]

| Metric | Year Ended March 31, 2025 | Year Ended March 31, 2024 | [cite_start]Year-on-Year Change (%) [cite: 33] |
| :--- | :---: | :---: | :---: |
| **Net sales** | [cite_start]69,501 [cite: 34] | [cite_start]58,970 [cite: 34] | [cite_start]17.9 [cite: 34] |
| **Operating profit** | [cite_start]16,230 [cite: 34] | [cite_start]11,083 [cite: 34] | [cite_start]46.4 [cite: 34] |
| **Ordinary profit** | [cite_start]16,561 [cite: 34] | [cite_start]11,883 [cite: 34] | [cite_start]39.4 [cite: 34] |
| **Profit attributable to owners of parent** | [cite_start]11,622 [cite: 34] | [cite_start]8,343 [cite: 34] | [cite_start]39.3 [cite: 34] |

| Metric | Year Ended March 31, 2025 | Year Ended March 31, 2024 |
| :--- | :---: | :---: |
| **Earnings per share (Yen)** | [cite_start]329.68 [cite: 39] | [cite_start]236.70 [cite: 39] |
| **Operating profit/net sales (%)** | [cite_start]23.4 [cite: 39] | [cite_start]18.8 [cite: 39] |
| **Comprehensive income (Millions of yen)** | [cite_start]11,399 [cite: 37] | [cite_start]9,835 [cite: 38] |

### (2) [cite_start]Consolidated Financial Position (Millions of yen) [cite: 50]

| Metric | As of March 31, 2025 | As of March 31, 2024 |
| :--- | :---: | :---: |
| **Total assets** | [cite_start]141,502 [cite: 51] | [cite_start]133,740 [cite: 51] |
| **Net assets** | [cite_start]104,048 [cite: 51] | [cite_start]95,025 [cite: 51] |
| **Equity ratio (%)** | [cite_start]73.5 [cite: 51] | [cite_start]71.1 [cite: 51] |
| **Net assets per share (Yen)** | [cite_start]2,951.16 [cite: 51] | [cite_start]2,695.77 [cite: 51] |

### (3) [cite_start]Consolidated Cash Flows (Millions of yen) [cite: 53]

| Cash Flow Category | Year Ended March 31, 2025 | Year Ended March 31, 2024 |
| :--- | :---: | :---: |
| **Operating activities** | [cite_start]22,701 [cite: 54] | [cite_start]7,061 [cite: 54] |
| **Investing activities** | (20,538) [cite_start][cite: 54] | (18,576) [cite_start][cite: 54] |
| **Financing activities** | (2,409) [cite_start][cite: 54] | [cite_start]17,663 [cite: 54] |
| **Cash and cash equivalents at end of period** | [cite_start]29,237 [cite: 54] | [cite_start]29,483 [cite: 54] |

---

## [cite_start]2. Cash Dividends (Yen per share) [cite: 56]

| Fiscal Year | 2nd Quarter-end | Fiscal year-end | Annual Dividends per share | Total Cash Dividends (Millions of yen) |
| :--- | :---: | :---: | :---: | :---: |
| **Year Ended Mar. 31, 2025** | [cite_start]35.00 [cite: 57] | [cite_start]38.00 [cite: 57] | [cite_start]73.00 [cite: 57] | [cite_start]2,573 [cite: 57] |
| **Year Ended Mar. 31, 2024** | [cite_start]33.00 [cite: 57] | [cite_start]33.00 [cite: 57] | [cite_start]66.00 [cite: 57] | [cite_start]2,326 [cite: 57] |
| **Year Ending Mar. 31, 2026 (Forecast)** | [cite_start]38.00 [cite: 57] | [cite_start]38.00 [cite: 57] | [cite_start]76.00 [cite: 57] | - |

---

## [cite_start]3. Forecast of Consolidated Financial Results (Year Ending March 31, 2026) [cite: 58]

| Metric | Full Year (Millions of yen) | Year-on-Year Change (%) |
| :--- | :---: | :---: |
| **Net sales** | [cite_start]72,700 [cite: 60] | [cite_start]4.6 [cite: 60] |
| **Operating profit** | [cite_start]14,000 [cite: 60] | (13.7) [cite_start][cite: 60] |
| **Ordinary profit** | [cite_start]13,800 [cite: 60] | (16.7) [cite_start][cite: 60] |
| **Profit attributable to owners of parent** | [cite_start]9,400 [cite: 60] | (19.1) [cite_start][cite: 60] |
| **Earnings per share (Yen)** | [cite_start]266.61 [cite: 60] | - |

> [cite_start]**Note:** The forward-looking statements in this document are based on information currently available to the Company and certain reasonable assumptions, and do not constitute guarantees of future performance[cite: 93, 94, 95].
"""

PULSE = """\
CALGARY, Alberta, Feb. 13, 2025 (GLOBE NEWSWIRE) — Pulse Seismic Inc. (OTCQX:PLSDF) (“Pulse” or the “Company”) is pleased to report its financial and operating results for the year ended December 31, 2024. The audited consolidated financial statements, accompanying notes and MD&A are being filed on SEDAR+ (www.sedarplus.ca) and will be available on Pulse’s website at www.pulseseismic.com.

| SELECTED FINANCIAL AND OPERATING INFORMATION |  |  |  |  |
| --- | --- | --- | --- | --- |
| (Thousands of dollars except per share data, | Three months ended December 31, | | Years ended December 31, | |
| numbers of shares and kilometres of seismic data) | 2024 | 2023 | 2024 | 2023 |
|  |  | |  | |
| Revenue | 5,576 | 16,861 | 23,379 | 39,127 |
| Amortization of seismic data library | 2,263 | 2,270 | 9,090 | 9,103 |
| Net earnings | 774 | 8,307 | 3,391 | 15,007 |
| Per share basic and diluted | 0.02 | 0.16 | 0.07 | 0.28 |
| Cash provided by operating activities | 2,337 | 7,001 | 14,195 | 23,524 |
| Per share basic and diluted | 0.05 | 0.13 | 0.28 | 0.44 |
| EBITDA (a) | 3,785 | 13,592 | 15,496 | 30,431 |
| Per share basic and diluted (a) | 0.07 | 0.26 | 0.30 | 0.57 |
| Shareholder free cash flow (a) | 2,440 | 10,946 | 12,408 | 24,829 |
| Per share basic and diluted (a) | 0.05 | 0.21 | 0.24 | 0.47 |
| Capital expenditures |  |  |  |  |
| Seismic data | - | - | 225 | - |
| Property and equipment | - | - | 45 | 28 |
| Total capital expenditures | - | - | 270 | 28 |
| Dividends |  |  |  |  |
| Regular dividends declared | 763 | 724 | 3,018 | 2,862 |
| Special dividends declared | - | 10,527 | 2,548 | 18,519 |
| Total dividends declared | 763 | 11,251 | 5,566 | 21,381 |
| Normal course issuer bid |  |  |  |  |
| Number of shares purchased and cancelled | 97,700 | 59,500 | 1,784,000 | 1,005,006 |
| Cost of shares purchased and cancelled | 227 | 112 | 3,880 | 1,943 |
| Weighted average shares outstanding |  |  |  |  |
| Basic and diluted | 50,878,652 | 52,647,740 | 51,448,985 | 53,237,569 |
| Shares outstanding at period-end |  |  | 50,837,863 | 52,621,863 |
| Seismic library |  |  |  |  |
| 2D in kilometres |  |  | 829,207 | 829,207 |
| 3D in square kilometres |  |  | 65,310 | 65,310 |
| FINANCIAL POSITION |  |  |  |  |
|  |  |  | December 31, | December 31, |
| (Thousands of dollars except working capital ratio) |  |  | 2024 | 2023 |
| Working capital |  |  | 9,222 | 7,468 |
| Working capital ratio |  |  | 5.1:1 | 1.5:1 |
| Cash and cash equivalents |  |  | 8,722 | 15,948 |
| Total assets |  |  | 21,516 | 41,249 |
| EBITDA |  |  | 15,496 | 30,431 |
| Shareholders’ equity |  |  | 18,295 | 25,655 |
|  | | | | |

(a) The Company’s continuous disclosure documents provide discussion and analysis of “EBITDA”, “EBITDA per share”, “shareholder free cash flow” and “shareholder free cash flow per share”. These financial measures do not have standard definitions prescribed by IFRS and, therefore, may not be comparable to similar measures disclosed by other companies. The Company has included these non-GAAP financial measures because management, investors, analysts and others use them as measures of the Company’s financial performance. The Company’s definition of EBITDA is cash available for interest payments, cash taxes, repayment of debt, purchase of its shares, discretionary capital expenditures and the payment of dividends, and is calculated as earnings (loss) from operations before interest, taxes, depreciation and amortization. The Company believes EBITDA assists investors in comparing Pulse’s results on a consistent basis without regard to non-cash items, such as depreciation and amortization, which can vary significantly depending on accounting methods or non-operating factors such as historical cost. EBITDA per share is defined as EBITDA divided by the weighted average number of shares outstanding for the period. Shareholder free cash flow further refines the calculation of capital available to invest in growing the Company’s 2D and 3D seismic data library, to repay debt, to purchase its common shares and to pay dividends by deducting non-discretionary expenditures from EBITDA. Non-discretionary expenditures are defined as non-cash expenses, debt financing costs (net of deferred financing expenses amortized in the current period), net restructuring costs and current tax provisions. Shareholder free cash flow per share is defined as shareholder free cash flow divided by the weighted average number of shares outstanding for the period.

"""

PARKS = """\
Management to host conference call on Monday, February 10, 2025, at 4:30 PM ET

PINE MOUNTAIN, Georgia, Feb. 07, 2025 (GLOBE NEWSWIRE) — Parks! America, Inc. (OTCPink: PRKA), today announced its financial results for the first quarter of fiscal year 2025 ended December 29, 2024. The summary information in this press release should not be used as the sole basis for making investment decisions. We encourage shareholders to read our complete Form 10-Q, which has been posted on the Company's website animalsafari.com/investor-relations, for a complete view of the Company and its results.
"""

KEMIRA = """\
---

Kemira Oyj

Kemira Oyj, Financial Statements Bulletin, February 11, 2025 at 8.30 am (EET)
"""


BOFA = """\
## Spotlight on Average Deposits and Net Interest Income ($B)

### Average Deposits

| Quarter | Amount |
|---------|--------|
| 4Q23 | $1,905 |
| 1Q24 | $1,907 |
| 2Q24 | $1,910 |
| 3Q24 | $1,921 |
| 4Q24 | $1,958 |

### Net Interest Income (FTE)⁽ᴬ⁾

| Quarter | Net Interest Income (GAAP) | FTE Adjustment | Total |
|---------|---------------------------|----------------|-------|
| 4Q23 | $13.9 | $0.2 | $14.1 |
| 1Q24 | $14.0 | $0.2 | $14.2 |
| 2Q24 | $13.7 | $0.2 | $13.9 |
| 3Q24 | $14.0 | $0.1 | $14.1 |
| 4Q24 | $14.4 | $0.1 | $14.5 |
---
# Consumer Banking¹
"""

def _doc(tmp_path, text, name="release.md"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract_file(p)


def _facts(tmp_path, text: str, name: str = "release.md") -> list[dict]:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def _by_line(facts, line: int) -> list[tuple]:
    return sorted((r["period_start"], r["period_end"], r["unit"], r["value"]) for r in facts if r["source_line"] == str(line))


def _registrant(facts) -> str | None:
    return next((r["text"] for r in facts if r["concept"] == "dei:EntityRegistrantName"), None)


# ------------------------------------------------------------------ HKFoods


def test_a_modifier_letter_minus_reads_as_the_dash_of_a_month_range():
    cal = Calendar(FiscalCalendar())
    for text, months in (("10\u02d712/2024", (date(2024, 10, 1), date(2024, 12, 31))),
                         ("1\u02d712/2023", (date(2023, 1, 1), date(2023, 12, 31))),
                         ("10\u201012/2024", (date(2024, 10, 1), date(2024, 12, 31))),
                         ("10\uff0d12/2024", (date(2024, 10, 1), date(2024, 12, 31)))):
        exprs = find_period_exprs(text)
        assert [e.kind for e in exprs] == ["month_range"], text
        p = resolve(exprs[0], cal)
        assert (p.start, p.end) == months


def test_hkfoods_key_figures_are_read(tmp_path):
    # the release was refused: "tables found ..., but no figure in them could be read"
    facts = _facts(tmp_path, HKFOODS)
    net_sales = [r for r in facts if r["label"] == "Net sales"]
    assert {(r["period_start"], r["period_end"], r["value"]) for r in net_sales} == {
        ("2024-10-01", "2024-12-31", "266900000"), ("2023-10-01", "2023-12-31", "249700000"),
        ("2024-01-01", "2024-12-31", "1001800000"), ("2023-01-01", "2023-12-31", "933000000")}
    assert {r["unit"] for r in net_sales} == {"iso4217:EUR"}
    assert _registrant(facts) == "HKFoods Plc"


def test_a_space_between_thousands_is_one_figure_in_a_cell_of_its_own(tmp_path):
    # "| Net sales | 266.9 | 249.7 | 1 001.8 | 933.0 |": "1" and "001.8" were two figures, five under four columns
    doc = _doc(tmp_path, HKFOODS)
    sales = cells(doc, label="Net sales")
    assert [c.value for c in sales] == [Decimal("266.9"), Decimal("249.7"), Decimal("1001.8"), Decimal("933.0")]


def test_a_percent_of_net_sales_row_is_a_percentage_never_euros(tmp_path):
    # "| - % of net sales | 2.4 | 1.3 | 2.2 | 1.5 |" under "(EUR million)" was 2,400,000 EUR
    facts = _facts(tmp_path, HKFOODS)
    rows = [r for r in facts if r["label"].endswith("- % of net sales")]
    assert rows and all(r["unit"] == "xbrli:pure" for r in rows)
    first = line_of(HKFOODS.splitlines(), "| - % of net sales")
    assert ("2024-10-01", "2024-12-31", "xbrli:pure", "0.024") in _by_line(facts, first)
    assert not any(r["unit"] == "iso4217:EUR" and "% of" in r["label"] for r in facts)
    # each row is the share of the measure above it, a line item of its own ("EBIT - % of net sales", "Comparable EBIT
    # - % of net sales", ...): the five rows had been one line item whose figures disagree, the last four left out
    assert {r["label"] for r in rows} == {f"{m} - % of net sales" for m in (
        "EBIT", "Comparable EBIT", "Comparable EBIT, Finland", "Profit before taxes, continuing operations",
        "Profit for the period, continuing operations")}
    assert {r["value"] for r in rows if r["label"] == "Profit for the period, continuing operations - % of net sales"} == {
        "-0.010", "-0.029", "-0.002", "-0.019"}


def test_a_net_debt_under_year_columns_is_a_balance_at_the_year_end(tmp_path):
    # "| Interest-bearing net debt |  |  | 149.8 | 287.9 |" and "| Net gearing % |  |  | 69.5 | 121.0 |" were durations
    facts = _facts(tmp_path, HKFOODS)
    debt, gearing = (line_of(HKFOODS.splitlines(), t) for t in ("| Interest-bearing net debt", "| Net gearing %"))
    assert _by_line(facts, debt) == [("", "2023-12-31", "iso4217:EUR", "287900000"), ("", "2024-12-31", "iso4217:EUR", "149800000")]
    assert _by_line(facts, gearing) == [("", "2023-12-31", "xbrli:pure", "1.210"), ("", "2024-12-31", "xbrli:pure", "0.695")]


# ------------------------------------------------------------------ FUSO Chemical


def test_citation_markers_are_no_part_of_the_text():
    from prxbrl.readers.text import strip_citations

    line = "| **Investing activities** | (20,538) [cite_start][cite: 54] | (18,576) [cite_start][cite: 54] |"
    out = strip_citations(line)
    assert len(out) == len(line)  # one character for one: spans keep their offsets
    assert out.split("|")[2].strip() == "(20,538)"
    assert "cite" not in strip_citations("do not constitute guarantees of future performance[cite: 93, 94, 95].")


def test_fuso_results_read_through_citation_markers(tmp_path):
    # the actual results read as nothing; the one fact was a 0 EPS for the forecast year, which set the document period
    facts = _facts(tmp_path, FUSO)
    assert ("2024-04-01", "2025-03-31", "iso4217:JPY", "69501000000") in _by_line(facts, 17)
    assert ("2024-04-01", "2025-03-31", "iso4217:JPY", "-20538000000") in _by_line(facts, 42)
    assert _by_line(facts, 34) == [("", "2024-03-31", "xbrli:pure", "0.711"), ("", "2025-03-31", "xbrli:pure", "0.735")]
    assert _by_line(facts, 25) == [("2023-04-01", "2024-03-31", "xbrli:pure", "0.188"),
                                   ("2024-04-01", "2025-03-31", "xbrli:pure", "0.234")]
    assert not any(r["period_end"] == "2026-03-31" for r in facts)  # nothing of the forecast year
    assert next(r["text"] for r in facts if r["concept"] == "dei:DocumentPeriodEndDate") == "2025-03-31"
    # the dividends table: "2nd Quarter-end | Fiscal year-end | Annual Dividends per share" are not told apart
    assert not any(50 <= int(r["source_line"] or 0) <= 54 for r in facts)


def test_a_markdown_table_no_table_read_is_counted_unexplained(tmp_path, monkeypatch):
    # before the markers were stripped, lines 15-35 were read as no table and their figures counted nowhere ("0 unexplained")
    import prxbrl.readers.text as text_reader

    monkeypatch.setattr(text_reader, "strip_citations", lambda t: t, raising=False)
    doc = _doc(tmp_path, FUSO)
    unexplained = [t for t in doc.tokens if t.reason == "unexplained"]
    assert {t.span.line for t in unexplained} >= {17, 18, 32}
    assert any(t.raw == "[cite_start]69,501" for t in unexplained)


# ------------------------------------------------------------------ Pulse Seismic


def test_a_bare_dollar_of_an_issuer_listed_and_based_in_canada_is_the_canadian_dollar(tmp_path):
    # every amount was in USD: "CALGARY, Alberta ... filed on SEDAR+", "(Thousands of dollars except per share data,"
    facts = _facts(tmp_path, PULSE)
    revenue = [r for r in facts if r["label"] == "Revenue"]
    assert len(revenue) == 4 and {r["unit"] for r in revenue} == {"iso4217:CAD"}
    assert not any(r["unit"].startswith("iso4217:USD") for r in facts)


def test_a_release_naming_the_us_dollar_keeps_its_dollar():
    from prxbrl.reporting_currency import domestic_dollar

    lines = PULSE.splitlines()
    assert domestic_dollar(lines, []) == "CAD"
    assert domestic_dollar(lines + ["All amounts are in US$ unless otherwise noted."], []) is None
    assert domestic_dollar([x.replace("SEDAR+", "EDGAR") for x in lines], []) is None  # nothing says it files in Canada


# ------------------------------------------------------------------ registrant names


def _entity_name(tmp_path, text: str) -> str | None:
    p = tmp_path / "head.md"
    p.write_text(text, encoding="utf-8")
    return entity_of(read_document(p)).name


def test_a_name_whose_first_word_ends_with_an_exclamation_mark(tmp_path):
    # "Parks! America, Inc. (OTCPink: PRKA)" was "America, Inc."
    assert _entity_name(tmp_path, PARKS) == "Parks! America, Inc."


def test_a_finnish_public_company(tmp_path):
    # "Kemira Oyj": no registrant name at all
    assert _entity_name(tmp_path, KEMIRA) == "Kemira Oyj"


def test_rows_of_one_figure_keep_it_under_columns_named_alike(tmp_path):
    # Bank of America Q4 2024 (tests/fixtures/bofa-q4-2024.md, lines 110-132): the rows of "Average Deposits" print one
    # figure each and keep it; those of "Net Interest Income (FTE)" print three under columns the reader names alike
    # ("Quarter Net Interest Income (GAAP) FTE Adjustment Total"): the first figure was that whole name's fact
    facts = _facts(tmp_path, BOFA)
    lines = BOFA.splitlines()
    deposits, nii = line_of(lines, "| 4Q23 | $1,905"), line_of(lines, "| 4Q23 | $13.9")
    assert _by_line(facts, deposits) == [("2023-10-01", "2023-12-31", "iso4217:USD", "1905000000000")]
    assert not any(nii <= int(r["source_line"] or 0) <= nii + 4 for r in facts)
