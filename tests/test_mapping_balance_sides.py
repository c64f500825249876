"""Balance-sheet rows whose concept must fit the side and the sum they stand in (their real lines in tests/fixtures)."""

from pathlib import Path

from conftest import plain_facts

FIXTURES = Path(__file__).parent / "fixtures"


def _by_label(tmp_path, name: str) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for r in plain_facts(FIXTURES / name, tmp_path / "out"):
        out.setdefault(r["label"], set()).add((r["concept"], r["value"]))
    return out


def test_aeropostales_untitled_balance_sheet(tmp_path):
    """Aeropostale Q2 FY2015, a balance sheet printed with no title under "ASSETS": "Goodwill and intangible assets
    22,351" was us-gaap:DeferredTaxLiabilitiesGoodwillAndIntangibleAssets (a liability), "Total current liabilities
    217,421" over "Accounts payable" and "Accrued expenses" us-gaap:AccountsPayableAndAccruedLiabilitiesCurrent."""
    got = _by_label(tmp_path, "aeropostale-q2-fy2015-balance.txt")
    assert ("us-gaap:IntangibleAssetsNetIncludingGoodwill", "22351") in got["Goodwill and intangible assets"]
    assert ("us-gaap:LiabilitiesCurrent", "217421") in got["Total current liabilities"]


def test_a_note_receivable_inside_stockholders_equity_is_no_asset(tmp_path):
    """CIK 1053507 Q2 2003: "Note receivable (6,720" inside "STOCKHOLDERS' EQUITY:" was us-gaap:NotesReceivableNet
    +6,720,000 (an asset); "Goodwill and other intangible assets, net 1,688,912" was us-gaap:Goodwill."""
    got = _by_label(tmp_path, "cik1053507-q2-2003-balance.txt")
    assert not any(c == "us-gaap:NotesReceivableNet" for c, _ in got["Note receivable"])
    assert ("us-gaap:IntangibleAssetsNetIncludingGoodwill", "1688912000") in got["Goodwill and other intangible assets, net"]
    assert ("us-gaap:LiabilitiesCurrent", "561318000") in got["Total current liabilities"]
