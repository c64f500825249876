"""Releases the converter had never seen (unseen94-99: pharmaceutical, media and other 10-Ks, foreign filers' annual
reports, Japanese tanshin and Indian annual reports as PDF or Markdown text), and the left-overs of earlier stops, their
wrong and lost facts each at its mechanism. Fixtures are the releases' own lines:

- cik90896 Q3 FY2007 (a cell a line): "Total Current Assets" under "ASSETS", the total assets printed unlabelled.
- Applied Digital FY2026: parts under a heading named like the line that closes them.
- Accenture FY2024: "6,77,674" among thousands of dollars.
- Bristol Myers Squibb's 10-K (Markdown with HTML tables): a statement's title run into a paragraph on credit risk, the
  euro of a risk paragraph.
- Reliance FY2025 (Ind AS): "2024-25 | 2023-24". Merck's 10-K: "Years Ended December 31" over years alone, a sentence
  on the statements over them, misspelt labels. Netflix: "$(7) million" in a label, "337.310" among thousands.
- American Tower: "(shares in thousands)" under "(in millions, ...)"; "BASIC" / "DILUTED" in capitals.
- FedEx FY2025: "Facilities and other" among the classes of gross PP&E. Shin-Etsu FY2026 (a PDF's text): stacked
  ranges, "Ap ril", Japanese GAAP's ordinary and extraordinary income. Warner Bros. Discovery: comprehensive loss.
- Novartis India, TCI Express, Titan FY2025 (Ind AS): "Statement of Profit and Loss", a second header of other dates,
  "(h) Financial assets" under each class. PepsiCo Q1 2023: "112  bps" where a label stands.
"""

from conftest import ROOT, plain_facts

FIXTURES = ROOT / "tests" / "fixtures"


def test_a_total_of_the_current_part_leaves_its_whole_open(tmp_path):
    # "ASSETS" / ... / "Total Current Assets" / "Property, Plant and Equipment, net" / "Other Assets" / "| $ | 216,451":
    # the total of the current part closed "ASSETS", so the unlabelled total after the noncurrent rows stood under no
    # heading and became an extension named after the title line ("ApprovedByJamesRWeigandTotal"), and "Other Deferred
    # Liabilities" under "Total Current Liabilities" a member of it
    facts = plain_facts(FIXTURES / "cik90896-q3-fy2007.txt", tmp_path / "out")
    got = {(r["concept"], r["period_end"], r["value"], r["source_line"]) for r in facts
           if r["concept"] in ("us-gaap:Assets", "us-gaap:LiabilitiesAndStockholdersEquity")}
    assert got == {("us-gaap:Assets", "2007-02-28", "216451000", "107"), ("us-gaap:Assets", "2006-02-28", "245574000", "109"),
                   ("us-gaap:LiabilitiesAndStockholdersEquity", "2007-02-28", "216451000", "153"),
                   ("us-gaap:LiabilitiesAndStockholdersEquity", "2006-02-28", "245574000", "155")}
    deferred = [r for r in facts if r["label"] == "Other Deferred Liabilities"]
    assert len(deferred) == 2 and not any(v for r in deferred for k, v in r.items() if k.endswith("Axis"))
    assert not any("Approved" in r["concept"] for r in facts)


def test_parts_under_a_heading_add_up_to_the_line_it_names(tmp_path):
    # Applied Digital FY2026: "Net loss attributable to common stockholders" (a heading) / "Continuing operations
    # (110,560)" / "Discontinued operations (1,020)" / "Net loss attributable to common stockholders (111,580)": the
    # discontinued operations had been read as the net loss printed above the heading less the continuing operations,
    # which made the continuing operations +110,560; and the closing line, qualified by its own heading, had been
    # us-gaap:NetIncomeLoss (the parent's share before the preferred dividends) of -111,580
    facts = plain_facts(FIXTURES / "applieddigital-fy2026-operations.txt", tmp_path / "out")
    continuing = {(r["period_start"], r["value"]) for r in facts if r["source_line"] in ("165", "169")}
    assert continuing == {("2026-03-01", "-110560000"), ("2025-06-01", "-249243000")}
    assert not [r for r in facts if r["concept"] == "us-gaap:NetIncomeLoss" and r["value"] in ("-111580000", "-250263000")]
    common = {r["value"] for r in facts if r["concept"] == "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic"}
    assert {"-111580000", "-250263000"} <= common


