"""The concept index and the choice of a concept, on real printed labels (the corpus releases, the example,
filers' labels of label-usage; never the held-out test set of benchmarks/label_accuracy.py)."""

import gzip
import json
from dataclasses import replace
from importlib import resources

import pytest

from prxbrl.mapping.choose import Context, choose, unit_kind
from prxbrl.mapping.placement import balance_sheet_section, cash_flow_activity, concept_activity, supplemental_row
from prxbrl.mapping.index import concept_index
from prxbrl.mapping.labels import label_key, name_words, sign_words

B, I, C = (Context(statement=s, period=p, unit="money") for s, p in (("B", "i"), ("I", "d"), ("C", "d")))


@pytest.mark.parametrize(
    "label,key",
    [
        ("Accounts receivable, net of allowance for doubtful accounts of $22,292 and $22,368", "account receivable net"),
        ("ACCOUNTS RECEIVABLE — NET", "account receivable net"),
        ("Net cash provided by (used in) operating activities", "net cash provided operating activity"),
        ("Income tax expense (benefit)", "income tax expense"),
        ("Less: Net (income) loss attributable to noncontrolling interests", "net loss attributable noncontrolling interest"),
        ("Cash and cash equivalents at December 31, 2024", "cash cash equivalent"),
        ("Inventories", "inventory"),
        ("Provision for taxes on income", "provision tax income"),
        ("Less accumulated depreciation and amortization", "accumulated depreciation amortization"),
        ("Receivables, less allowance of $5", "receivable net"),
    ],
)
def test_label_key(label, key):
    assert label_key(label) == key


def test_label_key_company_name():
    assert label_key("Net income attributable to Apple Inc.", ("Apple Inc.", "Apple")) == "net income attributable company"


def test_name_words():
    assert name_words("us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxes") == "income loss continuing operation before income tax"


def test_index_is_compact_and_has_no_test_set():
    raw = resources.files("prxbrl.taxonomy").joinpath("concept_index.json.gz").read_bytes()
    assert len(raw) < 5_000_000
    data = json.loads(gzip.decompress(raw))
    assert not any("2025q3" in s for s in data["sources"])  # the held-out test set feeds no index
    ix = concept_index()
    c = ix.get("us-gaap:AccountsReceivableNetCurrent")
    assert (c.kind, c.period, c.balance) == ("money", "i", "d") and "B" in c.statements
    assert "us-gaap:Revenues" in ix.get("us-gaap:CostOfRevenue").parents or ix.get("us-gaap:GrossProfit").parents


@pytest.mark.parametrize(
    "label,ctx,concept",
    [
        # labels the regular expressions of mapping.toml did not know (issue 9), printed by real releases
        # (without the statement around it: the plain pre-tax total filers use since it was adopted; 2009-2010 filers
        # had only the one before equity-method income)
        ("Earnings before income taxes", I, "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"),
        ("Provision for taxes on income", I, "us-gaap:IncomeTaxExpenseBenefit"),
        ("Income tax expense (benefit)", I, "us-gaap:IncomeTaxExpenseBenefit"),
        ("Operating earnings", I, "us-gaap:OperatingIncomeLoss"),
        ("Amortization of intangible assets", I, "us-gaap:AmortizationOfIntangibleAssets"),
        ("Restructuring charges", I, "us-gaap:RestructuringCharges"),
        ("Acquired intangible assets, net", B, "us-gaap:IntangibleAssetsNetExcludingGoodwill"),
        ("Intangible assets, net", B, "us-gaap:IntangibleAssetsNetExcludingGoodwill"),
        ("Current maturities of long-term debt", B, "us-gaap:LongTermDebtCurrent"),
        ("INVENTORIES", B, "us-gaap:InventoryNet"),
        ("Net cash provided by (used in) investing activities", C, "us-gaap:NetCashProvidedByUsedInInvestingActivities"),
        ("Net cash provided by (used in) financing activities", C, "us-gaap:NetCashProvidedByUsedInFinancingActivities"),
        ("Depreciation and amortization", C, "us-gaap:DepreciationDepletionAndAmortization"),
        ("Accounts receivable, net of allowance for doubtful accounts of $1,519 and $1,408", B, "us-gaap:AccountsReceivableNetCurrent"),
        ("Noncontrolling interests", B, "us-gaap:MinorityInterest"),
    ],
)
def test_choose_real_labels(label, ctx, concept):
    assert choose(label, ctx).qname == concept


