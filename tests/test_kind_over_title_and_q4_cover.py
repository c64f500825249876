"""A table's kind from its own headings, not from a look-alike title; "Other" among the working-capital changes; the
cover facts of a fourth quarter read from an HTML release's text (u24: YETI Q3 2025 markdown of the PDF release,
Oracle Q4 fiscal 2014 EDGAR EX-99.1)."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import plain_facts

# YETI Q3 2025 (markdown of the PDF release), lines 239-304 (239 blank): the balance sheet and the operating part of the cash flows,
# each statement under its name and the same scale line "#### (Unaudited) (In thousands)"
YETI = """
## YETI HOLDINGS, INC.
### CONDENSED CONSOLIDATED BALANCE SHEETS
#### (Unaudited) (In thousands)

| ASSETS                                                      | September 27, 2025 | December 28, 2024 | September 28, 2024 |
|------------------------------------------------------------|---------------------|--------------------|---------------------|
| Current assets                                             |                     |                    |                     |
| Cash                                                       | $       164,483     | $       358,795    | $      280,464      |
| Accounts receivable, net                                   | 157,431             | 120,190            | 143,673             |
| Inventory                                                  | 323,995             | 310,058            | 370,233             |
| Prepaid expenses and other current assets                  | 50,797              | 37,723             | 51,949              |
| Total current assets                                       | 696,706             | 826,766            | 846,319             |
| Property and equipment, net                                | 142,638             | 126,270            | 131,009             |
| Operating lease right-of-use assets                        | 126,015             | 78,279             | 82,006              |
| Goodwill                                                  | 72,308              | 72,557             | 72,894              |
| Intangible assets, net                                     | 213,820             | 172,023            | 137,946             |
| Other assets                                               | 8,655               | 10,225             | 3,013               |
| Total assets                                              | $     1,260,142     | $    1,286,120     | $    1,273,187      |

| LIABILITIES AND STOCKHOLDERS EQUITY                        |                     |                    |                     |
|------------------------------------------------------------|---------------------|--------------------|---------------------|
| Current liabilities                                        |                     |                    |                     |
| Accounts payable                                           | $       146,744     | $       158,499    | $      148,174      |
| Accrued expenses and other current liabilities              | 121,982             | 128,210            | 117,476             |
| Taxes payable                                              | 14,994              | 38,089             | 16,314              |
| Accrued payroll and related costs                          | 16,471              | 28,610             | 22,465              |
| Operating lease liabilities                                 | 16,017              | 19,621             | 17,410              |
| Current maturities of long-term debt                       | 5,841               | 6,475              | 6,287               |
| Total current liabilities                                   | 322,049             | 379,504            | 328,126             |
| Long-term debt, net of current portion                     | 69,217              | 72,821             | 74,415              |
| Operating lease liabilities, non-current                   | 131,455             | 73,586             | 79,932              |
| Other liabilities                                          | 34,865              | 20,102             | 20,733              |
| Total liabilities                                          | 557,586             | 546,013            | 503,206             |
| Stockholders Equity                                        |                     |                    |                     |
| Common stock                                              | 899                 | 892                | 891                 |
| Treasury stock, at cost                                   | (476,168)           | (281,587)          | (200,810)           |
| Additional paid-in capital                                 | 456,519             | 405,921            | 411,245             |
| Retained earnings                                          | 721,285             | 614,125            | 560,971             |
| Accumulated other comprehensive (loss) gain                | 21                  | 756                | (2,316)             |
| Total stockholders equity                                  | 702,556             | 740,107            | 769,981             |
| Total liabilities and stockholders equity                  | $    1,260,142      | $    1,286,120     | $    1,273,187      |

### YETI HOLDINGS, INC.
#### CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
#### (Unaudited) (In thousands)
#### Nine Months Ended