def test_lakh_grouping_outside_a_rupee_release_is_a_misprint(tmp_path):
    # Accenture FY2024 (thousands of U.S. dollars): "Total non-current liabilities | 7,787,988 | 6,77,674", the 2023
    # figure's parts adding up to 6,777,674; read the Indian way it had been 677,674 thousand dollars
    from prxbrl.tokens import parse_amount

    assert parse_amount("6,77,674").indian_grouping and not parse_amount("677,674").indian_grouping
    facts = plain_facts(FIXTURES / "accenture-fy2024-balance-sheet.md", tmp_path / "out")
    noncurrent = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:LiabilitiesNoncurrent"}
    assert noncurrent == {("2024-08-31", "7787988000")}
    # a rupee release's lakhs stay read (Mastek FY2025's "Total assets | 1,05,319": tests/test_unseen82.py)


def test_markdown_paragraphs_end_at_blank_lines_and_prose_names_no_currency(tmp_path):
    # Bristol Myers Squibb's 10-K as Markdown with HTML tables: the lines between the tables had been one run-on
    # paragraph (HTML joins text across blank lines), so the statement of earnings was titled by a sentence on credit
    # risk, and the euro named by the foreign-exchange risk paragraph above it made every figure printed without "$"
    # (revenues, net earnings, diluted EPS: 42 facts) euros
    from prxbrl.tables.interpret import _currency_of

    facts = plain_facts(FIXTURES / "bms-fy2024-earnings.md", tmp_path / "out")
    units = {r["unit"] for r in facts if r["value"] and r["concept"].startswith("us-gaap:")}
    assert units and all("EUR" not in u for u in units), units
    revenues = {(r["period_start"], r["unit"], r["value"]) for r in facts if r["concept"] == "us-gaap:Revenues"}
    assert ("2024-01-01", "iso4217:USD", "48300000000") in revenues
    assert _currency_of(["Our primary net foreign currency translation exposures are the euro and Japanese yen."]) is None
    assert _currency_of(["All amounts are presented in millions of euros."]) == "EUR"


def test_a_year_named_by_the_two_it_spans(tmp_path):
    # Reliance Industries FY2025 (Ind AS): columns "2024-25 | 2023-24" under "For the year ended 31st March, 2025"; the
    # header had been read as the year 2024 and a text "-25", so every figure of 2024-25 was dated April 2023 to March
    # 2024 on a segment member "X25" made of the rest
    from prxbrl.periods import find_period_exprs

    assert [(e.kind, e.text) for e in find_period_exprs("2024-25")] == [("fiscal_year", "2024-25")]
    assert [(e.kind, e.text) for e in find_period_exprs("FY 2024/25")] == [("fiscal_year", "FY 2024/25")]
    assert [e.kind for e in find_period_exprs("2024-2025")] == ["year", "year"]  # two years, as before
    facts = plain_facts(FIXTURES / "reliance-fy2025-profit-and-loss.md", tmp_path / "out")
    assert not any(k.endswith("Axis") and v and v.split(":")[-1].startswith("X2") for r in facts for k, v in r.items())
    profit = {(r["period_start"], r["period_end"], r["value"]) for r in facts if r["label"] == "Profit for the Year"}
    assert profit == {("2024-04-01", "2025-03-31", "352620000000"), ("2023-04-01", "2024-03-31", "420420000000")}