def test_share_of_uses_counts_the_statement():
    """A concept's share of a label's uses weighs the uses printed in the row's statement first: "Repayments of
    commercial paper" (Applied Materials' Q4 FY2024 release, cash-flow statement) is what filers print in their
    cash-flow statements for RepaymentsOfCommercialPaper; uses of the label in notes and other statements do not make
    RepaymentsOfShortTermDebtMaturingInMoreThanThreeMonths its likelier concept."""
    assert choose("Repayments of commercial paper", C).qname == "us-gaap:RepaymentsOfCommercialPaper"
    assert choose("Proceeds from issuance of commercial paper", C).qname == "us-gaap:ProceedsFromIssuanceOfCommercialPaper"


@pytest.mark.parametrize("label", ["Proceeds from (repayments of) short-term debt"])
def test_parenthesised_words_name_the_element(label):
    """Filers' cash-flow lines (2010q2) of both directions: US GAAP names the net concept by both words."""
    assert choose(label, C).qname == "us-gaap:ProceedsFromRepaymentsOfShortTermDebt"


def test_unit_and_period_must_fit():
    eps = choose("Diluted earnings per share", Context(statement="I", period="d", unit="per_share"))
    assert eps.qname == "us-gaap:EarningsPerShareDiluted"
    shares = choose("Diluted weighted average shares outstanding", Context(statement="I", period="d", unit="shares"))
    assert shares.qname == "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"
    # a balance-sheet line in an instant column is never a flow
    assert concept_index().get(choose("Inventories", B).qname).period == "i"
    assert unit_kind("USD/shares") == "per_share" and unit_kind("JPY") == "money" and unit_kind("shares") == "shares"


def test_net_income_without_and_with_a_noncontrolling_interest_line():
    plain = ("Income before income taxes", "Provision for income taxes", "Net earnings")
    ctx = Context(statement="I", period="d", unit="money", labels=plain, position=2)
    assert choose("Net earnings", ctx).qname == "us-gaap:NetIncomeLoss"
    with_nci = ("Income before income taxes", "Provision for income taxes", "Net earnings",
                "Net (income) loss attributable to noncontrolling interests", "Net earnings attributable to UnitedHealth Group common shareholders")
    ctx = Context(statement="I", period="d", unit="money", labels=with_nci, position=2)
    ch = choose("Net earnings", ctx)
    assert ch.qname == "us-gaap:ProfitLoss" and any("noncontrolling" in e for e in ch.evidence)
    assert choose("Net income", Context(statement="C", period="d", unit="money", nci=True)).qname == "us-gaap:ProfitLoss"
    ctx = Context(statement="I", period="d", unit="money", labels=with_nci, position=4)
    assert choose("Net earnings attributable to UnitedHealth Group common shareholders", ctx, company=("UnitedHealth Group",)).qname == "us-gaap:NetIncomeLoss"


def test_current_and_noncurrent_by_section():
    cur = Context(statement="B", period="i", unit="money", section=("Current liabilities",))
    non = Context(statement="B", period="i", unit="money", section=("Noncurrent liabilities",))
    assert choose("Operating lease liabilities", cur).qname == "us-gaap:OperatingLeaseLiabilityCurrent"
    assert choose("Operating lease liabilities", non).qname == "us-gaap:OperatingLeaseLiabilityNoncurrent"


def test_unrelated_labels_are_not_forced_onto_a_concept():
    assert choose("Number of stores at end of quarter", Context(statement="I", period="d", unit="number")).qname is None


def test_sign_words():
    assert sign_words("Net cash provided by (used in) operating activities") == ["used_in"]
    assert "less" in sign_words("Less: Net income attributable to noncontrolling interests")
    assert "decrease_increase" in sign_words("Decrease (increase) in accounts receivable")
    assert "outflow" in sign_words("Purchases of property and equipment")


def test_standard_member():
    assert concept_index().standard_member("Cost of sales") == "us-gaap:CostOfSalesMember"


