"""The era of the release (its latest period end's year) weighs filers' labels as the filers of that era used them
(prxbrl.mapping.index.RELEASE_ERA_WEIGHTS; the index keeps the uses of each era apart: scripts/build_concept_index.py).

Lines of real releases: Sears Q2 2004 and Apple Q1 FY2011 (corpus, of the 2009-2013 era or before), Adobe Q1 FY2023
and NVIDIA Q1 FY2023 (corpus, of now)."""

import gzip
import json
import sys
from datetime import date

import pytest

from conftest import ROOT
from prxbrl.errors import PrxbrlError
from prxbrl.mapping import build, index
from prxbrl.mapping.choose import Context, choose
from prxbrl.mapping.index import ConceptIndex, concept_index, era_weights, release_year

sys.path.insert(0, str(ROOT / "benchmarks"))
from label_accuracy import filing_year, linkbase_year  # noqa: E402

B = Context(statement="B", period="i", unit="money")
C = Context(statement="C", period="i", unit="money")
CASH = "us-gaap:CashAndCashEquivalentsAtCarryingValue"
CASH_RESTRICTED = "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"


@pytest.mark.parametrize("label, year", [("Treasury stock - at cost", 2004),  # Sears Q2 2004 balance sheet
                                         ("Treasury stock, at cost", 2010)])
def test_treasury_stock_of_an_old_release_is_the_concept_its_filers_used(label, year):
    """2009-2010 filers printed "Treasury stock, at cost" for us-gaap:TreasuryStockValue (638 balance-sheet uses);
    TreasuryStockCommonValue's 2,043 uses of the label are all projected from linkbases of 2018 and later
    (index_eras.project_new_concepts): a release of then counts none of them."""
    with release_year(year):
        assert choose(label, B).qname == "us-gaap:TreasuryStockValue"


def test_treasury_stock_of_a_recent_release_is_the_concept_filers_use_now():
    """Adobe Q1 FY2023 'Treasury stock, at cost (25,206) (23,843)': the filers of now (the blended count)."""
    with release_year(2023):
        assert choose("Treasury stock, at cost", B).qname == "us-gaap:TreasuryStockCommonValue"
    assert choose("Treasury stock, at cost", B).qname == "us-gaap:TreasuryStockCommonValue"  # no year known: as now


@pytest.mark.parametrize("label", ["Cash and cash equivalents, beginning of the period", "Cash and cash equivalents, end of the period"])
def test_cash_flow_balances_before_asu_2016_18(label):
    """Apple Q1 FY2011's cash-flow statement starts and ends with cash and cash equivalents (11,261 / 10,734, the
    balance sheet's): before ASU 2016-18 no restricted cash is in them, and the 2024 statement's balance is no
    promotion for a release of then."""
    with release_year(2010):
        assert choose(label, C).qname == CASH


@pytest.mark.parametrize("label", ["Cash and cash equivalents at beginning of period", "Cash and cash equivalents at end of period"])
def test_cash_flow_balances_since_asu_2016_18(label):
    """NVIDIA Q1 FY2023 'Cash and cash equivalents at end of period $ 3,887 $ 978': the 2024 statement's balance."""
    with release_year(2022):
        assert choose(label, C).qname == CASH_RESTRICTED
    assert choose(label, C).qname == CASH_RESTRICTED


def _entry(key: str, qname: str, stmt: str) -> list:
    ix = concept_index()
    return next(e for e in ix.entries[ix.key_id[key]] if ix.concepts[e[0]].qname == qname and e[1] == stmt)


def test_the_index_keeps_each_eras_uses_apart():
    """Each entry: [concept, statement, blended count, negated] and, where later eras used it, the uses of
    linkbases of 2014-2017, of 2018 and later, and the projected ones. "Cash paid for interest": InterestPaidNet
    in 9 labels of linkbases of 2018 and later (weighed ten times in the blend: 96 = 6 older + 90); InterestPaid in
    the 2009-2010 statements only."""
    paid_net = _entry("cash paid interest", "us-gaap:InterestPaidNet", "")
    assert paid_net[2:] == [96, 0, 0, 9, 0]
    assert len(_entry("cash paid interest", "us-gaap:InterestPaid", "C")) == 4
    treasury = _entry("treasury stock cost", "us-gaap:TreasuryStockCommonValue", "B")
    assert treasury[2] == treasury[-1] > 0  # all projected


def test_era_weights_by_year():
    assert era_weights(2004) == era_weights(2013) == (1, 1, 1, 0)
    assert era_weights(2018) is None and era_weights(2025) is None  # the blended count
    with release_year(2010):
        assert era_weights() == (1, 1, 1, 0)
    assert era_weights() is None


def test_a_malformed_index_entry_is_refused():
    raw = json.loads(gzip.decompress((ROOT / "taxonomy" / index.INDEX_FILE).read_bytes()))
    key, entries = next((k, es) for k, es in raw["labels"] if any(len(e) > 4 for e in es))
    bad = [e[:5] if len(e) > 4 else e for e in entries]
    raw["labels"] = [[key, bad]]
    with pytest.raises(PrxbrlError, match="malformed entry"):
        ConceptIndex(raw)
    raw["eras"] = {"later": [[2018, None]]}
    with pytest.raises(PrxbrlError, match="eras"):
        ConceptIndex(raw)


def test_map_document_maps_as_of_the_releases_year(monkeypatch):
    seen = []
    monkeypatch.setattr(build, "_map_document", lambda doc, lines, options: seen.append(era_weights()))

    class Doc:
        document_period_end = date(2010, 12, 25)

    build.map_document(Doc(), [])
    Doc.document_period_end = None
    build.map_document(Doc(), [])
    assert seen == [(1, 1, 1, 0), None]


def test_benchmark_eras_come_from_the_data():
    assert filing_year({"period": "20100630", "fy": "2010"}) == 2010
    assert filing_year({"period": "", "fy": "2009"}) == 2009
    assert filing_year({"period": "", "fy": ""}) is None
    assert linkbase_year("edgartools__xom-20221231_lab.xml") == 2022
