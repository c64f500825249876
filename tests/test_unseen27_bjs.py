"""BJ's Wholesale Club fiscal 2006 by quarter (EX-99.2; /work/unseen27/FINDINGS.md 1, 3, 4): four quarter columns of a
52/53-week year ending on Saturdays, the last "(14 Weeks)", with no stated year end, no balance sheet and no year
column. The columns prove the calendar themselves (``tables.week_quarters``); the share counts under "Number of common
shares for earnings per share computations:" are shares; "Net income" under an EPS heading is the per-share figure."""

import csv
from datetime import date

import pytest

from prxbrl.errors import PrxbrlError
from prxbrl.extract import extract_file
from prxbrl.tables.columns import label_unit
from prxbrl.tables.week_quarters import chain_starts

# the whole exhibit as stored (sec.gov, BJ's Wholesale Club 8-K EX-99.2, fiscal 2006 statements of income by quarter)
BJS = [
    'Exhibit 99.2',
    'BJ’s Wholesale Club, Inc. and Consolidated Subsidiaries',
    'STATEMENTS OF INCOME (Unaudited)',
    '(Dollars in Thousands Except Per Share Amounts)',
    '|Quarter Ended',
    '|',
    'April 29,',
    '2006',
    '|',
    'July 29,',
    '2006',
    '|',
    'October 28,',
    '2006',
    '|',
    'February 3,',
    '2007',
    '|(14 Weeks)',
    '|',
    'Net sales',
    '|$',
    '|1,869,962',
    '|$',
    '|2,081,158',
    '|$',
    '|1,967,540',
    '|$',
    '|2,384,836',
    '|',
    'Membership fees and other',
    '|42,461',
    '|43,355',
    '|44,608',
    '|46,361',
    '|',
    'Total revenues',
    '|1,912,423',
    '|2,124,513',
    '|2,012,148',
    '|2,431,197',
    '|',
    'Cost of sales, including buying and occupancy costs',
    '|1,728,227',
    '|1,914,030',
    '|1,811,531',
    '|2,173,001',
    '|',
    'Selling, general and administrative expenses',
    '|159,817',
    '|164,491',
    '|166,547',
    '|206,730',
    '|',
    'Provision for credit card claims',
    '|—',
    '|—',
    '|—',
    '|2,000',
    '|',
    'Preopening expenses',
    '|1,275',
    '|1,306',
    '|3,141',
    '|3,802',
    '|',
    'Operating income',
    '|23,104',
    '|44,686',
    '|30,929',
    '|45,664',
    '|',
    'Interest income, net',
    '|1,076',
    '|954',
    '|499',
    '|109',
    '|',
    'Gain on contingent lease obligations',
    '|3,119',
    '|—',
    '|—',
    '|—',
    '|',
    'Income from continuing operations before income taxes',
    '|27,299',
    '|45,640',
    '|31,428',
    '|45,773',
    '|',
    'Provision for income taxes',
    '|10,466',
    '|17,814',
    '|11,589',
    '|17,314',
    '|',
    'Income from continuing operations',
    '|16,833',
    '|27,826',
    '|19,839',
    '|28,459',
    '|',
    'Loss from discontinued operations, net of income tax benefit',
    '|(1,417',
    '|)',
    '|(1,425',
    '|)',
    '|(1,496',
    '|)',
    '|(16,603',
    '|)',
    '|',
    'Net income',
    '|$',
    '|15,416',
    '|$',
    '|26,401',
    '|$',
    '|18,343',
    '|$',
    '|11,856',
    '|',
    'Basic earnings per common share:',
    '|',
    'Income from continuing operations',
    '|$',
    '|0.25',
    '|$',
    '|0.42',
    '|$',
    '|0.30',
    '|$',
    '|0.44',
    '|',
    'Loss from discontinued operations',
    '|(0.02',
    '|)',
    '|(0.02',
    '|)',
    '|(0.02',
    '|)',
    '|(0.26',
    '|)',
    '|',
    'Net income',
    '|$',
    '|0.23',
    '|$',
    '|0.40',
    '|$',
    '|0.28',
    '|$',
    '|0.18',
    '|',
    'Diluted earnings per common share:',
    '|',
    'Income from continuing operations',
    '|$',
    '|0.25',
    '|$',
    '|0.41',
    '|$',
    '|0.30',
    '|0.44',
    '|',
    'Loss from discontinued operations',
    '|(0.02',
    '|)',
    '|(0.02',
    '|)',
    '|(0.02',
    '|)',
    '|(0.26',
    '|)',
    '|',
    'Net income',
    '|$',
    '|0.23',
    '|$',
    '|0.39',
    '|$',
    '|0.28',
    '|0.18',
    '|',
    'Number of common shares for earnings per share computations:',
    '|',
    'Basic',
    '|67,214,677',
    '|66,192,730',
    '|64,464,862',
    '|64,227,421',
    '|',
    'Diluted',
    '|68,097,030',
    '|66,952,101',
    '|65,260,359',
    '|65,191,262',
]


def _write(tmp_path):
    p = tmp_path / "bjs-fy2006-quarters-ex992.txt"
    p.write_text("\n".join(BJS) + "\n", encoding="utf-8")
    return p