def test_standard_members_fit_their_axis():
    from prxbrl.mapping.standard_members import standard_member

    loc = "us-gaap:IncomeStatementLocationAxis"
    assert standard_member(loc, "Cost of sales") == "us-gaap:CostOfSalesMember"
    assert standard_member(loc, "Research and development") == "us-gaap:ResearchAndDevelopmentExpenseMember"
    assert standard_member("srt:ProductOrServiceAxis", "Products") == "us-gaap:ProductMember"
    assert standard_member("srt:ProductOrServiceAxis", "Americas") is None  # a region is not a product
    assert standard_member("srt:ProductOrServiceAxis", "Other") is None
    assert standard_member("us-gaap:StatementBusinessSegmentsAxis", "Products") is None  # segments are the company's own


def test_the_rows_a_total_adds_up_choose_its_concept():
    """US GAAP's summation: the three activity totals add up to the change in cash (before exchange-rate effects)."""
    kids = ("us-gaap:NetCashProvidedByUsedInOperatingActivities", "us-gaap:NetCashProvidedByUsedInInvestingActivities",
            "us-gaap:NetCashProvidedByUsedInFinancingActivities")
    ch = choose("Net increase (decrease) in cash and cash equivalents", Context(statement="C", period="d", unit="money", children=kids))
    assert ch.qname == "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseExcludingExchangeRateEffect"
    assert any("sums 3 of the 3" in e for e in ch.evidence)


def test_a_total_of_other_items_is_the_section_total():
    """NVIDIA prints "Other income, net" and then "Total other income, net": the total is NonoperatingIncomeExpense."""
    I_total = Context(statement="I", period="d", unit="money", total=True)
    assert choose("Total other income, net", I_total).qname == "us-gaap:NonoperatingIncomeExpense"
    assert choose("Other income, net", I).qname == "us-gaap:OtherNonoperatingIncomeExpense"
    assert choose("Total operating expenses", I_total).qname == "us-gaap:OperatingExpenses"


def test_section_variant_of_an_override():
    """Adobe prints "Deferred revenue" and "Income taxes payable" under current and under long-term liabilities."""
    from prxbrl.mapping.choose import section_variant

    long_term = ("LIABILITIES AND STOCKHOLDERS' EQUITY", "Long-term liabilities")
    assert section_variant("us-gaap:DeferredRevenueCurrent", "Deferred revenue", long_term)[0] == "us-gaap:DeferredRevenueNoncurrent"
    assert section_variant("us-gaap:AccruedIncomeTaxesCurrent", "Income taxes payable", long_term)[0] == "us-gaap:AccruedIncomeTaxesNoncurrent"
    current = ("LIABILITIES AND STOCKHOLDERS' EQUITY", "Current liabilities")
    assert section_variant("us-gaap:DeferredRevenueCurrent", "Deferred revenue", current) == ("us-gaap:DeferredRevenueCurrent", None)
    assert section_variant("us-gaap:LongTermDebtCurrent", "Current portion of long-term debt", long_term)[0] == "us-gaap:LongTermDebtCurrent"


def test_build_script_reproduces_the_committed_index(tmp_path):
    """scripts/build_concept_index.py rebuilds taxonomy/concept_index.json.gz byte for byte (with pyarrow for the
    parquet data sets), and never reads the held-out test set."""
    import subprocess
    import sys

    from conftest import ROOT, SHARED, need_shared

    pytest.importorskip("pyarrow", reason="rebuilding the index reads parquet files: pip install -e '.[index]'")
    need_shared(SHARED / "label-usage")
    out = tmp_path / "index.json.gz"
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_concept_index.py"), "--out", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "dailyzip" not in r.stderr
    assert out.read_bytes() == (ROOT / "taxonomy" / "concept_index.json.gz").read_bytes(), "concept_index.json.gz is stale: rerun the script"