| Cash Flows from Operating Activities:                       | September 27, 2025 | September 28, 2024 |
|------------------------------------------------------------|---------------------|---------------------|
| Net income                                                 | $    107,160        | $    122,535        |
| Adjustments to reconcile net income to cash provided by (used in) operating activities: |                     |                     |
| Depreciation and amortization                              | 40,090              | 35,648              |
| Amortization of deferred financing fees                    | 481                 | 488                 |
| Stock-based compensation                                    | 32,410              | 26,020              |
| Deferred income taxes                                       | 19,211              | (2,928)             |
| Impairment of long-lived assets                            | 1,194               | 2,025               |
| Other                                                      | (4,473)             | (1,492)             |
| Changes in operating assets and liabilities:               |                     |                     |
| Accounts receivable                                        | (34,788)            | (43,858)            |
| Inventory                                                  | (10,159)            | (15,104)            |
| Other current assets                                       | (6,263)             | (4,022)             |
| Accounts payable and accrued expenses                       | (36,539)            | (65,515)            |
| Taxes payable                                              | (23,567)            | (21,057)            |
| Other                                                      | (2,918)             | 3,066               |
| Net cash provided by operating activities                  | 81,839              | 35,806              |
"""

# Oracle Q4 fiscal 2014 (EDGAR EX-99.1, RR Donnelley HTML): the exhibit's first 49 source lines (its head, logo, table of
# contacts, then the headlines "Q4 SaaS and PaaS Subscriptions Up 25% ..." and "... fiscal 2014 Q4 total revenues ...",
# the paragraph closed there), lines 107-110 (the statement's title and scale), and two of the statement's rows (lines
# 508/516 "Total Revenues" 11,320 / 10,947, lines 1128/1136 "NET INCOME" 3,646 / 3,807) in a plain table under its header
# "Three Months Ended May 31," over "2014" / "2013" (lines 143-161)
ORACLE = """<HTML><HEAD>
<TITLE>EX-99.1</TITLE>
</HEAD>
 <BODY BGCOLOR="WHITE">

 <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="right"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>Exhibit 99.1 </B></FONT></P>
<P STYLE="font-size:12px;margin-top:0px;margin-bottom:0px">&nbsp;</P> <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="right">


<IMG SRC="g740679g39l81.jpg" ALT="LOGO">
 </P> <P STYLE="margin-top:12px;margin-bottom:0px"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>For Immediate Release </B></FONT></P> <P STYLE="font-size:12px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0" STYLE="BORDER-COLLAPSE:COLLAPSE">


<TR>
<TD WIDTH="12%"></TD>
<TD VALIGN="bottom" WIDTH="1%"></TD>
<TD WIDTH="37%"></TD>
<TD VALIGN="bottom" WIDTH="1%"></TD>
<TD WIDTH="50%"></TD></TR>


<TR>
<TD VALIGN="top"><FONT STYLE="font-family:Times New Roman" SIZE="2">Contact:</FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="2">Ken Bond</FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="2">Deborah Hellinger</FONT></TD></TR>
<TR>
<TD VALIGN="top"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="2">Oracle Investor Relations</FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="2">Oracle&nbsp;Corporate&nbsp;Communications</FONT></TD></TR>
<TR>
<TD VALIGN="top"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="2">1.650.607.0349</FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="2">1.212.508.7935</FONT></TD></TR>
<TR>
<TD VALIGN="top"></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="2">ken.bond@oracle.com</FONT></TD>
<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>
<TD VALIGN="bottom"><FONT STYLE="font-family:Times New Roman" SIZE="2">deborah.hellinger@oracle.com</FONT></TD></TR>
</TABLE> <P STYLE="margin-top:12px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>ORACLE BECOMES THE SECOND LARGEST CLOUD SAAS COMPANY IN THE WORLD </B></FONT></P>
<P STYLE="margin-top:6px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B><I>Q4 SaaS and PaaS Subscriptions Up 25% to $322 million, Q4 IaaS Subscription Revenue Up 13% to $128 million </I></B></FONT></P>
<P STYLE="margin-top:12px;margin-bottom:0px"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>REDWOOD SHORES, Calif., June&nbsp;19, 2014 &#151; </B>Oracle Corporation (NYSE: ORCL) today announced that fiscal 2014 Q4 total revenues were up 3% to </FONT></P>
 <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="3"><B>ORACLE CORPORATION </B></FONT></P>
