"""Per-share figures are never money: rows a per-share reconciliation adds up, labels that end naming the unit, an
acronym under a per-share heading; and a release that states no currency has its amounts excluded, not written.

The lines are copied from real releases (8-K exhibits rendered with pipes between cells; corpus renderings)."""

import subprocess
import sys
from decimal import Decimal

from conftest import CORPUS, ROOT, cells, need_shared

from prxbrl.extract import extract_file
from prxbrl.tables.columns import label_unit

# Karat Packaging Inc., EX-99.1 of August 6, 2026 (lines 111-148)
KARAT = [
    "CHINO, Calif., August 6, 2026 – Karat Packaging Inc. (Nasdaq: KRT), today announced financial results for its "
    "second quarter ended June 30, 2026.",
    "• Record quarterly net sales of $136.3 million, up 9.9 percent, from $124.0 million in the prior-year quarter.",
    "",
    "RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES (UNAUDITED)",
    "(In thousands, except percentages and per share amounts)",
    "",
    "Reconciliation of Adjusted EBITDA and Adjusted EBITDA margin: | Three Months Ended June 30, | Six Months Ended June 30,",
    "2026 | 2025 | 2026 | 2025",
    "Net income | 29,649 | 11,052 | 36,790 | 17,867",
    "Stock-based compensation expense | 596 | 445 | 913 | 884",
    "Adjusted EBITDA | 41,613 | 17,693 | 60,412 | 32,210",
    "",
    "Reconciliation of Adjusted Diluted Earnings Per Common Share: | Three Months Ended June 30, | Six Months Ended June 30,",
    "2026 | 2025 | 2026 | 2025",
    "Diluted earnings per common share: | 1.46 | 0.54 | 1.80 | 0.86",
    "Add (deduct):",
    "Stock-based compensation expense | 0.03 | 0.02 | 0.04 | 0.04",
    "Secondary offering transaction costs (1) | — | 0.01 | — | 0.01",
    "Tax impact | (0.01) | — | (0.01) | (0.01)",
    "Adjusted diluted earnings per common shares | 1.48 | 0.57 | 1.83 | 0.90",
]

# BellRing Brands, Inc., EX-99.1 (third quarter fiscal 2026): a total of the adjustments between the per-share rows
BELLRING = [
    "BellRing Brands, Inc. (NYSE:BRBR) today reported results for the third quarter ended June 30, 2026; net sales were "
    "$601.4 million.",
    "",
    "RECONCILIATION OF DILUTED EARNINGS PER COMMON SHARE",
    "",
    "TO ADJUSTED DILUTED EARNINGS PER COMMON SHARE (Unaudited)",
    "Three Months Ended June 30, | Nine Months Ended June 30,",
    "2026 | 2025 | 2026 | 2025",
    "Diluted Earnings per Common Share | 0.29 | 0.16 | 0.95 | 1.21",
    "Adjustments:",
    "Provision for legal matters | — | 0.53 | — | 0.53",
    "Mark-to-market adjustments on commodity hedges | (0.05) | (0.01) | (0.26) | 0.07",
    "Total Net Adjustments | 0.01 | 0.51 | (0.18) | 0.59",
    "Income tax effect on adjustments (1) | — | (0.12) | 0.04 | (0.14)",
    "Adjusted Diluted Earnings per Common Share | 0.30 | 0.55 | 0.81 | 1.66",
]


def _write(tmp_path, name, lines):
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _tokens(doc, line):
    return {t.raw: t for t in doc.tokens if t.span.line == line}


def test_rows_a_per_share_reconciliation_adds_up_are_per_share_not_scaled_money(tmp_path):
    doc = extract_file(_write(tmp_path, "karat.txt", KARAT))
    # 1.46 + 0.03 + 0 - 0.01 = 1.48 (and so in every column): the adjustments are per share, whatever the scale of
    # the money table above and the labels that name no unit
    sbc = [c for c in cells(doc, label="Stock-based compensation expense") if c.value == Decimal("0.03")]
    assert [(c.unit, c.scale) for c in sbc] == [("USD/shares", 0)]
    tax = cells(doc, label="Tax impact")
    assert {(c.unit, c.scale) for c in tax} == {("USD/shares", 0)}
    [adjusted] = [c for c in cells(doc, label="Adjusted diluted earnings per common shares") if c.value == Decimal("1.48")]
    assert (adjusted.unit, adjusted.scale) == ("USD/shares", 0)
    # the money table keeps its money
    [money] = [c for c in cells(doc, label="Stock-based compensation expense") if c.value == Decimal("596")]
    assert (money.unit, money.scale) == ("USD", 3)