# a real cash-flow statement of 2009 (label-usage/sec-fsds/zip__2009q3.zip, pre.txt), printed without section headers:
# its "Other" lines are told apart by the section total below them
_CF_2009 = ("Net income", "Depreciation expense", "Deferred income tax expense", "Share-based compensation expense", "Other",
            "Decrease (increase) in accounts receivable", "Net cash provided by operating activities of continuing operations",
            "Additions to property and equipment", "Proceeds from disposition of assets", "Net cash used in investing activities",
            "Reduction of long-term borrowings", "Cash dividends paid", "Proceeds from exercise of stock options",
            "Repurchase of common stock", "Other", "Net cash used in financing activities",
            "Effect of exchange rate changes on cash and cash equivalents")


def test_cash_flow_activity_of_a_row():
    got = [cash_flow_activity(_CF_2009, i) for i in range(len(_CF_2009))]
    assert got == ["operating"] * 6 + [None] + ["investing"] * 2 + [None] + ["financing"] * 5 + [None, None]
    headed = ("Cash flows from operating activities:", "Net income", "Adjustments to reconcile net income to net cash "
              "provided by operating activities:", "Other, net", "Cash flows from investing activities:", "Other, net")
    assert [cash_flow_activity(headed, i) for i in range(len(headed))] == [None, "operating", None, "operating", None, "investing"]
    # from the US GAAP calculation linkbase: the concept adds up to the activity's net cash
    assert concept_activity("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment") == "investing"
    assert concept_activity("us-gaap:ProceedsFromPaymentsForOtherFinancingActivities") == "financing"
    assert concept_activity("us-gaap:IncreaseDecreaseInAccountsReceivable") == "operating"


def test_other_lines_of_a_cash_flow_statement_by_section():
    ctx = Context(statement="C", period="d", unit="money", labels=_CF_2009)
    operating = choose("Other", replace(ctx, position=4)).qname
    financing = choose("Other", replace(ctx, position=14)).qname
    assert financing == "us-gaap:ProceedsFromPaymentsForOtherFinancingActivities"
    assert operating != financing and concept_activity(operating) == "operating"


# Zimmer Holdings' balance sheet (10-Q, 2010q2 FSDS, zip__2010q2.zip, the development set): no headings, only totals
ZIMMER_BS = ("Cash and cash equivalents", "Certificates of deposit", "Accounts receivable, less allowance for doubtful accounts",
             "Inventories, net", "Prepaid expenses and other current assets", "Deferred income taxes", "Total current assets",
             "Property, plant and equipment, net", "Goodwill", "Intangible assets, net", "Other assets", "Total Assets",
             "Accounts payable", "Income taxes", "Other current liabilities", "Total current liabilities",
             "Other long-term liabilities", "Long-term debt", "Total Liabilities",
             "Common stock, $0.01 par value, one billion shares authorized, 254.2 million shares issued in 2010 (254.1 million in 2009)",
             "Paid-in capital", "Retained earnings", "Accumulated other comprehensive income",
             "Treasury stock, 51.4 million shares in 2010 (49.9 million in 2009)", "Total Stockholders' Equity",
             "Total Liabilities and Stockholders' Equity")


def test_balance_sheet_section_from_the_totals_around_a_row():
    at = ZIMMER_BS.index
    assert balance_sheet_section(ZIMMER_BS, at("Deferred income taxes")) == "Current assets"
    assert balance_sheet_section(ZIMMER_BS, at("Other assets")) == "Noncurrent assets"
    assert balance_sheet_section(ZIMMER_BS, at("Income taxes")) == "Current liabilities"
    assert balance_sheet_section(ZIMMER_BS, at("Long-term debt")) == "Noncurrent liabilities"
    assert balance_sheet_section(ZIMMER_BS, at("Retained earnings")) == ""  # equity: no current or noncurrent
    assert balance_sheet_section(ZIMMER_BS, at("Total current assets")) == ""
    assert balance_sheet_section(ZIMMER_BS[:5], 3) == ""  # no totals printed: nothing to go by


def test_balance_sheet_rows_by_the_totals_around_them():
    """The filer's concepts: a deferred tax asset among the current assets (DeferredTaxAssetsNetCurrent then, deprecated
    in 2024: the net deferred tax asset now), other assets after the current ones."""
    def ch(label):
        return choose(label, replace(B, labels=ZIMMER_BS, position=ZIMMER_BS.index(label))).qname

    assert ch("Deferred income taxes") == "us-gaap:DeferredIncomeTaxAssetsNet"
    assert ch("Other assets") == "us-gaap:OtherAssetsNoncurrent"
    assert ch("Other current liabilities") == "us-gaap:OtherLiabilitiesCurrent"
    assert ch("Other long-term liabilities") == "us-gaap:OtherLiabilitiesNoncurrent"