def test_years_alone_under_years_ended_a_month_and_day(tmp_path):
    # Merck's 10-K: "Consolidated Statement of Income" / "Years Ended December 31" over "2024 | 2023 | 2022", after the
    # sentence "The consolidated balance sheet of Merck ... as of December 31, 2024 and 2023, and the related
    # consolidated statements of income ...": no year end was known (the phrase names no year), so no year was read, and
    # the sentence's "as of December 31, 2024" had made the 2024 column the balance at that date
    from prxbrl.fiscal_calendar import detect_calendar

    fc = detect_calendar(["Consolidated Statement of Income", "Years Ended December 31", "($ in millions)"])
    assert (fc.year_end_month, fc.year_end_day, fc.source is not None) == (12, 31, True)
    assert detect_calendar(["Three Months Ended June 30"]).source is None
    facts = plain_facts(FIXTURES / "merck-fy2024-income.md", tmp_path / "out")
    sales = {(r["period_start"], r["period_end"], r["value"]) for r in facts if r["label"] == "Sales"}
    assert sales == {("2024-01-01", "2024-12-31", "64168000000"), ("2023-01-01", "2023-12-31", "60115000000"),
                     ("2022-01-01", "2022-12-31", "59283000000")}
    assert not [r for r in facts if r["period_start"] == "" and r["concept"].startswith("us-gaap:")]


def test_misspelt_words_read_as_the_words_filers_print(tmp_path):
    # (and the release's noncontrolling interest is known from the mended words: its cash flows' "Net income 17,133" is
    # ProfitLoss too, no NetIncomeLoss disagreeing with the parent's 17,117: tests/fixtures/merck-fy2024-income.md holds
    # the statement of income only, the whole release was measured)
    # Merck's 10-K (a scanned page's text): "Less: Net Income Atributable to Nonocontroling Interests | 16" had been
    # us-gaap:InterestIncomeExpenseNet of -16 million, and with no noncontrolling-interest line seen, "Net Income" and
    # "Net Income Attributable to Merck & Co., Inc." were one fact of two figures, both left out
    from prxbrl.mapping.spelling import corrected

    assert corrected("Less: Net Income Atributable to Nonocontroling Interests") == \
        "Less: Net Income Attributable to Noncontrolling Interests"
    assert corrected("Cost of materials consumed") == "Cost of materials consumed"  # another form, no misspelling
    assert corrected("Organizational realignment costs") == "Organizational realignment costs"
    for name in ("Acquisition of Prometheus Biosciences, Inc.", "Keytruda", "Eyebiotec Limited", "Elanco Animal Health"):
        assert corrected(name) == name  # names of the company's own are no misspellings
    facts = plain_facts(FIXTURES / "merck-fy2024-income.md", tmp_path / "out")
    got = {(r["concept"], r["value"], r["label"]) for r in facts if r["period_start"] == "2024-01-01" and r["source_line"] in ("32", "33", "34")}
    assert got == {("us-gaap:ProfitLoss", "17133000000", "Net Income"),
                   ("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", "16000000",
                    "Less: Net Income Atributable to Nonocontroling Interests"),
                   ("us-gaap:NetIncomeLoss", "17117000000", "Net Income Attributable to Merck & Co., Inc.")}


def test_an_amount_in_a_label_is_no_scale_of_its_row(tmp_path):
    # Netflix's 10-K "(in thousands)": "Foreign currency translation adjustments, net of income tax (expense) benefit of
    # $(7) million, $0, and $0, respectively | 113,384 | (176,811)": the tax amount's "million" had scaled the row's
    # thousands by a million (113,384,000,000 dollars)
    from prxbrl.tables.scale_notes import scale_of

    assert scale_of(["Change in unrealized gains, net of income tax (expense) benefit of $(1) million, $0, and $0"]) is None
    assert scale_of(["(in millions)"]) == 6
    facts = plain_facts(FIXTURES / "netflix-fy2024-comprehensive-income.md", tmp_path / "out")
    fx = {r["value"] for r in facts if r["label"].startswith("Foreign currency translation adjustments")}
    assert fx == {"113384000", "-176811000"}