def test_a_total_of_the_adjustments_stands_for_the_rows_above_it(tmp_path):
    doc = extract_file(_write(tmp_path, "bellring.txt", BELLRING))
    # 0.29 + 0.01 (total net adjustments) + 0 (tax) = 0.30; 0.95 - 0.18 + 0.04 = 0.81
    for label in ("Provision for legal matters", "Mark-to-market", "Total Net Adjustments", "Income tax effect"):
        got = cells(doc, label=label)
        assert got and {(c.unit, c.scale) for c in got} == {("USD/shares", 0)}, label


def test_a_per_share_title_over_rows_no_sum_places(tmp_path):
    # the net income of the money table above (Karat) among the per-share rows: no sum holds any more
    net_income = "Net income | 29,649 | 11,052 | 36,790 | 17,867"
    at = KARAT.index("Add (deduct):")
    lines = KARAT[: at + 1] + [net_income] + KARAT[at + 1 :]
    doc = extract_file(_write(tmp_path, "karat.txt", lines))
    # the title says per share and the figures are printed to the cent: per share
    assert {(c.unit, c.scale) for c in cells(doc, label="Tax impact")} == {("USD/shares", 0)}
    # whole numbers the title calls per share and the scale calls money: not guessed
    row = at + 2
    assert lines[row - 1] == net_income and not cells(doc, line=row)
    assert _tokens(doc, row)["29,649"].reason == "unit_undetermined"
    # the rows that say per share keep their unit
    assert {c.unit for c in cells(doc, label="Diluted earnings per common share")} == {"USD/shares"}


def test_labels_that_name_the_unit_per_share():
    # UnitedHealth (corpus, line 326): the head before " - " names no unit, the label ends with it
    assert label_unit("Direct response costs - cyberattack per share") == "per_share"
    assert label_unit("Tax effects of direct response costs - cyberattack per share") == "per_share"
    assert label_unit("Business disruption impacts per share (a)") == "per_share"
    # Amazon (corpus, line 316); Karat; MillerKnoll
    assert label_unit("Net income per diluted share") == "per_share"
    assert label_unit("Adjusted diluted earnings per common shares") == "per_share"
    assert label_unit("Earnings (loss) per share - diluted (1)") == "per_share"
    # Applied Materials (corpus): a count of shares, not money
    assert label_unit("Weighted average number of diluted shares") == "shares"
    # "Treasury stock—3,934 shares ..." still names no unit; nor does a share-based expense
    assert label_unit("Treasury stock—3,934 shares at cost") is None
    assert label_unit("Share-based compensation expense") is None


def test_an_acronym_under_a_per_share_heading_keeps_the_heading():
    # NVIDIA, Q3 FY2026 (corpus rendering, lines 226-232):
    #   Diluted net income per share
    #   GAAP $ 1.30 $ 1.08 $ 0.78 $ 3.14 $ 2.04
    #   Non-GAAP ** $ 1.30 $ 1.05 $ 0.81 $ 3.16 $ 2.10
    #   Weighted average shares used in diluted net income per share computation 24,483 24,532 24,774 24,542 24,837
    #   GAAP net cash provided by operating activities $ 23,750 $ 15,365 $ 17,629 $ 66,530 $ 47,460
    #   Purchases related to property and equipment and intangible assets (1,637) (1,894) (813) (4,758) (2,159)
    #   Principal payments on property and equipment and intangible assets (24) (21) (29) (97) (97)
    #   Free cash flow $ 22,089 $ 13,450 $ 16,787 $ 61,675 $ 45,204
    doc = extract_file(need_shared(CORPUS / "nvidia-q3-fy2026.txt"))
    # "GAAP" (upper case) no longer closes "Diluted net income per share": "Non-GAAP" under it is per share too
    non_gaap = [c for c in cells(doc, label="Non-GAAP **") if c.value == Decimal("1.05")]
    assert [(c.unit, c.scale) for c in non_gaap] == [("USD/shares", 0)]
    # the rows after the per-share rows name no unit and add up as money (23,750 - 1,637 - 24 = 22,089): money
    fcf = [c for c in cells(doc, label="Free cash flow") if c.value == Decimal("22089")]
    assert [(c.unit, c.scale) for c in fcf] == [("USD", 6)]
    ops = [c for c in cells(doc, label="GAAP net cash provided") if c.value == Decimal("23750")]
    assert [(c.unit, c.scale) for c in ops] == [("USD", 6)]


