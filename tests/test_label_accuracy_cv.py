"""The cross-validation over companies of benchmarks/label_accuracy.py (--linkbase-cv K): every company of
label-usage/company-label-pairs.csv, its tickers sorted and dealt round robin into K folds, each fold held out of an
index of its own."""

import sys

from conftest import ROOT, SHARED, need_shared

sys.path.insert(0, str(ROOT / "benchmarks"))
from label_accuracy import COMPANY_NAMES, all_companies, company_of, cv_folds, dev_company, dev_files  # noqa: E402


def test_the_company_of_a_linkbase_is_its_ticker():
    assert company_of("edgartools__xom-20221231_lab.xml") == "xom"
    assert company_of("XBRLparser__ktyb-20170630_lab.xml") == "ktyb"
    # a linkbase of a library's test fixtures is still Apple's
    assert company_of("edgartools__tests_fixtures_xbrl_aapl_10k_2023_aapl-20230930_lab.xml") == "aapl"
    # --linkbase-dev holds out its own companies only
    assert dev_company("edgartools__xom-20221231_lab.xml") == "xom"
    assert dev_company("edgartools__ko-20221231_lab.xml") is None
    assert dev_company("edgartools__ko-20221231_lab.xml", {"ko": "The Coca-Cola Company"}) == "ko"


def test_folds_deal_the_sorted_tickers_round_robin():
    tickers = ["xom", "aapl", "ko", "ba", "wk", "jpm", "clx"]
    assert cv_folds(tickers, 3) == [["aapl", "jpm", "xom"], ["ba", "ko"], ["clx", "wk"]]
    # every company in exactly one fold, whatever the order given
    folds = cv_folds(list(reversed(tickers)), 4)
    assert sorted(t for f in folds for t in f) == sorted(tickers) and len(folds) == 4


def test_every_company_of_the_pairs_is_in_one_fold_with_its_every_linkbase():
    need_shared(SHARED / "label-usage" / "company-label-pairs.csv")
    companies = all_companies(SHARED)
    assert len(companies) >= 20 and set(companies) <= set(COMPANY_NAMES)  # a release prints the issuer's name
    folds = cv_folds(companies, 5)
    assert folds[0][:3] == ["aapl", "clx", "ibm"]
    assert sorted(t for f in folds for t in f) == companies
    files = dev_files(SHARED, {t: COMPANY_NAMES[t] for t in folds[0]})
    assert "edgartools__tests_fixtures_xbrl_aapl_10k_2023_aapl-20230930_lab.xml" in files
    assert "edgartools__aapl-20101027_lab.xml" in files and "ixbrl-viewer__clx-20220630_lab.xml" in files
    assert not any(company_of(f) in folds[1] for f in files)