def test_share_counts_in_thousands_under_a_table_in_millions(tmp_path):
    # American Tower's 10-K "(in millions, except share count and per share data)": "EQUITY (shares in thousands):" /
    # "Common stock: $0.01 par value; 1,000,000 shares authorized; 478,388 and 477,300 shares issued; ... | 4.8 | 4.8"
    # had been 478 billion shares (par value times 478,388 thousand is the 4.8 million printed); "WEIGHTED AVERAGE COMMON
    # SHARES OUTSTANDING (in thousands):" / "BASIC" / "DILUTED": the upper-case "BASIC" closed the heading, so the
    # diluted count had been read in units (468,120 shares)
    facts = plain_facts(FIXTURES / "americantower-fy2024-balance-and-operations.md", tmp_path / "out")
    issued = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:CommonStockSharesIssued"}
    assert issued == {("2024-12-31", "478388000"), ("2023-12-31", "477300000")}
    diluted = {r["value"] for r in facts if r["concept"] == "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"}
    assert diluted == {"468120000", "467162000", "462750000"}


def test_a_part_is_no_element_its_whole_adds_into(tmp_path):
    # FedEx FY2025: "Facilities and other | 16,505" among the classes of "Total property and equipment, at cost | 87,622"
    # had been us-gaap:PropertyPlantAndEquipmentNet (a filer's "Facilities, net"), which the gross total adds into; the
    # real "Net property and equipment | 41,642" then became an extension
    facts = plain_facts(FIXTURES / "fedex-fy2025-assets.md", tmp_path / "out")
    net = {(r["period_end"], r["value"]) for r in facts if r["concept"] == "us-gaap:PropertyPlantAndEquipmentNet"}
    assert net == {("2025-05-31", "41642000000"), ("2024-05-31", "41491000000")}
    assert {r["concept"] for r in facts if r["label"] == "Facilities and other"} == {"fedex:FacilitiesAndOther"}


def test_a_tanshins_statements_as_a_pdfs_text(tmp_path):
    # Shin-Etsu FY2026 (its tanshin's statements as a PDF's text): column headers stacked left "April 1, 2024 -" /
    # "March 31, 2025" / "Ap ril 1, 2025 -" / "March 31, 2026" had dated the cash flows' first column (the year before)
    # FY2025 and lost the second; "Ap ril 1, 2025 -" had been a row (shinetsu:ApRil = 2,025 million yen) that cut the
    # income statement in two; the receivables' label printed above their figures had made the allowance under it
    # us-gaap:AccountsReceivableNetCurrent of -9,941 million; and, once read, Japanese GAAP's "Ordinary income" had been an
    # investment company's distributions, "Total extraordinary income" the income before income taxes, "Total income taxes"
    # negative (the table's costs printed positive and subtracted read as deductions printed negative), "Total fixed
    # assets" (PP&E, intangibles, investments) the gross PP&E
    from prxbrl.periods import find_period_exprs

    assert [(e.kind, e.groups.get("date")) for e in find_period_exprs("Ap ril 1, 2025 - March 31, 2026")][0][0] == "date_range"
    facts = plain_facts(FIXTURES / "shinetsu-fy2026-statements.txt", tmp_path / "out")
    by = {(r["concept"], r["period_start"], r["period_end"]): r["value"] for r in facts if not any(k.endswith("Axis") and v for k, v in r.items())}
    assert by[("us-gaap:NetCashProvidedByUsedInOperatingActivities", "2025-04-01", "2026-03-31")] == "712651000000"
    assert by[("us-gaap:NetCashProvidedByUsedInOperatingActivities", "2024-04-01", "2025-03-31")] == "881934000000"
    assert by[("us-gaap:Revenues", "2025-04-01", "2026-03-31")] == "2573969000000"
    assert by[("us-gaap:IncomeTaxExpenseBenefit", "2025-04-01", "2026-03-31")] == "202198000000"
    assert by[("us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent", "", "2026-03-31")] == "13491000000"
    assert by[("us-gaap:AccountsNotesAndLoansReceivableNetCurrent", "", "2026-03-31")] == "535383000000"
    concepts = {r["concept"] for r in facts}
    assert not concepts & {"us-gaap:InvestmentCompanyDistributionOrdinaryIncome", "us-gaap:PropertyPlantAndEquipmentGross",
                           "us-gaap:AccountsReceivableNetCurrent"}
    assert not any("ApRil" in c or "April" in c for c in concepts)
    pretax = [r for r in facts if r["label"] == "Total extraordinary income"]
    assert pretax and not any("BeforeIncomeTaxes" in r["concept"] for r in pretax)