def test_a_release_that_states_no_currency_excludes_its_amounts_and_does_not_crash(tmp_path):
    # Karat's lines without any currency sign or word: amounts and per-share amounts have no currency
    lines = [x.replace("$", "") for x in KARAT]
    p = _write(tmp_path, "nocurrency.txt", lines)
    res = _convert(p, tmp_path / "out")
    # nothing is left: refused, and the error names the remedy
    assert res.returncode == 2 and "states no currency for their amounts" in res.stderr and "--currency" in res.stderr, res.stderr
    # with the share counts of its income statement (line 64), those are facts; the amounts are excluded
    shares = "Weighted average common shares outstanding, diluted | 20,107,051 | 20,191,111 | 20,090,225 | 20,194,942"
    lines = lines + [shares]
    p = _write(tmp_path, "nocurrency.txt", lines)
    doc = extract_file(p)
    assert doc.reporting_currency is None
    assert not [c for t in doc.tables for r in t.rows for c in r.cells if c.unit is None or c.unit.startswith("None")]
    row = next(i for i, x in enumerate(lines, start=1) if x.startswith("Net income"))
    assert _tokens(doc, row)["29,649"].reason == "currency_undetermined"
    row = next(i for i, x in enumerate(lines, start=1) if x.startswith("Diluted earnings per common share"))
    assert _tokens(doc, row)["1.46"].reason == "currency_undetermined"
    res = _convert(p, tmp_path / "out2")
    assert res.returncode in (0, 1), res.stderr
    assert "internal error" not in res.stderr and "Traceback" not in res.stderr


def _convert(path, out):
    return subprocess.run([sys.executable, "-m", "prxbrl.cli", "convert", str(path), "-o", str(out)], capture_output=True,
                          text=True, cwd=ROOT)


def test_titles_that_speak_per_share_alone():
    from prxbrl.tables.interpret import _speaks_per_share

    # Karat, BellRing (unseen releases), UnitedHealth (corpus, line 308)
    assert _speaks_per_share("Reconciliation of Adjusted Diluted Earnings Per Common Share:")
    assert _speaks_per_share("TO ADJUSTED DILUTED EARNINGS PER COMMON SHARE (Unaudited)")
    assert _speaks_per_share("Adjusted Net Earnings Per Share")
    # scale notes, and titles joining another measure to the per-share one (Adobe, corpus line 1)
    assert not _speaks_per_share("(In thousands, except share and per share data)")
    assert not _speaks_per_share("thousands except per share amounts")
    assert not _speaks_per_share("UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (In millions, except share and per share amounts)")
    assert not _speaks_per_share("Company raises Digital Media net new ARR and EPS annual targets")


def test_rows_printed_to_the_cent_under_a_per_share_heading_are_per_share(tmp_path):
    # Sears, Q2 2004 (corpus, lines 237-247), without the row the sum starts from (lines 240-243):
    #     EARNINGS/ (LOSS) PER COMMON SHARE
    #     Basic
    #       Cumulative effect of change in
    #        accounting principle             $    -   $    -   $ (3.86)  $     -
    #       Earnings/ (loss) per share        $ 0.25   $ 1.04   $ (3.71)  $  1.63
    lines = need_shared(CORPUS / "sears-q2-2004.txt").read_text(encoding="utf-8").split("\n")
    assert lines[239].strip() == "Earnings per share before" and lines[244].strip().startswith("accounting principle")
    del lines[239:243]
    doc = extract_file(_write(tmp_path, "sears.txt", lines))
    effect = [c for c in cells(doc, label="Cumulative effect of change") if c.value == Decimal("-3.86")]
    # no sum places it: the heading says per share and the figure is printed to the cent
    assert effect and {(c.unit, c.scale) for c in effect} == {("USD/shares", 0)}
    # the statement's money is money
    [income] = [c for c in cells(doc, label="NET INCOME") if c.value == Decimal("-806")]
    assert (income.unit, income.scale) == ("USD", 6)