def test_four_quarter_columns_13_or_14_weeks_apart_on_one_weekday_are_consecutive_quarters(tmp_path):
    doc = extract_file(_write(tmp_path))
    periods = {(c.period.start, c.period.end) for t in doc.tables for r in t.rows for c in r.cells if c.period}
    assert periods == {(date(2006, 1, 29), date(2006, 4, 29)), (date(2006, 4, 30), date(2006, 7, 29)),
                       (date(2006, 7, 30), date(2006, 10, 28)), (date(2006, 10, 29), date(2007, 2, 3))}
    net_sales = [c for t in doc.tables for r in t.rows if r.label == "Net sales" for c in r.cells]
    assert [c.period.end for c in net_sales] == [date(2006, 4, 29), date(2006, 7, 29), date(2006, 10, 28), date(2007, 2, 3)]


def test_the_chain_leaves_its_first_start_open_unless_it_holds_the_14_week_quarter():
    ends = [date(2006, 4, 29), date(2006, 7, 29), date(2006, 10, 28), date(2007, 2, 3)]
    assert chain_starts(ends) == {date(2006, 4, 29): date(2006, 1, 29), date(2006, 7, 29): date(2006, 4, 30),
                                  date(2006, 10, 28): date(2006, 7, 30), date(2007, 2, 3): date(2006, 10, 29)}
    # the first three alone: every quarter 13 weeks apart, the first may have had 14
    assert chain_starts(ends[:3]) == {date(2006, 7, 29): date(2006, 4, 30), date(2006, 10, 28): date(2006, 7, 30)}
    # two columns prove nothing; calendar quarter ends (months' last days) are no chain
    assert chain_starts(ends[:2]) == {}
    assert chain_starts([date(2006, 3, 31), date(2006, 6, 30), date(2006, 9, 30), date(2006, 12, 31)]) == {}


def test_one_dated_column_of_a_saturday_leaves_its_start_unguessed_and_the_error_says_why(tmp_path):
    lines = BJS[:9] + ["|", "Net sales", "|$", "|1,869,962", "|"]
    p = tmp_path / "one.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PrxbrlError, match="1 figure read, but no period could be determined: the columns end on a Saturday"):
        extract_file(p)


def test_number_of_shares_for_per_share_computations_counts_shares():
    assert label_unit("Number of common shares for earnings per share computations") == "shares"
    assert label_unit("Basic earnings per common share") == "per_share"


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    from prxbrl.pipeline import convert

    src = tmp_path_factory.mktemp("bjs-src") / "bjs-fy2006-quarters-ex992.txt"
    src.write_text("\n".join(BJS) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("bjs")
    convert(src, out, formats=["xml", "csv"], validate=False)
    with next(out.glob("*-facts-plain.csv")).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_share_counts_under_number_of_common_shares_heading_are_weighted_average_shares(facts):
    basic = [r for r in facts if r["source_line"] == "187"]
    diluted = [r for r in facts if r["source_line"] == "193"]
    assert [(r["concept"], r["unit"], r["value"]) for r in basic] == [
        ("us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "xbrli:shares", "67214677")]
    assert [(r["concept"], r["unit"], r["value"]) for r in diluted] == [
        ("us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "xbrli:shares", "68097030")]
    assert not [r for r in facts if r["concept"].startswith("us-gaap:EarningsPerShare") and float(r["value"]) > 100]


def test_net_income_under_an_eps_heading_is_earnings_per_share(facts):
    basic = [(r["concept"], r["period_end"], r["value"]) for r in facts if r["source_line"] in ("146", "148", "150", "152")]
    diluted = [(r["concept"], r["period_end"], r["value"]) for r in facts if r["source_line"] in ("177", "179", "181", "182")]
    assert basic == [("us-gaap:EarningsPerShareBasic", "2006-04-29", "0.23"), ("us-gaap:EarningsPerShareBasic", "2006-07-29", "0.40"),
                     ("us-gaap:EarningsPerShareBasic", "2006-10-28", "0.28"), ("us-gaap:EarningsPerShareBasic", "2007-02-03", "0.18")]
    assert diluted == [("us-gaap:EarningsPerShareDiluted", "2006-04-29", "0.23"), ("us-gaap:EarningsPerShareDiluted", "2006-07-29", "0.39"),
                       ("us-gaap:EarningsPerShareDiluted", "2006-10-28", "0.28"), ("us-gaap:EarningsPerShareDiluted", "2007-02-03", "0.18")]


def test_cost_of_sales_including_what_it_holds_is_the_whole_cost_of_revenue(facts):
    """Line 42 "Cost of sales, including buying and occupancy costs": what follows the comma says what the cost holds;
    it was the cost of a member bjs:NetSalesMember (the words after "cost of" read as a revenue line's name)."""
    got = [(r["concept"], r["srt:ProductOrServiceAxis"], r["value"]) for r in facts if r["source_line"] in ("43", "44", "45", "46")]
    assert got == [("us-gaap:CostOfRevenue", "", v) for v in ("1728227000", "1914030000", "1811531000", "2173001000")]