<P STYLE="margin-top:12px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>Q4 FISCAL 2014 FINANCIAL RESULTS </B></FONT></P> <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT
STYLE="font-family:Times New Roman" SIZE="2"><B>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS </B></FONT></P> <P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT STYLE="font-family:Times New Roman" SIZE="2"><B>($ in millions, except
per share data) </B></FONT></P> <P STYLE="font-size:12px;margin-top:0px;margin-bottom:0px">&nbsp;</P>
<TABLE>
<TR><TD></TD><TD COLSPAN="2" ALIGN="center"><B>Three Months Ended May&nbsp;31,</B></TD></TR>
<TR><TD></TD><TD ALIGN="center"><B>2014</B></TD><TD ALIGN="center"><B>2013</B></TD></TR>
<TR><TD><B>Total Revenues</B></TD><TD ALIGN="right">11,320</TD><TD ALIGN="right">10,947</TD></TR>
<TR><TD><B>NET INCOME</B></TD><TD ALIGN="right">$ 3,646</TD><TD ALIGN="right">$ 3,807</TD></TR>
</TABLE>
</BODY></HTML>
"""


def _yeti(tmp_path) -> list[dict]:
    src = tmp_path / "yeti.md"
    src.write_text(YETI, encoding="utf-8")
    return plain_facts(src, tmp_path / "o")


def _of(facts: list[dict], line: int) -> dict[tuple[str, str], tuple[str, str]]:
    """(start, end) -> (concept, value) of the facts read from a line of the YETI excerpt (its line 1 is line 239)."""
    return {(r["period_start"], r["period_end"]): (r["concept"], r["value"]) for r in facts if r["source_line"] == str(line - 238)}


def test_a_statement_named_over_a_table_beats_the_previous_table_s_kind_of_the_same_title(tmp_path):
    # both tables are titled "#### (Unaudited) (In thousands)"; the second stands under "CONDENSED CONSOLIDATED
    # STATEMENTS OF CASH FLOWS" and was mapped as the balance sheet it followed: "Accounts receivable (34,788)" was
    # AccountsReceivableNetCurrent at 2025-09-27 (and, disagreeing with the balance sheet's 157,431, both were lost),
    # "Inventory (10,159)" the extension yeti:Inventory
    facts = _yeti(tmp_path)
    nine = ("2024-12-29", "2025-09-27")
    assert _of(facts, 298)[nine] == ("us-gaap:IncreaseDecreaseInAccountsReceivable", "34788000")
    assert _of(facts, 299)[nine] == ("us-gaap:IncreaseDecreaseInInventories", "10159000")
    assert _of(facts, 248)[("", "2025-09-27")] == ("us-gaap:AccountsReceivableNetCurrent", "157431000")
    assert not [r for r in facts if r["concept"].startswith("yeti:")]


def test_other_under_the_working_capital_heading_is_the_change_in_other_operating_balances(tmp_path):
    # "Other (4,473)" among the adjustments and "Other (2,918)" under "Changes in operating assets and liabilities"
    # (a heading inside the adjustments' one): both were OtherNoncashIncomeExpense and, disagreeing, both lost
    facts = _yeti(tmp_path)
    assert _of(facts, 296) == {("2024-12-29", "2025-09-27"): ("us-gaap:OtherNoncashIncomeExpense", "4473000"),
                               ("2023-12-31", "2024-09-28"): ("us-gaap:OtherNoncashIncomeExpense", "1492000")}
    assert _of(facts, 303) == {("2024-12-29", "2025-09-27"): ("us-gaap:IncreaseDecreaseInOtherOperatingCapitalNet", "2918000"),
                               ("2023-12-31", "2024-09-28"): ("us-gaap:IncreaseDecreaseInOtherOperatingCapitalNet", "-3066000")}


def test_footnotes_over_a_table_name_no_kind_of_its_own():
    from prxbrl.mapping.build import _headed_kind

    # Amazon Q3 2025: the supplemental metrics go on over two tables; the second's lines above it start with the first's
    # footnote, which speaks of free cash flow (a non-GAAP measure), then repeat the title
    amazon = ["(1) Free cash flow is cash flow from operations reduced by \u201cPurchases of property and equipment, net of "
              "proceeds from sales and incentives.\u201d", "AMAZON.COM, INC.", "Supplemental Financial Information and Business Metrics",
              "(in millions)", "(unaudited)"]
    assert _headed_kind(SimpleNamespace(context=amazon)) == "summary"
    # Reddit Q1 2026: every statement's page ends with the running footer the converter takes for its title
    reddit = ["Reddit, Inc. Consolidated Balance Sheets", "(in thousands)", "(unaudited)", "18Q1", "2026 \u2022 Letter to Shareholders"]
    assert _headed_kind(SimpleNamespace(context=reddit)) == "balance_sheet"


def test_a_fourth_quarter_named_in_an_html_release_s_text_ends_the_fiscal_year(tmp_path):
    # the headline's "Q4" is in source lines 48-49, after 47 lines of markup: the cover said DocumentFiscalPeriodFocus
    # Q2 (five months into an assumed calendar year) and CurrentFiscalYearEndDate --12-31; the quarter that ends the
    # fiscal year ends it on May 31
    from prxbrl.pipeline import convert

    src = tmp_path / "oracle.html"
    src.write_text(ORACLE, encoding="utf-8")
    r = convert(src, tmp_path / "o", validate=False)
    dei = {x.concept: x.value for x in r.mapped.filing.facts if x.concept.startswith("dei:")}
    assert (dei["dei:DocumentPeriodEndDate"], dei["dei:DocumentFiscalPeriodFocus"], dei["dei:CurrentFiscalYearEndDate"],
            dei["dei:DocumentFiscalYearFocus"]) == ("2014-05-31", "FY", "--05-31", "2014")


def _cover(tmp_path, text: str, name: str) -> dict[str, str]:
    from prxbrl.pipeline import convert

    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    r = convert(src, tmp_path / "o", validate=False)
    return {x.concept: x.value for x in r.mapped.filing.facts if x.concept.startswith("dei:")}


# YETI Q3 2025 line 152, the outlook's opening
YETI_WEEKS = "For Fiscal 2025, a 53-week period, compared to a 52-week period in Fiscal 2024, YETI expects:\n"


def test_a_52_53_week_year_ends_where_its_stated_length_says(tmp_path):
    # nine months from December 29, 2024: the year before ended on Saturday December 28, 2024, both the last Saturday of
    # December and the Saturday nearest its end; a year on those are December 27, 2025 and January 3, 2026, and the
    # outlook's "Fiscal 2025, a 53-week period" says which (was --12-28, the year before's end)
    dei = _cover(tmp_path, YETI_WEEKS + YETI, "yeti.md")
    assert (dei["dei:DocumentPeriodEndDate"], dei["dei:DocumentFiscalYearFocus"], dei["dei:CurrentFiscalYearEndDate"]) == (
        "2025-09-27", "2025", "--01-03")


def test_a_52_53_week_year_of_unstated_length_states_no_year_end(tmp_path):
    # the same statements without the outlook's sentence: 52 or 53 weeks, nothing says; no year end rather than a wrong one
    dei = _cover(tmp_path, YETI, "yeti.md")
    assert dei["dei:DocumentFiscalYearFocus"] == "2025"
    assert "dei:CurrentFiscalYearEndDate" not in dei


def test_the_next_end_of_a_52_53_week_year():
    from datetime import date

    from prxbrl.weeks import next_year_end

    # nvidia Q1 fiscal 2023 (year to date from January 31, 2022): the last Sunday of January and the nearest alike
    assert next_year_end(date(2022, 1, 30)) == date(2023, 1, 29)
    # Buckle Q3 fiscal 2024 (nine months from February 4, 2024): only the Saturday nearest January 31 fits
    assert next_year_end(date(2024, 2, 3)) == date(2025, 2, 1)
    # Apple Q3 fiscal 2004 (nine months from September 28, 2003): the last Saturday of September 2004 (the 25th) and the
    # Saturday nearest its end (October 2) disagree and nothing states the length: none
    assert next_year_end(date(2003, 9, 27)) is None
    assert next_year_end(date(2003, 9, 27), 52) == date(2004, 9, 25)
    # a stated length no rule gives: none
    assert next_year_end(date(2022, 1, 30), 53) is None
