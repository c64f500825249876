"""Wrong facts from mapping on releases the converter had never seen (8-K earnings releases; SEC filing text is
public domain): each test holds the real lines it was found on."""

import csv
from pathlib import Path

from prxbrl.pipeline import convert

FIXTURES = Path(__file__).parent / "fixtures"


def _convert(tmp_path, text: str, name: str = "release.txt") -> list[dict]:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    convert(src, tmp_path / "out", formats=["xml", "csv"], validate=False)
    return list(csv.DictReader(next((tmp_path / "out").glob("*-facts-plain.csv")).open(encoding="utf-8")))


def _dims(row: dict) -> list[str]:
    return [v for k, v in row.items() if k.endswith("Axis") and v]


def test_cost_of_goods_sold_is_a_line_item_not_a_category_goods_sold(tmp_path):
    # Karat Packaging Q2 2026 (also BellRing Q3 FY2026, Strattec Q4 FY2026, Applied Materials' "Cost of products
    # sold"): "cost of (.+)" made "goods sold" a member of us-gaap:CostOfRevenue
    facts = _convert(tmp_path, (FIXTURES / "karat-q2-2026-income-excerpt.txt").read_text(encoding="utf-8"))
    cogs = [r for r in facts if r["label"] == "Cost of goods sold"]
    assert len(cogs) == 4
    assert all(not _dims(r) for r in cogs)
    assert all(r["concept"] == "us-gaap:CostOfGoodsAndServicesSold" for r in cogs)
    assert {r["value"] for r in cogs} == {"59142000", "74879000", "134563000", "137741000"}


MILLERKNOLL = (FIXTURES / "millerknoll-q4-fy2026-excerpt.txt").read_text(encoding="utf-8")


def test_investing_activities_under_cash_provided_by_used_in_is_the_net_cash(tmp_path):
    # MillerKnoll Q4 FY2026 (and BellRing Q3 FY2026): "Cash provided by (used in): / Investing activities (115.6)"
    # was us-gaap:PaymentsForProceedsFromOtherInvestingActivities +115.6 (the index's "other investing activities")
    facts = _convert(tmp_path, MILLERKNOLL)
    rows = [r for r in facts if r["label"] == "Investing activities"]
    assert {(r["concept"], r["value"]) for r in rows} == {
        ("us-gaap:NetCashProvidedByUsedInInvestingActivities", "-115600000"),
        ("us-gaap:NetCashProvidedByUsedInInvestingActivities", "-100900000")}