def test_comprehensive_income_of_either_direction(tmp_path):
    # Warner Bros. Discovery's "Comprehensive loss (income) attributable to noncontrolling interests | 132": a loss of 132
    # (us-gaap:ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest names no direction, "Loss" nowhere in it)
    from prxbrl.mapping.signs import parenthesised_direction, two_way

    assert two_way("ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest")
    assert parenthesised_direction("ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest",
                                   "Comprehensive loss (income) attributable to noncontrolling interests") is True  # negated


def test_a_statement_of_profit_and_loss_and_its_year(tmp_path):
    # Ind AS: "Statement of Profit and Loss" names an income statement (Novartis India's had been a summary, its other
    # comprehensive income broken down by products); "Other Comprehensive Income for the year" is the line item without
    # its period's words; a row that prints no figure ("Tax Expense | 27", a note's number) takes no concept from
    # "Total Tax Expense"
    from prxbrl.mapping.labels import label_key
    from prxbrl.mapping.rules import table_kind

    assert table_kind("Statement of Profit and Loss for the year ended 31st March, 2025", []) == "income"
    assert label_key("Other Comprehensive Income for the year") == label_key("Other comprehensive income")
    assert label_key("Profit for the year") == "net income"  # ([index] synonyms: IFRS's net income)


def test_kinds_printed_under_each_class_of_a_balance_sheet(tmp_path):
    # Titan FY2025 (Ind AS): "(1) Non-current assets" / "(h) Financial assets" / "(i) Investments 651", then "(2) Current
    # assets" / "(b) Financial assets" / "(i) Investments 1,337": the serial letters kept the two "Financial assets" apart,
    # so the first closed its class heading, and only the innermost heading was read for the class: the noncurrent
    # investments had been us-gaap:MarketableSecuritiesCurrent and the current trade receivables noncurrent
    from prxbrl.mapping.placement import section_variant
    from prxbrl.tables.section_stack import heading_key

    assert heading_key("(h) Financial assets") == heading_key("(b) Financial assets:") == "financial assets"
    got = section_variant("us-gaap:MarketableSecuritiesCurrent", "Investments", ("ASSETS", "(1) Non-current assets", "(h) Financial assets"))
    assert got[0] == "us-gaap:MarketableSecuritiesNoncurrent"
    # ... and its noncurrent "Borrowings" had been us-gaap:ShortTermBorrowings
    got = section_variant("us-gaap:ShortTermBorrowings", "Borrowings", ("Liabilities", "(1) Non-current liabilities", "(a) Financial liabilities"))
    assert got[0] == "us-gaap:LongTermDebtNoncurrent"
    assert section_variant("us-gaap:ShortTermBorrowings", "Borrowings", ("Liabilities", "(2) Current liabilities"))[0] == "us-gaap:ShortTermBorrowings"
    facts = plain_facts(FIXTURES / "titan-fy2025-balance-sheet.md", tmp_path / "out")
    by = {(r["concept"], r["period_end"]): r["value"] for r in facts}
    assert by[("us-gaap:MarketableSecuritiesNoncurrent", "2025-03-31")] == "6510000000"
    assert by[("us-gaap:AccountsReceivableNetCurrent", "2025-03-31")] == "10680000000"
    assert by[("us-gaap:LongTermDebtNoncurrent", "2025-03-31")] == "5950000000"
    # a balance sheet reconciles no measure: the capital work-in-progress under the plant had been -93 crore
    assert by[("us-gaap:ConstructionInProgressGross", "2025-03-31")] == "930000000"


