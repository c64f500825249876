"""An amount before its allowance is the gross amount (mapping/allowances.py), from US GAAP's calculation linkbase and
element names; and an element of both terms under one part of a balance sheet is that part's (placement.section_variant).

The labels are real: "Accounts receivable, before allowance for credit loss, current" is a label of a company of the
recent-era development set (benchmarks/label_accuracy.py --linkbase-dev), where the index held out without it read it as
the allowance (AllowanceForDoubtfulAccountsReceivableCurrent, whose filers' label shares every word but "before")."""

from prxbrl.mapping.allowances import BEFORE_ALLOWANCE, before_allowance, gross_of
from prxbrl.mapping.choose import Context, choose

BEFORE = "Accounts receivable, before allowance for credit loss, current"


def test_the_allowance_read_for_an_amount_before_it_is_the_gross_amount():
    q, why = before_allowance("us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent", BEFORE)
    assert q == "us-gaap:AccountsReceivableGrossCurrent"
    assert "before its allowance" in why
    # the net amount read for it too: the gross amount the net adds (AccountsReceivableNetCurrent = gross - allowance)
    assert before_allowance("us-gaap:AccountsReceivableNetCurrent", BEFORE)[0] == "us-gaap:AccountsReceivableGrossCurrent"
    # what is already the gross amount stays
    assert before_allowance("us-gaap:AccountsReceivableGrossCurrent", BEFORE) == ("us-gaap:AccountsReceivableGrossCurrent", None)


def test_the_gross_amount_by_the_element_names():
    # no calculation parent: ContractWithCustomerAsset's allowance names the asset, whose gross element is ...Gross
    assert gross_of("us-gaap:ContractWithCustomerAssetAccumulatedAllowanceForCreditLoss") == "us-gaap:ContractWithCustomerAssetGross"
    assert gross_of("us-gaap:ContractWithCustomerAssetAccumulatedAllowanceForCreditLossCurrent") == "us-gaap:ContractWithCustomerAssetGrossCurrent"
    # ...AfterAllowance... beside ...BeforeAllowance...
    assert (gross_of("us-gaap:FinancingReceivableExcludingAccruedInterestAfterAllowanceForCreditLoss")
            == "us-gaap:FinancingReceivableExcludingAccruedInterestBeforeAllowanceForCreditLoss")
    assert gross_of("us-gaap:AllowanceForNotesAndLoansReceivableCurrent") == "us-gaap:NotesAndLoansReceivableGrossCurrent"


def test_an_allowance_without_a_gross_amount_is_no_reading_of_the_amount_before_it():
    q, why = before_allowance("us-gaap:DeferredTaxAssetsValuationAllowance", "Deferred tax assets, before valuation allowance")
    assert q is None and "no gross amount" in why


def test_labels_that_are_not_before_an_allowance_keep_their_concept():
    for label in ("Allowance for doubtful accounts", "Accounts receivable, net of allowance for doubtful accounts of $577",
                  "Accounts receivable, allowance for credit loss, current", "Trade, less reserves of $168 million and $159 million"):
        assert not BEFORE_ALLOWANCE.search(label)
        assert before_allowance("us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent", label)[1] is None
    assert BEFORE_ALLOWANCE.search("Receivables, gross of reserves")


def test_the_row_before_its_allowance_in_a_balance_sheet():
    ch = choose(BEFORE, Context(statement="B", period="i", unit="money"))
    assert ch.qname == "us-gaap:AccountsReceivableGrossCurrent"