@pytest.mark.parametrize(
    "label,key",
    [
        ("Due to related party", "dueto related party"),
        ("Due from related parties", "duefrom related party"),
        ("Cash and Cash Equivalents at Start of Period", "cash cash equivalent beginning"),
        ("Cash and cash equivalents at beginning of year", "cash cash equivalent beginning"),
        ("CASH AND CASH EQUIVALENTS, END OF PERIOD", "cash cash equivalent end"),
        ("Cash and cash equivalents - end of three months", "cash cash equivalent end"),
    ],
)
def test_label_key_keeps_what_tells_concepts_apart(label, key):
    assert label_key(label) == key


def test_due_to_and_due_from_are_a_payable_and_a_receivable():
    assert name_words("us-gaap:IncreaseDecreaseInDueToRelatedParties") == "increase decrease dueto related party"
    assert choose("Due to related party", C).qname == "us-gaap:IncreaseDecreaseInDueToRelatedParties"
    assert choose("Due from related parties", C).qname == "us-gaap:IncreaseDecreaseInDueFromRelatedParties"
    # the 2024 taxonomy deprecates DueToRelatedPartiesCurrent (a related-party member of a liability replaces it)
    assert choose("Due to related parties", replace(B, section=("Current liabilities",))).qname != "us-gaap:DueToRelatedPartiesCurrent"


def test_deprecated_concepts_are_no_choice():
    """us-gaap-depcon-pre-2024 deprecates CashAndCashEquivalentsPeriodIncreaseDecrease: the change in cash is the one
    with restricted cash; a deprecated concept is not in the index at all."""
    ix = concept_index()
    assert ix.get("us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease") is None
    assert ix.get("us-gaap:DueToRelatedPartiesCurrent") is None
    got = choose("Net increase (decrease) in cash and cash equivalents", C).qname
    assert got == "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect"


def test_a_cash_flow_balance_is_not_an_equity_balance():
    """"Balance at beginning of period" in a cash-flow statement: the cash it starts with, not equity's opening balance."""
    got = choose("Balance at beginning of period", replace(C, period="i")).qname
    assert got in ("us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", "us-gaap:CashAndCashEquivalentsAtCarryingValue")


@pytest.mark.parametrize("label", ["Total other income (expense)", "Total other income and (expense)"])  # 2010q2 filers' labels
def test_a_total_is_a_sum_in_us_gaap(label):
    """A total row takes a close concept US GAAP sums others into (NonoperatingIncomeExpense), not a line item
    nothing sums into (OtherIncome), which the same words name outside a total."""
    assert choose(label, replace(I, total=True)).qname == "us-gaap:NonoperatingIncomeExpense"
    assert choose(label, I).qname != "us-gaap:NonoperatingIncomeExpense"
    assert concept_index().sums("us-gaap:NonoperatingIncomeExpense") and not concept_index().sums("us-gaap:OtherIncome")


# the end of Southwest Airlines' cash-flow statement (10-Q, zip__2010q2.zip): supplemental lines below the closing cash
LUV_CF_TAIL = ("Net cash provided by (used in) financing activities", "NET CHANGE IN CASH AND CASH EQUIVALENTS",
               "CASH AND CASH EQUIVALENTS AT BEGINNING OF PERIOD", "CASH AND CASH EQUIVALENTS AT END OF PERIOD",
               "Interest, net of amount capitalized", "Income taxes")


def test_a_supplemental_cash_flow_line_is_not_a_working_capital_change():
    at = LUV_CF_TAIL.index
    assert supplemental_row(LUV_CF_TAIL, at("Income taxes")) and not supplemental_row(LUV_CF_TAIL, at("NET CHANGE IN CASH AND CASH EQUIVALENTS"))
    got = choose("Income taxes", replace(C, labels=LUV_CF_TAIL, position=at("Income taxes"))).qname
    assert got in ("us-gaap:IncomeTaxesPaid", "us-gaap:IncomeTaxesPaidNet")  # the filer: IncomeTaxesPaid
    # among the changes in operating assets and liabilities the same words are the change in taxes payable
    assert choose("Income taxes", C).qname == "us-gaap:IncreaseDecreaseInAccruedIncomeTaxesPayable"