def test_a_point_for_a_comma_among_whole_figures(tmp_path):
    # Netflix's 10-K income statement "(in thousands)": "Interest and other income (expense) | 266,776 | (48,772) |
    # 337.310": the 2022 figure (337,310 thousand, as its sums prove) had been 337,310 dollars
    facts = plain_facts(FIXTURES / "netflix-fy2024-operations.md", tmp_path / "out")
    other = {(r["period_start"], r["value"]) for r in facts if r["label"] == "Interest and other income (expense)"}
    assert other == {("2024-01-01", "266776000"), ("2023-01-01", "-48772000")}


def test_a_header_of_other_dates_inside_a_grid_starts_a_table(tmp_path):
    # TCI Express FY2025 (Ind AS), its equity share capital in one grid: "Particulars | As at March 31, 2024 | ... | As at
    # March 31, 2025", the rows, then "Particulars | As at March 31, 2023 | ... | As at March 31, 2024" and the year
    # before's rows, which the first header had dated a year late; "No of shares | 3,83,42,485" had been crores of rupees
    facts = plain_facts(FIXTURES / "tciexpress-fy2025-share-capital.md", tmp_path / "out")
    second = {(r["period_end"], r["value"]) for r in facts if r["source_line"] == "16"}
    assert second and {end for end, _ in second} == {"2023-03-31"}
    assert not [r for r in facts if r["unit"].startswith("iso4217") and r["value"] and int(r["value"]) > 10 ** 11]


def test_a_figure_and_its_unit_names_no_line_item():
    # PepsiCo Q1 2023 (a PDF's cells a line each): "112  bps" / "28" had been pep:Bps of 28 dollars
    from prxbrl.tables.not_items import not_a_line_item

    assert not_a_line_item("112  bps") == not_a_line_item("(1,778)  bps") == "not_a_label"
    assert not_a_line_item("Gross margin") is None
    # Sumitomo Bakelite FY2026 (a PDF's scrambled text): column headers where labels stand had been facts
    # ("(From April 1, 2025 to March 31, 2026) | 24,792" Revenues of a member named after the period; "April 2024 -March
    # | 2025" two billion yen; "1st quarter 2nd quarter 4th quarter Total | 3,316.83" a forecast of 3.3 billion yen)
    for label in ("(From April 1, 2025 to March 31, 2026)", "April 2024 -March",
                  "1st quarter 2nd quarter 4th quarter Total"):
        assert not_a_line_item(label) == "date_label", label
    for label in ("First quarter", "Fourth quarter 2024", "Total revenues", "Revenue 2025", "As at 1 January 2023"):
        assert not_a_line_item(label) is None, label


def test_an_amount_per_share_to_the_tenth_of_a_cent_is_no_misprint():
    # Energen Q1 2014 ("Dividends Per Common Share | $ | 0.15 | $ | 0.145 | 0.005"): a point after a zero stands for no
    # comma; read as a misprint, the last row had lost a figure and the release been refused as truncated
    from prxbrl.models import Span
    from prxbrl.tables.point_grouping import points_for_commas
    from prxbrl.tables.rows import Row, VCell
    from prxbrl.tokens import parse_amount

    def row(label, *texts):
        cells = [VCell(text=t, span=Span(line=1, start=0, end=1), pos=(i, i), amount=parse_amount(t)) for i, t in enumerate(texts)]
        return Row(line=1, kind="data", label=label, label_span=None, cells=cells)

    body = [row(f"Line {k}", "1,234", "2,345", "3,456") for k in range(30)]
    misprint = row("Interest and other income (expense)", "266,776", "(48,772)", "337.310")
    dividend = row("Dividends Per Common Share", "0.15", "0.145", "0.005")
    small = row("Other", "12", "1.125", "3")
    found = points_for_commas(body + [misprint, dividend, small])
    assert found == {id(misprint.cells[2]), id(small.cells[1])}