def test_equity_including_noncontrolling_interest_is_the_sum_of_both(tmp_path):
    # Strattec Q4 FY2026 balance sheet: "Non-controlling interest" was found as total assets less total liabilities
    # less the company's equity (the balance-sheet identity), so "Total Shareholders' Equity" added nothing up and
    # was StockholdersEquity like "Total Strattec shareholders' equity": the two clashed and both were dropped
    facts = _convert(tmp_path, (FIXTURES / "strattec-q4-fy2026-excerpt.txt").read_text(encoding="utf-8"), "strattec.txt")
    by_label = {}
    for r in facts:
        if not _dims(r):
            by_label.setdefault(r["label"], set()).add((r["concept"], r["period_end"], r["value"]))
    assert by_label["Total Strattec shareholders' equity"] == {
        ("us-gaap:StockholdersEquity", "2026-06-28", "238646000"), ("us-gaap:StockholdersEquity", "2025-06-29", "221592000")}
    assert by_label["Total Shareholders' Equity"] == {
        ("us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "2026-06-28", "265497000"),
        ("us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "2025-06-29", "246431000")}


def test_total_assets_adds_into_nothing():
    from decimal import Decimal

    from prxbrl.mapping.arithmetic import arithmetic_tree
    from prxbrl.models import Cell, LineItem, Span, Table

    # Strattec Q4 FY2026, lines 83, 96, 103-105 (in thousands)
    printed = [("Total Assets", "387479"), ("Total Liabilities", "121982"), ("Total Strattec shareholders' equity", "238646"),
               ("Non-controlling interest", "26851"), ("Total Shareholders' Equity", "265497")]
    rows = []
    for i, (label, v) in enumerate(printed):
        cells = [Cell(column=c, label=label, role="value", raw=v, value=Decimal(v), unit="USD", scale=3, decimals_printed=0,
                      span=Span(line=i + 1, start=40 + 10 * c, end=46 + 10 * c)) for c in (0, 1)]
        rows.append(LineItem(id=f"r{i}", label=label, line=i + 1, cells=cells))
    table = Table(id="t1", title="Balance sheets", first_line=1, last_line=5, layout="flattened", columns=[], rows=rows)
    items = lambda label: True  # noqa: E731 - every label names a line item of its own (the index says so for these)
    plain = arithmetic_tree(table, "USD", items)
    # without knowing what a side is, the total printed right under the noncontrolling interest claims it
    # (arithmetic.summed_below): no longer "assets less liabilities less the parent's equity"
    assert plain[3].children == [] and plain[4].children == [2, 3]
    nodes = arithmetic_tree(table, "USD", items, is_side=lambda label: label == "Total Assets")
    assert nodes[3].children == [] and nodes[4].children == [2, 3] and nodes[0].parent is None


def test_other_expenses_subtracted_from_operating_earnings_is_negative_other_income(tmp_path):
    # MillerKnoll Q4 FY2026: "Other expenses, net | 13.6" between operating earnings 51.4 and earnings before taxes
    # 37.8 was us-gaap:OtherNonoperatingIncomeExpense +13.6 ("positive by nature"): the sum says it is -13.6
    facts = _convert(tmp_path, MILLERKNOLL)
    rows = {(r["period_end"], r["value"]) for r in facts if r["label"] == "Other expenses, net" and not _dims(r)}
    assert {r["concept"] for r in facts if r["label"] == "Other expenses, net"} == {"us-gaap:OtherNonoperatingIncomeExpense"}
    assert rows == {("2026-05-30", "-13600000"), ("2025-05-31", "-19300000"), ("2026-05-30", "-70100000"), ("2025-05-31", "-72400000")}


def test_signs_of_gain_loss_and_noncontrolling_interest_follow_the_sum_they_are_printed_in(tmp_path):
    # UnitedHealth Q4 2024: "Gain (loss) on sale of subsidiary ... | 21 | — | (8,310) | —" added into earnings before
    # income taxes was -21 and +8,310 ("positive by nature"); "Earnings attributable to noncontrolling interests |
    # (241)" subtracted to reach the shareholders' net earnings was -241 (the interest's share of earnings is +241)
    facts = _convert(tmp_path, (FIXTURES / "unitedhealth-q4-2024-income-excerpt.txt").read_text(encoding="utf-8"))
    gain = {(r["period_start"], r["value"]) for r in facts if r["label"].startswith("Gain (loss) on sale of subsidiary")}
    assert ("2024-10-01", "21000000") in gain and ("2024-01-01", "-8310000000") in gain
    nci = {r["value"] for r in facts if r["concept"] == "us-gaap:NetIncomeLossAttributableToNoncontrollingInterest"}
    assert nci == {"241000000", "220000000", "837000000", "763000000"}


def test_deferred_income_taxes_on_each_side_of_the_balance_sheet(tmp_path):
    # OneSpan Q2 2026 (also BellRing Q3 FY2026): "Deferred income taxes" under ASSETS (59,195) and under LIABILITIES
    # (979) were both one concept: the figures clashed and both were dropped (the asset is US GAAP 2024's
    # DeferredIncomeTaxAssetsNet, DeferredTaxAssetsNetNoncurrent being deprecated)
    facts = _convert(tmp_path, (FIXTURES / "onespan-q2-2026.txt").read_text(encoding="utf-8"))
    rows = {(r["concept"], r["value"]) for r in facts if r["label"] == "Deferred income taxes"}
    assert rows == {("us-gaap:DeferredIncomeTaxAssetsNet", "59195000"), ("us-gaap:DeferredIncomeTaxAssetsNet", "54733000"),
                    ("us-gaap:DeferredIncomeTaxLiabilitiesNet", "979000"), ("us-gaap:DeferredIncomeTaxLiabilitiesNet", "988000")}


def test_what_a_label_says_its_figure_includes_does_not_name_the_line_item(tmp_path):
    # Karat Packaging Q2 2026: "Interest expense (including ($381) and ($509) associated with variable interest entity
    # ...)" and "General and administrative expenses (including $675 ...)" were extension concepts named after the
    # parenthesis; they are the standard line items
    facts = _convert(tmp_path, (FIXTURES / "karat-q2-2026-income-excerpt.txt").read_text(encoding="utf-8"))
    concept = {r["label"].split(" (")[0]: r["concept"] for r in facts if "(including" in r["label"]}
    assert concept["General and administrative expenses"] == "us-gaap:GeneralAndAdministrativeExpense"
    # below its operating income, in a release of 2026: US GAAP 2024's nonoperating interest expense (interest_lines)
    assert concept["Interest expense"] == "us-gaap:InterestExpenseNonoperating"
    interest = {r["value"] for r in facts if r["concept"] == "us-gaap:InterestExpenseNonoperating"}
    assert interest == {"425000", "521000", "834000", "1030000"}


def test_without_inclusions():
    from prxbrl.mapping.resolve import without_inclusions

    assert without_inclusions("Interest expense (including ($381) and ($509) associated with variable interest entity for the "
                              "three months ended June 30, 2026 and 2025, respectively)") == "Interest expense"
    assert without_inclusions("COST OF SALES (Including buying, distribution, and occupancy costs)") == "COST OF SALES"
    assert without_inclusions("Revenue (including (never closed") == "Revenue (including (never closed"


def test_an_unlabelled_sum_of_categories_is_their_total_not_the_first_category(tmp_path):
    # Karat Packaging Q2 2026 "NET SALES BY CATEGORY": "Chains and distributors | Online | Retail" and an unlabelled
    # "136,302": named "Chains and distributors, net", the total was the member of the first category and the two
    # rows' figures clashed (both dropped)
    facts = _convert(tmp_path, (FIXTURES / "karat-q2-2026-income-excerpt.txt").read_text(encoding="utf-8"))
    chains = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Chains and distributors"}
    assert ("2026-04-01", "105939000") in chains and len(chains) == 4
    assert all(_dims(r) for r in facts if r["label"] == "Chains and distributors")
    total = {r["value"] for r in facts if r["concept"] == "us-gaap:Revenues" and not _dims(r) and r["period_start"] == "2026-04-01"}
    assert total == {"136302000"}


def test_cost_of_a_printed_category_qualified_after_a_comma_is_that_category(tmp_path):
    # Xperi Q2 2026: "Cost of licensing and other revenue, excluding depreciation and amortization of intangible
    # assets" with a revenue row "Licensing and other revenue": the cost of that category, its member (not a new
    # member named after the whole qualified label); "Interest expense - debt | (684)" is interest expense +684
    facts = _convert(tmp_path, (FIXTURES / "xperi-q2-2026-partial.txt").read_text(encoding="utf-8"))
    cost = [r for r in facts if r["label"].startswith("Cost of licensing and other revenue")]
    revenue = [r for r in facts if r["label"] == "Licensing and other revenue"]
    assert cost and revenue and all(r["concept"] == "us-gaap:CostOfRevenue" for r in cost)
    assert {tuple(_dims(r)) for r in cost} == {tuple(_dims(r)) for r in revenue} == {("xperi:LicensingAndOtherRevenueMember",)}
    interest = {r["value"] for r in facts if r["concept"] == "us-gaap:InterestExpenseDebt"}
    assert interest == {"684000", "759000", "1362000", "1491000"}


SOUTHERN = (FIXTURES / "southern-q4-2004-highlights.txt").read_text(encoding="utf-8")


def test_a_count_stated_at_the_end_of_the_period_is_an_instant(tmp_path):
    # Southern Company Q4 2004 (EX-99.02, "Financial Highlights"): "End of Period Shares Outstanding (in millions)
    # 741 735" under "12 Months Ended December" was a count over the year 2004-01-01..2004-12-31
    facts = _convert(tmp_path, SOUTHERN, "southern.txt")
    rows = [r for r in facts if r["label"] == "End of Period Shares Outstanding (in millions)"]
    assert {(r["period_start"], r["period_end"], r["value"]) for r in rows} == {
        ("", "2004-12-31", "741000000"), ("", "2003-12-31", "735000000")}
    # the average over the period stays a flow
    avg = [r for r in facts if r["label"] == "Average Shares Outstanding (in millions)"]
    assert len(avg) == 4 and all(r["period_start"] for r in avg)


def test_balance_date_needs_the_period_named():
    from prxbrl.mapping.labels import balance_date

    assert balance_date("End of Period Shares Outstanding (in millions)") == "end"
    assert balance_date("Cash and cash equivalents at beginning of year") == "start"
    assert balance_date("Number of employees at end of the fiscal year") == "end"
    # flows whose words only look like a boundary
    assert balance_date("Store opening costs") is None
    assert balance_date("Closing costs on acquisitions") is None
    assert balance_date("Year-end bonus") is None
    # a roll-forward label naming both ends says neither
    assert balance_date("Change from beginning of year to end of year") is None
    # the end said the other way round (PrairieSky Q4 2024: "| Shares outstanding at period end | 239.0 |" had been a
    # share count over each column's quarter or year)
    assert balance_date("Shares outstanding at period end") == "end"
    assert balance_date("Net debt as of year-end") == "end"
    assert balance_date("Sales for the period ending") is None


def _facts_of(tmp_path, fixture: str) -> list[dict]:
    return _convert(tmp_path, (FIXTURES / fixture).read_text(encoding="utf-8"), fixture)


def test_the_second_of_a_basic_diluted_pair_of_share_counts_is_a_share_count(tmp_path):
    # Reddit Q1 2026, a statement run together on one line (line 330 of the fixture): "Weighted-average shares used
    # to compute net income per share attributable to common stockholders Basic 191,518,973 182,024,207 Diluted
    # 202,524,173 201,275,223": "Diluted" alone names earnings per share, and 202,524,173 was diluted EPS in dollars
    facts = _facts_of(tmp_path, "reddit-q1-2026.txt")
    eps = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:EarningsPerShareDiluted"}
    assert eps == {("2026-03-31", "1.01"), ("2025-03-31", "0.13")}
    shares = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"}
    assert shares == {("2026-03-31", "202524173"), ("2025-03-31", "201275223")}


def test_an_income_tax_label_naming_the_benefit_keeps_the_printed_signs(tmp_path):
    # Reddit Q1 2026: "Income tax expense (benefit) | 1,747 | (1,721)" was read "positive by nature" and, half of its
    # figures negative, flipped: an expense of -1,747 and of +1,721
    facts = _facts_of(tmp_path, "reddit-q1-2026.txt")
    tax = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:IncomeTaxExpenseBenefit"}
    assert tax == {("2026-03-31", "1747000"), ("2025-03-31", "-1721000")}


def test_columns_of_a_header_of_fiscal_years_over_quarters(tmp_path):
    # Strattec Q3 FY2026, "Reconciliation of GAAP to Non-GAAP Financial Measures": "Fiscal 2025 | Fiscal 2026" over
    # "Q1 | Q2 | Q3 | Q4 | Total" twice, nine figures a row. Had been read as two columns (and seven that said the
    # same): the first quarter's net sales 139,052 were fiscal 2025's, the second quarter's 129,919 fiscal 2026's. The
    # fourth quarter of fiscal 2026 starts after the balance sheet date: the leaf the rows leave out (``tables.leaves``)
    facts = _facts_of(tmp_path, "strattec-q3-fy2026.txt")
    sales = {(r["period_start"], r["period_end"], r["value"]) for r in facts if r["label"] == "Net Sales (GAAP)"}
    assert sales == {("2024-07-01", "2024-09-29", "139052000"), ("2024-09-30", "2024-12-29", "129919000"),
                     ("2025-03-31", "2025-06-29", "152013000"), ("2024-07-01", "2025-06-29", "565066000"),
                     ("2025-06-30", "2025-09-28", "152399000"), ("2025-09-29", "2025-12-28", "137534000")}
    # the third quarters are the income statement's facts ("Three Months Ended March 29, 2026 | March 30, 2025")
    third = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:Revenues" and r["period_start"] in ("2024-12-30", "2025-12-29")}
    assert third == {("2025-03-30", "144082000"), ("2026-03-29", "137632000")}
    # the year to date 427,565 stands under "Fiscal 2026 Total", a year not ended: no fact of fiscal 2026
    assert not [r for r in facts if r["period_end"] == "2026-06-28"]


def test_a_word_the_index_never_saw_keeps_a_label_outside_the_statements_its_own(tmp_path):
    # Southern Company Q4 2004, "Financial Highlights": "Synthetic Fuels | 14 | 14 | 74 | 58", a business's earnings
    # in a table of earnings by business, was us-gaap:FuelCosts ("synthetic" is in no filer's label nor element name,
    # so the label read as "Fuels", word for word)
    facts = _convert(tmp_path, SOUTHERN, "southern.txt")
    rows = [r for r in facts if r["label"] == "Synthetic Fuels"]
    assert len(rows) == 4 and all(r["concept"] == "southern:SyntheticFuels" for r in rows)
    assert not [r for r in facts if r["concept"] == "us-gaap:FuelCosts"]


def test_the_fiscal_year_to_date_gives_the_cover_its_year_end_and_quarter(tmp_path):
    # Strattec Q3 FY2026 ("Nine Months Ended March 29, 2026"; a year that ends in June, never stated): the cover
    # said CurrentFiscalYearEndDate --12-31 and DocumentFiscalPeriodFocus Q1 (three months into a calendar year)
    facts = _facts_of(tmp_path, "strattec-q3-fy2026.txt")
    dei = {r["concept"]: r["text"] for r in facts if r["concept"].startswith("dei:")}
    assert dei["dei:DocumentFiscalPeriodFocus"] == "Q3"
    # the year to date starts after June 29, 2025, a Sunday: a 52/53-week year whose next end, the last Sunday of June
    # and the Sunday nearest its end alike, is June 28, 2026 (was --06-29, the year before's end)
    assert dei["dei:CurrentFiscalYearEndDate"] == "--06-28"
    assert dei["dei:DocumentPeriodEndDate"] == "2026-03-29"


def test_an_unlabelled_figure_adding_up_nothing_is_no_fact(tmp_path):
    # Strattec's exhibit header ("EX-99.1 / 2 / strt-ex99_1.htm"): the sequence number 2 was strt:UnlabeledLine, $2
    facts = _facts_of(tmp_path, "strattec-q3-fy2026.txt")
    assert not [r for r in facts if r["label"].startswith("Unlabeled line")]


def test_a_statement_laid_out_in_rows_wins_over_its_copy_run_together_on_a_line(tmp_path):
    # Reddit Q1 2026 prints its cash-flow statement twice: as rows, and again run together on one line (line 334 of
    # the fixture), where "Cash flows from operating activities Net income $ 203,981" read as the net cash of
    # operations: the two disagreed, and the statement's 312,253 was dropped with the copy's figure
    facts = _facts_of(tmp_path, "reddit-q1-2026.txt")
    cfo = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:NetCashProvidedByUsedInOperatingActivities"}
    assert cfo == {("2026-03-31", "312253000"), ("2025-03-31", "127578000")}


def test_a_bank_balance_sheet_in_markdown_with_bold_cells(tmp_path):
    """Infinity Bancorp, Q4 2024 (ACCESS Newswire markdown, tests/fixtures/inft-q4-2024.md; source
    zhigehe/bulwark@dc767a2e:content/news/morningstar/Infinity-Bancorp-Announces-Fourth-Quarter-2024-Financial-Results.md).
    The current period's cells are bold ("| **$** | **69,057** |", "| **December 31,****2024** |"): the release read
    no figure at all. Its equity section prints the year's "Net income 3,877" beside retained earnings: a balance no
    US GAAP concept names (NetIncomeLoss, whose label it is, is a flow); it had become us-gaap:AccruedIncomeTaxesCurrent
    (a filer's "Income tax, net", two of its words). "At and For the Three Months Ended" heads its ratios: no segment
    "At and"."""
    rows = _convert(tmp_path, (FIXTURES / "inft-q4-2024.md").read_text(encoding="utf-8"), "inft.md")
    got = {(r["concept"], r["period_end"]): r["value"] for r in rows if not _dims(r)}
    assert got[("us-gaap:CashAndDueFromBanks", "2024-12-31")] == "69057000"
    assert got[("us-gaap:Assets", "2024-12-31")] == "332667000"
    assert not [r for r in rows if r["concept"] == "us-gaap:AccruedIncomeTaxesCurrent"]
    [ni] = [r for r in rows if r["label"] == "Net income" and r["period_end"] == "2024-12-31" and not r["period_start"]]
    assert ni["value"] == "3877000" and not ni["concept"].startswith("us-gaap:")
    assert not [r for r in rows if _dims(r)]
    # a bank's balance sheet classifies nothing as current: its "Other assets" are us-gaap:OtherAssets, not the
    # noncurrent part of a classified balance sheet
    assert got[("us-gaap:OtherAssets", "2024-12-31")] == "4753000"
    assert not [r for r in rows if r["concept"].endswith("Noncurrent")]


def test_an_unclassified_balance_sheet_holds_the_whole_concepts():
    from prxbrl.mapping.placement import section_variant

    bank = ("Cash and due from banks", "Total Loans", "Other assets", "TOTAL ASSETS", "Total deposits", "TOTAL LIABILITIES")
    assert section_variant("us-gaap:OtherAssetsNoncurrent", "Other assets", (), labels=bank)[0] == "us-gaap:OtherAssets"
    assert section_variant("us-gaap:MarketableSecuritiesCurrent", "Marketable securities", (), labels=bank)[0] == "us-gaap:MarketableSecurities"
    # a classified one ("Total current assets"), or a part of one (no totals): the part stays
    classified = bank + ("Total current assets",)
    assert section_variant("us-gaap:OtherAssetsNoncurrent", "Other assets", (), labels=classified)[0] == "us-gaap:OtherAssetsNoncurrent"
    assert section_variant("us-gaap:OtherAssetsNoncurrent", "Other assets", (), labels=bank[:3])[0] == "us-gaap:OtherAssetsNoncurrent"


def test_a_flows_label_in_a_balance_sheet_is_no_weaker_match():
    from prxbrl.mapping.choose import Context, choose

    bs = Context(statement="B", period="i", unit="money")
    ch = choose("Net income", bs)
    assert ch.qname is None and "which does not fit" in ch.evidence[0]
    # a concept whose name holds every word of the label is still a reading of it
    assert choose("Other comprehensive income", bs).qname == "us-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax"


def test_the_fiscal_year_focus_is_the_year_the_columns_show(tmp_path):
    """Friedman Industries, third fiscal quarter ended December 31, 2024 (GlobeNewswire; tests/fixtures/frd-q3-fy2025-
    operations.md, source zhigehe/bulwark): the nine months start April 1, so its year ends March 31; the quarter
    is of fiscal 2025 (its outlook speaks of "the fourth quarter of fiscal 2025"), not of calendar 2024."""
    rows = _convert(tmp_path, (FIXTURES / "frd-q3-fy2025-operations.md").read_text(encoding="utf-8"), "frd.md")
    dei = {r["concept"]: r["value"] or r["text"] for r in rows if r["concept"].startswith("dei:")}
    assert (dei["dei:CurrentFiscalYearEndDate"], dei["dei:DocumentFiscalYearFocus"], dei["dei:DocumentFiscalPeriodFocus"]) == ("--03-31", "2025", "Q3")


def test_cash_at_the_boundaries_of_the_period_is_the_cash_balance(tmp_path):
    """Royalty Management Holding, Q1 2025 (NEWMEDIAWIRE; Newsworthyai/press-release-archive@56cde368, its cash-flow
    statement printed one cell per line, here with pipes): "Cash – Beginning of Period" / "Cash – Ending of Period"
    are the cash balance at the two dates ("cash" and "beginning"/"end" are words that qualify a heading elsewhere;
    "Ending of" was no period end): both had been extensions, the ending one in a duration context."""
    text = "\n".join([
        "FISHERS, INDIANA - May 15, 2025 (NEWMEDIAWIRE) - Royalty Management Holding Corporation (Nasdaq: RMCO) today "
        "reported total revenues of $923,223 for the first quarter of 2025.",
        "",
        "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (UNAUDITED)",
        "For the Three Months Ended March 31, | 2025 | 2024",
        "Net Change in Cash | 18,401 | (60,638)",
        "Cash – Beginning of Period | 309,488 | 372,286",
        "Cash – Ending of Period | $ 327,889 | $ 311,648",
    ])
    rows = _convert(tmp_path, text)
    got = {(r["concept"], r["period_start"], r["period_end"]): r["value"] for r in rows if not r["concept"].startswith("dei:")}
    cash = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"
    assert got[(cash, "", "2025-03-31")] == "327889"
    assert got[(cash, "", "2024-12-31")] == "309488"