@pytest.mark.parametrize("label,ctx,concept,near", [
    # 2010q2 filers' labels: the label filers print for the concept word for word, over the concept more filers
    # print a label of nearly the same words for ("changes in operating assets and liabilities", "general and
    # administrative")
    ("Changes in other operating assets and liabilities", C, "us-gaap:IncreaseDecreaseInOtherOperatingCapitalNet",
     "us-gaap:IncreaseDecreaseInOperatingCapital"),
    ("Sales, general and administrative", I, "us-gaap:SellingGeneralAndAdministrativeExpense", "us-gaap:GeneralAndAdministrativeExpense"),
    # word for word is every word as often: "available-for-sale" leaves "sale" in the key, as "sale and maturity" does
    ("Maturities of available-for-sale securities", C, "us-gaap:ProceedsFromMaturitiesPrepaymentsAndCallsOfAvailableForSaleSecurities",
     "us-gaap:ProceedsFromSaleAndMaturityOfAvailableForSaleSecurities"),
])
def test_a_label_filers_print_word_for_word_outranks_a_near_one(label, ctx, concept, near):
    got = choose(label, ctx)
    assert got.qname == concept and "a label filers printed for it, word for word" in got.evidence
    assert near in [q for q, _ in got.runners_up]


# a real cash-flow statement of 2010 (label-usage/sec-fsds/zip__2010q2.zip, pre.txt, Goodrich; its activity lines):
# the three activities' net cash of the whole, then of the discontinued operations
_CF_DISCONTINUED = ("Consolidated net income", "Income from discontinued operations", "Depreciation and amortization",
                    "Net Cash Provided By Operating Activities", "Purchases of property, plant and equipment",
                    "Net Cash Used In Investing Activities", "Dividends paid", "Net Cash Provided By (Used In) Financing Activities",
                    "Net cash (used in) provided by operating activities", "Net cash (used in) provided by investing activities",
                    "Net cash (used in) provided by financing activities", "Net cash (used in) provided by discontinued operations",
                    "Effect of exchange rate changes on cash and cash equivalents")
# 2009q3 (AIG): each activity's net cash of continuing and of discontinued operations, then their sum
_CF_SUMMED = ("(Income) loss from discontinued operations", "Net cash provided by (used in) operating activities - continuing operations",
              "Net cash provided by (used in) operating activities - discontinued operations",
              "Net cash provided by (used in) operating activities")


def test_the_discontinued_operations_part_of_a_cash_flow_statement():
    from prxbrl.mapping.placement import discontinued_part

    def at(labels, i, section=()):
        return replace(C, labels=labels, position=i, section=section)

    got = [discontinued_part(lab, (), _CF_DISCONTINUED, i) for i, lab in enumerate(_CF_DISCONTINUED)]
    assert got == [False] * 8 + [True] * 3 + [False] * 2
    assert not discontinued_part(_CF_SUMMED[3], (), _CF_SUMMED, 3)
    assert discontinued_part("Operating activities", ("Cash flows of discontinued operations:",), (), -1)
    assert not discontinued_part("Net cash provided by continuing operations", ("Discontinued operations",), (), -1)
    for i, activity in ((8, "Operating"), (9, "Investing"), (10, "Financing")):
        got = choose(_CF_DISCONTINUED[i], at(_CF_DISCONTINUED, i)).qname
        assert got == f"us-gaap:CashProvidedByUsedIn{activity}ActivitiesDiscontinuedOperations"
    assert choose(_CF_DISCONTINUED[3], at(_CF_DISCONTINUED, 3)).qname == "us-gaap:NetCashProvidedByUsedInOperatingActivities"
    assert choose(_CF_SUMMED[3], at(_CF_SUMMED, 3)).qname == "us-gaap:NetCashProvidedByUsedInOperatingActivities"
